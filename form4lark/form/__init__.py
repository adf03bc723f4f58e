"""The form reader: one reader of the Form 4 for every shape of text (see reader.py)."""
