"""Names of several signers on a narrow page grid (reviewer r23c's cases): a firm's line
over its signer's "/s/" line is one name, not two signatures; a plain design's dates on
their names' first lines leave a centred count uncertain; off_centre refuses a second
signer's "/s/" line inside a name."""

from __future__ import annotations

from form4lark.form import notes, off_centre
from form4lark.form.atoms import lex
from form4lark.shapes.detect import read_shape


def _names(text: str) -> list[str | None]:
    return [s.name.text if s.name else None
            for s in notes.signatures(lex(read_shape(text, "grid")), True, True)[1]]


def test_a_firms_line_over_its_signers_slash_s_line_is_one_name():
    # each name a firm's line, its signer's line (its date) and the signer's title's end
    text = ("The reporting persons disclaim beneficial ownership.\n\n"
            "    Acme Capital Partners Fund III LP\n"
            "    /s/ John Smith, Managing            02/08/2024\n"
            "    Member of its General Partner\n"
            "    Beta Capital Partners LP\n"
            "    /s/ Jane Roe, Managing Member       02/08/2024\n"
            "    of its General Partner\n")
    assert _names(text) == [
        "Acme Capital Partners Fund III LP /s/ John Smith, Managing Member of its General Partner",
        "Beta Capital Partners LP /s/ Jane Roe, Managing Member of its General Partner"]


def test_a_second_signers_slash_s_line_below_a_firms_wrapped_name_leaves_them_unknown():
    # the block opens with a firm's line but its second line is no signer's: a name's
    # end "Doe, Managing Member" over "/s/ John Roe, ..." is not read as one name
    text = ("Acme Fund II, L.P., By: Acme GP         02/08/2024\n"
            "LLC, its general partner, By: /s/ Jane\n"
            "Doe, Managing Member\n"
            "/s/ John Roe, Attorney-in-Fact      02/08/2024\n"
            "for Richard Roe\n")
    assert _names(text) == [None, None]


def test_dates_on_their_names_first_lines_leave_an_off_middle_count_unknown():
    # a 3-line name over a 2-line one, each date on its name's first line (the plain
    # design): the one count off the middle that fits would read wrong names
    assert _names("Acme Capital Fund II, L.P.          02/08/2024\n"
                  "By: Acme Capital GP LLC, its general partner\n"
                  "By: Jane Doe, Managing Member\n"
                  "John Roe                            02/08/2024\n"
                  "Chief Executive Officer\n") == [None, None]
    assert _names("Acme Fund II, L.P., By: Acme GP LLC,      02/08/2024\n"
                  "its general partner, By: /s/ Jane Doe\n"
                  "Managing Member\n"
                  "Acme GP LLC, By: /s/ Jane Doe,            02/08/2024\n"
                  "Managing Member\n") == [None, None]


def _off_centre(text: str):
    """What ``off_centre`` reads of a page grid's signature block ``text``."""
    atoms = lex(read_shape(text, "grid"))
    dates = [i for i in range(len(atoms)) if notes._is_signature_date(atoms, i)]
    return off_centre.signatures_off_centre(atoms, dates)


def test_off_centre_refuses_a_cut_holding_a_second_signers_slash_s_line():
    # names signing first: the cut giving the second name "of Mithril II UGP LLC" over
    # "/s/ Ajay Royan, ..." holds two signatures; the one cut left reads both names
    text = ("Remarks.\n\n"
            "    /s/ Ajay Royan, Managing Member     02/08/2024\n"
            "    of Mithril II UGP LLC\n"
            "    /s/ Ajay Royan, Managing Member     02/08/2024\n"
            "    of Mithril II GP LLC\n")
    read = _off_centre(text)
    assert read is not None
    assert [s.name.text for s in read[1]] == [
        "/s/ Ajay Royan, Managing Member of Mithril II UGP LLC",
        "/s/ Ajay Royan, Managing Member of Mithril II GP LLC"]


def test_off_centre_refuses_a_cut_holding_two_signed_lines():
    # the cut giving the first name both "/s/" lines of its own and the next firm's
    # line "Acme GP LLC, By: /s/ Jane Doe, its" (ending unfinished, so only the test
    # of two signed lines catches it) is no reading: no cut is certain, names unknown
    text = ("Remarks.\n\n"
            "    Beta LLC, By: /s/ Jane\n"
            "    Doe, its Manager, By:                   02/08/2024\n"
            "    /s/ Jane Doe\n"
            "    Acme GP LLC, By: /s/ Jane Doe, its\n"
            "    Managing Member                         02/08/2024\n")
    assert _off_centre(text) is None


# a name signing twice ("/s/ Jane Doe, its Manager, and as attorney for" over "/s/ Jane
# Doe, Attorney-in-Fact ..."), centred on its date, over a name one line off the middle
_TWICE_SIGNED = ("Remarks.\n\n"
                 "    Beta LLC, By: /s/ Jane Doe, its\n"
                 "    Manager, and as attorney for\n"
                 "    /s/ Jane Doe, Attorney-in-Fact       02/08/2024\n"
                 "    for Beta GP LLC, as general partner of\n"
                 "    Beta LLC\n"
                 "    John Roe                             02/08/2024\n"
                 "    Chief Executive Officer\n")


def test_off_centre_refuses_a_first_name_beginning_amid_a_paragraph():
    # the count holding the whole first name is refused (two signed lines); the one
    # left begins the first name a line below the empty line ("Manager, and as ...",
    # its line above no other name's): where the block begins is not known
    assert _off_centre(_TWICE_SIGNED) is None


def test_a_name_signing_twice_over_an_off_centre_name_leaves_the_names_unknown():
    atoms = lex(read_shape(_TWICE_SIGNED, "grid"))
    start, found = notes.signatures(atoms, True, True)
    assert [s.name for s in found] == [None, None]
    assert [s.date.text for s in found] == ["02/08/2024", "02/08/2024"]
