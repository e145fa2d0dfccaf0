"""Bodies of the privacy API: what the detector finds in a text, and what the provider would see."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from llmvpn.privacy.spans import EntityType, Policy


class Analyze(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The text to scan; offsets in the answer are Python string indices "
                                  "(code points) into it.")
    entities: list[EntityType] | Literal["all"] | None = Field(
        default=None, description="The types to look for; default: the server's.")
    pii: Policy | None = Field(default=None, description="How `pseudonymized` replaces what was found; "
                                                         "default: pseudonymize (off shows the text unchanged).")


class FoundSpan(BaseModel):
    start: int
    end: int
    type: EntityType
    score: float


class Analysis(BaseModel):
    spans: list[FoundSpan]
    pseudonymized: str = Field(description="The text as the provider would receive it under `pii`.")
    ner: bool = Field(description="Whether the named-entity model took part (false: patterns and rules only).")
