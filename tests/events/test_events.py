import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from django.conf import settings
from django.core import mail
from django.utils import timezone
from django.utils.formats import date_format

from events.models import EventPage, EventRegistration
from events.services import RegistrationRefused, register
from network import public_forms
from network.models import Notification
from tests.events.factories import EventIndexPageFactory

from ..conftest import PASSWORD, fresh_ip
from .helpers import make_event

PARIS = datetime.timezone(datetime.timedelta(hours=2))  # summer time, for 26 June


def post(client, event, host, **data):
    data.setdefault("name", "Camille Martin")
    data.setdefault("email", "camille@example.org")
    return client.post(
        event.url_path[len(event.get_site().root_page.url_path) - 1 :], data, HTTP_HOST=host
    )


@pytest.fixture
def client(client):
    client.defaults["REMOTE_ADDR"] = fresh_ip()
    return client


@pytest.fixture
def workshop(territory_a):
    return make_event(
        territory_a.site.root_page,
        registration=EventPage.Registration.FORM,
        capacity=2,
        waiting_list=True,
        place_name="Maison des associations",
        address="1 rue de la Paix, Charenton-le-Pont",
        location="SRID=4326;POINT(2.41 48.82)",
    )


@pytest.mark.django_db
def test_event_page_shows_paris_times_and_registration(client, workshop):
    response = client.get("/atelier/", HTTP_HOST="alpha.localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Maison des associations" in html
    assert "heure de Paris" in html
    assert f'href="/evenements/{workshop.pk}.ics"' in html
    assert 'name="website"' in html
    assert "Places restantes : 2" in html


@pytest.mark.django_db
def test_registration_capacity_and_waiting_list(
    client, workshop, django_capture_on_commit_callbacks
):
    for n in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            response = post(
                client, workshop, "alpha.localhost", name=f"P{n}", email=f"p{n}@example.org"
            )
        assert response.status_code == 302
    statuses = list(EventRegistration.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["confirmed", "confirmed", "waitlisted"]
    # e-mails go through the outbox; sent here by eager Celery (without Redis), else by a
    # worker (see test_confirmation_email_through_a_real_worker)
    notifications = list(Notification.objects.order_by("pk"))
    assert [n.recipient_list for n in notifications] == [
        ["p0@example.org"],
        ["p1@example.org"],
        ["p2@example.org"],
    ]
    assert "confirmée" in notifications[0].subject
    assert "liste d’attente" in notifications[2].subject.lower()
    assert "pas encore confirmée" in notifications[2].body
    if settings.CELERY_TASK_ALWAYS_EAGER:
        assert len(mail.outbox) == 3
        assert mail.outbox[0].to == ["p0@example.org"]
        assert [m.subject for m in mail.outbox] == [n.subject for n in notifications]
    html = client.get("/atelier/", HTTP_HOST="alpha.localhost").content.decode()
    assert "p0@example.org" not in html and "P0" not in html  # registrations stay private
    assert "Places restantes : 0" in html


@pytest.mark.django_db
def test_registration_is_rate_limited_per_address(client, workshop):
    """30 registrations from one address: the first ones (the limit every public form
    shares) are taken, the rest answer 429 in French, and nothing more is written or owed."""
    workshop.capacity = 50
    workshop.save()
    limit = public_forms.RATE_LIMIT_SUBMISSIONS
    answers = [
        post(client, workshop, "alpha.localhost", name=f"P{n}", email=f"p{n}@example.org")
        for n in range(30)
    ]
    assert [a.status_code for a in answers] == [302] * limit + [429] * (30 - limit)
    refused = answers[-1]
    assert refused["Retry-After"] == str(public_forms.RATE_LIMIT_WINDOW)
    assert "Trop de demandes envoyées" in refused.content.decode()
    assert EventRegistration.objects.count() == limit
    assert Notification.objects.count() == limit  # no e-mail to the addresses refused
    # Another address still registers.
    client.defaults["REMOTE_ADDR"] = fresh_ip()
    other = post(client, workshop, "alpha.localhost", email="autre@example.org")
    assert other.status_code == 302
    assert EventRegistration.objects.count() == limit + 1


@pytest.mark.django_db
def test_full_event_without_waiting_list_refuses(workshop):
    workshop.waiting_list = False
    workshop.capacity = 1
    workshop.save()
    register(workshop, "A", "a@example.org")
    with pytest.raises(RegistrationRefused):
        register(workshop, "B", "b@example.org")
    assert EventRegistration.objects.count() == 1


@pytest.mark.django_db
def test_duplicate_honeypot_and_invalid_input(client, workshop):
    assert post(client, workshop, "alpha.localhost").status_code == 302
    response = post(client, workshop, "alpha.localhost", email="CAMILLE@example.org ")
    assert response.status_code == 400
    assert "déjà inscrite" in response.content.decode()
    response = post(
        client, workshop, "alpha.localhost", email="bot@example.org", website="http://spam"
    )
    assert response.status_code == 302
    assert not EventRegistration.objects.filter(email="bot@example.org").exists()
    response = post(client, workshop, "alpha.localhost", email="pas-un-courriel", name=" ")
    assert response.status_code == 400
    assert EventRegistration.objects.count() == 1


@pytest.mark.django_db
def test_past_events_and_other_modes_refuse_registrations(client, territory_a):
    past = make_event(territory_a.site.root_page, slug="passe", days=-3, registration="form")
    assert post(client, past, "alpha.localhost").status_code == 404
    none = make_event(territory_a.site.root_page, slug="libre", registration="none")
    assert post(client, none, "alpha.localhost").status_code == 404
    assert not EventRegistration.objects.exists()


@pytest.mark.django_db
def test_ics_parsed_back(client, network_home, territory_a):
    start = datetime.datetime(2019, 6, 26, 9, 30, tzinfo=PARIS)
    meeting = make_event(
        network_home,
        title="Rencontre des pionniers",
        slug="rencontre-2019",
        start=start,
        end=start + datetime.timedelta(hours=8),
        place_name="Paris",
        location="SRID=4326;POINT(2.35 48.85)",
    )
    response = client.get(f"/evenements/{meeting.pk}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Rencontre des pionniers"
    assert event.decoded("dtstart") == start
    assert event.decoded("dtstart").astimezone(datetime.UTC).hour == 7
    assert event.decoded("dtend") == start + datetime.timedelta(hours=8)
    assert "Paris" in str(event["location"])
    assert str(event["url"]) == "http://localhost/rencontre-2019/"
    assert str(event["uid"]) == f"event-{meeting.pk}@catalyseurs"
    # served on the host of its own site only
    assert (
        client.get(f"/evenements/{meeting.pk}.ics", HTTP_HOST="alpha.localhost").status_code == 404
    )


@pytest.mark.django_db
def test_site_feed_lists_only_that_sites_live_events(
    client, network_home, territory_a, territory_b
):
    make_event(network_home, title="Webinaire du réseau", slug="webinaire")
    make_event(territory_a.site.root_page, title="Atelier Alpha", slug="atelier-alpha")
    make_event(territory_b.site.root_page, title="Atelier Beta", slug="atelier-beta")
    draft = make_event(territory_a.site.root_page, title="Brouillon", slug="brouillon")
    draft.unpublish()
    calendar = Calendar.from_ical(client.get("/agenda.ics", HTTP_HOST="alpha.localhost").content)
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Atelier Alpha"]
    calendar = Calendar.from_ical(client.get("/agenda.ics", HTTP_HOST="localhost").content)
    summaries = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert "Webinaire du réseau" in summaries and "Brouillon" not in summaries


@pytest.mark.django_db
def test_times_are_written_the_french_way(client, territory_a):
    """« de 9 h à 11 h 30 » in Paris time (not « 09:00 », not UTC), over days « du … au … »."""
    year = timezone.now().year + 1
    paris = ZoneInfo("Europe/Paris")
    agenda = EventIndexPageFactory(
        parent=territory_a.site.root_page, title="Agenda", slug="agenda", no_revision=True
    )
    morning = datetime.datetime(year, 3, 15, 9, 0, tzinfo=paris)
    make_event(agenda, slug="matinee", start=morning, end=morning + datetime.timedelta(hours=2.5))
    make_event(
        agenda,
        slug="seminaire",
        start=morning.replace(day=16, hour=14),
        end=morning.replace(day=17, hour=12, minute=15),
    )
    host = {"HTTP_HOST": "alpha.localhost"}
    nbsp = "\u00a0"
    html = client.get("/agenda/matinee/", **host).content.decode()
    day = date_format(morning, "l j F Y")
    assert f"{day}, de <time datetime=" in html
    assert f'">9{nbsp}h</time> à <time datetime="' in html
    assert f'">11{nbsp}h{nbsp}30</time>' in html
    assert ">09:00" not in html and ", 09:00" not in html  # only in the machine-readable datetime
    html = client.get("/agenda/seminaire/", **host).content.decode()
    assert f"{date_format(morning.replace(day=16), 'l j F Y')} à 14{nbsp}h</time> au" in html
    assert f"{date_format(morning.replace(day=17), 'l j F Y')} à 12{nbsp}h{nbsp}15</time>" in html
    index = client.get("/agenda/", **host).content.decode()
    assert f"{day} à 9{nbsp}h</time>" in index


@pytest.mark.django_db
def test_event_index_upcoming_and_past(client, territory_a):
    agenda = EventIndexPageFactory(
        parent=territory_a.site.root_page, title="Agenda", slug="agenda", no_revision=True
    )
    make_event(agenda, title="Bientôt", slug="bientot", days=5)
    make_event(agenda, title="Autrefois", slug="autrefois", days=-30)
    html = client.get("/agenda/", HTTP_HOST="alpha.localhost").content.decode()
    assert html.index("Bientôt") < html.index("Autrefois")
    assert (
        html.index("À venir")
        < html.index("Bientôt")
        < html.index("Passés")
        < html.index("Autrefois")
    )


@pytest.mark.django_db
def test_territory_editor_creates_events_on_own_site_only(
    client, territory_a, territory_b, editor_a
):
    client.login(username=editor_a.username, password=PASSWORD)
    home_a = territory_a.site.root_page
    home_b = territory_b.site.root_page
    assert client.get(f"/admin/pages/add/events/eventpage/{home_a.pk}/").status_code == 200
    assert client.get(f"/admin/pages/add/events/eventpage/{home_b.pk}/").status_code in (403, 404)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_confirmation_email_through_a_real_worker(client, celery_worker, network_home, territory_a):
    event = make_event(territory_a.site.root_page, registration="form", capacity=1)
    register(event, "A", "a@example.org")
    register(event, "B", "b@example.org")
    deadline = timezone.now() + datetime.timedelta(seconds=30)
    while len(mail.outbox) < 2 and timezone.now() < deadline:
        import time

        time.sleep(0.2)
    subjects = sorted(m.subject for m in mail.outbox)
    assert len(subjects) == 2
    assert any("confirmée" in s for s in subjects) and any("attente" in s for s in subjects)
