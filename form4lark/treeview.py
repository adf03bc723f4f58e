"""A Lark parse tree as a ``rich.tree.Tree``, with every token's text escaped.

Lark's own ``Tree.__rich__`` passes token text to rich as markup, which eats
``[AMOT]`` and fails on ``[/F1]``; this converter wraps all text in ``Text``.
"""

from __future__ import annotations

from lark import Token
from lark import Tree as LarkTree
from rich.text import Text
from rich.tree import Tree


def to_rich(tree: LarkTree, label: str | None = None) -> Tree:
    """The rich tree of ``tree``: rules in bold, tokens as ``TYPE 'text'`` with line:column."""
    root = Tree(Text(label or str(tree.data), style="bold"))
    _add(root, tree)
    return root


def _add(node: Tree, tree: LarkTree) -> None:
    for child in tree.children:
        if isinstance(child, LarkTree):
            _add(node.add(Text(str(child.data), style="bold")), child)
        elif isinstance(child, Token):
            label = Text(child.type, style="cyan")
            label.append(f" {str(child)!r}")
            if child.line is not None:
                label.append(f"  {child.line}:{child.column}", style="dim")
            node.add(label)
        elif child is not None:
            node.add(Text(repr(child)))
