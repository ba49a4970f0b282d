"""Place identity: when two spellings are one place, and which P-code a name stands for.

Validation (does a row's name fit its P-code?), extraction (which P-code does a place
in a sentence have?) and merge (are these two figures about the same place?) must
answer alike, or a figure from an article written "A’zaz" is a different place from
the table's "A'zaz". So the one name normaliser and the one gazetteer live here, and
the merge key of a place is derived here too: its P-code where the place is a coded
admin area, else its normalised name (under the P-code of the area it lies in, if any).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.models import GazetteerEntry

APOSTROPHES = "’‘`´ʼʻ′"
"""Characters written for an apostrophe; each compares as `'`."""
DASHES = "-‐‑‒–—―"
"""Hyphens and dashes; each compares as a space ("Deir ez-Zor" is "Deir ez Zor")."""
CARDINAL_VARIANTS = {"eastern": "east", "western": "west", "northern": "north", "southern": "south"}
_APOSTROPHES = re.compile(f"[{APOSTROPHES}]")
_DASHES = re.compile(f"[{re.escape(DASHES)}]")


@lru_cache(maxsize=65_536)
def normalise_place(name: str) -> str:
    """The form in which two spellings of one place name compare equal.

    Case (casefolded, so a Turkish "İ" is an "i"), diacritics, apostrophe and dash
    styles, extra spaces, a leading "the" and "eastern"/"east"-style variants are
    ignored: "The Eastern A’zaz" and "east a'zaz" are one name. Cached: a large week
    names the same few thousand places on each of its hundreds of thousands of rows.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = _DASHES.sub(" ", _APOSTROPHES.sub("'", plain)).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(CARDINAL_VARIANTS.get(word, word) for word in words)


def name_pattern(name: str) -> str:
    """A regex for `name` as news may write it: any apostrophe or dash, any spacing."""
    parts = []
    for char in name:
        if _APOSTROPHES.match(char) or char == "'":
            parts.append(f"['{APOSTROPHES}]")
        elif _DASHES.match(char):
            parts.append(rf"[{re.escape(DASHES)}\s]+")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


