"""Aspect, polarity and the "poles" a claim takes on each point in dispute.

These work on the claim's text alone, so the contradiction suggester can use them on
claims the app saved (edited by hand, from other articles) as well as on fresh
extractions. The tables are English word lists: cheap (one pass over the words of a
claim), explainable, and easy to extend when an editor spots a miss. The modules, from
the bottom up: `tables` (the term matcher and shared word lists), `poles`, `actors`, the
rules by point in dispute (`blame`, `weapons`, `casualties`, `victims`, `targets`, `law`,
`commentary`), `scan` (all of them, once per text), `classify` and `features`.
"""

from __future__ import annotations

from .actors import AliasTable, alias_table
from .classify import aspect_scores, claim_words, classify_aspect, is_negated, polarity_of
from .commentary import is_appeal
from .features import Casualty, Features, analyse
from .tables import COMMON_STEMS, STOP, words_of

__all__ = [
    "COMMON_STEMS",
    "STOP",
    "AliasTable",
    "Casualty",
    "Features",
    "alias_table",
    "analyse",
    "aspect_scores",
    "classify_aspect",
    "claim_words",
    "is_appeal",
    "is_negated",
    "polarity_of",
    "words_of",
]
