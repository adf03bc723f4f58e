"""``python -m form4lark``: the command line."""

from .cli import main

raise SystemExit(main())
