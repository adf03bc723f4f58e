"""Boxes 5 and 6's marks in a header a converter cut into strips (``shapes/cut_marks.py``)."""

from __future__ import annotations

from form4lark.shapes.cut_marks import box5_lines, box6_lines
from form4lark.shapes.lines import _strips

# AFRM-20230403-1 sec, pymupdf4llm: box 5's and box 6's columns (the strips from "5. Rel" on)
AFRM = (
    "|5. Rel<br>(Chec<br>X|ationship of Repo<br>k all applicable)<br>Director|"
    "rting Person(s)<br>10%"
    "|to Issuer<br>Owner|\n"
    "||Officer (give titl|e<br>Oth|r (specify|\n"
    "||<br>below)|<br> <br>belo|<br>w)|\n"
    "|ear)<br>6. Indi<br>Line)<br>X|vidual or Joint/Gr<br>Form filed by O<br>Form filed by M<br>"
    "Person|oup Filing (Che<br>ne Reporting P<br>ore than One R|"
    "ck Applicable<br>erson<br>eporting|\n")
# TSLA-20211221-1 sec: a mark above "10" of "10% Owner" in its strip, and an officer's title
TSLA = (
    "|5. Relat<br>(Check<br>X|ionship of Reporting<br>all applicable)<br>Director<br>|"
    "Person(s) to Is"
    "<br>X<br>10%<br>|suer<br>Owner<br>|\n"
    "|X|Officer (give title<br>below)<br>CEO|Other<br>below|(specify<br>)|\n"
    "|||||\n"
    "|6. Indivi<br>Line)<br>X|dual or Joint/Group<br>Form filed by One<br>"
    "Form filed by Mor<br>Person"
    "|Filing (Check A<br>Reporting Pers<br>e than One Rep|pplicable<br>on<br>orting|\n")
# AUR-20240227-1 sec: "10% Owner" and "Other" cut after one letter; box 6's mark above its option
AUR = (
    "|5. R<br>(Ch|elationship of Rep<br>eck all applicable)|orting Person(|s) to Issuer|\n"
    "|X<br>Director<br>|1<br> <br>|0% Owner<br>||\n"
    "|Officer (give t|itle<br>O|ther (specify||\n"
    "|ear)<br>6. I<br>Lin|ndividual or Joint/G<br>e)|roup Filing (C|heck Applicable|\n"
    "|X<br>Form filed by<br>Form filed by<br>Person|One Reportin<br>More than On|g Person<br>"
    "e Reporting||\n")


def _rows(text: str) -> list[list[list[str]]]:
    return [row for row in map(_strips, text.split("\n")) if row]


def _texts(lines) -> list[str]:
    return [line.text for line in lines]


def test_a_mark_alone_at_a_strip_s_foot_marks_the_option_opening_the_next_strip() -> None:
    # truth: director True, officer, ten percent owner and other False
    assert _texts(box5_lines(_rows(AFRM), 1))[2:] == [
        "X Director 10% Owner", "Officer (give title below) Other (specify below)"]
    # box 6's mark left of a strip holding both options: which line it stands on is not told
    assert box6_lines(_rows(AFRM), 1) == []


def test_a_mark_above_an_option_in_its_strip_and_an_officer_s_title_whole_in_its_strip() -> None:
    # truth: director, officer and ten percent owner True, title CEO
    assert _texts(box5_lines(_rows(TSLA), 1))[2:] == [
        "X Director X 10% Owner", "X Officer (give title below) Other (specify below)", "CEO"]
    # a third line right of the title's strip may be the title's rest: no title
    longer = TSLA.replace("|Other<br>below|", "|Other<br>below<br>ive|")
    assert _texts(box5_lines(_rows(longer), 1))[2:] == [
        "X Director X 10% Owner", "X Officer (give title below) Other (specify below)"]


def test_options_cut_after_one_letter_and_box_6_s_mark_above_its_option() -> None:
    # truth: director True, the others False; filed by one reporting person
    assert _texts(box5_lines(_rows(AUR), 1))[2:] == [
        "X Director 10% Owner", "Officer (give title below) Other (specify below)"]
    assert _texts(box6_lines(_rows(AUR), 1))[1:] == [
        "X Form filed by One Reporting Person", "Form filed by More than One Reporting Person"]


def test_a_mark_left_of_a_strip_holding_both_lines_options_is_not_placed() -> None:
    # "Director" and "Officer" in one strip (JBLU-20250310-1): the mark may stand on either line
    both = ("|5. Re<br>(Che<br>X|lationship o<br>ck all applic<br>Director<br>"
            "Officer (give title<br>"
            "below)|f Reporting Per<br>able)<br>10% Owner<br>Other (specify<br>below)|\n"
            "|6. In<br>Line)<br>X|dividual or J<br>Form filed by One<br>Form filed by More|\n")
    assert box5_lines(_rows(both), 1) == []
    # a mark in box 6's row above box 6's label: a mark of box 5 not placed
    stray = AFRM.replace("|ear)<br>6. Indi", "|X<br>6. Indi")
    assert box5_lines(_rows(stray), 1) == []
    # an option missing: the unmarked ones cannot be told False
    assert box5_lines(_rows(AFRM.replace("||Officer (give titl|", "|||")), 1) == []


# MDB-20200610-1 sec: box 5's second line in the row that opens box 6's label
MDB = (
    "|5. Rel<br>(Chec<br>X|ationship of Reporti<br>k all applicable)<br>Director<br>|"
    "ng Person(s) to"
    "<br>10%<br>|Issuer<br>Owner<br>|\n"
    "|6. Indi<br>Line)|Officer (give title<br>below)<br>vidual or Joint/Grou|Othe<br>below<br>"
    "p Filing (Check|r (specify<br>)<br>Applicable|\n"
    "|X|Form filed by On<br>Form filed by Mo<br>Person|e Reporting Per<br>re than One Re|son<br>"
    "porting|\n")


def test_box_5_s_second_line_is_read_above_box_6_s_label_in_its_row() -> None:
    # truth: director True, the others False
    assert _texts(box5_lines(_rows(MDB), 1))[2:] == [
        "X Director 10% Owner", "Officer (give title below) Other (specify below)"]
    # a mark above box 6's label in its strip may be box 5's: not placed
    assert box5_lines(_rows(MDB.replace("|6. Indi<br>Line)|", "|X<br>6. Indi<br>Line)|")), 1) == []
