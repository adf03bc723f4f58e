"""A signer's date glued to the word before it, cut apart again.

A stream that joins a word broken by a hyphen at a line's end to the next word it
prints, dropping the hyphen (pdftotext in its default mode), prints a signature
"/s/ David Ritenour, Attorney-" / "in-Fact" beside its date as
"/s/ David Ritenour, Attorney01/05/2023" then "in-Fact": read so, the line holds no
date and the signature reads as none. The word takes its hyphen back and the date
stands alone, ending its line, where the signature reader (``notes.py``) finds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .atoms import Atom

#: how many words before a glued date may hold the signature's "/s/"
_SIGNED_REACH = 12


# a word with a date glued to its end: "Attorney01/05/2023"; or a written date's year
# ("October 27, 200905/26/2011": a trust's name "dated October 27, 2009" ending its cell)
_GLUED_DATE = re.compile(r"(.*[A-Za-z]|(?:19|20)\d\d)"
                         r"((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:19|20)\d\d)")
# quick test of a word ending so ("Levinson08/14/2019", "200905/26/2011"), asked of every
# signature block before the cut
_GLUED_END = re.compile(r"(?:[A-Za-z]|(?:19|20)\d\d)\d\d?/\d\d?/\d{4}$")
# a written date's day before its year: "27,"
_WRITTEN_DAY = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01]),")


def holds_glued_date(atoms: list[Atom]) -> bool:
    """True where a word of ``atoms`` ends in a date glued to it (``ended_dates_unglued``
    then cuts it where the cut is certain)."""
    return any(_GLUED_END.search(a.text) for a in atoms)


def dates_unglued(atoms: list[Atom]) -> tuple[list[Atom], list[int]]:
    """``atoms`` with a signer's word broken at a line's end cut from the date glued to
    it, and for each atom of the result the index of the atom it came from. A stream that
    joins a word broken by a hyphen to the next word it prints, dropping the hyphen,
    prints "/s/ David Ritenour, Attorney01/05/2023" then "in-Fact": the word takes its
    hyphen back ("Attorney-") and the date stands alone, ending the line. Only where the
    line above or this one holds a signature's "/s/" and the next line, the rest of the
    name, follows: a word that ends its name ("Fact01/05/2023" over the signature label)
    is left as it is (a date glued to the word ending a signature's line:
    ``ended_dates_unglued``)."""
    def broken(i: int) -> bool:  # the name goes on in the next line; "/s/" on this or above
        atom, after = atoms[i], atoms[i + 1] if i + 1 < len(atoms) else None
        return after is not None and after.kind == "TEXT" and after.row == atom.row + 1 \
            and any("/s/" in a.text.lower() for a in atoms[max(i - _SIGNED_REACH, 0):i + 1]
                    if atom.row - 1 <= a.row <= atom.row)

    return _unglued(atoms, broken, "-")


def ended_dates_unglued(atoms: list[Atom]) -> tuple[list[Atom], list[int]]:
    """``atoms`` with a date glued to the last word of a signature's line cut from it
    ("/s/ Peter Thiel, Attorney-in-Fact for Arthur D. Levinson08/14/2019": a site's page
    prints the signer and the date in two cells that a converter runs together where the
    name fills its cell), and for each atom of the result the index of the atom it came
    from. Only where the line is a signature's — it holds "/s/" ("SB Northstar LP By : /s/
    Stephen Lam, Director03/07/2025") or stands under the signatures' own heading (a site's
    "Signatures": "By: Kristin Johnston, Attorney-in-fact02/11/2021") — and the date ends
    it, and the next line is none or another signature's (a name broken at the line's end
    goes on in the next, opening lowercase: ``dates_unglued``). Also where the date is
    followed on its line by another signature's "/s/" (signatures a stream printed on one
    line: "... of Mithril II LP03/30/2022 /s/ Ajay Royan, ... 03/30/2022")."""
    heading = next((i for i, a in enumerate(atoms) if a.kind == "SIGNATURES"), len(atoms))

    def ended(i: int) -> bool:  # the line's last word, a signature's, the next none or one
        if i + 1 < len(atoms) and atoms[i + 1].row == atoms[i].row:
            return _signed_again(atoms, i, heading)
        return _signed_line(atoms, i, heading) and (
            i + 1 == len(atoms) or _next_signed(atoms, i + 1, heading))

    return _unglued(atoms, ended, "")


def _unglued(atoms: list[Atom], cut_at: Callable[[int], bool],
             hyphen: str) -> tuple[list[Atom], list[int]]:
    """``atoms`` with each word glued to a date cut from it where ``cut_at`` (the word's
    index) says so (``_cut``), and for each atom of the result the index of the atom it
    came from. ``cut_at`` is asked only at a glued date (few words are)."""
    out: list[Atom] = []
    origin: list[int] = []
    for i, atom in enumerate(atoms):
        match = _GLUED_DATE.fullmatch(atom.text) if atom.kind == "TEXT" else None
        if match is None or not _year_cut(atoms, i, match) or not cut_at(i):
            out.append(atom)
            origin.append(i)
            continue
        out += _cut(atom, match, hyphen)
        origin += [i, i]
    return out, origin


def _year_cut(atoms: list[Atom], i: int, match: re.Match[str]) -> bool:
    """Whether a glued date is cut from what it is glued to: always from a word; from a
    year ("200905/26/2011") only where that year ends a written date ("October 27,"
    before it) and the date glued on prints two digits for its month and its day, so
    that one cut only reads (the year's four digits, then "MM/DD/YYYY")."""
    if not match.group(1).isdigit():
        return True
    return (i > 0 and bool(_WRITTEN_DAY.fullmatch(atoms[i - 1].text))
            and len(match.group(2)) == 10)


def _cut(atom: Atom, match: re.Match[str], hyphen: str) -> list[Atom]:
    """``atom``'s word and the date glued to it (``match``: ``_GLUED_DATE``'s) as two
    atoms, the word given ``hyphen`` back ("-" where a stream dropped it)."""
    word = match.group(1)
    return [atom.with_text(word + hyphen),
            Atom(atom.kind, match.group(2), atom.row, atom.cell, atom.offset + len(word),
                 atom.piece)]


def _signed_again(atoms: list[Atom], i: int, heading: int) -> bool:
    """True where the word after ``atoms[i]`` on its line opens another signature ("/s/")
    and the words up to ``atoms[i]`` are a signature's (``_signed_line``): the glued date
    ends one signature and the next follows it on the same line."""
    return atoms[i + 1].text.lower().startswith("/s/") and _signed_line(atoms, i, heading)


def _row_end(atoms: list[Atom], i: int) -> int:
    """The index of the last atom on the line of ``atoms[i]``."""
    while i + 1 < len(atoms) and atoms[i + 1].row == atoms[i].row:
        i += 1
    return i


def _next_signed(atoms: list[Atom], first: int, heading: int) -> bool:
    """True where the line opening at ``atoms[first]`` is another signature's: a signed
    line (``_signed_line``) that does not open lowercase (a word broken at the line above's
    end going on, "Attorney-" over "in-Fact", is the same signature's)."""
    return not atoms[first].text[:1].islower() and _signed_line(
        atoms, _row_end(atoms, first), heading)


def _signed_line(atoms: list[Atom], i: int, heading: int) -> bool:
    """True where the line of ``atoms[i]`` (its last word) is a signature's: it holds a
    signature's "/s/" or stands under the signatures' heading (``atoms[heading]``), and
    opens with "/s/" or a word (a list's bullet, "- /s/ ...", is no signer's)."""
    first = i
    while first > 0 and atoms[first - 1].row == atoms[i].row:
        first -= 1
    opening = atoms[first].text
    return (opening[:1].isalnum() or opening.lower().startswith("/s/")) and (
        first > heading or any("/s/" in atom.text.lower() for atom in atoms[first:i + 1]))
