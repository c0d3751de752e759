from __future__ import annotations

import re
import uuid

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from claims import suggest
from claims.models import Claim, ClaimLink, ClaimSuggestion, LinkSuggestion, SuggestionRun
from claims.nlp.types import ExtractedClaim, Extraction
from newsroom.models import Article, Source
from tests.factories import (
    make_article,
    make_claim,
    make_event,
    make_party,
    make_source,
    make_user,
)

pytestmark = pytest.mark.django_db


def _found(article: Article, quote: str, source: str, party: str | None, **extra) -> ExtractedClaim:
    start = article.body.index(quote)
    s_start = article.body.index(source)
    return ExtractedClaim(
        id=extra.pop("id", "c1"),
        party=party,
        source=source,
        source_start=s_start,
        source_end=s_start + len(source),
        cue="says",
        text=quote,
        start=start,
        end=start + len(quote),
        aspect=extra.pop("aspect", "casualties"),
        polarity=extra.pop("polarity", "assert"),
        confidence=0.9,
        cue_start=s_start + len(source) + 1,
        cue_end=s_start + len(source) + 5,
    )


def _store(article: Article, *found: ExtractedClaim) -> None:
    run = SuggestionRun.objects.create(article=article)
    suggest.suggestions_store(run=run, extraction=Extraction(claims=found, contradictions=()))


@pytest.fixture
def world():
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv", colour="#1d4e89")
    event = make_event([moscow, kyiv])
    article = make_article(event)
    kremlin = make_source(moscow, "Kremlin")
    editor = make_user("editor", editor=True)
    return {
        "moscow": moscow,
        "kyiv": kyiv,
        "event": event,
        "article": article,
        "kremlin": kremlin,
        "editor": editor,
    }


def test_storing_suggestions_is_idempotent_and_remembers_rejections(world) -> None:
    article = world["article"]
    extraction = Extraction(
        claims=(
            _found(article, "civilians were killed in the strike", "Moscow", "Moscow"),
            _found(article, "a military unit was destroyed", "Kyiv", "Kyiv", id="c2"),
        ),
        contradictions=(),
    )
    run = SuggestionRun.objects.create(article=article)
    assert suggest.suggestions_store(run=run, extraction=extraction).new == 2
    rejected = ClaimSuggestion.objects.get(exact="a military unit was destroyed")
    suggest.suggestion_reject(suggestion=rejected, user=world["editor"])
    again = suggest.suggestions_store(
        run=SuggestionRun.objects.create(article=article), extraction=extraction
    )
    assert again.new == 0
    assert ClaimSuggestion.objects.count() == 2
    rejected.refresh_from_db()
    assert rejected.state == "rejected"


def test_a_span_an_editor_already_tagged_is_not_suggested(world) -> None:
    article = world["article"]
    quote = "civilians were killed in the strike"
    start = article.body.index(quote)
    claim = Claim(
        event=world["event"],
        article=article,
        source=world["kremlin"],
        start=start,
        end=start + len(quote),
    )
    claim.take_quote_from_body()
    claim.full_clean()
    claim.save()
    extraction = Extraction(claims=(_found(article, quote, "Moscow", "Moscow"),), contradictions=())
    run = SuggestionRun.objects.create(article=article)
    assert suggest.suggestions_store(run=run, extraction=extraction).new == 0


def test_accepting_matches_the_source_by_alias_and_creates_the_claim(world, client: Client) -> None:
    article = world["article"]
    world["kremlin"].aliases.create(name="Moscow")
    _store(article, _found(article, "civilians were killed in the strike", "Moscow", "Moscow"))
    suggestion = ClaimSuggestion.objects.get()
    client.force_login(world["editor"])
    page = client.get(reverse("suggest:article", args=[article.slug])).content.decode()
    assert f'<option value="{world["kremlin"].pk}" selected>Kremlin</option>' in page
    assert '<mark class="sg-content">civilians were killed in the strike</mark>' in page
    p = f"s{suggestion.pk}-"
    response = client.post(
        reverse("suggest:accept", args=[suggestion.pk]),
        {
            p + "event": world["event"].pk,
            p + "source": world["kremlin"].pk,
            p + "party": world["moscow"].pk,
            p + "paraphrase": "Civilians died",
            p + "status": "unverified",
            p + "new_source_kind": "government",
        },
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.exact, claim.source, claim.party) == (
        "civilians were killed in the strike",
        world["kremlin"],
        world["moscow"],
    )
    suggestion.refresh_from_db()
    assert suggestion.state == "accepted" and suggestion.claim == claim


