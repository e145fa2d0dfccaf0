"""The demo upstream: a plain ASGI app that speaks OpenAI's and Anthropic's chat APIs.

No framework on purpose: benchmarks measure the gateway, so the stand-in behind it must cost as
little per request as uvicorn allows. Faults come from the script (script.py), answers from
answer.py and the two shape modules, and every request is recorded (record.py).

A "dialect" is one of the shape modules (openai_api, anthropic_api): both offer the same functions
(error, bad_key, invalid, usage, completion, events, BROKEN_*), so the flow here is written once.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Iterable
from types import ModuleType
from typing import Any

import orjson

from llmvpn.demo import anthropic_api, openai_api
from llmvpn.demo.answer import answer_for, count_tokens, limit, pieces, prompt_tokens
from llmvpn.demo.asgi import Exchange, Receive, Send, read_body, send_bytes
from llmvpn.demo.config import UpstreamConfig
from llmvpn.demo.control import handle_control
from llmvpn.demo.record import Recorder, key_from_headers
from llmvpn.demo.respond import MARK, drop, reply, scripted, send_huge, send_stream, send_whole, with_broken
from llmvpn.demo.script import Fault, Script

MODELS_PATH = "/v1/models"
_HUGE_PIECE = 64 * 1024


def create_upstream_app(config: UpstreamConfig | None = None) -> UpstreamApp:
    """An ASGI app serving the demo upstream; its `script` and `recorder` are reachable for tests."""
    return UpstreamApp(config or UpstreamConfig())


class UpstreamApp:
    def __init__(self, config: UpstreamConfig) -> None:
        self.config = config
        self.script = Script()
        self.recorder = Recorder(config.max_records)
        self._models = openai_api.models(config.models)
        self._ids = itertools.count(1)
        self._gate_lock = threading.Lock()
        self._gate: tuple[asyncio.AbstractEventLoop, asyncio.Event] | None = None

    # -- stalls: every pause waits on the current gate; release() opens it and starts a new one --

    def gate(self) -> asyncio.Event:
        with self._gate_lock:
            if self._gate is None:
                self._gate = (asyncio.get_running_loop(), asyncio.Event())
            return self._gate[1]

    def release(self) -> None:
        """Let every stalled answer go on (thread-safe: tests call it from outside the loop)."""
        with self._gate_lock:
            gate, self._gate = self._gate, None
        if gate is not None:
            loop, event = gate
            if not loop.is_closed():
                loop.call_soon_threadsafe(event.set)

    def reset(self) -> None:
        self.script.clear()
        self.recorder.clear()
        self.release()

    # -- ASGI entry --

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return  # websockets: not spoken; the server refuses the upgrade
        path, method = scope["path"], scope["method"]
        if path.startswith("/_control/") and self.config.control:
            await handle_control(self, method, path, scope, receive, send)
        elif path == openai_api.PATH and method == "POST":
            await self._api(scope, receive, send, openai_api)
        elif path == anthropic_api.PATH and method == "POST":
            await self._api(scope, receive, send, anthropic_api)
        elif path == "/health" and method == "GET":
            # Readiness without a key and without a record: for supervisors and wait loops.
            await read_body(receive)
            await send_bytes(send, 200, b'{"status":"ok"}')
        elif (path == MODELS_PATH or path.startswith(MODELS_PATH + "/")) and method == "GET":
            await self._api(scope, receive, send, None)
        else:
            await self._unserved(scope, receive, send)

    async def _unserved(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        # Recorded too: a test should see a gateway calling a wrong path, not just a 404 somewhere.
        raw = await read_body(receive)
        if raw is None:
            return
        path, method = scope["path"], scope["method"]
        record = self.recorder.add(method, path, scope["headers"], key_from_headers(scope["headers"]),
                                   None, len(raw))
        status = record.status = 405 if path in (openai_api.PATH, anthropic_api.PATH, MODELS_PATH) else 404
        await send_bytes(send, status, openai_api.error(status, f"{method} {path} is not served here."))

    async def _api(self, scope: dict[str, Any], receive: Receive, send: Send,
                   dialect: ModuleType | None) -> None:
        raw = await read_body(receive)
        if raw is None:
            return
        try:
            body = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            body = None
        key = key_from_headers(scope["headers"])
        record = self.recorder.add(scope["method"], scope["path"], scope["headers"], key, body, len(raw),
                                   scope.get("http_version", "1.1"))
        fault = self.script.take(scope["path"], record.key_fingerprint,
                                 body.get("model") if isinstance(body, dict) else None)
        if fault is not None:
            record.fault = fault.to_dict()
        exchange = Exchange(receive, send, record, self.gate)
        try:
            await self._answer(exchange, scope["path"], dialect, body, key, fault)
        finally:
            exchange.close()

    async def _answer(self, ex: Exchange, path: str, dialect: ModuleType | None, body: Any,
                      key: str | None, fault: Fault | None) -> None:
        shape = dialect or openai_api
        delay_ms = self.config.latency_ms + (fault.delay_ms if fault else 0.0)
        if delay_ms > 0 and not await ex.pause(delay_ms / 1000):
            return
        if fault is not None and fault.reset_after == 0:
            await drop(ex, reset=True)
            return
        if key is None or key in self.config.bad_keys or (
                self.config.valid_keys is not None and key not in self.config.valid_keys):
            await reply(ex, 401, shape.bad_key(key))
            return
        if fault is not None and (fault.status is not None or fault.body is not None):
            await scripted(ex, shape, fault, key)
            return
        if dialect is None:
            await self._models_answer(ex, path, fault)
            return
        problem = dialect.invalid(body)
        if problem is not None:
            await reply(ex, 400, dialect.error(400, problem))
            return
        await self._complete(ex, dialect, body, fault)

    async def _models_answer(self, ex: Exchange, path: str, fault: Fault | None) -> None:
        if path == MODELS_PATH:
            payload = self._models
        else:
            name = path[len(MODELS_PATH) + 1:]
            if name not in self.config.models:
                await reply(ex, 404, openai_api.error(404, f"The model '{name}' does not exist."))
                return
            payload = orjson.dumps(openai_api.model(name))
        if fault is not None and fault.invalid_json:
            payload = openai_api.BROKEN_BODY
        await send_whole(ex, payload, fault)

    async def _complete(self, ex: Exchange, dialect: ModuleType, body: dict, fault: Fault | None) -> None:
        model = body["model"]
        stream = body.get("stream") is True
        chunk = fault.chunk_chars if fault is not None and fault.chunk_chars else self.config.chunk_chars
        tps = fault.tokens_per_second if fault is not None and fault.tokens_per_second else \
            self.config.tokens_per_second
        if fault is not None and fault.huge_mb:
            size = int(fault.huge_mb * 1024 * 1024)
            count, rest = divmod(size, _HUGE_PIECE)
            deltas: Iterable[str] = itertools.chain(itertools.repeat("x" * _HUGE_PIECE, count), ["x" * rest])
            text, cut, completion_tokens = "", False, size // 4
        else:
            scripted_text = fault.text if fault is not None else None
            text = scripted_text if scripted_text is not None else answer_for(body["messages"])
            text, cut = limit(text, body.get("max_tokens", body.get("max_completion_tokens")))
            deltas, completion_tokens = pieces(text, chunk), count_tokens(text)
        tokens = dialect.usage(prompt_tokens(body["messages"], body.get("system")), completion_tokens)
        rid = f"{'chatcmpl-' if dialect is openai_api else 'msg_'}demo{next(self._ids):08d}"
        created = int(time.time())

        if stream:
            options = body.get("stream_options")
            include_usage = isinstance(options, dict) and options.get("include_usage") is True
            events = dialect.events(rid, created, model, deltas, cut, tokens, include_usage)
            if fault is not None and fault.invalid_json:
                events = with_broken(events, dialect.BROKEN_EVENT)
            pace = chunk / 4 / tps if tps else 0.0  # seconds per event, about one token of 4 chars
            await send_stream(ex, events, fault, pace)
            return
        if tps and not await ex.pause(completion_tokens / tps):
            return
        if fault is not None and fault.invalid_json:
            await send_whole(ex, dialect.BROKEN_BODY, fault)
        elif fault is not None and fault.huge_mb:
            await send_huge(ex, dialect.completion(rid, created, model, MARK, cut, tokens), deltas)
        else:
            answer = dialect.completion(rid, created, model, text, cut, tokens)
            await send_whole(ex, orjson.dumps(answer), fault)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
