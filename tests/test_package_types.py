"""The package type-checks: ``python -m mypy`` (configured in pyproject.toml) finds no error."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
def test_mypy_finds_no_error_in_the_package():
    pytest.importorskip("mypy")  # the test extra installs it
    # the project's own cache: a few seconds cold, under one warm
    done = subprocess.run([sys.executable, "-m", "mypy"], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert errors == [], done.stdout
    # its summary, not an error of mypy's own: "Success: no issues found in 118 source files"
    assert done.stdout.strip().splitlines()[-1].endswith("source files)") \
        or done.stdout.startswith("Success:"), done.stdout
