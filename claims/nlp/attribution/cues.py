"""The cue lexicons (lemmas) and the dependency labels the rules compare as integers.

The cue verbs by construction (`SAY_VERBS`, `DENY_VERBS`, `ACCUSE_VERBS`, `CONDEMN_VERBS`,
`CALL_VERBS`, `DIRECTIVE_VERBS`: together `VERB_CUES`; `JUDGEMENT_VERBS`), the noun cues
(`NOUN_CUES`, `NOUN_OF_CUES`), the words the rules read around a cue (`DOCUMENT_NOUNS`,
`GLOSS_PARTICIPLES`, `EVIDENCE_PARTICIPLES`, `PARTITIVE_WORDS`, ...), and `CONJ`, `NEG`,
`NSUBJ`, `NSUBJPASS`, `RELCL` as spaCy's symbols.
"""

from __future__ import annotations

from spacy import symbols

from ..wordlists import wordset

# Dependency labels as spaCy's integer symbols, for the rules that read them off the
# per-document arrays: comparing ints builds no string per token.
CONJ, NEG, NSUBJ, NSUBJPASS = symbols.conj, symbols.neg, symbols.nsubj, symbols.nsubjpass
RELCL = symbols.relcl

SAY_VERBS = wordset(
    "say tell add state claim allege assert maintain insist argue contend report announce "
    "confirm acknowledge admit write post note stress warn caution suggest explain reiterate "
    "reaffirm declare charge tweet testify read complain counter retort reply concede "
    # telling someone that Y: "reminded all parties that X"
    "remind assure inform"
)
# Saying verbs that are not also nouns of what is said ("allege", not "report" or
# "claim"): "Members of the movement allege that...", the verb read as a noun.
SAY_ONLY_VERBS = SAY_VERBS - wordset("claim report post note charge state counter reply tweet read")
# Cues that take a side, not just report: "a raid that Paris insists took place in X".
INSISTING_VERBS = wordset("insist maintain claim allege contend assert")
DENY_VERBS = wordset("deny reject dismiss refute rebut dispute deride")
# Denials that, with two sides as subject, say only that they disagree with each other.
RECIPROCAL_DENIALS = wordset("dispute contest")
ACCUSE_VERBS = wordset("accuse blame")
CONDEMN_VERBS = wordset("condemn denounce decry")
CALL_VERBS = wordset("call describe brand label term characterise characterize dub")
DIRECTIVE_VERBS = wordset("urge advise appeal demand")
VERB_CUES = SAY_VERBS | DENY_VERBS | ACCUSE_VERBS | CONDEMN_VERBS | CALL_VERBS | DIRECTIVE_VERBS
# Verbs that report a claim in one construction only (see ``_judgement`` in
# characterisations.py): "put the toll at 12", "considers the strike a violation", a
# headline's "Company Cites X".
JUDGEMENT_VERBS = wordset("put consider deem cite")
# What "put ... at" sets: "put the number of wounded at seven", "put its losses at nine".
TOLL_NOUNS = wordset("number toll total figure count tally estimate loss casualty")
# Verbs a speaker does after a statement ("said X and vowed to respond", "and invited
# diplomats to inspect the sites"), coordinated
# with the reported clause by the parser.
SPEAKER_ACTS = wordset("vow pledge promise threaten invite offer")
# "prompting X to accuse Y": X speaks (not "urged X to deny", which X has not done).
PROMPT_VERBS = wordset("prompt lead spark cause provoke drive")
# Verbs whose bare noun-phrase object is itself the claim ("alleges civilian casualties").
OBJECT_IS_CLAIM = wordset(
    "claim allege report confirm acknowledge admit deny reject dismiss refute rebut dispute "
    "condemn denounce decry demand"
)
# Cues that are never nouns, so that a headline's "Rebels Allege Execution" read as a
# noun phrase is still a statement (not "claim", "report", "demand", "dispute").
_NOT_NOUNS = wordset("allege confirm acknowledge admit deny reject refute rebut condemn")
NOUN_CUES = wordset(
    "claim allegation accusation assertion account statement denial version narrative"
)
# Nouns whose "of" complement is the content ("allegations of civilian casualties").
NOUN_OF_CUES = wordset("claim allegation accusation denial")
# Participles with which a writer says what an accusation does to the dispute, not what
# the accused act did: "accused X of spreading misinformation, exacerbating the mistrust
# between A and B" (see _cut_comment). What came of the act stays in the charge ("of
# closing the gates, cutting the flow and leaving farmers without water"), and so does
# how it was done (", using rocket launchers").
GLOSS_PARTICIPLES = wordset(
    "escalate exacerbate deepen heighten worsen inflame fuel strain sour reignite revive "
    "stoke aggravate intensify complicate"
)
# Whom a speaker shows or hands things to: "and showed reporters photographs".
PRESS_WORDS = wordset("reporters journalists")
# What a comment names after a comma: ", a charge Ukraine denied".
COMMENT_NOUNS = wordset("charge demand assertion version account")
# Numbers someone gives: "according to figures from the health ministry".
FIGURE_NOUNS = wordset("figure data tally count estimate record")
# A writer's gloss on the speaker's words: "'terrorist' positions, the term it uses for...",
# "X, a position Belgrade rejects".
GLOSS_NOUNS = wordset("term word name label euphemism position view argument")
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
# Subjects that are documents: the speaker is their author ("a statement from the ministry").
DOCUMENT_NOUNS = wordset(
    "statement report post communique release message video pamphlet leaflet bulletin "
    "note letter list email e-mail"
)
# Nouns for what someone says: "the account the ministry gave", "a term it uses".
WORDS_NOUNS = NOUN_CUES | COMMENT_NOUNS | GLOSS_NOUNS | FIGURE_NOUNS | DOCUMENT_NOUNS
# ", pointing to tracking data", ", citing witnesses": the speaker's evidence, not its claim.
EVIDENCE_PARTICIPLES = wordset("point cite refer quote")
PRONOUNS = wordset("he she they it we i him her them us")
RELATIVE_PRONOUNS = wordset("who which that")
# Words that open the clause holding a nested claim: "..., although residents reported".
# Words opening a partitive tail of a reported clause (", among them six herders").
PARTITIVE_WORDS = wordset("among including none most all many some several both")
# Prepositions that complete a noun rather than a verb ("respect for the law", "an
# inquiry into the deaths"), when the parser hangs them on a cue after its object.
_OBJECT_PREPS = wordset("for into against of")
# Protests: "blocked the road, demanding X" says what the protesters want, not what
# anyone said.
_PROTEST_ACTS = wordset("block blockade march rally gather occupy picket barricade")
_PLACE_PREPS = wordset("on in near at along across inside outside off")
_CLAUSE_LINKS = wordset("what which that and although though while whereas but as because")
