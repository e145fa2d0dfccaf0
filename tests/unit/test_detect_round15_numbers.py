"""The fifteenth round, numbers: an SSN, a keyword and a Chinese resident id next to Chinese or Korean text (no space
between them, yet parted); an SSN in slashed groups after its name; a card read out to speech-to-text, in figures
or in English words; an IBAN glued to a Hebrew preposition by a dash, or read by OCR with its check digits parted.
Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


@pytest.mark.parametrize(
    ("text", "ssns"),
    [
        ("我住在美国，报税表要我的SSN 852-63-0977和我太太的SSN 639 47 8510。请帮我翻译。", ["852-63-0977", "639 47 8510"]),
        ("미국에 사는데 은행에서 SSN 708902237을 달라고 합니다.", ["708902237"]),
        ("New tenant: DOB 5/16/1948, SSN 745/59/0505, current address below.", ["745/59/0505"]),
    ],
)
def test_an_ssn_against_cjk_text_or_in_slashed_groups_is_found(text: str, ssns: list[str]) -> None:
    assert of_type(text, E.US_SSN) == ssns


@pytest.mark.parametrize(
    "text",
    [
        "Ratio 745/59/0505 from the lab sheet, batch 12.",  # slashed figures with no SSN named
        "我的订单号是708902237，请查一下。",  # nine figures in Chinese text, no SSN named
    ],
)
def test_slashed_or_bare_figures_without_an_ssns_name_are_no_ssn(text: str) -> None:
    assert of_type(text, E.US_SSN) == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("voice to text from my husband: card number is 2 3 4 6, 5 6 0 0, 8 4 6 9, 3 5 3 2 and the expiry is 08/26",
         "2 3 4 6, 5 6 0 0, 8 4 6 9, 3 5 3 2"),
        ("also meine Kreditkarte ist 3 4 1 7, 1 9 4 2, 7 3 1 1, 0 7 4 gültig bis 12/28", "3 4 1 7, 1 9 4 2, 7 3 1 1, 0 7 4"),
        ("hey it's dad the card is three seven zero nine one nine one zero eight six eight three six seven six and the pin",
         "three seven zero nine one nine one zero eight six eight three six seven six"),
    ],
)
def test_a_card_read_out_digit_by_digit_is_one_card(text: str, card: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == [card]


@pytest.mark.parametrize(
    "text",
    [
        "my card game scores were 4 1 3 7, 2 5 6 5, 5 7 1 1, 5 3 4 9 over four rounds",  # fails Luhn
        "the card has one two three four five six seven eight nine printed on it",
        "Card 1, 2, 3, 4 and 5 are face down.",
    ],
)
def test_spoken_figures_that_are_no_valid_card_are_left_alone(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("[אסף] תעביר את שכר הדירה ל-IL84 2143 3987 8936 1826 001\n[אני] תודה", "IL84 2143 3987 8936 1826 001"),
        ("[רותם] תעביר את שכר הדירה ל-IL792692979189466827440\n[אני] תודה", "IL792692979189466827440"),
        ("Bank app screenshot:\nIBAN GB5 7 NWBK 7284 6576 5465 13\nPaid", "GB5 7 NWBK 7284 6576 5465 13"),
    ],
)
def test_an_iban_after_a_hebrew_prefix_or_with_its_check_digits_parted_is_found(text: str, iban: str) -> None:
    assert of_type(text, E.IBAN) == [iban]


def test_an_iban_shape_joined_to_a_latin_word_by_a_dash_is_not_one() -> None:
    assert of_type("Build tag REL-IL792692979189466827440 failed.", E.IBAN) == []


def test_a_chinese_resident_id_in_a_request_body_is_found() -> None:
    text = 'curl --data \'{"name":"马子轩","idcard":"310101197505101234"}\'\n为什么返回401？'
    assert of_type(text, E.NATIONAL_ID) == ["310101197505101234"]


def test_eighteen_figures_with_a_date_inside_but_no_id_cue_are_no_id() -> None:
    assert of_type("order 310101197505101234 shipped yesterday", E.NATIONAL_ID) == []
