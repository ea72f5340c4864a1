"""The moderation workspace (queue, one comment, audit log) and readers' reports.

Moderators see pen names, words and a commenter's history, never an email
address or an IP address. Every action is a POST that goes through
safety.moderation, which logs it.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from safety import cases, copy, moderation, sources
from safety import queue as moderation_queue
from safety.forms import BanForm, BulkForm, EditForm, NoteForm, RedactForm, RejectForm, ReportForm
from safety.http import ip_hash
from safety.models import AuditEntry, Ban, CrisisCase, Report
from safety.permissions import admin_required, moderator_required
from safety.privacy import kind_label
from safety.reports import REPORTS_PER_WINDOW, TooManyReports, file_report
from safety.resources import crisis_context
from safety.sources import Item

QUEUE_PAGE_SIZE = 50
LOG_PAGE_SIZE = 100
HISTORY_SIZE = 50

# --- the queue and one comment -------------------------------------------------


@require_GET
@moderator_required
def queue(request: HttpRequest) -> HttpResponse:
    page = Paginator(moderation_queue.queue(), QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    items = [moderation_queue.item(comment) for comment in page]
    crisis = moderation_queue.crisis_first()
    context = {"page": page, "items": items, "crisis": crisis}
    return render(request, "safety/queue.html", context)


@require_GET
@moderator_required
def comment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    return _render_detail(request, comment)


def _render_detail(request: HttpRequest, comment: Item, status: int = 200, **forms):
    case = cases.case_for(CrisisCase.Kind.COMMENT, comment.pk)
    reports = list(comment.reports.order_by("-created_at"))
    open_reports = [r for r in reports if r.resolved_at is None]
    comment.danger_reported = any(r.reason == Report.Reason.DANGER for r in open_reports)
    item = moderation_queue.item(comment)
    context = {
        "item": item,
        "comment": comment,
        "reports": reports,
        "open_reports": open_reports,
        "history": _history(comment),
        "banned": _banned_kinds(comment),
        "edit_form": forms.get("edit_form") or EditForm(initial={"body": comment.body}),
        "redact_form": forms.get("redact_form") or RedactForm(choices=_span_choices(item)),
        "ban_form": forms.get("ban_form") or BanForm(),
        **_case_context(case),
    }
    return render(request, "safety/comment.html", context, status=status)


def _case_context(case: CrisisCase | None) -> dict:
    if case is None:
        return {"case": None}
    [found] = moderation_queue.case_items([case])
    return {
        "case": case,
        "case_item": found,
        "protocol": copy.lines("protocol"),
        "can_reach_out": bool(found.source and found.source.email),
    }


# --- crisis cases (letters and signals; a comment's case is on its own page) ----------


@require_GET
@moderator_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_object_or_404(CrisisCase, pk=pk)
    if case.kind == CrisisCase.Kind.COMMENT:
        return redirect("safety:comment", case.object_id)
    context = {**_case_context(case), "retention_days": settings.CRISIS_SIGNAL_RETENTION_DAYS}
    return render(request, "safety/case.html", context)


def _case_action(request: HttpRequest, pk: int, done: str, action, *args) -> HttpResponse:
    case = get_object_or_404(CrisisCase, pk=pk)
    try:
        action(request.user, case, *args)
    except cases.CaseError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return _back(request)


@require_POST
@moderator_required
def case_claim(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_action(request, pk, _("You have claimed this case."), cases.claim)


@require_POST
@moderator_required
def case_release(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_action(request, pk, _("The case is unclaimed again."), cases.release)


@require_POST
@moderator_required
def case_reach_out(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_action(
        request,
        pk,
        _("A message with the crisis lines is on its way, from the site's address."),
        cases.reach_out,
    )


@require_POST
@moderator_required
def case_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    note = _note(request)
    return _case_action(request, pk, _("The case is closed."), cases.acknowledge, note)


def _comment(pk: int) -> Item:
    found = sources.moderated().get(pk)
    if found is None:
        raise Http404
    return found


def _history(comment: Item):
    """The same person's other comments, matched by email, which is never displayed."""
    return sources.moderated().history(comment, limit=HISTORY_SIZE)


