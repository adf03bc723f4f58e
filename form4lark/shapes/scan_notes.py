"""A scanned page's notes: footnote numbers and signatures put where the reader reads them.

The page prints each signature's name in a narrow column left of its date,
above the label "** Signature of Reporting Person Date"; the form reader
(``form/notes.py``) reads a name from the line opening it ("/s/", "By:") to the
date, or as lines centred on the date's line. OCR reads the page in blocks, so
it may print the date's block after the label's ("** Signature of Reporting
Person Date" / "08/30/2018"), put the date on any of the name's lines, run the
last footnote's line into the opening ("... May 15, 2021. /s/ Michael
Johnson"), misread the opening ("isl", "(s/" for "/s/") or the date
("98/14/2019"), and print specks of the signature's rule ("——").

``signature_lines`` puts each signature on one line, "name date", where that
is certain: the signature's lines are the short lines (the name's column is
narrow, ``NAME_WIDTH``) standing above the label; its name runs from the line
that opens it to the label; its date is the one date among them or the one
date alone after the label (the first short line after a paragraph may be its
last line: it is no signature's unless it opens one); a date with all its digits but
a month or a day no date has ("98/14/2019") is that date misread: it ends the name
as the date would, and the reader leaves the date unknown. A signature that no
opening starts (its name cannot be told from the remarks), whose date OCR garbled
otherwise ("“2/2021") or lost, whose name holds
words no name holds (OCR's specks read as letters: "a8"; a word cut at a colon:
"attorney:"), or a block of several signatures (OCR interleaves their lines; two
openings over one date: "/s/ John Smith" / "/s/ Jane Doe 06/18/2024") is left
out with its lines, so that it is not read as remarks or as a footnote's end; but a
lone signature (one opening) whose name holds such words and whose one date reads
whole, no date garbled beside it ("O6/I8/2O24": the signature's own, the whole one
some other date), is put on
its line with its name marked garbled (``GARBLED``): the reader keeps its date, its
name unknown (SQ-20180702-1's "/s/ Jason Gao, Attorne'" / "Fact", dated 07/05/2018
under the label). The rule under a name, read as a last "OO" or "a", is no word of it.

The form's closing notes ("Reminder: Report on a separate line ...") are put
last: OCR may print them before the signatures' block, which the reader would
then read as the last footnote's end.

``footnote_count`` is the last footnote's number; ``one_note`` tells a page of one
footnote for certain (no line after the notes' label could be a second footnote
whose number OCR lost or garbled).
``ordered_notes`` puts footnotes OCR printed out of their order back in it;
``halved_notes`` leaves out footnotes whose lines OCR split into two blocks, but
puts back together those cut at a sentence's end, each block read in its order.
``numbered_notes`` puts back a footnote's number whose point OCR read as a
comma ("14, The shares ...") or lost ("8 Reflects ...", opening a paragraph), where it
is the next number; ``plain_notes``
leaves out lines of the rules OCR read as letters ("I") and puts back a price
range's point read as a comma where the range's other end leaves no doubt.
"""

from __future__ import annotations

import re

from ..patterns import DATE, DATE_SHAPE
from ..placeholders import GARBLED

_LABEL = re.compile(r"^\W{0,3}\*\*\s*Signature\s+of\s+Reporting\s+Person")
_EXPLANATION = re.compile(r"^\W{0,3}Explanation\s+of\s+Responses", re.I)
# the label where OCR printed it, at a line's start or after other words
_LABEL_ANYWHERE = re.compile(r"Explanation\s+of\s+Responses")
_PART = re.compile(r"^\W{0,3}(Remarks\s*:?|Explanation\s+of\s+Responses)", re.I)
# the "Remarks:" title alone on its line
_REMARKS = re.compile(r"^\W{0,3}Remarks\s*:?\s*$", re.I)
_CLOSING = re.compile(r"^\W{0,3}(Reminder:|\*\s*If\s+the\s+form|\*\*\s*Intentional)")
# the form's closing notes, which OCR may print before the signatures' block
_CLOSING_NOTE = re.compile(r"^\W{0,3}(Reminder:\s+Report|\*\s*If\s+the\s+form\s+is\s+filed|"
                           r"\*\*\s*Intentional\s+misstatements|Note:\s+File\s+three|"
                           r"Persons\s+who\s+respond)")
