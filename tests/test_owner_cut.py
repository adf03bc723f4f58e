"""Where the owner's name ends on a header line that runs box 1 into box 2
("LEVINSON ARTHUR D Apple Inc. [ AAPL ]"): cut only where the page prints one of
the two names again so that no other cut fits; otherwise no cut (both unknown)."""

from __future__ import annotations

from form4lark.shapes.owner_cut import Known, name_echoed, owner_cut, whole_name_echoed

LINE = "LEVINSON ARTHUR D Apple Inc."


def cut(line: str, *page: str) -> int | None:
    return owner_cut(line.split(), Known.of([line + " [ AAPL ]", *page]))


def test_the_signature_naming_the_owner_in_another_order_tells_the_cut() -> None:
    signature = "/s/ Sam Whittington, Attorney-in-Fact for Arthur D. Levinson"
    assert cut(LINE, signature, "a security holder of Apple") == 3


def test_the_owner_signed_with_a_middle_initial_the_box_leaves_out() -> None:
    assert cut("Hoffman Reid MICROSOFT CORP", "fact for Reid G. Hoffman",
               "C/O MICROSOFT CORPORATION") == 2


def test_a_date_among_the_signature_words_is_passed_over() -> None:
    assert cut("Sergey Brin Alphabet Inc.", "Attorney-in-Fact for Sergey 04/15/2022", "Brin",
               "C/O ALPHABET INC.") == 2


def test_the_issuer_named_after_small_words_tells_the_cut() -> None:
    assert cut("Rabois Keith YELP INC", "shares of YELP INC held by the fund") == 2
    assert cut("Sacks David O Rumble Inc.", "(n/k/a Rumble Inc.)", "/s/ David Sacks") == 3


def test_no_echo_no_cut() -> None:
    assert cut(LINE, "/s/ Sam Whittington, Attorney-in-Fact") is None


def test_a_middle_name_the_signature_leaves_out_is_no_issuer() -> None:
    # the signature echoes the first two words, but the issuer's would-be first word
    # ("Ramaswamy") is printed nowhere else: the cut is not certain
    assert cut("Melkote Rajesh Ramaswamy 374Water Inc.", "/s/ Rajesh Melkote") is None


def test_a_cut_before_an_initial_is_never_taken() -> None:
    assert cut("Sacks David O Rumble Inc.", "/s/ David Sacks", "O is a letter") is None


def test_the_issuer_tail_of_a_longer_capitalised_name_is_no_echo() -> None:
    assert cut("Li Wenjun ALPHA & OMEGA SEMICONDUCTOR Ltd", "of ALPHA & OMEGA SEMICONDUCTOR Ltd",
               "& OMEGA SEMICONDUCTOR Ltd") == 2
    assert cut("Li Wenjun ALPHA & OMEGA SEMICONDUCTOR Ltd", "& OMEGA SEMICONDUCTOR Ltd") is None


def test_a_name_the_converter_printed_twice_is_no_issuer() -> None:
    assert cut("Adams Katherine L. Katherine L. Ap le Inc.", "Katherine L. Adams") is None


def test_two_echoes_that_disagree_give_no_cut() -> None:
    assert cut("Hoffman Reid Aurora Innovation, Inc.", "/s/ Reid Hoffman",
               "of Innovation, Inc.") is None


def test_owners_listed_after_the_tables_come_first() -> None:
    known = Known.of(["MITHRIL II LP Adagio Therapeutics, Inc. [ ADGI ]"])
    known.names.append("MITHRIL II LP")
    assert owner_cut("MITHRIL II LP Adagio Therapeutics, Inc.".split(), known) == 3


def test_an_echoed_owner_printed_in_capitals_before_an_issuer_in_small_letters() -> None:
    assert cut("THIEL PETER Chemomab Therapeutics Ltd.", "/s/ Peter Thiel") == 2
    assert cut("Hoffman Reid ZYNGA INC", "/s/ Reid Hoffman") == 2
    # no echo of the owner: the turn of case alone tells nothing ("BOTHA ROELOF XOOM Corp")
    assert cut("BOTHA ROELOF XOOM Corp", "/s/ Jung Yoon, Attorney-in-Fact") is None


