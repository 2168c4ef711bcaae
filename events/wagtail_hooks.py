"""The events' place in Wagtail: registrations posted to an event page."""

from wagtail import hooks

from . import views
from .models import EventPage


@hooks.register("on_serve_page", order=100)  # inside Wagtail's view-restriction check
def serve_event_registration(serve):
    """An event page's POST is a registration (``views.event_detail``); the page model
    itself knows nothing of views."""

    def inner(page, request, args, kwargs):
        if isinstance(page, EventPage) and request.method == "POST":
            return views.event_detail(page, request)
        return serve(page, request, args, kwargs)

    return inner
