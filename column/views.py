"""Public pages of the column: home, answers with their threads, topics, authors,
the archive, and the letter form with its private status page."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods

from afterword.pagecache import COUNTS, SITE, answer_version, public_page
from column.forms import LetterForm
from column.models import Answer, Columnist, Letter, Topic
from column.offers import check_in_offer
from column.services import receive_letter
from column.structured import answer_json_ld
from column.threads import thread_parts
from discussion.forms import CommentForm
from discussion.models import Comment
from discussion.notices import read_posted
from discussion.thread import LAST_PAGE, OLDEST, ORDERS, thread_layout
from safety.help import gentle, help_context, note_form_errors, note_reason, public_text
from safety.http import ip_hash
from safety.models import CrisisCase
from safety.privacy import explanations, mark_findings
from safety.rules import Refused


def _live_answers() -> Count:
    """How many published answers a topic or columnist has, for listing them."""
    return Count("answers", filter=Q(answers__in=Answer.objects.published()))


def _lists(**kwargs) -> list[str]:
    """Lists of answers show their titles, columnists and topics, and comment counts."""
    return [SITE, COUNTS]


def _answer(slug: str) -> list[str]:
    """An answer's page: the answer and its discussion, its columnist and topics."""
    return [answer_version(slug), SITE]


def _page_number(request: HttpRequest) -> int | str:
    page = request.GET.get("page", "1")
    if page == LAST_PAGE:
        return page
    try:
        return max(1, int(page))
    except ValueError:
        return 1


def _answers_page(request: HttpRequest, queryset):
    paginator = Paginator(queryset.for_listing(), settings.ANSWERS_PER_PAGE)
    return paginator.get_page(request.GET.get("page"))


@require_GET
@public_page(versions=_lists)
def home(request: HttpRequest) -> HttpResponse:
    page = _answers_page(request, Answer.objects.published())
    topics = Topic.objects.annotate(live=_live_answers()).filter(live__gt=0)
    return render(request, "column/home.html", {"page": page, "topics": topics})


def answer_page(
    request: HttpRequest,
    slug: str,
    *,
    form: CommentForm | None = None,
    status: int = 200,
    form_error: str = "",
    privacy_check: list | None = None,
) -> HttpResponse:
    """The answer with one page of its thread; also re-rendered when a post needs a
    second look (errors, the privacy check, a refusal), always with the text intact."""
    answer = get_object_or_404(
        Answer.objects.published().select_related("columnist").prefetch_related("topics"),
        slug=slug,
    )
    order = request.GET.get("order", OLDEST)
    if order not in ORDERS:
        order = OLDEST
    parts = thread_parts(answer, thread_layout(answer.pk, page=_page_number(request), order=order))
    thread = parts.thread
    posted = read_posted(request.GET.get("posted", ""), answer)
    form, reply_target = _comment_form(request, form, thread, answer)
    context = {
        "answer": answer,
        "columnist": answer.columnist,
        "thread": thread,
        "thread_html": parts.html,
        "form": form,
        "reply_target": reply_target,
        "form_error": form_error,
        "privacy_check": privacy_check,
        "posted": posted,
        "json_ld": answer_json_ld(answer, parts.json_ld, settings.SITE_URL),
        "canonical": settings.SITE_URL + answer.get_absolute_url(),
    }
    if privacy_check:
        body = form.cleaned_data.get("body", "")
        context["privacy_marked"] = mark_findings(body, privacy_check)
        context["privacy_explained"] = explanations(privacy_check)
    if posted and (posted.crisis or posted.gentle):
        context.update(help_context(request.GET.get("country")))
        context["check_in_token"] = check_in_offer(CrisisCase.Kind.COMMENT, posted.comment.pk)
    response = render(request, "column/answer.html", context, status=status)
    if "posted" in request.GET or request.method != "GET":
        # The notice (and a held comment's text) is for the poster alone.
        response["Cache-Control"] = "private, no-store"
    return response


