"""Factories of actors, their sign-ups and their imports.

An actor is in one of the states ``Actor``'s ``DraftStateMixin`` gives it:

- published (the default): saved, then its first revision published, as the admin's
  *Publier* does (``live_revision``, ``first_published_at``);
- ``draft=True``: never published: saved not live, with one revision, as *Enregistrer le
  brouillon* does;
- ``no_revision=True``: the row only (``live`` as given, ``True`` by default), no revision:
  what the map and the lists read, the quickest.

Revisions are saved as ``revision_user`` (default: nobody). A published actor with a
pending draft is ``actor = ActorFactory(); actor.name = "...";
actor.save_revision()``. ``kind`` is an ``ActorKind`` or its slug; ``themes``, ``offers`` and
``seeks`` (need kinds) are objects or slugs; ``lat``/``lng`` give the map position (``location``). The slug is
left to the model, which builds a unique one from the name.
"""

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from actors.models import Actor, ActorImport, ActorKind, ActorSignup, NeedKind, Offer
from network.geo import format_point
from network.models import Theme
from tests.network.factories import by_slug
from tests.territories.factories import TerritoryFactory

STATES = ("published", "draft", "no_revision")
NAMES = [
    "Association Les Jardins du Plateau",
    "Collège Jean Moulin",
    "Lycée Condorcet",
    "Entreprise Horizon",
    "Fondation Solidarité Val",
    "Ressourcerie du Canal",
    "Maison de quartier Belleville",
    "Coopérative Les Ateliers",
]


class ActorFactory(DjangoModelFactory):
    class Meta:
        model = Actor
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(state="draft")
        no_revision = factory.Trait(state="no_revision")
        lat = None
        lng = None

    state = "published"
    revision_user = None
    territory = factory.SubFactory(TerritoryFactory)
    name = factory.Sequence(lambda n: f"{NAMES[n % len(NAMES)]} {n}")
    kind = "association"
    location = factory.LazyAttribute(
        lambda o: format_point(o.lat, o.lng) if o.lat is not None else ""
    )

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if isinstance(kwargs.get("kind"), str):
            kwargs["kind"] = ActorKind.objects.get(slug=kwargs["kind"])
        for field, model in (("themes", Theme), ("offers", Offer), ("seeks", NeedKind)):
            if field in kwargs:
                kwargs[field] = by_slug(model, kwargs[field])
        return kwargs

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("state")
        kwargs.pop("revision_user")
        return model_class(*args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        state = kwargs.pop("state")
        user = kwargs.pop("revision_user")
        if state not in STATES:
            raise ValueError(f"unknown actor state {state!r}: one of {STATES}")
        if state == "draft":
            kwargs["live"] = False
        # Themes and offers (parental many-to-many) are saved with the row.
        actor = model_class(*args, **kwargs)
        actor.save()
        if state != "no_revision":
            revision = actor.save_revision(user=user)
            if state == "published":
                revision.publish()
        return actor


class ActorSignupFactory(DjangoModelFactory):
    """A sign-up of an actor (a draft one by default), awaiting the moderators."""

    class Meta:
        model = ActorSignup

    territory = factory.SubFactory(TerritoryFactory)
    actor = factory.SubFactory(
        ActorFactory, territory=factory.SelfAttribute("..territory"), draft=True
    )
    contact_name = "Camille Martin"
    contact_email = factory.Sequence(lambda n: f"camille.martin{n}@exemple.fr")
    consent_at = factory.LazyFunction(timezone.now)


class ActorImportFactory(DjangoModelFactory):
    """An import run of a territory, with a one-line CSV file."""

    class Meta:
        model = ActorImport

    territory = factory.SubFactory(TerritoryFactory)
    file = factory.django.FileField(
        filename="acteurs.csv", data=b"name,kind\nLes Jardins du Plateau,association\n"
    )
