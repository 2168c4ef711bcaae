"""Public URLs of the territories app (every host)."""

from django.urls import path

from . import commune_search

urlpatterns = [
    path("api/communes", commune_search.communes_json, name="api_communes"),
]
