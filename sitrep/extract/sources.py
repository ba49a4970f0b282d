"""Who said it: the speaker of a sentence, as written.

Three shapes cover news attribution: "X said/told/reported/estimates", "…, said X"
and "according to X". Quoted speech is masked first, so the "Russia said" inside a
quotation does not become the speaker of the sentence that quotes Egeland. "He said"
is resolved to the last named person; "it said" to the last speaker of any kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sitrep import patterns
from sitrep.extract import english
from sitrep.extract.dates import DATELINE_RE
from sitrep.extract.languages import ENGLISH, Language
from sitrep.extract.scan import (
    finditer_alike,
    holds_any,
    holds_none,
    letters_first,
    literal_alternation,
    lowered,
    lowered_once,
    needles,
)

_DOCUMENT = english.DOCUMENT

_WORD = patterns.compile(
    r"(?:M|Mme|Mlle)\.(?=\s+[A-Z])|(?:[A-Za-z]\.){2,}"
    r"|[^\W\d_][\w'’&-]*(?:\s*[(\[][A-Z][\w.&-]*[)\]])?|[(\[][A-Z][\w.&-]*[)\]]"
)
"""A word of a name: 'U.N.', 'Médecins', 'Red Crescent (ARCS)', 'Migration [IOM]', and
French 'M. Diallo'."""
_TRAILING_GENERIC = patterns.compile(
    r"(?:(?:^|\s+)(?:estimates?|figures?|data|surveillance|sources?|reports?|statistics|count))+$"
)
_ORG_WORDS = patterns.compile(
    r"\b(?:UN|U\.N\.|ministry|agency|agencies|government|television|media|office|organi[sz]ation|"
    r"council|army|forces|statement|defen[cs]e|committee|crescent|cross|authorities|regime|WHO|"
    r"UNICEF|UNHCR|IOM|OCHA|MSF|nations|state)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, eq=False)
class _Words:
    """A language's attribution words, compiled once."""

    lang: Language
    stem: re.Pattern[str]
    """Any speech stem, as one search instead of one per stem."""
    verb: re.Pattern[str]
    verb_cased: re.Pattern[str]
    """`verb` with regard to case, for text `lowered_alike` gives."""
    passive_before: re.Pattern[str]
    according: re.Pattern[str]
    document_of: re.Pattern[str]
    """'according to the latest report from the Ministry of Home Affairs', 'selon le
    dernier rapport du Bureau …': the document is the frame, its issuer the source."""
    leading_article: re.Pattern[str]
    release: re.Pattern[str]
    agent: re.Pattern[str]
    adverb_before: re.Pattern[str] | None
    """The auxiliary and adverb ending the text before a speech verb ('The Directorate has so
    far confirmed', 'The office initially reported'): the subject stands before them."""
    adverb_last: tuple[str, ...]
    """The words `adverb_before` can end with: text ending with none of them (in ASCII) is
    not searched, which spares a scan of everything before each speech verb."""
    document_issuer: re.Pattern[str]
    """'communiqué du ministre', 'report from the ministry': a document, then its issuer."""
    body_again: re.Pattern[str]
    any_body: frozenset[str]
    document_word: re.Pattern[str]
    unnamed_document: re.Pattern[str]
    """'un nouveau bilan officiel communiqué': a document, nobody named."""
    bare_unnamed_document: re.Pattern[str]
    """'selon les données communiquées, …': a document cited with no issuer, the whole
    phrase."""
    hazard_toll: re.Pattern[str]
    """A sentence opening on the toll of a hazard or an attack ('Le bilan du cyclone
    Bingiza'): what the document counts, not who issued it."""
    in_own_document: re.Pattern[str]
    opening_qualifier: re.Pattern[str]
    """'Initial media reports said': how early the report came, not who made it."""
    counted: re.Pattern[str]
    response: re.Pattern[str]
    response_from: re.Pattern[str]
    response_needles: tuple[tuple[str, ...] | None, tuple[str, ...] | None]
    """The literals every match of `response` and of `response_from` holds: a sentence
    with none of either (most without a speech stem) is not searched."""
    relayed_by: re.Pattern[str]
    place_before: re.Pattern[str]
    noun_before: re.Pattern[str]
    """A number or a determiner right before a speech verb's word makes it a noun."""
    adjective_after: re.Pattern[str] | None
    """An adjective after its noun ('sécuritaires'); None where the language puts none
    there."""
    noun_adjective: re.Pattern[str] | None
    """`adjective_after` or a people's adjective ('soudanaises'): a word of the speaker's
    phrase after a noun for who speaks; None where the language puts none there."""
    quoting: re.Pattern[str] | None
    parts_of_day: frozenset[str]
    speaker_after: re.Pattern[str] | None
    inverted: re.Pattern[str] | None
    hearer_verbs: frozenset[str]


@cache
def _words(lang: Language) -> _Words:
    unnamed = (
        rf"(?:(?:{_alternation(lang.document_qualifiers)})\s+)?"
        rf"(?:{_alternation(lang.unnamed_documents)})"
        rf"(?:\s+(?:{_alternation(lang.document_adjectives)}))*"
    )
    response = patterns.compile(lang.response, re.IGNORECASE)
    response_from = patterns.compile(lang.response_from, re.IGNORECASE)
    adjectives = [f"(?:{a})" for a in (lang.adjective_after, lang.nationality_after) if a]
    return _Words(
        lang=lang,
        stem=patterns.compile(
            literal_alternation(sorted(lang.speech_stems, key=len, reverse=True))
        ),
        verb=patterns.compile(letters_first(rf"\b(?:{lang.speech_verbs})\b"), re.IGNORECASE),
        verb_cased=patterns.compile(letters_first(rf"\b(?:{lang.speech_verbs})\b")),
        passive_before=patterns.compile(letters_first(lang.passive_before), re.IGNORECASE),
        according=patterns.compile(letters_first(lang.according), re.IGNORECASE),
        document_of=patterns.compile(lang.document_of, re.IGNORECASE),
        leading_article=patterns.compile(lang.leading_article, re.IGNORECASE),
        release=patterns.compile(
            rf"[\s{_BULLET_MARKS}]*(?:date\s+\d{{4}}(?:-\d\d){{0,2}}\s+)?"
            r"(?:[A-Z0-9][^–—\n]{0,60}?\s*[–—]+\s*){0,2}"
            r"(?:(?:As|While|With|Amid)\s+[^;\n]{3,200}?,\s+(?:the\s+)?)?"
            r"(?P<who>[A-Z][^,;:.!?“”\"«»~\d\n]{1,150}?)(?:,\s+[^,;.\d\n]{3,120},)?\s+"
            rf"(?:{lang.release_verbs})"
            r"|(?:At|Here\s+at)\s+(?:the\s+)?(?P<at>[A-Z][^,;:.!?\d\n]{1,80}),\s+we\s+(?=[a-z])"
        ),
        agent=patterns.compile(lang.agent, re.IGNORECASE),
        adverb_before=_adverb_before(lang),
        body_again=patterns.compile(lang.body_again, re.IGNORECASE),
        any_body=lang.any_body,
        adverb_last=tuple(w.split()[-1] for w in (*lang.speech_auxiliaries, *lang.speech_adverbs)),
        document_issuer=patterns.compile(
            rf"(?:(?:{_alternation(lang.document_qualifiers)})\s+)?"
            rf"(?:{_alternation(lang.documents)})"
            rf"(?:\s+(?:{_alternation(lang.document_adjectives)}))*\s+(?:{lang.issued_by})(?=\w)",
            re.IGNORECASE,
        ),
        document_word=patterns.compile(rf"\b(?:{_alternation(lang.documents)})\b", re.IGNORECASE),
        unnamed_document=patterns.compile(unnamed, re.IGNORECASE),
        bare_unnamed_document=patterns.compile(
            rf"(?:{lang.articles})\s*{unnamed}\s*(?=[,;]|$)", re.IGNORECASE
        ),
        hazard_toll=patterns.compile(
            rf"\s*(?:{lang.definite})\s*(?:[\w-]+\s+){{0,2}}(?:{_alternation(lang.documents)})\s+"
            rf"(?:{lang.of})\s*{lang.hazards}[^,;]*",
            re.IGNORECASE,
        ),
        in_own_document=patterns.compile(lang.in_own_document),
        opening_qualifier=patterns.compile(
            rf"(?:{_alternation(lang.opening_qualifiers)})\s+(?=\w)", re.IGNORECASE
        ),
        counted=patterns.compile(rf"(?:{_alternation(lang.counted)})\s+"),
        response=response,
        response_from=response_from,
        response_needles=(needles(response), needles(response_from)),
        relayed_by=patterns.compile(lang.relayed_by),
        place_before=patterns.compile(lang.place_before),
        noun_before=patterns.compile(
            rf"(?:\d|\b(?:{_alternation(lang.noun_determiners)}))\s+$", re.IGNORECASE
        ),
        adjective_after=patterns.compile(lang.adjective_after) if lang.adjective_after else None,
        noun_adjective=patterns.compile("|".join(adjectives)) if adjectives else None,
        quoting=patterns.compile(lang.quoting) if lang.quoting else None,
        parts_of_day=frozenset(lang.parts_of_day),
        speaker_after=(
            patterns.compile(lang.speaker_after, re.IGNORECASE) if lang.speaker_after else None
        ),
        inverted=(
            patterns.compile(lang.inverted_speech, re.IGNORECASE) if lang.inverted_speech else None
        ),
        hearer_verbs=frozenset(lang.hearer_verbs),
    )


