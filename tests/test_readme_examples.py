"""README's Python examples run as written, from the repository's root.

A block of ``>>>`` lines is run as a doctest, so the results it shows are
checked too; any other ```` ```python ```` block is executed whole.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCKS = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), re.S | re.M)


def test_readme_has_python_examples():
    assert BLOCKS


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block-{n}" for n in range(1, len(BLOCKS) + 1)])
def test_readme_python_example_runs_as_written(block, monkeypatch):
    if "pandas" in block:
        pytest.importorskip("pandas")  # the [pandas] extra; the test extra installs it
    monkeypatch.chdir(ROOT)
    if block.lstrip().startswith(">>>"):
        test = doctest.DocTestParser().get_doctest(block, {}, "README.md", "README.md", 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        report: list[str] = []
        runner.run(test, out=report.append)
        assert runner.failures == 0, "".join(report)
        assert runner.tries == len(test.examples) > 0
    else:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})

