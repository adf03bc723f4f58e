"""A Table I going on over a page break, printed box by box (``form/row_page_blocks.py``),
and titles and natures standing in two runs (``row_kind_runs._two_runs``).

The fixtures are pdfminer's texts (outside the corpus, made by
``benchmarks/other_converters.py``) of one filing: six transactions and eight holdings.
The plain design's table goes on over a page break without its title printed again:
page 1's boxes (its dates, titles, codes, each row's amount, (A) or (D) and price,
the amounts owned after, letters, natures), then page 2's (the last title's word the
page's end cut, three titles, amounts, letters, natures). The sec design's page holds
all its rows: the titles in one run, the natures in another.
"""

from __future__ import annotations

import form4lark
from form4lark.form.column_tokens import paragraphs
from form4lark.form.row_page_blocks import _cuts
from support import FIXTURES, fixture_text, off_fields, paragraph_atoms, truth_of

PLAIN = FIXTURES / "page_blocks" / "SNOW-20221213-1" / "plain" / "pdfminer.txt"
SEC = FIXTURES / "page_blocks" / "SNOW-20221213-1" / "sec" / "pdfminer.txt"


def _table_i_off(path, text: str | None = None) -> list[str]:
    form = form4lark.parse(fixture_text(path) if text is None else text)
    return [f for f in off_fields(truth_of(path), form) if f.startswith("non_derivative")]


def test_two_pages_boxes_read_as_two_bodies_match_truth() -> None:
    form = form4lark.parse(fixture_text(PLAIN))
    assert len(form.non_derivative_transactions or []) == 6
    holdings = form.non_derivative_holdings or []
    assert [h.shares_owned_following for h in holdings] == [
        577218, 178947, 9686, 2755, 9686, 2755, 9686, 2755]
    assert [h.nature_of_ownership for h in holdings] == ["Trust"] * 8
    assert {h.security_title for h in holdings} == {"Class A Common Stock"}
    assert _table_i_off(PLAIN) == []


def test_a_title_cut_by_the_page_end_that_spells_no_title_reads_nothing_wrong() -> None:
    """The next page's first word does not finish the page's last title: the title is
    not put back, and whatever is read is right."""
    text = fixture_text(PLAIN).replace("\fStock", "\fStack")
    assert not [f for f in _table_i_off(PLAIN, text) if f.endswith("wrong")]


def test_titles_and_natures_in_two_runs_match_truth() -> None:
    form = form4lark.parse(fixture_text(SEC))
    assert [h.nature_of_ownership for h in form.non_derivative_holdings or []] == ["Trust"] * 8
    assert _table_i_off(SEC) == []


def test_titles_that_differ_are_not_placed_by_their_run() -> None:
    """One title of the run reads otherwise: which row it is, the run's order alone
    would tell, so no title is read (none wrong)."""
    text = fixture_text(SEC).replace("Class A Common Stock", "Class B Common Stock", 1)
    assert text != fixture_text(SEC)
    off = _table_i_off(SEC, text)
    assert not [f for f in off if f.endswith("wrong") and "security_title" not in f]
    form = form4lark.parse(text)
    rows = (form.non_derivative_transactions or []) + (form.non_derivative_holdings or [])
    assert rows and all(r.security_title is None for r in rows)


_NATURES = {8: "Spouse", 9: "Son", 10: "Daughter", 11: "LLC", 12: "Fund", 13: "Wife",
            14: "GRAT", 15: "IRA"}


def _natured(path, natures: dict[int, str]) -> str:
    """The fixture's text with each "Trust(n)" printed as the nature given for note n
    (every nature of the fixtures reads "Trust": a shifted nature would not show)."""
    text = fixture_text(path)
    for mark, nature in natures.items():
        assert f"Trust({mark})" in text
        text = text.replace(f"Trust({mark})", f"{nature}({mark})")
    return text


def test_natures_in_a_run_go_to_the_indirect_rows_in_order() -> None:
    form = form4lark.parse(_natured(SEC, _NATURES))
    assert [h.nature_of_ownership for h in form.non_derivative_holdings or []] == list(
        _NATURES.values())


def test_each_pages_natures_go_to_its_indirect_rows_in_order() -> None:
    """Page 1's natures to page 1's indirect rows, page 2's to page 2's, each in order."""
    form = form4lark.parse(_natured(PLAIN, _NATURES))
    assert [h.nature_of_ownership for h in form.non_derivative_holdings or []] == list(
        _NATURES.values())


def test_a_nature_split_in_two_where_another_is_missing_places_no_nature() -> None:
    """One nature missing, another wrapped into two paragraphs ("Wife and" / "kids(13)"):
    the counts still match, but placed in order every nature after the gap would shift,
    so the run is not read as natures (none wrong)."""
    text = _natured(SEC, _NATURES).replace("Son(9)\n\n", "").replace(
        "Wife(13)", "Wife and\n\nkids(13)")
    form = form4lark.parse(text)
    natures = [h.nature_of_ownership for h in form.non_derivative_holdings or []]
    assert natures and all(n in (None, "Spouse") for n in natures)


def test_a_page_is_cut_after_its_letters_or_after_one_nature_per_indirect_row() -> None:
    """Page 1 with twenty indirect rows: the next page may open right after its letters
    or after its twenty natures, never after some of them (two cuts, not twenty-one)."""
    page_1 = ["Class A Common Stock", "100"] + ["I"] * 20 + [f"Trust({n})" for n in range(20)]
    page_2 = ["Class A Common Stock", "200", "I", "Spouse(21)"]
    assert _cuts(paragraphs(paragraph_atoms(page_1 + page_2))) == [22, 42]


def test_a_nature_without_a_footnote_mark_among_marked_ones_is_placed() -> None:
    """A whole nature needs no footnote mark: among marked ones it still goes to its row."""
    text = _natured(SEC, _NATURES).replace("Spouse(8)", "Estate Planning")
    form = form4lark.parse(text)
    assert [h.nature_of_ownership for h in form.non_derivative_holdings or []] == [
        "Estate Planning"] + list(_NATURES.values())[1:]


def test_a_nature_wrapped_after_any_word_where_another_is_missing_places_no_nature() -> None:
    """One nature missing ("Son(9)") and another wrapped after a word a nature may end
    with ("Wife Family" / "Trust(13)"): a paragraph with no mark before a marked one, and
    the marked natures' notes skipping one (8, 10): the run is not placed (none wrong)."""
    text = _natured(SEC, _NATURES).replace("Son(9)\n\n", "").replace(
        "Wife(13)", "Wife Family\n\nTrust(13)")
    form = form4lark.parse(text)
    natures = [h.nature_of_ownership for h in form.non_derivative_holdings or []]
    assert natures and all(n in (None, "Spouse") for n in natures)
