"""A generated corpus: lists in every card language, in every encoding each is exported in.

Every list must read with every name exactly as written, or be refused as uncertain
(``EncodingUncertainError``: the command line then stops before writing anything). A wrong
name read without complaint fails the test. Each list is read twice: with the card
language given (``--lang``), and with the command line's defaults (English, Ireland),
where the list's own lang column is the only hint, if it has one.
"""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from pathlib import Path

import pytest

from cardmaker.batch.encoding import EncodingUncertainError
from cardmaker.batch.source import open_table
from tests.batch.corpus_names import EXPORTED_IN, LEGACY_SPELLING, NAMES

DEFAULT_LANGUAGES = ("en", "ga")  # --lang en --country IE
# Romanian ș and ț were written with a cedilla in the older code pages: the same letter.
_ROMANIAN = str.maketrans("ŞşŢţ", "ȘșȚț")


def _same(name: str) -> str:
    return name.translate(_ROMANIAN)


def _variants(language: str) -> list[tuple[str, list[str], bool]]:
    """(label, names, with a lang column): whole lists, small ones, single names."""
    names = list(NAMES[language])
    return [
        ("all", names, False),
        ("all+lang", names, True),
        ("first3", names[:3], False),
        ("last5", names[3:], True),
        ("one", names[:1], False),
        ("pair", names[5:7], False),
    ]


def _list_bytes(names: list[str], language: str, with_lang: bool, encoding: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Patient name", "First injection", *(["lang"] if with_lang else [])])
    for name in names:
        writer.writerow([name, "01.03.2026", *([language] if with_lang else [])])
    text = buffer.getvalue()
    if not encoding.startswith("utf") and encoding != "iso-8859-16":
        text = text.translate(LEGACY_SPELLING)
    return text.encode(encoding)


def _read(path: Path, languages: tuple[str, ...]) -> list[str] | None:
    try:
        table = open_table(path, languages=languages)
    except EncodingUncertainError:
        return None
    names = [str(record.cells[0]) for record in table.records()]
    table.close()
    return names


def test_every_name_exact_or_refused_as_uncertain(tmp_path: Path) -> None:
    outcomes: Counter[str] = Counter()
    wrong: list[str] = []
    files = 0
    for language, encodings in EXPORTED_IN.items():
        for encoding in encodings:
            for label, names, with_lang in _variants(language):
                try:
                    data = _list_bytes(names, language, with_lang, encoding)
                except UnicodeEncodeError:
                    outcomes["not encodable"] += 1
                    continue
                files += 1
                path = tmp_path / f"{language}-{encoding}-{label}.csv"
                path.write_bytes(data)
                expected = [n.strip() for n in data.decode(encoding).splitlines()[1:]]
                expected = [next(csv.reader([row], delimiter=";"))[0] for row in expected]
                for prior in ((language,), DEFAULT_LANGUAGES):
                    got = _read(path, prior)
                    mode = "own language" if prior == (language,) else "defaults"
                    if got is None:
                        outcomes[f"uncertain ({mode})"] += 1
                    elif [_same(n) for n in got] == [_same(n) for n in expected]:
                        outcomes[f"exact ({mode})"] += 1
                    else:
                        wrong.append(f"{path.name} with {prior}: {got} != {expected}")
    print(f"\nencoding corpus: {files} files, {dict(sorted(outcomes.items()))}")
    assert not wrong, "\n".join(wrong[:10])
    assert files >= 500
    # Refusing everything would pass the first check; most lists must simply read.
    assert outcomes["exact (own language)"] >= 0.95 * files
    assert outcomes["exact (defaults)"] >= 0.85 * files


def test_clinic_lists_with_foreign_names_exact_or_refused(tmp_path: Path) -> None:
    """A clinic's list: names of its language and a few from anywhere its code page allows."""
    rng = random.Random(8)
    outcomes: Counter[str] = Counter()
    wrong: list[str] = []
    legacy = sorted({e for es in EXPORTED_IN.values() for e in es if not e.startswith("utf")})
    for encoding in legacy:
        pool = [
            (lang, name)
            for lang, names in NAMES.items()
            for name in names
            if _encodable(name, encoding)
        ]
        homes = sorted({lang for lang, _ in pool if encoding in EXPORTED_IN[lang]})
        for number in range(30):
            home = rng.choice(homes)
            own = [name for lang, name in pool if lang == home]
            names = rng.sample(own, min(len(own), rng.choice([1, 3, 6]))) + [
                name for _, name in rng.sample(pool, 2)
            ]
            path = tmp_path / f"{encoding}-{number}.csv"
            path.write_bytes(_list_bytes(names, home, False, encoding))
            for mode, prior in (("own language", (home,)), ("defaults", DEFAULT_LANGUAGES)):
                got = _read(path, prior)
                if got is None:
                    outcomes[f"uncertain ({mode})"] += 1
                elif [_same(n) for n in got] == [_same(n) for n in names]:
                    outcomes[f"exact ({mode})"] += 1
                else:
                    wrong.append(f"{encoding} {prior}: {got} != {names}")
    lists = sum(outcomes.values()) // 2
    print(f"\nclinic lists with foreign names: {lists} lists, {dict(sorted(outcomes.items()))}")
    assert not wrong, "\n".join(wrong[:10])
    assert outcomes["exact (own language)"] >= 0.6 * lists
    assert outcomes["exact (defaults)"] >= 0.6 * lists


def _encodable(name: str, encoding: str) -> bool:
    try:
        name.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize(
    ("names", "encoding"),
    [
        (["Kovács Győző", "Szőke Tünde"], "cp1250"),
        (["François Lœuillet", "Zoé Bœuf"], "iso-8859-15"),
        (["Иван Петров"], "cp1251"),
        (["Άννα Οικονόμου"], "iso-8859-7"),
        (["Ąžuolas Ėrikas", "Rūta Petrauskienė"], "cp1257"),
        (["Ștefan Țurcanu"], "iso-8859-16"),
    ],
)
def test_the_lists_that_used_to_print_wrong_names(
    tmp_path: Path, names: list[str], encoding: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(_list_bytes(names, "en", False, encoding))
    got = _read(path, DEFAULT_LANGUAGES)
    assert got is None or [_same(n) for n in got] == [_same(n) for n in names]
