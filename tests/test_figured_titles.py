"""A visual-lines text (pdfplumber) whose Table I title holds a figure ("Class A Common
Stock, par value" / "$0.0001 per share") wrapped around rows printed apart: transactions
with the title above their line and "See" / "footnote(8)" around it, then holdings whose
title stands around their line, one with no nature (a direct holding: its title its one
open cell). The runs between those rows are cut where every row then reads with the
title the page prints with certainty, the figure one of its words (form/row_pairs.py:
``_printed_title``), and a row whose one open cell is its title takes part in the chain
of runs (form/row_title_cuts.py). Text cut from the sec design's RUM-20240404-1 (six of
its nine transactions left out; rows checked against the truth)."""

from __future__ import annotations

from form4lark import parse
from support import FIXTURES, fixture_text, parse_fixture, truth_of

PATH = FIXTURES / "figured_titles" / "RUM-20240404-1" / "sec" / "pdfplumber.txt"
NATURE = "nature_of_ownership"
TEXT_FIELDS = ("security_title", NATURE)


def _cells(rows) -> list[tuple]:
    """Each row's title and nature, as read or held."""
    return [tuple(row[key] if isinstance(row, dict) else getattr(row, key) for key in TEXT_FIELDS)
            for row in rows]


def test_titles_with_a_figure_cut_the_runs_between_rows_printed_apart() -> None:
    form, truth = parse_fixture(PATH), truth_of(PATH)
    # the last transaction, before the holdings: its runs below were left uncut
    assert _cells(form.non_derivative_transactions[-1:]) == _cells(
        truth["non_derivative_transactions"][-1:])
    assert _cells(form.non_derivative_holdings) == _cells(truth["non_derivative_holdings"])
    held = truth["non_derivative_holdings"]
    read = [list(row.footnotes.get(NATURE, ())) for row in form.non_derivative_holdings]
    assert read == [row["footnotes"].get(NATURE, []) for row in held]


def test_an_untold_title_alone_lets_no_cut_be_made() -> None:
    # the direct holding's mark on a line of its own below its title's lines: a line of
    # marks alone leaves its row's lines untold, and a row whose one open cell is its
    # title lets no cut be made then (form/row_title_cuts.py): its title stays unread,
    # and "(11)" is not read as the title's footnote (it may be the amount's, wrapped)
    text = fixture_text(PATH).replace("552,106(11) D\n$0.0001 per share\n",
                                      "552,106 D\n$0.0001 per share\n(11)\n")
    assert "\n(11)\n" in text
    direct = parse(text.encode("utf-8")).non_derivative_holdings[0]
    assert direct.direct_or_indirect == "D"
    assert direct.security_title is None
    assert "security_title" not in direct.footnotes
