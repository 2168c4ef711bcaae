"""Public pages of the actor directory: the map page and the actor's card.

``/carte/`` is one GET form (kind, theme, offer, what it seeks, commune or territory, free text) and a
server-rendered, paginated list of the matching actors: it works without JavaScript and is
the accessible alternative to the map. ``static/actors/js/actor_map.js`` enhances the
same page: it draws the map from ``/api/actors.geojson`` and refreshes the list from
``/carte/?format=fragment&bbox=…`` (the same view, rendering only the list for the area the
map shows). ``?embed=1`` renders the page without the site's header and footer, for iframes.

Query budget, 11 (pinned in tests/actors/test_map_page.py): site, territory, every
filter choice in one UNION query (which also validates the filters), the count of matching
actors, the page of actors with their kind, the page's offers and seeks; then the layout's own: site
identity, menu (2), legal and privacy pages.
"""

from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import CharField, F, FloatField, Max, Min, Prefetch, Value
from django.db.models.functions import Cast
from django.http import Http404, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt

from actors.models import Actor, ActorKind, NeedKind, Offer
from network import params
from network.models import Theme
from network.text import fold
from territories.commune_search import resolve
from territories.models import Commune, Territory
from territories.services import current_territory

from .actor_card import actor_card_context
from .actor_filters import ActorFilterForm
from .matching import actor_suggestions, distance_km, distance_label, nearest_first

PAGE_SIZE = 20
# Parameters of the map's own state, dropped from the list's pagination links.
STATE_PARAMETERS = ("format", "bbox", "zoom", "page", "lat", "lng", "z")
# What « Retour à la carte » keeps (``?retour=`` of the card): the filters, the page, and the
# map's view as the script saves it. Values are not checked here: the map page checks them.
BACK_PARAMETERS = (
    "q",
    "kind",
    "theme",
    "offer",
    "cherche",
    "commune",
    "pres",
    "page",
    "lat",
    "lng",
    "z",
)
MAX_BACK_QUERY = 2000
FRANCE_CENTRE = (46.6, 2.4)
FRANCE_ZOOM = 6
TERRITORY_ZOOM = 12


# --- Filter choices -------------------------------------------------------------------------


def _choice_rows(queryset, group: str, key: str, located: bool = False):
    # Typed NULL: PostgreSQL refuses to UNION an untyped NULL (text) with a float column.
    none = Cast(Value(None), output_field=FloatField())
    return (
        queryset.order_by()
        .annotate(
            choice_group=Value(group, output_field=CharField()),
            choice_id=F("pk"),
            choice_key=F(key),
            choice_label=F("name"),
            choice_lat=F("latitude") if located else none,
            choice_lng=F("longitude") if located else none,
        )
        .values_list(
            "choice_group", "choice_id", "choice_key", "choice_label", "choice_lat", "choice_lng"
        )
    )


def filter_choices(territory: Territory | None) -> dict[str, list[dict]]:
    """Kinds, themes, offers, and the scope's communes (or, on the network host, the listed
    territories), read in a single UNION query. Each choice: id, value, label, lat, lng."""
    # A territory's communes are not listed (there may be 35,000): its commune filter is a
    # combobox over /api/communes (territories.commune_search).
    places = (
        _choice_rows(Commune.objects.none(), "commune", "insee_code", located=True)
        if territory is not None
        else _choice_rows(listed_territories(), "territory", "slug", located=True)
    )
    rows = (
        _choice_rows(ActorKind.objects.all(), "kind", "slug")
        .union(
            _choice_rows(Theme.objects.all(), "theme", "slug"),
            _choice_rows(Offer.objects.all(), "offer", "slug"),
            _choice_rows(NeedKind.objects.all(), "cherche", "slug"),
            places,
            all=True,
        )
        .order_by("choice_group")
    )  # not the first model's default ordering (not a column here)
    choices: dict[str, list[dict[str, Any]]] = {
        "kind": [],
        "theme": [],
        "offer": [],
        "cherche": [],
        "commune": [],
        "territory": [],
    }
    for group, pk, value, label, lat, lng in rows:
        choices[group].append({"id": pk, "value": value, "label": label, "lat": lat, "lng": lng})
    for items in choices.values():
        items.sort(key=lambda item: fold(item["label"]))
    return choices


def listed_territories():
    """The territories the network host shows: announced, with a site."""
    return Territory.objects.filter(is_listed=True, site__isnull=False)