def _alternation(pieces: tuple[str, ...]) -> str:
    """Regex pieces as one alternation; none matches nothing."""
    return "|".join(pieces) if pieces else "(?!)"


def _adverb_before(lang: Language) -> re.Pattern[str] | None:
    """The language's auxiliaries and adverbs as one pattern anchored at the verb, or None
    when it has none (then nothing is stripped before a verb)."""
    if not lang.speech_adverbs and not lang.speech_auxiliaries:
        return None
    aux = _words_alternation(lang.speech_auxiliaries)
    adverb = _words_alternation(lang.speech_adverbs)
    return patterns.compile(
        rf"\s+(?:{aux}(?:\s+{adverb})?|(?:{aux}\s+)?{adverb})\s*$", re.IGNORECASE
    )


def _words_alternation(phrases: tuple[str, ...]) -> str:
    """Phrases of one or more words as one group, the longest first; none matches nothing."""
    if not phrases:
        return "(?!)"
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) + ")"


_QUOTED = patterns.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)")
"""Quoted speech, in English and in French guillemets."""


@dataclass
class Speakers:
    """The article's speakers so far: pronouns and surnames in later sentences refer back."""

    last_any: str | None = None
    last_person: str | None = None
    last_body: str | None = None
    """The last organisation that spoke: whose report or statement 'the report' is."""
    report: str | None = None
    """The last issuer whose document the article cites ('according to the latest INGD
    data', 'selon le dernier rapport d'OCHA'): a news story that relays a report figure
    after figure gives it as the source of the sentences after it that name nobody."""
    named: list[str] = field(default_factory=list)
    known: frozenset[str] = frozenset()
    """Acronyms the article uses, so a description of an agency can be named by one."""
    lang: Language = ENGLISH
    opening: str | None = None
    """The organisation the article's first attribution names by a speech verb ('…, the
    Relief Office said'), until a second attribution is read."""
    attributions: int = 0
    """How many attributions the article has made so far (counted up to two)."""

    def remember(self, source: str) -> str:
        """Record a speaker; a bare surname becomes the full name given earlier."""
        if " " not in source:
            source = next((n for n in reversed(self.named) if n.split()[-1] == source), source)
        self.named.append(source)
        self.last_any = source
        if not _ORG_WORDS.search(" ".join(source.split()[-2:])):
            self.last_person = source
        if _ORG_WORDS.search(source) or _ORGANISATION.search(source):
            self.last_body = source
        return source


def mask_quotes(sentence: str) -> str:
    """The sentence with quoted speech replaced by `~`, offsets unchanged."""
    if '"' not in sentence and "“" not in sentence and "«" not in sentence:
        return sentence
    return _QUOTED.sub(lambda m: "~" * len(m.group()), sentence)


_CLAUSE_TURN = patterns.compile(
    r";|,\s+(?:while|whereas|but|although|tandis\s+que|alors\s+que|mais|bien\s+que)\s+(?=\w)",
    re.IGNORECASE,
)
"""Where a later clause may name a speaker of its own: after a semicolon, or a contrast
('…, while the agency puts the toll at 259', '…, alors que l'ONU en compte 30')."""


def clause_starts(sentence: str) -> list[int]:
    """The offsets where the sentence's later clauses start, outside quoted speech."""
    if ";" not in sentence and "," not in sentence:
        return []
    return [m.end() for m in _CLAUSE_TURN.finditer(mask_quotes(sentence))]


def find_source(sentence: str, speakers: Speakers) -> str | None:
    """The speaker of the sentence (outside quotation marks), or None if nobody is named."""
    source = _find_source(sentence, speakers)
    if source is not None and speakers.attributions < _OPENING_ATTRIBUTIONS:
        return _opening(sentence, source, speakers)
    return source


_OPENING_ATTRIBUTIONS = 2


def _opening(sentence: str, source: str, speakers: Speakers) -> str:
    """A story whose first two attributions are one organisation's word ('…, the Relief
    Office (RO) said on Monday. In its latest figures, the RO said …') relays that
    organisation: it becomes the report the sentences after it go on with while they name
    nobody else. A lead that cites its source ('…, according to the ministry') is a
    report's own account, not such a story; a person speaks for themselves."""
    speakers.attributions += 1
    if speakers.attributions == 1:
        cited = _words(speakers.lang).according.search(sentence) is not None
        speakers.opening = source if not cited and _body(source) else None
    elif (
        speakers.opening is not None
        and speakers.report is None
        and (same_issuer(source, speakers.opening) or source in speakers.opening)
    ):
        speakers.report = source
    return source


def _body(source: str) -> bool:
    """Whether a speaker is an organisation ('interior ministry', 'Bureau … (HCR)'), not a
    person ('UN aid chief Mark Lowcock'): its last words name a body or an acronym."""
    last = source.split()[-2:]
    return _ORG_WORDS.search(" ".join(last)) is not None or (
        _ORGANISATION.search(last[-1]) is not None
    )


def _find_source(sentence: str, speakers: Speakers) -> str | None:
    lang = speakers.lang
    w = _words(lang)
    if w.stem.search(lowered(sentence)) is None and not _may_respond(w, sentence):
        return None
    masked = mask_quotes(sentence)
    inverted = (
        w.inverted.search(masked)
        if w.inverted is not None and holds_any(masked, lang.inverted_hints)
        else None
    )
    if inverted is not None:
        # '«…», a-t-il précisé': the pronoun after the verb is the speaker named before.
        pronoun = inverted.group("aux") or inverted.group("one") or inverted.group("many")
        if lang.pronouns.get(pronoun.lower()) == "person":
            return speakers.last_person
        return speakers.last_any
    source = (
        _according_to(w, masked)
        or _quoting(w, masked)
        or _document_subject(w, masked)
        or _verb_subject(w, masked)
        or _possessive(w, masked)
        or _agent(w, masked)
        or _responder(w, masked)
    )
    if isinstance(source, _Unnamed):
        if speakers.last_body is not None and speakers.report is None:
            speakers.report = speakers.last_body
        return speakers.last_body
    if source is None or _nobody(lang, source):
        return None
    toll = w.hazard_toll.match(masked) if source in masked[:_HAZARD_REACH] else None
    if toll is not None and source in toll.group() and not _made_by(toll.group(), source):
        # 'Le bilan du cyclone Bingiza, qui …, fait état de …': a hazard's toll, nobody's.
        return None
    issued = w.document_issuer.match(source)
    if issued is not None:
        # '«…», indique un communiqué du ministre de la Santé': the document's issuer.
        source = _Reported(source[issued.end() :])
    reported = isinstance(source, _Reported) or w.in_own_document.search(masked) is not None
    source = _alias_around(masked, source, speakers.known) or normalise(source, speakers.known)
    if (opening := w.opening_qualifier.match(source)) is not None:
        # 'Initial media reports said': how early the report came, not who made it.
        source = source[opening.end() :]
    if _BARE_DOCUMENT.fullmatch(source) is not None:
        if speakers.last_body is not None and speakers.report is None:
            # 'According to an official statement, …' after 'The Civil Defence announced':
            # the story goes on relaying that body's statement.
            speakers.report = speakers.last_body
        return speakers.last_body or source
    if speakers.last_body is not None and _names_body_again(w, source, speakers.last_body):
        return speakers.last_body
    if speakers.last_body is None and (named := _body_named_before(w, masked, source)) is not None:
        source = named
    kind = lang.pronouns.get(source.lower())
    if kind == "person":
        return _name_before(masked, source) or speakers.last_person
    if kind is not None:
        return speakers.last_any
    source = speakers.remember(source)
    if (
        reported
        and any(ch.isupper() for ch in source)
        and not (speakers.report is not None and same_issuer(source, speakers.report))
    ):
        # 'Initial reports shared by humanitarian partners': a description, not an agency
        # whose report a story relays.
        speakers.report = source
    return source


_HAZARD_REACH = 120
_BY_BEFORE = patterns.compile(r"\b(?:par|by)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$")


