"""The WXR and Disqus readers and the HTML converters: plain Python, no database."""

from __future__ import annotations

import io
import tracemalloc

import pytest

from bench.synthetic_wxr import write_wxr
from moving import disqus, wxr
from moving.html import html_to_markdown, html_to_text
from moving.layouts import split_post
from moving.tests.helpers import SAMPLES


def posts(path) -> list[wxr.Post]:
    return [p for p in wxr.read(str(path)) if isinstance(p, wxr.Post)]


def test_wxr_1_2_yields_channel_authors_terms_then_posts():
    things = list(wxr.read(str(SAMPLES / "wordpress-1.2.xml")))
    assert things[0] == wxr.Channel(
        "Dear Therapist Gone", "https://old.example.org", "https://old.example.org", "1.2"
    )
    authors = [t for t in things if isinstance(t, wxr.Author)]
    assert [a.display_name for a in authors] == ["Rosa Lindqvist", "Tomás Echeverría"]
    terms = [t for t in things if isinstance(t, wxr.Term)]
    assert ("post_tag", "grief") in {(t.taxonomy, t.slug) for t in terms}
    assert [p.id for p in things if isinstance(p, wxr.Post)] == [11, 12, 13, 14, 15, 11]


def test_wxr_1_1_namespace_is_read_the_same_way():
    (post,) = posts(SAMPLES / "wordpress-1.1.xml")
    assert post.id == 7 and post.slug == "ending-with-a-counsellor"
    assert [c.type for c in post.comments] == ["", "trackback"]
    assert post.comments[1].is_ping


def test_comments_keep_ids_parents_dates_and_states():
    first = posts(SAMPLES / "wordpress-1.2.xml")[0]
    by_id: dict[int, wxr.Comment] = {}
    for comment in first.comments:
        by_id.setdefault(comment.id, comment)  # the file repeats id 102 on purpose
    assert by_id[102].parent_id == 101
    assert by_id[102].author == "Jonas 🌱"
    assert by_id[108].approved == "spam"
    assert by_id[110].is_ping
    assert by_id[101].date.isoformat() == "2019-05-02T08:00:00+00:00"


def test_cdata_split_across_sections_is_joined():
    first = posts(SAMPLES / "wordpress-1.2.xml")[0]
    code = next(c for c in first.comments if c.id == 103)
    assert "<code>if (a ]]> b)</code>" in code.content


def test_a_draft_without_a_gmt_date_uses_its_local_date():
    draft = posts(SAMPLES / "wordpress-1.2.xml")[2]
    assert draft.status == "draft"
    assert draft.date.isoformat() == "2019-07-01T12:00:00+00:00"


def test_truncated_xml_names_line_column_and_item():
    with pytest.raises(wxr.WxrError) as failure:
        posts(SAMPLES / "truncated.xml")
    assert str(failure.value).startswith("the file is not well-formed XML at line 209, column")
    assert "inside item 2, 'Is it normal to miss a therapist I only saw online?'" in str(
        failure.value
    )


def test_a_comment_without_an_id_gets_a_stable_key_and_a_bad_one_is_listed():
    text = (SAMPLES / "wordpress-1.2.xml").read_text()
    text = text.replace("<wp:comment_id>103</wp:comment_id>", "", 1)
    text = text.replace("<wp:comment_id>104</wp:comment_id>", "<wp:comment_id>x</wp:comment_id>")
    first, again = (posts_of(text)[0] for _ in range(2))
    keys = [c.key for c in first.comments]
    assert keys == [c.key for c in again.comments]
    assert keys[2].startswith("11#") and "104" not in keys
    (problem,) = first.problems
    assert str(problem).startswith("item 1 ('My therapist retired")
    assert (problem.element, problem.why) == ("<wp:comment_id>", "is 'x', not a number")


def test_https_namespaces_and_local_dates_in_the_sites_zone():
    from zoneinfo import ZoneInfo

    text = (SAMPLES / "wordpress-1.2.xml").read_text()
    text = text.replace("http://wordpress.org/export/", "https://wordpress.org/export/")
    text = text.replace(
        "<wp:comment_date_gmt><![CDATA[2019-05-02 08:00:00]]></wp:comment_date_gmt>", ""
    )
    first = posts_of(text, local_tz=ZoneInfo("Europe/Stockholm"))[0]
    assert first.id == 11 and first.slug == "my-therapist-retired"
    assert first.comments[0].date.isoformat() == "2019-05-02T08:00:00+00:00"  # 10:00 CEST


