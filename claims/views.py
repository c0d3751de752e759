"""Editor views for claims: the annotate page, claims, links."""

from __future__ import annotations
