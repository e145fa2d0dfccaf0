"""What detection finds and pseudonymization acts on: typed character spans of a text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "PERSON"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    LOCATION = "LOCATION"
    ORGANIZATION = "ORGANIZATION"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN = "IBAN"
    US_SSN = "US_SSN"
    NATIONAL_ID = "NATIONAL_ID"
    IP_ADDRESS = "IP_ADDRESS"
    DATE = "DATE"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    URL = "URL"
    SECRET = "SECRET"


class Policy(StrEnum):
    """What happens to a detected span (settings default; a request may choose, settings may forbid weakening)."""

    OFF = "off"                    # send as is
    REDACT = "redact"              # replace with a fixed mask, not restored
    PLACEHOLDER = "placeholder"    # replace with a typed placeholder like [PERSON_1], restored in the answer
    PSEUDONYMIZE = "pseudonymize"  # replace with a same-shape surrogate, restored in the answer


@dataclass(frozen=True, slots=True)
class Span:
    """Characters text[start:end] (Python string indices) are PII of `type`, with confidence `score` in [0, 1]."""

    start: int
    end: int
    type: EntityType
    score: float = 1.0

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span bounds {self.start}..{self.end}")