def test_accepting_an_unknown_source_creates_it_only_when_named(world, client: Client) -> None:
    article = world["article"]
    _store(article, _found(article, "a military unit was destroyed", "Kyiv", "Kyiv"))
    suggestion = ClaimSuggestion.objects.get()
    client.force_login(world["editor"])
    p = f"s{suggestion.pk}-"
    data = {
        p + "event": world["event"].pk,
        p + "source": "",
        p + "new_source_name": "",
        p + "party": world["kyiv"].pk,
        p + "status": "unverified",
        p + "new_source_kind": "military",
    }
    response = client.post(reverse("suggest:accept", args=[suggestion.pk]), data)
    assert response.status_code == 400
    assert "Choose a source, or name the new source" in response.content.decode()
    assert not Claim.objects.exists()
    data[p + "new_source_name"] = "Ukrainian General Staff"
    response = client.post(reverse("suggest:accept", args=[suggestion.pk]), data)
    assert response.status_code == 302
    source = Source.objects.get(name="Ukrainian General Staff")
    assert source.party == world["kyiv"] and source.kind == "military"
    assert Claim.objects.get().source == source


def test_a_suggestion_cannot_be_accepted_twice(world) -> None:
    article = world["article"]
    _store(article, _found(article, "a military unit was destroyed", "Kyiv", "Kyiv"))
    suggestion = ClaimSuggestion.objects.get()
    source = make_source(world["kyiv"], "Kyiv government")
    kwargs = {
        "suggestion": suggestion,
        "user": world["editor"],
        "event": world["event"],
        "source": source,
        "party": world["kyiv"],
        "aspect": None,
        "paraphrase": "",
        "status": "unverified",
    }
    suggest.suggestion_accept(**kwargs)
    with pytest.raises(suggest.SuggestionConflict, match="already accepted"):
        suggest.suggestion_accept(**kwargs)


def test_link_suggestions_are_proposed_once_and_accepting_links_the_claims(
    world, client: Client
) -> None:
    article = world["article"]
    kyiv_source = make_source(world["kyiv"], "Kyiv government")
    claims = []
    for quote, source in (
        ("civilians were killed in the strike", world["kremlin"]),
        ("a military unit was destroyed in the strike", kyiv_source),
    ):
        start = article.body.index(quote)
        c = Claim(
            event=world["event"],
            article=article,
            source=source,
            start=start,
            end=start + len(quote),
            aspect=None,
        )
        c.take_quote_from_body()
        c.full_clean()
        c.save()
        claims.append(c)
    first = suggest.link_suggestions_refresh(event=world["event"])
    assert first == 1
    assert suggest.link_suggestions_refresh(event=world["event"]) == 0
    ls = LinkSuggestion.objects.get()
    assert "civilian" in ls.reason.lower() or "military" in ls.reason.lower()
    client.force_login(world["editor"])
    response = client.post(reverse("suggest:link-accept", args=[ls.pk]), {"note": "x"})
    assert response.status_code == 302
    link = ClaimLink.objects.get()
    assert {link.a, link.b} == set(claims) and link.kind == "contradicts"


def test_a_bare_rejection_is_proposed_against_the_account_it_answers(world) -> None:
    body = (
        "Kyiv said Russian ships had blocked the grain convoy near the port.\n\n"
        "The Kremlin rejected the accusation on Friday.\n\n"
        "Later, Kyiv said the talks on prisoners would resume in Istanbul."
    )
    article = make_article(world["event"], body=body)
    kyiv_source = make_source(world["kyiv"], "Kyiv government")
    blocked = make_claim(
        article, "Russian ships had blocked the grain convoy near the port", source=kyiv_source
    )
    rejection = make_claim(
        article, "the accusation", source=world["kremlin"], polarity=Claim.Polarity.DENY
    )
    later = make_claim(article, "the talks on prisoners would resume", source=kyiv_source)
    suggest.link_suggestions_refresh(event=world["event"])
    proposed = {frozenset((ls.a_id, ls.b_id)): ls for ls in LinkSuggestion.objects.all()}
    assert frozenset((blocked.pk, rejection.pk)) in proposed
    assert "rejects" in proposed[frozenset((blocked.pk, rejection.pk))].reason
    assert frozenset((later.pk, rejection.pk)) not in proposed  # told after it


