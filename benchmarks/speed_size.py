"""Sections 4 and 5 of ``speed.py``: time per document against its size, and
hostile input under the default limits."""

from __future__ import annotations

import re
import time

DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


# --------------------------------------------------------- 4, 5. size and limits

def grow(text: str, factor: int) -> str:
    """The text with each Table I row that holds a date repeated ``factor`` times."""
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines) if "Non-Derivative" in l), 0)
    end = next((i for i, l in enumerate(lines) if "Table II" in l and i > start), len(lines))
    out = lines[:start]
    for line in lines[start:end]:
        out.extend([line] * (factor if DATE.search(line) else 1))
    return "\n".join(out + lines[end:])


def time_parse(text: str, repeat: int = 3, max_bytes: int | None = None) -> tuple[float, str]:
    """Best time of ``repeat`` parses; by default with the size limit raised out of the way."""
    import form4lark
    best, outcome = float("inf"), ""
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            form = form4lark.parse(text, max_bytes=max_bytes or 200 * len(text))
            outcome = f"{len(form.non_derivative_transactions)} rows"
        except form4lark.Form4ParseError as exc:
            outcome = f"error: {exc.message[:50]}"
        best = min(best, time.perf_counter() - start)
    return best, outcome


def size_growth(base: str, factors: tuple[int, ...]) -> None:
    """Section 4: time per document as Table I grows."""
    print("4. time per document against size (size limits raised; ms per row added shows "
          "linear growth):")
    first = None
    for factor in factors:
        text = grow(base, factor)
        seconds, outcome = time_parse(text)
        rows = int(outcome.split()[0]) if outcome.endswith("rows") else 0
        first = first or (seconds, rows)
        per_row = ((seconds - first[0]) * 1000 / (rows - first[1])) if rows > first[1] else 0.0
        print(f"   {factor:5}x  {len(text) / 1024:8.1f} KiB  {seconds * 1000:8.1f} ms  "
              f"{per_row:6.3f} ms/row added  ({outcome})")


def hostile(base: str) -> None:
    """Section 5: inputs built to be slow, under the default limits."""
    print("5. hostile input, default limits (answered or refused, never slow):")
    garbage = ("Table I - Non-Derivative Securities Acquired\nSTATEMENT OF CHANGES IN BENEFICIAL "
               "OWNERSHIP\nName and Address of Reporting Person\n" + "1/2/2003 $ 1,0 (1)|\t" * 50_000)
    lines = base.split("\n")
    inputs = {
        "1 MB of form-like garbage": garbage[: 1 << 20],
        "1 MB of table rules": "\n".join(lines[:20] + ["|" * 1000] * 1000 + lines[20:]),
        "38,000 brackets in a cell": base.replace("Common Stock", "(" * 38_000, 1),
        "3,000 rows": grow(base, 1000),
    }
    for name, text in inputs.items():
        seconds, outcome = time_parse(text, max_bytes=5 * 1024 * 1024)
        print(f"   {name:28} {len(text) / 1024:8.1f} KiB  {seconds * 1000:8.1f} ms  ({outcome})")
