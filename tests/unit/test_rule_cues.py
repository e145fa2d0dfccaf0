"""The rules' shortcut: a pattern whose matches open with cue words is tried only where a word of the text
starts like one of them (recognizers/_context.py reads those words off the compiled pattern, with `re`'s
internals). It must find exactly what the plain scan finds, or PII goes through unseen: checked here on every
pattern the rules take the shortcut for, over corpus prompts in several languages and their case variants,
so that a Python whose `re` parses differently fails here rather than in a user's prompt."""

from __future__ import annotations

import random
import re

import pytest
from bench.privacy.corpus import generate
from bench.prompt import USER
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.recognizers import _context


def _texts() -> list[str]:
    prompts = [USER]
    for flag in ("fresh3", "fresh4", "fresh5", "fresh6"):
        prompts += [s.text for s in generate(40, 11, **{flag: True})]
    prompts += [s.text for s in generate(40, 11)]
    # Case changes move where words start in the lower-cased text for a few letters ("İ", "ẞ"): add them.
    # And the rare twins `re` folds with a common letter (micro sign for μ, "ᲂ" for о), which the lower-cased
    # text writes as the common one: texts with every common letter turned into its twin.
    twin_of = {common: chr(odd) for odd, common in _context._TWINS.items()}
    return [variant for text in prompts
            for variant in (text, text.upper(), text.lower(), text.title(), text.lower().translate(str.maketrans(twin_of)))]


TEXTS = _texts()


@pytest.fixture(scope="module")
def shortcut_patterns() -> list:
    detector = Detector(ner=None)
    for text in TEXTS:  # every rule runs, so every pattern it gives the shortcut is known
        detector.detect(text)
    patterns = [pattern for pattern, heads in _context._HEADS.values() if heads is not None]
    assert len(patterns) >= 50, "the shortcut should be in use for most cue patterns"
    return patterns


def test_every_pattern_matches_the_same_with_the_shortcut_as_without(shortcut_patterns) -> None:
    for text in TEXTS:
        if _context.lowered(text) is None:
            continue  # the shortcut is not taken for such texts
        for pattern in shortcut_patterns:
            plain = [m.span() for m in pattern.finditer(text)]
            cued = [m.span() for m in _context.matches_at(pattern, text, _context.word_starts(pattern, text))]
            assert cued == plain, (pattern.pattern[:80], text[:120])
    _context.forget()


def test_texts_made_of_each_patterns_own_words_match_the_same(shortcut_patterns) -> None:
    # The corpus holds few of a pattern's cue words; texts strung from the words written in the pattern's
    # source (read with a plain regex, not with the parser under test) hold many, in every case and spacing.
    rng = random.Random(5)
    twins = str.maketrans({common: chr(odd) for odd, common in _context._TWINS.items()})
    for pattern in shortcut_patterns:
        words = re.findall(r"[^\W\d_]+", pattern.pattern.replace("\\s", " ").replace("\\b", " ")) or ["x"]
        for _ in range(40):
            picked = [rng.choice(words) for _ in range(rng.randint(2, 10))]
            picked = [w.upper() if rng.random() < 0.2 else w.title() if rng.random() < 0.3
                      else w.translate(twins) if rng.random() < 0.2 else w for w in picked]
            text = "".join(w + rng.choice([" ", " ", "  ", ", ", ": ", "\n", "-", "'", "", " 42 "]) for w in picked)
            if _context.lowered(text) is None:
                continue
            plain = [m.span() for m in pattern.finditer(text)]
            cued = [m.span() for m in _context.matches_at(pattern, text, _context.word_starts(pattern, text))]
            assert cued == plain, (pattern.pattern[:80], text)
        _context.forget()


def test_strings_each_pattern_matches_are_found_with_the_shortcut_too(shortcut_patterns) -> None:
    # hypothesis writes strings holding a match of the pattern (its own reading of the regex, not the one
    # under test): every cue word the pattern can open with turns up, which the corpus cannot promise.
    for pattern in shortcut_patterns:
        _matches_the_same_on_strings_it_matches(pattern)()


def _matches_the_same_on_strings_it_matches(pattern: re.Pattern[str]):
    @settings(max_examples=40, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern))
    def check(text: str) -> None:
        if _context.lowered(text) is None:
            return
        plain = [m.span() for m in pattern.finditer(text)]
        cued = [m.span() for m in _context.matches_at(pattern, text, _context.word_starts(pattern, text))]
        _context.forget()
        assert cued == plain, pattern.pattern[:80]

    return check


@pytest.mark.parametrize(
    "text",
    ["Born on 3 auguſt 1987 in Graz.", "DOB: 3 AUGUST 1987", "doğum tarihi 3 ARALIK 1987", "Geburtsdatum 3. MÄRZ 1987"],
)
def test_month_names_in_unusual_case_are_dates_not_crashes(text: str) -> None:
    spans = Detector(ner=None).detect(text)
    assert any(text[s.start : s.end].endswith("1987") for s in spans)
