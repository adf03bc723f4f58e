"""Which layout a text is in, from the form's own markers.

First: is this a Form 4 at all? The form prints its title and the labels of
its boxes and tables in every rendering, so enough of them must be there (a
Form 3 or Form 5 says so in its title). Then the layouts are asked in turn.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import NotAForm4Error, SectionError, UnknownLayoutError
from .form.layout import ShapeLayout
from .layouts import LAYOUTS, Layout, candidates

#: the tables' first column titles in the form's order, without the paper form's numbers
#: and instructions ("Title of Security| Transaction Date| Deemed Execution Date")
COLUMN_TITLES = (("title", "of", "security"), ("transaction", "date"),
                 ("deemed", "execution", "date"))
# a site's own page of the form names its tables shortly: "Non-Derivative Securities (Table I)"
_SHORT_TITLE = r"derivative securities \(table %s\)"
# Printed on every Form 4, whatever renders it (folded to lower case, single spaces).
FORM4_MARKERS = {
    "title": re.compile(r"statement of changes in beneficial\W*ownership"),
    "box 1": re.compile(r"name and address of reporting person"),
    "box 2": re.compile(r"issuer name and ticker or trading symbol"),
    "table i": re.compile(r"non-derivative securities acquired|non-" + _SHORT_TITLE % "i"),
    "table ii": re.compile(r"derivative securities acquired, disposed of|" + _SHORT_TITLE % "ii"),
    "explanation": re.compile(r"explanation of responses"),
    "form 4": re.compile(r"\bform 4\b"),
    # a site's page (COLUMN_TITLES on one line: a page wrapping them, ``wrapped_columns``)
    "columns": re.compile(r"\W+".join(" ".join(title) for title in COLUMN_TITLES)),
}
# ... and the same on the text's letters alone, its spaces taken out: a converter that
# cut the page into strips cuts the form's words across cells ("Table I - No|n-Derivative")
FORM4_MARKER_LETTERS = {name: re.compile(pattern.pattern.replace(" ", ""))
                        for name, pattern in FORM4_MARKERS.items()}
OTHER_FORMS = {
    # their titles (which a layout may wrap before "ownership"), and Form 5's box 3
    "Form 3": re.compile(r"initial statement of beneficial\b"),
    "Form 5": re.compile(r"annual statement of (changes in )?beneficial\b"
                         r"|statement for issuer's fiscal year ended"),
}
# a word every one of those titles holds: a text with none of them is no Form 3 or 5
OTHER_FORM_WORDS = ("initial", "annual", "fiscal")
#: How many markers make a Form 4 (OCR and broken words lose some).
ENOUGH = 3
# The signature block and the note on misstatements close the form in every
# rendering (some renderings put other notes mid-page); a text with neither was
# cut short. Either alone may be lost to OCR or a converter.
CLOSING_MARKERS = (
    re.compile(r"signature of reporting person"),
    re.compile(r"intentional misstatements or omissions"),
)
# A site's page of the form (its columns titled shortly: FORM4_MARKERS["columns"]) prints
# neither: its signatures, under their heading, close it
PAGE_CLOSING = re.compile(r"\bsignatures\b")
# ... as does a site's page that names its tables shortly, whatever its column titles became
# (a converter may cut them into strips: "Transa|ction")
SHORT_TABLE_TITLE = re.compile(_SHORT_TITLE % "i{1,2}")


#: what may follow the later closing marker on the form's page (the notes on filing
#: copies and on the OMB number), in characters
CLOSING_NOTES = 2_000
# either table's title: "Table I - Non-Derivative Securities Acquired, ..." or Table II's
_TABLE_TITLE = re.compile(r"derivative securities acquired")

# markup a converter may print inside the form's words: "|**Table I**|**- Non-Derivat**|"
_MARKUP_CHARACTERS = "|*_#"
_MARKUP_TAG = re.compile(r"<[^<>\n]{0,40}>")


#: how many lines a band of wrapped column titles spans on either side of "Title of"'s
#: (a title vertically centred in its cell may print its first words above it)
_TITLE_BAND = 2
#: how far after "Title of" the band's lines are looked at, in characters
_BAND_CHARACTERS = 4_000
# a line opening with "title of" (in ``_unmarked`` text: lower case, markup made spaces)
_TITLES_LINE = re.compile(r"^[ \t\f]*title\s+of\b", re.MULTILINE)


#: the markers every rendering of the paper form prints ("columns" is a site's page's)
_EVERY_BUT_COLUMNS = frozenset(FORM4_MARKERS) - {"columns"}

#: how much of a text is looked at to tell which form it is
HEAD = 200_000


def markers_seen(text: str) -> list[str]:
    folded = _fold(text[:HEAD])
    seen = [name for name, pattern in FORM4_MARKERS.items()
            if pattern.search(folded) or name == "columns" and wrapped_columns(text[:HEAD])]
    # most texts: their letters need no second look ("columns" is a site's page's alone)
    if _EVERY_BUT_COLUMNS <= set(seen):
        return seen
    letters = folded.replace(" ", "")
    return [name for name, pattern in FORM4_MARKERS.items()
            if name in seen or FORM4_MARKER_LETTERS[name].search(letters)]


def wrapped_columns(text: str) -> bool:
    """True where the tables' first column titles (``COLUMN_TITLES``) open a band of
    lines, each title wrapped over the band's lines in the same order: every line of the
    band opens with the next words of the first titles, in their order, or with none of
    them ("Title of  Transaction  Deemed Execution ..." / "Code V Amount  Price" /
    "Security  Date  Date ..."). Positions are not needed: the words keep their order."""
    text = _unmarked(text)
    for opening in _TITLES_LINE.finditer(text):
        start = opening.start()
        for _ in range(_TITLE_BAND):  # back to the start of the band's first line
            start = text.rfind("\n", 0, start - 1) + 1 if start else 0
        band = text[start:opening.end() + _BAND_CHARACTERS].split("\n")[:2 * _TITLE_BAND + 1]
        left = [list(title) for title in COLUMN_TITLES]
        for line in band:
            words = line.split()
            for title in left:
                while title and words and words[0] == title[0]:
                    title.pop(0)
                    words.pop(0)
            if not any(left):
                return True
    return False


def other_form(text: str) -> str | None:
    """"Form 3" or "Form 5" where the text's title is theirs: their titles ("Initial
    Statement ...", "Annual Statement ...") are never a Form 4's, whatever else the
    page shares with one (a Form 5 has the same boxes and tables)."""
    lowered = text[:HEAD].lower()
    if not any(word in lowered for word in OTHER_FORM_WORDS):  # most texts: no folding
        return None
    folded = " ".join(lowered.split())
    return next((form for form, pattern in OTHER_FORMS.items() if pattern.search(folded)), None)


def find_layout(text: str) -> Layout | ShapeLayout:
    """The layout ``text`` is in; NotAForm4Error or UnknownLayoutError otherwise."""
    form = other_form(text)
    if form is not None:
        raise NotAForm4Error(f"this is a {form}, not a Form 4")
    seen = markers_seen(text)
    if len(seen) < ENOUGH:
        shown = ", ".join(seen) if seen else "none"
        raise NotAForm4Error(f"not a Form 4: too few of the form's markers (found: {shown})",
                             line=1, column=1)
    end = form_end(text)
    form_text = text if end is None else text[:end]  # an exhibit after the form is not its layout
    found = next((layout for layout in candidates(form_text) if layout.looks_like(form_text)),
                 None)
    if end is None:
        raise _cut_short(text, found.name if found else None)
    if found is not None:
        return found
    raise UnknownLayoutError(
        "a Form 4, but in a layout form4lark does not know (markers seen: "
        + ", ".join(seen) + "; known layouts: " + ", ".join(l.name for l in LAYOUTS) + ")",
        line=1, column=1)


def _cut_short(text: str, layout: str | None) -> SectionError:
    lines = text.rstrip("\n").split("\n")
    return SectionError("the text ends before the form does (no signature block or closing "
                        "notes): was the file cut short?", line=len(lines),
                        column=len(lines[-1]) + 1, layout=layout, source_line=lines[-1])


def form_end(text: str) -> int | None:
    """Where the form ends in ``text`` (an offset), or None if it stops before its closing lines.

    The closing markers are looked for after the first table's title, wherever
    they stand: an exhibit after the form (a power of attorney, pages of blank
    lines) may be far longer than the form. The end is the line where the later of
    the two markers first stands, and the few notes that follow it on the page."""
    folded = _fold(text)
    table = _TABLE_TITLE.search(folded)
    start = table.end() if table else 0
    hits = [m.end() for pattern in CLOSING_MARKERS if (m := pattern.search(folded, start))]
    if not hits:
        hits = _page_closing(text, folded, start)
    if not hits:
        return None
    return min(len(text), _offset_of(text, max(hits)) + CLOSING_NOTES)


def _page_closing(text: str, folded: str, start: int) -> list[int]:
    """Where the heading of the signatures closes a site's own page of the form (its
    tables' columns titled shortly), as ``form_end``'s hits: none in any other text,
    whose closing lines are the paper form's."""
    if not _site_page(text, folded):
        return []
    found = PAGE_CLOSING.search(folded, start)
    return [found.end()] if found else []


