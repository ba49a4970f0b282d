"""English: the words every recogniser reads, in one place."""

from __future__ import annotations

from sitrep.extract.words import Clauses, DateWords, Language
from sitrep.models import CeasefireStatus as S
from sitrep.models import Indicator, Qualifier

DOCUMENTS = (
    "reports?", "updates?", "data", "figures", "statements?", "bulletins?", "briefings?",
    "assessments?", "statistics", "tally", "toll", "count", "release",
)  # fmt: skip
"""The nouns of a document that carries figures ('report', 'data', 'tally'), as regex
pieces: the one list every rule about documents reads (`sources`)."""
DOCUMENT_QUALIFIERS = (
    "latest", "new", "recent", "updated", "official", "daily", "preliminary", "initial",
    "weekly", "situation", "flash", "press", "provisional",
)  # fmt: skip
"""Words that describe a document before its noun ('the latest situation report')."""
DOCUMENT = rf"(?:(?:{'|'.join(DOCUMENT_QUALIFIERS)})\s+){{0,3}}(?:{'|'.join(DOCUMENTS)})"
"""A document that carries figures ('the latest situation report', 'preliminary data')."""
OPENING_QUALIFIERS = ("initial", "preliminary", "early", "first", "earlier")
"""How early a report came ('Initial media reports said'), not who made it."""
COUNTED = ("two", "three", "four", "several")
"""Counted speakers ('confirmed by two residents')."""
PARTS_OF_DAY = ("morning", "evening", "night")
"""A part of the day after a weekday ('…, said on Monday night the mayor')."""
HEARER_VERBS = ("told", "tells")
"""Speech verbs whose object is who was told ('…, the director told AFP'): the name after
them is never the speaker."""
RESPONSE = (
    r"(?:(?:has|have|had|is|are)\s+(?:also\s+|now\s+|already\s+|so\s+far\s+)?)?(?:delivered|"
    r"delivering|provided|providing|reached|reaching|screened|screening|treated|treating|"
    r"assisted|assisting|supported|supporting|served|serving|vaccinated|evacuated|rescued|"
    r"helped|distributed)\b"
)
"""The verbs of a response its actor tells ('IOM has provided shelter to 5,000 people',
'Save the Children is delivering water …'), with their auxiliary."""
RESPONSE_FROM = r"\b(?:received|receiving)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?"
"""'796 people have received medical services from the Relief Office': who gave them."""
RELAYED_BY = r"\s+(?:quoted|cited)\s+by\s"
"""After a speaker named after its verb, the outlet that relays it ('…, said the governor
quoted by the Lumen agency')."""
PLACE_BEFORE = r"\s(?:in|at)\s+$"
"""What stands between a speaker and the place it is in ('Relief Hospital in Tarn
reported')."""
NAME_PARTICLES = ("de", "del", "da", "do", "dos", "di", "van", "von")
"""Particles inside a place's or a person's name ('Davao de Oro', 'Ursula von …')."""

HAZARDS = (
    r"(?:the\s+)?(?:storms?|hurricanes?|typhoons?|earthquakes?|quakes?|floods?|landslides?|"
    r"attacks?|outbreaks?)\b"
)
"""A hazard or an attack ('the storm'): the toll of one counts it and names nobody."""
ISSUED_BY = r"(?:by|of|from)\s+(?:the\s+)?"
"""What joins a document to its issuer ('report from the ministry')."""
IN_OWN_DOCUMENT = (
    r"\b(?:said|says|reported|stated|noted|warned|announced|indicated)\s+(?:\w+\s+)?in\s+"
    rf"(?:its|their|his|her|an?)\s+(?:[\w-]+\s+){{0,2}}{DOCUMENT}\b"
)
"""'…, the health agency said in its latest situation report': the story relays the
speaker's own document, figure after figure."""
NOUN_DETERMINERS = (
    "the", "all", "several", "many", "some", "these", "those", "other", "its", "their",
)  # fmt: skip
"""Right before a speech verb's word, these make it a noun ('the reports')."""
QUOTING = r"\b(?:quoting|citing)\s+(?:the\s+|an?\s+)?"
"""Before whom an outlet quotes ('the paper reported, quoting local police, that …')."""

