"""Every validation problem the core can report has an interface wording with its parameters."""

from __future__ import annotations

import re

import pytest

from cardmaker.core.errors import Problem
from cardmaker.core.validation import MESSAGES, problem
from cardmaker.gui.problem_text import _WORDING, describe_reason


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_each_code_has_a_wording_with_the_same_placeholders(code: str) -> None:
    assert code in _WORDING
    template, _ = _WORDING[code]
    assert set(re.findall(r"%\d", template)) == set(re.findall(r"%\d", MESSAGES[code]))


def test_parameters_and_dates_are_filled_in() -> None:
    text = describe_reason(problem("next_injection", "not_after_first", "2026-03-01", "2026-04-01"))
    assert "2026" in text
    assert "%" not in text
    assert describe_reason(problem("prescriber_phone", "phone_digits", 3, 5, 15)).count("5") >= 1


def test_a_problem_without_a_code_is_shown_as_written() -> None:
    assert describe_reason(Problem("clinic", "something new")) == "something new"
