"""The territory team's « Mises en relation »: the suggested pairs (a page, and a dashboard
panel with the first few), and « Mettre en relation »: the e-mail text, prefilled in
French and editable, then sent to both parties (``projects.introductions``).

Scope: the ids in the paths are placed by ``territories.admin_scope`` (``admin_objects``),
which answers 404 for another territory's need or actor; the views check again that the
need is open, the actors published, and that the actor's offers answer the need: a forged
or stale pair answers 404 too.
"""

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from wagtail.admin.ui.components import Component

from actors.models import Actor
from network import params
from territories.admin_scope import admin_objects
from territories.models import Territory, TerritoryRole
from territories.scoping import sees_all_territories, territories_with_role, visible

from .dashboard import dashboard_territories
from .introductions import (
    NeedSide,
    NotIntroducible,
    already_introduced,
    answerer_for,
    default_message,
    default_subject,
    introduce,
    need_side_of_need,
    need_side_of_seeker,
    suggested_pairs,
)
from .models import Need

INTRODUCE_PERMISSION = "projects.introduce"
TEMPLATES = "projects/admin/"
PANEL_PAIRS = 5  # pairs on the dashboard's panel


def can_introduce(user: Any) -> bool:
    return bool(user.is_active and user.has_perm(INTRODUCE_PERMISSION))


def _require(user: Any) -> None:
    if not can_introduce(user):
        raise PermissionDenied


def _territories(user: Any) -> "QuerySet[Territory]":
    territories: QuerySet[Territory] = dashboard_territories(user)  # type: ignore[no-untyped-call]
    return territories.only("pk", "name", "slug", "site_id").order_by("name")


def pairs_url(territory: Territory) -> str:
    return reverse("projects_introductions:pairs") + f"?territory={territory.pk}"


@require_http_methods(["GET", "HEAD"])
def pairs_page(request: HttpRequest) -> HttpResponse:
    """The suggested pairs of one of the user's territories (``?territory=``), paginated."""
    _require(request.user)
    territories = list(_territories(request.user))
    if not territories:
        raise Http404
    chosen = params.integer(request.GET, "territory", minimum=1, maximum=2**31 - 1)
    territory = territories[0]
    if chosen is not None:
        territory = next((t for t in territories if t.pk == chosen), None)  # type: ignore[assignment]
        if territory is None:
            raise Http404  # another territory's, or none
    pairs = suggested_pairs(territory, params.page(request.GET))
    return render(
        request,
        TEMPLATES + "suggested_pairs.html",
        {
            "page_title": _("Mises en relation à faire"),
            "header_icon": "group",
            "territory": territory,
            "territories": territories if len(territories) > 1 else [],
            "pairs": pairs,
            "introductions_url": reverse("wagtailsnippets_projects_introduction:list")
            + f"?territory={territory.pk}",
        },
    )


class IntroductionForm(forms.Form):
    subject = forms.CharField(
        label=gettext_lazy("Objet du courriel"),
        max_length=200,
        error_messages={"required": gettext_lazy("Objet du courriel : indiquez-le.")},
    )
    message = forms.CharField(
        label=gettext_lazy("Texte du courriel"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 24}),
        help_text=gettext_lazy(
            "Chacune des deux parties reçoit ce texte, dans un courriel à elle seule. "
            "Vous pouvez le modifier avant l’envoi."
        ),
        error_messages={
            "required": gettext_lazy("Texte du courriel : il ne peut pas être vide."),
            "max_length": gettext_lazy("Texte du courriel : 5 000 caractères au plus."),
        },
    )


def _in_scope_territory(request: HttpRequest, territory_id: int) -> Territory:
    territory = _territories(request.user).filter(pk=territory_id).first()
    if territory is None:
        raise Http404
    return territory


@admin_objects(need_id="projects.Need", answerer_id="actors.Actor")
@require_http_methods(["GET", "HEAD", "POST"])
def introduce_need(request: HttpRequest, need_id: int, answerer_id: int) -> HttpResponse:
    _require(request.user)
    need = visible(request.user, Need).filter(pk=need_id).values("territory_id").first()
    if need is None:
        raise Http404
    territory = _in_scope_territory(request, need["territory_id"])
    try:
        side = need_side_of_need(territory, need_id)
    except NotIntroducible:
        raise Http404 from None
    return _introduce(request, territory, side, answerer_id)


