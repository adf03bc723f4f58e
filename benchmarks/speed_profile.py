"""Section 6 of ``speed.py``: where ``parse()`` spends its time, by function, area
and module of the form reader, from a cProfile of the corpus texts."""

from __future__ import annotations

import cProfile
import pstats
from collections import defaultdict

from speed_corpus import ROOT, Text


# ---------------------------------------------------------------- 6. profile

def profile_parse(texts: list[Text]) -> pstats.Stats:
    """A cProfile of ``form4lark.parse`` over ``texts`` (warm: run once unprofiled first)."""
    import form4lark
    contents = [t.path.read_text(encoding="utf-8", errors="replace") for t in texts]
    profiler = cProfile.Profile()
    for profiled in (False, True):
        if profiled:
            profiler.enable()
        for content in contents:
            try:
                form4lark.parse(content)
            except form4lark.Form4ParseError:
                pass
        profiler.disable()
    return pstats.Stats(profiler)


def short(func: tuple[str, int, str]) -> str:
    """``form4lark/form/tables.py:12(read)`` rather than a full path."""
    filename, line, name = func
    if filename == "~":
        return name
    for marker in ("/site-packages/", str(ROOT) + "/", "/lib/python3"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({name})"


def area_of(filename: str) -> str:
    """The part of the code a function belongs to; built-ins are '~'."""
    for area in ("form4lark/form/", "form4lark/shapes/", "form4lark/layouts/", "form4lark/",
                 "/lark/"):
        if area in filename:
            return area.strip("/") if area != "form4lark/" else "form4lark (rest)"
    return "~" if filename == "~" else "stdlib and other"


def own_time(stats: pstats.Stats, group) -> dict[str, float]:
    """Own time summed by ``group(filename)``; a built-in's time (``re``, ``str``
    methods...) goes to the group of the function that called it."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, own, _, callers) in stats.stats.items():
        if filename != "~":
            totals[group(filename)] += own
            continue
        for caller, (_, _, caller_share, _) in callers.items():
            totals[group(caller[0]) if caller[0] != "~" else "built-ins"] += caller_share
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def print_top(stats: pstats.Stats, index: int, title: str, top: int = 20) -> None:
    """The ``top`` functions by own time (index 2) or cumulative time (index 3)."""
    print(f"   top {top} by {title} (calls, own s, cumulative s):")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][index])[:top]
    for func, (_, calls, own, cumulative, _) in rows:
        print(f"     {calls:9} {own:7.3f} {cumulative:7.3f}  {short(func)}")


def print_callers(stats: pstats.Stats, module: str, name: str) -> None:
    """Who calls ``module``'s ``name``: calls and cumulative time spent for each caller."""
    for (filename, _, func), (_, calls, _, cumulative, callers) in stats.stats.items():
        if func == name and filename.endswith(module):
            print(f"   {module}:{name}, {calls} calls, {cumulative:.3f} s, called from:")
            for caller, (_, count, _, spent) in sorted(callers.items(), key=lambda kv: -kv[1][3]):
                print(f"     {count:7} {spent:7.3f} s  {short(caller)}")


def profile(texts: list[Text]) -> None:
    """Section 6: where ``parse()`` spends its time."""
    stats = profile_parse(texts)
    total = sum(v[2] for v in stats.stats.values())
    print(f"6. cProfile of parse() on {len(texts)} texts: {total:.2f} s under the profiler")
    print_top(stats, 3, "cumulative time")
    print_top(stats, 2, "own time")
    print("   own time by area (built-ins charged to their caller):")
    for area, seconds in own_time(stats, area_of).items():
        print(f"     {seconds:7.3f} s {100 * seconds / total:5.1f}%  {area}")
    print("   own time by module of the form reader (form/, shapes/):")
    reader = own_time(stats, lambda f: short((f, 0, "")).split(":")[0]
                      if area_of(f) in ("form4lark/form", "form4lark/shapes") else "")
    for module, seconds in reader.items():
        if module and seconds >= 0.005 * total:
            print(f"     {seconds:7.3f} s {100 * seconds / total:5.1f}%  {module}")
    # the reader's two repeated costs: lexing a page into labels, and telling its shape
    print_callers(stats, "form/atoms.py", "lex")
    print_callers(stats, "shapes/detect.py", "shape_of")
    print_callers(stats, "shapes/lines.py", "visual_lines")
