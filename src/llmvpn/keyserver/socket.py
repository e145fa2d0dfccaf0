"""The key server's Unix socket: a private file in a folder nobody else can swap it in.

Refuses a folder others can write to (unless it has the sticky bit, as /tmp does: there, others can't
replace a file they don't own), refuses a path taken by a live key server, and removes a stale socket
file left by one that died.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

from llmvpn.errors import ConfigError


def socket_is_live(path: Path) -> bool:
    """True if something accepts connections on the Unix socket at `path`."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        try:
            probe.connect(str(path))
        except (ConnectionRefusedError, FileNotFoundError, socket.timeout):
            return False
        except PermissionError:
            return True  # someone else's live socket: certainly not ours to replace
    return True


def prepare_socket_path(path: Path) -> None:
    """Make `path` ready to bind: folder safe (0700 if we create it), no live or foreign file there."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)
    info = folder.stat()
    writable_by_others = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    if writable_by_others and not info.st_mode & stat.S_ISVTX:
        raise ConfigError(
            f"socket folder {folder} is writable by other users (mode {info.st_mode & 0o7777:04o}); "
            f"use a private folder for KEY_SERVER_SOCKET or run `chmod 700 {folder}`"
        )
    if info.st_uid != os.getuid() and not info.st_mode & stat.S_ISVTX:
        raise ConfigError(f"socket folder {folder} belongs to another user")
    if not os.path.lexists(path):
        return
    mode = os.lstat(path).st_mode
    if not stat.S_ISSOCK(mode):
        raise ConfigError(f"{path} exists and is not a socket; refusing to replace it")
    if socket_is_live(path):
        raise ConfigError(f"another key server is already listening on {path}")
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def secure_socket_file(path: Path) -> None:
    """Owner-only access to the bound socket (the umask at bind time already made it so)."""
    os.chmod(path, 0o600)


@contextlib.contextmanager
def binding_privately(path: Path) -> Iterator[None]:
    """Around the bind of a Unix socket at `path` (the gRPC one and the lease one): the path made ready
    (prepare_socket_path), the bind done under umask 0o177 so the file never exists with looser bits,
    not even between bind and chmod, and then 0600 (secure_socket_file)."""
    prepare_socket_path(path)
    old_umask = os.umask(0o177)
    try:
        yield
    finally:
        os.umask(old_umask)
    secure_socket_file(path)
