"""The events' place in Wagtail: registrations posted to an event page."""

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse

from wagtail import hooks

from . import views
from .models import EventPage


@hooks.register("on_serve_page", order=100)  # inside Wagtail's view-restriction check
def serve_event_registration(serve: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """An event page's POST is a registration (``views.event_detail``); the page model
    itself knows nothing of views."""

    def inner(page: Any, request: HttpRequest, args: Any, kwargs: Any) -> HttpResponse:
        if isinstance(page, EventPage) and request.method == "POST":
            return views.event_detail(page, request)
        return serve(page, request, args, kwargs)

    return inner
