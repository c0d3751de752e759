"""The side-by-side read model of an event: a row per point in dispute, a column per party."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from claims.models import Claim, ClaimLink
from newsroom.models import Aspect, Event, Party

# A cell lists at most this many claims; the rest are one "show all" link away, so the page
# stays bounded however many claims an event gathers.
CELL_LIMIT = 20


@dataclass
class Cell:
    party: Party
    claims: list[Claim]
    hidden: int = 0


@dataclass
class Row:
    aspect: Aspect | None
    cells: list[Cell]
    contradictions: int = 0
    corroborations: int = 0

    @property
    def title(self) -> str:
        return self.aspect.title if self.aspect else "Other claims"

    @property
    def key(self) -> str:
        return str(self.aspect.pk) if self.aspect else "other"

    @property
    def anchor(self) -> str:
        return f"point-{self.key}"

    @property
    def parties_speaking(self) -> int:
        return sum(1 for cell in self.cells if cell.claims)

    @property
    def state(self) -> str:
        """disputed, agreed, one-sided or empty: what a reader should know about this point."""
        if self.contradictions:
            return "disputed"
        if self.corroborations:
            return "agreed"
        return "one-sided" if self.parties_speaking <= 1 and self.cells else "unresolved"


@dataclass
class Comparison:
    event: Event
    parties: list[Party]
    rows: list[Row]
    all_rows: list[Row]
    claim_count: int = 0
    links: list[ClaimLink] = field(default_factory=list)
    point: Row | None = None

    @property
    def disputed(self) -> int:
        return sum(1 for row in self.all_rows if row.aspect and row.state == "disputed")

    @property
    def agreed(self) -> int:
        return sum(1 for row in self.all_rows if row.aspect and row.state == "agreed")

    @property
    def contradiction_count(self) -> int:
        return sum(1 for link in self.links if link.kind == ClaimLink.Kind.CONTRADICTS)


def build_comparison(event: Event, *, point: str | None = None) -> Comparison:
    """Group an event's claims by aspect and party; four queries whatever the claim count.

    With `point` (an aspect's id, or "other"), only that row is shown, with all its claims;
    otherwise every row, each cell cut at CELL_LIMIT claims.
    """
    parties = [ep.party for ep in event.event_parties.select_related("party")]
    aspects = list(event.aspects.all())
    claims = list(
        Claim.objects.for_event(event)
        .anchored()
        .select_related("source", "party", "article")
        .defer("article__body")  # one copy of a long body per claim adds up fast
        .order_by("article_id", "start", "id")
    )
    links = list(ClaimLink.objects.for_event(event))

    by_id = {claim.pk: claim for claim in claims}
    article_urls: dict[int, str] = {}
    for claim in claims:
        # reverse() once per article, not once per claim: it shows at hundreds of claims.
        if claim.article_id not in article_urls:
            article_urls[claim.article_id] = claim.article.get_absolute_url()
        claim.article_url = article_urls[claim.article_id]  # type: ignore[attr-defined]
        claim.contradicted_by = []  # type: ignore[attr-defined]
        claim.corroborated_by = []  # type: ignore[attr-defined]
    row_of: dict[int, int | None] = {claim.pk: claim.aspect_id for claim in claims}
    contradictions: dict[int | None, int] = defaultdict(int)
    corroborations: dict[int | None, int] = defaultdict(int)
    for link in links:
        a, b = by_id.get(link.a_id), by_id.get(link.b_id)
        if a is None or b is None:
            continue  # one side is orphaned; the editor sees it, readers do not
        link.a, link.b = a, b
        contradicts = link.kind == ClaimLink.Kind.CONTRADICTS
        a.contradicted_by.append(b) if contradicts else a.corroborated_by.append(b)  # type: ignore[attr-defined]
        b.contradicted_by.append(a) if contradicts else b.corroborated_by.append(a)  # type: ignore[attr-defined]
        if not contradicts and a.party_id == b.party_id:
            continue  # one side repeating itself is not agreement between sides
        tally = contradictions if contradicts else corroborations
        for aspect_id in {row_of[a.pk], row_of[b.pk]}:
            tally[aspect_id] += 1

    grid: dict[tuple[int | None, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        grid[(claim.aspect_id, claim.party_id)].append(claim)

    def row_for(aspect: Aspect | None) -> Row:
        key = aspect.pk if aspect else None
        return Row(
            aspect=aspect,
            cells=[Cell(party, grid[(key, party.pk)]) for party in parties],
            contradictions=contradictions[key],
            corroborations=corroborations[key],
        )

    all_rows = [row_for(aspect) for aspect in aspects]
    loose = row_for(None)
    if loose.parties_speaking:
        all_rows.append(loose)
    chosen = next((row for row in all_rows if row.key == point), None)
    rows = [chosen] if chosen else all_rows
    shown: set[int] = set()
    for row in rows:
        for cell in row.cells:
            if chosen is None and len(cell.claims) > CELL_LIMIT:
                cell.hidden = len(cell.claims) - CELL_LIMIT
                cell.claims = cell.claims[:CELL_LIMIT]
            shown.update(claim.pk for claim in cell.claims)
    for claim in claims:
        where = claim.aspect_id or "other"
        claim.href = (  # type: ignore[attr-defined]
            f"#claim-{claim.pk}" if claim.pk in shown else f"?point={where}#claim-{claim.pk}"
        )
    return Comparison(
        event=event,
        parties=parties,
        rows=rows,
        all_rows=all_rows,
        claim_count=len(claims),
        links=links,
        point=chosen,
    )
