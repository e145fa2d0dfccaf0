"""The key server's lease socket: guarded like its gRPC socket, used by clients, and robust to bad peers.

The ops' behaviour on it (errors, deadlines, a killed or hung key server) is in
test_keyserver_lease_stream.py, which runs on both the lease socket and gRPC."""

from __future__ import annotations

import asyncio
import os
import signal
import stat
from pathlib import Path

import pytest

from llmvpn.keys import ProviderKey
from llmvpn.keyserver._proto import keyserver_pb2 as pb
from llmvpn.keyserver.client import KeyServerClient, NewKey, Outcome
from llmvpn.keyserver.lease_socket import lease_socket_path
from tests.fixtures.processes import Proc, start_keyserver

KEY = "sk-socket-" + "z" * 30


async def add_pool(client: KeyServerClient) -> None:
    await client.create_provider(name="p", kind="openai", base_url="http://127.0.0.1:9/v1", models=["m"],
                                 keys=[NewKey(ProviderKey(KEY))])


def connections_to(path: Path) -> int:
    """Sockets bound to `path` in the whole system (/proc/net/unix): the listener and the accepted ones."""
    with open("/proc/net/unix") as table:
        return sum(1 for line in table if line.rstrip("\n").endswith(" " + str(path)))


def frame(message: pb.LeaseOps) -> bytes:
    data = message.SerializeToString()
    return len(data).to_bytes(4, "big") + data


def test_the_lease_socket_is_owner_only_and_removed_when_the_key_server_stops(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home") as proc:
        path = lease_socket_path(proc.socket_path)
        info = path.stat()
        assert stat.S_ISSOCK(info.st_mode)
        assert stat.S_IMODE(info.st_mode) == 0o600
        assert proc.stop() == 0
    assert not path.exists()
    assert not proc.socket_path.exists()


def test_a_stale_lease_socket_of_a_killed_key_server_is_replaced(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home") as proc:
        proc.stop(signal.SIGKILL)
    path = lease_socket_path(proc.socket_path)
    assert path.exists()  # nobody removed it
    with start_keyserver(tmp_path / "home", proc.socket_path):
        assert stat.S_ISSOCK(path.stat().st_mode)

        async def one_lease() -> None:
            async with KeyServerClient(proc.socket_path, 5) as client:
                await add_pool(client)
                lease = await client.acquire("m", owner="u")
                await client.release(lease.lease_id, Outcome.OK)

        asyncio.run(one_lease())


async def test_a_client_takes_its_leases_over_the_lease_socket(keyserver: Proc) -> None:
    path = lease_socket_path(keyserver.socket_path)
    assert connections_to(path) == 1  # the listener
    async with KeyServerClient(keyserver.socket_path, 5) as client:
        await add_pool(client)
        lease = await client.acquire("m", owner="u")
        assert lease.api_key.reveal() == KEY
        assert connections_to(path) == 2  # and the key server's end of this client's connection
        await client.release(lease.lease_id, Outcome.OK, prompt_tokens=2)
        assert (await client.get_usage()).by_user["u"].prompt_tokens == 2
    await asyncio.sleep(0.2)
    assert connections_to(path) == 1


async def test_a_key_server_without_a_lease_socket_serves_leases_over_grpc(keyserver: Proc) -> None:
    # As when the socket folder is mounted without it: the client finds no file and uses gRPC.
    path = lease_socket_path(keyserver.socket_path)
    path.unlink()
    async with KeyServerClient(keyserver.socket_path, 5) as client:
        await add_pool(client)
        lease = await client.acquire("m", owner="u")
        assert client.post_release(lease.lease_id, Outcome.OK)
        lease = await client.acquire("m", owner="u")
        await client.release(lease.lease_id, Outcome.OK)
        assert (await client.get_usage()).by_user["u"].requests == 2
        assert (await client.health()).leases_in_flight == 0


@pytest.mark.parametrize("garbage", [
    b"\xff\xff\xff\xff",                       # a frame far over the size limit
    b"\x00\x00\x00\x05\xff\xff\xff\xff\xff",   # a frame that is not a LeaseOps message
    b"\x00\x00",                               # cut inside the length
])
async def test_garbage_on_the_lease_socket_ends_that_connection_only(keyserver: Proc, garbage: bytes) -> None:
    reader, writer = await asyncio.open_unix_connection(str(lease_socket_path(keyserver.socket_path)))
    writer.write(garbage)
    if len(garbage) < 4:
        writer.write_eof()
    await writer.drain()
    assert await asyncio.wait_for(reader.read(), 5) == b""  # the key server hung up, answering nothing
    writer.close()
    async with KeyServerClient(keyserver.socket_path, 5) as client:
        await add_pool(client)
        lease = await client.acquire("m", owner="u")
        await client.release(lease.lease_id, Outcome.OK)
        assert (await client.health()).status == "ok"


async def test_a_lease_granted_after_its_peer_left_goes_back(tmp_path: Path) -> None:
    with start_keyserver(tmp_path / "home", KEY_SERVER_MAX_WAIT_SECONDS="5") as proc:
        async with KeyServerClient(proc.socket_path, 5) as client:
            await add_pool(client)
            # The only key rests for a second, so the peer's acquire waits on the key server.
            lease = await client.acquire("m", owner="u")
            await client.release(lease.lease_id, Outcome.RATE_LIMITED, http_status=429, retry_after_seconds=1)
            reader, writer = await asyncio.open_unix_connection(str(lease_socket_path(proc.socket_path)))
            writer.write(frame(pb.LeaseOps(ops=[pb.LeaseOp(id=1, acquire=pb.AcquireRequest(model="m", owner="x"))])))
            await writer.drain()
            await asyncio.sleep(0.3)
            writer.transport.abort()  # gone before the key is back
            await asyncio.sleep(1.2)  # the key rests no more: the key server grants, finds nobody, takes it back
            deadline = asyncio.get_running_loop().time() + 3
            while (await client.health()).leases_in_flight:
                assert asyncio.get_running_loop().time() < deadline
                await asyncio.sleep(0.05)
            lease = await client.acquire("m", owner="u")
            await client.release(lease.lease_id, Outcome.OK)


def test_the_lease_socket_path_sits_beside_the_grpc_socket() -> None:
    assert lease_socket_path("/run/llmvpn/ks.sock") == Path("/run/llmvpn/ks.sock.leases")
    assert lease_socket_path(Path(os.sep) / "x") == Path("/x.leases")
