"""The privacy pipeline on the request path: one `PrivacyService` per worker (app.state.privacy), and
for each chat request its `PrivacyHooks` (the outermost of the request's hooks, web/hooks.py), or,
when its choice scans nothing, the `QuietHooks` that every such request with that choice shares.

    outgoing   the body's `privacy` choice is taken out (it never goes upstream); every text of every
               message is pseudonymized (privacy/pipeline.py) with the request's mapping, or the
               session's for a stateful turn, which is then sealed back into the session's state
    answer     surrogates in the completion's messages (content and tool-call arguments) are restored,
               and a `privacy` report is added beside `choices`
    event      the same for each streamed chunk, per choice, with a StreamRestorer that holds back only
               what may be the start of a surrogate; what is still held when a choice finishes (or the
               stream ends) goes out before its end. The report rides on the first chunk.

Every answer carries the report's summary in the `X-LLMVPN-Privacy` header (compact JSON: the policy,
the types found and their counts; never a value). With the policy off (or no types to act on) nothing is
scanned and the answer passes untouched but for that header.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson

from llmvpn.config import WebSettings
from llmvpn.messages import text_slots
from llmvpn.privacy.detect import build_detector
from llmvpn.privacy.mapping import SurrogateMap
from llmvpn.privacy.pipeline import Pipeline, Report, restore_messages
from llmvpn.privacy.policy import PrivacyChoice, choose
from llmvpn.privacy.restore import StreamRestorer, prepare, restore
from llmvpn.privacy.sealing import StateSealer
from llmvpn.providers.sse import data_event, fields
from llmvpn.web.hooks import ChatHooks
from llmvpn.web.turns import LoopTurns

log = logging.getLogger(__name__)
T = TypeVar("T")
_THREAD_BUSY = object()

REPORT_HEADER = "X-LLMVPN-Privacy"
# Where a scan runs, by the characters it reads (detection costs ~7 µs a character):
# - up to TURN_ABOVE_CHARS, at once, in the request's own task: a hand-off would cost more than the scan;
# - up to THREAD_ABOVE_CHARS (~30 ms of scan), on the event loop, in a turn of its own (web/turns.py):
#   queued scans let the loop poll its sockets between two of them, and no thread contests the GIL;
# - above, on the worker's detection thread, so the loop keeps serving while a long text is read.
TURN_ABOVE_CHARS = 200
THREAD_ABOVE_CHARS = 4_000


@dataclass(frozen=True, slots=True)
class SessionScope:
    """A stateful turn's corner of its session: `state` is saved with the session after the turn."""

    state: dict[str, Any]
    session_id: str
    owner: str


