"""Classes of source error seen on the real rounds BF to BO, each in sentences of our own
words."""

from __future__ import annotations

from tests.extract_helpers import sources


def test_a_numbered_title_with_a_bar_after_the_acronym_names_its_issuer() -> None:
    text = (
        "<<\n\n"
        "RCO | Flash Update #3 Floods in the lower valley 4-5 May 2026\n\n"
        "On 5 May, volunteers evacuated 40 injured people from the river towns.\n"
    )
    assert sources(text) == [(40, "RCO")]


def test_a_french_document_cited_with_no_issuer_is_the_body_named_before() -> None:
    text = (
        "Le bilan des pluies, diffusé lundi par l'Office national des secours (ONS), "
        "s'alourdit dans le sud du pays. Selon les données communiquées, trois districts "
        "sont touchés.\n\n"
        "Au total, neuf personnes sont mortes dans les crues.\n"
    )
    assert sources(text, "fr") == [(9, "Office national des secours (ONS)")]


def test_a_french_document_cited_alone_names_nobody() -> None:
    text = "Selon les chiffres publiés, neuf personnes sont mortes dans les crues.\n"
    assert sources(text, "fr") == [(9, None)]


def test_a_body_in_the_progressive_reports_its_figure() -> None:
    text = "Regional health officials are now reporting 75 cholera cases in the port.\n"
    assert sources(text) == [(75, "Regional health officials")]
    text = "The district office is still confirming 12 deaths from the fever.\n"
    assert sources(text) == [(12, "district office")]


def test_a_speech_verb_after_a_number_or_determiner_is_a_noun() -> None:
    text = "The fever caused 310 suspected cases reported across all 12 states.\n"
    assert all(who is None for _, who in sources(text))


def test_the_report_is_that_of_the_body_that_released_it() -> None:
    text = (
        "The Valley Relief Office has released a detailed report on the spring floods.\n\n"
        "The report reveals that 12 people drowned in the lower districts.\n"
    )
    assert sources(text) == [(12, "Valley Relief Office")]


def test_a_center_is_an_organisation_whose_report_is_relayed() -> None:
    text = (
        "The Riverside Center for Justice said in a new report that the siege lasted a year.\n\n"
        "The report added that 240 civilians were killed in the old town.\n"
    )
    assert sources(text) == [(240, "Riverside Center for Justice")]


def test_the_office_after_ocha_is_ocha() -> None:
    text = (
        "OCHA said the clinic had been attacked twice this month.\n\n"
        "About 300 families are displaced every week near the hills, the office said.\n"
    )
    assert sources(text) == [(300, "OCHA")]


def test_a_french_body_saying_it_is_concerned_is_the_opening_speaker() -> None:
    text = (
        "Le Bureau régional des secours (BRS) s'est dit très préoccupé lundi par les crues. "
        "Selon le BRS, 4 000 personnes ont fui leurs villages.\n\n"
        "Dans le même temps, 900 familles ont trouvé refuge dans des écoles.\n"
    )
    assert [who for _, who in sources(text, "fr")] == ["BRS", "BRS"]


def test_a_french_adverb_between_auxiliary_and_speech_verb() -> None:
    text = "Le préfet a également précisé que 14 personnes ont été blessées.\n"
    assert sources(text, "fr") == [(14, "préfet")]


def test_french_figures_revealed_by_a_speaker_are_his() -> None:
    text = (
        "Depuis mars, les crues ont fait 25 morts dans la vallée.\n"
        "Ces informations ont été révélées mardi par le maire, M. Paul Dubois.\n"
    )
    assert sources(text, "fr") == [(25, "maire")]


def test_a_release_opening_after_a_date_marker_and_a_long_amid_clause() -> None:
    text = (
        " date 2026-03-02 Dorville, 2 March 2026 – Amid renewed fighting in Elm, Ash and Oak "
        "districts of the eastern hills, the Hill Relief Fund has continued to provide food "
        "to 20,000 families.\n\n"
        "Some 3,000 homes have been destroyed since January.\n"
    )
    assert (3000, "Hill Relief Fund") in sources(text)


def test_a_french_body_encouraging_the_public_opens_its_release() -> None:
    text = (
        "L’ARS Grand Nord encourage la population à vider les eaux "
        "stagnantes autour des maisons.\n\n"
        "On dénombre 420 cas de paludisme depuis le début de l’année.\n"
    )
    assert [who for _, who in sources(text, "fr")] == ["ARS Grand Nord"]


def test_a_french_document_that_faisait_etat_names_its_issuer() -> None:
    text = "Le dernier bilan de la sécurité civile faisait état hier de 48 morts dans la région.\n"
    assert sources(text, "fr") == [(48, "sécurité civile")]


def test_the_toll_of_a_hazard_is_not_its_source() -> None:
    text = (
        "Le bilan de la tempête Zélie, qui a frappé la côte en mai, fait état de 19 morts "
        "dans le pays.\n"
    )
    assert sources(text, "fr") == [(19, None)]