_MONTH_SPELLINGS = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
]
MONTHS = {name: number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names}
AS_OF = r"\bas\s+(?:at|of)\s+(?:the\s+)?$"
"""Before the day a running count was made up to ('this year as at 18 October')."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_DATES = DateWords(
    month=(
        r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    ),
    month_name=(
        r"january|february|march|april|may|june|july|august|september|october|november|december"
    ),
    weekday=r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    ordinal=r"(?:st|nd|rd|th)?",
    day_of=r"(?:of\s+)?",
    month_first=True,
    between=r"between|from",
    and_to=r"and|to|until|through|-|–",
    range_join=r"-|–|\s+and\s+|\s+to\s+",
    since=r"since|from",
    past=(
        r"(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:(?P<pastn>\w+)\s+)?"
        r"(?P<pastunit>day|week|month|year|hour)s?\b"
    ),
    relative=r"today|tonight|yesterday|this\s+morning|last\s+night",
    last=r"(?P<last>last|this)\s+(?P<lastunit>week|month|year)\b",
    month_in=r"in|during|as\s+of|by|since|until|at|towards?|around|last|through(?:out)?",
    year_in=r"in|during|throughout|for\s+the\s+(?:whole|entirety)\s+of",
    part=(
        r"(?:(?:the\s+)?(?P<{0}part>end|beginning|start|middle)\s+of\s+"
        r"|(?P<{0}edge>early|mid|late)[\s-]+)?"
    ),
    future_before=r"\b(?:will|next\s+report)\b[^.;,]{0,30}$",
    since_before=r"\b(?:since|starting|beginning)\s+(?:[^\W\d]+\s+){0,8}$",
    epi_week=(
        r"\b(?:epidemiological\s+|epi\s+|reporting\s+)?week\s+(?P<wk>\d{1,2})\b"
        r"(?:\s*(?:,|of)\s*(?P<wky>(?:19|20)\d\d)\b)?"
    ),
    epi_week_word="week",
    hints=(
        "day",
        "week ",
        "since",
        "past",
        "last",
        "night",
        "morning",
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
        "-0",
        "-1",
        "this year",
        "this month",
        "this week",
        "previous",
        "in 19",
        "in 20",
        "during 19",
        "during 20",
        "months of",
        "whole of",
        "throughout",
        "quarter of",
        "half of",
    ),
    units={"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour"},
    last_words={"last": "last", "this": "this"},
    since_words=frozenset({"since"}),
    yesterday=frozenset({"yesterday", "last night"}),
    parts={"end": "end", "late": "end", "middle": "middle", "mid": "middle"},
    small={
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "several": 3,
        "few": 3,
    },
    as_of=AS_OF,
    told_before=r"\b(?:said|reported|announced|told\s+\w+)\s+(?:on\s+)?$",
    first_months=(
        r"(?:in|during|over)\s+the\s+first\s+(?:(?P<fmn>\w+)\s+months|(?P<fmq>quarter|half))"
        r"\s+of\s+(?:the\s+year|(?P<fmy>YEAR))\b"
    ),
    quarters={"quarter": 3, "half": 6},
)

CUES: dict[Indicator, tuple[str, ...]] = {
    Indicator.seriously_wounded: (
        "seriously|critically|severely|gravely wounded|injured|hurt|ill",
        "of them seriously|critically|severely|gravely",
        "in [a] critical|serious condition",
        "serious|severe|critical injuries|injury|wounds",
    ),
    Indicator.medical_evacuation_needed: (
        "need|needs|needing|require|requires|requiring|awaiting [urgent|immediate] [medical] "
        "evacuation|evacuations",
        "in need of [urgent|immediate] medical evacuation|evacuations",
        "medevac|medevacs|medevaced",
        "need|needs|needing|require|requires|requiring urgent|immediate|advanced [medical] "
        "treatment|care",
    ),
    Indicator.killed: (
        "killed|killing|kills|dead|died|dying|die|death|deaths|fatality|fatalities|slain|bodies|"
        "corpses|deceased|perished|perishing|murdered|murders|homicides|martyrs",
        "death toll",
        "toll",
        "toll|tally [has] held|remained|stayed steady|stable|unchanged",
        "death toll|tally [has] held|remained|stayed steady|stable|unchanged",
        "lost their lives",
        "claimed|claiming the lives of",
        "lives",
        "lives [have|had|were] [been] lost",
        "massacred|massacre|executed|executions|drowned|drowning|martyred|martyring",
        "shot dead",
        "burned|burnt alive",
        "buried alive",
        "burying",
        "feared [to] [be] buried|dead|killed|drowned",
        "buried under|beneath [the] rubble|debris|mud",
    ),
    Indicator.deaths: (
        "cholera|measles|malaria|ebola|covid|disease|hunger|starvation [related] deaths",
        "excess deaths",
    ),
    Indicator.injured: (
        "wounded|injured|wounding|injuring|injuries|hurt|hospitalised|hospitalized",
        "taken|admitted|rushed|brought to [the] hospital|hospitals",
        "sustained|suffered [shrapnel|gunshot|bullet|burn|stab|shell] injuries|injury|wounds",
        "in [a] moderate|stable|fair|good condition",
        "moderate|minor|light|slight injuries|injury|wounds",
        "lightly|moderately|slightly|mildly injured|wounded|hurt",
    ),
    Indicator.missing: (
        "missing",
        "unaccounted for",
        "searching for [another|the]",
        "were|was|been|forcibly disappeared",
    ),
    Indicator.refugees: (
        "refugees|arrivals|hosts|hosting|hosted",
        "arrived|arrive|arriving in",
        "is|are|was home to",
        "crossed into",
        "crossed the border",
        "crossed the * border",
        "crossed|crossing from * [*] into",
        "across the border",
        "across borders",
        "arrived|arriving|arrive from * [*] to|into",
        "asylum seekers",
        "fled to neighbouring|neighboring countries|country",
        "fled abroad",
        "left|leaving|leave the|their country|homeland",
        "in [*] refugee camps|camp|settlements|settlement",
    ),
    Indicator.displaced: (
        "displaced|displacing|displacement|fled|fleeing|flee|uprooted|sheltering|homeless|idps|"
        "dislocated|"
        "idp|camping|evicted|"
        "relocate|relocated|relocating",
        "in|into shelters",
        "shelter centres|centers|centre|center",
        "abandoned|abandoning|abandon [their|the] homes|villages|village|houses|towns",
        "accommodation|evacuation|collective centres|centers|sites|facilities|shelters|camps",
        "accommodating|accommodates",
        "relief|idp|displacement camps|shelters",
        "in|at [*] camps|shelters",
        "residing|living|staying|sheltering|housed|placed|accommodated|sheltered in|at [*] [*] "
        "sites|camps|shelters|centres|centers|centre|center",
        "sheltered",
        "remain|remained|remaining|still evacuated",
        "displacement sites|camps",
        "lost their homes",
        "left|made homeless",
        "from their homes",
        "forced out of their homes",
        "leave|leaving|left their|the homes|houses|villages|home",
        "on the move",
        "arrived|arriving at",
        "reached|reaching [the|a] [*] [*] camp|camps|site|sites|settlement|settlements",
        "moving|moved|heading towards|toward",
        "shifted|moved|taken|transferred|brought|drove|driving|driven|forced to|into [the|these|"
        "those|relief|evacuation|safe] camps|shelters|centres|centers|sites|places",
        "flight|exodus of",
        "unable to return [to] [their] homes|home|villages",
        "waiting at",
        "joined [the] convoy|convoys",
        "sought|seeking|took|taken|taking|seek|found shelter|refuge",
        "without shelter|homes",
        "without a home",
        "hiding in [the] bush|swamps|swamp|forest|forests|hills|mountains",
        "hiding in [unsafe] swamp|forest|bush areas",
        "lost everything",
        "served|aided|assisted|sheltered|housed|staying inside|outside|in [the|an|these|those] "
        "evacuation "
        "centres|centers|center|centre",
        "receiving|received aid|assistance|support|relief outside|inside [the] evacuation "
        "centres|centers|center|centre",
        "served|aided|assisted|staying inside|outside these|those centres|centers|center|centre",
        "opted|chose|choosing|opting to stay with",
        "staying|stayed|stay with [*] [*] relatives|friends|families|host",
    ),
    Indicator.returnees: (
        "returnees|repatriated|returned|returning|deported|deportees|deportations|expelled",
        "return|returns of",
        "went|came|crossed|sent back",
        "forcibly returned",
        "forced returns",
    ),
    Indicator.evacuated: (
        "evacuated|evacuation|evacuations|evacuating|airlifted|rescued|rescue|rescuing|evacuees",
        "rescue workers|teams|personnel|crews",
        "flown out",
        "out alive",
        "pulled|dug|brought out of|from [the] mud|rubble|debris|wreckage|water|ruins",
        "survivors [have|had|were] [been] pulled|rescued|dug|brought|evacuated|airlifted|plucked",
        "evacuate|evacuating their|the homes|houses|villages|village|area|areas",
        "managed|helped|able|possible to evacuate",
        "helped|helping evacuate",
        "been|were|was relocated",
        "relocated to safer|safe|safety",
    ),
    Indicator.besieged_or_trapped_population: (
        "besieged|trapped|threatened|encircled|stranded",
        "under siege",
        "cut off",
    ),
    Indicator.people_in_need: (
        "in [*] need",
        "food insecure",
        "[severe|acute|catastrophic|emergency] food insecurity",
        "need|needs|needed [*] [*] [*] aid|assistance|relief|help|protection|support|treatment|"
        "care|food|shelter|water",
        "needing|require|requires|required|requiring [*] [*] aid|assistance|relief|help|"
        "protection|support|treatment|care|food|shelter|water",
        "rely|relying|relies|depend|depending|depends|dependent on [*] humanitarian|food "
        "aid|assistance",
        "[severe|acute|catastrophic|emergency] food insecurity|hunger affecting|affects",
        "face|faces|facing|faced|experience|experiences|experiencing|experienced|endure|"
        "enduring [*] [*] [*] hunger|starvation|famine",
        "at risk of [facing] [*] [*] [*] hunger|starvation|famine",
        "at risk of [facing] [*] [*] [*] food insecurity",
        "on the brink|verge of famine|starvation",
        "in famine [like] conditions",
        "in catastrophic conditions",
        "in ipc phase",
    ),
    Indicator.people_reached: (
        "reached|assisted|benefited|served|distributed|delivered|supported|serving|reaching|"
        "assisting|supporting",
        "received|receiving|receive [*] aid|assistance|food|help|cash|support|vouchers",
        "assistance|aid|support|relief to",
        "treated|treating",
        "received|receiving|receive [*] [*] consultations|medication|medicines|vaccinations|"
        "vaccines|services",
        "consultations|vaccinations|education to",
        "vaccinated|immunized|immunised|screened|screening",
        "received|receiving immunizations|immunisations|vaccines|vaccinations",
    ),
    Indicator.detained: (
        "arrested|arrests|arresting|detained|detaining|detention|detainees|abducted|abducting|"
        "kidnapped|kidnapping|imprisoned|captive|captives|captivity|hostages|abduction|abductions",
        "held [captive|hostage]",
        "with the|their abductors|kidnappers|captors",
        "taken captive",
        "recaptured|rearrested|re-arrested|captured|inmates|prisoners",
        "in custody",
    ),
    Indicator.other: (
        "[suspected|confirmed] cases",
        "[new] infections",
        "carrying|carried",
        "on board",
        "aboard",
        "passengers",
        "[civilian] casualties",
        "dead|killed or missing|injured|wounded",
        "dead|killed and injured|wounded",
        "separated from their families|parents|caregivers",
        "unaccompanied|separated [*] children|minors",
        "deaths and injuries|injured|wounded",
        "suffered|sustained|suffering|sustaining|incurred|incurring [some|severe|serious|minor|"
        "major|heavy|moderate|significant|partial|total|extensive|substantial] damage",
        "[severe|serious|minor|major|heavy|moderate|significant|partial|total|extensive|"
        "substantial] damage to",
        "damaging|destroying|razed|razing|flattened|demolished|levelling|leveling|levelled|leveled",
        "contacts",
        "under [active] follow-up|monitoring|surveillance",
        "recoveries",
        "have|has|had [fully] recovered",
        "under home based care",
        "under [medical] treatment|observation|isolation",
        "recovered and [were|have|had] [been] discharged",
        "missing or [have|had|are|were] [feared|presumed|believed] [to] [be|have] died|dead|killed",
        "health|aid workers",
        "catastrophic|catastrophe|hunger|famine|starvation|starving|malnourished",
        "released|freed|release|releases|releasing|freeing|frees",
        "former detainees|prisoners|hostages|captives",
        "escaped|escapees|escapee",
        "escape|escapes of",
        "set free",
        "prisoners|detainees|hostages|captives [*] freed|released",
        "prisoners|detainees|hostages|captives [*] [*] [*] [have|had|were] [been] handed over|back",
        "killing|killed and wounding|wounded|injuring|injured",
        "regained|regain their freedom",
        "out of prison|jail|detention|captivity",
        "from captivity",
        "prisoner|prisoners|captive|captives|detainee|detainees exchange|exchanges|swap|swaps",
        "in an|the|a [new|latest|fresh|further|first|second|third|another] exchange|swap",
        "swapped|exchanged",
        "at risk",
        "hit|struck|stricken by",
        "affected|disappeared|destroyed|damaged|closed|collapsed|inundated|affecting|exposed|"
        "impacted|buried|flooded|submerged|gutted|infected|wrecked|sickened|sickening",
        "survivors|survived",
        "burnt|burned [down]",
        "suffering|suffer from",
        "remain|remaining|remained|left|still [directly] in [the|this|that] region|city|town|area|"
        "village|settlements|frontline",
        "remain|remaining|remained|stayed|stay in [the|this|that] * area|community|city|town|"
        "district|region|village",
        "remain|remaining|remained|left|still [directly] in [the|this|that] combat|conflict "
        "zone|zones",
        "out of school",
        "out of service",
        "swept away",
        "without [drinking|safe|running|clean] water|electricity|power|food",
        "migrants [have|had] crossed|crossing|transited|transiting",
        "migrants [have|had] arrived|arriving|landed|landing",
        "migrant arrivals",
        "dead|killed|died or [were|are|have|has|had|gone|went] [been|recorded|reported|gone] [as] "
        "missing|disappeared",
        "hospitalisations|hospitalizations|admissions",
        "receiving|received|under [hospital|medical] treatment",
        "undergoing [medical] treatment|care",
        "migrants [have|had] passed|passing through",
        "migrants [have|had|were|are] [been|being] deported|returned|expelled|removed|sent|"
        "reached|deporting|returning",
    ),
}
"""Cue phrases: words separated by spaces, `a|b` alternatives, `[…]` optional, `*` any word.
Where several start at one word, the one with the most written words wins, so "need
urgent medical care" (evacuation) beats "need … care" (in need)."""

