"""The third round of rules: identity numbers labelled in more languages, credentials told in other ways (HTTP
Basic headers, seed phrases, passwords "told" in Danish, Polish or Turkish), names in shouted text, spoken
introductions, certificates, school notes and logs, employers, schools, banks and towns named in forms, personal
links, dates in more month languages, addresses after the words that announce them; and the look-alikes each rule
must leave alone (versions, public resolvers, documentation addresses, stand-in names, public figures).
Patterns and rules only (no NER model), except where a test says otherwise."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- national identifiers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan du tjekke formularen? Mit CPR-nummer er 1509451810 og jeg bor i Aarhus.", "1509451810"),
        ("Vyplňte prosím: rodné číslo 966229/8338, zdravotní pojišťovna VZP.", "966229/8338"),
        ("Başvuru formunda T.C. Kimlik No: 92896695880 yazıyor, doğru mu?", "92896695880"),
        ("Ich muss meine SV-Nummer ist 2130060270 in das Formular eintragen.", "2130060270"),
        ("Preciso de ajuda: Cartão de Cidadão 90026635 7 XW6, validade 2031.", "90026635 7 XW6"),
        ("My PPS number is 9839758T, can my employer see it?", "9839758T"),
        ("Sprawdź proszę: paszport FB3382726, lot do Oslo w piątek.", "FB3382726"),
        ("Vul in: personnummer 196006240805, postnummer onbekend.", "196006240805"),
    ],
)
def test_identity_numbers_after_their_label_in_other_languages(text: str, expected: str) -> None:
    assert expected in of_type(text, E.NATIONAL_ID)


def test_an_id_in_a_record_with_quoted_keys() -> None:
    text = "Why does this fail? {'nome': 'Rui Tavares', 'cpf': '73387584768', 'cidade': 'Braga'}"
    assert "73387584768" in of_type(text, E.NATIONAL_ID)


def test_a_column_headed_by_a_tax_id_in_german() -> None:
    text = "Name;Geburtsdatum;Steuer-ID\nAnna Berg;09.12.1981;10 763 824 554\nJan Roth;01.02.1970;42981036871"
    assert of_type(text, E.NATIONAL_ID) == ["10 763 824 554", "42981036871"]


@pytest.mark.parametrize(
    "text",
    [
        "See RFC 7231 for the semantics of a 404, sin embargo 2024 fue distinto.",
        "Min pas er udløbet, hvad gør jeg?",
    ],
)
def test_labels_that_are_words_or_standards_take_no_number(text: str) -> None:
    assert of_type(text, E.NATIONAL_ID) == []


# --- secrets ---------------------------------------------------------------------------------------------------


def test_an_http_basic_header_is_a_login_and_its_password() -> None:
    text = "Our webhook gets 401 although it sends `Authorization: Basic Ym9iOmh1bnRlcjItZ3JlZW4=` every time."
    assert of_type(text, E.SECRET) == ["Ym9iOmh1bnRlcjItZ3JlZW4="]


def test_basic_as_a_word_is_left_alone() -> None:
    assert of_type("Is basic authentication enough for an internal dashboard?", E.SECRET) == []


def test_a_wallet_recovery_phrase() -> None:
    phrase = "canal tiger orbit velvet lemon saddle quiz harbor plastic dune mosquito ribbon"
    text = f"My recovery phrase is: {phrase}. Can support restore the wallet?"
    assert of_type(text, E.SECRET) == [phrase]


def test_prose_after_a_seed_phrase_is_not_one() -> None:
    text = "I wrote down my seed phrase on paper and then somebody threw away every single piece after the move"
    assert of_type(text, E.SECRET) == []


def test_twilio_auth_token_beside_the_account_sid() -> None:
    text = 'client = Client("AC0f3e9a4b2c1d8e7f6a5b4c3d2e1f0a9b", "9e2b7c41d0a85f36e1c4b7a09d3f6e28")'
    assert "9e2b7c41d0a85f36e1c4b7a09d3f6e28" in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg har glemt om min adgangskode til banken er Viking77 eller noget andet.", "Viking77"),
        ("Zmieniłem hasło na Wisla_2019 i dalej nie działa.", "Wisla_2019"),
        ("e-devlet şifrem de kartal1903 idi, değiştirmem lazım mı?", "kartal1903"),
        ("mijn wachtwoord is tulp88 maar de app zegt dat het fout is", "tulp88"),
    ],
)
def test_passwords_told_in_other_languages(text: str, expected: str) -> None:
    assert expected in of_type(text, E.SECRET)


def test_a_told_password_does_not_swallow_the_email_after_it() -> None:
    text = "min kode til netbanken er Hygge.44, min mail er lars.holm@example.dk."
    assert of_type(text, E.SECRET) == ["Hygge.44"]


def test_is_in_the_next_sentence_does_not_tell_a_password() -> None:
    text = "ssh still asks for a password on the box. User is anders7. Any idea?"
    assert of_type(text, E.SECRET) == []


# --- names -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PLEASE FIX MY LETTER. MY NAME IS ROZALIA KOVACS AND I WANT A REFUND.", "ROZALIA KOVACS"),
        ("TRADUCE: YO, ESTEBAN ROJAS, CON DNI EN TRÁMITE, AUTORIZO A MARINA SOTO A RECOGERLO.", "MARINA SOTO"),
        ("ICH, HANNES KRÜGER, GEBOREN 1960, ERKLÄRE HIERMIT FOLGENDES.", "HANNES KRÜGER"),
    ],
)
def test_names_in_text_typed_in_capitals(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_shouting_without_a_cue_names_no_one() -> None:
    assert of_type("WHY DOES MY BUILD FAIL WITH EXIT CODE 137 ON THE CI RUNNER?", E.PERSON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voicemail: hi it's odile marchetti calling about the boiler repair", "odile marchetti"),
        ("trascrivi: ciao sono rebecca ti chiamo per la fattura", "rebecca"),
        ("transcribe: hej det är ville lund jag ringer om leveransen", "ville lund"),
    ],
)
def test_a_caller_introducing_themselves_in_lower_case(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_a_greeting_without_a_name_after_it() -> None:
    assert of_type("hello this is the billing team calling about your account", E.PERSON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Translate: Ik, Pieter Hoekstra, verklaar dat alles klopt.", "Pieter Hoekstra"),
        ("Översätt: Undertecknad intygar att Signe Ekdahl har arbetat här sedan 2018.", "Signe Ekdahl"),
        ("Bitte kurz: Der Hausmeister heisst Gregor Obrist und kommt morgen.", "Gregor Obrist"),
        ("Napisz: moje dziecko, Kacper, było chore w poniedziałek.", "Kacper"),
        ("Please write to my landlord, M. Le Floch, about the heating.", "Le Floch"),
        ("Scrivi alla maestra Ornella che domani arrivo tardi.", "Ornella"),
        ("L'acqua arriva dal piano di sopra (famiglia Marchetti).", "Marchetti"),
        ("Er det ok at sende det på mail til Bodil Kjærsgaard fra skolen?", "Bodil Kjærsgaard"),
        ("Bonjour Madame Perrot, Apolline sera absente lundi pour une visite médicale.", "Apolline"),
        ("The form wants her maiden name (Lindqvist) and her place of birth.", "Lindqvist"),
    ],
)
def test_names_by_their_cues_in_other_languages(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_a_family_tree_line_with_last_name_first() -> None:
    text = "Family notes:\n- an uncle, Brennan, Seamus, born 3 May 1921 in Sligo\n- his sister stayed home"
    assert "Brennan, Seamus" in of_type(text, E.PERSON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('psql: FATAL:  password authentication failed for user "berit"', "berit"),
        ("ERROR could not connect (user jonatan) after 3 retries", "jonatan"),
        ("+ docker login -u mirela -p Secr3t!x registry.example.net", "mirela"),
    ],
)
def test_a_person_named_account_in_a_log_or_a_command(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_system_accounts_in_logs_are_nobody() -> None:
    assert of_type('FATAL: password authentication failed for user "postgres"', E.PERSON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Why does this fail?\n{"ad": "Selin", "soyad": "Kaplan", "telefon": "+90 532 000 00 00"}', "Kaplan"),
        ('{"nom": "Le Guen", "prenom": "Maël", "email": "mael@example.fr"}', "Le Guen"),
        ("naam;email;woonplaats\nSanne van 't Veer;sanne@example.nl;Delft", "Sanne van 't Veer"),
    ],
)
def test_names_under_person_keys_and_columns_in_other_languages(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_a_tab_separated_header_is_not_a_name() -> None:
    text = "Nombre\tAlta\tTeléfono\nLucía Ortega Gil\t2019\t600 000 000\nPablo Ruiz\t2020\t611 111 111"
    assert "Nombre\tAlta\tTeléfono" not in of_type(text, E.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Das Paket wird abgeholt und die Katze ist krank.",
        "The Internet, born in 1969, changed everything.",
        "Das heißt Arbeit für alle.",
        "A unit-test fixture has the user Jan Kowalski with the email admin@example.com. Fine to commit?",
        "In onze testdata staat Kari Nordmann met user@example.org. Mag dat?",
        "Should the validator accept +1 555 0100, which is reserved for fiction?",
        "Summarise Simone de Beauvoir's main achievements in five points.",
        "Opowiedz krótko o Marii Skłodowskiej.",
        "Explain a Roth IRA in plain words.",
    ],
)
def test_look_alikes_name_no_one(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_colleague_asked_about_by_name_is_still_someone() -> None:
    assert "Greta Holm" in of_type("Write a short bio of my colleague Greta Holm for the team page.", E.PERSON)


# --- employers, schools, banks, towns --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie trage ich das ein? Arbeitgeber ist Tischlerei Brandl & Söhne in Gmunden, seit März.", "Tischlerei Brandl & Söhne"),
        ("Můj formulář: zaměstnavatel Modrý Most s.r.o., nástup 1. 4.", "Modrý Most s.r.o."),
        ("Blankett: arbetsgivare Fjällström Bygg AB i Luleå.", "Fjällström Bygg AB"),
        ("Mijn bank (Spaarbank Rivierenland) reageert niet op mijn klacht.", "Spaarbank Rivierenland"),
        ("Scrivi alla scuola: mio figlio frequenta l'Istituto Comprensivo Dante di Rovigo.", "Istituto Comprensivo Dante di Rovigo"),
        ("I took a day off from Marlow & Finch LLP for the plumber.", "Marlow & Finch LLP"),
    ],
)
def test_employers_schools_and_banks_in_a_personal_prompt(text: str, expected: str) -> None:
    assert expected in of_type(text, E.ORGANIZATION)


def test_a_firm_in_a_general_question_is_left_alone() -> None:
    assert of_type("Compare Siemens AG and ABB Ltd as employers.", E.ORGANIZATION) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mein Arbeitgeber ist Bäckerei Roth in Bad Ischl, und das Gehalt kommt monatlich.", "Bad Ischl"),
        ("Ik, Tess Bakker, geboren op 2-3-1990 te Zutphen, verklaar het volgende.", "Zutphen"),
        ("ich habe einen Zug nach Passau gebucht, geht das noch?", "Passau"),
        ("name,email,city\nola berg,ola@example.no,tromsø", "tromsø"),
    ],
)
def test_towns_in_forms_trips_and_contact_tables(text: str, expected: str) -> None:
    assert expected in of_type(text, E.LOCATION)


# --- links -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il mio sito personale è https://www.paolaricci.it, puoi controllarlo?", "https://www.paolaricci.it"),
        ("Is this link safe? https://news.example-shop.co/unsub?u=kim.lee@mailbox.org&list=2", None),
    ],
)
def test_personal_links(text: str, expected: str | None) -> None:
    urls = of_type(text, E.URL)
    assert urls and (expected is None or expected in urls)


def test_a_documentation_link_is_left_alone() -> None:
    assert of_type("My notes link to https://docs.python.org/3/library/re.html", E.URL) == []


# --- dates -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "etype"),
    [
        ("Doğum Tarihi: 12 Mart 1984, yer: İzmir", "12 Mart 1984", E.DATE_OF_BIRTH),
        ("já, Eva Malá, narozena 14. 1. 1980, bytem Brno", "14. 1. 1980", E.DATE_OF_BIRTH),
        ("Undertecknad, född 19/7 1977, intygar att", "19/7 1977", E.DATE_OF_BIRTH),
        ("Die Kündigung gilt ab der 12.1. nächsten Jahres.", "12.1.", E.DATE),
    ],
)
def test_dates_in_more_languages_and_layouts(text: str, expected: str, etype: E) -> None:
    assert (expected, etype) in found(text)


def test_a_fraction_before_a_year_is_not_a_date() -> None:
    assert of_type("Set the ratio to 3/4 2024 models.", E.DATE) == []


# --- addresses -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hej, jeg bor på Strandvejen 12 st. tv., 8000 Aarhus. Kan du skrive til udlejer?", "Strandvejen 12 st. tv., 8000 Aarhus"),
        ("Contract: the property is 14 Mill Row\nD08 X2Y4 and the rent is due monthly.", "14 Mill Row\nD08 X2Y4"),
        ("Ev sahibime bir mesaj yaz. Lale Sok. No: 7/2, 34710 Kadıköy/İstanbul adresindeki dairede sorun var.",
         "Lale Sok. No: 7/2, 34710 Kadıköy/İstanbul"),
    ],
)
def test_addresses_after_the_words_that_announce_them(text: str, expected: str) -> None:
    assert any(expected in value for value in of_type(text, E.ADDRESS))


def test_an_address_ends_where_the_sentence_goes_on() -> None:
    text = "I, Ana Lopes, residing at 4 Elm Terrace, Bristol BS1 4AA, shall give three months of notice."
    addresses = of_type(text, E.ADDRESS)
    assert addresses and all("shall" not in a for a in addresses)


def test_announcing_an_address_without_one_finds_none() -> None:
    assert of_type("Please send the invoice to my address, it is on the form.", E.ADDRESS) == []


# --- look-alikes of addresses on the network -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Was ist der Unterschied zwischen Version v14.1.0 und 20.15.17.14?",
        "Czy wersja 24.19.10.12 jest podatna na ten błąd?",
        "After upgrading to 12.14.13.20 the service crashes.",
        "Our resolvers are 9.9.9.9 and 2606:4700:4700::1111; which is faster?",
        "The log says 'listening on ::1:8123' but I cannot reach it.",
        "Proč dokumentace používá adresy jako 2001:db8::91af?",
    ],
)
def test_versions_resolvers_and_documentation_addresses_are_not_ips(text: str) -> None:
    assert of_type(text, E.IP_ADDRESS) == []


def test_two_addresses_in_a_range_are_still_addresses() -> None:
    assert len(of_type("Block traffic between 10.0.0.1 and 10.0.0.5 on my home router.", E.IP_ADDRESS)) == 2


# --- later additions: departments, form names in other languages, sentences before a colon, name ideas --------


def test_a_colleague_from_a_department_in_lower_case() -> None:
    assert "tamsin" in of_type("tamsin from payroll said the bonus comes next month", E.PERSON)


def test_the_czech_word_for_name_before_a_name() -> None:
    assert "Radka Malá" in of_type("Vyplň formulář: jméno Radka Malá, telefon neuvádím.", E.PERSON)


def test_a_sentence_before_a_colon_is_no_speaker() -> None:
    assert of_type("Potřebuju pomoct s formulářem: co napsat do kolonky?", E.PERSON) == []


def test_name_ideas_for_a_pet_are_not_people() -> None:
    assert of_type("Kitten name ideas: we like Pepper, Olive and Juno.", E.PERSON) == []
