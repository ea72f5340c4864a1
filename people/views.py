"""People's pages: confirming by email link, following a discussion or one person in
it, unsubscribing, caring check-ins (asked for from a crisis notice, stopped from
their emails), and "My words" — sign in by email link, then edit, delete, claim
comments written under other spellings, export or erase.

None of these pages is cached or shared: each answers `Cache-Control: private,
no-store`. Pages opened from an emailed link post back to their own address, so
the link appears in no page, and the site's `Referrer-Policy: same-origin` keeps
it from other sites (`no-referrer` would make browsers send `Origin: null`, which
fails the CSRF check of the button). A link that no longer works answers 200
with a kind page: a 4xx would be logged by Django with the link in the path.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from afterword.origin import same_origin_post
from column import queries as column_queries
from column import services as column_services
from discussion.models import Comment
from discussion.services import NeedsPrivacyCheck
from people import (
    checkins,
    claims,
    confirming,
    data_rights,
    following,
    links,
    my_words,
    session,
    signing_in,
    unsubscribing,
)
from people.checkins import check_in_offer
from people.forms import EditCommentForm, EmailForm, EraseForm, FrequencyForm
from people.models import EmailLink, Subscription
from safety.help import gentle, help_context, public_text
from safety.models import CrisisCase
from safety.privacy import explanations, mark_findings
from safety.resources import crisis_context
from safety.rules import Refused


def personal(view):
    """Mark a view's responses as one person's: never stored by a cache or proxy."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response

    return wrapper


def signed_in(view):
    """Only for someone signed in to My words; others are sent to the sign-in form."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        email = session.signed_in_email(request)
        if email is None:
            return redirect("people:me")
        return view(request, email, *args, **kwargs)

    return personal(wrapper)


def _link_invalid(request: HttpRequest) -> HttpResponse:
    return render(request, "people/link_invalid.html")


# --- Links from emails ------------------------------------------------------------------


@personal
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (mail scanners open links; only a person presses it)."""
    if request.method == "POST":
        result = confirming.confirm(token)
        if result is None:
            return _link_invalid(request)
        return render(request, "people/confirmed.html", {"result": result})
    link = links.find(token, EmailLink.Purpose.CONFIRM)
    if link is None:
        return _link_invalid(request)
    return render(request, "people/confirm.html")


@personal
@require_http_methods(["GET", "POST"])
def sign_in_link(request: HttpRequest, token: str) -> HttpResponse:
    if request.method == "POST":
        email = signing_in.sign_in(token)
        if email is None:
            return _link_invalid(request)
        session.sign_in(request, email)
        return redirect("people:me")
    if links.find(token, EmailLink.Purpose.SIGN_IN) is None:
        return _link_invalid(request)
    return render(request, "people/sign_in_link.html")


@csrf_exempt  # mail clients post RFC 8058 one-click unsubscribes without a token
@personal
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    payload = links.read_unsubscribe(token)
    return _stop_page(
        request, payload, unsubscribing.describe_unsubscribe, unsubscribing.unsubscribe
    )


def _stop_page(request: HttpRequest, payload: dict | None, describe, stop) -> HttpResponse:
    """A lasting stop link (an email's footer, its List-Unsubscribe header): GET says what
    it stops and asks; POST (the button, or a mail client's one-click) stops it."""
    if payload is None:
        return _link_invalid(request)
    what = describe(payload)
    if request.method == "POST":
        stop(payload)
        return render(request, "people/unsubscribed.html", {"what": what})
    return render(request, "people/unsubscribe.html", {"what": what})


# --- Caring check-ins ------------------------------------------------------------------------


@same_origin_post  # the offer sits in crisis notices, some on cached pages: no CSRF token
@personal
@require_POST
def check_in(request: HttpRequest) -> HttpResponse:
    check_in = checkins.opt_in(
        request.POST.get("token", ""), country=request.POST.get("country", "")
    )
    context = {"check_in": check_in, **crisis_context(check_in.country if check_in else None)}
    if check_in is not None:
        context["dates"] = checkins.planned(check_in)
    return render(request, "people/check_in.html", context, status=200 if check_in else 400)


@csrf_exempt  # the stop link is the List-Unsubscribe target: mail clients post it (RFC 8058)
@personal
@require_http_methods(["GET", "POST"])
def check_in_stop(request: HttpRequest, token: str) -> HttpResponse:
    if checkins.read_stop(token) is None:
        return _link_invalid(request)
    if request.method == "POST":
        checkins.stop(token)
        return render(request, "people/check_in_stopped.html", crisis_context(None))
    return render(request, "people/check_in_stop.html")


# --- Following a discussion ---------------------------------------------------------------


