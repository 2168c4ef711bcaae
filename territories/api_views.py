"""The open actor API (GeoJSON, exports, geocoding proxy). To be built."""

from django.http import Http404


def actors_geojson(request):
    raise Http404


def export_geojson(request):
    raise Http404


def export_csv(request):
    raise Http404


def geocode(request):
    raise Http404
