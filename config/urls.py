from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from events import views as event_views
from library import views as library_views
from network import sitemaps, views
from territories import portal

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("theme.css", views.site_theme, name="site_theme"),
    path("", include("search.urls")),
    path("bibliotheque/", library_views.library_page, name="library"),
    path("bibliotheque/<path:path>", library_views.library_page, name="library_page"),
    path("agenda.ics", event_views.agenda_ics, name="agenda_ics"),
    path("evenements/<id:pk>.ics", event_views.event_ics, name="event_ics"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots, name="robots"),
    path("", include("territories.urls")),
    path("", include("actors.urls")),
    path("", include("projects.urls")),
    path("", include("projects.report_urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's URLs, its page view served through network.routing (one query for the path);
# on the network host, a territory's page it lacks (/projets/) says where to find it.
urlpatterns += [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, portal.serve, name="wagtail_serve"),
]
