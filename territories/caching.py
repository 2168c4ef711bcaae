"""What the page cache forgets when a territory's objects change (``network.caching``)."""

from network.caching.invalidation import watch_per_site

from .models import Commune, KeyFigure, TeamContact, Territory


def sites_of_territorial(instance) -> list:
    """The site of the instance's territory; none for an object without one (a theme, when
    an m2m change is seen from its side), which makes the change bump every site."""
    territory_id = getattr(instance, "territory_id", None)
    if not territory_id:
        return []
    territory = Territory.objects.filter(pk=territory_id).select_related("site").first()
    return [territory.site] if territory and territory.site_id else []


def connect() -> None:
    watch_per_site(Territory, lambda territory: [territory.site] if territory.site_id else [])
    for model in (Commune, KeyFigure, TeamContact):
        watch_per_site(model, sites_of_territorial)
