"""The deterministic answer and its rough token counts, shared by the OpenAI and Anthropic shapes.

The answer quotes the last user message so a test can see pseudonyms come back and be restored.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PREFIX = "You said: "


def content_text(content: Any) -> str:
    """Text of a message's content: a string, or a list of parts where only text parts count."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            part["text"] for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


def last_user_text(messages: Any) -> str:
    if isinstance(messages, list):
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("role") == "user":
                return content_text(message.get("content"))
    return ""


def answer_for(messages: Any) -> str:
    return PREFIX + last_user_text(messages)


def count_tokens(text: str) -> int:
    # About four characters a token, as providers' English averages go; never zero for real text.
    return (len(text) + 3) // 4


def prompt_tokens(messages: Any, system: Any = None) -> int:
    total = count_tokens(content_text(system)) if system else 0
    if isinstance(messages, list):
        for message in messages:
            if isinstance(message, dict):
                total += count_tokens(content_text(message.get("content"))) + 1  # +1: the role
    return total


def limit(text: str, max_tokens: Any) -> tuple[str, bool]:
    """Cut the answer to `max_tokens`; True when it was cut (finish_reason "length")."""
    if isinstance(max_tokens, int) and not isinstance(max_tokens, bool) and max_tokens >= 0:
        if count_tokens(text) > max_tokens:
            return text[: max_tokens * 4], True
    return text, False


def pieces(text: str, size: int) -> Iterator[str]:
    for start in range(0, len(text), size):
        yield text[start:start + size]
