"""Synthetic variants of the corpus's HTML pages whose checkbox marks are drawn in
another way (a glyph pair, an image, a form input, an ARIA checkbox): the same page,
the same truth, only the marks rewritten (tests/test_mark_variants.py)."""

from __future__ import annotations

import re

# the header (above Table I) is where the form's checkboxes stand
_TABLE_I = re.compile(r"Table I\s*-", re.I)
# the sec.gov page: a box is a centred cell, its mark "X" in a FormData span; the box
# above box 1 a cell of a bordered table of its own
_SEC_BOX = re.compile(r'(<td[^>]*align="center"[^>]*>)(<span class="FormData">X</span>)?(</td>)'
                      r'(?=\s*<td[^>]*class="MedSmallFormText")')  # a box, its label's cell next
_SEC_TOP = re.compile(r'(<table[^>]*border="1"[^>]*><tr><td>)(<span class="FormData">X</span>|X|'
                      r'(?:\xa0|&nbsp;|\s)*)(</td></tr></table>)')
# the plainer design: a span of class "cb" before the label
_PLAIN_BOX = re.compile(r'(<span class="cb">)(X|&nbsp;)(</span>)')

#: each rendering's (checked, unchecked) markup
RENDERINGS = {
    "brackets": ("[X]", "[ ]"),
    "squares": ("\u25a0", "\u25a1"),
    "small_squares": ("\u25aa", "\u25ab"),
    "circles": ("\u25cf", "\u25cb"),
    "ballot_entities": ("&#9746;", "&#9744;"),
    "img_alt": ('<img src="c.gif" alt="checked">', '<img src="u.gif" alt="unchecked">'),
    "img_x": ('<img src="c.gif" alt="X">', '<img src="u.gif" alt="">'),
    "input": ('<label><input type="checkbox" checked="checked" disabled></label>',
              '<label><input type="checkbox" disabled></label>'),
    "aria": ('<span role="checkbox" aria-checked="true"></span>',
             '<span role="checkbox" aria-checked="false"></span>'),
    # one glyph on every box: which is checked is not shown
    "one_glyph": ("\u25a0", "\u25a0"),
}


def variant(page: str, rendering: str) -> str:
    """``page`` with every checkbox of its header drawn as ``rendering`` draws it."""
    checked, empty = RENDERINGS[rendering]
    cut = _TABLE_I.search(page)
    head, rest = (page[:cut.start()], page[cut.start():]) if cut else (page, "")

    def box(match: re.Match[str]) -> str:
        marked = match.group(2) is not None and "X" in match.group(2)
        return f"{match.group(1)}{checked if marked else empty}{match.group(3)}"

    for pattern in (_SEC_BOX, _SEC_TOP, _PLAIN_BOX):
        head = pattern.sub(box, head)
    return head + rest
