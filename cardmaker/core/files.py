"""Writing output files so that nothing is destroyed and a reader never sees half a file.

Before anything is written the target is checked: an output that is an input, a folder, a
device, a FIFO, a socket or a symbolic link is refused, naming the path as the user gave it.

Where the system allows (Linux), the file is written unnamed (``O_TMPFILE``) in the target
folder and linked under its name only when complete: a killed process leaves nothing
behind. Elsewhere (macOS, Windows, many network shares) a hidden temporary file beside the
target is renamed into place. Its name says which machine and process wrote it
(``.cardmaker-<host>-<pid>-<random>.part``), so a later run can recognise the leftovers of a
killed run and remove them without touching anything else. Every system error is reported
with the user's path, never the temporary one.
"""

from __future__ import annotations

import contextlib
import errno as errno_codes
import hashlib
import os
import re
import secrets
import socket
import stat
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from cardmaker.core.errors import OutputError

TEMP_PREFIX = ".cardmaker-"
TEMP_SUFFIX = ".part"
_FILE_MODE = 0o600  # as mkstemp creates them: patient data is for the user who made it
# A leftover from another machine (a shared folder) is only removed once it is this old.
STALE_AFTER_S = 24 * 3600
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:8]
_PART_NAME = re.compile(r"^\.cardmaker-([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.part$")
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "FIFO (named pipe)"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)
_cleaned_folders: set[str] = set()


