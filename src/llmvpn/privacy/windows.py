"""Which parts of a text the NER model needs to read.

The model costs ~5-10 ms per 170-character prompt on one core, most of the detection budget. Names,
places and organisations are written with a capital letter in every script that has case, so only the
words around a capitalised word that is not a common sentence opener ("What", "Please", "I") or a
well-known technical term are sent to it. A prompt in lower case, or in a script without case, is left
to the patterns and context rules.
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._context import within
from llmvpn.privacy.recognizers._words import COMMON

# A sentence ends at . ! ? followed by a space (not inside 12.03.2024 or a URL) or at a line break.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+(?:[.!?]+|\n+|$)")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def ner_windows(text: str, covered: list[tuple[int, int]] = (), known: frozenset[str] = frozenset()
                ) -> list[tuple[int, int, bool]]:
    """(start, end, foreign) of the stretches of text the model should read: around each capitalised
    uncommon word, CONTEXT_WORDS words either side within its sentence, merged when they touch.
    `foreign` marks sentences in another language, where the English model's output is worth little
    (only multi-word names are kept from them).

    Words inside `covered` ranges (a `merge_ranges` result: already found by the patterns and rules,
    or known non-PII such as links and versions) don't count: a sentence whose only capitals are in
    an email address, a key or a name the rules found is not read again. Nor do the words in `known`
    (`names.name_words` of the names the rules found): their other mentions ("Maria." signing off after
    "Maria Schneider") are found by `names.propagate` after the model, which need not read them.
    """
    windows: list[tuple[int, int, bool]] = []
    for sentence in _SENTENCE.finditer(text):
        offset = sentence.start()
        candidates = _candidates(sentence.group(), offset, covered, known)
        if not candidates:
            continue
        words = [(offset + m.start(), offset + m.end()) for m in _WORD.finditer(sentence.group())]
        first = next(i for i, (s, e) in enumerate(words) if e > candidates[0])
        last = max(i for i, (s, e) in enumerate(words) if s <= candidates[-1])
        start = words[max(0, first - CONTEXT_WORDS)][0]
        end = words[min(len(words) - 1, last + CONTEXT_WORDS)][1]
        foreign = _is_foreign(sentence.group())
        if windows and windows[-1][1] >= start - 1 and windows[-1][2] == foreign:
            windows[-1] = (windows[-1][0], end, foreign)
        else:
            windows.append((start, end, foreign))
    return windows


# The model sees ±4 tokens through its encoder and a few more through the parser state: six words
# either side of a candidate give it the same answer as the whole sentence, for much less work.
CONTEXT_WORDS = 6
_WORD = re.compile(r"\S+")


# Function words of the other languages our users write in (German, French, Spanish, Italian, Portuguese, Dutch,
# and the Scandinavian languages, Czech, Polish and Turkish), none of them also an English word. The
# English model reads German nouns and French imperatives as names ("Termin", "Donne-moi").
_FOREIGN = frozenset(
    """ich und der das ist nicht mit meine mein meinen eine wie kann bitte ohne zwischen sich auf für
    auch oder aber wir je et les est pour une que qui dans avec vous nous mon mes lui dire moi sur pas
    los las una por para cómo qué entre ser estar muy della che sono gli não uma meu minha een ik niet
    voor mijn
    unser unsere einen zu hängt davon estoy está como correo del perché questo
    och att är inte jag vad hur för från också varför vårt bort og jeg ikke hvad hvordan hvorfor til på vores
    jsou proč jak není jsem že czy jest się dla nie czym jestem który bir bu için nasıl ile değil
    het waarom onze wat naar moje můj mám nebo už bylo byla jsme""".split()
)
_ENGLISH = frozenset(
    """the and is are to of in my you your for with on can please what how this that it be have do i we""".split()
)


def is_foreign(text: str) -> bool:
    """True for text written mostly in another language than English (by its function words)."""
    return _is_foreign(text)


def _is_foreign(sentence: str) -> bool:
    words = [w.lower() for w in _TOKEN.findall(sentence)]
    foreign = sum(w in _FOREIGN for w in words)
    return foreign >= 2 and foreign > sum(w in _ENGLISH for w in words)


# Upper-case labels of the things the patterns find ("My IBAN is ...", "(IP 203.0.113.42)") and other
# everyday abbreviations: never a name, and on their own not worth a pass of the model.
_LABELS = frozenset(
    """iban bic swift ip ipv4 ipv6 pin puk ssn ein vat tin nin dob id iso otp sms mfa 2fa cvv cvc zip po
    faq eta asap fyi cc bcc hr it qa ui ux usb vpn dns tls ssl ssh cpu gpu ram os pc tv eu uk usa us""".split()
)


def _candidates(sentence: str, offset: int, covered: list[tuple[int, int]], known: frozenset[str] = frozenset()
                ) -> list[int]:
    """Offsets of the capitalised, uncommon, not yet covered or known words of a sentence."""
    found = []
    for m in _TOKEN.finditer(sentence):
        word = m.group()
        if not word[0].isupper():
            continue  # (most words: ruled out before the look-ups below, which all must pass too)
        if covered and within(covered, offset + m.start(), offset + m.end()):
            continue
        if known and (word in known or word.endswith(("'s", "’s")) and word[:-2] in known):
            continue  # "Maria's": propagate finds the name in it too
        lower = word.lower()
        if lower.rstrip("'’s") not in COMMON and lower not in COMMON and lower not in _LABELS:
            found.append(offset + m.start())
    return found
