"""Pages that a converter cut into strips of cells (markitdown on a PDF): pipe-table rows
for parts of the page's lines, the words between them as lines of text. A box's value
and its label may stand in different strips."""

from __future__ import annotations

from form4lark.form import checkboxes, header, notes
from form4lark.form.atoms import lex
from form4lark.form.reader import _loose_rows, _titles_beside_street
from form4lark.shapes.markdown import read_markdown
from form4lark.text import city_around_state

_SEPARATOR = "| --- | --- | --- | --- |"


def _atoms(text: str):
    page = read_markdown(text)
    return page, lex(page, "boxes")


def test_a_city_wrapped_around_the_state_and_zip_is_joined_before_them() -> None:
    assert city_around_state(["MOUNTAIN", "CA 94043", "VIEW"]) == "MOUNTAIN VIEW CA 94043"
    assert city_around_state(["MINATO-KU", "M0 105-7537", "TOKYO"]) == "MINATO-KU TOKYO M0 105-7537"
    assert city_around_state(["GRAND", "E9 KY1-9008", "CAYMAN,"]) == "GRAND CAYMAN, E9 KY1-9008"
    # two lines that each end like a state and zip: which is the place's is lost
    assert city_around_state(["NY 10001", "CA 94043"]) is None
    # a zip of two words wrapped after its first (pandoc's narrow cell): no city's word
    assert city_around_state(["ST. HELIER, Y9 JE1", "0BD"]) == "ST. HELIER, Y9 JE1 0BD"
    # a US zip's rest joined as a wrapped value; none after a whole zip (not the city's)
    assert city_around_state(["MENLO PARK, CA 94025-", "1234"]) == "MENLO PARK, CA 94025-1234"
    assert city_around_state(["NEW YORK, NY 10022", "4"]) is None


def test_box1_place_in_strips_reads_city_state_and_zip() -> None:
    text = "\n".join([
        "1. Name and Address of Reporting Person*", "Hoffman Reid", "(Last) (First) (Middle)",
        "2029 STIERLIN COURT", "(Street)", "MOUNTAIN",
        "|      | CA  | 94043 |     |", _SEPARATOR, "| VIEW |     |       |     |",
        "| (City) | (State) | (Zip) |     |", _SEPARATOR])
    page, atoms = _atoms(text)
    block = header.owner_block(atoms, by_cell=True, breaks_kept=page.breaks_kept)
    assert (block.city.text, block.state.text, block.zip.text) == ("MOUNTAIN VIEW", "CA", "94043")


_RELATIONSHIPS = [
    "5. Relationship of Reporting Person(s) to Issuer", "| | (Check all applicable) | | |",
    _SEPARATOR, "| | X Director | X 10% Owner | |", _SEPARATOR,
    "| | Officer (give title | Other (specify | |"]


def test_a_mark_on_a_line_of_its_own_between_strips_checks_no_box() -> None:
    page, atoms = _atoms("\n".join([*_RELATIONSHIPS, "X", "| (Last) | (First) | (Middle) | |",
                                    _SEPARATOR]))
    loose = _loose_rows(page)
    assert checkboxes.checked_labels(atoms, False, loose) == {"DIRECTOR", "TEN_PERCENT"}
    assert checkboxes.loose_marks(atoms, loose)


def test_a_mark_above_a_strip_of_labels_is_not_the_next_labels() -> None:
    # the page's "X" of "10% Owner" printed above the strip "Director | 10% Owner"
    page, atoms = _atoms("\n".join([
        "5. Relationship of Reporting Person(s) to Issuer (Check all applicable)", "X",
        "| | Director | 10% Owner | |", _SEPARATOR, "| | Officer (give title | Other (specify | |"]))
    loose = _loose_rows(page)
    assert checkboxes.checked_labels(atoms, False) == {"DIRECTOR"}  # read in sequence
    assert checkboxes.checked_labels(atoms, False, loose) == set()
    assert checkboxes.loose_marks(atoms, loose)


