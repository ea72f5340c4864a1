"""Circle pages for readers and members: the listing, a circle's "about" page with
its join form, the emailed join link, and inside a circle its rounds, posts,
replies, passes, reports, email choices and leaving.

Private by design: everything inside a circle answers 404 to anyone who is not an
active member (the same page whether or not the circle exists), and every page
here says `noindex` and `Cache-Control: private, no-store`, so no cache, proxy
or search engine keeps it. Members are who a My words sign-in (people.session)
says they are; the join link signs them in.
"""

from __future__ import annotations

from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from circles import notices, queries, rounds, services
from circles.forms import EmailsForm, JoinForm, LeaveForm, PostForm, ReportForm
from circles.models import Circle, CirclePost, Membership, Round
from people import session
from people.checkins import check_in_offer
from safety.help import gentle, help_context, note_form_errors, note_reason, public_text
from safety.models import CrisisCase
from safety.privacy import explanations, mark_findings


def private(view):
    """Nobody but this person keeps or indexes the page; a page not for them is a 404."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            response = render(request, "circles/not_found.html", status=404)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


def _circle(slug: str) -> Circle:
    circle = Circle.objects.select_related("topic").filter(slug=slug).first()
    if circle is None:
        raise Http404
    return circle


def member_of(request: HttpRequest, slug: str) -> tuple[Circle, Membership]:
    """The circle and the signed-in person's active membership, or 404."""
    circle = _circle(slug)
    membership = queries.membership_of(session.signed_in_email(request), circle)
    if membership is None or not membership.is_in:
        raise Http404
    membership.circle = circle
    return circle, membership


def _round(circle: Circle, number: int) -> Round:
    found = circle.rounds.filter(number=number, opened_at__isnull=False).first()
    if found is None:
        raise Http404
    found.circle = circle
    return found


def _post(circle: Circle, pk: int) -> CirclePost:
    found = circle.posts.select_related("round", "membership").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


# --- For everyone -------------------------------------------------------------------------


@private
@require_GET
def circle_list(request: HttpRequest) -> HttpResponse:
    found = list(queries.listing())
    context = {
        "open": [c for c in found if c.places_left() > 0],
        "full": [c for c in found if c.places_left() <= 0],
        "mine": queries.my_circles(session.signed_in_email(request)),
    }
    return render(request, "circles/list.html", context)


@private
@require_http_methods(["GET", "POST"])
def about(request: HttpRequest, slug: str) -> HttpResponse:
    """What a circle is, its ground rules and places, and the form to join or wait."""
    circle = _circle(slug)
    mine = queries.membership_of(session.signed_in_email(request), circle)
    if not circle.is_open_to_join and (mine is None or not mine.is_in):
        raise Http404  # an ended circle is its members' alone
    form = JoinForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.join(
                    circle,
                    pen_name=data["name"],
                    email=data["email"],
                    honeypot=bool(data["website"]),
                )
            except ValidationError as error:  # the circle's or the rules' refusal
                form.add_error("name" if error.code == "pen_name_taken" else None, error)
                status = 400
            else:
                return render(request, "circles/join_sent.html", {"circle": circle})
        else:
            status = 400
    context = {
        "circle": circle,
        "places_left": circle.places_left(),
        "form": form,
        "mine": mine,
        "facilitators": [m for m in queries.members(circle) if m.is_facilitator],
    }
    return render(request, "circles/about.html", context, status=status)


def _link_invalid(request: HttpRequest) -> HttpResponse:
    return render(request, "people/link_invalid.html")


@private
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The emailed link: a button (mail scanners open links; only a person presses it)."""
    if request.method == "POST":
        joined = services.confirm_join(token)
        if joined is None:
            return _link_invalid(request)
        session.sign_in(request, joined.email)
        membership = joined.membership
        if membership.is_in:
            return redirect("circles:room", membership.circle.slug)
        return render(request, "circles/joined.html", {"membership": membership})
    from people import links

    link = links.find(token, links.CONFIRM)
    if link is None or "circle_membership" not in link.data:
        return _link_invalid(request)
    return render(request, "circles/confirm.html")


@csrf_exempt  # mail clients post RFC 8058 one-click unsubscribes without a token
@private
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    found = notices.read_unsubscribe(token)
    if found is None:
        return _link_invalid(request)
    key, circle_id = found
    membership = Membership.objects.filter(circle_id=circle_id, email_hash=key).first()
    name = membership.circle.name if membership else _("this circle")
    if request.method == "POST":
        if membership is not None:
            services.set_emails(membership, Membership.Emails.NONE)
        return render(request, "circles/unsubscribed.html", {"name": name})
    return render(request, "circles/unsubscribe.html", {"name": name})


# --- Inside a circle ----------------------------------------------------------------------


@private
@require_GET
def room(request: HttpRequest, slug: str) -> HttpResponse:
    """The circle's current round (or, before the first, its welcome)."""
    circle, membership = member_of(request, slug)
    current = rounds.current_round(circle)
    if current is None:
        return render(request, "circles/room.html", _room_context(circle, membership))
    current.circle = circle
    return round_page(request, circle, membership, current)


