"""The control API under /_control/: what tests in another process use to script and inspect.

    POST /_control/script    a fault object, a list of them, or {"faults": [...], "replace": bool}
    GET  /_control/script    {"faults": [... with "left"]}
    POST /_control/reset     forget script and records, release stalls
    POST /_control/release   release stalls only
    GET  /_control/received  {"requests": [...]}; ?path=… and ?key_fingerprint=… filter
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import orjson

from llmvpn.demo.asgi import Receive, Send, read_body, send_bytes

if TYPE_CHECKING:
    from llmvpn.demo.upstream import UpstreamApp


def _json(data: Any) -> bytes:
    return orjson.dumps(data)


async def handle_control(app: UpstreamApp, method: str, path: str, scope: dict[str, Any],
                         receive: Receive, send: Send) -> None:
    raw = await read_body(receive)
    if raw is None:
        return
    action = (method, path.removeprefix("/_control/"))
    if action == ("POST", "script"):
        try:
            await send_bytes(send, 200, _json(_script(app, orjson.loads(raw or b"null"))))
        except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError; TypeError: bad field type
            refusal = {"error": {"message": str(exc), "type": "invalid_request_error"}}
            await send_bytes(send, 400, _json(refusal))
    elif action == ("GET", "script"):
        await send_bytes(send, 200, _json({"faults": app.script.pending()}))
    elif action == ("POST", "reset"):
        app.reset()
        await send_bytes(send, 200, _json({"reset": True}))
    elif action == ("POST", "release"):
        app.release()
        await send_bytes(send, 200, _json({"released": True}))
    elif action == ("GET", "received"):
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        wanted_path = query.get("path", [None])[0]
        wanted_key = query.get("key_fingerprint", [None])[0]
        records = [
            r.to_dict() for r in app.recorder.snapshot()
            if (wanted_path is None or r.path == wanted_path)
            and (wanted_key is None or r.key_fingerprint == wanted_key)
        ]
        await send_bytes(send, 200, _json({"requests": records}))
    else:
        await send_bytes(send, 404, _json({"error": {"message": f"no control action {method} {path}",
                                                     "type": "not_found"}}))


def _script(app: UpstreamApp, data: Any) -> dict[str, int]:
    if isinstance(data, dict) and "faults" in data:
        faults, replace = data["faults"], bool(data.get("replace", False))
    else:
        faults, replace = (data if isinstance(data, list) else [data]), False
    if not isinstance(faults, list) or not all(isinstance(f, dict) for f in faults):
        raise ValueError("expected a fault object, a list of them, or {\"faults\": [...]}")
    if replace:
        app.script.clear()
    added = app.script.add(faults)
    return {"scripted": added, "pending": len(app.script.pending())}
