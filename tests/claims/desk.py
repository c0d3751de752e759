"""An editor's desk for the claims tests: two sides of one event and an article to annotate."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.test import Client

from newsroom.models import Article, Aspect, Event, Party, Source, SourceAlias
from tests.factories import (
    make_article,
    make_aspect,
    make_event,
    make_party,
    make_source,
    make_user,
)

BODY = (
    "Moscow says civilians were killed in the strike. Officials called it a crime.\n\n"
    "Kyiv says a military unit was destroyed in the strike.\n\n"
    "Observers urged calm. Observers urged calm again."
)


@dataclass
class Desk:
    moscow: Party
    kyiv: Party
    kremlin: Source
    kyiv_gov: Source
    outlet: Source
    event: Event
    hit: Aspect
    article: Article
    editor: User

    def offsets(self, words: str, occurrence: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(occurrence + 1):
            start = self.article.body.index(words, start + 1)
        return start, start + len(words)


def make_desk() -> Desk:
    moscow = make_party("Moscow", colour="#a4161a")
    kyiv = make_party("Kyiv", colour="#1d4e89")
    kremlin = make_source(moscow, name="The Kremlin")
    SourceAlias.objects.create(source=kremlin, name="Russian presidency")
    kyiv_gov = make_source(kyiv, name="Ukrainian government")
    SourceAlias.objects.create(source=kyiv_gov, name="Ukrainian officials")
    outlet = make_source(None, name="Neutral Wire")
    event = make_event([moscow, kyiv], title="Strike on Makiivka")
    hit = make_aspect(event, "What was hit?")
    article = make_article(event, body=BODY, title="Two accounts of a strike")
    return Desk(
        moscow=moscow,
        kyiv=kyiv,
        kremlin=kremlin,
        kyiv_gov=kyiv_gov,
        outlet=outlet,
        event=event,
        hit=hit,
        article=article,
        editor=make_user("eve", editor=True),
    )


def logged_in(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


HTMX = {"HX-Request": "true", "HX-Target": "claim-form-slot"}


def on_annotate_page(article: Article) -> dict[str, str]:
    """The headers of an htmx request made from the article's annotate page."""
    url = f"http://testserver/edit/articles/{article.slug}/"
    return {**HTMX, "HX-Current-URL": url}
