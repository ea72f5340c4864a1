"""moving.layouts: cutting a post into letter, pen name, answer, sign-off and bio (no database)."""

from __future__ import annotations

import pytest

from moving.layouts import blocks, short_bio, split_credentials, split_post


def test_a_letter_signed_with_a_hyphen_then_dear():
    parts = split_post(
        "<p>I moved cities and have no friends yet.</p><p>- New in Town</p>"
        "<p>Dear New in Town,</p><p>Join one thing and go three times.</p>"
        "<p>Best wishes,<br>Ana</p><p>Ana Ruiz is a psychologist in Lisbon.</p>",
        author="Ana Ruiz",
    )
    assert parts.layout == "signed"
    assert parts.question == "I moved cities and have no friends yet."
    assert parts.pen_name == "New in Town"
    assert parts.body == "Dear New in Town,\n\nJoin one thing and go three times."
    assert parts.sign_off == "Best wishes,\nAna"
    assert parts.bio == "Ana Ruiz is a psychologist in Lisbon."


@pytest.mark.parametrize("dash", ["-", "–", "—", "--"])
@pytest.mark.parametrize("hello", ["Dear", "Hi", "Hello"])
def test_dashes_and_salutations(dash, hello):
    html = f"The letter.\n{dash} Pen Name\n\n{hello} Pen Name,\n\nThe answer."
    parts = split_post(html)
    assert (parts.layout, parts.question, parts.pen_name) == ("signed", "The letter.", "Pen Name")
    assert parts.body == f"{hello} Pen Name,\n\nThe answer."


@pytest.mark.parametrize(
    "closing, sign_off",
    [
        ("<p>Kind regards,<br>Ana</p>", "Kind regards,\nAna"),
        ("<p>Warmly,</p><p>Ana Ruiz</p>", "Warmly,\nAna Ruiz"),
        ("<p>With care, Ana</p>", "With care,\nAna"),
        ("<p>Take care.</p>", "Take care."),
        ("<p>Yours in hope,<br>Ana</p>", ""),  # not a sign-off this module knows
    ],
)
def test_sign_offs(closing, sign_off):
    html = "<p>Q</p><p>— Me</p><p>Dear Me,</p><p>The answer.</p>" + closing
    parts = split_post(html, author="Ana Ruiz")
    assert parts.sign_off == sign_off
    assert parts.body.startswith("Dear Me,\n\nThe answer.")


def test_a_sign_off_signed_by_someone_else_stays_in_the_answer():
    parts = split_post(
        "<p>Q</p><p>— Me</p><p>Dear Me,</p><p>A.</p><p>Warmly,<br>Bob</p>", author="Ana Ruiz"
    )
    assert parts.sign_off == ""
    assert parts.body.endswith("Warmly,\\\nBob")


def test_the_bio_follows_a_rule_or_stands_alone_after_the_answer():
    html = (
        "<p>Q</p><p>— Me</p><p>Hi Me,</p><p>A.</p><p>Warmly, Ana</p>"
        "<hr><p><em>Ana Ruiz writes here.</em></p>"
    )
    parts = split_post(html, author="Ana Ruiz")
    assert (parts.body, parts.sign_off, parts.bio) == (
        "Hi Me,\n\nA.",
        "Warmly,\nAna",
        "Ana Ruiz writes here.",
    )
    no_sign_off = split_post(
        "<p>Q</p><p>— Me</p><p>Hi Me,</p><p>A.</p><p>Ana Ruiz writes here.</p>", author="Ana Ruiz"
    )
    assert (no_sign_off.body, no_sign_off.bio) == ("Hi Me,\n\nA.", "Ana Ruiz writes here.")


def test_the_more_tag_and_the_blockquote_still_come_first():
    more = split_post(
        "<p>The letter.</p><p>— Pen Name</p><!--more--><p>The answer.</p><p>Warmly,<br>Ana</p>"
    )
    assert (more.layout, more.question, more.pen_name) == ("more", "The letter.", "Pen Name")
    assert (more.body, more.sign_off) == ("The answer.", "Warmly,\nAna")
    quoted = split_post("<blockquote><p>Q</p><cite>Me</cite></blockquote><p>A</p>")
    assert (quoted.layout, quoted.question, quoted.pen_name, quoted.body) == (
        "blockquote",
        "Q",
        "Me",
        "A",
    )


def test_a_post_of_no_layout_is_the_answer_whole():
    html = "<p>An essay with a line</p><p>— like this one — in it.</p><p>Best, Ana</p>"
    parts = split_post(html, "The excerpt", author="Ana Ruiz")
    assert parts.layout == "whole"
    assert (parts.question, parts.pen_name, parts.sign_off, parts.bio) == (
        "The excerpt",
        "",
        "",
        "",
    )
    assert parts.body.endswith("Best, Ana")
    # A dash line with no salutation after it is not a letter.
    assert split_post("<p>A quote.</p><p>— Rumi</p><p>More essay.</p>").layout == "whole"


def test_a_layout_can_be_forced_and_a_post_it_does_not_fit_comes_in_whole():
    html = "<blockquote><p>Quoted</p></blockquote><p>Text</p><!--more--><p>Rest</p>"
    assert split_post(html).layout == "more"
    assert split_post(html, layout="blockquote").layout == "blockquote"
    whole = split_post(html, layout="signed")
    assert whole.layout == "whole" and "Quoted" in whole.body
    assert split_post(html, layout="whole").layout == "whole"
    with pytest.raises(ValueError, match="unknown layout"):
        split_post(html, layout="magic")


def test_blocks_split_tags_blank_lines_and_rules():
    assert blocks("<p>a\n\nstill a</p>\n\nb\nc\n\n<ul><li>x</li>\n\n<li>y</li></ul><hr/>d") == [
        "<p>a\n\nstill a</p>",
        "b\nc",
        "<ul><li>x</li>\n\n<li>y</li></ul>",
        "<hr/>",
        "d",
    ]


@pytest.mark.parametrize(
    "display, expected",
    [
        ("Jane Doe, MS, LMHC", ("Jane Doe", "MS, LMHC")),
        ("Sam Okoro, PhD, LCSW-C", ("Sam Okoro", "PhD, LCSW-C")),
        ("Amy Lee, Psy.D.", ("Amy Lee", "Psy.D.")),
        ("John Smith, Jr., LCSW", ("John Smith, Jr.", "LCSW")),
        ("Dr. Ines Okafor", ("Dr. Ines Okafor", "")),
        ("Okafor, Ines", ("Okafor, Ines", "")),
        ("  Rosa   Lindqvist ", ("Rosa Lindqvist", "")),
    ],
)
def test_credentials_come_apart_from_the_name(display, expected):
    assert split_credentials(display) == expected


def test_the_short_bio_leaves_out_the_credentials_and_ends_at_a_sentence():
    bio = "Jane Doe, MS, LMHC, is a counselor. " + "She writes. " * 50
    line = short_bio(bio, "Jane Doe", "MS, LMHC")
    assert line.startswith("Jane Doe is a counselor. She writes.")
    assert len(line) <= 400 and line.endswith(".")
