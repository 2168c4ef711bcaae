from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .services import current_territory


def platform(request):
    """The territory of the current host (None on the network site) and map settings."""
    return {
        "current_territory": SimpleLazyObject(lambda: current_territory(request)),
        "network_url": network_url(),
        "map_tiles_url": settings.MAP_TILES_URL,
        "map_tiles_attribution": settings.MAP_TILES_ATTRIBUTION,
    }


def network_url() -> str:
    port = settings.SITE_PORT
    scheme = "https" if port == 443 else "http"
    suffix = "" if port in (80, 443) else f":{port}"
    return f"{scheme}://{settings.BASE_DOMAIN}{suffix}/"
