"""A provider key, once given to the key server, is never found in plaintext on disk or in a log."""

from __future__ import annotations

import asyncio
import base64
import urllib.parse
from pathlib import Path

import pytest

from llmvpn.errors import InvalidRequest
from llmvpn.keys import ProviderKey
from llmvpn.keyserver.client import KeyServerClient, NewKey, Outcome
from tests.fixtures.processes import MASTER_SECRET, start_keyserver

CANARY = "sk-canary-4f1c9a7e2b6d8c0a5e3f7b1d9c2a6e4f"


def leak_forms(secret: str) -> dict[str, bytes]:
    return {
        "raw": secret.encode(),
        "base64": base64.b64encode(secret.encode()).rstrip(b"="),
        "urlencoded": urllib.parse.quote(secret, safe="").encode(),
        "last 8": secret[-8:].encode(),
    }


def scan(folder: Path, secret: str) -> list[str]:
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [f"{path.name}: {form}" for form, needle in leak_forms(secret).items() if needle in data]
    return hits


async def exercise(socket_path: Path) -> None:
    async with KeyServerClient(socket_path, 5) as client:
        provider = await client.create_provider(name="canary", kind="openai", base_url="http://127.0.0.1:9/v1",
                                                models=["m"], keys=[NewKey(ProviderKey(CANARY), label="c")])
        with pytest.raises(InvalidRequest):  # an error about a request holding the key must not echo it
            await client.create_provider(name="", kind="openai", base_url="not a url", models=["m"],
                                         keys=[NewKey(ProviderKey(CANARY))])
        lease = await client.acquire("m", owner="alice")
        assert lease.api_key.reveal() == CANARY
        await client.release(lease.lease_id, Outcome.RATE_LIMITED, http_status=429, retry_after_seconds=0.1)
        await asyncio.sleep(0.2)
        lease = await client.acquire("m", owner="alice")
        await client.release(lease.lease_id, Outcome.AUTH_FAILED, http_status=401)
        await client.update_provider(provider.id, remove_key_fingerprints=[lease.key_fingerprint])


def test_no_plaintext_key_in_the_database_key_ring_or_logs(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with start_keyserver(home, LLMVPN_LOG_LEVEL="DEBUG") as proc:
        asyncio.run(exercise(proc.socket_path))
    log = proc.log()
    assert "rpc CreateProvider" in log or "CreateProvider" in log, "the log is empty: the scan proves nothing"
    assert (home / "llmvpn.db").stat().st_size > 0
    assert scan(home, CANARY) == []
    assert scan(home, MASTER_SECRET) == []
