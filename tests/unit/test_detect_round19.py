"""The nineteenth round. "Social" said alone for a Social Security number, a client's address in a log line after
the program's name, an id in an HTML form's input after its label ... Patterns and rules."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


# --- "social" as the SSN's short name ---------------------------------------------------------------------------------

def test_your_social_asked_for_makes_the_bare_number_in_the_next_line_an_ssn() -> None:
    text = ("My landlord emailed: 'we need your social for the credit check, send it today'\n"
            "I wrote back: 482103377 - is that safe?")
    assert of_type(text, E.US_SSN) == ["482103377"]


def test_the_social_in_a_message_makes_the_number_later_in_its_sentence_an_ssn() -> None:
    text = "The bank left a message asking me to confirm the social, which they have down as 613205548. Is that a scam?"
    assert of_type(text, E.US_SSN) == ["613205548"]


def test_social_as_an_adjective_names_no_ssn() -> None:
    text = "Your social media budget for Q3 is 482103377 won, per the finance sheet."
    assert of_type(text, E.US_SSN) == []
    text = "Our social team meets Friday; the order number is 613205548."
    assert of_type(text, E.US_SSN) == []


def test_a_number_with_its_own_label_after_your_social_is_not_an_ssn() -> None:
    text = "They need your social before shipping. Order number 613205548 is still pending."
    assert of_type(text, E.US_SSN) == []


# --- a client's address after the program's name in a log line ------------------------------------------------------

def test_an_address_after_the_programs_name_and_before_a_quoted_request_is_an_address() -> None:
    text = 'Why the 403?\n07:14:09 nginx: 45.77.18.203 "GET /admin HTTP/2.0" 403 512'
    assert of_type(text, E.IP_ADDRESS) == ["45.77.18.203"]


def test_an_address_after_the_programs_name_and_before_its_port_is_an_address() -> None:
    text = "the app log says: mysql: 23.94.6.151 port 3306 unreachable, then redis: 38.7.140.9 [12/Mar/2025:07:14:09]"
    assert of_type(text, E.IP_ADDRESS) == ["23.94.6.151", "38.7.140.9"]


def test_an_address_after_the_programs_name_with_its_port_or_an_unquoted_request_is_an_address() -> None:
    text = "redis: 52.14.201.9:6379 connection reset, then node: 18.220.7.44 GET /api/orders 502"
    assert of_type(text, E.IP_ADDRESS) == ["52.14.201.9", "18.220.7.44"]


def test_a_four_part_version_after_a_products_name_stays_a_version() -> None:
    text = "Which openssl do we ship? openssl: 3.0.2.15, nginx: 1.24.0.2"
    assert of_type(text, E.IP_ADDRESS) == []


# --- an HTML form's label names its input's value -------------------------------------------------------------------

def test_a_forms_id_label_makes_the_value_of_the_input_after_it_an_id() -> None:
    text = ('Fix the layout of this form:\n<form>\n  <label for="pc">PESEL</label>\n  <input id="pc" type="text" value="90121504718">\n'
            '  <label>Steuerliche Identifikationsnummer</label><input value="57 192 803 446">\n</form>')
    assert of_type(text, E.NATIONAL_ID) == ["90121504718", "57 192 803 446"]


def test_a_forms_other_fields_are_no_ids() -> None:
    text = ('<form>\n  <label>Order number</label> <input value="4471902835">\n'
            '  <label>Passport</label> <input value="2031-05-14">\n  <label>Quantity</label> <input value="12">\n</form>')
    assert of_type(text, E.NATIONAL_ID) == []


def test_a_forms_ssn_label_makes_the_value_of_the_input_after_it_an_ssn_however_separated() -> None:
    text = ('<label>Social Security Number</label>\n<input type="text" name="ssn1" value="387 20 4416">\n'
            '<label>ITIN</label> <input type="text" value="931-78-2045">')
    assert of_type(text, E.US_SSN) == ["387 20 4416"]
    assert of_type(text, E.NATIONAL_ID) == ["931-78-2045"]
