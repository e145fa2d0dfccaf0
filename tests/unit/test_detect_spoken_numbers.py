"""Numbers read aloud, as a call's transcript writes them: a card, an SSN or a phone number spelled out in digit words
(or read out one figure at a time) is judged as the written number is, by its issuer's prefix and Luhn, by SSA's rules
and an SSN's name in the text, by a phone's name in the text. A count, a run that passes no check, and digit words in
ordinary sentences are left alone. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type

WORDS = "zero one two three four five six seven eight nine".split()


def spoken(figures: str, between: str = " ") -> str:
    return between.join(WORDS[int(f)] for f in figures)


@pytest.mark.parametrize(
    "card",
    [
        spoken("4539148803436467"),
        ", ".join(spoken(group) for group in ("4539", "1488", "0343", "6467")),
        "four five three nine one four double eight zero three four three six four six seven",
    ],
)
def test_a_card_read_aloud_is_found(card: str) -> None:
    text = f"Agent: can you read me the card? Caller: yes, it's {card}, expiring in May."
    assert of_type(text, E.CREDIT_CARD) == [card]


@pytest.mark.parametrize(
    "ssn",
    [spoken("536228194"), f"{spoken('536')} dash {spoken('22')} dash {spoken('8194')}", "5 3 6 2 2 8 1 9 4",
     "five three six, two two, eight one nine four"],
)
def test_an_ssn_read_aloud_is_found_where_the_text_names_an_ssn(ssn: str) -> None:
    assert of_type(f"For verification my social security number is {ssn}.", E.US_SSN) == [ssn]
    assert of_type(f"The code on the box says {ssn}.", E.US_SSN) == []


def test_a_phone_number_read_aloud_is_found_where_the_text_names_a_phone() -> None:
    number = "oh seven seven double nine one two three four five six"
    text = f"Please call me back on {number} after five."
    assert of_type(text, E.PHONE) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Count with me: one two three four five six seven eight nine, and breathe.",  # a count passes no check
        "Call me when the kids are done: one, two, three, four, five, six, seven, eight!",
        "Two of us, three bags, one dog and four bikes on six trains over seven days.",  # words between the figures
        "My card is four five three nine one four eight eight zero three four three six four six eight.",  # Luhn fails
    ],
)
def test_digit_words_that_say_no_valid_number_are_left_alone(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []
    assert of_type(text, E.US_SSN) == []
    assert of_type(text, E.PHONE) == []
