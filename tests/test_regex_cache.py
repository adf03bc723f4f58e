"""Regular expressions kept compiled on disk (``regex_cache.py``) are the ones ``re``
compiles: patterns compare equal only where their flags, code and source are equal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from form4lark import regex_cache
from form4lark.regex_cache import sre_compile
from form4lark.form import atoms

PATTERNS = [(r"(?P<word>\w+)\s+(?i:table)(?P=word)?|(x)", 0), (r"ab[^c]\s*", re.IGNORECASE)]
TEXT = "Form TABLE Form ABd  x"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FORM4LARK_CACHE_DIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_kept_expression_is_the_one_re_compiles(cache, pattern, flags):
    made = regex_cache.compiled(pattern, flags)
    kept = list(cache.glob("re-*.marshal"))
    assert len(kept) == 1 and not list(cache.glob("*.tmp"))
    loaded = regex_cache.compiled(pattern, flags)
    assert made == loaded == re.compile(pattern, flags)
    assert loaded.groupindex == re.compile(pattern, flags).groupindex
    spans = [m.span() for m in loaded.finditer(TEXT)]
    assert spans and spans == [m.span() for m in re.finditer(pattern, TEXT, flags)]


def test_a_file_cut_short_is_compiled_anew(cache):
    pattern, flags = PATTERNS[0]
    regex_cache.compiled(pattern, flags)
    [kept] = cache.glob("re-*.marshal")
    kept.write_bytes(kept.read_bytes()[:40])
    assert regex_cache.compiled(pattern, flags) == re.compile(pattern, flags)
    assert regex_cache.compiled(pattern, flags) == re.compile(pattern, flags)  # kept again


def test_without_a_cache_folder_it_compiles(tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("FORM4LARK_CACHE_DIR", str(blocked / "cache"))
    pattern, flags = PATTERNS[1]
    assert regex_cache.compiled(pattern, flags) == re.compile(pattern, flags)


@pytest.mark.parametrize("context", atoms.CONTEXTS)
def test_the_scanners_are_the_ones_re_compiles(context):
    pattern, _, guard, ends = atoms._scanner(context)
    for regexp in (pattern, guard, ends):
        if regexp is not None:
            assert regexp == re.compile(regexp.pattern)


def test_a_kept_value_is_made_once_and_anew_when_its_code_changes(cache, tmp_path_factory):
    code = tmp_path_factory.mktemp("code") / "builder.py"
    code.write_text("# one\n")
    builder = type(re)("builder")
    builder.__file__ = str(code)
    made: list[int] = []

    def make() -> tuple[str, tuple[str, ...], None]:
        made.append(1)
        return "source", ("TEXT", "BOX1"), None

    for _ in range(2):
        assert regex_cache.kept("key", (builder,), make) == ("source", ("TEXT", "BOX1"), None)
    assert len(made) == 1 and len(list(cache.glob("kept-*.marshal"))) == 1
    regex_cache.kept("another key", (builder,), make)
    code.write_text("# two\n")  # the code that makes it changed: made anew
    regex_cache.kept("key", (builder,), make)
    assert len(made) == 3
    builder.__file__ = str(code.parent / "gone.py")  # no source to tell a change by
    regex_cache.kept("key", (builder,), make)
    assert len(made) == 4


def test_the_kept_scanners_are_the_ones_built(cache):
    built = {context: atoms._scanner.__wrapped__(context) for context in atoms.CONTEXTS}
    kept = {context: atoms._scanner.__wrapped__(context) for context in atoms.CONTEXTS}
    assert len(list(cache.glob("kept-*.marshal"))) == len(atoms.CONTEXTS)
    assert kept == built == {context: atoms._scanner(context) for context in atoms.CONTEXTS}


@pytest.fixture
def re_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``re``'s own cache and what ``warm`` read, empty for the test (as at a start)."""
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(re, "_cache2", {}, raising=False)  # Python 3.12's second cache
    monkeypatch.setattr(regex_cache, "_warmed", {})
    return cache


def test_expressions_kept_warm_are_the_ones_re_compiles(re_cache, monkeypatch):
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    regex_cache.keep_warm()
    assert len(list(re_cache.glob("imports-*.marshal"))) == 1
    monkeypatch.setattr(re, "_cache", {})  # the next start
    monkeypatch.setattr(regex_cache, "_warmed", {})
    regex_cache.warm()
    for pattern, flags in PATTERNS:
        warmed = re._cache[str, pattern, int(flags)]  # type: ignore[attr-defined]
        assert re.compile(pattern, flags) is warmed  # found, not compiled anew
        assert warmed == sre_compile.compile(pattern, flags)
        assert warmed.groupindex == sre_compile.compile(pattern, flags).groupindex
        spans = [m.span() for m in warmed.finditer(TEXT)]
        assert spans and spans == [m.span() for m in sre_compile.compile(pattern, flags).finditer(TEXT)]


def test_a_warm_file_cut_short_leaves_re_compiling(re_cache):
    re.compile(*PATTERNS[0])
    regex_cache.keep_warm()
    [kept] = re_cache.glob("imports-*.marshal")
    kept.write_bytes(kept.read_bytes()[:40])
    re._cache.clear()  # type: ignore[attr-defined]
    regex_cache.warm()
    assert not re._cache  # type: ignore[attr-defined]
    assert re.compile(*PATTERNS[0]) == sre_compile.compile(*PATTERNS[0])
