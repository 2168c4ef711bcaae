"""Who may publish an experience: the network team, at the end of the review workflow.

Territory editors and moderators hold ``publish_page`` on their whole site, and Wagtail
lets a publisher skip a workflow. For experiences, which the whole network reads, the
two-step review (territory, then network) must not be skipped: only users who see every
territory (the network team, superusers) publish an experience directly. Everyone else
submits it; the final approval by the network team publishes it.

Wagtail asks ``page.permissions_for_user()`` (cast to the specific class when overridden)
everywhere it checks a page action: edit view, create view, bulk actions, admin API.
"""

from wagtail.models import PagePermissionTester

from territories.scoping import sees_all_territories


def may_publish_experiences(user) -> bool:
    return sees_all_territories(user)


class ExperiencePermissionTester(PagePermissionTester):
    def can_publish(self):
        return super().can_publish() and may_publish_experiences(self.user)

    def can_unschedule(self):
        return super().can_unschedule() and may_publish_experiences(self.user)


class ExperienceIndexPermissionTester(PagePermissionTester):
    def can_publish_subpage(self):
        """Creating and publishing an experience in one go skips the review."""
        return super().can_publish_subpage() and may_publish_experiences(self.user)
