"""Helpers the test modules share: fixture paths and record checks."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

from form4lark import Form4, parse
from form4lark.model import Issuer, Signature
from form4lark.form.atoms import Atom
from form4lark.form.row_lines import lines_table
from form4lark.page import Line, Page, Piece
from form4lark.scoring import score
from form4lark.shapes.lines import read_lines

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = FIXTURES / "corpus"
#: EDGAR's record of each filing the fixtures hold, one file per filing: <id>.json, and
#: <id>.sec.json for a joint filing, whose sec page shows box 5 for the first owner only
#: (each stored gzip-compressed, ``<name>.gz``: ``fixture_text`` reads it)
TRUTHS = FIXTURES / "truth"
_FILING = re.compile(r"[A-Z]+-\d{8}-\d+")
_DESIGNS = ("sec", "plain")
#: fields the plain design's page never prints (no Rule 10b5-1 box): unknown is the only right answer
PLAIN_UNPRINTED = ("aff10b5_one",)


#: a page pymupdf4llm cut into strips, not the form's cells (LNKD-20130204-1, plain design):
#: its tables' titles, Table I's column headers cut ("Transacti" | "on Date"), and a row
#: whose values the strips cut ("02/04/201" | "3")
STRIPS_TITLE_I = ("## **Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially "
                  "Owned**\n\n")
STRIPS_TITLE_II = ("\n## **Table II - Derivative Securities Acquired, Disposed of, or Beneficially "
                   "Owned**\n\n")
STRIPS_HEADER = (
    "|1. Title of<br>Security (Ins<br>3)|tr.<br>2. Transacti<br>(Month/Day|on Date<br>/Year)<br>"
    "2A. D<br>Date,<br>(Mont|eemed Execution<br>if any<br>h/Day/Year)|3. Transacti<br>Code(Instr."
    "<br>Code|on<br>8)<br>4. Securitie<br>Disposed O<br>V<br>Amount|s Acquire<br>f(D) (Inst<br>(A) "
    "or<br>(D)<br>P|d (A)<br>r. 3,<br>rice|or<br>4 and 5)|5. Amount of Securities<br>Owned "
    "Following Repor<br>Transaction(s) (Instr. 3 a|Beneficially<br>ted<br>nd 4)|6. Ownership For"
    "<br>Direct (D) or Indire<br>(Instr. 4)|m:<br>ct (I)<br>7. Natur<br>Benefic<br>(Instr. 4|e of "
    "Indirect<br>ial Ownership<br>)|\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
STRIPS_CUT_ROW = ("|Class A<br>Common<br>Stock|02/04/201|3||C<sup>(1)</sup>|83,334|A||(2)(3)||"
                  "83,334|I|See fo|otnote<sup>(4)</sup>|\n")


def fixture_bytes(path: Path) -> bytes:
    """A fixture's bytes, named by its plain name: a large whole text is stored
    gzip-compressed beside that name as ``<name>.gz`` and read back here."""
    if path.exists():
        return path.read_bytes()
    return gzip.decompress(path.with_name(path.name + ".gz").read_bytes())


def fixture_exists(path: Path) -> bool:
    """Whether a fixture is stored under its plain name, plain or as ``<name>.gz``."""
    return path.exists() or path.with_name(path.name + ".gz").exists()


def fixture_text(path: Path) -> str:
    """A fixture's text (UTF-8), stored plain or as ``<name>.gz`` (see ``fixture_bytes``)."""
    return fixture_bytes(path).decode("utf-8")


def edited_text(path: Path, *edits: tuple[str, str], count: int = -1,
                once: bool = False) -> str:
    """A fixture's text with each ``(old, new)`` edit made in turn: ``old`` must stand in
    the text (``once``: in exactly one place); its first ``count`` places (-1: every
    place) are made ``new``."""
    text = fixture_text(path)
    for old, new in edits:
        assert (text.count(old) == 1) if once else (old in text), old
        text = text.replace(old, new, count)
    return text