_VERBS = (
    r"said|says|say|told|tells|reported|reports|report|reporting|estimates|estimated|estimate|"
    r"announced|"
    r"stated|confirmed|added|warned|noted|claimed|explained|recorded|counted|counts|identified|"
    r"documented|verified|registered|tweeted|posted|predicted|projected|projecting|disclosed|"
    r"revealed|read|reads|declared|indicates|indicated|states|confirms|announces|warns|notes|adds|"
    r"showed|shows|show|"
    r"reveals|declares|stressed|emphasi[sz]ed|highlighted|tallied|acknowledged|specified|"
    r"mentioned|mentions|flagged|condemned\s+the\s+(?:deaths|killings?)|"
    r"(?:expressed|voiced|raised)\s+(?:deep\s+|grave\s+|serious\s+)?"
    r"(?:concern|concerns\s+(?:about|over)\s+the\s+(?:\w+\s+)?number)|"
    r"puts?\s+the\s+(?:(?:death|total|overall)\s+)?(?:toll|number|figure|count)\b|"
    r"(?:data|figures|statistics|dashboard)\s+show(?:s|ed)?|"
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:reporting|confirming|recording)"
)
_SPEECH_ADVERBS = (
    "so far", "also", "now", "already", "since", "further", "later", "earlier", "today",
    "again", "reportedly", "meanwhile", "initially", "previously", "originally",
    "officially", "separately", "subsequently", "recently", "publicly", "formally",
)  # fmt: skip
"""Between a speaker and its verb: 'The office initially reported', 'has so far confirmed'."""

