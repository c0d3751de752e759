from __future__ import annotations


class ExtractionError(ValueError):
    """The input cannot be analysed; ``str(error)`` is a message fit to show an editor."""
