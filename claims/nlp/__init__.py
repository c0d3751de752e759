"""Parallax NLP: claims, sources, parties and contradictions in news articles.

A pure library (no Django): the app calls :func:`extract` on an article with the event's
:class:`Lexicon`, and :func:`suggest_contradictions` across the saved claims of an event.
"""

from __future__ import annotations

from .contradictions import suggest_contradictions
from .errors import ExtractionError
from .extract import DEFAULT_MODEL, extract, extract_many, get_nlp
from .types import (
    ASPECTS,
    POLARITIES,
    ClaimInput,
    ExtractedClaim,
    Extraction,
    Lexicon,
    PartySpec,
    SourceSpec,
    SuggestedContradiction,
)

__all__ = [
    "ASPECTS",
    "DEFAULT_MODEL",
    "POLARITIES",
    "ClaimInput",
    "ExtractedClaim",
    "Extraction",
    "ExtractionError",
    "Lexicon",
    "PartySpec",
    "SourceSpec",
    "SuggestedContradiction",
    "extract",
    "extract_many",
    "get_nlp",
    "suggest_contradictions",
]