def posts_of(text: str, **options) -> list[wxr.Post]:
    stream = io.BytesIO(text.encode())
    return [p for p in wxr.read(stream, **options) if isinstance(p, wxr.Post)]


def test_wxr_reading_keeps_memory_flat():
    def peak(comments: int) -> int:
        buffer = io.StringIO()
        write_wxr(buffer, posts=comments // 10, comments=comments)
        data = io.BytesIO(buffer.getvalue().encode())
        tracemalloc.start()
        for _ in wxr.read(data):
            pass
        _, high = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return high

    small, large = peak(1_000), peak(20_000)
    assert large < small * 2  # twenty times the file, not twenty times the memory


def test_disqus_yields_threads_and_posts():
    things = list(disqus.read(str(SAMPLES / "disqus.xml")))
    threads = [t for t in things if isinstance(t, disqus.Thread)]
    found = [t for t in things if isinstance(t, disqus.Post)]
    assert [t.id for t in threads] == ["5001", "5002", "5003", "5004"]
    assert threads[1].identifier == "12 https://old.example.org/?p=12"
    assert [p.id for p in found][:3] == ["7001", "7101", "7002"]
    reply = found[2]
    assert (reply.thread_id, reply.parent_id, reply.author_name) == ("5001", "7001", "Ben")
    assert found[3].is_deleted and found[4].is_spam
    assert found[5].author_email == ""


def test_disqus_errors_name_the_post():
    text = (SAMPLES / "disqus.xml").read_text().replace('<thread dsq:id="5001" />', "", 1)
    with pytest.raises(disqus.DisqusError, match=r"post 1 \(dsq:id 7001\): missing <thread"):
        list(disqus.read(io.BytesIO(text.encode())))
    with pytest.raises(disqus.DisqusError, match="not a Disqus export"):
        list(disqus.read(str(SAMPLES / "wordpress-1.1.xml")))
    cut = (SAMPLES / "disqus.xml").read_bytes()[:3000]
    with pytest.raises(disqus.DisqusError, match="not well-formed XML at line"):
        list(disqus.read(io.BytesIO(cut)))


def test_html_to_text_keeps_paragraphs_breaks_and_link_addresses():
    html = '<p>One <b>two</b></p><p>Three<br>four <a href="https://x.example/a">here</a></p>'
    assert html_to_text(html) == "One two\n\nThree\nfour here (https://x.example/a)"
    assert html_to_text("plain\nline\n\npara") == "plain\nline\n\npara"
    assert html_to_text('<a href="javascript:alert(1)">x</a><script>bad()</script>') == "x"
    assert html_to_text("AT&amp;T &lt;3") == "AT&T <3"


def test_html_to_markdown_writes_what_the_answer_renderer_reads():
    html = (
        "<h1>Title</h1><p>Some <strong>bold </strong>and <em>soft</em> words.</p>"
        "<ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote>"
        '<p><a href="https://x.example/">a link</a> * not a list</p>'
    )
    assert html_to_markdown(html) == (
        "## Title\n\nSome **bold** and *soft* words.\n\n- one\n- two\n\n> quoted\n\n"
        "[a link](https://x.example/) \\* not a list"
    )


def test_split_post_rules():
    more = split_post("<p>The letter.</p><p>— Pen Name</p><!--more--><p>The answer.</p>")
    assert (more.question, more.pen_name, more.body) == ("The letter.", "Pen Name", "The answer.")
    quoted = split_post("<blockquote><p>Q</p><cite>Me</cite></blockquote><p>A</p>")
    assert (quoted.question, quoted.pen_name, quoted.body) == ("Q", "Me", "A")
    plain = split_post("<p>Only an answer.</p>", "The excerpt")
    assert (plain.question, plain.pen_name, plain.body) == ("The excerpt", "", "Only an answer.")
