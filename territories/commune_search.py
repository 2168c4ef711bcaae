"""Finding a commune by name, postcode or INSEE code: the autocomplete and its fallback.

A territory may cover every commune of France (34,827): no page lists them all. The
commune filters of ``/carte/``, ``/besoins/``, ``/projets/`` and ``/partenariats/`` are a
text field; with JavaScript, an ARIA combobox (``territories/js/commune_combobox.js``) asks
``/api/communes?q=`` for ten suggestions; without it, the server resolves what was typed
(``resolve``): an INSEE code or a single match is that commune, several matches are a short
list of links, none is an error. On the network host the scope is every listed territory.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from network import params
from network.validators import INSEE_CODE

from .models import Commune, Territory, commune_key
from .services import current_territory

LIMIT = 10
MAX_QUERY_LENGTH = 100
POSTCODE = re.compile(r"^\d{2,5}$")
# A suggestion's label, « Créteil (94000) », typed back or re-submitted without JavaScript.
LABEL = re.compile(r"^(?P<name>.+?)\s*\((?P<code>[0-9AB]{5})\)$", re.IGNORECASE)


def scope_communes(territory: Territory | None) -> QuerySet[Commune]:
    """The communes a host's filters may name: its territory's, or the listed territories'."""
    if territory is not None:
        return Commune.objects.filter(territory=territory)
    return Commune.objects.filter(territory__is_listed=True, territory__site__isnull=False)


def _ordered(communes: QuerySet[Commune]) -> QuerySet[Commune]:
    # The largest first: « Saint » should suggest Saint-Denis before Saint-Aaron.
    return communes.order_by("-population", "name", "insee_code")


def _distinct(communes: list[Commune], limit: int) -> list[Commune]:
    """One commune per INSEE code (the network host's territories may share communes)."""
    seen: set[str] = set()
    kept = []
    for commune in communes:
        if commune.insee_code not in seen:
            seen.add(commune.insee_code)
            kept.append(commune)
    return kept[:limit]


def search(territory: Territory | None, text: str, *, limit: int = LIMIT) -> list[Commune]:
    """At most ``limit`` communes whose name starts with ``text`` (accents, case, hyphens
    ignored), or, for digits, whose postcode or INSEE code starts with them; then names that
    contain it. Bounded queries: never more than ``limit`` rows (times 2 on the network)."""
    text = text.strip()
    if not text:
        return []
    communes = scope_communes(territory).only(
        "pk", "insee_code", "name", "postcodes", "latitude", "longitude", "population"
    )
    fetch = limit * 2 if territory is None else limit
    if POSTCODE.match(text) or INSEE_CODE.match(text):
        condition = Q(insee_code__startswith=text.upper()) | Q(postcodes__startswith=text)
        if len(text) == 5:  # a commune's second postcode, after « 94000, »
            condition |= Q(postcodes__contains=f" {text}") | Q(postcodes__contains=f",{text}")
        return _distinct(list(_ordered(communes.filter(condition))[:fetch]), limit)
    key = commune_key(text)
    if not key:
        return []
    found = _distinct(list(_ordered(communes.filter(search_name__startswith=key))[:fetch]), limit)
    if len(found) < limit:
        more = _ordered(
            communes.filter(search_name__contains=f" {key}").exclude(search_name__startswith=key)
        )[: fetch - len(found)]
        found = _distinct([*found, *more], limit)
    return found


def matching(communes: QuerySet[Commune], text: str) -> QuerySet[Commune]:
    """Every commune of ``communes`` the text names: a word of its name starting with it
    (accents, case, hyphens ignored), or, for digits, a postcode or INSEE code starting with
    them (``/communes/?q=``, paginated)."""
    text = text.strip()
    if not text:
        return communes
    if POSTCODE.match(text) or INSEE_CODE.match(text):
        return communes.filter(
            Q(insee_code__startswith=text.upper())
            | Q(postcodes__startswith=text)
            | Q(postcodes__contains=f" {text}")
            | Q(postcodes__contains=f",{text}")
        )
    key = commune_key(text)
    return communes.filter(Q(search_name__startswith=key) | Q(search_name__contains=f" {key}"))


def label(commune: Commune) -> str:
    first = commune.postcode_list[:1]
    return f"{commune.name} ({first[0]})" if first else f"{commune.name} ({commune.insee_code})"


@dataclass
class Resolution:
    """What a commune field's text came to: the commune, or the matches to choose from."""

    text: str = ""
    commune: Commune | None = None
    matches: list[Commune] = field(default_factory=list)
    error: str = ""

    @property
    def code(self) -> str:
        return self.commune.insee_code if self.commune is not None else ""


def resolve(territory: Territory | None, text: str) -> Resolution:
    """An INSEE code of the scope, else the one commune the name or postcode gives; an
    exact name among several matches wins; otherwise the matches (or none) and an error."""
    text = " ".join(text.split())
    if not text:
        return Resolution()
    if INSEE_CODE.match(text):
        exact = scope_communes(territory).filter(insee_code=text.upper()).first()
        if exact is not None:
            return Resolution(text=label(exact), commune=exact)
    labelled = LABEL.match(text)
    if labelled:
        code = labelled["code"].upper()
        for commune in search(territory, labelled["name"]):
            if code == commune.insee_code or code in commune.postcode_list:
                return Resolution(text=label(commune), commune=commune)
    matches = search(territory, text)
    key = commune_key(text)
    exact_names = [commune for commune in matches if commune_key(commune.name) == key]
    if len(matches) == 1 or len(exact_names) == 1:
        chosen = matches[0] if len(matches) == 1 else exact_names[0]
        return Resolution(text=label(chosen), commune=chosen)
    if not matches:
        message = (
            _("Aucune commune du territoire ne correspond à « %(text)s ».")
            if territory is not None
            else _("Aucune commune des territoires du réseau ne correspond à « %(text)s ».")
        )
        return Resolution(text=text, error=message % {"text": params.shown(text)})
    return Resolution(
        text=text,
        matches=matches,
        error=_("Plusieurs communes correspondent à « %(text)s » : choisissez-en une.")
        % {"text": params.shown(text)},
    )


class CommuneInput(forms.TextInput):
    """A form's commune as a text field that ``commune_combobox.js`` makes a combobox (the
    page loads the script); the form resolves the text with ``resolve``."""

    template_name = "territories/widgets/commune_input.html"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"autocomplete": "off", "spellcheck": "false", **(attrs or {})})

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        context["widget"]["source"] = reverse("api_communes")
        return context


@params.json_errors
def communes_json(request: HttpRequest) -> JsonResponse:
    """``/api/communes?q=``: at most ten communes of the host's scope, for the combobox, each
    with its centre (public: the commune's, not an actor's)."""
    text = params.text(request.GET, "q", max_length=MAX_QUERY_LENGTH)
    territory = current_territory(request)
    results = [
        {
            "insee": commune.insee_code,
            "name": commune.name,
            "label": label(commune),
            # Where the map goes once the commune is chosen (None: not located).
            "lat": None if commune.latitude is None else round(commune.latitude, 5),
            "lng": None if commune.longitude is None else round(commune.longitude, 5),
        }
        for commune in search(territory, text)
    ]
    response = JsonResponse({"results": results})
    response["Cache-Control"] = "public, max-age=300"
    return response