_DATE = re.compile(rf"(?<![\w/]){DATE}(?![\w/])")
# a date with all its digits, a month or a day no date has ("98/14/2019", "20/23/2023"):
# one digit OCR misread. It stands where the signature's date stands: the name is read
# (it ends there), the date left unknown
_MISREAD_DATE = re.compile(r"(?<![\w/])[0-9]{2}/[0-9]{2}/(19|20)[0-9]{2}(?![\w/])")
# a date alone on its line, specks of the signature's rule around it ("—— 06/12/2020")
_LONE_DATE = re.compile(rf"^[\s\W]*(?P<date>{DATE_SHAPE})[\s\W]*$")
# a word shaped as a date, whatever its digits: "98/14/2019", "9278/2024", "“2/2021"
_DATE_SHAPED = re.compile(r"[0-9]/[0-9]{1,2}/?[0-9]{2,4}|[0-9]{3,4}/[0-9]{4}")
#: "/s/" as OCR reads it opening a name: "isl", "Isl", "isi", "(s/", "/sl"
OPENING_MISREAD = re.compile(r"^(\W{0,2})(?:isl|Isl|isi|\(s/|/sl|/s\|)(?=\s+[A-Z])")
_OPENING = re.compile(r"^\W{0,2}(/s/|By:)", re.I)
# how a paragraph's last line ends: a sentence's end
_PARAGRAPH_END = re.compile(r"[.)\"'!?]$")
# a line of a signature: it holds an opening
_SIGNED = re.compile(r"/s/|\bBy\s?:", re.I)
# "/s/" inside a line, after another's words: the signature's opening; not after "By:"
# ("SoftBank Group Corp., By : /s/ Yuko Yamamoto"), where the signer's firm opens it
_INNER_OPENING = re.compile(r"(?<=\S)(?<!\bBy:)(?<!\bBy :)\s+(?=/s/\s)", re.I)
# a word of specks only: the signature's rule ("——", "—,")
_SPECK = re.compile(r"[\u2014\u2013_=~.,;:'\"-]+")
# a word no name holds: letters and digits mixed ("a8"), a word ending in an
# apostrophe ("Attorne'": a letter lost) or a small word in a colon ("attorney:": its
# hyphen and what followed misread), and at the end of a name of two words a small
# letter or two or a letter doubled ("a", "OO": specks read as letters; a longer name
# is read without them)
_NO_NAME_WORD = re.compile(r".*[A-Za-z][0-9].*|.*[0-9][A-Za-z].*|.+'|[a-z]{3,}:")
# a date with letters read for its digits ("O6/I8/2O24"): the signature's own date,
# garbled; a whole date beside it is some other date ("POA dated 01/05/2020")
_GARBLED_DATE = re.compile(r"\w{1,2}/\w{1,2}/\w{2,4}")
_NO_LAST_WORD = re.compile(r"[a-z]{1,2}|([A-Z])\1")
# a speck of the signature's rule read as letters at the name's end: "a", "OO" (not a
# Roman numeral: "II")
_LAST_SPECK = re.compile(r"[a-z]{1,2}|([A-HJKN-UWYZ])\1")
#: the most characters a line of the signature's column holds (its date run into it)
NAME_WIDTH = 60
#: the least share of the widest line of the notes (to the page's end) a line of a
#: paragraph wrapped at the margin holds: the notes run across the page, a wrapped line to
#: its margin (the corpus's: 0.88 and more)
WRAPPED_SHARE = 0.8
# "14, The shares": a footnote's number with its point read as a comma
_COMMA_NUMBER = re.compile(r"^(\W{0,2})([0-9]{1,2}),(\s)")
_NUMBER = re.compile(r"^\W{0,2}([0-9]{1,2})\.\s")
# "8 Reflects securities": a footnote's number with its point lost, opening a paragraph
_BARE_NUMBER = re.compile(r"^(\W{0,2})([0-9]{1,2})(\s)(?=[A-Z][a-z])")
# "2.The", "2) The", "(2) The": a footnote's number with its point garbled or its space lost
_GARBLED_NUMBER = re.compile(r"^\W{0,2}([0-9]{1,2})[.,)]\s*(?=[A-Z])")
# a line that opens no wrapped line of a paragraph: it opens with a glyph other than a
# letter ("2 The", "? The", "(2) The") or with a word of one or two glyphs ending in a
# point or a bracket ("Z. The", "2) The"): a footnote's number, whatever OCR made of it
_NO_CONTINUATION = re.compile(r"[^A-Za-z]|\S{1,2}[.,)]\s")


