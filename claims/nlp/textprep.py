"""Input checks and offset-preserving preparation of article text.

Everything here works on the raw string, before spaCy. The one transformation,
re-casing Title Case or ALL CAPS headlines so that the tagger and parser read them
as ordinary sentences, only changes the case of letters one character at a time,
so every character offset into the prepared text is an offset into the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from .errors import ExtractionError
from .wordlists import wordset

MAX_CHARS = 1_000_000
# English news prose averages a little over six characters per word with spaces.
MAX_WORDS_APPROX = 160_000

TERMINAL = ".!?…"
CLOSERS = "\"”’')]»"
_SMALL_WORDS = wordset(
    "a an the of in on at to for and or but nor as by with from after over near into amid "
    "vs v via per than off out up"
)

_WORD_RE = re.compile(r"[^\W\d_](?:[^\W_]|['’.-](?=[^\W_]))*")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    paragraph: int
    headline: bool
    shouted: bool  # Title Case or ALL CAPS: needs re-casing before parsing
    body_start: int = -1  # after a dateline ("KHERSON, June 6 (Wire) - "), else ``start``

    @property
    def has_dateline(self) -> bool:
        return self.body_start > self.start


# "KHERSON, June 6 (Wire) - ", "YEREVAN/BAKU, Sept 13 (Wire) - ", "KYIV (Reuters) - "
DATELINE_RE = re.compile(
    r"[A-Z][A-Z'’.\-]{2,}(?:[ /][A-Z][A-Z'’.\-]+)*(?:,[^\n()]{1,40}?)?(?:\s*\([^)\n]{1,30}\))?"
    r"\s*[-–—]{1,2}\s+"
)


def is_blank(text: str) -> bool:
    return not text or text.isspace()


def check_text(text: str) -> None:
    """Raise :class:`ExtractionError` for input that is not English prose we can analyse."""
    if not isinstance(text, str):
        raise ExtractionError(
            f"The input does not look like text: expected a string, got {type(text).__name__}."
        )
    if len(text) > MAX_CHARS:
        raise ExtractionError(
            f"The text is too long to analyse ({len(text):,} characters). The limit is about "
            f"{MAX_WORDS_APPROX:,} words ({MAX_CHARS:,} characters); split the article."
        )
    if "\x00" in text:
        raise ExtractionError(
            "The input does not look like text: it contains NUL bytes, as binary files do."
        )
    sample = text if len(text) <= 6_000 else text[:3_000] + text[-3_000:]
    odd = len(_ODD_RE.findall(sample))
    if odd > max(2, len(sample) // 100):
        raise ExtractionError(
            "The input does not look like text: it is full of control or undecodable "
            "characters, as binary files are."
        )
    _check_language(sample)


_ODD_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd\ue000-\uf8ff\ud800-\udfff]")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS_RE = re.compile("[a-z]+")
_NON_LATIN_RE = re.compile("[^\x00-\u024f]")

# Small closed-class word lists: enough to tell English prose from its neighbours.
_EN = wordset(
    "the a an of to in and or is are was were be been has have had it its that this these "
    "those on at by for with from as not but which who said says he she they their his her "
    "we our will would could should after before over also than more into about"
)
_OTHER_LANGS: dict[str, frozenset[str]] = {
    "French": wordset(
        "le la les des du un une et est sont dans pour par sur avec qui que pas ont été "
        "cette ces aux au il elle ils selon mais ou"
    ),
    "German": wordset(
        "der die das und ist sind nicht ein eine mit von zu den dem des auf für im sich "
        "wurde wurden auch nach bei aus dass"
    ),
    "Spanish": wordset(
        "el la los las y es son del por para con una un que se en su sus al fue según pero como"
    ),
    "Italian": wordset(
        "il lo la gli le di e è sono del della per con una un che non nel alla sul secondo ma come"
    ),
    "Portuguese": wordset(
        "o a os as e é são do da dos das em um uma que não por para com no na segundo mas como"
    ),
    "Dutch": wordset(
        "de het een en is zijn van op te met voor niet dat die er aan ook bij werd volgens"
    ),
}


def _check_language(sample: str) -> None:
    if len(sample) > 3_000:
        sample = sample[:2_000] + " " + sample[-1_000:]
    ascii_only = sample.isascii()
    # Runs of letters: the words compared with the word lists, and the letters counted.
    # (In lower-cased ASCII text the letters are a-z: a plain range is quicker to match.)
    runs = _ASCII_LETTERS_RE.findall(sample.lower()) if ascii_only else _LETTERS_RE.findall(sample)
    # (Only text beyond ASCII can be in another script: ASCII text skips the letter count.)
    n_letters = 0 if ascii_only else sum(map(len, runs))
    if n_letters >= 20:
        foreign: dict[str, int] = {}
        for c in _NON_LATIN_RE.findall(sample):  # beyond Latin, Latin-1 and Latin Extended
            if not c.isalpha():
                continue
            script = unicodedata.name(c, "OTHER").split(" ")[0]
            foreign[script] = foreign.get(script, 0) + 1
        total_foreign = sum(foreign.values())
        if total_foreign > 0.3 * n_letters:
            script = max(foreign, key=foreign.__getitem__)
            guess = {
                "CYRILLIC": "Russian, Ukrainian or another Cyrillic-script language",
                "ARABIC": "Arabic or another Arabic-script language",
                "HEBREW": "Hebrew",
                "GREEK": "Greek",
                "CJK": "Chinese or Japanese",
                "HIRAGANA": "Japanese",
                "KATAKANA": "Japanese",
                "HANGUL": "Korean",
                "DEVANAGARI": "Hindi or another Devanagari-script language",
                "ARMENIAN": "Armenian",
                "GEORGIAN": "Georgian",
                "THAI": "Thai",
            }.get(script, "a language other than English")
            raise ExtractionError(
                f"The text looks like it is written in {guess}; only English is supported."
            )
    # (Lower-casing ASCII text first changes no letter run; other text word by word.)
    words = runs if ascii_only else [w.lower() for w in runs]
    if len(words) < 12:
        return
    en = sum(map(_EN.__contains__, words)) / len(words)
    if en >= 0.12:
        return
    scores = {
        name: sum(w in vocab for w in words) / len(words) for name, vocab in _OTHER_LANGS.items()
    }
    best = max(scores, key=scores.__getitem__)
    if scores[best] > en:
        raise ExtractionError(
            f"The text looks like it is in {best}, not English; only English is supported."
        )
    if en < 0.04:
        raise ExtractionError(
            "The text looks like it is in another language (it has almost no common English "
            "words); only English is supported."
        )


def analyse_lines(text: str) -> tuple[Line, ...]:
    """Non-blank lines, numbered by paragraph (blank lines separate paragraphs)."""
    lines: list[Line] = []
    paragraph = 0
    pos = 0
    previous_blank = True
    raw = text.split("\n")
    for i, chunk in enumerate(raw):
        start, end = pos, pos + len(chunk)
        pos = end + 1
        stripped = chunk.strip()
        if not stripped:
            previous_blank = True
            continue
        if previous_blank and lines:
            paragraph += 1
        previous_blank = False
        lead = len(chunk) - len(chunk.lstrip())
        start += lead
        end = start + len(stripped)
        next_blank = i + 1 >= len(raw) or not raw[i + 1].strip()
        ends_open = stripped.rstrip(CLOSERS)[-1:] not in TERMINAL
        headline = shouted = False
        if ends_open and len(stripped) < 400:  # prose lines end with a full stop: skip them
            words = _WORD_RE.findall(stripped)
            shouted = _is_title_or_caps(words)
            # A first line running open into a lower-case line is wrapped prose, not a title.
            next_line = "" if next_blank else raw[i + 1].lstrip()
            opens_sentence = next_line[:1].isupper() or next_line[:1] in "\"“‘'(0123456789"
            headline = 0 < len(words) <= 30 and (
                shouted or next_blank or (not lines and opens_sentence)
            )
        body_start = start
        first_of_paragraph = not lines or lines[-1].paragraph != paragraph
        if first_of_paragraph and not headline:
            m = DATELINE_RE.match(text, start, end)
            if m:
                body_start = m.end()
        lines.append(Line(start, end, paragraph, headline, headline and shouted, body_start))
    return tuple(lines)


def _is_title_or_caps(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 3:
        return False
    upper = sum(w[0].isupper() for w in content)
    return upper >= 0.8 * len(content)


@dataclass(frozen=True)
class KeepWords:
    """The names a headline keeps capitalised, folded, with each of their words.

    Built once for many texts (a lexicon's names, see :func:`claims.nlp.extract.prepare_doc`)
    rather than in every call of :func:`recase_headlines`.
    """

    words: frozenset[str]

    @classmethod
    def of(cls, names: Iterable[str]) -> KeepWords:
        folded = {k.lower() for k in names}
        for k in list(folded):
            folded.update(k.split())
        return cls(frozenset(folded))


def recase_headlines(
    text: str,
    lines: Iterable[Line],
    *,
    keep: Iterable[str] | KeepWords = (),
    is_common_word: Callable[[str], bool] = lambda w: False,
) -> str:
    """Sentence-case Title Case / ALL CAPS headlines, character for character.

    A word keeps its capital when the article uses it capitalised mid-sentence (a name),
    when it is one of ``keep`` (party and source aliases), or when it is not a common
    English word; otherwise it is lower-cased. The result has exactly the same length.
    """
    lines = tuple(lines)
    shouted = [ln for ln in lines if ln.shouted]
    if not shouted:
        return text
    keep_lower = (keep if isinstance(keep, KeepWords) else KeepWords.of(keep)).words
    evidence = _BodyEvidence(text, lines)
    chars = list(text)
    for ln in shouted:
        first = True
        for m in _PART_RE.finditer(text, ln.start, ln.end):
            part = m.group(0)
            new = _recase_word(part, first, keep_lower, evidence, is_common_word)
            first = False
            if new != part:
                chars[m.start() : m.end()] = new
    out = "".join(chars)
    assert len(out) == len(text)
    return out


_PART_RE = re.compile(r"[^\W_]+")
_NAME_RE = re.compile(r"(?<=[a-z0-9,;’'])\s+([A-Z][^\W_]*)")


def _same_length_lower(s: str) -> str:
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)  # "İ" lowers to 2


def _recase_word(
    word: str,
    first: bool,
    keep: frozenset[str],
    body: _BodyEvidence,
    is_common_word: Callable[[str], bool],
) -> str:
    low = _same_length_lower(word)
    if (
        len(word) > 1
        and word.isupper()
        and (
            body.has_acronym(word)
            or (len(word) <= 4 and not body.has_lower(low) and not is_common_word(low))
        )
    ):
        return word  # "RSF", "UN"
    capitalised = word[:1] + low[1:]
    if first or low in keep:
        return capitalised
    if body.has_lower(low):
        return low
    if body.has_name(capitalised) or not is_common_word(low):
        return capitalised
    return low


class _BodyEvidence:
    """How the article's own prose writes a headline word: lower case, as a name, or
    as an acronym. Looked up word by word in the first 30,000 characters, without
    headlines and datelines (which shout place names)."""

    def __init__(self, text: str, lines: Sequence[Line]) -> None:
        parts: list[str] = []
        pos = 0
        limit = min(len(text), 30_000)
        for ln in lines:
            if ln.start >= limit:
                break
            quiet_to = ln.end if ln.headline else (ln.body_start if ln.has_dateline else ln.start)
            if quiet_to > ln.start:
                parts.append(text[pos : ln.start])
                parts.append(" " * (min(quiet_to, limit) - ln.start))
                pos = min(quiet_to, limit)
        parts.append(text[pos:limit])
        self.body = "".join(parts)
        # Two passes over the body (a third for names, on first need), then set lookups
        # per headline word.
        tokens = set(_PART_RE.findall(self.body))
        self.lower = {w for w in tokens if w.islower()}
        self.upper = {w for w in tokens if w.isupper() and len(w) > 1}

    @cached_property
    def names(self) -> set[str]:
        # Capitalised after a lower-case word or a comma: a name, not a sentence start.
        return set(_NAME_RE.findall(self.body))

    def has_lower(self, low: str) -> bool:
        return low in self.lower

    def has_name(self, cap: str) -> bool:
        return cap in self.names

    def has_acronym(self, word: str) -> bool:
        return word in self.upper