_NOUN_WORDS = """
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
    chairman chairperson premier envoy administration authority data coalition alliance
    ombudsman monitors observers charity service services ambulance paramedics locals
    villagers eyewitnesses eyewitness witness resident relatives security source manager
    managers inspector coast guard guards groups organisations organizations agencies
    charities coastguard coastguards unit faction management relief control response
    emergency emergencies protection civil operations operation centre center department
    directorate commission"""
_NOT_SPEAKERS = """
    also as initial initially previous previously latest total available preliminary
    national field situation since recent new updated final provisional accounting to read
    further other more according first source"""
_NOT_NAMES = """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday on in at
    one two three four five six seven eight nine ten several many some dozens hundreds"""

_COUNTRIES = (
    r"(?:Democratic\s+)?Republic\s+of\s+(?:the\s+)?Congo|Central\s+African\s+Republic|"
    r"Dominican\s+Republic|Papua\s+New\s+Guinea|United\s+Kingdom|Côte\s+d’Ivoire|"
    r"United\s+States|Burkina\s+Faso|Saudi\s+Arabia|Sierra\s+Leone|South\s+Africa|"
    r"Turkmenistan|Afghanistan|El\s+Salvador|Ivory\s+Coast|Netherlands|New\s+Zealand|"
    r"Philippines|South\s+Sudan|Switzerland|Timor-Leste|Azerbaijan|Bangladesh|"
    r"Costa\s+Rica|Kazakhstan|Kyrgyzstan|Madagascar|Mauritania|Montenegro|Mozambique|"
    r"Somaliland|Tajikistan|Uzbekistan|Argentina|Australia|Guatemala|Indonesia|Lithuania|"
    r"Nicaragua|Sri\s+Lanka|Venezuela|Botswana|Bulgaria|Cambodia|Cameroon|Colombia|"
    r"Djibouti|Eswatini|Ethiopia|Honduras|Malaysia|Mongolia|Pakistan|Paraguay|Portugal|"
    r"Slovakia|Slovenia|Suriname|Tanzania|Thailand|Zimbabwe|Albania|Algeria|Armenia|"
    r"Austria|Bahrain|Belarus|Belgium|Bolivia|Burundi|Croatia|Ecuador|Eritrea|Estonia|"
    r"Finland|Georgia|Germany|Hungary|Ireland|Lebanon|Lesotho|Liberia|Moldova|Morocco|"
    r"Myanmar|Namibia|Nigeria|Romania|Senegal|Somalia|Tunisia|Türkiye|Ukraine|Vietnam|"
    r"Angola|Bhutan|Bosnia|Brazil|Canada|Cyprus|France|Gambia|Greece|Guinea|Guyana|Israel|"
    r"Jordan|Kuwait|Latvia|Malawi|Mexico|Norway|Panama|Poland|Russia|Rwanda|Serbia|Sweden|"
    r"Turkey|Uganda|Zambia|Benin|Chile|China|Congo|Egypt|Gabon|Ghana|Haiti|India|Italy|"
    r"Kenya|Libya|Malta|Nepal|Niger|Qatar|Spain|Sudan|Syria|Yemen|Chad|Cuba|Iran|Iraq|"
    r"Laos|Mali|Oman|Peru|Togo"
)
"""Country names: a flight to one of them ('fled to Uganda') crosses a border."""