def numbered_notes(lines: list[str]) -> list[str]:
    """Footnote numbers read with a comma for their point put right, where the
    number is the one after the last footnote's (in the Explanation of Responses), and
    so are those whose point OCR lost where such a number opens a paragraph
    ("8 Reflects ...": a line wrapped in a footnote follows no blank line)."""
    out = []
    last = 0
    notes = False
    for line in lines:
        notes = notes or bool(_EXPLANATION.match(line))
        if not notes:
            out.append(line)
            continue
        match = _COMMA_NUMBER.match(line)
        if match and int(match.group(2)) == last + 1:
            line = _COMMA_NUMBER.sub(r"\1\2.\3", line, count=1)
        bare = _BARE_NUMBER.match(line)
        if bare and int(bare.group(2)) == last + 1 and last and not (out and out[-1].strip()):
            line = _BARE_NUMBER.sub(r"\1\2.\3", line, count=1)
        number = _NUMBER.match(line)
        if number:
            last = int(number.group(1))
        out.append(line)
    return out


# a line of the table's rules read as letters ("I", "| I |", "i"): no footnote's line
_RULE_LINE = re.compile(r"^[\sIil|]*$")
# "from $891,240 to $892.150": a price range, each end as OCR printed it
_RANGE = re.compile(r"\$(?P<low>[0-9][0-9,]*(\.[0-9]+)?)(?P<between>\s+to\s+)\$"
                    r"(?P<high>[0-9][0-9,]*(\.[0-9]+)?)")
# "891,240": three digits after the one comma, as a price with three decimals may be misread
_COMMA_POINT = re.compile(r"[0-9]{1,3},[0-9]{3}")
#: the most a price range's high end is of its low end: ranges of a weighted average
#: price are a few per cent wide, never a thousand times
RANGE_SPAN = 2


def plain_notes(lines: list[str]) -> list[str]:
    """The Explanation of Responses without the lines of rules OCR read as letters ("I"),
    and with a price range's end whose point OCR read as a comma put right where the
    other end shows it cannot be a thousand times more or less ("from $891,240 to
    $892.150": 891.240)."""
    part = _explanation(lines)
    out = list(lines)
    for i in part:
        if out[i].strip() and _RULE_LINE.match(out[i]):
            out[i] = ""
        else:
            out[i] = _RANGE.sub(_range, out[i])
    return out


def _range(match: re.Match) -> str:
    low, high = match.group("low"), match.group("high")
    for end, other in ((low, high), (high, low)):
        if _COMMA_POINT.fullmatch(end) and "." in other and "," not in other:
            fixed = end.replace(",", ".")
            if max(float(fixed), float(other)) <= RANGE_SPAN * min(float(fixed), float(other)):
                low, high = (fixed, high) if end is low else (low, fixed)
    return f"${low}{match.group('between')}${high}"


def footnote_count(text: str) -> int | None:
    """The highest number that opens a line of the Explanation of Responses: no
    footnote is numbered past it (OCR may lose a footnote's number, but not a
    number past the last it read); None where the page shows no footnotes."""
    at = _LABEL_ANYWHERE.search(text)
    if at is None:
        return None
    numbers = {int(m.group(1)) for m in map(_NUMBER.match, text[at.end():].split("\n")) if m}
    return max(numbers, default=None)


def note_number(line: str) -> int | None:
    """The number a line opens a footnote with, as OCR may print it: "2. The", "2, The" (its
    point read as a comma), "2 The" (its point lost), "2.The", "2) The"; None for any
    other line."""
    found = _NUMBER.match(line) or _GARBLED_NUMBER.match(line)
    if found:
        return int(found.group(1))
    found = _COMMA_NUMBER.match(line) or _BARE_NUMBER.match(line)
    return int(found.group(2)) if found else None


