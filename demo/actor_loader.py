"""Loads the demo actors of ``demo.actors`` onto the territories' maps; idempotent.

Actors are matched on (territory, source="demo", external_id=slug of the name). An actor is
saved and published only when it is new, when one of its fields or taxonomies differs from
the data, or when it is not live: running the loader twice adds neither rows nor revisions.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from actors.models import Actor, ActorKind, NeedKind, Offer
from network.geo import format_point, parse_point
from network.models import Theme
from territories.models import Territory

from .actors import ACTORS

SOURCE = "demo"

# Data key -> model field, for the plain fields compared and copied as they are.
SCALAR_FIELDS = {
    "name": "name",
    "description": "description",
    "address": "address",
    "postcode": "postcode",
    "city": "city",
    "insee": "commune_insee",
    "email": "email",
    "phone": "phone",
    "website": "website",
    "private_contact_name": "private_contact_name",
    "private_contact_email": "private_contact_email",
    "private_contact_phone": "private_contact_phone",
    "private_notes": "private_notes",
}

LINKS = ("themes", "offers", "seeks")  # many-to-many: compared and set apart


def external_id(spec: dict) -> str:
    return slugify(spec["name"])[:120]


def _by_slug(model, slugs: set[str], what: str) -> dict:
    """One query per taxonomy table; an unknown slug in the data is a bug: say which."""
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    missing = sorted(slugs - found.keys())
    if missing:
        raise ImproperlyConfigured(
            f"Demo actors use unknown {what} slug(s): {', '.join(missing)} "
            f"(see territories/migrations/0006_seed_taxonomies.py)."
        )
    return found


def _wanted(spec: dict, kinds: dict, themes: dict, offers: dict, seeks: dict) -> dict:
    """The field values an actor must end up with, from its data."""
    values = {field: spec.get(key, "") for key, field in SCALAR_FIELDS.items()}
    values["kind_id"] = kinds[spec["kind"]].pk
    values["location"] = format_point(round(spec["lat"], 5), round(spec["lng"], 5))
    joined_on = spec.get("joined_on")
    values["joined_on"] = datetime.date.fromisoformat(joined_on) if joined_on else None
    values["themes"] = [themes[slug] for slug in spec.get("themes", [])]
    values["offers"] = [offers[slug] for slug in spec.get("offers", [])]
    values["seeks"] = [seeks[slug] for slug in spec.get("seeks", [])]
    return values


def _pks(objects) -> set[int]:
    return {obj.pk for obj in objects}


def _current_links(field: str, actors: list[Actor], target: str) -> dict[int, set[int]]:
    """Actor pk -> linked pks for one many-to-many table, in a single query."""
    through = Actor._meta.get_field(field).remote_field.through
    links: dict[int, set[int]] = {actor.pk: set() for actor in actors}
    rows = through.objects.filter(actor__in=actors).values_list("actor_id", f"{target}_id")
    for actor_id, target_id in rows:
        links[actor_id].add(target_id)
    return links


def _check_place(territory: Territory, spec: dict, communes: dict[str, set[str]]) -> None:
    if spec["insee"] not in communes:
        raise ImproperlyConfigured(
            f"Demo actor {spec['name']!r} is in commune {spec['insee']}, "
            f"which is not one of {territory.slug}'s communes."
        )
    if spec["postcode"] not in communes[spec["insee"]]:
        raise ImproperlyConfigured(
            f"Demo actor {spec['name']!r}: postcode {spec['postcode']} does not belong to "
            f"commune {spec['insee']}."
        )


@transaction.atomic
def load_actors(territories: dict[str, Territory]) -> int:
    """Upsert and publish the demo actors of every territory in ``territories``.

    Returns the number of demo actors in the data for those territories.
    """
    specs = {slug: ACTORS[slug] for slug in territories if slug in ACTORS}
    all_specs = [spec for actors in specs.values() for spec in actors]
    kinds = _by_slug(ActorKind, {s["kind"] for s in all_specs}, "actor kind")
    themes = _by_slug(Theme, {t for s in all_specs for t in s.get("themes", [])}, "theme")
    offers = _by_slug(Offer, {o for s in all_specs for o in s.get("offers", [])}, "offer")
    seeks = _by_slug(NeedKind, {k for s in all_specs for k in s.get("seeks", [])}, "need kind")

    count = 0
    for slug, actor_specs in specs.items():
        territory = territories[slug]
        communes = {
            commune.insee_code: {p.strip() for p in commune.postcodes.split(",")}
            for commune in territory.communes.all()
        }
        existing = {
            actor.external_id: actor
            for actor in Actor.objects.filter(territory=territory, source=SOURCE)
        }
        actors = list(existing.values())
        current_themes = _current_links("themes", actors, "theme")
        current_offers = _current_links("offers", actors, "offer")
        current_seeks = _current_links("seeks", actors, "needkind")

        seen: set[str] = set()
        for spec in actor_specs:
            key = external_id(spec)
            if key in seen:
                raise ImproperlyConfigured(f"Two demo actors of {slug} share the id {key!r}.")
            seen.add(key)
            _check_place(territory, spec, communes)
            wanted = _wanted(spec, kinds, themes, offers, seeks)

            actor = existing.get(key)
            created = actor is None
            if actor is None:
                actor = Actor(territory=territory, source=SOURCE, external_id=key)
                changed = True
            else:
                changed = not actor.live or any(
                    getattr(actor, field) != value
                    for field, value in wanted.items()
                    if field not in LINKS
                )
                changed = changed or current_themes[actor.pk] != _pks(wanted["themes"])
                changed = changed or current_offers[actor.pk] != _pks(wanted["offers"])
                changed = changed or current_seeks[actor.pk] != _pks(wanted["seeks"])
            count += 1
            if not changed:
                continue

            for field, value in wanted.items():
                if field not in LINKS:
                    setattr(actor, field, value)
            # ParentalManyToManyField: held in memory, written by save() and by the revision.
            actor.themes.set(wanted["themes"])
            actor.offers.set(wanted["offers"])
            actor.seeks.set(wanted["seeks"])
            # save() derives these from location; set them now so their validators run too.
            actor.latitude, actor.longitude = parse_point(actor.location) or (None, None)
            # save() builds the slug (from the name, unique in the territory) and search_text.
            actor.full_clean(exclude=["slug", "search_text"])
            actor.save()
            actor.save_revision().publish()
            if created:
                # The impact charts count actors by month of first publication: the demo's
                # arrived over the last year, not all on the day the demo was loaded.
                Actor.objects.filter(pk=actor.pk).update(
                    first_published_at=timezone.now() - datetime.timedelta(days=(count * 37) % 360)
                )
    return count
