"""Pages for those who look after a circle.

Facilitators (members given the role by staff) open and close rounds, welcome
new members, see who has gone quiet and who may need support, hide a post until
a moderator has read it, and remove a member with a reason. Moderators read a
circle post only to act on a report, a hidden or held post, or a crisis case:
each reading is written to the audit log. Columnists and moderators have no
other way into a circle.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from circles import queries, rounds, services
from circles.forms import PromptForm, ReasonForm, SummaryForm
from circles.models import Membership
from circles.views import _meant_for, _post, _round, member_of, private
from safety import copy
from safety import queue as moderation_queue
from safety.help import note_form_errors, public_text
from safety.models import CrisisCase
from safety.permissions import moderator_required


def facilitator_of(request: HttpRequest, slug: str):
    circle, membership = member_of(request, slug)
    if not membership.is_facilitator:
        raise Http404
    return circle, membership


def _facilitate_page(request, circle, membership, *, prompt=None, summary=None, status=200):
    people = queries.members(circle)
    current = rounds.current_round(circle)
    context = {
        "circle": circle,
        "membership": membership,
        "people": people,
        "current": current,
        "quiet": queries.quiet(circle, people),
        "support": queries.needs_support(circle),
        "awaiting": queries.awaiting(circle),
        "waiting": queries.waiting_list(circle),
        "prompt_form": prompt or PromptForm(),
        "summary_form": summary
        or SummaryForm(initial={"body": current.summary if current else ""}),
    }
    return render(request, "circles/facilitate.html", context, status=status)


@private
@require_GET
def facilitate(request: HttpRequest, slug: str) -> HttpResponse:
    circle, membership = facilitator_of(request, slug)
    return _facilitate_page(request, circle, membership)


@public_text(where=_meant_for)
@private
@require_POST
def open_round(request: HttpRequest, slug: str) -> HttpResponse:
    circle, membership = facilitator_of(request, slug)
    form = PromptForm(request.POST)
    if not form.is_valid():
        note_form_errors(request, form)
        return _facilitate_page(request, circle, membership, prompt=form, status=400)
    try:
        opened = rounds.open_round(circle, prompt=form.cleaned_data["body"], by=membership)
    except services.CircleError as error:
        form.add_error("body", error)
        return _facilitate_page(request, circle, membership, prompt=form, status=400)
    messages.success(
        request, _("Round %(number)s is open. Members have been told.") % {"number": opened.number}
    )
    return redirect(opened.get_absolute_url())


@public_text(where=_meant_for)
@private
@require_POST
def close_round(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    circle, membership = facilitator_of(request, slug)
    form = SummaryForm(request.POST)
    if not form.is_valid():
        note_form_errors(request, form)
        return _facilitate_page(request, circle, membership, summary=form, status=400)
    closed = rounds.close_round(
        membership, _round(circle, number), summary=form.cleaned_data["body"]
    )
    messages.success(
        request, _("Round %(number)s is closed, with your summary.") % {"number": closed.number}
    )
    return redirect(closed.get_absolute_url())


@private
@require_POST
def answer_request(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Say yes (or not now) to someone who asked to join a circle by approval."""
    circle, membership = facilitator_of(request, slug)
    asking = circle.memberships.filter(pk=pk, status=Membership.Status.AWAITING).first()
    if asking is None:
        raise Http404
    if request.POST.get("action") == "approve":
        services.approve(membership, asking)
        messages.success(
            request,
            _("%(name)s is in the circle now, and has been told.") % {"name": asking.pen_name},
        )
    else:
        services.decline(membership, asking)
        messages.success(request, _("Their request is withdrawn."))
    return redirect("circles:facilitate", circle.slug)


@private
@require_http_methods(["GET", "POST"])
def hide(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    circle, membership = facilitator_of(request, slug)
    found = _post(circle, pk)
    form = ReasonForm(request.POST or None)
    context = {"circle": circle, "post": found, "form": form, "what": "hide"}
    if request.method != "POST" or not form.is_valid():
        return render(request, "circles/reason.html", context, status=400 if form.errors else 200)
    services.hide(membership, found, reason=form.cleaned_data["reason"])
    messages.success(request, _("The post is hidden until a moderator has read it."))
    found.round.circle = circle
    return redirect(found.round.get_absolute_url())


@private
@require_http_methods(["GET", "POST"])
def remove_member(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    circle, membership = facilitator_of(request, slug)
    target = circle.memberships.filter(pk=pk, status=Membership.Status.ACTIVE).first()
    if target is None or target.role != Membership.Role.MEMBER:
        raise Http404
    form = ReasonForm(request.POST or None)
    context = {"circle": circle, "target": target, "form": form, "what": "remove"}
    if request.method != "POST" or not form.is_valid():
        return render(request, "circles/reason.html", context, status=400 if form.errors else 200)
    services.remove_member(membership, target, reason=form.cleaned_data["reason"])
    messages.success(request, _("%(name)s is no longer in the circle.") % {"name": target.pen_name})
    return redirect("circles:facilitate", circle.slug)


# --- Moderators ----------------------------------------------------------------------------


@private
@require_GET
@moderator_required
def reports(request: HttpRequest) -> HttpResponse:
    """Reported and hidden circle posts: where each is, never what it says."""
    return render(request, "circles/reports.html", {"reports": queries.open_reports()})


@private
@require_http_methods(["GET", "POST"])
@moderator_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """One circle post, read by a moderator acting on it; each reading is logged."""
    found = queries.for_review(pk)
    if found is None or not queries.moderator_may_read(found):
        raise Http404
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            services.moderate(request.user, found, action, request.POST.get("note", ""))
        except services.CircleError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Done. The audit log has it."))
        return redirect("circles:review", found.pk)
    services.log_staff_view(request.user, found)
    case = CrisisCase.objects.filter(kind=CrisisCase.Kind.CIRCLE, object_id=found.pk)
    case = case.order_by("closed_at", "-created_at").first()
    context = {
        "post": found,
        "marked": moderation_queue.marked_text(found),
        "case": case,
        "protocol": copy.lines("protocol"),
    }
    if case is not None:
        [context["case_item"]] = moderation_queue.case_items([case])
        context["can_reach_out"] = bool(found.membership and found.membership.email)
    return render(request, "circles/review.html", context)
