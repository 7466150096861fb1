"""Which text encoding a CSV file is in, decided on the whole file, not its first lines.

Order of evidence: a byte-order mark; UTF-16 without one (every other byte zero); the whole
file decoding as UTF-8 (text in a legacy code page almost never does). Otherwise every
legacy code page that decodes the whole file is tried on the lines that hold non-ASCII
bytes, and the one whose words some language could write wins (see ``alphabets``); on a
tie the more widespread code page wins. charset-normalizer's own guess joins the
candidates, so code pages not listed here are still found.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cardmaker.batch.alphabets import implausible_words
from cardmaker.core.errors import UnreadableInputError

CHUNK_BYTES = 1 << 16
SAMPLE_LIMIT_BYTES = 1 << 18
_UTF16_PROBE_BYTES = 4096

# Most widespread first: breaks ties between readings that are equally plausible.
LEGACY_CANDIDATES: tuple[str, ...] = (
    "windows-1252",
    "windows-1250",
    "iso-8859-15",
    "iso-8859-2",
    "windows-1251",
    "windows-1253",
    "iso-8859-7",
    "iso-8859-5",
    "windows-1257",
    "iso-8859-13",
    "iso-8859-4",
    "iso-8859-9",
    "iso-8859-16",
    "iso-8859-10",
    "iso-8859-3",
    "cp850",
    "cp852",
    "iso-8859-1",
)

# What a person may choose instead of the detected encoding (the dialog's list).
OFFERED_ENCODINGS: tuple[str, ...] = (
    "utf-8", "utf-8-sig", "utf-16", "windows-1252", "windows-1250", "iso-8859-1",
    "iso-8859-2", "iso-8859-15", "windows-1251", "iso-8859-5", "windows-1253", "iso-8859-7",
)  # fmt: skip

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding to read with, as a name ``--encoding`` accepts, and how sure we are."""

    name: str
    confident: bool = True
    detail: str = ""


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            yield chunk


def checked_encoding(name: str) -> str:
    """A user-given encoding name, checked; raises ``UnreadableInputError`` if unknown."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise UnreadableInputError(f"unknown encoding '{name}'") from None
    return name


def _utf16_without_bom(head: bytes) -> str | None:
    probe = head[:_UTF16_PROBE_BYTES]
    if len(probe) < 4:
        return None
    even_zeros = probe[0::2].count(0) / max(1, len(probe[0::2]))
    odd_zeros = probe[1::2].count(0) / max(1, len(probe[1::2]))
    # ASCII-heavy UTF-16 has a zero in nearly every second byte.
    if odd_zeros > 0.3 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


class _Survey:
    """One pass over the file: what decodes it, and the lines that can tell code pages apart."""

    def __init__(self, candidates: tuple[str, ...]) -> None:
        self.utf8_ok = True
        self.ascii_only = True
        self.has_nul = False
        self.decodes = dict.fromkeys(candidates, True)
        self.sample: list[bytes] = []
        self._sample_size = 0
        self._utf8 = codecs.getincrementaldecoder("utf-8")()

    def feed(self, chunk: bytes, final: bool = False) -> None:
        if self.utf8_ok:
            try:
                self._utf8.decode(chunk, final)
            except UnicodeDecodeError:
                self.utf8_ok = False
        if b"\0" in chunk:
            self.has_nul = True
        if chunk.isascii():
            return
        self.ascii_only = False
        for name, ok in self.decodes.items():
            if ok:
                try:
                    chunk.decode(name)  # single-byte code pages: chunk edges do not matter
                except UnicodeDecodeError:
                    self.decodes[name] = False
        self._collect(chunk)

    def _collect(self, chunk: bytes) -> None:
        if self._sample_size >= SAMPLE_LIMIT_BYTES:
            return
        for line in chunk.splitlines():
            if not line.isascii():
                self.sample.append(line)
                self._sample_size += len(line)


def _score(sample: bytes, name: str) -> int:
    text = sample.decode(name, errors="replace")
    for separator in ",;\t\"'|":
        text = text.replace(separator, " ")
    return implausible_words(text)


def _normaliser_guess(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return best.encoding if best is not None else None


def detect_encoding(path: Path) -> EncodingGuess:
    """Decide the encoding of a text file; raises ``UnreadableInputError`` if none fits."""
    with path.open("rb") as handle:
        head = handle.read(_UTF16_PROBE_BYTES)
    for bom, name in _BOMS:
        if head.startswith(bom):
            return EncodingGuess(name, detail="byte-order mark")
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return EncodingGuess(utf16, detail="UTF-16 without byte-order mark")
    survey = _Survey(LEGACY_CANDIDATES)
    for chunk in _chunks(path):
        survey.feed(chunk)
    survey.feed(b"", final=True)
    if survey.has_nul:
        raise UnreadableInputError(
            "the file contains NUL bytes: it is not a CSV text file "
            "(a spreadsheet saved under another name?); save it as CSV or .xlsx"
        )
    if survey.utf8_ok:
        return EncodingGuess("utf-8", detail="ASCII only" if survey.ascii_only else "")
    return _best_legacy(survey)


def _best_legacy(survey: _Survey) -> EncodingGuess:
    sample = b"\n".join(survey.sample)
    names = [name for name, ok in survey.decodes.items() if ok]
    extra = _normaliser_guess(sample)
    if extra and extra not in names:
        try:
            sample.decode(extra)
            names.append(extra)
        except (UnicodeDecodeError, LookupError):
            pass
    if not names:
        raise UnreadableInputError("the file's text encoding is not recognised; give --encoding")
    scored = sorted((_score(sample, name), index, name) for index, name in enumerate(names))
    best_score, _, best = scored[0]
    if best_score:
        return EncodingGuess(
            best,
            confident=False,
            detail=f"{best_score} word(s) read oddly in every encoding tried",
        )
    return EncodingGuess(best)
