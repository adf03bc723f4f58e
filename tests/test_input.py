"""Input handling: encodings, line ends, page breaks, NUL bytes, size limit, unknown layouts.

Each class of awkward input is read to the same record as the clean text, or
refused with one line that names file, line and column, and exit code 2.
"""

from __future__ import annotations

import json

import pytest

import form4lark
from form4lark.cli import EXIT_FAILED, EXIT_OK, main
from form4lark.errors import Form4ParseError, InputError, NotAForm4Error
from support import FIXTURES, fixture_file, fixture_paths, fixture_text, record

SEED = FIXTURES / "seeds" / "001_a6bd91c78a77169c.txt"  # EDGAR page markdown
PAGED = FIXTURES / "corpus" / "XOOM-20130221-1" / "text" / "pdftotext-layout.txt"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def clean():
    return record(form4lark.parse(SEED.read_text()))


@pytest.mark.parametrize("encode", [
    lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),  # with its byte-order mark
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: t.replace("\n", "\r").encode("utf-8"),
], ids=["utf8-bom", "utf16", "crlf", "lone-cr"])
def test_encodings_and_line_ends_read_to_the_same_record(encode, clean, tmp_path, capsys):
    path = tmp_path / "filing.txt"
    path.write_bytes(encode(SEED.read_text()))
    assert record(form4lark.parse_file(path)) == clean
    code, out, err = run(capsys, "--json", path)
    assert (code, err) == (EXIT_OK, "")


def test_cp1252_is_the_fallback_for_bytes_that_are_not_utf8(tmp_path):
    text = SEED.read_text().replace("Federico Richard D", "Fédérico Richard D", 1)
    path = tmp_path / "filing.txt"
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    assert form4lark.parse_file(path).reporting_owners[0].name == "Fédérico Richard D"


def test_form_feeds_between_pages_keep_the_record_and_the_line_numbers():
    text = fixture_text(PAGED)
    assert "\f" in text  # pdftotext marks its page breaks so
    paged = form4lark.parse(text)
    assert record(paged) == record(form4lark.parse(text.replace("\f", "")))
    # a cell keeps the line number an editor shows for it
    broken = text.replace("Explanation of Responses:", "Explanation of Responses: \x00")
    with pytest.raises(InputError) as caught:
        form4lark.parse(broken)
    lines = text.split("\n")
    assert caught.value.line == next(n for n, l in enumerate(lines, 1) if "Explanation of Resp" in l)


def test_a_nul_byte_is_an_error_at_its_line_and_column(tmp_path, capsys):
    lines = SEED.read_text().split("\n")
    lines[4] = lines[4][:7] + "\x00" + lines[4][7:]
    path = tmp_path / "filing.txt"
    path.write_text("\n".join(lines))
    code, out, err = run(capsys, path)
    assert (code, out) == (EXIT_FAILED, "")
    assert err == f"{path}:5:8: binary data (a NUL byte) where text was expected\n"


def test_size_limit_and_the_flag_that_changes_it(tmp_path, capsys):
    path = tmp_path / "filing.txt"
    path.write_text(SEED.read_text())
    size = path.stat().st_size
    code, out, err = run(capsys, "--max-bytes", "1000", path)
    assert (code, out) == (EXIT_FAILED, "")
    assert err == (f"{path}: input is {size:,} bytes, over the limit of 1,000 "
                   "(raise it with --max-bytes)\n")
    assert run(capsys, "--json", "--max-bytes", str(size), path)[0] == EXIT_OK
    with pytest.raises(InputError):
        form4lark.parse(SEED.read_text(), max_bytes=1000)
    # the default limit is 5 MB
    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text() + " " * (5 * 1024 * 1024))
    code, _, err = run(capsys, big)
    assert code == EXIT_FAILED and "over the limit of 5,242,880" in err


def test_a_form_4_whose_tables_cannot_be_found_says_so(tmp_path, capsys):
    """The form's markers are there, but neither the titles the form reader finds its
    tables by nor, standing in for them, the tables' first column headers."""
    text = SEED.read_text().replace("Table I - Non-Derivative", "Part A").replace(
        "Table II - Derivative", "Part B").replace("1. Title of", "1. Name of")
    path = tmp_path / "untitled.txt"
    path.write_text(text)
    with pytest.raises(Form4ParseError, match="no Table I or Table II title"):
        form4lark.parse(text, layout="cells")
    code, out, err = run(capsys, path)
    assert (code, out) == (EXIT_FAILED, "")
    assert err.startswith(f"{path}:") and err.count("\n") == 1


def test_a_quoted_copy_of_a_filing_reads_to_the_same_values():
    """A filing pasted into an e-mail ("> " before each line, shouted in capitals) is still
    a markdown text of cells: what it reads must be what the original holds."""
    quoted = "\n".join("> " + line.upper() for line in SEED.read_text().split("\n"))
    got = form4lark.parse(quoted).to_dict()
    expected = json.loads((FIXTURES / "seeds" / "expected" / f"{SEED.stem}.json").read_text())
    assert got["issuer"]["name"] == expected["issuer"]["name"].upper()
    owner, truth = got["reporting_owners"][0], expected["reporting_owners"][0]
    for key in ("street1", "street2", "city", "state", "zip", "is_director", "is_officer"):
        assert owner[key] == (truth[key].upper() if isinstance(truth[key], str) else truth[key]), key
    assert got["signatures"] == [{"name": s["name"].upper(), "date": s["date"]}
                                 for s in expected["signatures"]]
    row = got["non_derivative_transactions"][0]
    want = expected["non_derivative_transactions"][0]
    for key in ("transaction_date", "transaction_code", "shares", "price_per_share",
                "shares_owned_following", "direct_or_indirect"):
        assert str(row[key]) == str(want[key]), key


def test_a_megabyte_of_table_rules_is_refused_at_once_not_parsed_for_seconds(tmp_path, capsys):
    lines = SEED.read_text().split("\n")
    flooded = "\n".join(lines[:20] + ["|" * 1000] * 1000 + lines[20:])
    with pytest.raises(InputError) as caught:
        form4lark.parse(flooded)
    assert "more than a Form 4 holds (raise the limit with --max-pieces)" in str(caught.value)
    # the same limit scales with --max-bytes, for whoever truly has such a text
    path = tmp_path / "flooded.txt"
    path.write_text(flooded)
    code, _, err = run(capsys, "--max-bytes", str(200 * 1024 * 1024), path)
    assert "more than a Form 4 holds" not in err


OTHER_FORMS = fixture_paths(FIXTURES / "other-forms", "*")


@pytest.mark.parametrize("path", OTHER_FORMS, ids=lambda p: p.name)
def test_a_form_3_or_5_is_refused_whatever_else_its_page_shares_with_a_form_4(path, capsys, tmp_path):
    """A Form 5 has Form 4's boxes and tables; its title says what it is."""
    form = "Form 3" if path.name.startswith("form3") else "Form 5"
    with pytest.raises(NotAForm4Error, match=f"this is a {form}, not a Form 4"):
        form4lark.parse(fixture_text(path))
    with pytest.raises(NotAForm4Error, match=f"this is a {form}"):
        form4lark.parse(fixture_text(path), layout="stream")  # nor when a layout is forced
    copy = fixture_file(path, tmp_path)  # the command line reads a file
    code, out, err = run(capsys, copy)
    assert (code, out) == (EXIT_FAILED, "")
    assert err == f"{copy}: this is a {form}, not a Form 4\n"
