"""Posting to a thread, comment permalinks and comment feeds.

Moderation lives in safety (safety.views, mounted at /moderation/)."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from afterword.origin import same_origin_post
from discussion import services
from discussion.forms import CommentForm
from discussion.hosts import host
from discussion.models import Comment
from discussion.notices import posted_token
from discussion.thread import LAST_PAGE, page_of
from safety.help import note_form_errors, note_reason, public_text
from safety.http import ip_hash


def _meant_for(request: HttpRequest, slug: str) -> tuple[str, str]:
    answer = host().answers().filter(slug=slug).only("title", "slug").first()
    return (answer.title, answer.get_absolute_url()) if answer else ("", request.path)


@public_text(where=_meant_for)
@same_origin_post
@require_POST
def post_comment(request: HttpRequest, slug: str) -> HttpResponse:
    # The post needs the answer's key and address, not its text.
    answer_page = host().page
    found = host().open_answers().filter(slug=slug)
    answer = found.only("pk", "slug", "status", "published_at").first()
    if answer is None:
        # Taken down (or never there) while someone was writing: keep their words.
        context = {"body": request.POST.get("body", "")}
        return render(request, "discussion/closed.html", context, status=404)
    form = CommentForm(request.POST)
    if not form.is_valid():
        note_form_errors(request, form)
        return answer_page(request, slug, form=form, status=400)
    data = form.cleaned_data
    # public_text screened the posted text already: the same words need no second screen.
    found = getattr(request, "crisis_help", None)
    screened = found.screening if found is not None and found.text == data["body"] else None
    try:
        posted = services.post_comment(
            answer=answer,
            pen_name=data["name"],
            email=data["email"],
            body=data["body"],
            parent_id=data.get("parent"),
            ip_hash=ip_hash(request),
            privacy_confirmed=data["privacy_ok"],
            honeypot=bool(data["website"]),
            choices=services.Choices(
                notify_replies=data["notify_replies"],
                follow_thread=data["follow"],
                invite_back=data["invite_back"],
            ),
            screening=screened,
        )
    except services.NeedsPrivacyCheck as check:
        return answer_page(request, slug, form=form, privacy_check=check.findings)
    except ValidationError as error:
        note_reason(request, error.code or "refused")
        if error.code in ("parent", "pen_name_taken"):
            form.add_error("parent" if error.code == "parent" else "name", error)
            return answer_page(request, slug, form=form, status=400)
        status = 429 if error.code == "rate_limited" else 400
        return answer_page(request, slug, form=form, status=status, form_error=error.message)
    comment = posted.comment
    token = posted_token(comment, posted.reasons)
    # Held comments are not in the thread yet; land on the page where it will appear.
    anchor_comment = comment.reply_to if posted.held and comment.reply_to else comment
    if not anchor_comment.is_shown:
        page = 1
    elif anchor_comment.parent_id is None and anchor_comment.pk == comment.pk:
        # A new conversation is the newest: the last page, which the page itself
        # works out from the count it makes anyway (no count on the write path).
        page = LAST_PAGE
    else:
        page = page_of(anchor_comment)
    query = f"?posted={token}" + (f"&page={page}" if page != 1 else "")
    return redirect(answer.get_absolute_url() + query + "#posted")


@require_GET
def permalink(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(
        Comment.objects.visible().select_related("answer"),
        pk=pk,
        answer__in=host().open_answers(),
    )
    page = page_of(comment)
    query = f"?page={page}" if page > 1 else ""
    return redirect(comment.answer.get_absolute_url() + query + f"#{comment.anchor}")


class AnswerCommentsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(host().open_answers(), slug=slug)

    def title(self, obj):
        return _("Comments on “%(title)s”") % {"title": obj.title}

    def link(self, obj):
        return obj.get_absolute_url()

    def subtitle(self, obj):
        return _("The latest comments in this discussion.")

    def items(self, obj):
        return (
            Comment.objects.published()
            .filter(answer=obj)
            .order_by("-created_at")
            .only("pk", "pen_name", "body", "body_html", "created_at", "answer_id")[:50]
        )

    def item_title(self, item):
        return _("%(name)s wrote") % {"name": item.pen_name}

    def item_description(self, item):
        return item.body_html

    def item_link(self, item):
        return item.get_absolute_url()

    def item_author_name(self, item):
        return item.pen_name

    def item_pubdate(self, item):
        return item.created_at
