"""Reading the search box and marking excerpts: plain Python, no database."""

from search.terms import MARK_END, MARK_START, MAX_QUERY_CHARS, clean, marked_html, parse


def test_words_become_quoted_phrases_joined_by_and():
    assert parse("lost my therapist").fts5() == '"lost" AND "my" AND "therapist"'


def test_a_quoted_phrase_stays_one_phrase():
    assert parse('"six sessions" wind').fts5() == '"six sessions" AND "wind"'


def test_or_joins_the_terms_either_side():
    assert parse("grief or loss sadness").fts5() == '("grief" OR "loss") AND "sadness"'


def test_fts_syntax_is_only_ever_words():
    for typed in ["NEAR(a b", "a* AND OR b", '"', '"unterminated phrase', "col:word", "^x"]:
        query = parse(typed).fts5()
        assert "NEAR(" not in query and "*" not in query and ":" not in query
        assert query.count('"') % 2 == 0


def test_punctuation_alone_asks_for_nothing():
    for typed in ["", "   ", "!!!???", '"', "*", "(", "-- ;", "\x00\x00", "or", "OR OR"]:
        assert not parse(typed), typed


def test_control_characters_and_length_are_cut():
    assert "\x00" not in clean("a\x00b")
    assert len(clean("x" * 10_000)) == MAX_QUERY_CHARS
    assert clean("  two\t\nwords  ") == "two words"


def test_unicode_words_are_kept():
    assert parse("Ünïcödé 日本語").groups == ((("Ünïcödé",),), (("日本語",),))


def test_excerpts_are_escaped_and_only_the_marks_are_html():
    text = f"<script>alert(1)</script> my {MARK_START}therapist{MARK_END} & me"
    assert marked_html(text) == (
        "&lt;script&gt;alert(1)&lt;/script&gt; my <mark>therapist</mark> &amp; me"
    )


def test_stray_markers_in_a_text_cannot_unbalance_the_marks():
    assert marked_html(f"a{MARK_END}b{MARK_START}c{MARK_START}d") == "ab<mark>cd</mark>"
