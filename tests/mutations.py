"""Ways a real converter damages a filing's text, for the property tests and the fuzz script.

Each mutation takes the text and a ``random.Random`` and returns new text:
lines deleted, duplicated, swapped, the text truncated, random bytes
inserted, columns shifted, characters replaced as OCR does.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal
from typing import Any, Callable

from form4lark.shapes.scan_notes import OPENING_MISREAD

OCR_SWAPS = {"0": "O", "O": "0", "1": "l", "l": "1", "5": "S", "S": "5"}


def _lines(text: str) -> list[str]:
    return text.split("\n")


def delete_line(text: str, rnd: random.Random) -> str:
    lines = _lines(text)
    del lines[rnd.randrange(len(lines))]
    return "\n".join(lines)


def duplicate_line(text: str, rnd: random.Random) -> str:
    lines = _lines(text)
    i = rnd.randrange(len(lines))
    lines.insert(i, lines[i])
    return "\n".join(lines)


def swap_lines(text: str, rnd: random.Random) -> str:
    lines = _lines(text)
    i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def truncate(text: str, rnd: random.Random) -> str:
    return text[: rnd.randrange(len(text) + 1)]


def random_bytes(text: str, rnd: random.Random) -> str:
    at = rnd.randrange(len(text) + 1)
    junk = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 12))).decode("cp1252", "replace")
    return text[:at] + junk + text[at:]


def shift_columns(text: str, rnd: random.Random) -> str:
    lines = _lines(text)
    i = rnd.randrange(len(lines))
    at = rnd.randrange(len(lines[i]) + 1)
    lines[i] = lines[i][:at] + rnd.choice([" ", "  ", "\t", "    "]) * rnd.randint(1, 4) + lines[i][at:]
    return "\n".join(lines)


def ocr_replace(text: str, rnd: random.Random) -> str:
    spots = [m.start() for m in re.finditer("[015OlS]", text)]
    if not spots:
        return text
    chars = list(text)
    for at in rnd.sample(spots, min(len(spots), rnd.randint(1, 6))):
        chars[at] = OCR_SWAPS[chars[at]]
    return "".join(chars)


MUTATIONS: tuple[Callable[[str, random.Random], str], ...] = (
    delete_line, duplicate_line, swap_lines, truncate, random_bytes, shift_columns, ocr_replace)


def mutate(text: str, rnd: random.Random, steps: int) -> str:
    for _ in range(steps):
        if not text:
            break
        text = rnd.choice(MUTATIONS)(text, rnd)
    return text


# ---------------------------------------------------------------- "a value the text holds"

def _squeeze(text: str) -> str:
    return re.sub(r"[\s,$]+", "", text)


_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5"})


def _ocr_readings(text: str) -> str:
    """The text as the OCR layout reads what OCR misprints (shapes/scan_fixes.py): letters
    inside numbers as digits ("1O,000"), a decimal comma as a point ("159,94"), typographic
    quotes as plain ones, a country code's "O" as "0" ("UO"), a signature's opening as
    "/s/" ("isl Michael Johnson", shapes/scan_notes.py). Those readings are the text's,
    not inventions."""
    text = "\n".join(OPENING_MISREAD.sub(r"\1/s/", line) for line in text.split("\n"))
    text = re.sub(r"\b(?=[0-9OolIS,.]*[0-9])[0-9OolIS,.]+", lambda m: m.group(0).translate(_LOOKALIKES),
                  text)
    text = re.sub(r"\b([0-9]{1,3}),([0-9]{2})(?![0-9])", r"\1.\2", text)
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return re.sub(r"\b([A-Z])[OIl]\b", lambda m: m.group(1) + "0", text)


def _date_forms(value: str) -> tuple[str, ...]:
    year, month, day = value.split("-")
    return (f"{month}/{day}/{year}", f"{int(month)}/{int(day)}/{year}", value)


def _joined_at_hyphens(word: str, words: set[str]) -> bool:
    """A word wrapped in its column at a hyphen ("C-" over "Preferred", "Attorney-" over
    "in-Fact") is joined to whatever text comes next in that column: each part is the
    text's, the part before a wrap ending in its hyphen (or glued to the date that a
    converter put where it dropped that hyphen: "Attorney08/14/2019 in-Fact")."""
    parts = word.split("-")
    if len(parts) < 2:
        return False
    if all(not part or f"{part}-" in words or part in words for part in parts):
        return True
    for cut in range(1, len(parts)):
        head, tail = "-".join(parts[:cut]), "-".join(parts[cut:])
        wrapped = f"{head}-" in words or any(
            w.startswith(head) and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", w[len(head):])
            for w in words)
        if wrapped and (tail in words or _joined_at_hyphens(tail, words)):
            return True
    return False


def values_not_in_text(record: Any, text: str) -> list[str]:
    """Leaves of ``record`` (a --json record) that ``text`` does not hold.

    Numbers must appear among the text's digits (commas, dollar signs and
    white space ignored), dates in month/day/year form, and each word of a
    text value somewhere in the text (markdown escapes and tags undone)."""
    text = text + "\n" + _ocr_readings(text)
    raw = text.casefold() + "\n" + text.replace("-\n", "-").casefold()  # wraps joined at hyphens
    text = re.sub(r"</?[A-Za-z][^>\n]*>", " ", re.sub(r"\\(.)", r"\1", text)).replace("&amp;", "&")
    squeezed = _squeeze(text)
    untagged = re.sub(r"</?[A-Za-z][^>\n]*>", "", raw)  # a mark's tag glues it to its word
    words = (set(re.findall(r"[\w'./&-]+", text.casefold())) | set(re.findall(r"[\w'./&-]+", raw))
             | set(re.findall(r"[\w'./&-]+", untagged)))
    missing: list[str] = []

    def visit(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key not in ("footnotes", "diagnostics", "layout", "document_type"):
                    visit(item, f"{path}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                visit(item, f"{path}[{i}]")
        elif isinstance(value, bool) or value is None:
            return
        elif isinstance(value, (int, float, Decimal)):
            digits = _squeeze(format(Decimal(str(value)), "f"))
            forms = {digits, digits.rstrip("0").rstrip("."), digits.removeprefix("0")}  # ".75"
            if not any(form and form in squeezed for form in forms):
                missing.append(f"{path}={value}")
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            if not any(form in text for form in _date_forms(value)):
                missing.append(f"{path}={value}")
        else:
            for word in re.findall(r"[\w'./&-]+", value.casefold()):
                if word not in words and word not in text.casefold() and word not in raw \
                        and not _joined_at_hyphens(word, words):
                    missing.append(f"{path}={value!r} ({word!r})")
                    break

    visit(record, "")
    return missing
