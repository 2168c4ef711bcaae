"""Wagtail's admin API lists every image and document to any editor: narrow it.

The admin API serves the choosers' data; an editor must only get the media of the
collections they hold permissions on (their territory's), like the admin listings.
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry

MEDIA_ACTIONS = ["choose", "change", "delete"]


class _CollectionScopedMixin:
    def get_queryset(self):
        queryset = super().get_queryset()
        policy = policy_registry.get_by_type(queryset.model)
        allowed = policy.instances_user_has_any_permission_for(self.request.user, MEDIA_ACTIONS)
        return queryset.filter(pk__in=allowed.values("pk"))


class ScopedImagesAdminAPIViewSet(_CollectionScopedMixin, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAdminAPIViewSet(_CollectionScopedMixin, DocumentsAdminAPIViewSet):
    pass
