"""Liveness and readiness: `/ping` touches nothing, `/api/health` asks the key server too."""

from __future__ import annotations

import time
from typing import Literal

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from llmvpn import __version__
from llmvpn.errors import KeyServerUnavailable
from llmvpn.web.deps import KeyServerDep

router = APIRouter(tags=["health"])

VERSION = __version__


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    version: str
    uptime_seconds: float
    key_server: Literal["up", "down"]


class Ping(BaseModel):
    status: Literal["ok"] = "ok"


@router.get("/api/health", responses={503: {"model": Health, "description": "Degraded: key server down"}})
async def health(request: Request, response: Response, keyserver: KeyServerDep) -> Health:
    """Report this server's version and uptime and whether the key server answers (503 when not)."""
    try:
        reply = await keyserver.health()
    except KeyServerUnavailable:
        key_server, ok = "down", False
    else:
        # A key server that answers but reports itself degraded (database, Redis or Vault down)
        # can't lease keys either: load balancers should route around this host.
        key_server, ok = "up", reply.status == "ok"
    if not ok:
        response.status_code = 503
    return Health(
        status="ok" if ok else "degraded",
        version=VERSION,
        uptime_seconds=round(time.monotonic() - request.app.state.started_at, 3),
        key_server=key_server,
    )


@router.get("/ping")
async def ping() -> Ping:
    """Answer at once, without touching the key server (liveness)."""
    return Ping()
