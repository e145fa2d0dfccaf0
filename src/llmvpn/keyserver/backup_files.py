"""Backup files on disk: atomic writes, the rotated copies, and the clean-up of a crashed write.

    providers_backup.json      the newest backup (BACKEND_BACKUP_FILE)
    providers_backup.json.1    the one before it
    ...
    providers_backup.json.N    the oldest kept (N = BACKEND_BACKUPS_KEPT)
    .providers_backup.json.<pid>.<random>.tmp   a write in progress (or one a crash interrupted)

A write never leaves the final path partial or missing: the new document goes to a temp file in the
same directory (mode 0600), is fsynced, and replaces the final path with one rename; the previous
document becomes `.1` through a hard link taken before that rename. A crash at any point leaves the
old or the new document at the final path, at worst a copy too few and a temp file, which
`clean_stray_files` removes at the next start.

Standard library only: the crash test imports this in a child it kills thousands of times.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path


def _temp_path(path: Path) -> Path:
    # The pid tells the clean-up whether the writer is still alive; the random part keeps two threads
    # (or a reused pid) from sharing a temp file.
    return path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(path: Path, data: bytes) -> Path:
    """`data` in a new 0600 temp file beside `path`, fsynced; its name."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    tmp = _temp_path(path)
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
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def copy_path(path: Path, number: int) -> Path:
    return path.with_name(f"{path.name}.{number}")


def rotated_copies(path: Path) -> dict[int, Path]:
    """The numbered copies of `path` that exist: {1: path.1, 2: path.2, ...}."""
    pattern = re.compile(re.escape(path.name) + r"\.([1-9][0-9]*)")
    if not path.parent.is_dir():
        return {}
    found = {}
    for entry in path.parent.iterdir():
        match = pattern.fullmatch(entry.name)
        if match:
            found[int(match.group(1))] = entry
    return dict(sorted(found.items()))


def _keep_previous(path: Path) -> None:
    """Make the current `path` the copy `.1` without ever removing `path` itself."""
    link = _temp_path(path)
    try:
        os.link(path, link)
    except FileNotFoundError:
        return  # another process's restore or clean-up took it meanwhile: nothing to keep
    except OSError:
        # A filesystem without hard links: copy instead (the same bytes, also written atomically).
        link = _write_temp(path, path.read_bytes())
    os.replace(link, copy_path(path, 1))


def write_rotating(path: Path, data: bytes, kept: int) -> None:
    """Write `data` atomically to `path`, keeping the previous `kept` versions as path.1 … path.<kept>."""
    if kept < 1:
        raise ValueError("kept must be at least 1")
    tmp = _write_temp(path, data)
    try:
        copies = rotated_copies(path)
        for number in sorted(copies, reverse=True):
            if number >= kept:
                copies[number].unlink()  # beyond what is kept (or kept was lowered)
            else:
                os.replace(copies[number], copy_path(path, number + 1))
        if path.exists():
            _keep_previous(path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours from before a fork or a thread that died: nobody will finish it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def clean_stray_files(path: Path) -> list[Path]:
    """Remove temp files of `path` left by writers that no longer run (a crash, a kill -9); their names."""
    pattern = re.compile(r"\." + re.escape(path.name) + r"\.([0-9]+)\.[0-9a-f]+\.tmp")
    removed: list[Path] = []
    if not path.parent.is_dir():
        return removed
    for entry in path.parent.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and not _alive(int(match.group(1))):
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed.append(entry)
    return removed
