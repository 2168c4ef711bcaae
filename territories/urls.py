"""Public URLs of every territory host (and the network host): map, actors, API."""

from django.urls import path

from . import views

urlpatterns = [
    path("acteurs/<slug:slug>/", views.actor_detail, name="actor_detail"),
]
