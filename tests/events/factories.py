"""Factories of the events: agendas, events (``parent=`` a territory's home or an agenda)
and registrations.

``EventPageFactory`` is a published meeting in ten days, two hours long (see
``tests.network.factories.PageFactory`` for ``draft=True`` and ``no_revision=True``);
``days=`` moves it (negative: in the past).
"""

from datetime import timedelta

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from events.models import EventIndexPage, EventPage, EventRegistration
from tests.network.factories import PageFactory


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Agenda"


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    class Params:
        days = 10

    title = factory.Sequence(lambda n: f"Atelier de cartographie ({n})")
    summary = "Un atelier pour cartographier les acteurs du territoire."
    start = factory.LazyAttribute(
        lambda o: timezone.now().replace(microsecond=0) + timedelta(days=o.days)
    )
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))


class EventRegistrationFactory(DjangoModelFactory):
    """A confirmed registration to ``event=``."""

    class Meta:
        model = EventRegistration

    name = "Camille Martin"
    email = factory.Sequence(lambda n: f"camille.martin{n}@exemple.org")
