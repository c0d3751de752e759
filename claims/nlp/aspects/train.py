"""Fit the learned reading of the point in dispute on the development set's tune split.

    python -m claims.nlp.aspects.train [--devset DIR] [--out FILE] [--rounds-up-to N]

Reads every tune article with the same pipeline the extraction uses, takes each gold
claim's words, cue, polarity and party as the annotator gave them, and its gold point in
dispute as the label, fits :func:`.learned.fit` and writes the model as JSON (by default
``claims/nlp/aspects/model.json``, which the extraction then uses). Held-out articles are
never read: they stay the honest measure. ``--rounds-up-to`` trains on the first rounds
only (by the splits table of ``claims/nlp/README.md``), to measure how the model does on
the later rounds it did not see. It takes about two minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from ..evaluate import DEVSET, GoldArticle, load_devset
from ..extract import DEFAULT_MODEL, get_nlp, prepare_doc
from .learned import MODEL_PATH, ClaimReading, fit, read_claim

README = Path(__file__).parents[1] / "README.md"
_ROUND_ROW = re.compile(r"^\| (\d+) \| ([^|]+) \|", re.MULTILINE)


def rounds_of_articles(readme: Path = README) -> dict[str, int]:
    """Each devset article's round, from the splits table of the NLP README."""
    out: dict[str, int] = {}
    for m in _ROUND_ROW.finditer(readme.read_text(encoding="utf-8")):
        names = re.sub(r"\(.*?\)", "", m.group(2))
        for name in names.split(","):
            out[name.strip()] = int(m.group(1))
    return out


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--rounds-up-to", type=int, default=None)
    args = parser.parse_args(argv)
    articles = load_devset(args.devset, ("tune",))
    if args.rounds_up_to is not None:
        rounds = rounds_of_articles()
        # (the first articles, written before the table had rows, are round 0)
        articles = [a for a in articles if rounds.get(a.name, 0) <= args.rounds_up_to]
    found, labels = readings(articles)
    model = fit(found, labels)
    right = sum(model.predict(r) == label for r, label in zip(found, labels, strict=True))
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", "utf-8")
    print(
        f"{len(articles)} articles, {len(found)} gold claims; {len(model.vocabulary)} words, "
        f"{len(model.cues)} cues; agreement with the gold on the training claims "
        f"{right}/{len(found)} ({right / len(found):.0%}); written to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
