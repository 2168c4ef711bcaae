"""Builders shared by the events, search and browser tests."""

from tests.events.factories import EventPageFactory

from ..library.helpers import reindex


def make_event(parent, title="Atelier de cartographie", slug="atelier", days=10, **fields):
    """A live event (no revision) under ``parent``, in ``days`` days, put in the search index."""
    event = EventPageFactory(
        parent=parent, title=title, slug=slug, days=days, no_revision=True, **fields
    )
    reindex(event)
    return event
