"""Builds the demo network from ``demo.data``; every step is idempotent."""

import json
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.html import escape

from wagtail.models import Site

from network.models import ContentPage, NetworkHomePage, SiteIdentity, Theme
from territories.models import Commune, KeyFigure, TeamContact, Territory, TerritoryRole
from territories.services import (
    network_setup,
    network_team_provision,
    territory_provision,
)

from . import data
from .actor_loader import load_actors
from .experience_loader import load_experiences
from .introductions import load_introductions
from .library_loader import load_library_and_events
from .projects import load_projects


def paragraphs_to_stream(paragraphs: list[str], join: bool = False) -> list[tuple[str, Any]]:
    """Paragraphs, then (``join``) the button to the sign-up form."""
    stream: list[tuple[str, Any]] = [("paragraph", f"<p>{escape(text)}</p>") for text in paragraphs]
    return [*stream, ("join", {"label": ""})] if join else stream


def _block_value(block) -> Any:
    if hasattr(block.value, "source"):  # rich text
        return block.value.source
    if block.block_type == "join":
        return {"label": block.value.get("label", "")}
    return block.value


def _stream_equal(page, paragraphs, join: bool = False) -> bool:
    current = [(block.block_type, _block_value(block)) for block in page.body]
    return current == paragraphs_to_stream(paragraphs, join)


def _update_page(
    page, *, title: str, intro: str, body: list[str], join: bool = False, **extra
) -> None:
    """Publish a new revision only when something changed, so re-runs add no history."""
    changed = page.title != title or page.intro != intro or not _stream_equal(page, body, join)
    for field, value in extra.items():
        if getattr(page, field) != value:
            setattr(page, field, value)
            changed = True
    if changed:
        page.title, page.intro, page.body = title, intro, paragraphs_to_stream(body, join)
        page.save_revision().publish()


def _child_page(parent, spec: dict) -> ContentPage:
    page = parent.get_children().filter(slug=spec["slug"]).specific().first()
    if page is None:
        page = ContentPage(title=spec["title"], slug=spec["slug"], show_in_menus=True)
        parent.add_child(instance=page)
    _update_page(
        page,
        title=spec["title"],
        intro=spec["intro"],
        body=spec["body"],
        join=spec.get("join", False),
    )
    return page


def _valid(instance):
    """SQLite does not enforce lengths: validate like PostgreSQL would."""
    instance.full_clean(exclude=["territory"])
    return instance


def load_themes() -> dict[str, Theme]:
    themes = {}
    for spec in data.THEMES:
        theme, _created = Theme.objects.update_or_create(
            slug=spec["slug"], defaults={"name": spec["name"], "description": spec["description"]}
        )
        themes[theme.slug] = theme
    return themes


def load_network() -> tuple[NetworkHomePage, Site]:
    home = network_setup(
        hostname=settings.BASE_DOMAIN,
        port=settings.SITE_PORT,
        name=data.NETWORK["name"],
        colour=data.NETWORK["colour"].lower(),
    )
    site = home.get_site()
    _update_page(
        home, title=data.NETWORK["name"], intro=data.NETWORK["intro"], body=data.NETWORK["body"]
    )
    for spec in data.NETWORK["pages"]:
        _child_page(home, spec)
    identity = SiteIdentity.for_site(site)
    legal, privacy = identity.legal_notice_page.specific, identity.privacy_page.specific
    _update_page(legal, title=legal.title, intro=legal.intro, body=data.NETWORK["legal_notice"])
    _update_page(privacy, title=privacy.title, intro=privacy.intro, body=data.NETWORK["privacy"])
    identity.short_name = data.NETWORK["short_name"]
    identity.main_colour = data.NETWORK["colour"].lower()
    identity.footer_text = (
        "Plateforme commune des catalyseurs territoriaux : un site par territoire, "
        "une bibliothèque partagée pour tout le réseau."
    )
    identity.save()
    return home, site


