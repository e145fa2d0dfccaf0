"""The request every system gets: a ~1 KB support-desk prompt holding the kinds of PII users paste.

The demo upstream answers "You said: " + the last user message, cut to `max_tokens` * 4 characters,
so the answer quotes the PII back: with privacy on, llmvpn must restore the originals in it, which is
what `EXPECTED` checks. The PII sits in the first 200 characters so it survives that cut even when
a surrogate is longer than its original.
"""

from __future__ import annotations

from typing import Any

import orjson

SYSTEM = "You are a careful customer-support assistant for a bank. Answer briefly and politely."

USER = (
    "Hi, this is Maria Schneider (maria.schneider@example.org, +49 30 901820 17). I moved to "
    "Greifswalder Strasse 212, 10405 Berlin last month and my card number 4539 1488 0343 6467 still "
    "shows the old address. My IBAN is DE89 3704 0044 0532 0130 00 and my customer number is 55-20931. "
    "Yesterday I tried to update the address in the app from my laptop (IP 203.0.113.42) but it "
    "logged me out twice and then showed an error about a session timeout. My colleague Jonas Becker "
    "said the same happened to him. Could you please check whether the change went through, tell me "
    "which documents you need from me to confirm the new address, and whether the replacement card "
    "will be sent to the new address or the old one? I would also like to know if there is a fee for "
    "an express delivery, because I travel to Lisbon on 14 March and need the card before then. "
    "Please do not call me during working hours; email is best. Thanks a lot for your help, Maria."
)

# Must come back unchanged in every answer (restored, when llmvpn pseudonymized it on the way out).
EXPECTED = b"maria.schneider@example.org"

# About one paragraph of answer: 128 tokens of 4 characters, i.e. 128 streamed content events.
ANSWER_TOKENS = 128


def chat_body(model: str, *, stream: bool, privacy: dict[str, Any] | None = None,
              max_tokens: int = ANSWER_TOKENS) -> bytes:
    """The JSON body of one chat completion request."""
    body: dict[str, Any] = {
        "model": model,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER}],
        "max_tokens": max_tokens,
        "temperature": 0.2,
        "stream": stream,
    }
    if privacy is not None:
        body["privacy"] = privacy
    return orjson.dumps(body)
