from .actor import Actor, ActorKind, Offer
from .imports import ActorImport
from .map_cells import ActorMapCell
from .signup import ActorSignup
from .territory import (
    Commune,
    KeyFigure,
    Maturity,
    TeamContact,
    Territory,
    TerritoryHomePage,
    TerritoryRole,
)

__all__ = [
    "Actor",
    "ActorImport",
    "ActorKind",
    "ActorMapCell",
    "ActorSignup",
    "Commune",
    "KeyFigure",
    "Maturity",
    "Offer",
    "TeamContact",
    "Territory",
    "TerritoryHomePage",
    "TerritoryRole",
]
