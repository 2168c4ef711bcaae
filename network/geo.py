"""Map helpers: the admin location widget with our own Leaflet, and point parsing.

The widget (wagtailgeowidget's Leaflet field) is adjusted for the editors:

- it opens on the object's territory when it has no position yet: the edited model says
  where with ``map_centre(request, parent_page)`` (the actor's territory, the event's, the
  territory itself), instead of the centre of France;
- its messages are French (wagtailgeowidget translates them when it is imported, before any
  language is active, so they stayed English);
- ``network/js/leaflet-field-fr.js`` makes partial or wrong coordinates a French message
  instead of a JavaScript error, and keeps Enter in the address field from submitting;
- ``InfoPanel`` shows a read-only value, « — » when there is none (never « None »).
"""

import json
import re
from collections.abc import Callable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtailgeowidget.panels import LeafletPanel
from wagtailgeowidget.widgets import LeafletField

POINT_RE = re.compile(
    r"^SRID=(?P<srid>\d+);POINT\s?\((?P<lng>-?\d+(?:\.\d+)?)\s(?P<lat>-?\d+(?:\.\d+)?)\)$"
)


def parse_point(value: str | None) -> tuple[float, float] | None:
    """Return (lat, lng) from wagtailgeowidget's 'SRID=4326;POINT(lng lat)' string."""
    match = POINT_RE.match((value or "").strip())
    if not match:
        return None
    return float(match["lat"]), float(match["lng"])


def format_point(lat: float, lng: float) -> str:
    return f"SRID=4326;POINT({lng} {lat})"


MESSAGES = {
    "error_message_invalid_location": _(
        "Coordonnées illisibles : saisissez la latitude puis la longitude, séparées par une "
        "virgule, avec des points pour les décimales (par exemple 48.8566,2.3522)."
    ),
    "success_address_geocoded": _("Adresse placée sur la carte."),
    "error_could_not_geocode_address": _(
        "Adresse « %s » introuvable : placez le point vous-même sur la carte."
    ),
    "enter_location": _("Saisissez une adresse"),
    "initialize_map": _("Cliquez ici pour afficher la carte"),
}
PLACED_ZOOM = 15  # an object with its position: the street
TERRITORY_ZOOM = 11  # none yet: its territory
OPTIONS = "data-leaflet-field-options-value"


class LocalLeafletField(LeafletField):
    """wagtailgeowidget's field, loading Leaflet from our static files instead of a CDN,
    French, centred on ``centre`` (lat, lng) when the value is empty."""

    centre: tuple[float, float] | None = None

    def build_attrs(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        attrs: dict[str, Any] = super().build_attrs(*args, **kwargs)
        if OPTIONS not in attrs:
            return attrs  # inside a StreamField block: Telepath's
        options = json.loads(attrs[OPTIONS])
        options["translations"] = {key: str(text) for key, text in MESSAGES.items()}
        if parse_point(self.value_data if isinstance(self.value_data, str) else None):
            options["zoom"] = PLACED_ZOOM
        elif self.centre is not None:
            options["defaultLocation"] = {"lat": self.centre[0], "lng": self.centre[1]}
            options["zoom"] = TERRITORY_ZOOM
        attrs[OPTIONS] = json.dumps(options)
        return attrs

    @property
    def media(self) -> forms.Media:
        return forms.Media(
            css={"all": ("vendor/leaflet/leaflet.css", "wagtailgeowidget/css/leaflet-field.css")},
            js=(
                "vendor/leaflet/leaflet.js",
                "wagtailgeowidget/js/leaflet-field.js",
                "network/js/leaflet-field-fr.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
            ),
        )


class LocalLeafletPanel(LeafletPanel):
    """The map widget, centred on what ``instance.map_centre(request, parent_page)`` says."""

    class BoundPanel(LeafletPanel.BoundPanel):
        def get_editable_context_data(self) -> dict[str, Any]:
            widget = self.bound_field.field.widget
            centre: Callable[..., tuple[float, float] | None] | None = getattr(
                self.instance, "map_centre", None
            )
            if isinstance(widget, LocalLeafletField) and centre is not None:
                widget.centre = centre(self.request, getattr(self.form, "parent_page", None))
            context: dict[str, Any] = super().get_editable_context_data()
            return context

    def widget_overrides(self) -> dict[str, LocalLeafletField]:
        return {
            self.field_name: LocalLeafletField(
                address_field=self.address_field,
                zoom_field=self.zoom_field,
                hide_latlng=self.hide_latlng,
                zoom=self.zoom,
                srid=4326,
                id_prefix="id_",
            )
        }


class InfoPanel(FieldPanel):
    """A read-only field that reads « — » when empty, never « None »."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["read_only"] = True
        super().__init__(*args, **kwargs)

    def format_value_for_display(self, value: Any) -> Any:
        if value is None or (value == "" and not getattr(self.db_field, "choices", None)):
            return "—"
        return super().format_value_for_display(value)