def _made_by(toll: str, source: str) -> bool:
    """'Le dernier bilan des inondations fait par la Direction (DGPC) fait état de …': the
    toll's maker, named after 'par', is who reports it."""
    return _BY_BEFORE.search(toll, 0, toll.find(source)) is not None


def same_issuer(one: str, other: str) -> bool:
    """Whether two names of a source are one issuer: written alike, or one is the other's
    acronym, in its brackets ('… (OCHA)') or as its initials ('OIM' for 'Organisation
    Internationale des Migrations')."""
    if one == other:
        return True
    short, full = sorted((one, other), key=len)
    if not short.isupper() or " " in short:
        return False
    if f"({short})" in full:
        return True
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", full) if w[0].isupper())
    return initials == short


def _nobody(lang: Language, source: str) -> bool:
    """'Initial', 'Previous', 'latest official', 'Since January': what is left of a report's
    opening once its noun ('reports', 'estimates') is taken off names nobody."""
    words = [w.strip(".,;:'’").lower() for w in source.split()]
    return all(
        w in lang.not_speakers or w in lang.not_names or w in lang.function_words for w in words
    )


_BODY_NAME = patterns.compile(
    r"(?<![\w'’])[A-Z][\w'’&-]*(?:\s+(?:(?:of|the|and|for|de|du|des|la|le)\s+)*[A-Z][\w'’&-]*)*"
    r"(?:\s*\([^()~]{2,60}\))?"
)


def _body_named_before(w: _Words, masked: str, source: str) -> str | None:
    """'Clinics run by the Relief Corps (RC) received 40 patients, the aid group said': a
    lower-case description of a body, before any organisation has spoken, is the first
    organisation its own sentence names."""
    m = w.body_again.fullmatch(source)
    if m is None or any(ch.isupper() for ch in source) or m.group("head").lower() not in w.any_body:
        return None
    for name in _BODY_NAME.finditer(masked):
        found = name.group()
        if found.isupper() and (" " in found or len(found) > _ACRONYM_MAX):
            continue  # a dateline ('PORT TOWN —'), not an acronym
        if _ORGANISATION.search(found) is not None:
            return found
    return None


_ACRONYM_MAX = 6


def _names_body_again(w: _Words, source: str, body: str) -> bool:
    """Whether a lower-case description refers back to the organisation last named: any
    organisation is 'the agency' or 'the body'; 'the ministry' is only a ministry."""
    un = _UN_BEFORE.match(source)
    if un is not None:
        # 'the UN agency': only a United Nations body named before.
        source = source[un.end() :]
        if _UN_BODY.search(body) is None or source.lower() not in w.any_body:
            return False
    m = w.body_again.fullmatch(source)
    if m is None or any(ch.isupper() for ch in source[1:]):
        return False
    head = m.group("head").lower()
    return head in w.any_body or head in body.lower() or head in _acronym_words(body)


@cache
def _acronym_words(body: str) -> frozenset[str]:
    """The words of the names a UN body's acronym stands for ('office' for OCHA)."""
    return frozenset(
        word
        for name, named in _ALIASES.items()
        if body in named
        for word in re.findall(r"[^\W\d_]+", name)
    )


_UN_BEFORE = patterns.compile(r"(?:(?:the|a)\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?=[a-z])")
_UN_BODY = patterns.compile(
    r"\b(?:UN[A-Z]*|U\.N\.|United\s+Nations|Nations\s+Unies|OCHA|IOM|WHO|WFP|OIM|HCR|OMS|PAM)\b"
)


_RELEASE_OPENINGS = 2
"""How many of a text's first full sentences may open a release in its author's voice."""
_NAME_JOINS = frozenset(
    {"of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "et", "d", "l"}
)
_ORGANISATION = patterns.compile(
    r"\b(?:[A-Z]{2,}|Organi[sz]ation|Agency|Office|Commission|Committee|Council|Federation|"
    r"Society|Programme|Program|Fund|Foundation|Cross|Crescent|Children|Frontières|Ministry|"
    r"Mission|Nations|Rights|Rescue|Relief|Network|Association|Institute|Organisation|"
    r"Bureau|Agence|Comité|Fonds|Croix|Médecins|Aid|International|Alliance|Corps|Directorate|"
    r"Authority|Department|Service|Police|Secretariat|Administration|Center|Centre)\b"
)


def release_voice(text: str, bounds: list[tuple[int, int]], lang: Language) -> str | None:
    """The organisation whose own release the text is, when one of its first full
    sentences has it act in its own voice ('UNHCR, the UN Refugee Agency, strongly
    condemns …', 'KHARTOUM, 29 August – Save the Children is urging …', 'The ICRC today
    transferred …'): the figures nobody else is named for are the agency's. A headline
    is not such a sentence (a wire story's title may say 'UN condemns …'); a reporting
    verb ('UNHCR said') is the sentence's own attribution, not a release's voice."""
    w = _words(lang)
    seen = 0
    for start, end in bounds:
        sentence = text[start:end]
        if not sentence.endswith(".") or len(sentence) < _REPEAT_FLOOR:
            continue
        m = w.release.match(sentence, sentence.rfind("\n") + 1)
        who = (m.group("who") or m.group("at")) if m is not None else None
        if who is not None and names_organisation(who):
            return normalise(_clean(w, who), acronyms(text))
        seen += 1
        if seen == _RELEASE_OPENINGS:
            return None
    return None


_REPEAT_FLOOR = 40
_NAME_WORDS = 20
"""Two agencies named in full with their acronyms ('The International Committee of the Red
Cross (ICRC) and the Somali Red Crescent Society (SRCS)') stay under this."""
"""A full sentence shorter than this is a line of page furniture, not an opening."""


def names_organisation(who: str) -> bool:
    """A proper name of an organisation: every word capitalised but its joining words, or,
    as French writes names ('Bureau national de gestion des risques (BNGRC)'), a
    capitalised first word and the name's acronym in brackets at its end."""
    words = re.findall(r"[^\s()]+", who)
    if not 1 <= len(words) <= _NAME_WORDS:
        return False
    spelled_out = who[:1].isupper() and _ACRONYM_AT_END.search(who) is not None
    if not spelled_out and any(not (w[0].isupper() or _joining(w)) for w in words):
        return False
    return _ORGANISATION.search(who) is not None


_ACRONYM_AT_END = patterns.compile(r"\s\([A-Z][A-Za-z-]*[A-Z]\)$")


def _joining(word: str) -> bool:
    """'of', 'the', 'du', and an elided article before a name ('d’Entraide')."""
    head, mark, rest = word.replace("'", "’").partition("’")
    return word.lower() in _NAME_JOINS or bool(
        mark and head.lower() in _NAME_JOINS and rest[:1].isupper()
    )


def cites_basis(sentence: str, lang: Language) -> bool:
    """Whether the sentence gives what its figure rests on ('according to six surveys'),
    even when no speaker can be named from it."""
    return _words(lang).according.search(sentence) is not None


def noun_phrase_before(text: str, end: int, lang: Language = ENGLISH) -> str | None:
    """The name or noun phrase that ends at `end` (the subject of a verb)."""
    # The words of a long text are read from a space near the end only: a phrase never
    # runs that far back, and when the walk comes near the window's start it is read again
    # over the whole text, so the answer is the same.
    lo = text.find(" ", end - _PHRASE_WINDOW, end) + 1 if end > _PHRASE_WINDOW else 0
    if lo and text[lo : lo + 1] not in "([":
        phrase, near_start = _noun_phrase_before(text, lo, end, lang)
        if not near_start:
            return phrase
    return _noun_phrase_before(text, 0, end, lang)[0]


_PHRASE_WINDOW = 200


def _noun_phrase_before(text: str, lo: int, end: int, lang: Language) -> tuple[str | None, bool]:
    """The phrase, and whether the walk read back to within a few words of `lo`."""
    words = list(_WORD.finditer(text, lo, end))
    near = len(words) <= _NAME_BACK + 3
    named = _name_back_to_capital(text, words, end)
    if named is not None:
        return named, near
    picked: list[re.Match[str]] = []
    for k in range(len(words) - 1, -1, -1):
        near = near or k <= 2
        word = words[k]
        gap = text[word.end() : picked[0].start() if picked else end]
        if gap.strip():
            break
        token = word.group()
        low = token.lower()
        if low in lang.pronouns and not picked:
            return token, near
        if low in {"a", "an"}:
            picked.insert(0, word)
            break
        elided = _ELIDED.match(token)
        if elided is not None and token[elided.end() :].lower() in lang.noun_words:
            # 'l'organisation a fait état': the elided article ends the phrase.
            start = word.start() + elided.end()
            return text[start : picked[-1].end() if picked else word.end()], near
        if (
            low in _NAME_PARTICLES
            and picked
            and picked[0].group()[:1].isupper()
            and k > 0
            and words[k - 1].group()[:1].isupper()
            and not text[words[k - 1].end() : word.start()].strip()
        ):
            # 'Davao de Oro's provincial government': a particle inside a place's name.
            picked.insert(0, word)
            continue
        if low in _OFFICE_IN and picked and _office_before(lang, words, k, text):
            picked.insert(0, word)
            continue
        if low in lang.not_names:
            break
        if (
            _name_like(token)
            or low in lang.noun_words
            or _adjective_after_noun(lang, words, k, text)
        ):
            picked.insert(0, word)
            continue
        break
    while picked and picked[0].group().lower() in lang.function_words:
        picked.pop(0)
    if not any(_name_like(w.group()) or w.group().lower() in lang.noun_words for w in picked):
        return None, near
    return text[picked[0].start() : picked[-1].end()], near


def _adjective_after_noun(lang: Language, words: list[re.Match[str]], k: int, text: str) -> bool:
    """'les autorités soudanaises', 'le ministère libanais de la Santé': a French adjective
    (of a people, or 'locales', 'sanitaires') right after a noun for who speaks belongs to
    the speaker's phrase."""
    if k == 0 or text[words[k - 1].end() : words[k].start()].strip():
        return False
    return _adjective_of(lang, words[k - 1].group(), words[k].group())


def _adjective_of(lang: Language, noun: str, word: str) -> bool:
    """Whether `word` is a French adjective (of a people, or 'locales') after `noun`, a word
    for who speaks ('le ministère malien de la Défense', 'l'armée malienne')."""
    adjective = _words(lang).noun_adjective
    if adjective is None or adjective.fullmatch(word.lower()) is None:
        return False
    elided = _ELIDED.match(noun)
    return noun[elided.end() if elided else 0 :].lower() in lang.noun_words - lang.function_words


def _name_back_to_capital(text: str, words: list[re.Match[str]], end: int) -> str | None:
    """'le Bureau régional des secours (BRS) fait savoir': a name whose last word is
    lower case before its bracketed acronym runs back to its capitalised first word."""
    if not words or text[words[-1].end() : end].strip():
        return None
    last = words[-1].group()
    if "(" not in last or not last[:1].islower():
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _NAME_BACK), -1):
        if text[words[k].end() : words[k + 1].start()].strip():
            return None
        token = words[k].group()
        if token[:1].isupper():
            return text[words[k].start() : words[-1].end()]
    return None


