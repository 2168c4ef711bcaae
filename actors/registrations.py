"""What the actors register once every model is loaded (``ActorsConfig.ready``)."""

from django.utils.translation import gettext_lazy as _

from network.caching.invalidation import watch_everywhere, watch_per_site
from network.cleanup import register_cleaner
from network.menu import MenuSection, register_menu_section
from territories.caching import sites_of_territorial
from territories.services import grant_team_permissions

from . import actor_geocoding, cleanup, signals
from .models import Actor, ActorKind, NeedKind, Offer

# A draft save rewrites the row too: an extra bump is cheaper than a missed one.
watch_per_site(Actor, sites_of_territorial, m2m=("themes", "offers", "seeks"))
watch_everywhere(ActorKind, Offer, NeedKind)

register_cleaner("import_files", cleanup.old_import_files_delete)
# Served on every host by actors.map_views, first in the menu.
register_menu_section(MenuSection(url="/carte/", label=_("Carte des acteurs"), first=True))
_actor = [f"actors.{action}_actor" for action in ("change", "publish", "lock", "unlock")]
grant_team_permissions(
    editors=["actors.add_actor", *_actor, "actors.delete_actor"],
    moderators=_actor,
    network=[
        "actors.add_actor",
        *_actor,
        "actors.delete_actor",
        *(
            f"actors.{a}_{m}"
            for m in ("actorkind", "offer", "needkind")
            for a in ("add", "change", "delete")
        ),
    ],
)
signals.connect()
actor_geocoding.connect()