_CLAUSES = Clauses(
    conjunct_break=(
        r"[,;()]|\s(?:and|while|but|whereas|when)\s|\swith\s(?=(?:[\w-]+\s+){0,2}\d)|\s[-–—]\s"
    ),
    relative=r"\s+(?:[\w'’-]+\s+){0,3}?(?:who|that|which)\s",
    part_of=(
        r"(?:\bincluding|\bwhich\s+includes?|\bof\s+whom|\bof\s+which|\bamong\s+them"
        r"|\bamong\s+whom|\bof\s+them|\bamong)"
        r"(?:\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+and|\s+the)?\s+$"
    ),
    apposed=r"^[^.;:,()\d]{0,40}?(?::|\s[-–—])\s+$",
    continues=(
        r"\s*(?:Of\s+(?:those|these|them|whom)|Among\s+(?:them|those|these)"
        r"|Among\s+the\s+(?:victims|casualties|deceased|fatalities)"
        r"|(?:It|They)\s+(?:is|are)\s+followed\s+by|Followed\s+by"
        r"|(?:They|These|This|The\s+figure|The\s+toll)\s+includes?"
        r"|(?:[\w-]+\s+){0,4}?\d[\d,.]*(?:\s+(?:million|thousand))?\s+of\s+(?:them|these|those)"
        r"(?!\s+\w+\s+(?:people|persons|children|families)))\b"
    ),
    part_after=r"\s+of\s+(?:them|whom|these|those)\b",
    and_part=(
        r"^(?![^.;:]*\s[-–—]\s)[^.;:]{0,40}?(?:,\s*|\s)and\s+$"
        r"|^\s*(?:[\w-]+\s+){0,2}[\w-]+,\s*$"
    ),
    listing=r"\b(?:including|which\s+includes?)(?:\s+the)?\s+$",
    total=(
        r"(?:^\s*(?:[\w-]+\s+){0,2}(?:\(|or|/)\s*$)"
        r"|(?:^\s*(?:[\w-]+\s*)?[,(]?\s*(?:equivalent|equal)\s+to\s*$)"
        r"|(?:^\s*(?:families|households),\s*(?:roughly|about|around|approximately|some|or)?\s*$)"
        r"|(?:^\s*(?:[\w-]+\s+)?(?:families|households)\b[^.;]{0,40}?(?:,\s*|\s+)(?:affecting|"
        r"totall?ing|comprising|representing)\s+(?:roughly|about|around|approximately|some|over|"
        r"nearly|more\s+than)?\s*$)"
        r"|\b(?:the|a)\s+(?:[\w-]+\s+)?(?:total|overall\s+number)\b[^.;,]{0,30}$"
    ),
    households=r"\s+(?:\w+\s+)?(?:families|households)\b",
    groups=(
        r"\s+(?:[a-z]+\s+)?(?:men|women|children|boys|girls|adults|minors|elderly|females|males|"
        r"mothers|elders|youths|infants|babies|widows|orphans)(?:\s+(?:persons|people))?"
        r"(?:\s+(?:under|over|aged|below|above)\s+\d+)?\s*(?:,\s*(?:and\s+)?|and\s+)$"
    ),
    increment=(
        r"\s+(?:more|additional|further)\b[^.;]{0,120}?\b(?:bringing|raising|taking|pushing|"
        r"putting|toll|total|tally)\b[^.;]{0,80}?\b(?:to|at)\s+(?:at\s+least\s+|over\s+|"
        r"more\s+than\s+)?\d"
    ),
    share_of_whole=(
        r"\s+of\s+(?:(?-i:[A-Z])[\w'’-]*['’]s\s+|(?:the\s+|its\s+|their\s+)?"
        r"(?:total\s+|entire\s+|whole\s+)?(?:population|residents|inhabitants|territory|country|"
        r"city|capital|region|area|land|town|province|district|state|island)\b"
        r"|(?-i:[A-Z][a-z])[\w'’-]*\b(?<!ans)(?<!ese)(?!['’]s|\s+(?-i:[a-z]+(?:ing|ed))\b))"
    ),
    households_of=(
        r"\s+(?:[\w-]+\s+){0,2}(?:in|from|of|across|living\s+in|belonging\s+to)\s+"
        r"|\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:or|i\.e\.|that\s+is)|\(|\s+or)\s*"
        r"|\s+[\w-]+(?:\s+[\w-]+)?\s*[,—–-]\s*(?:the\s+)?equivalent\s+of\s+"
    ),
    disease=(
        r"\b(?:cholera|measles|malaria|ebola|diphtheria|dengue|covid|coronavirus|disease|diseases|"
        r"outbreak|cases|illness|illnesses|famine|malnutrition|hunger|starvation|starved|"
        r"dehydration|infection|"
        r"infections|mortality|all\s+causes|natural\s+causes|epidemic|pneumonia|diarrho?ea|"
        r"after\s+(?:their\s+|being\s+)?(?:medical\s+)?evacuat\w*|in\s+hospital|heat|cold|"
        r"while\s+(?:waiting|awaiting)|"
        r"hypothermia|fever|lassa|mpox|monkeypox|marburg|nipah|zika|polio|meningitis|typhoid|"
        r"hepatitis|influenza|anthrax|plague|virus|viral|infected|fatality\s+rate|"
        r"indirect\s+causes|indirect\s+deaths|indirectly|in\s+(?:detention|custody|captivity)|"
        r"declared\s+dead)\b"
    ),
    cause_of=(
        r"\s+(?:of|from|due\s+to|because\s+of)\s+"
        r"(?!(?:[\w-]+\s+){0,2}?(?:wounds|injuries|injury|gunshot|gunfire|shrapnel)\b)"
        r"(?:[\w-]+\s+){0,2}?"
    ),
    count_subject=(
        r"(?:\b(?:number|total|tally|count|toll)\s+of\s+(?P<subject>(?:(?!\bnumber\s+of\b)"
        r"(?:[^.;:]|\.\d)){1,140}?)"
        r"|\b(?P<toll>(?:death|casualty)\s+toll|death\s+count|(?<=the\s)(?:reported\s+|"
        r"confirmed\s+|recorded\s+)?(?:deaths|fatalities))\b(?:[^.;:]|\.\d){0,140}?)\s+"
        r"(?:has\s+|have\s+|had\s+|is\s+)?(?:now\s+|further\s+|already\s+|since\s+)?"
        r"(?:reached|risen|rose|rises|increased|climbed|climbs|grown|grew|jumped|stands|stood|"
        r"totals|totalled|totaled|passed|surpassed|topped|hit)"
        r"(?:\s+(?:to|at|above|past|beyond))?\s+(?:now\s+)?$"
    ),
    violence=(
        r"\b(?:shell\w*|attack\w*|strikes?|air\s*strikes?|gunm[ae]n|bomb\w*|shot|shooting|"
        r"fighting|violence|clashes|massacre\w*|killed\s+by|explosions?|blast|earthquake|floods?|"
        r"cyclone|storm|landslides?|mudslides?|fire|hurricane|typhoon|tsunami|quake|drowned|"
        r"shipwreck|aftershocks?|fighters|militias?|militiamen|militants|troops|rebels|"
        r"(?:been|were|was)\s+killed|(?:war|conflict)\s+(?:has\s+|had\s+)?killed)\b"
    ),
    morgue=(
        r"\b(?:received|receiving|released|brought\s+in)\b(?:[^.;:]{0,40}?\b(?:bodies|corpses)\b)"
        r"|\b(?:bodies|corpses)\b[^.;:]{0,40}?\b(?:morgues?|mortuar(?:y|ies))\b"
    ),
    outbreak=(
        r"\b(?:cholera|measles|malaria|ebola|diphtheria|dengue|covid|coronavirus|outbreaks?|"
        r"epidemics?|famine|mortality|lassa|mpox|monkeypox|marburg|nipah|zika|polio|meningitis|"
        r"typhoid|hepatitis|anthrax|plague|starvation|malnutrition|virus)\b"
    ),
    outbreak_words=(
        "cholera",
        "measles",
        "malaria",
        "ebola",
        "diphtheria",
        "dengue",
        "covid",
        "coronavirus",
        "outbreak",
        "epidemic",
        "famine",
        "mortality",
        "lassa",
        "mpox",
        "monkeypox",
        "marburg",
        "nipah",
        "zika",
        "polio",
        "meningitis",
        "typhoid",
        "hepatitis",
        "anthrax",
        "plague",
        "starvation",
        "malnutrition",
        "virus",
    ),
    outbreak_risk=r"\b(?:risks?|prevent\w*|avoid\w*|fears?|feared|concerns?|threats?|potential|possible|likely)\b",
    duration=(
        r"[\s-]*(?:(?:more|additional|further|extra)\s+)?"
        r"(?P<unit>year|month|week|day|hour|minute|second)s?\b(?:[\s-]*old\b)?"
    ),
    duration_units={u: u for u in ("year", "month", "week", "day", "hour", "minute", "second")},
    age_after=r"[\s-]*years?[\s-]*old\b|\s*-?year-olds?\b|\s*yrs?\b",
    age_list=r"aged|ages",
    hospital=r"hospitals?",
    territory=r"territory|seized|seize|captured|capture|control(?:s|led|ling)?|held|retaken|recaptured|lost",
    of_noun=r"of",
    people_noun=(
        r"people|persons|migrants|civilians|children|residents|refugees|patients|men|women|"
        r"passengers|students|pupils"
    ),
    buildings=(
        r"homes|houses|shelters|buildings|schools|hospitals|clinics|health\s+centres|"
        r"health\s+centers|health\s+facilities|medical\s+facilities|facilities|shops|bridges|roads|"
        r"mosques|churches|office\s+buildings|installations|shanties|huts|classrooms|"
        r"markets|health\s+posts|police\s+stations|cars|vehicles"
    ),
    infrastructure=frozenset({"bridges", "roads", "cars", "vehicles"}),
    damage=frozenset(
        {
            "destroyed",
            "damaged",
            "disappeared",
            "closed",
            "impacted",
            "affected",
            "damaging",
            "destroying",
            "razed",
            "razing",
            "flattened",
            "demolished",
            "buried",
            "wrecked",
            "levelling",
            "leveling",
            "levelled",
            "leveled",
        }
    ),
    damage_ends=("damage", "damage to"),
    damage_only=frozenset(
        {
            "collapsed",
            "inundated",
            "out of service",
            "swept away",
            "flooded",
            "submerged",
            "gutted",
            "burnt",
            "burned",
            "burnt down",
            "burned down",
        }
    ),
    time_after=r"\s*(?:(?:a\.?m|p\.?m)\.?(?![^\W\d_])|o'clock|hrs\b|gmt\b|utc\b)|:\d\d",
    planned=r"\b(?:to\s+be|targeted|target|planned|plans?\s+to)\s+$",
    rate_of=r"\bper\s+$",
    not_people=(
        r"\s+in\s*(?=[;,)])|"
        r"[^\w,;.:()]*(?:(?!(?:across|in|at|from|throughout|among|and|or|but|while)\b)\w+\s+){0,2}"
        r"(?:bus(?:es)?|vehicles?|trucks?|lorries|cars?|convoys?|dams?|surveys?|"
        r"flights?|planes?|aircraft|tanks?|rockets?|missiles?|shells?|bombs?|air\s*strikes|strikes|"
        r"countries|nations|governorates|districts|neighbou?rhoods|cities|towns|villages|times|miles|"
        r"kilometres|kilometers|km|metres|meters|tonnes|tons|votes|seats|languages|truces|sides|"
        r"(?<!staff\s)(?<!crew\s)(?<!family\s)(?<!group\s)(?<!gang\s)(?<!militia\s)members"
        r"(?!\s+of\b)|"
        r"ceasefires|agencies|organisations|organizations|camps|sites|weeks|years|months|days|"
        r"livestock|animals|cattle|sheep|goats|hectares|acres|centres|centers|doses|townships|"
        r"municipalities|provinces|regions|states|counties|communities|localities|aftershocks|"
        r"earthquakes|attacks|incidents|explosions|latrines|tents|siblings|brothers|sisters|"
        r"grandchildren|cousins|helicopters|boats|kits|vessels|ships|areas|lgas|wards|interviews|"
        r"outbreaks|roads|shops(?!\s+(?:were\s+|have\s+been\s+)?(?:flooded|damaged|destroyed))|"
        r"poles|pets|groups|factions|teams|departments|"
        r"mph|kph|km/h|evacuation\s+points|barangays|communes|sub-?districts|settlements|"
        r"upazilas|tehsils|parishes|centimet(?:re|er)s|cm|millimet(?:re|er)s|mm|inches|feet|"
        r"hours|minutes|woredas|kebeles|regencies|soums|locations|revenue\s+circles|bridges|"
        r"(?:alert\s+|emergency\s+|phone\s+)?calls|transformers|pipelines|generators|tarps|meals|"
        r"lit(?:re|er)s|(?:communication\s+)?routes|packets|packs|parcels|tarpaulins|blankets|"
        r"coolers|sets|sacks|bags|bottles|gardens|quilts|coats|beds|mattresses|jerrycans|mt|plants|"
        r"storms|typhoons|cyclones|hurricanes|floods|landslides|quakes|tremors|waves|violations|"
        r"missions|operations|sorties|patrols|interventions|"
        r"ambulances|(?:u\.\s?s\.\s+)?dollars|euros|francs|shillings|rupees|naira|cedis|pesos)\b"
    ),
    responders=(
        r"[^\w,;.:()]*(?:(?!(?:across|in|at|from|and|or|but|while|as|who|were|was|are|is|have|"
        r"has|had|to|of|for|with)\b)[\w-]+\s+){0,3}?"
        r"(?:(?P<core>rescuers|rescue\s+workers|relief\s+workers|first\s+responders|responders|"
        r"firefighters|fire\s*fighters|personnel|troops|soldiers|policemen|police\s+officers|"
        r"servicemen|paramedics|divers|(?:rescue|search|relief|medical)\s+teams?|"
        r"(?:people|persons|men)\s+(?:involved|taking\s+part|engaged)\s+in\s+the\s+"
        r"(?:rescue|search|relief))|"
        r"volunteers|health\s+workers|aid\s+workers|staff(?:\s+members)?|medics|doctors|nurses)\b"
    ),
    deployed=(
        r"\b(?:deploy\w*|dispatch\w*|sent|send\w*|mobili[sz]\w*|trained|training|engaged|"
        r"assigned|on\s+the\s+(?:scene|ground)|on\s+duty|arriv\w*|join\w*|took\s+part|taking\s+part)\b"
    ),
    harmed=(
        r"\b(?:kill\w*|died|dies|dying|dead|deaths?|injur\w*|wound\w*|hurt|missing|kidnap\w*|"
        r"perish\w*|murder\w*|drown\w*|slain|massacred|executed|martyred|"
        r"abduct\w*|arrest\w*|detain\w*|held|hostages?|including|among|of\s+whom|victims?|lost|"
        r"casualt\w*|attack\w*|shot|infected|trapped|releas\w*|freed|captiv\w*|exchang\w*|swap\w*|"
        r"evacuat\w*|paid|unpaid)\b"
    ),
    forecast=(
        r"\b(?:could|may|might|will|would)\s+see\s+(?:up\s+to\s+|as\s+many\s+as\s+|more\s+than\s+|"
        r"over\s+|about\s+|some\s+|another\s+)?$"
        r"|\b(?:projected|forecast|predicted)\s+to\s+(?:hit|see|affect)\s+$"
    ),
    forecast_verb=r"\b(?:will|could|would|might)\s+(?!be\b|have\b)(?:\w+\s+)?$",
    in_hospital=(
        r"\bhospitali[sz]\w*|\badmitted\b|(?:taken|admitted|rushed|brought)\s+to\s+(?:the\s+)?"
        r"hospitals?"
    ),
    abroad=(
        r"[^.;]{0,80}?\b(?:(?:to|into|in|from)\s+neighbou?ring(?!\s+(?:villages?|towns?|areas?|"
        r"districts?|communities|localities|provinces?|regions?|states?|counties|cities|city))|"
        r"as\s+refugees|across\s+the\s+border|"
        r"abroad|in\s+(?:other\s+|neighbou?ring\s+|European\s+|foreign\s+)?countries)\b"
        r"|\s+(?:the|their)\s+country\b(?!['’]s)"
        r"|\s+in\s+(?:neighbou?ring\s+)?(?-i:" + _COUNTRIES + r")\b"
        r"|\s+(?:across\s+the\s+border\s+)?(?:to|into)\s+(?:the\s+[\w\s]{0,30}?\s+in\s+)?"
        r"(?:the\s+|neighbou?ring\s+)?"
        r"(?-i:" + _COUNTRIES + r")\b"
        r"|\s+(?:from\s+)?(?-i:" + _COUNTRIES + r")\b(?!['’]s)"
        r"(?:\s+(?:to|into|for)\b|[^.;]{0,40}\brefuge\b)"
    ),
)