def _site_page(text: str, folded: str) -> bool:
    """True where the text is a site's own page of the form: its columns titled shortly
    (on one line or wrapped) or its tables named shortly ("Derivative Securities (Table II)")."""
    return bool(FORM4_MARKERS["columns"].search(folded) or SHORT_TABLE_TITLE.search(folded)
                or wrapped_columns(text[:HEAD]))


def _offset_of(text: str, position: int) -> int:
    """The offset in the text just past the line holding the character before
    ``position`` of ``_fold(text)``. Folding keeps the text's words in order, one
    space apart (no markup spans a line break): that character is in the word
    counted by the spaces before it, and that word is on the line counted by the
    line breaks before it."""
    word = _fold(text).count(" ", 0, position - 1)
    unmarked = _unmarked(text)
    start = len(unmarked) - len(unmarked.split(maxsplit=word)[-1])
    line = unmarked.count("\n", 0, start)
    return sum(map(len, text.split("\n", line + 1)[:line + 1])) + line + 1


@lru_cache(maxsize=4)  # telling the form and finding its end fold the same text
def _unmarked(text: str) -> str:
    """The text in lower case, its markup made spaces (each character of it: white
    space is folded later; replacing characters is three times quicker than a regex)."""
    if "<" in text:
        text = _MARKUP_TAG.sub(" ", text)
    for character in _MARKUP_CHARACTERS:
        text = text.replace(character, " ")
    return text.lower()


@lru_cache(maxsize=4)
def _fold(text: str) -> str:
    """The text in lower case, without markup, its white space folded to single spaces."""
    return " ".join(_unmarked(text).split())


def detect_layout(text: str) -> str:
    """The name of the layout ``text`` is in (raises Form4ParseError if none)."""
    return find_layout(text).name
