"""Who said it: the speaker of a sentence, as written.

Three shapes cover news attribution: "X said/told/reported/estimates", "…, said X"
and "according to X". Quoted speech is masked first, so the "Russia said" inside a
quotation does not become the speaker of the sentence that quotes Egeland. "He said"
is resolved to the last named person; "it said" to the last speaker of any kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_VERBS = (
    r"said|says|say|told|tells|reported|reports|report|reporting|estimates|estimated|announced|"
    r"stated|confirmed|added|warned|noted|claimed|explained|recorded|counted|identified|"
    r"documented|verified|registered|tweeted|posted|predicted|projected|disclosed|revealed|read|"
    r"puts?\s+the\s+(?:death\s+)?toll"
)
_STEMS = (
    "sa", "told", "tell", "report", "estimat", "announc", "stated", "confirm", "added",
    "warn", "noted", "claim", "explain", "record", "count", "put", "according", "identif",
    "document", "verif", "regist", "figure", "toll", "tally", "data", "tweet", "posted",
    "predict", "project", "disclos", "reveal", "releas", "issued", "publish", "compil",
    "provided", "shared", "as per", "read",
)  # fmt: skip
"""Every attribution contains one of these: most sentences are passed over in a microsecond."""
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:be|been|being|was|were|is|are|an|a|the|had|has|have)\s*$", re.IGNORECASE
)
_ACCORDING = re.compile(r"\b(?:according\s+to|as\s+per)\s+", re.IGNORECASE)
_WORD = re.compile(
    r"(?:[A-Za-z]\.){2,}|[^\W\d_][\w'’&-]*(?:\s*\([A-Z][\w.&-]*\))?|\([A-Z][\w.&-]*\)"
)
_PRONOUNS = {"he": "person", "she": "person", "it": "any", "they": "any", "we": "any"}
_LOWER_NP_TEXT = """
    official officials spokesperson spokesman spokeswoman spokespeople minister ministry
    television tv media statement agency agencies state humanitarian adviser advisor group
    health foreign interior defence defense local residents witnesses sources activists
    authorities monitor of the for and coordinator representative director chief head heads
    medical disaster refugee rights human office officer army police military government
    council committee organisation organization eastern western northern southern policy
    secretary general general spokesperson's aid workers teams doctors rescuers medics
    observatory news agency's correspondent report regime forces rebels
    opposition militia media outlets various based partners actors local national
    international ingos ngos publicly reported figures sources rescue workers volunteers
    district provincial regional survivors mission mayor governor president commissioner
    chairman chairperson premier envoy administration authority data"""
_LOWER_NP = frozenset(_LOWER_NP_TEXT.split())
_TRAILING_GENERIC = re.compile(
    r"(?:(?:^|\s+)(?:estimates?|figures?|data|surveillance|sources?|reports?|statistics|count))+$"
)
_ORG_WORDS = re.compile(
    r"\b(?:UN|U\.N\.|ministry|agency|agencies|government|television|media|office|organi[sz]ation|"
    r"council|army|forces|statement|defence|committee|crescent|cross|authorities|regime|WHO|"
    r"UNICEF|UNHCR|IOM|OCHA|MSF|nations|state)\b",
    re.IGNORECASE,
)
_NOT_NAMES_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday on in at
    one two three four five six seven eight nine ten several many some dozens hundreds"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_FUNCTION_WORDS = frozenset({"of", "the", "for", "and"})
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


@dataclass
class Speakers:
    """The article's speakers so far: pronouns and surnames in later sentences refer back."""

    last_any: str | None = None
    last_person: str | None = None
    named: list[str] = field(default_factory=list)
    known: frozenset[str] = frozenset()
    """Acronyms the article uses, so a description of an agency can be named by one."""

    def remember(self, source: str) -> str:
        """Record a speaker; a bare surname becomes the full name given earlier."""
        if " " not in source:
            source = next((n for n in reversed(self.named) if n.split()[-1] == source), source)
        self.named.append(source)
        self.last_any = source
        if not _ORG_WORDS.search(" ".join(source.split()[-2:])):
            self.last_person = source
        return source


