"""Second development round on fresh4: IBANs and cards in more layouts, ids validated by their check digits,
links that point at a person, names after more cues and in records, and the false flags that went away
(fictional phone ranges, documentation values, fingerprints, identifiers and dishes read as names)."""

from __future__ import annotations

import pytest

from llmvpn.privacy import ner
from llmvpn.privacy.detect import Detector, build_detector
from llmvpn.privacy.spans import EntityType as E

rules = Detector(ner=None)
MODEL = next((name for name in ner.DEFAULT_MODELS if ner.model_path(name)), None)
needs_model = pytest.mark.skipif(MODEL is None, reason="no spaCy English model installed (requirements/ner.txt)")


@pytest.fixture(scope="module")
def model_detector():
    return build_detector(MODEL)


def found(text: str, detector: Detector = rules) -> list[tuple[str, E]]:
    return [(text[s.start : s.end], s.type) for s in detector.detect(text)]


def of_type(text: str, etype: E, detector: Detector = rules) -> list[str]:
    return [value for value, t in found(text, detector) if t is etype]


# --- payment data -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The direct debit comes from IT06-I969-2616-9358-0436-4231-413 and has to stop.", "IT06-I969-2616-9358-0436-4231-413"),
    ("Pay any settlement to: NL18-FVLB-6753-3873-34", "NL18-FVLB-6753-3873-34"),
])
def test_ibans_copied_with_dashes(text: str, value: str) -> None:
    assert of_type(text, E.IBAN) == [value]


def test_a_dashed_run_that_fails_the_checksum_is_no_iban() -> None:
    assert of_type("Ticket NL18-FVLB-6753-3873-35 is closed.", E.IBAN) == []


@pytest.mark.parametrize("text, value", [
    ("paid on my card 2201 9637 2196 7281 yesterday", "2201 9637 2196 7281"),  # Mir
    ("card 9792-3944-7467-2078 pin 994871", "9792-3944-7467-2078"),  # Troy
])
def test_cards_of_more_issuers(text: str, value: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == [value]


# --- national ids -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Käufer: Hermine Hofer, Rennweg 58, A-5400 Hallein, Reisepass-Nr. P8826852\nFahrzeug", "P8826852"),
    ("Käufer: Egon Nowak, 31756 Hameln, Reisepass-Nr. CMRWYW0VX\n", "CMRWYW0VX"),
    ("Address: Holunderhöhe 5, 95468 Bayreuth\nID number: 13 180962 Z 891\nEmergency contact", "13 180962 Z 891"),
    ("make a list of what was in it: my ID (53 160787 N 529), bank card", "53 160787 N 529"),
    ("Seller: Janneke Koster, 1225 KN Hilversum, ID 324700945\nBuyer", "324700945"),
    ("tutor Soledad Montes, DNI/NIE 87572264 V, teléfono", "87572264 V"),
])
def test_ids_after_labels_in_blocks_and_after_a_bare_id(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


@pytest.mark.parametrize("text", [
    "the user id 123456 is in the log",
    "passport AB123456 I think expires soon",  # the "I" after it is prose
])
def test_bare_ids_of_things_and_prose_after_an_id(text: str) -> None:
    assert all(" I" not in v and v != "123456" for v in of_type(text, E.NATIONAL_ID))


@pytest.mark.parametrize("text, value", [
    ("HMRC says my return is late. My UTR is 6513195933 and my NI number is OL 45 43 55 C.", "6513195933"),
    ("Die Krankenkasse will die Versichertennummer. Joachim Nowak: G979627717, geb. 30.05.2011.", "G979627717"),
    ("alergias: ninguna, número de la Seguridad Social del tutor 21/26233409/05.", "21/26233409/05"),
])
def test_ids_proved_by_their_check_digit_where_the_text_names_them(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


def test_a_wrong_check_digit_or_no_cue_leaves_the_number_alone() -> None:
    assert of_type("My UTR is 6513195934 apparently.", E.NATIONAL_ID) == []
    assert of_type("Build G979627717 failed twice.", E.NATIONAL_ID) == []


# --- links to a person ------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://cash.app/$benjaminqui",
    "https://revolut.me/froukje31",
    "https://www.zola.com/registry/emmalottaandkiko",
    "https://www.behance.net/girishgowda",
    "https://we.tl/t-76sKYKsywO",
])
def test_payment_links_registries_portfolios_and_transfers(url: str) -> None:
    assert of_type(f"Split it with me: pay via {url} by Friday.", E.URL) == [url]


@needs_model
def test_a_link_whose_path_spells_a_name_found_in_the_text(model_detector) -> None:
    text = "Hi, I'm Dearbhla Moloney. The list is at https://www.amazon.co.uk/baby-reg/dearbhla-moloney-2026/4J7M8SL"
    assert of_type(text, E.URL, model_detector) == ["https://www.amazon.co.uk/baby-reg/dearbhla-moloney-2026/4J7M8SL"]


def test_public_and_project_links_stay() -> None:
    assert of_type("See https://docs.python.org/3/library/re.html and https://github.com/psf/requests/issues", E.URL) == []


