"""The public page of an introduction's follow-up: the signed link e-mailed to each party a
month after (``projects.introductions``) asks what came of it, and records the first answer.

A link of another territory's site answers 404; a tampered one 400, an expired one (or of a
deleted introduction) 410, each a French page. Once an answer is recorded, by either party,
the page says so and changes nothing.
"""

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from network.public_forms import ExpiredLink, InvalidLink, rate_limited, too_many
from territories.services import current_territory

from .forms import PublicForm
from .introductions import FOLLOW_UP_MAX_AGE, outcome_record, read_follow_up_token
from .models import IntroductionOutcome, IntroductionParty

TEMPLATE = "projects/introduction_follow_up.html"


class IntroductionOutcomeForm(PublicForm):
    """What came of an introduction (the follow-up link e-mailed a month after)."""

    form_id = "formulaire-mise-en-relation"

    outcome = forms.ChoiceField(
        label=_("Qu’est-il sorti de cette mise en relation ?"),
        choices=IntroductionOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choisissez une réponse."),
            "invalid_choice": _("Choisissez une des trois réponses proposées."),
        },
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def follow_up(request: HttpRequest, token: str) -> HttpResponse:
    territory = current_territory(request)
    if territory is None:
        raise Http404
    try:
        introduction, party = read_follow_up_token(token)
    except InvalidLink:
        return _link_error(request, territory, 400)
    except ExpiredLink:
        return _link_error(request, territory, 410)
    if introduction.territory_id != territory.pk:
        raise Http404
    other = (
        introduction.answerer_name
        if party == IntroductionParty.NEED
        else introduction.need_side_name
    )
    context = {"territory": territory, "introduction": introduction, "other": other}
    if introduction.outcome:
        return render(request, TEMPLATE, {**context, "recorded": True})
    status = 200
    if request.method == "POST":
        if rate_limited(request):
            return too_many(request, territory=territory)
        form = IntroductionOutcomeForm(request.POST)
        if form.honeypot_filled:
            return render(request, TEMPLATE, {**context, "thanks": True})
        if form.is_valid():
            outcome = form.cleaned_data["outcome"]
            if outcome_record(introduction.pk, party, outcome):
                label = IntroductionOutcome(outcome).label
                return render(request, TEMPLATE, {**context, "thanks": True, "label": label})
            introduction.refresh_from_db(fields=["outcome", "outcome_at", "outcome_by"])
            return render(request, TEMPLATE, {**context, "recorded": True})
        status = 400
    else:
        form = IntroductionOutcomeForm()
    context.update(form=form, errors=form.error_summary() if form.is_bound else [])
    return render(request, TEMPLATE, context, status=status)


def _link_error(request: HttpRequest, territory: object, status: int) -> HttpResponse:
    return render(
        request,
        "projects/introduction_link_error.html",
        {"territory": territory, "expired": status == 410, "days": FOLLOW_UP_MAX_AGE.days},
        status=status,
    )
