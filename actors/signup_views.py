"""Views of self-registration: the public form and update link, and the moderators' admin.

Public (territory hosts only, 404 on the network host):

- ``/rejoindre/``: the sign-up form (GET, POST), then ``/rejoindre/merci/``;
- ``/rejoindre/modifier/<token>/``: the signed link sent on approval; the form, prefilled,
  saves a new revision that goes back to moderation. Each link serves once. Tampered links
  answer 400, expired or used ones 410, with a French page;
- ``/rejoindre/nouveau-lien/``: a card's contact asks for a new link by e-mail (the same
  answer for any address), then ``/rejoindre/nouveau-lien/envoye/``.

Admin (``actors_signups`` namespace, registered in ``wagtail_hooks``): the list of the
user's territories' sign-ups, the detail of one (404 for another territory's), approve and
reject. Moderating takes ``actors.publish_actor`` (territory editors and moderators,
the network team).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.admin import messages as admin_messages
from wagtail.admin.ui.components import Component

from actors.models import Actor, ActorSignup
from network.models import SiteIdentity
from network.public_forms import too_many
from territories.models import Territory
from territories.portal import territory_or_portal
from territories.scoping import sees_all_territories, user_territory_ids
from territories.services import current_territory

from . import signup as service
from .duplicates import find_likely_duplicates
from .signup_forms import RejectForm, SignupForm, UpdateLinkRequestForm

TEMPLATES = "actors/signup/"
LIST_PAGE_SIZE = 50


# --- Public ---------------------------------------------------------------------------------


def _territory_or_404(request):
    territory = current_territory(request)
    if territory is None:
        raise Http404  # the network host has no sign-up: each territory moderates its own
    return territory


def _privacy_url(request, territory) -> str:
    page = SiteIdentity.for_site(territory.site).privacy_page
    if page is None or not page.live:
        return ""
    return page.get_url(request) or ""


def _render_form(request, territory, form, *, origin=None, status=200):
    context = {
        "territory": territory,
        "form": form,
        "errors": form.error_summary() if form.is_bound else [],
        "updating": origin is not None,
        "actor": origin.actor if origin else None,
    }
    return render(request, TEMPLATES + "form.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@territory_or_portal("rejoindre/")
def signup_form(request):
    territory = _territory_or_404(request)
    privacy_url = _privacy_url(request, territory)
    if request.method != "POST":
        return _render_form(
            request, territory, SignupForm(territory=territory, privacy_url=privacy_url)
        )
    if service.rate_limited(request):
        return too_many(request, territory=territory)
    form = SignupForm(request.POST, request.FILES, territory=territory, privacy_url=privacy_url)
    if form.honeypot_filled:
        return redirect("signup_thanks")  # a robot: it "succeeds", nothing is written
    if not form.is_valid():
        return _render_form(request, territory, form)
    service.signup_create(
        territory, form.cleaned_data, ip_digest=service.ip_hash(service.client_ip(request))
    )
    return redirect("signup_thanks")


@require_http_methods(["GET", "HEAD"])
def signup_thanks(request):
    territory = _territory_or_404(request)
    return render(request, TEMPLATES + "thanks.html", {"territory": territory, "updating": False})


@require_http_methods(["GET", "HEAD"])
def signup_update_thanks(request):
    territory = _territory_or_404(request)
    return render(request, TEMPLATES + "thanks.html", {"territory": territory, "updating": True})


def _link_error(request, territory, status, *, used=False):
    return render(
        request,
        TEMPLATES + "link_error.html",
        {
            "territory": territory,
            "expired": status == 410,
            "used": used,
            "days": service.TOKEN_MAX_AGE.days,
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def signup_update_form(request, token):
    territory = _territory_or_404(request)
    try:
        origin = service.read_update_token(token)
    except service.InvalidLink:
        return _link_error(request, territory, 400)
    except service.UsedLink:
        return _link_error(request, territory, 410, used=True)
    except service.ExpiredLink:
        return _link_error(request, territory, 410)
    if origin.territory_id != territory.pk:
        raise Http404  # a valid link, on another territory's host
    privacy_url = _privacy_url(request, territory)
    if request.method != "POST":
        form = SignupForm(
            territory=territory,
            privacy_url=privacy_url,
            updating=True,
            initial=service.initial_from_actor(origin.actor, origin),
        )
        return _render_form(request, territory, form, origin=origin)
    if service.rate_limited(request):
        return too_many(request, territory=territory)
    form = SignupForm(
        request.POST, request.FILES, territory=territory, privacy_url=privacy_url, updating=True
    )
    if form.honeypot_filled:
        return redirect("signup_update_thanks")
    if not form.is_valid():
        return _render_form(request, territory, form, origin=origin)
    try:
        service.signup_update(
            origin, form.cleaned_data, ip_digest=service.ip_hash(service.client_ip(request))
        )
    except service.UsedLink:  # the same link submitted twice at once: the other one won
        return _link_error(request, territory, 410, used=True)
    return redirect("signup_update_thanks")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def signup_link_request(request):
    """A card's contact asks for a new update link by e-mail (links serve once)."""
    territory = _territory_or_404(request)
    form = UpdateLinkRequestForm(request.POST or None)
    if request.method == "POST":
        if service.rate_limited(request):
            return too_many(request, territory=territory)
        if form.honeypot_filled:
            return redirect("signup_link_sent")
        if form.is_valid():
            service.update_link_request(territory, form.cleaned_data["email"])
            return redirect("signup_link_sent")  # the same answer for any address
    context = {
        "territory": territory,
        "form": form,
        "errors": form.error_summary() if form.is_bound else [],
    }
    status = 400 if form.is_bound and form.errors else 200
    return render(request, TEMPLATES + "link_request.html", context, status=status)


