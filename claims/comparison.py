"""The side-by-side read model of an event: a row per point in dispute, a column per party."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Case, Count, F, Q, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber

from claims.models import Claim, ClaimLink
from newsroom.models import Aspect, Event, Party

# A cell lists at most this many claims; the rest are one "show all" link away, so the page
# stays bounded however many claims an event gathers.
CELL_LIMIT = 20
# One point shown alone lists each party's claims on it a page at a time.
POINT_PAGE = 100
# Past any page an event could fill; bounds what a page number in a URL can ask the database.
MAX_PAGE = 100_000


@dataclass(frozen=True)
class Counterpart:
    """The other claim of a link, as a shown claim's card lists it."""

    pk: int
    party_name: str
    text: str
    href: str  # within the page, or to the point that shows the claim


@dataclass
class Cell:
    party: Party
    claims: list[Claim]
    total: int = 0

    @property
    def hidden(self) -> int:
        return self.total - len(self.claims)


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
        return sum(1 for cell in self.cells if cell.total)

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
    contradiction_count: int = 0
    point: Row | None = None
    page: int = 1

    @property
    def pages(self) -> int:
        """How many pages the chosen point's longest cell fills (1 without a point)."""
        if self.point is None:
            return 1
        return pages_for(max((cell.total for cell in self.point.cells), default=0))

    @property
    def first_shown(self) -> int:
        return (self.page - 1) * POINT_PAGE + 1

    @property
    def disputed(self) -> int:
        return sum(1 for row in self.all_rows if row.aspect and row.state == "disputed")

    @property
    def agreed(self) -> int:
        return sum(1 for row in self.all_rows if row.aspect and row.state == "agreed")


def build_comparison(event: Event, *, point: str | None = None, page: int = 1) -> Comparison:
    """Group an event's claims by aspect and party; six queries whatever the claim count.

    With `point` (an aspect's id, or "other"), only that row is shown, with its claims
    POINT_PAGE per party at a time (`page`, from 1; a page past the last shows the last);
    otherwise every row, each cell cut at CELL_LIMIT claims. Only the shown claims and the
    links that touch them are loaded; the totals and the rows' contradictions are counted
    by the database.
    """
    page = min(max(page, 1), MAX_PAGE)
    parties = event.ordered_parties()
    aspects = list(event.aspects.all())
    if point == "other":
        in_point: Q | None = Q(aspect__isnull=True)
    else:
        chosen_aspect = next((aspect for aspect in aspects if str(aspect.pk) == point), None)
        in_point = Q(aspect=chosen_aspect) if chosen_aspect else None
    totals, heads = _rank_cells(event, in_point, point, page)
    if in_point is not None and page > 1:
        last = pages_for(
            max(
                (n for (aspect_id, _party), n in totals.items() if _in_row(aspect_id, point)),
                default=0,
            )
        )
        if page > last:  # a stale or typed page number: show the last page
            page = last
            totals, heads = _rank_cells(event, in_point, point, page)
    contradictions, corroborations, contradiction_count = _row_tallies(event)

    def row_for(aspect: Aspect | None) -> Row:
        key = aspect.pk if aspect else None
        return Row(
            aspect=aspect,
            cells=[Cell(party, [], totals.get((key, party.pk), 0)) for party in parties],
            contradictions=contradictions[key],
            corroborations=corroborations[key],
        )

    all_rows = [row_for(aspect) for aspect in aspects]
    loose = row_for(None)
    if loose.parties_speaking:
        all_rows.append(loose)
    chosen = next((row for row in all_rows if row.key == point), None)
    rows = [chosen] if chosen else all_rows
    shown_cells = {
        (row.aspect.pk if row.aspect else None, cell.party.pk): cell
        for row in rows
        for cell in row.cells
    }
    shown: dict[int, Claim] = {}
    article_urls: dict[int, str] = {}
    for claim in _claims_in_text_order([pk for key in shown_cells for pk in heads[key]]):
        cell = shown_cells[(claim.aspect_id, claim.party_id)]
        cell.claims.append(claim)
        claim.party = cell.party
        shown[claim.pk] = claim
        # reverse() once per article, not once per claim: it shows at hundreds of claims.
        if claim.article_id not in article_urls:
            article_urls[claim.article_id] = claim.article.get_absolute_url()
        claim.article_url = article_urls[claim.article_id]  # type: ignore[attr-defined]
        claim.contradicted_by = []  # type: ignore[attr-defined]
        claim.corroborated_by = []  # type: ignore[attr-defined]
    _attach_counterparts(event, shown)
    return Comparison(
        event=event,
        parties=parties,
        rows=rows,
        all_rows=all_rows,
        claim_count=sum(totals.values()),
        contradiction_count=contradiction_count,
        point=chosen,
        page=page if chosen else 1,
    )


