"""The shape of the words every recogniser reads: what a language module (`english`,
`french`) fills in."""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.models import CeasefireStatus, Indicator, Qualifier


@dataclass(frozen=True, eq=False)
class DateWords:
    """Regex pieces of the date phrases; every piece keeps the group names `dates` reads."""

    month: str
    """Alternation of month spellings (the `MONTHS` keys, abbreviations included)."""
    month_name: str
    """Full month names only: 'in May' is a period, 'may' alone is a verb."""
    weekday: str
    ordinal: str
    day_of: str
    month_first: bool
    """'March 3' as well as '3 March'."""
    between: str
    and_to: str
    range_join: str
    since: str
    past: str
    """'over the past week': groups `pastn` (a count) and `pastunit`."""
    relative: str
    last: str
    """'last year': groups `last` and `lastunit`."""
    month_in: str
    year_in: str
    part: str
    """'the end of May', 'mid-May': a template with `{0}part` and `{0}edge` groups."""
    future_before: str
    since_before: str
    epi_week: str
    """An epidemiological week ('week 16, 2023'): groups `wk` and `wky` (its year)."""
    epi_week_word: str
    """The word every `epi_week` phrase holds, in lower case: a sentence without it is not
    searched."""
    hints: tuple[str, ...]
    """Every date expression contains one of these; most sentences contain none."""
    units: dict[str, str]
    """Unit words as written → day, week, month, year, hour."""
    last_words: dict[str, str]
    """'last' / 'this' as written → last, this."""
    since_words: frozenset[str]
    yesterday: frozenset[str]
    """Relative words that mean the day before publication."""
    parts: dict[str, str]
    """Part-of-month words → end, middle (anything else: the month's start)."""
    small: dict[str, int]
    as_of: str
    """Before the day a running count was made up to ('this year as at 18 October')."""
    told_before: str
    """Before the day a count was told ('…, the ministry said on Sunday', '…, selon le
    bilan du BNGRC, hier'): a period running to publication ends on that day."""
    first_months: str
    """'in the first three months of the year', 'au premier trimestre 2024': groups `fmn`
    (a count of months), `fmq` (a `quarters` word) and `fmy` (the year, written `YEAR`)."""
    quarters: dict[str, int]
    """The months in a part of the year `first_months` names ('quarter', 'semestre')."""


