"""Caching of public pages: a Redis backend that degrades, the anonymous page cache and its
invalidation (see ``page_cache`` for the design)."""
