from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Claim, ClaimLink
from newsroom.colours import contrast_ratio
from newsroom.models import Article, Party, SourceAlias
from tests.factories import (
    make_article,
    make_aspect,
    make_claim,
    make_event,
    make_link,
    make_party,
    make_source,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv", colour="#1d4e89")
    event = make_event([moscow, kyiv])
    article = make_article(event)
    return {
        "moscow": moscow,
        "kyiv": kyiv,
        "event": event,
        "article": article,
        "kremlin": make_source(moscow, "Kremlin"),
        "kyiv_gov": make_source(kyiv, "Ukrainian government"),
    }


def test_it_rejects_a_colour_that_is_not_a_colour() -> None:
    party = Party(name="Nowhere", slug="nowhere", colour="red; background: url(x)")
    with pytest.raises(ValidationError) as error:
        party.full_clean()
    assert "colour" in error.value.message_dict


@pytest.mark.parametrize("colour", ["#ffff00", "#000000", "#777777", "#a4161a", "#1d4e89"])
def test_party_ink_passes_wcag_aa_on_any_colour(colour: str) -> None:
    party = Party(name="P", slug="p", colour=colour)
    party.full_clean()
    assert contrast_ratio(colour, party.ink) >= 4.5


def test_it_rejects_a_span_outside_the_article(world) -> None:
    article: Article = world["article"]
    claim = Claim(
        event=world["event"],
        article=article,
        source=world["kremlin"],
        party=world["moscow"],
        start=len(article.body) - 3,
        end=len(article.body) + 10,
        exact="x" * 13,
    )
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "past the article's end" in str(error.value)


def test_it_rejects_a_quote_that_does_not_match_the_body(world) -> None:
    claim = Claim(
        event=world["event"],
        article=world["article"],
        source=world["kremlin"],
        party=world["moscow"],
        start=0,
        end=6,
        exact="Kyiv s",
    )
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "does not match the article" in str(error.value)


def test_it_rejects_a_claim_whose_article_is_not_in_its_event(world) -> None:
    other = make_article(None, title="Elsewhere")
    claim = Claim(
        event=world["event"],
        article=other,
        source=world["kremlin"],
        party=world["moscow"],
        start=0,
        end=6,
        exact=other.body[:6],
    )
    with pytest.raises(ValidationError) as error:
        claim.full_clean()
    assert "is not an article of" in str(error.value)


def test_party_defaults_to_the_sources_party(world) -> None:
    claim = Claim(
        event=world["event"],
        article=world["article"],
        source=world["kremlin"],
        start=0,
        end=6,
        exact="Moscow",
    )
    claim.full_clean()
    assert claim.party == world["moscow"]


def test_a_claim_for_a_party_outside_the_event_is_rejected(world) -> None:
    stranger = make_party("Stranger")
    claim = Claim(
        event=world["event"],
        article=world["article"],
        source=make_source(stranger),
        start=0,
        end=6,
        exact="Moscow",
    )
    with pytest.raises(ValidationError, match="not one of the parties"):
        claim.full_clean()


def test_the_database_refuses_a_quote_of_the_wrong_length(world) -> None:
    with pytest.raises(IntegrityError, match="claim_quote_length_matches_span"):
        Claim.objects.create(
            event=world["event"],
            article=world["article"],
            source=world["kremlin"],
            party=world["moscow"],
            start=0,
            end=6,
            exact="Mosco",
        )


def test_the_database_refuses_an_empty_span(world) -> None:
    with pytest.raises(IntegrityError, match="claim_span_not_empty"):
        Claim.objects.create(
            event=world["event"],
            article=world["article"],
            source=world["kremlin"],
            party=world["moscow"],
            start=4,
            end=4,
            exact="",
        )


def test_the_database_refuses_an_empty_article_body() -> None:
    with pytest.raises(IntegrityError, match="article_body_not_empty"):
        Article.objects.create(title="Empty", slug="empty", body="")


def test_alias_names_are_unique_whatever_the_case(world) -> None:
    SourceAlias.objects.create(source=world["kremlin"], name="The Kremlin")
    with pytest.raises(IntegrityError, match="sourcealias_name_unique_ci"):
        SourceAlias.objects.create(source=world["kyiv_gov"], name="the kremlin")


def _two_claims(world):
    a = make_claim(world["article"], "civilians were killed", source=world["kremlin"])
    b = make_claim(world["article"], "a military unit was destroyed", source=world["kyiv_gov"])
    return a, b


def test_the_database_refuses_a_self_link(world) -> None:
    a, _ = _two_claims(world)
    with pytest.raises(IntegrityError, match="claimlink_not_self"):
        ClaimLink.objects.create(a=a, b=a, a_party=a.party, b_party=a.party, kind="corroborates")


def test_the_database_keeps_one_link_per_unordered_pair(world) -> None:
    a, b = _two_claims(world)
    make_link(a, b)
    with pytest.raises(IntegrityError, match="claimlink_one_per_pair"), transaction.atomic():
        ClaimLink.objects.create(a=b, b=a, a_party=b.party, b_party=a.party, kind="contradicts")


def test_model_validation_also_refuses_the_reverse_pair(world) -> None:
    a, b = _two_claims(world)
    make_link(a, b)
    with pytest.raises(ValidationError, match="already linked"):
        ClaimLink(a=b, b=a, kind="corroborates").full_clean()


def test_the_database_refuses_a_contradiction_within_one_party(world) -> None:
    a = make_claim(world["article"], "civilians were killed", source=world["kremlin"])
    b = make_claim(world["article"], "Observers urged calm", source=world["kremlin"])
    with pytest.raises(ValidationError, match="between two parties"):
        ClaimLink(a=a, b=b, kind="contradicts").full_clean()
    with pytest.raises(IntegrityError, match="claimlink_contradicts_across_parties"):
        ClaimLink.objects.create(a=a, b=b, a_party=a.party, b_party=b.party, kind="contradicts")


def test_claims_of_one_party_may_corroborate_each_other(world) -> None:
    a = make_claim(world["article"], "civilians were killed", source=world["kremlin"])
    b = make_claim(world["article"], "Observers urged calm", source=world["kremlin"])
    assert make_link(a, b, kind="corroborates").pk


def test_links_only_join_claims_of_the_same_event(world) -> None:
    a, _ = _two_claims(world)
    other_event = make_event([world["moscow"], world["kyiv"]])
    other_article = make_article(other_event)
    c = make_claim(other_article, "a military unit was destroyed", source=world["kyiv_gov"])
    with pytest.raises(ValidationError, match="same event"):
        ClaimLink(a=a, b=c, kind="contradicts").full_clean()


def test_aspect_of_another_event_is_rejected(world) -> None:
    other = make_event([world["moscow"]])
    claim = Claim(
        event=world["event"],
        article=world["article"],
        source=world["kremlin"],
        start=0,
        end=6,
        exact="Moscow",
        aspect=make_aspect(other),
    )
    with pytest.raises(ValidationError, match="another event"):
        claim.full_clean()
