"""Public views: the project page's join form, the needs board, a need and its help form,
and the need proposal of an actor (through the personal link its contact asked for).

Every form: rate limit per address (the sign-up's Redis counter, shared by all public
forms), honeypot (a robot "succeeds", nothing is written), French errors, then the
service saves and notifies, and the visitor is redirected to a confirmation page.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from actors import signup as signup_service
from actors.matching import suggestions
from actors.models import Actor
from network import params
from network.public_forms import rate_limited, too_many
from territories import portal
from territories.services import current_territory

from . import contributions
from .forms import ContributionForm, NeedLinkForm, NeedProposalForm
from .models import Need, NeedStatus, ProjectPage
from .need_links import NEED_TOKEN_MAX_AGE, read_need_token
from .needs_board import board
from .network_listing import network_project_listing
from .rendering import privacy_url

TEMPLATES = "projects/"


def need_place(need, communes, territory) -> tuple[float, float] | None:
    """Where a need is, to rank who can answer it: its actor's position, else its first
    commune's centre, else its project's, else the territory's."""
    actor = need.actor
    if actor is not None and actor.latitude is not None and actor.longitude is not None:
        return actor.latitude, actor.longitude
    places = list(communes)
    if not places and need.project_id:
        places = list(need.project.communes.filter(latitude__isnull=False)[:1])
    for commune in places:
        if commune.latitude is not None and commune.longitude is not None:
            return commune.latitude, commune.longitude
    if territory.latitude is not None and territory.longitude is not None:
        return territory.latitude, territory.longitude
    return None


def _territory_or_404(request):
    territory = current_territory(request)
    if territory is None:
        raise Http404  # forms live on the territory's own site
    return territory


def serve_project(page, request, serve, *args, **kwargs):
    """« Je m’y greffe » posted to a project page (``wagtail_hooks`` hands the POSTs here);
    ``serve`` renders the page again with the form's errors."""
    territory = page.territory
    if territory is None or current_territory(request) != territory:
        raise Http404
    if rate_limited(request):
        return too_many(request, territory=territory)
    form = ContributionForm(request.POST, privacy_url=privacy_url(request, territory))
    thanks = reverse("contribution_thanks") + f"?pour=projet&id={page.pk}"
    if form.honeypot_filled:
        return redirect(thanks)
    if not form.is_valid():
        response = serve(request, *args, join_form=form, **kwargs)
        response.status_code = 400
        return response
    contributions.contribution_create(territory=territory, project=page, data=form.cleaned_data)
    return redirect(thanks)