def parse_fixture(path: Path, **options) -> Form4:
    """The form read from a fixture's bytes, as ``parse_file`` reads a file's."""
    return parse(fixture_bytes(path), **options)


def fixture_file(path: Path, folder: Path) -> Path:
    """A fixture as a file of its own, for what reads a file (``parse_file``, the command
    line): itself where stored plain, else its bytes unpacked into ``folder`` under its
    plain name (its place under ``FIXTURES`` kept, so two fixtures of one name stay apart)."""
    if path.exists():
        return path
    copy = folder / path.relative_to(FIXTURES)
    if not copy.exists():
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(fixture_bytes(path))
    return copy


def fixture_paths(folder: Path, pattern: str) -> list[Path]:
    """The fixtures under ``folder`` whose plain names match ``pattern``, stored plain or as
    ``<name>.gz`` (a ``.gz`` is named by its plain name: ``fixture_text`` reads it)."""
    stored = [*folder.glob(pattern), *folder.glob(pattern + ".gz")]
    return sorted({p.with_suffix("") if p.suffix == ".gz" else p for p in stored})


def record(form) -> dict:
    """The record as a user of ``--json`` reads it (numbers exact, dates ISO)."""
    return json.loads(form.to_json())


def truth_path(filing: str, design: str | None = None) -> Path:
    """The truth file of a filing as its page in ``design`` shows it, by its plain name
    (it may not exist: ``fixture_exists``)."""
    own = TRUTHS / f"{filing}.{design}.json"
    return own if design and fixture_exists(own) else TRUTHS / f"{filing}.json"


def truth(filing: str, design: str | None = None) -> dict:
    """The truth record of a filing as its page in ``design`` shows it."""
    held = json.loads(fixture_text(truth_path(filing, design)))
    if design == "plain":
        held.update(dict.fromkeys(PLAIN_UNPRINTED))
    return held


def fixture_filing(path: Path) -> tuple[str, str | None]:
    """The filing a fixture's path names (<id> folder or prefix) and the design its path
    names (a ``sec``/``plain`` folder or an ``-sec``/``-plain`` suffix; corpus texts: plain)."""
    parts = path.relative_to(FIXTURES).parts
    filing = next(m.group() for part in parts if (m := _FILING.match(part)))
    design = "plain" if path.is_relative_to(CORPUS) else next(
        (d for part in parts for d in _DESIGNS if part == d or part.endswith(f"-{d}")), None)
    return filing, design


def truth_of(path: Path) -> dict:
    """The truth record of the filing a fixture's path names, as its design shows it."""
    return truth(*fixture_filing(path))


def table_fields_off(path: Path) -> tuple[Form4, list[str]]:
    """The form read from a fixture text and its fields off its filing's truth."""
    form = parse_fixture(path)
    return form, off_fields(truth_of(path), form)


def off_fields(truth: dict, form) -> list[str]:
    """Fields of ``truth`` that the form's record misses or gets wrong."""
    return [f"{path} {verdict}" for path, verdict in score(truth, record(form)) if verdict != "right"]


def wrong_fields(off: list[str]) -> list[str]:
    """The fields of ``off`` (``off_fields``) read wrong, not missed."""
    return [field for field in off if field.endswith(" wrong")]


def read_none_wrong(path: Path) -> tuple[Form4, list[str]]:
    """``table_fields_off`` of a fixture text that must read no field wrong (a missed
    one may be missed): fails naming the wrong fields."""
    form, off = table_fields_off(path)
    wrong = wrong_fields(off)
    assert not wrong, wrong
    return form, off


#: fixtures of the form reader, by shape: <filing>/<design>/<converter>.txt|.md
SHAPE_FIXTURES = ("forms", "grid", "lines", "scan")