@dataclass(frozen=True, eq=False)
class Clauses:
    """Regex pieces of how a clause binds a number to its words (`indicators`, `pipeline`)."""

    conjunct_break: str
    """What ends one conjunct of a coordination or list ('and', 'while', a comma)."""
    relative: str
    """A relative clause on the number's noun ('… people who need care')."""
    part_of: str
    """Before a part of the figure before it ('including', 'of whom')."""
    continues: str
    """A sentence that goes on counting what the one before counted ('Of those, …', 'It
    is followed by …', 'Parmi eux, …'): its figures without a cue of their own count
    that."""
    apposed: str
    """Between a whole and its first part set after a colon or a dash ('nine people were
    killed - two soldiers, …', '12 people: eight in …'): a count of the same kind."""
    and_part: str
    """Before the next part of the same whole ('…, including 4,104 children and 2,641 …')."""
    part_after: str
    """Right after a number set off by a comma, what makes it a part of the number before
    ('Six people, at least four of them paramedics, were killed', 'quatre d'entre eux')."""
    listing: str
    """Before the first part of a list set in apposition ('including'): the verb after the
    list is the whole's, where after 'of whom' it is the part's."""
    total: str
    """Between two counts of one group ('2,100 families (10,500 individuals)')."""
    households: str
    households_of: str
    """Between a count of people and the count of the households they live in ('1,200
    people in 240 households', '900 personnes issues de 150 familles', '4 300 sinistrés,
    soit 870 ménages'): the households count the same group, which the people count
    gives; they are no figure of their own (the M/N call)."""
    groups: str
    """Between one group of people and the next of a list ('23 men, 23 women, and 29')."""
    increment: str
    """Right after a number, what makes it the increment of a total the same sentence
    gives ('two more bodies …, bringing the death toll to 11', 'With 29 more deaths …, the
    death toll … has risen to 262'): a change, not a count of its own (the V and BG
    calls)."""
    share_of_whole: str
    """Right after a percentage, the whole place or population it is a share of ('of the
    city', "of Tigray's population", 'du territoire'): such a share is a figure of its own.
    A share of a group ('55% of those reached are women', '61 per cent of the refugees are
    children') describes a figure given elsewhere, and is none."""
    disease: str
    cause_of: str
    """Right after a death cue, what the people died of ('died of cholera', 'died due to
    indirect causes'): a cause named there beats a violent word elsewhere in the
    sentence. Ends where the disease word (`disease`) must start."""
    count_subject: str
    """Before a number, a subject that is a count and a verb of reaching ('the number of
    people displaced by the clashes reached', 'the death toll from the storm … has climbed
    above'): group `subject` (or `toll`, the toll itself) says what the number counts,
    however far its words are from it."""
    violence: str
    morgue: str
    """Bodies received or released by a morgue or a hospital ('received 135 bodies at
    their morgues'): counted dead whose cause nobody has certified (`deaths`)."""
    outbreak: str
    outbreak_words: tuple[str, ...]
    """Every outbreak article contains one of these: most articles are passed over at once."""
    outbreak_risk: str
    """Near a disease word, a risk or a fear of it ('to avoid an outbreak', 'cholera is of
    serious concern'): a disease feared after a disaster, not one that is killing."""
    duration: str
    """A unit of time after a number: group `unit`, read through `duration_units`."""
    duration_units: dict[str, str]
    age_after: str
    age_list: str
    """Before the later ages of a list, the word that opens the list ('aged', 'âgés de')."""
    of_noun: str
    """The word between a vague amount and its noun ('hundreds of wounded', 'des milliers
    de blessés'): such a noun is as close to the amount as a noun right after a number."""
    people_noun: str
    """Nouns for people after an attributive participle ('six injured migrants were …')."""
    territory: str
    """Near a percentage, words of seizing or holding ground: the share is of territory."""
    hospital: str
    """A hospital as the subject that treats people ('the hospitals it supports treated')."""
    buildings: str
    """Right after a number (one word may come between), buildings or works, group `noun`
    ('7,630 homes', '31 écoles', '22 commissariats'): a count of damage, never of people."""
    infrastructure: frozenset[str]
    """The `buildings` nouns that are works rather than facilities ('bridges', 'ponts'): not
    labelled, where a facility's damage is `other`."""
    damage: frozenset[str]
    """Cue texts that say what happened to buildings ('destroyed', 'endommagées'); those of
    `damage_only` never say what happened to people, and a cue that ends with one of
    `damage_ends` says it too ('suffered severe damage', 'maisons détruites')."""
    damage_only: frozenset[str]
    damage_ends: tuple[str, ...]
    time_after: str
    planned: str
    rate_of: str
    """Right before a round number, the word of a rate ('10 cases per 100,000', '3 morts
    pour 10 000 habitants'): the number is the rate's base, no count of anyone."""
    not_people: str
    """Right after a number, a noun that is not people ('65 buses', '12 camps'): no figure."""
    responders: str
    """Right after a number, the people sent to help ('200 rescuers', '54 personnel', '717
    relief workers'): they are the response, not the affected, unless `harmed` says what
    befell them."""
    deployed: str
    """A verb that sends responders out ('deployed', 'trained'): with it, volunteers, staff
    and health workers are the response too (`responders`, outside group `core`)."""
    harmed: str
    """Near a count of responders, what makes them a casualty figure ('3 rescuers killed',
    'including 38 health workers')."""
    forecast: str
    """Right before a number, a projection ('could see 250,000 cases'): no figure."""
    forecast_verb: str
    """Between a number and its death cue, a modal ('thousands will die'): a forecast."""
    in_hospital: str
    """Patients taken into hospital ('hospitalised', 'admitted')."""
    abroad: str
    """After a flight cue, a destination across a border ('to neighbouring Chad', 'fled to
    Uganda', 'to the Zulia state in Venezuela'): the people are refugees."""
    """Before a cue of people reached, it names a target ('people to be assisted')."""


