"""Stateful sessions: created by one principal, seen by that principal only, bound to keys per model.

"Not yours" and "does not exist" are the same NotFound, with the same message and the same work done,
so a session id can't be probed. Ids are 192 random bits.
"""

from __future__ import annotations

import secrets
import time

from llmvpn.errors import NotFound, PreconditionFailed
from llmvpn.keyserver.state.base import Session, State

NOT_FOUND = "no such session"
_BIND_ATTEMPTS = 5


class Sessions:
    def __init__(self, state: State, ttl_seconds: float) -> None:
        self._state = state
        self._ttl = ttl_seconds

    async def create(self, owner: str, data: dict) -> Session:
        now = time.time()
        session = Session(id=secrets.token_urlsafe(24), owner=owner, created_at=now, data=data,
                          expires_at=now + self._ttl)
        await self._state.save_session(session, self._ttl)
        return session

    async def get(self, session_id: str, owner: str) -> Session:
        session = await self._state.load_session(session_id) if session_id else None
        if session is None or not secrets.compare_digest(session.owner.encode(), owner.encode()):
            raise NotFound(NOT_FOUND, param="session_id", code="session_not_found")
        return session

    async def save(self, session: Session) -> Session:
        """Store a changed session: new version, TTL counted again from now. PreconditionFailed when
        it changed since `session` was loaded (another turn, another key server): nothing is lost."""
        loaded = session.version
        session.version += 1
        session.expires_at = time.time() + self._ttl
        if not await self._state.save_session(session, self._ttl, expected_version=loaded):
            session.version = loaded
            raise PreconditionFailed(f"session changed since version {loaded}; load it again",
                                     param="expected_version")
        return session

    async def update(self, session_id: str, owner: str, data: dict, expected_version: int | None) -> Session:
        session = await self.get(session_id, owner)
        if expected_version is not None and expected_version != session.version:
            raise PreconditionFailed(f"session is at version {session.version}, not {expected_version}",
                                     param="expected_version")
        session.data = data
        return await self.save(session)

    async def delete(self, session_id: str, owner: str) -> None:
        await self.get(session_id, owner)
        await self._state.delete_session(session_id)

    async def bind(self, session: Session, model: str, key_id: str) -> None:
        """Remember the key serving `model` for this session (a no-op when it is already bound there).
        A session changed meanwhile is loaded again and bound on top of the change (`session` follows)."""
        for _ in range(_BIND_ATTEMPTS):
            if session.bindings.get(model) == key_id:
                return
            session.bindings[model] = key_id
            try:
                await self.save(session)
                return
            except PreconditionFailed:
                fresh = await self._state.load_session(session.id)
                if fresh is None:
                    raise NotFound(NOT_FOUND, param="session_id", code="session_not_found") from None
                session.bindings, session.data, session.version = fresh.bindings, fresh.data, fresh.version
        raise PreconditionFailed("the session kept changing while its key binding was saved",
                                 param="session_id", code="session_busy")