_NAME_BACK = 6
_NAME_PARTICLES = frozenset(english.NAME_PARTICLES)
_ELIDED = patterns.compile(r"[lLdD]['’](?=\w)")
"""A French article or preposition elided onto the noun it opens ('l'agence', 'd'ONG')."""
_OFFICE_IN = frozenset({"in", "en", "au"})
"""'The UN Refugee Agency (UNHCR) in Bangladesh said', 'officials in Khartoum said': the
place belongs to the speaker's name."""


def _office_before(lang: Language, words: list[re.Match[str]], k: int, text: str) -> bool:
    """Whether the word before `words[k]` ('in') ends an agency's name (with its acronym)
    or names who speaks ('officials in Khartoum')."""
    if k == 0 or text[words[k - 1].end() : words[k].start()].strip():
        return False
    before = words[k - 1].group()
    return "(" in before or before.isupper() or before.lower() in lang.noun_words


def noun_phrase_after(text: str, start: int, lang: Language = ENGLISH) -> str | None:
    """The name or noun phrase that starts at `start` ("said Tawfik Chamaa of …")."""
    span = _phrase_after(lang, text, start)
    return _clean(_words(lang), text[span[0] : span[1]]) if span else None


def _phrase_after(lang: Language, text: str, start: int) -> tuple[int, int] | None:
    picked: list[re.Match[str]] = []
    for word in _WORD.finditer(text, start):
        gap = text[picked[-1].end() if picked else start : word.start()]
        if gap.strip():
            break
        token = word.group()
        low = token.split("(")[0].rstrip().lower()
        if low in lang.not_names:
            break
        if (
            _name_like(token)
            or low in lang.noun_words
            or (picked and _adjective_of(lang, picked[-1].group(), token))
        ):
            picked.append(word)
            continue
        break
    while picked and picked[-1].group().lower() in lang.function_words:
        picked.pop()
    if not picked:
        return None
    end = picked[-1].end()
    head = next((p for p in picked if p.group().lower() not in lang.function_words), picked[0])
    if head.group()[:1].isupper() and "(" not in picked[-1].group():
        named = _NAME_TO_ACRONYM.match(text, end)
        if named is not None:
            end = named.end()
    return picked[0].start(), end


_NAME_TO_ACRONYM = patterns.compile(
    r"(?:(?:\s+[^\W\d_][\w'’-]*){1,6}?|(?:\s+(?![A-ZÀ-Ý])[^\W\d_][\w'’-]*){7,8}?)"
    r"\s*\([A-Z][A-Za-z]*[A-Z](?:\s+[A-Z][a-z]+)?\)"
)
"""'le Centre nigérian de contrôle des épidémies (NCDC)', 'du Centre africain de contrôle et
de prévention des maladies (CDC Afrique)': lower-case words (a French adjective after its
noun) inside a name that its bracketed acronym, with a place word or not, closes. A run
longer than six words is all lower case: a capitalised word so far on starts another name
('l'OIM et d'après sa Matrice de Suivi des Déplacements (DTM)')."""


_BULLET_MARKS = "•▪●*–-"
_NAMED_DOCUMENT = patterns.compile(
    rf"(?:the|a|an)\s+(?:(?:most\s+)?(?:recent|latest|new|updated|official)\s+)?"
    rf"((?:[A-Z][\w.&'’-]*\s+){{1,6}}?){_DOCUMENT}\b",
    re.IGNORECASE,
)
"""'according to a PDMA situation report': the issuer named before the document."""

_BARE_DOCUMENT = patterns.compile(
    rf"(?:part\s+of\s+)?(?:(?:the|a|an|its|this|that)\s+)?(?:(?:latest|new|same|official)\s+)?"
    rf"{_DOCUMENT}",
    re.IGNORECASE,
)
"""'the report said', 'a statement added', '… reads part of the statement': the document of
a speaker named before, as 'it said' is."""


_DOCUMENT_SUBJECT = patterns.compile(
    rf"[\s{_BULLET_MARKS}]*(?:[A-Z][\w'’-]*\s+)?{_DOCUMENT}\s+"
    r"(?:(?:released|issued|published|compiled|shared|provided)\s+)?(?:from|by)\s+(?:the\s+)?"
)
"""'Initial reports from humanitarian partners indicate …': a document opening the
sentence as its subject, its issuer the source."""


def _document_subject(w: _Words, masked: str) -> str | None:
    m = _DOCUMENT_SUBJECT.match(masked)
    issuer = noun_phrase_after(masked, m.end(), w.lang) if m is not None else None
    return _Reported(issuer) if issuer is not None else None


class _Unnamed(str):
    """A document cited with no issuer ('selon les données communiquées'): the document of
    the organisation named before, as 'the report said' is, else nobody's."""


class _Reported(str):
    """An issuer named as the author of a document ('according to the latest report from
    X', 'selon le bilan du X'): the article relays X's report."""


def _according_to(w: _Words, masked: str) -> str | None:
    m = w.according.search(masked)
    if m is None:
        return None
    framed = w.document_of.match(masked, m.end())
    if framed is not None:
        issuer = noun_phrase_after(masked, framed.end(), w.lang) or _description_after(
            w.lang, masked, framed.end()
        )
        if issuer is not None:
            return _Reported(issuer)
    named = _NAMED_DOCUMENT.match(masked, m.end())
    if named is not None and named.group(1)[:1].isupper():
        return _Reported(named.group(1).strip())
    phrase = noun_phrase_after(masked, m.end(), w.lang) or _description_after(
        w.lang, masked, m.end()
    )
    if phrase is None:
        bare = w.bare_unnamed_document.match(masked, m.end())
        return _Unnamed(bare.group()) if bare is not None and not _agent(w, masked) else None
    if w.document_word.search(phrase) is not None and (issuer := _agent(w, masked)) is not None:
        # 'selon un nouveau bilan communiqué ce lundi par la Direction': the document's
        # issuer, named after a date, not the document.
        return _Reported(issuer)
    if w.unnamed_document.fullmatch(phrase) is not None:
        # 'selon un nouveau bilan officiel communiqué jeudi': a document, nobody named.
        return _Unnamed(phrase)
    trimmed = _TRAILING_GENERIC.sub("", phrase)
    if not trimmed and phrase.lower().endswith("sources"):
        described = _description_after(w.lang, masked, m.end())
        if described is not None and " " in described:
            return described
    return trimmed or _agent(w, masked)


