"""Secrets by the grammar of where they stand, not by a provider's prefix: what secrets.py and passwords.py
leave out because their values are cut at the first space or need a known name.

- **Passphrases**: a password key's value of several words, quoted (`--temporary-password 'canyon sprocket
  marble kettle'`, `password = "correct horse battery staple"`) or alone to the end of a config line
  (`password: basalt pretzel drizzle marble`), and in prose after "the password is" (`... is canyon sprocket
  marble kettle.`). Words of a sentence are no passphrase: a function or state word among them
  ("must be at least 12 characters", "same as before") leaves the value alone.
- **A config line's password of one word**: indented under a block (`  password: basalt`), its value is what
  the service gets, however plain; state words ("required", "null", "hidden") stay.
- **Random strings as any key's value**: `x-honeycomb-team: JhZmK23pN0zFcxNoY7OoIXPDBnYIBZ7W`. A long string
  of letters and figures with both cases, figures and the case changes of a generator is a key whatever its
  name, unless the name says it is an id, a hash or a version (those are random too, and public).
- **Credentials without a scheme**: a DSN's `user:pass@tcp(host:port)/db` (Go's MySQL driver), a proxy's
  `user:pass@10.0.0.7:3128`, a Redis ACL's `user app on >pass`, and a password file's `name:password` lines
  (lighttpd, `chpasswd` input) when the value has a generated password's shape.
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._context import contains, shannon_entropy
from llmvpn.privacy.recognizers.secrets import _FUNCTION_WORDS as FUNCTION_WORDS
from llmvpn.privacy.recognizers.secrets import _STATE_WORDS as STATE_WORDS
from llmvpn.privacy.recognizers.secrets import FOREIGN_HINTS, FOREIGN_PASSWORD_WORDS, is_placeholder
from llmvpn.privacy.spans import EntityType, Span

SCORE = 0.85

# A key that names a password, in the languages config files are written in.
# ("secret" is not among them: `secret_santa: "tom gives anna"`; a secret's key holds a random token, not words)
_PASSWORD_KEY = r"[\w.-]*(?:pass(?:word|wd|phrase|code)?|pwd|" + FOREIGN_PASSWORD_WORDS + r")[\w.-]*"
_HINTS = ("pass", "pwd", *FOREIGN_HINTS)
# Its value quoted, with a space inside: the quotes say where it ends.
_QUOTED = re.compile(
    r"(?i:(?<![\w-])--?" + _PASSWORD_KEY + r"(?:[ \t]+|=)|(?<![\w-])" + _PASSWORD_KEY + r"[\"']?\]?[ \t]*(?:=|:|=>|:=)[ \t]*)"
    r"(?P<q>[\"'])(?P<value>[^\"'\n]{0,128}?[^\s\"'][ \t]+[^\s\"'][^\"'\n]{0,128}?)(?P=q)"
)
# Its value unquoted, alone to the end of a config line (YAML, INI, properties, a list item).
_LINE = re.compile(
    r"(?im)^(?P<indent>[ \t]*)(?:-[ \t]+)?[\"']?" + _PASSWORD_KEY + r"[\"']?[ \t]*[:=][ \t]*"
    r"(?P<value>[^\s\"'#|>&*!{\[][^\n#]*?)[ \t]*\r?$"
)
# Told in a sentence: "the password is canyon sprocket marble kettle", "mein Passwort ist ...".
_TOLD = re.compile(
    r"(?i)\b(?:password|passphrase|passcode|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło|lösenord|"
    r"salasana|passord|adgangskode)\b[^.\n!?]{0,40}?(?:\bis|\bwas|\bist|\bwar|\best|\bes|\bé|\ber|\bär|\bjest|\bon|:)[ \t]+"
    r"[\"'“‘«]?(?P<value>[^\W\d_]{3,14}(?:[ \t]+[^\W\d_]{3,14}){2,6}[0-9]{0,4})[\"'”’»]?(?=[ \t]*(?:[.!?,;)]|\r?\n|$))"
)
_WORD = re.compile(r"[^\W\d_]+[0-9]{0,4}")
# Values that say what the password is like, not what it is; and documentation's stand-ins.
_NOT_A_VALUE = STATE_WORDS | frozenset(
    """true false null nil none yes no on off set unset see below above here there your my our the same optional
    secret password passwd passphrase token key value example sample placeholder dummy todo tbd changeme change me xxx
    none n/a na prompt ask env environment vault file""".split()
)


def _words_are_a_passphrase(value: str, *, least: int) -> bool:
    """Words, least..8 of them, none a function or state word, and no stand-in: a passphrase, not a sentence."""
    words = value.split()
    if not least <= len(words) <= 8 or not all(_WORD.fullmatch(w) for w in words):
        return False
    lowered = [w.lower().rstrip("0123456789") for w in words]
    return not any(w in FUNCTION_WORDS or w in _NOT_A_VALUE for w in lowered) and not is_placeholder(value)


# A random string: letters and figures (and "_" or "-"), both cases, figures, and a case change every few
# characters: "JhZmK23pN0zFcxNoY7OoIXPDBnYIBZ7W" has 20 in 32, "getUserAccountDetails2" 3.
_RANDOM = re.compile(r"[A-Za-z0-9_-]{20,256}")
_CASE_RUNS = re.compile(r"[a-z]+|[A-Z]+|[0-9]+")
# Names whose value is random but public: which thing it is, a digest, a build.
_PUBLIC_NAME = re.compile(r"(?i)(?:^|[_.-])?(?:id|ids|uuid|guid|hash|sha\w*|md5|digest|checksum|etag|version|build|commit|"
                          r"rev|revision|trace|span|request|correlation|session[_-]?id|ref|sku|asin|isbn|slug|video|"
                          r"channel|playlist|key[_-]?id|kid|fingerprint|nonce|state|code[_-]?challenge)(?:$|[_.-])|id$")
# ... or a JSON member anywhere on its line: `{"integration": "pagerduty", "routing": "R0u7..."}`
_JSON_MEMBER = re.compile(r'"(?P<name>[A-Za-z][\w.-]{0,60})"[ \t]*:[ \t]*"(?P<value>[A-Za-z0-9_-]{20,256})"')
# A typed object's id, random after its type's prefix ("pi_3tOT4jeSWoeYmVjX3LAht27h", "cus_WTRuhosEi71Xz0"):
# public; the secret prefixes ("sk_live_", "whsec_") are secrets.py's, by name.
_OBJECT_ID = re.compile(r"^(?!(?:sk|rk|whsec|ghp|gho|ghu|ghs|ghr|glpat|xoxb|xoxp|xapp|npm|pypi|hf|dop|shpat|shpss)_)[a-z]{2,6}_[A-Za-z0-9]")
_KEYED_LINE = re.compile(
    r"(?m)^[ \t]*(?:-[ \t]+)?[\"']?(?P<name>[A-Za-z][\w.-]{0,60})[\"']?[ \t]*(?::|=)[ \t]*[\"']?(?P<value>[A-Za-z0-9_-]{20,256})"
    r"[\"']?[ \t]*,?[ \t]*\r?$"
)


def looks_random(value: str) -> bool:
    """Both cases, figures, and a generator's case changes: a run of one case or of figures every 3 characters
    on average and none of 7 ("processIncomingPayment2" is words)."""
    if not (_RANDOM.fullmatch(value) and any(c.isdigit() for c in value)
            and sum(c.isupper() for c in value) >= 2 and sum(c.islower() for c in value) >= 2):
        return False
    runs = _CASE_RUNS.findall(value)
    return (len(runs) * 3 >= len(value) and max(len(r) for r in runs) < 7
            and shannon_entropy(value) >= 3.8)


# A DSN's or a proxy's userinfo without a scheme: the host after it says what it is.
_DSN = re.compile(
    r"(?<![\w/:@.%+-])(?P<user>[\w.-]{1,32}):(?:(?P<value>[^\s\"'`]{3,64}?)@(?=(?:tcp|unix|udp)\()"
    r"|(?P<value2>[^\s\"'`@/:]{3,64})@(?=(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b|localhost\b|\[[0-9a-fA-F:]+\]|[\w-]+(?:\.[\w-]+)+:[0-9]{2,5}\b))"
)
_SCHEMES = frozenset(("mailto", "sip", "sips", "tel", "xmpp", "http", "https", "ftp", "ssh", "git", "file", "smtp", "imap", "news"))
# Redis' ACL: `user app on >s3cret ~* +@all`, `ACL SETUSER app on >s3cret`: ">" adds a password.
_REDIS_ACL = re.compile(r"(?im)^[ \t]*(?:acl[ \t]+setuser|user)[ \t]+[\w.@-]+[ \t]+(?:[^\n>]*?[ \t])?>(?P<value>[^\s]{4,128})")
# A password file's line: `name:password`, nothing else on it (lighttpd's plain users file, chpasswd's input).
# (a login is lower case: "SHA256:3O76..." is a key's fingerprint; a field's name is no login: "email:ana@...")
_USER_LINE = re.compile(r"(?m)^[ \t]*(?:#[ \t]*)?(?P<user>[a-z][a-z0-9._-]{1,31}):(?P<value>[^\s:]{8,64})[ \t]*\r?$")
_FIELD_NAMES = frozenset("""email mail e-mail tel phone mobile fax url web site bday birthday fn n adr org title note
    notes date time id uid key fingerprint sha1 sha256 md5 hash""".split())
_EMAIL_OR_HOST = re.compile(r"[^@\s]*@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+[a-z]{2,}")
_CLASSES = (str.islower, str.isupper, str.isdigit)
_PASSPHRASE_SHAPE = re.compile(r"^[a-z]{3,}(?:[-_.][a-z]{3,}){2,}[0-9]{0,4}$")


def _generated(value: str) -> bool:
    """A generated or chosen password's shape: three kinds of characters of four, or words joined with figures."""
    kinds = sum(any(f(c) for c in value) for f in _CLASSES) + any(not c.isalnum() for c in value)
    if "/" in value or value.startswith(("$", "{")):
        return False  # a path, a crypt(3) hash or a template
    return kinds >= 3 and shannon_entropy(value) >= 3.0 or bool(_PASSPHRASE_SHAPE.match(value))