def _banned_kinds(comment: Item) -> list[str]:
    found = Ban.matching(pen_name=comment.pen_name, email=comment.email, ip_hash=comment.ip_hash)
    kinds = set(found.values_list("kind", flat=True))
    return [label for value, label in Ban.Kind.choices if value in kinds]


def _span_choices(item: moderation_queue.Item) -> list[tuple[str, str]]:
    return [
        (moderation.span_key(span), f"“{span.get('text', '')}” ({kind_label(span['kind'])})")
        for span in item.privacy
        if "start" in span and "end" in span and "kind" in span
    ]


# --- actions -----------------------------------------------------------------


def _back(request: HttpRequest) -> HttpResponse:
    """Return to where the moderator was (the queue or the comment), never elsewhere."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = reverse("safety:queue")
    return redirect(target)


def _act(request: HttpRequest, done: str, action, *args, **kwargs) -> HttpResponse:
    try:
        action(request.user, *args, **kwargs)
    except moderation.ModerationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return _back(request)


@require_POST
@moderator_required
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    return _act(
        request,
        _("%(name)s's comment is published.") % {"name": comment.pen_name},
        moderation.approve,
        comment,
    )


@require_POST
@moderator_required
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    note = _note(request, RejectForm)
    return _act(
        request,
        _("%(name)s's comment is rejected; they have been told by email.")
        % {"name": comment.pen_name},
        moderation.reject,
        comment,
        note=note,
    )


@require_POST
@moderator_required
def publish_with_note(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    note = _note(request)
    return _act(
        request,
        _("%(name)s's comment is published with a support note for readers.")
        % {"name": comment.pen_name},
        moderation.publish_with_note,
        comment,
        note=note,
    )


@require_POST
@moderator_required
def keep_private(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    note = _note(request)
    return _act(
        request,
        _("%(name)s's comment is kept private; they are told gently, with the lines.")
        % {"name": comment.pen_name},
        moderation.keep_private,
        comment,
        note=note,
    )


@require_POST
@moderator_required
def spam(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    return _act(
        request,
        _("%(name)s's comment is marked as spam.") % {"name": comment.pen_name},
        moderation.mark_spam,
        comment,
    )


@require_POST
@moderator_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    form = EditForm(request.POST)
    if not form.is_valid():
        # The moderator's text is kept: the page comes back with it and the errors.
        return _render_detail(request, comment, status=400, edit_form=form)
    data = form.cleaned_data
    return _act(
        request, _("The comment is edited."), moderation.edit, comment, data["body"], data["note"]
    )


@require_POST
@moderator_required
def redact(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    if request.POST.get("all"):
        keys = None
    else:
        form = RedactForm(request.POST, choices=_span_choices(moderation_queue.item(comment)))
        if not form.is_valid():
            return _render_detail(request, comment, status=400, redact_form=form)
        keys = form.cleaned_data["spans"]
    try:
        kinds = moderation.redact(request.user, comment, keys)
    except moderation.ModerationError as error:
        messages.error(request, str(error))
        return _back(request)
    if kinds:
        messages.success(
            request,
            ngettext(
                "Removed %(count)s detail; the author has been told by email.",
                "Removed %(count)s details; the author has been told by email.",
                len(kinds),
            )
            % {"count": len(kinds)},
        )
    else:
        messages.info(
            request, _("Nothing was removed: the text has changed since it was screened.")
        )
    return _back(request)


@require_POST
@moderator_required
def ban(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    form = BanForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, comment, status=400, ban_form=form)
    kinds = moderation.ban(
        request.user, comment, form.cleaned_data["kinds"], form.cleaned_data["reason"]
    )
    labels = ", ".join(str(Ban.Kind(kind).label).lower() for kind in kinds) or _("nothing")
    messages.success(
        request, _("Banned %(name)s's %(what)s.") % {"name": comment.pen_name, "what": labels}
    )
    return _back(request)


@require_POST
@moderator_required
def resolve(request: HttpRequest, pk: int) -> HttpResponse:
    comment = _comment(pk)
    note = _note(request)
    count = moderation.resolve_reports(request.user, comment, note)
    messages.success(
        request,
        ngettext(
            "Closed %(count)s report; the comment stays as it is.",
            "Closed %(count)s reports; the comment stays as it is.",
            count,
        )
        % {"count": count},
    )
    return _back(request)


@require_POST
@moderator_required
def bulk(request: HttpRequest) -> HttpResponse:
    form = BulkForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("__all__", []) + form.errors.get("action", []):
            messages.error(request, error)
        return _back(request)
    count = moderation.bulk(request.user, form.cleaned_data["action"], form.cleaned_data["ids"])
    label = dict(form.fields["action"].choices)[form.cleaned_data["action"]]
    messages.success(
        request,
        ngettext(
            "%(action)s: done for %(count)s comment.",
            "%(action)s: done for %(count)s comments.",
            count,
        )
        % {"action": label, "count": count},
    )
    if count < len(form.cleaned_data["ids"]):
        messages.info(
            request,
            _(
                "Comments from someone who may be in danger (and those their authors removed) "
                "are never changed in bulk: open each one on its own page."
            ),
        )
    return _back(request)


def _note(request: HttpRequest, form_class=NoteForm) -> str:
    """The moderator's optional note from the posted form ("" when it is missing or too long)."""
    form = form_class(request.POST)
    return form.cleaned_data["note"] if form.is_valid() else ""


