"""Table II of a page that centres its cells, read by markitdown: a row's titles printed
on loose lines around its line of values, some letter-spaced ("C o m m on"), and its
underlying amount on a line of its own. Each on a small edit of a real markdown text
(markdownify's of the sec.gov page, GUTS-20240206-1), checked against the filing's truth:
the values are read, the words beside the loose lines left unknown. A row's title and
price over its other values (Table I too) complete it."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import form4lark
from form4lark.form.row_loose_words import is_spaced_words
from support import CORPUS, fixture_text, off_fields, truth

FILING = CORPUS / "GUTS-20240206-1"
TEXT = fixture_text(FILING / "text" / "markdownify.md")
TRUTH = truth(FILING.name, "plain")
ROW = ("| Series E Preferred Stock | (1) | 02/06/2024 |  | C |  |  | 373,021 | (1) | (1) | "
       "Common Stock | 173,821 | (1) | 0 | I | See footnote(3) |")
#: the row's line of values with neither title on it (nor its nature)
UNTITLED = "| (1) | 02/06/2024 | C | 373,021 | (1) | (1) | 173,821 | (1) | 0 | I |"
#: what a row whose words are on loose lines misses: its words, unknown, nothing else
WORDS = ("security_title", "underlying_security_title", "nature_of_ownership",
         "footnotes.nature_of_ownership")


def _read(old: str, new: str) -> form4lark.Form4:
    assert old in TEXT
    return form4lark.parse(TEXT.replace(old, new, 1))


def _errors(form: form4lark.Form4) -> list[str]:
    return [d.message for d in form.diagnostics if d.severity == "error"]


def _off_words(rows: tuple[int, ...]) -> list[str]:
    return [f"derivative_transactions[{n}].{field} missed" for n in rows for field in WORDS
            if "nature" not in field or n >= 3]  # rows 3 and 4 are owned indirectly


def test_a_row_with_its_titles_on_the_lines_around_it_keeps_its_values():
    # "Series E" over the line of values, "Preferred Stock Common Stock" under it: the
    # titles are the lines', whose is not told, the values the row's
    form = _read(ROW, "Series E\n" + UNTITLED + "\nPreferred Stock Common Stock See footnote(3)")
    assert _errors(form) == []
    assert sorted(off_fields(TRUTH, form)) == sorted(_off_words((2, 3, 4)))


def test_a_row_with_no_title_and_no_line_of_words_beside_it_leaves_the_table_out():
    form = _read(ROW, UNTITLED)
    assert form.derivative_transactions is None
    assert _errors(form)[0].startswith("Table II could not be read and is left out")


def test_a_letter_spaced_line_of_words_is_a_loose_line():
    # "S e r i es E" over the row: words no word list knows, the words beside it unknown
    form = _read(ROW, "| S e r i es E |  |  |  |  |  |  |  | C o m m on |\n" + ROW)
    assert _errors(form) == []
    assert sorted(off_fields(TRUTH, form)) == sorted(_off_words((2, 3)))


def test_capital_letters_alone_are_no_letter_spaced_words():
    # "C A": a code and a direction, values of a row, never a word printed letter-spaced
    def line(*texts: str) -> list:
        return [SimpleNamespace(text=text) for text in texts]
    assert not is_spaced_words(line("C", "A")) and not is_spaced_words(line("S", "D", "I"))
    assert is_spaced_words(line("S", "to", "ck")) and is_spaced_words(line("C", "l", "a", "ss", "B"))
    assert not is_spaced_words(line("C", "o", "m", "mon", "45,659"))


def test_an_underlying_amount_over_its_row_goes_after_the_underlying_title():
    # the amount over the row; the price "$0" after the underlying title "Common" might
    # read as a word of it, losing the price: the reading keeping more values is taken
    row = ("Series E Preferred Stock (1) 02/06/2024 C 373,021 (1) (1) Common $0 0 I "
           "See footnote(3)")
    form = _read(ROW, "173,821\n" + row)
    assert _errors(form) == []
    moved = form.derivative_transactions[3]
    assert (moved.underlying_shares, moved.price_per_share, moved.shares_owned_following) == (
        Decimal("173821"), Decimal("0"), Decimal("0"))


def test_a_title_with_a_letter_and_a_price_over_a_row_complete_it():
    # Table I: "Class A Common Stock" and the price on the line over the row's other
    # values; the "A" between two words is the title's, not (A)cquired
    row_i = ("| Common Stock | 02/06/2024 |  | P |  | 333,333 | A | $ 15.00 | 1,251,900 | I "
             "| See footnote(3) |")
    cut = row_i.replace("| Common Stock |", "|  |").replace("| $ 15.00 |", "|  |")
    form = _read(row_i, "| Class A Common Stock |  | $ 15.00 |\n" + cut)
    assert _errors(form) == []
    assert off_fields(TRUTH, form) == ["non_derivative_transactions[2].security_title wrong"]
    assert form.non_derivative_transactions[2].security_title == "Class A Common Stock"
    assert form.non_derivative_transactions[2].price_per_share == Decimal("15.00")


def test_a_year_on_a_line_of_its_own_is_a_word_of_a_name():
    # "2010" then "Seed(2)" over Table I's last row (a fund's name, "Venture 2010 Seed
    # Fund"): words beside the rows, not an amount (the form prints "2,010")
    row_i = ("| Common Stock | 02/06/2024 |  | P |  | 333,333 | A | $ 15.00 | 1,251,900 | I "
             "| See footnote(3) |")
    form = _read(row_i, "2010\nSeed(2)\n" + row_i)
    assert _errors(form) == []
    assert off_fields(TRUTH, form) == [
        f"non_derivative_transactions[{row}].{field} missed" for row in (1, 2)
        for field in ("security_title", "nature_of_ownership", "footnotes.nature_of_ownership")]


def test_a_series_letter_and_number_after_a_word_is_a_word_of_a_loose_line():
    # "Series C-1" over a row: the series' letter and number, no value
    form = _read(ROW, "Series C-1\n" + ROW)
    assert _errors(form) == []
    assert sorted(off_fields(TRUTH, form)) == sorted(_off_words((2, 3)))


#: the row as markitdown prints a centred row whose titles' other lines are lines of cells
#: (MSFT-20241212-1, YELP-20121123-1 of markitdown on the PDF): column 1 first in each
CELL_LINES = ("| Series E |  |  |  |  | Common |  |  |\n"
              "Preferred (1) 02/06/2024 C 373,021 (1) (1) 173,821 (1) 0 I See footnote(3)\n"
              "| Stock |  |  |  |  | Stock |  |  |")


def test_a_title_centred_over_lines_of_cells_is_read_from_their_first_cells():
    form = _read(ROW, CELL_LINES)
    assert _errors(form) == []
    assert form.derivative_transactions[3].security_title == TRUTH[
        "derivative_transactions"][3]["security_title"] == "Series E Preferred Stock"
    # the underlying title's and the nature's lines are not told apart: left unknown,
    # the row's values all read
    row_3 = "derivative_transactions[3]."
    assert [off for off in off_fields(TRUTH, form) if off.startswith(row_3)] == [
        f"{row_3}{field} missed" for field in WORDS[1:]]


def test_a_title_not_centred_on_its_row_stays_unknown():
    # two lines under the row's line and none over it: whose lines they are is not told
    lines = CELL_LINES.split("\n")
    form = _read(ROW, "\n".join([lines[1], lines[2], "| Series E |  |  |  |  |  |  |  |"]))
    assert form.derivative_transactions[3].security_title is None


def _direct_rows(row_d: str) -> form4lark.Form4:
    """Rows 0 to 2 alone (owned directly, no nature), row 2 printed as ``row_d``."""
    rows = {title: next(line for line in TEXT.splitlines() if line.startswith(f"| {title} "))
            for title in ("Series D Preferred Stock", "Series F Preferred Stock")}
    text = TEXT.replace(ROW + "\n", "").replace(rows["Series F Preferred Stock"] + "\n", "")
    return form4lark.parse(text.replace(rows["Series D Preferred Stock"], row_d))


def test_titles_centred_over_lines_of_cells_in_a_table_of_direct_rows_are_both_read():
    # a line of cells' one other cell of words is the underlying title's; the row whose
    # lines are beside it is whole on its line
    form = _direct_rows("| Series D |  |  |  |  | Common |  |  |\n"
                        "Preferred (1) 02/06/2024 C 545,450 (1) (1) 254,170 (1) 0 D(2)\n"
                        "| Stock |  |  |  |  | Stock |  |  |")
    assert _errors(form) == []
    read = [(row.security_title, row.underlying_security_title, row.shares)
            for row in form.derivative_transactions]
    assert read == [(row["security_title"], row["underlying_security_title"],
                     Decimal(str(row["shares"])))
                    for row in TRUTH["derivative_transactions"][:3]]


def test_an_underlying_title_whose_word_on_the_row_line_is_lost_stays_unknown():
    # "Common" after the row's first value is the underlying title's middle line, which the
    # row read over a stand-in lost: the lines around it are not its whole title
    form = _direct_rows("| Series D |  |  |  |  | Class A |  |  |\n"
                        "Preferred (1) 02/06/2024 C 545,450 (1) (1) Common 254,170 (1) 0 D(2)\n"
                        "| Stock |  |  |  |  | Stock |  |  |")
    # "Class A" + "Stock" alone would be a wrong title
    assert [row.underlying_security_title for row in form.derivative_transactions] == [
        TRUTH["derivative_transactions"][0]["underlying_security_title"], None, None]
    assert [row.security_title for row in form.derivative_transactions] == [
        row["security_title"] for row in TRUTH["derivative_transactions"][:3]]