@private
@require_GET
def round_detail(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    circle, membership = member_of(request, slug)
    return round_page(request, circle, membership, _round(circle, number))


def _room_context(circle: Circle, membership: Membership) -> dict:
    people = queries.members(circle)
    return {
        "circle": circle,
        "membership": membership,
        "people": people,
        "past": queries.past_rounds(circle),
        "quiet": queries.quiet(circle, people),
        "support": queries.needs_support(circle) if membership.is_facilitator else [],
        # Someone new sees the ground rules open, before anything else in the round.
        "new_member": bool(
            membership.joined_at and timezone.now() - membership.joined_at < timedelta(days=2)
        ),
    }


def round_page(
    request: HttpRequest,
    circle: Circle,
    membership: Membership,
    round: Round,
    *,
    form: PostForm | None = None,
    status: int = 200,
    extra: dict | None = None,
) -> HttpResponse:
    context = _room_context(circle, membership)
    view = queries.round_view(round, membership, context["people"])
    reply_to = request.GET.get("reply", "")
    context.update(
        {
            "round": round,
            "view": view,
            "form": form or PostForm(initial={"parent": reply_to} if reply_to.isdigit() else None),
            "reply_to": next((t.post for t in view.threads if str(t.post.pk) == reply_to), None),
            **(extra or {}),
        }
    )
    return render(request, "circles/round.html", context, status=status)


def _meant_for(request: HttpRequest, slug: str, *args, **kwargs) -> tuple[str, str]:
    circle = Circle.objects.filter(slug=slug).only("name", "slug").first()
    if circle is None:
        return "", request.path
    # Stored with a crisis signal for the moderators: in the site's language, not the writer's.
    with translation.override(settings.LANGUAGE_CODE):
        title = _("the support circle “%(name)s”") % {"name": circle.name}
    return title, circle.get_absolute_url()


def _privacy(form, findings) -> dict:
    body = form.cleaned_data.get("body", "")
    return {
        "privacy_marked": mark_findings(body, findings),
        "privacy_explained": explanations(findings),
    }


SAVED_NOTE = gettext_lazy(
    "Your words are saved. A moderator has been told, and may write to you privately "
    "by email; the circle's facilitator will know only that someone may need support."
)


def _help(request: HttpRequest, post: CirclePost) -> dict:
    if post.crisis_level < 2 and not gentle(post.screening):
        return {}
    return {
        **help_context(request.GET.get("country")),
        "check_in_token": check_in_offer(CrisisCase.Kind.CIRCLE, post.pk),
        "saved_note": SAVED_NOTE,
    }


@public_text(where=_meant_for)
@private
@require_POST
def post(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """A member's post in the round, or a reply (`parent`): screened before anything."""
    circle, membership = member_of(request, slug)
    round = _round(circle, number)
    form = PostForm(request.POST)
    if not form.is_valid():
        note_form_errors(request, form)
        return round_page(request, circle, membership, round, form=form, status=400)
    parent = None
    if form.cleaned_data.get("parent"):
        parent = circle.posts.filter(pk=form.cleaned_data["parent"]).first()
    try:
        posted = services.post(
            membership=membership,
            round=round,
            body=form.cleaned_data["body"],
            parent=parent,
            privacy_confirmed=form.cleaned_data["privacy_ok"],
        )
    except services.NeedsPrivacyCheck as check:
        extra = {"privacy_check": True, **_privacy(form, check.findings)}
        return round_page(request, circle, membership, round, form=form, extra=extra)
    except ValidationError as error:  # the circle's or the rules' refusal
        note_reason(request, error.code or "refused")
        extra = {"form_error": error.message}
        return round_page(request, circle, membership, round, form=form, status=400, extra=extra)
    help = _help(request, posted)
    if help or posted.status != CirclePost.Status.SHOWN:
        # The crisis lines answer at once, on this very page; no redirect in between.
        extra = {"posted": posted, **help}
        return round_page(request, circle, membership, round, extra=extra)
    messages.success(request, _("Posted. Thank you for sharing."))
    return redirect(round.get_absolute_url() + f"#p{posted.pk}")


@private
@require_POST
def pass_round(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    circle, membership = member_of(request, slug)
    round = _round(circle, number)
    undo = request.POST.get("undo") == "1"
    try:
        services.pass_round(membership, round, undo=undo)
    except ValidationError as error:  # the circle's or the rules' refusal
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Your pass is taken back.")
            if undo
            else _("You passed this week. That's always fine."),
        )
    return redirect(round.get_absolute_url())


def _own_post(request: HttpRequest, slug: str, pk: int) -> tuple[Circle, Membership, CirclePost]:
    circle, membership = member_of(request, slug)
    found = _post(circle, pk)
    if found.membership_id != membership.pk or found.status in (
        CirclePost.Status.DELETED,
        CirclePost.Status.REMOVED,
    ):
        raise Http404
    return circle, membership, found


@public_text(where=_meant_for)
@private
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    circle, membership, found = _own_post(request, slug, pk)
    context: dict = {"circle": circle, "post": found}
    if request.method != "POST":
        context["form"] = PostForm(initial={"body": found.body})
        return render(request, "circles/edit.html", context)
    form = PostForm(request.POST)
    context["form"] = form
    if not form.is_valid():
        note_form_errors(request, form)
        return render(request, "circles/edit.html", context, status=400)
    try:
        found = services.edit(
            membership,
            found,
            form.cleaned_data["body"],
            privacy_confirmed=form.cleaned_data["privacy_ok"],
        )
    except services.NeedsPrivacyCheck as check:
        context.update({"privacy_check": True, **_privacy(form, check.findings)})
        return render(request, "circles/edit.html", context)
    except ValidationError as error:  # the circle's or the rules' refusal
        note_reason(request, error.code or "refused")
        context["form_error"] = error.message
        return render(request, "circles/edit.html", context, status=400)
    help = _help(request, found)
    if help or found.status != CirclePost.Status.SHOWN:
        found.round.circle = circle
        extra = {"posted": found, **help}
        return round_page(request, circle, membership, found.round, extra=extra)
    messages.success(request, _("Your post is saved."))
    return redirect(found.round.get_absolute_url() + f"#p{found.pk}")


@private
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    circle, membership, found = _own_post(request, slug, pk)
    if request.method != "POST":
        return render(request, "circles/delete.html", {"circle": circle, "post": found})
    services.delete(membership, found)
    messages.success(request, _("Your post is deleted."))
    found.round.circle = circle
    return redirect(found.round.get_absolute_url())


@private
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    circle, membership = member_of(request, slug)
    found = _post(circle, pk)
    if found.status != CirclePost.Status.SHOWN or found.membership_id == membership.pk:
        raise Http404
    form = ReportForm(request.POST or None)
    context = {"circle": circle, "post": found, "form": form}
    if request.method != "POST" or not form.is_valid():
        return render(request, "circles/report.html", context, status=400 if form.errors else 200)
    services.report(
        found,
        reporter=membership,
        reason=form.cleaned_data["reason"],
        note=form.cleaned_data["note"],
    )
    context["danger"] = form.cleaned_data["reason"] == "danger"
    return render(request, "circles/report_thanks.html", context)


@private
@require_http_methods(["GET", "POST"])
def circle_settings(request: HttpRequest, slug: str) -> HttpResponse:
    """Email choices, and the way out."""
    circle, membership = member_of(request, slug)
    form = EmailsForm(request.POST or None, initial={"emails": membership.emails})
    if request.method == "POST" and form.is_valid():
        services.set_emails(membership, form.cleaned_data["emails"])
        messages.success(request, _("Saved."))
        return redirect("circles:settings", circle.slug)
    context = {"circle": circle, "membership": membership, "form": form, "leave": LeaveForm()}
    return render(request, "circles/settings.html", context)


@private
@require_POST
def leave(request: HttpRequest, slug: str) -> HttpResponse:
    circle, membership = member_of(request, slug)
    form = LeaveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose what happens to your posts."))
        return redirect("circles:settings", circle.slug)
    keep = form.cleaned_data["posts"] == LeaveForm.KEEP
    services.leave(membership, keep_posts=keep)
    return render(request, "circles/left.html", {"circle": circle, "kept": keep})