def one_note(lines: list[str]) -> bool:
    """True where the Explanation of Responses (``_explanation``) holds one footnote for
    certain: its first line opens with "1." and no line after it, to the page's end,
    opens with a number (``note_number``: OCR may print a note's block after the remarks);
    no line of that note's paragraph (to its first blank line) opens as no wrapped line
    does (``_NO_CONTINUATION``), or follows a sentence's end or a line short of the
    margin (``WRAPPED_SHARE``), where a second note whose number OCR lost or garbled
    ("2 The", "2) The", "? The") would stand (tesseract prints the plain design's notes
    with no blank line between them); and after the paragraph the part ends (the remarks, the
    signatures' label, the reminder) or only a signature stands: short lines
    (``NAME_WIDTH``), the first opening with "/s/". The lines before the label are not
    looked at here (a note's block OCR printed before it: ``clean_scan`` looks)."""
    part = _explanation(lines)
    filled = [i for i in part if lines[i].strip()]
    if not filled or note_number(lines[filled[0]]) != 1 or any(
            note_number(line) is not None for line in lines[filled[0] + 1:]):
        return False
    end = next((i for i in range(filled[0], part.stop) if not lines[i].strip()), part.stop)
    paragraph = [lines[i].strip() for i in range(filled[0], end)]
    margin = WRAPPED_SHARE * max(len(line.strip()) for line in lines[part.start:])
    if any(_PARAGRAPH_END.search(before) or len(before) < margin or _NO_CONTINUATION.match(line)
           for before, line in zip(paragraph, paragraph[1:])):
        return False
    after = [lines[i].strip() for i in filled if i >= end]
    if not after:
        return part.stop < len(lines)  # the notes end where the page goes on
    return bool(_OPENING.match(after[0]) or OPENING_MISREAD.match(after[0])) and all(
        len(line) <= NAME_WIDTH for line in after)


def _explanation(lines: list[str]) -> range:
    """The lines of the Explanation of Responses (after its title, up to the remarks,
    the signatures or the closing notes)."""
    start = next((i + 1 for i, l in enumerate(lines) if _EXPLANATION.match(l)), len(lines))
    end = next((i for i in range(start, len(lines)) if _PART.match(lines[i])
                or _LABEL.match(lines[i]) or _CLOSING.match(lines[i])), len(lines))
    return range(start, end)


def ordered_notes(lines: list[str]) -> list[str]:
    """The footnotes in their numbers' order, where OCR printed a block of them out of
    it ("5.", "7.", "8.", "6."): where their numbers are each of 1 to the last once,
    each footnote's lines go with it."""
    part = _explanation(lines)
    starts = [i for i in part if _NUMBER.match(lines[i])]
    numbers = [int(m.group(1)) for m in (_NUMBER.match(lines[i]) for i in starts) if m]
    if not starts or numbers == sorted(numbers) or sorted(numbers) != list(range(1, len(numbers) + 1)):
        return lines
    bounds = starts + [part.stop]
    notes = sorted((numbers[k], lines[bounds[k]:bounds[k + 1]]) for k in range(len(starts)))
    return lines[:starts[0]] + [l for _, note in notes for l in note] + lines[part.stop:]


def halved_notes(lines: list[str]) -> list[str]:
    """Footnotes OCR read in two blocks: the openings of several footnotes, one line
    each ("5. The shares were sold in mul"), and, before or after them, their ends
    ("tiple transactions at ...", ". The shares were ..."). They are known for such
    where as many lines that open no footnote stand next to as many openings, each
    ending inside a sentence, or where lines open with a point (an end, for as many
    openings before them). Which end goes with which opening is not told by the words
    (nor whether a word was cut): all are left out, the openings' numbers kept (so that
    the footnotes after them keep their order), but where the cut fell at a sentence's
    end (``_rejoined``)."""
    part = _explanation(lines)
    filled = [i for i in part if lines[i].strip()]
    groups: list[tuple[bool, list[int]]] = []
    for i in filled:
        numbered = bool(_NUMBER.match(lines[i]))
        if groups and groups[-1][0] == numbered:
            groups[-1][1].append(i)
        else:
            groups.append((numbered, [i]))
    out = list(lines)
    for (first, a), (_, b) in zip(groups, groups[1:]):
        ends = b if first else a
        # the openings nearest the ends: the last before them, or the first after
        fragments = [i for i in ends if lines[i].lstrip().startswith(". ")]
        rejoined: dict[int, str] = {}
        if first and len(fragments) >= 2:  # ends that open with a point: as many openings
            openings = _like_openings(lines, a, len(fragments))
            block = _opening_block(lines, a)  # an opening of the block without its end
            if len(block) > len(openings) and openings[0] in block:  # is no whole note
                openings = block
            rejoined = _rejoined(lines, a, ends)
        else:
            openings = a[-len(ends):] if first else b[:len(ends)]
            if len(openings) != len(ends) or len(ends) < 2 or any(
                    _PARAGRAPH_END.search(lines[i].strip()) for i in openings):
                continue
        for i in ends:
            out[i] = ""
        for i in openings:  # the number stays: the footnotes after keep their order
            number = _NUMBER.match(lines[i])
            out[i] = rejoined.get(i) or (number.group(0).strip() if number else "")
    return out