def _requested(data, name: str) -> list[str]:
    """The values asked for one filter (``?kind=a,b&kind=c``), as sent, valid or not."""
    return [
        item.strip() for value in data.getlist(name) for item in value.split(",") if item.strip()
    ]


class MapFilterForm(ActorFilterForm):
    """ActorFilterForm, checking kinds, themes, offers and territories against the choices
    the page reads anyway (one UNION query) instead of one query per filter. Anything not
    among them goes through ActorFilterForm's own validation (and its French messages).
    Without choices (the list fragment), ActorFilterForm's validation alone."""

    SLUG_FILTERS = {
        "kind": ActorKind,
        "theme": Theme,
        "offer": Offer,
        "cherche": NeedKind,
        "territory": Territory,
    }

    def __init__(self, data, *, territory, choices=None):
        self.choices = choices
        super().__init__(data, territory=territory)

    def _known(self, name):
        slugs = params.slugs(self.query, name)
        if self.choices is None:
            return None
        by_slug = {choice["value"]: choice for choice in self.choices[name]}
        if not all(slug in by_slug for slug in slugs):
            return None
        model = self.SLUG_FILTERS[name]
        return [
            model(pk=by_slug[slug]["id"], slug=slug, name=by_slug[slug]["label"])
            for slug in dict.fromkeys(slugs)
        ]

    def clean_kind(self):
        known = self._known("kind")
        return super().clean_kind() if known is None else known

    def clean_theme(self):
        known = self._known("theme")
        return super().clean_theme() if known is None else known

    def clean_offer(self):
        known = self._known("offer")
        return super().clean_offer() if known is None else known

    def clean_cherche(self):
        known = self._known("cherche")
        return super().clean_cherche() if known is None else known

    def clean_territory(self):
        known = self._known("territory")
        return super().clean_territory() if known is None else known


def _initial_view(choices, territory) -> dict:
    """Where the map opens when the URL names no viewport: around the scope's places."""
    if territory is not None:
        # The extent of its communes (one aggregate query), not every commune.
        box = Commune.objects.filter(territory=territory, latitude__isnull=False).aggregate(
            s=Min("latitude"), n=Max("latitude"), w=Min("longitude"), e=Max("longitude")
        )
        corners = [(box["s"], box["w"]), (box["n"], box["e"])] if box["s"] is not None else []
        points = list(dict.fromkeys(corners))  # one commune: its centre
    else:
        points = [(c["lat"], c["lng"]) for c in choices["territory"] if c["lat"] is not None]
    if territory is not None and territory.latitude is not None and not points:
        points = [(territory.latitude, territory.longitude)]
    if len(points) > 1:
        lats, lngs = [p[0] for p in points], [p[1] for p in points]
        return {"bounds": f"{min(lats)},{min(lngs)},{max(lats)},{max(lngs)}"}
    if points:
        return {"lat": points[0][0], "lng": points[0][1], "zoom": TERRITORY_ZOOM}
    return {"lat": FRANCE_CENTRE[0], "lng": FRANCE_CENTRE[1], "zoom": FRANCE_ZOOM}


def _error_summary(errors: dict, territory) -> list[dict]:
    labels = {
        "q": _("Recherche"),
        "kind": _("Type d’acteur"),
        "theme": _("Thème"),
        "offer": _("Ce qu’il propose"),
        "cherche": _("Ce qu’il cherche"),
        "commune": _("Commune"),
        "territory": _("Territoire"),
        "bbox": _("Zone de la carte (bbox)"),
        "zoom": _("Niveau de zoom"),
        "page": _("Page"),
        "pres": _("Point de référence"),
    }
    shown = {
        "q",
        "kind",
        "theme",
        "offer",
        "cherche",
        "commune" if territory is not None else "territory",
    }
    return [
        {
            "name": name,
            "anchor": name in shown,
            "message": f"{labels.get(name, name)} : {message}",
        }
        for name, message in errors.items()
    ]


def _filter_groups(choices, data, errors) -> list[dict]:
    """The checkbox groups of the form, with what is checked and any error."""
    groups = []
    for name, legend in (
        ("kind", _("Type d’acteur")),
        ("theme", _("Thème")),
        ("offer", _("Ce qu’il propose")),
        ("cherche", _("Ce qu’il cherche")),
    ):
        selected = set(_requested(data, name))
        groups.append(
            {
                "name": name,
                "legend": legend,
                "error": errors.get(name),
                "selected_count": len(selected),
                "choices": [
                    {**choice, "checked": choice["value"] in selected} for choice in choices[name]
                ],
            }
        )
    return groups


