"""The pretty view of a record with rich: issuer, owners, the two tables, footnotes.

Filing text is full of square brackets that rich would read as markup, so
every piece of filing text goes in as ``rich.text.Text``, never as a markup string;
so do the panels' titles, which rich would otherwise search for emoji codes, loading
its table of them (milliseconds of the command line's start) to find none.
No number or date is ever cut: the tables choose a layout that fits the width
(``render_tables``), free text wraps between words. A value the text lost shows
as a dim ``?`` (``render_cells``).
"""

from __future__ import annotations

import io
import shutil
from collections import Counter

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import Diagnostic, Form4, ReportingOwner
from .render_cells import LOST, LOST_STYLE, TABLES, known, named_fields, show
from .render_fit import Column, Fitted, table
from .render_tables import lost_count, lost_note, render_table

__all__ = ["render", "render_text", "render_html", "show"]

_FLAGS = (("is_director", "Director"), ("is_officer", "Officer"),
          ("is_ten_percent_owner", "10% Owner"), ("is_other", "Other"))
#: More diagnostics than this get a count per severity in their title.
_MANY_DIAGNOSTICS = 3
_UNREAD = (("reporting_owners", "the reporting owners"), ("non_derivative_transactions", "Table I"),
           ("derivative_transactions", "Table II"), ("footnotes", "the explanation of responses"),
           ("signatures", "the signatures"))


def _relationship(owner: ReportingOwner) -> Text:
    parts = []
    for attr, label in _FLAGS:
        if getattr(owner, attr):
            if attr == "is_officer" and owner.officer_title:
                label = f"Officer: {owner.officer_title}"
            if attr == "is_other" and owner.other_text:
                label = f"Other: {owner.other_text}"
            parts.append(label)
    if not parts:
        if all(getattr(owner, attr) is None for attr, _ in _FLAGS):
            text = Text(LOST, style=LOST_STYLE)
            text.append(" (boxes not shown in the text)", style="dim")
            return text
        return Text("none", style="dim")
    return Text(", ".join(parts))


def _address(owner: ReportingOwner) -> Text:
    place = " ".join(p for p in (owner.city, owner.state, owner.zip) if p)
    lines = [p for p in (owner.street1, owner.street2, place) if p]
    return Text("\n".join(lines)) if lines else Text(LOST, style=LOST_STYLE)


def _owners(form: Form4) -> RenderableType:
    owners = form.reporting_owners or ()
    names = []
    for owner in owners:
        name = known(owner.name)
        if owner.cik:
            name.append(f"\nCIK {owner.cik}", style="dim")
        names.append(name)
    columns = [Column("Name", names, text=True),
               Column("Address", [_address(o) for o in owners], text=True),
               Column("Relationship", [_relationship(o) for o in owners], text=True)]
    # below ~50 columns, one owner after the other
    stacked = Group(*(Text("\n").join(c.cells[i] for c in columns) for i in range(len(owners))))
    return Fitted(Text("Reporting owners", style="bold"),
                  (lambda room: table(columns, room), lambda room: stacked))


def _head(form: Form4) -> Text:
    head = Text()
    head.append(f"Form {form.document_type}  ", style="bold")
    head.append_text(known(form.issuer.name))
    head.append(" [")
    head.append_text(known(form.issuer.trading_symbol))
    head.append("]")
    if form.issuer.cik:
        head.append(f"  CIK {form.issuer.cik}", style="dim")
    head.append("\nPeriod of report: ")
    head.append_text(known(form.period_of_report))
    if form.date_of_original_submission:
        head.append(f"\nAmends the filing of {show(form.date_of_original_submission)}")
    head.append("\nFiled by: ")
    joint = {True: "more than one reporting person", False: "one reporting person"}
    if form.filed_by_more_than_one_person is None:
        head.append_text(known(None))
        head.append(" (box 6 not shown in the text)", style="dim")
    else:
        head.append(joint[form.filed_by_more_than_one_person])
    if form.not_subject_to_section16:
        head.append("\nNo longer subject to Section 16 (box 1 checked)")
    if form.aff10b5_one is not None:
        head.append(f"\nRule 10b5-1(c) plan: {show(form.aff10b5_one)}")
    head.append(f"\nLayout: {form.layout}", style="dim")
    return head


