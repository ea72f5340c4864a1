"""Reading a thread: order, pagination by conversation, and the tree."""

import pytest

from conftest import make_comment
from discussion.models import Comment
from discussion.services import reject_comment
from discussion.thread import LAST_PAGE, NEWEST, page_of, thread_page


def names(page):
    return [node.comment.pen_name for node in page.nodes]


def test_thread_reads_oldest_first_with_replies_under_what_they_answer(answer):
    a = make_comment(answer, name="A")
    b = make_comment(answer, name="B")
    make_comment(answer, name="A1", parent=a)
    make_comment(answer, name="B1", parent=b)
    make_comment(answer, name="A2", parent=a)
    page = thread_page(answer.pk)
    assert names(page) == ["A", "A1", "A2", "B", "B1"]
    assert [n.depth for n in page.nodes] == [1, 2, 2, 1, 2]


def test_newest_first_reverses_conversations_but_not_replies(answer):
    a = make_comment(answer, name="A")
    make_comment(answer, name="B")
    make_comment(answer, name="A1", parent=a)
    make_comment(answer, name="A2", parent=a)
    assert names(thread_page(answer.pk, order=NEWEST)) == ["B", "A", "A1", "A2"]


def test_pages_hold_whole_conversations(answer, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 2
    roots = [make_comment(answer, name=f"R{i}") for i in range(5)]
    make_comment(answer, name="R0-reply", parent=roots[0])
    make_comment(answer, name="R4-reply", parent=roots[4])
    first = thread_page(answer.pk, page=1)
    assert names(first) == ["R0", "R0-reply", "R1"]
    assert first.num_pages == 3
    assert first.conversations == 5
    last = thread_page(answer.pk, page=3)
    assert names(last) == ["R4", "R4-reply"]
    # Out-of-range pages clamp instead of failing.
    assert thread_page(answer.pk, page=99).number == 3
    assert names(thread_page(answer.pk, page=LAST_PAGE)) == ["R4", "R4-reply"]


def test_page_of_finds_the_page_of_a_reply(answer, settings):
    settings.COMMENTS_THREADS_PER_PAGE = 2
    roots = [make_comment(answer, name=f"R{i}") for i in range(5)]
    reply = make_comment(answer, name="late", parent=roots[3])
    assert page_of(reply) == 2
    assert page_of(roots[0]) == 1
    assert page_of(roots[0], order=NEWEST) == 3


def test_replies_to_a_hidden_comment_hang_from_the_nearest_shown_ancestor(answer):
    a = make_comment(answer, name="A")
    b = make_comment(answer, name="B", parent=a)
    make_comment(answer, name="C", parent=b)
    reject_comment(b)
    page = thread_page(answer.pk)
    assert names(page) == ["A", "C"]
    assert [n.depth for n in page.nodes] == [1, 2]
    assert page.roots[0].replies[0].comment.pen_name == "C"


def test_held_comments_are_not_shown(answer):
    make_comment(answer, name="Shown")
    make_comment(answer, name="Held", status=Comment.Status.PENDING)
    assert names(thread_page(answer.pk)) == ["Shown"]


def test_open_and_close_markers_balance(answer):
    a = make_comment(answer, name="A")
    b = make_comment(answer, name="B", parent=a)
    c = make_comment(answer, name="C", parent=b)
    make_comment(answer, name="D", parent=c)
    make_comment(answer, name="E")
    page = thread_page(answer.pk)
    opened = sum(1 for n in page.nodes if n.opens)
    closed = sum(len(n.closes) for n in page.nodes)
    assert opened == closed == 3


@pytest.mark.parametrize("size", [10, 500])
def test_a_thread_page_takes_the_same_queries_at_any_size(answer, size, django_assert_num_queries):
    roots = []
    for i in range(size):
        parent = roots[i // 3] if i % 3 and roots else None
        comment = make_comment(answer, name=f"P{i}", parent=parent, email=f"p{i}@example.org")
        if parent is None:
            roots.append(comment)
    # The count, the page's conversations, their comments.
    with django_assert_num_queries(3):
        page = thread_page(answer.pk)
    assert page.nodes
