"""Organisation extraction: gazetteer, acronyms tied to expansions, name patterns, contexts."""
from __future__ import annotations

import pytest

from analysis.extract.countries import extract_countries
from analysis.extract.organizations import extract_organizations
from analysis.records import Article
from analysis.text import split_sentences


def orgs(text: str, source: str | None = None):
    a = Article(id="t", text=text, source=source, sentences=tuple(split_sentences(text)))
    return extract_organizations(a, extract_countries(a))


def names(text: str, source: str | None = None) -> list[str]:
    return [o.name for o in orgs(text, source)]


@pytest.mark.parametrize("text, expected", [
    # gazetteer, under the form the article uses
    ("North Korea must comply with the United Nations Security Council’s resolutions.",
     ["United Nations Security Council"]),
    ("Iran is receiving written approval to violate UN Security Council resolutions.", ["UN Security Council"]),
    ("NATO leaders pledged support.", ["NATO"]),
    ("The IMF and the World Bank approved the loan.", ["IMF", "World Bank"]),
    ("Gazprom signed a deal reported by Xinhua and TASS.", ["Gazprom", "Xinhua", "TASS"]),
    # acronym definitions, both ways
    ("The Kurdish-led Syrian Democratic Forces (SDF) announced a deal.", ["Syrian Democratic Forces"]),
    ("Leaders from NATO (North Atlantic Treaty Organisation) met.", ["North Atlantic Treaty Organisation"]),
    ("According to Notes from Poland (NFP), stores closed.", ["Notes from Poland"]),
    ("They signed the African Continental Free Trade Area (AfCFTA) agreement.",
     ["African Continental Free Trade Area"]),
    # names ending in an organisation word, with of-phrases
    ("The Turkish Ministry of Foreign Affairs denounced the summit.", ["Turkish Ministry of Foreign Affairs"]),
    ("Yesterday, the Parliament of Iraq voted on a resolution.", ["Parliament of Iraq"]),
    ("He wrote to the US Embassy in London.", ["US Embassy in London"]),
    ("He died at John Radcliffe Hospital.", ["John Radcliffe Hospital"]),
    ("The Libyan House of Representatives did not ratify it.", ["Libyan House of Representatives"]),
    ("The troops are part of the Global Coalition to Defeat ISIS.", ["Global Coalition to Defeat ISIS"]),
    ("Erdogan said, as reported by Hurriyet Daily News, that it would change.", ["Hurriyet Daily News"]),
    # contexts only organisations fill
    ("Pavel Ostrovin told Izvestia that officials will meet.", ["Izvestia"]),
    ("Gazeta Prawna reports only 0.5% of turnover comes from this segment.", ["Gazeta Prawna"]),
    ("UOKiK, the Polish anti-monopoly agency, has to approve the deal.", ["UOKiK"]),
    ("NFP named the Kaufland chain and property developer Echo Investment among the buyers.",
     ["Kaufland", "Echo Investment"]),
    ("Speaking to Portfolio.hu, he explained the plan.", ["Portfolio.hu"]),
    ("Northamptonshire police were able to determine the car's origin.", ["Northamptonshire Police"]),
])
def test_organisations_found(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "The two called for a restart of six-party negotiations.",
    "Members of Parliament boycotted the vote.",                  # not a body's name
    "Japan’s Chief Cabinet Secretary Yoshihide Suga praised it.",  # a title, not a body
    "The Police and Crime Commissioner urged action.",
    "Claims overlap in the exclusive economic zone (EEZ).",       # lower-case expansion
    "According to Sadie Weiner, the senator's former spokeswoman, she died at home.",
    "The operation was called Operation Peace Spring.",
])
def test_not_organisations(text):
    assert names(text) == []


def test_acronym_mentions_join_their_expansion():
    text = ("The Syrian Democratic Forces (SDF) opposed the withdrawal. "
            "The SDF said it was a stab in the back. YPG is the main force of the SDF.")
    found = {o.name: o for o in orgs(text)}
    sdf = found["Syrian Democratic Forces"]
    assert sdf.acronym == "SDF"
    assert [m.text for m in sdf.mentions] == ["Syrian Democratic Forces", "SDF", "SDF", "SDF"]
    assert "YPG" in found


def test_gazetteer_variants_are_one_organisation():
    text = ("The United States Department of State declined. The State Department said "
            "cases get intense attention.")
    found = orgs(text)
    assert [o.name for o in found] == ["United States Department of State"]
    assert len(found[0].mentions) == 2 and found[0].country == "USA"


@pytest.mark.parametrize("source, text", [
    ("EIR", "April 29, 2017 (EIRNS) reported that Executive Intelligence Review and EIR agreed."),
    ("Wikinews", "Wikinews interviewed the candidate; the BBC did too."),
])
def test_publisher_is_never_an_organisation(source, text):
    found = names(text, source)
    assert not any(n in ("EIR", "EIRNS", "Executive Intelligence Review", "Wikinews") for n in found)


def test_possessive_is_stripped():
    assert names("NATO's secretary general spoke at the United Nations' headquarters.") == ["NATO", "United Nations"]


@pytest.mark.parametrize("text", [
    "He spoke to Brussels-based reporters on Monday.",          # an adjective in "-based"
    "Initial reports from the hospital found no poison.",       # "reports" as a noun
])
def test_not_organisations_genre(text):
    from analysis.extract.organizations import _analyse
    assert [h.surface for h in _analyse(text, None)] == []


def test_general_as_first_word_of_a_body():
    from analysis.extract.organizations import _analyse
    text = "He said the General Services Administration has acted."
    assert [h.surface for h in _analyse(text, None)] == ["General Services Administration"]


def test_state_prefixed_body_is_one_organisation():
    text = ("The United States General Services Administration wrote. "
            "Later the General Services Administration acted.")
    assert [o.name for o in orgs(text)] == ["United States General Services Administration"]