def test_suggest_claims_runs_spacy_in_a_task_and_finds_the_demo_claims(
    client: Client, django_capture_on_commit_callbacks
) -> None:
    call_command("load_demo")
    article = Article.objects.get(slug="makiivka-conflicting-accounts")
    Claim.objects.filter(article=article).delete()
    editor = make_user("ed", editor=True)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("suggest:article", args=[article.slug]))
    assert response.status_code == 302
    run = SuggestionRun.objects.get()
    assert run.state == "done", run.error
    found = {s.exact: s for s in ClaimSuggestion.objects.filter(article=article)}
    assert any("civilians were killed" in text for text in found)
    assert any("Russian military unit was destroyed" in text for text in found)
    parties = {s.party_name for s in found.values()}
    assert {"Moscow", "Kyiv"} <= parties
    page = client.get(reverse("suggest:article", args=[article.slug]))
    assert "sg-content" in page.content.decode()


def test_a_failed_run_tells_the_editor_why(
    world, client: Client, django_capture_on_commit_callbacks
) -> None:
    article = make_article(
        world["event"], body="Москва заявила, что в результате удара погибли мирные жители. " * 5
    )
    client.force_login(world["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("suggest:article", args=[article.slug]))
    run = SuggestionRun.objects.get(article=article)
    assert run.state == "failed"
    assert "English" in run.error
    page = client.get(reverse("suggest:article", args=[article.slug])).content.decode()
    assert "The last run failed" in page


def test_progress_is_polled_as_a_fragment(world, client: Client) -> None:
    SuggestionRun.objects.create(article=world["article"], state="running")
    client.force_login(world["editor"])
    response = client.get(
        reverse("suggest:article", args=[world["article"].slug]),
        headers={"HX-Request": "true", "HX-Target": "suggestion-progress"},
    )
    html = response.content.decode()
    assert "<html" not in html
    assert 'hx-trigger="every 1s"' in html and "spaCy is reading" in html


def test_event_batch_shows_a_progress_bar(world, client: Client) -> None:
    make_article(world["event"], title="Second")
    client.force_login(world["editor"])
    b = uuid.uuid4()
    for i, article in enumerate(world["event"].articles.all()):
        SuggestionRun.objects.create(
            article=article, batch=b, state="done" if i == 0 else "running"
        )
    html = client.get(reverse("suggest:event", args=[world["event"].slug])).content.decode()
    assert '<progress id="batch-bar" value="1" max="2">' in html
    assert "1 of 2 articles read" in html


def test_the_suggestions_page_costs_a_fixed_number_of_queries(
    world, client: Client, django_assert_max_num_queries
) -> None:
    article = world["article"]
    body = article.body
    run = SuggestionRun.objects.create(article=article, state="done")
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", body)]
    ClaimSuggestion.objects.bulk_create(
        ClaimSuggestion(
            article=article,
            run=run,
            source_text="Moscow",
            source_start=0,
            source_end=6,
            start=s,
            end=e,
            exact=body[s:e],
            party_name="Moscow",
        )
        for s, e in words[:20]
    )
    client.force_login(world["editor"])
    url = reverse("suggest:article", args=[article.slug])
    with django_assert_max_num_queries(15) as few:
        client.get(url)
    ClaimSuggestion.objects.filter(
        pk__in=list(ClaimSuggestion.objects.values_list("pk", flat=True)[:15])
    ).delete()
    with django_assert_max_num_queries(15) as fewer:
        html = client.get(url).content.decode()
    assert html.count('<div class="suggestion" id=') == 5
    assert len(fewer) == len(few)


def test_a_refused_accept_creates_no_source(world) -> None:
    article = world["article"]
    _store(article, _found(article, "a military unit was destroyed", "Kyiv", "Kyiv"))
    suggestion = ClaimSuggestion.objects.get()
    suggest.suggestion_reject(suggestion=suggestion, user=world["editor"])
    with pytest.raises(suggest.SuggestionConflict, match="already rejected"):
        suggest.suggestion_accept(
            suggestion=suggestion,
            user=world["editor"],
            event=world["event"],
            source=None,
            new_source_name="Ukrainian General Staff",
            party=world["kyiv"],
            aspect=None,
            paraphrase="",
            status="unverified",
        )
    assert not Source.objects.filter(name="Ukrainian General Staff").exists()
