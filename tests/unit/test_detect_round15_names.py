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
