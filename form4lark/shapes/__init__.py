"""Shape readers: a text, whatever program made it, turned into a ``Page``.

A text is recognised by its shape, not by its converter: *cells* (markdown
pipe or tab tables, HTML tables left in markdown), *grid* (column-aligned
text, where spaces keep the page's x positions) or *stream* (words in reading
order, one run per line). ``detect.py`` tells the shape; each module reads one.
"""