@require_http_methods(["GET", "HEAD"])
def signup_link_sent(request):
    territory = _territory_or_404(request)
    context = {"territory": territory, "days": service.TOKEN_MAX_AGE.days}
    return render(request, TEMPLATES + "link_sent.html", context)


# --- Admin: moderation ----------------------------------------------------------------------


class PendingSignupsPanel(Component):
    """Dashboard panel: how many sign-ups of the user's territories wait, and a link."""

    name = "pending_signups"
    template_name = TEMPLATES + "admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        return {"count": service.pending_count(parent_context["request"].user)}


def _require_moderator(user):
    if not service.can_moderate(user):
        raise PermissionDenied


def _get_signup(request, pk) -> ActorSignup:
    _require_moderator(request.user)
    signup = (
        service.signups_for(request.user)
        .filter(pk=pk)
        .select_related("actor", "actor__kind", "territory", "decided_by", "revision")
        .first()
    )
    if signup is None:
        raise Http404
    return signup


def moderation_list(request):
    _require_moderator(request.user)
    statuses = dict(ActorSignup.Status.choices)
    status = request.GET.get("etat", ActorSignup.Status.PENDING)
    if status not in statuses:
        status = ActorSignup.Status.PENDING
    signups = (
        service.signups_for(request.user)
        .filter(status=status)
        .select_related("actor", "territory")
        .order_by("created_at" if status == ActorSignup.Status.PENDING else "-decided_at", "pk")
    )
    # ``?territory=<id>`` (the dashboard's per-territory links): narrows the user's own
    # scope, never widens it; an id outside it lists nothing.
    territory = None
    territory_id = request.GET.get("territory", "")
    if territory_id.isdigit():
        territory = (
            Territory.objects.filter(pk=int(territory_id)).only("pk", "name").first()
            if sees_all_territories(request.user)
            or int(territory_id) in user_territory_ids(request.user)
            else None
        )
        signups = signups.filter(territory_id=territory.pk) if territory else signups.none()
    page = Paginator(signups, LIST_PAGE_SIZE).get_page(request.GET.get("p"))
    extra = f"&territory={territory.pk}" if territory else ""
    tabs = [
        {"value": value, "label": statuses[value], "current": value == status} for value in statuses
    ]
    return render(
        request,
        TEMPLATES + "admin/list.html",
        {
            "page_title": _("Inscriptions d’acteurs"),
            "header_title": _("Inscriptions d’acteurs"),
            "page": page,
            "tabs": tabs,
            "status": status,
            "territory": territory,
            "extra_query": extra,
        },
    )


COMPARED_FIELDS = (
    ("name", gettext_lazy("Nom")),
    ("kind", gettext_lazy("Type")),
    ("description", gettext_lazy("Présentation")),
    ("website", gettext_lazy("Site web")),
    ("themes", gettext_lazy("Thèmes")),
    ("offers", gettext_lazy("Ce qu’il propose")),
    ("seeks", gettext_lazy("Ce qu’il cherche")),
    ("address", gettext_lazy("Adresse")),
    ("postcode", gettext_lazy("Code postal")),
    ("city", gettext_lazy("Commune")),
    ("commune_insee", gettext_lazy("Code INSEE")),
    ("email", gettext_lazy("Courriel public")),
    ("phone", gettext_lazy("Téléphone public")),
    ("logo", gettext_lazy("Logo")),
)


def _field_value(actor: Actor | None, name: str) -> str:
    if actor is None:
        return ""
    if name in ("themes", "offers", "seeks"):
        return ", ".join(str(item) for item in getattr(actor, name).all())
    value = getattr(actor, name)
    return "" if value is None else str(value)


