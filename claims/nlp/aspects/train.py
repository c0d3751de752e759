"""Fit the learned reading of the point in dispute (run by ``python -m claims.nlp.train``).

Reads every tune article with the same pipeline the extraction uses, takes each gold
claim's words, cue, polarity and party as the annotator gave them, and its gold point in
dispute as the label, fits :func:`.learned.fit` and writes the model as JSON (by default
``claims/nlp/aspects/model.json``, which the extraction then uses).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..evaluate import GoldArticle
from ..extract import DEFAULT_MODEL, get_nlp, prepare_doc
from .learned import MODEL_PATH, ClaimReading, fit, read_claim


def readings(
    articles: Sequence[GoldArticle], model: str = DEFAULT_MODEL
) -> tuple[list[ClaimReading], list[str]]:
    """The model's reading of every gold claim, and its gold point in dispute."""
    nlp = get_nlp(model)
    found: list[ClaimReading] = []
    labels: list[str] = []
    for art in articles:
        doc = nlp(prepare_doc(nlp, art.text, art.lexicon, model))
        for c in art.claims:
            cue_start, cue_end = c.cue_start or 0, c.cue_end or 0
            r = read_claim(
                doc,
                c.start,
                c.end,
                cue_start,
                cue_end,
                deny=c.polarity == "deny",
                party=c.party is not None,
            )
            if r is not None:
                found.append(r)
                labels.append(c.aspect)
    return found, labels


def train_aspects(articles: Sequence[GoldArticle], out: Path = MODEL_PATH) -> str:
    """Fit the model on the articles' gold claims, write it to ``out``; say what was done."""
    found, labels = readings(articles)
    model = fit(found, labels)
    right = sum(model.predict(r) == label for r, label in zip(found, labels, strict=True))
    out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", "utf-8")
    return (
        f"points in dispute: {len(articles)} articles, {len(found)} gold claims; "
        f"{len(model.vocabulary)} words, {len(model.cues)} cues; agreement with the gold on "
        f"the training claims {right}/{len(found)} ({right / len(found):.0%}); written to {out}"
    )
