"""The fifth round, precision first: an address written as a link's host is still someone's machine
("http://10.2.3.4:8080/api", "server: https://[fd00::7]:6443"), the IPv6 documentation prefix in a quoted log is
not; words that are never a name by themselves (form fields and column heads, mail headers, the roles of parties,
greetings and the verbs that open a request in other languages, titles, generic accounts) are dropped whatever
found them; court file numbers and flights are things, not people; a card's expiry is not a birth date; a
fictional (Ofcom drama) phone number next to "example" is nobody's. Patterns and rules only, but for the tagger's
guesses, which are filtered in detect.py (tested on a stub)."""

from __future__ import annotations

import pytest

from llmvpn.privacy.guesses import plausible
from llmvpn.privacy.recognizers import negatives
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span
from tests.unit.rules_only import detector, found, of_type

# --- IP addresses in links, configs and logs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ('Then I call `requests.get("http://175.128.195.237:8888/api")` and it hangs. Any idea?', "175.128.195.237"),
        ("kubeconfig:\nclusters:\n- cluster:\n    server: https://10.221.170.112:6443\n  name: prod", "10.221.170.112"),
        ("Our Grafana is at http://192.168.4.20:3000/d/abc and the login fails.", "192.168.4.20"),
        ("curl -k https://admin:secret@172.16.9.3/status returns 401", "172.16.9.3"),
        ("My VPN endpoint is https://[2a02:8108:1dc0:5e00::7]:8443/ and it drops.", "2a02:8108:1dc0:5e00::7"),
    ],
)
def test_an_address_as_a_link_host_is_found(text: str, ip: str) -> None:
    start = text.index(ip)
    # as an address, or inside the link redacted whole (a link with a port and path of someone's machine)
    assert any(s.start <= start and start + len(ip) <= s.end and s.type in (E.IP_ADDRESS, E.URL)
               for s in detector.detect(text))


def test_the_link_around_a_host_address_stays_unflagged_as_a_whole() -> None:
    # only the address is PII; the port and path of the link are not redacted with it
    text = 'requests.get("http://175.128.195.237:8888/api")'
    assert of_type(text, E.IP_ADDRESS) == ["175.128.195.237"]


@pytest.mark.parametrize(
    "text",
    [
        'Explain this nginx line: 2001:db8::f08 - - "GET /apache_pb.gif HTTP/1.0" 200 2326',
        "Postfix: status=deferred (connect to 2001:db8::cc7[2001:db8::cc7]:25: Connection timed out)",
        "See http://192.0.2.15:8080/ in the docs.",
        "Is http://8.8.8.8/ reachable from a container?",
    ],
)
def test_documentation_and_public_addresses_stay_unflagged(text: str) -> None:
    assert of_type(text, E.IP_ADDRESS) == []


def test_the_documentation_prefix_of_the_writers_own_machine_is_still_found() -> None:
    assert of_type("My server 2001:db8:4f2::17 keeps refusing SSH.", E.IP_ADDRESS) == ["2001:db8:4f2::17"]


# --- words that are never a name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "turn this into a mail merge:\nName\tEmail\tPhone\tDOB\n",
        "Can you tell me if this looks legit?\n\n---------- Forwarded message ---------\n",
        "Buyer on Marketplace wants me to ship the bike. Is that normal?",
        'Tõlgi inglise keelde: „Tere! Kuidas läheb?"',
        'Prevedi: "Spoštovani, hvala za odgovor."',
        "Grantor: see the attached form. Agent: to be decided.",
        "Μπορείς να μεταφράσεις την κράτησή μου; Όνομα: ...",
        "ansible_user=deploy ansible_become=true",
        "My landlord, Mr ... is keeping my deposit.",
    ],
)
def test_labels_greetings_roles_and_accounts_are_not_names(text: str) -> None:
    assert [v for v, t in found(text) if t in (E.PERSON, E.ORGANIZATION, E.LOCATION)] == []


