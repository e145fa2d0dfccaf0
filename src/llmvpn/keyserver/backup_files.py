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
from pathlib import Path

from llmvpn.atomic import fsync_dir, temp_path, write_atomic, write_temp

__all__ = ["clean_stray_files", "copy_path", "rotated_copies", "write_atomic", "write_rotating"]


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
    link = temp_path(path)
    try:
        os.link(path, link)
    except FileNotFoundError:
        return  # another process's restore or clean-up took it meanwhile: nothing to keep
    except OSError:
        # A filesystem without hard links: copy instead (the same bytes, also written atomically).
        link = write_temp(path, path.read_bytes())
    os.replace(link, copy_path(path, 1))


def write_rotating(path: Path, data: bytes, kept: int) -> None:
    """Write `data` atomically to `path`, keeping the previous `kept` versions as path.1 … path.<kept>."""
    if kept < 1:
        raise ValueError("kept must be at least 1")
    tmp = write_temp(path, data)
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
    fsync_dir(path.parent)


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
