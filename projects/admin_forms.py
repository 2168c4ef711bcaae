"""Admin form of needs: only the user's territories, and their projects and communes."""

from wagtail.admin.forms import WagtailAdminModelForm

from territories.models import Commune, Territory
from territories.scoping import sees_all_territories, user_territory_ids

from .models import ProjectPage


class NeedAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is None or sees_all_territories(for_user):
            return
        ids = user_territory_ids(for_user)
        scoped = {
            "territory": Territory.objects.filter(pk__in=ids),
            "project": ProjectPage.objects.filter(territory_id__in=ids),
            "communes": Commune.objects.filter(territory_id__in=ids),
        }
        for name, queryset in scoped.items():
            if name in self.fields:
                self.fields[name].queryset = queryset
        if "territory" in self.fields and len(ids) == 1 and not self.instance.pk:
            self.fields["territory"].initial = next(iter(ids))