@dataclass(frozen=True, eq=False)
class Language:
    """Everything language-specific the extractor reads; compiled once per language."""

    tag: str
    """ISO 639-1, as the situation's `language` setting writes it."""
    number_words: tuple[str, ...]
    number_join: str
    """What joins number words ('twenty-one', 'one hundred and five')."""
    scales: dict[str, int]
    article_scale: str
    """'a hundred', 'half a million': groups `a` (the lead) and `ascale`."""
    hundred: str
    ones: frozenset[str]
    """The words for one, also articles ('one of the', 'une attaque'): a number only before
    people, a place, a list or a duration ('une personne a été tuée', 'one in Gaza')."""
    bare_scales: bool
    """Whether a scale word alone is a number before people ('mille personnes', 'cent
    blessés'); English needs 'a' or 'one' before 'thousand'."""
    decimal_comma: bool
    """Whether a comma marks decimals ('2,086 millions' is 2.086 million in French): before a
    scale, a lone comma is then a decimal mark, never a thousands separator."""
    vague: dict[str, tuple[int, int]]
    """Ranges for vague amounts: the smallest and largest number the phrase can honestly mean."""
    about: dict[str, int]
    """Round amounts written as words ('a dozen', 'une centaine'): about that many."""
    percent: str
    between: str
    and_word: str
    range_word: str
    change_from: str
    """A verb of change before the word for 'from' ('has risen from', 'est passé de'): its
    'from X to Y' is a former count and a new one, two figures, not a range of one."""
    qualifiers: dict[Qualifier, tuple[str, ...]]
    """Phrases before a number: words separated by spaces, `a|b` alternatives for one word."""
    bound_after: str
    """'50 or more': group `up` when it is a lower bound."""
    people: str
    """Nouns for people right after a number: '2000 people' is a figure, not a year."""
    months: dict[str, int]
    weekdays: tuple[str, ...]
    dates: DateWords
    cues: dict[Indicator, tuple[str, ...]]
    """Cue phrases: words separated by spaces, `a|b` alternatives, `[…]` optional, `*` any
    word. Where several start at one word, the one with the most written words wins."""
    cue_join: str
    """What may stand between the words of a cue phrase."""
    speech_verbs: str
    speech_stems: tuple[str, ...]
    """Every attribution contains one of these: most sentences are passed over at once."""
    according: str
    document_of: str
    """After 'according to' / 'selon', a document and the word that joins it to its issuer
    ('the latest report from the', 'le dernier rapport du', 'un bilan publié par l''): the
    issuer that follows is the source, and the article relays that issuer's report."""
    agent: str
    """A passive report verb and its 'by' ('confirmed by', 'communiqué par'): the speaker
    follows it."""
    release_verbs: str
    """What an organisation does in the opening of its own release ('condemns', 'calls
    on', 'is urging', 'today transferred'): it speaks in its own voice, not reported."""
    passive_before: str
    speech_auxiliaries: tuple[str, ...]
    speech_adverbs: tuple[str, ...]
    """What may stand between a speaker and its speech verb: an auxiliary ('has', 'had'),
    an adverb ('so far', 'initially'), or an auxiliary and an adverb ('had previously')."""
    continues: str
    """Words that say a sentence goes on with the source of the one before in its paragraph
    ('Moreover, 2,500 evacuated people were reported', 'This brings the total to 43 dead',
    'The same source reports'); matched without regard to case."""
    same_subject: str
    """A pronoun opening the next sentence that is the speaker of the one before ('The
    ambulance service confirmed 28 deaths. It treated 17 people …')."""
    breakdown: str
    """An opening that gives the parts of the figure just given ('Among the deceased, 14
    people died in …', 'The deaths include 15 …'), reported by whoever gave it, also when
    a new paragraph opens with it."""
    back_reference: str
    """A sentence opening that points back at the figures before it ('This was stated by',
    'These figures were confirmed by', 'Ce bilan, communiqué par'): who it names gave them."""
    pronouns: dict[str, str]
    """Pronoun → what it refers back to: a person or any speaker."""
    body_again: str
    """A lower-case description of an organisation, group `head` its noun ('the disaster
    response body', 'the ministry', "l'agence onusienne"): the organisation named before."""
    any_body: frozenset[str]
    """The heads of `body_again` that describe any organisation ('agency', 'agence'); the
    others only one of their kind ('the ministry' is only a ministry)."""
    demonstratives: frozenset[str]
    """Words that point at a fact, never at a speaker ('This adds to the toll')."""
    noun_words: frozenset[str]
    """Lower-case words a speaker's noun phrase may contain ('the health ministry')."""
    not_names: frozenset[str]
    function_words: frozenset[str]
    not_speakers: frozenset[str]
    """Words that open or qualify a report without naming who gave it ('Initial reports',
    'Previous estimates', 'the latest official report', 'ALSO READ', 'As reported'): a
    speaker made only of these (and of day or month names) is nobody."""
    leading_article: str
    """What opens a speaker's phrase without being part of the name: an article, and a
    conjunction that opens the clause ('While China put …')."""
    ceasefire: str
    statuses: tuple[tuple[CeasefireStatus, tuple[str, ...]], ...]
    abbreviations: frozenset[str]
    """Words a full stop follows without ending the sentence."""
    clauses: Clauses
    documents: tuple[str, ...]
    """The nouns of a document that carries figures ('report', 'bilan'), as regex pieces:
    the one list every rule about documents reads (`sources`)."""
    document_qualifiers: tuple[str, ...]
    """Words that describe a document before its noun ('the latest report', 'un nouveau
    bilan')."""
    document_adjectives: tuple[str, ...]
    """Words that describe a document after its noun ('un bilan officiel communiqué'), as
    regex pieces; none where adjectives stand before their noun."""
    unnamed_documents: tuple[str, ...]
    """The `documents` an attribution may cite with nobody named ('selon les données
    communiquées', 'selon un nouveau bilan officiel'): the document of the body named
    before. None in English, where 'according to the figures' is read by its words."""
    articles: str
    """Articles and demonstratives that open a noun phrase ('the', 'les', 'cette')."""
    opening_qualifiers: tuple[str, ...]
    """How early a report came ('Initial media reports said', 'les premiers bilans'), not
    who made it."""
    counted: tuple[str, ...]
    """Counted speakers ('confirmed by two residents', 'donné par deux habitants')."""
    response: str
    """The verbs of a response its actor tells ('IOM has provided shelter to 5,000 people',
    'l'OIM a aidé 20 000 personnes'), with their auxiliary."""
    response_from: str
    """Before who gave what people received ('796 people have received medical services
    from the Relief Office', '300 personnes ont reçu des soins de l'OIM')."""
    relayed_by: str
    """After a speaker named after its verb, the outlet that relays it ('…, said the
    governor quoted by the Lumen agency')."""
    place_before: str
    """What stands between a speaker and the place it is in ('Relief Hospital in Tarn
    reported', 'l'hôpital Tarn à Velo a reçu')."""
    definite: str
    """The definite articles ('the', 'le|la|les|l'')."""
    of: str
    """What joins a document to what it counts ('the toll of', 'le bilan du')."""
    issued_by: str
    """What joins a document to its issuer ('report from the', 'communiqué du')."""
    in_own_document: str
    """A speech verb and the speaker's own document ('…, the agency said in its latest
    situation report', '… a indiqué dans son dernier rapport'): the story relays that
    document, figure after figure."""
    hazards: str
    """A hazard or an attack, its article included ('the storm', 'le cyclone'): a
    document of one ('Le bilan du cyclone Bingiza') counts it and names nobody."""
    noun_determiners: tuple[str, ...]
    """Words right before a speech verb's word that make it a noun ('the reports', 'les
    rapports')."""
    adjective_after: str
    """An adjective after its noun ('sécuritaires', 'locaux'), part of a speaker's
    phrase ('deux sources sécuritaires'); empty where adjectives stand before it."""
    nationality_after: str
    """A people's adjective after its noun ('les autorités soudanaises'); empty where
    adjectives stand before it."""
    quoting: str
    """Before whom an outlet quotes ('…, quoting local police'); empty for none."""
    parts_of_day: tuple[str, ...]
    """A part of the day after a weekday ('…, said on Monday night the mayor')."""
    speaker_after: str
    """Before a speech verb whose speaker follows it ('comme l'explique le maire'); empty
    for none."""
    inverted_speech: str
    """A speech verb with its subject pronoun after it ('», a-t-il précisé'): group `aux`,
    `one` or `many` holds the pronoun; empty for none."""
    inverted_hints: tuple[str, ...]
    """Every `inverted_speech` phrase holds one of these ('-t-', '-il'): most sentences hold
    none, and are not searched."""
    hearer_verbs: tuple[str, ...]
    """Speech verbs whose object is who was told ('…, the director told AFP'): the name after
    them is never the speaker."""
