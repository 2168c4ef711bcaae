"""Public URLs of the projects app on every territory host (and the network host)."""

from django.urls import path

from . import introduction_views, views

urlpatterns = [
    path("projets/", views.projects_page, name="projects"),
    path("besoins/", views.needs_board, name="needs_board"),
    path("besoins/merci/", views.contribution_thanks, name="contribution_thanks"),
    path("besoins/<id:pk>/", views.need_detail, name="need_detail"),
    path("besoins/proposer/", views.need_link, name="need_link"),
    path("besoins/proposer/lien-envoye/", views.need_link_sent, name="need_link_sent"),
    path("besoins/proposer/merci/", views.need_propose_thanks, name="need_propose_thanks"),
    path("besoins/proposer/<str:token>/", views.need_propose, name="need_propose"),
    path(
        "mise-en-relation/<str:token>/",
        introduction_views.follow_up,
        name="introduction_follow_up",
    ),
]
