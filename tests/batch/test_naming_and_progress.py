"""File names from patterns, made safe; progress reported as rows finish."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cardmaker.batch.naming import NamePattern, NamePatternError, UniqueNames, safe_stem
from cardmaker.batch.runner import BatchOptions, run_batch
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from tests.batch.conftest import FIXTURES

REQUEST = CardRequest(
    "kefdensis", "en", "IE", "Mary O'Brien", first_injection=date(2026, 3, 1), clinic="A/B: C"
)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("{row:04d}-{first_injection}", "0007-2026-03-01"),
        ("{patient_name}", "Mary O'Brien"),
        ("{index}_{first_injection:%d.%m.%Y}", "3_01.03.2026"),
        ("{clinic}-{row}", "A_B_ C-7"),
        ("{next_injection}", "2026-09-01"),
    ],
)
def test_patterns(pattern: str, expected: str) -> None:
    assert NamePattern.parse(pattern).stem(REQUEST, row=7, index=3) == expected


def test_default_pattern_leaves_the_name_out() -> None:
    pattern = NamePattern.parse("{row:04d}-{first_injection}")
    assert not pattern.uses_patient_name
    no_date = CardRequest("kefdensis", "en", "IE", "Mary")
    assert pattern.stem(no_date, row=7, index=1) == "0007"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
        ("  ..name..  ", "name"),
        ("CON", "_CON"),
        ("lpt1.txt", "_lpt1.txt"),
        ("", "fallback"),
        ("ž" * 300, "ž" * 100),
        ("tab\there", "tab_here"),
    ],
)
def test_safe_stem(text: str, expected: str) -> None:
    assert safe_stem(text, "fallback") == expected


def test_unique_names_ignore_case() -> None:
    names = UniqueNames()
    assert [names.claim(n) for n in ("Anna", "anna", "Anna", "Bob")] == [
        "Anna",
        "anna-2",
        "Anna-3",
        "Bob",
    ]


@pytest.mark.parametrize("pattern", ["{surname}", "{row:xyz}", "{row"])
def test_bad_patterns(pattern: str) -> None:
    with pytest.raises(NamePatternError):
        NamePattern.parse(pattern)


def test_progress_counts_every_row(tmp_path: Path, library: CardLibrary) -> None:
    seen: list[tuple[int, int]] = []
    options = BatchOptions(
        input=FIXTURES / "utf8_semicolon_de.csv",
        defaults=CardRequest("kefdensis", "en", "IE", ""),
        combined=tmp_path / "c.pdf",
    )
    summary = run_batch(options, lambda done, total: seen.append((done, total)), library=library)
    assert summary.produced == 6
    assert seen[-1] == (8, 8)  # six cards and two blank lines
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
