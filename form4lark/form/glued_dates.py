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

from .atoms import Atom

#: how many words before a glued date may hold the signature's "/s/"
_SIGNED_REACH = 12


# a word with a date glued to its end: "Attorney01/05/2023"
_GLUED_DATE = re.compile(r"(.*[A-Za-z])"
                         r"((?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12][0-9]|3[01])/(?:19|20)\d\d)")


def dates_unglued(atoms: list[Atom]) -> tuple[list[Atom], list[int]]:
    """``atoms`` with a signer's word broken at a line's end cut from the date glued to
    it, and for each atom of the result the index of the atom it came from. A stream that
    joins a word broken by a hyphen to the next word it prints, dropping the hyphen,
    prints "/s/ David Ritenour, Attorney01/05/2023" then "in-Fact": the word takes its
    hyphen back ("Attorney-") and the date stands alone, ending the line. Only where the
    line above or this one holds a signature's "/s/" and the next line, the rest of the
    name, follows: a word that ends its name ("Fact01/05/2023" over the signature label)
    is left as it is. Under the signatures' own heading ("Signatures", a site's page of
    the form) a date glued to the word ending its line is cut from it, the word kept
    whole: "/s/ Peter Thiel03/18/2021" is the signer's name, then its date."""
    out: list[Atom] = []
    origin: list[int] = []
    heading = next((i for i, a in enumerate(atoms) if a.kind == "SIGNATURES"), len(atoms))
    for i, atom in enumerate(atoms):
        match = _GLUED_DATE.fullmatch(atom.text) if atom.kind == "TEXT" else None
        after = atoms[i + 1] if i + 1 < len(atoms) else None
        if match is not None and i > heading and (after is None or after.row > atom.row):
            out += _ended_line(atom, match)  # a line under the signatures' own heading
            origin += [i, i]
            continue
        # the signature's "/s/" looked for only at a glued date (few words are)
        signed = match is not None and any(
            "/s/" in a.text.lower() for a in atoms[max(i - _SIGNED_REACH, 0):i + 1]
            if atom.row - 1 <= a.row <= atom.row)
        if match is None or not signed or after is None or after.kind != "TEXT" \
                or after.row != atom.row + 1:
            out.append(atom)
            origin.append(i)
            continue
        word = match.group(1)
        out += [atom.with_text(word + "-"),
                Atom(atom.kind, match.group(2), atom.row, atom.cell, atom.offset + len(word),
                     atom.piece)]
        origin += [i, i]
    return out, origin


def _ended_line(atom: Atom, match: re.Match[str]) -> list[Atom]:
    """A word ending its line cut from the date glued to it, the word kept as written (a
    reading-order stream prints a site's signature cell and its date cell side by side, no
    space between: "/s/ Peter Thiel03/18/2021")."""
    word = match.group(1)
    return [atom.with_text(word),
            Atom(atom.kind, match.group(2), atom.row, atom.cell, atom.offset + len(word),
                 atom.piece)]
