from .actor import Actor, ActorForm, ActorKind, NeedKind, Offer, Taxonomy
from .digest import DigestSubscription
from .imports import ActorImport
from .map_cells import ActorMapCell
from .signup import ActorSignup

__all__ = [
    "Actor",
    "ActorForm",
    "ActorImport",
    "ActorKind",
    "ActorMapCell",
    "ActorSignup",
    "DigestSubscription",
    "NeedKind",
    "Offer",
    "Taxonomy",
]
