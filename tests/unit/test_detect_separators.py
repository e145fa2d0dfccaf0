"""Numbers as people lay them out: a card, an SSN or an IBAN is the same number whatever parts its groups. Typographic
spaces and dashes (no-break, thin, en and em) read as a space and a hyphen; a card's groups parted by one slash,
underscore, pipe, comma or spaced hyphen throughout; an SSN's by a slash or a spaced hyphen; an IBAN typed in lower
case or parted by dots, slashes, pipes, underscores or two spaces. Checksums and layouts decide as before, and a list's
or a table's numbers (comma, pipe) need the card's word. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import detector, of_type

CARD = "4539148803436467"  # Visa's prefix, Luhn-valid
GROUPS = [CARD[i : i + 4] for i in range(0, 16, 4)]


@pytest.mark.parametrize("separator", ["\u00a0", "\u2009", "\u202f", " \u2013 ", "\u2013", "/", "_", " - ", " / "])
def test_a_card_is_found_whatever_one_separator_parts_its_groups(separator: str) -> None:
    card = separator.join(GROUPS)
    text = f"I paid with {card} yesterday and was charged twice."
    assert of_type(text, E.CREDIT_CARD) == [card]


@pytest.mark.parametrize("separator", ["|", ",", " | ", ", "])
def test_a_card_parted_by_a_list_separator_needs_the_cards_word(separator: str) -> None:
    card = separator.join(GROUPS)
    assert of_type(f"Card number: {card}", E.CREDIT_CARD) == [card]
    assert of_type(f"Readings: {card}", E.CREDIT_CARD) == []


@pytest.mark.parametrize(
    "text",
    [
        "Invoice lines 4539/1488/0343/6468 were booked twice.",  # Luhn fails
        "Part numbers 1234_5678_9012_3456 are in stock.",  # no card issuer starts with 1
        "Readings 4539|1488|0343|6467 from the sensor log",  # a table's cells, no card named
        "Mixed 4539/1488-0343_6467 is no card's layout",  # one separator throughout, or none
    ],
)
def test_numbers_in_card_like_groups_that_fail_a_check_are_no_card(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []


@pytest.mark.parametrize("ssn", ["536\u201322\u20138194", "536\u201422\u20138194", "536 - 22 - 8194", "536 \u2013 22 \u2013 8194",
                                 "536\u00a022\u00a08194"])
def test_an_ssn_with_typographic_or_spaced_dashes_is_found(ssn: str) -> None:
    assert of_type(f"My SSN is {ssn}, please update the form.", E.US_SSN) == [ssn]


def test_an_ssn_parted_by_slashes_is_found_where_the_text_says_ssn() -> None:
    assert of_type("Social Security Number: 536/22/8194", E.US_SSN) == ["536/22/8194"]
    assert of_type("Shelf 536/22/8194 in the archive", E.US_SSN) == []


IBAN = "DE44500105175407324931"
IBAN_GROUPS = [IBAN[i : i + 4] for i in range(0, len(IBAN), 4)]


@pytest.mark.parametrize(
    "iban",
    [
        " ".join(IBAN_GROUPS).lower(),
        IBAN.lower(),
        "De44 5001 0517 5407 3249 31",
        ".".join(IBAN_GROUPS),
        "/".join(IBAN_GROUPS),
        "|".join(IBAN_GROUPS),
        "_".join(IBAN_GROUPS),
        "  ".join(IBAN_GROUPS),
        " - ".join(IBAN_GROUPS),
        "\u00a0".join(IBAN_GROUPS),
    ],
)
def test_an_iban_is_found_in_any_case_and_with_any_one_separator(iban: str) -> None:
    text = f"Please wire the deposit to {iban} today, thanks."
    assert of_type(text, E.IBAN) == [iban]


@pytest.mark.parametrize(
    "text",
    [
        "Please wire it to de44.5001.0517.5407.3249.32 today.",  # the checksum fails
        "cache key ab12cd34ef56ab78cd90ef12 expired",  # a hex key: no country's layout
        "Release tag v2.1.0 at de44500105175407324 was rebuilt",  # too short for Germany's 22 characters
    ],
)
def test_iban_lookalikes_are_left_alone(text: str) -> None:
    assert of_type(text, E.IBAN) == []


def test_typographic_separators_keep_offsets_in_the_text_as_written() -> None:
    text = "Karte 4539\u00a01488\u00a00343\u00a06467, IBAN de44\u20135001\u20130517\u20135407\u20133249\u201331."
    spans = {s.type: (s.start, s.end) for s in detector.detect(text)}
    assert text[slice(*spans[E.CREDIT_CARD])] == "4539\u00a01488\u00a00343\u00a06467"
    assert text[slice(*spans[E.IBAN])] == "de44\u20135001\u20130517\u20135407\u20133249\u201331"
