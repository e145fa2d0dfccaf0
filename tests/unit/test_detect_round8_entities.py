"""The eighth round, entity families and precision: the parties and field labels of forms in many languages
("Vermieterin", "Vuokralainen", "Geburtsdatum") are not names and not part of the name they open; philosophers in
Greek, the rulers and the rich of history, and the programs of a home network are no one in the writer's life; a
placeholder's address spells no one's name; an address ends before the next field's label ("..., geboren", ",
telefon") and does not take a date's year for a postcode; a firm's name ends with its sentence or its legal form and
does not take the lower-case words before it; the token tagger's guesses need a house number in an address and title
case in a text that capitalises its names. Patterns and rules, and a few functions on their own."""

from __future__ import annotations

import pytest

from llmvpn.privacy.guesses import plausible
from llmvpn.privacy.overlaps import resolve_overlaps
from llmvpn.privacy.recognizers import addresses, negatives, organisations, places
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span
from tests.unit.rules_only import found, of_type


def _spans(text: str, *parts: tuple[str, E]) -> list[Span]:
    return [Span(text.index(value), text.index(value) + len(value), etype, 0.7) for value, etype in parts]


def _values(text: str, spans: list[Span]) -> list[tuple[str, E]]:
    return [(text[s.start : s.end], s.type) for s in spans]


# --- parties and field labels of forms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "name"),
    [
        ("Bitte prüfe den Vertrag. Untermieterin Greta Hollmann, Tel. 0171 2233445.", "Untermieterin Greta Hollmann",
         "Greta Hollmann"),
        ("Tarkista tiedot. Vuokralainen Helmi Rantanen, puhelin 040 1234567.", "Vuokralainen Helmi Rantanen",
         "Helmi Rantanen"),
        ("Ajude-me com a carta. Senhoria Beatriz Magalhães vive em Braga.", "Senhoria Beatriz Magalhães",
         "Beatriz Magalhães"),
        ("Lost bag form: Passenger Orla Whelan, seat 14C.", "Passenger Orla Whelan", "Orla Whelan"),
    ],
)
def test_a_party_word_opening_a_name_is_not_part_of_it(text: str, person: str, name: str) -> None:
    spans = negatives.drop_never_names(text, _spans(text, (person, E.PERSON)))
    assert _values(text, spans) == [(name, E.PERSON)]


def test_a_field_label_after_a_comma_is_not_part_of_the_name() -> None:
    text = "Form: Ishaan Mehta, Aadhaar 1234 5678 9012"
    spans = negatives.drop_never_names(text, _spans(text, ("Ishaan Mehta, Aadhaar", E.PERSON)))
    assert _values(text, spans) == [("Ishaan Mehta", E.PERSON)]


@pytest.mark.parametrize(
    ("text", "label", "etype"),
    [
        ("Pozwólcie, że wypełnię wniosek. Pracodawca: Hurtownia Lipka.", "Pracodawca", E.PERSON),
        ("Συμπλήρωσε το: Ονοματεπώνυμο: Νίκος Αλεξίου", "Ονοματεπώνυμο", E.PERSON),
        ("Isikukood ja Tagatisraha on lepingus.", "Tagatisraha", E.ORGANIZATION),
        ("Договор подписан 3 марта.", "Договор", E.LOCATION),
        ("Δημόσια IP του ρούτερ", "Δημόσια IP", E.ORGANIZATION),
    ],
)
def test_a_form_label_alone_is_no_name_firm_or_place(text: str, label: str, etype: E) -> None:
    assert negatives.drop_never_names(text, _spans(text, (label, etype))) == []


def test_a_firm_keeps_its_own_first_word_and_loses_a_label_read_into_it() -> None:
    text = "Osoite Hämeentie 5 ja Hausverwaltung Brandt GmbH"
    spans = negatives.drop_never_names(
        text, _spans(text, ("Osoite Hämeentie", E.ORGANIZATION), ("Hausverwaltung Brandt GmbH", E.ORGANIZATION)))
    assert _values(text, spans) == [("Hämeentie", E.ORGANIZATION), ("Hausverwaltung Brandt GmbH", E.ORGANIZATION)]


