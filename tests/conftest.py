"""Shared fixtures: JSON snapshots kept in the top-level ``snapshots/`` folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from syrupy.extensions.json import JSONSnapshotExtension
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class TopLevelJSONSnapshot(JSONSnapshotExtension):
    """Snapshots as ``snapshots/<test module>/<test name>.json``, readable and diffable."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(ROOT / "snapshots" / Path(test_location.filepath).stem)


class TopLevelTextSnapshot(SingleFileSnapshotExtension):
    """Plain-text snapshots (the pretty view, error messages) as ``.txt`` files in ``snapshots/``."""

    _write_mode = WriteMode.TEXT
    file_extension = "txt"

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(ROOT / "snapshots" / Path(test_location.filepath).stem)


@pytest.fixture
def snapshot(snapshot):
    return snapshot.with_defaults(extension_class=TopLevelJSONSnapshot)


@pytest.fixture
def text_snapshot(snapshot):
    return snapshot.with_defaults(extension_class=TopLevelTextSnapshot)
