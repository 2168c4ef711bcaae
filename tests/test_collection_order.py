"""The files the suite starts first (``tests/conftest.py``) still exist: a renamed one would
silently fall back to the end of the run."""

from pathlib import Path

from tests.conftest import LONGEST_FIRST

ROOT = Path(__file__).resolve().parent.parent


def test_the_longest_files_listed_exist():
    missing = [path for path in LONGEST_FIRST if not (ROOT / path).is_file()]
    assert not missing, missing
    assert len(set(LONGEST_FIRST)) == len(LONGEST_FIRST)