@same_origin_post  # the form sits on cached answer pages: no CSRF token there
@personal
@require_POST
def follow(request: HttpRequest, slug: str) -> HttpResponse:
    answer = get_object_or_404(column_queries.published_answers(), slug=slug)
    form = EmailForm(request.POST)
    if not form.is_valid():
        context = {"answer": answer, "form": form}
        return render(request, "people/follow.html", context, status=400)
    if not form.cleaned_data["website"]:
        confirming.follow(answer, form.cleaned_data["email"])
    return render(request, "people/follow_sent.html", {"answer": answer})


# --- Following one person in a discussion ------------------------------------------------


def _followable(pk: int) -> Comment:
    published = Comment.objects.published().filter(answer__in=column_queries.published_answers())
    comment = get_object_or_404(published.select_related("answer"), pk=pk)
    if not following.followable(comment):
        raise Http404("This writer can't be followed.")
    return comment


@personal
@require_http_methods(["GET", "POST"])
def follow_person(request: HttpRequest, pk: int) -> HttpResponse:
    """Tell me when NAME writes again in this discussion: an email, then a confirm link."""
    comment = _followable(pk)
    form = EmailForm(request.POST if request.method == "POST" else None)
    context = {"comment": comment, "name": following.shown_name(comment), "form": form}
    if request.method != "POST":
        return render(request, "people/follow_person.html", context)
    if not form.is_valid():
        return render(request, "people/follow_person.html", context, status=400)
    if not form.cleaned_data["website"]:
        following.follow(comment, form.cleaned_data["email"])
    # The same answer whatever the address: already following, or the writer's own.
    return render(request, "people/follow_person_sent.html", context)


@csrf_exempt  # the stop link is the List-Unsubscribe target: mail clients post it (RFC 8058)
@personal
@require_http_methods(["GET", "POST"])
def follow_person_stop(request: HttpRequest, token: str) -> HttpResponse:
    payload = following.read_stop(token)
    return _stop_page(request, payload, following.describe_stop, following.stop)


# --- My words ---------------------------------------------------------------------------------


@personal
@require_http_methods(["GET", "POST"])
def me(request: HttpRequest) -> HttpResponse:
    email = session.signed_in_email(request)
    if email is None:
        return _sign_in_form(request)
    context = {
        "email": email,
        "comments": my_words.my_comments(email),
        "letters": my_words.my_letters(email),
        "pen_names": my_words.my_pen_names(email),
        "subscriptions": my_words.my_subscriptions(email),
        "frequencies": Subscription.Frequency.choices,
        "verified_names": claims.verified_names(email),
        "other_spellings": claims.other_spellings(email),
        "claimed": claims.claimed(email),
    }
    return render(request, "people/me.html", context)


def _sign_in_form(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "people/sign_in.html", {"form": EmailForm()})
    form = EmailForm(request.POST)
    if not form.is_valid():
        return render(request, "people/sign_in.html", {"form": form}, status=400)
    if not form.cleaned_data["website"]:
        signing_in.request_sign_in(form.cleaned_data["email"])
    # The same answer whether or not the address is known.
    return render(request, "people/sign_in_sent.html")


@signed_in
@require_POST
def sign_out(request: HttpRequest, email: str) -> HttpResponse:
    session.sign_out(request)
    return redirect("people:me")


def _edit_meant_for(request: HttpRequest, *args, pk: int, **kwargs) -> tuple[str, str]:
    # Asked from the view (which signed_in gives the email) or from the CSRF failure view.
    email = kwargs.get("email") or (args[0] if args else session.signed_in_email(request))
    comment = my_words.my_comment(email, pk) if email else None
    return (comment.answer.title, comment.get_absolute_url()) if comment else ("", "")


@signed_in
@public_text(where=_edit_meant_for)
@require_http_methods(["GET", "POST"])
def edit_comment(request: HttpRequest, email: str, pk: int) -> HttpResponse:
    comment = my_words.my_comment(email, pk)
    if comment is None:
        return render(request, "people/not_yours.html", status=404)
    if request.method != "POST":
        form = EditCommentForm(initial={"body": comment.body})
        return render(request, "people/edit.html", {"comment": comment, "form": form})
    form = EditCommentForm(request.POST)
    context: dict = {"comment": comment, "form": form}
    if not form.is_valid():
        return render(request, "people/edit.html", context, status=400)
    body = form.cleaned_data["body"]
    try:
        comment, held_for = my_words.edit_comment(
            email, comment, body, privacy_confirmed=form.cleaned_data["privacy_ok"]
        )
    except Refused as refusal:
        context["form_error"] = refusal.message
        return render(request, "people/edit.html", context, status=400)
    except NeedsPrivacyCheck as check:
        context["privacy_marked"] = mark_findings(body, check.findings)
        context["privacy_explained"] = explanations(check.findings)
        return render(request, "people/edit.html", context)
    context.update({"comment": comment, "held_for": held_for})
    if comment.crisis_level >= 2 or gentle(comment.screening):
        context.update(help_context(request.GET.get("country")))
        context["check_in_token"] = check_in_offer(CrisisCase.Kind.COMMENT, comment.pk)
    return render(request, "people/edited.html", context)