def test_a_role_label_is_dropped_and_the_details_after_it_kept() -> None:
    text = "Grantor: Dustin Nguyen, DOB 13 May 1959, SSN 302-79-4708."
    assert "Grantor" not in of_type(text, E.PERSON)
    assert of_type(text, E.US_SSN) == ["302-79-4708"]


def test_a_name_after_a_greeting_word_is_still_found() -> None:
    assert "Mart" in of_type('Tõlgi inglise keelde: „Tere, Mart! Minu e-post on rebane.mart@gmail.com"', E.PERSON)


def test_a_place_with_a_label_word_in_it_is_kept() -> None:
    spans = [Span(0, 8, E.LOCATION, 0.7), Span(10, 14, E.PERSON, 0.7)]
    assert negatives.drop_never_names("Tel Aviv, Name", spans) == spans[:1]


# --- court files, flights -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Was bedeutet Aktenzeichen RG 24/08991 auf dem Schreiben?",
        "Co znamená číslo jednací 13 C 166/24 na dopise ze soudu?",
        "Small claims: the docket number is 24 C 209/25, how do I prepare?",
        "Am nevoie de o cerere, dosar RG 26/11506, pentru judecătorie.",
    ],
)
def test_court_file_numbers_are_not_ids(text: str) -> None:
    assert [v for v, t in found(text) if t in (E.NATIONAL_ID, E.ADDRESS, E.PHONE)] == []


@pytest.mark.parametrize(
    "text",
    [
        "La référence de réservation est J8CZQT, vol QF 5819 à 16:45. Combien de bagages ?",
        "Vuelo FR 1335 el 20/4/2027, ¿cuánto equipaje puedo llevar?",
        "My flight is TK 7896 at 1:30 am.",
    ],
)
def test_flights_are_not_addresses_or_names(text: str) -> None:
    assert [v for v, t in found(text) if t in (E.ADDRESS, E.PERSON, E.PHONE)] == []


def test_a_national_id_after_a_case_word_is_still_found() -> None:
    assert of_type("Case for Anna: SSN 302-79-4708.", E.US_SSN) == ["302-79-4708"]


# --- phones ------------------------------------------------------------------------------------------------------


def test_an_ofcom_drama_number_given_as_an_example_is_nobodys() -> None:
    assert of_type("Their example said Joe Bloggs, 07700 900123 — I've replaced it with mine.", E.PHONE) == []


def test_a_real_uk_mobile_next_to_example_is_found() -> None:
    assert of_type("Their example was silly; mine is 07412 345678.", E.PHONE) == ["07412 345678"]


# --- the tagger's guesses ----------------------------------------------------------------------------------------


def test_lower_case_guesses_in_a_capitalised_clause_are_dropped() -> None:
    text = "я, Оксана Ткаченко, РНОКПП 2969271058, дата народження 1 листопада 1958, проживаю за адресою вул. Садова"
    start = text.index("проживаю")
    assert plausible(text, [Span(start, start + 8, E.LOCATION, 0.5)]) == []


def test_lower_case_names_in_lower_case_writing_are_kept() -> None:
    text = "diktat: sehr geehrte frau tanner komma bezugnehmend auf ihr schreiben"
    start = text.index("tanner")
    spans = [Span(start, start + 6, E.PERSON, 0.5)]
    assert plausible(text, spans) == spans


def test_a_card_expiry_is_not_a_birth_date() -> None:
    text = '"payment": {"card": "4315-4445-6847-8756", "exp": "09/28"}'
    start = text.index("09/28")
    assert plausible(text, [Span(start, start + 5, E.DATE_OF_BIRTH, 0.5)]) == []


@pytest.mark.parametrize("iban", ["FR76 3000 6000 0112 3456 7890 189", "GB33BUKB20201555555555"])
def test_the_published_example_ibans_are_samples_where_the_text_says_so(iban: str) -> None:
    assert of_type(f"In the docs they use {iban} as a sample IBAN. Why does it validate?", E.IBAN) == []
    assert of_type(f"Please pay the deposit to {iban}, thanks.", E.IBAN) == [iban]
