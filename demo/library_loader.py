"""Loads the demo library (lessons, method sheets, glossary) and agenda; idempotent."""

import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Site

from events.models import EventIndexPage, EventPage
from experiences.models import Method
from library.models import GlossaryTerm, LessonPage, LibraryIndexPage, MethodPage
from network.models import Theme
from territories.models import Territory

from . import library as data

PARIS = ZoneInfo("Europe/Paris")


def _html(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _child(parent, model, slug: str, **fields):
    """The child ``slug`` of ``parent`` (created and published if missing, else updated when
    something changed: re-runs add no revisions)."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    changed = False
    for field, value in fields.items():
        current = getattr(page, field)
        if hasattr(current, "raw_data"):
            continue  # stream fields: set at creation only
        if current != value:
            setattr(page, field, value)
            changed = True
    if changed:
        page.save_revision().publish()
    return page, False


def _set_m2m(page, field: str, objects) -> None:
    wanted = {obj.pk for obj in objects}
    if set(getattr(page, field).values_list("pk", flat=True)) != wanted:
        getattr(page, field).set(list(objects))
        page.save_revision().publish()


def load_library() -> dict:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    index, _ = _child(
        home,
        LibraryIndexPage,
        "bibliotheque",
        title=data.LIBRARY["title"],
        intro=data.LIBRARY["intro"],
    )
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for term, slug, definition in data.GLOSSARY:
        GlossaryTerm.objects.update_or_create(
            slug=slug, defaults={"term": term, "definition": definition}
        )
    for spec in data.LESSONS:
        page, _ = _child(
            index,
            LessonPage,
            spec["slug"],
            title=spec["title"],
            number=spec["number"],
            statement=spec["statement"],
            explanation=_html(spec["explanation"]),
            practice=_html(spec["practice"]),
        )
        _set_m2m(page, "themes", [themes[s] for s in spec["themes"] if s in themes])
        _set_m2m(
            page, "evidence_territories", Territory.objects.filter(slug__in=spec["territories"])
        )
    for spec in data.METHODS:
        steps = [
            ("step", {"title": title, "duration": minutes, "instructions": text})
            for title, minutes, text in spec["steps"]
        ]
        fields: dict[str, Any] = {
            key: spec[key]
            for key in (
                "title",
                "objective",
                "when_to_use",
                "duration",
                "group_size",
                "roles",
                "materials",
                "tips",
                "pitfalls",
                "variants",
            )
        }
        method = Method.objects.filter(slug=spec["method"]).first()
        taken = MethodPage.objects.filter(experience_method=method).exclude(slug=spec["slug"])
        if method is not None and not taken.exists():
            fields["experience_method"] = method
        page, _ = _child(index, MethodPage, spec["slug"], steps=steps, **fields)
        _set_m2m(page, "themes", [themes[s] for s in spec["themes"] if s in themes])
    return {"index": index, "lessons": len(data.LESSONS), "methods": len(data.METHODS)}


def load_events() -> int:
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    agenda, _ = _child(
        home,
        EventIndexPage,
        "agenda",
        title="Agenda",
        intro="Les rencontres, ateliers et webinaires du réseau.",
        show_in_menus=True,  # the agenda, where registrations happen, is in the main menu
    )
    spec = dict(data.PIONEERS_MEETING)
    start = datetime.datetime(*spec.pop("start")).replace(tzinfo=PARIS)
    end = datetime.datetime(*spec.pop("end")).replace(tzinfo=PARIS)
    _child(agenda, EventPage, spec.pop("slug"), start=start, end=end, **spec)
    today = timezone.localdate()
    for item in data.UPCOMING:
        spec = dict(item)
        slug = spec.pop("slug")
        day = today + datetime.timedelta(days=spec.pop("days"))
        start = datetime.datetime(day.year, day.month, day.day, spec.pop("hour"), tzinfo=PARIS)
        end = start + datetime.timedelta(hours=spec.pop("duration_hours"))
        existing = EventPage.objects.child_of(agenda).filter(slug=slug).first()
        if existing is not None and existing.end >= timezone.now():
            start, end = existing.start, existing.end  # keep dates stable across re-runs
        _child(agenda, EventPage, slug, start=start, end=end, **spec)
    return 1 + len(data.UPCOMING)


def load_library_and_events() -> dict:
    result = load_library()
    result["events"] = load_events()
    return result
