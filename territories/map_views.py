"""Public views of the actor directory. Thin: the querying lives in ``actors.py``."""

from django.http import Http404
from django.shortcuts import render

from .models import Actor
from .services import current_territory


def actor_detail(request, slug):
    territory = current_territory(request)
    if territory is None:
        raise Http404
    actor = (
        Actor.objects.filter(territory=territory, live=True, slug=slug)
        .select_related("kind", "territory", "logo")
        .prefetch_related("themes", "offers")
        .first()
    )
    if actor is None:
        raise Http404
    return render(request, "territories/actor_detail.html", {"actor": actor})


def map_page(request):
    raise Http404  # built by the map page work
