"""Property tests: damaged samples raise only Form4ParseError and never yield a value
that is not in the text. Bounded (a few hundred examples); benchmarks/fuzz.py runs more."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import form4lark
from mutations import mutate, values_not_in_text
from support import FIXTURES, fixture_text, sample_texts

TEXTS = {str(p.relative_to(FIXTURES)): fixture_text(p) for p in sample_texts()}


def _check(text: str) -> None:
    try:
        form = form4lark.parse(text)
    except form4lark.Form4ParseError:
        return
    assert values_not_in_text(json.loads(form.to_json()), text) == []


@settings(max_examples=300, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(TEXTS)), seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 4))
def test_mutated_samples_fail_cleanly_or_hold_only_their_own_values(name, seed, steps):
    _check(mutate(TEXTS[name], random.Random(seed), steps))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_fail_cleanly(data):
    try:
        form4lark.parse(data)
    except form4lark.Form4ParseError:
        pass


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_unmutated_samples_hold_only_their_own_values(name):
    _check(TEXTS[name])
