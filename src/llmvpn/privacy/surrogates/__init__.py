"""Surrogate generators, one per entity type, and the per-type rules the mapping and restoration share:
what counts as "the same value" (the key), how one surrogate is re-shaped for another spelling of that
value, and which shorter forms of a surrogate a model may write back.

A generator gets the original and a random source and returns a candidate of the same shape; the
mapping checks it for collisions and asks again (with a higher `attempt`) when it collides.
"""

from __future__ import annotations

import random

from llmvpn.privacy.folding import fold_forms
from llmvpn.privacy.spans import EntityType
from llmvpn.privacy.surrogates import dates, names, net, numbers
from llmvpn.privacy.surrogates._shape import apply_case, compact, fold, relayout, scramble
from llmvpn.privacy.surrogates.net import NameLookup

__all__ = ["apply_case", "case_transfer", "compact", "flexible", "fold", "generate", "key",
           "partial_forms", "placeholder", "reshape"]

E = EntityType
# Written in many layouts ("+1 415 555 0100", "(415) 555-0100"): one entry per digit string.
_LAYOUT_FREE = frozenset({E.PHONE, E.CREDIT_CARD, E.IBAN, E.US_SSN, E.NATIONAL_ID})
# Words whose case the model may change ("MARIA KELLER"): restored in the case it wrote.
_CASED_WORDS = frozenset({E.PERSON, E.LOCATION, E.ORGANIZATION, E.ADDRESS})
_CASELESS = _CASED_WORDS | {E.EMAIL, E.IP_ADDRESS}


def key(type_: EntityType, original: str) -> str:
    """What makes two spellings the same value: case and spacing for words and emails, the letters and
    digits for numbers; dates, URLs and secrets only when written identically."""
    if type_ in _LAYOUT_FREE:
        return compact(original) or original
    if type_ in _CASELESS:
        return fold(" ".join(original.split()))
    return original


def flexible(type_: EntityType) -> bool:
    """Whether restoration should also recognise this type's surrogate re-punctuated by the model."""
    return type_ in _LAYOUT_FREE and type_ is not E.NATIONAL_ID


def case_transfer(type_: EntityType) -> bool:
    return type_ in _CASED_WORDS


def reshape(type_: EntityType, surrogate: str, occurrence: str) -> str:
    """The entry's surrogate written the way this occurrence of the original is written."""
    occurrence = fold_forms(occurrence)  # in ASCII, as the surrogate was made: restoration knows only ASCII separators
    if type_ in _LAYOUT_FREE and len(compact(surrogate)) == len(compact(occurrence)):
        return relayout(surrogate, occurrence)
    if type_ in _CASELESS:
        return apply_case(surrogate, occurrence)
    return surrogate


def generate(type_: EntityType, original: str, rng: random.Random, attempt: int, *,
             shift_days: int, lookup: NameLookup) -> str:
    """A candidate surrogate for `original` (any type but PERSON, whose names go one by one)."""
    original = fold_forms(original)  # "０８０－４４１２－７７３９" has the shape of 080-4412-7739, and gets a surrogate of it
    if type_ is E.EMAIL:
        return net.email(original, rng, lookup)
    if type_ is E.PHONE:
        return numbers.phone(original, rng)
    if type_ is E.CREDIT_CARD:
        return numbers.credit_card(original, rng)
    if type_ is E.IBAN:
        return numbers.iban(original, rng)
    if type_ is E.US_SSN:
        return numbers.us_ssn(original, rng)
    if type_ is E.IP_ADDRESS:
        return net.ip_address(original, rng)
    if type_ in (E.DATE, E.DATE_OF_BIRTH):
        # the scope's shift first; when that collides, a day or two more (rarely needed)
        return dates.shift_date(original, shift_days + (attempt + 1) // 2 * (-1) ** attempt, rng)
    if type_ is E.URL:
        return net.url(original, rng, lookup)
    if type_ is E.SECRET:
        return net.secret(original, rng)
    if type_ is E.LOCATION:
        return names.location(original, rng, attempt)
    if type_ is E.ORGANIZATION:
        return names.organization(original, rng, attempt)
    if type_ is E.ADDRESS:
        return names.address(original, rng)
    return scramble(original, rng)  # NATIONAL_ID, and PERSON spans without a name word


def partial_forms(type_: EntityType, surrogate: str, original: str) -> list[tuple[str, str]]:
    """Shorter forms of a surrogate a model may write alone, with what each restores to: the
    distinctive part of an organisation's name ("Northbridge" for "Northbridge Systems GmbH")."""
    if type_ is E.ORGANIZATION:
        s0, s1 = names.org_core(surrogate)
        o0, o1 = names.org_core(original)
        if s1 - s0 >= 4 and o1 > o0 and surrogate[s0:s1] != surrogate:
            return [(surrogate[s0:s1], original[o0:o1])]
    return []


def placeholder(type_: EntityType, number: int) -> tuple[str, str]:
    """The placeholder and its bare form a model may write without brackets: ("[PERSON_1]", "PERSON_1")."""
    bare = f"{type_.value}_{number}"
    return f"[{bare}]", bare
