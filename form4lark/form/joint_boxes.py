"""A joint filing whose header prints every reporting owner in one box 1 and one box 5.

A filing agent's print of the paper form (the "agent" page design) writes each owner's
name and address under box 1's one label, each with its own "(Last) (First) (Middle)",
"(Street)" and "(City) (State) (Zip)" labels, and under box 5's label each owner's name
and a colon ("MITHRIL II LP:") before that owner's checkboxes and title. Read only where
the labels run in the form's order once per owner and each box 5 part opens with the name
read from the same owner's box 1; else the header is read as one owner's, as before.
"""
from __future__ import annotations

from collections import Counter

from ..patterns import DATE_LABEL
from ..sections import OwnerBlock, SignatureCells
from .atoms import Atom
from .header import BOX1_LABELS
from .notes import signatures

#: box 5's four relationships, whose labels each owner's part of box 5 holds once
_RELATIONSHIPS = ("DIRECTOR", "TEN_PERCENT", "OFFICER", "OTHER")


def owner_label_runs(kinds: list[str]) -> int | None:
    """How many owners box 1's labels (``kinds``, only box 1's owner labels) print, where
    they run in the form's order once per owner, two owners or more; else None."""
    count = len(kinds) // len(BOX1_LABELS)
    if count < 2 or kinds != list(BOX1_LABELS) * count:
        return None
    return count


def relationships_repeated(box5: list[Atom], headings: int) -> bool:
    """True where box 5 holds one of its relationship labels more times than the text
    prints box 5's label (``headings``): more than one owner's boxes under one label (a
    joint filing's print), whose marks are not all the first's. (A converter that repeats
    a merged cell prints box 5's label again with each copy of its boxes.)"""
    counts = Counter(a.kind for a in box5 if a.kind in _RELATIONSHIPS)
    return max(counts.values(), default=0) > max(headings, 1)


def box1_spans(box1: list[Atom]) -> list[list[Atom]] | None:
    """Each owner's part of box 1 (its name's words up to its "(Zip)" label), where box 1
    holds two owners or more whose labels run in the form's order, each once, and each
    closes with its "(Zip)" label, no two alike (two reporting owners never share a name
    and an address: a converter that repeats a merged cell prints one box 1 again); else
    None. Where it is None, ``header.first_owner`` still keeps box 1's first owner."""
    if owner_label_runs([a.kind for a in box1 if a.kind != "TEXT"]) is None:
        return None
    spans: list[list[Atom]] = [[]]
    for atom in box1:
        spans[-1].append(atom)
        if atom.kind == "ZIP":
            spans.append([])
    if spans[-1]:  # words after the last "(Zip)": whose they are is not known
        return None
    texts = [" ".join(a.text for a in span) for span in spans[:-1]]
    if len(set(texts)) != len(texts):  # one box printed again (a merged cell repeated)
        return None
    return spans[:-1]


def box5_parts(box5: list[Atom], owners: list[OwnerBlock]) -> list[list[Atom]] | None:
    """Each owner's part of box 5, from the words of its name and a colon ("THIEL PETER:")
    to the next owner's, where box 5 opens each owner's part so, in the order of box 1's
    owners, with the name box 1 read for that owner, and each part holds the four boxes'
    labels once; else None."""
    starts: list[int] = []
    for owner in owners:
        if owner.name is None:
            return None
        named = _name_with_colon(box5, owner.name.text, starts[-1] + 1 if starts else 0)
        if named is None:
            return None
        starts.append(named)
    if any(a.kind != "TEXT" and a.kind != "LABEL_TAIL" for a in box5[:starts[0]]):
        return None  # a checkbox before the first owner's name: whose it is is not known
    ends = [*starts[1:], len(box5)]
    parts = [box5[start:end] for start, end in zip(starts, ends)]
    if any(sorted(a.kind for a in part if a.kind in _RELATIONSHIPS) != sorted(_RELATIONSHIPS)
           for part in parts):
        return None  # a part without its four boxes: a converter moved a column of them away
    return parts


def _name_with_colon(box5: list[Atom], name: str, start: int) -> int | None:
    """Where, from ``start`` on, box 5's words on one line are ``name`` and a colon."""
    size = len(name.split())
    for i in range(start, len(box5) - size + 1):
        run = box5[i:i + size]
        if (all(a.kind == "TEXT" and a.row == run[0].row for a in run)
                and " ".join(a.text for a in run) == name + ":"):
            return i
    return None


def signed_after_labels(after: list[Atom]) -> list[SignatureCells]:
    """The signatures a joint filing's print signs each above its own signature label
    ("/s/ Peter Thiel" "03/30/2022" "** Signature of Reporting Person" "Date", once per
    signer), read after the first label (``after``): each between two labels, opening
    with the label's "Date" and read whole as one signature (``notes.signatures``). The
    words after the last label are no signature's; the signatures stop at the first part
    that does not read so (a later one's place in the list would be lost)."""
    starts = [i for i, a in enumerate(after) if a.kind == "SIGNATURE"]
    found: list[SignatureCells] = []
    for start, end in zip([-1, *starts], starts):
        part = after[start + 1:end]
        if not part or part[0].kind != "TEXT" or part[0].text != DATE_LABEL:
            break
        words = part[1:]
        if not words or any(a.kind != "TEXT" for a in words):
            break
        first, read = signatures(words)
        if first != 0 or len(read) != 1 or read[0].name is None:
            break
        found.extend(read)
    return found