def test_a_real_name_beside_the_labels_is_still_found() -> None:
    text = "Vermieter: Konrad Siebert, Telefon 0171 9876543, geboren 4. Mai 1971."
    assert of_type(text, E.PERSON) == ["Konrad Siebert"]


# --- public figures, programs and placeholders ----------------------------------------------------------------------


def test_philosophers_in_greek_are_no_one_in_the_writers_life() -> None:
    text = "Ποιος έγραψε περισσότερα, ο Αριστοτέλης ή ο Πλάτων; Και τι δίδαξε ο Σωκράτης στον Πλάτωνα;"
    spans = _spans(text, ("Αριστοτέλης", E.ORGANIZATION), ("Πλάτων", E.PERSON), ("Σωκράτης", E.LOCATION))
    assert negatives.drop_generic_mentions(text, spans) == []


def test_a_public_figure_taken_for_a_place_is_kept_where_the_writer_lives_there() -> None:
    text = "I moved to Lincoln last year and my landlord is Hollis Crane."
    spans = _spans(text, ("Lincoln", E.LOCATION), ("Hollis Crane", E.PERSON))
    assert _values(text, negatives.drop_generic_mentions(text, spans)) == [
        ("Lincoln", E.LOCATION), ("Hollis Crane", E.PERSON)]


def test_two_rich_men_of_history_compared_in_a_question_are_public() -> None:
    text = "Who had more land in his day, John D. Rockefeller or Cosimo de Medici? Rough numbers are fine."
    spans = _spans(text, ("John D. Rockefeller", E.PERSON), ("Cosimo de Medici", E.PERSON))
    assert negatives.drop_generic_mentions(text, spans) == []


def test_a_question_about_my_own_people_keeps_them() -> None:
    text = "Who should I invite first, my cousin Aurelio Benedetti or my aunt Fiorella Benedetti?"
    spans = _spans(text, ("Aurelio Benedetti", E.PERSON), ("Fiorella Benedetti", E.PERSON))
    assert len(negatives.drop_generic_mentions(text, spans)) == 2


def test_a_program_named_like_a_place_is_not_one() -> None:
    text = "The NVR works with Reolink but Jellyfin cannot see it. We live in Ghent."
    spans = _spans(text, ("Jellyfin", E.LOCATION), ("Ghent", E.LOCATION))
    assert _values(text, negatives.drop_generic_mentions(text, spans)) == [("Ghent", E.LOCATION)]


def test_a_placeholder_address_spells_no_ones_name() -> None:
    text = "Seed the test database with a user John Doe, email john.doe@example.com, and two orders."
    assert of_type(text, E.PERSON) == []


def test_a_real_address_next_to_a_name_still_spells_it() -> None:
    text = "Please forward it to ottilie brenner (obrenner@posteo.de) tonight."
    assert of_type(text, E.PERSON) == ["ottilie brenner"]


def test_a_sample_iban_on_a_sample_form_is_nobodys() -> None:
    text = "Auf dem Musterantrag steht DE89 3704 0044 0532 0130 00 - ist das ein echtes Konto?"
    assert of_type(text, E.IBAN) == []


# --- where an address ends ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mitglied: Jonte Fricke, Lindenweg 17, 37083 Göttingen, geboren 2. März 1990.", "Lindenweg 17, 37083 Göttingen"),
        ("Inquilino: Pau Serra, Carrer Gran 14, 3º B, 08012 Barcelona, telèfon 612 34 56 78.",
         "Carrer Gran 14, 3º B, 08012 Barcelona"),
        ("Vuokralainen Aino Lehto, Koivukatu 12 B 7, 40100 Jyväskylä. Alkaa 1.9.", "Koivukatu 12 B 7, 40100 Jyväskylä"),
        ("Bydlí na Jiráskova 8, 301 00 Plzeň, telefon 777 654 321.", "Jiráskova 8, 301 00 Plzeň"),
    ],
)
def test_an_address_ends_before_the_next_field(text: str, address: str) -> None:
    assert of_type(text, E.ADDRESS) == [address]