def _selected(choices, data, name):
    selected = set(_requested(data, name))
    return [{**choice, "selected": choice["value"] in selected} for choice in choices]


# --- The map page ---------------------------------------------------------------------------


def map_messages() -> dict[str, str]:
    """What actor_map.js says, translated here (it reads them from a JSON data island)."""
    return {
        "zoomIn": _("Zoomer"),
        "zoomOut": _("Dézoomer"),
        "clusterLabel": _("{count} acteurs : zoomer sur ce groupe"),
        "actorsSuffix": _(" acteurs"),
        "chosenOne": _("({count} choisi)"),
        "chosenMany": _("({count} choisis)"),
        "mapError": _("La carte n’a pas pu être mise à jour. Réessayez dans un moment."),
        "listError": _("La liste n’a pas pu être mise à jour. Réessayez dans un moment."),
        "locating": _("Recherche de votre position…"),
        "located": _("Carte centrée sur votre position."),
        "geolocationDenied": _(
            "Vous n’avez pas autorisé la géolocalisation : cherchez plutôt une adresse."
        ),
        "geolocationFailed": _(
            "Votre position n’a pas pu être déterminée : cherchez plutôt une adresse."
        ),
        "geolocationUnsupported": _(
            "Votre navigateur ne permet pas la géolocalisation : cherchez plutôt une adresse."
        ),
        "addressTooShort": _("Saisissez au moins 2 caractères."),
        "searching": _("Recherche de l’adresse…"),
        "addressFound": _("Carte centrée sur : {label}"),
        "addressNotFound": _("Adresse introuvable"),
        "addressError": _("La recherche d’adresse n’a pas abouti. Réessayez dans un moment."),
        "yourPosition": _("Votre position"),
        "offersLabel": _("Ce qu’il propose"),
    }


def _mode(request) -> tuple[bool, bool]:
    """(the list fragment?, the embeddable page?): ``?format=fragment``, ``?embed=1``."""
    fragment = params.choice(request.GET, "format", ["fragment"]) == "fragment"
    return fragment, params.choice(request.GET, "embed", ["0", "1"]) == "1"


def _render_map_page(request):
    territory = current_territory(request)
    fragment, embed = _mode(request)
    if fragment:
        # The list beside the map: no form to draw, so no choices to read.
        choices = None
        form = MapFilterForm(request.GET, territory=territory)
    else:
        choices = filter_choices(territory)
        form = MapFilterForm(request.GET, territory=territory, choices=choices)
    valid = form.is_valid()
    errors = {name: str(messages[0]) for name, messages in form.errors.items()}
    commune_field = form.commune_field
    if valid and territory is not None and not fragment:
        codes = form.cleaned_data.get("commune") or []
        raw = request.GET.getlist("commune")
        if len(codes) == 1 and commune_field.commune is None:
            # The chosen commune's label for the field (one query); a postcode is resolved.
            commune_field = resolve(territory, codes[0])
        if commune_field.commune is not None and raw != [commune_field.code]:
            # A name or postcode typed without JavaScript: the URL the combobox would give.
            query = request.GET.copy()
            query.setlist("commune", [commune_field.code])
            return HttpResponseRedirect(f"{request.path}?{query.urlencode()}")

    list_params = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name not in STATE_PARAMETERS:
            list_params.setlist(name, values)

    context = {
        "territory": territory,
        "network": territory is None,
        "embed": embed,
        "fragment": fragment,
        "in_view": fragment and valid and form.cleaned_data.get("bbox") is not None,
        "errors": errors,
        "error_summary": _error_summary(errors, territory),
        "list_params": list_params,
        "q": request.GET.get("q", ""),
        "has_filters": any(
            _requested(request.GET, name) for name in ActorFilterForm.MULTI + ("q",)
        ),
    }
    if territory is not None:
        # The cards' links carry the list's query, for their « Retour à la carte ».
        back = list_params.copy()
        if valid and form.cleaned_data["page"] > 1:
            back["page"] = str(form.cleaned_data["page"])
        context["back_query"] = back_query(back)
    if valid:
        # The bbox narrows the list beside the map (the fragment) to the area it shows; the
        # full page lists every match, as the map opens on the whole scope.
        page_obj = actor_page(form, territory, use_bbox=fragment)
        context.update(
            page_obj=page_obj,
            page_numbers=page_obj.paginator.get_elided_page_range(
                page_obj.number, on_each_side=2, on_ends=1
            ),
            actors=page_obj.object_list,
            count=page_obj.paginator.count,
            by_distance=form.cleaned_data.get("pres") is not None,
        )

    if fragment:
        template = "actors/includes/actor_results.html"
    else:
        template = "actors/map_page.html"
        context.update(
            base_template="actors/embed_base.html" if embed else "base.html",
            filter_groups=_filter_groups(choices, request.GET, errors),
            commune_field=commune_field,
            territories=_selected(choices["territory"], request.GET, "territory"),
            initial_view=_initial_view(choices, territory),
            full_page_params=_without(request.GET, "embed"),
            map_messages=map_messages(),
        )
    return render(request, template, context, status=200 if valid else 400)


