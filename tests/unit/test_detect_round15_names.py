"""The fifteenth round, names left alone: a Korean heading over a roster ("동호회 회원 명단입니다", three words, one of
five syllables: no Korean name), and a credential's field label before its colon ("Password: must be ..."), which
speaks for no one. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


@pytest.mark.parametrize(
    "text",
    [
        "동호회 회원 명단입니다\n김민준 010-1234-5678\n이서연 010-2345-6789",
        "Password: must be at least 12 characters and hold a figure",
        "Passwort: mindestens zwölf Zeichen, bitte",
    ],
)
def test_a_korean_heading_and_a_credentials_field_label_name_no_one(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_speaker_in_a_transcript_is_still_a_name() -> None:
    assert of_type("Chat export:\nMadison: can you send the invoice?\nMe: sure", E.PERSON) == ["Madison"]


def test_an_upper_case_name_heading_a_cv_is_still_a_name() -> None:
    text = "CLÉMENCE DUBOIS\nclemence.dubois@example.fr | +33 6 12 34 56 78\nExperience"
    assert of_type(text, E.PERSON) == ["CLÉMENCE DUBOIS"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("SMS thread with the landlord:\n[Omondi] Pay rent to M-Pesa 0712 897279\n[me] Sent it\n[Omondi] Received, thanks",
         ["Omondi", "Omondi"]),
        ("카카오톡 대화 정리해 줘:\n[유나] 계좌 말고 카드로 보낼게\n[나] 그걸 여기 보내면 안 돼!", ["유나"]),
        ("הודעות SMS עם בעל הדירה:\n[אסף] תעביר את שכר הדירה\n[אני] בסדר", ["אסף"]),
    ],
)
def test_the_other_speakers_of_a_bracketed_conversation_with_the_writers_own_label_are_people(
        text: str, names: list[str]) -> None:
    assert [n for n in of_type(text, E.PERSON) if n in names] == names


@pytest.mark.parametrize(
    "text",
    [
        "build log:\n[INFO] starting\n[WARN] slow disk\n[ERROR] failed",
        "todo:\n[x] write tests\n[me] review\n[agent] escalate",  # a role and a checkbox's letter... and a self label
        "notes:\n[Draft] first part\n[Final] second part",  # no writer's label: section tags
    ],
)
def test_bracketed_log_levels_roles_and_tags_are_no_speakers(text: str) -> None:
    assert of_type(text, E.PERSON) == []