def temp_name() -> str:
    """A fresh, recognisable temporary file name for this machine and process."""
    return f"{TEMP_PREFIX}{_HOST}-{os.getpid()}-{secrets.token_hex(6)}{TEMP_SUFFIX}"


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would terminate it there; rely on age alone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove temporary files of killed runs in ``folder``; returns what was removed.

    Only files named as ``temp_name`` makes them are considered: on this machine, those
    whose process has gone; from elsewhere, those older than ``STALE_AFTER_S``.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        found = _PART_NAME.match(entry.name)
        if found is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        host, pid = found[1], int(found[2])
        gone = host == _HOST and pid != os.getpid() and not _alive(pid)
        if gone or now - info.st_mtime > STALE_AFTER_S:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def same_file(first: Path, second: Path) -> bool:
    """True when both paths name one file (through links, case-insensitive systems...)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.normcase(os.path.realpath(first)) == os.path.normcase(
            os.path.realpath(second)
        )


def check_output(
    path: Path, inputs: Iterable[Path] = (), input_code: str = "output_is_input"
) -> None:
    """Refuse a target that is an input, a folder, a special file or a symbolic link."""
    shown = str(path)
    try:
        info: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _failure(path, exc) from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise OutputError("output_is_symlink", shown)
        if stat.S_ISDIR(info.st_mode):
            raise OutputError("output_is_folder", shown)
        for test, kind in _SPECIAL_KINDS:
            if test(info.st_mode):
                raise OutputError("output_is_special", shown, kind)
        for given in inputs:
            if same_file(path, given):
                raise OutputError(input_code, shown)
    parent = Path(path).parent
    if not parent.is_dir():
        raise OutputError("output_no_folder", shown)


def _failure(path: Path, exc: OSError) -> OutputError:
    return OutputError("output_failed", str(path), exc.strerror or str(exc), exc.errno or 0)


def _open_unnamed(folder: Path) -> int | None:
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, _FILE_MODE)
    except OSError:
        return None  # the file system does not support it


def _open_named(folder: Path) -> tuple[int, str]:
    if str(folder) not in _cleaned_folders:
        _cleaned_folders.add(str(folder))
        remove_stale_parts(folder)
    while True:
        name = str(folder / temp_name())
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(name, flags, _FILE_MODE), name
        except FileExistsError:
            continue


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _link_fd(fd: int | None, path: Path) -> None:
    """Give an unnamed file a name: linkat() through /proc, following the fd's link.

    os.link() only calls linkat() (and so follows the link) when given a directory fd.
    """
    procfd = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.link(str(fd), path, src_dir_fd=procfd, follow_symlinks=True)
    finally:
        os.close(procfd)


class AtomicFile:
    """Write with ``write``, then ``commit``; leaving the ``with`` block uncommitted discards.

    Raises ``OutputError`` naming ``path`` for every problem; ``commit`` without
    ``overwrite`` raises ``FileExistsError`` if the name appeared meanwhile.
    """

    def __init__(self, path: Path, overwrite: bool, inputs: Iterable[Path] = ()) -> None:
        self.path = Path(path)
        self.overwrite = overwrite
        check_output(self.path, inputs)
        if not overwrite and os.path.lexists(self.path):
            raise OutputError("output_exists", str(self.path))
        folder = self.path.parent
        self._temp_name: str | None = None
        try:
            fd = _open_unnamed(folder)
            if fd is None:
                fd, self._temp_name = _open_named(folder)
        except OSError as exc:
            raise _failure(self.path, exc) from None
        self._fd: int | None = fd
        self._synced = False
        self.size = 0

    def write(self, data: bytes) -> None:
        """Append bytes."""
        assert self._fd is not None, "file already committed or discarded"
        try:
            _write_all(self._fd, data)
        except OSError as exc:
            raise _failure(self.path, exc) from None
        self.size += len(data)

    def commit(self) -> None:
        """Flush to disk and give the file its name."""
        self.commit_as(self.path)

    def commit_as(self, path: Path) -> None:
        """Give the file ``path`` as its name (the one checked, or another in its folder).

        Without ``overwrite``, ``FileExistsError`` says the name appeared meanwhile; the
        file stays open so that another name can be tried.
        """
        assert self._fd is not None, "file already committed or discarded"
        path = Path(path)
        try:
            if not self._synced:
                os.fsync(self._fd)
                self._synced = True
            if os.path.islink(path):  # appeared since the check: never replace one
                raise OutputError("output_is_symlink", str(path))
            if self._temp_name is None:
                self._link_unnamed(path)
            elif self.overwrite:
                os.replace(self._temp_name, path)
            else:
                os.link(self._temp_name, path)  # fails if the name appeared meanwhile
                os.unlink(self._temp_name)
            self._temp_name = None
        except FileExistsError:
            raise
        except OutputError:
            self.discard()
            raise
        except OSError as exc:
            self.discard()
            raise _failure(path, exc) from None
        self.path = path
        self.discard()

    def _link_unnamed(self, path: Path) -> None:
        if not self.overwrite:
            _link_fd(self._fd, path)
            return
        # link() will not replace; link under a hidden name, then rename over the target.
        hidden = path.parent / temp_name()
        _link_fd(self._fd, hidden)
        try:
            os.replace(hidden, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(hidden)
            raise

    def discard(self) -> None:
        """Drop what was written; the target is untouched."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._remove_temp()

    def _remove_temp(self) -> None:
        if self._temp_name is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._temp_name)
            self._temp_name = None

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.discard()


def atomic_write(
    path: Path, data: bytes, overwrite: bool = True, inputs: Iterable[Path] = ()
) -> None:
    """Write a whole file: complete under its name, or not there at all."""
    with AtomicFile(path, overwrite, inputs) as handle:
        handle.write(data)
        handle.commit()


def is_disk_full(error: OutputError) -> bool:
    """True for errors that no further file in the same place can avoid."""
    return error.errno in (errno_codes.ENOSPC, errno_codes.EDQUOT, errno_codes.EROFS)


class FolderLock:
    """Held while a run writes into a folder, so that a second run is refused, not mixed in.

    The lock is the operating system's lock on the folder itself (``flock``): no lock file
    is created, and a killed run's lock goes with its process. Where folders cannot be
    locked (Windows) runs still never overwrite each other's reports: those get unique names.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``OutputError`` (``output_busy``)."""
        try:
            import fcntl
        except ImportError:  # Windows
            return
        try:
            fd = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return  # the writers will name the problem with the folder
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputError("output_busy", str(self.folder)) from None
        except OSError:
            os.close(fd)  # a file system without locks (some network shares)
            return
        self._fd = fd

    def release(self) -> None:
        """Let the next run in."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
