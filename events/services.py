"""Event registrations (race-safe capacity) and the iCalendar output."""

from datetime import timedelta

from icalendar import Calendar, Event, vText

from django.db import IntegrityError, transaction
from django.utils import timezone

from network.notifications import notify

from .models import EventPage, EventRegistration, site_events


class RegistrationRefused(Exception):
    pass


def register(event: EventPage, name: str, email: str, *, site_url: str = "") -> EventRegistration:
    """Register someone: confirmed while seats remain, then on the waiting list.

    The event's row is locked for the count and the insert, so two simultaneous
    registrations for the last seat cannot both be confirmed (PostgreSQL; SQLite
    serialises writers anyway).
    """
    with transaction.atomic():
        locked = EventPage.objects.select_for_update().only("pk").get(pk=event.pk)
        if event.registration != EventPage.Registration.FORM or event.is_past:
            raise RegistrationRefused("closed")
        if (
            EventRegistration.objects.filter(event=locked, email=email)
            .exclude(status=EventRegistration.Status.CANCELLED)
            .exists()
        ):
            raise RegistrationRefused("duplicate")
        status = EventRegistration.Status.CONFIRMED
        if event.capacity is not None:
            taken = EventRegistration.objects.filter(
                event=locked, status=EventRegistration.Status.CONFIRMED
            ).count()
            if taken >= event.capacity:
                if not event.waiting_list:
                    raise RegistrationRefused("full")
                status = EventRegistration.Status.WAITLISTED
        try:
            with transaction.atomic():
                registration = EventRegistration.objects.create(
                    event=locked, name=name, email=email, status=status
                )
        except IntegrityError as exc:
            raise RegistrationRefused("duplicate") from exc
        template = (
            "events/emails/registration_confirmed"
            if status == EventRegistration.Status.CONFIRMED
            else "events/emails/registration_waitlisted"
        )
        notify(
            [email],
            template,
            {"event": event, "registration": registration, "event_url": site_url},
        )
    return registration


def _event_component(event: EventPage, url: str) -> Event:
    component = Event()
    component.add("uid", f"event-{event.pk}@catalyseurs")
    component.add("dtstamp", timezone.now())
    component.add("dtstart", event.start)
    component.add("dtend", event.end)
    component.add("summary", event.title)
    component.add("description", event.summary)
    location = ", ".join(p for p in (event.place_name, event.address) if p) or event.online_url
    if location:
        component.add("location", vText(location))
    if url:
        component.add("url", url)
    point = event.point
    if point:
        component.add("geo", point)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    return component


def calendar_for(events, *, name: str, urls: dict | None = None) -> bytes:
    urls = urls or {}
    calendar = Calendar()
    calendar.add("prodid", "-//Réseau des catalyseurs territoriaux//agenda//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    for event in events:
        calendar.add_component(_event_component(event, urls.get(event.pk, "")))
    return calendar.to_ical()


def feed_events(site_root):
    """Events of the feed: the last year and everything upcoming."""
    since = timezone.now() - timedelta(days=365)
    return site_events(site_root).filter(end__gte=since).order_by("start")[:500]
