"""The sixth round, entity families: the small organisations in a writer's life named with their kind (the vet, the
school, the pharmacy, the club, the solicitors, the removal firm), in many languages, with a legal form or after a
form's label, are organisations; a message the writer sends to one makes it theirs without a "my"; famous companies
and the kinds alone, in general questions, stay unlabelled. Dates written with the words for day, month and year
(Vietnamese, Chinese, Korean) and the Russian and Ukrainian year abbreviation after a date are dates. Patterns and
rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- small organisations named with their kind ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("My cat is booked in at Castlegate Dental Practice? No, at Hazelmere Veterinary Surgery, I mean.",
         "Hazelmere Veterinary Surgery"),
        ("Our son starts at Thornbury Junior School in September; help me write the form.", "Thornbury Junior School"),
        ("I run the kit for Ashby Harriers Running Club and need a reminder email.", "Ashby Harriers Running Club"),
        ("Ich habe meinen Termin beim Pflegedienst Lebensfreude verpasst, was schreibe ich?", "Pflegedienst Lebensfreude"),
        ("Mi hija va a la Clínica Dental Robledo el martes, ¿qué le pregunto?", "Clínica Dental Robledo"),
        ("Ik heb een rekening van Dierenartspraktijk Het Klaverblad gekregen die ik niet begrijp.",
         "Dierenartspraktijk Het Klaverblad"),
        ("Olen asiakkaana Hammaslääkäriasema Hymy, miten peruutan ajan?", "Hammaslääkäriasema Hymy"),
        ("I pay Pemberton Tax Advisers every quarter, is their fee normal?", "Pemberton Tax Advisers"),
        ("We use Kingsmead Residents' Association for the parking permits, can you draft my request?",
         "Kingsmead Residents' Association"),
    ],
)
def test_a_small_organisation_named_with_its_kind_is_found(text: str, org: str) -> None:
    assert org in of_type(text, E.ORGANIZATION)


def test_a_firm_with_an_ampersand_is_found_whole() -> None:
    assert "Abernethy & Cole Solicitors" in of_type(
        "My conveyancing is with Abernethy & Cole Solicitors and the fee looks wrong.", E.ORGANIZATION)


def test_a_kind_before_the_name_is_the_sentences_noun() -> None:
    # "Werkstatt" is a noun of the sentence (capitalised as every German noun), not a word of the garage's name
    assert of_type("Die Werkstatt Autohaus Lechner hat mein Auto seit Wochen.", E.ORGANIZATION) == ["Autohaus Lechner"]


def test_a_film_title_ending_in_club_is_not_an_organisation() -> None:
    assert of_type("I watched Fight Club again last night, what does the ending mean?", E.ORGANIZATION) == []


# --- legal forms and labels -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Mano darbovietė UAB Medžio Meistrai vėluoja su alga, ką man daryti?", "UAB Medžio Meistrai"),
        ("Моя претензия в ООО «Стройинвест-Юг» осталась без ответа.", "ООО «Стройинвест-Юг»"),
        ("Company: Brightfield Logistics\nRole: dispatcher\nPlease turn my details into a CV header.",
         "Brightfield Logistics"),
        ("Firma: Holzbau Kerschbaumer GmbH\nIch brauche eine Kündigung für meinen Vertrag.", "Holzbau Kerschbaumer GmbH"),
    ],
)
def test_a_firm_with_its_legal_form_or_label_is_found(text: str, org: str) -> None:
    assert org in of_type(text, E.ORGANIZATION)


# --- a message to an organisation is the writer's ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Draft a complaint to Redfern Removals about the scratched wardrobe.", "Redfern Removals"),
        ("Schreib eine Mail an die Tierarztpraxis Lindenberg wegen der Impfung.", "Tierarztpraxis Lindenberg"),
        ("Escribe un correo a la Clínica Veterinária Patinhas para cambiar la cita.", "Clínica Veterinária Patinhas"),
    ],
)
def test_the_organisation_a_message_goes_to_is_found_without_a_first_person_word(text: str, org: str) -> None:
    assert org in of_type(text, E.ORGANIZATION)


def test_a_french_name_is_not_taken_with_its_preposition() -> None:
    # "à" opens with a letter that is not a capital, outside ASCII
    orgs = of_type("Écris à la Pharmacie des Quatre Chemins pour réserver mon traitement.", E.ORGANIZATION)
    assert orgs == ["Pharmacie des Quatre Chemins"]


# --- what stays unlabelled ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is Siemens a good employer?",
        "What does a veterinary clinic charge for vaccinations?",
        "What is the difference between a GmbH and an AG?",
        "Is Harvard Medical School hard to get into?",
        "Our football club needs a logo idea.",
        "Wie gründe ich eine GmbH in Deutschland?",
        "I use Android Studio for my app.",
        "Summarise the history of Manchester United Football Club.",
        "What does Sp. z o.o. stand for in Poland?",
        "Write a job ad for a school receptionist.",
    ],
)
def test_famous_organisations_and_kinds_alone_stay_unlabelled(text: str) -> None:
    assert [v for v, t in found(text) if t is E.ORGANIZATION] == []


# --- dates ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tôi muốn đặt lịch hẹn cho con chó ngày 14 tháng 2 năm 2026 nhé.", "ngày 14 tháng 2 năm 2026"),
        ("请帮我把2025年3月9日的预约改一下", "2025年3月9日"),
        ("2026년 7월 21일에 이사해요", "2026년 7월 21일"),
        ("Собрание жильцов 12 апреля 2025 г. в 18:00, напиши объявление.", "12 апреля 2025 г."),
        ("Збори 5 березня 2026 р. у дворі, напиши оголошення.", "5 березня 2026 р."),
    ],
)
def test_dates_with_words_for_day_month_and_year_are_found(text: str, date: str) -> None:
    assert of_type(text, E.DATE) == [date]


def test_an_impossible_counted_date_is_not_a_date() -> None:
    assert of_type("Mã đơn 45 tháng 13 không hợp lệ", E.DATE) == []


def test_a_vietnamese_birth_date_is_a_date_of_birth() -> None:
    assert of_type("Tôi sinh ngày 3 tháng 12 năm 1980, tôi cần làm hộ chiếu.", E.DATE_OF_BIRTH) == ["ngày 3 tháng 12 năm 1980"]
