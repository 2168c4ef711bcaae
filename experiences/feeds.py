"""RSS and Atom feeds of new experiences: served by each index at flux-rss/ and flux-atom/.

The network index's feeds carry every listed territory's experiences, a territory index's
feeds that territory's only (on its own host). Items link to each experience on its
territory's site. Three queries: view restrictions, the items with their territory, themes.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.translation import gettext as _

FEED_SIZE = 30


class ExperienceRssFeed(Feed):
    feed_type: type[SyndicationFeed] = Rss201rev2Feed
    language = "fr"

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        territory = self.index.listing_territory()
        if territory is None:
            return _("Nouvelles expériences du réseau")
        return _("Nouvelles expériences – %(territory)s") % {"territory": territory.name}

    def description(self):
        return self.index.intro or _(
            "Les expériences que les pionniers des territoires partagent, dès leur publication."
        )

    def link(self):
        return self.index.get_full_url(self.request)

    def items(self):
        return list(
            self.index.experiences()
            .select_related("territory")
            .prefetch_related("themes")
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.search_description

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.territory.name if item.territory else None

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class ExperienceAtomFeed(ExperienceRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
