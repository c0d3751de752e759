"""The Makiivka demo, curated by hand: who says what, at which characters of the article.

Offsets are Python string indices into makiivka.txt (read as UTF-8). The loader checks
each one against the text, so a wrong offset fails loudly instead of pointing at the
wrong words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

ARTICLE_PATH = Path(__file__).with_name("makiivka.txt")

PARTIES = [
    {
        "slug": "moscow",
        "name": "Moscow",
        "colour": "#a4161a",
        "description": "The Russian state: the Kremlin, the government and its officials.",
        "aliases": "Russia\nRussian\nRussians\nKremlin",
    },
    {
        "slug": "kyiv",
        "name": "Kyiv",
        "colour": "#1d4e89",
        "description": "The Ukrainian state: the government, its officials and armed forces.",
        "aliases": "Ukraine\nUkrainian\nUkrainians\nKiev",
    },
    {
        "slug": "international",
        "name": "International",
        "colour": "#4a4a4a",
        "description": "Third parties: other states, the EU, the UN, aid organisations.",
        "aliases": "",
    },
]

# name: (kind, party slug or None, aliases)
SOURCES = {
    "Russian government": ("government", "moscow", ["Moscow", "Russian officials", "Russia"]),
    "The Kremlin": ("government", "moscow", ["Kremlin", "Russian presidency"]),
    "Ukrainian government": (
        "government",
        "kyiv",
        ["Kyiv", "Ukrainian authorities", "Ukrainian officials", "Ukraine"],
    ),
    "United States government": ("government", "international", ["United States", "Washington"]),
    "EU member states": ("government", "international", ["European Union member states"]),
    "International community": ("international", "international", ["the international community"]),
}

EVENT: dict[str, Any] = {
    "slug": "makiivka-strike",
    "title": "Strike on Makiivka",
    "date": dt.date(2023, 1, 1),
    "place": "Makiivka, Donetsk region",
    "summary": (
        "A strike hit Makiivka. Moscow says civilians were killed; Kyiv says a Russian "
        "military unit was destroyed."
    ),
    "parties": ["moscow", "kyiv", "international"],
}

# key: (title, category, order)
ASPECTS = {
    "hit": ("Who or what was hit?", "target", 1),
    "intent": ("Were civilians targeted on purpose?", "intent", 2),
    "law": ("Was the strike lawful?", "legality", 3),
    "next": ("What should happen now?", "other", 4),
}

ARTICLE = {
    "slug": "makiivka-conflicting-accounts",
    "title": (
        "Moscow Alleges Civilian Casualties in Makiivka Strike as Kyiv Claims "
        "Destruction of Russian Unit"
    ),
    "language": "en",
}

# key: (source, party slug, aspect key, start, end, quote, paraphrase, status)
CLAIMS: dict[str, tuple[str, str, str, int, int, str, str, str]] = {
    "m-headline": (
        "Russian government",
        "moscow",
        "hit",
        15,
        53,
        "Civilian Casualties in Makiivka Strike",
        "Civilians were casualties of the strike",
        "disputed",
    ),
    "k-headline": (
        "Ukrainian government",
        "kyiv",
        "hit",
        69,
        96,
        "Destruction of Russian Unit",
        "A Russian unit was destroyed",
        "disputed",
    ),
    "m-civilians-killed": (
        "Russian government",
        "moscow",
        "hit",
        117,
        159,
        "civilians were killed in a Makiivka attack",
        "Civilians were killed",
        "disputed",
    ),
    "k-unit-destroyed": (
        "Ukrainian government",
        "kyiv",
        "hit",
        184,
        221,
        "a Russian military unit was destroyed",
        "A Russian military unit was destroyed",
        "disputed",
    ),
    "m-civilian-casualties": (
        "Russian government",
        "moscow",
        "hit",
        447,
        575,
        "the attack on Makiivka, a city located in the self-proclaimed Donetsk People’s "
        "Republic, resulted in several civilian casualties",
        "Several civilians were casualties",
        "unverified",
    ),
    "m-deliberate": (
        "Russian government",
        "moscow",
        "intent",
        608,
        719,
        "the Ukrainian armed forces of deliberately targeting residential areas, leading to "
        "civilian deaths and injuries",
        "Ukraine's forces deliberately targeted homes",
        "disputed",
    ),
    "m-unlawful": (
        "The Kremlin",
        "moscow",
        "law",
        785,
        830,
        "a violation of international humanitarian law",
        "The strike broke international humanitarian law",
        "disputed",
    ),
    "k-precise": (
        "Ukrainian government",
        "kyiv",
        "intent",
        908,
        1037,
        "the strike on Makiivka was a precise military operation aimed at neutralizing a "
        "Russian military unit operating within the region",
        "A precise operation aimed at a military unit",
        "disputed",
    ),
    "k-threat": (
        "Ukrainian government",
        "kyiv",
        "hit",
        1070,
        1175,
        "the targeted unit was involved in hostile activities and posed a direct threat to "
        "their national security",
        "The unit hit was a direct military threat",
        "unverified",
    ),
    "k-lawful": (
        "Ukrainian government",
        "kyiv",
        "law",
        1196,
        1312,
        "the attack was conducted in accordance with international law and necessary for the "
        "defense of Ukraine’s sovereignty",
        "The strike was lawful self-defence",
        "disputed",
    ),
    "i-us-caution": (
        "United States government",
        "international",
        "next",
        1877,
        1982,
        "advised both Russia and Ukraine to exercise utmost caution and seek a diplomatic "
        "solution to the conflict",
        "Both sides should be cautious and seek a diplomatic solution",
        "unverified",
    ),
    "i-eu-caution": (
        "EU member states",
        "international",
        "next",
        1877,
        1982,
        "advised both Russia and Ukraine to exercise utmost caution and seek a diplomatic "
        "solution to the conflict",
        "Both sides should be cautious and seek a diplomatic solution",
        "unverified",
    ),
    "i-protect-civilians": (
        "International community",
        "international",
        "next",
        2429,
        2533,
        "urging all parties involved to prioritize the safety and well-being of civilians "
        "caught in the crossfire",
        "All parties must protect civilians",
        "unverified",
    ),
}

# (claim key, claim key, kind, note)
LINKS = [
    (
        "m-civilians-killed",
        "k-unit-destroyed",
        "contradicts",
        "Civilians killed, or a military unit destroyed?",
    ),
    (
        "m-deliberate",
        "k-precise",
        "contradicts",
        "Deliberate targeting of homes, or a precise military operation?",
    ),
    (
        "m-unlawful",
        "k-lawful",
        "contradicts",
        "A violation of international humanitarian law, or in accordance with international law?",
    ),
    ("i-us-caution", "i-eu-caution", "corroborates", "The same appeal, made by both."),
]