def test_a_year_after_a_birth_date_is_no_postcode() -> None:
    text = "Applicant Rowan Pike, DOB October 3, 1988, ID 44-1123, lives at 77 Heron Way, Duluth, MN 55802."
    assert of_type(text, E.ADDRESS) == ["77 Heron Way, Duluth, MN 55802"]


def test_a_phone_label_is_no_town_of_a_postcode() -> None:
    text = "Najemnik: Rok Zupan, Celovška cesta 40, 1000 Ljubljana. Najemodajalec Tine Bizjak, telefon 4031 2288."
    assert of_type(text, E.ADDRESS) == ["Celovška cesta 40, 1000 Ljubljana"]


def test_a_modems_ipv6_address_is_no_home() -> None:
    text = "Evdeki modemin IPv6 adresi 2a02:ff0:3:4::9 görünüyor ama bağlanmıyor."
    assert of_type(text, E.ADDRESS) == []


def test_a_turkish_home_address_before_adresi_is_still_one() -> None:
    text = "Paketim gelmedi. Atatürk Cad. No: 41/3, 35220 Konak/İzmir adresine teslim edilmeliydi."
    assert of_type(text, E.ADDRESS) == ["Atatürk Cad. No: 41/3, 35220 Konak/İzmir"]


def test_a_nordic_street_word_needs_its_postcode() -> None:
    assert of_type("Our dog Katie 25 kilos now, should she diet?", E.ADDRESS) == []
    assert of_type("Ny adresse: Østergade 9, 5000 Odense C.", E.ADDRESS) == ["Østergade 9, 5000 Odense C"]


@pytest.mark.parametrize(
    ("guess", "address"),
    [
        ("lakcím 9021 Győr, Baross út 12., kérem", "9021 Győr, Baross út 12."),
        ("адреса вул. Лесі Українки, 7, кв. 3, Рівне, 33028, телефон 0362 112233. Дякую",
         "вул. Лесі Українки, 7, кв. 3, Рівне, 33028"),
        ("bý á Hringbraut 10, 101 Reykjavík. Sími", "Hringbraut 10, 101 Reykjavík"),
    ],
)
def test_a_guessed_address_loses_the_words_around_it(guess: str, address: str) -> None:
    text = f"Prompt: {guess}"
    bounds = addresses.trim_guess(text, text.index(guess), len(text))
    assert bounds is not None and text[bounds[0] : bounds[1]] == address


def test_log_words_with_a_count_are_no_guessed_address() -> None:
    text = "flow log line: 2 eni-1 10.0.0.4 10.0.0.9 443 50122 6 12 9100 ACCEPT OK"
    at = text.index("9100 ACCEPT")
    assert addresses.trim_guess(text, at, at + len("9100 ACCEPT")) is None


# --- where a firm's name ends ---------------------------------------------------------------------------------------


def test_a_firms_name_ends_with_its_sentence() -> None:
    text = "Lunch with a client from Harbourside Osteopathy Clinic. Refund it to my card please."
    assert [text[s.start : s.end] for s in organisations.find(text)] == ["Harbourside Osteopathy Clinic"]


def test_a_firms_name_ends_with_its_legal_form() -> None:
    text = "Please write to Brannock Roofing & Guttering Ltd. Subject: late invoice"
    values = [text[s.start : s.end] for s in organisations.find(text)]
    assert values and all(not v.endswith("Subject") for v in values)


def test_a_firm_named_with_its_legal_form_loses_the_sentence_before_it() -> None:
    text = "Completează cererea de angajare la Vasilescu Logistic SRL: nume Ioana Vasilescu"
    assert [text[s.start : s.end] for s in places.find(text) if s.type is E.ORGANIZATION] == ["Vasilescu Logistic SRL"]


def test_a_firm_whose_name_opens_with_a_particle_keeps_it() -> None:
    text = "Hij werkt nu bij van Leeuwen Transport B.V. in Tilburg."
    assert "van Leeuwen Transport B.V." in [text[s.start : s.end] for s in places.find(text)]


# --- the token tagger's guesses -------------------------------------------------------------------------------------