@dataclass
class Gazetteer:
    """The situation's admin areas: names and aliases by P-code, and P-codes by name.

    Built once per run from the validated gazetteer rows. A name that several areas
    carry ("Aleppo" is a governorate and an alias of its city district) stands for
    the most specific area, the one a place in a sentence or a row most likely means.
    """

    names: dict[str, list[str]] = field(default_factory=dict)
    """Every name of each P-code as written: its admin name first, then its aliases."""
    official: dict[str, str] = field(default_factory=dict)
    """The admin name of each P-code: the only name that stands for the whole area."""
    _codes: dict[str, str] = field(default_factory=dict)
    levels: set[int] = field(default_factory=set)
    """The admin levels it lists: a P-code of another level cannot be looked up in it."""

    @classmethod
    def of(cls, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        """The areas of the rows, the most specific level first (a name shared with an
        area above stands for the lower one), each row's aliases on its own area."""
        gazetteer = cls()
        areas = [(entry, entry.levels()) for entry in entries]
        for level in (4, 3, 2, 1):
            for entry, levels in areas:
                for own, code, name in levels:
                    if own == level:
                        aliases = entry.aliases if own == levels[0][0] else ()
                        gazetteer._add(code, name, aliases)
                        gazetteer.levels.add(level)
        return gazetteer

    def _add(self, code: str, name: str | None, aliases: Iterable[str]) -> None:
        code = code.strip().upper()
        known = self.names.setdefault(code, [])
        if name and name.strip():
            self.official.setdefault(code, name.strip())
        for each in (name, *aliases):
            if each and each.strip() and each.strip() not in known:
                known.append(each.strip())
                self._codes.setdefault(normalise_place(each), code)

    def __bool__(self) -> bool:
        return bool(self.names)

    def with_admin_names(self, pairs: Iterable[tuple[str, str]]) -> Gazetteer:
        """A copy that also knows these (P-code, admin name) pairs, as tables give them.

        Without a gazetteer table, a row naming "Jebel Saman" with SY0200 and a row
        giving only SY0200 are still one place. Names the gazetteer has stay first.
        """
        copy = Gazetteer(
            {c: list(n) for c, n in self.names.items()},
            dict(self.official),
            dict(self._codes),
            set(self.levels),
        )
        for code, name in pairs:
            copy._add(code, name, ())
        return copy

    @property
    def codes(self) -> list[str]:
        return list(self.names)

    def code_of(self, name: str) -> str | None:
        """The P-code a place name stands for, however it is spelled."""
        return self._codes.get(normalise_place(name))

    def name_of(self, code: str) -> str | None:
        """The admin name of a P-code, to show for a row that gives only the code."""
        return self.official.get(code.strip().upper())

    def spellings(self) -> list[str]:
        """Every name and alias as written, to find them in a text."""
        return [name for names in self.names.values() for name in names]

    def place_key(self, name: str | None, pcode: str | None) -> str:
        """The merge key of a place: figures with the same key are about the same place.

        A place that is a coded admin area (no name, or the area's admin name) is its
        P-code, so a table keyed by P-code only and one that names its districts meet.
        Any other name (a neighbourhood, "east Aleppo", which may be an alias of its
        district yet is not all of it) is that name within its P-code.
        """
        code = (pcode or "").strip().upper() or (self.code_of(name) if name else None)
        key = normalise_place(name) if name else ""
        if not code:
            return key
        official = self.official.get(code)
        if not key or key == code.casefold() or (official and normalise_place(official) == key):
            return code
        return f"{code}/{key}"

    def mismatch(self, code: str, name: str, *, alias: bool) -> str | None:
        """Why `name` does not fit `code`, or None when it does (or cannot be told).

        A free-text place (`alias`) may be a neighbourhood the gazetteer does not
        list; it is wrong only when the gazetteer puts that name under another code.
        """
        names = self.names.get(code)
        key = normalise_place(name)
        if not names or key in {normalise_place(n) for n in names}:
            return None
        elsewhere = self._codes.get(key)
        if alias and elsewhere is None:
            return None
        closest = (difflib.get_close_matches(name, names, n=1, cutoff=0.6) or names)[0]
        message = f'"{name}" is not a name of {code} in the gazetteer; did you mean "{closest}"?'
        if elsewhere:
            message += f' ("{name}" is {elsewhere})'
        return message


# --- COD conventions: the country prefix and level lengths of P-codes -------------------

_ISO3_ISO2 = """
    ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG
    AUSAU AUTAT AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL
    BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH
    CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX
    CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES
    ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI
    GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM
    HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT
    JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB
    LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD
    MDGMG MDVMV MEXMX MHLMH MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS
    MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO
    NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL PRIPR PRKKP
    PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS
    SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI
    SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO
    TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC
    VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS XKXXK YEMYE ZAFZA ZMBZM ZWEZW
"""
ISO2: dict[str, str] = {pair[:3]: pair[3:] for pair in _ISO3_ISO2.split()}
"""ISO 3166-1 alpha-2 of every alpha-3 code (and Kosovo's XKX/XK, which CODs use)."""
_ISO2_ISO3 = {iso2: iso3 for iso3, iso2 in ISO2.items()}
LEVEL_LENGTHS: dict[str, tuple[int, ...]] = {
    iso3: tuple(int(n) for n in lengths.split(","))
    for iso3, lengths in (
        ("AFG", "2,2"),
        ("AGO", "2,3,3"),
        ("ARM", "2,1,3"),
        ("BDI", "3,3"),
        ("CAF", "2,1,1,2"),
        ("COM", "1,1,1"),
        ("ETH", "2,2,2"),
        ("IRQ", "3,3,3"),
        ("KEN", "3,3"),
        ("LBN", "1,1"),
        ("MMR", "3,4"),
        ("NGA", "3,3,3"),
        ("PHL", "2,3,2,3"),
        ("RWA", "1,1,2,2"),
        ("SDN", "2,3"),
        ("SYR", "2,2,2"),
        ("TUR", "3,3,3"),
    )
}
"""Characters each admin level adds to a P-code's country prefix, for countries whose COD
lengths are known (OCHA's global P-code lengths): Iraq's `IQG01Q01` is IQ + G01 + Q01,
Burundi's `BDI001001` BDI + 001 + 001. Other countries' codes are checked only for what
holds everywhere. A COD prefix is the country's ISO2 code, or for some its ISO3 code, and
other sources use the other one (`NE005` and `NER005` for Niger), so both are accepted."""


def level_length(country: str, level: int) -> int | None:
    """How many characters admin levels 1 to `level` add to the prefix of a P-code of
    `country` (ISO3), when its COD lengths are known."""
    lengths = LEVEL_LENGTHS.get(country)
    return None if lengths is None or level > len(lengths) else sum(lengths[:level])


def countries() -> dict[str, str]:
    """The ISO3 code of every country, keyed by its ISO3 and by its ISO2 code."""
    return {iso3: iso3 for iso3 in ISO2} | _ISO2_ISO3
