"""Names, places and organisations from context rules, and famous entities left alone (no NER model)."""

from __future__ import annotations

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def found(text: str, etype: E = E.PERSON) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is etype]


def test_detects_a_name_after_my_name_is() -> None:
    assert found("Hi, my name is Maria Gonzalez and I need help.") == ["Maria Gonzalez"]


def test_detects_a_lone_first_name_in_a_signature_once_the_full_name_is_known() -> None:
    assert found("I'm Priya Raman. Can you proofread this?\nThanks,\nPriya") == ["Priya Raman", "Priya"]


def test_detects_a_name_after_a_title_without_the_title() -> None:
    assert found("Dear Dr. Okonkwo, my results are attached.") == ["Okonkwo"]
    assert found("My doctor, Prof. de Boer, prescribed it.") == ["de Boer"]


def test_detects_a_name_after_a_relation_word() -> None:
    assert found("my landlord John Peterson won't fix the heater") == ["John Peterson"]


def test_detects_a_lower_case_name_after_a_strong_cue() -> None:
    assert found("my name is mathieu girard, and i need help with my taxes") == ["mathieu girard"]


def test_does_not_take_a_verb_for_a_lower_case_name() -> None:
    assert found("my husband works late and my name is on the lease") == []


def test_detects_a_greeting_name_but_not_a_team() -> None:
    assert found("Hi Sarah, can you send it?") == ["Sarah"]
    assert found("Hi team, can you send it?") == []


def test_detects_speakers_in_a_transcript() -> None:
    assert found("Arjun: did you get the keys?\nSneha: yes") == ["Arjun", "Sneha"]


def test_detects_where_someone_lives() -> None:
    assert found("I moved from Leeds to Bochum last year.", E.LOCATION) == ["Leeds", "Bochum"]


def test_leaves_a_famous_person_in_a_general_question_alone() -> None:
    assert found("Who was Ernest Hemingway and why is he famous?") == []
    assert found("Explain Albert Einstein's theory of relativity.") == []


def test_leaves_a_famous_place_in_a_general_question_alone_but_not_where_i_live() -> None:
    assert found("What is the capital of France? Is Paris expensive?", E.LOCATION) == []
    assert found("I live in Paris with my sister.", E.LOCATION) == ["Paris"]
