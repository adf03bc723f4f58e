"""``parse`` pauses Python's cyclic garbage collector while it reads (``api.py``), and
leaves it as it found it: on, off, or after an error."""

from __future__ import annotations

import gc

import pytest

import form4lark
from form4lark import api
from support import sample_texts

TEXT = sample_texts()[0].read_text()


@pytest.fixture
def collector_seen(monkeypatch):
    """Whether the collector was on while ``build`` ran, for each call."""
    seen: list[bool] = []
    build = api.build

    def watched(sections):
        seen.append(gc.isenabled())
        return build(sections)

    monkeypatch.setattr(api, "build", watched)
    was = gc.isenabled()
    yield seen
    gc.enable() if was else gc.disable()


def test_the_collector_is_paused_while_reading_and_on_again_after(collector_seen):
    gc.enable()
    form4lark.parse(TEXT)
    assert collector_seen == [False] and gc.isenabled()


def test_a_collector_turned_off_stays_off(collector_seen):
    gc.disable()
    form4lark.parse(TEXT)
    assert collector_seen == [False] and not gc.isenabled()


def test_the_collector_is_on_again_after_a_refusal():
    gc.enable()
    with pytest.raises(form4lark.Form4ParseError):
        form4lark.parse("not a form at all")
    assert gc.isenabled()
