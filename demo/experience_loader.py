"""Loads the demo experiences of ``demo.experiences``; idempotent.

- creates the territories the write-ups need and the demo does not have yet (through
  ``territory_create``: site, groups, experience index and workflow), with their communes;
- creates and publishes their few directory actors (source ``demo-experiences``);
- creates and publishes each experience once, under its territory's index, linked to its
  actors (found by territory and name). An experience already there is left as it is
  (editors may have changed it): running the loader twice adds nothing;
- the network-wide index, and a demo pioneer account for Vitawin.
"""

from __future__ import annotations

import datetime
from html import escape

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.text import slugify

from actors.models import Actor, ActorKind
from experiences.blocks import FiguresBlock, StepsBlock
from experiences.models import (
    ExperienceActor,
    ExperienceContact,
    ExperiencePage,
    ExperiencePartner,
    Method,
)
from experiences.services import (
    experience_index,
    experiences_provision,
    network_experiences_provision,
)
from network.geo import format_point
from network.models import Theme
from territories.models import Commune, Territory, TerritoryRole
from territories.services import territory_create, territory_provision

from . import experiences as data

SOURCE = "demo-experiences"


def _html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def _territory(spec: dict) -> Territory:
    territory = Territory.objects.filter(slug=spec["slug"]).first()
    if territory is None:
        territory = territory_create(
            name=spec["name"],
            slug=spec["slug"],
            hostname=f"{spec['slug']}.{settings.BASE_DOMAIN}",
            port=settings.SITE_PORT,
            carrying_structure=spec["carrying_structure"],
            region=spec["region"],
            description=spec["description"],
            maturity=spec["maturity"],
        )
        territory.themes.set(Theme.objects.filter(slug__in=spec["themes"]))
        territory_provision(territory, port=settings.SITE_PORT, colour=spec["colour"])
    known = set(territory.communes.values_list("insee_code", flat=True))
    start = len(known)
    new = [
        Commune(
            territory=territory,
            sort_order=start + index,
            insee_code=commune["insee"],
            name=commune["name"],
            postcodes=", ".join(commune["postcodes"]),
            latitude=commune["lat"],
            longitude=commune["lng"],
        )
        for index, commune in enumerate(spec["communes"])
        if commune["insee"] not in known
    ]
    if new:
        for commune in new:
            commune.full_clean(exclude=["territory"])
        Commune.objects.bulk_create(new)
        territory.refresh_position()
    return territory


def _actors(territory: Territory, specs: list[dict]) -> None:
    existing = set(
        Actor.objects.filter(territory=territory, source=SOURCE).values_list(
            "external_id", flat=True
        )
    )
    for spec in specs:
        key = slugify(spec["name"])[:120]
        if key in existing:
            continue
        actor = Actor(
            territory=territory,
            source=SOURCE,
            external_id=key,
            name=spec["name"],
            kind=ActorKind.objects.get(slug=spec["kind"]),
            description=spec["description"],
            postcode=spec["postcode"],
            city=spec["city"],
            commune_insee=spec["insee"],
            location=format_point(spec["lat"], spec["lng"]),
        )
        actor.themes.set(Theme.objects.filter(slug__in=spec["themes"]))
        actor.full_clean(exclude=["slug", "search_text", "latitude", "longitude"])
        actor.save()
        actor.save_revision().publish()


def _find_actor(territories: dict[str, Territory], territory_slug: str, name: str) -> Actor:
    actor = Actor.objects.filter(territory=territories[territory_slug], name=name).first()
    if actor is None:
        raise ImproperlyConfigured(f"Demo experience actor not found: {name!r} ({territory_slug})")
    return actor


def _experience(spec: dict, territories: dict[str, Territory]):
    territory = territories[spec["territory"]]
    index = experience_index(territory)
    assert index is not None  # territory_create made it
    if ExperiencePage.objects.child_of(index).filter(slug=spec["slug"]).exists():
        return False
    codes = set(territory.communes.values_list("insee_code", flat=True))
    missing = set(spec["communes"]) - codes
    if missing:
        raise ImproperlyConfigured(f"{spec['slug']}: communes {missing} not in {territory.slug}")
    steps = StepsBlock().to_python(
        [
            {"type": "step", "value": {"date": date, "title": title, "text": text}}
            for date, title, text in spec["steps"]
        ]
    )
    figures = FiguresBlock().to_python(
        [
            {"type": "figure", "value": {"value": value, "unit": unit, "label": label}}
            for value, unit, label in spec["figures"]
        ]
    )
    page = ExperiencePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        maturity=spec["maturity"],
        commune_codes=",".join(sorted(spec["communes"])),
        steps=steps,
        figures=figures,
        search_description=spec["summary"],
        **{
            field: _html(spec[field])
            for field in (
                "context",
                "challenge",
                "needs",
                "methods_details",
                "resources",
                "results",
                "lessons",
                "difficulties",
                "success_factors",
                "transferability",
            )
        },
    )
    page.themes = list(Theme.objects.filter(slug__in=spec["themes"]))
    page.methods = list(Method.objects.filter(slug__in=spec["methods"]))
    page.involved_actors = [
        ExperienceActor(actor=_find_actor(territories, slug, name), role=role)
        for slug, name, role in spec["actors"]
    ]
    page.partners = [ExperiencePartner(name=name, role=role) for name, role in spec["partners"]]
    page.contacts = [
        ExperienceContact(name=name, role=role, email=email)
        for name, role, email in spec["contacts"]
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    published = datetime.datetime.fromisoformat(spec["published"]).replace(
        hour=10, tzinfo=datetime.UTC
    )
    ExperiencePage.objects.filter(pk=page.pk).update(
        first_published_at=published, last_published_at=published, published_at=published
    )
    return True


def _pioneer(territories: dict[str, Territory], password: str) -> tuple[str, str]:
    spec = data.DEMO_PIONEER
    territory = territories[spec["territory"]]
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=spec["username"],
        defaults={
            "email": spec["email"],
            "first_name": spec["first_name"],
            "last_name": spec["last_name"],
        },
    )
    if created or not user.check_password(password):
        user.set_password(password)
        user.save()
    user.groups.add(
        TerritoryRole.objects.get(territory=territory, role=TerritoryRole.Role.PIONEERS).group
    )
    return user.username, f"pionnière du territoire {territory.name} (rédige, soumet à relecture)"


@transaction.atomic
def load_experiences(password: str) -> dict:
    """Returns {"count": experiences in the data, "created": new ones this time,
    "territories": the territories added for them, "accounts": [(username, role)]}."""
    network_experiences_provision()
    new_territories = [_territory(spec) for spec in data.TERRITORIES]
    slugs = {spec["territory"] for spec in data.EXPERIENCES}
    slugs |= {slug for spec in data.EXPERIENCES for slug, _name, _role in spec["actors"]}
    slugs.add(data.DEMO_PIONEER["territory"])
    territories = {t.slug: t for t in Territory.objects.filter(slug__in=slugs)}
    for territory in territories.values():
        experiences_provision(territory)
    for slug, specs in data.ACTORS.items():
        _actors(territories[slug], specs)
    created = sum(_experience(spec, territories) for spec in data.EXPERIENCES)
    accounts = [_pioneer(territories, password)]
    return {
        "count": len(data.EXPERIENCES),
        "created": created,
        "territories": new_territories,
        "accounts": accounts,
    }