def mask_quotes(sentence: str) -> str:
    """The sentence with quoted speech replaced by `~`, offsets unchanged."""
    return _QUOTED.sub(lambda m: "~" * len(m.group()), sentence)


def find_source(sentence: str, speakers: Speakers) -> str | None:
    """The speaker of the sentence (outside quotation marks), or None if nobody is named."""
    low = sentence.lower()
    if not any(stem in low for stem in _STEMS):
        return None
    masked = mask_quotes(sentence)
    source = _according_to(masked) or _verb_subject(masked) or _possessive(masked) or _agent(masked)
    if source is None:
        return None
    source = normalise(source, speakers.known)
    kind = _PRONOUNS.get(source.lower())
    if kind == "person":
        return _name_before(masked, source) or speakers.last_person
    if kind is not None:
        return speakers.last_any
    return speakers.remember(source)


def noun_phrase_before(text: str, end: int) -> str | None:
    """The name or noun phrase that ends at `end` (the subject of a verb)."""
    words = list(_WORD.finditer(text, 0, end))
    picked: list[re.Match[str]] = []
    for word in reversed(words):
        gap = text[word.end() : picked[0].start() if picked else end]
        if gap.strip():
            break
        token = word.group()
        low = token.lower()
        if low in _PRONOUNS and not picked:
            return token
        if low in {"a", "an"}:
            picked.insert(0, word)
            break
        if low in _NOT_NAMES:
            break
        if _name_like(token) or low in _LOWER_NP:
            picked.insert(0, word)
            continue
        break
    while picked and picked[0].group().lower() in _FUNCTION_WORDS:
        picked.pop(0)
    if not any(_name_like(w.group()) or w.group().lower() in _LOWER_NP for w in picked):
        return None
    return text[picked[0].start() : picked[-1].end()]


def noun_phrase_after(text: str, start: int) -> str | None:
    """The name or noun phrase that starts at `start` ("said Tawfik Chamaa of …")."""
    span = _phrase_after(text, start)
    return _clean(text[span[0] : span[1]]) if span else None


def _phrase_after(text: str, start: int) -> tuple[int, int] | None:
    picked: list[re.Match[str]] = []
    for word in _WORD.finditer(text, start):
        gap = text[picked[-1].end() if picked else start : word.start()]
        if gap.strip():
            break
        token = word.group()
        if token.lower() in _NOT_NAMES:
            break
        if _name_like(token) or token.lower() in _LOWER_NP:
            picked.append(word)
            continue
        break
    while picked and picked[-1].group().lower() in _FUNCTION_WORDS:
        picked.pop()
    return (picked[0].start(), picked[-1].end()) if picked else None


def _according_to(masked: str) -> str | None:
    m = _ACCORDING.search(masked)
    if m is None:
        return None
    phrase = noun_phrase_after(masked, m.end())
    if phrase is None:
        return None
    trimmed = _TRAILING_GENERIC.sub("", phrase)
    return trimmed or _agent(masked) or phrase


