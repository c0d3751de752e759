from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from claims import services
from claims.forms import locate_words
from claims.models import Claim, ClaimLink
from tests.claims.desk import BODY, Desk, make_desk
from tests.factories import make_claim, make_event, make_link, make_party, make_source, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk() -> Desk:
    return make_desk()


def create(desk: Desk, words: str, **extra: object) -> Claim:
    start, end = desk.offsets(words)
    fields: dict[str, object] = {
        "article": desk.article,
        "event": desk.event,
        "source": desk.kremlin,
        "party": None,
        "start": start,
        "end": end,
        "exact": words,
        "user": desk.editor,
    }
    fields.update(extra)
    return services.claim_create(**fields)  # type: ignore[arg-type]


def update(desk: Desk, claim: Claim, **extra: object) -> Claim:
    fields: dict[str, object] = {
        "claim": claim,
        "version": claim.version,
        "event": claim.event,
        "source": claim.source,
        "party": None,
        "aspect": claim.aspect,
        "paraphrase": claim.paraphrase,
        "status": claim.status,
        "user": desk.editor,
    }
    fields.update(extra)
    return services.claim_update(**fields)  # type: ignore[arg-type]


def test_claim_create_quotes_the_body_and_records_who(desk: Desk) -> None:
    claim = create(desk, "civilians were killed", aspect=desk.hit)
    assert claim.exact == "civilians were killed"
    assert claim.prefix.endswith("Moscow says ") and claim.suffix.startswith(" in the strike")
    assert claim.party == desk.moscow
    assert claim.history.get().history_user == desk.editor


def test_claim_create_refuses_words_that_moved_under_it(desk: Desk) -> None:
    start, end = desk.offsets("civilians were killed")
    with pytest.raises(ValidationError, match="article text changed while you were tagging"):
        create(desk, "civilians were killed", start=start + 1, end=end + 1)
    assert not Claim.objects.exists()


def test_a_failed_create_leaves_no_new_point_behind(desk: Desk) -> None:
    with pytest.raises(ValidationError):
        create(desk, "civilians were killed", source=desk.outlet, new_aspect="Who died?")
    assert not desk.event.aspects.filter(title="Who died?").exists()


def test_claim_update_bumps_the_version_and_refuses_a_stale_one(desk: Desk) -> None:
    claim = create(desk, "civilians were killed")
    claim = update(desk, claim, paraphrase="Civilians died")
    assert claim.version == 2
    stale = Claim.objects.get(pk=claim.pk)
    stale.version = 1
    with pytest.raises(ValidationError, match=r"Changed by eve at \d\d:\d\d — reload"):
        update(desk, stale, paraphrase="Something else")
    assert Claim.objects.get(pk=claim.pk).paraphrase == "Civilians died"


def test_changing_the_party_moves_the_links_with_it(desk: Desk) -> None:
    third = make_party("Minsk")
    desk.event.event_parties.create(party=third, position=2)
    moscow = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    kyiv = make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    link = make_link(moscow, kyiv)
    update(desk, moscow, party=third)
    link.refresh_from_db()
    assert (link.a_party, link.b_party) == (third, desk.kyiv)


def test_a_party_change_that_would_contradict_its_own_party_is_refused(desk: Desk) -> None:
    moscow = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    kyiv = make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    make_link(moscow, kyiv)
    with pytest.raises(ValidationError) as caught:
        update(desk, moscow, party=desk.kyiv)
    message = caught.value.message_dict["party"][0]
    assert "contradicts “a military unit was destroyed” (Ukrainian government)" in message
    assert "also of that party; remove the link first" in message
    moscow.refresh_from_db()
    assert (moscow.party, moscow.version) == (desk.moscow, 1)


def test_moving_a_linked_claim_to_another_event_is_refused(desk: Desk) -> None:
    other = make_event([desk.moscow, desk.kyiv])
    desk.article.events.add(other)
    moscow = make_claim(
        desk.article, "civilians were killed", source=desk.kremlin, event=desk.event
    )
    kyiv = make_claim(
        desk.article, "a military unit was destroyed", source=desk.kyiv_gov, event=desk.event
    )
    make_link(moscow, kyiv)
    with pytest.raises(ValidationError, match="remove the links first"):
        update(desk, moscow, event=other, aspect=None)


def test_claim_attach_anchors_an_orphan_on_new_words(desk: Desk) -> None:
    claim = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    Claim.objects.filter(pk=claim.pk).update(anchor_state=Claim.AnchorState.ORPHANED)
    claim.refresh_from_db()
    start, end = desk.offsets("Officials called it a crime")
    services.claim_attach(
        claim=claim,
        version=1,
        start=start,
        end=end,
        exact="Officials called it a crime",
        user=desk.editor,
    )
    claim.refresh_from_db()
    assert (claim.exact, claim.anchor_state, claim.version) == (
        "Officials called it a crime",
        "anchored",
        2,
    )


def test_claim_delete_takes_its_links_and_records_them(desk: Desk) -> None:
    moscow = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    kyiv = make_claim(desk.article, "a military unit was destroyed", source=desk.kyiv_gov)
    make_link(moscow, kyiv)
    services.claim_delete(claim=moscow, user=desk.editor)
    assert not ClaimLink.objects.exists()
    assert ClaimLink.history.get(history_type="-").history_user == desk.editor
    assert Claim.history.get(history_type="-").history_user == desk.editor


def test_a_contradiction_needs_two_parties(desk: Desk) -> None:
    a = make_claim(desk.article, "civilians were killed", source=desk.kremlin)
    b = make_claim(desk.article, "Officials called it a crime", source=make_source(desk.moscow))
    with pytest.raises(ValidationError, match="both Moscow's"):
        services.claim_link_create(a=a, b=b, kind="contradicts", user=make_user("x"))
    link = services.claim_link_create(a=a, b=b, kind="corroborates", user=desk.editor)
    assert (link.a_party, link.b_party) == (desk.moscow, desk.moscow)


@pytest.mark.parametrize(
    ("quote", "occurrence", "expected"),
    [
        ("says civilians", None, (7, 21)),
        ("says\n  civilians", None, (7, 21)),  # white space as the browser rendered it
        ("calm", 2, (BODY.rindex("calm"), BODY.rindex("calm") + 4)),
    ],
)
def test_locate_words_finds_typed_words(
    quote: str, occurrence: int | None, expected: tuple[int, int]
) -> None:
    assert locate_words(BODY, quote, occurrence=occurrence) == expected
    assert BODY[expected[0] : expected[1]].split() == quote.split()


@pytest.mark.parametrize(
    ("quote", "occurrence", "error"),
    [
        ("troops were killed", None, "is not in the article"),
        ("calm", None, "appears 2 times in the article: say which occurrence"),
        ("calm", 3, "appears 2 times in the article, so there is no occurrence 3"),
        ("   ", None, "Type or paste the exact words"),
    ],
)
def test_locate_words_says_why_it_cannot(quote: str, occurrence: int | None, error: str) -> None:
    with pytest.raises(ValidationError, match=error):
        locate_words(BODY, quote, occurrence=occurrence)