def test_a_name_is_echoed_where_the_page_prints_it_elsewhere_not_followed_by_its_next_word() -> None:
    page = Known.of(["Hoffman Reid X Director", "/s/ Reid G. Hoffman 05/26/2023"])
    assert name_echoed(["Hoffman", "Reid"], "X", page)
    assert not name_echoed(["Hoffman", "Reid", "7"], "X", page)  # a speck among the words
    assert not name_echoed(["Hoffman", "Reid"], "X", Known.of(["Hoffman Reid X Director"]))


def test_a_line_of_the_issuer_alone_before_its_ticker() -> None:
    # OCR printed box 2's line above box 1's name: the care-of names the issuer
    page = Known.of(["Tesla, Inc. [ TSLA ] (Check all applicable)", "C/O TESLA, INC."])
    assert owner_cut("Tesla, Inc.".split(), page, ticker_after=True) == 0
    # not where no ticker follows: the name's line below it is no issuer
    assert owner_cut("Tesla, Inc.".split(), page) is None
    # box 2's own line, the ticker after it, is no echo
    alone = Known.of(["(Check all", "Tesla, Inc. [ TSLA ] applicable)"])
    assert owner_cut("Tesla, Inc.".split(), alone, ticker_after=True) is None


def test_a_whole_name_is_echoed_after_a_word_of_small_letters() -> None:
    page = Known.of(["Hoffman Reid X Director", "Attorney-in-fact for Reid G. Hoffman"])
    assert whole_name_echoed(["Hoffman", "Reid"], "X", page)
    # the tail of a longer capitalised name is no whole name
    tail = Known.of(["GROWTH FUND X Director", "/s/ Sequoia Capital Growth Fund, by its GP"])
    assert name_echoed(["GROWTH", "FUND"], "X", tail)
    assert not whole_name_echoed(["GROWTH", "FUND"], "X", tail)
    assert whole_name_echoed(["Thiel", "Peter"], "X", Known.of(["/s/ Peter Thiel"]))
    assert not whole_name_echoed(["Thiel", "Peter"], "X", Known.of(["/s/ Peter Thiel X"]))


def tcut(line: str, ticker: str, *page: str) -> int | None:
    return owner_cut(line.split(), Known.of([line + f" [ {ticker} ]", *page]), True,
                     f"[ {ticker} ]")


def test_the_ticker_tells_the_cut_where_no_echo_does() -> None:
    # AFRM-20230103 sec (pdfplumber): "Rabois Keith Affirm Holdings, Inc. [ AFRM ]"
    assert tcut("Rabois Keith Affirm Holdings, Inc.", "AFRM") == 2
    assert tcut("BOTHA ROELOF MongoDB, Inc.", "MDB") == 2
    assert tcut("Clements Carol Ann JETBLUE AIRWAYS CORP", "JBLU") == 3


def test_a_ticker_not_drawn_from_the_name_or_fitting_two_cuts_gives_none() -> None:
    assert tcut("Melkote Rajesh Ramaswamy 374Water Inc.", "SCWO") is None
    assert tcut("Doe Jane Marie Meta Platforms, Inc.", "META") == 3  # "Marie" lacks a "t"
    assert tcut("Doe John Jeffrey Jefferies Financial", "JEF") is None  # "Jeffrey" holds it too
    assert tcut("Smith John Ford Motor Co", "F") is None  # one letter opens too many words
    assert tcut("Doe John Alan Apple Inc.", "AAPL") is None  # no word holds "a", "a", "p", "l"


def _named_cut(line: str, named: str, *page: str) -> int | None:
    """The cut of ``line`` where box 5 opens an owner's part with ``named``."""
    known = Known.of([line + " [ XX ]", f"{named}: [X] Form filed by More than One", *page])
    known.named.append(named)
    return owner_cut(line.split(), known)


def test_box_5_s_name_cuts_where_the_issuer_s_first_word_tells_it_too() -> None:
    """Box 5's name ("Hoffman Reid") opening box 1's line cuts there only where the word
    after it is no initial and is printed elsewhere, turns case, or follows a company's
    legal ending ("Mithril LP"); a middle name box 5 leaves out is never taken for the
    issuer's (it was: "G LINKEDIN CORP")."""
    assert _named_cut("Hoffman Reid LINKEDIN CORP", "Hoffman Reid", "C/O LINKEDIN CORPORATION") == 2
    assert _named_cut("Hoffman Reid G LINKEDIN CORP", "Hoffman Reid") is None
    assert _named_cut("Hoffman Reid Gregory LINKEDIN CORP", "Hoffman Reid") is None
    assert _named_cut("Mithril LP Fractyl Health, Inc.", "Mithril LP") == 2
