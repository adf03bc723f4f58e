"""Field-level comparison of a record with a truth record (recall and precision).

Every leaf of the truth is one field: right (same value: text with case and
white space folded, numbers as decimals), missed (truth has a value, the
record has none) or wrong (both differ, or the record holds a value where the
truth is null). ``{"$any": [...]}`` in a truth accepts any listed value. Rows of
the tables are paired by content, not position. These are the definitions the
project's accuracy is reported in (benchmarks/accuracy.py, the tests).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

TABLE_FOOTNOTES = "].footnotes"
SKIP = {"layout", "cik"}


def fold(value):
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if isinstance(value, str):
        text = " ".join(value.split()).casefold()
        if text[:1].isdigit() or text[:1] == "$":
            try:
                return Decimal(text.replace(",", "").lstrip("$").strip())
            except InvalidOperation:
                return text
        return text
    return value


def same(truth, pred) -> bool:
    if isinstance(truth, dict) and "$any" in truth:
        return any(same(t, pred) for t in truth["$any"])
    return fold(truth) == fold(pred)


def row_score(truth, pred) -> int:
    if not isinstance(truth, dict) or not isinstance(pred, dict):
        return int(same(truth, pred))
    return sum(1 for k, v in truth.items()
               if not isinstance(v, (dict, list)) and same(v, pred.get(k)))


def pair_rows(truth: list, pred: list):
    free = list(range(len(pred)))
    for t in truth:
        best = max(free, key=lambda j: row_score(t, pred[j]), default=None)
        if best is not None and row_score(t, pred[best]) > 0:
            free.remove(best)
            yield t, pred[best]
        else:
            yield t, None
    for j in free:
        if isinstance(pred[j], dict):
            yield {k: None for k, v in pred[j].items() if not isinstance(v, (dict, list))}, pred[j]


def verdicts(truth, pred, path: str = ""):
    """(field path, "right" | "missed" | "wrong") for every leaf of truth."""
    if isinstance(truth, dict) and "$any" not in truth:
        pred = pred if isinstance(pred, dict) else {}
        if path.endswith(TABLE_FOOTNOTES):
            t = {(k, str(i)) for k, ids in truth.items() for i in ids}
            p = {(k, str(i)) for k, ids in pred.items() for i in (ids or [])}
            for item in sorted(t):
                yield f"{path}.{item[0]}", "right" if item in p else "missed"
            for item in sorted(p - t):
                yield f"{path}.{item[0]}", "wrong"
            return
        for key, value in truth.items():
            if key not in SKIP:
                yield from verdicts(value, pred.get(key), f"{path}.{key}" if path else key)
        return
    if isinstance(truth, list):
        pred = pred if isinstance(pred, list) else []
        for i, (t, p) in enumerate(pair_rows(truth, pred)):
            yield from verdicts(t, p, f"{path}[{i}]")
        return
    if same(truth, pred):
        yield path, "right"
    elif pred is None:
        yield path, "missed"
    else:
        yield path, "wrong"


def score(truth, pred) -> list[tuple[str, str]]:
    out = list(verdicts(truth, pred if isinstance(pred, dict) else {}))
    if not isinstance(pred, dict):
        out = [(path, "missed") for path, _ in out]
    return out


def summary(results: list[tuple[str, str]]) -> tuple[float, float]:
    """(recall, precision) of a list of verdicts."""
    right = sum(1 for _, v in results if v == "right")
    wrong = sum(1 for _, v in results if v == "wrong")
    return (right / len(results) if results else 1.0,
            right / (right + wrong) if right + wrong else 1.0)
