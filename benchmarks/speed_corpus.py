"""The documents ``speed.py`` times: a corpus's filings (each converter's text and the
filing's XML), or the test fixtures standing in for it, and the small samples."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "tests"))

from support import fixture_exists, fixture_file, fixture_paths  # noqa: E402

#: where the fixtures stored gzip-compressed are unpacked, once, for the run's files
#: (made at the first such fixture)
_UNPACKED: list[tempfile.TemporaryDirectory] = []


@dataclass(frozen=True)
class Text:
    """One converter's text of one filing."""

    filing: str
    design: str
    converter: str
    path: Path


@dataclass(frozen=True)
class Filing:
    """A filing's texts and, when there is one, its ownership XML."""

    id: str
    texts: tuple[Text, ...]
    xml: Path | None


def texts_in(folder: Path, filing: str) -> tuple[Text, ...]:
    """The ``<design>/<converter>.txt|.md`` texts under a filing's folder (a fixture's
    text stored gzip-compressed unpacked: ``unpacked``)."""
    return tuple(Text(filing, p.parent.name, p.name, unpacked(p))
                 for p in fixture_paths(folder, "*/*") if p.suffix in (".txt", ".md"))


def unpacked(path: Path) -> Path:
    """A fixture as a file of its own: itself, or (stored as ``<name>.gz``, as the tests
    keep a large whole text) its text unpacked under the same name into ``_UNPACKED``."""
    if path.exists():
        return path
    if not _UNPACKED:
        _UNPACKED.append(tempfile.TemporaryDirectory(prefix="form4lark-fixtures-"))
    return fixture_file(path, Path(_UNPACKED[0].name))


def corpus_filings(corpus: Path) -> list[Filing]:
    """The shared corpus: ``filings/<id>/<design>/<converter>`` and ``filing.xml``."""
    folders = [d for d in sorted((corpus / "filings").iterdir()) if d.is_dir()]
    return [Filing(d.name, texts_in(d, d.name),
                   d / "filing.xml" if (d / "filing.xml").exists() else None) for d in folders]


def fixture_filings() -> list[Filing]:
    """The test fixtures' filings; their XML, where any, beside them or in ``fixtures/xml``."""
    filings = []
    folders = sorted((FIXTURES / "forms").glob("*/")) + sorted((FIXTURES / "corpus").glob("*/"))
    for folder in folders:
        beside, apart = folder / "filing.xml", FIXTURES / "xml" / folder.name / "filing.xml"
        xml = next((unpacked(p) for p in (beside, apart) if fixture_exists(p)), None)
        filings.append(Filing(folder.name, texts_in(folder, folder.name), xml))
    return [f for f in filings if f.texts]


def spread(items: list, count: int) -> list:
    """``count`` items taken evenly across ``items`` (all of them when count is larger)."""
    if count >= len(items):
        return items
    return [items[i * len(items) // count] for i in range(count)]


def samples() -> list[Path]:
    """Small texts for the folder and size tests: the seeds and the fixtures' corpus."""
    return sorted((FIXTURES / "seeds").glob("*.txt")) + [
        unpacked(p) for p in fixture_paths(FIXTURES / "corpus", "*/text/*") if p.suffix in (".txt", ".md")]
