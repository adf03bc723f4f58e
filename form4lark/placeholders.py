"""The private-use characters the readers put into a text, each a mark for the grammar
or for a later reading (Unicode's private-use area: no converter prints them).
Gathered here so that no character stands for two things."""

#: put before a word that looks like a value but stands among words ("2010" in
#: "US Venture 2010 Seed"): the grammar reads it as a word (WORD accepts it;
#: ``form/row_sequence.py``)
AS_WORD = "\ue000"
#: put before a word OCR garbled beyond reading (``form/scan_marks.py``)
GARBLED = "\ue001"
#: a value whose figures ran into the next value's where the form leaves the cut open
#: ("$ 8.88301,097": 8.88 and 301,097, or 8.8830 and 1,097; ``shapes/glued_values.py``,
#: ``cells.py``; ``grammars/form_rows.lark`` writes it as ``\ue002``)
UNCUT = "\ue002"
#: a date column of a run-together Table II row that prints only marks where the marks
#: of the shares and of both dates ran together in more than one to each
#: ("45,659(2)(1)(1)": which cell holds which is not told; ``shapes/glued_marks.py``,
#: ``cells.py``; ``grammars/form_rows.lark`` writes it as ``\ue003``)
UNPLACED = "\ue003"
#: such a date column whose bare marks ran on past the shares' last group of figures
#: ("2,246,33811": 2,246,338, then the dates' marks "1" "1"), which proves the table glues
#: marks onto values (``shapes/glued_marks.py``, ``glued_amount_tables.py``); read as
#: ``UNPLACED`` (``grammars/form_rows.lark`` writes it as ``\ue004``)
GLUED_UNPLACED = "\ue004"
