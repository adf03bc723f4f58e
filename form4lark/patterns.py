"""The form's lexical patterns: the pieces of text Form 4 prints (footnote marks, dates,
amounts) as Python regular expressions, written once for every reader that looks for them.

Plain names hold pattern text, to compose a module's own expression from ("a price and its
marks": ``r"\\$[0-9][0-9,.]*" + MARKS_AFTER``); names ending in ``_RE`` are compiled, to
match with. Where ``grammars/common.lark`` has the same terminal, the comment names it and
``tests/test_patterns.py`` checks that the two say the same. A pattern that only looks like
one here (``\\d`` for ``[0-9]``, a different count of digits) is another language: it stays
in its module.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- footnote marks
#: "(1)", "(12)": a footnote mark standing on the value before it (common.lark FOOTNOTE_MARK)
FOOTNOTE_MARK = r"\([0-9]{1,2}\)"
#: the marks a value may carry, none or more: "", "(1)", "(2)(3)"
MARKS_AFTER = rf"(?:{FOOTNOTE_MARK})*"
#: one mark or more: "(3)", "(2)(3)"
MARKS_RE = re.compile(rf"(?:{FOOTNOTE_MARK})+")
#: the marks ending a text: "Stock(1)", "LP(2)(3)"
MARKS_AT_END_RE = re.compile(rf"(?:{FOOTNOTE_MARK})+$")
#: a mark ending a text (a cell's, a word's): "Stock(1)", "(3)"
MARK_AT_END_RE = re.compile(rf"{FOOTNOTE_MARK}$")
#: a mark with its number in group 1: "(12)" -> "12"
MARK_NUMBER_RE = re.compile(r"\(([0-9]{1,2})\)")
#: a note's number printed bare, no sign, point, comma nor parentheses ("1", "12"; never
#: "0" nor "05"): a footnote mark a converter printed without its "(n)"
BARE_MARK_RE = re.compile(r"[1-9][0-9]?")
#: a table header's bracket a converter may run into the word before it ("OwnedFollowing(D/I)",
#: "or(D)"): the word in group "word", the bracket (form_short_boxes.lark C_FORM's "(D/I)",
#: C_DIRECTION's "(A)" and "(D)") in group "bracket"
HEADER_BRACKET_GLUED_RE = re.compile(r"(?P<word>.*[A-Za-z])(?P<bracket>\((?:D/I|A|D)\))")
#: the notes' label, where the tables end: "Explanation of Responses:"
NOTES_LABEL = r"Explanation\s+of\s+Responses"
#: Table I's title, where the tables open: "Table I - Non-Derivative Securities ..."
TABLE_I_TITLE = r"Table\s+I\s*[-\u2013\u2014]"
#: a note's opening where the notes list it, its number in group 1: "1. This transaction ..."
NOTE_OPENING = r"[ \t]*([0-9]{1,2})\.[ \t]"
#: a row's last column, direct or indirect ownership, a mark glued to it or not: "D", "(I)(2)"
OWNERSHIP_END_RE = re.compile(r"\(?[DI]\)?" + MARKS_AFTER)
#: how a nature of ownership opens ("By Trust", "by Trust", "See footnote(3)"), never a title
NATURE_OPENING_RE = re.compile(r"(By|See)\b", re.I)
#: a note's name ended by its marks, as a "See" nature prints it: "footnote(4)",
#: "Footnotes(2)(3)"
NOTE_NAME_RE = re.compile(rf"[Ff]ootnotes?{MARKS_RE.pattern}")
#: a price, no mark: "$2,592.18", "$66.903"
PRICE_WORD_RE = re.compile(r"\$[0-9][0-9,]*(?:\.[0-9]+)?")
#: an amount of shares, no dollar sign, no mark: "5036306", "1,500", "2.5"
AMOUNT_WORD_RE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
#: the transaction's acquired/disposed letters, (A) or (D)
DIRECTION_LETTERS = ("A", "D")
#: a holding's letters: (D) direct, (I) indirect
HOLDING_LETTERS = ("D", "I")

# ---------------------------------------------------------------- dates
#: "11/14/2013", "2/3/2011": month/day/year as the form asks for it (common.lark DATE)
DATE = r"(0?[1-9]|1[0-2])/(0?[1-9]|[12][0-9]|3[01])/(19|20)[0-9][0-9]"
DATE_RE = re.compile(DATE)
#: a date's shape whatever its digits say: "08/12/2019", "2/3/2011", "13/45/2019" too
DATE_SHAPE = r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}"
DATE_SHAPE_RE = re.compile(DATE_SHAPE)
#: a date printed with two digits for its month and its day: "05/02/2019"
PADDED_DATE = r"[0-9]{2}/[0-9]{2}/[0-9]{4}"
PADDED_DATE_RE = re.compile(PADDED_DATE)
#: the word the form prints below (or after) a signature's date, its label
DATE_LABEL = "Date"

# ---------------------------------------------------------------- numbers
#: "19,214": a whole amount with its thousands grouped by commas
GROUPED_WHOLE = r"[0-9]{1,3}(,[0-9]{3})+"
#: "19,214", "1,150,783.5": an amount with its thousands grouped by commas (the first
#: alternative of common.lark AMOUNT)
GROUPED = GROUPED_WHOLE + r"(\.[0-9]+)?"
#: a cell of an amount with figures glued on past it, marks printed as bare superscripts:
#: one printed with thousands commas whose last group holds more than three figures
#: ("10,0001", "69,064234": a group of thousands is three figures), or zero with figures
#: glued on ("02": no amount is printed with a leading zero)
GLUED_AMOUNT_CELL_RE = re.compile(rf"(?P<value>{GROUPED_WHOLE}|0)(?P<digits>[0-9]{{1,3}})")
GROUPED_RE = re.compile(GROUPED)
GROUPED_WHOLE_RE = re.compile(GROUPED_WHOLE)

#: where a header box's label (boxes 2 to 6) opens: "3. Date of Earliest", "2. Issuer Name"
BOX_OPENING = r"[2-6]\.? ?(?:Issuer Name|Date of Earliest|If Amendment|Relationship of|Individual or)"

# ---------------------------------------------------------------- transaction codes
#: the codes of an exercise of a derivative (the form's instructions): never before the
#: date it is exercisable; its price printed in Table II and again in Table I's row
EXERCISE_CODES = ("M", "X")