def _sentence(line: str) -> str:
    """A footnote's opening line without its number."""
    return _NUMBER.sub("", line.strip(), count=1)


def _like_openings(lines: list[str], numbered: list[int], count: int) -> list[int]:
    """The last ``count`` of the ``numbered`` lines, and the like ones before them where
    they all are one sentence: a run of like openings longer than its ends lost an end
    (which opening's is not told), so none of them is read as a whole note."""
    openings = numbered[-count:]
    sentences = {_sentence(lines[i]) for i in openings}
    at = len(numbered) - count
    while len(sentences) == 1 and at > 0 and _sentence(lines[numbered[at - 1]]) in sentences:
        at -= 1
    return numbered[at:]


def _rejoined(lines: list[str], numbered: list[int], ends: list[int]) -> dict[int, str]:
    """The footnotes whose two halves OCR read as blocks, the openings' (the last of the
    ``numbered`` lines), then the ends', put back together (by the opening's index) where
    the page cut each line at a sentence's end: the openings are one sentence, the same
    in each ("11. The price reported in Column 4 is a weighted average price."), and
    each end opens with the point OCR read again and holds the rest of the line whole
    (". The shares were sold ... to $2,571.65, inclusive."). OCR reads each block from
    the top down, so the n-th end stands beside the n-th opening: they are paired in that
    order only where the ends' block opens with an end and the openings' whole block
    (``_opening_block``: its lines one under another, a blank line before) is exactly as
    long as the run of ends and numbered in order (a line lost from either block would
    shift every pair after it, whatever the opening before the lost one reads). An end whose text goes on over more lines (a word cut: "incl" /
    "lusive.", where a space may or may not belong) is left out as before, and so is one
    that does not close its sentence."""
    starts = [i for i in ends if lines[i].lstrip().startswith(". ")]
    openings = _opening_block(lines, numbered)
    if not starts or ends[0] != starts[0] or len(starts) != len(openings):
        return {}
    heads = [lines[i].strip() for i in openings]
    sentence = {_sentence(head) for head in heads}
    numbers = [int(m.group(1)) for m in map(_NUMBER.match, heads) if m]
    if len(sentence) != 1 or not heads[0].endswith(".") or len(numbers) != len(heads) \
            or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return {}
    bounds = starts[1:] + [ends[-1] + 1]
    out: dict[int, str] = {}
    for opening, head, start, stop in zip(openings, heads, starts, bounds):
        tail = lines[start].strip()[2:].strip()
        if _PARAGRAPH_END.search(tail) and not any(i in ends for i in range(start + 1, stop)):
            out[opening] = f"{head} {tail}"
    return out


def _opening_block(lines: list[str], numbered: list[int]) -> list[int]:
    """The last of the ``numbered`` lines that stand together, one under the other, with
    a blank line (or the notes' title) before them: the whole block OCR read of the
    openings ([] where a line of other text stands right before it)."""
    at = len(numbered) - 1
    while at > 0 and numbered[at - 1] == numbered[at] - 1:
        at -= 1
    first = numbered[at] if numbered else 0
    if not numbered or first and lines[first - 1].strip() and not _EXPLANATION.match(lines[first - 1]):
        return []
    return numbered[at:]


def signature_lines(lines: list[str]) -> list[str]:
    """The notes' lines with each signature on one line, "name date", or left out
    where it cannot be read for certain; the closing notes after them."""
    lines = [OPENING_MISREAD.sub(r"\1/s/", line) for line in lines]
    closing = [line for line in lines if _CLOSING_NOTE.match(line)]
    lines = [line for line in lines if not _CLOSING_NOTE.match(line)] + closing
    lines = [part for line in lines for part in _INNER_OPENING.split(line)]
    for at in [i for i, line in enumerate(lines) if _LABEL.match(line)][::-1]:
        _one_block(lines, at)
    return lines


