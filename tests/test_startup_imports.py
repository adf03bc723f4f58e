"""Start-up: a text's reading imports none of the readers of other inputs (a PDF, an
image, EDGAR's XML, an OCR text, a page's HTML); each is imported on its own path."""

from __future__ import annotations

import ast

import pytest

from support import FIXTURES, fixture_file, fixture_paths, fresh_python

SEED = sorted((FIXTURES / "seeds").glob("*.txt"))[0]
#: modules only a PDF, a scan, EDGAR's XML, an OCR text or a saved HTML page needs
OTHER_INPUTS = ("form4lark.inputs.pdf", "form4lark.inputs.scan", "form4lark.inputs.raster",
                "form4lark.inputs.glyphs", "form4lark.inputs.ocr_words",
                "form4lark.inputs.ocr_amounts", "form4lark.inputs.ocr_grid_header",
                "form4lark.layouts.ocr_read", "form4lark.shapes.scan_text",
                "form4lark.edgar_xml")


def _loaded_after(code: str) -> list[str]:
    done = fresh_python(f"import sys\n{code}\n"
                        f"print([m for m in {OTHER_INPUTS!r} if m in sys.modules])")
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout)


def test_reading_a_text_imports_no_other_input_s_reader():
    code = f"from form4lark.cli import main\nmain([{str(SEED)!r}, '-o', '/dev/null'])"
    assert _loaded_after(code) == []


def test_each_reader_is_imported_where_its_input_is_read(tmp_path):
    xml = fixture_file(fixture_paths(FIXTURES / "xml", "*/filing.xml")[0], tmp_path)
    loaded = _loaded_after(f"import form4lark\nform4lark.parse_file({str(xml)!r})\n"
                           "from form4lark.layouts import BY_NAME\n"
                           "BY_NAME['ocr-text'].prepare('Table I')")
    assert loaded == ["form4lark.layouts.ocr_read", "form4lark.edgar_xml"]


def test_the_program_reading_a_text_to_json_imports_neither_rich_nor_interegular():
    # rich only where something is shown with it (the pretty view, a message, the summary);
    # interegular only checks grammars built strict, which the program never does
    code = ("import sys\n"
            f"sys.argv = ['form4lark', {str(SEED)!r}, '--json', '-o', '/dev/null']\n"
            "from form4lark.cli import main\n"
            "code = main()\n"
            "print(code, sorted(m for m in ('rich', 'rich.console', 'interegular')\n"
            "                   if sys.modules.get(m) is not None))")
    done = fresh_python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(None, 1) == ["0", "[]\n"]


def _main_then(args: list[str], probe: str) -> str:
    """What ``probe`` prints in a fresh Python after ``cli.main(args)`` (its exit code first)."""
    done = fresh_python(f"from form4lark.cli import main\ncode = main({args!r})\n"
                        f"import sys\nprint(code, {probe})")
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("args", [[], ["--summary"]], ids=["pretty view", "summary"])
def test_the_shown_tables_load_no_emoji_table(args):
    # rich searches a plain string it is given for emoji codes, loading its table of them
    # (milliseconds of every start); the pretty view and the summary hand it Text, which
    # it takes as it is
    probe = "'rich.table' in sys.modules, 'rich._emoji_codes' in sys.modules"
    assert _main_then([str(SEED), "-o", "/dev/null", *args], probe) == "0 True False\n"


def test_main_called_by_a_program_leaves_interegular_importable():
    probe = "sys.modules.get('interegular', 'absent') is not None"
    assert _main_then([str(SEED), "--json", "-o", "/dev/null"], probe) == "0 True\n"
