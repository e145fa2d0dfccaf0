"""Names in structured text, upper-case and lone names, secrets in prose, and the look-alikes left alone
(patterns and context rules only: no NER model)."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def found(text: str, etype: E = E.PERSON) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is etype]


@pytest.mark.parametrize(("text", "names"), [
    ("| Name | Qty | Date |\n|---|---|---|\n| Oliver Cartwright | 12 | 08/05/2025 |\n| Ana Lima | 3 | 09/05/2025 |",
     ["Oliver Cartwright", "Ana Lima"]),
    ("Vorname;Nachname;Ort\nLukas;Schröder;Bremen\nJana;Novak;Kiel", ["Lukas", "Schröder", "Jana", "Novak"]),
    ("first_name,last_name,plan\nmarta,kowalski,pro", ["marta", "kowalski"]),
    ('{"id": 7, "full_name": "Tuan Papadopoulos", "plan": "pro"}', ["Tuan Papadopoulos"]),
    ('{"user_name": "tuan.papadopoulos", "assignee": "Mia Chen"}', ["tuan.papadopoulos", "Mia Chen"]),
    ("[db]\nhost = 10.0.0.5\nuser = riccardo.gallo\n", ["riccardo.gallo"]),
    ("owner: Ingrid Solberg\nstatus: open", ["Ingrid Solberg"]),
    ('<input type="text" name="customer_name" value="Yusuf Demir">', ["Yusuf Demir"]),
])
def test_names_in_tables_records_and_forms(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize("text", [
    "| Name | Price |\n|---|---|\n| Widget | 5 |",
    '{"name": "Install Dependencies", "run": "npm ci"}',
    "[db]\nuser = postgres\npassword = <password>",
    "name: my-service\nreplicas: 3",
    "user = request.user",
])
def test_things_under_name_keys_are_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("CLÉMENCE DUBOIS\nIngénieure logiciel, huit ans d'expérience en Python.", ["CLÉMENCE DUBOIS"]),
    ("Le compte du titulaire ANTOINE FOURNIER est bloqué.", ["ANTOINE FOURNIER"]),
    ("surname THOMPSON, given names Ashley", ["THOMPSON", "Ashley"]),
    ("PNR X7QK2 DURAND/AMANDINE MR seat 14C", ["DURAND/AMANDINE"]),
    ("Patient Schröder, Lukas was admitted on Monday.", ["Schröder, Lukas"]),
])
def test_upper_case_and_last_first_names(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize("text", [
    "CURRICULUM VITAE\nA summary of experience and skills follows below.",
    "Rose Care Basics\nWater weekly and prune in spring.",
    "Ask about patient education before surgery.",
])
def test_headings_are_not_names(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("O'Neill from accounts wants the report by noon.", ["O'Neill"]),
    ("According to Leonardo Carvalho's notes, the pump failed.", ["Leonardo Carvalho"]),
    ("Per Birgit, the launch slipped a week.", ["Birgit"]),
    ("Matched with Chiara on Hinge, what should I write?", ["Chiara"]),
    ("The hotel is booked under Leroy for two nights.", ["Leroy"]),
    ("Plan a weekend for me and Venkatesh.", ["Venkatesh"]),
    ("Priya and I are moving in May.", ["Priya"]),
])
def test_lone_names_given_away_by_their_cue(text: str, names: list[str]) -> None:
    assert found(text) == names


@pytest.mark.parametrize("text", [
    "Users asked for a dark mode.",
    "Google says the update is rolling out.",
    "Per the contract, the fee is due monthly.",
])
def test_cue_words_without_a_name(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("anastasia here — can you check my cover letter?", ["anastasia"]),
    ("attendees: john, maria, li wei", ["john", "maria", "li wei"]),
    ("Please address it for the attention of jonas weber.", ["jonas weber"]),
])
def test_lower_case_names_after_list_and_address_cues(text: str, names: list[str]) -> None:
    assert found(text) == names


def test_attendee_list_of_topics_is_not_names() -> None:
    assert found("cc: finance team") == []


@pytest.mark.parametrize(("text", "secret"), [
    ("transport: { auth: { user: 'x', pass: 'Xk9!pq2Lm' } }", "Xk9!pq2Lm"),
    ('{"note": "vpn password is Hx8-ka92Q"}', "Hx8-ka92Q"),
    ("The passphrase is 'blue otter 42' for the share.", "blue otter 42"),
    ("running base64 -d gives me 9fK2mQ8xLp3ZrT7w", "9fK2mQ8xLp3ZrT7w"),
])
def test_secrets_without_an_assignment(text: str, secret: str) -> None:
    assert found(text, E.SECRET) == [secret]


def test_a_password_rule_in_prose_is_not_a_secret() -> None:
    assert found("A password is required for every account.", E.SECRET) == []


def test_a_card_number_followed_by_a_price() -> None:
    assert found("card 5316 7789 8380 9590 €35,965 total", E.CREDIT_CARD) == ["5316 7789 8380 9590"]
    assert found("paid 1 250 € last week", E.CREDIT_CARD) == []


@pytest.mark.parametrize(("text", "names"), [
    ("Thanks for the quote.\nMathieu Robert | Fairview Plumbing\n+33 6 12 34 56 78", ["Mathieu Robert"]),
    ("See you soon.\nBest regards / Mit freundlichen Grüßen\nKarin Vogel", ["Karin Vogel"]),
])
def test_signatures(text: str, names: list[str]) -> None:
    assert found(text) == names


def test_pipe_heading_without_contact_details_is_not_a_signature() -> None:
    assert found("Product Roadmap | Q3 planning\nGoals and risks below.") == []


@pytest.mark.parametrize("text", [
    "Explain the Kaplan-Meier estimator and when to use a Mann-Whitney U test.",
    "Should I buy a Kindle Paperwhite or the Kobo Clara?",
    "Is Dr Pepper sweeter than cola?",
    "My dog Biscuit keeps barking at night.",
    "What did Martin Luther King Jr achieve?",
])
def test_eponyms_products_pets_and_public_figures(text: str) -> None:
    assert found(text) == []
