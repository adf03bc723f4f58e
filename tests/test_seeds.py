"""The four sample filings the project started from, against their hand-checked records.

Each seed's record must equal ``seeds/expected`` field by field (a ``{"$any": [...]}``
there accepts any listed value); snapshots lock the JSON record and the pretty view.
"""

from __future__ import annotations

import json

import pytest
from rich.console import Console

import form4lark
from form4lark.cli import EXIT_OK, main
from form4lark.render import render
from form4lark.scoring import score
from support import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
EXPECTED = FIXTURES / "seeds" / "expected"
LAYOUTS = {"000": "cells", "001": "cells", "002": "cells", "003": "cells"}


def _expected(path):
    return json.loads((EXPECTED / f"{path.stem}.json").read_text())


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_record_is_the_expected_record(path, capsys):
    assert main(["--json", str(path)]) == EXIT_OK
    record = json.loads(capsys.readouterr().out)
    verdicts = score(_expected(path), record)
    assert [v for v in verdicts if v[1] != "right"] == []
    assert len(verdicts) >= 35  # every field of the expected record was compared


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_layout_is_detected(path):
    assert form4lark.detect_layout(path.read_text()) == LAYOUTS[path.stem[:3]]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_json_snapshot(path, snapshot):
    assert json.loads(form4lark.parse_file(path).to_json()) == snapshot


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_pretty_view_snapshot(path, text_snapshot):
    console = Console(record=True, width=100, color_system=None, file=open("/dev/null", "w"))
    console.print(render(form4lark.parse_file(path), path.name))
    assert console.export_text() == text_snapshot


def test_pretty_view_shows_what_a_reader_needs():
    console = Console(record=True, width=140, color_system=None, file=open("/dev/null", "w"))
    console.print(render(form4lark.parse_file(SEEDS[3]), SEEDS[3].name))
    text = console.export_text()
    for expected in ("ALLIED MOTION TECHNOLOGIES INC [AMOT]", "Robert Michel M", "Table I: transactions",
                     "Table I: holdings", "145,770", "By Family Trust", "weighted average price",
                     "Susan M. Chiarmonete, Attorney-in-Fact for Michel M. Robert", "2013-11-26"):
        assert expected in text
