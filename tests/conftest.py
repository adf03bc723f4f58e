"""Shared fixtures: JSON snapshots kept in the top-level ``snapshots/`` folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from syrupy.extensions.json import JSONSnapshotExtension

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class TopLevelJSONSnapshot(JSONSnapshotExtension):
    """Snapshots as ``snapshots/<test module>/<test name>.json``, readable and diffable."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(ROOT / "snapshots" / Path(test_location.filepath).stem)


@pytest.fixture
def snapshot(snapshot):
    return snapshot.with_defaults(extension_class=TopLevelJSONSnapshot)
