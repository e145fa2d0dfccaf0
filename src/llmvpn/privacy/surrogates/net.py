"""Surrogates for network things: emails at reserved domains, documentation IPs, URLs, secrets."""

from __future__ import annotations

import ipaddress
import random
import re
import unicodedata
from collections.abc import Callable

from llmvpn.privacy.surrogates import _data as data
from llmvpn.privacy.surrogates._shape import digits, made_up_word, scramble

# A person-name token already mapped in this scope -> its surrogate, or None ("jane" -> "maria").
NameLookup = Callable[[str], str | None]

_RESERVED = ("example.com", "example.org", "example.net")  # RFC 2606: never anyone's mail


def _words(text: str, lookup: NameLookup, rng: random.Random) -> str:
    """Replace the words of an email's local part or a URL slug: known names consistently, other
    words by listed names, digits by digits, separators kept ("jane.smith84" -> "maria.keller31")."""
    out = []
    for i, token in enumerate(re.split(r"([^\w]|_)", text)):
        if not token or not token.isalnum():
            out.append(token)
        elif token.isdigit():
            out.append(digits(rng, len(token)))
        elif len(token) == 1:
            out.append(rng.choice("abcdefghijklmnoprstvw"))
        else:
            head = re.match(r"[^\W\d_]+", token)
            word = head.group() if head else token
            locale = rng.choice(data.LATIN)  # an address or URL in Cyrillic would stand out
            names = (data.FEMALE, data.MALE)[rng.randrange(2)] if i == 0 else data.SURNAMES
            new = lookup(word) or rng.choice(names[locale])
            rest = token[len(word):]
            new = unicodedata.normalize("NFKD", new).encode("ascii", "ignore").decode() or "x"  # URL-safe
            out.append(new.lower() + (digits(rng, len(rest)) if rest.isdigit() else scramble(rest, rng)))
    return "".join(out)


def email(original: str, rng: random.Random, lookup: NameLookup) -> str:
    """Same local-part structure at example.com/.org/.net; a mapped name stays the same name."""
    local, _, _domain = original.rpartition("@")
    new = _words(local or original, lookup, rng) + "@" + rng.choice(_RESERVED)
    return new.upper() if original.isupper() else new


def ip_address(original: str, rng: random.Random) -> str:
    """An address from the documentation ranges (RFC 5737, RFC 3849), prefix length or port kept."""
    head, sep, tail = original.partition("/")
    try:
        addr = ipaddress.ip_address(head.strip("[]"))
    except ValueError:
        return scramble(original, rng)
    if addr.version == 4:
        new = f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randrange(1, 255)}"
    else:
        groups = [f"{rng.randrange(1, 0x10000):x}" for _ in range(2 if "::" in head else 6)]
        new = "2001:db8:" + ("::".join(groups) if "::" in head else ":".join(groups))
        new = new.upper() if head.isupper() else new
        new = f"[{new}]" if head.startswith("[") else new
    return new + sep + tail


# Hosts where the path, not the host, says who it is: kept, with the path re-drawn.
_PLATFORMS = ("linkedin.com", "github.com", "gitlab.com", "facebook.com", "instagram.com", "twitter.com",
              "x.com", "youtube.com", "tiktok.com", "medium.com", "reddit.com", "google.com",
              "dropbox.com", "notion.so", "calendly.com", "zoom.us", "t.me", "wa.me", "bit.ly")
_KEEP_SEGMENTS = {"in", "u", "user", "users", "profile", "profiles", "p", "people", "status", "watch",
                  "d", "file", "view", "edit", "docs", "document", "s", "share", "pub", "channel", "c",
                  "join", "j", "meeting", "invite", "posts", "comments", "r", "issues", "pull", "blob",
                  "tree", "main", "master", "www", "index.html", "index.php", "about", "contact", "team",
                  "wiki", "blog", "home", "en", "de", "fr", "es", "it", "api", "v1", "v2", "page", "pages",
                  "account", "settings", "me", "public", "shared", "photos", "videos", "events", "groups",
                  "company", "school", "search", "ref", "utm_source", "id"}
_URL = re.compile(r"(?P<scheme>[a-z][a-z0-9+.\-]*://)?(?P<user>[^@/\s]*@)?(?P<host>[^/:?#\s]+)"
                  r"(?P<port>:\d+)?(?P<rest>.*)", re.IGNORECASE | re.DOTALL)


def url(original: str, rng: random.Random, lookup: NameLookup) -> str:
    """Credentials, personal hosts, path segments, query values and fragments re-drawn; the scheme,
    platform hosts, common path words and query keys kept."""
    m = _URL.fullmatch(original)
    if m is None:
        return scramble(original, rng)
    host = m["host"]
    if any(host.lower() == p or host.lower().endswith("." + p) for p in _PLATFORMS):
        new_host = host
    elif re.fullmatch(r"[\d.]+", host):
        new_host = ip_address(host, rng)
    else:
        labels = host.split(".")
        sub = labels[0] + "." if len(labels) > 2 and labels[0].lower() in ("www", "m", "blog") else ""
        new_host = sub + made_up_word(rng).lower() + ".example"
    user = scramble(m["user"], rng) if m["user"] else ""
    def segment(s: re.Match[str]) -> str:
        return s.group() if s.group().lower() in _KEEP_SEGMENTS else _words(s.group(), lookup, rng)

    rest = re.sub(r"(?<=[/=#])[^/?&#=]+", segment, m["rest"])
    return (m["scheme"] or "") + user + new_host + (m["port"] or "") + rest


_PREFIXES = ("sk-ant-api03-", "sk-ant-", "sk-proj-", "sk-svcacct-", "sk-", "sk_live_", "sk_test_",
             "pk_live_", "pk_test_", "rk_live_", "rk_test_", "whsec_", "github_pat_", "ghp_", "gho_",
             "ghu_", "ghs_", "ghr_", "glpat-", "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "hf_", "npm_",
             "pypi-", "SG.", "AKIA", "ASIA", "AIza", "eyJ", "Bearer ", "Basic ")
_ASSIGNMENT = re.compile(r"(?i)[\w.\-]*(?:pass(?:word)?|pwd|secret|token|api[_\-]?key|key)[\w.\-]*"
                         r"\s*[:=]\s*[\"']?")
_PEM = re.compile(r"(-----BEGIN [A-Z ]+-----)(.*?)(-----END [A-Z ]+-----)", re.DOTALL)


def secret(original: str, rng: random.Random) -> str:
    """Same prefix (sk-, AKIA, ghp_...), same length and alphabet; PEM armour and `key=` names kept."""
    pem = _PEM.fullmatch(original.strip())
    if pem:
        return original.replace(pem[2], scramble(pem[2], rng))
    creds = _URL.fullmatch(original)
    if creds and creds["scheme"] and creds["user"]:  # postgres://user:password@host/db
        user, _, password = creds["user"][:-1].partition(":")
        return original.replace(creds["user"], f"{user}:{scramble(password, rng, hex_ok=True)}@" if password
                                else scramble(creds["user"], rng), 1)
    assign = _ASSIGNMENT.match(original)
    keep = assign.end() if assign else next((len(p) for p in _PREFIXES if original.startswith(p)), 0)
    return scramble(original, rng, keep=keep, hex_ok=True)
