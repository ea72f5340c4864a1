"""The columnist's workspace: the letters queue, and turning a letter into an answer.

Plain pages and buttons; a columnist never needs to know the Django admin.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from afterword.text import markdown_to_html, plain_to_html
from column import services
from column.forms import AnswerForm, ThreadNoteForm
from column.models import THREAD_NOTE_AFTER, Answer, Columnist, Letter
from discussion.models import Comment
from safety.privacy import explanations, mark_findings
from safety.screen import screen


def columnist_required(view):
    """Signed-in columnists only; anyone else signed in gets 403."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        columnist = Columnist.objects.filter(user=request.user).first()
        if columnist is None or not request.user.is_active:
            raise PermissionDenied("The columnists' desk is for columnists.")
        request.columnist = columnist
        return view(request, *args, **kwargs)

    return wrapper


def _own(request: HttpRequest, answer: Answer) -> Answer:
    if answer.columnist_id != request.columnist.pk and not request.user.is_superuser:
        raise PermissionDenied("This answer belongs to another columnist.")
    return answer


@require_GET
@columnist_required
def dashboard(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", Letter.Status.RECEIVED)
    if status not in Letter.Status.values:
        status = Letter.Status.RECEIVED
    letters = Letter.objects.filter(status=status).order_by("-crisis_level", "received_at")[:100]
    answers = (
        Answer.objects.filter(columnist=request.columnist)
        .order_by("-updated_at")
        .only("pk", "title", "slug", "status", "published_at", "updated_at", "comment_count")
    )
    return render(
        request,
        "column/desk/dashboard.html",
        {
            "letters": letters,
            "status": status,
            "statuses": Letter.Status.choices,
            "answers": answers,
            "pending_comments": Comment.objects.pending().count(),
        },
    )


@require_GET
@columnist_required
def letter_detail(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(Letter, pk=pk)
    return render(
        request,
        "column/desk/letter.html",
        {
            "letter": letter,
            "body_html": plain_to_html(letter.body),
            "answers": letter.answers.all(),
        },
    )


@require_POST
@columnist_required
def letter_set_status(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(Letter, pk=pk)
    status = request.POST.get("status")
    if status not in (Letter.Status.RECEIVED, Letter.Status.NOT_SELECTED):
        return HttpResponse(_("Unknown status."), status=400)
    services.set_letter_status(letter, status)
    messages.success(
        request,
        _("The letter from %(name)s is now “%(status)s”.")
        % {"name": letter.pen_name, "status": letter.get_status_display()},
    )
    return redirect("column:desk")


@require_http_methods(["GET", "POST"])
@columnist_required
def answer_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if pk is not None:
        answer = _own(request, get_object_or_404(Answer, pk=pk))
    else:
        letter = None
        letter_id = request.GET.get("letter") or request.POST.get("letter")
        if letter_id:
            letter = get_object_or_404(Letter, pk=letter_id)
        answer = (
            services.start_answer(letter, request.columnist)
            if letter
            else Answer(columnist=request.columnist)
        )
    form = AnswerForm(request.POST or None, instance=answer)
    preview = None
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action", "save")
        answer = form.save(commit=False)
        if action == "preview":
            preview = {
                "question_html": plain_to_html(answer.question),
                "body_html": markdown_to_html(answer.body),
                **_privacy_review(answer),
            }
        else:
            when = form.cleaned_data.get("publish_at")
            if action == "publish":
                services.publish_answer(answer, at=when)
            else:
                services.save_draft(answer)
            form.save_m2m()
            if answer.is_scheduled:
                when = date_format(localtime(answer.published_at), "DATETIME_FORMAT")
                messages.success(request, _("Scheduled for %(when)s.") % {"when": when})
            elif answer.is_live:
                messages.success(request, _("Published. It is live now."))
            else:
                messages.success(request, _("Draft saved."))
            return redirect("column:desk_answer", pk=answer.pk)
    status = 400 if request.method == "POST" and form.errors else 200
    return render(
        request,
        "column/desk/answer_form.html",
        {"form": form, "answer": answer, "preview": preview, "letter": answer.letter},
        status=status,
    )


def _privacy_review(answer: Answer) -> dict:
    """What the privacy screen finds in the edited letter and the answer: the writer was
    promised an edit "so nobody can recognise you", so the preview shows what is left."""
    found = {}
    for name, text in (("letter", answer.question), ("answer", answer.body)):
        findings = [f.to_dict() for f in screen(text, country=settings.CRISIS_COUNTRY).privacy]
        found[name] = findings
    everything = found["letter"] + found["answer"]
    return {
        "privacy": bool(everything),
        "privacy_explained": explanations(everything),
        "privacy_letter": mark_findings(answer.question, found["letter"])
        if found["letter"]
        else None,
        "privacy_answer": mark_findings(answer.body, found["answer"]) if found["answer"] else None,
    }


@require_POST
@columnist_required
def answer_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    answer = _own(request, get_object_or_404(Answer, pk=pk))
    services.unpublish_answer(answer)
    messages.success(request, _("Unpublished. It is a draft again and no longer on the site."))
    return redirect("column:desk_answer", pk=answer.pk)


@require_http_methods(["GET", "POST"])
@columnist_required
def thread_note_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Write, change or remove the note of what people in a long discussion have found."""
    answer = _own(request, get_object_or_404(Answer, pk=pk))
    form = ThreadNoteForm(request.POST or None, initial={"text": answer.thread_note})
    preview = None
    if request.method == "POST" and answer.takes_thread_note and form.is_valid():
        text = form.cleaned_data["text"]
        if request.POST.get("action") == "preview":
            preview = markdown_to_html(text)
        else:
            services.save_thread_note(answer, text=text)
            messages.success(
                request,
                _("The note is above the discussion now.")
                if answer.thread_note
                else _("The note is removed."),
            )
            return redirect("column:desk_answer", pk=answer.pk)
    status = (
        400 if request.method == "POST" and (form.errors or not answer.takes_thread_note) else 200
    )
    return render(
        request,
        "column/desk/thread_note.html",
        {"form": form, "answer": answer, "preview": preview, "after": THREAD_NOTE_AFTER},
        status=status,
    )
