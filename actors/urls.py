"""Public URLs of every territory host (and the network host): map, actors, open API."""

from django.urls import path

from . import api_views, digest_views, map_views, signup_views

urlpatterns = [
    path("carte/", map_views.map_page, name="actor_map"),
    path("acteurs/<slug:slug>/", map_views.actor_detail, name="actor_detail"),
    path("api/actors.geojson", api_views.actors_geojson, name="api_actors_geojson"),
    path("api/actors/export.geojson", api_views.export_geojson, name="api_actors_export_geojson"),
    path("api/actors/export.csv", api_views.export_csv, name="api_actors_export_csv"),
    path("api/geocode", api_views.geocode, name="api_geocode"),
    # Self-registration (territory hosts only).
    path("rejoindre/", signup_views.signup_form, name="signup"),
    path("rejoindre/merci/", signup_views.signup_thanks, name="signup_thanks"),
    path(
        "rejoindre/modifier/merci/",
        signup_views.signup_update_thanks,
        name="signup_update_thanks",
    ),
    path("rejoindre/nouveau-lien/", signup_views.signup_link_request, name="signup_link_request"),
    path(
        "rejoindre/nouveau-lien/envoye/",
        signup_views.signup_link_sent,
        name="signup_link_sent",
    ),
    path("rejoindre/modifier/<str:token>/", signup_views.signup_update_form, name="signup_update"),
    # The weekly digest of new needs: double opt-in, one-click unsubscribe.
    path(
        "besoins-de-la-semaine/confirmer/<str:token>/",
        digest_views.digest_confirm,
        name="digest_confirm",
    ),
    path(
        "besoins-de-la-semaine/desabonner/<str:token>/",
        digest_views.digest_unsubscribe,
        name="digest_unsubscribe",
    ),
]