# --- the audit log -----------------------------------------------------------


@require_GET
@admin_required
def audit_log(request: HttpRequest) -> HttpResponse:
    entries = AuditEntry.objects.select_related("actor", "comment").defer(
        "comment__email", "comment__ip_hash", "comment__body", "comment__body_html"
    )
    page = Paginator(entries, LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    for entry in page:
        entry.summary = _details_text(entry.details)
    return render(request, "safety/log.html", {"page": page})


def _details_text(details: dict) -> str:
    def show(value) -> str:
        return ", ".join(map(str, value)) if isinstance(value, list) else str(value)

    return "; ".join(f"{key.replace('_', ' ')}: {show(value)}" for key, value in details.items())


# --- readers' reports ----------------------------------------------------------


def _reportable(pk: int) -> Item:
    found = sources.moderated().reportable(pk)
    if found is None:
        raise Http404
    return found


@require_http_methods(["GET", "POST"])
def report_comment(request: HttpRequest, pk: int) -> HttpResponse:
    """Anyone may report a published comment; only the moderators ever hear of it."""
    comment = _reportable(pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            file_report(
                comment,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
                reporter_ip_hash=ip_hash(request),
            )
        except TooManyReports:
            return _report_page(request, comment, form, status=429, too_many=True)
        thanks = reverse("discussion:report_thanks", args=[comment.pk, form.cleaned_data["reason"]])
        return redirect(thanks)
    return _report_page(request, comment, form, status=400 if form.errors else 200)


def _report_page(
    request, comment, form, *, status: int = 200, too_many: bool = False, form_error: str = ""
):
    context = {
        "comment": comment,
        "form": form,
        "too_many": too_many,
        "limit": REPORTS_PER_WINDOW,
        "form_error": form_error,
    }
    return render(request, "safety/report.html", context, status=status)


def report_retry(request: HttpRequest, pk: int, message: str) -> HttpResponse:
    """The report form failed its CSRF check: show it again, filled in."""
    form = ReportForm(request.POST)
    form.is_valid()
    return _report_page(request, _reportable(pk), form, status=403, form_error=message)


@require_GET
def report_thanks(request: HttpRequest, pk: int, reason: str) -> HttpResponse:
    if reason not in Report.Reason.values:
        raise Http404
    # The page must outlive the comment: a moderator may act on it within minutes,
    # and a worried reader may still be reading the crisis lines here.
    back = sources.moderated().back_url(pk) or "/"
    context = {"back": back, "danger": reason == Report.Reason.DANGER}
    if context["danger"]:
        context.update(crisis_context(request.GET.get("country")))
    return render(request, "safety/report_thanks.html", context)
