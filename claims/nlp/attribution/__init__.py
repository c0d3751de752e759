"""Attribution rules over spaCy's dependency parse: cue, source and content of each claim.

The rules read the parse the model already produced; they never re-parse. Offsets are
character offsets into the document text, which has the same length and positions as
the caller's original text (see :mod:`claims.nlp.textprep`). `Extractor` is composed of
rule mixins that share their state through `self`. The modules, from the bottom up: `cues`
(the cue lexicons), `index` (`RawClaim`, `DocIndex`, quotations), `spans` (trimming,
offsets, `source_range`), the grammar the rules share (`clauses`, then `subjects`), `rules`
(`_Rules`, the mixins' base: their state and `_add`), the rules by construction
(`accusations`, `characterisations`; `placement` and `reported`, the helpers of `verbs`;
`verbs`, `nouns`) and `extractor` (`Extractor`: `run`, continuations, clean-up).
"""

from __future__ import annotations

from .cues import ACCUSE_VERBS, DENY_VERBS, DOCUMENT_NOUNS
from .extractor import Extractor
from .index import DocIndex, RawClaim
from .spans import source_range

__all__ = [
    "ACCUSE_VERBS",
    "DENY_VERBS",
    "DOCUMENT_NOUNS",
    "DocIndex",
    "Extractor",
    "RawClaim",
    "source_range",
]
