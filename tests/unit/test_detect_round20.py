"""The twentieth round. An SSN restated or corrected in its sentence, "social" with a word that tells which one ...
Patterns and rules."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


# --- an SSN restated or corrected ------------------------------------------------------------------------------------

def test_the_wrong_social_makes_both_numbers_of_the_correction_ssns() -> None:
    text = "[23:09] Jalen: i put the wrong social on my W-4, it says 755 43 6197 but it should be 031289390"
    assert of_type(text, E.US_SSN) == ["755 43 6197", "031289390"]


def test_a_possessive_or_a_word_telling_which_one_before_social_names_the_ssn() -> None:
    text = "The school still needs my son's social, um, 482103377, before Friday."
    assert of_type(text, E.US_SSN) == ["482103377"]
    text = "HR has my old social on file; my new social is 613205548."
    assert of_type(text, E.US_SSN) == ["613205548"]


def test_a_bare_number_correcting_a_dashed_ssn_in_its_sentence_is_an_ssn_too() -> None:
    text = "The form says 509-84-9543 but it should be 555452457, can you fix the letter?"
    assert of_type(text, E.US_SSN) == ["509-84-9543", "555452457"]
    text = "I typed 031289390, not 031-28-9930. Which one did the bank get?"
    assert sorted(of_type(text, E.US_SSN)) == ["031-28-9930", "031289390"]


def test_a_number_with_its_own_label_or_in_another_sentence_beside_an_ssn_stays_what_it_is() -> None:
    text = "SSN 509-84-9543, order 555452457 shipped."
    assert of_type(text, E.US_SSN) == ["509-84-9543"]
    text = "SSN 509-84-9543. Our warehouse code 555452457 is wrong."
    assert of_type(text, E.US_SSN) == ["509-84-9543"]
    text = "The same social media budget of 482103377 won was approved."
    assert of_type(text, E.US_SSN) == []

