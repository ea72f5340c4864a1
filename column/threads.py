"""The column's side of the discussion under every answer.

The discussion imports nothing of the column: `connect()` (from `ColumnConfig.ready()`)
tells it where its threads hang (discussion/hosts.py) and listens for the change in
the number of comments readers see, which each answer keeps for its lists.

`thread_parts` gives an answer page its conversations as HTML and JSON-LD, kept
in the shared cache per conversation: a post that starts a conversation changes
the page's count but none of the conversations already on it, so the page is
made again around the same pieces instead of reading and rendering them again.
Profiled on a 1,000-comment answer, the conversations' rows, HTML and JSON-LD
were more than half of its page's time.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from afterword import pagecache
from column.models import Answer
from column.structured import comments_json_ld
from discussion import events, hosts
from discussion.queries import published_count
from discussion.render import render_thread
from discussion.thread import Layout, ThreadPage, page_of_layout


@dataclass(frozen=True)
class ThreadParts:
    thread: ThreadPage  # its numbers; its comments only when they were read now
    html: SafeString  # the page's conversations, <li> items
    json_ld: str  # their JSON-LD array (column.structured)


def thread_parts(answer: Answer, layout: Layout) -> ThreadParts:
    """The conversations one page of the answer's thread shows, made or kept.

    Kept under the versions of the conversations on the page, of the whole thread,
    and of `site` (the support note names crisis lines), per language and page
    (replies' links carry the page); column/signals.py moves them.
    """
    read: list[ThreadPage] = []

    def build() -> tuple[str, str]:
        page = page_of_layout(answer.pk, layout)
        read.append(page)
        html = render_thread(page.nodes, page.number)
        return str(html), comments_json_ld(answer, page.roots, settings.SITE_URL)

    names = [
        pagecache.SITE,
        pagecache.thread_version(answer.pk),
        *map(pagecache.conversation_version, layout.root_ids),
    ]
    key = f"thread {answer.pk} {layout.order} {layout.number} {get_language()}"
    html, json_ld = pagecache.fragment(key, names, build)
    thread = read[0] if read else ThreadPage.of(layout)
    # Built by render_thread from escaped pieces and sanitised HTML, here or in the cache.
    return ThreadParts(thread=thread, html=mark_safe(html), json_ld=json_ld)  # noqa: S308


def count_changed(sender, answer_id: int, delta: int | None, **kwargs) -> None:
    """`shown_count_changed`: move the answer's comment count, or count again."""
    if delta is not None:
        Answer.objects.filter(pk=answer_id).update(comment_count=F("comment_count") + delta)
        return
    answer = Answer.objects.filter(pk=answer_id).first()
    if answer is not None:
        # Saved, not updated: its page and the lists are dropped (column/signals.py).
        answer.comment_count = published_count(answer_id)
        answer.save(update_fields=["comment_count"])


def connect() -> None:
    from column.views import answer_page

    hosts.register(
        answers=lambda: Answer.objects.all(),
        open_answers=Answer.objects.published,
        page=answer_page,
    )
    events.shown_count_changed.connect(count_changed, dispatch_uid="column.threads.count_changed")
