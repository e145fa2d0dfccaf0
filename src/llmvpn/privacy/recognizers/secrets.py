"""Leaked secrets: provider API keys and tokens, JWTs, PEM private keys, password assignments and
credentials in URLs.

Every candidate must look random (Shannon entropy, mixed characters) so that documentation
placeholders — `sk-...`, `sk-your-key-here`, `AKIAIOSFODNN7EXAMPLE`, `password=<password>` — are left
alone: they identify nobody and rewriting them would only confuse the model.
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._context import shannon_entropy
from llmvpn.privacy.spans import EntityType, Span

# (pattern, minimum entropy of the whole match in bits per character)
_KEYS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p), e)
    for p, e in (
        (r"(?<![\w])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[0-9A-Z]{16}(?![\w])", 3.0),  # AWS key ids
        (r"(?<![\w-])sk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_-]{32,}(?![\w-])", 4.0),  # Anthropic
        (r"(?<![\w-])sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}(?![\w-])", 3.8),  # OpenAI
        (r"(?<![\w])gh[pousr]_[A-Za-z0-9]{36,255}(?![\w])", 3.8),  # GitHub tokens
        (r"(?<![\w])github_pat_[A-Za-z0-9_]{60,255}(?![\w])", 3.8),
        (r"(?<![\w])glpat-[A-Za-z0-9_-]{20,}(?![\w])", 3.5),  # GitLab
        (r"(?<![\w-])xox[abposr]-[0-9A-Za-z-]{10,}(?![\w-])", 3.3),  # Slack tokens
        (r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}", 3.5),
        (r"(?<![\w])(?:sk|rk|pk|whsec)_(?:live|test)_[0-9A-Za-z]{16,}(?![\w])", 3.5),  # Stripe
        (r"(?<![\w])whsec_[0-9A-Za-z]{24,}(?![\w])", 3.5),
        (r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])", 3.8),  # Google API keys
        (r"(?<![\w])ya29\.[0-9A-Za-z_-]{20,}(?![\w-])", 3.8),  # Google OAuth access tokens
        (r"(?<![\w])GOCSPX-[0-9A-Za-z_-]{20,}(?![\w-])", 3.5),  # Google OAuth client secrets
        (r"(?<![\w])(?:hf_[A-Za-z0-9]{30,}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})(?![\w])", 3.8),
        # JWTs: a base64url JSON header and payload (both start with '{"' = "eyJ") and a signature.
        (r"(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}(?![\w-])", 4.0),
    )
)
_PEM = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\Z)"
)
# `password = "..."`, `API_KEY: ...`, `"client_secret": "..."`, `Authorization: Bearer ...`; the value is the secret.
_ASSIGNMENT = re.compile(
    r"(?i:\b(?:pass(?=[\"']?\s*(?::|=))|[\w-]*(?:password|passwd|passphrase|pwd|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|"
    r"access[_-]?token|refresh[_-]?token|token|private[_-]?key|client[_-]?secret|credentials?)(?:[_-]?(?:key|value|id))?\b)"
    r"[\"']?\s*(?:=|:|=>|:=)\s*(?:bearer\s+)?)(?P<q>[\"']?)(?P<value>[^\s\"'`,;<>{}()\[\]]{4,200})(?P=q)"
)
_BEARER = re.compile(r"(?i:\b(?:bearer|token)\s+)(?P<value>[A-Za-z0-9._~+/=-]{20,})")
_SAID = re.compile(
    r"(?i:\b(?:my|the|our|his|her|their)\s+(?:[\w-]+\s+)?(?:password|passcode|pin|passphrase|pw)\s+(?:is|was|=|:)\s*)"
    r"(?P<q>[\"'“]?)(?P<value>[^\s\"'”]{4,64})"
)
# A secret told in prose, with or without "my"/"the": "vpn password is Hx8#...", "the passphrase is
# 'blue otter 42'", "token: ...". Unquoted, it must not look like a word ("the password is wrong").
_PROSE = re.compile(
    r"(?i:\b(?:password|passwort|passcode|passphrase|passwd|pwd|pw|mot de passe|contraseña|token|api[ _-]?key|"
    r"secret key|access key|secret)\s+(?:is|was|will be|should be|ist|est|es|=|:)\s*)"
    r"(?:(?P<q>[\"'“‘])(?P<qvalue>[^\"'”’\n]{4,64})[\"'”’]|(?P<value>[^\s\"'”]{6,64}))"
)
# High-entropy output of a decoding step: "base64 -d gives me 9fK2...".
_DECODED = re.compile(
    r"(?i:\b(?:base64\s+(?:-d|--decode|-D)|decodes?\s+(?:to|into)|decoded\s+(?:to|is|value)|gives\s+me|"
    r"prints|returns|outputs?)\s*:?\s*)[\"'`]?(?P<value>[A-Za-z0-9+/=_!@#$%^&*.-]{12,120})"
)
# scheme://user:password@host — the userinfo goes.
_URL_CREDENTIALS = re.compile(r"(?i)\b[a-z][a-z0-9+.-]*://(?P<userinfo>[^\s/@:]+:[^\s/@]+)@[\w.-]+")

_PLACEHOLDER = re.compile(
    r"(?i)^(?:.*(?:your|example|sample|dummy|placeholder|changeme|change_me|redacted|xxxx|\.\.\.|\*\*\*|<|>|\$\{|\{\{|"
    r"%s|process\.env|os\.environ|getenv|env\[|secrets\.|settings\.).*|none|null|nil|true|false|undefined|"
    r"password|secret|token|string|str|bytes|int|any|secretstr|hidden|required|optional|\w+\(\w*\)?|[x*.#_-]+|\S*_HERE|abc123|1234|12345|123456)$"
)

_CODE_REFERENCE = re.compile(r"^[A-Za-z_][A-Za-z_]*(?:\.[A-Za-z_]\w*)+$|^[a-z_]+$|^[A-Z_]+$|^[A-Z][a-z]+(?:[A-Z][a-z]+)*$")

_ENV_STYLE = re.compile(r"^[A-Z][A-Z0-9_]*=")


def find(text: str) -> list[Span]:
    """Keys, tokens, private keys, assigned passwords and URL credentials that are not placeholders."""
    spans = []
    for pattern, min_entropy in _KEYS:
        for m in pattern.finditer(text):
            value = m.group()
            if shannon_entropy(value) >= min_entropy and not _PLACEHOLDER.match(value) and _mixed(value):
                spans.append(Span(m.start(), m.end(), EntityType.SECRET, 0.95))
    if "PRIVATE KEY" in text:
        spans.extend(Span(m.start(), m.end(), EntityType.SECRET, 0.99) for m in _PEM.finditer(text))
    for pattern, kind in ((_ASSIGNMENT, "assigned"), (_BEARER, "bearer"), (_SAID, "said")):
        for m in pattern.finditer(text):
            value = m.group("value")
            value_end = m.end("value")
            if value[-1:] in ".,;?" and not value.endswith("..") and not m.groupdict().get("q"):  # the sentence's, not the password's
                value, value_end = value[:-1], value_end - 1
            if kind == "assigned" and (m.groupdict().get("q") or _ENV_STYLE.match(m.group())):
                kind_here = "literal"  # a quoted string or a .env line holds the value itself
            else:
                kind_here = kind
            if _looks_like_password(value, kind_here):
                spans.append(Span(m.start("value"), value_end, EntityType.SECRET, 0.85))
    for m in _PROSE.finditer(text):
        group = "qvalue" if m.group("qvalue") is not None else "value"
        value, end = m.group(group), m.end(group)
        if group == "value" and value[-1:] in ".,;?!)":
            value, end = value[:-1], end - 1
        if _PLACEHOLDER.match(value) or _CODE_REFERENCE.match(value) and group == "value":
            continue
        if group == "qvalue" or not value.isalpha() or not value.islower() and not value.istitle():
            spans.append(Span(m.start(group), end, EntityType.SECRET, 0.85))
    for m in _DECODED.finditer(text):
        value = m.group("value").rstrip(".,;")
        if shannon_entropy(value) >= 3.3 and _mixed(value) and not _PLACEHOLDER.match(value):
            spans.append(Span(m.start("value"), m.start("value") + len(value), EntityType.SECRET, 0.8))
    if "://" in text:
        for m in _URL_CREDENTIALS.finditer(text):
            password = m.group("userinfo").split(":", 1)[1]
            if not _PLACEHOLDER.match(password):
                spans.append(Span(m.start("userinfo"), m.end("userinfo"), EntityType.SECRET, 0.9))
    return spans


def _looks_like_password(value: str, kind: str) -> bool:
    if _PLACEHOLDER.match(value) or value.isdigit() and len(value) < 6:
        return False
    if kind in ("said", "literal"):  # "my password is sunshine": the person told us, whatever it looks like
        return True
    if kind == "bearer":
        return shannon_entropy(value) >= 3.5 and _mixed(value)
    # In code, `password=user_password` or `token: request.headers` name a variable, not a secret.
    if _CODE_REFERENCE.match(value):
        return False
    return shannon_entropy(value) >= 2.0


def _mixed(value: str) -> bool:
    """At least two of: lowercase, uppercase, digits — random keys have them, placeholders often don't."""
    classes = (any(c.islower() for c in value), any(c.isupper() for c in value), any(c.isdigit() for c in value))
    return sum(classes) >= 2
