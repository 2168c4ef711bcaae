from .actor import Actor, ActorKind, Offer
from .imports import ActorImport
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
