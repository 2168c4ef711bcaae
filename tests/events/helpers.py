"""Builders shared by the events, search and browser tests."""

from datetime import timedelta

from django.utils import timezone

from events.models import EventPage

from ..library.helpers import reindex


def make_event(parent, title="Atelier de cartographie", slug="atelier", days=10, **fields):
    start = timezone.now().replace(microsecond=0) + timedelta(days=days)
    fields.setdefault("summary", "Un atelier pour cartographier les acteurs du territoire.")
    fields.setdefault("start", start)
    fields.setdefault("end", start + timedelta(hours=2))
    event = EventPage(title=title, slug=slug, **fields)
    parent.add_child(instance=event)
    reindex(event)
    return event