def pages_for(claims: int) -> int:
    """How many pages of POINT_PAGE a cell of this many claims fills (at least one)."""
    return max(1, -(-claims // POINT_PAGE))


def _in_row(aspect_id: int | None, point: str | None) -> bool:
    return str(aspect_id) == point if aspect_id is not None else point == "other"


def page_of_claim(event: Event, claim_id: int) -> tuple[str, int] | None:
    """The point (an aspect's id, or "other") and the page of it that show an event's claim,
    for links to a claim that is not on the page at hand; None if the event has no such
    claim shown to readers. Two queries."""
    found = (
        Claim.objects.for_event(event)
        .anchored()
        .filter(pk=claim_id)
        .values_list("aspect_id", "party_id", "article_id", "start")
        .first()
    )
    if found is None:
        return None
    aspect_id, party_id, article_id, start = found
    # Its place in its cell, in the order the cells list claims (article, start, id).
    before = (
        Claim.objects.for_event(event)
        .anchored()
        .filter(aspect_id=aspect_id, party_id=party_id)
        .filter(
            Q(article_id__lt=article_id)
            | Q(article_id=article_id, start__lt=start)
            | Q(article_id=article_id, start=start, pk__lt=claim_id)
        )
        .count()
    )
    return (str(aspect_id) if aspect_id is not None else "other"), before // POINT_PAGE + 1


type CellKey = tuple[int | None, int]  # (aspect id, None for "Other claims"; party id)


def _rank_cells(
    event: Event, in_point: Q | None, point: str | None, page: int
) -> tuple[dict[CellKey, int], defaultdict[CellKey, list[int]]]:
    """Each cell's count of claims, and the ids of its first CELL_LIMIT claims in text order
    (of the chosen point's cells, the ids of the claims on `page`).

    One narrow query: ranking the claims with their source, party and article joined would
    sort megabytes, on disk past work_mem. NULL aspects make one partition per party, as
    "Other claims" wants.
    """
    cell = [F("aspect_id"), F("party_id")]
    ranked = (
        Claim.objects.for_event(event)
        .anchored()
        .annotate(
            position=Window(
                RowNumber(),
                partition_by=cell,
                order_by=[F("article_id").asc(), F("start").asc(), F("id").asc()],
            ),
            total=Window(Count("id"), partition_by=cell),
        )
    )
    low: Case | int = 0
    cut: Case | int = CELL_LIMIT
    if in_point is not None:
        low = Case(When(in_point, then=Value((page - 1) * POINT_PAGE)), default=Value(0))
        cut = Case(When(in_point, then=Value(page * POINT_PAGE)), default=Value(CELL_LIMIT))
    totals: dict[CellKey, int] = {}
    heads: defaultdict[CellKey, list[int]] = defaultdict(list)
    # Each cell's first claim comes too, for its total, when the page shows none of it.
    kept = (
        ranked.filter(Q(position__gt=low, position__lte=cut) | Q(position=1))
        .values_list("pk", "aspect", "party", "total", "position")
        .order_by()  # not Claim's default, which would join and sort by the article
    )
    first = (page - 1) * POINT_PAGE
    for pk, aspect_id, party_id, total, position in kept:
        totals[(aspect_id, party_id)] = total
        if position > first or in_point is None or not _in_row(aspect_id, point):
            heads[(aspect_id, party_id)].append(pk)
    return totals, heads


def _claims_in_text_order(ids: list[int]) -> QuerySet[Claim]:
    return (
        Claim.objects.filter(pk__in=ids)
        .select_related("source", "article")  # and the party from its cell
        .defer("article__body")  # one copy of a long body per claim adds up fast
        .order_by("article_id", "start", "id")
    )


def _row_tallies(event: Event) -> tuple[Counter[int | None], Counter[int | None], int]:
    """Contradictions and corroborations per row (by aspect id, None for "Other claims"),
    and the event's contradictions in all: a link between two rows counts in both."""
    contradictions: Counter[int | None] = Counter()
    corroborations: Counter[int | None] = Counter()
    contradiction_count = 0
    groups = (
        ClaimLink.objects.for_event(event)
        .anchored()
        # one side repeating itself is not agreement between sides
        .filter(Q(kind=ClaimLink.Kind.CONTRADICTS) | ~Q(a__party=F("b__party")))
        .values_list("kind", "a__aspect", "b__aspect")
        .annotate(n=Count("id"))
        .order_by()
    )
    for kind, a_aspect, b_aspect, n in groups:
        tally = corroborations
        if kind == ClaimLink.Kind.CONTRADICTS:
            tally = contradictions
            contradiction_count += n
        for aspect_id in {a_aspect, b_aspect}:
            tally[aspect_id] += n
    return contradictions, corroborations, contradiction_count


def _attach_counterparts(event: Event, shown: dict[int, Claim]) -> None:
    """List each shown claim's counterparts; one not shown links to the point that shows
    it, naming the claim so that the point opens at its page."""
    ids = list(shown)
    side = ["id", "aspect", "party__name", "paraphrase", "exact"]
    links = (
        ClaimLink.objects.for_event(event)
        .anchored()
        .filter(Q(a__in=ids) | Q(b__in=ids))
        .order_by("id")
        .values_list("kind", *(f"{end}__{name}" for end in "ab" for name in side))
    )

    def counterpart(
        pk: int, aspect_id: int | None, party: str, paraphrase: str, exact: str
    ) -> Counterpart:
        where = "" if pk in shown else f"?point={aspect_id or 'other'}&claim={pk}"
        return Counterpart(
            pk=pk, party_name=party, text=paraphrase or exact, href=f"{where}#claim-{pk}"
        )

    for kind, *ends in links:
        a, b = counterpart(*ends[: len(side)]), counterpart(*ends[len(side) :])
        for claim_id, other in ((a.pk, b), (b.pk, a)):
            if (claim := shown.get(claim_id)) is None:
                continue
            if kind == ClaimLink.Kind.CONTRADICTS:
                claim.contradicted_by.append(other)  # type: ignore[attr-defined]
            else:
                claim.corroborated_by.append(other)  # type: ignore[attr-defined]
