"""One test group per recogniser: indicators, sources, dates, places, ceasefire events."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract import extract_text
from sitrep.extract.dates import find_dates
from sitrep.extract.languages import ENGLISH, FRENCH, Language
from sitrep.extract.sentences import split_sentences
from sitrep.extract.sources import Speakers, find_source
from sitrep.models import CeasefireStatus, Fact, GazetteerEntry, Indicator, Period

THURSDAY = dt.date(2016, 12, 8)


def facts(text: str, published: dt.date | None = THURSDAY, **kwargs: object) -> list[Fact]:
    return extract_text(text, path="t.txt", published=published, **kwargs).facts  # type: ignore[arg-type]


def figures(text: str) -> list[tuple[str, object]]:
    return [(f.indicator.value, f.value) for f in facts(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Shelling killed 14 civilians and wounded 70 others.", [("killed", 14), ("injured", 70)]),
        ("The death toll rose to 120.", [("killed", 120)]),
        ("450.000 Syrians lost their lives.", [("killed", 450_000)]),
        ("Some 1,500 people need medical evacuation.", [("medical_evacuation_needed", 1_500)]),
        ("Today 150,000 people are threatened.", [("besieged_or_trapped_population", 150_000)]),
        ("About 31,500 people have been displaced.", [("displaced", 31_500)]),
        ("More than 12 million have lost their homes.", [("displaced", 12_000_000)]),
        ("Forces arrested 40 men.", [("detained", 40)]),
        ("Some 700 staff were evacuated to Port Sudan.", [("evacuated", 700)]),
        ("10,000 people crossed the border into Chad.", [("refugees", 10_000)]),
        ("About 2,260 others were reported missing.", [("missing", 2_260)]),
        ("Some 12 million people are in need of assistance.", [("people_in_need", 12_000_000)]),
        ("Partners reached 45,000 people with food.", [("people_reached", 45_000)]),
        ("Forces seized about 80 percent of east Aleppo.", [("territory_control_percent", 80)]),
        ("The outbreak reached 500,000 suspected cases.", [("other", 500_000)]),
        ("Shelling killed 5 in Gaza.", [("killed", 5)]),
        ("Some 33 million, about one in seven people, are affected.", [("other", 33_000_000)]),
        ("3.4 million children needed lifesaving support.", [("people_in_need", 3_400_000)]),
        ("7.8 million people — nearly half — are affected.", [("other", 7_800_000)]),
        ("Shelling killed 12 — and residents fled.", [("killed", 12)]),
        ("1.5 million children under five need treatment.", [("people_in_need", 1_500_000)]),
        ("Deaths: 598", [("killed", 598)]),
        ("Some 35,000 people have returned to their homes in the city.", [("returnees", 35_000)]),
        (
            "More than 4.1 million Iraqis displaced by the conflict have returned home.",
            [("returnees", 4_100_000)],
        ),
        ("137 pupils abducted from a school on Monday have been released.", [("other", 137)]),
        (
            "More than 6,000 schools have been closed, leaving over a million children "
            "out of school.",
            [("other", 6_000), ("other", 1_000_000)],
        ),
        (
            "Hospitals treated about 3,600 patients with symptoms, of whom 355 died.",
            [("killed", 355)],
        ),
        (
            "Colombia hosts the largest number, some 1.3 million, followed by Peru with "
            "768,000 and Chile 288,000.",
            [("refugees", 1_300_000), ("refugees", 768_000), ("refugees", 288_000)],
        ),
        (
            "Rescuers pulled 2,438 people out alive from the eight-storey building.",
            [("evacuated", 2_438)],
        ),
        (
            "30,000 people displaced by the fighting are in need of shelter.",
            [("people_in_need", 30_000)],
        ),
        ("An estimated 45,000 refugees have been displaced.", [("displaced", 45_000)]),
        ("15 refugees were killed in the strike.", [("killed", 15)]),
        ("One million refugees have fled Ukraine.", [("refugees", 1_000_000)]),
        ("Some 10,000 shelters were destroyed.", [("other", 10_000)]),
        (
            "5.2 million people, or 91% of the population, need food aid.",
            [("people_in_need", 5_200_000), ("other", 91)],
        ),
        ("Some 1.1 million people face catastrophic hunger.", [("people_in_need", 1_100_000)]),
        ("Newly internally displaced since 15 April: 3.4 million", [("displaced", 3_400_000)]),
        ("Nearly 70% of the newly displaced came from Khartoum.", []),
        ("Nearly 15% of the country's population has fled.", [("other", 15)]),
        ("About 131,000 people live in 136 accommodation centres.", [("displaced", 131_000)]),
        (
            "The quake killed 1.419 people, up from 1.297 on Sunday.",
            [("killed", 1_419), ("killed", 1_297)],
        ),
        (
            "About 6 000 people were injured and 37.312 homes were destroyed.",
            [("injured", 6_000), ("other", 37_312)],
        ),
    ],
)
def test_indicator_from_the_words_around_the_number(
    sentence: str, expected: list[tuple[str, object]]
) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A convoy of 65 buses left the city.",
        "Fire swept through three Rohingya refugee camps.",
        "A Boeing 737 carrying aid landed; 20 trucks of food left; call +967 1 234 567.",
        "The city, once home to two million people, fell in 2014.",
        "In a blistering, three-week offensive, forces advanced.",
        "The rebels made no mention of evacuating the several thousand fighters.",
    ],
)
def test_numbers_that_are_not_humanitarian_figures_do_not_go_out(sentence: str) -> None:
    assert facts(sentence) == []


def test_families_are_counted_in_households_and_homes_label_the_damage() -> None:
    (reached,) = facts("Partners distributed tents and food to about 500 families.")
    assert (reached.indicator, reached.unit) == (Indicator.people_reached, "households")
    (homes,) = facts("About 6,000 people lost power and 1,320 houses were damaged.")
    assert (homes.indicator, homes.value, homes.label) == (
        Indicator.other,
        1_320,
        "houses were damaged",
    )


def test_an_age_range_is_not_a_second_figure() -> None:
    assert figures("Forces arrested tens of men between 18-35.") == [("detained", (10, 99))]


def test_a_part_is_marked_as_part_of_the_whole() -> None:
    medevac, serious = facts(
        "Some 1,500 people need medical evacuation, including 500 “seriously wounded”, "
        "said Tawfik Chamaa."
    )
    assert (serious.indicator, serious.value, serious.part_of) == (
        Indicator.seriously_wounded,
        500,
        medevac.id,
    )
    killed, children, women = facts(
        "Since 7 October, 10,022 Palestinians have been killed in Gaza, including 4,104 "
        "children and 2,641 women, according to the Ministry of Health in Gaza."
    )
    assert [f.indicator for f in (children, women)] == [Indicator.killed, Indicator.killed]
    assert children.part_of == women.part_of == killed.id


@pytest.mark.parametrize(
    ("sentences", "source"),
    [
        (["The Syrian Civil Defence, a first responder group, said 61 people died."],
         "Syrian Civil Defence"),
        (["Syria state television reported late on Wednesday that shelling killed 14."],
         "Syria state television"),
        (["450.000 Syrians died according to UN estimates."], "UN"),
        (["Some 1,500 need evacuation, said Tawfik Chamaa of the Union of Syrian Medical "
          "Relief Organizations."],
         "Tawfik Chamaa of the Union of Syrian Medical Relief Organizations"),
        (["A UN official said about 31,500 people were displaced."], "A UN official"),
        (["Russian Foreign Minister Sergey Lavrov told reporters in Moscow that 20 were held."],
         "Russian Foreign Minister Sergey Lavrov"),
        (["U.N. adviser Jan Egeland said on Thursday that talks matter.",
          "“Russia said they will talk,” Egeland said.",
          "“Today 150,000 people are threatened,” he said."], "U.N. adviser Jan Egeland"),
        (["Some 40 people died, said the health ministry."], "health ministry"),
        (["The city's mayor Abdulmenam al-Ghaithi was blunt: he said 20,000 may have died."],
         "Abdulmenam al-Ghaithi"),
        (["The fighting has killed 459 people."], None),
        (["About 2,260 others have been reported missing."], None),
    ],
)  # fmt: skip
def test_sources(sentences: list[str], source: str | None) -> None:
    speakers = Speakers()
    found = [find_source(s, speakers) for s in sentences]
    assert found[-1] == source


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        ("on Wednesday", dt.date(2016, 12, 7), None),
        ("on Thursday", dt.date(2016, 12, 8), None),
        ("On Monday,", dt.date(2016, 12, 5), None),
        ("yesterday", dt.date(2016, 12, 7), None),
        ("today", THURSDAY, None),
        ("on 15 November", dt.date(2016, 11, 15), None),
        ("on November 15", dt.date(2016, 11, 15), None),
        ("on 17 October 2016", dt.date(2016, 10, 17), None),
        ("over the past week", THURSDAY, Period(start=dt.date(2016, 12, 1), end=THURSDAY)),
        ("since 15 November", THURSDAY, Period(start=dt.date(2016, 11, 15), end=THURSDAY)),
        (
            "between 25 August and 24 September",
            dt.date(2016, 9, 24),
            Period(start=dt.date(2016, 8, 25), end=dt.date(2016, 9, 24)),
        ),
    ],
)
def test_dates_resolved_against_the_publication_date(
    text: str, date: dt.date, period: Period | None
) -> None:
    (mention,) = find_dates(text, THURSDAY)
    assert (mention.date, mention.period) == (date, period)


def test_without_a_publication_date_a_weekday_is_not_guessed() -> None:
    (killed,) = facts("Shelling on Wednesday killed 61 people.", published=None)
    assert killed.date is None


def test_the_date_in_the_figures_own_clause_wins() -> None:
    displaced, hundreds = facts(
        "A UN official said about 31,500 people have been displaced over the past week, "
        "with hundreds more seen on the move on Wednesday."
    )
    assert (displaced.date, displaced.period) == (
        THURSDAY,
        Period(start=dt.date(2016, 12, 1), end=THURSDAY),
    )
    assert (hundreds.date, hundreds.period) == (dt.date(2016, 12, 7), None)


def test_a_wire_dateline_is_not_the_date_of_a_figure() -> None:
    (fact,) = facts(
        "KHARTOUM, April 25 - The fighting killed 459 people on Monday.",
        published=dt.date(2023, 4, 25),
    )
    assert fact.date == dt.date(2023, 4, 24)


ALEPPO = [
    GazetteerEntry(
        row=3,
        adm1_name="Aleppo",
        adm1_code="SY02",
        adm2_name="Jebel Saman",
        adm2_code="SY0200",
        aliases=("east Aleppo", "eastern Aleppo", "west Aleppo", "Aleppo city"),
    ),
    GazetteerEntry(row=4, adm1_name="Idleb", adm1_code="SY07"),
]


def test_places_matched_to_the_gazetteer_give_the_pcode() -> None:
    east, west, idleb = facts(
        "About 31,500 people from east Aleppo have been displaced.\n"
        "Shelling killed 14 civilians in West  Aleppo.\n"
        "Some 2,000 people fled to Idleb.",
        gazetteer=ALEPPO,
    )
    assert (east.location, east.pcode) == ("east Aleppo", "SY0200")
    assert (west.location, west.pcode) == ("West  Aleppo", "SY0200")
    assert (idleb.location, idleb.pcode) == ("Idleb", "SY07")


def test_places_without_a_gazetteer_are_kept_as_written() -> None:
    (fact,) = facts("Shelling killed 14 civilians in west Aleppo.")
    assert (fact.location, fact.pcode) == ("west Aleppo", None)


def test_ceasefire_duration_status_and_party() -> None:
    (five,) = facts(
        "Syrian rebels in besieged eastern Aleppo called on Wednesday for an immediate "
        "five-day ceasefire and the evacuation of civilians."
    )
    assert (five.indicator, five.value, five.unit) == (Indicator.ceasefire_duration_days, 5, "days")
    assert (five.status, five.party, five.date) == (
        CeasefireStatus.proposed,
        "Syrian rebels",
        dt.date(2016, 12, 7),
    )
    (seven,) = facts(
        "On Monday, Russia and China blocked a draft resolution demanding a seven-day truce."
    )
    assert (seven.value, seven.status, seven.party) == (
        7,
        CeasefireStatus.blocked,
        "Russia and China",
    )
    (hours,) = facts("A 72-hour ceasefire between the army and the RSF took effect on Monday.")
    assert (hours.value, hours.status, hours.party) == (
        3,
        CeasefireStatus.in_effect,
        "the army and the RSF",
    )
    (after,) = facts("The two armies agreed to a truce of 72 hours.")
    assert (after.indicator, after.value, after.status) == (
        Indicator.ceasefire_duration_days,
        3,
        CeasefireStatus.agreed,
    )


def test_a_refusal_without_duration_is_a_ceasefire_event_and_restatements_merge() -> None:
    events = facts(
        "The government said on Tuesday it would not agree to a ceasefire.\n"
        "“It therefore rejects any attempt to reach a ceasefire,” the statement said."
    )
    assert [(f.indicator, f.value, f.status, f.date) for f in events] == [
        (Indicator.ceasefire_event, None, CeasefireStatus.rejected, dt.date(2016, 12, 6))
    ]


def test_a_truce_referred_back_to_is_not_a_new_event() -> None:
    events = facts(
        "The Security Council demanded a 30-day ceasefire on Saturday.\n"
        "The resolution, adopted after days of negotiation, did not say when the truce starts."
    )
    assert [(f.indicator, f.value) for f in events] == [(Indicator.ceasefire_duration_days, 30)]


def test_a_page_flattened_into_one_line_is_cut_into_sentence_sized_quotes() -> None:
    text = "Shelling killed 5 people and " * 2_000
    found = facts(text)
    assert len(found) == 2_000
    assert all(f.quote and len(f.quote) <= 1_000 for f in found)


def test_sentences_keep_abbreviations_and_quotes_whole() -> None:
    text = "U.N. adviser Jan Egeland said so. “Today 150,000 people are threatened,” he said.\nNext"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "U.N. adviser Jan Egeland said so.",
        "“Today 150,000 people are threatened,” he said.",
        "Next",
    ]


@pytest.mark.parametrize("lang", [ENGLISH, FRENCH], ids=["en", "fr"])
def test_cue_phrases_sharing_a_first_word_are_tried_longest_first(lang: Language) -> None:
    """The longest cue wins where several start at one word: most words other than the
    wildcard first, then most words, and cues alike in both keep the order written."""
    from sitrep.extract.indicators import _expand, _index

    index = _index(lang.cues)
    written: dict[str, list[tuple[tuple[str, ...], Indicator]]] = {}
    for indicator, phrases in lang.cues.items():
        for phrase in phrases:
            for words in _expand(phrase):
                written.setdefault(words[0], []).append((words, indicator))
    assert index.keys() == written.keys()

    def key(cue: tuple[tuple[str, ...], Indicator]) -> tuple[int, int]:
        return sum(w != "*" for w in cue[0]), len(cue[0])

    for first, candidates in index.items():
        assert [key(c) for c in candidates] == sorted(map(key, written[first]), reverse=True)
        for k in {key(c) for c in candidates}:
            alike = [c for c in candidates if key(c) == k]
            assert alike == [c for c in written[first] if key(c) == k], first
