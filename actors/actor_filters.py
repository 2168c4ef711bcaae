"""The actor directory's filters, shared by the map API, the server-rendered list and exports.

Every parameter is read by ``network.params`` (ASCII digits, no control character, length
and count caps, one value unless a list); an error names the parameter and says, in
French, what is expected. ``ActorFilterForm(request.GET, territory=...)`` then
``.apply(queryset)``.
"""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from actors.models import Actor, ActorKind, NeedKind, Offer
from network import params
from network.models import Theme
from network.text import fold
from network.validators import INSEE_CODE
from territories.commune_search import Resolution, resolve
from territories.models import Territory

MAX_ZOOM = 20
MAX_QUERY_LENGTH = 100


def network_territories() -> QuerySet:
    """Territories whose actors the network host shows (a subquery, not a list)."""
    return Territory.objects.filter(is_listed=True, site__isnull=False).values("pk")


def within(queryset: QuerySet, bbox: tuple[float, float, float, float]) -> QuerySet:
    """Actors inside a (west, south, east, north) box: the one bbox filter of the map's list,
    its API and its clusters."""
    west, south, east, north = bbox
    return queryset.filter(
        latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east
    )


class ActorFilterForm(params.ParameterForm):
    bbox = params.Parameter()
    zoom = params.Parameter()
    kind = params.Parameter()
    theme = params.Parameter()
    offer = params.Parameter()
    cherche = params.Parameter()  # what the actor seeks: need kind slugs
    commune = params.Parameter()
    territory = params.Parameter()
    q = params.Parameter()
    page = params.Parameter()
    pres = params.Parameter()  # « lat,lng »: the list sorted by distance from that point

    MULTI = ("kind", "theme", "offer", "cherche", "commune", "territory")

    def __init__(self, data=None, *, territory: Territory | None = None):
        self.scope = territory
        self.commune_field = Resolution()
        super().__init__(data)

    # -- per-parameter validation -------------------------------------------------------

    def clean_bbox(self):
        return params.bbox(self.query, "bbox")

    def clean_pres(self):
        return params.point(self.query, "pres")

    def clean_zoom(self):
        return params.integer(self.query, "zoom", minimum=0, maximum=MAX_ZOOM)

    def _clean_slugs(self, name, model, label):
        slugs = params.slugs(self.query, name)
        if not slugs:
            return []
        found = list(model.objects.filter(slug__in=slugs))
        unknown = sorted(set(slugs) - {item.slug for item in found})
        if unknown:
            known = ", ".join(model.objects.order_by("slug").values_list("slug", flat=True))
            raise forms.ValidationError(
                _("%(label)s inconnu : %(unknown)s. Valeurs possibles : %(known)s")
                % {"label": label, "unknown": ", ".join(unknown), "known": known}
            )
        return found

    def clean_kind(self):
        return self._clean_slugs("kind", ActorKind, _("type d’acteur"))

    def clean_theme(self):
        return self._clean_slugs("theme", Theme, _("thème"))

    def clean_offer(self):
        return self._clean_slugs("offer", Offer, _("offre"))

    def clean_cherche(self):
        return self._clean_slugs("cherche", NeedKind, _("type de besoin"))

    def clean_territory(self):
        return self._clean_slugs("territory", Territory, _("territoire"))

    def clean_commune(self):
        """INSEE codes (``?commune=94018,94028``), read as given; a name, a postcode or a
        suggestion's label (the text field without JavaScript) is resolved to its commune
        in the scope, or refused naming the matches (``commune_field`` keeps them)."""
        items = [
            item.strip()
            for value in params.values(self.query, "commune", max_length=MAX_QUERY_LENGTH)
            for item in value.split(",")
            if item.strip()
        ]
        if len(items) > params.MAX_VALUES:
            raise forms.ValidationError(
                _("%(count)s communes : %(max)s au plus.")
                % {"count": len(items), "max": params.MAX_VALUES}
            )
        codes = []
        for item in dict.fromkeys(items):
            if INSEE_CODE.match(item):
                codes.append(item.upper())
                continue
            self.commune_field = resolve(self.scope, item)
            if self.commune_field.commune is None:
                raise forms.ValidationError(self.commune_field.error)
            codes.append(self.commune_field.code)
        return codes

    def clean_q(self):
        return params.text(self.query, "q", max_length=MAX_QUERY_LENGTH)

    def clean_page(self):
        return params.page(self.query)

    # -- results --------------------------------------------------------------------------

    def first_error(self) -> dict:
        """{"parameter": ..., "error": ...} for a 400 answer."""
        name, errors = next(iter(self.errors.items()))
        return {"parameter": name, "error": f"{name} : {errors[0]}"}

    def apply(self, queryset: QuerySet | None = None, *, use_bbox: bool = True) -> QuerySet:
        """Published actors in scope matching every filter (call after ``is_valid()``)."""
        data = self.cleaned_data
        queryset = (
            Actor.objects.filter(live=True) if queryset is None else queryset.filter(live=True)
        )
        if self.scope is not None:
            queryset = queryset.filter(territory=self.scope)
        else:
            # The network shows listed territories that have a site, as its /carte/ list does.
            queryset = queryset.filter(territory__in=network_territories())
            if data.get("territory"):
                queryset = queryset.filter(territory__in=data["territory"])
        if use_bbox and data.get("bbox"):
            queryset = within(queryset, data["bbox"])
        if data.get("kind"):
            queryset = queryset.filter(kind__in=data["kind"])
        # Several values of one filter widen (OR); different filters narrow (AND).
        if data.get("theme"):
            queryset = queryset.filter(
                pk__in=Actor.themes.through.objects.filter(theme__in=data["theme"]).values(
                    "actor_id"
                )
            )
        if data.get("offer"):
            queryset = queryset.filter(
                pk__in=Actor.offers.through.objects.filter(offer__in=data["offer"]).values(
                    "actor_id"
                )
            )
        if data.get("cherche"):
            queryset = queryset.filter(
                pk__in=Actor.seeks.through.objects.filter(needkind__in=data["cherche"]).values(
                    "actor_id"
                )
            )
        if data.get("commune"):
            queryset = queryset.filter(commune_insee__in=data["commune"])
        if data.get("q"):
            for word in fold(data["q"]).split():
                queryset = queryset.filter(search_text__contains=word)
        return queryset

    def active_filters(self) -> bool:
        data = self.cleaned_data
        return any(
            data.get(name)
            for name in ("kind", "theme", "offer", "cherche", "commune", "territory", "q")
        )