class PrivacyService:
    """The worker's pipeline (detector and NER model), its default choice, and the session-state sealer."""

    def __init__(self, pipeline: Pipeline, sealer: StateSealer, default: PrivacyChoice, *,
                 allow_weaker: bool) -> None:
        self.pipeline = pipeline
        self.sealer = sealer
        self.default = default
        self.allow_weaker = allow_weaker
        # One thread for long scans (they would run one at a time anyway: the NER model takes a lock, and
        # the GIL leaves nothing to gain from more), and the loop's turns for the others.
        self._thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="llmvpn-privacy")
        self._on_thread = 0  # scans submitted to the thread and not yet done
        self._turns = LoopTurns()
        # The hooks of choices that scan nothing, one per choice: they hold no state of a request.
        self._quiet: dict[PrivacyChoice, QuietHooks] = {}

    async def scan(self, size: int, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)`, a scan of `size` characters: at once, in a turn of the loop or on the detection
        thread, as its size says (see TURN_ABOVE_CHARS)."""
        if size <= TURN_ABOVE_CHARS:
            return function(*args)
        if size <= THREAD_ABOVE_CHARS and not self._on_thread:
            result = await self._turns.run(self._unless_threaded, function, *args)
            if result is not _THREAD_BUSY:
                return result  # type: ignore[return-value]
        return await self._off_loop(function, *args)

    def _unless_threaded(self, function: Callable[..., T], *args: Any) -> T | object:
        # While the thread scans a long text, a scan on the loop could wait for the NER model's lock
        # and hold the whole loop with it: it queues behind the thread's instead.
        return _THREAD_BUSY if self._on_thread else function(*args)

    async def _off_loop(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` on the detection thread; the caller waits, the event loop does not."""
        loop = asyncio.get_running_loop()
        work = self._thread.submit(function, *args)
        self._on_thread += 1
        # Counted until the thread is done with it, not until its caller stops waiting: a request whose
        # client left still has its scan running there, holding the NER model's lock.
        work.add_done_callback(lambda _: loop.call_soon_threadsafe(self._thread_done))
        return await asyncio.wrap_future(work, loop=loop)

    def _thread_done(self) -> None:
        self._on_thread -= 1

    def close(self) -> None:
        self._thread.shutdown(wait=False, cancel_futures=True)

    @classmethod
    def from_settings(cls, settings: WebSettings) -> PrivacyService:
        """Loads the NER model (a second or two): call once per worker, at start-up."""
        detector = build_detector(settings.privacy_ner_model, use_ner=settings.privacy_ner,
                                  use_token_tagger=settings.privacy_tagger_on, max_chars=settings.privacy_max_chars)
        assert settings.jwt_secret is not None
        return cls(Pipeline(detector), StateSealer(settings.jwt_secret.get_secret_value()),
                   PrivacyChoice(settings.privacy_pii, settings.privacy_entities, settings.privacy_restore),
                   allow_weaker=settings.privacy_allow_weaker)

    def choice(self, requested: Any) -> PrivacyChoice:
        return choose(self.default, requested, allow_weaker=self.allow_weaker)

    def hooks(self, body: dict[str, Any], session: SessionScope | None = None) -> PrivacyHooks:
        """The hooks for a chat body (its `privacy` field checked now: 400/403 before anything runs)."""
        choice = self.choice(body.get("privacy"))
        if choice.active:
            return PrivacyHooks(self, choice, session)
        quiet = self._quiet.get(choice)
        if quiet is None:
            if len(self._quiet) >= 64:  # choices come from request bodies: a handful, but never unbounded
                self._quiet.clear()
            quiet = self._quiet[choice] = QuietHooks(Report(choice, self.pipeline.ner))
        return quiet

    def session_mapping(self, session: SessionScope) -> SurrogateMap:
        """The session's mapping, or a fresh one when it has none or it cannot be opened."""
        sealed = session.state.get("sealed")
        if not isinstance(sealed, str):
            return SurrogateMap()
        try:
            data = self.sealer.open(sealed, session_id=session.session_id, owner=session.owner)
            return SurrogateMap.from_dict(data)
        except ValueError as exc:
            log.warning("session %s: %s; its earlier surrogates will not be restored", session.session_id, exc)
            return SurrogateMap()

    def restore_history(self, messages: list[Any], session: SessionScope) -> list[Any]:
        return restore_messages(messages, self.session_mapping(session))


def _report_header(report: Report) -> dict[str, str]:
    """The report's summary as the answer's header: compact JSON, never a value."""
    summary = report.as_dict(with_sent=False)
    del summary["entities"]  # may be long; the body's report has it
    return {REPORT_HEADER: orjson.dumps(summary).decode("ascii")}


def _without_privacy(body: dict[str, Any]) -> dict[str, Any]:
    """The body without its `privacy` choice, which never goes upstream (a copy; the caller's is kept)."""
    if "privacy" not in body:
        return body
    return {name: value for name, value in body.items() if name != "privacy"}


class QuietHooks(ChatHooks):
    """A request whose choice scans nothing (policy off, or no types): its `privacy` field is taken out
    and its answer passes untouched but for the report's header. Nothing here belongs to one request,
    so one instance serves every request with the same choice (most requests, where privacy is off)."""

    def __init__(self, report: Report) -> None:
        self._headers = _report_header(report)

    async def outgoing(self, body: dict[str, Any]) -> dict[str, Any]:
        return _without_privacy(body)

    def response_headers(self) -> dict[str, str]:
        return dict(self._headers)


