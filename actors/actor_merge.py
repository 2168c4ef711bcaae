"""Merging two cards of the same actor: one is kept, the other folded into it and deleted."""

from django.db import transaction

from actors.models import Actor

# Fields copied from the removed card when the kept one leaves them empty.
FILLABLE = (
    "description",
    "logo",
    "joined_on",
    "address",
    "postcode",
    "city",
    "commune_insee",
    "location",
    "email",
    "phone",
    "website",
    "private_contact_name",
    "private_contact_email",
    "private_contact_phone",
)


class MergeError(ValueError):
    pass


@transaction.atomic
def actors_merge(keep: Actor, remove: Actor) -> Actor:
    """Fill ``keep``'s empty fields from ``remove``, unite themes, offers and seeks, append notes,
    point every reference to ``remove`` (sign-ups, experiences...) at ``keep``, then delete
    ``remove``. Both must belong to the same territory."""
    if keep.pk == remove.pk:
        raise MergeError("Choisissez deux fiches différentes.")
    if keep.territory_id != remove.territory_id:
        raise MergeError("Les deux fiches doivent appartenir au même territoire.")
    keep = Actor.objects.select_for_update().get(pk=keep.pk)
    remove = Actor.objects.select_for_update().get(pk=remove.pk)
    for name in FILLABLE:
        if not getattr(keep, name) and getattr(remove, name):
            setattr(keep, name, getattr(remove, name))
    if keep.joined_on and remove.joined_on:
        keep.joined_on = min(keep.joined_on, remove.joined_on)
    if remove.private_notes:
        note = f"[Fusion avec « {remove.name} »] {remove.private_notes}"
        keep.private_notes = f"{keep.private_notes}\n\n{note}".strip()[:5000]
    keep.themes.add(*remove.themes.all())
    keep.offers.add(*remove.offers.all())
    keep.seeks.add(*remove.seeks.all())
    keep.save()
    # Any model pointing at actors (now or added later) follows the kept card.
    for relation in Actor._meta.related_objects:
        if relation.many_to_one or relation.one_to_one:
            if relation.related_model._meta.app_label == "wagtailcore":
                continue  # revisions, locks, workflow states belong to the removed card
            relation.related_model._base_manager.filter(**{relation.field.name: remove}).update(
                **{relation.field.name: keep}
            )
    remove.delete()
    if keep.live:
        keep.save_revision().publish()
    return keep