def _card_rows(signup: ActorSignup):
    """The proposed card, and (label, value, published value, changed) for each field."""
    proposed = signup.revision.as_object() if signup.revision is not None else signup.actor
    live = None
    if signup.kind == ActorSignup.Kind.UPDATE and signup.is_pending and signup.actor.live:
        live = signup.actor  # the row holds the published card until this is approved
    rows = []
    for name, label in COMPARED_FIELDS:
        new, old = _field_value(proposed, name), _field_value(live, name)
        rows.append(
            {"label": label, "value": new, "old": old, "changed": live is not None and new != old}
        )
    return proposed, rows


def _duplicates(signup: ActorSignup, proposed: Actor):
    """The hints recorded at sign-up, and the current ones (the draft may have been placed
    on the map since): each with its reasons, when it still matches."""
    current = {
        hint.actor.pk: hint
        for hint in find_likely_duplicates(
            signup.territory_id,
            proposed.name,
            proposed.commune_insee,
            signup.actor.latitude,
            signup.actor.longitude,
            exclude_ids=[signup.actor_id],
        )
    }
    recorded = [pk for pk in signup.duplicate_ids if isinstance(pk, int)]
    actors = Actor.objects.filter(
        territory_id=signup.territory_id, pk__in=set(recorded) | set(current)
    ).only("pk", "name", "slug", "live", "city", "territory_id")
    rows = []
    for actor in sorted(actors, key=lambda item: item.name):
        hint = current.get(actor.pk)
        rows.append(
            {
                "actor": actor,
                "reasons": hint.reason_labels if hint else [_("signalé lors de la demande")],
                "distance": hint.distance_m if hint else None,
                "edit_url": reverse("wagtailsnippets_actors_actor:edit", args=[actor.pk]),
                "merge_url": reverse("actors_admin:merge_actors")
                + f"?id={actor.pk}&id={signup.actor_id}",
            }
        )
    return rows


def _detail_context(request, signup: ActorSignup, reject_form) -> dict:
    proposed, rows = _card_rows(signup)
    return {
        "page_title": _("Demande d’inscription"),
        "header_title": _("Demande d’inscription"),
        "signup": signup,
        "proposed": proposed,
        "rows": rows,
        "duplicates": _duplicates(signup, proposed),
        "reject_form": reject_form,
        "actor_edit_url": reverse("wagtailsnippets_actors_actor:edit", args=[signup.actor_id]),
        "other_pending": service.signups_for(request.user)
        .filter(actor_id=signup.actor_id, status=ActorSignup.Status.PENDING)
        .exclude(pk=signup.pk)
        .count(),
    }


def moderation_detail(request, pk):
    signup = _get_signup(request, pk)
    context = _detail_context(request, signup, RejectForm())
    return render(request, TEMPLATES + "admin/detail.html", context)


@require_POST
def moderation_approve(request, pk):
    signup = _get_signup(request, pk)
    try:
        service.signup_approve(signup, request.user)
    except service.AlreadyDecided:
        messages.warning(request, _("Cette demande a déjà été traitée."))
        return redirect("actors_signups:detail", pk=signup.pk)
    messages.success(
        request,
        _("« %(name)s » est publié ; la personne est prévenue par courriel.")
        % {"name": signup.actor.name},
    )
    _warn_without_position(request, signup.actor_id)
    return redirect("actors_signups:list")


def _warn_without_position(request, actor_id: int) -> None:
    """A published actor without a position is on neither the map nor its list: say so."""
    actor = Actor.objects.filter(pk=actor_id).only("name", "latitude", "geocoding_status").first()
    if actor is None or actor.latitude is not None:
        return
    if actor.geocoding_status == Actor.Geocoding.PENDING:
        text = _(
            "« %(name)s » n’a pas encore de position : elle est recherchée à partir de son "
            "adresse. Vérifiez dans quelques minutes qu’il apparaît sur la carte."
        )
    else:
        text = _(
            "« %(name)s » n’a pas de position : il n’apparaît ni sur la carte ni dans sa liste. "
            "Placez-le sur la carte de sa fiche (onglet « Adresse et carte »)."
        )
    edit = reverse("wagtailsnippets_actors_actor:edit", args=[actor.pk])
    admin_messages.warning(
        request,
        text % {"name": actor.name},
        buttons=[admin_messages.button(edit, _("Placer sur la carte"), new_window=False)],
    )


@require_POST
def moderation_reject(request, pk):
    signup = _get_signup(request, pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, signup, form)
        return render(request, TEMPLATES + "admin/detail.html", context, status=400)
    try:
        service.signup_reject(signup, request.user, form.cleaned_data["reason"])
    except service.AlreadyDecided:
        messages.warning(request, _("Cette demande a déjà été traitée."))
        return redirect("actors_signups:detail", pk=signup.pk)
    messages.success(
        request,
        _("La demande pour « %(name)s » est refusée ; la personne est prévenue par courriel.")
        % {"name": signup.actor.name},
    )
    return redirect("actors_signups:list")
