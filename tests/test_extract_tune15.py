"""Classes of error seen on the real rounds CH, CK and CL (CK and CL read once, then
training), each in sentences of our own words."""

from __future__ import annotations

from tests.extract_helpers import facts, figures


def test_a_group_closed_by_a_comma_stays_its_tolls_not_the_next_verbs() -> None:
    text = (
        "A drone hit the market, killing at least 9 people, including four children, and "
        "injuring more than 30 others."
    )
    killed, children, injured = facts(text)
    assert [(f.indicator.value, f.value) for f in (killed, children, injured)] == [
        ("killed", 9),
        ("killed", 4),
        ("injured", 30),
    ]
    assert children.part_of == killed.id
    # a part that carries its own verb inside its clause keeps it
    assert figures("Some 2,000 people, of whom 800 were injured, fled the town.") == [
        ("displaced", 2000),
        ("injured", 800),
    ]


def test_people_who_were_disappeared_are_missing() -> None:
    text = (
        "The monitors said 76 people were disappeared by armed groups last year, and "
        "another 15 had been forcibly disappeared since January."
    )
    assert figures(text) == [("missing", 76), ("missing", 15)]


def test_people_evicted_are_displaced() -> None:
    assert figures("Some 42,000 people were evicted from settlements in the capital.") == [
        ("displaced", 42000)
    ]


def test_killed_and_wounded_together_are_casualties() -> None:
    assert figures("The barrage ended up killing and wounding 35 civilians.") == [("other", 35)]


def test_a_truce_extended_by_some_days_has_that_duration() -> None:
    text = (
        "The mediators said the parties agreed to extend the truce for three more days. "
        "A four-day extension of the ceasefire was agreed in May."
    )
    assert [(f.indicator.value, f.value) for f in facts(text)] == [
        ("ceasefire_duration_days", 3),
        ("ceasefire_duration_days", 4),
    ]


def test_a_number_after_a_comma_with_no_space_is_read() -> None:
    assert figures("As of Sunday,14 people were reported killed in the district.") == [
        ("killed", 14)
    ]


def test_each_item_of_a_list_of_places_counts_what_the_first_counts() -> None:
    text = (
        "Of the 19 dead, seven were killed in Rampur, four each in Dhar and Upper Kosi "
        "rural municipality, three in Belgaon and one each from Tila, Mura and Sisne and "
        "four from Kalika."
    )
    assert figures(text) == [
        ("killed", 19),
        ("killed", 7),
        ("killed", 4),
        ("killed", 3),
        ("killed", 1),
        ("killed", 4),
    ]


def test_a_toll_that_held_steady_is_a_toll_not_people_held() -> None:
    text = "Deaths in the west rose to 88, while the north's death toll held steady at 41."
    assert figures(text) == [("killed", 88), ("killed", 41)]


def test_prisoners_freed_or_handed_over_are_freed_not_held() -> None:
    text = (
        "The number of detainees released by the authorities rose to 86. "
        "The ministry said exactly 42 army prisoners of war have been handed over. "
        "Militants still hold 12 hostages."
    )
    assert figures(text) == [("other", 86), ("other", 42), ("detained", 12)]
    french = "Au total, le nombre de prisonniers libérés par les deux camps s’élève à 64."
    assert figures(french, "fr") == [("other", 64)]


def test_people_who_left_the_country_are_refugees() -> None:
    assert figures("Some 250,000 others have left the country since the fighting began.") == [
        ("refugees", 250000)
    ]
    assert figures("Environ 250 000 personnes ont quitté le pays depuis mars.", "fr") == [
        ("refugees", 250000)
    ]
    assert figures("About 300 families left their homes.") == [("displaced", 300)]


def test_murders_homicides_and_martyrs_are_killings() -> None:
    text = (
        "The prosecutor said 22 inmates were murdered in May. "
        "The state closed the month with 97 homicides. "
        "The shelling left nine martyrs, the civil defence said."
    )
    assert figures(text) == [("killed", 22), ("killed", 97), ("killed", 9)]


def test_a_named_person_and_a_group_inside_a_toll_leave_it_its_verb() -> None:
    text = (
        "At least 14 people, including the bus driver and six police officers, have lost "
        "their lives."
    )
    assert figures(text) == [("killed", 14), ("killed", 6)]


def test_rescue_workers_are_who_the_people_are_not_a_rescue() -> None:
    assert figures("At least seven firefighters and rescue workers were killed.") == [("killed", 7)]


def test_a_part_told_as_of_them_after_a_comma_leaves_the_whole_its_verb() -> None:
    assert figures("Officials said nine people, at least five of them medics, were killed.") == [
        ("killed", 9),
        ("killed", 5),
    ]
    french = "Neuf personnes, cinq d'entre elles des secouristes, ont été tuées."
    assert figures(french, "fr") == [("killed", 9), ("killed", 5)]


def test_french_perished_with_an_adverb_between_is_killed() -> None:
    text = "Une vingtaine de civils ont également péri. Douze soldats ont déjà perdu la vie."
    assert figures(text, "fr") == [("killed", 20), ("killed", 12)]


def test_responders_who_perished_are_killed() -> None:
    text = "Eleven soldiers perished in the ambush, and four firefighters drowned."
    assert figures(text) == [("killed", 11), ("killed", 4)]
    assert figures("Onze soldats ont perdu la vie dans l'embuscade.", "fr") == [("killed", 11)]
    assert figures("Eleven soldiers were deployed to the district.") == []


def test_a_scale_joined_by_a_hyphen_is_read() -> None:
    assert figures("More than 120-thousand people have died since the war began.") == [
        ("killed", 120000)
    ]


def test_flight_to_nearby_villages_stays_inside_the_country() -> None:
    text = (
        "At least 9,000 people fled to neighbouring villages. "
        "Hundreds of villagers have crossed the Thai border. "
        "Floods dislocated some 40,000 people."
    )
    assert figures(text) == [
        ("displaced", 9000),
        ("refugees", (100, 999)),
        ("displaced", 40000),
    ]
    assert figures("Plus de 20 000 personnes déracinées, dont 4 100 sans abris.", "fr") == [
        ("displaced", 20000),
        ("displaced", 4100),
    ]