def load_territory(spec: dict, themes: dict[str, Theme]) -> Territory:
    hostname = f"{spec['slug']}.{settings.BASE_DOMAIN}"
    territory, _created = Territory.objects.update_or_create(
        slug=spec["slug"],
        defaults={
            "name": spec["name"],
            "hostname": hostname,
            "carrying_structure": spec["carrying_structure"],
            "region": spec.get("region", ""),
            "description": spec["description"],
            "population": spec.get("population"),
            "maturity": spec["maturity"],
        },
    )
    territory.themes.set([themes[slug] for slug in spec["themes"]])
    territory.communes.all().delete()
    Commune.objects.bulk_create(
        _valid(
            Commune(
                territory=territory,
                sort_order=index,
                insee_code=commune["insee"],
                name=commune["name"],
                postcodes=", ".join(commune["postcodes"]),
                latitude=commune["lat"],
                longitude=commune["lng"],
                population=commune.get("population"),
            )
        )
        for index, commune in enumerate(spec["communes"])
    )
    territory.key_figures.all().delete()
    KeyFigure.objects.bulk_create(
        KeyFigure(territory=territory, sort_order=index, **figure)
        for index, figure in enumerate(spec["key_figures"])
    )
    territory.contacts.all().delete()
    TeamContact.objects.bulk_create(
        TeamContact(territory=territory, sort_order=index, **contact)
        for index, contact in enumerate(spec["contacts"])
    )
    territory_provision(territory, port=settings.SITE_PORT, colour=spec["colour"].lower())

    assert territory.site is not None  # territory_provision made it
    home = territory.site.root_page.specific
    _update_page(home, title=spec["name"], intro=spec["home"]["intro"], body=spec["home"]["body"])
    for page_spec in spec["pages"]:
        _child_page(home, page_spec)
    identity = SiteIdentity.for_site(territory.site)
    identity.short_name = spec["short_name"][:30]
    identity.footer_text = f"{spec['name']}, porté par {spec['carrying_structure']}."
    contact_emails = [c["email"] for c in spec["contacts"] if c.get("email")]
    identity.contact_email = contact_emails[0] if contact_emails else ""
    identity.save()
    return territory


def _user(username: str, password: str, **fields):
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults=fields)
    if created or not user.check_password(password):
        user.set_password(password)
        user.save()
    return user


def load_accounts(
    territories: list[Territory], network_group, password: str
) -> list[tuple[str, str]]:
    accounts = []
    admin = _user(
        "admin",
        password,
        email="admin@catalyseurs.example",
        is_staff=True,
        is_superuser=True,
        first_name="Administratrice",
        last_name="Démo",
    )
    accounts.append((admin.username, "administration de toute la plateforme"))
    team = _user(
        "reseau",
        password,
        email="reseau@catalyseurs.example",
        first_name="Équipe",
        last_name="Réseau",
    )
    team.groups.add(network_group)
    accounts.append((team.username, "équipe du réseau"))
    for territory in territories:
        role = TerritoryRole.objects.get(territory=territory, role=TerritoryRole.Role.EDITORS)
        editor = _user(
            f"editeur-{territory.slug}",
            password,
            email=f"editeur@{territory.slug}.example",
            first_name="Éditeur",
            last_name=territory.name[:150],
        )
        editor.groups.add(role.group)
        accounts.append((editor.username, f"éditeur du territoire {territory.name}"))
    return accounts


@transaction.atomic
def load_demo(password: str) -> dict:
    themes = load_themes()
    home, site = load_network()
    network_group = network_team_provision(home, site)  # idempotent: returns the group
    territories = [load_territory(spec, themes) for spec in data.TERRITORIES]
    actor_count = load_actors({territory.slug: territory for territory in territories})
    experiences = load_experiences(password)  # adds the territories its write-ups need
    # One editor per territory, those the write-ups added included.
    accounts = load_accounts(territories + experiences["territories"], network_group, password)
    load_library_and_events()  # the shared library and the network's agenda
    load_projects()  # projects sections, demo projects and needs
    introductions = load_introductions()  # a year of introductions and their outcomes
    return {
        "network_site": site,
        "territories": territories + experiences["territories"],
        "accounts": accounts + experiences["accounts"],
        "actors": actor_count,
        "experiences": experiences["count"],
        "introductions": introductions,
    }


def summary_json(result: dict) -> str:
    return json.dumps(
        {
            "network": result["network_site"].root_url,
            "territories": {t.slug: t.url for t in result["territories"]},
        },
        ensure_ascii=False,
    )
