"""Admin form of needs: a new need is filed under the user's territory.

Which territories, projects and communes the fields offer is the scope layer's work
(``territories.admin_scope.scope_form_fields``).
"""

from wagtail.admin.forms import WagtailAdminModelForm

from territories.scoping import sees_all_territories, user_territory_ids


class NeedAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is None or sees_all_territories(for_user):
            return
        ids = user_territory_ids(for_user)
        if "territory" in self.fields and len(ids) == 1 and not self.instance.pk:
            self.fields["territory"].initial = next(iter(ids))
