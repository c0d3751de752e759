"""Who speaks: pronoun and anaphor carry-over, and the party of each source.

Works document by document over the claims the attribution rules found, in text order,
so that "They maintain that..." takes the previous speaker of the paragraph and
"the ministry" takes the party of the ministry named earlier. `SpeakerResolver` is composed
of rule mixins that share their state through `self`. The modules, from the bottom up:
`words` (the word lists of speakers and their string ids), `parse` (`_Parse`, the
document's arrays read once; a phrase's words and levels), `phrases` (what a source phrase
is: a person, several people), `rules` (`_Rules`, the mixins' base: their state and
lookups), the rules by kind of speaker (`states`, `places`, `civil`, `companies`, `memory`;
then `antecedents`, the carry-over, and `namesakes`, bodies named in full elsewhere; then
`roles`) and `resolver` (`SpeakerResolver`: `run`, `_resolve`).
"""

from __future__ import annotations

from .resolver import SpeakerResolver

__all__ = ["SpeakerResolver"]
