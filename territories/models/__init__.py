from .actor import Actor, ActorKind, Offer
from .imports import ActorImport
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
    "Commune",
    "KeyFigure",
    "Maturity",
    "Offer",
    "TeamContact",
    "Territory",
    "TerritoryHomePage",
    "TerritoryRole",
]