_DESCRIPTION = patterns.compile(
    r"(?:(?:an?|the|des|les|le|la|une?|de|two|three|four|several|deux|trois|quatre|plusieurs)"
    r"\s+|[ld]['’])?((?:[^\W\d_][\w'’-]*\s+){0,3}"
    r"[^\W\d_][\w'’-]*)"
)
_DESCRIPTION_WORDS = 4


def _description_after(lang: Language, text: str, start: int) -> str | None:
    """'according to hospital officials', 'according to a Taliban spokesperson': a
    speaker described by a few words that end with a word for who speaks, when no name
    opens the phrase (an article or a plain noun does)."""
    m = _DESCRIPTION.match(text, start)
    if m is None:
        return None
    words = _description_words(lang, m.group(1))
    return " ".join(words) if words else None


def _description_words(lang: Language, phrase: str) -> list[str]:
    words = phrase.split()[:_DESCRIPTION_WORDS]
    if any(word.lower() in lang.not_names for word in words):
        words = words[: next(i for i, w in enumerate(words) if w.lower() in lang.not_names)]
    kept = words
    words = _TRAILING_GENERIC.sub("", " ".join(words)).split()
    if not words and kept and kept[-1].lower() in {"sources", "source"}:
        words = kept[-1:]
    while words and words[-1].lower() not in lang.noun_words - lang.function_words:
        words.pop()
    adjective = _words(lang).adjective_after
    if words and len(words) < len(kept) and adjective is not None:
        after = kept[len(words)]
        if adjective.fullmatch(after) is not None:
            # 'selon deux sources sécuritaires': the adjective follows its noun.
            words.append(after)
    return words


_POSSESSIVE = patterns.compile(
    r"(?P<who>(?:[A-Z][\w.&-]*\s+){0,5}?[A-Z][\w.&-]*|[Tt]he\s+(?:government|ministry|army|"
    r"authorities|agency|UN|council|military))(?:'s|’s)\s+(?:\([A-Z][\w.&-]*\)\s+)?"
    r"(?:(?:[a-z]+|[a-z]+-[a-z]+)\s+){0,2}"
    r"(?:figures?|estimates?|count|tally|toll|data|numbers?)\b"
)
"""'the government's figure of 2,100', 'The World Food Programme’s (WFP) estimate', 'the
office's provisional figures'."""
_UN = ("un", "u.n.", "un's", "u.n.'s", "united nations", "united nations'")
_UN_BODIES = {
    ("refugee agency", "refugee body", "agency for refugees", "high commissioner for refugees"): (
        "UNHCR",
    ),
    ("migration agency", "migration body", "agency for migration"): ("IOM",),
    ("children's agency", "children's fund", "agency for children", "children agency"): ("UNICEF",),
    (
        "humanitarian office",
        "humanitarian agency",
        "humanitarian affairs office",
        "humanitarian coordination office",
        "office for the coordination of humanitarian affairs",
        "aid coordination office",
        "humanitarian aid office",
    ): ("OCHA",),
    ("health agency", "health body", "world health agency"): ("WHO",),
    ("food agency", "food aid agency", "world food programme", "food programme"): ("WFP",),
    (
        "agency for palestinian refugees",
        "palestinian refugee agency",
        "agency for palestine refugees",
        "relief and works agency",
    ): ("UNRWA",),
}
_FRENCH_ALIASES = {
    (
        "agence des nations unies pour les réfugiés",
        "agence de l'onu pour les réfugiés",
        "agence onusienne pour les réfugiés",
        "haut-commissariat des nations unies pour les réfugiés",
        "haut commissariat des nations unies pour les réfugiés",
        "haut-commissariat de l'onu pour les réfugiés",
        "haut commissariat de l'onu pour les réfugiés",
        "haut-commissariat aux réfugiés",
        "haut commissariat aux réfugiés",
    ): ("UNHCR", "HCR"),
    (
        "organisation internationale pour les migrations",
        "agence de l'onu pour les migrations",
        "agence onusienne pour les migrations",
    ): ("OIM", "IOM"),
    (
        "fonds des nations unies pour l'enfance",
        "agence de l'onu pour l'enfance",
        "agence onusienne pour l'enfance",
    ): ("UNICEF",),
    (
        "bureau de la coordination des affaires humanitaires",
        "bureau de coordination des affaires humanitaires",
        "bureau des affaires humanitaires de l'onu",
        "bureau des nations unies pour la coordination des affaires humanitaires",
        "bureau de l'onu pour la coordination des affaires humanitaires",
    ): ("OCHA",),
    (
        "organisation mondiale de la santé",
        "agence de l'onu pour la santé",
        "agence onusienne pour la santé",
    ): ("OMS", "WHO"),
    ("programme alimentaire mondial", "agence onusienne pour l'alimentation"): ("PAM", "WFP"),
}
_ALIASES: dict[str, tuple[str, ...]] = {
    **{f"{un} {body}": acronym for bodies, acronym in _UN_BODIES.items() for un in _UN
       for body in bodies},
    **{name: acronym for names, acronym in _FRENCH_ALIASES.items() for name in names},
}  # fmt: skip
"""The UN's agencies as news describes them ('the U.N. refugee agency', 'l'agence de l'ONU
pour les réfugiés'); a source is named one way in the report: by the agency's acronym,
the first of its acronyms the article uses."""


def normalise(source: str, known: frozenset[str]) -> str:
    """'UN refugee agency' → UNHCR where the article names UNHCR too; else as written."""
    key = " ".join(source.lower().replace("’", "'").split())
    return next((a for a in _ALIASES.get(key, ()) if a in known), source)


def acronyms(text: str) -> frozenset[str]:
    """The UN agencies an article names by their acronym."""
    return frozenset(m.group() for m in _ACRONYM_RE.finditer(text))