@require_http_methods(["GET", "HEAD"])
def needs_board(request):
    territory = current_territory(request)
    context = board(request.GET, territory)
    status = 400 if context["errors"] else 200
    return render(request, TEMPLATES + "needs_board.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def need_detail(request, pk):
    territory = _territory_or_404(request)
    need = get_object_or_404(
        Need.objects.with_page(territory).select_related("kind", "project", "actor__kind"), pk=pk
    )
    filled = need.status == NeedStatus.FILLED
    privacy = privacy_url(request, territory)
    status = 200
    if request.method == "POST" and filled:
        form = ContributionForm(privacy_url=privacy)
        status = 410  # nothing more to offer: the page says the need is filled
    elif request.method == "POST":
        if rate_limited(request):
            return too_many(request, territory=territory)
        form = ContributionForm(request.POST, privacy_url=privacy)
        thanks = reverse("contribution_thanks") + f"?pour=besoin&id={need.pk}"
        if form.honeypot_filled:
            return redirect(thanks)
        if form.is_valid():
            contributions.contribution_create(
                territory=territory, need=need, data=form.cleaned_data
            )
            return redirect(thanks)
        status = 400
    else:
        form = ContributionForm(privacy_url=privacy)
    communes = list(need.communes.order_by("name"))
    context = {
        "territory": territory,
        "need": need,
        "filled": filled,
        "themes": list(need.themes.order_by("name")),
        "communes": communes,
        # « Qui peut répondre ? »: the territory's actors whose offers answer its kind.
        "suggestions": suggestions(
            [need.kind_id],
            territory_id=territory.pk,
            near=need_place(need, communes, territory),
            exclude_actor_id=need.actor_id,
        ),
        "form": form,
        "errors": form.error_summary() if form.is_bound else [],
    }
    return render(request, TEMPLATES + "need_detail.html", context, status=status)


@require_http_methods(["GET", "HEAD"])
def contribution_thanks(request):
    territory = _territory_or_404(request)
    about_need = params.choice(request.GET, "pour", ["besoin", "projet"]) == "besoin"
    answered = params.integer(request.GET, "id", minimum=1, maximum=2**31 - 1)
    # The way back to what was answered: a need with a page on this site, a live project.
    if answered is None:
        back = None
    elif about_need:
        back = Need.objects.with_page(territory).filter(pk=answered).first()
    else:
        back = ProjectPage.objects.live().filter(pk=answered, territory=territory).first()
    context = {"territory": territory, "about_need": about_need, "back": back}
    return render(request, TEMPLATES + "thanks.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def need_propose(request, token):
    territory = _territory_or_404(request)
    try:
        origin = read_need_token(token)  # its own salt: an update link does not open it
    except signup_service.InvalidLink:
        return _link_error(request, territory, 400)
    except signup_service.ExpiredLink:
        return _link_error(request, territory, 410)
    if origin.territory_id != territory.pk:
        raise Http404
    status = 200
    if request.method == "POST":
        if rate_limited(request):
            return too_many(request, territory=territory)
        form = NeedProposalForm(request.POST)
        if form.honeypot_filled:
            return redirect("need_propose_thanks")
        if form.is_valid():
            contributions.need_propose(origin=origin, data=form.cleaned_data)
            return redirect("need_propose_thanks")
        status = 400
    else:
        form = NeedProposalForm()
    context = {
        "territory": territory,
        "actor": origin.actor,
        "form": form,
        "errors": form.error_summary() if form.is_bound else [],
    }
    return render(request, TEMPLATES + "need_propose.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def need_link(request):
    """« Publier un besoin » from an actor's public card (``?acteur=<slug>``): the actor's
    contact types its address and receives the personal link of the proposal form."""
    territory = _territory_or_404(request)
    actor = get_object_or_404(
        Actor.objects.only("pk", "name", "slug", "territory_id"),
        territory=territory,
        live=True,
        slug=params.slug(request.GET, "acteur"),
    )
    status = 200
    if request.method == "POST":
        if rate_limited(request):
            return too_many(request, territory=territory)
        form = NeedLinkForm(request.POST)
        if form.honeypot_filled:
            return redirect(reverse("need_link_sent") + f"?acteur={actor.slug}")
        if form.is_valid():
            contributions.need_link_request(actor=actor, email=form.cleaned_data["email"])
            return redirect(reverse("need_link_sent") + f"?acteur={actor.slug}")
        status = 400
    else:
        form = NeedLinkForm()
    context = {
        "territory": territory,
        "actor": actor,
        "form": form,
        "errors": form.error_summary() if form.is_bound else [],
    }
    return render(request, TEMPLATES + "need_link.html", context, status=status)


@require_http_methods(["GET", "HEAD"])
def need_link_sent(request):
    territory = _territory_or_404(request)
    actor = Actor.objects.filter(
        territory=territory, live=True, slug=params.slug(request.GET, "acteur")
    ).first()
    return render(
        request,
        TEMPLATES + "need_link_sent.html",
        {"territory": territory, "actor": actor, "days": NEED_TOKEN_MAX_AGE.days},
    )


@require_http_methods(["GET", "HEAD"])
def need_propose_thanks(request):
    territory = _territory_or_404(request)
    return render(request, TEMPLATES + "need_propose_thanks.html", {"territory": territory})


def _link_error(request, territory, status):
    return render(
        request,
        "actors/signup/link_error.html",
        {
            "territory": territory,
            "expired": status == 410,
            "need": True,
            "days": NEED_TOKEN_MAX_AGE.days,
        },
        status=status,
    )


def projects_page(request):
    """``/projets/``: on a territory's site its project index (a Wagtail page); on the
    network's, the projects of every listed territory."""
    if current_territory(request) is not None:
        return portal.serve(request, "projets/")
    listing = network_project_listing(request.GET)
    status = 400 if listing["errors"] else 200
    return render(request, "projects/network_projects.html", {"listing": listing}, status=status)