def _block(lines: list[str], label: int) -> list[int]:
    """The lines of the signatures above ``label``: short lines and blank ones, up to
    a part's title or a line as wide as the page's text. After such a line the first
    short line may be its paragraph's last (a sentence's end ends it): it is the
    signatures' only where it opens one or holds a date."""
    start = label
    while start > 0 and not _PART.match(lines[start - 1]) and (
            len(lines[start - 1].strip()) <= NAME_WIDTH):
        start -= 1
    block = [i for i in range(start, label) if lines[i].strip()]
    after_paragraph = start > 0 and not _PART.match(lines[start - 1])
    first = lines[block[0]].strip() if block else ""
    if after_paragraph and _PARAGRAPH_END.search(first) and not _SIGNED.search(first) and not (
            _DATE_SHAPED.search(first)):
        block = block[1:]
    return block


def _dates_after(lines: list[str], label: int) -> list[int]:
    """The lines after the label, up to the closing notes, that hold a date alone."""
    out = []
    for i in range(label + 1, len(lines)):
        if _CLOSING.match(lines[i]) or _LABEL.match(lines[i]):
            break
        if _LONE_DATE.match(lines[i]):
            out.append(i)
        elif lines[i].strip():
            break
    return out


def _split_name(lines: list[str], block: list[int]) -> bool:
    """True where the signatures' block, right under the "Remarks:" title, is two lines
    whose first ends inside a word the line's end split ("Ann Habernigg, Attorney-in-"
    "fact for Reid G. Hoffman"): one text, so no remark stands before it, and a signature
    has a name: the two lines are the one signer's name, though no "/s/" opens it."""
    above = next((line for line in reversed(lines[:block[0]]) if line.strip()), "") if block else ""
    return (len(block) == 2 and bool(_REMARKS.match(above))
            and bool(re.search(r"[A-Za-z]-$", lines[block[0]].strip()))
            and not _DATE_SHAPED.search(lines[block[0]]))


def _date_in(line: str) -> re.Match[str] | None:
    """The date on a signature's line, or the date OCR misread there (``_MISREAD_DATE``)."""
    return _DATE.search(line) or _MISREAD_DATE.search(line)


def _one_block(lines: list[str], label: int) -> None:
    """The signatures above ``label`` put on one line, or blanked (in place)."""
    block = _block(lines, label)
    after = _dates_after(lines, label)
    dated = [i for i in block if _DATE_SHAPED.search(lines[i])]
    opening = next((i for i in block if _OPENING.match(lines[i])), None)
    if opening is None and _split_name(lines, block):
        opening = block[0]
    dates = [_date_in(lines[i]) for i in dated] + [_DATE.search(lines[i]) for i in after]
    found = dates[0] if len(dates) == 1 else None
    if opening is None or found is None or any(i < opening for i in dated):
        # a signature stands here, unreadable: its lines are no remarks
        several = len(dated) + len(after) > 1  # several signatures: all the block is theirs
        first = opening if opening is not None and not several else (
            block[0] if block else label)
        for i in [i for i in block if i >= first] + after:
            lines[i] = ""
        return
    date = found.group(0)
    names = [i for i in block if i >= opening]
    words: list[str] = []
    for i in names:
        line = _DATE.sub(" ", lines[i].replace(date, " ")) if i in dated else lines[i]
        words += [w for w in line.split() if not _SPECK.fullmatch(w)]
        if words and re.search(r"[A-Za-z]-$", words[-1]) and i != names[-1]:
            words[-1] += "\u0000"  # a word the line's end split: joined to the next
    words = [w.lstrip("_") for w in words]
    if len(words) > 2 and _LAST_SPECK.fullmatch(words[-1]) and not words[-2].endswith(
            ("\u0000", ",")):
        words = words[:-1]  # "Reid Hoffman OO": the rule under the name
    name = " ".join(words).replace("\u0000 ", "")
    # one opening among the name's lines: a second ("/s/ John Smith" / "/s/ Jane Doe")
    # is a second signature, whose name and date cannot be told from the first's
    lone = not any(_OPENING.match(lines[i]) for i in names if i != opening)
    for i in names + after:
        lines[i] = ""
    if not (lone and words):
        return
    if not any(_NO_NAME_WORD.fullmatch(w) for w in words) and not (
            _NO_LAST_WORD.fullmatch(words[-1])):
        lines[opening] = f"{name} {date}"
    elif _DATE.fullmatch(date) and not any(_GARBLED_DATE.search(w) for w in words):
        # a word of the name garbled ("Attorne'"), the date read: the signature stands
        # here, its name unknown (``GARBLED``: the reader leaves it out), its date kept
        lines[opening] = f"{GARBLED}{name} {date}"
