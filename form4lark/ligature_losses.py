"""Words that lost a ligature's letters: read back where the text prints them whole, else unknown.

A PDF's font may draw "fi", "ff", "fl", "ffi" and "ffl" as one glyph that a
converter turns into a lone "f" (pymupdf: "Ofcer", "Hofman", "Pacifc") or into an
"f" moved after the next letter with a space ("Hofmf an", "Afrfi m"). The words
lost so are no words the text can be trusted with:

- a text shows it loses ligatures where the form's own printed words stand so
  ("Ofcer", "fled", "Benefcially");
- in such a text a prose value's word that lost them is read back to the whole word
  the text prints elsewhere where there is just one ("Afrm" -> "Affirm", "Jefrey" ->
  "Jeffrey"); a word with an "f" before a consonant that English never sets after a
  lone "f" (only after a ligature: "Hofman", "Pacifc", "Hofmf an") leaves its value
  unknown, with a diagnostic. An "f" before a vowel, "r", "t" or "y" may be the word's
  own ("Preferred", "transfer", "after"): such a word not printed whole elsewhere is
  kept as printed ("Qualifed" stays wrong; doubting those words lost some 360 right
  values of the agent design's pymupdf texts, mostly footnotes, for 28 wrong).

A word printed both whole and with a ligature's letters missing ("Affirm" in a
footnote, "Afrm" in a cell) is no proof of a loss: English has such pairs of
words ("Ofer" and "offer", "Shafer" and "Shaffer", "defect" and "deflect"). In a
text whose form's words are whole, such a word is read back never; where its lone
"f" stands before a consonant ("Afrm", "Efron") its value is unknown, with a
diagnostic; before a vowel ("Ofer", "Hofer") it is kept as printed.

A text that shows neither is left as it is: its words are as printed.
"""

from __future__ import annotations

import re

from .form.table_header import HEADER_WORDS, PRINTED
from .inputs.ocr_doubts import prose_checked
from .model import Form4

#: what a converter may print for a ligature's glyph: a lone "f"
LIGATURES = ("ff", "fi", "fl", "ffi", "ffl")
# a word's letters (a value's word is read back or doubted letters by letters)
_LETTERS = re.compile(r"[A-Za-z]+")
# an "f" inside a word, alone, before a lower-case letter that no ligature's "f" stands
# before in a whole word ("Hofman", "Pacifc", "Afrfi m"): where a ligature's other
# letters may be missing (a word's first "f" is left alone: "fact", "from", "for")
_LONE_F = re.compile(r"(?<=[A-Za-z])(?<!f)f(?![fil])[a-z]")
# where English spells no lone "f" (before a consonant other than "r", "t" or "y":
# "Hofman", "Pacifc"), or where a ligature's "f" was moved past its next letter and a
# space ("Hofmf an", "Afrfi m"): a word surely lost a ligature's letters. An "f" before a
# vowel, "r", "t" or "y" may be a whole word's ("Preferred", "transfer", "after"): such a
# word is only read back, never doubted.
_LOST = re.compile(r"(?<=[A-Za-z])(?<!f)f[bcdghjkmnpqsvwxz]|f[a-z]f[il]?$")

# a lone "f" inside a word before a consonant ("Afrm", "Efron"; not "Ofer", "Hofer")
_BEFORE_CONSONANT = re.compile(r"(?<=[A-Za-z])(?<!f)f[bcdghjkmnpqrstvwxz]")

_WHY = "the text's font loses ligatures' letters (\"fi\", \"ff\" printed \"f\"), and this word may have"


def _lossy(word: str) -> set[str]:
    """``word`` as printed with one of its ligatures drawn as a lone "f"."""
    return {word[:i] + "f" + word[i + len(lig):]
            for lig in LIGATURES for i in range(len(word)) if word.startswith(lig, i)}


_FORM_WORDS = frozenset(w.lower().strip("()*,;:") for w in PRINTED | HEADER_WORDS)
# the form's printed words with a ligature lost ("ofcer", "fled", "benefcially")
_FORM_LOSSES = frozenset(v for w in _FORM_WORDS for v in _lossy(w)) - _FORM_WORDS


def _whole_words(word: str, seen: frozenset[str]) -> set[str]:
    """``word`` with a lone "f" made a ligature's letters, as each is among ``seen`` (the
    text's words in lower case), in ``word``'s own case ("Afrm" -> "Affirm")."""
    lig_case = str.upper if word.isupper() and len(word) > 1 else str.lower
    return {word[:i] + lig_case(lig) + word[i + 1:] for i, c in enumerate(word) if c == "f"
            for lig in LIGATURES if (word[:i] + lig + word[i + 1:]).lower() in seen}


def _loses_ligatures(seen: frozenset[str]) -> bool:
    """True where the text's words (``seen``: in lower case) show that its font loses
    ligatures' letters: the form's own printed words lost them ("Ofcer", "fled")."""
    return bool(seen & _FORM_LOSSES)


def _may_have_lost(words: frozenset[str], seen: frozenset[str]) -> bool:
    """True where a word of the text stands also with a ligature's letters whole
    elsewhere ("Afrm" and "Affirm"; a lone "f" is a lower-case one: "AFRM" is no
    "Affirm"): a loss or a pair of words ("Ofer" and "offer")."""
    return any(_LONE_F.search(w) and _whole_words(w, seen) for w in words if "f" in w)


def ligatures_checked(form: Form4, text: str) -> Form4:
    """The record with its prose values' words that lost a ligature read back where the
    text prints them whole, and left unknown where not (see the module's docstring)."""
    if "f" not in text:
        return form
    words = frozenset(_LETTERS.findall(text))
    seen = frozenset(map(str.lower, words))
    loses = _loses_ligatures(seen)
    if not loses and not _may_have_lost(words, seen):
        return form

    def checked(value: str) -> tuple[str | None, str | None]:
        doubted: list[str] = []
        read_back: list[str] = []

        def whole(match: re.Match[str]) -> str:
            word = match.group()
            if not _LONE_F.search(word) or word.lower() in _FORM_WORDS:
                return word
            found = _whole_words(word, seen)
            if not loses:  # the text shows a pair of words at most ("Ofer", "offer")
                if found and _BEFORE_CONSONANT.search(word):
                    doubted.append(word)
                return word
            if len(found) == 1:
                read_back.append(word)
                return found.pop()
            if _LOST.search(word):
                doubted.append(word)
            return word
        kept = _LETTERS.sub(whole, value)
        if doubted:
            return None, f"{_WHY} lost them: {doubted[0]!r}"
        if read_back:
            return kept, f"{_WHY}: {', '.join(map(repr, read_back))} read as the text prints it whole"
        return value, None
    return prose_checked(form, checked)

