"""Shared fixtures: the shipped data library, a sample request, offscreen Qt."""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import CardRequest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regenerate-references",
        action="store_true",
        help="rewrite the reference rasters from the current output (then look at them)",
    )


@pytest.fixture(scope="session")
def library() -> CardLibrary:
    return load_library()


@pytest.fixture
def sample_request() -> CardRequest:
    return CardRequest(
        medicine="kefdensis",
        language="en",
        country="IE",
        patient_name="Mary O'Brien",
        prescriber="Dr Seán Murphy",
        prescriber_phone="+353 1 234 5678",
        clinic="St. Vincent's Osteoporosis Clinic",
        first_injection=date(2026, 8, 31),
    )
