"""What people write becomes safe HTML once, when it is written."""

from afterword.text import clean_text, excerpt, markdown_to_html, plain_to_html


def test_paragraphs_and_line_breaks_are_kept():
    assert plain_to_html("One\ntwo\n\n\nThree") == "<p>One<br>two</p><p>Three</p>"


def test_links_become_nofollow_ugc_and_nothing_else_is_interpreted():
    html = plain_to_html("See https://example.org/a?b=1&c=2. **not bold** <em>no</em>")
    assert (
        '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc">'
        "https://example.org/a?b=1&amp;c=2</a>." in html
    )
    assert "**not bold**" in html
    assert "&lt;em&gt;no&lt;/em&gt;" in html


def test_www_addresses_are_linked_over_https():
    assert 'href="https://www.example.org"' in plain_to_html("go to www.example.org, now")


def test_script_urls_and_markup_never_survive():
    html = plain_to_html('javascript:alert(1) <a href="javascript:alert(2)">x</a>')
    assert '<a href="javascript' not in html
    assert "&lt;a href=" in html


def test_hidden_and_control_characters_are_removed():
    assert clean_text("a\u202eb\u200bc\x00d\r\ne") == "abcd\ne"


def test_markdown_is_rendered_and_sanitised():
    html = markdown_to_html(
        "# Big\n\n**bold** [ok](https://example.org) [bad](javascript:alert(1)) <b>raw</b>\n\n"
        "![img](https://example.org/x.png)"
    )
    assert "<h2>Big</h2>" in html
    assert "<strong>bold</strong>" in html
    assert 'href="https://example.org"' in html
    assert "javascript:" not in html.replace("[bad](javascript:alert(1))", "")
    assert "&lt;b&gt;raw&lt;/b&gt;" in html
    assert "<img" not in html


def test_excerpt_cuts_at_a_word():
    assert excerpt("one two three four", 9) == "one two…"
    assert excerpt("short", 20) == "short"
