"""Names found by the role a message gives a person (to, from, for, with), by the shape of a message
(a name spoken to, a name signing it), by an account name, or by the contact details written after it;
and the look-alikes each rule must leave alone. Patterns and rules only (no NER model)."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is E.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can you draft an apology to Henrik Larsen for missing his call?", ["Henrik Larsen"]),
        ("Bitte schreib einen Brief an Knut Hansen wegen der Miete.", ["Knut Hansen"]),
        ("Peux-tu écrire une lettre à Solène pour la remercier ?", ["Solène"]),
        ("Escribe un correo a Maite para cancelar la reunión.", ["Maite"]),
        ("Please forward it to Priyanka Desai before noon.", ["Priyanka Desai"]),
        ("I need a gift for Signe's graduation, under 50 euros.", ["Signe"]),
    ],
)
def test_detects_the_person_a_message_or_a_gift_is_for(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_detects_a_lower_case_recipient_only_when_punctuation_follows() -> None:
    assert names("please reply to gunnar: yes, friday works.") == ["gunnar"]
    assert names("write a reply to everyone who asked.") == []


def test_detects_whom_a_message_is_from_and_whom_someone_meets() -> None:
    assert names("got a voicemail from kasimir, what does 'sorry about earlier' mean?") == ["kasimir"]
    assert names("Help me prepare for my lunch with Tamsin Reyes on Thursday.") == ["Tamsin Reyes"]
    assert names("Write a note to the family of Ebele about the funeral.") == ["Ebele"]


def test_detects_the_person_an_action_addresses() -> None:
    assert names("Remind Fenna that the rent is due.") == ["Fenna"]
    assert names("Ask ChatGPT whether the code compiles.") == []


def test_detects_a_relation_named_in_another_language() -> None:
    assert names("mi vecina Lucía Ferrer no me devuelve las llaves.") == ["Lucía Ferrer"]
    assert names("mon propriétaire Gaëtan ne répond plus.") == ["Gaëtan"]


@pytest.mark.parametrize(
    "text",
    [
        "Bitte schreib eine Nachricht an den Vermieter wegen der Heizung.",
        "Écris une lettre à la Mairie pour un permis.",
        "Write a poem for Christmas about snow.",
        "Write a speech for Graduation Day.",
        "Rewrite: our team meeting with Marketing moved to 3pm.",
        "Send it to Staging first, then to Prod.",
        "Who was the father of Modern Physics?",
        "Send a message to Slack when the job fails.",
    ],
)
def test_leaves_things_festivals_and_departments_after_the_same_cues_alone(text: str) -> None:
    assert names(text) == []


def test_detects_a_name_spoken_to_at_the_start_of_a_quotation_but_not_an_adverb() -> None:
    assert names('"Yusuf, the parcel arrived," she wrote. Summarise the tone.') == ["Yusuf"]
    assert names('"Indeed, the results hold," wrote the reviewers.') == []


def test_detects_a_name_signing_a_quoted_message_but_not_a_heading() -> None:
    assert names('Translate this: "I will be late tonight, sorry. Tomasz"') == ["Tomasz"]
    assert names("Explain the data flow below. Overview") == []


def test_detects_the_name_in_a_signed_statement() -> None:
    assert names("I, Nkechi Obi, confirm the transfer.") == ["Nkechi Obi"]
    assert names("please turn this into a statement: i, ruud kramer, confirm the sale.") == ["ruud kramer"]


def test_detects_two_lower_case_words_after_a_relation_when_an_auxiliary_follows() -> None:
    assert names("my roommate ilse dekker hasn't paid her share") == ["ilse dekker"]
    assert names("my husband works late and my name is on the lease") == []


def test_detects_a_name_in_a_form_field_typed_in_lower_case() -> None:
    assert names("order form: size m, name tomás reyes, delivery friday") == ["tomás reyes"]


def test_detects_lower_case_speakers_once_one_of_them_speaks_again() -> None:
    assert names("ola: are you coming?\nmarek: on my way\nola: great") == ["ola", "marek", "ola"]
    assert names("tone: formal\naudience: managers\nlength: short") == []


def test_detects_an_account_named_by_a_word_and_a_number() -> None:
    assert names("clone https://github.com/ksenia88/dotfiles and explain the zshrc") == ["ksenia88"]
    assert names("my username is tobbe77, why can't I log in?") == ["tobbe77"]
    assert names("see https://github.com/psf/requests/issues/6123 for the bug") == []


def test_detects_two_words_written_before_their_email_or_phone_number() -> None:
    text = "list: rasmus berg +46 70 123 45 67, elin falk elin.falk@telia.se"
    assert names(text) == ["rasmus berg", "elin falk"]
    assert names("to: noor van den berg <noor69@yahoo.co.uk>") == ["noor van den berg"]


@pytest.mark.parametrize(
    "text",
    ["Head office +44 20 7946 0958", "billing dept billing@acme.com", "press inquiries press@acme.com",
     "my credit card 5598 4227 4845 6178 has a balance", "test key xoxb-042335835982-1947611551393-2dPvPGr",
     "the field trip on 2024-11-22"],
)
def test_leaves_labels_cards_keys_and_dates_before_numbers_alone(text: str) -> None:
    assert names(text) == []
