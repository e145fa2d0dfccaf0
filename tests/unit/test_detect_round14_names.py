"""The fourteenth round, names: a caller's spoken introduction in more languages (Russian, Ukrainian, Turkish,
Indonesian, Vietnamese, German speech with its article, "привет это Ксения"), ending where a capitalised name meets
lower case; a roster's rows in Japanese and Korean (a name, then the member's number or email address on its line);
a Japanese caller's family name after the call's greeting. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("алло здравствуйте это Марина звоню по поводу счёта", "Марина"),
        ("привіт це Богдан Шевчук, передзвоніть мені", "Богдан Шевчук"),
        ("merhaba ben elif, siparişim gelmedi", "elif"),
        ("hai ini dewi mau tanya soal tagihan", "dewi"),
        ("xin chào tôi là thu trang muốn hỏi về đơn hàng", "thu trang"),
        ("hallo hier ist der jonas wegen dem termin morgen", "jonas"),
    ],
)
def test_a_callers_spoken_introduction_names_them(text: str, name: str) -> None:
    assert of_type(text, E.PERSON) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "hallo hier ist die Praxis am Markt, wir rufen wegen des Termins an",
        "hello this is the front desk",
        "halo ini dari bank mandiri",
    ],
)
def test_a_greeting_before_a_place_or_a_desk_names_no_one(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_korean_rosters_rows_open_with_the_members_names() -> None:
    text = "회원 명단입니다\n한지민 / 010-4821-7730 / jimin.han@daum.net\n박서준, +82 10 5512 0931\n"
    assert {"한지민", "박서준"} <= set(of_type(text, E.PERSON))


def test_a_japanese_rosters_rows_open_with_the_members_names_not_a_firms() -> None:
    text = "連絡網です。\n中村陽子　090-1234-5678　〒150-0001 東京都渋谷区神宮前1-2-3\n山田電機　03-3456-7890\n"
    assert of_type(text, E.PERSON) == ["中村陽子"]


def test_a_japanese_callers_family_name_after_the_greeting_is_a_name() -> None:
    assert of_type("もしもし、佐藤です。明日の予約の件でお電話しました。", E.PERSON) == ["佐藤"]