@admin_objects(seeker_id="actors.Actor", answerer_id="actors.Actor")
@require_http_methods(["GET", "HEAD", "POST"])
def introduce_seeker(request: HttpRequest, seeker_id: int, answerer_id: int) -> HttpResponse:
    _require(request.user)
    kind_id = params.integer(request.GET, "type", minimum=1, maximum=2**31 - 1)
    seeker = visible(request.user, Actor).filter(pk=seeker_id).values("territory_id").first()
    if seeker is None or kind_id is None:
        raise Http404
    territory = _in_scope_territory(request, seeker["territory_id"])
    try:
        side = need_side_of_seeker(territory, seeker_id, kind_id)
    except NotIntroducible:
        raise Http404 from None
    return _introduce(request, territory, side, answerer_id)


def _introduce(
    request: HttpRequest, territory: Territory, side: NeedSide, answerer_id: int
) -> HttpResponse:
    try:
        answerer = answerer_for(side, territory, answerer_id)
    except NotIntroducible:
        raise Http404 from None
    back = pairs_url(territory)
    if already_introduced(side, answerer):
        messages.warning(
            request,
            _("« %(need)s » et « %(actor)s » ont déjà été mis en relation.")
            % {"need": side.title, "actor": answerer.name},
        )
        return redirect(back)
    status = 200
    if request.method == "POST":
        form = IntroductionForm(request.POST)
        if form.is_valid():
            introduce(
                territory=territory,
                side=side,
                answerer=answerer,
                subject=form.cleaned_data["subject"],
                message=form.cleaned_data["message"],
                sent_by=request.user,  # type: ignore[arg-type]  # an authenticated admin user
            )
            messages.success(
                request,
                _(
                    "Mise en relation envoyée : « %(need)s » et « %(actor)s » reçoivent "
                    "chacun le courriel. Dans un mois, ils seront invités à dire ce qu’il "
                    "en est sorti."
                )
                % {"need": side.title, "actor": answerer.name},
            )
            return redirect(back)
        status = 400
    else:
        form = IntroductionForm(
            initial={
                "subject": default_subject(side, answerer, territory),
                "message": default_message(side, answerer, territory),
            }
        )
    return render(
        request,
        TEMPLATES + "introduce.html",
        {
            "page_title": _("Mettre en relation"),
            "header_icon": "group",
            "territory": territory,
            "side": side,
            "answerer": answerer,
            "form": form,
            "back_url": back,
        },
        status=status,
    )


# --- The dashboard's panel -------------------------------------------------------------------


def panel_rows(user: Any) -> list[dict[str, Any]]:
    """Per territory of the user's team: its first few suggested pairs."""
    rows = []
    territories = territories_with_role(
        user, TerritoryRole.Role.EDITORS, TerritoryRole.Role.MODERATORS
    ).order_by("name")
    for territory in territories:
        page = suggested_pairs(territory, page_size=PANEL_PAIRS, per_side=1)
        pairs = [
            {"side": item.side, "candidate": candidate, "url": url}
            for item in page.sides
            for candidate, url in item.pairs()
        ]
        rows.append(
            {
                "territory": territory,
                "pairs": pairs[:PANEL_PAIRS],
                "url": pairs_url(territory),
            }
        )
    return rows


class IntroductionsToDoPanel(Component):
    name = "introductions_to_do"
    template_name = TEMPLATES + "dashboard_panel.html"
    order = 45

    def get_context_data(self, parent_context: Any) -> dict[str, Any]:
        return {"rows": panel_rows(parent_context["request"].user)}


def add_introductions_panel(request: HttpRequest, panels: list[Any]) -> None:
    """The hook: the panel for a territory's team (the network team opens the page)."""
    user = request.user
    if sees_all_territories(user) or not can_introduce(user):
        return
    panels.append(IntroductionsToDoPanel())