_POSSESSIVE = re.compile(
    r"(?P<who>(?:[A-Z][\w.&-]*\s+){0,5}?[A-Z][\w.&-]*|[Tt]he\s+(?:government|ministry|army|"
    r"authorities|agency|UN|council|military))(?:'s|’s)\s+(?:\([A-Z][\w.&-]*\)\s+)?"
    r"(?:latest\s+|own\s+|official\s+|new\s+|updated\s+|[a-z]+-[a-z]+\s+)?"
    r"(?:figures?|estimates?|count|tally|toll|data|numbers?)\b"
)
"""'the government's figure of 2,100', 'The World Food Programme’s (WFP) estimate'."""
_ADVERB_BEFORE = re.compile(
    r"\s+(?:(?:has|have|had)(?:\s+(?:so\s+far|also|now|already|since))?"
    r"|so\s+far|also|now|further|later|earlier|today|again|already|reportedly|meanwhile)\s*$",
    re.IGNORECASE,
)
"""'The Directorate has so far confirmed', 'The Mission has also documented': the subject
stands before the auxiliary and the adverb."""
_AGENT = re.compile(
    r"\b(?:confirmed|reported|recorded|documented|verified|registered|announced|released|issued|"
    r"published|compiled|provided|shared)\s+by\s+",
    re.I,
)
_ALIASES = {
    "un refugee agency": "UNHCR",
    "united nations refugee agency": "UNHCR",
    "un migration agency": "IOM",
    "united nations migration agency": "IOM",
    "un children's agency": "UNICEF",
    "un children’s agency": "UNICEF",
    "un children's fund": "UNICEF",
    "un humanitarian office": "OCHA",
    "un humanitarian agency": "OCHA",
    "un health agency": "WHO",
    "un food agency": "WFP",
}
"""The UN's agencies as news describes them; a source is named one way in the report."""


def normalise(source: str, known: frozenset[str]) -> str:
    """'UN refugee agency' → UNHCR where the article names UNHCR too; else as written."""
    alias = _ALIASES.get(" ".join(source.lower().split()))
    return alias if alias is not None and alias in known else source


def acronyms(text: str) -> frozenset[str]:
    """The UN agencies an article names by their acronym."""
    return frozenset(a for a in set(_ALIASES.values()) if a in text)


def _agent(masked: str) -> str | None:
    """'the figure of 108 dead was confirmed by Haitian authorities', 'according to a new
    toll released by the health ministry'."""
    m = _AGENT.search(masked)
    return noun_phrase_after(masked, m.end()) if m else None


def _possessive(masked: str) -> str | None:
    if "’s" not in masked and "'s" not in masked:
        return None
    m = _POSSESSIVE.search(masked)
    return _clean(m.group("who")) if m else None


def _verb_subject(masked: str) -> str | None:
    for verb in _VERB_RE.finditer(masked):
        before = masked[: verb.start()]
        adverb = _ADVERB_BEFORE.search(before)
        if adverb is not None:
            before = before[: adverb.start()]
        if _PASSIVE_BEFORE.search(before, max(0, len(before) - 12)):
            continue
        stripped = before.rstrip()
        if stripped.endswith(","):
            span = _phrase_after(masked, verb.end())
            if span is not None and masked[span[1] :].lstrip()[:1] in {"", ".", ",", ";"}:
                return _clean(masked[span[0] : span[1]])
            opening = stripped[:-1].rfind(",")
            if opening != -1:
                subject = noun_phrase_before(masked, opening)
                if subject is not None:
                    return _clean(subject)
            continue
        subject = noun_phrase_before(masked, len(stripped))
        if subject is not None:
            return subject if subject.lower() in _PRONOUNS else _clean(subject)
        if not stripped or stripped.endswith("~"):
            after = noun_phrase_after(masked, verb.end())
            if after is not None:
                return after
    return None


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|bin|ibn|abu|ben|da|de|di|du|van|von)-[A-Z]")
"""'Mayor Abdulmenam al-Ghaithi said', 'Marie el-Drese, the secretary-general, told'."""


def _name_like(token: str) -> bool:
    return token[0].isupper() or token.startswith("(") or _PARTICLE_NAME.match(token) is not None


def _name_before(masked: str, pronoun: str) -> str | None:
    """A person named earlier in the same sentence ("The mayor X was blunt: he said …")."""
    at = re.search(rf"\b{re.escape(pronoun)}\b", masked)
    if at is None:
        return None
    names = re.findall(
        r"[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?[A-Z][\w'’-]+)+", masked[: at.start()]
    )
    return names[-1] if names else None


def _clean(phrase: str) -> str:
    return _LEADING_THE.sub("", phrase.strip())
