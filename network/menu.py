"""The main menu's sections that the features serve on every host with their own views
(the actor map, the shared library), registered from their ``AppConfig.ready``."""

from dataclasses import dataclass

from django.utils.functional import Promise


@dataclass(frozen=True)
class MenuSection:
    url: str
    label: str | Promise  # a lazy translation
    first: bool = False  # before the home's menu pages (else after them)
    # Shown only while a live, public page of this type and slug exists (the section's home).
    page_type: type | None = None
    slug: str = ""
    # Only on the network's site (a territory's site has its own page for it).
    network_only: bool = False


SECTIONS: list[MenuSection] = []


def register_menu_section(section: MenuSection) -> None:
    if section not in SECTIONS:
        SECTIONS.append(section)
