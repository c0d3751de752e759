from __future__ import annotations

import pytest

from claims.models import Claim
from newsroom.models import Article, Event
from newsroom.services import ArticleChangedError, ReanchorReport, article_update
from tests.factories import make_article, make_claim, make_event, make_party, make_source, make_user

pytestmark = pytest.mark.django_db

# The factories' BODY with a paragraph inserted before Kyiv's and the observers' words gone.
EDITED = (
    "Moscow says civilians were killed in the strike.\n\n"
    "A paragraph the editor added.\n\n"
    "Kyiv says a military unit was destroyed in the strike."
)


@pytest.fixture
def article() -> Article:
    moscow, kyiv = make_party("Moscow"), make_party("Kyiv")
    return make_article(make_event([moscow, kyiv]))


def claims_of(article: Article) -> tuple[Claim, Claim, Claim]:
    event: Event = article.events.get()
    moscow, kyiv = event.ordered_parties()
    return (
        make_claim(article, "civilians were killed", source=make_source(moscow)),
        make_claim(article, "a military unit was destroyed", source=make_source(kyiv)),
        make_claim(article, "Observers urged calm", source=make_source(kyiv)),
    )


def test_it_keeps_moves_and_orphans_claims_as_their_words_demand(article: Article) -> None:
    kept, moved, gone = claims_of(article)
    editor = make_user("edith", editor=True)
    report = article_update(article=article, user=editor, expected_version=1, body=EDITED)
    assert report == ReanchorReport(kept=1, moved=1, fuzzy=0, orphaned=1)
    for claim in (kept, moved, gone):
        claim.refresh_from_db()
    assert (kept.start, kept.anchor_state) == (12, "anchored")
    # Its words stayed put but what follows them changed: the stored context follows.
    assert (kept.suffix, kept.version) == (" in the strike.\n\nA paragraph the", 2)
    assert EDITED[moved.start : moved.end] == "a military unit was destroyed"
    assert moved.start == EDITED.index("a military unit was destroyed")
    assert moved.prefix.endswith("Kyiv says ")
    assert (moved.anchor_state, moved.version) == ("anchored", 2)
    assert gone.anchor_state == "orphaned"
    assert (gone.exact, gone.version) == ("Observers urged calm", 2)
    article.refresh_from_db()
    assert (article.body, article.version, article.updated_by) == (EDITED, 2, editor)
    assert report.summary() == (
        "Body saved. 1 claim kept its words, 1 moved, 0 need review, "
        "1 orphaned (see the Orphaned list)"
    )


def test_a_changed_quote_is_kept_for_review(article: Article) -> None:
    killed, _, _ = claims_of(article)
    body = article.body.replace("were killed", "were kiled")
    report = article_update(
        article=article, user=make_user("edith", editor=True), expected_version=1, body=body
    )
    assert report.fuzzy == 1
    killed.refresh_from_db()
    assert (killed.exact, killed.anchor_state) == ("civilians were kiled", "review")
    assert body[killed.start : killed.end] == killed.exact


def test_an_edit_elsewhere_does_not_clear_a_pending_review(article: Article) -> None:
    killed, _, _ = claims_of(article)
    Claim.objects.filter(pk=killed.pk).update(anchor_state=Claim.AnchorState.REVIEW)
    article_update(
        article=article, user=make_user("edith", editor=True), expected_version=1,
        body=article.body + "\n\nA closing line.",
    )  # fmt: skip
    killed.refresh_from_db()
    assert killed.anchor_state == "review"


def test_it_writes_history_for_the_article_and_each_changed_claim(article: Article) -> None:
    kept, moved, gone = claims_of(article)
    editor = make_user("edith", editor=True)
    article_update(article=article, user=editor, expected_version=1, body=EDITED)
    latest = article.history.latest()
    assert (latest.history_user, latest.version, latest.body) == (editor, 2, EDITED)
    for claim in (kept, moved, gone):
        record = claim.history.latest()
        assert (record.history_user, record.history_type, record.version) == (editor, "~", 2)
    assert gone.history.latest().anchor_state == "orphaned"


def test_it_refuses_a_stale_version_and_changes_nothing(article: Article) -> None:
    _, moved, _ = claims_of(article)
    alice = make_user("alice", editor=True)
    article_update(article=article, user=alice, expected_version=1, title="Alice's title")
    with pytest.raises(ArticleChangedError) as refused:
        article_update(
            article=article, user=make_user("bob", editor=True), expected_version=1, body=EDITED
        )
    article.refresh_from_db()
    assert str(refused.value) == (
        f"Changed by alice at {article.updated_at:%H:%M} — reload to see their version"
    )
    assert (article.title, article.version, article.updated_by) == ("Alice's title", 2, alice)
    assert "Observers urged calm" in article.body
    moved.refresh_from_db()
    assert moved.version == 1


def test_saving_the_same_body_touches_no_claim(article: Article) -> None:
    kept, _, _ = claims_of(article)
    report = article_update(
        article=article, user=make_user("edith", editor=True), expected_version=1, language="ru"
    )
    assert report.summary() == "Article saved."
    assert kept.history.count() == 1