def actor_page(form, territory, *, use_bbox: bool) -> Page:
    """One page of the matching actors: their count (an index-only scan), the page in name
    order (read along the name index, so only its rows are sorted), then the page's offers.
    Past the last page, the last page."""
    base = Actor.objects.all()
    if territory is None:
        base = base.filter(territory__in=listed_territories())
    queryset = (
        form.apply(base, use_bbox=use_bbox)
        .select_related("kind", *(() if territory is not None else ("territory__site",)))
        .prefetch_related(
            Prefetch("offers", queryset=Offer.objects.only("id", "name")),
            Prefetch("seeks", queryset=NeedKind.objects.only("id", "name")),
        )
        .order_by("name", "pk")
    )
    near = form.cleaned_data.get("pres")
    if near is not None:
        queryset = nearest_first(queryset, near)
    paginator = Paginator(queryset, PAGE_SIZE)
    # A separate COUNT, not a window count on the page's query: the window made PostgreSQL
    # read and sort every matching actor (3 s for the network's 500,000).
    number = min(form.cleaned_data["page"], paginator.num_pages)
    start = (number - 1) * PAGE_SIZE
    actors = list(queryset[start : start + PAGE_SIZE])
    for actor in actors:
        actor.public_url = actor.get_url_path() if territory is not None else actor.full_url
        actor.distance = ""
        if near is not None and actor.latitude is not None and actor.longitude is not None:
            actor.distance = distance_label(
                distance_km(near[0], near[1], actor.latitude, actor.longitude)
            )
    return Page(actors, number, paginator)


def back_query(query: QueryDict) -> str:
    """The part of a map query « Retour à la carte » keeps, as a query string."""
    kept = QueryDict(mutable=True)
    for name in BACK_PARAMETERS:
        values = [value for value in query.getlist(name) if value]
        if values:
            kept.setlist(name, values)
    return kept.urlencode()[:MAX_BACK_QUERY]


def map_back_url(request) -> str:
    """/carte/ with the filters and view the visitor came from (``?retour=``), else /carte/."""
    url = reverse("actor_map")
    raw = params.text(request.GET, "retour", max_length=MAX_BACK_QUERY)
    query = back_query(QueryDict(raw)) if raw else ""
    return f"{url}?{query}" if query else url


def _without(params: QueryDict, *names) -> str:
    copy = params.copy()
    for name in names:
        copy.pop(name, None)
    return copy.urlencode()


# ?embed=1 is meant to be shown in an <iframe> on partners' sites. XFrameOptionsMiddleware
# sends "X-Frame-Options: DENY" on every response, which makes browsers refuse to display
# it; only this chrome-less variant is exempt, the full page (and every other page) stays
# unframeable, which is what protects forms and links from clickjacking.
_render_embeddable_map_page = xframe_options_exempt(_render_map_page)


def map_page(request):
    fragment, embed = _mode(request)
    if embed and not fragment:
        return _render_embeddable_map_page(request)
    return _render_map_page(request)


# --- The actor's card -----------------------------------------------------------------------


def actor_detail(request, slug):
    territory = current_territory(request)
    if territory is None:
        # The network host has no actor pages: its map links to the territories' sites.
        raise Http404
    actor = (
        Actor.objects.filter(territory=territory, live=True, slug=slug)
        .select_related("kind", "logo")
        .prefetch_related("themes", "offers", "seeks")
        .first()
    )
    if actor is None:
        raise Http404
    actor.territory = territory  # already loaded, with its site
    context = actor_card_context(actor, request)
    context["suggestions"] = actor_suggestions(actor)  # « Qui peut répondre ? »
    context["map_back_url"] = map_back_url(request)
    return render(request, "actors/actor_detail.html", context)
