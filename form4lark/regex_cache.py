"""Regular expressions compiled once and kept on disk, for the ones slow to compile.

``re.compile`` parses and compiles an expression in Python; the form's labels make
expressions of thousands of characters (``form/atoms.py``) that take a tenth of a
second, at every start of the command line. A compiled pattern cannot be pickled
(it pickles as its source), but what ``re`` builds it from can: the code ``re``'s
compiler gives ``_sre.compile``. That code is kept in the cache folder of the
grammars (``grammar.cache_dir``), in a file named by the hash of the expression,
its flags and the version of Python and of its ``_sre`` (whose code it is); ``_sre``
checks the code it is given before it runs it. Wherever anything of that fails
(no folder, a file cut short, another Python), the expression is compiled by
``re`` as usual.

``warm`` and ``keep_warm`` do the same for the few hundred short expressions the
parser's modules compile as they are imported and Lark's lexers as a grammar is
loaded: one file of them all, put into ``re``'s own cache before those modules'
``re.compile`` asks for them.

``kept`` keeps any other value made from the grammars by the code of a few modules
(the expressions ``form/atoms.py`` builds of a context's labels) the same way: in a
file named by the hash of what it is made from and of those modules' source, so
that a change of either makes it anew.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from types import ModuleType
from typing import Any, Callable, TypeVar

try:  # the compiler re itself uses
    import re._compiler as sre_compile  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # Python 3.10
    import sre_compile
    import sre_parse

from .grammar import cache_dir

_sre = sre_compile._sre  # the engine, as re's compiler imports it

_T = TypeVar("_T")

#: the arguments of ``_sre.compile`` but the expression: flags, code, groups,
#: names of groups to numbers and numbers to names
Compiled = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache folder where it has been kept."""
    path = _path(pattern, flags)
    if path is not None:
        try:
            with open(path, "rb") as kept:  # read whole: marshal reads a file by the int
                return _sre.compile(pattern, *marshal.loads(kept.read()))
        except (OSError, EOFError, ValueError, TypeError, RuntimeError):
            pass  # not kept yet, or not readable as kept: compiled anew
    try:
        arguments = _arguments(pattern, flags)
        regexp = _sre.compile(pattern, *arguments)
    except (AttributeError, TypeError, ValueError):  # a Python whose re is built otherwise
        return re.compile(pattern, flags)
    if path is not None:
        _keep(path, arguments)
    return regexp


def kept(key: str, modules: tuple[ModuleType, ...], make: Callable[[], _T]) -> _T:
    """``make()``, kept in the cache folder under the hash of ``key`` and of the source
    of ``modules`` (the code that makes it); a value ``marshal`` writes (strings,
    tuples, None). Made anew wherever it cannot be kept or read back."""
    sources = []
    for module in modules:
        try:
            with open(module.__file__ or "", "rb") as code:
                sources.append(code.read())
        except OSError:  # no source to tell a change by: never kept
            return make()
    folder = cache_dir()
    if folder is None:
        return make()
    digest = hashlib.sha256(f"{sys.version}\0{key}".encode())
    for text in sources:
        digest.update(b"\0" + text)
    path = os.path.join(folder, f"kept-{digest.hexdigest()[:32]}.marshal")
    try:
        with open(path, "rb") as file:
            return marshal.loads(file.read())  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not kept yet, or not readable as kept: made anew
    value = make()
    _write(path, value)
    return value


def warm() -> None:
    """Put into ``re``'s own cache the expressions the last start compiled while the
    parser's modules were imported (``keep_warm``), so that the ``re.compile`` at the
    top of each module finds its expression compiled: a few hundred of them, a sixth
    of the first reading's time. An expression the file does not hold (one changed
    since) is compiled by ``re`` as usual; nothing is done where ``re`` keeps its cache
    otherwise than as a dict by (type, expression, flags)."""
    cache = getattr(re, "_cache", None)
    path = _warm_path()
    if not isinstance(cache, dict) or path is None:
        return
    try:
        with open(path, "rb") as file:
            kept = marshal.loads(file.read())
        for (pattern, flags), arguments in kept.items():
            cache.setdefault((str, pattern, flags), _sre.compile(pattern, *arguments))
    except (OSError, EOFError, ValueError, TypeError, AttributeError, RuntimeError):
        return  # not kept yet, or not readable as kept: compiled by re as usual
    _warmed.update(kept)


#: the expressions ``warm`` read, with what ``_sre.compile`` makes each of
_warmed: dict[tuple[str, int], Compiled] = {}


#: how many expressions ``keep_warm`` keeps at most (``re`` caches 512)
_WARM_MOST = 400


def keep_warm() -> None:
    """Keep for the next start the expressions now in ``re``'s cache (after the parser's
    modules were imported, after a grammar was loaded: Lark compiles its lexers' there),
    where any is not kept yet (the first start, a changed one, another grammar's). Those
    kept already stay kept, up to ``_WARM_MOST`` (then only those now in the cache)."""
    cache = getattr(re, "_cache", None)
    path = _warm_path()
    if not isinstance(cache, dict) or path is None:
        return
    keys = [(pattern, flags) for kind, pattern, flags in list(cache)
            if kind is str and isinstance(flags, int)]
    new = [key for key in keys if key not in _warmed]
    if not new:
        return
    try:
        made = {key: _plain(_arguments(*key)) for key in new}
    except (AttributeError, TypeError, ValueError, re.error):
        return
    if len(_warmed) + len(made) > _WARM_MOST:
        kept = {key: _warmed[key] for key in keys if key in _warmed}
        _warmed.clear()
        _warmed.update(kept)
    _warmed.update(made)
    _write(path, _warmed)


def _warm_path() -> str | None:
    folder = cache_dir()
    if folder is None:
        return None
    key = f"{sys.version}\0{_sre.MAGIC}"
    return os.path.join(folder, f"imports-{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal")


def _arguments(pattern: str, flags: int) -> Compiled:
    """What ``re``'s compiler gives ``_sre.compile`` for ``pattern``, as it does."""
    parsed = sre_parse.parse(pattern, flags)
    code = sre_compile._code(parsed, flags)
    names = parsed.state.groupdict
    numbers: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        numbers[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(numbers)


def _path(pattern: str, flags: int) -> str | None:
    folder = cache_dir()
    if folder is None:
        return None
    key = f"{sys.version}\0{_sre.MAGIC}\0{flags}\0{pattern}"
    return os.path.join(folder, f"re-{hashlib.sha256(key.encode()).hexdigest()[:32]}.marshal")


def _keep(path: str, arguments: Compiled) -> None:
    _write(path, _plain(arguments))


def _plain(arguments: Compiled) -> Compiled:
    """``arguments`` as marshal writes them: the opcodes are ints of a subclass."""
    flags, code, groups, names, numbers = arguments
    return int(flags), [int(c) for c in code], groups, dict(names), numbers


def _write(path: str, value: Any) -> None:
    """Write the file whole or not at all (another process may be reading it)."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "wb") as out:
            marshal.dump(value, out)
        os.replace(temporary, path)
    except (OSError, ValueError):
        try:
            os.remove(temporary)
        except OSError:
            pass
