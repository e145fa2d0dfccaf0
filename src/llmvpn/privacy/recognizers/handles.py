"""Account names that carry a person's name: "my user is tobbe77", "github.com/ksenia88/dotfiles".

A handle made of a word and a number ("maria42") is how people name their own accounts; projects and
companies rarely are ("psf/requests", "microsoft/vscode"), so only that shape is taken, after a word
that says it is an account or as the owner in a profile or repository link. `negatives` leaves these
out of the link ranges that veto weak detections.
"""

from __future__ import annotations

import re

from llmvpn.privacy.spans import EntityType, Span

_HANDLE = r"[^\W\d_]{2,}[\w.-]{0,30}?[0-9]{1,6}"
_SAID = re.compile(
    rf"(?i:\b(?:user|user ?name|login|handle|account|screen name|user id)[ \t]+(?:is|was|=)[ \t]+)"
    rf"(?P<handle>{_HANDLE})(?![\w@])"
)
# The owner in a link to a code host or social network: /ksenia88/..., /in/maria-42, /@maria42.
_IN_LINK = re.compile(
    r"(?i:\b(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|instagram\.com|"
    r"twitter\.com|x\.com|tiktok\.com|medium\.com|reddit\.com|linkedin\.com|youtube\.com|twitch\.tv)/"
    r"(?:in/|u/|user/|@)?)"
    rf"(?P<handle>{_HANDLE})(?=[/?#\s]|$)"
)


def find(text: str) -> list[Span]:
    """PERSON spans for handles named as someone's account or owning a profile or repository link."""
    found = (*_SAID.finditer(text), *_IN_LINK.finditer(text))
    return [Span(m.start("handle"), m.end("handle"), EntityType.PERSON, 0.7) for m in found]


def in_links(text: str) -> list[tuple[int, int]]:
    """(start, end) of the handles inside links, for `negatives` to leave out of its link ranges."""
    if "/" not in text:
        return []
    return [m.span("handle") for m in _IN_LINK.finditer(text)]
