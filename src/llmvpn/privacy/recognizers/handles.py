"""Account names that carry a person's name: "my user is tobbe77", "github.com/ksenia88/dotfiles".

A handle made of a word and a number ("maria42") is how people name their own accounts; projects and
companies rarely are ("psf/requests", "microsoft/vscode"), so only that shape is taken, after a word
that says it is an account or as the owner in a profile or repository link. `negatives` leaves these
out of the link ranges that veto weak detections.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from llmvpn.privacy.recognizers._context import (
    contains,
    finditer_words,
    has_digit,
    lowered,
    matches_at,
    mentions,
    occurrences,
)
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
_LONGEST_HANDLE = 16


def _owned_devices(text: str) -> Iterator[re.Match[str]]:
    """`_OWNED_DEVICE.finditer(text)`, tried only in the sixteen characters before a hyphen that a device's kind
    follows: its look back leaves `re` no first character to skip to."""
    low = lowered(text)
    if low is None:
        return _OWNED_DEVICE.finditer(text)
    starts = set()
    for at in occurrences(low, "-"):
        if low.startswith(_DEVICE_KINDS, at + 1):
            starts.update(range(max(0, at - _LONGEST_HANDLE), at))
    return matches_at(_OWNED_DEVICE, text, sorted(starts))


# Words that name a device's use or place, not its owner: "work-laptop", "gaming-pc", "spare-macbook".
_NOT_OWNERS = frozenset(
    """work home office dev test build lab spare old new gaming main personal shared family kids guest my our
    your his her their loaner demo prod staging studio kitchen living media school company corp team it""".split()
)


def find(text: str) -> list[Span]:
    """PERSON spans for handles named as someone's account or owning a profile or repository link."""
    # A handle as said or linked ends in a digit; a link needs its "/", a log line one of its words.
    digits = has_digit(text)
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
    if "ssid" in text or "SSID" in text:
        spans.extend(_family_networks(text))
    if any(hint in text for hint in _COMMAND_HINTS):
        spans.extend(_command_users(text))
    if digits and contains(text, _LOGIN_WORDS):
        spans.extend(_logged_in_users(text))
    if "-" in text and contains(text, _DEVICE_KINDS):
        for m in _owned_devices(text):
            owner = m.group("handle")
            if owner.lower() not in _NOT_OWNERS and owner.lower() not in _SERVICE and not is_common(owner):
                spans.append(Span(m.start("handle"), m.end("handle"), EntityType.PERSON, 0.65))
    return spans


# The user a command or a URL logs in as, which people name after themselves: the user part of an ssh, sftp or rsync URL
# ("ssh://oksana@10.0.0.5/backups"), curl's and wget's user option ("curl -u yusuf:TOKEN", "wget --user=lena"), an LDAP
# DN's uid ("uid=noor,ou=people,dc=corp") and the user an htpasswd command adds ("htpasswd -b .htpasswd ines 'pw'").
_COMMAND_HINTS = ("://", "-u", "uid=", "htpasswd")  # (checked as written; each pattern has its own below: all of them)
_USER = r"[^\W\d_][\w.-]{1,30}"
_COMMAND_USERS = (
    (("://", "@"), re.compile(rf"(?i:\b(?:ssh|sftp|scp|rsync|ftp|ftps|smb|git\+ssh)://)(?P<url>{_USER})@")),
    (("-u",), re.compile(rf"(?<![\w-])(?:-u|--user(?:name)?)(?:[ \t]+|=)['\"]?(?P<option>{_USER})(?=['\"]?(?::|[ \t]|$))")),
    (("uid=",), re.compile(rf"(?<![\w])uid=(?P<uid>{_USER}),")),
    (("htpasswd",), re.compile(rf"(?<![\w.])htpasswd(?:[ \t]+-[a-zA-Z]+)*[ \t]+[^\s-]*[./]\S*[ \t]+(?P<htpasswd>{_USER})(?![\w.-])")),
)


_TOOL_ACCOUNT = re.compile(r"(?i)(?:^|[-_.])(?:bot|ci|cd|svc|srv|service|deploy|deployer|backup|api|app|sync|cron)(?:$|[-_.])")


