"""Other scripts: numbers written in another script's digits or in full-width forms are found like ASCII ones, at the
offsets of the text as written (the detector folds them one character for one before its rules read the text); the
words before a number or glued to an address in a script without capitals or spaces are not taken for a name."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import detector, found, of_type


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("اتصل على الرقم ٠٥٠ ٢٣٤ ٦٧٨٩ بعد الظهر", "٠٥٠ ٢٣٤ ٦٧٨٩"),  # Arabic-Indic digits, a UAE mobile
        ("شماره همراه: ۰۹۱۲ ۴۵۶ ۷۸۹۰", "۰۹۱۲ ۴۵۶ ۷۸۹۰"),  # Persian digits, an Iranian mobile
        ("मेरा मोबाइल नंबर ९८२१० ४५६७३ है", "९८२१० ४५६७३"),  # Devanagari digits, an Indian mobile
        ("携帯は０８０－４４１２－７７３９です。", "０８０－４４１２－７７３９"),  # a Japanese keyboard's full-width mode
        ("Call me on ＋４４ ７９１１ １２３４５６ tonight", "＋４４ ７９１１ １２３４５６"),
    ],
)
def test_a_phone_in_another_scripts_digits_is_a_phone(text: str, phone: str) -> None:
    assert phone in of_type(text, E.PHONE)


def test_a_full_width_card_iban_and_email_are_found() -> None:
    text = "カード ５４２５ ２３３４ ３０１０ ９９０３、ＩＢＡＮ ＮＬ９１ ＡＢＮＡ ０４１７ １６４３ ００、ｙｕｋｉ．ｍｏｒｉ＠ｍａｉｌ．ｊｐ"
    assert ("５４２５ ２３３４ ３０１０ ９９０３", E.CREDIT_CARD) in found(text)
    assert ("ＮＬ９１ ＡＢＮＡ ０４１７ １６４３ ００", E.IBAN) in found(text)
    assert ("ｙｕｋｉ．ｍｏｒｉ＠ｍａｉｌ．ｊｐ", E.EMAIL) in found(text)


def test_a_published_test_card_in_full_width_stays_a_test_card() -> None:
    assert of_type("テスト用カード ４２４２ ４２４２ ４２４２ ４２４２ で決済を試す", E.CREDIT_CARD) == []


def test_spans_keep_the_offsets_of_the_text_as_written() -> None:
    text = "Ｍｙ ｎｕｍｂｅｒ: ٠٥٠ ٢٣٤ ٦٧٨٩ — ｂｙｅ"
    (span,) = [s for s in detector.detect(text) if s.type is E.PHONE]
    assert text[span.start : span.end] == "٠٥٠ ٢٣٤ ٦٧٨٩"


def test_a_full_width_date_between_cjk_punctuation_is_a_date_and_nothing_else() -> None:
    # "（）：，" are Chinese and Japanese punctuation, not ASCII signs in disguise: they stay, and the date is one span.
    assert found("会议时间：２０２６年３月１４日（周六），地点待定") == [("２０２６年３月１４日", E.DATE)]


@pytest.mark.parametrize(
    "text",
    [
        "اتصل على الرقم ٠٥٠ ٢٣٤ ٦٧٨٩ بعد الظهر",  # "call on the number ...": prose running up to the number
        "اتصل بي على 050 234 6789 من فضلك",  # "call me on ..."
        "התקשר אליי בבקשה 052-123-4567",  # Hebrew: "call me please ..."
    ],
)
def test_the_words_of_a_sentence_before_a_number_in_a_script_without_capitals_are_no_name(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_name_heading_a_contact_line_in_arabic_is_still_a_name() -> None:
    text = "جهات الاتصال:\nأحمد الكعبي 050 234 6789\nسارة المنصوري 050 876 5432"
    assert of_type(text, E.PERSON) == ["أحمد الكعبي", "سارة المنصوري"]


def test_words_glued_to_an_address_are_part_of_the_sentence_not_its_owners_name() -> None:
    # "メールは" ("the mail is") runs into the address without a space; "田中" (Tanaka) is the name the address spells.
    assert found("メールはtanaka.yuki@mail.jpです") == [("tanaka.yuki@mail.jp", E.EMAIL)]
    assert of_type("田中さんのメールはtanaka.yuki@mail.jpです", E.PERSON) == ["田中"]
