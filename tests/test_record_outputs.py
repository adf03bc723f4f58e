"""The record's outputs keep their word: form4lark's XML reads back to the same record
(unknowns included), a filing followed by an exhibit still reads, CSV and DataFrame
rows an analyst can filter, and the contract, licence and types a user meets."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import pytest

import form4lark
from form4lark.edgar_xml import from_xml, to_xml
from form4lark.errors import SectionError
from form4lark.model import DerivativeTransaction, Form4
from form4lark.rows import COLUMNS, csv_value
from support import FIXTURES, corpus_texts, fixture_paths, fixture_text, parse_fixture, sample_texts

ROOT = Path(__file__).resolve().parent.parent
XML = fixture_paths(FIXTURES / "xml", "*/filing.xml")
RECORDS = sample_texts() + XML
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
TABLES = ("non_derivative_transactions", "non_derivative_holdings", "derivative_transactions",
          "derivative_holdings")


@lru_cache(maxsize=None)
def _form(path: Path) -> Form4:
    return parse_fixture(path)


def _xml_form(name: str) -> Form4:
    return _form(FIXTURES / "xml" / name / "filing.xml")


def differences(a: Any, b: Any, path: str = "form") -> list[str]:
    """Where two records differ, field by field: None is not False, "1" is not 1."""
    if dataclasses.is_dataclass(a) and type(a) is type(b):
        return [d for f in dataclasses.fields(a) if f.compare
                for d in differences(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")]
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{path}[{i}]")]
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return [] if dict(a) == dict(b) else [f"{path}: {dict(a)!r} != {dict(b)!r}"]
    return [] if type(a) is type(b) and a == b else [f"{path}: {a!r} != {b!r}"]


# ---------------------------------------------------------------- XML round trip

@pytest.mark.parametrize("path", RECORDS, ids=lambda p: "/".join(p.parts[-3:]))
def test_form4lark_xml_reads_back_to_the_same_record_unknowns_included(path):
    form = _form(path)
    back = from_xml(to_xml(form))
    assert differences(form, back) == []
    assert back == form


def _owner(form: Form4, n: int, **changes: Any) -> Any:
    assert form.reporting_owners is not None
    return dataclasses.replace(form.reporting_owners[n], **changes)


def _variants() -> dict[str, Form4]:
    """Records whose parts EDGAR's XML has no element for: unread sections, boxes the
    text did not show, words in date columns, code suffixes, marks on the swap box."""
    joint = _xml_form("BETR-20241209-1")
    options = _xml_form("GOOG-20151002-1")
    assert options.derivative_transactions and joint.reporting_owners
    row = options.derivative_transactions[0]
    odd = 'See "Note" <5> & ?>'  # what the instruction's pseudo-attributes must escape
    rows = (
        dataclasses.replace(row, exercise_date="Immediately", expiration_date=odd,
                            transaction_code_suffix="K", equity_swap_involved=True,
                            footnotes={"transaction_code": ("1",),
                                       "equity_swap_involved": ("2", "3")}),
        dataclasses.replace(row, transaction_code=None, equity_swap_involved=None,
                            footnotes={"equity_swap_involved": ("1",)}),
        dataclasses.replace(row, equity_swap_involved=None, transaction_code_suffix="V",
                            footnotes={"transaction_code": ("2",)}),
    )
    owners = (_owner(joint, 0, is_director=None, is_officer=True, officer_title="CEO"),
              _owner(joint, 1, is_director=None, is_officer=None, is_ten_percent_owner=None,
                     is_other=None),
              _owner(joint, 2, is_director=False, is_other=None, other_text="Trust"))
    return {
        "every-part-unknown": dataclasses.replace(
            joint, reporting_owners=None, not_subject_to_section16=None, aff10b5_one=None,
            filed_by_more_than_one_person=None, footnotes=None, signatures=None,
            **dict.fromkeys(TABLES)),
        "tables-unknown-beside-known": dataclasses.replace(
            options, non_derivative_transactions=None, derivative_holdings=None,
            layout="grid"),
        "owners-boxes-partly-shown": dataclasses.replace(
            joint, reporting_owners=owners, filed_by_more_than_one_person=False),
        "one-owner-box-6-unknown": dataclasses.replace(
            joint, reporting_owners=owners[:1], filed_by_more_than_one_person=None),
        "words-suffixes-and-swap-marks": dataclasses.replace(
            options, derivative_transactions=rows, layout="stream"),
    }


@pytest.mark.parametrize("name", list(_variants()))
def test_what_edgar_xml_cannot_say_reads_back_too(name):
    form = _variants()[name]
    back = from_xml(to_xml(form))
    assert differences(form, back) == []


def test_edgar_xml_still_reads_an_omitted_box_as_unchecked():
    text = fixture_text(FIXTURES / "xml" / "GOOG-20151002-1" / "filing.xml")
    root = ET.fromstring(text)
    relationship = root.find("reportingOwner/reportingOwnerRelationship")
    flags = {"isDirector": "is_director", "isOfficer": "is_officer",
             "isTenPercentOwner": "is_ten_percent_owner", "isOther": "is_other"}
    omitted = [attr for tag, attr in flags.items() if relationship.find(tag) is None]
    # the filing omits unchecked boxes, as EDGAR does
    assert omitted and root.find("notSubjectToSection16") is None
    form = from_xml(text)
    assert form.layout == "edgar-xml"
    assert [getattr(form.reporting_owners[0], attr) for attr in omitted] == [False] * len(omitted)
    assert form.not_subject_to_section16 is False


def test_form4lark_xml_is_edgar_xml_to_a_reader_that_knows_nothing_of_form4lark():
    form = _variants()["owners-boxes-partly-shown"]
    written = to_xml(form)
    assert '<?form4lark unknown="isDirector"?>' in written
    plain = ET.fromstring(written)  # ElementTree's default parser drops instructions
    assert all("}" not in node.tag for node in plain.iter())  # no foreign namespace
    assert {a for node in plain.iter() for a in node.attrib} == {"id"}  # footnote ids only
    # without the instructions it is EDGAR's XML, and reads as EDGAR means it
    edgar = from_xml(re.sub(r"<\?form4lark [^?]*\?>", "", written))
    assert edgar.layout == "edgar-xml"
    assert edgar.reporting_owners[0].is_director is False
    assert edgar.reporting_owners[1].is_officer is False


def test_a_foreign_processing_instruction_changes_nothing():
    text = fixture_text(FIXTURES / "xml" / "ZNGA-20111221-1" / "filing.xml")
    foreign = text.replace("<ownershipDocument>",
                           '<ownershipDocument><?other unknown="isDirector"?>', 1)
    assert foreign != text
    assert from_xml(foreign) == from_xml(text)


# ---------------------------------------------------------------- a trailing exhibit

POWER_OF_ATTORNEY = "\nPOWER OF ATTORNEY\n\n" + (
    "Know all by these presents, that the undersigned hereby constitutes and appoints each of\n"
    "Jane Q. Example and John R. Sample, signing singly, the undersigned's true and lawful\n"
    "attorney-in-fact to execute for and on behalf of the undersigned Forms 3, 4 and 5 in\n"
    "accordance with Section 16(a) of the Securities Exchange Act of 1934.\n\n") * 60


@pytest.mark.parametrize("path", SEEDS + corpus_texts(("pdftotext-raw", "html2text")),
                         ids=lambda p: "/".join(p.parts[-3:]))
def test_a_filing_followed_by_a_long_exhibit_reads_as_without_it(path):
    text = fixture_text(path)
    exhibit = POWER_OF_ATTORNEY + "\n" * 3000 + "IN WITNESS WHEREOF, signed.\n"
    assert len(exhibit) > 20_000
    alone, followed = form4lark.parse(text), form4lark.parse(text + exhibit)
    assert followed.layout == alone.layout  # the exhibit's blank lines do not make it OCR
    assert differences(alone, followed) == []
    assert followed.diagnostics == alone.diagnostics


def test_a_text_cut_in_its_tables_is_refused_whatever_follows():
    text = SEEDS[3].read_text(encoding="utf-8")
    cut = text[:text.index("Table II")]  # in Table I: the closing lines are lost
    for tail in ("", "\n" * 30_000, POWER_OF_ATTORNEY):
        with pytest.raises(SectionError, match="cut short"):
            form4lark.parse(cut + tail)


# ---------------------------------------------------------------- CSV and DataFrame rows

def _csv(form: Form4) -> list[dict[str, str]]:
    from form4lark.outputs import CsvWriter
    stream = io.StringIO()
    CsvWriter(stream, many=False).write("joint.xml", form)
    return list(csv.DictReader(io.StringIO(stream.getvalue())))


def test_csv_of_a_joint_filing_gives_each_owner_filterable_columns():
    form = _xml_form("BETR-20241209-1")
    owners = form.reporting_owners
    table_rows = sum(len(getattr(form, t)) for t in TABLES)
    rows = _csv(form)
    assert len(owners) == 8 and len(rows) == table_rows * len(owners)
    assert not [(r["owner_index"], c) for r in rows for c in r if ";" in r[c] and c != "footnotes"]
    first = rows[:len(owners)]  # the first table row, once for each owner
    assert [r["owner_index"] for r in first] == [str(n) for n in range(1, 9)]
    assert {r["owner_count"] for r in rows} == {"8"}
    assert [r["owner_cik"] for r in first] == [o.cik for o in owners]
    assert [r["is_director"] for r in first] == [csv_value(o.is_director) for o in owners]
    assert [r["is_ten_percent_owner"] for r in first] == [csv_value(o.is_ten_percent_owner)
                                                          for o in owners]
    # a filter works: the directors' rows are the directors' own
    directors = {r["owner_name"] for r in rows if r["is_director"] == "true"}
    assert directors == {o.name for o in owners if o.is_director}
    # the amounts belong to the owners together: summed once, over owner_index 1
    once = [Decimal(r["shares"]) for r in rows if r["owner_index"] == "1" and r["shares"]]
    assert sum(once) == sum(row.shares for t in TABLES for row in getattr(form, t)
                            if getattr(row, "shares", None) is not None)


def test_rows_of_a_record_whose_owners_are_unknown_come_once():
    form = dataclasses.replace(_xml_form("BETR-20241209-1"), reporting_owners=None)
    rows = form.to_rows()
    assert len(rows) == sum(len(getattr(form, t)) for t in TABLES)
    assert {(r["owner_index"], r["owner_count"], r["owner_cik"]) for r in rows} == {
        (None, None, None)}


def test_a_word_in_a_date_column_has_a_column_of_its_own():
    form = _variants()["words-suffixes-and-swap-marks"]
    row = next(r for r in form.to_rows() if r["table"] == "II" and r["exercise_date_word"])
    assert (row["exercise_date"], row["exercise_date_word"]) == (None, "Immediately")
    assert isinstance(row["expiration_date"], type(None))
    dated = [r for r in form.to_rows() if r["expiration_date"] is not None]
    assert all(isinstance(r["expiration_date"], dt.date) for r in dated)
    assert all(list(r) == list(COLUMNS) for r in form.to_rows())


def test_dataframe_has_numbers_dates_and_flags_with_pandas_missing_values():
    pd = pytest.importorskip("pandas")
    forms = [_form(p) for p in SEEDS] + [_xml_form("BETR-20241209-1"),
                                         _variants()["words-suffixes-and-swap-marks"]]
    frame = form4lark.to_dataframe(forms)
    rows = [r for f in forms for r in f.to_rows()]
    assert list(frame.columns) == list(COLUMNS) and len(frame) == len(rows)
    dtypes = {c: str(t) for c, t in frame.dtypes.items()}
    for column in ("shares", "price_per_share", "shares_owned_following", "underlying_shares",
                   "conversion_or_exercise_price"):
        assert dtypes[column] == "Float64"
        # each value gives back the printed digits; None is <NA>
        for value, row in zip(frame[column], rows):
            if row[column] is None:
                assert value is pd.NA
            else:
                assert Decimal(repr(float(value))) == row[column]
    for column in ("period_of_report", "transaction_date", "exercise_date", "expiration_date"):
        assert dtypes[column].startswith("datetime64")
        for value, row in zip(frame[column], rows):
            assert (value.date() if row[column] is not None else None) == row[column] or (
                row[column] is None and pd.isna(value))
    for column in ("is_director", "aff10b5_one", "equity_swap_involved"):
        assert dtypes[column] == "boolean"
    assert dtypes["owner_index"] == dtypes["owner_count"] == "Int64"
    assert dtypes["issuer_name"] == dtypes["exercise_date_word"] == "string"
    assert frame.shares.sum() > 0 and frame.transaction_date.max().year >= 2013
    assert set(frame.exercise_date_word.dropna()) == {"Immediately"}


def test_dataframe_keeps_exact_decimals_where_a_float_would_change_a_digit():
    pytest.importorskip("pandas")
    form = _form(SEEDS[3])
    long = Decimal("1234567890.123456789")  # 19 significant digits
    rows = (dataclasses.replace(form.non_derivative_transactions[0], shares=long),)
    frame = form4lark.to_dataframe([dataclasses.replace(form, non_derivative_transactions=rows)])
    assert str(frame.shares.dtype) == "object"
    assert frame.shares.iloc[0] == long and isinstance(frame.shares.iloc[0], Decimal)
    assert str(frame.price_per_share.dtype) == "Float64"  # the other columns stay numbers


# ---------------------------------------------------------------- docs, licence, types

def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_the_record_contract_in_the_repository_names_every_field_and_layout_printed():
    contract = (ROOT / "docs" / "form4-json.md").read_text()
    assert contract.startswith("# The Form 4 record: what `--json` prints")
    printed = set()
    for form in [_form(p) for p in RECORDS] + list(_variants().values()):
        record = form.to_dict()
        record["footnotes"] = {}  # its keys are footnote ids, not fields
        printed |= _keys(record)
    printed |= {"source"}  # in the records of several inputs (outputs.py)
    missing = sorted(k for k in printed if f'"{k}"' not in contract and f"`{k}`" not in contract)
    assert missing == []
    from form4lark.layouts import BY_NAME
    for layout in [*BY_NAME, "edgar-xml"]:
        assert f"`{layout}`" in contract


def test_the_licence_is_the_one_pyproject_names():
    licence = (ROOT / "LICENSE").read_text()
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 form4lark authors\n")
    assert re.search(r'^license = "MIT"$', (ROOT / "pyproject.toml").read_text(), re.M)


def test_the_grammar_cache_folder_is_the_one_readme_documents(tmp_path, monkeypatch):
    from form4lark.grammar import _cache_path
    monkeypatch.setenv("FORM4LARK_CACHE_DIR", str(tmp_path / "cache"))
    assert Path(str(_cache_path("cells"))).parent == tmp_path / "cache"
    monkeypatch.delenv("FORM4LARK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Path(str(_cache_path("cells"))).parent == tmp_path / "xdg" / "form4lark"
    readme = (ROOT / "README.md").read_text()
    assert "`FORM4LARK_CACHE_DIR`" in readme and "`$XDG_CACHE_HOME/form4lark`" in readme


def test_all_names_the_public_api_and_each_name_is_there():
    from form4lark import _EXPORTS
    assert sorted(form4lark.__all__) == sorted(_EXPORTS)
    assert all(getattr(form4lark, name) is not None for name in form4lark.__all__)


def test_user_code_of_the_public_api_passes_mypy_strict(tmp_path):
    pytest.importorskip("mypy")  # the test extra installs it
    user_code = Path(__file__).parent / "typing" / "user_code.py"
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir",
                           str(tmp_path / "cache"), str(user_code)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.stdout.strip() == "Success: no issues found in 1 source file", done.stdout
    assert done.returncode == 0


def test_mypy_would_see_a_misuse_in_user_code(tmp_path):
    pytest.importorskip("mypy")
    bad = tmp_path / "bad.py"
    bad.write_text("import form4lark\nform = form4lark.parse('x')\n"
                   "shares: int = form.non_derivative_transactions[0].shares\n")
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir",
                           str(tmp_path / "cache"), str(bad)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert done.returncode == 1
    assert 'Value of type "tuple[NonDerivativeTransaction, ...] | None" is not indexable' \
        in done.stdout or "Decimal | None" in done.stdout


def test_derivative_transaction_words_keep_their_type():
    # the model says a date column may hold a word; the XML and the rows keep it a str
    form = _variants()["words-suffixes-and-swap-marks"]
    row = from_xml(to_xml(form)).derivative_transactions[0]
    assert isinstance(row, DerivativeTransaction)
    assert (row.exercise_date, row.transaction_code_suffix) == ("Immediately", "K")
