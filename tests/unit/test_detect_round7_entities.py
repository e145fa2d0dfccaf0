"""The seventh round, entity families and precision: the words of machines and lists are not people (a greeting inside
"OIDs", the items of a bulleted list, mail-header and git fields, exception and class names, alert titles under a
"...Name" key, service accounts such as "__token__" or "ci-bot"); a network address after "address" is not a home,
and an address ends before the phone's label or the sentence going on after it; towns named with the word for a town
("у місті ...", "v meste ...") or in a hometown field are places; Greek and Cyrillic names spelled in an email address
next to them are names; a public figure or a Turkish question particle makes no prompt personal. Patterns and rules
only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.recognizers import negatives
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span
from tests.unit.rules_only import of_type

# --- names read in machine text and lists ---------------------------------------------------------------------------


def test_a_greeting_inside_a_word_is_no_greeting() -> None:
    # "OI" is Portuguese for "hi", but not inside "OIDs"
    assert of_type("Which MIB do the OIDs under 1.3.6.1.4.1.9 belong to?", E.PERSON) == []


def test_the_items_of_a_bulleted_list_are_not_signatures() -> None:
    text = ("Packing list for the move:\n- Kitchen: plates and the kettle\n- Garage: bikes\n- Boxes go to the van\n\n"
            "Thanks a lot!\n- Hedwig")
    assert of_type(text, E.PERSON) == ["Hedwig"]


@pytest.mark.parametrize(
    "text",
    [
        ("Received: from relay.mailhost.net (relay.mailhost.net [10.0.0.7])\nMessage-ID: <abc@mailhost.net>\n"
         "X-Spam-Score: 7.1\nIs this mail spam?"),
        "commit 9f2c1e7\nMerge: 1a2b3c4 5d6e7f8\n\n    Merge branch 'release'\nWhat does this merge mean?",
    ],
)
def test_mail_header_and_git_fields_are_not_speakers(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_an_exception_class_is_not_a_name() -> None:
    assert of_type("ConnectionRefusedError: [Errno 111] Connection refused\nWhy does my script fail?", E.PERSON) == []


def test_a_title_under_a_name_key_is_not_a_person() -> None:
    text = '{"RuleName": "Suspicious inbox forwarding", "email": "it-alerts@corp.test", "Severity": "High"}'
    assert of_type(text, E.PERSON) == []


def test_a_person_under_a_name_key_is_still_found() -> None:
    text = '{"fullName": "Ingrid Solberg", "email": "ingrid.solberg@post.no"}'
    assert "Ingrid Solberg" in of_type(text, E.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "[distutils]\n[pypi]\n  username = __token__\n  password = <paste your token>",
        "kubectl create secret docker-registry regcred --docker-username=deploy-bot --docker-password=$TOKEN",
        "ansible_user=svc_backup\nWhy can't this account reach the share?",
        "handle: deploy-bot posts the release notes",
    ],
)
def test_accounts_of_programs_are_not_people(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_person_s_username_is_still_found() -> None:
    assert of_type("My username: jkowalczyk88, and I can't log in since Monday.", E.PERSON) == ["jkowalczyk88"]


# --- names in Greek and Cyrillic spelled in an email address ----------------------------------------------------------


def test_a_greek_name_spelled_in_the_email_beside_it_is_found() -> None:
    text = "Κράτηση στο όνομα Νικόλαος Καραγιάννης, email nkaragiannhs@yahoo.gr, για δύο άτομα."
    assert "Νικόλαος Καραγιάννης" in " ".join(of_type(text, E.PERSON))


def test_greek_and_cyrillic_words_beside_an_email_are_not_names() -> None:
    assert of_type("Στείλτε μου email στο info@ktima-oreino.gr για τη διαθεσιμότητα.", E.PERSON) == []
    assert of_type("Почта zakaz@pekarnya-dom.ru указана на сайте пекарни.", E.PERSON) == []


# --- addresses ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "interface Vlan10\n ip address 10.20.30.1 255.255.255.0\n no shutdown\nWhy is the VLAN down?",
        "Care este adresa fe80::1 de pe interfața mea și de ce nu răspunde la ping?",
    ],
)
def test_a_network_address_is_not_a_street_address(text: str) -> None:
    assert of_type(text, E.ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Penerima: Rina Wulandari, alamat Jl. Kenanga No. 12, Bandung 40115, HP 0813-2204-118.",
         "Jl. Kenanga No. 12, Bandung 40115"),
        ("Anschrift: Ahornweg 7, 79098 Freiburg, Tel. 0761 4471203", "Ahornweg 7, 79098 Freiburg"),
        ("Cliente: Rui Matos, morada Rua do Almada, 58, 4050-032 Porto, pagamento por transferência.",
         "Rua do Almada, 58, 4050-032 Porto"),
        ("Получатель: Ольга Смирнова, адрес ул. Садовая, д. 14, кв. 3, Самара, 443001",
         "ул. Садовая, д. 14, кв. 3, Самара, 443001"),
    ],
)
def test_an_address_holds_neither_its_label_nor_what_follows(text: str, address: str) -> None:
    assert of_type(text, E.ADDRESS) == [address]


def test_a_date_after_an_address_is_not_its_tail() -> None:
    text = "Stan: Ulica Ivana Gundulića 4\n21000 Split, useljenje 2026-03-01. Kako napisati ugovor?"
    assert of_type(text, E.ADDRESS) == ["Ulica Ivana Gundulića 4\n21000 Split"]


# --- towns named with the word for a town ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Пишіть на olena.bondar@ukr.net, я працюю у місті Житомир.", "Житомир"),
        ("Mám email peter.hudak@azet.sk a narodil som sa v meste Prešov.", "Prešov"),
        ("Family tree note: my great-uncle Olaf (hometown: Tromsø) emigrated in 1910.", "Tromsø"),
        ("I grew up in the town of Ludlow and my parents still live there.", "Ludlow"),
    ],
)
def test_a_town_named_with_the_word_for_a_town_is_a_place(text: str, town: str) -> None:
    assert town in of_type(text, E.LOCATION)


# --- prompts about no one --------------------------------------------------------------------------------------------


def test_a_public_figure_asked_about_makes_no_prompt_personal() -> None:
    text = "Did Charles Babbage ever show Ada Lovelace his workshop in Marylebone?"
    start = text.index("Charles Babbage")
    place = text.index("Marylebone")
    spans = [Span(start, start + len("Charles Babbage"), E.PERSON, 0.7), Span(place, place + len("Marylebone"), E.LOCATION, 0.7)]
    assert negatives.drop_generic_mentions(text, spans) == []


def test_the_turkish_question_particle_is_not_a_possessive() -> None:
    text = "Anıtkabir'e hafta içi girmek ücretsiz mi? Kocatepe Camii'ni de aynı gün görmek mümkün mü?"
    place = text.index("Kocatepe Camii")
    spans = [Span(place, place + len("Kocatepe Camii"), E.LOCATION, 0.7)]
    assert negatives.drop_generic_mentions(text, spans) == []


def test_a_famous_brand_with_a_case_ending_is_the_brand() -> None:
    text = "Smijem li objaviti svoj javni SSH ključ na GitHubu?"
    at = text.index("GitHubu")
    assert negatives.drop_generic_mentions(text, [Span(at, at + len("GitHubu"), E.PERSON, 0.7)]) == []


def test_a_spanish_possessive_still_makes_a_prompt_personal() -> None:
    text = "Mi hermana vive en Albacete y quiere mudarse."
    at = text.index("Albacete")
    assert negatives.drop_generic_mentions(text, [Span(at, at + len("Albacete"), E.LOCATION, 0.7)]) != []


def test_a_name_after_the_greek_or_ukrainian_word_for_name_is_found() -> None:
    assert "Σοφία Αλεξίου" in of_type("Θέλω να ακυρώσω την κράτηση. Όνομα: Σοφία Αλεξίου, δωμάτιο 12.", E.PERSON)
    assert "тарас мельник" in of_type("поясни поле форми 'піб: тарас мельник, рнокпп: ...'", E.PERSON)


# --- dates stamped by machines ---------------------------------------------------------------------------------------


def test_the_stamps_of_a_pasted_log_are_not_dates_but_a_date_in_its_prose_is() -> None:
    text = ("Why does the job hang? I changed it on 4 June, nothing else.\n\n2025-06-05T10:01:02.118Z start\n"
            "2025-06-05T10:01:09.502Z pull image\n2025-06-05T10:03:44.007Z timeout")
    assert of_type(text, E.DATE) == ["4 June"]


def test_a_single_timestamp_in_a_record_is_still_a_date() -> None:
    assert of_type('{"signedUpAt": "2023-10-08T17:42:11Z", "plan": "family"}', E.DATE) == ["2023-10-08"]
