"""Sections 2 and 3 of ``speed.py``: the command line on a folder, and its start-up
(with and without .pyc files) with what its imports cost."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

STARTUP_GOAL_MS = 250
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")


# -------------------------------------------------------- 2. the command line

def cli_rate(folder: Path, jobs: int, count: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "form4lark", str(folder), "--format", "jsonl",
                    "-o", "/dev/null", "-j", str(jobs), "--no-summary"],
                   capture_output=True, check=False)
    return count / (time.perf_counter() - start)


def folder_rates(paths: list[Path], files: int) -> None:
    """Section 2: the command line on a folder of ``files`` copies of the samples."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "filings"
        folder.mkdir()
        for i in range(files):
            src = paths[i % len(paths)]
            shutil.copy(src, folder / f"{i:05d}{src.suffix}")
        for jobs in (1, 2):
            print(f"2. command line, {files} files, -j {jobs}: "
                  f"{cli_rate(folder, jobs, files):.0f} documents/s")


# ------------------------------------------------------------- 3. start-up

def median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    """The median wall time of ``command`` over ``runs`` runs (after one unmeasured)."""
    subprocess.run(command, capture_output=True, check=False, env=env)  # .pyc written
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def environments(pycache: str) -> dict[str, dict[str, str]]:
    """The environment as it is, and one where Python keeps its .pyc files (in
    ``pycache``, not the work tree), as an installed wheel has them. With
    PYTHONDONTWRITEBYTECODE set, an editable install compiles form4lark's source at
    every start; site-packages (lark, rich) have their .pyc from pip either way."""
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = pycache
    as_is = "as is" + (" (PYTHONDONTWRITEBYTECODE set: no .pyc)"
                       if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
    return {as_is: dict(os.environ), "with .pyc files": cached}


def import_costs(code: list[str], env: dict[str, str]) -> list[tuple[int, int, str]]:
    """(cumulative us, self us, module) of each import ``python -X importtime`` reports."""
    subprocess.run([sys.executable, *code], capture_output=True, check=False, env=env)
    run = subprocess.run([sys.executable, "-X", "importtime", *code], capture_output=True,
                         text=True, check=False, env=env)
    return [(int(m[2]), int(m[1]), m[4]) for m in map(IMPORT_LINE.match, run.stderr.splitlines())
            if m]


def print_import_costs(title: str, costs: list[tuple[int, int, str]], top: int = 10) -> None:
    """The ``top`` imports by cumulative time, and own time summed by top-level package."""
    by_package: dict[str, int] = defaultdict(int)
    for _, own, name in costs:
        by_package[name.split(".")[0]] += own
    total = sum(by_package.values())
    print(f"   {title}: {total / 1000:.0f} ms of imports" + (
        f"; top {top} by cumulative (cumulative ms / own ms):" if top else ""))
    for cumulative, own, name in sorted(costs, reverse=True)[:top]:
        print(f"     {cumulative / 1000:7.1f} {own / 1000:6.1f}  {name}")
    heavy = sorted(by_package.items(), key=lambda kv: -kv[1])[:8]
    print("     own time by package: " + ", ".join(f"{k} {v / 1000:.0f} ms" for k, v in heavy))


def startup(small: Path, runs: int) -> None:
    """Section 3: start-up times against the goal, and what the imports cost."""
    python = [sys.executable]
    verdict = lambda s: "met" if s * 1000 <= STARTUP_GOAL_MS else "missed"  # noqa: E731
    print(f"3. start-up, median of {runs} runs (goal <= {STARTUP_GOAL_MS} ms):")
    with tempfile.TemporaryDirectory() as pycache:
        envs = environments(pycache)
        for name, env in envs.items():
            floor = median_seconds([*python, "-c", "pass"], runs, env)
            version = median_seconds([*python, "-m", "form4lark", "--version"], runs, env)
            one = median_seconds([*python, "-m", "form4lark", str(small)], runs, env)
            print(f"   {name}: bare `python -c pass` {floor * 1000:.0f} ms")
            print(f"     python -m form4lark --version  {version * 1000:6.0f} ms  "
                  f"({verdict(version)})")
            print(f"     python -m form4lark {small.name} ({small.stat().st_size / 1024:.1f} KiB)"
                  f"  {one * 1000:6.0f} ms  ({verdict(one)})")
        for (name, env), top in zip(envs.items(), (0, 10)):  # the details where .pyc are kept
            print(f"   imports, {name}:")
            print_import_costs('python -X importtime -c "import form4lark"',
                               import_costs(["-c", "import form4lark"], env), top)
            print_import_costs(f"python -X importtime -m form4lark {small.name}",
                               import_costs(["-m", "form4lark", str(small)], env), top)
