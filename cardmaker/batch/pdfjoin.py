"""Joining PDF documents made by reportlab into one file, one document at a time.

reportlab keeps every page of a document in memory until it saves. A combined batch is
therefore made of parts of a few dozen sheets each; every part is rendered, appended here
and dropped, so memory stays the same whether the list has a thousand rows or ten
thousand. Each part carries its own fonts and shared forms (a few tens of kilobytes).

Appending reads the part through its cross-reference table (standard PDF 1.4 as reportlab
writes it, no object streams), keeps the objects its pages use, renumbers them, points the
pages at the joined page tree. Font subset names are kept: the renderer names each subset
after its contents (render/subsets.py), so equal subsets of two parts share a name and
different ones never do, here and across files.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Callable

from cardmaker.core.errors import CardmakerError

_REF = re.compile(rb"(?<![\d.])(\d+) 0 R(?![A-Za-z])")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_PAGES_REF = re.compile(rb"/Pages (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_TYPE_PAGES = re.compile(rb"/Type /Pages\b")
# Reserved numbers in the joined file, written last: the page tree, catalog and info.
_PAGES, _CATALOG, _INFO = 1, 2, 3


class PdfJoinError(CardmakerError):
    """A part could not be read back (not reportlab's plain PDF layout)."""


class _Part:
    """One parsed document: object bodies by number, the root, the info and the pages."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        tail = data[-1024:]
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail)
        if not found:
            raise PdfJoinError("no cross-reference table at the end of the part")
        xref_at = int(found[1])
        self.spans = self._read_xref(xref_at)
        trailer = data[xref_at : len(data) - len(tail) + found.start()]
        refs = {key: int(number) for key, number in _TRAILER_REF.findall(trailer)}
        if b"Root" not in refs:
            raise PdfJoinError("the part has no catalog")
        self.root = refs[b"Root"]
        self.info = refs.get(b"Info")
        pages_ref = _PAGES_REF.search(self.body(self.root))
        if pages_ref is None:
            raise PdfJoinError("the part's catalog has no page tree")
        self.tree: set[int] = set()
        self.pages = self._walk_pages(int(pages_ref[1]))

    def _read_xref(self, at: int) -> dict[int, tuple[int, int]]:
        data = self.data
        match = re.compile(rb"xref\s+").match(data, at)
        if match is None:
            raise PdfJoinError("the cross-reference table is not where the part says")
        position, offsets = match.end(), {}
        while True:
            header = re.compile(rb"(\d+) (\d+)\s+").match(data, position)
            if header is None:
                break
            first, count = int(header[1]), int(header[2])
            position = header.end()
            for number in range(first, first + count):
                entry = data[position : position + 20]
                if entry[17:18] == b"n":
                    offsets[number] = int(entry[:10])
                position += 20
        ordered = sorted(offsets.items(), key=lambda item: item[1])
        ends = [offset for _, offset in ordered[1:]] + [at]
        return {number: (start, end) for (number, start), end in zip(ordered, ends, strict=True)}

    def body(self, number: int) -> bytes:
        """The object's text between 'N 0 obj' and 'endobj'."""
        if number not in self.spans:
            raise PdfJoinError(f"the part refers to object {number}, which it does not hold")
        start, end = self.spans[number]
        chunk = self.data[start:end]
        head = re.compile(rb"\s*%d 0 obj\s*" % number).match(chunk)
        stop = chunk.rfind(b"endobj")
        if head is None or stop < 0:
            raise PdfJoinError(f"object {number} is not where the part says")
        return chunk[head.end() : stop]

    def _walk_pages(self, node: int) -> list[int]:
        self.tree.add(node)
        kids = _KIDS.search(self.body(node))
        if kids is None:
            raise PdfJoinError("a page tree node has no kids")
        pages = []
        for kid in (int(n) for n in _REF.findall(kids[1])):
            if _TYPE_PAGES.search(self._dictionary(self.body(kid))):
                pages += self._walk_pages(kid)
            else:
                pages.append(kid)
        return pages

    @staticmethod
    def _dictionary(body: bytes) -> bytes:
        stream = _STREAM.search(body)
        return body[: stream.start() + 2] if stream else body


class PdfJoiner:
    """Writes a PDF through ``write`` part by part; ``finish`` writes the tree and the index."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self._hash = hashlib.md5(usedforsecurity=False)
        self._position = 0
        self._offsets = array("q", [0, 0, 0, 0])  # object 0 and the three reserved ones
        self._pages = array("q")
        self._catalog = b""
        self._info = b""
        self._emit(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    def _emit(self, data: bytes) -> None:
        self._write(data)
        self._hash.update(data)
        self._position += len(data)

    def _object(self, number: int, body: bytes) -> None:
        self._offsets[number] = self._position
        self._emit(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def append(self, data: bytes) -> int:
        """Add every page of a reportlab document; returns how many pages it had."""
        part = _Part(data)
        keep = sorted(self._reachable(part))
        numbers = {old: len(self._offsets) + i for i, old in enumerate(keep)}
        self._offsets.extend([0] * len(numbers))

        def new_number(match: re.Match[bytes]) -> bytes:
            old = int(match[1])
            if old in numbers:
                return b"%d 0 R" % numbers[old]
            if old in part.tree:  # a page's /Parent, the catalog's /Pages
                return b"%d 0 R" % _PAGES
            raise PdfJoinError(f"object {old} is used but was not kept")

        for old in keep:
            body = part.body(old)
            stream = _STREAM.search(body)
            split = stream.start() if stream else len(body)
            head = _REF.sub(new_number, body[:split])
            self._object(numbers[old], head + body[split:])
        self._pages.extend(numbers[page] for page in part.pages)
        if not self._catalog:
            self._catalog = _REF.sub(new_number, part.body(part.root))
            info = part.body(part.info) if part.info is not None else b"<< >>"
            self._info = _REF.sub(new_number, info)
        return len(part.pages)

    def _reachable(self, part: _Part) -> set[int]:
        """Objects the pages use (and, for the first part, the catalog's extras)."""
        skip = {part.root, *part.tree} | ({part.info} if part.info is not None else set())
        todo = list(part.pages)
        if not self._catalog:
            todo += [int(n) for n in _REF.findall(part.body(part.root)) if int(n) not in skip]
        seen: set[int] = set()
        while todo:
            number = todo.pop()
            if number in seen or number in skip:
                continue
            seen.add(number)
            todo += [int(n) for n in _REF.findall(part._dictionary(part.body(number)))]
        return seen

    @property
    def page_count(self) -> int:
        """Pages appended so far."""
        return len(self._pages)

    def finish(self) -> None:
        """Write the page tree, catalog, info, cross-reference table and trailer."""
        if not self._pages:
            raise PdfJoinError("no pages to write")
        kids = b" ".join(b"%d 0 R" % number for number in self._pages)
        self._object(
            _PAGES, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(self._pages), kids)
        )
        self._object(_CATALOG, self._catalog)
        self._object(_INFO, self._info)
        xref_at = self._position
        digest = self._hash.hexdigest().encode("ascii")
        lines = [b"xref\n0 %d\n" % len(self._offsets), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % offset for offset in self._offsets[1:]]
        self._emit(b"".join(lines))
        self._emit(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\n"
            % (len(self._offsets), _CATALOG, _INFO, digest, digest)
        )
        self._emit(b"startxref\n%d\n%%%%EOF\n" % xref_at)
