from territories.scoping import declare_shared

from .models import GlossaryTerm

# Scope (territories/scoping.py): the glossary is the network's, shown on every site.
declare_shared(GlossaryTerm)
