"""Writing output files so that a reader never sees half a file, even if the process is killed.

Where the system allows (Linux), the file is written unnamed (``O_TMPFILE``) in the target
folder and linked under its name only when complete: a killed process leaves nothing
behind, not even a temporary file. Elsewhere a hidden temporary file beside the target is
renamed into place (atomic on one file system) and removed on any error.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path
from types import TracebackType

TEMP_PREFIX = ".cardmaker-"
TEMP_SUFFIX = ".part"
_FILE_MODE = 0o600  # as mkstemp creates them: patient data is for the user who made it


def _open_unnamed(folder: Path) -> int | None:
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, _FILE_MODE)
    except OSError:
        return None  # the file system does not support it


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
    """Write with ``write``, then ``commit``; leaving the ``with`` block uncommitted discards."""

    def __init__(self, path: Path, overwrite: bool) -> None:
        self.path = Path(path)
        self.overwrite = overwrite
        if not overwrite and self.path.exists():
            raise FileExistsError(f"{self.path} exists (use --overwrite to replace it)")
        folder = self.path.parent
        self._temp_name: str | None = None
        fd = _open_unnamed(folder)
        if fd is None:
            fd, self._temp_name = tempfile.mkstemp(
                prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder
            )
        self._fd: int | None = fd
        self.size = 0

    def write(self, data: bytes) -> None:
        """Append bytes."""
        assert self._fd is not None, "file already committed or discarded"
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        self.size += len(data)

    def commit(self) -> None:
        """Flush to disk and give the file its name."""
        assert self._fd is not None, "file already committed or discarded"
        os.fsync(self._fd)
        try:
            if self._temp_name is None:
                self._link_unnamed()
            elif self.overwrite:
                os.replace(self._temp_name, self.path)
            else:
                os.link(self._temp_name, self.path)  # fails if the name appeared meanwhile
                os.unlink(self._temp_name)
            self._temp_name = None
        finally:
            os.close(self._fd)
            self._fd = None
            self._remove_temp()

    def _link_unnamed(self) -> None:
        if not self.overwrite:
            _link_fd(self._fd, self.path)
            return
        # link() will not replace; link under a hidden name, then rename over the target.
        hidden = self.path.parent / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        _link_fd(self._fd, hidden)
        try:
            os.replace(hidden, self.path)
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


def atomic_write(path: Path, data: bytes, overwrite: bool = True) -> None:
    """Write a whole file: complete under its name, or not there at all."""
    with AtomicFile(path, overwrite) as handle:
        handle.write(data)
        handle.commit()