class PrivacyHooks(ChatHooks):
    """A request whose choice is active: its texts are scanned on the way out, its answer restored."""

    def __init__(self, service: PrivacyService, choice: PrivacyChoice, session: SessionScope | None) -> None:
        self.service = service
        self.choice = choice
        self.session = session
        self.report = Report(choice, service.pipeline.ner)
        self.mapping: SurrogateMap | None = None
        self._restorers: dict[tuple[int, int], StreamRestorer] = {}  # (choice, -1 content | tool index)
        self._last: dict[str, Any] | None = None  # the last chunk: its id/model/created make a closing chunk
        self._reported = False

    changes_answer = True
    scans = True

    async def outgoing(self, body: dict[str, Any]) -> dict[str, Any]:
        body = _without_privacy(body)
        service, messages = self.service, body.get("messages") or []
        mapping = service.session_mapping(self.session) if self.session else SurrogateMap()
        known = len(mapping)
        protected = await service.scan(service.pipeline.scan_size(messages), service.pipeline.protect,
                                       messages, mapping, self.choice)
        self.report = protected.report
        if self.choice.restore and len(mapping):
            self.mapping = mapping
            prepare(mapping)  # build the restoration index now, not when the answer's first byte arrives
        if self.session is not None and len(mapping) != known:
            self.session.state["sealed"] = service.sealer.seal(
                mapping.to_dict(), session_id=self.session.session_id, owner=self.session.owner)
        return {**body, "messages": protected.messages}

    def response_headers(self) -> dict[str, str]:
        return _report_header(self.report)

    # -- the answer ------------------------------------------------------------------------------------

    def answer(self, raw: bytes) -> bytes:
        data = orjson.loads(raw)  # the dialect has checked it is a JSON object with choices
        if self.mapping is not None:
            for choice in data.get("choices") or ():
                message = choice.get("message") if isinstance(choice, dict) else None
                if isinstance(message, dict):
                    self._restore_message(message)
        data["privacy"] = self.report.as_dict()
        return orjson.dumps(data)

    def _restore_message(self, message: dict[str, Any]) -> None:
        assert self.mapping is not None
        for holder, key, _ in text_slots([message]):
            holder[key] = restore(holder[key], self.mapping)

    def event(self, event: bytes) -> bytes:
        if self.mapping is None and self._reported:
            return event
        _, payload = fields(event)
        if payload == b"[DONE]":
            return self._closing() + event
        try:
            data = orjson.loads(payload) if payload else None
        except orjson.JSONDecodeError:
            return event  # not ours to judge: the relay passes what the upstream sent
        if not isinstance(data, dict):
            return event
        changed = self._restore_chunk(data) if self.mapping is not None else False
        if not self._reported:
            self._reported = True
            data["privacy"] = self.report.as_dict()
            return data_event(data)
        # Most chunks of an answer hold no surrogate: they go out as the upstream wrote them.
        return data_event(data) if changed else event

    def _restore_chunk(self, data: dict[str, Any]) -> bool:
        """Restore one chunk's texts in place; whether anything in it changed."""
        self._last = data
        changed = False
        for choice in data.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index", 0)
            delta = choice.get("delta")
            if not isinstance(delta, dict):
                delta = choice["delta"] = {}
                changed = True
            finishing = choice.get("finish_reason") is not None
            content = delta.get("content")
            if isinstance(content, str):
                delta["content"] = restored = self._restorer(index, -1).feed(content)
                changed = changed or restored != content
            for call in _tool_calls(delta):
                function = call.get("function")
                if isinstance(function, dict) and isinstance(arguments := function.get("arguments"), str):
                    function["arguments"] = restored = self._restorer(index, call.get("index", 0)).feed(arguments)
                    changed = changed or restored != arguments
            if finishing and self._flush_into(index, delta):
                changed = True
        return changed

    def _restorer(self, choice: int, part: int) -> StreamRestorer:
        restorer = self._restorers.get((choice, part))
        if restorer is None:
            assert self.mapping is not None
            restorer = self._restorers[(choice, part)] = StreamRestorer(self.mapping)
        return restorer

    def _flush_into(self, choice: int, delta: dict[str, Any]) -> bool:
        """Append what the choice's restorers still hold to `delta` (its last); whether they held any."""
        added = False
        for (index, part), restorer in list(self._restorers.items()):
            if index != choice:
                continue
            del self._restorers[(index, part)]
            rest = restorer.flush()
            if not rest:
                continue
            added = True
            if part == -1:
                delta["content"] = (delta.get("content") or "") + rest
                continue
            calls = delta.setdefault("tool_calls", [])
            call = next((c for c in calls if isinstance(c, dict) and c.get("index", 0) == part), None)
            if call is None:
                calls.append({"index": part, "function": {"arguments": rest}})
            else:
                function = call.setdefault("function", {})
                function["arguments"] = (function.get("arguments") or "") + rest
        return added

    def _closing(self) -> bytes:
        """Chunks for what is still held when the stream ends without a finish_reason."""
        out = b""
        last = self._last
        template = ({k: last[k] for k in ("id", "object", "created", "model", "session_id") if k in last}
                    if last is not None else {"object": "chat.completion.chunk"})
        for choice in sorted({index for index, _ in self._restorers}):
            delta: dict[str, Any] = {}
            self._flush_into(choice, delta)
            if delta:
                chunk = {**template,
                         "choices": [{"index": choice, "delta": delta, "finish_reason": None}]}
                out += data_event(chunk)
        return out


def _tool_calls(holder: dict[str, Any]) -> list[dict[str, Any]]:
    calls = holder.get("tool_calls")
    return [c for c in calls if isinstance(c, dict)] if isinstance(calls, list) else []
