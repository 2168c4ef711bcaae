"""The admin form of our page types: the slug follows the title, on the server too.

In the browser, Wagtail's ``TitleFieldPanel`` copies the title into the slug field as it is
typed. A post without a slug (the browser's script did not run, a pioneer emptied the field
on the « Publication » tab, an autosave before the title was left) would fail on a field the
writer never saw; the form fills it from the title instead, made unique among the page's
siblings (``-2``, ``-3``...), as Wagtail does for pages created in code. A published page
keeps its slug (its address), as the title panel does in the browser.
"""

from typing import Any

from django.utils.text import slugify

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page


class SlugFromTitlePageForm(WagtailAdminPageForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean(self) -> dict[str, Any]:
        if "slug" in self.fields and not self.cleaned_data.get("slug"):
            slug = self.slug_from_title(self.cleaned_data.get("title") or "")
            if slug:
                self.cleaned_data["slug"] = slug
            elif self.cleaned_data.get("title") and "slug" not in self.errors:
                self.add_error("slug", self.fields["slug"].error_messages["required"])
        cleaned: dict[str, Any] = super().clean()
        return cleaned

    def slug_from_title(self, title: str) -> str:
        if self.instance.live and self.instance.slug:
            return str(self.instance.slug)  # a published page keeps its address
        base = slugify(title)[:240].strip("-")
        if not base:
            return ""
        parent = self.parent_page
        if parent is None and self.instance.path:
            parent = self.instance.get_parent()
        page = self.instance if self.instance.pk else None
        candidate, suffix = base, 1
        while not Page._slug_is_available(candidate, parent, page):
            suffix += 1
            candidate = f"{base}-{suffix}"
        return candidate