def _command_users(text: str) -> list[Span]:
    spans = []
    matches = [m for hints, pattern in _COMMAND_USERS if all(h in text for h in hints) for m in pattern.finditer(text)]
    for m in matches:
        group = m.lastgroup
        user = m.group(group).rstrip(".")
        if user.lower() in _SERVICE or is_common(user) or user.lower() in _TOKEN_USERS:
            continue  # "ssh://git@...", "-u root", "curl -u token:..."
        if _TOOL_ACCOUNT.search(user):
            continue  # "curl -u ci-bot:...", "uid=svc_backup,...": a program's account
        if group == "option" and user[0].isupper():
            continue  # "docker login -u Joe Bloggs": a docs' placeholder person; logins are typed in lower case
        spans.append(Span(m.start(group), m.start(group) + len(user), EntityType.PERSON, 0.65))
    return spans


# The account a login log names, as people paste it in their language: "logowanie na konto beata z 10.0.0.2", "een
# inlog van 10.0.0.2 als sjoerd.", "gergely fiókba belépés innen: ..." (Hungarian puts the account before "account").
_LOGIN_WORDS = ("login", "logowanie", "inlog", "belépés", "přihlášení", "prihlásenie", "anmeldung", "connexion",
                "logged in", "signed in", "sign-in", "kirjautuminen", "inloggning", "pålogging")
_LOGGED_IN_USER = re.compile(
    rf"(?i:\b(?:na[ \t]+konto|konto|als|as|account|účet|compte|käyttäjä|konton)[ \t]+)(?P<account>{_USER})"
    r"(?=[ \t]+(?:z|from|van|von|de|od|depuis|från|fra)[ \t]+[0-9]|[ \t]*[.,;](?:[ \t]|$))"
    rf"|(?<![\w])(?P<hu>{_USER})[ \t]+fiók(?:ba|ból|kal|ja|jába)?(?![\w])"
)
# (and the users of tools, which name their own: "ssh://borg@...", "uid=nextcloud,...")
_TOKEN_USERS = frozenset("""token oauth2 oauth2accesstoken x-access-token x-token-auth apikey api_key git pat user borg restic
    rclone duplicati rsync sftp ftpuser upload uploader storage nas data svn hg gitlab github bitbucket nextcloud owncloud
    ldap bind service svc ci build media plex""".split())


def _logged_in_users(text: str) -> list[Span]:
    spans = []
    for m in _LOGGED_IN_USER.finditer(text):
        group = m.lastgroup
        user = m.group(group)
        if user.lower() in _SERVICE or is_common(user) or any(ch.isupper() for ch in user[1:]):
            continue
        spans.append(Span(m.start(group), m.end(group), EntityType.PERSON, 0.65))
    return spans


# A home network named after its family, as people rename their router's: "ssid=Okafor_Home", "option ssid
# 'Van Dijk-5G'", "SSID: Lindqvist WiFi". The name before the band or the word for home; not the brands routers ship
# with ("TP-Link_5G", "NETGEAR-Guest", "Vodafone-Home").
_FAMILY_NETWORK = re.compile(
    r"(?i:\bssid)[ \t]*[=:]?[ \t]*['\"]?(?P<name>[A-Z][\w'’]+(?:(?:[ -]|[ ](?:van|de|der|den|von|da|du|le|la)[ ])[A-Z][\w'’]+){0,2}?)"
    r"(?:[-_ ])(?i:5g|5ghz|2\.4g|2\.4ghz|2g|home|wifi|wi-fi|wlan|net|network|guest|ext|mesh|house|family|casa|thuis|zuhause)(?![\w])"
)
_ROUTER_BRANDS = frozenset(
    """tp-link tplink linksys netgear xfinity bthub bt sky virgin virginmedia telstra optus vodafone orange livebox freebox
    bbox sfr ziggo kpn telekom magenta fritz eduroam starlink google nest asus huawei eero ubiquiti unifi tenda dlink
    d-link belkin spectrum att verizon fios comcast cox shaw rogers bell telus plusnet talktalk ee three movistar
    vivo claro jio airtel digi upc swisscom sunrise salt proximus telenet my our the office guest home""".split()
)


def _family_networks(text: str) -> list[Span]:
    spans = []
    for m in _FAMILY_NETWORK.finditer(text):
        name = m.group("name")
        if name.lower() in _ROUTER_BRANDS or name.split("-")[0].lower() in _ROUTER_BRANDS or is_common(name.split()[0]) \
                or name.isupper():
            continue
        spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.65))
    return spans


def in_links(text: str) -> list[tuple[int, int]]:
    """(start, end) of the handles inside links, for `negatives` to leave out of its link ranges."""
    if "/" not in text:
        return []
    return [m.span("handle") for m in _IN_LINK.finditer(text)]
