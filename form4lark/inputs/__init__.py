"""Inputs that are not text: files whose words come with their place on the page.

A PDF's text layer (``pdf.py``, ``glyphs.py``) and a scanned page's OCR
(``scan.py``) give words with boxes; ``words.py`` turns them into the page grid
that the form reader reads by column positions. ``kinds.py`` tells such an
input by its first bytes.
"""