def test_a_guessed_address_without_a_number_is_a_town_or_nothing() -> None:
    text = "Kamera w magazynie w Sopot nie działa. Płatność przelewem, Michał Zawadzki."
    guesses = _spans(text, ("Sopot", E.ADDRESS), ("Płatność", E.ADDRESS))
    guesses = [Span(s.start, s.end, s.type, 0.5) for s in guesses]
    # (the label taken for a town goes with the other labels: drop_never_names)
    assert _values(text, negatives.drop_never_names(text, plausible(text, guesses))) == [("Sopot", E.LOCATION)]


def test_lower_case_words_are_no_guessed_firm_in_a_text_that_capitalises_names() -> None:
    text = "Palun koosta taotlus lasteaiale OÜ Päikesekiir. Lapsevanem: Kadri Mets, isikukood 47601010000."
    guesses = [Span(text.index("koosta taotlus"), text.index("koosta taotlus") + len("koosta taotlus"), E.ORGANIZATION, 0.5),
               Span(text.index("lasteaiale"), text.index("Päikesekiir") + len("Päikesekiir"), E.ORGANIZATION, 0.5)]
    assert _values(text, plausible(text, guesses)) == [("OÜ Päikesekiir", E.ORGANIZATION)]


def test_a_prompt_typed_in_lower_case_keeps_its_guessed_names() -> None:
    text = "invoice for kerry-ann mcgrath's tutoring, iban GB33BUKB20201555555555, thanks"
    at = text.index("kerry-ann mcgrath")
    guesses = [Span(at, at + len("kerry-ann mcgrath"), E.PERSON, 0.5)]
    assert _values(text, plausible(text, guesses)) == [("kerry-ann mcgrath", E.PERSON)]


def test_an_address_left_without_its_number_after_an_overlap_is_dropped() -> None:
    text = "datum rođenja 5. svibnja 1980, adresa Ilica 10, 10000 Zagreb"
    label = text.index("datum rođenja")
    date = text.index("5. svibnja 1980")
    spans = [Span(label, date + len("5. svibnja 1980"), E.ADDRESS, 0.5),
             Span(date, date + len("5. svibnja 1980"), E.DATE_OF_BIRTH, 0.85)]
    assert _values(text, resolve_overlaps(spans, text, guesses_up_to=0.5)) == [("5. svibnja 1980", E.DATE_OF_BIRTH)]


def test_real_pii_in_a_form_is_still_found_whole() -> None:
    text = ("Vuokranantaja Pekka Salonen, henkilötunnus 131052-308T, Pihlajakatu 4 A 2, 00500 Helsinki, "
            "puhelin 040 7654321.")
    values = found(text)
    assert ("Pihlajakatu 4 A 2, 00500 Helsinki", E.ADDRESS) in values
    assert ("040 7654321", E.PHONE) in values
    assert not any("Vuokranantaja" in value for value, _ in values)
    spans = negatives.drop_never_names(text, _spans(text, ("Vuokranantaja Pekka Salonen", E.PERSON)))
    assert _values(text, spans) == [("Pekka Salonen", E.PERSON)]


def test_a_dictation_in_lower_case_after_a_capitalised_request_keeps_its_guessed_names() -> None:
    text = "Bitte das Diktat in einen Brief umwandeln: liebe frau hürlimann komma danke für die blumen punkt"
    at = text.index("frau hürlimann")
    guesses = [Span(at, at + len("frau hürlimann"), E.PERSON, 0.5)]
    assert _values(text, plausible(text, guesses)) == [("frau hürlimann", E.PERSON)]


def test_a_town_left_of_an_address_after_an_overlap_is_kept() -> None:
    text = "accident pe 3 martie 2025 în Brașov. Păgubit: Ana Pop"
    guess = text.index("3 martie")
    date_end = text.index(" în")
    spans = [Span(guess, text.index("Brașov") + len("Brașov"), E.ADDRESS, 0.5),
             Span(guess, date_end, E.DATE, 0.75)]
    assert _values(text, resolve_overlaps(spans, text, guesses_up_to=0.5)) == [("3 martie 2025", E.DATE), ("în Brașov", E.ADDRESS)]