def _comment_form(request: HttpRequest, form: CommentForm | None, thread, answer: Answer):
    """The comment form, and the comment it replies to when there is one."""
    if form is None:
        reply_id = request.GET.get("reply", "")
        form = CommentForm(initial={"parent": reply_id} if reply_id.isdigit() else None)
    else:
        reply_id = str(form.data.get("parent", ""))
    if not reply_id.isdigit():
        return form, None
    for node in thread.nodes:  # read for this page (not kept): no query needed
        if node.comment.pk == int(reply_id) and not node.comment.is_removed:
            return form, node.comment
    target = (
        Comment.objects.published()
        .filter(pk=int(reply_id), answer=answer)
        .only("pk", "pen_name")
        .first()
    )
    return form, target


@require_GET
@public_page(versions=_answer)
def answer_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return answer_page(request, slug)


@require_GET
@public_page(versions=_lists)
def topic_list(request: HttpRequest) -> HttpResponse:
    topics = Topic.objects.annotate(live=_live_answers())
    return render(request, "column/topics.html", {"topics": topics})


@require_GET
@public_page(versions=_lists)
def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    page = _answers_page(request, Answer.objects.published().filter(topics=topic))
    return render(request, "column/topic.html", {"topic": topic, "page": page})


@require_GET
@public_page(versions=_lists)
def author_list(request: HttpRequest) -> HttpResponse:
    columnists = Columnist.objects.annotate(live=_live_answers())
    return render(request, "column/authors.html", {"columnists": columnists})


@require_GET
@public_page(versions=_lists)
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    columnist = get_object_or_404(Columnist, slug=slug)
    page = _answers_page(request, Answer.objects.published().filter(columnist=columnist))
    return render(request, "column/author.html", {"columnist": columnist, "page": page})


@require_GET
@public_page(versions=_lists)
def archive(request: HttpRequest) -> HttpResponse:
    answers = list(
        Answer.objects.published()
        .select_related("columnist")
        .only("slug", "title", "published_at", "comment_count", "columnist__display_name")
    )
    months: dict = {}
    for answer in answers:
        months.setdefault(answer.published_at.replace(day=1).date(), []).append(answer)
    return render(request, "column/archive.html", {"months": months.items(), "total": len(answers)})


def _letter_meant_for(request: HttpRequest) -> tuple[str, str]:
    return gettext("A letter to the column"), reverse("column:write")


@public_text(where=_letter_meant_for)
@require_http_methods(["GET", "POST"])
def write_letter(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = LetterForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                received = receive_letter(
                    pen_name=data["name"],
                    email=data["email"],
                    body=data["body"],
                    consent_to_publish=data["consent_to_publish"],
                    ip_hash=ip_hash(request),
                )
            except Refused as refusal:
                note_reason(request, refusal.code or "refused")
                status = 429 if refusal.code == "rate_limited" else 400
                context = {"form": form, "form_error": refusal.message}
                return render(request, "column/write.html", context, status=status)
            url = reverse("column:letter_status", args=[received.status_token])
            return redirect(f"{url}?new=1")
        note_form_errors(request, form)
        return render(request, "column/write.html", {"form": form}, status=400)
    return render(request, "column/write.html", {"form": LetterForm()})


@require_GET
def letter_status(request: HttpRequest, token: str) -> HttpResponse:
    letter = Letter.objects.with_status_token(token).first()
    if letter is None:
        raise Http404("No letter has this link.")
    answer = letter.published_answer
    status = letter.status
    if status == Letter.Status.ANSWERED and answer is None:
        status = Letter.Status.SELECTED  # scheduled, not out yet
    context = {
        "letter": letter,
        "status": status,
        "answer": answer,
        "new": request.GET.get("new") == "1",
        "crisis": letter.crisis_level >= 2,
        "gentle": gentle(letter.screening),
    }
    if context["crisis"] or context["gentle"]:
        context.update(help_context(request.GET.get("country")))
        context["check_in_token"] = check_in_offer(CrisisCase.Kind.LETTER, letter.pk)
    response = render(request, "column/letter_status.html", context)
    # The link is the key: keep it out of shared caches and referrers.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_GET
@public_page
def terms(request: HttpRequest) -> HttpResponse:
    return render(request, "column/terms.html")


@require_GET
@public_page
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "column/privacy.html")


@require_GET
@public_page
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /desk/",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /letters/",
        "Disallow: /me/",
        "Disallow: /confirm/",
        "Disallow: /unsubscribe/",
        "Disallow: /language/",
        f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
