"""Score the pipeline on the development set.

    python -m claims.nlp.evaluate [--split tune|heldout|all] [--verbose] [--json FILE]

A predicted claim matches a gold claim when the parties are equal and the character spans
overlap with a Jaccard index of at least 0.5 (one-to-one, best overlaps first). A predicted
contradiction matches a gold one when both its claims match the gold pair's claims, in
either order. Prints precision, recall and F1 per article and micro-averaged per split,
and whether the seed article's claims and core contradictions are all found.

Exit status 0 (it is a report), or 2 when the development set itself is malformed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .types import ASPECTS, POLARITIES, ClaimInput, Extraction, Lexicon

DEVSET = Path(__file__).with_name("devset")
SPLITS = ("tune", "heldout")
SEED = "makiivka"
MIN_JACCARD = 0.5


class DevsetError(Exception):
    """A gold file is malformed (bad offsets, unknown ids, wrong shape...)."""


@dataclass(frozen=True)
class GoldClaim:
    id: str
    party: str | None
    start: int
    end: int
    aspect: str
    polarity: str
    text: str
    # The cue's offsets, where the annotator gave them (rounds 1-6 gave only its words).
    cue_start: int | None = None
    cue_end: int | None = None

    def as_input(self) -> ClaimInput:
        return ClaimInput(
            id=self.id,
            party=self.party,
            text=self.text,
            aspect=self.aspect,
            polarity=self.polarity,
            start=self.start,
        )


@dataclass(frozen=True)
class GoldArticle:
    name: str
    split: str
    text: str
    lexicon: Lexicon
    claims: tuple[GoldClaim, ...]
    contradictions: tuple[tuple[str, str, bool], ...]  # (a, b, core)


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    name: str
    claims: Counts
    contradictions: Counts
    aspect_right: int = 0
    matched: dict[str, str] = field(default_factory=dict)  # predicted id -> gold id
    missed_claims: list[GoldClaim] = field(default_factory=list)
    extra_claims: list[Any] = field(default_factory=list)
    missed_pairs: list[tuple[str, str, bool]] = field(default_factory=list)
    extra_pairs: list[Any] = field(default_factory=list)
    core_found: int = 0
    core_total: int = 0
    # Why each gold pair was missed, and why each suggested pair is not in the gold (keys
    # of LOSS_CAUSES).
    missed_by: Counter[str] = field(default_factory=Counter)
    extra_by: Counter[str] = field(default_factory=Counter)


# Where a pair goes wrong end to end, first cause first: a claim of the pair is not found
# (or found with another party); both are found but a point in dispute was given
# differently from the gold (the suggester pairs claims by point); or neither, so the
# suggester itself.
LOSS_CAUSES = {
    "claim": "for a claim not matched to the gold",
    "aspect": "for a point in dispute not the gold's",
    "suggester": "by the suggester, its claims and points as in the gold",
}


def _require(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise DevsetError(f"{where}: {msg}")


def load_article(txt: Path, split: str) -> GoldArticle:
    gold_path = txt.with_suffix(".json")
    where = str(gold_path)
    _require(gold_path.exists(), str(txt), "has no gold .json beside it")
    text = txt.read_text(encoding="utf-8")
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DevsetError(f"{where}: not valid JSON ({exc})") from exc
    _require(isinstance(data, dict), where, "must be a JSON object")
    try:
        lexicon = Lexicon.from_json(data.get("lexicon"))
    except ValueError as exc:
        raise DevsetError(f"{where}: bad lexicon: {exc}") from exc
    parties = set(lexicon.party_names())
    claims: list[GoldClaim] = []
    ids: set[str] = set()
    for k, c in enumerate(data.get("claims", [])):
        at = f"{where}: claims[{k}]"
        _require(isinstance(c, dict), at, "must be an object")
        for key in (
            "id",
            "party",
            "source",
            "source_start",
            "source_end",
            "cue",
            "text",
            "start",
            "end",
            "aspect",
            "polarity",
        ):
            _require(key in c, at, f"missing {key!r}")
        cid = c["id"]
        _require(isinstance(cid, str) and cid not in ids, at, f"id {cid!r} missing or repeated")
        ids.add(cid)
        _require(
            c["party"] is None or c["party"] in parties,
            at,
            f"party {c['party']!r} is not in the lexicon",
        )
        for s_key, e_key, t_key in (
            ("start", "end", "text"),
            ("source_start", "source_end", "source"),
        ):
            s, e = c[s_key], c[e_key]
            _require(
                isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text),
                at,
                f"{s_key}/{e_key} out of range",
            )
            _require(text[s:e] == c[t_key], at, f"text[{s}:{e}] is {text[s:e]!r}, not {c[t_key]!r}")
        if "cue_start" in c:
            cs, ce = c["cue_start"], c["cue_end"]
            _require(text[cs:ce] == c["cue"], at, f"text[{cs}:{ce}] is not the cue {c['cue']!r}")
        _require(c["aspect"] in ASPECTS, at, f"aspect {c['aspect']!r} is not one of {ASPECTS}")
        _require(c["polarity"] in POLARITIES, at, f"polarity {c['polarity']!r} is invalid")
        claims.append(
            GoldClaim(
                cid,
                c["party"],
                c["start"],
                c["end"],
                c["aspect"],
                c["polarity"],
                c["text"],
                c.get("cue_start"),
                c.get("cue_end"),
            )
        )
    by_id = {c.id: c for c in claims}
    pairs: list[tuple[str, str, bool]] = []
    seen: set[frozenset[str]] = set()
    for k, p in enumerate(data.get("contradictions", [])):
        at = f"{where}: contradictions[{k}]"
        _require(
            isinstance(p, dict) and p.get("a") in by_id and p.get("b") in by_id,
            at,
            "a and b must be ids of gold claims",
        )
        first, second = by_id[p["a"]], by_id[p["b"]]
        _require(
            first.party is not None and second.party is not None and first.party != second.party,
            at,
            "a contradiction pairs claims of two different, named parties",
        )
        pair = frozenset((first.id, second.id))
        _require(pair not in seen, at, "pair listed twice")
        seen.add(pair)
        pairs.append((first.id, second.id, bool(p.get("core"))))
    return GoldArticle(txt.stem, split, text, lexicon, tuple(claims), tuple(pairs))


def load_devset(root: Path = DEVSET, splits: Sequence[str] = SPLITS) -> list[GoldArticle]:
    out: list[GoldArticle] = []
    for split in splits:
        folder = root / split
        _require(folder.is_dir(), str(folder), "missing split folder")
        for txt in sorted(folder.glob("*.txt")):
            out.append(load_article(txt, split))
    for json_path in (p for split in SPLITS for p in (root / split).glob("*.json")):
        _require(json_path.with_suffix(".txt").exists(), str(json_path), "has no .txt beside it")
    return out


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match_claims(gold: Sequence[GoldClaim], pred: Sequence[Any]) -> dict[str, str]:
    """One-to-one matching, greedily by descending overlap: predicted id -> gold id."""
    candidates = []
    for p in pred:
        for g in gold:
            if p.party != g.party:
                continue
            j = jaccard((p.start, p.end), (g.start, g.end))
            if j >= MIN_JACCARD:
                candidates.append((j, p.id, g.id))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[str] = set()
    used_g: set[str] = set()
    out: dict[str, str] = {}
    for _, pid, gid in candidates:
        if pid in used_p or gid in used_g:
            continue
        used_p.add(pid)
        used_g.add(gid)
        out[pid] = gid
    return out


def score_article(article: GoldArticle, extraction: Extraction) -> ArticleScore:
    pred = extraction.claims
    matched = match_claims(article.claims, pred)
    claims = Counts(tp=len(matched), pred=len(pred), gold=len(article.claims))
    gold_by_id = {g.id: g for g in article.claims}
    # Each gold claim found: whether it was found on the gold's point in dispute.
    on_point = {gid: p.aspect == gold_by_id[gid].aspect for p in pred if (gid := matched.get(p.id))}
    aspect_right = sum(on_point.values())
    gold_pairs = {frozenset((a, b)): core for a, b, core in article.contradictions}
    hit: set[frozenset[str]] = set()
    extra_pairs = []
    for s in extraction.contradictions:
        ga, gb = matched.get(s.a), matched.get(s.b)
        key = frozenset((ga, gb)) if ga and gb else None
        if key is not None and key in gold_pairs and key not in hit:
            hit.add(key)
        else:
            extra_pairs.append(s)
    contradictions = Counts(
        tp=len(hit), pred=len(extraction.contradictions), gold=len(article.contradictions)
    )
    found_gold = set(matched.values())
    missed_pairs = [(a, b, c) for a, b, c in article.contradictions if frozenset((a, b)) not in hit]

    def cause(gold_a: str | None, gold_b: str | None) -> str:
        if gold_a not in on_point or gold_b not in on_point:
            return "claim"
        if not (on_point[gold_a] and on_point[gold_b]):
            return "aspect"
        return "suggester"

    return ArticleScore(
        name=article.name,
        claims=claims,
        contradictions=contradictions,
        aspect_right=aspect_right,
        matched=matched,
        missed_claims=[g for g in article.claims if g.id not in found_gold],
        extra_claims=[p for p in pred if p.id not in matched],
        missed_pairs=missed_pairs,
        extra_pairs=extra_pairs,
        missed_by=Counter(cause(a, b) for a, b, _ in missed_pairs),
        extra_by=Counter(cause(matched.get(s.a), matched.get(s.b)) for s in extra_pairs),
        core_found=sum(1 for k, core in gold_pairs.items() if core and k in hit),
        core_total=sum(1 for core in gold_pairs.values() if core),
    )


def score_contradictions_on_gold_claims(article: GoldArticle) -> Counts:
    """Suggest contradictions between the gold claims themselves and score the pairs.

    In the app, contradictions are suggested between claims an editor has accepted, with the
    party and point corrected; this isolates the suggester from extraction errors.
    """
    from .contradictions import suggest_contradictions

    gold = {frozenset((a, b)) for a, b, _ in article.contradictions}
    pred = {
        frozenset((s.a, s.b))
        for s in suggest_contradictions(
            [c.as_input() for c in article.claims], lexicon=article.lexicon
        )
    }
    return Counts(tp=len(gold & pred), pred=len(pred), gold=len(gold))


def _losses(k: Counts, missed_by: Counter[str], extra_by: Counter[str]) -> str:
    """Where the pairs were lost end to end, in words, from the counts of each cause."""

    def parts(by: Counter[str]) -> str:
        return "; ".join(f"{by[key]} {words}" for key, words in LOSS_CAUSES.items())

    return (
        f"contradictions end to end, of {k.gold} gold pairs {k.gold - k.tp} missed "
        f"({parts(missed_by)}); of {k.pred} suggested {k.pred - k.tp} not in the gold "
        f"({parts(extra_by)})"
    )


def _row(name: str, c: Counts, k: Counts) -> str:
    return (
        f"{name:<24} {c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f} "
        f"({c.tp:>3}/{c.pred:>3}/{c.gold:>3})   "
        f"{k.precision:5.2f} {k.recall:5.2f} {k.f1:5.2f} ({k.tp:>3}/{k.pred:>3}/{k.gold:>3})"
    )


def run(
    splits: Sequence[str],
    *,
    root: Path = DEVSET,
    verbose: bool = False,
    out: Any = sys.stdout,
) -> dict[str, Any]:
    articles = load_devset(root, splits=splits)  # validate everything before loading a model
    from .extract import extract

    report: dict[str, Any] = {"splits": {}}
    for split in splits:
        rows = [a for a in articles if a.split == split]
        total_c, total_k = Counts(), Counts()
        aspect_right = 0
        missed_by: Counter[str] = Counter()
        extra_by: Counter[str] = Counter()
        print(f"\n== {split}: {len(rows)} articles", file=out)
        print(
            f"{'article':<24} {'claims: P':>9} {'R':>5} {'F1':>5} (tp/pred/gold)   "
            f"{'contradictions: P':>5} {'R':>5} {'F1':>5} (tp/pred/gold)",
            file=out,
        )
        per_article = {}
        for art in rows:
            ex = extract(art.text, art.lexicon)
            sc = score_article(art, ex)
            total_c.add(sc.claims)
            total_k.add(sc.contradictions)
            aspect_right += sc.aspect_right
            missed_by.update(sc.missed_by)
            extra_by.update(sc.extra_by)
            print(_row(art.name, sc.claims, sc.contradictions), file=out)
            if verbose:
                _details(art, ex, sc, out)
            per_article[art.name] = {
                "claims": vars(sc.claims) | {"f1": sc.claims.f1},
                "contradictions": vars(sc.contradictions) | {"f1": sc.contradictions.f1},
            }
            if art.name == SEED:
                report["seed"] = {
                    "claims_found": sc.claims.tp,
                    "claims_gold": sc.claims.gold,
                    "core_found": sc.core_found,
                    "core_total": sc.core_total,
                }
        print(_row("micro", total_c, total_k), file=out)
        confirmed = Counts()
        for art in rows:
            confirmed.add(score_contradictions_on_gold_claims(art))
        print(
            f"contradictions from the gold claims (the app's case, once editors confirmed the "
            f"claims): P {confirmed.precision:.2f} R {confirmed.recall:.2f} F1 {confirmed.f1:.2f} "
            f"({confirmed.tp}/{confirmed.pred}/{confirmed.gold})",
            file=out,
        )
        if total_c.tp:
            print(
                f"aspect agreement on matched claims: {aspect_right}/{total_c.tp} "
                f"({aspect_right / total_c.tp:.0%})",
                file=out,
            )
        if total_k.gold:
            print(_losses(total_k, missed_by, extra_by), file=out)
        report["splits"][split] = {
            "articles": per_article,
            "contradictions_on_gold_claims": {
                "precision": confirmed.precision,
                "recall": confirmed.recall,
                "f1": confirmed.f1,
            },
            "claims": {"precision": total_c.precision, "recall": total_c.recall, "f1": total_c.f1},
            "contradictions": {
                "precision": total_k.precision,
                "recall": total_k.recall,
                "f1": total_k.f1,
                "missed_by": dict(missed_by),
                "extra_by": dict(extra_by),
            },
        }
    seed = report.get("seed")
    if seed:
        all_claims = seed["claims_found"] == seed["claims_gold"]
        all_core = seed["core_found"] == seed["core_total"]
        print(
            f"\nseed article ({SEED}): claims {seed['claims_found']}/{seed['claims_gold']} found"
            f" -> {'all found' if all_claims else 'NOT all found'}; core contradictions "
            f"{seed['core_found']}/{seed['core_total']} -> "
            f"{'all found' if all_core else 'NOT all found'}",
            file=out,
        )
    for folder_name in AGREEMENT_SETS:
        agreement = score_agreement(root, folder_name)
        if agreement.articles:
            _print_agreement(agreement, out)
            report[folder_name] = {
                "articles": agreement.articles,
                "contradictions_f1": agreement.contradictions.f1,
                "aspects": agreement.aspects_same / agreement.aspects,
                "suggester_vs_gold_f1": agreement.suggester_vs_gold.f1,
                "suggester_vs_second_f1": agreement.suggester_vs_second.f1,
            }
    return report


@dataclass
class Agreement:
    """A second annotator's aspects and contradictions for articles of the set, against the
    gold: how far two people agree is how far a suggester can be expected to agree."""

    contradictions: Counts = field(default_factory=Counts)  # second annotator vs the gold
    aspects_same: int = 0
    aspects: int = 0
    suggester_vs_gold: Counts = field(default_factory=Counts)
    suggester_vs_second: Counts = field(default_factory=Counts)
    articles: list[str] = field(default_factory=list)
    brief: str = ""


type SecondAnnotation = tuple[GoldArticle, dict[str, str], set[frozenset[str]]]


# Second annotations: the folder, and which annotators' brief its gold and it were made under.
AGREEMENT_SETS = {
    "agreement": "the brief of rounds 1-13",
    "agreement-round16": "the brief of rounds 14-16",
    "agreement-round17": "the brief of rounds 17-18",
}


def load_agreement(root: Path = DEVSET, folder_name: str = "agreement") -> list[SecondAnnotation]:
    """``agreement/NAME.json`` ({"aspects": {id: aspect}, "contradictions": [{"a", "b"}]}),
    each with the article of the same name from any split."""
    folder = root / folder_name
    if not folder.is_dir():
        return []
    articles = {a.name: a for a in load_devset(root)}
    out = []
    for path in sorted(folder.glob("*.json")):
        where = f"{folder_name}/{path.name}"
        art = articles.get(path.stem)
        _require(art is not None, where, "names no article of the development set")
        assert art is not None
        data = json.loads(path.read_text(encoding="utf-8"))
        by_id = {c.id: c for c in art.claims}
        aspects = data.get("aspects")
        _require(
            isinstance(aspects, dict) and set(aspects) == set(by_id),
            where,
            "needs an aspect for every claim of the article, and only those",
        )
        _require(all(a in ASPECTS for a in aspects.values()), where, "has an unknown aspect")
        pairs: set[frozenset[str]] = set()
        for item in data.get("contradictions", []):
            a, b = by_id.get(item.get("a")), by_id.get(item.get("b"))
            _require(a is not None and b is not None, where, f"pairs unknown ids: {item}")
            assert a is not None and b is not None
            _require(
                bool(a.party and b.party and a.party != b.party),
                where,
                f"pairs claims that are not of two different parties: {item}",
            )
            pairs.add(frozenset((a.id, b.id)))
        out.append((art, aspects, pairs))
    return out


def score_agreement(root: Path = DEVSET, folder_name: str = "agreement") -> Agreement:
    from .contradictions import suggest_contradictions

    result = Agreement(brief=AGREEMENT_SETS.get(folder_name, folder_name))
    for art, aspects, second in load_agreement(root, folder_name):
        gold = {frozenset((a, b)) for a, b, _ in art.contradictions}
        pred = {
            frozenset((s.a, s.b))
            for s in suggest_contradictions([c.as_input() for c in art.claims], lexicon=art.lexicon)
        }
        result.articles.append(art.name)
        result.contradictions.add(Counts(tp=len(gold & second), pred=len(second), gold=len(gold)))
        result.suggester_vs_gold.add(Counts(tp=len(gold & pred), pred=len(pred), gold=len(gold)))
        result.suggester_vs_second.add(
            Counts(tp=len(second & pred), pred=len(pred), gold=len(second))
        )
        result.aspects += len(art.claims)
        result.aspects_same += sum(1 for c in art.claims if aspects[c.id] == c.aspect)
    return result


def _print_agreement(agreement: Agreement, out: Any) -> None:
    c = agreement.contradictions
    share = agreement.aspects_same / max(1, agreement.aspects)
    print(
        f"\n== agreement ({agreement.brief}): a second annotator on "
        f"{len(agreement.articles)} articles, given the same claims",
        file=out,
    )
    print(
        f"contradictions, second annotator vs gold: P {c.precision:.2f} R {c.recall:.2f} "
        f"F1 {c.f1:.2f} ({c.tp}/{c.pred}/{c.gold}); aspects the same: "
        f"{agreement.aspects_same}/{agreement.aspects} ({share:.0%})",
        file=out,
    )
    print(
        f"the suggester on the same gold claims: F1 {agreement.suggester_vs_gold.f1:.2f} vs "
        f"the gold, {agreement.suggester_vs_second.f1:.2f} vs the second annotator",
        file=out,
    )


def _details(art: GoldArticle, ex: Extraction, sc: ArticleScore, out: Any) -> None:
    for g in sc.missed_claims:
        print(f"   - missed {g.id} [{g.party}] {g.text[:90]!r}", file=out)
    for p in sc.extra_claims:
        print(
            f"   + extra  {p.id} [{p.party}] {p.source[:30]!r} {p.cue!r} {p.text[:80]!r}", file=out
        )
    gold_text = {g.id: g.text for g in art.claims}
    for a, b, core in sc.missed_pairs:
        star = "*" if core else " "
        print(f"   -{star}pair {a}-{b}: {gold_text[a][:40]!r} / {gold_text[b][:40]!r}", file=out)
    pred_text = {p.id: p.text for p in ex.claims}
    for s in sc.extra_pairs:
        print(
            f"   + pair {s.a}-{s.b} ({s.score}): {pred_text[s.a][:40]!r} / "
            f"{pred_text[s.b][:40]!r} :: {s.reason[:80]}",
            file=out,
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--devset", type=Path, default=DEVSET, help="folder with tune/ and heldout/"
    )
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    try:
        report = run(splits, root=args.devset, verbose=args.verbose)
    except DevsetError as exc:
        print(f"malformed development set: {exc}", file=sys.stderr)
        return 2
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
