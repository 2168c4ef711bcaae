"""Wagtail's admin API lists every image and document to any editor: narrow it.

The admin API serves the choosers' data; an editor must only get the media in their scope
(their territory's collections, ``territories.wagtail_scopes``), like the admin listings.
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from .scoping import visible


class _ScopedMixin:
    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.filter(pk__in=visible(self.request.user, queryset.model).values("pk"))


class ScopedImagesAdminAPIViewSet(_ScopedMixin, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAdminAPIViewSet(_ScopedMixin, DocumentsAdminAPIViewSet):
    pass
