"""Which stretches of a prompt the NER model reads (privacy/windows.py): only around capitalised words
that could be a name, so a prompt costs the model only where it can find something."""

from __future__ import annotations

from llmvpn.privacy.windows import CONTEXT_WORDS, ner_windows


def texts(text: str, covered: list[tuple[int, int]] = ()) -> list[str]:
    return [text[start:end] for start, end, _ in ner_windows(text, covered)]


def test_a_capitalised_uncommon_word_is_read_with_a_few_words_either_side() -> None:
    text = "one two three four five six seven eight Lisbon nine ten eleven twelve thirteen fourteen fifteen."
    [window] = texts(text)
    assert "Lisbon" in window
    assert len(window.split()) == 2 * CONTEXT_WORDS + 1


def test_a_prompt_in_lower_case_or_of_common_words_costs_the_model_nothing() -> None:
    assert texts("how do i sort a list of dicts by two keys in python?") == []
    assert texts("Please explain what a Python decorator is. Thanks!") == []


def test_labels_of_what_the_patterns_find_are_not_names() -> None:
    # "IBAN" and "IP" only label the values next to them, which the patterns have already taken.
    text = "My IBAN is DE89 3704 0044 0532 0130 00 and the app logged my IP as well."
    start = text.index("DE89")
    assert texts(text, [(start, start + len("DE89 3704 0044 0532 0130 00"))]) == []


def test_words_the_rules_already_found_are_not_read_again() -> None:
    text = "Thanks a lot for your help, Maria."
    assert texts(text) == ["Thanks a lot for your help, Maria."]
    start = text.index("Maria")
    assert texts(text, [(start, start + len("Maria"))]) == []


def test_a_window_stays_in_its_sentence_and_windows_that_touch_are_read_as_one() -> None:
    far = "I met Jonas in town. " + "the weather was fine and we walked a long way. " * 3 + "We went to Porto."
    assert texts(far) == ["I met Jonas in town.", "We went to Porto."]
    near = "I met Jonas in town. We went to Porto."
    assert texts(near) == [near]


def test_other_mentions_of_a_name_the_rules_found_are_not_read() -> None:
    # "Maria." signing off after "Maria Schneider": names.propagate finds it after the model.
    text = "Thanks a lot for your help, Maria."
    assert [text[s:e] for s, e, _ in ner_windows(text, known=frozenset({"Maria", "Schneider"}))] == []
    assert [text[s:e] for s, e, _ in ner_windows("Maria's flight lands at noon.", known=frozenset({"Maria"}))] == []


def test_a_sentence_with_another_candidate_beside_a_known_name_is_still_read() -> None:
    text = "Maria flies to Lisbon on Monday."
    [window] = [text[s:e] for s, e, _ in ner_windows(text, known=frozenset({"Maria"}))]
    assert "Lisbon" in window