def find(text: str) -> list[Span]:
    spans: list[Span] = []
    if contains(text, _HINTS):
        for m in _QUOTED.finditer(text):
            if _words_are_a_passphrase(m.group("value"), least=2):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, SCORE))
        for m in _LINE.finditer(text):
            value = m.group("value")
            least = 1 if m.group("indent") else 2  # one plain word is a password only inside a block
            if _words_are_a_passphrase(value, least=least):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, SCORE))
        for m in _TOLD.finditer(text):
            if _words_are_a_passphrase(m.group("value"), least=3):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, SCORE))
    if ":" in text or "=" in text:
        seen = set()
        for m in (*_KEYED_LINE.finditer(text), *(_JSON_MEMBER.finditer(text) if '"' in text else ())):
            if (m.start("value") not in seen and looks_random(m.group("value")) and not _OBJECT_ID.match(m.group("value"))
                    and not _PUBLIC_NAME.search(m.group("name"))):
                seen.add(m.start("value"))
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, SCORE))
    if "@" in text:
        for m in _DSN.finditer(text):
            group = "value" if m.group("value") is not None else "value2"
            if m.group("user").lower() not in _SCHEMES and not is_placeholder(m.group(group)):
                spans.append(Span(m.start(group), m.end(group), EntityType.SECRET, SCORE))
    if ">" in text:
        for m in _REDIS_ACL.finditer(text):
            if not is_placeholder(m.group("value")):
                spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, SCORE))
    for m in _USER_LINE.finditer(text):
        user, value = m.group("user"), m.group("value")
        if (user not in _SCHEMES and user not in _FIELD_NAMES and not _EMAIL_OR_HOST.fullmatch(value)
                and _generated(value)):
            spans.append(Span(m.start("value"), m.end("value"), EntityType.SECRET, SCORE))
    return spans
