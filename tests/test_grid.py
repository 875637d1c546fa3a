"""Grid tests: one pattern of the genre written with many offices, states and names, so that a
rule written for one spelling holds for the others (names the given-name list lacks, given
names that are also words, states of three words, portfolios of two)."""
from __future__ import annotations

import itertools

import pytest

from analysis.evaluate import org_match, role_match, speaker_match
from analysis.extract import extract_article
from analysis.load import parse_text


def _extract(text: str):
    return extract_article(parse_text("Talks\n\n" + text + "\n", id="grid"))


_NAMES = ["Kwame Osei", "Tovan Rell", "Bill Orvan", "Ahmed Saleh al-Harbi", "Nguyen Van Thanh", "Grace Nollo"]
_OFFICES = ["Chief of Staff", "Minister of Foreign Affairs", "Secretary of Homeland Security",
            "Minister of State for Africa", "Commissioner for Human Rights", "Minister for Climate Change",
            "Attorney General", "National Security Adviser"]


@pytest.mark.parametrize("office, name", list(itertools.product(_OFFICES, _NAMES)))
def test_an_office_before_a_name(office, name):
    persons = _extract(f"On Monday, {office} {name} said the talks had failed.").persons
    assert [(p.name, p.role) for p in persons] == [(name, office)]


_STATES = [("Kenyan", "Kenya", "KEN"), ("Ivorian", "Ivory Coast", "CIV"),
           ("Congolese", "the Democratic Republic of Congo", "COD"), ("Emirati", "the United Arab Emirates", "ARE"),
           ("Filipino", "the Philippines", "PHL"), ("Bosnian", "Bosnia and Herzegovina", "BIH")]


@pytest.mark.parametrize("name", ["Kwame Osei", "Tovan Rell"])
@pytest.mark.parametrize("demonym, state, code", _STATES)
@pytest.mark.parametrize("form", [
    "{dem} Interior Minister {name} spoke on Monday.",
    "{name}, the {dem} interior minister, said the talks failed.",
    "{name}, Interior Minister of {state}, said the talks failed.",
    "On Monday {name}, {state}'s interior minister, said the talks failed.",
])
def test_an_office_and_its_state(demonym, state, code, form, name):
    text = "Peru and Chile met. " + form.format(dem=demonym, state=state, name=name)
    found = {p.name: (p.role, p.country) for p in _extract(text).persons}
    role, country = found.get(name, (None, None))
    assert role_match("Interior Minister", role) and country == code, found


_Q = "We will not accept any deal that divides the country"
_INTRO = "Kenyan Foreign Minister Kwame Osei met Peruvian President Maria Lopez in Nairobi on Monday. "


@pytest.mark.parametrize("text, speaker", [
    (f'"{_Q}," said Osei, adding: "The talks will continue next week."', "Kwame Osei"),
    (f'Osei said in a statement that "{_Q.lower()}."', "Kwame Osei"),
    (f'In an interview with the BBC, Osei said: "{_Q}."', "Kwame Osei"),
    (f'"{_Q}," Osei told Reuters news agency.', "Kwame Osei"),
    (f'"{_Q}," a statement from the Kenyan Foreign Ministry said.', "Foreign Ministry"),
    (f'The Kenyan Foreign Ministry said in a statement: "{_Q}."', "Foreign Ministry"),
    (f"Osei's spokesman, Daniel Mwangi, said: \"{_Q}.\"", "Daniel Mwangi"),
    (f'"{_Q}," said Daniel Mwangi, Osei\'s spokesman.', "Daniel Mwangi"),
    (f'Osei, speaking at a press conference in Nairobi, said: "{_Q}."', "Kwame Osei"),
    (f'Asked about the deal, Lopez replied: "{_Q}."', "Maria Lopez"),
    (f'Osei was quoted by the state news agency as saying: "{_Q}."', "Kwame Osei"),
    (f'"{_Q}," Osei, who heads the ministry, told reporters.', "Kwame Osei"),
    (f'According to a statement from Osei\'s office, "{_Q.lower()}."', "Kwame Osei"),
    (f'"The talks were hard." Lopez continued: "{_Q}."', "Maria Lopez"),
    (f'"{_Q}," tweeted Lopez.', "Maria Lopez"),
    (f'Lopez said the talks had failed.\n\n"{_Q}," she added.', "Maria Lopez"),
    (f'"{_Q}," the Kenyan minister said.', "Kwame Osei"),
    (f'"{_Q}," the Peruvian leader said.', "Maria Lopez"),
    (f'"{_Q}," the state-run Kenya News Agency quoted Osei as saying.', "Kwame Osei"),
    (f'"{_Q}", Lopez was quoted as saying by local media.', "Maria Lopez"),
    (f'"{_Q}," she said.', "Maria Lopez"),
])
def test_attribution_forms(text, speaker):
    quotes = [q for q in _extract(_INTRO + text).quotes if q.text.lower().startswith("we will not")]
    assert quotes, "the quote was not found"
    got = quotes[0].speaker
    assert speaker_match(speaker, got) or org_match(speaker, got or ""), got


_LEADERS = ["Jean-Claude Juncker", "Ursula von der Leyen", "Mohammed bin Salman", "Recep Tayyip Erdoğan",
            "Luiz Inácio Lula da Silva", "Abdel Fattah el-Sisi", "Xi Jinping", "Moon Jae-in", "Nguyen Xuan Phuc",
            "Kim Jong-un", "Abiy Ahmed", "Kassym-Jomart Tokayev", "Andrés Manuel López Obrador",
            "Tamim bin Hamad Al Thani", "Nana Akufo-Addo", "Micheál Martin"]


@pytest.mark.parametrize("name", _LEADERS)
@pytest.mark.parametrize("form", ["On Monday {name} met the envoys in the capital.",
                                  '"We are ready," {name} told reporters on Monday.'])
def test_names_of_many_shapes(name, form):
    persons = _extract("Peru and Chile met. " + form.format(name=name)).persons
    assert [p.name for p in persons] == [name]


# family name first, given name of two syllables joined by a hyphen (Cantonese, Taiwanese and
# Korean spellings); invented combinations, none a listed office holder
_HYPHENED = ["Tam Siu-fai", "Leung Chi-keung", "Kuo Li-hsin", "Choe Min-gyu", "Hwang Jae-sik", "Yeung Wai-lun"]


@pytest.mark.parametrize("name", _HYPHENED)
@pytest.mark.parametrize("form", ["{name} was elected on Sunday.",
                                  "Critics including {name} objected to the plan.",
                                  "The party's candidate, {name}, lost the seat.",
                                  "The pro-democracy group Civic Front's {name} was defeated."])
def test_family_name_first_with_a_hyphened_given_name(name, form):
    persons = _extract("Peru and Chile met. " + form.format(name=name)).persons
    assert [p.name for p in persons] == [name]
    lone = _extract(f"Peru and Chile met. {name} was elected. {name.split()[0]} thanked the voters.").persons
    assert len(lone) == 1 and len(lone[0].mentions) == 2, [(p.name, len(p.mentions)) for p in lone]


@pytest.mark.parametrize("text", ["Hong Kong-led talks failed on Monday.", "Hong Kong-style protests spread.",
                                  "Lam Tin-area residents complained."])
def test_compounds_after_a_family_name_are_no_names(text):
    assert [p.name for p in _extract(text).persons] == []
