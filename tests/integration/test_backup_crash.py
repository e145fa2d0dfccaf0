"""FAULTS row 17: a backup writer killed with SIGKILL at random points never leaves a partial backup.

A child process writes real backup documents (small, medium, ~2 MB) in a loop through the same
function the key server uses; the test kills it at a random moment, then checks that the final path
and every rotated copy hold one of those documents byte for byte, and that the next start (the clean-up
the key server runs, and at the end a real key server) leaves no temp file behind.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from llmvpn.crypto.local import LocalMasterKey
from llmvpn.keyserver import backup_files, backup_format
from llmvpn.keyserver.backup import Backups
from llmvpn.keyserver.records import NewKeySpec, ProviderSpec
from llmvpn.keyserver.registry import Registry
from llmvpn.storage import create_engine_for, migrate
from tests.fixtures.processes import MASTER_SECRET, short_socket_dir, start_keyserver

KEPT = 3
# Imports first (stdlib only), says so, then writes as fast as it can until it is killed.
WRITER = r"""
import sys
from pathlib import Path
from llmvpn.keyserver.backup_files import write_rotating
path, docs = Path(sys.argv[1]), [Path(name).read_bytes() for name in sys.argv[2:]]
print("ready", flush=True)
number = 0
while True:
    write_rotating(path, docs[number % len(docs)], KEPT)
    number += 1
""".replace("KEPT", str(KEPT))


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three real backups of 1, 200 and 2000 providers, written to files for the child to read."""
    folder = tmp_path_factory.mktemp("documents")
    engine = create_engine_for(f"sqlite:///{folder / 'llmvpn.db'}")
    migrate(engine)
    registry = Registry(engine, LocalMasterKey(MASTER_SECRET, folder / "master_key.salt"))
    backups = Backups(registry, folder / "unused.json", 1)
    paths = []
    for count in (1, 200, 2000):
        registry.upsert_providers([
            ProviderSpec(f"provider-{number:05d}", base_url="https://api.example.com/v1", models=("m1", "m2"),
                         keys=(NewKeySpec(f"sk-crash-test-{number:08d}-xxxxxxxxxxxx"),))
            for number in range(count)])
        path = folder / f"doc-{count}.json"
        path.write_bytes(backups.export())
        backup_format.parse(path.read_bytes())  # each is a complete, valid document
        paths.append(path)
    engine.dispose()
    return paths


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def kill_during_writes(path: Path, documents: list[Path], rng: random.Random) -> None:
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), *map(str, documents)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout.readline() == b"ready\n", child.stderr.read().decode()
        # 0 to 150 ms into the loop: anywhere in a write of any of the three sizes.
        try:
            child.wait(timeout=rng.uniform(0.0, 0.15))
        except subprocess.TimeoutExpired:
            pass
        assert child.poll() is None, f"the writer died by itself: {child.stderr.read().decode()}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()


@pytest.mark.parametrize("trials", [pytest.param(5, id="5-trials"), pytest.param(100, marks=pytest.mark.slow,
                                                                               id="100-trials")])
def test_sigkill_during_backup_writes_never_leaves_a_partial_backup(
        trials: int, documents: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = folder / "providers_backup.json"
    known = {hashlib.sha256(doc.read_bytes()).hexdigest() for doc in documents}
    backup_files.write_rotating(path, documents[0].read_bytes(), KEPT)  # a previous backup exists
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    corrupted, left_behind = 0, 0
    for _ in range(trials):
        kill_during_writes(path, documents, rng)
        for file in [path, *backup_files.rotated_copies(path).values()]:
            if hashlib.sha256(file.read_bytes()).hexdigest() not in known:
                corrupted += 1
        # A kill mid-rotation may leave a gap (.1 and .3), never a copy beyond what is kept.
        assert set(backup_files.rotated_copies(path)) <= set(range(1, KEPT + 1))
        left_behind += len(temp_files(folder))
        backup_files.clean_stray_files(path)  # what the next start does
        assert temp_files(folder) == []
    print(f"\n{trials} kill -9 trials (seed {seed}): {corrupted} corrupted backup files, "
          f"{left_behind} temp files left by killed writers, 0 after the next start")
    assert corrupted == 0


def test_a_key_server_start_removes_temp_files_and_keeps_the_backup(documents: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    path = folder / "providers_backup.json"
    backup_files.write_rotating(path, documents[1].read_bytes(), KEPT)
    kill_during_writes(path, documents, random.Random(1))
    # Whatever the kill left, there is at least this one: a write that died half-way.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    (folder / f".providers_backup.json.{dead}.deadbeef.tmp").write_bytes(documents[2].read_bytes()[:4096])
    final = path.read_bytes()
    sock_dir = short_socket_dir()
    with start_keyserver(tmp_path / "home", sock_dir / "ks.sock", BACKEND_BACKUP_FILE=str(path)) as proc:
        assert temp_files(folder) == []
        assert "did not finish" in proc.log()
        # Its own registry is empty, so the backup it found is left for a restore.
        assert path.read_bytes() == final
    shutil.rmtree(sock_dir, ignore_errors=True)
