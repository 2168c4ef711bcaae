"""Factories of the base: pages in the states Wagtail gives them, content pages, themes,
view restrictions and e-mails owed.

``PageFactory`` is the base of every page factory of the suite. A page is placed under
``parent`` (an app's factory finds the parent from ``territory``) and ends up in one of
three states:

- published (the default): added as a draft, then its first revision published, as the
  admin's *Publier* does (``live_revision``, ``first_published_at``...);
- ``draft=True``: added not live, with one saved revision, as *Enregistrer le brouillon*;
- ``no_revision=True``: the row only (``live`` as given, ``True`` by default), no revision.

Revisions are saved as ``revision_user`` (default: the page's ``owner``).

Slugs are left to Wagtail, which builds them from the title as the admin does (accents
kept) and numbers them among siblings; titles come from a sequence, so they differ anyway.
"""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.utils.text import slugify

from wagtail.models import PageViewRestriction

from network.models import ContentPage, Notification, Theme

STATES = ("published", "draft", "no_revision")


def by_slug(model, values):
    """Objects given as themselves or by slug (themes, offers, methods...), in that order."""
    values = list(values)
    slugs = [value for value in values if isinstance(value, str)]
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    missing = set(slugs) - set(found)
    if missing:
        raise model.DoesNotExist(f"{model.__name__}: no slug {sorted(missing)}")
    return [found[value] if isinstance(value, str) else value for value in values]


class PageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(state="draft")
        no_revision = factory.Trait(state="no_revision")

    state = "published"
    revision_user = None
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = ""
    # Many-to-many fields that may be given by slug (``themes=["emploi"]``), and their model.
    _slug_fields = {"themes": Theme}

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for field, model in cls._slug_fields.items():
            if field in kwargs:
                kwargs[field] = by_slug(model, kwargs[field])
        return kwargs

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("state")
        kwargs.pop("revision_user")
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        state = kwargs.pop("state")
        user = kwargs.pop("revision_user")
        if state not in STATES:
            raise ValueError(f"unknown page state {state!r}: one of {STATES}")
        if kwargs.get("parent") is None:
            raise ValueError(f"{cls.__name__}: a page needs a parent (or a territory)")
        if state != "no_revision":
            kwargs["live"] = False
        page = super()._create(model_class, *args, **kwargs)
        if state != "no_revision":
            revision = page.save_revision(user=user or page.owner)
            if state == "published":
                revision.publish()
                page.refresh_from_db()
        return page


class ContentPageFactory(PageFactory):
    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Notre démarche {n}")
    intro = ""


class ThemeFactory(DjangoModelFactory):
    """A theme of the shared taxonomy; an existing slug is reused (themes are seeded)."""

    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class PageViewRestrictionFactory(DjangoModelFactory):
    """A page readable by logged-in visitors only (``restriction_type`` to change it)."""

    class Meta:
        model = PageViewRestriction

    restriction_type = PageViewRestriction.LOGIN


class NotificationFactory(DjangoModelFactory):
    """An e-mail owed, as ``network.notifications.notify`` writes it."""

    class Meta:
        model = Notification

    recipients = factory.Sequence(lambda n: f"camille.martin{n}@exemple.fr")
    subject = "Votre inscription"
    body = "Bonjour,\nvotre inscription est bien reçue."