_ACRONYMS = frozenset(a for names in _ALIASES.values() for a in names)
_ACRONYM_RE = patterns.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _ACRONYMS), key=lambda a: (-len(a), a))) + r")\b"
)
"""Longest first, then by name: the set's own order changes with each process's hash seed,
and the pattern's text keys the compiled-pattern cache every command reads."""
_ALIAS_RE = patterns.compile(
    r"(?<![\w.])(?:"
    + "|".join(
        r"\s+".join(re.escape(w).replace("'", "['’]") for w in key.split())
        for key in sorted(_ALIASES, key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def _alias_around(masked: str, source: str, known: frozenset[str]) -> str | None:
    """The acronym of a UN agency the sentence describes around the words taken as its
    speaker ('the U.N. migration agency said' gives 'agency'), when the article uses it."""
    if source.isupper() or len(source) > _ALIAS_REACH:
        return None
    low = source.lower()
    if not _in_some_alias(low):
        return None
    for m in _ALIAS_RE.finditer(masked):
        if low in m.group().lower():
            key = " ".join(m.group().lower().replace("’", "'").split())
            named = next((a for a in _ALIASES.get(key, ()) if a in known), None)
            # 'The UN migration agency estimates' in a story that never gives the agency's
            # acronym: the description names it, not the body that spoke before.
            return named or _clean(_words(ENGLISH), m.group())
    return None


_ALIAS_REACH = 80


@cache
def _in_some_alias(low: str) -> bool:
    """Whether the words taken as speaker are part of any agency's description: most
    speakers are not, and the sentence is then not searched."""
    plain = " ".join(low.replace("’", "'").split())
    return any(plain in key for key in _ALIASES)


def _quoting(w: _Words, masked: str) -> str | None:
    """'the paper reported, quoting local police, that …': the outlet relays whom it quotes."""
    m = w.quoting.search(masked) if w.quoting is not None else None
    if m is None:
        return None
    return noun_phrase_after(masked, m.end(), w.lang) or _description_after(w.lang, masked, m.end())


def _agent(w: _Words, masked: str) -> str | None:
    """'the figure of 108 dead was confirmed by Haitian authorities', 'according to a new
    toll released by the health ministry'."""
    m = w.agent.search(masked)
    if m is None:
        return None
    return noun_phrase_after(masked, m.end(), w.lang) or _counted_after(w, masked, m.end())


def _counted_after(w: _Words, text: str, start: int) -> str | None:
    """'confirmed by two residents', 'donné par deux habitants': speakers counted."""
    m = w.counted.match(text, start)
    return _description_after(w.lang, text, start) if m is not None else None


def _may_respond(w: _Words, sentence: str) -> bool:
    """Whether an organisation may tell its own response in the sentence (`_responder`):
    one without a speech stem is searched only when it holds a literal that every
    response phrase holds."""
    low = lowered_once(sentence)
    found, given = w.response_needles
    return (not holds_none(found, low) and w.response.search(sentence) is not None) or (
        not holds_none(given, low) and w.response_from.search(sentence) is not None
    )


def _responder(w: _Words, masked: str) -> str | None:
    """'Save the Children is delivering water …, serving 12,500 people', 'IOM has provided
    shelter to 5,000 people', '796 people received care from the Relief Office': an
    organisation telling its own response is who reports the people it reached. A person or
    a plain description doing something is no report, and is not taken."""
    for m in w.response.finditer(masked):
        subject = noun_phrase_before(masked, len(masked[: m.start()].rstrip()), w.lang)
        if subject is not None and (names_organisation(subject) or _body(subject)):
            return _clean(w, subject)
    given = w.response_from.search(masked)
    giver = noun_phrase_after(masked, given.end(), w.lang) if given is not None else None
    return giver if giver is not None and names_organisation(giver) else None


def _possessive(w: _Words, masked: str) -> str | None:
    if "’s" not in masked and "'s" not in masked:
        return None
    m = _POSSESSIVE.search(masked)
    return _clean(w, m.group("who")) if m else None


def _verb_subject(w: _Words, masked: str) -> str | None:
    lang = w.lang
    for verb in finditer_alike(w.verb, w.verb_cased, masked, lowered_once(masked)):
        before = masked[: verb.start()]
        if w.noun_before.search(before, max(0, len(before) - 12)) is not None:
            # 'cases in all 36 states', 'the reports': a noun, not a verb.
            continue
        adverb = (
            w.adverb_before.search(before)
            if w.adverb_before is not None and _may_end_with_adverb(w, before)
            else None
        )
        if adverb is not None:
            before = before[: adverb.start()]
        anonymous = _ANONYMOUS.search(before) if "who" in before else None
        if anonymous is not None:
            before = before[: anonymous.start()]
        if w.passive_before.search(before, max(0, len(before) - 12)):
            continue
        if _LIVES_CLAIMED.match(masked, verb.start()) is not None:
            # 'the storm claimed 13 lives': a toll, nobody speaking.
            continue
        if (
            w.speaker_after is not None
            and w.speaker_after.search(before, max(0, len(before) - 16)) is not None
        ):
            # 'comme l'explique le maire': the speaker follows its verb.
            span = _subject_after(lang, masked, _after_day_word(lang, masked, verb.end()))
            if span is not None:
                return _clean(w, masked[span[0] : span[1]])
            continue
        stripped = before.rstrip()
        if stripped.endswith(",") or _DASH_END.search(stripped) is not None:
            at = _after_day_word(lang, masked, verb.end())
            medium = _MEDIUM_AFTER.match(masked, at)
            if medium is not None:
                at = medium.end()
            aside = _ASIDE_AFTER.match(masked, at)
            hearer = verb.group().lower() in w.hearer_verbs
            span = None if hearer else _subject_after(lang, masked, aside.end() if aside else at)
            if span is not None:
                return _clean(w, masked[span[0] : span[1]])
            closing = None if hearer else _closing_name(lang, masked, at)
            if closing is not None:
                return closing
            if not stripped.endswith(","):
                continue
            opening = stripped[:-1].rfind(",")
            dateline = DATELINE_RE.match(masked) if opening != -1 else None
            if dateline is not None and opening < dateline.end():
                # 'TOWN, Country- The Relief Office (RO), said on Monday': the comma
                # before the verb follows its subject; the first is the dateline's.
                told = masked[dateline.end() : len(stripped) - 1]
                subject = noun_phrase_before(told, len(told), lang)
                if subject is not None:
                    return _clean(w, subject)
            if opening != -1:
                subject = noun_phrase_before(masked, opening, lang)
                named = _set_off_name(w, masked, opening, len(stripped) - 1)
                if subject is not None and (named is None or not _described(lang, subject)):
                    return _clean(w, subject)
                if named is not None:
                    return named
            continue
        owned = _OWNED_DOCUMENT.search(stripped) if "s " in stripped[-60:] else None
        if owned is not None:
            # 'WHO's latest situation update noted': whose document speaks.
            return _Reported(_clean(w, owned.group("who")))
        subject = noun_phrase_before(masked, len(stripped), lang)
        if subject is not None and stripped.endswith(subject):
            subject = _speaker_in_place(lang, masked, stripped, subject) or subject
        if subject is not None and (
            _place_recording(subject, verb.group())
            or _listed_place(masked, subject, stripped)
            or (_QUALIFIER_ONLY.fullmatch(subject) is not None and " " in verb.group())
        ):
            continue
        if subject is None and stripped.endswith(" and"):
            subject = _coordinated_subject(lang, masked, stripped)
        if subject is None and (adjunct := _ADJUNCT_BEFORE.search(stripped)) is not None:
            subject = noun_phrase_before(masked, adjunct.start(), lang)
        if subject is None and stripped.endswith(")"):
            gloss = _GLOSS_BEFORE.search(stripped, max(0, len(stripped) - 160))
            if gloss is not None:
                subject = noun_phrase_before(masked, gloss.start(), lang)
        if subject is not None and subject.lower() in lang.demonstratives:
            continue
        if subject is not None:
            return subject if subject.lower() in lang.pronouns else _clean(w, subject)
        framed = _framed_subject(w, masked, stripped, verb.end())
        if framed is not None:
            return framed
        if not stripped or stripped.endswith("~"):
            after = noun_phrase_after(masked, verb.end(), lang)
            if after is not None:
                return after
            span = _subject_after(lang, masked, _after_day_word(lang, masked, verb.end()))
            if span is not None:
                return _clean(w, masked[span[0] : span[1]])
    return None


_COORDINATED = patterns.compile(
    r"(?:^|[,;:]\s+(?:but\s+|and\s+|while\s+)?)(?P<subject>[^,;:~]{2,80}?)\s+"
    r"(?P<verb>[a-z]{3,}ed)\s+[^,;:~]{1,60}\s+and$"
)
"""'… but the coast guard corrected the figure and said that …': the subject of the first of
two verbs speaks through the second."""


def _coordinated_subject(lang: Language, masked: str, stripped: str) -> str | None:
    m = _COORDINATED.search(stripped)
    if m is None:
        return None
    subject = noun_phrase_before(masked, m.start("verb") - 1, lang)
    if subject is None or not m.group("subject").endswith(subject):
        return None
    opening = m.group("subject")[: -len(subject)].strip().lower()
    return subject if opening in {"", "the", "a", "an"} else None


_RECORDING = patterns.compile(
    r"(?:\w+\s+)?(?:recorded|registered|counted|enregistré|recensé|déploré)|enregistre|recense|"
    r"déplore",
    re.IGNORECASE,
)


def _place_recording(subject: str, verb: str) -> bool:
    """'Malawi has recorded 59,000 cases', 'Niamey a enregistré 248 cas', 'Kita déplore 2
    morts': a lone name that records figures is the place they were counted in, not who
    reports them (an agency is named by an acronym or an organisation's word)."""
    return (
        _RECORDING.fullmatch(verb) is not None
        and " " not in subject
        and not subject.isupper()
        and subject[:1].isupper()
        and _ORGANISATION.search(subject) is None
        and _ORG_WORDS.search(subject) is None
    )


_PLACE_LIST = patterns.compile(
    r"(?:^|[.;:,]\s+(?:and\s+|et\s+)?)(?:[A-Z][\w'’-]*\s*,\s*)+(?:[A-Z][\w'’-]*\s+)?(?:and|et)\s+[A-Z][\w'’-]*$"
)
"""'Ayo, Bari, and Cato reported one death each': single names listed before the verb."""


def _listed_place(masked: str, subject: str, before: str) -> bool:
    """Whether the subject is the last of a list of single-word names opening the clause:
    places where figures were counted, not who reports them."""
    names = [n for n in subject.split() if n not in {"and", "et"}]
    if len(names) > 2 or not before.endswith(subject) or any(n.isupper() for n in names):
        return False
    return _PLACE_LIST.search(before) is not None


_OWNED_DOCUMENT = patterns.compile(
    r"(?<![\w'’])(?P<who>(?:[A-Z][\w.&-]*\s+){0,4}?[A-Z][\w.&-]*(?:\s*\([A-Z][\w.&-]*\))?"
    r"|[Tt]he\s+[a-z]+)(?:'s|’s)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?:{'|'.join(english.DOCUMENTS)})$"
)
"""'WHO's latest situation update', 'the ministry's daily bulletin', 'the Relief Agency
(RA)’s situation report': a document owned by its issuer, the subject of a speech verb."""
_LIVES_CLAIMED = patterns.compile(r"claimed\s+[^.;,~]{0,30}?\blives\b", re.IGNORECASE)
_QUALIFIER_ONLY = patterns.compile(
    r"(?:(?:latest|new|recent|updated|official|daily|preliminary|initial|weekly|provisional|"
    r"the|these|its|their)\s*)+",
    re.IGNORECASE,
)
"""'Official figures show': how a document is described, not who issued it."""
_GLOSS_BEFORE = patterns.compile(r"\s*\([^()~\d]*\s[^()~\d]*\)$")
"""'Africa CDC (the continent's disease control centres) recorded': a spelt-out gloss in
brackets between a name and its verb."""
_ANONYMOUS = patterns.compile(
    r",?\s+who\s+(?:spoke|asked|requested|declined|wished|did\s+not\s+want)\b[^,.;:~\d]{0,60}"
    r",?\s*$"
)
"""'a security source who spoke under anonymity disclosed', 'an official who asked not to be
named, said': the clause between a speaker and its verb."""
_ADJUNCT_BEFORE = patterns.compile(
    r"(?:\s+(?:on|in|at|across)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?){1,2}"
    r"(?:\s+(?:has|have|had)(?:\s+(?:also|now|already))?)?$",
    re.IGNORECASE,
)
"""'The ministry on Thursday declared', 'Aid workers on the ground have reported': a
time or place between the subject and its verb."""


_DASH_END = patterns.compile(r"\s[-–—]$")
"""'…, and left dozens wounded - stated Dr Ama Ode': a dash before a speech verb sets off
the speaker after it, as a comma does."""


def _speaker_in_place(lang: Language, masked: str, stripped: str, subject: str) -> str | None:
    """'Relief Hospital in Tarn reported', 'Ivo Lind, spokesman for Rescue 40 in Tarn told':
    a lone place after 'in' is where the speaker is, not who speaks. The speaker is the name
    before 'in', or the person a description after a comma sets off ('X, spokesman for …');
    None when neither is found (the place is then kept)."""
    head = stripped[: len(stripped) - len(subject)]
    placed = _words(lang).place_before.search(head)
    if placed is None or not _lone_place(subject):
        return None
    before = noun_phrase_before(masked, placed.start(), lang)
    if before is not None and _name_like(before):
        return before
    opening = head.rfind(",")
    if opening == -1 or not _described(lang, head[opening + 1 :].strip()):
        return None
    return noun_phrase_before(masked, opening, lang)


_CLOSING_NAME = patterns.compile(
    r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}[-\s])?[A-Z][\w'’-]+){1,3})\s*[.!?]?\s*$"
)


def _closing_name(lang: Language, masked: str, at: int) -> str | None:
    """'…, a annoncé la ministre de l'Action humanitaire et des Secours, Ana Diallo.': a
    long description after the verb, then the name it describes closing the sentence."""
    m = _CLOSING_NAME.search(masked, at)
    if m is None or not _described(lang, masked[at : m.start()].strip()):
        return None
    return m.group("name")


def _lone_place(subject: str) -> bool:
    """A capitalised name with no word of an organisation ('Tarn', 'North Vale'): a place."""
    return (
        subject[:1].isupper()
        and not subject.isupper()
        and _ORGANISATION.search(subject) is None
        and _ORG_WORDS.search(subject) is None
    )


def _described(lang: Language, phrase: str) -> bool:
    """'A spokesman for the council', 'le porte-parole de la police': a speaker described by
    a lower-case word for who speaks and whom it speaks for, not named (a bare title, 'The
    minister, Nadia Okafor,', is the speaker's own and stays)."""
    cleaned = _clean(_words(lang), phrase)
    article = _INDEFINITE.match(cleaned)
    words = cleaned[article.end() if article else 0 :].split()
    return len(words) > 1 and words[0] in lang.noun_words - lang.function_words


_INDEFINITE = patterns.compile(r"(?:an?|une?)\s+", re.IGNORECASE)


def _set_off_name(w: _Words, masked: str, opening: int, closing: int) -> str | None:
    """'…, the governor Anna Berg, said', 'The mayor of the port, Tomas Ilves, said': a
    name set off by two commas right before the verb is who speaks, when the commas hold
    nothing else (not an aside such as ', in a statement,'). A description before the
    first comma ('A spokesman for the council, Ivo Lind, said') gives way to the name."""
    phrase = noun_phrase_before(masked, closing, w.lang)
    if phrase is None or not any(t[:1].isupper() for t in phrase.split()):
        return None
    between = _clean(w, masked[opening + 1 : closing])
    return phrase if between == _clean(w, phrase) else None


def _may_end_with_adverb(w: _Words, before: str) -> bool:
    last = before.rstrip()[-14:]
    return not last.isascii() or last.lower().endswith(w.adverb_last)


def _framed_subject(w: _Words, masked: str, before: str, verb_end: int) -> str | None:
    """'…, the mediators said.': a reporting frame that ends the sentence names its subject
    between the comma and the verb, whatever the noun ('the aid group', 'the mediators')."""
    rest = _DAY_AFTER.sub("", masked[verb_end:])
    if rest.strip() not in {"", ".", "!", "?"} and not _ends_with_day(w.lang, rest):
        return None
    m = _FRAME_SUBJECT.search(before)
    if m is not None:
        return _clean(w, m.group(1))
    bare = _BARE_FRAME_SUBJECT.search(before)
    if bare is None or bare.group(1).split()[-1] not in w.lang.noun_words - w.lang.function_words:
        return None
    # '…, humanitarian groups say.': a plural description of who speaks, with no article.
    return bare.group(1)


def _ends_with_day(lang: Language, rest: str) -> bool:
    """' on Sunday.', ' yesterday.': only the day the speaker spoke follows the verb."""
    words = rest.strip(" .!?").split()
    return 1 <= len(words) <= 2 and words[-1].lower() in lang.not_names


_DAY_AFTER = patterns.compile(r"^\s+(?:on|in|late|early|last)\s+(?=\w+\W*$)", re.IGNORECASE)
_BARE_FRAME_SUBJECT = patterns.compile(r",\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*s)$")
_FRAME_SUBJECT = patterns.compile(
    r",\s+((?:the|an?|le|la|les|l['’])\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+)$", re.I
)


def _after_day_word(lang: Language, text: str, at: int) -> int:
    """Past a weekday right after the verb ('…, a annoncé jeudi le ministère')."""
    m = _NEXT_WORD.match(text, at)
    if m is None or m.group(1).lower() not in lang.weekdays:
        return at
    day = _DAY_OF_MONTH.match(text, m.end())
    if day is not None and day.group(1).lower() in lang.months:
        return day.end()
    part = _NEXT_WORD.match(text, m.end())
    if part is not None and part.group(1).lower() in _words(lang).parts_of_day:
        return part.end()
    return m.end()


_DAY_OF_MONTH = patterns.compile(r"\s+\d{1,2}(?:er)?\s+(\w+)(?:\s+\d{4})?")
"""'jeudi 15 août': the date that follows a weekday."""


_NEXT_WORD = patterns.compile(r"\s+(\w+)")


_PLACE_AFTER = patterns.compile(r"\s+(?:in|au|en|à|at)\s+(?:[A-Z][\w'’-]*\s*){1,3}(?=[.,;]|$)")
_SETTING_AFTER = patterns.compile(
    r"\s+(?:in|at|on|during|dans|lors\s+d['’]|à|sur)\s*(?:(?:an?|its|his|her|their|the|une?|"
    r"son|sa|leur|la|le|l['’])\s*)?(?:[\w'’-]+\s+){0,3}?(?:statement|communiqué|report|"
    r"briefing|conference|interview|tweet|post|message|update|bulletin|déclaration|rapport|"
    r"conférence|entretien|point\s+de\s+presse)(?:\s+de\s+presse)?(?=\W|$)"
    r"(?:\s+(?:in|à|au|en)\s+[A-Z][\w'’-]*)?"
)
"""'…, said OCHA in a statement.', '…, rapporte le HCR dans un communiqué', '…, lors d'une
conférence de presse à Genève': where the speaker spoke, after its name."""
_ASIDE_AFTER = patterns.compile(r",\s*[^,;.\"“”«»~]{2,40},(?=\s)")
"""'…, a ajouté, dans son tweet, le Bureau', '…, said, in a statement, the agency': an aside
between the verb and its subject."""


def _subject_after(lang: Language, masked: str, at: int) -> tuple[int, int] | None:
    """The subject after a verb that a comma opens ('…, said the clinic director.', '…, a
    expliqué un porte-parole du Bureau, …'): a name or noun phrase past an indefinite
    article, or else a few words ending with a word for who speaks, when the clause ends
    after it."""
    article = _INDEFINITE_AFTER.match(masked, at)
    span = _phrase_after(lang, masked, article.end() if article else at)
    if span is not None and _ends_clause(lang, masked[span[1] :]):
        return span
    start = article.end() if article else at + len(masked[at:]) - len(masked[at:].lstrip())
    described = _DESCRIPTION.match(masked, start)
    if described is None:
        return None
    words = _description_words(lang, described.group(1))
    if not words:
        return None
    end = masked.find(words[-1], described.start(1)) + len(words[-1])
    return (described.start(1), end) if _ends_clause(lang, masked[end:]) else None


_MEDIUM_AFTER = patterns.compile(
    r"\s+(?:sur\s+les\s+ondes\s+(?:de\s+|d['’])|à\s+l['’]antenne\s+(?:de\s+|d['’])|"
    r"au\s+micro\s+(?:de\s+|d['’])|à\s+)(?:l['’]|la\s+|le\s+)?"
    r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s+(?:le|la|les|l['’]|un|une)\b)"
)
"""'…, a indiqué sur les ondes de Radio Lac le porte-parole', '…, a déclaré à l'AFP le
maire': the outlet the speaker spoke to, between the verb and its subject."""
_RELATIVE_AFTER = patterns.compile(r",?\s+(?:who|qui)\s+[a-zéè]")
_INDEFINITE_AFTER = patterns.compile(r"\s+(?:an?|une?)\s+")


def _ends_clause(lang: Language, rest: str) -> bool:
    """Nothing but a day word ('…, said OCHA Tuesday.') or the place the speaker is in
    ('…, a ajouté le Bureau d’OCHA au Niger.') before the clause ends."""
    place = _PLACE_AFTER.match(rest)
    if place is not None:
        rest = rest[place.end() :]
    setting = _SETTING_AFTER.match(rest)
    if setting is not None:
        rest = rest[setting.end() :]
    if _RELATIVE_AFTER.match(rest) is not None or _words(lang).relayed_by.match(rest) is not None:
        # '…, said a military source who declined to be named': who it is, then a clause;
        # '…, a annoncé le gouvernement cité par l'agence Lumen': who it is, then its relay.
        return True
    words = rest.split(maxsplit=1)
    if words and words[0].lower().strip(".,;") in lang.not_names:
        rest = rest[rest.find(words[0]) + len(words[0].rstrip(".,;")) :]
    return rest.lstrip()[:1] in {"", ".", ",", ";"}


_PARTICLE_NAME = patterns.compile(r"(?:al|el|ad|ash|as|bin|ibn|abu|ben|da|de|di|du|van|von)-[A-Z]")
"""'Mayor Abdulmenam al-Ghaithi said', 'Marie el-Drese, the secretary-general, told'."""


_ELIDED_NAME = patterns.compile(r"[ldLD]['’][A-ZÀ-Ý]")
"""'l'OCHA', 'd'Ivoire': a name after an elided article."""


def _name_like(token: str) -> bool:
    return (
        token[0].isupper()
        or token.startswith("(")
        or _PARTICLE_NAME.match(token) is not None
        or _ELIDED_NAME.match(token) is not None
    )


def _name_before(masked: str, pronoun: str) -> str | None:
    """A person named earlier in the same sentence ("The mayor X was blunt: he said …")."""
    at = re.search(rf"\b{re.escape(pronoun)}\b", masked)
    if at is None:
        return None
    names = re.findall(
        r"[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’-]+)+", masked[: at.start()]
    )
    return names[-1] if names else None


def _clean(w: _Words, phrase: str) -> str:
    # '(MENAFN) The Civil Defence announced': the outlet's bracketed tag opens the line.
    return w.leading_article.sub("", _OUTLET_TAG.sub("", phrase.strip()))


_OUTLET_TAG = patterns.compile(r"^\([A-Z]{2,}\)\s+")


_TITLED_ISSUER = patterns.compile(
    r"^[ \t]*(?P<who>[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2})[ \t]+(?:[|ǀ│–][ \t]+)?"
    r"(?:[A-Z][a-z][\w'’-]*[ \t]+){0,3}?"
    r"(?:Sit(?:uation)?[ \t]*Rep(?:ort)?|Report|Flash[ \t]+Update|Bulletin|Update)[ \t]*"
    r"(?:No\.?|#|Number)[ \t]*\d+",
    re.MULTILINE,
)
"""'NDRRMC Update SitRep No. 50 re …', 'DSWD DROMIC Report #12 on …', 'WFP Chad Emergency
Situation Report No. 3', 'OCHA | Flash Update #8': a numbered report whose title line names
its issuer by acronym (country and kind words, or a bar, may stand between)."""
_TITLE_REACH = 600


_SOURCE_FIELD = patterns.compile(
    r"^[ \t]*(?:Sources?|Fuentes?|Sources?)[ \t]*\n[ \t]*"
    r"(?!(?:Posted|Originally\s+published|Origin|View\s+original|Publi[ée]e?|Publicado|"
    r"Date|Format|Country|Pays|Language|Langue)[ \t]*$)"
    r"(?P<who>[A-Z][^\n]{1,60}?)[ \t]*$",
    re.MULTILINE,
)
"""A report page's 'Sources' field above its body (ReliefWeb: 'Sources' / 'WHO'), in
English or Spanish, with the issuer on the next line. A copy that kept the page's field
names without their values ('Source', 'Posted', 'Originally published') names nobody: the
next field's name is not an issuer."""


_EXCERPT = patterns.compile(
    r"\b(?:excerpts?|extracts?)\s+(?:from|of)\s+(?:the\s+|an?\s+)?"
    r"(?P<who>[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})\s+(?:[A-Z][a-z]+\s+){0,3}"
    r"(?:Sit(?:uation)?\s*Rep(?:ort)?|Report|Flash\s+Update|Bulletin|Update|Statement)\b"
)
"""'Following is an excerpt from UNRWA Situation Report #9': the page carries the issuer's
report (the W call's press-release copy)."""


def titled_issuer(text: str) -> str | None:
    """The issuer a numbered report's title, the page's own title, or its source field
    names near the top of the text: the source of the figures its sentences give without
    a speaker."""
    m = (
        _TITLED_ISSUER.search(text, 0, _TITLE_REACH)
        or _OWN_TITLE.match(text)
        or _SOURCE_FIELD.search(text, 0, _TITLE_REACH)
        or _EXCERPT.search(text, 0, _TITLE_REACH)
        or _PRODUCED_BY.search(text, 0, _TITLE_REACH)
    )
    if m is None:
        return None
    return m.group("who") or m.group("bare") if m.re is _PRODUCED_BY else m.group("who")


_PRODUCED_BY = patterns.compile(
    r"\b(?:This|The\s+present|Ce|Le\s+présent)\s+(?:(?:situation\s+)?report|update|bulletin|"
    r"rapport|bulletin|document)\s+(?:(?:is|was|has\s+been)\s+(?:produced|prepared|issued|"
    r"compiled)|(?:est|a\s+été)\s+(?:produit|préparé|élaboré|publié|rédigé))\s+"
    r"(?:(?:with\s+the\s+support\s+of|by|avec\s+l['’]appui|avec\s+le\s+(?:support|soutien)|"
    r"par)\s+)(?:the\s+|du\s+|de\s+la\s+|de\s+l['’]|des\s+|d['’]|l['’]|le\s+|la\s+)?"
    r"(?:[^()\n.;]{2,120}?\s*\((?P<who>[A-Z][A-Za-z]*[A-Z])\)|(?P<bare>[A-Z]{2,}))"
)
"""'This report is produced by OCHA in collaboration with …', 'Ce rapport est produit avec le
support du Bureau de la Coordination des Affaires Humanitaires (OCHA)': the note under a
situation report's title names who produced it, by its acronym."""


_OWN_TITLE = patterns.compile(
    r"\s*(?P<who>[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2})[ \t]+(?:[A-Z][a-z][\w'’-]*[ \t]+){0,3}?"
    r"(?:Sit(?:uation)?[ \t]*Rep(?:ort)?|Flash[ \t]+Update|Briefing[ \t]+Note|Bulletin|Update|"
    r"Fact[ \t]*[Ss]heet|Press[ \t]+Release)\b(?=[^\n]*\n)"
)
"""'UNHCR Flash Update on Flooding in …', 'UNICEF Geneva Palais Briefing Note on …': the
page's first line is the title of the issuer's own document, numbered or not."""


_SOURCE_LINE = patterns.compile(
    r"^[ \t]*Sources?[ \t]*:[ \t]*(?P<who>[^\n]{2,80}?)[ \t]*$", re.MULTILINE
)
_SECTION_HEADING = 80


def source_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, source) of each section a 'Source: …' line closes in a situation
    report: the lines back to the section's heading or the previous source line. A source
    line that ends the text credits the page, not a section, and is left out."""
    found: list[tuple[int, int, str]] = []
    if "ource" not in text:
        return found
    previous = 0
    for m in _SOURCE_LINE.finditer(text):
        if not text[m.end() :].strip():
            break
        start = m.start()
        while start > previous:
            line_start = text.rfind("\n", previous, start - 1) + 1
            line = text[line_start:start].strip()
            if line and len(line) <= _SECTION_HEADING and line[-1] not in ".!?:;,":
                break
            start = line_start
            if line_start <= previous:
                break
        found.append((start, m.start(), m.group("who")))
        previous = m.end()
    return found