def test_marks_in_the_strips_cells_are_read_as_before() -> None:
    page, atoms = _atoms("\n".join([*_RELATIONSHIPS, "| (Last) | (First) | (Middle) | |",
                                    _SEPARATOR]))
    loose = _loose_rows(page)
    assert checkboxes.checked_labels(atoms, False, loose) == {"DIRECTOR", "TEN_PERCENT"}
    assert not checkboxes.loose_marks(atoms, loose)


def _signed(lines: list[str]) -> list[str | None]:
    page = read_markdown("\n".join(lines))
    _, found = notes.signatures(lex(page), page_lines=True)
    return [s.name.text if s.name else None for s in found]


def test_a_signature_whole_on_its_dates_line_keeps_the_line_wrapped_under_it() -> None:
    assert _signed(["UGP LLC By: /s/ Ajay Royan, Managing Member 02/08/2024",
                    "II LP By: UGP LLC, its general partner, By: /s/ Ajay Royan, 02/08/2024",
                    "Managing Member", "/s/ Peter Thiel 02/08/2024"]) == [
        "UGP LLC By: /s/ Ajay Royan, Managing Member",
        "II LP By: UGP LLC, its general partner, By: /s/ Ajay Royan, Managing Member",
        "/s/ Peter Thiel"]


def test_names_wrapped_around_dates_alone_on_their_lines_are_unknown() -> None:
    # which of "Ajay Royan, Managing Member" and the lines below are whose is lost
    assert _signed(["UGP LLC By: /s/", "02/08/2024", "Ajay Royan, Managing Member",
                    "GP LP By: UGP LLC,", "02/08/2024", "By: /s/ Ajay Royan"]) == [None, None]
    # in a stream of words the same lines are read as before (each name before its date)
    page = read_markdown("\n".join(["/s/ Ajay Royan", "02/08/2024", "/s/ Peter Thiel",
                                    "02/08/2024"]))
    assert [s.name.text for s in notes.signatures(lex(page))[1]] == ["/s/ Ajay Royan",
                                                                    "/s/ Peter Thiel"]


def test_box5_labels_on_the_line_of_the_names_labels_put_titles_beside_the_street() -> None:
    owner = ["1. Name and Address of Reporting Person*", "| MITHRIL II LP | | Director | |",
             _SEPARATOR]
    beside = _atoms("\n".join([*owner, "(Last) (First) (Middle) Officer (give title below) "
                               "X Other (specify below)", "C/O MITHRIL LLC See Remarks",
                               "(Street)"]))
    apart = _atoms("\n".join([*owner, "(Last) (First) (Middle)", "C/O MITHRIL LLC",
                              "(Street)", "Officer (give title below) X Other (specify below)"]))
    assert _titles_beside_street(beside[1], _loose_rows(beside[0]))
    assert not _titles_beside_street(apart[1], _loose_rows(apart[0]))


def test_box1_street_in_its_names_labels_cell_left_of_box3() -> None:
    text = "\n".join([
        "|1. Name and Address of Reporting Person<br>Rabois Keith|2. Issuer Name|",
        "|---|---|",
        "|(Last)<br>(First)<br>(Middle)<br>ONE LETTERMAN DRIVE<br>BUILDING D|"
        "3. Date of Earliest Transaction (Month/Day/Year)<br>04/03/2023|",
        "|(Street)<br>SAN FRANCISCO CA 94129||", "|(City) (State) (Zip)||"])
    page, atoms = _atoms(text)
    block = header.owner_block(atoms, by_cell=True, breaks_kept=page.breaks_kept)
    assert [c.text for c in block.street] == ["ONE LETTERMAN DRIVE", "BUILDING D"]
    # read as a stream, box 3's label on the street's line leaves the street unknown
    assert header.owner_block(atoms, by_cell=False).street == []
