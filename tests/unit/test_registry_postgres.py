"""The registry tests again, against a real PostgreSQL: a throwaway cluster on a Unix socket.

Skipped when PostgreSQL's server binaries (initdb, pg_ctl; Debian's `postgresql` package) are absent,
unless CI=true. The server starts once per module (about 2 s); each test gets its own database.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from uuid import uuid4

import pytest

from tests.unit.test_registry import (  # noqa: F401 - fixtures and tests re-run here with db_url below
    engine,
    master,
    registry,
    test_add_and_remove_keys,
    test_change_token_moves_on_writes_only,
    test_concurrent_migrations_of_a_fresh_database,
    test_create_get_list_delete,
    test_create_rejects_bad_fields,
    test_create_rejects_bad_keys_without_echoing_them,
    test_delete_with_stale_version,
    test_duplicate_key_in_spec_and_duplicate_name,
    test_import_keys_is_idempotent_and_all_or_nothing,
    test_load_pool_decrypts_active_keys_of_active_providers,
    test_patch_after_delete_is_not_found,
    test_rotation_rewraps_every_key_and_keeps_them_open,
    test_twenty_concurrent_patches_with_one_version_one_wins,
    test_update_fields_and_versions,
    test_wrong_master_key_refuses_and_overwrites_nothing,
)


def _bindir() -> Path | None:
    for initdb in [shutil.which("initdb"), *sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)]:
        if initdb and Path(initdb).with_name("pg_ctl").exists():
            return Path(initdb).resolve().parent
    return None


def _as_server_user(args: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; Debian's package brings the `postgres` user.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="module")
def pg_socket_dir() -> Iterator[Path]:
    bindir = _bindir()
    if bindir is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PostgreSQL's initdb/pg_ctl are not installed; CI=true, so these tests may not skip")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    # Short path in /tmp: a Unix socket path must stay under 108 bytes.
    base = Path(tempfile.mkdtemp(prefix="llmvpn-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    data = base / "data"
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                    "--no-sync", "-E", "UTF8"]), check=True, capture_output=True)
    options = f"-k {base} -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-t", "30",
                                    "-l", str(base / "server.log"), "start"]), check=True, capture_output=True)
    try:
        yield base
    finally:
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, check=False)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def db_url(pg_socket_dir: Path) -> Iterator[str]:
    import psycopg

    name = f"t_{uuid4().hex[:12]}"
    with psycopg.connect(host=str(pg_socket_dir), user="postgres", dbname="postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield f"postgresql+psycopg://postgres@/{name}?host={pg_socket_dir}"
