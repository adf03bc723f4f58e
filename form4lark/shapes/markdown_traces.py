"""Markdown's marks in a text read as a page grid: a page whose boxes are headed
sections rather than tables ("## Reporting Owner", label and value side by side), as
pandoc's markdown writer prints it with simple tables and no pipe, reads as columns
of words; markdown's marks there are none of the form's words, and read as words they
run onto the values beside them ("ONE APPLE PARK WAY\\", "None ##", a signature's
name between two rules of dashes).

A simple table's rule of dashes is blanked in any grid text (pandoc's plain writer and
a terminal browser print such rules with no other markdown); the other marks only
where the text shows markdown (``shows_markdown``: a heading of two "#" or more, a hard
line break's backslash, a fenced div's ":::"): a page grid of another design may open
a line with "# of Shares" or print a backslash.

Each mark is blanked, the characters around it keeping their line and column:

- a backslash closing a line: markdown's hard line break (no value of the form ends
  with a backslash);
- the "#" run opening a heading ("## Remarks");
- a link's address and ``{attributes}`` (pandoc's footnote link ``[\\[1\\]](#fn1){.fn}``):
  a link whose text is a bracketed note number reads as that note's mark "(1)", any
  other link as its text, padded to the link's length; the marks of links side by side
  are joined ("(5)(6)"), one cell's (``_links_as_text``); done before the escapes are
  undone, so that no part of a link is read as a value;
- a backslash escaping a punctuation mark ("\\$208.33", "\\"group\\""): the mark stays,
  a space put back at the next gap of two spaces or more after it (``_unescaped``);
- a fenced div's line (``markdown.without_fences``);
- a line of dash runs alone ("-----  ------"): a simple table's rule, above, under or
  below its rows; the columns it marks are the ones its rows' words show; and a run of
  dashes standing as a column of its own beside others' words ("-------   ACME CORP
  [ ACM ]"): a rule (``<hr>``) a terminal browser drew in one box of a row of boxes
  (links between two joint owners' names in box 1, beside box 2). No value of the form
  is dashes alone.
"""

from __future__ import annotations

import re

from .markdown import without_fences

_HARD_BREAK = re.compile(r"(?<!\\)\\(?=[ \t]*(?:\n|$))")
_HEADING = re.compile(r"(?m)^([ \t]{0,3})#{1,6}(?=[ \t]+\S)")
_RULE = re.compile(r"(?m)^[ \t]*-{3,}(?:[ \t]+-{3,})*[ \t]*$")
# a rule in a column of its own: dashes alone at a line's start or after a column gap,
# a column gap or the line's end after them
_RULE_CELL = re.compile(r"(?m)(?:^|(?<=  ))[ \t]*-{3,}(?=  |[ \t]*$)")
# markdown shown: a heading below the title's ("## Reporting Owner"), a backslash
# closing a line (a hard line break), a fenced div's opening (":::"); each with what
# it holds, looked for only in a text holding that (most texts hold none of them)
_SHOWN = (("##", re.compile(r"(?m)^[ \t]{0,3}#{2,6}[ \t]+\S")),
          ("\\", re.compile(r"(?m)(?<!\\)\\[ \t]*$")),
          (":::", re.compile(r"(?m)^[ \t]*:::")))
# an inline link: [text](address) with pandoc's optional {attributes}
_LINK_SOURCE = r"\[(?:\\.|[^\]\\\n])*\]\([^()\s]*\)(?:\{[^{}\n]*\})?"
_LINK_TEXT = re.compile(r"\[((?:\\.|[^\]\\\n])*)\]")
# links side by side, one space apart: one cell's marks ("[\[5\]](#fn5){.fn} [\[6\]](#fn6){.fn}")
_LINK_RUN = re.compile(rf"{_LINK_SOURCE}(?: {_LINK_SOURCE})*")
# a link's text that is a note number in escaped brackets: "\[1\]"
_NOTE_LINK_TEXT = re.compile(r"\\\[(\d{1,3})\\\]")
# markdown's escape: a backslash before an ASCII punctuation mark
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def blank(match: re.Match[str]) -> str:
    """As many spaces as ``match`` holds characters: it taken out, the columns kept."""
    return " " * len(match.group())


def shows_markdown(text: str) -> bool:
    """Whether ``text`` shows markdown's own marks (``_SHOWN``), not the form's words."""
    return any(held in text and shown.search(text) for held, shown in _SHOWN)


def without_markdown_marks(text: str) -> str:
    """``text`` with markdown's marks blanked (see the module's docstring): a simple
    table's rules in any grid text, the other marks where the text shows markdown."""
    if "---" in text:
        text = _RULE_CELL.sub(blank, _RULE.sub(blank, text))
    if not shows_markdown(text):
        return text
    if "](" in text:
        text = _LINK_RUN.sub(_links_as_text, text)
    if "\\" in text:
        text = "\n".join(map(_unescaped, _HARD_BREAK.sub(" ", text).split("\n")))
    if "#" in text:
        text = _HEADING.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    return without_fences(text)


def _links_as_text(run: re.Match[str]) -> str:
    """A run of links as what they show, padded to the run's length: a bracketed note
    number as the note's mark "(N)", the marks of one run side by side ("(5)(6)", one
    cell's), any other link's text as itself; addresses and attributes blanked."""
    shown = []
    for text in _LINK_TEXT.findall(run.group()):
        note = _NOTE_LINK_TEXT.fullmatch(text)
        shown.append(f"({note.group(1)})" if note else f" {text} ")
    return "".join(shown).strip().ljust(len(run.group()))


def _unescaped(line: str) -> str:
    """``line`` with markdown's escapes undone, each backslash's column given back at the
    next gap of two spaces or more after it (none where there is none: its words end
    the line), so that the columns past that gap stay where they were."""
    if "\\" not in line:
        return line
    escape = _ESCAPE.search(line)
    while escape:
        at = escape.start()
        line = line[:at] + line[at + 1:]
        gap = line.find("  ", at + 1)
        if gap >= 0:
            line = line[:gap] + " " + line[gap:]
        escape = _ESCAPE.search(line, at + 1)
    return line
