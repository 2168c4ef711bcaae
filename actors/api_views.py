"""The open actor API: map GeoJSON (clustered, cached), streamed exports, geocoding proxy.

Every view serves the host's scope: a territory host only its own published actors, the
network host every territory's (narrowed with ``?territory=``). Parameters are validated by
``ActorFilterForm`` (``network.params``); a bad one answers 400 with ``{"error", "parameter"}``, never 500.
"""

from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse, StreamingHttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from network import params
from territories.services import current_territory

from . import actor_map, exports, geocoding
from .actor_filters import ActorFilterForm

GEOJSON = "application/geo+json"


def _open(response):
    # Public data, no cookies read: other tools may call the API from any origin.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _bad_request(form: ActorFilterForm) -> JsonResponse:
    return _open(JsonResponse(form.first_error(), status=400))


def _valid_form(request):
    territory = current_territory(request)
    return territory, ActorFilterForm(request.GET, territory=territory)


@params.json_errors
@require_safe
def actors_geojson(request):
    territory, form = _valid_form(request)
    if not form.is_valid():
        return _bad_request(form)
    body = actor_map.geojson_bytes(form, territory)
    return _open(HttpResponse(body, content_type=GEOJSON))


def _export(request, stream, extension: str, content_type: str):
    territory, form = _valid_form(request)
    if not form.is_valid():
        return _bad_request(form)
    # The filters of the list apply (kind, theme, q...); the map's viewport does not.
    queryset = form.apply(use_bbox=False)
    response = StreamingHttpResponse(stream(queryset, territory), content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{exports.filename(territory, extension)}"'
    )
    return _open(response)


@params.json_errors
@require_safe
def export_geojson(request):
    return _export(request, exports.geojson_stream, "geojson", GEOJSON)


@params.json_errors
@require_safe
def export_csv(request):
    return _export(request, exports.csv_stream, "csv", "text/csv; charset=utf-8")


@params.json_errors
def geocode(request):
    """``/api/geocode?q=…``: the national address API, proxied (see ``geocoding.py``)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    query = params.text(request.GET, "q", max_length=geocoding.MAX_QUERY_LENGTH)
    if len(query) < geocoding.MIN_QUERY_LENGTH:
        message = _("q : attendu une adresse de %(min)s à %(max)s caractères") % {
            "min": geocoding.MIN_QUERY_LENGTH,
            "max": geocoding.MAX_QUERY_LENGTH,
        }
        return JsonResponse({"error": message, "parameter": "q"}, status=400)
    try:
        place = geocoding.geocode(query, current_territory(request))
    except geocoding.GeocoderUnavailable:
        message = _(
            "Le service de recherche d’adresses ne répond pas. Réessayez dans un moment, "
            "ou cherchez le nom d’une commune du territoire."
        )
        return JsonResponse({"error": message}, status=503)
    if place is None:
        return JsonResponse({"error": _("Adresse introuvable")}, status=404)
    return JsonResponse(place.as_dict())
