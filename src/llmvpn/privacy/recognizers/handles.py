"""Account names that carry a person's name: "my user is tobbe77", "github.com/ksenia88/dotfiles".

A handle made of a word and a number ("maria42") is how people name their own accounts; projects and
companies rarely are ("psf/requests", "microsoft/vscode"), so only that shape is taken, after a word
that says it is an account or as the owner in a profile or repository link. `negatives` leaves these
out of the link ranges that veto weak detections.
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers._context import contains, finditer_words, mentions
from llmvpn.privacy.recognizers.names import is_common
from llmvpn.privacy.spans import EntityType, Span

_HANDLE = r"[^\W\d_]{2,}[\w.-]{0,30}?[0-9]{1,6}"
_SAID = re.compile(
    rf"(?i:\b(?:user|user ?name|login|handle|account|screen name|user id)[ \t]+(?:is|was|=)[ \t]+)"
    rf"(?P<handle>{_HANDLE})(?![\w@])"
)
_SAID_CUES = frozenset("user username name login handle account id".split())
_LOGGED_CUES = frozenset("password publickey keyboard user role sudo su".split())
# The owner in a link to a code host or social network: /ksenia88/..., /in/maria-42, /@maria42.
_IN_LINK = re.compile(
    r"(?i:\b(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|instagram\.com|"
    r"twitter\.com|x\.com|tiktok\.com|medium\.com|reddit\.com|linkedin\.com|youtube\.com|twitch\.tv)/"
    r"(?:in/|u/|user/|@)?)"
    rf"(?P<handle>{_HANDLE})(?=[/?#\s]|$)"
)


# The account a log line or an error message names: sshd "Failed password for maria_lopez from",
# "Accepted publickey for jdoe", Postgres/MySQL "for user \"jonas.weber\"", "Access denied for user
# 'anna'@'localhost'", and the user field of a ~/.pgpass line. Any shape: people's logins are their names.
_LOGGED = re.compile(
    r"(?i:\b(?:failed password for(?: invalid user)?|accepted (?:password|publickey|keyboard-interactive/pam) for|"
    r"invalid user|session (?:opened|closed) for user|authentication failed for user|for user|login for user|"
    r"access denied for user|role|sudo -u|su -)[ \t]+)[\"'`]?(?P<handle>[A-Za-z][\w.-]{2,40})[\"'`]?(?=[\s@,;:).]|$)"
)
_PGPASS_USER = re.compile(r"(?m)^[ \t]*(?![0-9A-Fa-f:]+(?:\s|$))[\w.*-]+:(?:[0-9]{2,5}|\*):[\w.*-]+:(?P<handle>[A-Za-z][\w.-]{2,40}):\S")
# Accounts every system has: naming them says nothing about anyone.
_SERVICE = frozenset(
    """root admin administrator postgres mysql redis ubuntu debian centos ec2-user www-data nobody guest test
    tester user users default deploy deployer git jenkins runner ci bot system service app api web sa dbo
    anonymous anon public www nginx apache docker node daemon mail ftp backup operator dev devops pi oracle
    sshd daemon replication readonly reader writer superuser""".split()
)

# A machine named after its owner, as operating systems name them by default and people keep: "ines-laptop",
# "Tomas-MacBook-Pro", "femi-desktop", "jo's-iphone" (the owner's first name, then the kind of device; a macOS
# "Annas-MacBook" keeps its possessive "s" in the span).
_DEVICE_KINDS = ("laptop", "desktop", "macbook", "mbp", "imac", "iphone", "ipad", "thinkpad", "workstation", "pc")
_OWNED_DEVICE = re.compile(
    r"(?i)(?<![\w.-])(?P<handle>[a-z][a-z'’]{1,15})-(?:laptop|desktop|macbook(?:-pro|-air)?|mbp|imac|iphone|"
    r"ipad|thinkpad|workstation|pc)(?![\w])"
)
# Words that name a device's use or place, not its owner: "work-laptop", "gaming-pc", "spare-macbook".
_NOT_OWNERS = frozenset(
    """work home office dev test build lab spare old new gaming main personal shared family kids guest my our
    your his her their loaner demo prod staging studio kitchen living media school company corp team it""".split()
)


def find(text: str) -> list[Span]:
    """PERSON spans for handles named as someone's account or owning a profile or repository link."""
    # A handle as said or linked ends in a digit; a link needs its "/", a log line one of its words.
    digits = any(ch.isdigit() for ch in text)
    said = finditer_words(_SAID, text) if digits and mentions(text, _SAID_CUES) else ()
    found = (*said, *(_IN_LINK.finditer(text) if digits and "/" in text else ()))
    spans = [Span(m.start("handle"), m.end("handle"), EntityType.PERSON, 0.7) for m in found]
    for pattern in (_LOGGED, _PGPASS_USER):
        if pattern is _LOGGED and not mentions(text, _LOGGED_CUES):
            continue
        for m in finditer_words(pattern, text):
            handle = m.group("handle").rstrip(".")
            if handle.lower() not in _SERVICE and not handle.isdigit():
                spans.append(Span(m.start("handle"), m.start("handle") + len(handle), EntityType.PERSON, 0.65))
    if "-" in text and contains(text, _DEVICE_KINDS):
        for m in _OWNED_DEVICE.finditer(text):
            owner = m.group("handle")
            if owner.lower() not in _NOT_OWNERS and owner.lower() not in _SERVICE and not is_common(owner):
                spans.append(Span(m.start("handle"), m.end("handle"), EntityType.PERSON, 0.65))
    return spans


def in_links(text: str) -> list[tuple[int, int]]:
    """(start, end) of the handles inside links, for `negatives` to leave out of its link ranges."""
    if "/" not in text:
        return []
    return [m.span("handle") for m in _IN_LINK.finditer(text)]
