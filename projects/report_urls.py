"""Public URLs of the partnership view and the per-commune reports (territory hosts)."""

from django.urls import path

from . import report_views

urlpatterns = [
    path("partenariats/", report_views.partnerships_page, name="partnerships"),
    path("partenariats/graphe.json", report_views.partnerships_json, name="partnerships_json"),
    path("communes/", report_views.commune_index, name="commune_index"),
    path("communes/<str:insee>/", report_views.commune_detail, name="commune_report"),
]
