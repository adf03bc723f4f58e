"""The domain model imports no writer, yet every Form4 has its outputs (bound by ``record.py``)."""

from __future__ import annotations

from support import FIXTURES, fresh_python as _python

WRITERS = ("form4lark.jsonout", "form4lark.edgar_xml", "form4lark.rows")


def test_importing_the_model_loads_no_writer():
    done = _python("import form4lark.model, sys\n"
                   f"print([m for m in {WRITERS!r} if m in sys.modules])")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_form_has_its_outputs_however_the_model_was_imported():
    seed = sorted((FIXTURES / "seeds").glob("*.txt"))[0]
    done = _python(
        "from form4lark.model import Form4, Issuer\n"
        "import form4lark\n"
        f"parsed = form4lark.parse_file({str(seed)!r})\n"
        "made = Form4('4', 'none', None, None, None, Issuer('ACME', 'ACM'), (), None,\n"
        "             (), (), (), (), {}, None, ())\n"
        "for form in (parsed, made):\n"
        "    assert isinstance(form, Form4)\n"
        "    assert form.to_json().startswith('{') and '<ownershipDocument>' in form.to_xml()\n"
        "    assert isinstance(form.to_rows(), list)\n")
    assert done.returncode == 0, done.stderr
