"""Map helpers: the admin location widget with our own Leaflet, and point parsing."""

import re

from django import forms

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


class LocalLeafletField(LeafletField):
    """wagtailgeowidget's field, loading Leaflet from our static files instead of a CDN."""

    @property
    def media(self) -> forms.Media:
        return forms.Media(
            css={"all": ("vendor/leaflet/leaflet.css", "wagtailgeowidget/css/leaflet-field.css")},
            js=(
                "vendor/leaflet/leaflet.js",
                "wagtailgeowidget/js/leaflet-field.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
            ),
        )


class LocalLeafletPanel(LeafletPanel):
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
