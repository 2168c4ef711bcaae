"""Factories of experiences: write-ups under a territory's *Expériences* index.

``ExperiencePageFactory(territory=alpha, title="Jardins partagés")`` is published (see
``tests.network.factories.PageFactory`` for ``draft=True`` and ``no_revision=True``);
``owner=`` writes its revisions as that user; ``themes`` and ``methods`` take objects or
slugs; ``actors`` takes actors of the directory, or (actor, role) pairs; ``published_at``
dates its publication (first and last), for the sorts and feeds.
"""

import factory

from experiences.models import ExperienceActor, ExperiencePage, Method
from experiences.services import ensure_index
from network.models import Theme
from tests.network.factories import PageFactory
from tests.territories.factories import TerritoryFactory

TITLES = [
    "Jardins partagés du quartier",
    "Stages en entreprise pour les lycéens",
    "Relance de la filière laine",
    "Paniers solidaires",
    "Forum des métiers",
    "Un tiers-lieu dans l’ancienne gare",
]


def involved(actors):
    """``ExperienceActor`` links from actors or (actor, role) pairs."""
    links = []
    for item in actors:
        actor, role = item if isinstance(item, tuple) else (item, "acteur")
        links.append(ExperienceActor(actor=actor, role=role))
    return links


class ExperiencePageFactory(PageFactory):
    class Meta:
        model = ExperiencePage

    class Params:
        territory = None
        actors = ()

    parent = factory.LazyAttribute(lambda o: ensure_index(o.territory or TerritoryFactory()))
    title = factory.Sequence(lambda n: f"{TITLES[n % len(TITLES)]} ({n})")
    summary = factory.LazyAttribute(lambda o: f"Résumé de « {o.title} ».")
    involved_actors = factory.LazyAttribute(lambda o: involved(o.actors))
    published_at = None
    _slug_fields = {"themes": Theme, "methods": Method}

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("published_at")
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        published_at = kwargs.pop("published_at")
        page = super()._create(model_class, *args, **kwargs)
        if published_at is not None and page.live:
            ExperiencePage.objects.filter(pk=page.pk).update(
                first_published_at=published_at,
                last_published_at=published_at,
                published_at=published_at,
            )
            page.refresh_from_db()
        return page
