"""The pretty view of a record with rich: issuer, owners, the two tables, footnotes.

Filing text is full of square brackets that rich would read as markup, so
every piece of filing text goes in as ``rich.text.Text``, never as a markup string.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Iterable

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import Form4, ReportingOwner

_FLAGS = (("is_director", "Director"), ("is_officer", "Officer"),
          ("is_ten_percent_owner", "10% Owner"), ("is_other", "Other"))


def show(value: Any) -> str:
    """A value as the form would print it; unknown is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _cell(row: Any, name: str) -> Text:
    text = Text(show(getattr(row, name)))
    ids = row.footnotes.get(name)
    if ids:
        text.append("".join(f"({i})" for i in ids), style="dim")
    return text


def _relationship(owner: ReportingOwner) -> Text:
    parts = []
    for attr, label in _FLAGS:
        flag = getattr(owner, attr)
        if flag:
            if attr == "is_officer" and owner.officer_title:
                label = f"Officer: {owner.officer_title}"
            if attr == "is_other" and owner.other_text:
                label = f"Other: {owner.other_text}"
            parts.append(label)
    if not parts:
        unknown = all(getattr(owner, attr) is None for attr, _ in _FLAGS)
        return Text("not shown in the text" if unknown else "none", style="dim")
    return Text(", ".join(parts))


def _owners(form: Form4) -> Table:
    table = Table(title="Reporting owners", title_justify="left", expand=False)
    for header in ("Name", "Address", "Relationship"):
        table.add_column(header)
    for owner in form.reporting_owners or ():
        address = "\n".join(p for p in (
            owner.street1, owner.street2,
            " ".join(p for p in (owner.city, owner.state, owner.zip) if p)) if p)
        table.add_row(Text(show(owner.name)), Text(address), _relationship(owner))
    return table


#: Columns of free text, which may wrap; every other column is a value kept on one line.
_TEXT_COLUMNS = {"security_title", "nature_of_ownership", "underlying_security_title"}


def _rows(title: str, columns: Iterable[tuple[str, str]], rows: tuple) -> Table:
    # a column no row fills (no value, no footnote) only takes room from the others
    columns = [(name, header) for name, header in columns
               if any(getattr(r, name) is not None or r.footnotes.get(name) for r in rows)]
    table = Table(title=title, title_justify="left")
    for name, header in columns:
        if name in _TEXT_COLUMNS:
            table.add_column(header, overflow="fold", ratio=1, min_width=14)
        else:
            table.add_column(header, no_wrap=True, justify="right" if name not in (
                "transaction_code", "acquired_disposed", "direct_or_indirect") else "center")
    for row in rows:
        table.add_row(*(_cell(row, name) for name, _ in columns))
    return table


def render(form: Form4, source: str | None = None) -> RenderableType:
    """The whole record as one rich renderable."""
    head = Text()
    head.append(f"Form {form.document_type}", style="bold")
    head.append(f"  {show(form.issuer.name)}")
    if form.issuer.trading_symbol:
        head.append(f" [{form.issuer.trading_symbol}]")
    head.append(f"\nPeriod of report: {show(form.period_of_report) or 'unknown'}")
    if form.date_of_original_submission:
        head.append(f"   Amends filing of {show(form.date_of_original_submission)}")
    joint = {True: "more than one reporting person", False: "one reporting person",
             None: "not shown"}[form.filed_by_more_than_one_person]
    head.append(f"\nFiled by: {joint}")
    head.append(f"\nLayout: {form.layout}", style="dim")
    parts: list[RenderableType] = [head, _owners(form)]
    unread = [label for attr, label in (
        ("reporting_owners", "the reporting owners"), ("non_derivative_transactions", "Table I"),
        ("derivative_transactions", "Table II"), ("footnotes", "the explanation of responses"),
        ("signatures", "the signatures")) if getattr(form, attr) is None]
    if unread:
        parts.append(Text("Could not be read (see diagnostics): " + ", ".join(unread), style="red"))
    if form.non_derivative_transactions:
        parts.append(_rows("Table I: transactions", (
            ("security_title", "Security"), ("transaction_date", "Date"),
            ("deemed_execution_date", "Deemed"), ("transaction_code", "Code"),
            ("shares", "Shares"), ("acquired_disposed", "A/D"), ("price_per_share", "Price"),
            ("shares_owned_following", "Owned after"), ("direct_or_indirect", "D/I"),
            ("nature_of_ownership", "Nature")), form.non_derivative_transactions))
    if form.non_derivative_holdings:
        parts.append(_rows("Table I: holdings", (
            ("security_title", "Security"), ("shares_owned_following", "Owned"),
            ("direct_or_indirect", "D/I"), ("nature_of_ownership", "Nature")),
            form.non_derivative_holdings))
    if form.derivative_transactions:
        parts.append(_rows("Table II: transactions", (
            ("security_title", "Security"), ("conversion_or_exercise_price", "Exercise price"),
            ("transaction_date", "Date"), ("transaction_code", "Code"), ("shares", "Number"),
            ("acquired_disposed", "A/D"), ("exercise_date", "Exercisable"),
            ("expiration_date", "Expires"), ("underlying_security_title", "Underlying"),
            ("underlying_shares", "Underlying shares"), ("price_per_share", "Price"),
            ("shares_owned_following", "Owned after"), ("direct_or_indirect", "D/I"),
            ("nature_of_ownership", "Nature")), form.derivative_transactions))
    if form.derivative_holdings:
        parts.append(_rows("Table II: holdings", (
            ("security_title", "Security"), ("conversion_or_exercise_price", "Exercise price"),
            ("exercise_date", "Exercisable"), ("expiration_date", "Expires"),
            ("underlying_security_title", "Underlying"), ("underlying_shares", "Underlying shares"),
            ("shares_owned_following", "Owned"), ("direct_or_indirect", "D/I"),
            ("nature_of_ownership", "Nature")), form.derivative_holdings))
    if not (form.non_derivative_transactions or form.non_derivative_holdings
            or form.derivative_transactions or form.derivative_holdings):
        parts.append(Text("No rows in Table I or Table II.", style="dim"))
    if form.footnotes:
        notes = Text()
        for i, (fid, text) in enumerate(form.footnotes.items()):
            notes.append(("\n" if i else "") + f"({fid}) ", style="bold")
            notes.append(text)
        parts.append(Panel(notes, title="Explanation of responses", title_align="left"))
    if form.remarks:
        parts.append(Panel(Text(form.remarks), title="Remarks", title_align="left"))
    signed = Text()
    for i, sig in enumerate(form.signatures or ()):
        signed.append(("\n" if i else "") + show(sig.name))
        signed.append(f"  {show(sig.date)}", style="dim")
    parts.append(Panel(signed or Text("none found", style="dim"), title="Signatures",
                       title_align="left"))
    if form.diagnostics:
        diag = Text()
        for i, d in enumerate(form.diagnostics):
            where = f"{d.line}:{d.column or 0}" if d.line else "-"
            diag.append(("\n" if i else "") + f"{where} {d.severity} {d.field}: {d.message}")
        parts.append(Panel(diag, title="Diagnostics", title_align="left", style="yellow"))
    title = Text(source) if source else None
    return Panel(Group(*parts), title=title, title_align="left")
