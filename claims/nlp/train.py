"""Fit the two learned parts of the pipeline on the development set's tune split.

    python -m claims.nlp.train [--devset DIR] [--rounds-up-to N] [--aspects-out FILE]
                               [--pairs-out FILE] [--extraction-pairs-out FILE]

* the reading of the point in dispute (:mod:`.aspects.learned`, ``aspects/model.json``),
  from the gold claims read with the extraction's own pipeline (half a minute);
* the check on suggested contradictions (:mod:`.pairing`, ``pairing.json``), from the
  rules' pairs on the gold claims and the gold pairs (seconds);
* the pairing of an extraction's own claims (:mod:`.extraction_pairs`,
  ``extraction_pairs.json``), from the split's own extractions, each half read with a
  point-in-dispute model fitted on the other half, and the gold pairs (a minute).

Held-out articles are never read: they stay the honest measure. ``--rounds-up-to N``
trains on rounds 1 to N only (by the splits table of ``claims/nlp/README.md``), to measure
the models on the later rounds they did not see; give ``--*-out`` files then, so as not to
replace the shipped models. ``make nlp-train`` runs it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from .aspects.learned import MODEL_PATH as ASPECTS_PATH
from .aspects.train import train_aspects
from .evaluate import DEVSET, load_devset
from .extraction_pairs import MODEL_PATH as EXTRACTION_PAIRS_PATH
from .extraction_pairs import train_extraction_pairs
from .pairing import MODEL_PATH as PAIRS_PATH
from .pairing import train_pairs

README = Path(__file__).with_name("README.md")
_ROUND_ROW = re.compile(r"^\| (\d+) \| ([^|]+) \|", re.MULTILINE)


def rounds_of_articles(readme: Path = README) -> dict[str, int]:
    """Each devset article's round, from the splits table of the NLP README."""
    out: dict[str, int] = {}
    for m in _ROUND_ROW.finditer(readme.read_text(encoding="utf-8")):
        names = re.sub(r"\(.*?\)", "", m.group(2))
        for name in names.split(","):
            out[name.strip()] = int(m.group(1))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--rounds-up-to", type=int, default=None)
    parser.add_argument("--aspects-out", type=Path, default=ASPECTS_PATH)
    parser.add_argument("--pairs-out", type=Path, default=PAIRS_PATH)
    parser.add_argument("--extraction-pairs-out", type=Path, default=EXTRACTION_PAIRS_PATH)
    args = parser.parse_args(argv)
    articles = load_devset(args.devset, ("tune",))
    if args.rounds_up_to is not None:
        rounds = rounds_of_articles()
        # (the first articles, written before the table had rows, are round 0)
        articles = [a for a in articles if rounds.get(a.name, 0) <= args.rounds_up_to]
    print(train_aspects(articles, args.aspects_out))
    print(train_pairs(articles, args.pairs_out))
    print(train_extraction_pairs(articles, args.extraction_pairs_out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
