"""Helpers the test modules share: fixture paths and record checks."""

from __future__ import annotations

import json
from pathlib import Path

from form4lark import Form4, parse_file
from form4lark.scoring import score

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = FIXTURES / "corpus"


def record(form) -> dict:
    """The record as a user of ``--json`` reads it (numbers exact, dates ISO)."""
    return json.loads(form.to_json())


def table_fields_off(path: Path) -> tuple[Form4, list[str]]:
    """The form read from a fixture text and its fields off the truth.json beside it."""
    truth = json.loads((path.parent / "truth.json").read_text(encoding="utf-8"))
    form = parse_file(path)
    return form, off_fields(truth, form)


def off_fields(truth: dict, form) -> list[str]:
    """Fields of ``truth`` that the form's record misses or gets wrong."""
    return [f"{path} {verdict}" for path, verdict in score(truth, record(form)) if verdict != "right"]


#: fixtures of the form reader, by shape: <filing>/<design>/<converter>.txt|.md
SHAPE_FIXTURES = ("forms", "grid", "lines", "scan")


def sample_texts() -> list[Path]:
    """Every text fixture: the seeds, the corpus texts and the form reader's pages."""
    shaped = [p for folder in SHAPE_FIXTURES for p in (FIXTURES / folder).glob("*/*/*")]
    return sorted((FIXTURES / "seeds").glob("*.txt")) + sorted(
        p for p in [*CORPUS.glob("*/text/*"), *shaped] if p.suffix in (".txt", ".md"))


def corpus_texts(converters: tuple[str, ...]) -> list[Path]:
    """The corpus texts copied into the tests for these converters."""
    return sorted(p for p in CORPUS.glob("*/text/*") if p.stem in converters)
