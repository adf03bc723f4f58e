"""Inputs that are not text: files whose words come with their place on the page.

A PDF's text layer (``pdf.py``, ``glyphs.py``) gives words with boxes; ``words.py``
turns them into the page grid that the form reader reads by column positions. A
scanned page's OCR (``scan.py``; a PDF's pages drawn by ``raster.py``) is read as
tesseract's text of it, its doubtful texts then left unknown (``ocr_doubts.py``).
``kinds.py`` tells such an input by its first bytes.
"""
