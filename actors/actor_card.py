"""What an actor's public card shows beyond the actor: canonical URL, JSON-LD, the small map.

Used by the card (``map_views.actor_detail``) and the admin preview
(``Actor.get_preview_context``); it reads the actor it is given and imports no model.
"""

import json
from typing import TYPE_CHECKING, Any

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

if TYPE_CHECKING:
    from django.http import HttpRequest

    from .models import Actor

# JSON inside <script> must not close the element or open a comment: escape <, > and &
# the way django.utils.html.json_script does.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """``<script type="application/ld+json">`` holding ``data``, safely escaped. It is data,
    not script: a Content-Security-Policy without 'unsafe-inline' allows it."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        _JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def actor_json_ld(actor: "Actor", url: str, logo_url: str = "") -> dict[str, Any]:
    """schema.org Organization from the actor's public fields only (never the private ones)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": actor.name,
    }
    if actor.description:
        data["description"] = actor.description
    data["url"] = url
    address = {
        key: value
        for key, value in (
            ("streetAddress", actor.address),
            ("postalCode", actor.postcode),
            ("addressLocality", actor.city),
        )
        if value
    }
    if address:
        data["address"] = {"@type": "PostalAddress", **address, "addressCountry": "FR"}
    if actor.latitude is not None and actor.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": actor.latitude,
            "longitude": actor.longitude,
        }
    if actor.email:
        data["email"] = actor.email
    if actor.phone:
        data["telephone"] = actor.phone
    if actor.website:
        data["sameAs"] = [actor.website]
    if logo_url:
        data["logo"] = logo_url
    return data


def actor_card_context(actor: "Actor", request: "HttpRequest") -> dict[str, Any]:
    """What actors/actor_detail.html needs beyond ``actor``: canonical URL, JSON-LD and
    the small map's point. Public fields only. The admin preview uses it too
    (``Actor.get_preview_context``)."""
    url = actor.full_url
    logo_url = ""
    if actor.logo_id and actor.logo is not None:  # no query when there is none
        try:
            logo_url = request.build_absolute_uri(actor.logo.get_rendition("max-400x400").url)
        except OSError:  # SourceImageIOError, a missing file: no logo in the JSON-LD
            logo_url = ""
    point = None
    if actor.latitude is not None and actor.longitude is not None:
        point = {
            "points": [
                {
                    "lat": actor.latitude,
                    "lng": actor.longitude,
                    "name": actor.name,
                    "url": "",
                    "label": actor.address or actor.city,
                }
            ]
        }
    return {
        "actor": actor,
        "canonical_url": url,
        "json_ld": json_ld_script(actor_json_ld(actor, url, logo_url)),
        "actor_point": point,
    }
