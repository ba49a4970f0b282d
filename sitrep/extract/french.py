"""French: the words every recogniser reads, in one place.

Numbers are written `1 234` (a space, often a narrow no-break one, between thousands)
and `1,5 million` (a decimal comma); dates `le 3 mars 2024`, `1er mars`, `du 3 au 5
mars`; the speaker `selon l'OCHA`, `le ministère de la Santé a indiqué`.
"""

from __future__ import annotations

import re

from sitrep.extract.words import Clauses, DateWords, Language
from sitrep.models import CeasefireStatus as S
from sitrep.models import Indicator, Qualifier

_MONTH_SPELLINGS = [
    ("janvier", "janv"),
    ("février", "fevrier", "févr", "fevr"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août", "aout"),
    ("septembre", "sept"),
    ("octobre", "oct"),
    ("novembre", "nov"),
    ("décembre", "decembre", "déc", "dec"),
]
MONTHS = {name: number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names}
AS_OF = r"\b(?:en\s+date\s+du|à\s+la\s+date\s+du|arrêtée?s?\s+au)\s+$"
"""Before the day a running count was made up to ('depuis janvier, arrêté au 18 octobre')."""
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_MONTHS = "|".join(names[0] for names in _MONTH_SPELLINGS)

_DATES = DateWords(
    month=_MONTH_ALTERNATION,
    month_name=_FULL_MONTHS,
    weekday="|".join(WEEKDAYS),
    ordinal=r"(?:er|e)?",
    day_of="",
    month_first=False,
    between=r"entre(?:\s+le)?|du|de",
    and_to=r"et(?:\s+le)?|au|à|jusqu['’]au",
    range_join=r"-|–|\s+et\s+(?:le\s+)?|\s+au\s+",
    since=r"depuis(?:\s+le)?|à\s+partir\s+du|dès\s+le",
    past=(
        r"(?:au\s+cours\s+des|durant\s+les|pendant\s+les|ces)\s+(?:(?P<pastn>\w+)\s+)?"
        r"(?:derniers|dernières)\s+(?P<pastunit>jour|semaine|mois|année|heure)s?\b"
    ),
    relative=r"aujourd['’]hui|hier|ce\s+matin|cette\s+nuit|la\s+nuit\s+dernière",
    last=r"(?:la|le|l['’])\s*(?P<lastunit>semaine|mois|année)\s+(?P<last>dernière|dernier|passée|passé)\b",
    month_in=(
        r"en|durant|pendant|depuis|jusqu['’]en|au\s+mois\s+de|"
        r"(?:durant|pendant|pour|sur)\s+(?:tout\s+)?le\s+mois\s+(?:de|d['’])|"
        r"au\s+cours\s+du\s+mois\s+(?:de|d['’])|"
        r"(?:(?:à|a|vers|dès|jusqu['’]à)\s+la\s+)?(?:fin|début)(?:\s+du\s+mois)?(?:\s+d['’]|\s+de)?|"
        r"(?:à\s+la\s+)?mi-"
    ),
    year_in=r"en|durant|pendant",
    part=r"(?:(?P<{0}part>fin|début|mi)(?:\s+d['’]|\s+de\s+|[\s-]+)(?P<{0}edge>(?!))?)?",
    future_before=r"\b(?:prochain\s+rapport|sera|seront)\b[^.;,]{0,30}$",
    since_before=r"\b(?:depuis)\s+(?:[^\W\d]+\s+){0,8}$",
    epi_week=(
        r"\bsemaine(?:\s+épidémiologique)?\s+(?:n°\s*)?(?P<wk>\d{1,2})\b"
        r"(?:\s*(?:,|de)\s*(?P<wky>(?:19|20)\d\d)\b)?"
    ),
    epi_week_word="semaine",
    hints=(
        "semaine ",
        "janv",
        "févr",
        "fevr",
        "mars",
        "avr",
        "mai",
        "juin",
        "juil",
        "août",
        "aout",
        "sept",
        "oct",
        "nov",
        "déc",
        "dec",
        "di",
        "hier",
        "aujourd",
        "depuis",
        "derni",
        "pass",
        "-0",
        "-1",
        "en 19",
        "en 20",
        "pendant 19",
        "pendant 20",
        "ce matin",
        "cette nuit",
        "premiers mois",
        "premier trimestre",
        "premier semestre",
    ),
    units={"jour": "day", "semaine": "week", "mois": "month", "année": "year", "heure": "hour"},
    last_words={"dernière": "last", "dernier": "last", "passée": "last", "passé": "last"},
    since_words=frozenset({"depuis"}),
    yesterday=frozenset({"hier", "la nuit dernière"}),
    parts={"fin": "end", "mi": "middle"},
    small={
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "plusieurs": 3,
        "quelques": 3,
    },
    as_of=AS_OF,
    told_before=r"(?:\bselon\b[^.;]{0,120}?,\s*|\b(?:a|ont)\s+(?:indiqué|annoncé|déclaré)\s+)$",
    first_months=(
        r"(?:(?:au\s+cours|durant|pendant|sur|dans)\s+(?:des|les)\s+(?P<fmn>\w+)\s+premiers\s+mois|"
        r"(?:au|durant\s+le|pendant\s+le)\s+premier\s+(?P<fmq>trimestre|semestre))"
        r"(?:\s+(?:de\s+l['’]année|(?:de\s+)?(?P<fmy>YEAR)))?\b"
    ),
    quarters={"trimestre": 3, "semestre": 6},
)

_VICTIMS = "personnes|civils|enfants|femmes|hommes|habitants|patients|migrants|réfugiés"
_PAYS = (
    r"République\s+démocratique\s+du\s+Congo|République\s+centrafricaine|Centrafrique|RDC|RCA|"
    r"Soudan\s+du\s+Sud|Burkina\s+Faso|Côte\s+d['’]Ivoire|République\s+dominicaine|"
    r"Arabie\s+saoudite|États-Unis|Tchad|Soudan|Ouganda|Kenya|Éthiopie|Cameroun|Niger|Mali|"
    r"Mauritanie|Nigeria|Bénin|Togo|Ghana|Guinée|Sénégal|Congo|Rwanda|Burundi|Tanzanie|Zambie|"
    r"Angola|Mozambique|Malawi|Libye|Égypte|Tunisie|Algérie|Maroc|Liban|Syrie|Jordanie|Turquie|"
    r"Irak|Iran|Afghanistan|Pakistan|Bangladesh|Myanmar|Birmanie|Thaïlande|Pologne|Roumanie|"
    r"Moldavie|Hongrie|Slovaquie|Allemagne|Italie|Espagne|Grèce|Ukraine|Russie|Haïti|Colombie|"
    r"Venezuela|Brésil|Pérou|Équateur|Chili|Mexique|Somalie|Djibouti|Érythrée|Yémen"
)
"""Countries, as a flight's destination or origin names them ('ont fui vers le Tchad', 'ayant
fui l'Ukraine'): the people crossed a border."""

CUES: dict[Indicator, tuple[str, ...]] = {
    Indicator.seriously_wounded: (
        "grièvement|gravement|sérieusement blessés|blessées|blessé|blessée",
        "dans un état critique|grave",
        "grièvement|gravement",
        "blessés|blessées graves",
    ),
    Indicator.medical_evacuation_needed: (
        "nécessitent|nécessitant|attendent [une] évacuation|évacuations [médicale|médicales]",
        "besoin d [une] évacuation [médicale]",
    ),
    Indicator.killed: (
        "tués|tuées|tué|tuée|morts|mortes|mort|tuant|massacrés|noyés|noyées",
        "coûté|coûte|coûtant la vie à|aux",
        "trouvé la mort",
        "brûlés|brûlées vifs|vives",
        "pertes en vies humaines",
        "vies humaines perdues",
        "ont|a|avaient|avait|auraient|aurait [également|aussi|déjà|encore] péri",
        "ont|avaient|auraient|a|avait|aurait [également|aussi|déjà|encore] perdu la vie",
        "bilan [des] [victimes]",
        "corps",
        "victimes",
        "décès|décédés|décédées|décédé|décédée",
        "cadavres|dépouilles",
        "meurtres|homicides|assassinats|assassinés|assassinées|exécutés|exécutées|abattus|abattues",
        "a|ont éliminé|abattu",
        "sont décédés|décédées",
    ),
    Indicator.injured: ("blessés|blessées|blessé|blessée|blessant|hospitalisés|hospitalisées",),
    Indicator.missing: (
        "disparus|disparues|disparu|disparue",
        "portés|portées|porté|portée disparus|disparues|disparu|disparue",
        "toujours|encore recherchés|recherchées",
        "sont|restent toujours|encore en cours de recherche",
    ),
    Indicator.refugees: (
        "réfugiés|réfugiées|réfugié|réfugiée",
        "demandeurs d asile",
        "nouvelles arrivées",
        "nouveaux arrivants",
        "arrivées ont été rapportées|enregistrées|signalées",
        "arrivés|arrivées|arrivé|arrivée|entrés|entrées|entré|entrée au|en",
        "traversé|franchi la frontière",
        "ont fui vers le|la|les pays",
        "quitté|quitter|quittant le|leur pays",
        "rendus|rendues dans les pays voisins",
    ),
    Indicator.displaced: (
        "déplacés|déplacées|déplacé|déplacée|déplacement|déplacements|fui|fuyant|fuir",
        "sans abri|abris",
        "déracinés|déracinées",
        "pdi",
        "dispersés|dispersées",
        "quitter|fuir|quitté|fui|quittant [précipitamment] leurs|leur villages|village|maisons|"
        "maison|foyers|foyer|domiciles|domicile|habitations|localités",
        "ont dû quitter leurs maisons|foyers|domiciles",
        "ont perdu leur maison|logement",
        "se sont réfugiés|réfugiées",
        "se réfugier",
        "en abris|abri",
        "dans [des|les] abris",
        "trouvé|trouver|chercher|cherché refuge|abri",
        "sites de déplacés",
        "accueille|accueillent|hébergés|hébergées|hébergent|héberge",
        "sites|site|centres|centre d accueil|hébergement",
        "sinistrés|sinistrées|familles|personnes|ménages hébergés|hébergées|accueillis|accueillies",
    ),
    Indicator.returnees: (
        "rapatriés|rapatriées|retournés|retournées|rentrés|rentrées|expulsés|expulsées",
        "sont rentrés|rentrées|retournés|retournées",
        "ont regagné|retrouvé leurs|leur villages|village|foyers|foyer|maisons|localités",
        "rentrer|retourner|rentrés|rentrées|retournés|retournées chez eux|elles|dans leur pays",
        "ont|avaient décidé de rentrer|retourner",
    ),
    Indicator.evacuated: (
        "évacués|évacuées|évacué|évacuée|évacuation|évacuations|secourus|secourues|secouru|"
        "secourue|sauvés|sauvées|sauvé|sauvée|repêchés|repêchées",
        "retiré|retirés|retirées|extrait|extraits|extraites|sorti|sortis|sorties des décombres|"
        "ruines|eaux",
    ),
    Indicator.besieged_or_trapped_population: (
        "assiégés|assiégées|piégés|piégées|bloqués|bloquées|encerclés",
        "pris au piège",
    ),
    Indicator.people_in_need: (
        "dans le besoin",
        "ont besoin d|de [une] [*] aide|assistance|protection|soutien|soins|nourriture|abri|eau",
        "besoin d|de [une] [*] aide|assistance",
        "nécessitent|nécessitant|requièrent [une] [*] aide|assistance",
        "en situation d insécurité alimentaire",
        "en insécurité alimentaire",
        "insécurité alimentaire",
        "confrontées|confrontés|confrontée|confronté|exposées|exposés à [une] [des] [*] [*] [*] "
        "[*] faim|famine|insécurité|catastrophe|catastrophique|urgence",
        "font|faisant face à [une] [la] [des] [*] [*] [*] faim|famine|insécurité",
        "aux prises avec [des] [*] [*] faim|famine|insécurité",
        "luttant|luttent pour se nourrir",
        "menacées|menacés de famine",
        "risque de famine",
    ),
    Indicator.people_reached: (
        "atteintes|atteints|assistées|assistés|aidées|aidés|bénéficié",
        "distribué|distribuée|distribués|distribuées|fourni|fournie|apporté",
        "ont reçu [une] [*] aide|assistance|nourriture|soutien",
        "vaccinés|vaccinées|immunisés|immunisées|dépistés|dépistées",
    ),
    Indicator.detained: (
        "arrêtés|arrêtées|arrêté|arrêtée|détenus|détenues|enlevés|enlevées|enlevé|enlevée|"
        "emprisonnés|otages|prisonniers|kidnappés|kidnappées|kidnappé|kidnappée",
        "repris|capturés|capturées|incarcérés|incarcérées|séquestrés|séquestrées|détenues",
        "en détention|captivité",
    ),
    Indicator.other: (
        "cas [suspects|confirmés] [de] [*]",
        "touchant|frappé|frappées|frappés|confrontées|confrontés",
        "ont|a détruit|inondé|endommagé|incendié",
        "contaminations",
        "passagers",
        "migrants [ont] [été] expulsés|refoulés|renvoyés|rapatriés|débarqués|arrivés",
        "transportait|transportant|transportaient|transportés|voyageaient|voyageant",
        "survécu",
        "confirmés|confirmées en laboratoire",
        "considérés|considérées comme probables|suspects",
        "rescapés|rescapées|survivants|survivantes",
        "touchées|touchés|touché|affectées|affectés|affecté|sinistrées|sinistrés|détruites|détruits|"
        "endommagées|endommagés|inondées|inondés",
        "maisons|habitations|écoles détruites|endommagées",
        "incendiées|incendiés|brûlées|effondrées|effondrés|saccagés|saccagées|pillés|pillées|"
        "décoiffées|décoiffés|rasées|rasés|submergées|submergés",
        "privés d école",
        "déscolarisés|déscolarisées",
        "évadés|évadées|libéré|libérée|libérés|libérées|relâché|relâchés|relâchées|libération|évasion",
        "remis en liberté",
        "prisonniers|détenus|otages|captifs [*] libérés|libérées|relâchés|relâchées",
        "contacts [suivis|identifiés|listés]",
        "[nouvelles] infections",
        "tués|tuées|morts ou blessés|blessées",
        "morts|mortes|décédés|décédées ou [ont] [été] disparus|disparues|disparu",
        "[ont|a] [déjà] péri ou [ont] [été] disparus|disparues|disparu",
        "trouvé la mort ou [ont] disparu|disparus",
        "disparus|disparues ou morts|mortes|décédés",
        "sans électricité|eau|courant|internet|nourriture",
        "guérisons|guéris|guéries",
    ),
}
"""Cue phrases as in English; `d` stands for the elided `d'` ('besoin d'aide')."""

_VERBS = (
    r"a\s+déclaré|ont\s+déclaré|a\s+indiqué|ont\s+indiqué|a\s+annoncé|ont\s+annoncé|"
    r"a\s+affirmé|ont\s+affirmé|a\s+précisé|ont\s+précisé|a\s+rapporté|ont\s+rapporté|"
    r"a\s+signalé|ont\s+signalé|a\s+confirmé|ont\s+confirmé|a\s+dit|ont\s+dit|a\s+estimé|"
    r"ont\s+estimé|a\s+recensé|ont\s+recensé|a\s+enregistré|ont\s+enregistré|a\s+ajouté|"
    r"a\s+averti|a\s+fait\s+état|ont\s+fait\s+état|(?:fait|faisait|font|faisaient)\s+état|déclare|indique|annonce|rapporte|signale|"
    r"estime|recense|précise|affirme|déclarent|indiquent|annoncent|rapportent|signalent|"
    r"estiment|recensent|précisent|affirment|reconnaît|reconnaissent|a\s+reconnu|"
    r"a\s+souligné|ont\s+souligné|souligne|soulignent|a\s+révélé|ont\s+révélé|révèle|"
    r"révèlent|(?:a|ont)\s+fait\s+savoir|fait\s+savoir|font\s+savoir|a\s+expliqué|"
    r"ont\s+expliqué|explique|expliquent|a\s+rappelé|rappelle|a\s+relevé|relève|"
    r"a\s+dénombré|ont\s+dénombré|dénombre|a\s+comptabilisé|ont\s+comptabilisé|"
    r"comptabilise|a\s+notifié|ont\s+notifié|a\s+communiqué|a\s+constaté|ont\s+constaté|"
    r"(?:avait|avaient)\s+(?:signalé|indiqué|annoncé|déclaré|rapporté|précisé|confirmé|recensé)|"
    r"confirme|confirment|estimait|estimaient|indiquait|indiquaient|signalait|signalaient|"
    r"(?:a|ont)\s+revendiqué|revendique|revendiquent|(?:a|ont)\s+déploré|déplore|déplorent|"
    r"(?:s['’]est|se)\s+dite?s?\s+(?:(?:très|vivement|profondément|extrêmement)\s+)?"
    r"(?:préoccupée?s?|inquiète?s?|alarmée?s?)"
)
_VERB_ADVERB = (
    r"(?:(?:également|aussi|encore|déjà|ensuite|enfin|notamment|par\s+ailleurs|en\s+outre|"
    r"pour\s+sa\s+part|de\s+son\s+côté)\s+)?"
)
_VERBS = re.sub(r"(?<![\w)])(a|ont|avait|avaient)\\s\+", lambda m: m.group() + _VERB_ADVERB, _VERBS)
"""An adverb may stand between the auxiliary and its participle ('a également précisé')."""
_NOUN_WORDS = """
    le la les l du de des d ministère ministre gouvernement autorités autorité porte-parole
    responsable responsables agence agences bureau organisation organisations santé
    intérieur protection civile humanitaire humanitaires coordinateur coordinatrice
    représentant représentante directeur directrice chef médecins médical médicale sources
    source habitants témoins militants armée police rebelles forces sécurité secours
    gouverneur maire président préfet administration comité conseil mission nations unies
    onu local locale locaux locales national nationale provincial provinciale régional
    régionale communiqué croix rouge croissant secrétaire général générale internationale
    international mondiale mondial pour migrations réfugiés unies programme alimentaire
    haut commissariat enfance fonds coordination affaires publique officiel officielle
    officiels officielles sanitaires sanitaire presse médias groupement sapeurs-pompiers
    pompiers préfecture services secouristes sauveteurs média procureur procureure
    associations groupe acteur actrice"""
_NOT_NAMES = """
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre aujourd hier en à au dans un une deux
    trois quatre cinq six sept huit neuf dix plusieurs nombreux quelques dizaines
    centaines milliers"""

_CLAUSES = Clauses(
    conjunct_break=(
        r"[,;()]|\s(?:et|tandis\s+que|mais|alors\s+que|lorsque)\s"
        r"|\savec\s(?=(?:[\w-]+\s+){0,2}\d)|\s[-–—]\s"
    ),
    relative=r"\s+(?:[\w'’-]+\s+){0,3}?(?:qui|que|qu['’])\s*",
    part_of=(
        r"(?:\bdont|\by\s+compris|\bparmi\s+(?:eux|elles|lesquels|lesquelles)|\bparmi)"
        r"(?:\s+une?\s+[\w-]+\s+et)?\s+$"
    ),
    apposed=r"^[^.;:,()\d]{0,40}?(?::|\s[-–—])\s+$",
    continues=(
        r"\s*(?:Parmi\s+(?:eux|elles|ceux-ci|celles-ci|lesquels)"
        r"|(?:Ce\s+bilan|Ce\s+chiffre|Ils|Elles)\s+comprend|Suivi\s+par|Suivie\s+par"
        r"|(?:[\w'’-]+\s+){0,4}?\d[\d.,\s]*(?:\s+millions?)?\s+d['’]entre\s+(?:eux|elles))\b"
    ),
    part_after=r"\s+d['’]entre\s+(?:eux|elles)\b",
    and_part=r"^[^.;:]{0,40}?(?:,\s*|\s)et\s+$|^\s*(?:[\w-]+\s+){0,2}[\w-]+,\s*$",
    listing=r"\by\s+compris\s+$",
    total=(
        r"(?:^\s*(?:[\w-]+\s+){0,2}(?:\(|ou|soit)\s*$)"
        r"|(?:^\s*(?:[\w-]+\s*){0,2}[,(]?\s*soit\s*$)"
        r"|\b(?:le|un)\s+(?:total|nombre\s+total)\b[^.;,]{0,30}$"
    ),
    households=r"\s+(?:\w+\s+)?(?:familles|ménages)\b",
    groups=(
        r"\s+(?:[a-zé]+\s+)?(?:hommes|femmes|enfants|filles|garçons|adultes|mineurs|"
        r"personnes\s+âgées|nourrissons|bébés|veuves|orphelins)"
        r"(?:\s+(?:de\s+)?(?:moins|plus)\s+de\s+\d+\s+ans)?\s*(?:,\s*(?:et\s+)?|et\s+)$"
    ),
    increment=(
        r"\s+(?:autres|nouveaux|nouvelles|supplémentaires)\b[^.;]{0,120}?\b(?:portant|porte|"
        r"portent|faisant\s+passer|bilan|total)\b[^.;]{0,80}?\b(?:à|a)\s+(?:au\s+moins\s+|"
        r"plus\s+de\s+)?\d"
    ),
    share_of_whole=(
        r"\s+(?:de\s+(?:la\s+|l['’])(?:population|ville|capitale|région|superficie|île)|"
        r"du\s+(?:territoire|pays)|de\s+(?-i:[A-Z])[\w'’-]*)"
    ),
    households_of=(
        r"\s+(?:[\w-]+\s+){0,2}(?:dans|de|issu(?:e)?s?\s+de|réparti(?:e)?s?\s+(?:dans|en))\s+"
        r"|\s+(?:[\w-]+\s+){0,2}[\w-]+\s*(?:,\s*(?:soit|ou)|\(|\s+ou)\s*"
    ),
    disease=(
        r"\b(?:choléra|rougeole|paludisme|malaria|ebola|diphtérie|dengue|covid|coronavirus|"
        r"maladies?|épidémies?|cas|famine|malnutrition|faim|déshydratation|infections?|contaminations?|"
        r"mortalité|toutes\s+causes|causes\s+naturelles|pneumonie|diarrhée|à\s+l['’]hôpital|"
        r"fièvre|lassa|mpox|variole|marburg|nipah|zika|polio\w*|méningite|typhoïde|hépatite|"
        r"virus|peste|causes\s+indirectes|en\s+attendant|en\s+attente)\b"
    ),
    cause_of=(
        r"\s+(?:de|du|des|d['’]|à\s+cause\s+d['’e]|suite\s+à|des\s+suites\s+d['’e])\s*"
        r"(?!(?:[\w-]+\s+){0,2}?(?:blessures?|balles?|tirs?)\b)"
        r"(?:[\w'’-]+\s+){0,2}?"
    ),
    count_subject=(
        r"\b(?:(?:nombre|total)\s+(?:de|des|d['’])\s*(?P<subject>[^.;:]{1,140}?)"
        r"|(?P<toll>bilan)\b[^.;:]{0,140}?)\s+"
        r"(?:a\s+|avait\s+)?(?:désormais\s+|déjà\s+)?"
        r"(?:atteint|s['’]élève\s+à|s['’]élevait\s+à|est\s+passé\s+à|a\s+grimpé\s+à|"
        r"grimpe\s+à)\s+$"
    ),
    violence=(
        r"\b(?:bombard\w*|attaques?|frappes?|tirs?|fusillades?|combats|violences?|"
        r"affrontements|massacres?|explosions?|séismes?|tremblements?\s+de\s+terre|"
        r"inondations?|crues?|cyclones?|tempêtes?|glissements?\s+de\s+terrain|incendies?|"
        r"ouragans?|typhons?|tsunamis?|noyé\w*|naufrages?|répliques?|combattants|miliciens|"
        r"rebelles|(?:été|sont|ont)\s+tué(?:e|s|es)?|(?:guerre|conflit)\s+(?:a|avait)\s+tué)\b"
    ),
    morgue=(
        r"\b(?:reçu|reçus|remis)\b(?:[^.;:]{0,40}?\b(?:corps|dépouilles)\b)"
        r"|\b(?:corps|dépouilles)\b[^.;:]{0,40}?\b(?:morgues?)\b"
    ),
    outbreak=(
        r"\b(?:choléra|rougeole|paludisme|ebola|diphtérie|dengue|covid|coronavirus|épidémies?|"
        r"famine|mortalité|lassa|mpox|variole|marburg|nipah|zika|polio\w*|méningite|typhoïde|"
        r"hépatite|peste|virus|malnutrition)\b"
    ),
    outbreak_words=(
        "choléra",
        "rougeole",
        "paludisme",
        "ebola",
        "diphtérie",
        "dengue",
        "covid",
        "coronavirus",
        "épidémie",
        "famine",
        "mortalité",
        "lassa",
        "mpox",
        "variole",
        "marburg",
        "nipah",
        "méningite",
        "virus",
        "malnutrition",
    ),
    outbreak_risk=r"\b(?:risques?|prévenir|prévention|éviter|craint\w*|menaces?|potentiel\w*|possibles?)\b",
    duration=r"[\s-]*(?P<unit>ans?|années?|mois|semaines?|jours?|heures?|minutes?|secondes?)\b",
    duration_units={
        "an": "year",
        "ans": "year",
        "année": "year",
        "années": "year",
        "mois": "month",
        "semaine": "week",
        "semaines": "week",
        "jour": "day",
        "jours": "day",
        "heure": "hour",
        "heures": "hour",
        "minute": "minute",
        "minutes": "minute",
        "seconde": "second",
        "secondes": "second",
    },
    age_after=r"\s*ans\b",
    age_list=r"âgée?s?\s+de",
    hospital=r"hôpital|hôpitaux",
    territory=(
        r"territoire|contrôle|contrôlent|contrôlait|contrôlé|contrôlée|contrôlés|contrôlées|"
        r"aux\s+mains|conquis|repris|perdu|occupé|occupée|occupent"
    ),
    of_noun=r"de|d['’]",
    people_noun=r"personnes|civils|enfants|femmes|hommes|habitants|migrants|réfugiés|passagers|élèves",
    buildings=(
        r"maisons|habitations|cases|logements|bâtiments|immeubles|écoles|salles\s+de\s+classe|"
        r"classes|hôpitaux|centres\s+de\s+santé|formations\s+sanitaires|postes\s+de\s+santé|"
        r"dispensaires|églises|mosquées|boutiques|magasins|marchés|commissariats|"
        r"sous-commissariats|ponts|routes|voitures|véhicules"
    ),
    infrastructure=frozenset({"ponts", "routes", "voitures", "véhicules"}),
    damage=frozenset(
        {
            "détruites",
            "détruits",
            "détruite",
            "détruit",
            "endommagées",
            "endommagés",
            "endommagée",
            "endommagé",
            "touchées",
            "touchés",
            "affectées",
            "affectés",
            "affecté",
            "sinistrées",
            "sinistrés",
            "saccagés",
            "saccagées",
            "pillés",
            "pillées",
            "décoiffées",
            "décoiffés",
            "rasées",
            "rasés",
            "dommages",
        }
    ),
    damage_ends=(
        "détruit",
        "détruites",
        "détruits",
        "endommagé",
        "endommagées",
        "endommagés",
        "inondé",
        "dommages",
    ),
    damage_only=frozenset(
        {
            "inondées",
            "inondés",
            "incendiées",
            "incendiés",
            "incendiée",
            "incendié",
            "effondrées",
            "effondrés",
            "brûlées",
            "brûlés",
            "submergées",
            "submergés",
        }
    ),
    time_after=r"\s*h\s*\d\d\b|\s*h\b|:\d\d",
    planned=r"\b(?:à\s+être|ciblées?|ciblés?|prévoit\s+d['’]|prévu\s+d['’])\s*$",
    rate_of=r"\bpour\s+$",
    not_people=(
        r"[^\w,;.:()]*(?:\w+\s+){0,2}(?:bus|véhicules?|camions?|voitures?|convois?|vols?|avions?|"
        r"chars?|roquettes?|missiles?|obus|bombes?|frappes?|pays|districts?|quartiers?|villes?|"
        r"villages?|localités?|communes?|provinces?|régions?|préfectures?|fois|kilomètres|km|"
        r"mètres|tonnes|sièges|états|"
        r"membres(?!\s+(?:d[eu]s?\b|d['’]))|"
        r"agences|organisations|camps?|sites?|semaines|ans|années|"
        r"mois|jours|têtes|bétail|animaux|hectares|centres|doses|attaques|incidents|"
        r"explosions|latrines|tentes|frères|sœurs|cousins|bateaux|kits|zones|ponts|appels|motocyclettes|motos|"
        r"interventions|missions|opérations|patrouilles|ambulances|"
        r"routes|repas|litres|cyclones|séismes|tempêtes|territoires|violations|dollars|euros|"
        r"francs|gourdes|ariary)\b"
    ),
    responders=(
        r"[^\w,;.:()]*(?:(?!(?:à|dans|de|et|ou|mais|qui|sont|ont|pour|avec)\b)[\w'’-]+\s+){0,3}?"
        r"(?:(?P<core>secouristes|sauveteurs|pompiers|sapeurs-pompiers|militaires|soldats|"
        r"policiers|gendarmes|plongeurs|équipes\s+de\s+secours)|"
        r"agents|volontaires|bénévoles|humanitaires|agents\s+de\s+santé|médecins|infirmiers)(?!\w)"
    ),
    deployed=(
        r"\b(?:déploy\w*|dépêch\w*|envoy\w*|mobilis\w*|formés?|formées?|formation|engagés?|"
        r"sur\s+place|sur\s+le\s+terrain|arriv\w*)"
    ),
    harmed=(
        r"\b(?:tu\w*|morts?|mortes|décéd\w*|décès|bless\w*|disparu\w*|enlev\w*|kidnapp\w*|"
        r"arrêt\w*|déten\w*|otages?|dont|parmi|victimes?|attaqu\w*|infecté\w*|"
        r"pris\s+au\s+piège|bloqué\w*|libér\w*|évacu\w*|péri|perdu\s+la\s+vie|"
        r"trouvé\s+la\s+mort|abattu\w*)(?!\w)"
    ),
    forecast=(
        r"\b(?:(?:pourrait|pourraient|devrait|devraient)\s+connaître|prévisions\s+(?:estiment|"
        r"tablent\s+sur|font\s+état\s+d['’e])(?:\s+(?:jusqu['’]à|environ|près\s+de))?)\s*$"
    ),
    forecast_verb=r"\b(?:vont|va|pourraient|pourrait|risquent\s+de)\s+(?:\w+\s+)?$",
    in_hospital=r"\bhospitalis\w*|\badmis\b",
    abroad=(
        r"[^.;]{0,80}?\b(?:vers\s+les\s+pays\s+voisins|dans\s+les\s+pays\s+voisins|à\s+l['’]étranger|"
        r"comme\s+réfugiés|de\s+l['’]autre\s+côté\s+de\s+la\s+frontière"
        r"|(?:vers|au|en)\s+(?:le\s+|la\s+|l['’])?[\w-]+\s+voisine?s?)\b"
        r"|\s+(?:leur|le)\s+pays\b"
        r"|\s+(?:(?:vers|au|aux|en|à)\s+)?(?:le\s+|la\s+|les\s+|l['’])?(?-i:" + _PAYS + r")\b"
    ),
)

_NOT_SPEAKERS = """
    aussi également premiers premières précédent précédents derniers dernières provisoire
    provisoires officiel officiels selon depuis on"""
DOCUMENTS = ("bilans?", "rapports?", "bulletins?", "communiqué", "décompte", "chiffres", "données")
"""The nouns of a document that carries figures ('bilan', 'rapport'), as regex pieces: the
one list every rule about documents reads (`sources`)."""
DOCUMENT_QUALIFIERS = ("nouveau", "nouvel", "dernier", "récent", "premier")
"""Words that describe a document before its noun ('un nouveau bilan')."""
DOCUMENT_ADJECTIVES = (
    "officiel", "provisoire", "partiel", "définitif", "communiquée?s?", "publiée?s?",
    "diffusée?s?", "conjoint",
)  # fmt: skip
"""Words that describe a document after its noun ('un bilan officiel communiqué', 'les
données communiquées'), as regex pieces; a participle agrees with its noun."""
OPENING_QUALIFIERS = ("premiers?", "premières?")
"""How early a report came ('les premiers bilans'), not who made it."""
COUNTED = ("deux", "trois", "quatre", "plusieurs")
"""Counted speakers ('donné par deux habitants')."""
PARTS_OF_DAY = ("soir", "matin", "midi", "après-midi")
"""A part of the day after a weekday ('a annoncé jeudi soir le ministère')."""
RESPONSE = (
    r"(?:a|ont|avait|avaient)\s+(?:également\s+|déjà\s+|aussi\s+)?(?:aidé|fourni|assisté|soigné|"
    r"évacué|secouru|pris\s+en\s+charge|distribué|vacciné|atteint)\b"
)
"""The verbs of a response its actor tells ('l'OIM a aidé 20 000 personnes')."""
RESPONSE_FROM = (
    r"\b(?:reçu|bénéficié)\s+(?:[\w-]+\s+){0,4}?(?:de\s+la\s+part\s+)?(?:du|de\s+l['’]|des)\s*"
)
"""'300 personnes ont reçu des soins de l'OIM': who gave them."""
RELAYED_BY = r"\s+cité(?:e|s|es)?\s+par\s"
"""After a speaker named after its verb, the outlet that relays it ('…, a annoncé le
gouvernement cité par l'agence Lumen')."""
PLACE_BEFORE = (
    r"\s(?:en|au|à|dans)\s+(?:(?:le\s+|la\s+)?(?:territoire|province|ville|commune|région|"
    r"district|préfecture)\s+(?:de\s+|d['’]))?$"
)
"""What stands between a speaker and the place it is in ('l'hôpital Tarn à Velo a reçu')."""
SPEAKER_AFTER = r"\b(?:comme|ainsi\s+que)\s+(?:l['’]|le\s+)?$"
"""Before a speech verb whose speaker follows it ('comme l'explique le maire')."""
INVERTED_SPEECH = (
    r"\b(?:(?:a-t-|ont-|avait-|avaient-)(?P<aux>il|elle|ils|elles)\s+(?:déclaré|indiqué|"
    r"annoncé|affirmé|précisé|rapporté|signalé|confirmé|dit|estimé|ajouté|expliqué|souligné|"
    r"averti|rappelé|relevé)|(?:déclare|indique|annonce|affirme|précise|rapporte|signale|"
    r"confirme|estime|ajoute|explique|souligne|rappelle|relève|dit)-t-(?P<one>il|elle)|"
    r"(?:déclarent|indiquent|annoncent|affirment|précisent|rapportent|signalent|confirment|"
    r"estiment|ajoutent|expliquent|soulignent)-(?P<many>ils|elles))\b"
)
"""A speech verb with its subject pronoun after it ('», a-t-il précisé', 'ajoute-t-elle',
'indiquent-ils'): group `aux`, `one` or `many` holds the pronoun."""
ADJECTIVE_AFTER = r"[a-zéèê]+(?:aires?|aux|ales?|iques?|iens?|iennes?|ières?|iers?|els|elles?)"
"""A French adjective after its noun ('sécuritaires', 'locaux', 'médicales')."""
NATIONALITY_AFTER = (
    r"[a-zéèêëï]{2,}(?:aises?|ais|oises?|ois|aines?|ains|iennes?|iens?|éennes?|éens?)"
)
"""A people's adjective after its noun ('soudanaises', 'libanais', 'congolaise',
'maliennes'): 'les autorités soudanaises', 'le ministère libanais de la Santé'."""

HAZARDS = (
    r"(?:la\s+|le\s+|l['’])?(?:cyclones?|tempêtes?|ouragans?|typhons?|séismes?|tremblements?|"
    r"inondations?|crues?|intempéries|pluies|glissements?|attaques?|attentats?|épidémies?)\b"
)
"""A hazard or an attack ('le cyclone', 'l'épidémie'): the toll of one counts it and names
nobody."""
OF = r"du|de\s+la|de\s+l['’]|des|de|d['’]"
"""What joins a document to what it counts ('le bilan du cyclone', 'le bilan des pluies')."""
ISSUED_BY = r"(?:du|de\s+la|des)\s+|de\s+l['’]|d['’]"
"""What joins a document to its issuer ('communiqué du ministre', 'rapport de l'OIM')."""
IN_OWN_DOCUMENT = (
    r"\b(?:a|ont)\s+(?:déclaré|indiqué|annoncé|précisé|rapporté|signalé)\s+dans\s+"
    r"(?:son|sa|leur)\s+(?:(?:dernier|dernière|nouveau|nouvelle|récent)\s+)?(?:rapport|"
    r"bulletin|bilan|communiqué|mise\s+à\s+jour)\b"
)
"""'… a indiqué dans son dernier rapport': the story relays the speaker's own document."""
NOUN_DETERMINERS = ("les", "des", "ces")
"""Right before a speech verb's word, these make it a noun ('les rapports')."""

FRENCH = Language(
    tag="fr",
    number_words=tuple(
        [
            "zéro",
            "un",
            "une",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "vingt",
            "trente",
            "quarante",
            "cinquante",
            "soixante",
            "cent",
            "cents",
            "mille",
        ]
    ),
    number_join=r"[\s-]+|\s+et\s+|-et-",
    scales={
        "mille": 1_000,
        "million": 1_000_000,
        "millions": 1_000_000,
        "milliard": 1_000_000_000,
        "milliards": 1_000_000_000,
        "k": 1_000,
    },
    article_scale=r"(?P<a>un|une)\s+(?P<ascale>millions?|milliards?)\b",
    hundred="cent",
    ones=frozenset({"un", "une"}),
    bare_scales=True,
    decimal_comma=True,
    vague={
        "des centaines de milliers": (100_000, 999_999),
        "des dizaines de milliers": (10_000, 99_999),
        "plusieurs dizaines de milliers": (20_000, 99_999),
        "quelques dizaines de milliers": (20_000, 50_000),
        "plusieurs centaines de milliers": (300_000, 999_999),
        "plusieurs milliers": (3_000, 9_999),
        "plusieurs centaines": (300, 999),
        "quelques milliers": (2_000, 5_000),
        "quelques centaines": (200, 500),
        "des millions": (1_000_000, 9_999_999),
        "des milliers": (1_000, 9_999),
        "des centaines": (100, 999),
        "des dizaines": (24, 99),
        "plusieurs dizaines": (20, 99),
        "quelques dizaines": (20, 50),
    },
    about={
        "une douzaine": 12,
        "une demi-douzaine": 6,
        "deux douzaines": 24,
        "une quinzaine": 15,
        "une dizaine": 10,
        "une vingtaine": 20,
        "une trentaine": 30,
        "une quarantaine": 40,
        "une cinquantaine": 50,
        "une soixantaine": 60,
        "une centaine": 100,
        "un millier": 1_000,
    },
    percent=r"\s*(?:%|pour\s*cent\b|pour\s*100\b(?!\s*\d))",
    between="entre",
    and_word="et",
    range_word="à",
    change_from=(
        r"(?:pass[ée]e?s?|passant|grimp[ée]e?s?|augment[ée]e?s?|baiss[ée]e?s?|diminu[ée]e?s?|"
        r"chut[ée]e?s?|bondi|révis[ée]e?s?\s+à\s+la\s+hausse|révis[ée]e?s?)\s+de"
    ),
    qualifiers={
        Qualifier.at_least: (
            "plus de|d",
            "au moins",
            "pas moins de",
            "dépassé|dépasse|dépassant|excède|excédant",
            "plus que",
        ),
        Qualifier.at_most: (
            "jusqu'à|jusqu’à",
            "moins de",
            "au plus",
            "au maximum",
            "pourrait|pourraient atteindre|dépasser",
        ),
        Qualifier.approx: (
            "environ|quelque|près|presque|approximativement|autour|estimé|estimés|estimée|estimées",
            "près de|d",
            "autour de",
            "estimé|estimés|estimée|estimées à",
            "une estimation de",
            "un peu plus|moins de",
        ),
    },
    bound_after=r"\s+ou\s+(?:(?P<up>plus)|moins)\b",
    people=(
        rf"{_VICTIMS}|personne|enfant|familles|ménages|individus|déplacés|déplacées|élèves|"
        r"garçons|filles|bébés|rescapés|survivants|dont|homme|femme|mort|morte|blessé|blessée|"
        r"soldat|civil|garçon|fille|bébé"
    ),
    months=MONTHS,
    weekdays=WEEKDAYS,
    dates=_DATES,
    cues=CUES,
    cue_join=r"[\s'’-]+",
    speech_verbs=_VERBS,
    speech_stems=(
        "selon",
        "d'après",
        "d’après",
        "déclar",
        "indiqu",
        "annonc",
        "affirm",
        "précis",
        "rapport",
        "signal",
        "confirm",
        " dit",
        "estim",
        "recens",
        "enregistr",
        "ajout",
        "averti",
        "fait état",
        "bilan",
        "chiffre",
        "reconn",
        "soulign",
        "révél",
        "révèl",
        "savoir",
        "expliqu",
        "rappel",
        "relev",
        "relèv",
        "dénombr",
        "comptabilis",
        "notifi",
        "communiqu",
        "constat",
        "revendiqu",
        "déplor",
    ),
    according=(
        r"\b(?:selon|d['’]après|(?:est|sont)\s+issue?s?\s+du\s+(?=(?:tout\s+)?(?:dernier|"
        r"nouveau|récent|rapport|bilan|bulletin)\b)|suivant\s+(?=(?:les|des|le|la|un|une)\s+"
        r"(?:(?:derniers?|dernières?|nouveaux?|nouvelles?)\s+)?(?:chiffres|données|bilans?|"
        r"rapports?|bulletins?|statistiques)\b))\s*"
    ),
    document_of=(
        r"(?:(?:le|la|les|des|un|une|son|sa|ses|leur|leurs)\s+|l['’])?(?:(?:tout\s+)?(?:dernier|"
        r"dernière|derniers|premier|première|nouveau|nouvel|nouvelle|récent)\s+)?(?:rapports?|"
        r"bilans?|bulletins?|données|chiffres|communiqué|décompte|point|mise\s+à\s+jour)"
        r"(?:\s+(?:provisoire|officiel|officielle|quotidien|hebdomadaire|épidémiologique|"
        r"humanitaire|de\s+situation))*(?:\s+(?:publiée?s?|diffusée?s?|communiquée?s?|établie?s?|fournie?s?|"
        r"transmise?s?|rapportée?s?))?"
        r"\s+(?:par\s+|du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’])"
    ),
    agent=(
        r"\b(?:communiqu|publi|annonc|confirm|rapport|enregistr|recens|transmis|diffus|donn|"
        r"révél|fourni|délivr|avanc)"
        r"[ée]?e?s?"
        r"(?:\s+[\w-]+){0,3}?\s+par\s+"
    ),
    release_verbs=(
        r"(?:(?:fermement|vivement|aujourd['’]hui)\s+)*(?:condamne(?:nt)?|appelle(?:nt)?|"
        r"exhorte(?:nt)?|salue(?:nt)?|déplore(?:nt)?|encourage(?:nt)?|recommande(?:nt)?|"
        r"(?:est|sont)\s+(?:profondément\s+)?"
        r"(?:préoccupée?s?|alarmée?s?|choquée?s?|consternée?s?)|a\s+publié)\b"
    ),
    passive_before=r"\b(?:été|être|est|sont|était|étaient)\s*$",
    speech_auxiliaries=(),
    continues=(
        r"^(?:En\s+outre|Par\s+ailleurs|De\s+plus|En\s+plus)\b|"
        r"\b(?:également|aussi|respectivement|la\s+même\s+source)\b|"
        r"^(?:Cela|Ce\s+qui|Ceci)\s+(?:porte|fait\s+passer|élève|amène)\b"
    ),
    same_subject=r"(?:Il|Elle|Ils|Elles)\s+(?:a|ont)\s+(?:également\s+|aussi\s+|ensuite\s+)?[a-zé]{3,}é",
    breakdown=(
        r"(?:Parmi|Dont)\s+(?:eux|elles|ceux-ci|celles-ci|les\s+(?:morts|victimes|blessés|décès|"
        r"personnes|disparus|sinistrés))\b|(?:Ce\s+bilan|Ces\s+chiffres|Le\s+bilan)\s+comprend\b"
    ),
    back_reference=(
        r"\s*(?:Ce|Cet|Cette|Ces)\s+(?:bilan|chiffres?|données|nombre|décompte|informations)\b"
    ),
    speech_adverbs=(),
    pronouns={"il": "person", "elle": "person", "ils": "any", "elles": "any", "nous": "any"},
    body_again=(
        r"(?:(?:l['’]\s*|le\s+|la\s+|cette\s+|cet\s+|ce\s+)(?:même\s+)?)?(?P<head>agence|"
        r"organisation|organisme|bureau|ministère|groupe|office|commission|comité|direction|"
        r"autorité)(?:\s+[a-zàâçéèêëîïôûù'’-]+){0,3}"
    ),
    any_body=frozenset({"agence", "organisation", "organisme", "groupe"}),
    demonstratives=frozenset({"ce", "cela", "ceci", "ça", "celui-ci", "celle-ci"}),
    noun_words=frozenset(_NOUN_WORDS.split()),
    not_names=frozenset(_NOT_NAMES.split()),
    function_words=frozenset({"le", "la", "les", "l", "du", "de", "des", "d", "et", "pour"}),
    not_speakers=frozenset(_NOT_SPEAKERS.split()),
    leading_article=r"^(?:(?:le|la|les|des)\s+|[lL]['’]|(?:M|Mme|Mlle)\.?\s+)",
    ceasefire=(
        r"\b(?:cessez-le-feu|trêves?|pauses?\s+humanitaires?|cessation\s+des\s+hostilités|"
        r"armistice)\b"
    ),
    statuses=(
        (S.rejected, (r"rejet\w*|rejeté\w*|refus\w*",)),
        (S.violated, (r"viol\w*",)),
        (S.collapsed, (r"rompu\w*|effondr\w*",)),
        (S.in_effect, (r"entré\w*\s+en\s+vigueur|en\s+vigueur|respecté\w*",)),
        (S.agreed, (r"accept\w*|sign\w*|conclu\w*|accord\w*",)),
        (S.under_negotiation, (r"négoci\w*|pourparlers|discussions?",)),
        (S.proposed, (r"propos\w*|demand\w*|appel\w*",)),
    ),
    abbreviations=frozenset(
        {
            "m",
            "mme",
            "mmes",
            "mlle",
            "dr",
            "pr",
            "st",
            "ste",
            "janv",
            "févr",
            "fevr",
            "avr",
            "juil",
            "sept",
            "oct",
            "nov",
            "déc",
            "dec",
            "etc",
            "cf",
            "env",
            "p",
            "n°",
            "no",
        }
    ),
    clauses=_CLAUSES,
    documents=DOCUMENTS,
    document_qualifiers=DOCUMENT_QUALIFIERS,
    document_adjectives=DOCUMENT_ADJECTIVES,
    unnamed_documents=DOCUMENTS,
    articles=r"les|le|la|l['’]|un|une|ces|ce|cette",
    opening_qualifiers=OPENING_QUALIFIERS,
    counted=COUNTED,
    response=RESPONSE,
    response_from=RESPONSE_FROM,
    relayed_by=RELAYED_BY,
    place_before=PLACE_BEFORE,
    definite=r"le|la|les|l['’]",
    of=OF,
    issued_by=ISSUED_BY,
    in_own_document=IN_OWN_DOCUMENT,
    hazards=HAZARDS,
    noun_determiners=NOUN_DETERMINERS,
    adjective_after=ADJECTIVE_AFTER,
    nationality_after=NATIONALITY_AFTER,
    quoting="",
    parts_of_day=PARTS_OF_DAY,
    speaker_after=SPEAKER_AFTER,
    inverted_speech=INVERTED_SPEECH,
    inverted_hints=("-t-", "-il", "-el"),
    hearer_verbs=(),
)