def sample_texts() -> list[Path]:
    """Every text fixture: the seeds, the corpus texts and the form reader's pages."""
    shaped = [p for folder in SHAPE_FIXTURES for p in fixture_paths(FIXTURES / folder, "*/*/*")]
    return sorted((FIXTURES / "seeds").glob("*.txt")) + sorted(
        p for p in [*fixture_paths(CORPUS, "*/text/*"), *shaped] if p.suffix in (".txt", ".md"))


def corpus_texts(converters: tuple[str, ...]) -> list[Path]:
    """The corpus texts copied into the tests for these converters."""
    return sorted(p for p in fixture_paths(CORPUS, "*/text/*") if p.stem in converters)


def fresh_python(code: str) -> subprocess.CompletedProcess:
    """``code`` run in a fresh interpreter, so that no test's imports are already loaded."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def paragraph_atoms(paragraphs: list[str]) -> list[Atom]:
    """A stream's words, one paragraph per text with a blank line between them (as
    pdftotext prints a page's cells), each word an atom at its column."""
    out = []
    for n, paragraph in enumerate(paragraphs):
        column = 1
        for word in paragraph.split():
            out.append(Atom("TEXT", word, n, 0, 0, Piece(word, 2 * n + 1, column)))
            column += len(word) + 1
    return out


def stream_page(*lines: str) -> Page:
    """A stream page of ``lines``, the n-th (from 1) on line n in column 1, "" an empty
    line (no piece)."""
    return Page("stream", [Line([Piece(text, n, 1)] if text else [])
                           for n, text in enumerate(lines, start=1)])


def line_atoms(*lines: str) -> list[Atom]:
    """A text's words, one line per string, each word an atom of its line's one piece."""
    out = []
    for row, text in enumerate(lines):
        piece = Piece(text, row + 1, 1)
        out += [Atom("TEXT", word, row, 0, 0, piece) for word in text.split()]
    return out


#: the tables' titles and column headers as a page of lines prints them (``lines_page``)
TABLE_I = "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned"
TABLE_II = "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned"
HEADER_I = ("1. Title of Security (Instr. 3) 2. Transaction 2A. Deemed 3. 4. Securities Acquired "
            "(A) or 5. Amount of 6. Ownership 7. Nature\nCode V Amount (A) or Price Transaction(s)")
HEADER_II = ("1. Title of 2. 3. Transaction 3A. Deemed 4. 5. 6. Date Exercisable and 7. Title "
             "and 8. Price of 9. Number of 10. 11. Nature\n"
             "Code V (A) (D) Exercisable Date Title Shares")


def lines_page(table_i: str, table_ii: str) -> str:
    """A page of lines: each table's title and headers, ``table_i``'s and ``table_ii``'s
    lines under them, then the notes' heading."""
    return (f"{TABLE_I}\n{HEADER_I}\n{table_i}{TABLE_II}\n{HEADER_II}\n{table_ii}"
            "Explanation of Responses:\n")


def lines_rows(text: str, table: str) -> list[dict[str, str]]:
    """The rows ``row_lines.lines_table`` reads in ``table`` of a page of lines, each
    cell's text by its key."""
    return [{key: cell.text for key, cell in row.items() if cell}
            for row in lines_table(read_lines(text), table)]


def prose_form(signature: str, footnote: str, remarks: str | None = None,
               issuer: Issuer | None = None) -> Form4:
    """A scan's record holding only prose: one signature, footnote 1 and the remarks
    (the issuer Facebook Inc, FB, unless given)."""
    return Form4(document_type="4", layout="scan", period_of_report=None,
                 date_of_original_submission=None, not_subject_to_section16=None,
                 issuer=issuer or Issuer(name="Facebook Inc", trading_symbol="FB"),
                 reporting_owners=(), filed_by_more_than_one_person=None,
                 non_derivative_transactions=(), non_derivative_holdings=(),
                 derivative_transactions=(), derivative_holdings=(),
                 footnotes={"1": footnote}, remarks=remarks,
                 signatures=(Signature(signature, dt.date(2021, 5, 17)),))
