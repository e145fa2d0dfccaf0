"""Writing a private file atomically: a 0600 temp file beside it, fsync, one rename, fsync of the folder.

Shared by the key ring (crypto/local.py) and the backups (keyserver/backup_files.py). Temp files are
named `.<name>.<pid>.<random>.tmp`, so a clean-up can tell a live writer's from a crashed one's.
Standard library only: the backup crash test imports this in a child it kills thousands of times.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def temp_path(path: Path) -> Path:
    # The pid tells the clean-up whether the writer is still alive; the random part keeps two threads
    # (or a reused pid) from sharing a temp file.
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_temp(path: Path, data: bytes) -> Path:
    """`data` in a new 0600 temp file beside `path`, fsynced; its name."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    tmp = temp_path(path)
    # O_EXCL: never reuse (or follow a symlink planted at) an existing name; 0600 whatever the umask,
    # since the mode given here is only ever narrowed by it.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    os.close(fd)
    return tmp


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` all at once (temp file, fsync, rename, fsync of the directory)."""
    tmp = write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)
