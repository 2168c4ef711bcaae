from django.core.management.base import BaseCommand

from projects.services import projects_provision, sync_permissions
from territories.models import Territory


class Command(BaseCommand):
    help = (
        "Give every territory its projects section (slug « projets ») and its teams their "
        "rights on needs and contributions; idempotent (for territories created before the "
        "projects app: new ones get it when they are provisioned)."
    )

    def handle(self, *args, **options):
        sync_permissions()
        count = 0
        for territory in Territory.objects.filter(site__isnull=False).select_related("site"):
            if projects_provision(territory) is not None:
                count += 1
        self.stdout.write(f"{count} territoire(s) avec leur section projets.")