ENGLISH = Language(
    tag="en",
    number_words=tuple(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "thousand",
            "million",
            "billion",
        ]
    ),
    number_join=r"[\s-]+|\s+and\s+",
    scales={
        "thousand": 1_000,
        "million": 1_000_000,
        "m": 1_000_000,
        "k": 1_000,
        "billion": 1_000_000_000,
        "bn": 1_000_000_000,
        "lakh": 100_000,
        "lakhs": 100_000,
        "crore": 10_000_000,
        "crores": 10_000_000,
    },
    article_scale=(
        r"(?P<a>(?:half\s+|a\s+quarter\s+of\s+)?an?)\s+(?P<ascale>hundred|thousand|million|billion)\b"
    ),
    hundred="hundred",
    ones=frozenset({"one"}),
    bare_scales=False,
    decimal_comma=False,
    vague={
        "hundreds of thousands": (100_000, 999_999),
        "tens of thousands": (10_000, 99_999),
        "several hundred thousand": (300_000, 999_999),
        "several thousand": (3_000, 9_999),
        "several hundred": (300, 999),
        "a few thousand": (2_000, 5_000),
        "a few hundred": (200, 500),
        "millions": (1_000_000, 9_999_999),
        "thousands": (1_000, 9_999),
        "hundreds": (100, 999),
        "dozens": (24, 99),
        "scores": (40, 99),
        "tens": (10, 99),
    },
    about={"a dozen": 12, "half a dozen": 6, "two dozen": 24, "three dozen": 36},
    percent=r"\s*(?:%|per\s*cent\b|percent\b|pc\b)",
    between="between",
    and_word="and",
    range_word="to",
    change_from=(
        r"(?:rise|rises|risen|rising|rose|increase[sd]?|increasing|climb(?:s|ed|ing)?|"
        r"jump(?:s|ed|ing)?|grow|grows|grew|grown|growing|soar(?:s|ed|ing)?|surge[sd]?|"
        r"surging|drop(?:s|ped|ping)?|fall|falls|fell|fallen|falling|decrease[sd]?|"
        r"decreasing|decline[sd]?|declining|up|down|revised)\s+from"
    ),
    qualifiers={
        Qualifier.at_least: (
            "over|above|exceeding|exceeded|exceeds|passed|topped|surpassed|surpassing",
            "more than",
            "at least",
            "upwards of",
            "in excess of",
            "no fewer than",
            "not less than",
            "just over",
            "rose above",
        ),
        Qualifier.at_most: (
            "up to",
            "as many|much as",
            "fewer|less than",
            "under",
            "no more than",
            "just under",
            "a maximum of",
            "at most",
            "could|may|might|would reach|exceed|top",
            "could|may|might rise|climb|grow to",
            "expected to reach|rise to",
        ),
        Qualifier.approx: (
            "about|some|nearly|almost|around|roughly|approximately|estimated|approx.|approx",
            "circa|c.|perhaps|possibly",
            "an estimated|approximate",
            "close to",
        ),
    },
    bound_after=r"\s+or\s+(?:(?P<up>more|above|over|higher)|fewer|less|below|under)\b",
    people=(
        r"people|persons|person|civilians|children|child|men|man|women|woman|residents|families|"
        r"refugees|migrants|individuals|households|patients|Syrians|Palestinians|Rohingya|IDPs?|"
        r"girls?|boys?|baby|infants?|soldiers?|officers?|policem[ae]n|journalists?|passengers?|"
        r"victims?|survivors?|"
        r"of\s+whom|in\s+(?:a\s+)?critical"
    ),
    months=MONTHS,
    weekdays=WEEKDAYS,
    dates=_DATES,
    cues=CUES,
    cue_join=r"[\s-]+(?:(?:(?<=\bin\s|\bat\s)|(?<=\binside\s))\d[\d,.]*[\s-]+)?",
    speech_verbs=_VERBS,
    speech_stems=(
        "said",
        "quoting",
        "citing",
        " show",
        "say",
        "number",
        "told",
        "tell",
        "report",
        "estimat",
        "announc",
        "state",
        "confirm",
        "added",
        "adds",
        "warn",
        "note",
        "claim",
        "explain",
        "record",
        "count",
        "put",
        "according",
        "identif",
        "document",
        "verif",
        "regist",
        "figure",
        "toll",
        "tally",
        "data",
        "tweet",
        "posted",
        "predict",
        "project",
        "disclos",
        "reveal",
        "releas",
        "issued",
        "publish",
        "compil",
        "provided",
        "shared",
        "declar",
        "indicat",
        "collected",
        "gathered",
        "as per",
        "read",
        "stress",
        "emphasi",
        "highlight",
        "tallied",
        "acknowledg",
        "specified",
        "concern",
        "mention",
        "flagged",
        "condemned the",
    ),
    according=r"\b(?:according\s+to|as\s+per)\s+",
    document_of=(
        rf"(?:(?:the|a|an|its|their)\s+)?{DOCUMENT}\s+(?:(?:released|issued|published|compiled|"
        r"shared)\s+)?(?:from|of|by)\s+(?:the\s+)?"
    ),
    agent=(
        r"\b(?:confirmed|reported|recorded|documented|verified|registered|announced|released|"
        r"issued|stated|published|compiled|provided|shared|collected|gathered|signed)"
        r"(?:\s+(?:on|in|at|late|early|this)?\s*[\w-]+){0,3}?\s+by\s+(?:an?\s+)?"
    ),
    release_verbs=(
        r"(?:(?:strongly|urgently|firmly|deeply|also|today|safely)\s+)*(?:condemns|calls\s+"
        r"(?:on|for|upon)|call\s+(?:on|for|upon)|urges|urge|(?:is|are)\s+(?:urging|calling\s+"
        r"(?:on|for))|welcomes|deplores|mourns|appeals|(?:is|are)\s+(?:deeply\s+|gravely\s+)?"
        r"(?:appalled|alarmed|concerned|saddened|horrified|shocked|outraged|heartbroken)|"
        r"(?:has|have)\s+(?:updated|released|launched|published|been\s+monitoring)|"
        r"(?:is|are)\s+(?:raising|sounding)\s+the\s+alarm|(?:raises|sounds)\s+the\s+alarm|"
        r"(?:has|have)\s+continued\s+to\s+(?:provide|support|assist|deliver|respond)|"
        r"released\s+its|issued\s+a\s+statement|(?<=today\s)(?:safely\s+)?[a-z]+ed|"
        r"(?:has|have)\s+announced\s+(?:that\s+)?(?:it|they)|(?:has|have)\s+(?:urgently\s+)?"
        r"appealed|(?:and\s+its\s+(?:[a-z]+\s+)?partners\s+)?(?:is|are)\s+(?:urgently\s+|now\s+)?"
        r"(?:preparing|intensifying|scaling\s+up|stepping\s+up|mobili[sz]ing|deploying|"
        r"operating|supporting|providing|assisting|responding\s+to))\b"
    ),
    passive_before=r"\b(?:be|been|being|was|were|is|are|an|a|the|had|has|have)\s*$",
    speech_auxiliaries=("has", "have", "had"),
    continues=(
        r"^(?:In\s+addition|Moreover|Furthermore|Additionally|Also|Meanwhile)\b|"
        r"\b(?:also|reportedly|respectively|the\s+same\s+source)\b|"
        r"^(?:This|That|It)\s+(?:brings|takes|raises|puts|pushes)\b|"
        r"\b(?:is|are|was|were|been|being)\s+(?:reported|recorded|confirmed|registered|documented)\b"
        r"(?!\s+by\b)"
    ),
    same_subject=r"(?:It|They)\s+(?:also\s+|then\s+|further\s+)?[a-z]{3,}(?:ed|s)\b",
    breakdown=(
        r"(?:Among|Of)\s+(?:them|these|those|whom|the\s+(?:deceased|dead|victims|total|injured|"
        r"affected|displaced|missing|cases|deaths|fatalities))\b|Besides\b|"
        r"(?:This|These|It|They|The\s+(?:deaths|dead|toll|total|victims|figures?))\s+includes?\b"
    ),
    back_reference=(
        r"\s*(?:This|These|Those)(?:\s+(?:figures?|numbers?|data|toll|count|tally|information))?"
        r"\s+(?:is|are|was|were|has|have)\b"
    ),
    speech_adverbs=_SPEECH_ADVERBS,
    pronouns={"he": "person", "she": "person", "it": "any", "they": "any", "we": "any"},
    body_again=(
        r"(?:(?:the|this|that)\s+)?(?:[a-z-]+\s+){0,3}(?P<head>agency|body|organi[sz]ation|"
        r"council|office|department|authority|ministry|commission|committee|directorate|group|"
        r"charity|centre|center)"
    ),
    any_body=frozenset({"agency", "body", "organisation", "organization", "group", "charity"}),
    demonstratives=frozenset({"this", "that", "these", "those", "which"}),
    noun_words=frozenset(_NOUN_WORDS.split()),
    not_names=frozenset(_NOT_NAMES.split()),
    function_words=frozenset({"of", "the", "for", "and"}),
    not_speakers=frozenset(_NOT_SPEAKERS.split()),
    leading_article=r"^(?:(?:while|although|whereas|but|and|though)\s+)?(?:the\s+)?",
    ceasefire=(
        r"\b(?:cease[\s-]?fires?|truces?|humanitarian\s+pauses?|pauses?\s+in\s+(?:the\s+)?fighting|"
        r"cessation\s+of\s+hostilities|armistice)\b"
    ),
    statuses=(
        (
            S.rejected,
            (
                r"reject\w*|refus\w*|dismiss\w*",
                r"(?:would|will|did|does|do)\s+not\s+agree|won['’]t\s+agree",
            ),
        ),
        (S.blocked, (r"block\w*|veto\w*",)),
        (S.violated, (r"violat\w*|breach\w*|broke(?!\s+down)|broken",)),
        (S.collapsed, (r"collaps\w*|broke\s+down|fell\s+apart|ended",)),
        (
            S.in_effect,
            (
                r"took\s+effect|takes\s+effect|went\s+into\s+effect|came\s+into\s+(?:force|effect)",
                r"in\s+(?:effect|force)|holding|holds",
            ),
        ),
        (S.agreed, (r"agree[sd]?|accept\w*|signed",)),
        (S.under_negotiation, (r"talks|negotiat\w*|discuss\w*|mediat\w*",)),
        (
            S.proposed,
            (
                r"call(?:s|ed|ing)?(?:\s+on\s+\w+)?\s+for|ask(?:s|ed|ing)?\s+for",
                r"propos\w*|demand\w*|seek\w*|sought|urg(?:e|ed|es|ing)|request\w*|appeal\w*",
            ),
        ),
    ),
    abbreviations=frozenset(
        {
            "mr",
            "mrs",
            "ms",
            "dr",
            "prof",
            "gen",
            "lt",
            "col",
            "sgt",
            "capt",
            "maj",
            "st",
            "no",
            "nos",
            "vs",
            "approx",
            "gov",
            "sen",
            "rep",
            "inc",
            "co",
            "ltd",
            "jr",
            "sr",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "u.n",
            "u.s",
            "u.k",
            "e.g",
            "i.e",
            "a.m",
            "p.m",
            "mt",
            "ft",
        }
    ),
    clauses=_CLAUSES,
    documents=DOCUMENTS,
    document_qualifiers=DOCUMENT_QUALIFIERS,
    document_adjectives=(),
    unnamed_documents=(),
    articles=r"the|a|an|its|this|that",
    opening_qualifiers=OPENING_QUALIFIERS,
    counted=COUNTED,
    response=RESPONSE,
    response_from=RESPONSE_FROM,
    relayed_by=RELAYED_BY,
    place_before=PLACE_BEFORE,
    definite="the",
    of="of",
    issued_by=ISSUED_BY,
    in_own_document=IN_OWN_DOCUMENT,
    hazards=HAZARDS,
    noun_determiners=NOUN_DETERMINERS,
    adjective_after="",
    nationality_after="",
    quoting=QUOTING,
    parts_of_day=PARTS_OF_DAY,
    speaker_after="",
    inverted_speech="",
    inverted_hints=(),
    hearer_verbs=HEARER_VERBS,
)