# --- names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("my landlord is rude, his name is mikel the heater is broke again", "mikel"),
    ("necesito un mensaje para mi casera, se llama Dulce María y el horno no va", "Dulce María"),
    ("Kan du hjälpa mig? Jag heter Hampus Åberg, personnummer 19870512-4637", "Hampus Åberg"),
    ("Traduci: «Il sottoscritto Nives Amato, nato a Bolzano il 08-08-2003»", "Nives Amato"),
])
def test_names_after_more_introductions(text: str, name: str) -> None:
    assert name in of_type(text, E.PERSON)


def test_a_quoted_sign_off() -> None:
    text = "Can you draft a reply?\n\n> Warmly,\n> Mrunal Deshpande\n> Events, Gut Lindenhof"
    assert "Mrunal Deshpande" in of_type(text, E.PERSON)


@pytest.mark.parametrize("text, name", [
    ("machine pypi.corp.internal login kavanaghu password #0_48gDpdnQ7IK", "kavanaghu"),
    ("[web]\n192.168.156.228 ansible_user=goncalvesantunesj ansible_password=x", "goncalvesantunesj"),
])
def test_logins_before_passwords_and_ansible_users(text: str, name: str) -> None:
    assert name in of_type(text, E.PERSON)


def test_form_name_fields_in_any_case() -> None:
    text = "1. Surname: LIM\n3. First name(s): HA-EUN\n4. Date of birth: 1990-05-27\n"
    assert of_type(text, E.PERSON)[:2] == ["LIM", "HA-EUN"]


def test_person_values_in_json_records() -> None:
    assert "A. Tiwari" in of_type('{"details": {"consumerName": "A. Tiwari", "consumerAccount": "x"}}', E.PERSON)
    text = '{"user":{"name":"nienke oosterhuis-de bruin","email":"pip1975@upcmail.nl"}}'
    assert "nienke oosterhuis-de bruin" in of_type(text, E.PERSON)


def test_a_bare_name_key_without_contact_details_names_a_thing() -> None:
    assert of_type('{"name": "Install Dependencies", "run": "npm ci"}', E.PERSON) == []


def test_a_name_before_a_phone_with_a_dutch_op() -> None:
    assert "Kees Groen" in of_type("en bij nood bel Kees Groen op 06 12055355.", E.PERSON)


# --- false flags that went away ---------------------------------------------------------------------------

@pytest.mark.parametrize("number", ["07700 900461", "0491 570 156", "(02) 5550 1234", "212-555-0150"])
def test_numbers_reserved_for_drama_when_the_text_says_so(number: str) -> None:
    assert of_type(f"For my screenplay I need numbers that won't ring anyone. Is {number} reserved?", E.PHONE) == []


def test_a_reserved_number_pasted_as_someone_s_is_still_flagged() -> None:
    assert of_type("Call me on 07700 900461 after six.", E.PHONE) == ["07700 900461"]


def test_documentation_ibans_in_other_languages_and_doc_ipv6() -> None:
    assert found("Is de IBAN CH93 0076 2011 6238 5295 7 uit de handleiding een echte?") == []
    assert found("Why should documentation use addresses like 2001:db8::1 instead of real ones?") == []


def test_ssh_fingerprints_are_not_secrets() -> None:
    text = "How are host key fingerprints like SHA256:CLyARWUJRwd08IiLLzHcksBFeNw55pEuzwtHh0ukOdE checked?"
    assert found(text) == []


@needs_model
def test_placeholder_names_in_a_question_about_placeholders(model_detector) -> None:
    text = "What's the equivalent of 'John Doe' elsewhere? I've seen Jan Jansen and Juan Pérez; which countries?"
    assert of_type(text, E.PERSON, model_detector) == []
    assert of_type("My neighbour Mario Rossi called me about the boiler.", E.PERSON, model_detector) == ["Mario Rossi"]


@needs_model
@pytest.mark.parametrize("text", [
    "Give me a foolproof recipe for crêpes Suzette for four.",
    "How often should an indoor cat see the vet once it's past ten?",
    "What's the difference between a Terraform module and a Helm chart, conceptually?",
    "Sentry issue MOBILE-APP-FXGF has thousands of events from one user.",
])
def test_dishes_times_tools_and_issue_keys_are_not_people(model_detector, text: str) -> None:
    assert found(text, model_detector) == []


@pytest.mark.parametrize("text, name", [
    ("My UTR is 9990348092. I'm Dougal ap Rhys, a sole trader walking dogs.", "Dougal ap Rhys"),
    ("Help me met een mail: ik ben Baukje op den Akker, studentnummer 25-378990.", "Baukje op den Akker"),
])
def test_welsh_and_dutch_particles_join_a_name(text: str, name: str) -> None:
    assert name in of_type(text, E.PERSON)


def test_an_example_domain_is_no_cue_for_placeholders() -> None:
    # "example" in a mailbox's domain says nothing about the number or the name beside it
    assert of_type("Call Mario Rossi <mario@example.com> on 07700 900461.", E.PHONE) == ["07700 900461"]
    assert of_type("host 2001:db8::42 belongs to anna@example.org", E.IP_ADDRESS) == ["2001:db8::42"]
