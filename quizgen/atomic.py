"""Writing files safely: the one place that decides how a path is written.

A regular file (or a new one) is replaced atomically: a temp file in the same folder, fsync, then
os.replace, so readers see the old file or the new one, never half of one. A symlink is written
through (its target is replaced, the link stays). A FIFO or a terminal/character device such as
/dev/stdout is written straight into, never replaced. Anything else (a block device, a socket, a
directory) and a read-only file are refused with one line.
"""

from __future__ import annotations

import fcntl
import os
import re
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from quizgen.errors import QuizgenError

ABSENT = object()  # `expect=ABSENT`: write only if the file does not exist yet


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C, so temp files are removed and worker processes stopped."""


# The stop signals received (KeyboardInterrupt, Terminated), set by the CLI's handlers. A library
# may swallow the exception a signal raises (a bare `except:` in an import); the request stays
# here, and no file is written once it is made.
stop_requested: list[type[BaseException]] = []


class Changed(QuizgenError):
    """The file changed on disk since it was read (someone saved it meanwhile); nothing was written."""


@dataclass(frozen=True)
class Target:
    """Where and how a write to a path lands: `path` is the file really written."""

    path: Path
    stream: bool = False  # a FIFO or character device: written into, not replaced
    exists: bool = False


def output_folder(raw: str) -> Path | None:
    """The folder an `-o` value names: an existing folder, or one written with a trailing '/'."""
    if raw.endswith(("/", os.sep)) or Path(raw).is_dir():
        return Path(raw)
    return None


def make_folder(folder: Path) -> None:
    """Create `folder` (and its parents) for output, or fail in one line."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise QuizgenError(f"cannot create folder {folder}: {e.strerror}") from None


def target(path: str | Path) -> Target:
    """Decide how a write to `path` is done (see the module docstring); raise if it must be refused."""
    if isinstance(path, str) and path.endswith(("/", os.sep)):
        # Path() would drop the slash and write a file named like the folder the user meant.
        raise QuizgenError(f"cannot write {path}: it names a folder; give a file name")
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise QuizgenError(f"cannot write {path}: {e.strerror}") from None
    if st is not None and (stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode) or _names_an_fd(path)):
        # Opened by the name given: /dev/stdout reaches this process's own output, whatever it is.
        return Target(path, stream=True, exists=True)
    if path.is_symlink():
        # Write through the link: the link a user made stays, its target gets the new content.
        path = Path(os.path.realpath(path))
    if st is None:
        _folder(path)
        return Target(path)
    if stat.S_ISDIR(st.st_mode):
        raise QuizgenError(f"cannot write {path}: it is a directory (give a file path)")
    if not stat.S_ISREG(st.st_mode):
        raise QuizgenError(f"cannot write {path}: not a regular file (a block device or socket); give a file path")
    if not os.access(path, os.W_OK) or (os.geteuid() == 0 and not st.st_mode & 0o222):
        # os.replace would ignore the mode: a file its owner made read-only stays untouched.
        raise QuizgenError(f"cannot write {path}: the file is read-only (make it writable with chmod u+w to replace it)")
    _folder(path)
    return Target(path, exists=True)


# /dev/stdout, /dev/fd/N, /proc/PID/fd/N: an open file of this process (some kernels report a pipe
# behind them as a regular file), written into like a FIFO — never replaced by a rename.
_FD_PATH = re.compile(r"^/(?:dev|proc/[^/]+)/fd/\d+$|^/dev/std(?:in|out|err)$")


def _names_an_fd(path: Path) -> bool:
    real = os.path.realpath(path)
    return bool(_FD_PATH.match(os.path.abspath(path)) or _FD_PATH.match(real)
                or os.path.basename(real).startswith(("pipe:[", "socket:[", "anon_inode:")))


def is_stream(path: str | Path) -> bool:
    """True when writing `path` means writing into a FIFO, device or open file, not replacing a file."""
    try:
        return target(path).stream
    except QuizgenError:
        return False


def _folder(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise QuizgenError(f"cannot write {path}: folder {folder} does not exist (create it first)")
    return folder


def check_writable(path: str | Path) -> None:
    """Raise the error a write to `path` would meet (no folder, a directory, read-only, no
    permission), so a command fails before its slow work rather than after it."""
    where = target(path)
    if not where.stream and not os.access(_folder(where.path), os.W_OK | os.X_OK):
        raise QuizgenError(f"cannot write {path}: Permission denied (check the folder's permissions)")


def atomic_write_bytes(path: str | Path, data: bytes, expect: bytes | object | None = None) -> Path:
    """Write `data` to `path` so readers see the old file or the new one, never half of one.

    With `expect` (the bytes read earlier, or ABSENT), the file is replaced only if it still holds
    them (or still does not exist); otherwise `Changed` is raised and nothing is written. Returns
    the file written (a symlink's target).
    """
    if stop_requested:
        raise stop_requested[0]
    where = target(path)
    if where.stream:
        _write_stream(where.path, data)
        return where.path
    path = where.path
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
        if expect is ABSENT:
            try:
                os.link(tmp, path)  # fails if another process created the file meanwhile
            except FileExistsError:
                raise Changed("was created by another program meanwhile; nothing was written", path) from None
            os.unlink(tmp)
            return path
        if expect is not None and _current(path) != expect:
            raise Changed("changed on disk while quizgen was working (saved by someone else?); nothing was written",
                          path)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise QuizgenError(f"cannot write {path}: {e.strerror}") from None
        raise
    return path


def _current(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _write_stream(path: Path, data: bytes) -> None:
    """Write into a FIFO or device, as `cat > FIFO` does (a FIFO waits for its reader; Ctrl-C stops it)."""
    try:
        f = open(path, "wb", buffering=0)  # noqa: SIM115 - closed below
    except OSError as e:
        raise QuizgenError(f"cannot write {path}: {e.strerror}") from None
    try:
        with f:
            f.write(data)
    except OSError as e:
        if isinstance(e, BrokenPipeError):
            raise
        raise QuizgenError(f"cannot write {path}: {e.strerror}") from None


def atomic_write_text(path: str | Path, text: str, expect: bytes | object | None = None) -> Path:
    """Write UTF-8 text atomically (see atomic_write_bytes)."""
    return atomic_write_bytes(path, text.encode("utf-8"), expect)


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an advisory lock on `folder` while reading, merging and replacing a file in it, so two
    quizgen processes writing the same deck take turns instead of losing one's work."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield  # a folder we cannot open is one we cannot write either; the write will say so
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks: the compare-before-replace check still holds
        yield
    finally:
        os.close(fd)
