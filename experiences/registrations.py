"""What the experiences register once every model is loaded (``ExperiencesConfig.ready``)."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from actors.models import Actor
from network.caching.invalidation import watch_everywhere, watch_pages_everywhere
from network.models import register_home_section
from territories.models import Territory
from territories.services import territory_provisioned

from . import listing, services
from .models import ExperienceActor, ExperiencePage, Method

# The network's index lists every write-up; methods show on every write-up.
watch_pages_everywhere("experiences.ExperiencePage")
watch_everywhere(Method)
register_home_section(listing.latest_experiences)
territory_provisioned.connect(
    services.on_territory_provisioned, dispatch_uid="experiences.territory_provisioned"
)
post_save.connect(
    services.on_territory_saved, sender=Territory, dispatch_uid="experiences.territory"
)
post_save.connect(services.on_actor_changed, sender=Actor, dispatch_uid="experiences.actor")
post_delete.connect(
    services.on_actor_link_deleted, sender=ExperienceActor, dispatch_uid="experiences.actor_link"
)
for signal in (page_published, page_unpublished):
    signal.connect(
        services.on_page_state_changed,
        sender=ExperiencePage,
        dispatch_uid=f"experiences.{id(signal)}",
    )
