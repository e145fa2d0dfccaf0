"""The nineteenth round. "Social" said alone for a Social Security number ... Patterns and rules."""

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
