"""What the privacy pipeline does for one request: the settings' default, or the request's own choice.

A chat body may carry (OpenAI clients send it through `extra_body`)

    "privacy": {"pii": "off" | "redact" | "placeholder" | "pseudonymize",
                "entities": ["PERSON", "EMAIL", ...],   # the types to act on; default: the settings'
                "restore": true,                          # put the originals back into the answer
                "show_sent": false}                       # the report shows the messages as sent upstream

Every field is optional. When the settings forbid weakening (LLMVPN_PRIVACY_ALLOW_WEAKER=false), a
request may not choose a weaker policy or act on fewer types than the settings do. Policies from weakest
to strongest: off < pseudonymize = placeholder < redact (a surrogate and a placeholder both hide the
value; a mask also drops what restoration needs). Turning restoration off is never weaker: the
provider sees the same text either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmvpn.errors import InvalidRequest, PermissionDenied
from llmvpn.privacy.spans import EntityType, Policy

_STRENGTH = {Policy.OFF: 0, Policy.PSEUDONYMIZE: 1, Policy.PLACEHOLDER: 1, Policy.REDACT: 2}
_FIELDS = ("pii", "entities", "restore", "show_sent")


@dataclass(frozen=True, slots=True)
class PrivacyChoice:
    """The pipeline's orders for one request."""

    pii: Policy
    entities: frozenset[EntityType]
    restore: bool = True
    show_sent: bool = False

    @property
    def active(self) -> bool:
        """False when nothing would be looked for (policy off, or no types)."""
        return self.pii is not Policy.OFF and bool(self.entities)

    def weaker_than(self, other: PrivacyChoice) -> bool:
        return _STRENGTH[self.pii] < _STRENGTH[other.pii] or (
            other.pii is not Policy.OFF and not self.entities >= other.entities)


def choose(default: PrivacyChoice, requested: Any, *, allow_weaker: bool) -> PrivacyChoice:
    """The choice for a request whose body's `privacy` field is `requested` (None when absent).

    400 (param `privacy.<field>`) for a malformed object; 403 when it would weaken a locked default.
    """
    if requested is None:
        return default
    if not isinstance(requested, dict):
        raise InvalidRequest("privacy: must be an object such as {\"pii\": \"pseudonymize\"}", param="privacy")
    unknown = [name for name in requested if name not in _FIELDS]
    if unknown:
        raise InvalidRequest(f"privacy.{unknown[0]}: unknown field (known: {', '.join(_FIELDS)})",
                             param=f"privacy.{unknown[0]}")
    pii = default.pii
    if "pii" in requested:
        try:
            pii = Policy(requested["pii"])
        except ValueError:
            raise InvalidRequest(f"privacy.pii: must be one of {', '.join(p.value for p in Policy)}",
                                 param="privacy.pii") from None
    entities = default.entities
    if "entities" in requested:
        entities = _entities(requested["entities"])
    flags = {}
    for name in ("restore", "show_sent"):
        if name in requested:
            if not isinstance(requested[name], bool):
                raise InvalidRequest(f"privacy.{name}: must be true or false", param=f"privacy.{name}")
            flags[name] = requested[name]
    choice = PrivacyChoice(pii, entities, flags.get("restore", default.restore),
                           flags.get("show_sent", default.show_sent))
    if not allow_weaker and choice.weaker_than(default):
        param = "privacy.pii" if _STRENGTH[choice.pii] < _STRENGTH[default.pii] else "privacy.entities"
        raise PermissionDenied(
            f"{param}: this gateway does not allow weakening its privacy policy (pii={default.pii.value} "
            f"on {_describe(default.entities)})", param=param, code="privacy_policy_locked")
    return choice


def _entities(value: Any) -> frozenset[EntityType]:
    if value == "all":
        return frozenset(EntityType)
    if not isinstance(value, list):
        raise InvalidRequest('privacy.entities: must be a list of entity types, or "all"',
                             param="privacy.entities")
    found = set()
    for index, name in enumerate(value):
        if not isinstance(name, str) or name.upper() not in EntityType.__members__:
            raise InvalidRequest(f"privacy.entities[{index}]: unknown entity type {name!r} "
                                 f"(known: {', '.join(EntityType)})", param=f"privacy.entities[{index}]")
        found.add(EntityType[name.upper()])
    return frozenset(found)


def _describe(entities: frozenset[EntityType]) -> str:
    if entities == frozenset(EntityType):
        return "every entity type"
    return ", ".join(sorted(entities)) or "no entity type"