def _tables(form: Form4) -> list[RenderableType]:
    named = named_fields(form)
    parts: list[RenderableType] = []
    lost = 0
    for attr in TABLES:
        rows = getattr(form, attr) or ()
        if rows:
            parts.append(render_table(attr, rows, named))
            lost += lost_count(attr, rows, named)
    if not parts:
        parts.append(Text("No rows in Table I or Table II.", style="dim"))
    if lost:
        parts.append(lost_note(lost))
    return parts


def _in_line_order(diagnostic: Diagnostic) -> tuple[int, int, int]:
    return (diagnostic.line is None, diagnostic.line or 0, diagnostic.column or 0)


def _diagnostics(diagnostics: tuple[Diagnostic, ...]) -> Panel:
    grid = Table.grid(padding=(0, 1), pad_edge=False)
    grid.add_column(no_wrap=True, justify="right", style="dim")
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for d in sorted(diagnostics, key=_in_line_order):
        where = f"{d.line}:{d.column}" if d.line and d.column else str(d.line or "-")
        severity = Text(d.severity, style="red" if d.severity == "error" else "yellow")
        grid.add_row(where, severity, Text(f"{d.field}: {d.message}"))
    title = "Diagnostics"
    if len(diagnostics) > _MANY_DIAGNOSTICS:
        counts = Counter(d.severity for d in diagnostics)
        title += ": " + ", ".join(f"{n} {severity}{'s' * (n > 1)}"
                                  for severity, n in sorted(counts.items()))
    return Panel(grid, title=Text(title), title_align="left", border_style="yellow")


def _notes(form: Form4) -> list[RenderableType]:
    parts: list[RenderableType] = []
    if form.footnotes:
        notes = Text()
        for i, (fid, text) in enumerate(form.footnotes.items()):
            notes.append(("\n" if i else "") + f"({fid}) ", style="bold")
            notes.append_text(known(text))  # a note whose text was lost: "?"
        parts.append(Panel(notes, title=Text("Explanation of responses"), title_align="left"))
    if form.remarks:
        parts.append(Panel(Text(form.remarks), title=Text("Remarks"), title_align="left"))
    signed = Table.grid(padding=(0, 2), pad_edge=False, expand=True)
    signed.add_column(overflow="fold", ratio=1)
    signed.add_column(no_wrap=True, justify="right")
    for sig in form.signatures or ():
        signed.add_row(known(sig.name), known(sig.date))
    parts.append(Panel(signed if form.signatures else Text("none found", style="dim"),
                       title=Text("Signatures"), title_align="left"))
    return parts


def render(form: Form4, source: str | None = None) -> RenderableType:
    """The whole record as one rich renderable, fitting any width from 60 columns up."""
    parts: list[RenderableType] = [_head(form)]
    if form.reporting_owners:
        parts.append(_owners(form))
    elif form.reporting_owners is not None:  # None (unread) is said with the other unread parts
        parts.append(Text("No reporting owner was read.", style="dim"))
    unread = [label for attr, label in _UNREAD if getattr(form, attr) is None]
    if unread:
        parts.append(Text("Could not be read (see diagnostics): " + ", ".join(unread), style="red"))
    parts += _tables(form)
    parts += _notes(form)
    if form.diagnostics:
        parts.append(_diagnostics(form.diagnostics))
    return Panel(Group(*parts), title=Text(source) if source else None, title_align="left")


def render_text(form: Form4, width: int | None = None) -> str:
    """The pretty view as plain text (no colour), ``width`` columns wide (default:
    the terminal's, or 80 when there is none)."""
    width = width or shutil.get_terminal_size((80, 24)).columns
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    with console.capture() as capture:
        console.print(render(form))
    return capture.get()


def render_html(form: Form4, width: int = 100) -> str:
    """The pretty view as an HTML fragment (a ``<pre>``), for notebooks."""
    console = Console(file=io.StringIO(), record=True, width=width, highlight=False)
    console.print(render(form))
    return console.export_html(inline_styles=True, code_format=(
        '<pre style="font-family:Menlo,\'DejaVu Sans Mono\',consolas,monospace;'
        'line-height:1.2">{code}</pre>'))
