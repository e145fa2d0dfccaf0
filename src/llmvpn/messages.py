"""The texts of chat messages in OpenAI's shape: what the privacy pipeline rewrites and the token
counter counts. Texts are string contents, the `text` of content parts, and the arguments of tool
calls (and of the legacy `function_call`); roles, ids and image parts are not text.
"""

from __future__ import annotations

from typing import Any


def text_slots(messages: Any) -> list[tuple[dict[str, Any], str, int]]:
    """Every text in `messages`, in order, as (the dict holding it, its key, its message's index)."""
    found: list[tuple[dict[str, Any], str, int]] = []
    for index, message in enumerate(messages if isinstance(messages, list) else ()):
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        if isinstance(content, str):
            found.append((message, "content", index))
        elif isinstance(content, list):
            found += [(part, "text", index) for part in content
                      if isinstance(part, dict) and isinstance(part.get("text"), str)]
        calls = message.get("tool_calls")
        for call in calls if isinstance(calls, list) else ():
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                found.append((function, "arguments", index))
        legacy = message.get("function_call")
        if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
            found.append((legacy, "arguments", index))
    return found
