from .actor import Actor, ActorKind, Offer
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
    "ActorKind",
    "Commune",
    "KeyFigure",
    "Maturity",
    "Offer",
    "TeamContact",
    "Territory",
    "TerritoryHomePage",
    "TerritoryRole",
]
