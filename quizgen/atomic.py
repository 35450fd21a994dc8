"""Atomic file writes: a temp file in the same folder, fsync, then os.replace."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from quizgen.errors import QuizgenError


def _folder(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise QuizgenError(f"cannot write {path}: folder {folder} does not exist (create it first)")
    if path.is_dir():
        raise QuizgenError(f"cannot write {path}: it is a directory (give a file path)")
    return folder


def check_writable(path: str | Path) -> None:
    """Raise the error a write to `path` would meet (no folder, a directory, no permission), so a
    command fails before its slow work rather than after it."""
    path = Path(path)
    if not os.access(_folder(path), os.W_OK | os.X_OK):
        raise QuizgenError(f"cannot write {path}: Permission denied (check the folder's permissions)")


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` so readers see the old file or the new one, never half of one."""
    path = Path(path)
    folder = _folder(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise QuizgenError(f"cannot write {path}: {e.strerror} (check the folder's permissions)") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            # Keep the mode a user gave the file; mkstemp creates 0600.
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise QuizgenError(f"cannot write {path}: {e.strerror}") from None
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 text atomically."""
    atomic_write_bytes(path, text.encode("utf-8"))
