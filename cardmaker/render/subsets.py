"""Font subset names derived from what each subset holds.

reportlab names the subsets of a font ``AAAAAA+``, ``AAAAAB+``... in the order it makes
them, so every card names its first subset ``AAAAAA+NotoSans-Regular`` although code 1 is
"•" in one language and "ä" in another. A printer, RIP or imposition program that caches
fonts by name, given several such files or one file joined from several, prints wrong
letters. Here every subset is renamed after a hash of its contents: the code-to-character
map (``/ToUnicode``), the widths and the embedded glyph program. Equal subsets get equal
names and different subsets different ones (six letters are 26^6, about 3 x 10^8 names: two
different subsets share one with a chance of about 3 in 10^9; within one file a clash is
detected and resolved).

reportlab has no option for the names, so this is a post-process on its output rather than a
patch of its internals. Tags are replaced letter for letter inside the object dictionaries,
so no byte moves and the cross-reference table stays valid. The ToUnicode CMaps keep
reportlab's name inside their compressed streams: a CMap name, which nothing selects fonts by.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

from cardmaker.core.errors import CardmakerError

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_SECTION = re.compile(rb"(\d+) (\d+)\s+")
_OBJ_HEAD = re.compile(rb"\s*(\d+) 0 obj\s*")
_STREAM_AFTER_DICT = re.compile(rb">>\s*stream\r?\n")
_STREAM_KEYWORD = re.compile(rb"\s*stream\r?\n")
_BASE_FONT = re.compile(rb"/BaseFont /([A-Z]{6})\+([^\s/<>\[\]()]+)")
_FONT_NAME = re.compile(rb"/FontName /([A-Z]{6})\+([^\s/<>\[\]()]+)")
_REF_KEY = r"/%s (\d+) 0 R"
_LENGTH = re.compile(rb"/Length (\d+)")
_ANY_TAG = re.compile(rb"[A-Z]{6}\+")
TAG_LETTERS = 6


class SubsetNamingError(CardmakerError):
    """The PDF is not laid out as reportlab writes it; its fonts could not be renamed."""


@dataclass(frozen=True)
class _Object:
    head: int  # where the dictionary starts
    head_end: int  # where its stream or 'endobj' starts
    end: int  # where the next object (or the cross-reference table) starts


def _objects(data: bytes) -> dict[int, _Object]:
    found = _STARTXREF.search(data[-64:])
    if found is None:
        raise SubsetNamingError("no cross-reference table at the end of the file")
    xref_at = int(found[1])
    if not data.startswith(b"xref", xref_at):
        raise SubsetNamingError("the cross-reference table is not where the file says")
    offsets: dict[int, int] = {}
    position = data.index(b"\n", xref_at) + 1
    while (section := _XREF_SECTION.match(data, position)) is not None:
        first, count = int(section[1]), int(section[2])
        position = section.end()
        for number in range(first, first + count):
            entry = data[position : position + 20]
            if entry[17:18] == b"n":
                offsets[number] = int(entry[:10])
            position += 20
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    ends = [offset for _, offset in ordered[1:]] + [xref_at]
    objects = {}
    for (number, start), end in zip(ordered, ends, strict=True):
        head = _OBJ_HEAD.match(data, start)
        if head is None or int(head[1]) != number:
            raise SubsetNamingError(f"object {number} is not where the file says")
        stream = _STREAM_AFTER_DICT.search(data, head.end(), end)
        stop = stream.start() + 2 if stream else data.rfind(b"endobj", head.end(), end)
        objects[number] = _Object(head.end(), stop, end)
    return objects


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.objects = _objects(data)

    def head(self, number: int) -> bytes:
        obj = self.objects.get(number)
        if obj is None:
            raise SubsetNamingError(f"the file refers to object {number}, which it does not hold")
        return self.data[obj.head : obj.head_end]

    def ref(self, head: bytes, key: str) -> int | None:
        found = re.search((_REF_KEY % key).encode("ascii"), head)
        return int(found[1]) if found else None

    def stream(self, number: int) -> bytes:
        """The decoded data of a stream object (reportlab writes Flate or nothing)."""
        obj = self.objects[number]
        head = self.data[obj.head : obj.head_end]
        length = _LENGTH.search(head)
        opened = _STREAM_KEYWORD.match(self.data, obj.head_end)
        if length is None or opened is None:
            raise SubsetNamingError(f"object {number} is not a stream of known length")
        raw = self.data[opened.end() : opened.end() + int(length[1])]
        return zlib.decompress(raw) if b"/FlateDecode" in head else raw


def _tag(digest: bytes) -> bytes:
    number = int.from_bytes(digest[:8], "big")
    letters = []
    for _ in range(TAG_LETTERS):
        number, digit = divmod(number, 26)
        letters.append(65 + digit)
    return bytes(letters)


def _content_digest(reader: _Reader, font_head: bytes, name: bytes) -> bytes:
    """A hash of the subset's character map, widths and glyph program."""
    unicode_ref = reader.ref(font_head, "ToUnicode")
    descriptor_ref = reader.ref(font_head, "FontDescriptor")
    if unicode_ref is None or descriptor_ref is None:
        raise SubsetNamingError(f"font subset {name.decode('latin-1')} has no character map")
    glyphs_ref = reader.ref(reader.head(descriptor_ref), "FontFile2")
    if glyphs_ref is None:
        raise SubsetNamingError(f"font subset {name.decode('latin-1')} is not embedded")
    widths = re.search(rb"/Widths (\[[^\]]*\]|\d+ 0 R)", font_head)
    digest = hashlib.sha256(name + b"\0")
    # The map names the subset itself; no tag may decide the new one.
    digest.update(_ANY_TAG.sub(b"", reader.stream(unicode_ref)) + b"\0")
    digest.update((widths[1] if widths else b"") + b"\0")
    digest.update(reader.stream(glyphs_ref))
    return digest.digest()


def content_named_subsets(data: bytes) -> bytes:
    """The same PDF with each font subset named after its contents."""
    reader = _Reader(data)
    renames: dict[tuple[bytes, bytes], bytes] = {}
    taken: dict[tuple[bytes, bytes], bytes] = {}  # new name -> the contents it stands for
    for obj in reader.objects.values():
        head = data[obj.head : obj.head_end]
        found = _BASE_FONT.search(head)
        if found is None or b"/Type /Font" not in head:
            continue
        old_tag, name = found[1], found[2]
        digest = _content_digest(reader, head, name)
        salt = 0
        tag = _tag(digest)
        # Two different subsets of one file must not share a name, however unlikely.
        while taken.get((tag, name), digest) != digest:
            salt += 1
            tag = _tag(hashlib.sha256(digest + salt.to_bytes(4, "big")).digest())
        taken[(tag, name)] = digest
        renames[(old_tag, name)] = tag
    if not renames:
        return data
    patched = bytearray(data)
    for obj in reader.objects.values():
        head = data[obj.head : obj.head_end]
        for pattern in (_BASE_FONT, _FONT_NAME):
            for match in pattern.finditer(head):
                new_tag = renames.get((match[1], match[2]))
                if new_tag is None:
                    raise SubsetNamingError(
                        f"font {match[2].decode('latin-1')} names a subset with no font"
                    )
                at = obj.head + match.start(1)
                patched[at : at + TAG_LETTERS] = new_tag
    return bytes(patched)
