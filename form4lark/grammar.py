"""Loading the Lark grammars: found once, compiled once per process, cached on disk.

Grammars live in the top-level ``grammars/`` folder of the work tree and ship
inside the wheel as ``form4lark/grammars``. The compiled parsers are cached in
the folder ``FORM4LARK_CACHE_DIR`` names, else ``$XDG_CACHE_HOME/form4lark``,
else ``~/.cache/form4lark``, one file per grammar, start symbols, Lark and
Python version (see README, "Library"); ``regex_cache.py`` keeps compiled regular
expressions there too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import lark
from lark import Lark

_PACKAGE_DIR = Path(__file__).resolve().parent


def grammar_dir() -> Path:
    """The folder holding the ``.lark`` files: package data first, then the work tree."""
    for candidate in (_PACKAGE_DIR / "grammars", _PACKAGE_DIR.parent / "grammars"):
        if (candidate / "common.lark").is_file():
            return candidate
    raise FileNotFoundError("form4lark's grammars are missing from the installation")


def cache_dir() -> str | None:
    """The folder of form4lark's caches, made if missing (None where it cannot be)."""
    base = os.environ.get("FORM4LARK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "form4lark")
    try:
        os.makedirs(base, exist_ok=True)
    except OSError:
        return None
    return base


def _cache_path(name: str) -> str | bool:
    """A cache file we control; Lark checks the grammar's hash before trusting it."""
    base = cache_dir()
    if base is None:
        return True  # Lark falls back to the system's temporary folder
    py = "%d%d" % sys.version_info[:2]
    return os.path.join(base, f"{name}-lark{lark.__version__}-py{py}.cache")


def options(start: tuple[str, ...], strict: bool = False, positions: bool = True) -> dict:
    """The Lark options every form4lark grammar is built with.

    ``strict`` (shift/reduce conflicts and same-priority terminal collisions are
    errors) needs the ``interegular`` package, so the test suite builds every
    grammar strictly and the runtime does not. ``positions`` gives the tree's nodes
    their source spans; every token has its line and column either way."""
    return dict(parser="lalr", lexer="contextual", start=list(start),
                propagate_positions=positions, maybe_placeholders=True, strict=strict)


@lru_cache(maxsize=None)
def load(name: str, start: tuple[str, ...] = ("start",), positions: bool = True) -> Lark:
    """The LALR parser of ``grammars/<name>.lark`` for the given start symbols."""
    path = grammar_dir() / f"{name}.lark"
    suffix = ("" if start == ("start",) else "-" + "-".join(start)) + ("" if positions else "-np")
    parser = Lark.open(str(path), cache=_cache_path(name + suffix),
                       **options(start, positions=positions))
    from .regex_cache import keep_warm  # imports this module
    keep_warm()  # the expressions of its lexers, compiled at once at the next start
    return parser


def rule_symbols(parser: Lark, rule: str) -> frozenset[str]:
    """The names of the symbols (terminals and rules) any expansion of ``rule`` holds."""
    return frozenset(s.name for r in parser.rules if r.origin.name == rule for s in r.expansion)


def alternatives(grammar: str, starts: tuple[str, ...], wanted: Callable[[str], bool],
                 edit: Callable[[str], str] = lambda source: source) -> str:
    """One expression with a named group for each terminal of ``grammar`` whose name is
    ``wanted`` (its source ``edit``-ed), the longest tried first. Priorities are not
    looked at (Lark's lexer and ``form/atoms.py``'s scanner try them first): a label met
    inside a line run together is taken as long as it reads."""
    terminals = sorted((t for t in load(grammar, starts).terminals if wanted(t.name)),
                       key=lambda t: (-t.pattern.max_width, -len(t.pattern.value), t.name))
    return "|".join(f"(?P<{t.name}>{edit(t.pattern.to_regexp())})" for t in terminals)