@signed_in
@require_http_methods(["GET", "POST"])
def delete_comment(request: HttpRequest, email: str, pk: int) -> HttpResponse:
    comment = my_words.my_comment(email, pk)
    if comment is None:
        return render(request, "people/not_yours.html", status=404)
    if request.method != "POST":
        return render(request, "people/delete.html", {"comment": comment})
    my_words.delete_comment(email, comment)
    messages.success(request, _("Your comment is deleted. Replies to it stay in place."))
    return redirect("people:me")


@signed_in
@require_http_methods(["GET", "POST"])
def withdraw_letter(request: HttpRequest, email: str, pk: int) -> HttpResponse:
    letter = column_queries.letter_of(email, pk)
    if letter is None:
        return render(request, "people/not_yours.html", status=404)
    if letter.published_answer is not None:
        messages.info(
            request, _("This letter has been answered and published; it can't be withdrawn.")
        )
        return redirect("people:me")
    if request.method != "POST":
        return render(request, "people/withdraw_letter.html", {"letter": letter})
    column_services.withdraw_letter(letter)
    messages.success(request, _("Your letter is withdrawn. The columnists can no longer read it."))
    return redirect("people:me")


@signed_in
@require_POST
def subscription(request: HttpRequest, email: str, pk: int) -> HttpResponse:
    if request.POST.get("action") == "stop":
        if my_words.stop_subscription(email, pk):
            messages.success(request, _("Done: we won't send those emails any more."))
    else:
        form = FrequencyForm(request.POST)
        if form.is_valid() and my_words.set_frequency(email, pk, form.cleaned_data["frequency"]):
            messages.success(request, _("Saved."))
    return redirect("people:me")


@signed_in
@require_POST
def claim(request: HttpRequest, email: str) -> HttpResponse:
    """Ask to claim comments written under other spellings: a link is emailed to confirm."""
    try:
        pen_name_id = int(request.POST.get("pen_name", ""))
    except ValueError:
        pen_name_id = 0
    spellings = request.POST.getlist("spelling")
    if claims.request(email, pen_name_id=pen_name_id, spellings=spellings):
        messages.success(
            request,
            _(
                "We've emailed you a link: press the button on its page, and those comments "
                "will show your verified name."
            ),
        )
    else:
        messages.info(request, _("Please tick at least one of the names to claim."))
    return redirect("people:me")


@signed_in
@require_POST
def unclaim(request: HttpRequest, email: str) -> HttpResponse:
    if claims.unclaim(email, request.POST.get("spelling", "")):
        messages.success(
            request, _("Done: those comments show only the name they were written with.")
        )
    return redirect("people:me")


@personal
@require_http_methods(["GET", "POST"])
def claim_link(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (mail scanners open links; only a person presses it)."""
    if request.method == "POST":
        result = claims.confirm(token)
        if result is None:
            return _link_invalid(request)
        return render(request, "people/claimed.html", {"result": result})
    if links.find(token, EmailLink.Purpose.CLAIM) is None:
        return _link_invalid(request)
    return render(request, "people/claim_link.html")


@signed_in
@require_POST
def digest(request: HttpRequest, email: str) -> HttpResponse:
    my_words.subscribe_signed_in(email, Subscription.Scope.EVERYTHING)
    messages.success(request, _("You'll get a daily digest of new answers and comments."))
    return redirect("people:me")


@signed_in
@require_GET
def export(request: HttpRequest, email: str) -> HttpResponse:
    response = JsonResponse(data_rights.export(email), json_dumps_params={"indent": 2})
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="my-words-{stamp}.json"'
    return response


@signed_in
@require_http_methods(["GET", "POST"])
def erase(request: HttpRequest, email: str) -> HttpResponse:
    if request.method != "POST":
        return render(request, "people/erase.html", {"form": EraseForm()})
    form = EraseForm(request.POST)
    if not form.is_valid():
        return render(request, "people/erase.html", {"form": form}, status=400)
    delete = form.cleaned_data["comments"] == EraseForm.DELETE
    erased = data_rights.erase(email, delete_comments=delete)
    session.sign_out(request)
    return render(request, "people/erased.html", {"erased": erased, "deleted": delete})
