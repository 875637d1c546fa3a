"""Person extraction: names, roles, countries, mentions, merges, exclusions."""
from __future__ import annotations

import pytest

from analysis.extract.countries import extract_countries
from analysis.extract.organizations import extract_organizations
from analysis.extract.persons import extract_persons
from analysis.records import Article
from analysis.text import split_sentences


def persons(text: str, source: str | None = None, byline: str | None = None, **meta):
    """The persons of one text (``meta``: the article's other fields, such as title or date)."""
    a = Article(id="t", text=text, source=source, byline=byline, sentences=tuple(split_sentences(text)), **meta)
    countries = extract_countries(a)
    return extract_persons(a, countries, extract_organizations(a, countries))


def one(text: str):
    found = persons(text)
    assert len(found) == 1, [p.name for p in found]
    return found[0]


@pytest.mark.parametrize("text, name, role, country", [
    # titles before the name, with demonyms and possessives
    ("Russian President Vladimir Putin spoke.", "Vladimir Putin", "President", "RUS"),
    ("Japanese Prime Minister Shinzo Abe arrived.", "Shinzo Abe", "Prime Minister", "JPN"),
    ("Japan’s Chief Cabinet Secretary Kenta Morisawa praised it.", "Kenta Morisawa", "Chief Cabinet Secretary", "JPN"),
    ("Ecuadorian president Lucio Paredes denied it.", "Lucio Paredes", "President", "ECU"),
    ("Niger's president Amadou Kossi said it.", "Amadou Kossi", "President", "NER"),
    ("Greek Foreign Minister Yannis Stavridakis objected.", "Yannis Stavridakis", "Foreign Minister", "GRC"),
    ("Minister for the Settlement of the Russian Arctic Pavel Ostrovin told reporters.",
     "Pavel Ostrovin", "Minister for the Settlement of the Russian Arctic", "RUS"),
    ("The decree came from the President of the United States Walter Brennock.", "Walter Brennock", "President", "USA"),
    ("Former US Ambassador to the United Nations Carla Whitmore posted a statement online.",
     "Carla Whitmore", "Ambassador to the United Nations", "USA"),
    ("AU trade and industry commissioner Moses Kanyanta announced it.",
     "Moses Kanyanta", "Trade and Industry Commissioner", None),
    ("NATO Secretary-General Lars Holmvik sent a letter.", "Lars Holmvik", "Secretary-General", None),
    # an office before a royal style or an honorific is the role (the style alone is one)
    ("Omani Foreign Minister Prince Khalid bin Nasser said so.", "Khalid bin Nasser", "Foreign Minister", "OMN"),
    ("WHO Director General Dr Abe Kestrel flew in.", "Abe Kestrel", "Director General", None),
    ("The letter went through Prime Minister Tun Dr Kamal Osmanov last week.", "Kamal Osmanov", "Prime Minister", None),
    ("Minister of State for Energy HE Sheikh Kamal Osmanov opened the plant.", "Kamal Osmanov", "Minister of State for Energy", None),
    ("They inked the pact on Deputy Prime Minister Senator Kamal Osmanov’s trip.", "Kamal Osmanov",
     "Deputy Prime Minister", None),
    ("Senator Kamal Osmanov signed it.", "Kamal Osmanov", "Senator", None),
    ("Prince Khalid bin Nasser said so.", "Khalid bin Nasser", "Prince", None),
    # the first paragraph's unnamed office holder is the first person named, opening the second
    ("Norway's foreign minister said on Monday that the talks had stalled.\n\n"
     '"There is still a window for a deal," Ivo Marek told reporters.', "Ivo Marek", "foreign minister", "NOR"),
    # a lower-case office whose of-phrase holds a number
    ('"We march on Monday," spokesman of the 12-party alliance, Ivo Marek, said.', "Ivo Marek", "spokesman", None),
    # two offices held, joined by "and": both are the role
    ("Defence Minister and Deputy Prime Minister Abe Kestrel said so.",
     "Abe Kestrel", "Defence Minister and Deputy Prime Minister", None),
    ("Colombian Vice-President and Foreign Minister Marta Ruiz signed it.",
     "Marta Ruiz", "Vice-President and Foreign Minister", "COL"),
    # an international body's acronym in brackets between its name and the title
    ("Jakarta protested, and so did the Gulf Cooperation Council (GCC) head Yusuf Al-Rashidi.",
     "Yusuf Al-Rashidi", "Head", None),
    ("President Omar Rashad el-Bakry of Egypt opened the forum.", "Omar Rashad el-Bakry", "President", "EGY"),
    ("He said that outgoing President Hamid Karzai would leave.", "Hamid Karzai", "President", "AFG"),
    ("Lieutenant Karim Haddou of the loyalists said so.", "Karim Haddou", "Lieutenant", None),
    # appositions
    ("Ivan Petrovsky, the minister for development, spoke.", "Ivan Petrovsky", "Minister for Development", None),
    ("Martha Colby, the United States Secretary of State, arrived in Oslo.", "Martha Colby", "Secretary of State", "USA"),
    ("Dariush Kazemi, the Iranian president, spoke to journalists.", "Dariush Kazemi", "President", "IRN"),
    ("Avner Shaked, prime minister of Israel, called it an error.", "Avner Shaked", "Prime Minister", "ISR"),
    ("Peru's president, Luis Arandia, also agreed.", "Luis Arandia", "President", "PER"),
    # "Co-ordinating" qualifies an office, so the possessive before it names its state
    ("Malaysia agreed. Najib met Brunei's Co-ordinating Minister for Trade, Tan Boon Wee.",
     "Tan Boon Wee", "Co-ordinating Minister for Trade", "BRN"),
    # a demonym and a person noun before the name, set off by a comma or not
    ("India protested. Canadian citizen, Harjit Sandhu, was killed.", "Harjit Sandhu", None, "CAN"),
    ("Indonesia protested. He was convicted of killing Saudi woman Noura Qahtani.", "Noura Qahtani", None, "SAU"),
    # (not a plural noun: the mediators are not the person's compatriots)
    ("Kenya protested. After talks led by Sudanese mediators, Riek Ayuel agreed.", "Riek Ayuel", None, None),
    # "counselor" (the American spelling) is an office; a state's possessive before a UN mission
    ("Japan objected. The vote failed, Kofi A. Mensah, counselor at Ghana's U.N. mission, told reporters.",
     "Kofi A. Mensah", "Counselor", "GHA"),
    # a field of two nouns before the title in an indefinite apposition
    ("Mavuso Ndlovu, a rhino issues manager with the department, also spoke.", "Mavuso Ndlovu",
     "issues manager", None),
    # (but not an ordinal and "year")
    ("One is Denis Korolev, a sixth year student at the academy.", "Denis Korolev", None, None),
    # an American lawmaker's party and state after the name, in a story about another state
    ("China criticised the bans. Rep. Ann Lowe (D-N.Y.) introduced a bill.", "Ann Lowe", "Representative", "USA"),
    # an office set off before the state body it is held in
    ("Singapore hosted the talks. Admiral Somchai Arree, Chief of Staff, Royal Thai Navy, attended.",
     "Somchai Arree", "Chief of Staff", "THA"),
    # a two-word state's possessive before a lower-case portfolio, with another state named first
    ("Japan's fleet sailed on Monday. New Zealand's conservation minister, Ava Tamsin, objected.",
     "Ava Tamsin", "Minister", "NZL"),
    ("Mary Collins, CEO of Unilever, stated they would stay.", "Mary Collins", "CEO of Unilever", None),
    # occupations are kept as written; other nouns are no role
    ("French-Colombian politician Clara Montoya was held.", "Clara Montoya", "politician", None),
    ("The crash killed motorcyclist Tom Hadley on August 27.", "Tom Hadley", None, None),
    # the gazetteer of office holders gives the state the article does not name
    ("Senator Lindsey Graham spoke on television.", "Lindsey Graham", "Senator", "USA"),
])
def test_role_and_country(text, name, role, country):
    p = one(text)
    assert (p.name, p.role, p.country) == (name, role, country)


@pytest.mark.parametrize("text, name, role, country", [
    # an abbreviated title before a name gives the title written out, with the same
    # modifiers and state as the written-out title
    ("Sen. Dana Whitcombe said the bill was dead.", "Dana Whitcombe", "Senator", None),
    ("Vermont Sen. Dana Whitcombe said the bill was dead.", "Dana Whitcombe", "Senator", "USA"),
    ("U.S. Sen. Dana Whitcombe said the bill was dead.", "Dana Whitcombe", "Senator", "USA"),
    ("Texas Rep. Dana Whitcombe voted against it.", "Dana Whitcombe", "Representative", "USA"),
    ("New York Gov. Mark Tulloch declared an emergency.", "Mark Tulloch", "Governor", "USA"),
    ("Former Gov. Mark Tulloch resigned.", "Mark Tulloch", "Former Governor", None),
    ("Russian Gen. Pavel Ostrovin said the drills were over.", "Pavel Ostrovin", "General", "RUS"),
    ("Lt. Gen. Pavel Ostrovin resigned.", "Pavel Ostrovin", "Lieutenant General", None),
    ("Retired Lt. Gen. Mark Tulloch spoke.", "Mark Tulloch", "Lieutenant General", None),
    ("Israeli Maj. Gen. Avi Doron said it.", "Avi Doron", "Major General", "ISR"),
    ("Brig. Gen. Mark Tulloch spoke.", "Mark Tulloch", "Brigadier General", None),
    ("Lt. Gov. Dana Whitcombe spoke.", "Dana Whitcombe", "Lieutenant Governor", None),
    ("Atty. Gen. Dana Whitcombe spoke.", "Dana Whitcombe", "Attorney General", None),
    ("Col. Karim Haddou of the loyalists died.", "Karim Haddou", "Colonel", None),
    ("Adm. Mark Tulloch spoke.", "Mark Tulloch", "Admiral", None),
    ("Capt. Mark Tulloch spoke.", "Mark Tulloch", "Captain", None),
    ("Sgt. Maj. Mark Tulloch spoke.", "Mark Tulloch", "Sergeant Major", None),
    ("Det. Insp. Mark Tulloch spoke.", "Mark Tulloch", "Detective Inspector", None),
    ("Amb. Dana Whitcombe spoke.", "Dana Whitcombe", "Ambassador", None),
    ("Gen. Secretary Pavel Ostrovin spoke.", "Pavel Ostrovin", "General Secretary", None),
    ("Gen. (ret.) Mark Tulloch spoke.", "Mark Tulloch", "General", None),
    ("The march was led by the Rev. Al Whitcombe.", "Al Whitcombe", "Reverend", None),
    ("Msgr. Dana Whitcombe spoke.", "Dana Whitcombe", "Monsignor", None),
    # "Prof." is the academic title ("Professor A Bcd" gives it); "Dr." a style, no role (the
    # hand annotations give none: 5 of 6 people known only as "Dr" in 2014 articles)
    ("Prof. Dana Whitcombe said it.", "Dana Whitcombe", "Professor", None),
    ("Dr. Dana Whitcombe said it.", "Dana Whitcombe", None, None),
    # no title: "Gen. Z" is a generation, "Dominican Rep." a state, a paragraph ends after "Rep."
    ("Many of the Gen. Z voters backed Dana Whitcombe.", "Dana Whitcombe", None, None),
    ("The Foreign Ministry sent him. He visited the Dominican Rep. Dana Whitcombe said it was fine.", "Dana Whitcombe", None, "DOM"),
    ("He spoke with the Rep.\n\nDana Whitcombe said it was fine.", "Dana Whitcombe", None, None),
])
def test_abbreviated_title_before_name(text, name, role, country):
    p = one(text)
    assert (p.name, p.role, p.country) == (name, role, country)


@pytest.mark.parametrize("text, role", [
    ("Sens. Dana Whitcombe and Mark Tulloch wrote to the agency.", "Senator"),
    ("Reps. Dana Whitcombe and Mark Tulloch wrote to the agency.", "Representative"),
])
def test_plural_abbreviated_title_gives_each_name_the_title(text, role):
    assert [(p.name, p.role) for p in persons(text)] == [("Dana Whitcombe", role), ("Mark Tulloch", role)]


@pytest.mark.parametrize("text", [
    "He flew to Gen. Santos City on Monday.",
    "The Gen. Z vote was split.",
])
def test_abbreviated_title_before_no_name(text):
    assert persons(text) == []


def test_abbreviated_titles_do_not_end_sentences():
    from analysis.text import load_table
    for row in load_table("title_abbreviations.tsv"):
        text = f"{row['abbreviation']} Dana Whitcombe spoke. Then she left."
        assert [s.text for s in split_sentences(text)] == [
            f"{row['abbreviation']} Dana Whitcombe spoke.", "Then she left."], row


def test_apposition_with_who_was():
    text = "Ellen Marsh, who was Biden's Special Presidential Envoy to the alliance until June, wrote."
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Ellen Marsh"] == ("Special Presidential Envoy to the alliance", "USA")


@pytest.mark.parametrize("text, name", [
    ("Nikos Arvanitis arrived in Cairo.", "Nikos Arvanitis"),                 # known given name
    ("Tavo Renkel said the announcement came as a shock.", "Tavo Renkel"),  # speech verb
    ("Recep Tayyip Erdoğan attended.", "Recep Tayyip Erdoğan"),
    ("Bashar al-Assad remained in Damascus.", "Bashar al-Assad"),
    ("Ursula von der Leyen arrived.", "Ursula von der Leyen"),
    ("Luiz Inácio Lula da Silva won.", "Luiz Inácio Lula da Silva"),
    ("Senator Maria dela Cruz arrived.", "Maria dela Cruz"),
    ("Mohammed bin Salman met him.", "Mohammed bin Salman"),
    ("Jean-Yves Le Drian flew in.", "Jean-Yves Le Drian"),
    ("Xi Jinping said so.", "Xi Jinping"),
])
def test_names_with_particles_and_accents(text, name):
    assert one(text).name == name


def test_surname_mentions_are_merged_under_the_fullest_name():
    text = ("Russian President Vladimir Putin met Abe. President Putin said it was agreed. "
            "Putin's aides agreed. According to Putin, it went well.")
    found = {p.name: p for p in persons(text)}
    putin = found["Vladimir Putin"]
    assert putin.key == "vladimir-putin"
    assert [m.text for m in putin.mentions] == ["Vladimir Putin", "Putin", "Putin", "Putin"]
    assert all(text[m.start:m.end] == m.text for m in putin.mentions)


@pytest.mark.parametrize("full", ["Mutlaq Al-Qahtani", "Mutlaq Bin Majed Al-Qahtani", "Mutlaq al-Qahtani"])
def test_a_family_name_with_its_article_alone_is_a_mention(full):
    # "Al-Qahtani explained" after "Mutlaq Al-Qahtani": the article's "Al-" is no part of the key
    text = f"Kestria’s Special Envoy {full} opened the talks on Sunday. Later, Al-Qahtani explained the plan."
    p = one(text)
    assert p.name == full and [m.text for m in p.mentions] == [full, "Al-Qahtani"]


def test_mahatma_is_a_style_before_a_name():
    found = [(p.name, p.country) for p in persons("Earlier, she laid a wreath and paid tribute to Mahatma Gandhi "
                                                   "at Rajghat in India.")]
    assert found == [("Gandhi", "IND")]


def test_md_before_a_name_is_no_name_of_its_own():
    # "Md." (Mohammad shortened, as Bangladesh writes it) is read like a style: the person is the
    # name after it, with the title before it
    found = [(p.name, p.role) for p in persons("Ivo Marek met Bangladesh Foreign Affairs Advisor Md. Touhid "
                                                "Hossain in Muscat on Sunday.")]
    assert ("Touhid Hossain", "Foreign Affairs Advisor") in found and not any(n == "Md" for n, _ in found)


def test_accent_variants_merge():
    text = "Turkish President Mehmet Gürsoy spoke. Later Gursoy said it again."
    p = one(text)
    assert p.name == "Mehmet Gürsoy" and len(p.mentions) == 2


def test_nominal_reference_joins_the_person():
    text = ("Russian President Vladimir Putin spoke. \"We agree,\" the Russian leader said.")
    p = one(text)
    assert [m.text for m in p.mentions][-1] == "the Russian leader"


@pytest.mark.parametrize("text, name, role, country", [
    ("Israeli Foreign Minister Israel Korvath denounced the move.", "Israel Korvath", "Foreign Minister", "ISR"),
    ("Jordanian Prime Minister Jordan Harlan met the envoy.", "Jordan Harlan", "Prime Minister", "JOR"),
])
def test_a_state_name_that_is_a_given_name_opens_a_name_after_an_office(text, name, role, country):
    assert (one(text).name, one(text).role, one(text).country) == (name, role, country)


@pytest.mark.parametrize("text, name, country", [
    # an office only a few states have: the one of them the story names
    ("China and India held border talks in Moscow. China's envoy attended. Defence Secretary Ivo Marek "
     "and Foreign Secretary Ana Ruiz also took part. China said the talks went well.", "Ivo Marek", "IND"),
    ("China and India held border talks in Moscow. China's envoy attended. Defence Secretary Ivo Marek "
     "and Foreign Secretary Ana Ruiz also took part. China said the talks went well.", "Ana Ruiz", "IND"),
    ("A British suspect lost his fight against extradition to the US. Home Secretary Tom Harlan must "
     "now decide. The US says he raised money for militants, and the US embassy sent a note.", "Tom Harlan", "GBR"),
])
def test_an_office_few_states_have_takes_the_one_the_story_names(text, name, country):
    assert {p.name: p.country for p in persons(text)}[name] == country


def test_a_national_institution_before_the_title_gives_its_state():
    text = ("LAHORE: Pakistan waits for word. Earlier, the BCCI vice-president Ana Ruiz said that the "
            "government is yet to decide. Pakistan hosts the event.")
    assert {p.name: p.country for p in persons(text)}["Ana Ruiz"] == "IND"


def test_a_former_head_of_state_in_a_un_post_acts_for_no_state_in_those_years():
    from analysis.load import parse_text
    from analysis.extract import extract_article
    text = "CARACAS: Venezuela rejected the report, and Ms. Michelle Bachelet noted it, the minister said."
    found = {p.name: p.country for p in extract_article(parse_text(text, id="x", meta={"date": "2020-09-16"})).persons}
    assert found["Michelle Bachelet"] is None


def test_an_outlet_named_after_a_state_reports_from_it():
    from analysis.load import parse_text
    from analysis.extract import extract_article
    text = ("TOKYO: A delegation of Korean lawmakers led by Representative Ivo Marek met Japan's "
            "prime minister in Tokyo. Japan hosted talks, and Japan's officials said Japan would reply.")
    def state(source):
        found = extract_article(parse_text(text, id="x", meta={"source": source})).persons
        return {p.name: p.country for p in found}["Ivo Marek"]
    assert state("The Korea Times") == "KOR"
    assert state("Wire Service") == "JPN"


def test_a_capitalised_nominal_joins_the_person_it_names():
    text = ("Chief Minister Ana Ruiz spoke on Monday. Later the Chief Minister met Prime Minister "
            "Tom Harlan to discuss the failed talks.")
    p = next(p for p in persons(text) if p.name == "Ana Ruiz")
    assert [m.text for m in p.mentions][-1] == "the Chief Minister"


def test_distributed_plural_title():
    text = "Presidents Amadou Diallo of Senegal and Jean Houngbo of Togo signed it."
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found == {"Amadou Diallo": ("President", "SEN"), "Jean Houngbo": ("President", "TGO")}


def test_counterparts_take_the_states_in_order():
    text = ("Moroccan foreign minister Karim Fahmy and his Italian, Maltese and Spanish counterparts, "
            "Marco Ferrante, Joseph Camilleri and Pablo Serrano, respectively, met.")
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Marco Ferrante"] == ("Foreign Minister", "ITA")
    assert found["Joseph Camilleri"] == ("Foreign Minister", "MLT")
    assert found["Pablo Serrano"] == ("Foreign Minister", "ESP")


@pytest.mark.parametrize("text", [
    "The Kuril Islands and Hokkaido were discussed.",                 # places
    "On Wednesday, Hagia Sophia was in the news.",                    # landmark
    "The proclamation of Golan Heights angered Masjid Al-Aqsa visitors.",
    "The Syrian Democratic Forces said it was a stab in the back.",   # organisation
    "The President said it. The Minister agreed.",                    # titles alone
    "Russian officials and Japanese businessmen will visit.",         # nationalities
    "Yesterday the United Kingdom officials left.",
    "The delegates were welcomed at Kiran Mandapam.",                  # halls and squares of India
    "The envoys met at Nirmal Bhavan and walked to Azad Maidan.",
    "After the raid, Iran's Defence Information Headquarters vowed revenge.",  # a body's headquarters
    "The pilots landed at Kiran Das Airbase and thanked the crew.",    # air bases and temples
    "Envoys prayed at Nirmal Das Temples on Monday.",
    "Both sides met at the ninth Expert Group Meeting on the frontier.",  # meetings, believers
    "The Pope will say mass for Roman Catholics on Sunday.",
    "The Director for Development Assistance Planning of Kestria spoke on Monday.",        # a field of an office
    "The summit ended on Friday in Tarn Prefecture.",                 # an area, a paper
    "Views were exchanged on the basis of the Trilateral Memorandum signed in Madrid.",
])
def test_not_persons(text):
    assert persons(text) == []


def test_byline_journalists_are_not_persons():
    text = "Jane Doe reported that Vladimir Putin spoke."
    assert [p.name for p in persons(text, byline="Jane Doe")] == ["Vladimir Putin"]


def test_named_reporter_in_text_is_a_person():
    text = '"It is not confirmed," said reporter Anna Lindqvist.'
    p = one(text)
    assert (p.name, p.role) == ("Anna Lindqvist", "reporter")


def test_publisher_is_not_a_person():
    text = "Executive Intelligence Review noted that Shinzo Abe spoke."
    assert [p.name for p in persons(text, source="EIR")] == ["Shinzo Abe"]


def test_actor_floors_on_the_dev_gold(shared_dir):
    """Regression floors a little below the figures reached on ../shared/gold (a guide,
    not the target: unseen articles decide)."""
    from analysis import evaluate as E
    from analysis.load import load_articles

    loaded = load_articles([shared_dir / "corpus" / "dev.jsonl", shared_dir / "corpus" / "eir"])
    preds = {}
    for a in loaded.articles:
        countries = extract_countries(a)
        orgs = extract_organizations(a, countries)
        people = extract_persons(a, countries, orgs)
        preds[a.id] = {"id": a.id, "persons": [{"name": p.name, "role": p.role, "country": p.country} for p in people],
                       "countries": [c.code for c in countries], "organizations": [o.name for o in orgs],
                       "quotes": [], "agreements": [], "topics": []}
    fields, _, accuracy = E.evaluate(E.read_gold(shared_dir / "gold"), preds).totals()
    assert fields["persons"].f1 >= 0.93
    assert fields["countries"].f1 >= 0.95
    assert fields["organizations"].f1 >= 0.90
    assert accuracy["persons.role"].value >= 0.92
    assert accuracy["persons.country"].value >= 0.85


def test_nominal_reference_uses_the_gazetteer_state():
    text = "President Xi Jinping spoke first; the Chinese leader called it historic."
    p = one(text)
    assert p.country == "CHN" and p.mentions[-1].text == "the Chinese leader"


# --- genre rules added after measuring on unseen articles (one sentence each)

@pytest.mark.parametrize("text, name, role, country", [
    # a one-word name right after an office (Indonesian mononyms)
    ("Indonesia's defence minister Suharyo visited the base.", "Suharyo", "Defence Minister", "IDN"),
    # a French particle with an apostrophe stays in the name
    ("French Senator Pierre Giscard d'Arvoy spoke.", "Pierre Giscard d'Arvoy", "Senator", "FRA"),
    # an of-phrase of the apposition ends at the first lower-case word after a state
    ("Pablo Ruiz, who served as President of Chile for eight years, died.", "Pablo Ruiz", "President", "CHL"),
    # two titles joined by "for ... and" form one role
    ("Czech Deputy Prime Minister for Industry and Minister of Transport Jan Dvorak resigned.",
     "Jan Dvorak", "Deputy Prime Minister for Industry and Minister of Transport", "CZE"),
    # an apposition closed by a verb instead of a comma
    ("Kenya's Daniel Okoro, the Information Minister paid tribute.", "Daniel Okoro", "Information Minister", "KEN"),
])
def test_genre_rules(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found[name] == (role, country), found


def test_first_two_names_join_the_longer_name():
    text = "Minister John Deng Garang of Kenya spoke. Later John Deng said it was fine."
    assert [p.name for p in persons(text)] == ["John Deng Garang"]


def test_given_name_after_a_family_noun_is_a_person():
    assert [p.name for p in persons("He is mourned by his wife Martina and two sons.")] == ["Martina"]


def test_person_without_a_state_takes_the_state_the_article_is_about():
    text = "Kenya held elections, and President Amos Njoro voted. Jane Mwangi said that Kenya had changed, and Uganda agreed."
    assert {p.name: p.country for p in persons(text)} == {"Amos Njoro": "KEN", "Jane Mwangi": "KEN"}


@pytest.mark.parametrize("text", [
    # a story that names no state body, nobody in a state's service and no office holder: its
    # people act for no state (an obituary, a concert, a study)
    "The singer died at home in Kenya. Jane Mwangi said that Kenya had lost a voice, and Uganda mourned.",
    "The study was run in Kenya. Jane Mwangi, a biologist, said that Kenya had more frogs than expected.",
])
def test_a_story_without_state_actors_gives_its_people_no_state(text):
    assert {p.name: p.country for p in persons(text)} == {"Jane Mwangi": None}


@pytest.mark.parametrize("phrase", ["Lula's Economy Minister Antonio Palmer said nothing.",
                                    "Antonio Palmer, Lula's Economy Minister, said nothing.",
                                    "Antonio Palmer, the Economy Minister of Lula, said nothing."])
def test_an_office_holders_minister_acts_for_the_holders_state(phrase):
    """'Lula's Economy Minister A Bcd' in a story about Venezuela: Brazil's minister."""
    text = ("Brazilian President Luiz Inacio Lula da Silva met Hugo Chavez in Caracas. Venezuela was pleased "
            "and Venezuela said so. " + phrase)
    assert {p.name: p.country for p in persons(text)}["Antonio Palmer"] == "BRA"


def test_image_file_names_and_bodies_after_a_title_are_no_persons():
    """'File:A Bcd Efg.jpg' is a picture's file name; 'Justice Alliance Party candidate A Bcd':
    the title word opens a party's name, A Bcd is the person."""
    text = ("The group denied the claims. File:Leticia Lam See-yin.jpg\n\n"
            "Justice Alliance Party candidate Leticia Lam said she would run.")
    assert [p.name for p in persons(text)] == ["Leticia Lam"]


@pytest.mark.parametrize("text, expected", [
    ("Hong Kong's chief executive CY Lung said nothing new.", ["CY Lung"]),
    ("Former president PW Bothma died on Tuesday.", ["PW Bothma"]),
    # no title before them: two capitals stay an acronym
    ("BBC Newsnight reported it on Tuesday.", []),
])
def test_initials_written_as_two_capitals_after_a_title(text, expected):
    assert [p.name for p in persons(text)] == expected


def test_members_of_a_body_listed_after_including():
    """'Members of the Provincial Assembly including A, B, Dr C, and D expressed ...': each a member."""
    text = ("Members of the Provincial Assembly including Inayat Khanzada, Sardar Babar, Dr Haider Alvi, "
            "and Muhammad Ali Shahid expressed their dissatisfaction.")
    assert {p.name: p.role for p in persons(text)} == dict.fromkeys(
        ["Inayat Khanzada", "Sardar Babar", "Haider Alvi", "Muhammad Ali Shahid"], "Member of the Provincial Assembly")


def test_reporters_do_not_take_the_article_state():
    text = "Kenya held elections. Reporter Jane Mwangi said that Kenya had changed."
    assert {p.name: p.country for p in persons(text)} == {"Jane Mwangi": None}


@pytest.mark.parametrize("token, gender", [("Angela", "f"), ("Vladimir", "m"), ("Xqzt", None)])
def test_given_name_gender(token, gender):
    from analysis.extract.gazetteer import given_name_gender
    assert given_name_gender(token) == gender


def test_given_name_dictionary_is_cached_across_processes(tmp_path, monkeypatch):
    """The parsed dictionary is written to the user's cache and read back by the next
    process (simulated by clearing the in-process cache); a damaged or unwritable cache
    only means parsing again."""
    from analysis import paths
    from analysis.extract import gazetteer

    cache = tmp_path / "cache"
    monkeypatch.setattr(paths, "CACHE", cache)
    gazetteer._name_dictionary.cache_clear()
    try:
        parsed = gazetteer._name_dictionary()
        (written,) = cache.glob("given-names-*.pickle")
        gazetteer._name_dictionary.cache_clear()
        monkeypatch.setattr(gazetteer, "_GENDER_CODES", {})   # a re-parse would now differ
        assert gazetteer._name_dictionary() == parsed and parsed["Angela"] == "f"
        written.write_bytes(b"not a pickle")
        gazetteer._name_dictionary.cache_clear()
        assert set(gazetteer._name_dictionary().values()) == {None}   # parsed again
        blocked = tmp_path / "a-file"
        blocked.write_text("")
        monkeypatch.setattr(paths, "CACHE", blocked / "cache")   # cannot be made: no cache
        gazetteer._name_dictionary.cache_clear()
        assert len(gazetteer._name_dictionary()) == len(parsed)
    finally:
        gazetteer._name_dictionary.cache_clear()


@pytest.mark.parametrize("word, is_given", [
    ("Sergei", True), ("Fatima", True), ("Xi", True), ("Abiy", True),
    ("May", False), ("Jordan", False), ("Will", False), ("Paris", False), ("The", False),
    ("Justice", False), ("Victoria", False),
    # a dictionary name written without its diacritics ("Hervé", "Françoise", "Şükrü")
    ("Herve", True), ("Francoise", True), ("Sukru", True),
])
def test_given_name_gazetteer(word, is_given):
    from analysis.extract.gazetteer import given_name_set
    assert (word in given_name_set()) is is_given


def test_given_name_that_is_a_known_family_name():
    # "Erdoğan" is also a Turkish given name; alone it is the office holder
    assert [(p.name, p.country) for p in persons("Erdoğan said the operation would go on.")] == [("Erdoğan", "TUR")]


@pytest.mark.parametrize("text, name, role, country", [
    # a family name that is also an ordinary word, after a given name
    ("British Prime Minister Theresa May resigned.", "Theresa May", "Prime Minister", "GBR"),
    # regnal numbers belong to the name
    ("Spanish King Felipe VI opened the session.", "Felipe VI", "King", "ESP"),
    # dash apposition
    ("Voters chose Anna Berg — former Foreign Minister of Sweden — as leader.", "Anna Berg", "Former Foreign Minister", "SWE"),
    # "who succeeded him as ..."
    ("Lars Holm, who succeeded him as Foreign Minister of Norway, spoke.", "Lars Holm", "Foreign Minister", "NOR"),
    # "Ex-" before a title
    ("Polish Ex-Prime Minister Piotr Kowalski wrote a letter.", "Piotr Kowalski", "Ex-Prime Minister", "POL"),
    # a name after a comma keeps its first word even when it is not a known given name
    ("The Archbishop of Lyon, Sevrin Paul Morel, spoke in France.", "Sevrin Paul Morel", "Archbishop of Lyon", "FRA"),
])
def test_genre_rules_2(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found[name] == (role, country), found


def test_spokespeople_take_the_article_state():
    text = "Kenya held elections. Police spokesman Tom Otieno said that Kenya was calm."
    assert {p.name: p.country for p in persons(text)} == {"Tom Otieno": "KEN"}


@pytest.mark.parametrize("text", [
    # the head of an international body acts for no state, whatever their nationality,
    # and does not take the state the article is mostly about
    "Guterres met Russian officials in Moscow. Russia welcomed the visit, and Russia signed the plan.",
    "UN Secretary-General António Guterres said the plan was fair.",
])
def test_heads_of_international_bodies_act_for_no_state(text):
    from analysis.extract import extract_article
    from analysis.load import parse_text

    persons = extract_article(parse_text(text, id="t")).persons
    guterres = [p for p in persons if p.name.endswith("Guterres")]
    assert guterres and guterres[0].country is None


@pytest.mark.parametrize("text, name, role, country", [
    # a title before a name whose first word the given-name dictionary lacks keeps the whole name
    ("Brazilian President Luiz Inácio Lula da Silva opened the summit on Monday.",
     "Luiz Inácio Lula da Silva", "President", "BRA"),
    # a hyphenated title ("then-prime-minister")
    ("The coup removed then-prime-minister Arvo Kallemaa in 1999.", "Arvo Kallemaa", "Prime Minister", None),
    # a rank that is also a family name, after a given name (and "of" a city: its state)
    ("The letter was signed by retired diplomat John Major of Leeds.", "John Major", "diplomat", "GBR"),
    # an acronym or its expansion in brackets between the title and the name
    ("Labour MP (Member of Parliament) Jane Orrell spoke first.", "Jane Orrell", "Labour MP", None),
    ("Member of Parliament (MP) Jane Orrell spoke first.", "Jane Orrell", "Member of Parliament", None),
    # a peerage in apposition: the office follows it, and the peerage is the same person
    ("Nicholas Tarrant, Lord Wexley, the Lord President of the Council, opened the debate.",
     "Nicholas Tarrant", "Lord President of the Council", None),
    # an organisation name that runs on into a titled person (the body's state is his)
    ("House of Commons Speaker Malcolm Tredwell commented on the vote.", "Malcolm Tredwell", "Speaker", "GBR"),
    # an indefinite apposition with a qualified title
    ("The rebels met Ardal Vexhami, a Swiss peace envoy, in Geneva.", "Ardal Vexhami", "Peace Envoy", "CHE"),
    # a title held under one name
    ("King Edric opened the session of parliament.", "Edric", "King", None),
    # a kin noun after a possessive is no clergy title; before a name it is
    ('"This is a hard day," said his father, Abdul Bakr Halimi, after the ceremony.', "Abdul Bakr Halimi", None, None),
    ("The mass was led by Father Tomas Ruelle in the chapel.", "Tomas Ruelle", "Father", None),
])
def test_genre_rules_3(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found.get(name) == (role, country), found
    assert len(found) == 1, found


@pytest.mark.parametrize("text, names", [
    # evidence beyond titles and given names: a family noun, a relative of a named person,
    # "identified as", a name "of" a known organisation
    ("The court heard from her brother Tavik Rasmunsen on Monday.", {"Tavik Rasmunsen"}),
    ("Ilse Veltrani met reporters, and later Ondrak Veltrani joined her.", {"Ilse Veltrani", "Ondrak Veltrani"}),
    ("The dead sailor was identified as Jarlo Talavera by the navy.", {"Jarlo Talavera"}),
    ("Morgan Kestrelby of the World Health Organization visited the clinic.", {"Morgan Kestrelby"}),
    # no persons: a picture credit, a venue after "the", a confession, a place that is no state
    ("Marchers filled the square. Image: Petra Lindqvist.", set()),
    ("Delegates gathered at the Ravi Mandapam in Chennai.", set()),
    ("The blast hit the Roman Catholic cathedral at noon.", set()),
    ("Rita Chen, the chief executive of Hong Kong, announced the plan.", {"Rita Chen"}),
    # a sentence-opening word before a known family name is no given name
    ("Ilse Veltrani met reporters. Neither Veltrani nor her aide spoke.", {"Ilse Veltrani"}),
    # words that end organisation names are no family names
    ("Ellen Marsh, head of the Coastal Tourism Partnership, said the season was over.", {"Ellen Marsh"}),
])
def test_person_evidence(text, names):
    assert {p.name for p in persons(text)} == names


def test_misspelt_family_name_before_a_speech_verb_is_a_mention():
    found = persons("Militia spokesman Tarek Halabeh spoke on Monday. Halabah said the talks had failed.")
    assert [(p.name, len(p.mentions)) for p in found] == [("Tarek Halabeh", 2)]


def test_plural_office_before_a_list_of_names():
    found = {p.name: p.role for p in persons("The bill was backed by Senators Arla Venning of Ohio and Tomas Gurrby of Utah.")}
    assert found == {"Arla Venning": "Senator", "Tomas Gurrby": "Senator"}


@pytest.mark.parametrize("text, name, role, country", [
    # a compound adjective before the office in an apposition
    ("On Friday, Tamar bin Rashid, the long-serving Emir of Qatar, died aged 80.", "Tamar bin Rashid", "Emir", "QAT"),
    # a relative or successor shares the state of the person named before
    ("Tamar bin Rashid, the Emir of Qatar, died. Leaders of Iran, India, France and Peru sent tributes. "
     "His successor, Faris bin Tamar Al Nuri, led the prayers.", "Faris bin Tamar Al Nuri", None, "QAT"),
    # the office a person took, when no title stands by the name
    ("Under the deal Peter Solbenn became prime minister in 2009.", "Peter Solbenn", "Prime Minister", None),
    ("Peter Solbenn became a father in 2001.", "Peter Solbenn", None, None),
    # ... and the state the office is of: an of-phrase, a possessive or a demonym
    ("In March Karin Aaltvik was sworn in as prime minister of Norway.", "Karin Aaltvik", "Prime Minister", "NOR"),
    ("Karin Aaltvik served as foreign minister of the Philippines until 2010.", "Karin Aaltvik", "Foreign Minister", "PHL"),
    ("Karin Aaltvik became Norway's foreign minister in 2015.", "Karin Aaltvik", "Foreign Minister", "NOR"),
    ("Karin Aaltvik became the Norwegian defence minister last year.", "Karin Aaltvik", "Defence Minister", "NOR"),
    # (a demonym in the of-phrase names no state the office is of)
    ("Karin Aaltvik became head of the Norwegian Chess Federation.", "Karin Aaltvik", "Head", None),
    # a body's name before the office; a time word before the predicate
    ("Jim Murchie became Scottish Labour leader in December.", "Jim Murchie", "Leader", "GBR"),
    ("Jim Murchie yesterday announced he intends to stand down as Scottish Labour Party leader.",
     "Jim Murchie", "Leader", None),
    # ... and the of-phrase after such an office still tells its state
    ("Talks between Peru and Chile went on. Jim Murchie became Reform Party leader of Estonia in May.",
     "Jim Murchie", "Leader", "EST"),
    # a possessive before an office noun is evidence of a person (and a presidency names the office)
    ("The ban dates from Tavrek El Solbenn's presidency in the 1990s.", "Tavrek El Solbenn", "President", None),
])
def test_genre_rules_4(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found.get(name) == (role, country), found


@pytest.mark.parametrize("text, names", [
    # a portfolio after an office's "of"/"for" is no person, even before "said"
    ('Chile signed the deal. Ana Ruiz, Minister of International Cooperation, said: "It is a milestone."',
     ["Ana Ruiz"]),
    ("The deal was signed by Ivo Marek, Minister of State for Housing and Urban Renewal, "
     "and Tom Harlan, Administrator at the agency.", ["Ivo Marek", "Tom Harlan"]),
    ("Ana Ruiz, Minister of Housing and Natural Resources, spoke.", ["Ana Ruiz"]),
    # ... but a second holder after "and" stays one
    ("Ministers of Defence Ivo Marek and Tene Korvath signed the transfer.", ["Ivo Marek", "Tene Korvath"]),
])
def test_a_portfolio_after_an_office_is_no_person(text, names):
    assert [p.name for p in persons(text)] == names


def test_a_name_after_a_portfolio_is_kept_with_its_given_name():
    text = "The Minister of Migrant Worker Protection Ivo Marek said the ban would end."
    assert [p.name.endswith("Ivo Marek") for p in persons(text)] == [True]


def test_a_birthplace_before_a_family_name_is_no_part_of_the_name():
    text = "Ivo Marek was convicted. Ana Ruiz added that California-born Marek, the paper's bureau chief, had twenty days."
    assert [p.name for p in persons(text)] == ["Ivo Marek", "Ana Ruiz"]



@pytest.mark.parametrize("text, name, role, country", [
    # a style between an apposed title and the name, and letters after a name ending in a place
    ("The meeting was opened by the bloc's Secretary-General, the Rt Hon Anna Scotland QC.",
     "Anna Scotland", "Secretary-General", None),
    ("The Prime Minister of Barbados, [Hon.] Ana Ruiz, spoke on Monday.", "Ana Ruiz", "Prime Minister", "BRB"),
    ("Talks stalled after Ivo Marek took over as Chile's prime minister, the envoy said.", "Ivo Marek",
     "Prime Minister", "CHL"),
    ("ANKARA: US Chargé d’Affaires Ana Ruiz said the talks went well.", "Ana Ruiz", "Chargé d’Affaires", "USA"),
    # a term of office before "of" gives the office
    ("During the Brazilian presidency of Ivo Marek, Brazil sought a launch agreement.", "Ivo Marek", "President", "BRA"),
    ("Tom Harlan, pastor of a church in Florida, planned the protest.", "Tom Harlan", "pastor of a church in Florida", "USA"),
])
def test_styles_terms_and_pastors(text, name, role, country):
    assert (one(text).name, one(text).role, one(text).country) == (name, role, country)


@pytest.mark.parametrize("text, role", [
    # a post in apposition, before or after, beats a military rank
    ("The drills are over, the Air Force's spokesman, Lieutenant-General Ivo Marek, told reporters.", "spokesman"),
    ("Colonel Ivo Marek Jr., a spokesman of the Chilean army, said the drills would go on.", "spokesman"),
])
def test_a_post_beats_a_military_rank(text, role):
    assert one(text).role == role


@pytest.mark.parametrize("text, expected", [
    ("The Spokesperson, Ministry of Foreign Affairs, Ivo Marek, said in a statement that officials met.",
     ("Spokesperson", None)),
    ("The delegation included the Minister of Information, Ghana, Hon. Ivo Marek, and others.",
     ("Minister of Information", "GHA")),
])
def test_a_title_before_a_body_or_state_set_off_by_commas(text, expected):
    # "Title, Body, Name" (as Nigerian and Ghanaian releases write it): the title is his, the
    # state the aside names his state
    p = one(text)
    assert (p.role, p.country) == expected


def test_his_counterpart_set_off_before_a_name_is_that_names_title():
    # "Prime Minister A, his Kestrian counterpart, B, and C were present": B's, not A's
    found = {p.name: (p.role, p.country) for p in persons(
        "India and Bangladesh signed the deal in Kolkata. Prime Minister Ivo Marek, his Bangladeshi "
        "counterpart, Sheikh Tom Harlan, and Chief Minister Ana Ruiz were present.")}
    assert found["Ivo Marek"] == ("Prime Minister", "IND")
    assert found["Tom Harlan"] == ("Prime Minister", "BGD")


def test_her_minister_set_off_before_a_name_acts_for_her_state():
    # "President A has ordered her foreign minister, B, to denounce the treaty with the United
    # States": B is of A's state, not of the state named after him
    found = {p.name: p.country for p in persons(
        "Honduran President Ana Ruiz has ordered her foreign minister, Ivo Marek, to denounce the "
        "extradition treaty with the United States, following criticism from Ambassador Tom Harlan.")}
    assert found["Ivo Marek"] == "HND"


def test_an_apposition_after_the_name_beats_a_plural_office_before_its_comma():
    text = ("A draft will be put on Thursday to foreign ministers, Ivo Marek, the League's deputy "
            "secretary general, told reporters.")
    assert one(text).role == "Deputy Secretary General"


def test_an_office_set_off_at_a_later_mention_replaces_a_style():
    # "Sheikh A bin B ... Sheikh A, the foreign minister of Qatar,": the office, not the style
    text = ("Speaking with the delegation, Sheikh Tamar bin Rashid Al-Kestri made the announcement.\n\n"
            "Later, Sheikh Tamar, the foreign minister of Qatar, said the talks went well.")
    p = one(text)
    assert (p.name, p.role, p.country) == ("Tamar bin Rashid Al-Kestri", "Foreign Minister", "QAT")


def test_a_name_after_bin_is_the_father_not_the_same_person():
    found = {p.name: p.role for p in persons(
        "The envoys met King Tamar II, Crown Prince Idris bin Tamar II and Prince Faris bin Idris.")}
    assert found == {"Tamar II": "King", "Idris bin Tamar II": "Crown Prince", "Faris bin Idris": "Prince"}


def test_patronymic_name_is_known_by_its_first_word():
    found = persons("Tamar bin Rashid, the Emir of Qatar, died. Before Tamar's burial, crowds gathered.")
    assert [(p.name, len(p.mentions)) for p in found] == [("Tamar bin Rashid", 2)]


@pytest.mark.parametrize("text, name, role, country", [
    # a family name that is also a state or a capital, after a known given name
    ("Kevin Holland of the Irish Revenue Office said so. Holland added nothing.", "Kevin Holland", None, "IRL"),
    ("The suspect, named as Rajesh Amman, 31, was arrested. Amman had fled.", "Rajesh Amman", None, None),
    # a title opening a paragraph
    ("The vote was close.\n\n\nSenator Mira Olvard spoke later.", "Mira Olvard", "Senator", None),
    # an honorific between an apposed title and the name
    ("Finland's health agency's director, Dr. Aino Peltari, said it.", "Aino Peltari", "Director", "FIN"),
    # a lower-case office with a lower-case of-phrase before the name
    ("Later, speaker of the assembly Dario Fensk spoke.", "Dario Fensk", "Speaker of the Assembly", None),
    ("Officials including vice president of trade and industry Lena Morov fell ill.", "Lena Morov",
     "Vice President of Trade and Industry", None),
    # apposition: an adverb before the article, a state after "in", an age before the demonym
    ("Mark Ovden, formerly the director of the port authority, spoke.", "Mark Ovden",
     "Director of the Port Authority", None),
    ("The court sided with Ilse Varnhof, a politician in Denmark, on Monday.", "Ilse Varnhof", "politician", "DNK"),
    ("The charity named its boat after Omar Halid, a four-year-old Iraqi boy who died.", "Omar Halid", None, "IRQ"),
    # a country in an apposition after a title that gave none
    ("Colonel Tomas Vrenk, spokesman for the Czech army, said it.", "Tomas Vrenk", "spokesman", "CZE"),
    # "X from <state>"
    ("Its owner was Lee Dong Han from South Korea, officials said.", "Lee Dong Han", None, "KOR"),
    # occupations and whips before the name
    ("Police held ophthalmologist Chen Weiming for a week.", "Chen Weiming", "ophthalmologist", None),
    ("House Majority Whip Rob Tenner objected.", "Rob Tenner", "House Majority Whip", None),
    # a demonym before a possessive noun before the title
    ("The Kenyan team's coach, Omari Wekesa, was proud.", "Omari Wekesa", "coach", "KEN"),
    # a territory's office gives its state
    ("Chief Executive of Hong Kong Wong Siu-ming spoke.", "Wong Siu-ming", "Chief Executive of Hong Kong", "CHN"),
    # an academic affiliation: no state from the article's main state
    ("Peru and Peru again. Ana Quispe of the University of Lima said so.", "Ana Quispe", None, None),
    ("Peru and Peru again. Ana Quispe of Reuters said so.", "Ana Quispe", None, None),
    # evidence: "X from the ... said", ", the son of Y"
    ("Lorna Vey from the opposition bloc said it was wrong.", "Lorna Vey", None, None),
    ("He named Dalton Pryce, the son of Harlan Pryce, as heir.", "Dalton Pryce", None, None),
])
def test_unseen_proxy_rules(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found.get(name) == (role, country), found


@pytest.mark.parametrize("text, absent", [
    ("The rescue ship MV Professor Hanna Kolb left port.", "Hanna Kolb"),
    ("The speaker of the Lok Sabha met a senior member of the Rajya Sabha on Monday.", "Rajya Sabha"),
])
def test_unseen_proxy_non_persons(text, absent):
    assert absent not in {p.name for p in persons(text)}


# --------------------------------------------------------------------------- speed shortcuts
# The shortcuts that make person extraction fast must give what the plain forms give.

_SHORTCUT_TEXTS = [
    "Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe in Moscow.",
    "Labour MP (Member of Parliament) Anna Berg said, the minister for trade and industry, Jan Kovar, agreed.",
    "Yesterday the Minister for the Settlement of the Russian Arctic Pavel Ostrovin and Peru's "
    "president, Luis Arandia, met \"(U.S.)\" envoy Tom Hadley — then-prime-minister Ivo Zak.",
]


@pytest.mark.parametrize("text", _SHORTCUT_TEXTS)
def test_words_before_short_window_is_the_tail_of_the_long_one(text):
    from analysis.extract.persons import _words_before
    for start in range(len(text) + 1):
        full = _words_before(text, start)
        short = _words_before(text, start, 3)
        assert full[len(full) - len(short):] == short
        plain = text[max(0, start - 100):start].split()      # the unshortened window
        if start > 100 and not text[start - 101].isspace():
            plain = plain[1:]
        assert [w for w, _, _ in short] == [w for raw in plain[-3:] for w in
                                            [p for p, _, _ in sorted(_pieces(raw), key=lambda t: t[1])]]


def _pieces(raw):
    from analysis.extract.persons import _word_pieces
    return _word_pieces(raw)


@pytest.mark.parametrize("text", _SHORTCUT_TEXTS)
def test_settled_title_search_on_three_words_agrees_with_twelve(text):
    from analysis.extract.persons import _title_head, _words_before
    for start in range(1, len(text) + 1):
        short = _words_before(text, start, 3)
        if not short:
            continue
        _, head, settled = _title_head(short)
        if head is None and settled:
            assert _title_head(_words_before(text, start))[1] is None


@pytest.mark.parametrize("text", _SHORTCUT_TEXTS)
def test_name_words_memo_matches_a_fresh_split(text):
    from analysis.extract import persons as P
    from analysis.extract.names import runs
    a = Article(id="t", text=text, sentences=tuple(split_sentences(text)))
    countries = extract_countries(a)
    ctx = P._Ctx(a, countries)
    for r_start, _, r_text in runs(text):
        if " " not in r_text:
            continue
        memo = P._name_words(ctx, r_start, r_text)
        mask = 0
        bit = 1
        for seg in P._run_segments(r_text):
            for _, s, e in seg:
                if ctx.in_org(r_start + s, r_start + e) is not None or ctx.in_country(r_start + s, r_start + e):
                    mask |= bit
                bit <<= 1
        P._NAME_SEGMENTS.pop((r_text, mask), None)
        assert P._name_segments(r_text, mask) == memo


@pytest.mark.parametrize("text, name, role, country", [
    # a party adjective or "sitting" before the office in an apposition is no part of it
    ("Ana Lopez, the Republican Speaker of the House, postponed the vote.", "Ana Lopez", "Speaker of the House", None),
    ("Tom Reed, the Republican Senate Majority Leader, objected.", "Tom Reed", "Senate Majority Leader", None),
    ("Mary Hale, a sitting Peruvian senator from Cusco, spoke.", "Mary Hale", "Senator", "PER"),
    # a place or employer after the office ("from", "at") and a participle clause keep the role;
    # a state's agency after "at" gives its state
    ("The paper quoted Lena Vasquez, formerly a deputy administrator at NASA, as saying so.",
     "Lena Vasquez", "Deputy Administrator", "USA"),
    ("Marta Greer, a Vancouver lawyer representing the family, spoke.", "Marta Greer", "lawyer", "CAN"),
    # offices of legislatures and campaigns
    ("Newly elected Assemblywoman Selena Torres spoke.", "Selena Torres", "Assemblywoman", None),
    ("Dan Koval, the party's presumptive nominee for President, spoke.", "Dan Koval",
     "Presumptive nominee for President", None),
    # occupations of the arts before a name
    ("Payments went to porn actress Stormy Daniels last year.", "Stormy Daniels", "actress", None),
    # an office before an of-phrase and the name; "then-" is no part of the office
    ("In 2011, then-governor of Montana Rick Dalberg was chosen.", "Rick Dalberg", "Governor of Montana", "USA"),
    # a territory before the title gives the state its officials act for
    ("Hong Kong Chief Executive Winnie Tsang, supported by the Chinese government, stepped down.",
     "Winnie Tsang", "Chief Executive", "CHN"),
    # the last word of a body is no title: the office before the body is
    ("An American Samoan delegate to the US House of Representatives, Lemalu Faleolo, spoke.",
     "Lemalu Faleolo", "Delegate to the US House of Representatives", "USA"),
    # a Korean family name that is also a word, before a hyphenated given name
    ("Park Jae-hyun, the mayor of Seoul, South Korea, resigned on Monday.", "Park Jae-hyun", "Mayor", "KOR"),
])
def test_unseen_proxy_rules_2(text, name, role, country):
    p = one(text)
    assert (p.name, p.role, p.country) == (name, role, country)


@pytest.mark.parametrize("text, expected", [
    # a lower-case plural title before a list gives every name of the list the office
    ("They met officers Antoine Quirin, Paul Smith and Nicolas Redouane at a pub.",
     [("Antoine Quirin", "officer"), ("Paul Smith", "officer"), ("Nicolas Redouane", "officer")]),
    # a counted plural office spelt out by the list that ends the sentence
    ("Just two presidents were ever removed: Alma Reyes and Tomas Ferro.",
     [("Alma Reyes", "President"), ("Tomas Ferro", "President")]),
    # a plural title in apposition to a list of names gives each name the office
    ("Only two other governors, Ilse Marwick and Peter Dunstan, were ever recalled.",
     [("Ilse Marwick", "Governor"), ("Peter Dunstan", "Governor")]),
    ("The union's three secretaries, Anna Kellby, Tom Rasp and Lee Orwin, stepped down.",
     [("Anna Kellby", "Secretary"), ("Tom Rasp", "Secretary"), ("Lee Orwin", "Secretary")]),
    # a plural in -ies before the names: "deputies" -> "Deputy"
    ("Deputies Marta Oleski and Ivan Pruss walked out of the chamber.",
     [("Marta Oleski", "Deputy"), ("Ivan Pruss", "Deputy")]),
    # a plural title after a comma is no title of the name that follows
    ("Mary Quill earned 12 delegates, John Brandt earned 9.", [("Mary Quill", None), ("John Brandt", None)]),
    # names listed with a person are persons too
    ("Three residents, Sefo Laulu, Tavita Laulu, and John Aumoana, sued.",
     [("Sefo Laulu", None), ("Tavita Laulu", None), ("John Aumoana", None)]),
    # a single family name after "<person noun> named"
    ("A university student named Wong told us it was over.", [("Wong", "university student")]),
    # but a band before a title and a book title after "the" are no persons
    ("Guests included designer Lola Finch and Velvet Harbor drummer Ollie Stenn.",
     [("Lola Finch", "designer"), ("Ollie Stenn", "drummer")]),
])
def test_unseen_proxy_lists(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


def _titled(text: str, title: str):
    a = Article(id="t", title=title, text=text, sentences=tuple(split_sentences(text)))
    countries = extract_countries(a)
    return extract_persons(a, countries, extract_organizations(a, countries))


@pytest.mark.parametrize("text, name, role, country", [
    # occupations of the arts and media, witnesses and owners are titles
    ("The statue was made by Italian artist Marco Bellini in 2016.", "Marco Bellini", "artist", "ITA"),
    ("According to eyewitness Dana Ruiz, the truck exploded.", "Dana Ruiz", "eyewitness", None),
    ("A bomb killed Kuwaiti photojournalist Omar Haddad in the market.", "Omar Haddad", "photojournalist", "KWT"),
    # emergency-service words qualify the office after them
    ("The search is over, Deputy Emergency Situations Minister Pavel Ostrovin told reporters.",
     "Pavel Ostrovin", "Deputy Emergency Situations Minister", None),
    ("Tomas Kubik, a fire service spokesman, told reporters.", "Tomas Kubik", "fire service spokesman", None),
    # a clerical style between the office and the name is no office
    ("It was criticised by archbishop Monsignor Jorge Marin of Lima.", "Jorge Marin", "Archbishop", None),
    # an honorific without a period after the apposed office
    ("The director of the Lima Port Authority, Dr Jorge Marin, objected.", "Jorge Marin",
     "Director of the Lima Port Authority", None),
    # a state's name inside a hyphenated "then-" title
    ("She was honoured by then-U.S.-president Harold Benning.", "Harold Benning", "President", "USA"),
    # the office someone resigned from
    ("On Friday, Maria Lopez resigned as the governor of the island.", "Maria Lopez", "Governor", None),
    # of two coordinated descriptions the first is the title
    ("Additionally, businessman and city loyalist Stephen Marlow said it.", "Stephen Marlow", "businessman", None),
    # a retired nurse is a nurse
    ("Gwen Tallis, a retired nurse, said she waited for hours.", "Gwen Tallis", "nurse", None),
    # the portfolio word after "Minister of" is no part of a name the given names do not know
    ("The car was parked there, stated Minister of Information Rashad al-Qudsi, on Monday.",
     "Rashad al-Qudsi", "Minister of Information", None),
])
def test_fresh_proxy_q8_roles(text, name, role, country):
    p = one(text)
    assert (p.name, p.role, p.country) == (name, role, country)


@pytest.mark.parametrize("text, name, country", [
    # a demonym noun apposed before the name, and a nationality stated as a predicate
    ("An Australian, Brent Tarkin, aged 28, appeared in court in Auckland, New Zealand.", "Brent Tarkin", "AUS"),
    ("Hatice Cengel flew to Riyadh. Hatice Cengel is a Turkish national living in Saudi Arabia.",
     "Hatice Cengel", "TUR"),
    # a professor and the staff of a broadcaster named in a possessive act for no state
    ("Professor Greg Barton of Monash said Japan and Japan again were wrong.", "Greg Barton", None),
    ("BBC's Jonathan Marcus said Japan had been warned by Japan.", "Jonathan Marcus", None),
])
def test_fresh_proxy_q8_countries(text, name, country):
    p = next(p for p in persons(text) if p.name == name)
    assert p.country == country


_TIE = ("France and Canada reacted. Judge Irene Voskuil kept the two suspects in jail. "
        "French and Canadian papers covered it.")
_FOREIGN = ("Mayor Dee Marlo spoke to reporters. Mexican officials said six Mexican citizens died. "
            "Mexico sent its consul. The United States mourned.")


@pytest.mark.parametrize("text, name, title, expected", [
    # no state has a majority: the one the title names first, if it is named most, places the story
    (_TIE, "Irene Voskuil", "Paris court jails two police officers", "FRA"),
    (_TIE, "Irene Voskuil", "Canadian tourist wins case in court", "CAN"),
    (_TIE, "Irene Voskuil", "Court case ends", None),
    # a place the title sets the story in (a region, city or "in <state>") beats a body majority of foreigners
    (_FOREIGN, "Dee Marlo", "Gunman opens fire in El Paso, Texas superstore", "USA"),
    (_FOREIGN, "Dee Marlo", "Fire at a warehouse in the United States", "USA"),
    (_FOREIGN, "Dee Marlo", "Mexico protests after shooting", "MEX"),
    # a meeting's venue in the title is no setting: the body majority decides
    (_FOREIGN, "Dee Marlo", "Envoys to meet in El Paso, Texas next week", "MEX"),
])
def test_title_sets_the_story_state(text, name, title, expected):
    p = next(p for p in _titled(text, title) if p.name == name)
    assert p.country == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised plural office before a list gives each name of the list the office
    ("Two Democratic Representatives, Collin Peters and Jeff Van Dorn, opposed it.",
     [("Collin Peters", "Representative"), ("Jeff Van Dorn", "Representative")]),
    # the first family name of a Spanish double surname alone is the same person
    ("Ricardo Rosales Nevares resigned. The exiting governor Rosales appointed him.",
     [("Ricardo Rosales Nevares", "Governor")]),
])
def test_fresh_proxy_q8_lists(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


def test_name_after_a_possessive_in_an_of_phrase_is_no_titled_person():
    # "the head chef of Chicago's Vitelli Rossi": a restaurant, not a chef named Vitelli Rossi
    found = persons("Luca Bernardini, the head chef of Chicago's Vitelli Rossi, was found dead.")
    assert [p.name for p in found] == ["Luca Bernardini"]


def test_office_after_for_is_not_the_next_names_title():
    # "for president and podcaster A Bcd": "president" is the previous person's candidacy
    found = persons("They nominated lawyer Mira Dalton for president and podcaster Rex Aldo for vice president.")
    assert ("Mira Dalton", "lawyer") in [(p.name, p.role) for p in found]
    assert all(p.role != "President" for p in found)


@pytest.mark.parametrize("text, name, role, country", [
    # a pre-name title may hold "from <place>" before the name
    ("Last week, United States Senator from Oregon Ruth Calloway ended her campaign.", "Ruth Calloway",
     "Senator from Oregon", "USA"),
    ("The Ambassador from France Jean Dupuis arrived.", "Jean Dupuis", "Ambassador from France", "FRA"),
    # an apposition: kin, then "and" and an office: the office
    ("Owen Hartwell Obi, her husband and the current chairman of the Ohio Republican Party, spoke.",
     "Owen Hartwell Obi", "Chairman of the Ohio Republican Party", "USA"),
    # "another lawyer" is a lawyer; "with ..." ends the apposition
    ("Sophie Obardia, another lawyer for the victim, spoke in Paris, France, after Judge Anne Morel ruled.", "Sophie Obardia",
     "lawyer for the victim", "FRA"),
    ("Nikoloz Basilasvili, a Georgian tennis player with a ranking of 27, was arrested.", "Nikoloz Basilasvili",
     "tennis player", "GEO"),
    # an academic style before the name gives way to the office in the apposition
    ("Professor Jean Mubenga, Director General of the Congo's health institute, spoke.", "Jean Mubenga",
     "Director General", "COD"),
    # a broadcaster is media staff: no state, even in a story about one
    ("Broadcaster Piers Morrow praised the men. Britain mourned. British police said London was safe.",
     "Piers Morrow", "Broadcaster", None),
    # sportsmen, cosmonauts and lobbyists are occupations
    ("Moscow announced the passing of cosmonaut Yuri Belkin.", "Yuri Belkin", "cosmonaut", "RUS"),
    ("Former Washington lobbyist Jack Abramov was pardoned.", "Jack Abramov", "lobbyist", None),
])
def test_titles_give_role_and_country(text, name, role, country):
    p = next(p for p in persons(text) if p.name == name)
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, name, role, country", [
    # after a lower-case "of" that ends no title, an unknown first word stays in the name
    ("Saudi Arabia's Foreign Ministry backed the government of Abdrabbo Mansur Hadiq, who said so.",
     "Abdrabbo Mansur Hadiq", None, "SAU"),
    ("He met the minister of Information Sergei Ivanovich Petrovsky.", "Sergei Ivanovich Petrovsky",
     "Minister of Information", None),
    # a state that opens an organisation's name after the person is the person's state
    ("Director Helen Strand of the United States Geological Survey "
     "spoke. Flooding across the Democratic Republic of the Congo continued. Congo's ministry said so.",
     "Helen Strand", "Director", "USA"),
])
def test_full_name_after_of_and_state_opening_an_org_name(text, name, role, country):
    p = next(p for p in persons(text) if p.name == name)
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, name", [
    # common given names that are also rare English words open a name
    ("Bob Lazarov was reputedly responsible for the folklore.", "Bob Lazarov"),
    ("Pedro Pierlisi was sworn in on Friday.", "Pedro Pierlisi"),
    ("Mick Jaggerson of the band reacted on Twitter.", "Mick Jaggerson"),
    # an unknown name followed by ", his ex-wife" / ", her late brother" is a person
    ("The arrest came after he assaulted Neka Dorokava, his ex-wife.", "Neka Dorokava"),
    ("Police found Zorba Kantarakis, her late brother, at home.", "Zorba Kantarakis"),
])
def test_names_found_by_given_name_or_kin(text, name):
    assert name in [p.name for p in persons(text)]


@pytest.mark.parametrize("text, name, role", [
    # a plural office before "of" and a list of names gives each the singular office
    ("Members of the European Parliament Anna Kessel and John Lindahl objected.", "John Lindahl",
     "Member of the European Parliament"),
    # a title between a body's name and a person stays the person's
    ("Britain's House of Commons Speaker John Berkow said no.", "John Berkow", "Speaker"),
    # a capitalised office with a lower-case of-phrase before a bracketed acronym is the role
    ("The bill passed.\n\nMember of parliament (MP) Kevin Conolan said it was a sad day.", "Kevin Conolan",
     "Member of parliament"),
    # "a <title> named A Bcd": the title before "named" is the role
    ("Police came. A university student named Tom Wanger said, \"We stay.\"", "Tom Wanger", "university student"),
])
def test_role_of_a_listed_or_introduced_person(text, name, role):
    assert next(p for p in persons(text) if p.name == name).role == role


@pytest.mark.parametrize("text, name, role, country", [
    # staff of an international body act for no state, titled or not, whatever the story's state
    ("Ebola spread in Congo. Mika Ryanson of the World Health Organization said it was bad. Congo's army helped.",
     "Mika Ryanson", None, None),
    ("Ebola spread in Congo. Spokesman Tarik Jasarovic of the World Health Organization said it was bad.",
     "Tarik Jasarovic", "Spokesman", None),
    # a staff member of a newspaper named with a capitalised "The" acts for no state
    ("Khan was freed in Britain. Lucia Fisherman of The Times told NPR about Britain.", "Lucia Fisherman", None, None),
    # two offices joined by "and" in a later apposition of a short mention are one role
    ("Trump pardoned Ariel Fried. Fried, formerly the chairman and managing director of Symplex Corporation, "
     "pled guilty.", "Ariel Fried", "Chairman and managing director of Symplex Corporation", None),
    # "sworn in" with a time between it and "as", and an owner before the office
    ("The Senate met on Friday. Pedro Almonte was sworn in at 9 a.m. local time (1300 GMT) as Puerto Rico's new governor.",
     "Pedro Almonte", "Governor", "USA"),
])
def test_international_staff_and_far_roles(text, name, role, country):
    p = next(p for p in persons(text) if p.name == name)
    assert (p.role, p.country) == (role, country)


def test_one_word_name_after_named_takes_the_title():
    # a one-word name after "a <title> named" takes the title as its role
    p = next(p for p in persons('Protesters marched. A university student named Wangu said, "We stay."') if p.name == "Wangu")
    assert p.role == "university student"


@pytest.mark.parametrize("text", [
    # an event after an occupation title is no person
    "The third International Student Olympiad in Cardiology opened in Kazan, Russia.",
])
def test_event_named_after_students_is_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name, role", [
    # an apposition opened by "then the" gives the office held then
    ("Talks began with Pedro Alvarado, then the foreign minister of Peru, in Lima.", "Pedro Alvarado", "Foreign Minister"),
    ("Talks began with Pedro Alvarado, then the team left Peru.", "Pedro Alvarado", None),
    # an entrepreneur is an occupation in an apposition
    ("Three candidates withdrew: Andrew Yanger, an entrepreneur, and others.", "Andrew Yanger", "entrepreneur"),
    # an occupation noun before the name is the role the story gives
    ("French inventor Paul Marchand crossed the Channel on Sunday.", "Paul Marchand", "inventor"),
    ("Cable news commentator Rita Osei called the debate a mess.", "Rita Osei", "news commentator"),
    # a first lady is an office
    ("First Lady Maria Okonjo opened the hospital on Monday.", "Maria Okonjo", "First Lady"),
    # a lower-case office with an of-phrase, then a comma, before the name
    ("The new governor of the province, Pavel Sorokin, presented the budget.", "Pavel Sorokin", "Governor"),
    # ... whose body is a name and lower-case nouns ("observer" there names the body, no role)
    ("The head of the Kestrel observer mission, Rita Osei, said the vote was calm.", "Rita Osei", "Head"),
    ("The chief of the UN long-term election mission, Rita Osei, said so.", "Rita Osei", "Chief"),
    # a Chinese office by its US spelling, lower case in an apposition
    ("Li Wenbo, state councilor and head of the Narcotics Board, spoke.", "Li Wenbo",
     "State councilor and head of the Narcotics Board"),
    # a clause after the name and age is no apposition ("became king" is no role "Became King")
    ("After the vote, Rita Osei, 63, became chair on Friday.", "Rita Osei", None),
    # an apposition ends at the end of its paragraph (an attribution line) and before a second
    # title after "and the" (not after a relation: "his wife and the chairwoman of ...")
    ("They want more pressure.\n\n— Sami Khiyari, Syrian ambassador to UK\n\nThe talks go on.",
     "Sami Khiyari", "Ambassador to UK"),
    ("Christopher R. Hale, the Assistant Secretary of State for East Asian and Pacific Affairs and the US "
     "negotiator in the six-party talks, believes it.", "Christopher R. Hale",
     "Assistant Secretary of State for East Asian and Pacific Affairs"),
    ("In a statement, Owen Hartwell, her husband and the current chairman of the Ohio Republican Party, "
     "said so.", "Owen Hartwell", "Chairman of the Ohio Republican Party"),
    # a title ending the paragraph before is no title of a name opening the next
    ("They want more pressure.\n\n— Sami Khiyari, Syrian ambassador to UK\n\nChristopher Hale said it.",
     "Christopher Hale", None),
    # ... also before an honorific
    ("The head of the hospital, Dr Seemi Jamal, said that they had transfused blood.", "Seemi Jamal", "Head"),
    ("He thanked the staff of the hospital, Dr Seemi Jamal said.", "Seemi Jamal", None),
    # a common misspelling of a title word is read, and the role given spelt right
    ("Peace is out, according to Uri Rosenthal, foreign minster of the Netherlands, for now.", "Uri Rosenthal",
     "Foreign Minister"),
    ("Prime Minster Recep Tayfun said it was measured.", "Recep Tayfun", "Prime Minister"),
    # the office held "in his sixth term as"
    ("Robert Magabe, now in his sixth term as President, arrived.", "Robert Magabe", "President"),
    ("John Smithers, in his second year as mayor of Leeds, arrived.", "John Smithers", "Mayor of Leeds"),
    # an apposition the writer did not close before the verb
    ("Rehman Malak, Pakistan's Interior Minister was quoted as saying so.", "Rehman Malak", "Interior Minister"),
    ("Police said that Sharfuddin Memon, the head of the Citizens' Liaison Committee had speculated so.",
     "Sharfuddin Memon", "Head of the Citizens' Liaison Committee"),
    ("Ellen Laipsen, the other ex-CIA official also stated that it was over.", "Ellen Laipsen", "official"),
    # an adverb and a participle before the title in an apposition qualify it ("a privately
    # contracted interrogator"); the title is the role
    ("It quoted Micah Brosen, a privately contracted interrogator working for the army, as saying so.",
     "Micah Brosen", "interrogator"),
    ("It quoted Micah Brosen, a highly respected lawyer, as saying so.", "Micah Brosen", "lawyer"),
    # occupations of war and crime reports
    ("Security contractor Danny Fitzpatrick gave evidence today.", "Danny Fitzpatrick", "Security contractor"),
    ("The chief mediator, Kofi Amoah, left Nairobi on Sunday.", "Kofi Amoah", "chief mediator"),
    # ... or a place phrase ("near", "in", "at")
    ("The local mayor near the Pontville detention centre, Tony Fostre, said it had helped.", "Tony Fostre", "Local Mayor"),
    ("The governor in the Kuril region, Pavel Sorokin, spoke about the budget.", "Pavel Sorokin", "Governor"),
    ("The protesters in the Pontville square, Tony Fostre, said it had helped.", "Tony Fostre", None),
    # ... but not an office governed by a preposition in a fronted clause
    ("After talks with the head of the delegation, Pavel Sorokin said the plan failed.", "Pavel Sorokin", None),
    # an attendee is no occupation
    ("Speaking to Reuters, an attendee Ravi Menon said the event went well.", "Ravi Menon", None),
    # occupations that are common family names end no name
    ("Paul Farmer said the clinic would reopen next week.", "Paul Farmer", None),
    ("Actor Minnie Driver said the film would open next week.", "Minnie Driver", "Actor"),
    # a title or occupation word right after a given name, ending the name, is the family name
    ("Hedge fund manager Paul Singer bought the bonds in 2001.", "Paul Singer", "fund manager"),
    ("Lucia Fisherman said the boats stayed in port.", "Lucia Fisherman", None),
    ("Tom Judge, a lawyer for the family, spoke to reporters.", "Tom Judge", "lawyer for the family"),
    ("Kate Bishop won the regional chess final on Sunday.", "Kate Bishop", None),
    ("Police said the truck was driven by Mary Driver of Ohio.", "Mary Driver", None),
    # ... also before a generational suffix
    ("Civil rights leader Martin Luther King Jr. was killed in 1968.", "Martin Luther King Jr", "Civil rights leader"),
    ("Paul Singer Jr. bought the bonds in 2001.", "Paul Singer Jr", None),
    # "lead" qualifies an occupation in an apposition
    ("The data were compared by Lena Ortiz, the lead author, in March.", "Lena Ortiz", "lead author"),
    # occupations of the arts pages
    ("Special effects costumer Ian Campbell made the suits.", "Ian Campbell", "costumer"),
])
def test_appositions_occupations_office_phrases_and_title_family_names(text, name, role):
    assert next(p for p in persons(text) if p.name == name).role == role


@pytest.mark.parametrize("text", [
    # a name with a generational suffix before "Day" or "Award" names a holiday or prize
    "They campaigned for Harold Benton Jr. Day to become a state holiday.",
    "She won the Robert F. Kennedy Jr. Award in 2010.",
])
def test_suffixed_names_of_holidays_and_prizes_are_no_persons(text):
    assert persons(text) == []


@pytest.mark.parametrize("text", [
    # ... but a title before a comma and a name is the office of that name
    "The decision was announced by Virginia Governor, Ralph Northam.",
])
def test_title_before_comma_is_no_family_name(text):
    assert [p.name for p in persons(text)] == ["Ralph Northam"]


@pytest.mark.parametrize("text, name", [
    # a nickname in marks inside a name leaves the name whole
    ('Police sergeant Tamati "Tom" Herewini was injured at the depot on Sunday.', "Tamati Herewini"),
    ('She married the agent Pasquale "Pat" Di Cicco in 1941.', "Pasquale Di Cicco"),
])
def test_nickname_inside_a_name(text, name):
    assert name in [p.name for p in persons(text)]


@pytest.mark.parametrize("text, name, role", [
    # a plural title before "such as" / "including" gives each listed name its singular
    ("Political commentators such as Ann Ferris and Tom Walsh called the speech flat.", "Tom Walsh",
     "Political commentator"),
    ("The label signed musicians such as Joan Avery, Lou Reddick and Sam Boyle.", "Joan Avery", "musician"),
    ("Three former presidents including Anna Kovacs attended the funeral.", "Anna Kovacs", "Former President"),
    # ... but a title standing at the name itself is that person's role
    ("He toured with singers such as Joan Avery and Lou Reddick. Folk guitarist Lou Reddick left in May.",
     "Lou Reddick", "guitarist"),
    # a lower-case office whose phrase names its body before a comma and the name
    ("The general secretary of the GMB union, Kath Ellery, called the offer poor.", "Kath Ellery",
     "General Secretary"),
    ("Supporters cheered, while the finance director for the Kerr campaign, Tim Orla, claimed victory.",
     "Tim Orla", "Finance Director"),
    # an adjective opening an apposed noun phrase qualifies the title, it is no clause
    ("He is the brother of Ivan Petrak, a likely presidential candidate who left the country in May.", "Ivan Petrak",
     "presidential candidate"),
])
def test_such_as_lists_named_bodies_and_apposed_adjectives(text, name, role):
    assert next(p for p in persons(text) if p.name == name).role == role


@pytest.mark.parametrize("text, name", [
    # a plural that is no title lists no role; a governed office phrase is no apposition
    ("Friends such as Joan Avery and Lou Reddick came to the funeral.", "Joan Avery"),
    ("He spoke with the head of the Kerr delegation, Tim Orla said.", "Tim Orla"),
    ("Ann Ferris, a man who became president later, spoke.", "Ann Ferris"),
])
def test_such_as_lists_named_bodies_and_apposed_adjectives_no_role(text, name):
    assert next(p for p in persons(text) if p.name == name).role is None


@pytest.mark.parametrize("text, name, country", [
    # a region or city before the title, or leading the apposition, gives its state
    ("Storms hit the Bahamas. South Carolina Governor Hal Ames declared an emergency.", "Hal Ames", "USA"),
    ("The trial was in France. Ada Ruel, a Toronto lawyer for the victim, spoke.", "Ada Ruel", "CAN"),
    ("Ohio senator Dan Kolb voted against it in Russia.", "Dan Kolb", "USA"),
    ("China and Peru signed it. B.C. Premier Dan Kolb praised the deal.", "Dan Kolb", "CAN"),
    # a capital before a modified office ("Governing Mayor") is its state's
    ("Kyiv and Berlin signed it. Berlin Governing Mayor Dan Kolb hailed the Ukrainian mayor.", "Dan Kolb", "DEU"),
    # a state before one adjective and an occupation still gives the state
    ("US theoretical astrophysicist Dan Sperl praised him in London.", "Dan Sperl", "USA"),
    ("Police in Iran said a Pakistani journalism student Omar Qadri was held.", "Omar Qadri", "PAK"),
    # "of" a research centre, foundation or university: no state, whatever the story's state
    ("Mexico counts the butterflies. Ecologist Tim Vale of the University of Kansas said so.", "Tim Vale", None),
    ("Mexico counts the butterflies. Ann Fry of the Center for Rural Studies said so.", "Ann Fry", None),
    # but a state body's director keeps the state
    ("Mexico said so. Director Al Fenn of the United States Forest Service agreed.", "Al Fenn", "USA"),
])
def test_region_titles_and_nonstate_affiliations(text, name, country):
    assert next(p for p in persons(text) if p.name == name).country == country


@pytest.mark.parametrize("text, name, country", [
    # the office-holder gazetteer covers heads of state and government, ministers and
    # heads of international bodies beyond the great powers
    ("Mette Frederiksen spoke to reporters on Monday.", "Mette Frederiksen", "DNK"),
    ("Nayib Bukele promised a new prison.", "Nayib Bukele", "SLV"),
    ("Kais Saied dismissed the cabinet.", "Kais Saied", "TUN"),
    ("Hakainde Hichilema opened the new bridge.", "Hakainde Hichilema", "ZMB"),
    ("Sebastian Kurz resigned on Saturday.", "Sebastian Kurz", "AUT"),
    # a spelling variant of the given name still names the holder ("Andrey" / "Andrii")
    ("Andrey Sybiha met the delegation.", "Andrey Sybiha", "UKR"),
    # another given name with the same family name is someone else
    ("Anna Kurz said the school would reopen.", "Anna Kurz", None),
    ("Peter Bukele said the school would reopen.", "Peter Bukele", None),
    ("Anna Macron said the school would reopen.", "Anna Macron", None),
    # heads of international bodies act for no state
    ("Ngozi Okonjo-Iweala warned of a trade war.", "Ngozi Okonjo-Iweala", None),
    # a holder of two offices takes the state of the later one
    ("Donald Tusk said the border would stay open.", "Donald Tusk", "POL"),
])
def test_office_holder_gazetteer(text, name, country):
    p = one(text)
    assert (p.name, p.country) == (name, country)


@pytest.mark.parametrize("text", [
    # a family name too common to stand for one office holder alone
    "Ahmed told reporters the talks were over.",
    "Santos told reporters the talks were over.",
])
def test_common_family_name_takes_no_holder_state(text):
    assert all(p.country is None for p in persons(text))


@pytest.mark.parametrize("text, name", [
    ("Afterwards Trump said the talks had gone well.", "Trump"),
    ("Afterward Vladimir Putin met the envoy in Sochi.", "Vladimir Putin"),
    ("Thereafter Emmanuel Macron spoke to reporters.", "Emmanuel Macron"),
    ("Subsequently Narendra Modi left for Delhi.", "Narendra Modi"),
])
def test_an_opening_sentence_adverb_is_not_part_of_the_name(text, name):
    assert [p.name for p in persons(text)] == [name]


@pytest.mark.parametrize("text, names", [
    ("Hurricane Dorian struck the Bahamas on Sunday, officials said.", []),
    ("Typhoon Phanfone hit the central Philippines on Christmas Day.", []),
    ("The code is released under the GNU General Public License.", []),
    ("The Shoshone Tribe welcomed the herd to the reservation.", []),
    ("The NHC's Hurricane Delphine Intermediate Advisory Number 14B was released early.", []),
    ("Voter Kitty Mak said she had waited an hour to vote.", ["Kitty Mak"]),
    ("Passenger Tom Hill was unhurt when the bus overturned.", ["Tom Hill"]),
    ("Lead Paul Min-Jun Kwon talked about the show.", ["Paul Min-Jun Kwon"]),
    ("Co-star Jean Yoon talked about the series.", ["Jean Yoon"]),
    ("He wrestled for years as a member of the Wyatt Family stable.", []),
    ("The boat belonged to Worldwide Diving Adventures of Santa Barbara.", []),
    ("The Bernie and Sid Show replaced the old morning programme.", []),
])
def test_storms_documents_peoples_and_bystander_nouns_are_not_names(text, names):
    assert [p.name for p in persons(text)] == names


def test_an_office_of_the_form_director_of_x_y_keeps_its_last_word():
    p = one("Director of National Intelligence Mara Collingwood said the claim was untrue.")
    assert (p.name, p.role) == ("Mara Collingwood", "Director of National Intelligence")


@pytest.mark.parametrize("text, role", [
    ("Postmaster General Louis DeJoy testified on Friday.", "Postmaster General"),
    ("Solicitor General Jose Calida filed the petition.", "Solicitor General"),
    ("Tehran Prosecutor General Ali Alqasi-Mehr issued the warrant.", "Prosecutor General"),
    ("Comptroller General Gene Dodaro testified before the committee.", "Comptroller General"),
    ("Karen Hogan, the auditor general, criticised the program.", "Auditor General"),
    ("Governor General Julie Payette dissolved parliament.", "Governor General"),
])
def test_offices_ending_in_general_keep_their_first_word(text, role):
    assert one(text).role == role


@pytest.mark.parametrize("text, name", [
    ("Prosecutor Elin Harrow QC told the jury the men had lied.", "Elin Harrow"),
    ("Sir Elton John CBE sang at the funeral.", "Elton John"),
])
def test_letters_after_a_name_are_not_part_of_it(text, name):
    assert [p.name for p in persons(text)] == [name]


@pytest.mark.parametrize("text, expected", [
    # a name right before a venue noun is a place or a business, wherever it recurs
    ("Luca Bernardini, head chef of the Vitelli Rossi restaurant, died. Marco Pellegrini, the "
     "general manager of Vitelli Rossi, said so.", ["Luca Bernardini", "Marco Pellegrini"]),
    ("Patients were taken to the Hassan Odhiambo hospital. Staff at Hassan Odhiambo said so.", []),
    # ... also with a noun before the venue noun, and a title opening the shop's name
    ("He owns the King Zorvalot vape store in the town.", []),
    # ... and an area of a city
    ("A hotel in the Karol Nagar area of the capital caught fire.", []),
    # not after a possessive: the place is the person's
    ("Fans visited Tasha Yar's bridge station.", ["Tasha Yar"]),
    # not before a noun that is no venue
    ("Maria Lopez said the hotel was full.", ["Maria Lopez"]),
])
def test_names_before_venue_nouns_are_places(text, expected):
    assert [p.name for p in persons(text)] == expected


@pytest.mark.parametrize("text", [
    "Brian Toller, an Iraq War veteran, is campaigning for the US Senate, and US voters will choose.",
    "Iraq War veteran Brian Toller is campaigning for the US Senate, and US voters will choose.",
])
def test_a_state_naming_a_war_is_not_the_persons(text):
    assert one(text).country == "USA"


@pytest.mark.parametrize("text, names", [
    # a full name without evidence of its own, whose family name alone speaks later
    ('Yesterday, Kiprotich Rotino from Kenya won a race. "We did it as a team," said Rotino.',
     ["Kiprotich Rotino"]),
    ("On Friday Volodoymyr Zhukovskyy was held. Zhukovskyy told the court he was sorry.",
     ["Volodoymyr Zhukovskyy"]),
    # ... but not a capitalised word opening a sentence before the family name
    ('Longtime Imus fans gathered. "He was a legend," Imus said last year.', []),
    # nor without a verb of saying
    ("Yesterday, Kiprotich Rotino from Kenya won a race. Rotino trained in Eldoret.", []),
    # French honorifics are no given names
    ("Emily Spanton, 39, met the officers. Mme Spanton said she was relieved.", ["Emily Spanton"]),
])
def test_a_name_whose_family_name_speaks_is_a_person(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, names", [
    # "by" before an unknown name is evidence after a lower-case word only
    ("He was killed by Ahmad Zia Massoud on Friday.", ["Ahmad Zia Massoud"]),
    ("The book was written by Gorton Fletcher.", ["Gorton Fletcher"]),
    ("The researchers used Zooarchaeology by Mass Spectrometry to test the bones.", []),
])
def test_by_before_a_name(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, names", [
    # a name with a nickname in marks, and the nickname with the family name: one person
    ('Edward Lodewijk "Eddie" Van Halen, the guitarist, died. His son Wolfgang Van Halen confirmed it. '
     'Eddie Van Halen was known for tapping.', ["Edward Lodewijk Van Halen", "Wolfgang Van Halen"]),
    ('Eddie Van Halen was a guitarist. Edward Lodewijk "Eddie" Van Halen died on Tuesday.',
     ["Edward Lodewijk Van Halen"]),
    # the nickname alone, after a title, is the same person
    ('Kestrian President Ivo “Ivvy” Marek met Tom Harlan on Tuesday. Later President Ivvy left for Lima.',
     ["Ivo Marek", "Tom Harlan"]),
])
def test_a_nickname_and_the_family_name_are_the_full_names_person(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, names", [
    # "Christian" opens a name before a family name, and no name before a common noun
    ("German virologist Christian Drosten said so.", ["Christian Drosten"]),
    ("Christian Keysers, a neuroscientist, said so.", ["Christian Keysers"]),
    ("Christian leaders met in Rome.", []),
    # "Jan": a given name before a family name, a month before a number
    ("Jan Egeland, Secretary General of the Norwegian Refugee Council, said so.", ["Jan Egeland"]),
    ("On 5 Jan 2020 the council met in Oslo.", []),
    ("The Christian Democratic Union won.", []),
])
def test_word_like_given_names(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, name, role", [
    # a title's of-phrase of several capitalised words before the name is all the role's
    ("Minister of Foreign Affairs Sergei Lavrov said so.", "Sergei Lavrov", "Minister of Foreign Affairs"),
    ("Russian Deputy Minister of Foreign Affairs Sergei Ryabkov spoke.", "Sergei Ryabkov",
     "Deputy Minister of Foreign Affairs"),
    ("Minister of Higher Education Valery Falkov said so.", "Valery Falkov", "Minister of Higher Education"),
    ("Secretary of Homeland Security Alejandro Mayorkas said so.", "Alejandro Mayorkas",
     "Secretary of Homeland Security"),
])
def test_a_long_of_phrase_before_the_name(text, name, role):
    p = one(text)
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize("text", [
    "The Minister of Foreign Affairs spoke on Monday about the crisis.",
    "The Minister for Foreign Affairs said he was ready.",
    "The Secretary of Homeland Security said the border was closed.",
    "The Minister of Internal Affairs visited the border.",
])
def test_an_office_portfolio_alone_is_no_person(text):
    """The capitalised of-phrase of an office with no name after it is the office's
    portfolio ("Foreign Affairs"), not a person."""
    assert persons(text) == []


@pytest.mark.parametrize("text, name, role", [
    ("Chief of General Staff Valery Gerasimov visited the troops.", "Valery Gerasimov",
     "Chief of General Staff"),
    ("Israeli Chief of the General Staff Herzi Halevi said so.", "Herzi Halevi",
     "Chief of the General Staff"),
    ("Chairman of the Joint Chiefs of Staff Mark Milley said so.", "Mark Milley",
     "Chairman of the Joint Chiefs of Staff"),
    ("Democratic members of the House of Representatives Anna Pyle and Mike Askew dissented.",
     "Anna Pyle", "Member of the House of Representatives"),
])
def test_a_body_ending_an_office_of_phrase_before_the_name(text, name, role):
    """A body named after an office's "of" ("General Staff", whose "General" is also a rank)
    is part of the role, not of the name."""
    found = {p.name: p.role for p in persons(text)}
    assert found.get(name) == role, found


def test_heads_of_international_bodies_act_for_no_state_in_the_holder_gazetteer():
    """office_holders.tsv: whoever holds an office of an international body (EU, UN, NATO,
    IMF, ...) acts for no state, whatever their nationality; only a state's envoy to such a
    body ("Ambassador to the United Nations") has one."""
    import re

    from analysis.text import load_table

    body = re.compile(r"\b(?:EU|UN|NATO|IMF|WHO|IAEA|OPEC|WTO|United Nations|European|World Bank|"
                      r"African Union)\b")
    wrong = [row["name"] for row in load_table("office_holders.tsv")
             if row["country"] and body.search(row["role"]) and not re.search(r"\b(?:to|at)\b", row["role"])]
    assert wrong == []


def test_an_eu_official_with_no_state_in_the_text_gets_none():
    assert {p.name: p.country for p in persons(
        "Josep Borrell, the EU's foreign policy chief, said the talks would resume.")} == {"Josep Borrell": None}


@pytest.mark.parametrize("text", [
    "Bombs fell on a stronghold in Basra Saturday, officials said.",
    "Fighting in Kandahar Monday killed four, officials said.",
])
def test_a_weekday_after_a_place_is_no_name(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, expected", [
    ("President Reagan said the talks had failed.", {"Reagan": "President"}),
    ("General Allen said the troops would stay.", {"Allen": "General"}),
    ("When [Prime Minister Narendra] Modi spoke, the curfew began.", {}),   # an editor's bracket
    #   (the bracket's given name joins Modi: test_an_editors_square_bracket_before_a_family_name)
    ("President Ronald Reagan met him. President Reagan said so.", {"Ronald Reagan": "President"}),
])
def test_a_given_name_alone_after_an_office_is_a_family_name(text, expected):
    """A word that is also a given name, alone after an office or rank ("President Reagan"),
    is the family name of a person the article names no further."""
    found = {p.name: p.role for p in persons(text) if not p.name.endswith("Modi")}
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("Two lawmakers, Lynn Boylann and Nessa Childers, endorsed it. Lynn Boylan said so. "
     "Childers replied to Boylan.", {"Lynn Boylan", "Nessa Childers"}),          # one typo: one person
    ("Frido Welker led the study. Frido Walker is the expert, Welker said.", {"Frido Welker"}),
    ("John Smith met John Smyth. Smith said so. Smyth said so too.", {"John Smith", "John Smyth"}),
    ("Mark Kelly and Mark Kelley spoke.", {"Mark Kelly", "Mark Kelley"}),        # side by side: two
])
def test_a_family_name_misspelt_once_is_the_same_person(text, expected):
    assert {p.name for p in persons(text)} == expected


def test_authors_in_a_source_list_are_bylines():
    text = ('Early results show a victory for the ruling party, President Umaru Yar Adua said.\n\n'
            'Sources\n\n'
            'Barry Moody. "Nigeria ruling party heads for victory in flawed vote" —Reuters, April 22, 2007\n\n'
            'Dean Yates and Ibon Villelabeitia. "Bombs kill 17 people in Baghdad" —Reuters, April 22, 2007')
    assert [p.name for p in persons(text)] == ["Umaru Yar Adua"]


@pytest.mark.parametrize("text, name, role", [
    ("Nassar al-Rubaie, a Shiite lawmaker, said so.", "Nassar al-Rubaie", "Lawmaker"),
    ("This was criticized by Nassar al-Rubaie, a Shiite member of Parliament.", "Nassar al-Rubaie",
     "Member of Parliament"),
    ("Salah al-Obaidi, a top aide to al-Sadr, said so.", "Salah al-Obaidi", "top aide to al-Sadr"),
    ("The news came from Cuban vice-premier Carlos Lage on Monday.", "Carlos Lage", "Vice-premier"),
])
def test_roles_with_faith_adjectives_aides_and_vice_titles(text, name, role):
    p = one(text)
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize("text, name, role, country", [
    ('"We adhere to the law," said Colonel Greg Julian, a spokesman for the U.S. military in Afghanistan.',
     "Greg Julian", "spokesman", "USA"),
    ("US Army Major-General Kevin Bergner said so.", "Kevin Bergner", "Major-General", "USA"),
    ("US spokesperson Major-General Kevin Bergner said so.", "Kevin Bergner", "spokesperson", "USA"),
    ("Geir Pedersen, the UN special envoy for Syria, said so.", "Geir Pedersen", "Special envoy for Syria", None),
])
def test_a_state_before_a_body_and_hyphenated_ranks(text, name, role, country):
    """"a spokesman for the U.S. military": the state the body belongs to ("for Syria"
    alone says where, not whom); "Major-General" is a rank, and a spokesman's post before or
    after it is the role."""
    p = one(text)
    assert (p.name, p.role, p.country) == (name, role, country)


@pytest.mark.parametrize("text, name, country", [
    ("Somalia is dangerous. Briton Murray Watson was abducted in Somalia.", "Murray Watson", "GBR"),
    ("Somalia is dangerous. Kenyan Patrick Amukhuma was abducted in Somalia.", "Patrick Amukhuma", "KEN"),
    ("Somalia is dangerous. Watson was abducted with his Kenyan colleague, Patrick Amukhuma, in Somalia.",
     "Patrick Amukhuma", "KEN"),
    ("Somalia is dangerous. Polish Prime Minister Beata Szydlo and Defence Minister Antoni Macierewicz "
     "met the troops in Somalia.", "Antoni Macierewicz", "POL"),
])
def test_a_demonym_before_a_name_or_a_coordinated_title_gives_the_state(text, name, country):
    """A demonym right before a name, before a noun in apposition, or before the first of two
    titled names joined by "and", beats the state the article is mostly about."""
    assert {p.name: p.country for p in persons(text)}[name] == country


@pytest.mark.parametrize("text, expected", [
    ("Arid Uka, 22, killed two airmen at the airport.", ["Arid Uka"]),            # an age: a person
    ("Image: Sgt. Christina Dion.", []),                                             # a credit
    ("The deployment includes Abrams tanks, Bradley Fighting Vehicles, and Paladin artillery.", []),
])
def test_ages_credits_with_ranks_and_vehicles(text, expected):
    assert [p.name for p in persons(text)] == expected


@pytest.mark.parametrize("text, name, role, country", [
    ("Oliver Miles, a former British ambassador to Libya, said so.", "Oliver Miles",
     "Former ambassador to Libya", "GBR"),
    ("Tomasz Szatkowski, Polish Undersecretary of State for Defence, noted the exercises.",
     "Tomasz Szatkowski", "Undersecretary of State for Defence", "POL"),
])
def test_former_before_a_demonym_and_undersecretaries(text, name, role, country):
    p = one(text)
    assert (p.name, p.role, p.country) == (name, role, country)


@pytest.mark.parametrize("text, role", [
    ("Elias Murr kept his post as Defense Minister, and others left.", "Defense Minister"),
    ("Anna Keller remained Foreign Minister after the vote.", "Foreign Minister"),
    ("Anna Keller remained silent after the vote.", None),
])
def test_an_office_kept_or_remained_in_is_the_role(text, role):
    assert one(text).role == role


@pytest.mark.parametrize("text, role, country", [
    ("Anna Keller survived as trade minister after the vote.", "Trade Minister", None),
    ("Envoys congratulated Anna Keller on her appointment as Latvia's foreign minister.", "Foreign Minister", "LVA"),
    ("The premier has appointed Anna Keller as Latvia's first female defence minister.", "Defence Minister", "LVA"),
    ("Anna Keller continues as finance minister in the new cabinet.", "Finance Minister", None),
    ("Envoys welcomed the appointment today of Dr. Anna Keller as Prime Minister of Latvia.", "Prime Minister", "LVA"),
])
def test_an_office_survived_in_or_appointed_to_is_the_role(text, role, country):
    p = next(p for p in persons(text) if p.name == "Anna Keller")
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, expected", [
    ("The strip by Pulitzer Prize-winning cartoonist Mike Peters is popular.", {"Mike Peters": "cartoonist"}),
    ("Iraq was hit. Said Mohammed, a witness of the blast near the Egyptian embassy, said so.",
     {"Said Mohammed": "witness of the blast"}),
])
def test_participle_adjectives_and_places_after_a_role(text, expected):
    """"Prize-winning" is no name word; "near the Egyptian embassy" says where, not whose."""
    found = persons(text)
    assert {p.name: p.role for p in found} == expected
    assert all(p.country != "EGY" for p in found)


@pytest.mark.parametrize("text, role, country", [
    ("Hosni Mubarak, the Egyptian president ousted in February after the protests, has been summoned.",
     "President", "EGY"),
    ("Anna Keller, the minister accused of fraud, resigned.", "Minister", None),
])
def test_an_apposition_title_before_a_past_participle(text, role, country):
    p = one(text)
    assert (p.role, p.country) == (role, country)


def test_an_older_given_name_cache_is_replaced(tmp_path, monkeypatch):
    """A cache file written by other code (another key) is removed when the current one is
    written, so old files do not pile up in ~/.cache/dispatches."""
    from analysis import paths
    from analysis.extract import gazetteer

    monkeypatch.setattr(paths, "CACHE", tmp_path)
    stale = tmp_path / "given-names-00000000000000000000.pickle"
    stale.write_bytes(b"old")
    gazetteer._name_dictionary.cache_clear()
    try:
        gazetteer._name_dictionary()
        assert [p.name for p in tmp_path.glob("given-names-*.pickle")] != [stale.name]
        assert not stale.exists()
    finally:
        gazetteer._name_dictionary.cache_clear()


@pytest.mark.parametrize("text, name, role", [
    ("Mahmoud Zahar, a senior Hamas official, commented on it.", "Mahmoud Zahar", "senior Hamas official"),
    ("Officials named the bomber as Humam al-Balawi, a 36-year-old physician and al-Qaeda sympathizer "
     "from Zarqa.", "Humam al-Balawi", "physician"),
    ("Politicians included Chicago 46th ward alderman James Cappleman and City Clerk Susana Mendoza.",
     "Susana Mendoza", "City Clerk"),
])
def test_bodies_among_modifiers_titles_before_and_and_city_offices(text, name, role):
    """A named body may qualify a title in an apposition ("a senior Hamas official"); a
    second description after "and" ends the role; "alderman" and "clerk" are offices."""
    assert {p.name: p.role for p in persons(text)}[name] == role


def test_the_cache_folder_without_a_home(monkeypatch, tmp_path):
    """$DISPATCHES_CACHE, then $XDG_CACHE_HOME, then ~/.cache; with no home directory known,
    a folder under the temporary directory (the package still imports)."""
    import tempfile
    from pathlib import Path

    from analysis import paths

    monkeypatch.setenv("DISPATCHES_CACHE", str(tmp_path / "c"))
    assert paths._cache_dir() == tmp_path / "c"
    monkeypatch.delenv("DISPATCHES_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert paths._cache_dir() == tmp_path / "dispatches"
    monkeypatch.delenv("XDG_CACHE_HOME")

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert paths._cache_dir() == Path(tempfile.gettempdir()) / "dispatches-cache"


@pytest.mark.parametrize("text, name, role, country", [
    # an office before a rank before the name: the office is the role
    ("Ruritania was calm. Ruritanian Prime Minister General Anton Weller resigned.",
     "Anton Weller", "Prime Minister", None),
    ("Bolivian Army Chief of Staff Colonel Mario Quispe backed the plan.",
     "Mario Quispe", "Chief of Staff", "BOL"),
    # a nationality in apposition, with no title noun
    ("Three suspects are held: Pak Song Il, a North Korean; Dewi Lestari, an Indonesian; and others.",
     "Dewi Lestari", None, "IDN"),
    ("Police questioned Maria Ortiz, a Venezuelan, on Monday.", "Maria Ortiz", None, "VEN"),
    # "employee" is an occupation; the demonym before it gives the state
    ("Police named a Chilean consulate employee named Rosa Fuentes.", "Rosa Fuentes", "consulate employee", "CHL"),
    # a demonym and a person noun before a name
    ("Peru is calm. American tourist Jane Whitlock was robbed in Lima.", "Jane Whitlock", None, "USA"),
    # an armed group's officials act for the state organizations.tsv gives the group (the one it
    # fights in or holds), never for the state the story is about
    ('Israel shelled Gaza. Israel said so. "It is over," said Samir Haddad, a spokesman for the Hamas.',
     "Samir Haddad", "spokesman for the Hamas", "PSE"),
    ("Israel and Israel again. Carter met Khalil Nasser, the leader of Hamas' political wing.",
     "Khalil Nasser", "Leader of Hamas", "PSE"),
    ("India said so. India sent troops after the Hizbul Mujahideen leader Imran Mir was killed.",
     "Imran Mir", "Leader", "IND"),
    # ... and for none where the table gives none
    ("Iraq said so. Iraq and Iraq again. Islamic State spokesman Imran Mir praised the attack.",
     "Imran Mir", "spokesman", None),
])
def test_offices_over_ranks_nationalities_and_armed_groups(text, name, role, country):
    found = {p.name: p for p in persons(text)}
    assert (found[name].role, found[name].country) == (role, country)


def test_a_given_name_before_and_shares_the_family_name():
    """"Paul and Rachel Ames": two persons, who share a demonym before the pair."""
    found = {p.name: p.country for p in persons(
        "Somalia freed them. Somalia again. Retired British couple Paul and Rachel Ames were released.")}
    assert found == {"Paul Ames": "GBR", "Rachel Ames": "GBR"}


def test_a_state_body_or_office_holder_before_a_state_in_the_title_sets_the_story():
    """'Trump fires FBI director, raising questions about Russia inquiry': the state named after
    the actor is the object; the untitled senators are American, not Russian."""
    text = ("U.S. President Donald Trump dismissed the director of the FBI. Russia denied any role; Russia "
            "said the inquiry into Russia was a farce. Senator Chuck Moreland asked for an inquiry.")
    a = Article(id="t", text=text, title="President Trump fires FBI director, raising questions about Russia inquiry",
                sentences=tuple(split_sentences(text)))
    countries = extract_countries(a)
    found = {p.name: p.country for p in extract_persons(a, countries, extract_organizations(a, countries))}
    assert found["Chuck Moreland"] == "USA"


@pytest.mark.parametrize("title, state", [
    ("Lukashenko hails tea deal with Kenya", "BLR"),
    # (only a holder opening the title: further in, the name may be an image's or a street's)
    ("Tea farms and Lukashenko portraits on show in Kenya", "KEN"),
])
def test_a_known_holder_opening_the_title_sets_the_story(title, state):
    # the holder the title opens with acts; the state named after him is the other party
    text = ("Belarus and Kenya signed a trade pact. Kenya will buy tractors; Belarus will buy tea. "
            "Trade Minister Anna Verhal said the deal was fair.")
    found = {p.name: p.country for p in persons(text, title=title)}
    assert found["Anna Verhal"] == state


def test_nationals_and_citizens_close_no_name():
    assert persons("The pact covers Third Country Nationals who lack papers. Senior Citizens who came were fed.") == []


@pytest.mark.parametrize("text, name, role, country", [
    # a modifier before the state word still changes the office
    ("The United States is big. Deputy U.S. Attorney General Rod Kessler wrote a memo.",
     "Rod Kessler", "Deputy Attorney General", "USA"),
    # a verb after "to" is no modifier of the title after it
    ("The US is big. Senator Ann Ross said the decision to fire director Bill Comerford was wrong.",
     "Bill Comerford", "Director", "USA"),
    # an academic title after an office in apposition: the office; a demonym before an
    # international body names the state the envoy speaks for
    ("Israel is big. The Israeli UN envoy, Professor Dalia Ronen, decried the play.", "Dalia Ronen", "Envoy", "ISR"),
    # campaign adjectives qualify the title
    ("The US is big. Romney picked vice-presidential candidate Paul Reston on Monday.",
     "Paul Reston", "vice-presidential candidate", "USA"),
])
def test_split_modifiers_verbs_envoys_and_campaign_titles(text, name, role, country):
    found = {p.name: p for p in persons(text)}
    assert (found[name].role, found[name].country) == (role, country)


def test_an_office_after_a_copula_is_evidence_role_and_state():
    """'A Bcd is Ghana's foreign minister': a person, with the office and the possessor's state,
    though the given name is unknown to the dictionary and the name opens the sentence."""
    found = {p.name: (p.role, p.country) for p in persons(
        "Kenya is in crisis. Ghana will help. Akwasi Boateng-Mensah is Ghana's foreign minister. "
        "Boateng-Mensah denied the reports. Presently Boateng-Mensah is the envoy of the union.")}
    assert found == {"Akwasi Boateng-Mensah": ("Foreign Minister", "GHA")}


def test_a_government_role_takes_the_state_named_last_outside_quotes():
    found = {p.name: p.country for p in persons(
        'The French government urged its citizens to go. "We ask those who can to leave Ivory Coast for '
        'now," said Francois Bardin, a government spokesperson.')}
    assert found["Francois Bardin"] == "FRA"


def test_a_long_given_name_spelt_two_ways_is_one_person():
    found = [p.name for p in persons("Georgia votes. President Mikheil Saakashvili resigned. "
                                     "Mikhail Saakashvili said it was fine. Mario Rossi and Maria Rossi came.")]
    assert found == ["Mikheil Saakashvili", "Mario Rossi", "Maria Rossi"]


def test_a_short_office_holder_name_after_a_title_gives_the_state():
    """'President Bush' in a story about Palestinians: the gazetteer's state (four-letter family
    names are trusted only after a title)."""
    found = {p.name: p.country for p in persons(
        "Palestinians want a state. President Bush will go to the region where Palestinian talks are "
        "held. Palestinian leaders agree.")}
    assert found == {"Bush": "USA"}


@pytest.mark.parametrize("text, found", [
    # past office holders (past_office_holders.tsv): the full name gives the state...
    ("Geoffrey Howe spoke to reporters on Monday.", ("Geoffrey Howe", "GBR")),
    ("Yasuhiro Nakasone opened the session.", ("Yasuhiro Nakasone", "JPN")),
    # ...and so does the family name after a title of the office held
    ("Chancellor Kohl met the visitors on Monday.", ("Kohl", "DEU")),
    ("Treasury Secretary Baker said the dollar was too low.", ("Baker", "USA")),
    ("Foreign Secretary Howe told the House.", ("Howe", "GBR")),
    ("President Mitterrand said no.", ("Mitterrand", "FRA")),
    # but not after another office: the name is someone else's
    ("Justice Green dismissed the appeal.", ("Green", None)),
    ("Trade Minister Green said the talks were over.", ("Green", None)),
    ("Judge Baker said the case was closed.", ("Baker", None)),
])
def test_past_office_holders_give_their_state(text, found):
    assert [(p.name, p.country) for p in persons(text)] == [found]


@pytest.mark.parametrize("text, found", [
    # the gazetteer lists "Bob Dole" and "Bill Clinton"; the news may write the formal name
    ("Iran said on Monday it would not talk. Iran's navy sailed. Senate Republican leader Robert Dole "
     "called the offer weak.", ("Robert Dole", "USA")),
    ("Iran said on Monday it would not talk. Iran's navy sailed. William Clinton called the offer weak.",
     ("William Clinton", "USA")),
])
def test_a_holder_is_known_under_another_form_of_the_given_name(text, found):
    assert next((p.name, p.country) for p in persons(text) if p.name == found[0]) == found


_RESULTS = ("Poll at Kestrel: Rank Candidate Party Votes Share 1 Roberta Jenks Conservative Party 9,120 "
            "41.2% 2 Roger Hallam UK Independence Party 7,305 33.0% 3 Tobias Pane Labour Party 3,911 17.7% "
            "4 Paul Bagley Independent 1,204 5.4% 5 David Kerwin Green Party 598 2.7%")


def test_the_candidates_of_a_results_table_are_persons_without_their_parties():
    """An election results table flattened into a line: each candidate before the party's
    name, no person made of the table's heads or of a name and its label."""
    assert [p.name for p in persons(_RESULTS)] == [
        "Roberta Jenks", "Roger Hallam", "Tobias Pane", "Paul Bagley", "David Kerwin"]


def test_a_holder_of_the_other_gender_with_the_same_initial_is_someone_else():
    # the gazetteer's Marise Payne: "Michael" is a man's name, so not her ("Sergei" still
    # fits "Sergey" Lavrov: the same initial, no gender against it)
    assert [(p.name, p.country) for p in persons("Michael Payne met voters in Newark.")] == [("Michael Payne", None)]
    assert [(p.name, p.country) for p in persons("Sergei Lavrov met voters.")] == [("Sergei Lavrov", "RUS")]


def test_given_name_forms_go_both_ways():
    from analysis.extract.persons import _given_name_forms
    forms = _given_name_forms()
    assert "bob" in forms["robert"] and "robert" in forms["bob"]
    assert set(forms["steve"]) == {"stephen", "steven"}


@pytest.mark.parametrize("text, found", [
    # a capital before a preposition and the title is where the talks are, not the title's state
    ("Talks in Ottawa between President Reagan and Premier Brian Mulroney ended.", ("Reagan", "USA")),
    ("Jacques Chirac wrote. A cable from Paris to President Reagan arrived.", ("Reagan", "USA")),
    ("Jacques Chirac wrote. The envoy in Paris with President Reagan left.", ("Reagan", "USA")),
    # a state and adjectives before an occupation still give it
    ("Ana Ruiz flew in. Portuguese naval historian Omar Dene spoke.", ("Omar Dene", "PRT")),
])
def test_a_state_before_a_preposition_is_not_the_titles(text, found):
    assert next((p.name, p.country) for p in persons(text) if p.name == found[0]) == found


@pytest.mark.parametrize("text, found", [
    # an abbreviated rank after an office is part of the title, not a name
    ("The victims are former adviser Vice Adm. Tom Hale who resigned.", [("Tom Hale", "Vice Admiral")]),
    ("The victims are former adviser Lt. Col. Tom Hale who resigned.", [("Tom Hale", "Lieutenant Colonel")]),
    ("The victims are former adviser Brig. Gen. Tom Hale who resigned.", [("Tom Hale", "Brigadier General")]),
])
def test_an_abbreviated_rank_after_an_office_is_no_name(text, found):
    assert [(p.name, p.role) for p in persons(text)] == found


@pytest.mark.parametrize("text, names", [
    # a titled name before "and" is a family name, not the given name of a couple
    ("Talks between President Reagan and Joe Clark ended.", ["Reagan", "Joe Clark"]),
    ("Later Governor Kelly and Ann Lutz spoke.", ["Kelly", "Ann Lutz"]),
    # an untitled given name before "and" and a full name is one of a couple
    ("Later Paul and Rachel Ames spoke.", ["Paul Ames", "Rachel Ames"]),
])
def test_a_titled_name_before_and_is_no_couple(text, names):
    assert [p.name for p in persons(text)] == names


def test_a_demonym_standing_for_the_person_named_before_gives_the_state():
    found = {p.name: p.country for p in persons(
        "Yemen says so. The Yemeni minister says Umar Farouk Abdulmalik lived in Yemen. The ministry says "
        "the Nigerian was granted a visa to study in Yemen.")}
    assert found == {"Umar Farouk Abdulmalik": "NGA"}


def test_plural_acronym_offices_before_a_list_of_names():
    found = {p.name: p.role for p in persons("Britain voted. Labour MSPs Alan Rowe and Ellen Smart spoke. "
                                             "Green MEP Molly Scott came.")}
    assert found == {"Alan Rowe": "Labour MSP", "Ellen Smart": "Labour MSP", "Molly Scott": "MEP"}


def test_where_a_person_comes_from_gives_the_state_and_a_demonym_family_name():
    found = {p.name: (p.role, p.country) for p in persons(
        "Iraq tried him. He shot Darren Hoyle, 37, from Queensland, Australia and Paul McGinn, 37, from "
        "Peebles, Borders, Scotland. The crew included chief engineer Peter French and second officer "
        "James Grady.")}
    assert found["Darren Hoyle"][1] == "AUS" and found["Paul McGinn"][1] == "GBR"
    assert found["Peter French"][0] == "chief engineer"


@pytest.mark.parametrize("text", [
    "Sudan split. Omar Bashir attended the ceremony. Image: U.S. Navy / Jesse B. Awalt.",
    "Somalia freed them after their yacht Lynn Rival was captured near the Seychelles.",
    "Sudan split. Omar Bashir attended the ceremony. Image: File Upload Bot (Dana Okoro).",
])
def test_credits_after_a_body_and_named_vessels_are_no_persons(text):
    assert not {"Jesse B. Awalt", "Lynn Rival", "Dana Okoro"} & {p.name for p in persons(text)}


def test_an_international_body_before_a_qualified_title_acts_for_no_state():
    found = {p.name: (p.role, p.country) for p in persons(
        "The United States and Iran argued. Former UN weapons inspector Hans Blixen recommended that the "
        "United States give a commitment.")}
    assert found == {"Hans Blixen": ("Weapons Inspector", None)}


def test_the_other_and_ex_before_a_body_in_an_apposition():
    found = {p.name: p.role for p in persons("Iran is here. Ellen Lapson, the other ex-CIA official, also "
                                             "stated that it was fine.")}
    assert found == {"Ellen Lapson": "official"}


@pytest.mark.parametrize("text, name, role", [
    # a lower-case office with a for-phrase before a name
    ("Venezuela voted. The spokesman for the opposition Ana Ruiz said no.", "Ana Ruiz",
     "spokesman for the opposition"),
    ("Venezuela voted. The Venezuelan deputy for the opposition Julio Montes said more came.", "Julio Montes",
     "Deputy for the Opposition"),
    # "acting" changes the office: it stays in the role
    ("Britain voted. Harriet Harmon, the acting leader of the UK Labour Party, said so.", "Harriet Harmon",
     "Acting leader of the UK Labour Party"),
    ("Britain voted. The acting mayor, John Doane, spoke.", "John Doane", "Acting Mayor"),
    # convenors and feminists
    ("Britain voted. Scottish Green Party co-convenor Patrick Harvey was critical.", "Patrick Harvey", "Co-convenor"),
    ("Celebrities such as feminist Gloria Stein spoke in Washington.", "Gloria Stein", "feminist"),
    # the office a person leaves
    ("Britain voted. Ed Miller said he would stand down as leader of the UK Labour Party.", "Ed Miller", "Leader"),
    ("Britain voted. John Smithers stepped down as chairman of the board.", "John Smithers", "Chairman"),
])
def test_for_phrases_acting_offices_convenors_and_offices_left(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


def test_a_coordinated_portfolio_is_no_person():
    found = {p.name: p.role for p in persons(
        "The Minister for Housing and Rural Affairs, Dana Okoro, opened the road. "
        "The Minister for Energy and Regional Transport said the work was done.")}
    assert found == {"Dana Okoro": "Minister for Housing and Rural Affairs"}


def test_an_apposition_naming_another_office_holder_gives_no_role():
    found = {p.name: p.role for p in persons(
        "The party included the Minister of Culture, Sport, and Youth Amin Haddad, the Minister "
        "of Defence Luiz Pereira, and the Minister of Health Rosa Lind.")}
    # (his own title before him, its list closed by ", and"; not the next one's in apposition)
    assert found["Amin Haddad"] == "Minister of Culture, Sport, and Youth"
    assert found["Luiz Pereira"] == "Minister of Defence"
    assert found["Rosa Lind"] == "Minister of Health"


def test_an_apposition_naming_a_body_after_a_given_name_keeps_its_role():
    p = one("Maya Ortiz, president of Howard University, wrote to the students.")
    assert p.role == "President of Howard University"


def test_a_family_name_after_the_and_before_of_is_a_common_noun():
    assert persons("Crowds gathered at one of the Gates of the Old City on Sunday.") == []


@pytest.mark.parametrize("text, name, role", [
    ("Opposition MK Dov Harel called the vote a disgrace.", "Dov Harel", "Opposition MK"),
    ("Yesterday MK Dov Harel of Likud opened the debate.", "Dov Harel", "MK"),
])
def test_knesset_members(text, name, role):
    p = one(text)
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize("text, name", [
    ("Amin Khalil won the vote on Sunday.", "Amin Khalil"),
    ("Luiz Costa won the vote on Sunday.", "Luiz Costa"),
    ("Dilma Santos won the vote on Sunday.", "Dilma Santos"),
])
def test_added_given_names(text, name):
    assert one(text).name == name


def test_a_family_name_written_first_after_a_rank_stands_alone_for_the_person():
    text = ("The visit was led by a senior Chinese official, Lt. Gen. Zhang Wenbo. "
            "Zhang defended the budget on Saturday.")
    (p,) = persons(text)
    assert p.name == "Zhang Wenbo"
    assert len(p.mentions) == 2


def test_an_office_named_later_replaces_a_rank():
    text = ("The talks were opened by Lt. Gen. Zhang Wenbo. "
            "The delegation was led by Zhang, the army's deputy chief of the general staff.")
    (p,) = persons(text)
    assert (p.role, p.country) == ("Deputy Chief of the General Staff", None)


@pytest.mark.parametrize("text, role", [
    ("Navy Admiral Ruth Calder, commander of the Pacific Fleet, spoke.", "Commander of the Pacific Fleet"),
    ("Major General Ruth Calder, spokeswoman for the army, spoke.", "spokeswoman for the army"),
    ("Major General Ruth Calder, a pilot, spoke.", "Major General"),
    ("Major General Ruth Calder, the army chief of staff, spoke.", "Army Chief of Staff"),
    ("Major General Ruth Calder, 56, spoke.", "Major General"),
])
def test_an_office_in_apposition_beats_the_rank_before_the_name(text, role):
    assert one(text).role == role


def test_an_office_after_a_demonym_opening_the_title_sets_the_story_state():
    text = ("The president arrived in Caracas on Monday with Minister of Finance Ana Mota. "
            "Venezuela and Colombia signed two accords with Brazil; Venezuela also met Cuba.")
    a = Article(id="t", text=text, title="Brazilian President meets his neighbours",
                sentences=tuple(split_sentences(text)))
    countries = extract_countries(a)
    (p,) = extract_persons(a, countries, extract_organizations(a, countries))
    assert (p.name, p.country) == ("Ana Mota", "BRA")


def test_an_office_in_apposition_beats_a_clerical_rank():
    p = one("The plan needs the approval of Ayatollah Reza Tavani, Iran's Supreme Leader, who spoke in May.")
    assert (p.role, p.country) == ("Supreme Leader", "IRN")


@pytest.mark.parametrize("text, role", [
    ("Two men died, Noah Brandt and Eli Sorensen. Sorensen had been the driver.", "driver"),
    ("Noah Brandt has been the prime minister since May.", "Prime Minister"),
    ("Noah Brandt is a veterinarian and farmer from the coast.", "veterinarian"),
])
def test_an_occupation_or_office_after_a_copula_is_the_role(text, role):
    assert {p.role for p in persons(text) if p.role} == {role}


@pytest.mark.parametrize("text, country", [
    ("South Korean Min-jun Seo, 68, was endorsed by the assembly. Japan agreed.", "KOR"),
    ("Yesterday, New Zealander Jan Kowalski, 68, won the race. Japan agreed.", "NZL"),
])
def test_a_two_word_demonym_right_before_a_name_gives_the_state(text, country):
    assert {p.country for p in persons(text)} == {country}


@pytest.mark.parametrize("text, name", [
    ("Mara Lindqvist died in May. Lindqvist's brother Tomas was in court.", "Tomas Lindqvist"),
    ("Mara Lindqvist spoke. Lindqvist's younger sister Ingrid was there.", "Ingrid Lindqvist"),
    ("Mara Lindqvist spoke. Lindqvist's husband Tomas was there.", "Tomas"),     # (a spouse may keep another name)
])
def test_a_sibling_or_child_named_by_the_given_name_takes_the_family_name(text, name):
    assert name in {p.name for p in persons(text)}


@pytest.mark.parametrize("text, role", [
    # a list of titles before a name: the first
    ("Radio presenter, novelist, and philanthropist Tom Harlan died on Friday.", "Radio presenter"),
    ("The Senator and former diplomat Ivo Marek sent a letter.", "Senator"),
    # not a group before the person, nor another's candidacy
    ("He met journalists and activist Tom Harlan.", "activist"),
    ("They chose Ann Velden for president and podcaster Tom Harlan for vice president.", "podcaster"),
])
def test_the_first_of_a_list_of_titles_before_a_name(text, role):
    assert {p.name: p.role for p in persons(text)}["Tom Harlan" if "Tom Harlan" in text else "Ivo Marek"] == role


@pytest.mark.parametrize("text, names", [
    # given names listed after a plural kin noun are persons ...
    ("Mara Lindqvist is survived by two sons Tomas and Erik, and three daughters, Ingrid, Astrid, and Liv.",
     ["Mara Lindqvist", "Tomas", "Erik", "Ingrid", "Astrid", "Liv"]),
    # ... with the family name written before the noun
    ("She played the Lindqvist sisters Ingrid and Astrid in 2016.", ["Ingrid Lindqvist", "Astrid Lindqvist"]),
    # ... or before it as a possessive, of a person the article names
    ("Mara Lindqvist died. Lindqvist's sons, Tomas and Erik, were there.",
     ["Mara Lindqvist", "Tomas Lindqvist", "Erik Lindqvist"]),
    ("Mara Lindqvist died. Lindqvist's sons, Tomas, who will run for the council, and Erik, a pilot, said nothing.",
     ["Mara Lindqvist", "Tomas Lindqvist"]),
])
def test_given_names_listed_after_a_plural_kin_noun(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, role", [
    ("Ruth Calder, the head of the NATO forces in the region, spoke.", "Head of the NATO forces"),
    ("Ruth Calder, the former commissioner of the Boston police, spoke.", "Former commissioner of the Boston police"),
])
def test_a_body_noun_after_the_name_in_an_apposition_stays_in_the_role(text, role):
    assert one(text).role == role


@pytest.mark.parametrize("text, name, role", [
    ("The parliament voted on Monday to keep Ali Warsame as their prime minister.", "Ali Warsame", "Prime Minister"),
    ("Rosa Lind was chosen to succeed Tom Harlan as the secretary-general of the league.", "Tom Harlan",
     "Secretary-general"),
    ("She said she was glad to endorse Tom Harlan as president of the country.", "Tom Harlan", None),
    # a term won as an office; and a demonym before the office
    ("Tom Harlan regained a second term as Chilean Prime Minister in May.", "Tom Harlan", "Prime Minister"),
    ("Tom Harlan became Spanish Prime Minister in 2018.", "Tom Harlan", "Prime Minister"),
    ("Ana Ruiz won a five-year term as president of the republic.", "Ana Ruiz", "President"),
])
def test_an_office_after_a_name_and_as_following_a_verb_that_gives_or_keeps_it(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, role", [
    ("Peers debated the bill. Lord Ashworth, who backed it, spoke first.", "Lord"),
    ("Peers debated the bill. Baroness Ashworth spoke first.", "Baroness"),
    ("Peers debated the bill. Lord Ashworth, the Lord Speaker, spoke first.", "Lord Speaker"),
])
def test_a_peerage_naming_its_holder_is_the_role_where_no_office_is_given(text, role):
    (p,) = persons(text)
    assert p.role == role


@pytest.mark.parametrize("text, role", [
    ("Ann Swire was taken to hospital, where Dr. Tom Harlan met reporters.", None),
    ("The study was led by Dr Tom Harlan of the university.", None),
    ("Dr Tom Harlan, the hospital's director, said it was stable.", "Director"),
    ("Mr Tom Harlan met reporters on Monday.", None),
])
def test_a_doctor_has_the_title_given_besides_dr_and_no_other(text, role):
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == role


@pytest.mark.parametrize("text, role", [
    ("Ex-Prime Minister Tom Harlan, the current President of the Regional Assembly, wrote a letter.",
     "President of the Regional Assembly"),
    ("Former Prime Minister Tom Harlan, a lawyer, wrote a letter.", "Former Prime Minister"),
    ("Former Prime Minister Tom Harlan, the former head of the party, wrote a letter.", "Former Prime Minister"),
])
def test_an_office_held_now_in_an_apposition_wins_over_a_former_title_before_the_name(text, role):
    assert one(text).role == role


@pytest.mark.parametrize("text, role", [
    ('"We will not stop," posted student protester Tom Harlan last night.', "student protester"),
    ("Tom Harlan, the second protester, said the road was closed.", "second protester"),
    ("Police detained demonstrator Tom Harlan near the square.", "demonstrator"),
])
def test_a_protester_is_known_by_that_word(text, role):
    assert one(text).role == role


@pytest.mark.parametrize("text, names", [
    # the article's own publisher's journalist stands for its byline: no actor of the story
    ("Ann Lee spoke to Wikinews accredited reporter Tom Harlan last week.", ["Ann Lee"]),
    ("Ann Lee told a Wikinews reporter, Tom Harlan, about it.", ["Ann Lee"]),
    # another outlet's journalist is one
    ("Ann Lee spoke to BBC reporter Tom Harlan last week.", ["Ann Lee", "Tom Harlan"]),
])
def test_the_publishers_own_journalist_is_no_person_of_the_story(text, names):
    assert [p.name for p in persons(text, source="Wikinews")] == names


@pytest.mark.parametrize("text, names", [
    # a name with no known given name is a person's where what befalls people follows it ...
    ("Zorvan Okafor was convicted of fraud in 2011 and served six years.", ["Zorvan Okafor"]),
    ("Police said on Friday Tavrek Solbenn was arrested at the border.", ["Tavrek Solbenn"]),
    # ... or where a long body's name and a reporting verb follow "of"
    ('Tavrek Solbenn of the Northern Coastal Fisheries Research Institute commented: "It is late."', ["Tavrek Solbenn"]),
    # not a place or body that is acted on
    ("Solbenn Castle was rebuilt in 2008.", []),
    # ... or an age before it
    ("The first victim was 40-year-old Zorvan Okafor, a former friend of the killer.", ["Zorvan Okafor"]),
])
def test_evidence_after_an_unknown_name(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, role", [
    ("The law was passed during Tavrek El Solbenn's Presidency.", "President"),
    ("It was a feature of Tom Harlan's premiership.", "Prime Minister"),
    ("It was a feature of Tom Harlan's government.", None),
])
def test_a_named_term_of_office_gives_the_office(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, name, role, country", [
    # a counterpart or colleague in the next sentence takes the role of the last person with one
    ("Foreign Minister Tom Harlan of Italy said it was late. His UK counterpart, Dmitri Ivanov, said it was not.",
     "Dmitri Ivanov", "Foreign Minister", "GBR"),
    ("Tom Harlan, foreign minister of Italy, said it was late. Their French colleague, Dmitri Ivanov, disagreed.",
     "Dmitri Ivanov", "Foreign Minister", "FRA"),
])
def test_a_counterpart_named_in_the_next_sentence(text, name, role, country):
    p = {p.name: p for p in persons(text)}[name]
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("counterpart, date, role", [
    # a head of government's counterpart whom the gazetteer has heading the state in the
    # article's year takes no office from him (nor the other way round) ...
    ("Xi Jinping", "2023-06-27", None),
    # ... but one who heads a government does, and without a date nothing settles it
    ("Li Qiang", "2023-06-27", "Prime Minister"),
    ("Xi Jinping", None, "Prime Minister"),
])
def test_a_counterpart_known_to_head_the_other_branch_takes_no_office(counterpart, date, role):
    text = f"Prime Minister Ivo Marek of Peru shook hands with his Chinese counterpart {counterpart} in Beijing."
    p = {p.name: p for p in persons(text, date=date)}[counterpart]
    assert (p.role, p.country) == (role, "CHN")


@pytest.mark.parametrize("text, expected", [
    # a given name and a family name, later both family names: one person, under the first form
    ("Foreign Minister Tomas Garrido flew to Lima. On Friday Garrido Canabal told reporters the talks "
     "had gone well.", [("Tomas Garrido", "Foreign Minister")]),
    # a family name written first is no first family name ("Wang Yang" is not Ivo Wang's)
    ("Vice Premier Ivo Wang met Wang Yang in Beijing.", [("Ivo Wang", "Vice Premier"), ("Wang Yang", None)]),
])
def test_a_second_family_name_added_later(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an office as the complement of "as" before a comma is the one named before "as", not the
    # subject after the comma ...
    ("Wishing luck to Ivo Marek, who will be sworn in as the 8th President of Peru, Tom Harlan also "
     "praised the vote.", {"Ivo Marek": None, "Tom Harlan": None}),
    # ... but after "such as" the title and the name after the comma are one person's
    ("Leaders such as the President of Peru, Ivo Marek, came to the summit.", {"Ivo Marek": "President"}),
    # ... and after "as" a conjunction, when a comma closes the name's apposition
    ("Peru is cutting its links to Lorvia as its president, Ana Ruiz, has announced ties with Chile.",
     {"Ana Ruiz": "President"}),
])
def test_an_office_after_as_before_a_comma(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a misspelt office word
    ("The body was dissolved by Prime Minsiter Ivo Marek in May.", {"Ivo Marek": "Prime Minister"}),
    # a modifier joined by a hyphen to the next one
    ("The deal was signed by Vice-Foreign Minister Ivo Marek in Lima.", {"Ivo Marek": "Vice-Foreign Minister"}),
    # two offices written with a slash
    ("High Representative/Vice President Ivo Marek met the envoy today.",
     {"Ivo Marek": "High Representative/Vice President"}),
    ("At the talks Peru sent the Deputy Prime Minister/Defence Minister of Peru, Ivo Marek, and others.",
     {"Ivo Marek": "Deputy Prime Minister/Defence Minister"}),
])
def test_office_words_misspelt_or_hyphenated(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a Polish double family name joined by "vel"
    ("Deputy Foreign Minister Ivo Marek vel Sek met the envoy.", [("Ivo Marek vel Sek", "Deputy Foreign Minister")]),
    # a name written family name first later in the article (as in Hungarian) is the same person
    ("Foreign Minister Tamas Kovacs met the envoy. Later Kovacs Tamas told reporters the talks went well.",
     [("Tamas Kovacs", "Foreign Minister")]),
])
def test_polish_and_hungarian_name_forms(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a military operation's name before a comma is no person the apposition describes
    ("Fearing a war like 2014's Operation Iron Gate, the envoy flew to Cairo.", []),
    ("Alarmed by the risk of a war like 2014's Operation Bold Dawn, the envoy tried to calm both sides.", []),
    # a place named for a saint ("San Pedro Sula") is no person; a title after it opens one
    ("The ministers met in San Pedro Sula, and later in Santo Domingo.", []),
    ("San Marcos County Sheriff Ivo Marek said so.", [("Ivo Marek", "County Sheriff")]),
    # a plural before an honorific is no title of the name after it
    ("Later the envoy told reporters Mr Ivo Marek had spent three years on the deal.", [("Ivo Marek", None)]),
    # "Santo" is also a given name
    ("Army Spokesman Santo Marek said the aid workers were freed.", [("Santo Marek", "Army Spokesman")]),
    # a presidency's seat named "Village ..." is a place
    ("At Village Akagera, the UK diplomat said farewell to the president.", []),
    # a territory ends an envoy's title, not opening the name after it
    ("UN envoy to Gaza Ivo Marekov met both sides.", [("Ivo Marekov", "Envoy to Gaza")]),
    # a fronted participle clause ending in an office word before the subject's name and "said"
    ("Stressing that elected President Tom Harlan \u201cremains the only lawful\u201d president, Ivo Marek "
     "told the press the bloc would act.", [("Tom Harlan", "President"), ("Ivo Marek", None)]),
    # a weekday after the office in an apposition is no part of it
    ("Tom Harlan, Peru's president, met Ivo Marek, his Chilean counterpart on Monday, in Lima.",
     [("Tom Harlan", "President"), ("Ivo Marek", "President")]),
])
def test_operations_territories_and_weekdays_around_names(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a plural office, then each state right before its holder's name, no comma between
    ("Marek met the defence ministers of Chile Ana Ruiz, Bolivia Tom Harlan and Costa Rica Ivo Novak on Friday.",
     [("Ana Ruiz", "Defence Minister", "CHL"), ("Tom Harlan", "Defence Minister", "BOL"),
      ("Ivo Novak", "Defence Minister", "CRI")]),
])
def test_an_office_list_of_states_each_before_its_holder(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text) if p.name != "Marek"] == expected


def test_a_states_representative_to_an_international_body_acts_for_the_state():
    p = one("On Monday the permanent envoy of Tunisia to the UN in New York, Ivo Marek, asked for a vote.")
    assert (p.name, p.country) == ("Ivo Marek", "TUN")


def test_a_holder_whose_suffix_is_written_without_its_period():
    # the gazetteer writes "Gilberto Teodoro Jr."; the article's period ends the sentence
    found = {p.name: p.country for p in persons(
        "In Singapore, the US defence chief met Defence Secretary Gilberto Teodoro Jr. The two spoke "
        "of the treaty, and the US side praised the talks.", date="2024-06-03")}
    assert found["Gilberto Teodoro Jr"] == "PHL"


@pytest.mark.parametrize("text, name", [
    # a fronted participle clause ends at the comma after a name; the words after it are the
    # main clause's subject, not a description of that name
    ("Responding to Ivo Marek, Minister for Human Rights Ana Ruiz said the claim was false.", "Ivo Marek"),
    ("Replying to a query on whether he trusts Ivo Marek, the Chilean President said the talks would go on.",
     "Ivo Marek"),
])
def test_a_name_ending_a_fronted_clause_takes_no_apposition(text, name):
    assert {p.name: p.role for p in persons(text)}[name] is None


def test_a_holders_state_is_not_twinned_with_the_state_the_story_names():
    # the story names only North Korea; the gazetteer's South Korean president stays South Korean
    text = ("SEOUL -- President Moon Jae-in will call Japan's premier on Thursday, after North Korea "
            "fired two more missiles into the sea.")
    assert {p.name: p.country for p in persons(text, date="2019-08-01")}["Moon Jae-in"] == "KOR"


def test_members_of_a_named_persons_team_take_his_state():
    # (his state from the gazetteer: the story names only the other state)
    text = ("Argentina's President Ivo Marek met Iván Duque Márquez in Lima on Friday, and Argentina's "
            "foreign minister joined them. Duque's team included Trade Minister Ana Lopez; Deputy Foreign "
            "Minister Jan Novak; and the ambassador to Peru. Argentina wants more trade, officials said.")
    found = {p.name: p.country for p in persons(text)}
    assert (found["Ana Lopez"], found["Jan Novak"]) == ("COL", "COL")


def test_a_state_opening_the_next_clause_is_no_apposition():
    text = "Under President Ivo Marek, Peru does not see Chile as a friendly state, the spokesman added."
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] is None


def test_a_party_named_in_the_role_gives_its_state():
    # (the story is Qatar's; the Palestinian party the role names gives the state)
    text = ("In a meeting with Ivo Marek, Member of Fatah's Revolutionary Council, Sheikh Tom Harlan "
            "reiterated that Qatar backs the Palestinian cause. Qatar will host the next round, Qatari "
            "officials said.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "PSE"


def test_her_counterpart_after_a_man_named_before_is_the_subjects():
    text = ("Peru's Foreign Minister Ana Ruiz arrived in Santiago on Sunday. She met Prime Minister John "
            "Novak and her Chilean counterpart Tom Harlan on Monday.")
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == "Foreign Minister"


def test_a_holder_known_by_the_second_of_two_given_names():
    # the gazetteer writes "Voreqe Bainimarama"; the article adds his first given name
    p = one("While in Suva, the minister will meet Prime Minister Josaia Voreqe Bainimarama next week.")
    assert (p.name, p.country) == ("Josaia Voreqe Bainimarama", "FJI")


@pytest.mark.parametrize("text, role, country", [
    # an office in a relative clause after an occupation: the office
    ("On Monday, Tomas Verhal, a career diplomat who served as Foreign Minister of Latvia for six years, died.",
     "Foreign Minister", "LVA"),
    ("Tomas Verhal, a lawyer who was Prime Minister of Latvia, died.", "Prime Minister", "LVA"),
    # not what befell the person, nor what he does
    ("Tomas Verhal, a lawyer who was arrested last week, spoke.", "lawyer", None),
    ("Tomas Verhal, a lawyer who represents the family, spoke.", "lawyer", None),
])
def test_an_office_held_in_a_relative_clause_beats_the_occupation(text, role, country):
    (p,) = persons(text)
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, role, country", [
    ("Tomas Verhal, speaking for the country's Foreign Ministry, said the talks had failed. Latvia was upset.",
     "spokesman", "LVA"),
    ("In Latvia, talks failed. Anna Verhal, speaking for the country's Foreign Ministry, said so.",
     "spokeswoman", "LVA"),
    ("Tomas Verhal, speaking on behalf of the Latvian government, said the talks had failed.", "spokesman", "LVA"),
    # a given name of either gender: the next pronoun, else the neutral word
    ("Kim Verhal, speaking for the Latvian Foreign Ministry, said talks had failed. Her office agreed.",
     "spokeswoman", "LVA"),
    ("Kim Verhal, speaking for the Latvian Foreign Ministry, said talks had failed.", "spokesperson", "LVA"),
])
def test_speaking_for_a_body_makes_a_spokesperson(text, role, country):
    (p,) = persons(text)
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, role", [
    # a body's name in brackets between a lower-case office and the name
    ("The general secretary of the Dockers union (Union of Dock, Harbour and Canal Workers), Ivo Marek, said no.",
     "General Secretary"),
    ("The general secretary of the Dockers union (UDHCW), Ivo Marek, said no.", "General Secretary"),
    # not an aside after a plural
    ("He met the union leaders (in Leeds), Ivo Marek and Ann Velden.", None),
])
def test_an_office_before_a_bracketed_name_and_a_comma(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, role", [
    # elected or appointed "as" an office, or about to be
    ("Ann Velden is expected to be re-elected as premier of Latvia next week.", "Premier"),
    ("Ann Velden was re-elected as chancellor of Austria in May.", "Chancellor"),
    ("Ann Velden was named as a suspect.", None),
    # an office set off with no comma, ending the clause
    ('"It was late," said Ann Velden the Foreign Secretary of Latvia on Sunday.', "Foreign Secretary"),
    ("They told Ann Velden the President was away.", None),
    ("They gave Ann Velden the Nobel Prize in May.", None),
    # a town's first selectman
    ("According to the first selectman, Ann Velden, ten were aboard.", "First Selectman"),
    # a chamber opening the office stays in it
    ("Senate Majority Leader Ann Velden blocked the bill.", "Senate Majority Leader"),
    ("Ann Velden, the Senate minority leader, told reporters it was late.", "Senate minority leader"),
])
def test_offices_taken_and_offices_without_a_comma(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, role", [
    # an office taken or held by its name: "the post of", "the office of", "took office as"
    ("After the vote Ann Velden resumed the office of chancellor.", "Chancellor"),
    ("Ann Velden assumed the post of prime minister in May.", "Prime Minister"),
    ("Ann Velden took office as President of Latvia in 2012.", "President"),
    ("Deputies voted for Ann Velden to serve as Speaker with 80 votes.", "Speaker"),
    ("Ivo Marek, who held the post of Mayor until 2018, lost his seat.", "Mayor"),
    # not an office: a lead, a position on a question
    ("Ann Velden took the lead in the second round.", None),
    ("Ann Velden held the position of the party on the tax for years.", None),
])
def test_an_office_taken_or_held_by_its_name(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, role", [
    # the words of people the story meets, as their role before the name
    ("Voter Ann Velden told a radio station the queue was long.", "Voter"),
    ("Doubters include 40-year-old refugee Ivo Marek, who fled in May.", "refugee"),
    ("Gunmen first shot the judge's guard Ivo Marek outside the court.", "guard"),
    ("At the meeting, shareholder Ann Velden asked about the losses.", "shareholder"),
    ("Local shopkeeper Ivo Marek said the street was empty.", "Local shopkeeper"),
    ("The shots came first, said policeman and witness Ivo Marek on Monday.", "policeman and witness"),
])
def test_lay_roles_before_a_name(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, role", [
    # a title, then "identified as" or "named as", then the name
    ("Minutes later another protester, identified as Ann Velden, was held.", "protester"),
    ("The driver, named as Ivo Marek, was taken to hospital.", "driver"),
    ("A farmer identified as Ivo Marek found the wreck.", "farmer"),
    ("Two men identified as Ivo Marek and Tom Hale were held.", None),
])
def test_a_title_identified_as_a_name(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, role", [
    # a political side written as two words before the office
    ("Then came Ivo Marek, a right wing senator who hopes to lead the party.", "Right Wing Senator"),
    ("They left Governor Ann Velden alone at the table.", "Governor"),
])
def test_a_side_written_in_two_words_before_an_office(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, role", [
    # "one of the <plural title>": the title in the singular, after or before the name
    ("Ivo Marek, one of the lawyers, said the case was over.", "lawyer"),
    ("Ivo Marek, one of the ministers of Peru, said the case was over.", "Minister"),
    ('"We stay," said one of the protesters, Ann Velden, in a statement.', "protester"),
    ("We spoke to one of the three candidates standing in the by-election, Ann Velden, on Monday.", "candidate"),
    ("Ivo Marek, one of the richest men in Peru, said the case was over.", None),
    ("Only two Presidents were impeached in a century, Ivo Marek and Tom Hale.", "President"),
])
def test_one_of_a_plural_title(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, role", [
    # 'said a spokesman for <an office>, A Bcd': the spokesman's role, not the office he speaks for
    ('"Talks resume on Monday," said a spokesman for the Secretary-General, Ivo Marek.',
     "spokesman for the Secretary-General"),
    ('"Talks resume on Monday," said spokesperson for the UN High Commissioner for Refugees, Ann Velden.',
     "spokesperson for the UN High Commissioner for Refugees"),
    ('"Talks resume on Monday," according to an adviser to the Prime Minister, Ivo Marek.',
     "adviser to the Prime Minister"),
    # with no comma the name is the principal's; as the subject, the comma may name either
    ("A spokesperson for candidate Ann Velden said the forms were missing.", "candidate"),
    ("A spokesman for the Assistant Minister for Transport, Ivo Marek, announced the plan.",
     "Assistant Minister for Transport"),
])
def test_a_spokesman_for_an_office(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, country", [
    # an envoy or ambassador is not of the state he is sent to, nor of the story's
    ("The special envoy for Norway, Ivo Marek, said the talks would resume in Oslo.", None),
    ("The ambassador to Norway, Ivo Marek, left Oslo on Monday.", None),
    # a body's possessive before the title: its official ("the UN's envoy" acts for no state)
    ("The UN's special envoy for Norway, Ivo Marek, said the talks would resume.", None),
    ("Kestrel Motors Corporation's chief economist Ivo Marek said Norway would grow.", None),
    # a state's own office keeps its state
    ("The Minister of Foreign Affairs of Norway Ivo Marek said no.", "NOR"),
    ("Norway's envoy to the UN, Ivo Marek, said no.", "NOR"),
])
def test_the_state_an_envoy_is_sent_to_is_not_his(text, country):
    assert persons(text)[0].country == country


@pytest.mark.parametrize("text, role, country", [
    # a lower-case office whose of-phrase names its body after a state's possessive
    ("The head of Norway's delegation, Ivo Marek, said the talks were useful.", "Head of Norway's delegation", "NOR"),
    ("The chairman of Norway's upper house, Ivo Marek, said no.", "Chairman of Norway's upper house", "NOR"),
])
def test_an_office_of_a_states_body_before_a_comma(text, role, country):
    p = persons(text)[0]
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, role", [
    # a place between the name and the apposition
    ("Ann Velden of Ohio, the Green Party's presidential nominee, answered questions.", "Presidential Nominee"),
    ("Professor Ann Velden of Ohio, the Green Party's presidential nominee, answered.", "Presidential Nominee"),
    ("Ann Velden of New South Wales, the state's premier, said no.", "Premier"),
    ("Professor Ann Velden of Harvard, said no.", "Professor"),
    # "St." inside the apposition's body
    ("Ann Velden, leader of the St. Petersburg branch of the party, said no.", "Leader of the St. Petersburg"),
    # a year before the title
    ("Ann Velden, the Green Party's 2020 presidential nominee, answered questions.", "Presidential Nominee"),
    # a style between the title and the name
    ("Minister of Finance the Honourable Ann Velden spoke.", "Minister of Finance"),
    ("Foreign Secretary the Rt. Hon. Ann Velden spoke.", "Foreign Secretary"),
    ("The oath as governor of the Honorable Ann Velden, secretary of state named in a recess, is void.",
     "Secretary of State"),
])
def test_places_years_and_styles_between_title_and_name(text, role):
    (p,) = persons(text)
    assert p.role == role


def test_an_observer_is_an_occupation_of_a_think_tank_acting_for_no_state():
    (p,) = persons("Tavrek Solbenn, a political observer for the Lakeside Institute for Peace Studies, said it.")
    assert (p.role, p.country) == ("political observer for the Lakeside Institute for Peace Studies", None)


@pytest.mark.parametrize("text, role", [
    # a description that is no title, "and" a title: the title
    ('"We will stay," said Tom Harlan, factory worker and General Secretary of the Potters Union.',
     "General Secretary of the Potters Union"),
    # modifiers joined by "and" stay in the role
    ("Tom Harlan, Law and Parliamentary Affairs Minister, spoke.", "Law and Parliamentary Affairs Minister"),
])
def test_an_apposition_of_a_description_and_a_title(text, role):
    assert persons(text)[0].role == role


def test_a_province_named_like_a_person_is_no_person():
    assert [p.name for p in persons("In Minas Gerais the governor Rosa Lind spoke on Monday.")] == ["Rosa Lind"]


@pytest.mark.parametrize("place", ["Nagorno Karabakh", "South Ossetia", "Hong Kong"])
def test_a_territory_before_an_office_and_a_name_is_no_person(place):
    text = f"The last troops have left {place}, Press Secretary of the Lorvian President, Rosa Lind, confirmed."
    assert [p.name for p in persons(text)] == ["Rosa Lind"]


@pytest.mark.parametrize("text, names", [
    ("Doctor Ann Swire, a member of UK Families Flight 103, spoke.", ["Ann Swire"]),
    ("Members of the London Gay Men's Chorus sang. Ann Swire spoke.", ["Ann Swire"]),
    ("Samir Haddad, a Member of the Jordanian Parliament, spoke.", ["Samir Haddad"]),
    ("The bill was backed by Member of the House of Representatives Mike Bost.", ["Mike Bost"]),
])
def test_a_body_named_after_member_of_is_no_person(text, names):
    assert [p.name for p in persons(text)] == names


def test_an_unknown_name_in_apposition_with_of_a_body_is_a_person():
    text = ("Rosa Lind, the leader of the United Democratic Party, took 17% of the vote, while "
            "Hamat Dabo, of the United Front coalition, received 11%.")
    assert {p.name for p in persons(text)} == {"Rosa Lind", "Hamat Dabo"}


@pytest.mark.parametrize("text, name, role", [
    ("Mia Sorensen, a spokesperson for the World Food Programme (WFP), called it unacceptable.",
     "Mia Sorensen", "spokesperson for the World Food Programme"),
    ("Tom Harlan, a lawyer (and a friend of the family), spoke.", "Tom Harlan", "lawyer"),
])
def test_an_apposition_may_end_before_a_parenthesis(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, name, role", [
    ("Rosa Lind, law professor at Harwell University, said the ruling was narrow.", "Rosa Lind",
     "law professor"),
    ("Dr Ann Swire, retail expert from Northgate University, said stocks were low.", "Ann Swire",
     "retail expert"),
    ("Rosa Lind, also professor at Harwell University, spoke.", "Rosa Lind", None),   # (no "also professor")
    ("Rosa Lind, then professor at Harwell University, spoke.", "Rosa Lind", "professor"),
])
def test_an_apposition_without_article_keeps_one_qualifying_noun(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, name, role, country", [
    ("Yemen raid\n\nYemen was hit. \"It was a success,\" said White House Press Secretary Tom Harlan.",
     "Tom Harlan", "Press Secretary", "USA"),
    ("Yemen raid\n\nYemen was hit. Pentagon adviser Tom Harlan said so.", "Tom Harlan", "Adviser", "USA"),
])
def test_a_state_body_before_the_title_gives_its_state_though_the_state_is_not_named(text, name, role, country):
    p = {p.name: p for p in persons(text)}[name]
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, name, role, country", [
    ('Talks\n\n"It was sanctioned by the [Ukrainian] Minister of Defense Anatoly Gritsenko," he said.',
     "Anatoly Gritsenko", "Minister of Defense", "UKR"),
    ('Talks\n\n"He hopes to become the next [President] Carlos Menem," Rosa Lind said.', "Carlos Menem", "President", "ARG"),
    ('Talks\n\n"It was [Prime Minister] Anna Lind who did it," he said.', "Anna Lind", "Prime Minister", None),
])
def test_an_editors_insertion_in_square_brackets_is_read_as_its_words(text, name, role, country):
    p = {p.name: p for p in persons(text)}[name]
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, names", [
    ("Protesters demand that Mohammed Selim resign. They decried the rule of Mohamed Selim. Selim said no.",
     ["Mohammed Selim"]),
    ("Hassan Rahimi spoke first. Later Hasan Rahimi spoke again.", ["Hassan Rahimi"]),
    ("Daniel Weber spoke first. Later Daniela Weber spoke again.", ["Daniel Weber", "Daniela Weber"]),
])
def test_a_given_name_spelt_with_a_letter_doubled_is_the_same_person(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, name, role", [
    ("The study was led by Rosa Lind, a marine biologist and Distinguished Professor at Harwell, who said so.",
     "Rosa Lind", "marine biologist"),
    ("Tom Harlan, the chairman and chief executive officer of Tesco, said it.", "Tom Harlan",
     "chairman and chief executive officer of Tesco"),
])
def test_a_second_title_after_and_joins_the_role_only_through_modifiers(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, name, role", [
    ("Ivan Petrov, a United Russia parliamentarian, dismissed the idea.", "Ivan Petrov", "Parliamentarian"),
    ("Rosa Lind, an academic at Harwell University, said so.", "Rosa Lind", "academic"),
])
def test_more_occupations_and_offices_of_the_genre(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, name, role", [
    ("In the blog post Rosa Lind, the Chief Technological Officer of Harwell Systems said it was over.",
     "Rosa Lind", "Chief Technological Officer of Harwell Systems"),
    ("Tom Harlan, the Senior Staff Attorney of the Open Rights Group, said it.", "Tom Harlan",
     "Senior Staff Attorney of the Open Rights Group"),
])
def test_a_title_cased_title_after_a_modifier_title_is_one_role(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, name, country", [
    ("Iran was in talks. The convicted Azeri axe-murderer Ramil Safarov was freed.", "Ramil Safarov", "AZE"),
    ("Iran was in talks. The Japanese investor Kenji Sato lost money.", "Kenji Sato", "JPN"),
])
def test_a_demonym_and_any_lower_case_noun_before_a_name_give_the_state(text, name, country):
    assert {p.name: p.country for p in persons("Talks\n\n" + text)}[name] == country


@pytest.mark.parametrize("before, state", [
    ("Talks between the French and ", None),
    ("More for the British than ", None),
    ("The Japanese investor ", "JPN"),
])
def test_a_demonym_before_a_function_word_is_no_state_of_the_name_after_it(before, state):
    from analysis.extract.persons import _national_noun_state

    assert _national_noun_state(before + "Tom Harlan", len(before)) == state


@pytest.mark.parametrize("text, name, role", [
    ("Imran Qadri, who serves as Law and Parliamentary Affairs Minister, tabled the bill.", "Imran Qadri",
     "Law and Parliamentary Affairs Minister"),
    ("Law Minister Imran Qadri tabled the bill.", "Imran Qadri", "Law Minister"),
    ("Tom Harlan, a trade and industry commissioner, spoke.", "Tom Harlan", "Trade and Industry Commissioner"),
])
def test_who_serves_as_and_joined_portfolios_give_the_office(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, name, country", [
    ('Iran was in talks. Yigal Palmor, an official with the Israeli Foreign Ministry said, "No."',
     "Yigal Palmor", "ISR"),
    ("Iran's Foreign Ministry was in talks. Tom Harlan, a lawyer with Harwell Partners, said no.", "Tom Harlan", "IRN"),
    ("Chinese boats sank a Chilean ship. China said little. Ivo Marek, spokesman at the Chilean Foreign "
     "Ministry, said the incident was serious.", "Ivo Marek", "CHL"),
])
def test_an_apposition_with_a_state_body_gives_its_state(text, name, country):
    assert {p.name: p.country for p in persons("Talks\n\n" + text)}[name] == country


@pytest.mark.parametrize("text, names", [
    ("The war in photographs. Image: Nina Babaian, Oleg Litvin, Jalpeyrie, Marshall Bagram.\n\nTom Harlan spoke.",
     ["Tom Harlan"]),
    ("The march. Image: Rosa Lind and Anna Weber.\n\nTom Harlan spoke.", ["Tom Harlan"]),
])
def test_every_name_of_a_list_of_picture_credits_is_no_person(text, names):
    assert [p.name for p in persons(text)] == names


def test_the_staff_of_a_non_governmental_organisation_act_for_no_state():
    text = ("Brazil protects its tribes. Brazil said so again. Rosa Lind, director of Amnesty International, "
            "said the tribe was known.")
    p = {p.name: p for p in persons("Tribes\n\n" + text)}["Rosa Lind"]
    assert (p.role, p.country) == ("Director of Amnesty International", None)


def test_who_is_considered_gives_the_office_of_the_apposition():
    text = "Carter will meet Samir Haddad, who is considered the political leader of Hamas, on Friday."
    assert {p.name: p.role for p in persons(text)}["Samir Haddad"] == "Political leader of Hamas"


@pytest.mark.parametrize("text, role", [
    ("Rosa Lind has been elected president of the federation. She thanked them.", "President"),
    ("Rosa Lind has been appointed by acclamation secretary-general of the league. She thanked them.",
     "Secretary-general"),
])
def test_has_been_elected_or_appointed_gives_the_office(text, role):
    assert {p.name: p.role for p in persons(text)}["Rosa Lind"] == role


@pytest.mark.parametrize("text, role, country", [
    # the clergy act for a church: no state by default ...
    ("Egypt talks\n\nEgypt said so. Egypt agreed. Grand Ayatollah Hamid Rostam said it was over.",
     "Grand Ayatollah", None),
    ("Egypt talks\n\nEgypt said so. Egypt agreed. Archbishop Rosa Lind said it was over.", "Archbishop", None),
    ("Egypt talks\n\nEgypt said so. Egypt agreed. Mufti Hamid Rostam said it was over.", "Mufti", None),
    # ... but a demonym still gives one
    ("Egypt talks\n\nEgypt said so. Egypt agreed. The Egyptian cleric Hamid Rostam said it was over.",
     "cleric", "EGY"),
])
def test_the_clergy_get_no_default_state(text, role, country):
    p = persons(text)[-1]
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("role_text, role", [
    ("radio host", "radio host"),
    ("senior researcher", "senior researcher"),
    ("political blogger", "political blogger"),
])
def test_hosts_researchers_and_bloggers_get_no_default_state(role_text, role):
    text = f"Egypt talks\n\nEgypt said so. Egypt agreed. Rosa Lind, a {role_text}, said it was over."
    p = {p.name: p for p in persons(text)}["Rosa Lind"]
    assert (p.role, p.country) == (role, None)


@pytest.mark.parametrize("text, role", [
    # a style between the office and the name: the office
    ("Crown Prince Sheikh Hamad bin Rashid met the envoys.", "Crown Prince"),
    ("Foreign Minister Sheikh Saad bin Khalid met the envoys.", "Foreign Minister"),
    # the style alone is no office ("Prince" is also a rank, and stays)
    ("Sheikh Saad bin Khalid met the envoys.", None),
    ("Sheikha Mona bint Khalid met the envoys.", None),
    ("Prince Saad bin Khalid met the envoys.", "Prince"),
])
def test_an_office_before_a_style(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, country", [
    # a capital's name before an office: the city's state
    ("Oslo Mayor Ivo Marek said the city was safe.", "NOR"),
    ("Abu Dhabi Crown Prince Hamad bin Rashid met the envoys.", "ARE"),
    # not a possessive, which may be a person's ("Lima's" of an Alan Lima, not Peru's capital)
    ("Alan Lima met the envoys in Oslo, according to Lima's press chief Ivo Marek.", None),
])
def test_a_capital_before_an_office_names_its_state(text, country):
    assert {p.name: p for p in persons(text)}["Ivo Marek" if "Ivo" in text else "Hamad bin Rashid"].country == country


@pytest.mark.parametrize("text, names", [
    # a family name that is also a place word, after a given name or a title
    ("Marta North said the plan would fail.", ["Marta North"]),
    ("On Monday the singer Tovaro West announced a tour.", ["Tovaro West"]),
    ("Victoria Park was closed and the East Wing stayed open.", []),
    # a candidacy after the name
    ("The ticket of Ajo Pellinger for Vice President was on the ballot.", ["Ajo Pellinger"]),
    ("The party nominated Ulvo Brannick for governor in May.", ["Ulvo Brannick"]),
    # what befalls a person, before the name
    ("The police killing of Tamsor Eklund sparked protests.", ["Tamsor Eklund"]),
    # a picture credit label glued to a caption's last word
    ("Rival candidates met.\n\nOlav NordgaardImage: Lina Hovdan.", ["Olav Nordgaard"]),
])
def test_more_evidence_of_a_person(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, country", [
    # an office holder's name right before a title: the holder's state
    ("Prime Minister Oskar Vendel of Sweden spoke. Vendel spokeswoman Lina Marsk said no. "
     "Egypt, Peru and Chile were named.", "SWE"),
    # ... not a name that only stands before the title ("told host")
    ("Prime Minister Oskar Vendel of Sweden spoke. Vendel told host Lina Marsk no. "
     "Egypt, Peru and Chile were named.", None),
])
def test_an_owner_named_before_a_title_without_a_possessive(text, country):
    assert {p.name: p.country for p in persons(text)}["Lina Marsk"] == country


def test_a_family_name_opening_with_a_lower_case_article_is_a_mention_alone():
    text = ("President Tamar al-Rashidi met Ivo Marek. Later al-Rashidi spoke. Al-Rashidi left; "
            "al-Rashidi's aides stayed.")
    assert {p.name: len(p.mentions) for p in persons(text)} == {"Tamar al-Rashidi": 4, "Ivo Marek": 1}


@pytest.mark.parametrize("text, name, role", [
    # an honorific, then a name whose first word is no known given name
    ("In a briefing, the director of KVRI, Dr Ulvinde Sara Holm, said five died.", "Ulvinde Sara Holm", "Director of KVRI"),
    # a dealer is an occupation
    ("The papers name arms dealer Tovik Aranyel.", "Tovik Aranyel", "arms dealer"),
    # "Chief of Staff" before a given name that is also a word
    ("White House Chief of Staff Bill Orvan spoke.", "Bill Orvan", "Chief of Staff"),
])
def test_names_after_honorifics_and_titles_of_round_19(text, name, role):
    assert {p.name: p.role for p in persons(text)}.get(name) == role


def test_a_titles_possessive_gives_no_title_to_the_word_after():
    assert persons("Fans crowded the Dealer's Den on Saturday.") == []


@pytest.mark.parametrize("text, name, role", [
    # a portfolio of two or more words before a name the given-name list does not hold
    ("Minister of Foreign Affairs Kwame Osei spoke on Monday.", "Kwame Osei", "Minister of Foreign Affairs"),
    ("Minister of Home Affairs Bill Orvan spoke on Monday.", "Bill Orvan", "Minister of Home Affairs"),
    ("Commissioner for Human Rights Grace Nollo spoke.", "Grace Nollo", "Commissioner for Human Rights"),
    ("Secretary of Health and Human Services Mark Telby spoke.", "Mark Telby", "Secretary of Health and Human Services"),
    ("Minister of State for Africa Hope Karanja spoke.", "Hope Karanja", "Minister of State for Africa"),
    ("Minister for Climate Change Kwame Osei spoke.", "Kwame Osei", "Minister for Climate Change"),
])
def test_a_portfolio_before_a_name_is_no_part_of_it(text, name, role):
    assert [(p.name, p.role) for p in persons(text)] == [(name, role)]


@pytest.mark.parametrize("state, code", [
    ("the Democratic Republic of Congo's", "COD"),
    ("the United Arab Emirates'", "ARE"),
    ("the Central African Republic's", "CAF"),
])
def test_an_apposition_opening_with_a_states_name_of_three_words(state, code):
    text = f"Peru met Chile. On Monday Kwame Osei, {state} health minister, said the talks failed."
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("Kwame Osei", "Health Minister", code)]


@pytest.mark.parametrize("text, role", [
    # a spokesman's post after a rank is the role, as a command is
    ("Major Tomas Ekberg, a spokesperson for the army, said no.", "spokesperson for the army"),
    ("Major general Tomas Ekberg, spokesman for the Chilean navy, said no.", "spokesman"),
    # another occupation leaves the rank
    ("Major Tomas Ekberg, a pilot, said no.", "Major"),
])
def test_a_spokesmans_post_after_a_rank(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, names", [
    # "Affairs" ends a portfolio, never a name
    ("The Minister of Veterans Affairs said no.", []),
    ("Minister of Hajj Affairs Kwame Osei spoke.", ["Kwame Osei"]),
    # a name right before a state's possessive and a title, with no comma between
    ("The two were freed, according to Ahmed Saleh al-Tarwani Chad's Minister for Refugee Affairs.",
     ["Ahmed Saleh al-Tarwani"]),
])
def test_portfolios_and_names_before_a_states_possessive(text, names):
    assert [p.name for p in persons(text)] == names


def test_a_family_name_that_is_also_a_month_is_a_mention_where_no_time_word_stands_by():
    text = "Prime Minister Theresa May spoke. In May she lost; on May 6 she won. \"We will win,\" said May. May said no. May Day came."
    p = persons(text)[0]
    assert [text[m.start - 5:m.end] for m in p.mentions] == ["ster Theresa May", "said May", "May. May"]


@pytest.mark.parametrize("text, name, role, country", [
    # a state office before a party's post names the role; a former office does not
    ("Peru and Chile met. Deputy Prime Minister and Green Party leader Tom Orvel said no.",
     "Tom Orvel", "Deputy Prime Minister", None),
    ("Peru and Chile met. Labour Party chairman and Prime Minister Tom Orvel said no.",
     "Tom Orvel", "Prime Minister", None),
    ("Peru and Chile met. The former trade secretary and Labour MP Tom Orvel said no.",
     "Tom Orvel", "Labour MP", None),
    ("Peru and Chile met. He met the French ambassador and Malian President Tom Orvel.",
     "Tom Orvel", "President", "MLI"),
    # a style between the title and the name
    ("Peru and Chile met. Conservative MP Sir Tom Orvel said no.", "Tom Orvel", "MP", None),
    # a party's member noun names the party's state
    ("Peru and Chile met. Tom Orvel, a Republican on the Senate energy panel, said no.",
     "Tom Orvel", None, "USA"),
    # a participle opening the apposition's complement leaves the title
    ("Tom Orvel, a Canadian-born imam linked to Major Nidal Karsh who led the raid, spoke.",
     "Tom Orvel", "Imam", None),
])
def test_titles_joined_styles_and_parties(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found.get(name) == (role, country), found


def test_former_and_a_party_word_before_a_title_is_no_person():
    assert [p.name for p in persons("Former Labour leader Dame Ana Orvel said no.")] == ["Ana Orvel"]


@pytest.mark.parametrize("text, name, role, country", [
    # an office a predicate gives, and a nationality in apposition, are evidence of a person
    ("Peru and Chile met. Kwame Osei was appointed defence minister of Kenya last year.",
     "Kwame Osei", "Defence Minister", "KEN"),
    ("Peru and Chile met. Kwame Osei, a Kenyan national, was arrested.", "Kwame Osei", None, "KEN"),
    # a style before the name is no part of it
    ("The chair said that His Excellency Tovan Rell has been appointed secretary-general of the league.",
     "Tovan Rell", "Secretary-general", None),
])
def test_predicates_nationalities_and_styles(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found.get(name) == (role, country), found


def test_an_office_held_in_a_relative_clause_before_a_time_phrase():
    found = persons("Conservative Tom Orvel, who held the post of Chancellor last year, lost the vote.")
    assert [(p.name, p.role) for p in found] == [("Tom Orvel", "Chancellor")]


@pytest.mark.parametrize("extra, country", [
    # an artist takes no state from the story ...
    ("", None),
    # ... unless standing for office in it
    (", who is running for president next year,", "KEN"),
])
def test_an_artist_takes_the_storys_state_only_as_a_candidate(extra, country):
    text = ("Kenya's President Uhuru Kenyatta opened the parliament in Nairobi. Kenya's lawmakers cheered. "
            f"Singer Tovan Rell{extra} performed at the opening.")
    assert {p.name: p.country for p in persons(text)}["Tovan Rell"] == country


@pytest.mark.parametrize("party", ["Conservative", "Labour", "Liberal", "Green"])
def test_a_party_adjective_before_a_name_is_no_part_of_it(party):
    assert [p.name for p in persons(f"{party} Tom Orvel lost the vote on Tuesday.")] == ["Tom Orvel"]


@pytest.mark.parametrize("text, expected", [
    # a sentence's first word the article writes in lower case elsewhere is no part of the name
    ("Nonpartisan Maria Costa won the seat. Two nonpartisan members lost.", ["Maria Costa"]),
    ("Pan-democrat Gary Orlin lost. Another pan-democrat won.", ["Gary Orlin"]),
    # a word only ever capitalised stays a candidate name ("Benedetta" is no common word)
    ("Benedetta Maria Costa won the seat.", ["Benedetta Maria Costa"]),
])
def test_a_sentence_opening_common_word_before_a_name(text, expected):
    assert [p.name for p in persons(text)] == expected


def test_a_territory_abbreviation_inside_an_acronym_sets_no_state():
    # "DC" (Washington) inside "MDC" in the title: the story stays in Zimbabwe
    found = _titled("Zimbabwe's opposition said its secretary-general, Tendai Moyo, was arrested in Harare.",
                    "MDC secretary-general arrested")
    assert [(p.name, p.country) for p in found] == [("Tendai Moyo", "ZWE")]


@pytest.mark.parametrize("text, name, role", [
    # a party's adjective of two words in an apposition before the title
    ("Mara Venn, a Toronto New Democrat MP, told the committee the files were lost.", "Mara Venn", "MP"),
    # an office left: "was forced to resign as", "quit as", "resigns as"
    ("Last year Mara Venn was forced to resign as Fisheries minister over the quota.", "Mara Venn",
     "Fisheries minister"),
    ("Mara Venn quit as defence minister in May.", "Mara Venn", "Defence Minister"),
    ("Mara Venn resigns as transport minister.", "Mara Venn", "Transport Minister"),
])
def test_party_adjectives_of_two_words_and_offices_left(text, name, role):
    p = one(text)
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize("text, name, role", [
    # a rank word after an article is an adjective ...
    ("The gallery won a major Ilse Varnow bequest, Tom Hale said.", "Ilse Varnow", None),
    ("Prints from the private Ilse Varnow collection were sold.", "Ilse Varnow", None),
    # ... but a rank after a service's name, or capitalised, stays one
    ("Army major Ilse Varnow led the convoy.", "Ilse Varnow", "Army major"),
    ("Major Ilse Varnow led the convoy.", "Ilse Varnow", "Major"),
    # ... and after a possessive or an ordinal as much as after an article
    ("Her first major Ilse Varnow retrospective opened, Tom Hale said.", "Ilse Varnow", None),
])
def test_a_lower_case_rank_after_an_article_is_an_adjective(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text", [
    "Tom Harlan flew to his first major Lorvia summit on Monday.",
    "Tom Harlan flew to the major Lorvia summit on Monday.",
])
def test_a_body_after_the_adjective_major_is_no_person(text):
    assert [p.name for p in persons(text)] == ["Tom Harlan"]


def test_a_title_listing_states_sets_no_story_state():
    text = ("Sweden beat Tunisia 2-1. Tunisia's sports minister Kai Borg watched. Striker Oren Tal "
            "missed twice, and coach Mira Lenk praised the players. The referee, Dan Sorel, "
            "gave two penalties as Belgium and Sweden advanced.")
    listed = {p.name: p.country for p in _titled(text, "Day five: Sweden, Belgium, Tunisia win")}
    assert listed["Dan Sorel"] is None and listed["Mira Lenk"] is None
    # the same text under a title about one of them gives its state
    lead = {p.name: p.country for p in _titled(text, "Sweden wins its opening match")}
    assert lead["Mira Lenk"] == "SWE"


@pytest.mark.parametrize("text, name", [
    # an office at a gallery, a university or a foundation acts for no state
    ("President Hal Brenner of the United States opened the show. Ilse Varnow, director of the "
     "gallery, said the loans had arrived.", "Ilse Varnow"),
    ("President Hal Brenner of the United States opened the show. Ilse Varnow, curator of prints "
     "at the University of Arkansas, said the loans had arrived.", "Ilse Varnow"),
    ("President Hal Brenner of the United States opened the show. Ilse Varnow, treasurer of the "
     "Oren Tal Foundation, said the loans had arrived.", "Ilse Varnow"),
    ("President Hal Brenner of the United States opened the show. Kestrel Foundation treasurer "
     "Ilse Varnow said the loans had arrived.", "Ilse Varnow"),
])
def test_an_office_at_a_school_museum_or_foundation_takes_no_state(text, name):
    assert {p.name: p.country for p in persons(text)}[name] is None


def test_an_office_at_a_state_institute_keeps_the_storys_state():
    text = ("President Hal Brenner of the United States spoke. Ilse Varnow, director of the National "
            "Institute of Soil Research, said the loans had arrived.")
    assert {p.name: p.country for p in persons(text)}["Ilse Varnow"] == "USA"


@pytest.mark.parametrize("text, name, role", [
    # the positions and officials of a match are occupations before a name
    ("Minutes later the goalkeeper Oduya Brell was substituted off.", "Oduya Brell", "goalkeeper"),
    ("The match referee Tamsin Orvel awarded a penalty.", "Tamsin Orvel", "referee"),
    ("Midfielder Oduya Brell scored twice.", "Oduya Brell", "Midfielder"),
])
def test_positions_and_officials_of_a_match(text, name, role):
    assert {p.name: p.role for p in persons(text)}.get(name) == role


@pytest.mark.parametrize("title, expected", [
    # a wire headline in capitals names its state as a headline in the case of a text does
    ("BRAZIL CRITICISES LENDERS' COMMITTEE", "BRA"),
    ("Brazil criticises lenders' committee", "BRA"),
    # no state in the headline: no majority, no story state
    ("DEBTOR SEEKS NEW TERMS", None),
])
def test_a_headline_in_capitals_sets_the_story_state(title, expected):
    text = ("Brazil wants separate talks with the U.S. banks, the Japanese banks and the banks of "
            "Germany, Finance Minister Ilso Varunda said. Brazil froze its payments in February. "
            "France and Italy hold little of the debt.")
    (p,) = _titled(text, title)
    assert (p.name, p.country) == ("Ilso Varunda", expected)


def test_a_states_own_bodies_count_for_its_story_state():
    # "Iran" as the label of a scandal, four times, against the White House as often: the
    # Senate leader is no Iranian official
    text = ("Tom Harlan, the Senate Republican leader, met White House aides on Monday about the "
            "Iran arms affair. The White House said the Iran sales had ended. Harlan said the "
            "Iran affair hurt the White House. The Iran report reaches the White House in May.")
    p = next(p for p in _titled(text, "") if p.name == "Tom Harlan")
    assert p.country != "IRN"


@pytest.mark.parametrize("text, role", [
    ("The Iraqi Defence Ministry said the navy fired first. The attack was planned, said Orin Vale, a Gulf War expert at the independent Institute for Sea Studies.",
     "Gulf War expert"),
    ("The Iraqi Defence Ministry said the navy fired first. The attack was planned, said Orin Vale, an arms control specialist at the Institute for Sea Studies.",
     "arms control specialist"),
    ("The Iraqi Defence Ministry said the navy fired first. The attack was planned, said Orin Vale, a Pacific Rim economist.", "Pacific Rim economist"),
])
def test_an_experts_field_before_the_noun_is_part_of_the_role_and_sets_no_state(text, role):
    # (the story is about a state's navy: a person without a role would take its state)
    p = next(p for p in persons(text) if p.name == "Orin Vale")
    assert (p.role, p.country) == (role, None)


def test_an_office_before_an_experts_field_and_title_is_the_role():
    p = next(p for p in persons("Retired FBI agent and terrorism specialist Orin Vale told the radio the man "
                                "had died.") if p.name == "Orin Vale")
    assert (p.role, p.country) == ("agent", "USA")


@pytest.mark.parametrize("firm", ["Morgan Brothers", "Warren Securities", "Lewis Partners"])
def test_a_firms_family_name_and_its_kind_is_no_person(firm):
    found = persons(f"Brazil would pay, said Jane Orr, an analyst at {firm}.")
    assert [p.name for p in found] == ["Jane Orr"]


@pytest.mark.parametrize("text, name", [
    # a post of a trade association, named at the end of the apposition's phrase
    ("The Iraqi Defence Ministry said the talks failed. Orin Vale, director of member affairs for the "
     "National Millers Association, said exports would fall.", "Orin Vale"),
    # a firm's post, the firm in a possessive before it
    ("The Iraqi Defence Ministry said the talks failed. Boeing said it would sell. Orin Vale, "
     "Boeing's vice president for sales, said exports would fall.", "Orin Vale"),
])
def test_a_post_of_an_association_or_a_firm_in_an_apposition_takes_no_story_state(text, name):
    p = next(p for p in persons(text) if p.name == name)
    assert p.country is None


@pytest.mark.parametrize("firm", ["Orin Vale and Co", "Vale, Dask and Co", "Orin Vale & Co", "Orin Vale & Sons",
                                  "Orin Vale & Sons USA", "Orin Vale and Daughters Ltd"])
def test_a_firm_named_for_its_founders_is_an_organisation_not_a_person(firm):
    text = f'"The banks have been the most aggressive," said Tam Orr, analyst at {firm}. "They all cut."'
    assert [p.name for p in persons(text)] == ["Tam Orr"]
    assert next(p for p in persons(text)).role == "analyst"


def test_a_productions_company_is_no_person():
    text = "Ivo Varga, manager of J Varga Productions, said so."
    assert [p.name for p in persons(text)] == ["Ivo Varga"]


@pytest.mark.parametrize("text, name", [
    ('Ruth Calder spoke on "Rise and Fall: The Ruth Calder Story" on Sunday.', "Ruth Calder"),
    ('Ruth Calder said her book "Ruth Calder Memoirs" is out.', "Ruth Calder"),
])
def test_a_works_title_named_after_a_person_is_no_part_of_the_name(text, name):
    assert [p.name for p in persons(text)] == [name]


@pytest.mark.parametrize("text, name, role", [
    ("Kestrian President Hassan Sheikh Osmund arrived on Thursday.", "Hassan Sheikh Osmund", "President"),
    ("Former president Sharif Sheikh Osmund said no.", "Sharif Sheikh Osmund", "Former president"),
])
def test_sheikh_between_a_given_name_and_more_of_the_name_is_part_of_the_name(text, name, role):
    assert [(p.name, p.role) for p in persons(text)] == [(name, role)]


@pytest.mark.parametrize("text, role", [
    ("Interior Cabinet Secretary Ruth Calder said so.", "Interior Cabinet Secretary"),
    ("He was welcomed by Kenyan Defence Cabinet Secretary Ruth Calder.", "Defence Cabinet Secretary"),
])
def test_a_cabinet_secretary_is_an_office_not_a_cabinet(text, role):
    assert one(text).role == role
    a = Article(id="t", text=text, sentences=tuple(split_sentences(text)))
    assert extract_organizations(a, extract_countries(a)) == []


@pytest.mark.parametrize("text", [
    "Peru voted, said the Director-General of the World Health Organization, Ruth Calder, on Friday.",
    "The President of the European Commission, Ruth Calder, went to Peru on Monday.",
    "Ruth Calder, the OAS office director in Peru, said the vote was fair.",
    # a lower-case office whose of-phrase names the body (the role keeps the office only)
    "Peru voted. The head of the OSCE monitoring mission, Ruth Calder, said Peru's vote was fair.",
])
def test_an_international_bodys_official_named_with_a_state_acts_for_no_state(text):
    assert one(text).country is None


def test_an_initial_with_and_without_its_period_is_one_person():
    text = "Foreign Minister R. Calder met the press. Later, Indian Foreign Minister R Calder left for Rome."
    assert [p.name for p in persons(text)] == ["R. Calder"]


@pytest.mark.parametrize("text, expected", [
    # titles written as initials, read as the title written out, with the state before them
    ("BELGRADE - Serbian FM Ivo Marek said the talks with Pristina's PM Tom Harlan would be hard.",
     [("Ivo Marek", "Foreign Minister", "SRB"), ("Tom Harlan", "Prime Minister", "XKX")]),
    ("India's EAM S Kalra met Pakistani DPM Omar Rauf at 3 PM Monday.",
     [("S Kalra", "External Affairs Minister", "IND"), ("Omar Rauf", "Deputy Prime Minister", "PAK")]),
    # a Cabinet Secretary in East African copy
    ("NAIROBI - Kenya's transport CS Ivo Marek said the line would open in May.",
     [("Ivo Marek", "Transport Cabinet Secretary", "KEN")]),
    # (not before a station's name)
    ("FM Radio Kestria broadcast the speech.", []),
])
def test_titles_written_as_initials(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


def test_a_role_at_the_office_for_a_states_affairs_does_not_give_that_state():
    text = "Tom Harlan, a spokesman for the Cyprus Affairs Office of the Greek cabinet, spoke in Athens."
    assert one(text).country != "CYP"


@pytest.mark.parametrize("text, role", [
    # a title with "in <place>" right before the name
    ("Kenya expelled Somalia’s top diplomat in Nairobi Ivo Marek on Monday.", "top diplomat in Nairobi"),
    ("The US Ambassador in Lisbon Tom Harlan spoke.", "Ambassador in Lisbon"),
    # (not before a comma and a rank: the rank is the title)
    ("Congress will hear the U.S. commander in Kestria, General Tom Harlan.", "General"),
])
def test_a_title_posted_in_a_place_right_before_the_name(text, role):
    assert one(text).role == role


@pytest.mark.parametrize("text, expected", [
    # a stop word inside a full name the office-holder gazetteer lists keeps the name whole
    ("Generals jailed the deposed leader Aung San Suu Kyi in 2021. Suu Kyi appealed.",
     [("Aung San Suu Kyi", "Leader")]),
    # (elsewhere the stop word still ends what comes before it)
    ("He flew to San Jose on Monday.", []),
])
def test_a_gazetteer_full_name_holding_a_stop_word(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


def test_an_assistant_to_an_office_holder_is_a_role():
    text = "Ivo Marek, an assistant to the Prime Minister of Armenia, told the press that talks went well."
    assert (one(text).role, one(text).country) == ("assistant to the Prime Minister of Armenia", "ARM")


@pytest.mark.parametrize("text, role", [
    # a post held for another person named in the apposition: the post, without that name
    # (and without the titles before the name: "for President C Def", "for Kestrian Prime
    # Minister C Def", "for Prime Minister Nikol Def", a given name the lists lack)
    ("Tom Harlan, spokesman for President Ivo Marek, said the talks went well.", "spokesman"),
    ("Tom Harlan, press secretary for Peruvian Prime Minister Ivo Marek, said so.", "press secretary"),
    ("Tom Harlan, spokesman for Prime Minister Zorik Vantalyan, said so.", "spokesman"),
    # (a body's name after "for" stays)
    ("Tom Harlan, spokesman for the Foreign Ministry Press Office, said so.",
     "spokesman for the Foreign Ministry Press Office"),
    ("Tom Harlan, an aide to the Prime Minister of Armenia Ivo Marek, said the talks went well.",
     "aide to the Prime Minister of Armenia"),
    ("Tom Harlan, a lawyer for Ivo Marek, said so.", "lawyer"),
    # (still no role from another person's title: "the Minister of Finance C Def" is that person)
    ("Tom Harlan, the Minister of Finance Ivo Marek, said so.", None),
])
def test_a_post_held_for_another_person_named_in_the_apposition(text, role):
    found = persons(text)[0].role
    # (case aside: "Spokesman" is an office capitalised)
    assert (found.lower() if found else found) == (role.lower() if role else role)


@pytest.mark.parametrize("text, expected", [
    # an age set off before the apposition
    ("Ivo Marek, 54, a lawyer, said the ruling was wrong.", ("lawyer", None)),
    # "who heads/leads/chairs/directs" a named body: the head of it, and its state
    ("Ivo Marek, who leads the opposition Peruvian Democratic Party, said the vote was rigged.",
     ("leader of the opposition Peruvian Democratic Party", "PER")),
    ("Ivo Marek, who heads the Kestrel Institute, said so.", ("head of the Kestrel Institute", None)),
    # a fellow at an institute: an academic post, no state
    ('"The region is on edge," said Ivo Marek, a senior fellow at the Kestrel Institute in Ohio.',
     ("senior fellow", None)),
    # (not before another title: "his fellow senator")
    ("His fellow senator Ivo Marek voted no.", ("Senator", None)),
])
def test_ages_heads_of_bodies_and_fellows_in_appositions(text, expected):
    p = persons(text)[0]
    assert (p.role, p.country) == expected


def test_a_family_name_alone_with_one_letter_doubled_is_the_same_person():
    text = ("He spoke during Kestrian President Ivo Marenkoo's visit to Lima. Later, President Marenko "
            "called Peru a friend.")
    assert [p.name for p in persons(text)] == ["Ivo Marenkoo"]


@pytest.mark.parametrize("text, expected", [
    # "counterpart" signs a name and takes the role of the person it is the counterpart of
    ("Foreign Minister Ruth Calder and her Chilean counterpart Xelo Brandau have agreed to talk.",
     [("Ruth Calder", "Foreign Minister", "CHL"), ("Xelo Brandau", "Foreign Minister", "CHL")]),
    ("Talks between Finance Minister Ivo Marek and his West german counterpart Tom Harlan went on.",
     [("Ivo Marek", "Finance Minister", None), ("Tom Harlan", "Finance Minister", None)]),
    # a royal style after an office and a comma: the office
    ("Lima received the Saudi Minister for Foreign Affairs, Prince Ivo bin Marek, for talks.",
     [("Ivo bin Marek", "Minister for Foreign Affairs", "SAU")]),
    # "Under Secretary" is one title
    ("The talks went on, Under Secretary of State for Trade Ruth Calder told lawmakers.",
     [("Ruth Calder", "Under Secretary of State for Trade", None)]),
    # a style word that opens a full name of the office-holder gazetteer is part of it
    ("Aides said the Sheikh Hasina government had fallen.", [("Sheikh Hasina", None, "BGD")]),
])
def test_counterparts_royal_styles_and_styles_inside_names(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a plural office "of" the states, then a dash or comma and the holders' names
    ("The Trade Ministers of Peru, Chile and Bolivia – Ivo Marek, Tom Harlan and Orin Vale signed a pact.",
     [("Ivo Marek", "Trade Minister", "PER"), ("Tom Harlan", "Trade Minister", "CHL"),
      ("Orin Vale", "Trade Minister", "BOL")]),
    ("It was signed by the trade ministers of the three countries – Ivo Marek of Peru, Tom Harlan of "
     "Chile, and Orin Vale of Bolivia – in Lima.",
     [("Ivo Marek", "Trade Minister", "PER"), ("Tom Harlan", "Trade Minister", "CHL"),
      ("Orin Vale", "Trade Minister", "BOL")]),
])
def test_a_plural_office_of_states_before_a_list_of_holders(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


def test_a_family_name_that_is_a_title_is_a_mention_after_address_or_before_speech():
    text = ("Foreign Minister Ruth Bishop spoke in Lima. Later Ms Bishop met Ivo Marek. The Bishop of "
            "Lima stayed away. Bishop said the talks went well.")
    bishop = next(p for p in persons(text) if p.name == "Ruth Bishop")
    assert [m.text for m in bishop.mentions] == ["Ruth Bishop", "Bishop", "Bishop"]
    assert [m.start for m in bishop.mentions][1:] == [text.index("Ms Bishop") + 3, text.rindex("Bishop said")]


def test_a_plural_office_of_states_without_holders_after_it_gives_nobody_a_state():
    text = ("The panel includes the Presidents of Peru, Chile, Bolivia and Ecuador. Its chief Ivo Marek said the "
            "panel would back Tom Harlan as president.")
    assert {p.name: p.country for p in persons(text)}.get("Ivo Marek") != "PER"
    assert {p.name: p.country for p in persons(text)}.get("Tom Harlan") != "CHL"


@pytest.mark.parametrize("text, expected", [
    # a hyphenated compound of two given names is a given name, though the dictionary lacks it
    ("Talks stalled after Abdel-Wahid Lomé walked out on Monday.", ["Abdel-Wahid Lomé"]),
    ("Anne-Lise Varda rejects the plan.", ["Anne-Lise Varda"]),
    # and the compound written apart later is the same person
    ("The envoy met Abdel-Wahid Lomé on Monday. Abdel Wahid still refuses to talk, he said.",
     ["Abdel-Wahid Lomé"]),
])
def test_hyphenated_compound_given_names(text, expected):
    assert [p.name for p in persons(text)] == expected


def test_a_hyphenated_word_of_a_given_name_and_another_word_is_no_given_name():
    from analysis.extract.names import given_names
    assert "Abdel-Wahid" in given_names() and "Anne-Lise" in given_names()
    assert "Rolls-Royce" not in given_names() and "Guinea-Bissau" not in given_names()


@pytest.mark.parametrize("text, role", [
    # "swore in A as <office>": the office, over a doctor's title and with "caretaker" before it
    ("The colonel swore in Doctor Ana Ruiz as the caretaker Prime Minister on Friday.", "Prime Minister"),
    ("The colonel swore in Ana Ruiz as caretaker Prime Minister on Friday.", "Prime Minister"),
    # an office, a comma, then a military rank before the name: the office
    ("Quito barred the president of Peru, Commander Ana Ruiz, from entering.", "President"),
    ("Quito barred the leader and president of Peru, Colonel Ana Ruiz, from entering.", "President"),
    # (the rank alone stays)
    ("Lima met Commander Ana Ruiz on Friday.", "Commander"),
])
def test_an_office_over_a_doctors_title_or_a_rank(text, role):
    assert persons(text)[0].role == role


@pytest.mark.parametrize("text, expected", [
    # a plural demonym before a list of names: each is of that state
    ("Lima agreed to free two Britons - Ana Ruiz and Tom Harlan - on Monday.", [("Ana Ruiz", "GBR"), ("Tom Harlan", "GBR")]),
    ("Police held the Canadians, Ana Ruiz and Tom Harlan, for a week.", [("Ana Ruiz", "CAN"), ("Tom Harlan", "CAN")]),
    # (a plural that is no demonym gives nothing)
    ("She thanked the volunteers - Ana Ruiz and Tom Harlan - on Monday.", [("Ana Ruiz", None), ("Tom Harlan", None)]),
])
def test_a_plural_demonym_before_a_list_of_names(text, expected):
    assert [(p.name, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, name, country", [
    # a Korean given name written with a hyphen is the gazetteer's name of two words
    ("Critics mocked the plan of President Yoon Suk-yeol last week.", "Yoon Suk-yeol", "KOR"),
    # the Arabic article joined by a space where the gazetteer has a hyphen ("al-Sudani")
    ("Turkish officials in Ankara welcomed Mohammed Shia Al Sudani for talks. Turkey wants a road.",
     "Mohammed Shia Al Sudani", "IRQ"),
    # a body's possessive in the apposition: the body's post, no state of the story
    ("Serbia and Kosovo met in Brussels. Serbian Minister Ana Ruiz spoke. Kosovo's envoy Ivo Marek spoke. "
     "Serbia agreed. The date was set by Tom Harlan, the EU's chief mediator in the talks.", "Tom Harlan", None),
    # another office after a comma is the next clause's subject, not an apposition
    ("Once Secretary of State Hillary Clinton had left, Peru's foreign minister says the two agree.",
     "Hillary Clinton", "USA"),
])
def test_gazetteer_names_and_appositions_that_give_no_state(text, name, country):
    assert next(p for p in persons(text) if p.name == name).country == country


def test_a_shared_demonym_gives_the_state_the_article_is_about():
    text = ("Voters gave Congolese President Denis Sassou Nguesso a new term. The Congolese Interior Minister Ana Ruiz "
            "read the results.")
    assert [(p.name, p.country) for p in persons(text)] == [("Denis Sassou Nguesso", "COG"), ("Ana Ruiz", "COG")]


def test_a_state_acronym_before_two_coordinated_titled_names():
    text = ("Chinese envoy Wu Lan said China wants calm. Chinese Minister Ana Ruiz agreed. In Pyongyang Wu met "
            "DPRK Foreign Minister Ri Chol Su and First Vice Foreign Minister Pak Kye Nam on Monday.")
    assert [(p.name, p.country) for p in persons(text)][-2:] == [("Ri Chol Su", "PRK"), ("Pak Kye Nam", "PRK")]


@pytest.mark.parametrize("text, name, country", [
    # a state's name before a verb before a capitalised office is the clause's subject, not the
    # office's state: the gazetteer's state stands
    ("Peru has condemned President Donald Trump's decree.", "Donald Trump", "USA"),
    ("Peru condemned President Donald Trump on Monday.", "Donald Trump", "USA"),
    # (adjectives between a possessive and the office, or before a lower-case title, still give it)
    ("Ghana's late President Ana Ruiz was buried on Friday.", "Ana Ruiz", "GHA"),
    ("The US theoretical astrophysicist Ana Ruiz spoke.", "Ana Ruiz", "USA"),
    # (but a plural noun of people there is a group of its own: the demonym is the group's)
    ("During the meetings with the Peruvian dignitaries Speaker Ivo Marek praised the generosity of Chile.",
     "Ivo Marek", None),
])
def test_a_state_subject_before_a_verb_and_an_office(text, name, country):
    assert next(p for p in persons(text) if p.name == name).country == country


@pytest.mark.parametrize("text, expected", [
    # counterparts in a list: the anchor is the titled person before the list, for each of them
    # (not the first counterpart for the second), and never the anchor's own state
    ("The Peruvian President, Ivo Marek, mediator for peace in Chile, with counterparts Tom Harlan "
     "and Abe Kestrel, in February.",
     [("Ivo Marek", "President", "PER"), ("Tom Harlan", "President", "CHL"), ("Abe Kestrel", "President", "CHL")]),
    # the gazetteer's state over the story's other state
    ("The Angolan President, Ivo Marek, who mediates in the DRC conflict, with counterparts Tom Harlan "
     "and Paul Kagame, in February.",
     [("Ivo Marek", "President", "AGO"), ("Tom Harlan", "President", "COD"), ("Paul Kagame", "President", "RWA")]),
])
def test_a_list_of_counterparts_shares_one_anchor(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


def test_a_counterpart_with_an_office_in_apposition_takes_that_office():
    text = ("The Kestrian envoy was received by Prime Minister Ivo Marek, before holding talks with his "
            "Peruvian counterpart Ana Ruiz, Minister of Foreign Affairs and Trade.")
    ruiz = next(p for p in persons(text) if p.name == "Ana Ruiz")
    assert (ruiz.role, ruiz.country) == ("Minister of Foreign Affairs and Trade", "PER")


@pytest.mark.parametrize("text, name, country", [
    # "Head of Government" the gazetteer knows: its state, not the state named last before
    ("The Spanish minister later met Head of Government Aziz Akhannouch in Rabat.", "Aziz Akhannouch", "MAR"),
    # a gazetteer name written with its style ("King Mohammed VI") is found without it
    ("Spain and Spain again praised the impetus given by His Majesty Mohammed VI.", "Mohammed VI", "MAR"),
    # a monarch by one name after the title: the gazetteer's "King Charles III" (a visit's host
    # state named more often is not his)
    ("Kenya and Kenya's president welcomed King Charles to Nairobi for a Kenyan state visit.", "Charles", "GBR"),
    ("Kenya and Kenya's president mourned Queen Elizabeth in Nairobi at a Kenyan service.", "Elizabeth", "GBR"),
    ("Myanmar and Myanmar again said so.\n\nPope Francis, who spoke for the Rohingya, will visit.", "Francis", "VAT"),
])
def test_gazetteer_states_over_nearby_states(text, name, country):
    assert next(p for p in persons(text) if p.name == name).country == country


def test_a_monarchs_given_name_alone_is_no_holder():
    # "Elizabeth" alone (his daughter) is no queen: the regnal name is read only after its title
    text = "Kenya hosted the singer Tom Harlan and his daughter Elizabeth in Nairobi. Kenya said so."
    assert all(p.country != "GBR" for p in persons(text))


def test_a_facilitator_of_talks_is_a_role():
    assert persons("The dialogue facilitator, Ivo Marek said a step was made on Monday.")[0].role == "facilitator"


def test_a_given_name_the_lists_lack_after_the_state_ends_the_of_phrase():
    p = next(p for p in persons("Ivan Orlov met the Foreign Minister of Burkina Faso Boukary "
                                "Jean-Paul Sawadogo in the capital.") if "Sawadogo" in p.name)
    assert (p.role, p.country) == ("Foreign Minister", "BFA")


@pytest.mark.parametrize("text, name, role", [
    # a family name written first ends no office's of-phrase
    ("He met Vietnam's Deputy Minister of Trade Nguyen Minh Quang in Hanoi.", "Nguyen Minh Quang",
     "Deputy Minister of Trade"),
    # a capitalised office closed by a comma before a rank is the role; "Rear Admiral" is one rank
    ("He was met by the Deputy Commandant for Logistics, Vice Admiral Abe Kestrel.", "Abe Kestrel",
     "Deputy Commandant for Logistics"),
    ("Rear Admiral Abe Kestrel said so.", "Abe Kestrel", "Rear Admiral"),
])
def test_family_first_names_and_offices_before_ranks(text, name, role):
    p = one(text)
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize("text, name, role, state", [
    # a paragraph that opens with an unnamed office holder and names nobody: the person named
    # speaking the next paragraph's opening quote
    ("Talks in Kestria have stalled.\n\n"
     "The U.S. Treasury Department spokesman called on the two camps on Wednesday to seek a peaceful way out.\n\n"
     '"We urge all parties to find a negotiated return to order," Robert Wood said.',
     "Robert Wood", "Treasury Department spokesman", "USA"),
    # a first paragraph that names nobody: the first person of the next one who says something
    ("The blockade is still a heavy load on ordinary Chileans, Chile's Trade Minister stated on "
     "Tuesday.\n\nEven after U.S. President Walter Brennock came to Santiago in March, the blockade "
     "goes on, Ramon Ortiz said in an interview.", "Ramon Ortiz", "Trade Minister", "CHL"),
])
def test_an_unnamed_office_holder_before_gives_the_next_speaker_his_office(text, name, role, state):
    p = next(p for p in persons(text) if p.name == name)
    assert (p.role, p.country) == (role, state)


@pytest.mark.parametrize("text, name, state", [
    # an office holder in a list of semicolons takes the state of its first member
    ("Peru's President Ivo Marek met Chile's President Tom Harlan in Lima. Peru and Peru welcomed it.\n\n"
     "Harlan's delegation included Chile's Minister of Trade, Sam Cole; Minister of Mines, Ali Rahimi; "
     "and aides of the trade office.",
     'Sam Cole', 'CHL'),
    ("Peru's President Ivo Marek met Chile's President Tom Harlan in Lima. Peru and Peru welcomed it.\n\n"
     "Harlan's delegation included Chile's Minister of Trade, Sam Cole; Minister of Mines, Ali Rahimi; "
     "and aides of the trade office.",
     'Ali Rahimi', 'CHL'),
    # a possessive of a name two states share is the state the article means
    ("Russian Foreign Minister Ivan Orlov met Congolese president Denis Sassou-Nguesso in Brazzaville.\n\n"
     "On Tuesday, Congo's chief diplomat Alain Mbemba met the press in Oyo with his Russian guest. "
     "Russia and Russia.",
     'Alain Mbemba', 'COG'),
    # a counterpart phrase with no known name right after it gives no state to a later mention
    ("A joint text was signed in Lima by Peru's Foreign Minister Abe Kestrel and his Panama "
     "counterpart Ines Saint Malo. Panama and Panama and Panama.\n\n"
     '"Ties have opened anew," Kestrel said.',
     'Abe Kestrel', 'PER'),
    # the second of a pair of office holders takes the first one's state
    ("Ivo Marek met Cyprus President Nikos Christodoulides in Nicosia. Cyprus and Cyprus.\n\n"
     "He had earlier gone to Paris, seeing President Emmanuel Macron and Defence Minister "
     "Abe Kestrel.",
     'Abe Kestrel', 'FRA'),
    # with no state named, the one state of the known office holders is the story's
    ("A quarrel broke out in the cabinet when Prime Minister Benjamin Netanyahu asked Finance Minister "
     "Abe Kestrel to back a bill.\n\nLater, Education Minister Naftali Bennett sided with Kestrel.",
     'Abe Kestrel', 'ISR'),
    # among many states, one named twice as often as any other is the story's
    ("Foreign Minister Winston Peters heads a New Zealand delegation to Fiji, Tonga and Samoa this "
     "week. New Zealand wants deeper ties, and New Zealand will pay, he said; New Zealand is a neighbour. "
     "Fiji, Tonga and Samoa welcomed it.\n\nThe group includes Minister for Pacific Peoples Abe Kestrel.",
     'Abe Kestrel', 'NZL'),
])
def test_the_state_of_a_person_from_the_article_around_him(text, name, state):
    assert {p.name: p.country for p in persons(text)}[name] == state


@pytest.mark.parametrize("text, expected", [
    # of two persons of one family name, a bare one is the one named last, until one of them
    # is the one the bare name stands for
    ("Kestrian leader Kim Jong Dal's sister warned Lorvia on Friday.\n\nKim Yo Sun, seen as the second "
     "most powerful figure in Kestria, spoke after the vote.\n\nKim said the vote was a provocation.",
     {"Kim Jong Dal": 1, "Kim Yo Sun": 2}),
    ("Senator Ivo Marek spoke first. Marek said the bill was sound.\n\nIvo Marek's son Tom Marek joined "
     "the firm later.\n\nMarek denied any link.", {"Ivo Marek": 4, "Tom Marek": 1}),
    # a given name spelt two ways, one letter apart: one person
    ("General Abdourahmane Kestel leads the council.\n\nLater, Abdoulrahmane Kestel said the army was ready.",
     {"Abdoulrahmane Kestel": 2}),
])
def test_namesakes_and_short_names(text, expected):
    assert {p.name: len(p.mentions) for p in persons(text)} == expected


def test_a_family_name_written_first_before_a_capital_standing_for_its_government():
    text = "President Xi Jinping met Ivo Marek in Lima. Marek told Xi Tokyo hoped to mark two anniversaries."
    a = Article(id="t", text=text, sentences=tuple(split_sentences(text)))
    assert "JPN" in {c.code for c in extract_countries(a)}
    assert [p.name for p in persons(text)] == ["Xi Jinping", "Ivo Marek"]


@pytest.mark.parametrize("text, name, role, state", [
    # a spokesman for a person: that person's state
    ("Prime Minister Ivo Marek of Japan met President Tom Harlan of China in Lima. Abe Kestrel, a spokesman "
     "for Marek, said the two men spoke briefly. China and China.", "Abe Kestrel", "spokesman for Marek", "JPN"),
    # a state's possessive written with the apostrophe alone
    ("On Monday, the Philippines’ Foreign Affairs Secretary Ivo Marek urged the bloc to act. "
     "Malaysia voiced the same view.", "Ivo Marek", "Foreign Affairs Secretary", "PHL"),
    ("PNG's Defence Minister Ivo Marek and US Secretary of State Tom Harlan put their names to the pact.",
     "Ivo Marek", "Defence Minister", "PNG"),
    # a state's possessive right before a name with no title
    ("France hosted the talks. They gave Armenia’s Ivo Marek and Azerbaijan’s Tom Harlan new proposals.",
     "Tom Harlan", None, "AZE"),
    # "his counterpart" with no demonym: the anchor's office, and the other state the story names most
    ("Algiers - French Minister of Foreign Affairs Ivo Marek spoke in Algiers on Monday after a day of "
     "meetings with Algerian leaders.\n\n\"The quarrel should not hurt the bond of Rabat and Algiers,\" he "
     "told reporters after he saw his counterpart Tom Harlan. Algeria and France.",
     "Tom Harlan", "Minister of Foreign Affairs", "DZA"),
])
def test_states_from_owners_possessives_and_counterparts(text, name, role, state):
    p = {p.name: p for p in persons(text)}[name]
    assert (p.role, p.country) == (role, state)


def test_a_listed_company_that_is_a_persons_family_name_is_the_person_throughout():
    text = ("Talks are on track, said Robert Telus, the farm minister.\n\n"
            "Telus added that a deal was near. Telus said more later.")
    assert [(p.name, len(p.mentions)) for p in persons(text)] == [("Robert Telus", 3)]


@pytest.mark.parametrize("text, state", [
    # a presidential aide acts for the state of the one President named
    ("President Ivo Marek of Peru and Chilean Prime Minister Tom Harlan met on Monday. "
     '"Both leaders want the port," deputy presidential spokesperson Anna Ruiz said.', "PER"),
    # two Presidents of two states: no telling
    ("President Ivo Marek of Peru and Chilean President Tom Harlan met on Monday. "
     '"Both leaders want the port," deputy presidential spokesperson Anna Ruiz said.', None),
    # an aide of "the Presidency" too
    ("President Ivo Marek of Peru and Chilean Prime Minister Tom Harlan met in Chile on Monday. Chile "
     "was glad. Anna Ruiz, spokesperson for the Presidency, said so.", "PER"),
    # the Prime Minister's Office speaks for the one Prime Minister's state, not the state named most
    ("Prime Minister's Office Spokesperson Anna Ruiz told of the talks between Prime "
     "Minister Ivo Marek of Peru and President Tom Harlan of Chile in Santiago, Chile.", "PER"),
])
def test_a_presidential_aide_takes_the_presidents_state(text, state):
    assert {p.name: p.country for p in persons(text)}["Anna Ruiz"] == state


@pytest.mark.parametrize("opening", ["During the talks with", "After a dinner with", "Having met"])
def test_a_fronted_phrase_naming_a_counterpart_before_the_subject(opening):
    text = ("Peru's Foreign Minister Ivo Marek met Chilean Foreign Minister Tom Harlan in Lima. "
            f"{opening} his Chilean counterpart, Marek noted that trade had doubled.")
    assert {p.name: p.country for p in persons(text)} == {"Ivo Marek": "PER", "Tom Harlan": "CHL"}


@pytest.mark.parametrize("text, states", [
    # a state's short name in a list of demonyms; a capital and a comma before the list
    ("In Lima, Peruvian and Saudi trade ministers Ivo Marek and Tom Harlan signed the accord.", ["PER", "SAU"]),
    ("The Peruvian and Saudi trade ministers Ivo Marek and Tom Harlan signed the accord.", ["PER", "SAU"]),
])
def test_demonyms_and_short_names_before_a_plural_office_in_order(text, states):
    assert [p.country for p in persons(text)] == states


@pytest.mark.parametrize("text, name, party", [
    # a listed party's name between a given name and more of the name is the person's name
    ("Lorvian President Abdel Fatah al-Rami opened the port on Sunday.", "Abdel Fatah al-Rami", []),
    # the party itself after a person's whole name
    ("President Mahmoud Abbas and Fatah leaders met in Ramallah on Sunday.", "Mahmoud Abbas", ["Fatah"]),
])
def test_a_party_word_inside_a_persons_name(text, name, party):
    from analysis.extract import extract_article
    from analysis.load import parse_text
    x = extract_article(parse_text(text, id="x", meta={}))
    assert [p.name for p in x.persons] == [name]
    assert [o.name for o in x.organizations] == party


@pytest.mark.parametrize("text", [
    "The Czech and Greek trade ministers Ivo Marek and Tom Harlan met in Skopje.",
    "Czech and Greek trade ministers, Ivo Marek and Tom Harlan, met in Skopje.",
    "The trade ministers of Czechia and Greece, Ivo Marek and Tom Harlan, met in Skopje.",
])
def test_a_plural_office_with_two_states_and_two_names(text):
    assert [(p.name, p.role, p.country) for p in persons(text)] == [
        ("Ivo Marek", "Trade Minister", "CZE"), ("Tom Harlan", "Trade Minister", "GRC")]


@pytest.mark.parametrize("text, states", [
    ("The Cypriot and US envoys, Ivo Marek and Tom Harlan, met in Skopje.", ["CYP", "USA"]),
    ("The U.S. and Greek envoys, Ivo Marek and Tom Harlan, met in Skopje.", ["USA", "GRC"]),
    ("Greek, UK and Czech envoys, Ivo Marek, Tom Harlan and Abe Kestrel, met in Skopje.", ["GRC", "GBR", "CZE"]),
])
def test_a_plural_office_after_a_states_initials(text, states):
    # a state's initials stand among the demonyms: each name takes its state in order
    assert [p.country for p in persons(text)] == states


@pytest.mark.parametrize("text", [
    "The forum was opened by Cyprus’s Ostap Lukashenka in Limassol. In a jibe at the Greek leader Lukashenka said that "
    "it was time.",
    "Cyprus’s Ostap Lukashenka opened the forum in Limassol. In a jibe at the Greek leader Lukashenka said that it was time.",
])
def test_a_states_possessive_before_the_full_name_outweighs_a_later_title(text):
    # the state's possessive at the first, full mention is his; a later title may be another's
    assert [(p.name, p.country) for p in persons(text)] == [("Ostap Lukashenka", "CYP")]


def test_an_unnamed_plural_office_is_no_ones_role():
    text = ("The Czech and Greek trade ministers held talks in Oslo on Friday.\n\n"
            "Ivo Marek said it was too early to speak of a thaw.")
    assert [(p.name, p.role) for p in persons(text)] == [("Ivo Marek", None)]


def test_regarding_opens_no_name():
    text = ('Tom Harlan spoke on Monday.\n\nRegarding Greenland, the president has argued the island is vital '
            'for its safety.')
    assert [p.name for p in persons(text)] == ["Tom Harlan"]


def test_a_name_before_province_is_a_place():
    text = "Ivo Marek, head of the union in central Quang Ngai province, said a trawler was seized."
    assert "Quang Ngai" not in {p.name for p in persons(text)}


def test_an_unnamed_office_of_a_two_word_state_goes_to_a_prince_named_next():
    text = ("TARVA (Kestrel News)- Saudi Arabia foreign minister told reporters on Monday the kingdom would hold talks "
            "with Lorvia.\n\nPrince Ivo Marek told a radio station in an interview that talks were up to Lorvia.")
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("Ivo Marek", "foreign minister", "SAU")]


@pytest.mark.parametrize("text", [
    "Kestrian boats blocked a supply mission to Second Thomas Shoal on Monday.",
    "The coast guard fired water cannon near Scarborough Reef and Ayungin Shoal.",
    "Manila rejected the plan for a nature reserve at Bajo de Masinloc last week.",
])
def test_shoals_and_reefs_are_places(text):
    assert persons(text) == []


def test_office_holders_listed_after_one_whose_state_is_known_share_it():
    text = ("Qatar's Emir Tamim bin Hamad Al Thani came to Ankara for talks with President Recep Tayyip "
            "Erdoğan. Qatar wants ties; Qatar and Qatar signed.\n\nThe delegation included Foreign Minister "
            "Hakan Fidan, Industry and Technology Minister Ivo Marek and Trade Minister Tom Harlan.")
    states = {p.name: p.country for p in persons(text)}
    assert (states["Ivo Marek"], states["Tom Harlan"]) == ("TUR", "TUR")


def test_a_known_given_name_second_of_three_makes_a_person_the_article_names_again():
    text = ("Samoa's Prime Minister says talks at the forum come first for the islands.\n\n"
            "The Samoa Observer reports Fetu Naomi Kolo was speaking after the visit.\n\n"
            "Fetu later added that her country would stay neutral.")
    p = one(text)
    assert (p.name, p.role, p.country) == ("Fetu Naomi Kolo", "Prime Minister", "WSM")


def test_a_word_before_a_given_name_used_once_makes_no_three_word_name():
    assert [p.name for p in persons("Born Anna Kolo, she grew up in Lima and wrote many books.")] == []


@pytest.mark.parametrize("text, expected", [
    # a delegation's members act for its state, not for the state their post is in
    ("The Pakistani delegation — comprising Foreign Secretary Ivo Marek and Chargé d’Affaires to Afghanistan "
     "Tom Harlan — met Afghan Prime Minister Anna Ruiz in Kabul.",
     [("Ivo Marek", "Foreign Secretary", "PAK"), ("Tom Harlan", "Chargé d’Affaires to Afghanistan", "PAK"),
      ("Anna Ruiz", "Prime Minister", "AFG")]),
    # "chargé d'affaires" is a title, written with its particle
    ("The envoy was away, so the chargé d'affaires, Ivo Marek, spoke for Peru.",
     [("Ivo Marek", "Chargé d'Affaires", "PER")]),
    # "Vanuatuan" is a demonym
    ("Prime Minister Tom Harlan of Australia and his Vanuatuan counterpart Ivo Marek will sign the pact.",
     [("Tom Harlan", "Prime Minister", "AUS"), ("Ivo Marek", "Prime Minister", "VUT")]),
])
def test_delegations_chargé_d_affaires_and_more_demonyms(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a generational suffix is no family name: "Marek" is "Ivo Marek Jr."
    ("President Ivo Marek Jr. of Peru spoke on Tuesday.\n\nMarek said the row was not the whole of the ties.",
     [("Ivo Marek Jr", "President", "PER")]),
    # the gazetteer's holder, with a middle initial and a suffix in the text
    ("President Ferdinand R. Marcos Jr. held a briefing for the press on Tuesday.",
     [("Ferdinand R. Marcos Jr", "President", "PHL")]),
    # "H.E." (His Excellency) is a style, not part of the name; the office before it stands
    ("Foreign Minister H.E. Ivo M. Marek of Peru met the envoy in New York.",
     [("Ivo M. Marek", "Foreign Minister", "PER")]),
])
def test_suffixes_and_styles_around_names(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the state inside an apposition's title, after a modifier
    ("Lima will send a team led by Tom Harlan, the special US envoy for Tarva, to the talks.",
     [("Tom Harlan", "Special US envoy for Tarva", "USA")]),
    # a body whose name starts with "UN" is the UN's: its head acts for no state
    ("Tom Harlan, the head of the UN Mine Action Office, went to Beirut to meet Lebanese officials.",
     [("Tom Harlan", "Head of the UN Mine Action Office", None)]),
    # "Under-Secretary-General" is a title
    ("UN Under-Secretary-General for Political Affairs Tom Harlan went to Beirut.",
     [("Tom Harlan", "Under-Secretary-General for Political Affairs", None)]),
    # an international body before a title's capitalised portfolio: the body's official,
    # not the story's state
    ("Peru's Foreign Minister Ivo Marek met EU External Relations Commissioner Anna Ruiz in Lima. "
     "Peru wants a deal.",
     [("Ivo Marek", "Foreign Minister", "PER"), ("Anna Ruiz", "External Relations Commissioner", None)]),
    ("Peru's Foreign Minister Ivo Marek met AU Commission chairman Tom Harlan in Lima. Peru wants a deal.",
     [("Ivo Marek", "Foreign Minister", "PER"), ("Tom Harlan", "Chairman", None)]),
    # ... but a state's portfolio minister keeps the state
    ("Peru Trade Minister Ivo Marek met Tom Harlan in Lima. Peru wants a deal.",
     [("Ivo Marek", "Trade Minister", "PER"), ("Tom Harlan", None, "PER")]),
])
def test_states_inside_titles_and_bodies_of_the_un(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("date, expected", [
    # a holder the gazetteer lists under a body and a state: the office held in the article's year
    ("2018-06-29", None),               # President of the European Council (2014-2019)
    ("2024-03-01", "POL"),              # Prime Minister of Poland (from 2023)
    (None, "POL"),                      # no date: the latest office
])
def test_a_holder_of_offices_of_a_body_and_a_state_takes_the_one_of_the_articles_year(date, expected):
    text = "Italy's Prime Minister Ivo Marek met Donald Tusk in Brussels. Italy wants more help with migration."
    found = {p.name: p.country for p in persons(text, date=date)}
    assert found == {"Ivo Marek": "ITA", "Donald Tusk": expected}


@pytest.mark.parametrize("text, expected", [
    # "the three countries’ energy ministers, A, B and C": the office for each
    ("At a ceremony in Lima the three countries’ energy ministers, Costo Harlan, Yiorgo Marek and Yuvo Kestrel, "
     "put their names to the deal.",
     [("Costo Harlan", "Energy Minister", None), ("Yiorgo Marek", "Energy Minister", None),
      ("Yuvo Kestrel", "Energy Minister", None)]),
    # "the trade ministers of the three countries -- Peru's A, B of Chile and C of Bolivia --"
    ("In Lima the pact bore the names of the trade ministers of the three countries -- Peru's Ivo Marek, "
     "Tom Harlan of Chile and Abe Kestrel of Bolivia -- and of no one else.",
     [("Ivo Marek", "Trade Minister", "PER"), ("Tom Harlan", "Trade Minister", "CHL"),
      ("Abe Kestrel", "Trade Minister", "BOL")]),
])
def test_plural_offices_of_counted_countries(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "then-Prime Minister": the whole office
    ("In 2016 the leaders met, when Ivo Marek hosted then-Prime Minister Tom Harlan of Peru in Lima.",
     [("Ivo Marek", None, "PER"), ("Tom Harlan", "Prime Minister", "PER")]),
    # a dateline glued to the title by a dash
    ("LIMA, Peru–Prime Minister Tom Harlan said today that the mission will go on for four more years.",
     [("Tom Harlan", "Prime Minister", "PER")]),
])
def test_then_before_an_office_and_a_dateline_glued_by_a_dash(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


def test_a_delegation_member_whose_own_title_names_a_state_keeps_it():
    text = ("The Chilean delegation — comprising Peru's Foreign Minister Ivo Marek and adviser Tom Harlan — "
            "met the hosts in Quito.")
    found = {p.name: p.country for p in persons(text)}
    assert (found["Ivo Marek"], found["Tom Harlan"]) == ("PER", "CHL")


@pytest.mark.parametrize("text, expected", [
    # a ministry's portfolio words end the office and are no person ("Military Veterans")
    ("Chile's President Ivo Marek came with Minister of Tourism and Wildlife, Ana Ruiz.",
     [("Ivo Marek", "President", "CHL"), ("Ana Ruiz", "Minister of Tourism and Wildlife", "CHL")]),
    # "Minister in the Presidency, A Bcd": an office in a seat of government
    ("Chile's President Ivo Marek came with Minister in the Presidency, Mondo Gulabe.",
     [("Ivo Marek", "President", "CHL"), ("Mondo Gulabe", "Minister in the Presidency", "CHL")]),
    # officials "accompanied by" a leader act for the leader's state, not the story's
    ("Peru must act now. Peru said so. Peru agreed. President Ivo Marek of Chile is at the summit, "
     "accompanied by Minister of Defence, Dr. Ana Ruiz and Minister in the Presidency, Mondo Gulabe.",
     [("Ivo Marek", "President", "CHL"), ("Ana Ruiz", "Minister of Defence", "CHL"),
      ("Mondo Gulabe", "Minister in the Presidency", "CHL")]),
])
def test_portfolio_words_offices_in_the_presidency_and_accompanying_officials(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, date, expected", [
    # "Sir Keir Starmer said ... The Prime Minister ...": the gazetteer's office of the year,
    # named as "the <office>" after him, is his role as the article writes it
    ("The war has failed, Sir Keir Starmer said in Kyiv.\n\nThe Prime Minister was greeted at the station.",
     "2025-01-16", ("Keir Starmer", "Prime Minister")),
    # (not an office he did not hold in the article's year)
    ("The war has failed, Sir Keir Starmer said in Kyiv.\n\nThe Prime Minister was greeted at the station.",
     "2019-05-01", ("Keir Starmer", None)),
    # (nor "the Prime Minister's" anything, nor one another person holds)
    ("The war has failed, Sir Keir Starmer said in Kyiv.\n\nThe Prime Minister's plane landed.",
     "2025-01-16", ("Keir Starmer", None)),
    ("Keir Starmer met Prime Minister Ivo Marek of Peru.\n\nThe Prime Minister said little.",
     "2025-01-16", ("Keir Starmer", None)),
    # a word for the time he holds it before the office ("the current Prime Minister")
    ("Sir Keir Starmer lunched with the mayor in Leeds.\n\nThe current Prime Minister spoke after it.",
     "2025-01-16", ("Keir Starmer", "Prime Minister")),
    # a short form of his state written before it ("the UK Prime Minister", "the U.S. president")
    ("Sir Keir Starmer lunched with the mayor in Leeds.\n\nThe UK Prime Minister spoke after it.",
     "2025-01-16", ("Keir Starmer", "Prime Minister")),
    ("Donald Trump toured the plant in Ohio on Monday. Later the U.S. president spoke to workers there.",
     "2025-05-16", ("Donald Trump", "president")),
    # (another state's short form: not his office)
    ("Sir Keir Starmer lunched with the mayor in Leeds.\n\nThe US Prime Minister spoke after it.",
     "2025-01-16", ("Keir Starmer", None)),
    # a body's head written head first ("European Commission President" in the gazetteer)
    ("Ursula von der Leyen landed in Lima on Monday.\n\nThe President of the European Commission toured the port.",
     "2024-03-01", ("Ursula von der Leyen", "President of the European Commission")),
])
def test_a_gazetteer_office_the_article_names_after_an_untitled_holder(text, date, expected):
    a = Article(id="t", text=text, date=date, sentences=tuple(split_sentences(text)))
    countries = extract_countries(a)
    found = extract_persons(a, countries, extract_organizations(a, countries))
    assert next((p.name, p.role) for p in found if p.name == expected[0]) == expected


@pytest.mark.parametrize("text, expected", [
    # "counterpart" names a relation, not an office: no role, but the state it gives stays
    ("Ivo Marek hosted his counterpart from Chile, Tom Harlan, in Lima on Monday.", ("Tom Harlan", None, "CHL")),
    ("Ivo Marek met his Chilean counterpart Tom Harlan in Lima on Monday.", ("Tom Harlan", None, "CHL")),
    ("Ivo Marek met his host counterpart Tom Harlan in Lima on Monday.", ("Tom Harlan", None, None)),
    # (the office of the person it is the counterpart of, where the article gives one)
    ("Peru's Foreign Minister Ivo Marek met his Chilean counterpart Tom Harlan in Lima on Monday.",
     ("Tom Harlan", "Foreign Minister", "CHL")),
    # (and the gazetteer's office, where the article names it after him)
    ("Ivo Marek met his Russian counterpart Sergei Lavrov in Lima in 2019. The foreign minister left at noon.",
     ("Sergei Lavrov", "foreign minister", "RUS")),
])
def test_a_bare_counterpart_is_no_role(text, expected):
    assert next((p.name, p.role, p.country) for p in persons(text) if p.name == expected[0]) == expected


@pytest.mark.parametrize("text, expected", [
    # a name before "and counterpart" is no title of the list: the office of the person named
    ("Peru's Foreign Minister Ivo Marek and Chilean counterpart Tom Harlan met in Lima.",
     ("Tom Harlan", "Foreign Minister", "CHL")),
    # the counterpart of the person named nearest before "his", not of one named earlier
    ("President Ivo Marek flew to Lima. Peru's trade envoy Anna Ruiz said that Marek and his Chilean "
     "counterpart Tom Harlan met.", ("Tom Harlan", "President", "CHL")),
    # (and none where that person has no title: not the office of the one named before him)
    ("Ivo Marek flew to Lima. Peru's trade envoy Anna Ruiz said that Marek and his Chilean "
     "counterpart Tom Harlan met.", ("Tom Harlan", None, "CHL")),
])
def test_whose_counterpart(text, expected):
    assert next((p.name, p.role, p.country) for p in persons(text) if p.name == expected[0]) == expected


@pytest.mark.parametrize("text, expected", [
    # a lede in headline capitals ("SPAIN’S Foreign Minister said"): the office of the person
    # opening the next paragraph
    ("CHILE’S Foreign Minister told reporters on Monday that a pact with his British counterpart was near.\n\n"
     "Ivo Marek spoke by telephone to Britain’s Foreign Secretary Tom Harlan on Sunday.",
     [("Ivo Marek", "Foreign Minister", "CHL"), ("Tom Harlan", "Foreign Secretary", "GBR")]),
    # a peer's style before the family name: the person named before, not a new one
    ("Peru's Foreign Minister Tom Harlan met them. Later Lord Harlan said no.",
     [("Tom Harlan", "Foreign Minister", "PER")]),
])
def test_headline_capitals_in_a_lede_and_a_peerage_of_a_person_named_before(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "the ambassador, A Bcd" after "Peru's ambassador was called in": that state's
    ("Peru's ambassador was called in by the Foreign Office in London on Friday. Britain said so.\n\n"
     "Police said the ambassador, Ivo Marek, left a few hours later.", ("Ivo Marek", "Ambassador", "PER")),
    # (not when the earlier holder was named: that one is another person)
    ("Peru's ambassador Tom Harlan was called in by the Foreign Office in London on Friday. Britain said so.\n\n"
     "Police said the ambassador, Ivo Marek, left a few hours later.", ("Ivo Marek", "Ambassador", None)),
])
def test_the_office_in_apposition_takes_the_state_of_its_unnamed_holder_before(text, expected):
    assert next((p.name, p.role, p.country) for p in persons(text) if p.name == expected[0]) == expected


@pytest.mark.parametrize("text, expected", [
    # a titled single name with "of <state>" after it: that state, not the story's
    ("King Abdullah of Jordan arrived in Baghdad for talks. Iraq wants the pipeline. Iraq said so.",
     [("Abdullah", "King", "JOR")]),
    ("President Marek of Peru arrived in Baghdad for talks. Iraq wants the pipeline. Iraq said so.",
     [("Marek", "President", "PER")]),
])
def test_a_titled_single_name_of_a_state(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # two capitalised words before a reporting verb after an auxiliary: a person
    ("Vaeli Vindberg was speaking in Tarva after the vote on Monday.", ["Vaeli Vindberg"]),
    ("Trendo Quarnell has said the port will open in May.", ["Trendo Quarnell"]),
    # a place speaking is no person
    ("Great Britain was speaking with one voice at the talks.", []),
])
def test_a_name_before_an_auxiliary_and_a_reporting_verb(text, expected):
    assert [p.name for p in persons(text)] == expected


@pytest.mark.parametrize("text, name, state", [
    # a two-word Arabic given name written as one finds the office holder all the same
    ("Abdelfattah al-Sisi laid the first stone of the dam on Monday.", "Abdelfattah al-Sisi", "EGY"),
    ("Abdul Aziz Marek laid the first stone of the dam on Monday.", "Abdul Aziz Marek", None),
])
def test_joined_arabic_given_names_and_the_gazetteer(text, name, state):
    p = {p.name: p for p in persons(text)}[name]
    assert p.country == state


def test_in_general_before_a_name_is_no_rank():
    text = 'Ivo Marek met the press. "In general, Mr. Marek and I agree on the plan," Tom Harlan said.'
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] is None


def test_a_holder_named_with_the_dynastys_name_added_is_the_holder():
    text = "Peru's President Ivo Marek hosted Mohamed bin Zayed Al Nahyan in Lima on Monday."
    assert {p.name: p.country for p in persons(text)}["Mohamed bin Zayed Al Nahyan"] == "ARE"


@pytest.mark.parametrize("text, role", [
    # the gazetteer's office of his state, written after a demonym of it
    ("Emmanuel Macron ended a visit to Algiers on Saturday. Talks had stalled after remarks made by the "
     "French president last year. He flew home at night.", "president"),
    # another state's demonym: not his office
    ("Emmanuel Macron ended a visit to Algiers on Saturday. Talks had stalled after remarks made by the "
     "Algerian president last year. He flew home at night.", None),
])
def test_a_gazetteer_office_after_the_holders_demonym(text, role):
    assert {p.name: p.role for p in persons(text)}["Emmanuel Macron"] == role


@pytest.mark.parametrize("text, name, role", [
    # "Prof" before a name is a style, not a word of the name; an office before it still counts
    ("Chief Adviser Prof Ivo Marek opened the session.", "Ivo Marek", "Chief Adviser"),
    ("Prof Ivo Marek opened the session.", "Ivo Marek", None),
    # a state's name as a family name
    ("Prime Minister Luís Montenegro opened the session.", "Luís Montenegro", "Prime Minister"),
])
def test_a_style_before_a_name_and_a_states_name_as_a_family_name(text, name, role):
    p = one(text)
    assert (p.name, p.role) == (name, role)


@pytest.mark.parametrize("text, country", [
    # a state's possessive before a body before the title: the body's state
    ("Lorvia and the US met. China’s Defence Ministry spokesperson Ivo Marek said so.", "CHN"),
    ("Lorvia and the US met. Taiwan's Presidential Office Spokesperson Ivo Marek said so.", "TWN"),
])
def test_a_states_possessive_before_a_body_before_a_title(text, country):
    assert one(text).country == country


@pytest.mark.parametrize("text, role, country", [
    # a church rank gives way to an office of state written with it, before or after
    ("The pope may mediate, Cardinal Ivo Marek, the Holy See's chief secretary of state, said on Friday.",
     "Chief Secretary of State", "VAT"),
    ("Kestria and Lorvia met. Vatican Secretary of State Cardinal Ivo Marek told reporters.",
     "Secretary of State", "VAT"),
    ("Later she met the Vatican’s acting foreign minister, Archbishop Ivo Marek.", "Acting Foreign Minister", "VAT"),
    # (alone, or with an apposition that is no office, the rank stays)
    ("Kestria and Lorvia met. Cardinal Ivo Marek, a priest, told reporters.", "Cardinal", None),
])
def test_a_church_rank_and_an_office_of_state(text, role, country):
    p = one(text)
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, names", [
    # events whose name ends in "Dialogue" or "Election" are no persons, after a title or not
    ("Kenya held a hotly contested General Election on Tuesday.", []),
    ("Ministers met at the third Lorvia-Tarva Strategic Dialogue in Quito.", []),
])
def test_events_named_like_persons(text, names):
    assert [p.name for p in persons(text)] == names


def test_an_editors_bracket_around_a_title_and_given_name():
    # "(Russian President Vladimir) Putin": one person, with the title in the bracket
    p = one("The measures target those around (Lorvian President Ivo) Marek.")
    assert (p.name, p.role) == ("Ivo Marek", "President")


@pytest.mark.parametrize("text, expected", [
    # an editor's square bracket in a quote, around a title and given name or the given name
    # alone, joins the family name after it ...
    ('"The offer came while [Lorvian Foreign Minister Ivo] Marek was abroad," she said.',
     [("Ivo Marek", "Foreign Minister", None)]),
    ('"Interior Minister [Ivo] Marek has not replied to our letters," Kestria said.',
     [("Ivo Marek", "Interior Minister", None)]),
    ('"We act under the leadership of President [Ivo] Marek and with our allies," a general said.',
     [("Ivo Marek", "President", None)]),
    # ... but a body's name after the bracket stays no person
    ('They condemned "the mercenaries of the [Marek] Group" in a statement.', []),
])
def test_an_editors_square_bracket_before_a_family_name(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


def test_an_editors_square_bracket_around_a_name_keeps_the_title_before_it():
    p = one("The results are contested by Chilean President [Ivo Marek] himself.")
    assert (p.name, p.role, p.country) == ("Ivo Marek", "President", "CHL")


@pytest.mark.parametrize("text, expected", [
    # the name after "a group called" is the body's, not a person's; an article in an office
    # written out stays lower case
    ("Ivo Marek, member of a protest group called Vamos Juntos, said it was so.",
     [("Ivo Marek", "Member of a Protest Group")]),
    ("A student named Ivo Marek said it was so.", [("Ivo Marek", "student")]),
])
def test_a_body_called_by_name_is_no_person(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


def test_a_policy_ending_an_office_is_no_person():
    text = ("The forum opens in May, Ivo Marek, the bloc's chief spokesperson for Trade and Security Policy, "
            "told reporters.\n\n\"The routes are open,\" he said.")
    assert [p.name for p in persons(text)] == ["Ivo Marek"]


@pytest.mark.parametrize("text", [
    # the one-word name a person goes by is his ("better known as", "also known as")
    "“We agreed,” says President Ivo Marek, who is popularly known as President Ivito, on Thursday.\n\n"
    "President Ivito revealed the plan. “The principle is clear,” Ivito said.",
    "Chile's President Ivo Marek, also known as Ivito, spoke. President Ivito said it was clear.",
])
def test_the_name_a_person_is_known_as_is_his(text):
    assert [p.name for p in persons(text)] == ["Ivo Marek"]


@pytest.mark.parametrize("text", [
    # names listed with "N other <demonym> citizens", or after "two other <demonym>s ... —"
    "The minister said that Ivo Marek, Tom Harlan, and two other Chilean citizens who wished to stay "
    "private have left Iran. Iran said so. Iran agreed.",
    "Iran freed Anna Ruiz on Tuesday. Two other Chileans with whom she was detained in May — Ivo Marek "
    "and Tom Harlan — are still held in Tehran. Iran said so.",
])
def test_names_listed_with_other_nationals_are_theirs(text):
    found = {p.name: p.country for p in persons(text)}
    assert (found["Ivo Marek"], found["Tom Harlan"]) == ("CHL", "CHL")


@pytest.mark.parametrize("text, name, role, country", [
    # "Justice" is a title of its own ("Justice Ivo Marek") and a portfolio before an office
    ("Uzbek Justice Minister Ivo Marek said so.", "Ivo Marek", "Justice Minister", "UZB"),
    ("It was signed by Chilean Foreign Minister Tom Harlan and Uzbek Justice Minister Ivo Marek.",
     "Ivo Marek", "Justice Minister", "UZB"),
    # a list of portfolios in the office's of-phrase, closed by "and"
    ("Chile's Minister of Mines, Trade and Tourism Ivo Marek said it was a start.",
     "Ivo Marek", "Minister of Mines, Trade and Tourism", "CHL"),
    # a body among the portfolios employs no one: the minister still acts for the story's state
    ("As the Minister of Mines, European Union and Trade, Ivo Marek, announced, Spain "
     "is pleased. Spain agreed.", "Ivo Marek", "Minister of Mines, European Union and Trade", "ESP"),
    # "in charge of" joins a lower-case office to its field
    ("Talks began between the Peruvian minister in charge of pilgrimages, Ivo Marek, and a Chilean delegation.",
     "Ivo Marek", "Minister in Charge of Pilgrimages", "PER"),
])
def test_portfolios_written_out(text, name, role, country):
    p = next(p for p in persons(text) if p.name == name)
    assert (p.role, p.country) == (role, country)


def test_counterparts_with_a_two_word_demonym():
    text = "Xi was flanked by his Chilean and North Korean counterparts, Ivo Marek and Tom Harlan, at the parade."
    found = {p.name: p.country for p in persons(text)}
    assert (found["Ivo Marek"], found["Tom Harlan"]) == ("CHL", "PRK")


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on new flights. Tourism Minister Ivo Marek met his Peruvian counterpart Tom Harlan in Lima.",
    "Chile and Peru agreed on new flights.\n\nTourism Minister Ivo Marek, who is on a two-day trip to Peru, met "
    "his Peruvian counterpart Tom Harlan in Lima.",
])
def test_the_anchor_of_a_named_states_counterpart_acts_for_the_other_state(text):
    # "A met his Peruvian counterpart B": A is not Peru's; the other state the story names
    found = {p.name: p.country for p in persons(text)}
    assert (found["Ivo Marek"], found["Tom Harlan"]) == ("CHL", "PER")


def test_a_counterpart_acts_for_the_other_state():
    # the anchor's state is only the story's default; his counterpart's is the other one named
    text = ("During a working visit to Peru, Tourism Minister Ivo Marek signed a deal with his counterpart, "
            "Tom Harlan.\n\nThe ministry called it a milestone between Chile and Peru.\n\n"
            "Marek said Chile was respected. Chile will return.")
    found = {p.name: p.country for p in persons(text)}
    assert (found["Ivo Marek"], found["Tom Harlan"]) == ("CHL", "PER")


@pytest.mark.parametrize("text, name, country", [
    # a territory's police before a rank: the territory's state
    ("Hong Kong police Chief Superintendent Ivo Marek said the five were suspected. The United States "
     "said no. The United States rejected it.", "Ivo Marek", "CHN"),
    # "the Palestinians was": a people in a phrase before a verb, no one person's nationality
    ("The decision was announced by prime minister Ivo Marek, following a move.\n\nMr Marek said Chile "
     "would not move until a deal between Peru and the Palestinians was achieved. Chile agreed.",
     "Ivo Marek", None),
])
def test_states_from_a_territory_force_and_not_from_a_people(text, name, country):
    assert next(p for p in persons(text) if p.name == name).country == country


@pytest.mark.parametrize("text, name, role, country", [
    # a one-word name set off by commas after a lower-case office with its determiner
    ("The reports came after the Indonesian agriculture minister, Kestrano, was quoted in a daily.",
     "Kestrano", "Agriculture Minister", "IDN"),
    # a title repeated after the same title's of-phrase: the state of the phrase
    ("The request went to the King of Jordan, King Tomas, on Monday. Chile agreed. Chile said so.",
     "Tomas", "King", "JOR"),
    # a title, a name and "and", then a body: the name is no part of the body
    ("Harlan later saw Security Council chairman Ivo Marek and Foreign Ministry director Tom Harlan.",
     "Ivo Marek", "Chairman", None),
])
def test_names_beside_offices(text, name, role, country):
    p = next(p for p in persons(text) if p.name == name)
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, name, role, country", [
    # a titled name, "and", then a body's name: the person stands, the body starts after "and"
    ("Kos said statements by Serbian President Ivo Marek and Serbian Parliament Speaker Ana Ruiz "
     "insulted MEPs.", "Ivo Marek", "President", "SRB"),
    # a nominal in the present perfect closing the sentence reports it: no apposition
    ("Peru says it will shelter Ivo Marek, its foreign minister has announced.", "Ivo Marek", None, None),
    # a lower-case office before "its" and a body's capitalised name
    ("At a briefing, the spokesman for its Ministry of Mines and Trade, Ivo Marek, said it.",
     "Ivo Marek", "spokesman for its Ministry of Mines and Trade", None),
    ("The paper, whose editor-in-chief Ivo Marek received the prize, was not listed.",
     "Ivo Marek", "editor-in-chief", None),
])
def test_offices_against_bodies_and_clauses(text, name, role, country):
    p = next(p for p in persons(text) if p.name == name)
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize("text, state", [
    ("Canada sent the flight. It touched down in Riga, said the country’s President Ivo Marek. Canada agreed.", "LVA"),
    ("Canada sent the flight. It touched down at the Vilnius airport, said the country's Foreign Minister Ivo Marek, "
     "a Canada official said.", "LTU"),
    ("Canada sent the flight. It touched down in Chile on Monday, said the country's President Ivo Marek.", "CHL"),
])
def test_the_countrys_office_after_a_capital_named_as_a_place(text, state):
    # "the country's" is the state whose capital was named last, as a place, after any state
    assert [(p.name, p.country) for p in persons(text)] == [("Ivo Marek", state)]



@pytest.mark.parametrize("text, expected", [
    # a ship's name is no person's at its later mentions either
    ('The navy named the frigate USS Tom Harlan.\n\n"Tom Harlan\'s voyage shows our resolve," the note read.', []),
    # unless the article gives that person a state or an office (the one the ship is named after)
    ("The charity renamed its ship Tom Harlan after Tom Harlan, the Cypriot sailor. The MV Tom Harlan sailed.",
     [("Tom Harlan", "CYP")]),
    # a name made a kind of thing names no one; made an agent's, it names its leader
    ("The Tom Harlan-class frigates sailed on.", []),
    ("After the President Ivo Marek-led government banned the apps, trade fell.", [("Ivo Marek", None)]),
    # a fleet is a body, not a person
    ("The US Pacific Fleet agreed.", []),
])
def test_ships_classes_and_names_made_adjectives(text, expected):
    assert [(p.name, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, role", [
    # a lower-case office's apposition after a verb's object, closed by a comma or a stop
    ("He met the governor of the region, Tom Harlan, in Abuja.", "Governor"),
    ("In talks with the president of the fund, Akin Bello, in Lagos, the leader spoke.", "President"),
    ("She thanked the head of the mission, Tom Harlan.", "Head"),
    # not a clause after the comma: the name is its subject
    ("Talks with the head of the delegation, Tom Harlan said, went well.", None),
])
def test_an_office_with_an_of_phrase_in_apposition_after_an_object(text, role):
    assert [p.role for p in persons(text)] == [role]


def test_initials_for_the_given_names_are_the_same_person():
    text = "Belarusian leader Alexander Marek pardoned them. The President of Belarus A. G. Marek thanked the envoys."
    assert [p.name for p in persons(text)] == ["Alexander Marek"]


def test_an_office_before_a_party_post_right_after_a_quote():
    # the quote's comma is no list's: "Prime Minister" is the first of the two titles
    text = '"The pact is fair and it is ambitious", Prime Minister and KDP leader Ivo Marek said at a briefing.'
    assert [p.role for p in persons(text)] == ["Prime Minister"]


@pytest.mark.parametrize("text, role, country", [
    # "who is currently/now ..." gives the office held
    ("Ivo Marek, who is currently the acting prime minister, said so.", "Acting Prime Minister", None),
    # a party's post before the name yields to the office of state the clause gives
    ("“It is a pact for four years,” Socialist leader Ivo Marek, who is now the acting prime minister, said.",
     "Acting Prime Minister", None),
    # not to one it gives "also", an office besides the one known
    ("Party chair Ivo Marek, who is also a senator, said so.", "Party chair", None),
    # "the country's" or "the nation's" body is the state's named before it in the paragraph,
    # no international one
    ("Greece’s former premier Ivo Marek, who is currently deputy chairman of the nation’s Security Council, "
     "spoke.", "Deputy chairman of the nation’s Security Council", "GRC"),
])
def test_offices_given_in_a_who_clause(text, role, country):
    assert [(p.role, p.country) for p in persons(text)] == [(role, country)]


def test_a_family_name_written_first_stands_alone_for_the_person():
    # Japanese order (family name first): "Suzuki" later is Suzuki Kenta, not a new person
    text = "Tokyo sent Finance Minister Suzuki Kenta to the talks. Suzuki is due to speak on Thursday about the fund."
    assert [p.name for p in persons(text)] == ["Suzuki Kenta"]


@pytest.mark.parametrize("text, role, country", [
    # a spokesman's post before a rank is the role, the rank abbreviated or not
    ("Thai army spokesman Col. Ivo Marek said both sides agreed.", "army spokesman", "THA"),
    ("Cambodian Defence Ministry spokeswoman Lieutenant General Ana Ruiz said so.", "spokeswoman", "KHM"),
    # an office before an abbreviated rank too
    ("Army Chief of Staff Col. Tom Harlan said so.", "Army Chief of Staff", None),
    # a rank alone stays the role
    ("Col. Tom Harlan said so.", "Colonel", None),
])
def test_a_post_before_a_rank(text, role, country):
    assert [(p.role, p.country) for p in persons(text)] == [(role, country)]


def test_a_name_joined_before_his_counterpart_is_not_the_anchor():
    # "his" is the subject's: the Prime Minister met beside the counterpart keeps his own state
    text = ("Turkish Transport Minister Ivo Marek said so in Baghdad after meeting Prime Minister Tom Harlan "
            "and also his Iraqi counterpart Omar Dene. Iraq and Turkey signed a deal. Iraq will build the road.")
    found = {p.name: p.country for p in persons(text)}
    assert (found["Tom Harlan"], found["Omar Dene"]) == ("IRQ", "IRQ")


@pytest.mark.parametrize("text, expected", [
    # two capitals as initials before a name of two words, after an office (and a style)
    ("Foreign Minister Dr AK Abdul Ramin said it at the forum.", [("AK Abdul Ramin", "Foreign Minister")]),
    ("Prime Minister KP Sharma Kestrel flew in.", [("KP Sharma Kestrel", "Prime Minister")]),
])
def test_initials_before_a_three_word_name(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("text, name, role", [
    # a Secretary of State's counterpart abroad is a Foreign Minister ...
    ('"Trust is low," Secretary of State Ruth Calder said after talks with her Russian counterpart, Ivo Marek.',
     "Ivo Marek", "Foreign Minister"),
    ("Treasury Secretary Ruth Calder met her Japanese counterpart Ivo Marek in Tokyo.", "Ivo Marek", "Finance Minister"),
    # ... and a Foreign Minister's US counterpart is the Secretary of State
    ("Iranian Foreign Minister Ivo Marek met his US counterpart Tom Harlan in Vienna.", "Tom Harlan", "Secretary of State"),
    # an office of no one state's own naming passes on as it is
    ("Iranian Foreign Minister Ivo Marek met his Brazilian counterpart Tom Harlan in Tehran.", "Tom Harlan",
     "Foreign Minister"),
])
def test_a_counterparts_office_is_named_as_the_counterparts_state_names_it(text, name, role):
    assert next(p for p in persons(text) if p.name == name).role == role


def test_a_demonym_noun_later_does_not_override_a_coordinated_demonym():
    text = ("Ruth Calder met Chinese President Ivo Marek and Premier Tom Harlan in the capital.\n\n"
            "Asked about a trade deal, the German said the bloc was open to one.")
    assert {p.name: p.country for p in persons(text)}["Tom Harlan"] == "CHN"


def test_a_former_international_post_does_not_take_away_the_gazetteers_state():
    # (the office holders' gazetteer gives his state; "a former IMF economist" once served a
    # body of no state, which says nothing of whom he acts for now)
    text = ("Critics want a change from the government of President Alassane Ouattara.\n\n"
            "Ouattara, a former IMF economist, faced Tom Harlan in the vote.")
    assert {p.name: p.country for p in persons(text)}["Alassane Ouattara"] == "CIV"


def test_a_foreign_minister_of_the_gazetteer_is_known_by_full_name_only():
    # ministers.tsv gives the state the story would not (it names Turkey most) ...
    text = ("Foreign Minister Gerardo Werthein met Turkish officials in Ankara on Monday. Turkey wants "
            "talks, Ankara said, and the Turkish side agreed.")
    assert {p.name: p.country for p in persons(text)}["Gerardo Werthein"] == "ARG"
    # ... but a family name of that list alone names no one ("Wagner", as in the DR Congo's
    # Therese Kayikwamba Wagner)
    assert persons("Wagner fighters arrived in Bamako on Monday, officials said.") == []


@pytest.mark.parametrize("text, name, expected", [
    # leaders.tsv (heads of state and government, deputies, speakers, army chiefs): the state
    # the story would not give (it names another state most)
    ("Army chief Gatot Nurmantyo met Malaysian officials in Kuala Lumpur on Monday. Malaysia wants talks, "
     "Malaysian officials said.", "Gatot Nurmantyo", "IDN"),
    ("Sefik Dzaferovic told Serbian officials in Belgrade that Serbia must act.", "Sefik Dzaferovic", "BIH"),
])
def test_a_leader_of_the_gazetteer_takes_his_state(text, name, expected):
    assert {p.name: p.country for p in persons(text)}[name] == expected


def test_the_leaders_gazetteer_is_well_formed():
    import pycountry
    from analysis.text import load_table
    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    rows = load_table("leaders.tsv")
    assert len(rows) > 2000
    assert all(r["country"] in codes and len(r["name"].split()) > 1 and r["from"].isdigit()
               and (not r["to"] or int(r["to"]) >= int(r["from"])) for r in rows)


@pytest.mark.parametrize("date, expected", [
    ("2014-05-01", "TWN"),              # Taiwan's defence minister in 2013
    ("2020-02-14", None),               # a namesake years later: not Taiwan's
    (None, "TWN"),
])
def test_a_minister_of_the_gazetteer_is_trusted_near_his_term_only(date, expected):
    text = ("Andrew Yang said on Monday that the United States would act. The United States and "
            "American officials agreed.")
    found = {p.name: p.country for p in persons(text, date=date)}
    assert found["Andrew Yang"] == expected


@pytest.mark.parametrize("text, expected", [
    # "the presidents of A, X, and B, Y": each holder after his state
    ("The presidents of Peru, Ivo Marek, and Mexico, Tom Harlan, pledged to work together.",
     {"Ivo Marek": ("President", "PER"), "Tom Harlan": ("President", "MEX")}),
    ("The foreign ministers of Peru, Ivo Marek, and Chile, Tom Harlan, met on Friday.",
     {"Ivo Marek": ("Foreign Minister", "PER"), "Tom Harlan": ("Foreign Minister", "CHL")}),
    # an office held "in office as" is the role
    ("Back in 2016, while Ivo Marek was in office as South African president, the talks began.",
     {"Ivo Marek": ("President", "ZAF")}),
    # the counterpart of an unnamed office holder has his office
    ("The Polish foreign minister told reporters he had met his Russian counterpart, Ivo Marek, twice.",
     {"Ivo Marek": ("Foreign Minister", "RUS")}),
])
def test_offices_of_interleaved_lists_terms_and_unnamed_counterparts(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a heading above the paragraph titles no one in it: the minister keeps the gazetteer's state
    ("Gerardo Werthein spoke in Ankara on Monday.\n\nTurkey’s demands\n\n"
     "Foreign Minister Werthein said the talks with Turkey and Turkish firms would go on. Turkey agreed.",
     {"Gerardo Werthein": ("Foreign Minister", "ARG")}),
    # "According to A, NATO's ...": the clause he is the source of, not an apposition
    ("Foreign Minister Gerardo Werthein spoke in Ankara on Monday. According to Werthein, NATO’s "
     "members could act together. Turkey agreed, and the Turkish side said so.",
     {"Gerardo Werthein": ("Foreign Minister", "ARG")}),
    # ... while an apposition set off after "according to" still counts
    ("The talks will resume, according to Ivo Marek, the Peruvian foreign minister, on Friday.",
     {"Ivo Marek": ("Foreign Minister", "PER")}),
])
def test_headings_and_according_to_clauses_give_no_title(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition of up to twenty words (two offices, each with its body)
    ("The sanctioned include Ivo Marek, a Brigadier General of the Peruvian Army and Managing "
     "Director of the Armed Forces Social Housing Fund (FOVIME).",
     {"Ivo Marek": ("Brigadier General of the Peruvian Army and Managing Director of the Armed Forces "
                    "Social Housing Fund", "PER")}),
])
def test_an_apposition_may_run_to_twenty_words(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)} == expected


def test_twenty_words_with_a_modal_after_a_name_are_a_clause_not_a_description():
    text = ("Meanwhile, according to Chile's Minister of State with the Ministry for Foreign Affairs, Trade and "
            "Cooperation, Ivo Marek, Peru's ratification of the pact will bring the number of states that "
            "ratified the treaty to nine.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] != "PER"


@pytest.mark.parametrize("text, expected", [
    # those a sanctions sentence targets act for the state it names, not for the one imposing them
    ("Beijing announced sanctions against five Taiwanese legislators on Monday, calling them traitors. "
     "Others on the list are Ivo Marek and Tom Harlan, said a spokesman for China's Taiwan office. "
     "China warned that China would act, and Chinese officials agreed.",
     {"Ivo Marek": "TWN", "Tom Harlan": "TWN"}),
    # ... but not when the sanctions named are on the story's own state's officials
    ("Washington announced sanctions against Russian officials and firms in Russia and Georgia, among "
     "them deputy speaker Ivo Marek. Russia said Russia would respond, Russian officials said.",
     {"Ivo Marek": "RUS"}),
])
def test_the_targets_of_sanctions_act_for_the_state_the_sanctions_name(text, expected):
    found = {p.name: p.country for p in persons(text)}
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # "Ambassador A" after "the American ambassador" with no name: that holder's state
    ("Peru announced the expulsion of the American ambassador over a leaked cable.\n\n"
     "Peruvian Foreign Minister Ivo Marek said on Tuesday that Ambassador Ruth Calder was to leave.",
     {"Ivo Marek": "PER", "Ruth Calder": "USA"}),
])
def test_a_titled_holder_takes_the_state_of_the_unnamed_holder_of_his_office_before(text, expected):
    found = {p.name: p.country for p in persons(text)}
    assert {k: found.get(k) for k in expected} == expected


def test_a_titled_holder_takes_no_state_from_unnamed_holders_of_two_states():
    text = ("Peru recalled the Chilean ambassador and the American ambassador over the cables.\n\n"
            "Peruvian Foreign Minister Ivo Marek said on Tuesday that Ambassador Ruth Calder was to leave.")
    assert {p.name: p.country for p in persons(text)}["Ruth Calder"] not in ("USA", "CHL")


@pytest.mark.parametrize("text, expected", [
    ("The envoy met with Prime Minister Ivo Marek Thursday in Lima.", {"Ivo Marek": "Prime Minister"}),
    ("Officials said Governor Ruth Calder Monday signed the order.", {"Ruth Calder": "Governor"}),
])
def test_a_weekday_right_after_a_name_ends_it(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an office in brackets after the name
    ("Marek said Ruth Calder (US President) had backed the plan as a senator.", ("Ruth Calder", "President", "USA")),
    # the name in brackets after the office
    ('Marek said: "Our deputy minister (Tom Harlan) will travel to Lima next week."', ("Tom Harlan", "Deputy Minister", None)),
])
def test_an_office_or_a_name_in_brackets(text, expected):
    name, role, country = expected
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found[name][0] == role and (country is None or found[name][1] == country)


def test_a_title_of_two_lower_case_words_before_a_name():
    found = {p.name: (p.role, p.country) for p in persons("Marek also thanked US first lady Ruth Calder for her visit.")}
    assert found["Ruth Calder"] == ("First Lady", "USA")


@pytest.mark.parametrize("text, expected", [
    # British style writes a rank without its period: the rank is the title, not a name word
    ("In Lima, Gen Ivo Marek said the army would not hesitate.", {"Ivo Marek": "General"}),
    ("Lt Col Ivo Marek, the army's spokesman, said so.", {"Ivo Marek": "spokesman"}),
    ("The Peruvian team was led by its Director General Maj Gen Ivo Marek.",
     {"Ivo Marek": "Director General"}),
    # ... but a name may end in one of those words
    ("Force commander Major General Ivo Del Col said the talks went well.", {"Ivo Del Col": "Force commander"}),
])
def test_ranks_abbreviated_without_a_period(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a counterpart the demonym pattern does not read ("U.S.") still takes his state's name for the office
    ("Talks were held between Turkish Foreign Minister Ivo Marek and his U.S. counterpart Tom Harlan on Monday.",
     ("Secretary of State", "USA")),
    ("Talks were held between US Secretary of State Ivo Marek and his Chinese counterpart Tom Harlan on Monday.",
     ("Foreign Minister", "CHN")),
])
def test_a_counterpart_takes_his_states_name_for_the_office(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)}["Tom Harlan"] == expected


def test_named_as_the_new_minister_is_an_appointment_not_a_naming():
    text = "Marek fired his defence minister. The prime minister named Tom Harlan as the new defence minister."
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == "Defence Minister"


@pytest.mark.parametrize("credit", [
    "(By Ana Ruiz and Tom Harlan; Editing by Ruth Calder and Otto Brandt)",
    "Reporting by Ana Ruiz in Lima; Additional reporting by Tom Harlan; Editing by Ruth Calder",
    "Writing by Ana Ruiz, Tom Harlan and Ruth Calder",
])
def test_a_wire_services_staff_credit_names_no_actors(credit):
    text = f"Shares in the miner fell on Monday, Peru's Foreign Minister Ivo Marek said.\n\n{credit}"
    assert [p.name for p in persons(text)] == ["Ivo Marek"]


@pytest.mark.parametrize("name", ["Phạm Thu Hằng", "Nguyễn Phương Trà", "Lê Thị Thu Hằng"])
def test_vietnamese_letters_are_name_letters(name):
    text = f"Foreign Ministry spokesperson {name} said on Thursday that the talks went well."
    assert [(p.name, p.role) for p in persons(text)] == [(name, "spokesperson")]


@pytest.mark.parametrize("text, expected", [
    ("Ivo Marek has been sworn in as Peru's president for a second term.", {"Ivo Marek": ("President", "PER")}),
    # a state in brackets after a name ("(Rwanda)", with or without a space)
    ("The president met several heads of state, among them Ruth Calder (Peru) and Tom Harlan(Chile).",
     {"Ruth Calder": (None, "PER"), "Tom Harlan": (None, "CHL")}),
    # the presidents "of A, X, of B, Y, from C, Z": each after his state, "of" or "from" repeated
    ("The ceremony was attended by the presidents of Chile, Ivo Marek, of Peru, Tom Harlan, and from "
     "Bolivia, Ruth Calder.",
     {"Ivo Marek": ("President", "CHL"), "Tom Harlan": ("President", "PER"), "Ruth Calder": ("President", "BOL")}),
])
def test_sworn_in_states_in_brackets_and_lists_with_of_repeated(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # "sworn (before congress) as the country's eighth president" over "leader"
    ("Peruvian centrist leader Ivo Marek was sworn before congress on Friday as the country’s eighth president.",
     ("President", "PER")),
    # an office taken now over one once held ("the former mayor of Lima")
    ("Ivo Marek was sworn in as Peru's first female president on Tuesday. Marek, the former mayor of "
     "Lima, won the vote.", ("President", "PER")),
])
def test_an_office_taken_now_outranks_a_leader_or_an_office_once_held(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"] == expected


def test_an_office_once_held_stays_over_a_past_predicate():
    text = "Ivo Marek, the former president of Peru, has died. Marek was president for thirty years."
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] == "Former President"


def test_a_role_does_not_end_in_a_connector():
    text = "Lawmakers plan to escort Ivo Marek, the acting president of the dissolved party, to Lima."
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] == "Acting President"


@pytest.mark.parametrize("text, expected", [
    # a list of leaders, each after his state's possessive: no apposition of the one before
    # (whose own possessive the lists do not read takes no state from the next one's)
    ("The guest list featured many names. Northern Lorvia’s Ivo Marek, Peru’s Tom Harlan, South "
     "Africa’s Ruth Calder, Chile’s Ana Ruiz and Ecuador’s Lena Vogt, all took part in the ceremony.",
     {"Ivo Marek": None, "Tom Harlan": "PER", "Ana Ruiz": "CHL", "Lena Vogt": "ECU"}),
    # ... while a possessive and an office after a name is one
    ("Ivo Marek, Ghana’s Finance Minister, said so on Monday.", {"Ivo Marek": "GHA"}),
])
def test_a_list_of_leaders_after_their_states_possessives(text, expected):
    found = {p.name: p.country for p in persons(text)}
    assert {k: found[k] for k in expected} == expected and found.get("Ruth Calder") != "CHL"


@pytest.mark.parametrize("text, expected", [
    # "H.E" (His Excellency) written without its last period is a style, not an initial "E"
    ("Leaders came to the inauguration of H.E Ivo Marek as the fifth President of Peru.", {"Ivo Marek": "President"}),
    ("H.E Ivo Marek, President of Peru, said the talks went well.", {"Ivo Marek": "President"}),
    ("Peruvian President H.E Ivo Marek said the talks went well.", {"Ivo Marek": "President"}),
])
def test_his_excellency_without_its_last_period(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


def test_a_known_holders_given_name_is_no_periodless_rank():
    # "Gen" is a rank written without its period, and the given name of a Japanese defence
    # minister the office-holder gazetteer lists in full
    text = "Defense Minister Gen Nakatani told reporters on Tuesday that Japan would host the talks. His counterpart Tom Harlan will attend."
    found = {p.name: p.role for p in persons(text)}
    assert found == {"Gen Nakatani": "Defense Minister", "Tom Harlan": "Defense Minister"}


@pytest.mark.parametrize("text, expected", [
    # Malay and Bruneian styles of honour are no part of the name, and an office stands before them
    ("Prime Minister Datuk Seri Ivo Marek opened the talks in Kuala Lumpur.", ("Ivo Marek", "Prime Minister")),
    ("Vice Admiral Datuk Ivo Marek, Deputy Chief of Navy, said the drill went well.",
     ("Ivo Marek", "Deputy Chief of Navy")),
    ("ASEAN Secretary General Dato Paduka Ivo Marek spoke on Monday.", ("Ivo Marek", "Secretary General")),
    ("Former prime minister Tan Sri Ivo Marek said on Monday the talks failed.", ("Ivo Marek", "Former prime minister")),
    ("Foreign Minister Dato’ Sri Ivo Marek said on Monday the talks failed.", ("Ivo Marek", "Foreign Minister")),
    # a name of three words after a style keeps its first ("Othman" is a given name too)
    ("Lorvia will appeal, minister Datuk Seri Azmira Othman Said told parliament.", ("Azmira Othman Said", "Minister")),
    # ... while "Sri" alone may open a name
    ("Finance Minister Sri Ivo Marek said on Monday the talks failed.", ("Sri Ivo Marek", "Finance Minister")),
])
def test_malay_styles_of_honour_are_no_part_of_the_name(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == [expected]


def test_a_counterpart_in_a_heading_is_not_the_person_opening_the_next_paragraph():
    text = ("Lima: Peru's Foreign Minister Ivo Marek met his Chilean counterpart on Monday.\n\n"
            "Minister meets his Chilean counterpart\n\n"
            "Marek held a bilateral meeting with Chile's Foreign Minister Tom Harlan.")
    assert {p.name: p.country for p in persons(text)} == {"Ivo Marek": "PER", "Tom Harlan": "CHL"}


@pytest.mark.parametrize("text, expected", [
    # a family name written first, of a holder the gazetteer knows, after a title: his state
    ("The US Treasury said the talks built on progress made at the summit by President Xi last year.", "CHN"),
    ("Washington said the talks built on progress made by President Moon last year.", "KOR"),
])
def test_a_family_name_written_first_after_a_title_is_the_known_holders(text, expected):
    found = {p.name: p.country for p in persons(text)}
    assert list(found.values()) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the office a candidate seeks, right before "candidate", is part of the role; the party's
    # acronym gives the state
    ("The war in Ukraine was debated on RTL. AfD chancellor candidate Ivo Marek said it must end.",
     ("chancellor candidate", "DEU")),
    # ... an office before an "and" is another title
    ("It was said by Lima Mayor and opposition candidate Ivo Marek.", ("Mayor", "PER")),
])
def test_the_office_a_candidate_seeks(text, expected):
    assert [(p.role, p.country) for p in persons(text)] == [expected]


def test_a_left_single_quotation_mark_for_the_okina_is_a_name_letter():
    # Samoan names written with "‘" for the glottal stop ("Mata‘afa"), but "Marek‘s" is a possessive
    text = "Prime Minister Ana Mata‘afa met President Ivo Marek‘s envoy in Apia on Monday."
    assert [p.name for p in persons(text)] == ["Ana Mata‘afa", "Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # the inauguration of A (for another term) as president: the office he takes
    ("Tom Harlan gave an interview the morning after he attended the inauguration of Ivo Marek for a further "
     "term as president of Peru.", ("President", "PER")),
    ("Leaders will attend the swearing-in of Ivo Marek as Peru’s president.", ("President", "PER")),
    # a counterpart in a fronted phrase takes the office of the subject after it
    ("After attending the inauguration of his Peruvian counterpart, Ivo Marek, in Lima, Chile’s "
     "President Tom Harlan praised the army.", ("President", "PER")),
])
def test_the_office_of_an_inauguration_and_of_a_fronted_counterpart(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"] == expected


@pytest.mark.parametrize("text, expected", [
    # "Foreign Office" is Pakistan's (or Germany's) as well as Britain's: no state of its own
    ("ISLAMABAD: Foreign Office Spokesperson Ivo Marek told the weekly briefing that Pakistan would host the talks.", "PAK"),
    # the Ministry of External Affairs is India's, whatever state the story names most
    ("Ministry of External Affairs (MEA) official Ivo Marek said Pakistan's claims about Pakistan's "
     "talks were misleading.", "IND"),
])
def test_the_state_of_a_foreign_ministrys_spokesperson(text, expected):
    assert [p.country for p in persons(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # an ambassador "in" a state is posted there: the state before is his, the one after is not
    ("Peru's ambassador in Chile, Ivo Marek, was briefly detained at a vigil.", ("Ambassador in Chile", "PER")),
    ("The talks drew leaders from the region. Peru sent its ambassador in Santiago, Ivo Marek.",
     ("Ambassador in Santiago", None)),
    # ... while a commander "in" a place keeps his rank
    ("The commander in Iraq, General Ivo Marek, said so.", ("General", "IRQ")),
])
def test_an_ambassador_in_a_state_is_posted_there(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"] == expected


@pytest.mark.parametrize("text, expected", [
    # "his counterpart from State, A": the anchor's office, that state
    ("Chilean Prime Minister Ivo Marek hosted the summit with his counterpart from Peru, Tom Harlan, "
     "and Bolivian President Ana Ruiz.", {"Tom Harlan": ("Prime Minister", "PER")}),
    # "his counterparts from A, X, and B, Y": each after his state
    ("The statement came after a call between President Ivo Marek of Chile and his counterparts from Peru, "
     "Tom Harlan, and Bolivia, Ruth Calder.",
     {"Tom Harlan": ("President", "PER"), "Ruth Calder": ("President", "BOL")}),
])
def test_counterparts_from_a_state(text, expected):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert {k: found[k] for k in expected} == expected


def test_officials_alongside_a_leader_act_for_his_state():
    # (in a story about the state whose land they visit)
    text = ("Ukraine protested the visit to Crimea. Earlier on Saturday, Russian President Ivo Marek alongside "
            "Deputy Prime Minister Ruth Calder and his aide Tom Harlan visited the youth centre in Crimea. "
            "Ukraine said it would protest. Kyiv called it illegal.")
    found = {p.name: p.country for p in persons(text)}
    assert found["Ruth Calder"] == "RUS" and found["Tom Harlan"] == "RUS"


@pytest.mark.parametrize("text, expected", [
    ("Russia launched the satellite. Russia's space chief hailed it. Iran's Telecommunications Minister "
     "Ivo Marek called the event historic.", ("Telecommunications Minister", "IRN")),
    ("Canada's Heritage Minister Ivo Marek said the bill would pass.", ("Heritage Minister", "CAN")),
    ("Nigeria's Aviation Minister Ivo Marek said the airport would reopen.", ("Aviation Minister", "NGA")),
])
def test_more_portfolios_before_a_ministers_title(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that opens on a state, then an official: he acts for it
    ("Japan sent an offering to the shrine. In South Korea, Ivo Marek, a deputy foreign minister, "
     "summoned a Japanese diplomat. Japan said so. Japan did.", "KOR"),
    # ... not over what the office-holder gazetteer knows ("From Israel, Secretary of State A spoke")
    ("In Israel, Secretary of State Antony Blinken spoke at the convention.", "USA"),
])
def test_an_official_in_a_sentence_opening_on_a_state(text, expected):
    assert [p.country for p in persons(text)][0] == expected


@pytest.mark.parametrize("written, name", [
    ("Antigua and Barbuda’s Trade Minister E.P. Ivo Marek", "E.P. Ivo Marek"),   # a name joined by "and"
    ("Antigua Prime Minister Ivo Marek", "Ivo Marek"),                          # its short form
])
def test_a_state_named_with_and_or_by_its_short_form_before_an_office(written, name):
    text = (f"{written} answered on Monday the news that Washington could tighten its visa rules. "
            "The United States said the United States would decide soon.")
    assert {p.name: p.country for p in persons(text)}[name] == "ATG"


@pytest.mark.parametrize("apposed", ["Ivo Marek of the U.S. Army", "Ivo Marek, 31, of the U.S. Army’s garrison near the city,"])
def test_a_person_of_a_state_body_acts_for_its_state(apposed):
    # in a story of another state (Japan's), the body after the name says whose he is
    text = (f"Japan lodged a protest with Washington. {apposed} is suspected of assaulting a woman in Naha, Japan. "
            "Tokyo and Japanese officials protested.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "USA"


def test_the_gazetteers_state_of_a_counterparts_anchor_beats_the_other_state_named():
    # Boris Pistorius (office_holders.tsv), met by "his Polish counterpart B": Germany's, not
    # the state of the war named before
    text = ("Ministers gathered in the second year of the Russian invasion, among them Defense Minister "
            "Boris Pistorius, his Polish counterpart Ivo Marek and others.")
    assert {p.name: p.country for p in persons(text)}["Boris Pistorius"] == "DEU"


def test_a_verb_ends_the_holders_of_a_plural_office_of_states():
    # "the ambassadors of Peru and Brazil, A thanked Brazilian President B": A is no
    # ambassador of Peru
    text = ("At a ceremony with the ambassadors of Peru and Brazil, Ivo Marek thanked Brazilian "
            "President Tom Harlan for his support. The outgoing Chilean president, Ivo Marek, spoke.")
    found = {p.name: p.country for p in persons(text)}
    assert found["Ivo Marek"] == "CHL" and found["Tom Harlan"] == "BRA"


@pytest.mark.parametrize("text", [
    "Pentagon spokesman Navy Capt. Ivo Marek confirmed the intercept took place.",
    "Navy Cmdr. Ivo Marek, a Pacific Fleet spokesman, said the destroyer had turned away.",
])
def test_a_spokesmans_post_beats_a_rank_written_with_its_service(text):
    # "Navy Capt.", "Navy Cmdr.": a service and its rank; the post said around them is the role
    assert "spokesman" in {p.name: p.role for p in persons(text)}["Ivo Marek"]


def test_a_rank_written_with_its_service_stays_beside_an_occupation():
    text = "Navy Cmdr. Ivo Marek, a pilot, said the destroyer had turned away."
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] == "Navy Commander"


@pytest.mark.parametrize("text, expected", [
    ("Ivo Marek, who was Defence Procurement Minister until last year, wrote to the Treasury.",
     "Defence Procurement Minister"),
    ("Pensions Minister Ivo Marek said the bill would pass.", "Pensions Minister"),
    ("UN aid chief Ivo Marek said the convoy had been stopped.", "Aid Chief"),
])
def test_more_portfolios_in_a_role(text, expected):
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"].lower() == expected.lower()


@pytest.mark.parametrize("text, expected", [
    ("“The new rules start today,” Ivo Marek, Under Secretary of Commerce for Industry and Security, said in "
     "a statement.", "Under Secretary of Commerce for Industry and Security"),
    ("Ivo Marek, the under secretary of state, said on Monday.", "Under Secretary of State"),
    ("Ivo Marek, the Chargé d'Affaires of the embassy, said on Monday.", "Chargé d'Affaires of the embassy"),
])
def test_a_title_of_several_words_in_an_apposition_keeps_its_first_word(text, expected):
    # "under secretary", "chargé d'affaires" (titles.tsv): the whole title, not its last words
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"].lower() == expected.lower()


def test_a_senator_acts_for_the_one_named_state_with_a_senate():
    # national_offices.tsv: of the Philippines, Vietnam and China, only the first has senators
    text = ("Two senators asked whether the Philippines ought to copy the ban Vietnam imposed on the film over "
            "a map China drew. Sen. Ivo Marek is urging the board to ban the film.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "PHL"


def test_a_korean_given_name_written_as_one_word_is_the_gazetteers_holder():
    # "Lee Jaemyung" for "Lee Jae-myung" (office_holders.tsv)
    text = ("President Lee Jaemyung met Chinese President Xi Jinping at a summit, and the Chinese side later "
            "restated its position.")
    assert {p.name: p.country for p in persons(text)}["Lee Jaemyung"] == "KOR"


@pytest.mark.parametrize("text, role", [
    ("Tokyo protested on Friday once the Chinese consul general in Sapporo, Ivo Marek, had posted remarks "
     "online.", "consul general in sapporo"),
    ("Chinese Embassy spokesperson in India, Ivo Marek, on Friday welcomed the direct flights between India "
     "and China.", "spokesperson in india"),
])
def test_a_consul_general_or_spokesperson_posted_in_a_place_before_a_name(text, role):
    # the post "in" a city or state is the role; the demonym before it gives the state
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Ivo Marek"][0].lower() == role and found["Ivo Marek"][1] == "CHN"


@pytest.mark.parametrize("role", ["Ambassador of Kyrgyzstan to Russia", "Ambassador of South Korea to Russia"])
def test_an_ambassador_of_a_state_to_another_acts_for_the_first(role):
    text = f"Russia may lift the restrictions, said Ivo Marek, {role}. Russia and Russia agreed on it."
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == ("KGZ" if "Kyrgyzstan" in role else "KOR")


def test_an_envoy_for_a_state_still_does_not_take_it():
    # (a guard: "Special Envoy for Libya" is not Libya's)
    text = "Ivo Marek, the UN Special Envoy for Libya, said Libya would vote. Libya agreed."
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] != "LBY"


@pytest.mark.parametrize("text, name, expected", [
    ("Speaker Woo Won Shik met officials in Washington on Monday. The United States welcomed him.",
     "Woo Won Shik", "KOR"),      # "Woo Won-shik" in office_holders.tsv, the syllables apart
    ("Turkish President Abdullah Gul and President Serge Sarkisian watched the match in Turkey.",
     "Serge Sarkisian", "ARM"),   # another spelling of Serzh Sargsyan
])
def test_more_spellings_of_office_holders(text, name, expected):
    assert {p.name: p.country for p in persons(text)}[name] == expected


@pytest.mark.parametrize("text, expected", [
    ("Beijing sent a message to Ivo Marek on his election as prime minister of Nepal.", ("Prime Minister", "NPL")),
    ("Leaders congratulated Ivo Marek on her re-election as President of Lorvia.", ("President", None)),
])
def test_congratulated_on_his_election_as_an_office(text, expected):
    found = {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"]
    assert found[0] == expected[0] and (expected[1] is None or found[1] == expected[1])


@pytest.mark.parametrize("text", [
    "Following President Park Soo-min's ouster, Washington kept silent.",
    "Washington kept silent after Park Soo-min's ouster.",
])
def test_a_korean_family_name_that_is_also_a_word_before_a_possessive(text):
    # "Park", a word as well, opens a Korean name before the given name's possessive
    assert [p.name for p in persons(text)] == ["Park Soo-min"]


@pytest.mark.parametrize("text, role", [
    ("“Vigilance will be stepped up,” added Senior Assistant to Prime Minister on Youth Affairs and Sports "
     "Ivo Marek.", "Senior Assistant to Prime Minister on Youth Affairs and Sports"),
    ("Adviser to the Prime Minister on Commerce Ivo Marek said the talks would resume.",
     "Adviser to the Prime Minister on Commerce"),
    # no portfolio after the office: the name is the office holder's
    ("National Security Advisor to President Ivo Marek said the talks would resume.", "President"),
])
def test_an_aide_to_an_office_on_a_portfolio_before_a_name(text, role):
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] == role


@pytest.mark.parametrize("text, role", [
    # a court of states the resource lists with no state of its own, before the title
    ("Peru lost the case in The Hague. ICJ president Ivo Marek read the ruling, and Peru will comply.",
     "President"),
    ("Peru lost the case in The Hague. ICC judge Ivo Marek read the ruling, and Peru will comply.", "Judge"),
    # ... or named after it
    ("Ivo Marek, President of the International Court of Justice, read the ruling on Peru's claim.",
     "President of the International Court of Justice"),
    # an organ whose name opens with a listed body of states' name
    ("Peru welcomed the step. Ecowas Commission chief Ivo Marek lifted the measures on Peru.", "Chief"),
    # lower-case portfolio words between the body and the title
    ("Fighting in Peru grew. U.N. aid operations director Ivo Marek warned of famine in Peru.",
     "Aid Operations Director"),
    # an office named for the body it serves, after the name or before it
    ("Peru's envoy met Ivo Marek, Deputy Director of the Staff Office of NATO.",
     "Deputy Director of the Staff Office of NATO"),
    ("Peru's envoy met the Chief of the NATO Contact Office, Ivo Marek, in Lima.", "Chief of the NATO Contact Office"),
])
def test_officials_of_international_courts_and_organs_act_for_no_state(text, role):
    assert {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"] == (role, None)


@pytest.mark.parametrize("text, expected", [
    # a state's own court keeps the state
    ("Brazil's Supreme Federal Court judge Ivo Marek ruled on Monday.", ("Judge", "BRA")),
    # a body whose name only contains a listed acronym later is not its organ
    ("Peru Trade Minister Ivo Marek spoke in Lima.", ("Trade Minister", "PER")),
])
def test_state_courts_and_ministers_keep_their_state(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"] == expected


@pytest.mark.parametrize("text, name, expected", [
    # an office whose words end in its holder's name, then a comma: the next name is another's
    ("Talks were held between Peru's Minister of Foreign Affairs Aissata Tall Sall, Ivo Marek, chief "
     "executive of Kestrel Pharma, and others.", "Ivo Marek", ("Chief executive of Kestrel Pharma", None)),
    # "and Dr" opens the next name of a list: it ends the title before it and the apposition
    ("Guests were Dr Ivo Marek, Director-General of the Lima Health Centre and Dr Ana Ruiz, Director-General "
     "of the Cusco Institute, in Lima.", "Ivo Marek", ("Director-General of the Lima Health Centre", None)),
    ("Guests were Dr Ivo Marek, Director-General of the Lima Health Centre and Dr Ana Ruiz, Director-General "
     "of the Cusco Institute, in Lima.", "Ana Ruiz", ("Director-General of the Cusco Institute", None)),
    # a demonym inside an unnamed body's of-phrase gives the state
    ("Poland's President met the chair of the Latvian senate, Ivo Marek, in Warsaw.", "Ivo Marek",
     ("Chair", "LVA")),
    # a state's acronym in brackets between the state and the title
    ("Lima said that the United States (US) Ambassador Ivo Marek had praised Peru.", "Ivo Marek",
     ("Ambassador", "USA")),
    # an office's initialism in brackets inside the title
    ("Minister of State (MoS) for Railways and Ports Ivo Marek was the guest of the Indian embassy.",
     "Ivo Marek", ("Minister of State for Railways and Ports", None)),
    # three capitals as initials before a family name, after a title
    ("Indian High Commissioner TCA Marek spoke to reporters in Lahore.", "TCA Marek", ("High Commissioner", "IND")),
])
def test_titles_around_lists_brackets_and_initials(text, name, expected):
    found = {p.name: (p.role, p.country) for p in persons(text)}[name]
    assert found[0] == expected[0] and (expected[1] is None or found[1] == expected[1])


@pytest.mark.parametrize("text", [
    # a portfolio after an office is no name
    "The exports were restricted, the Director General of Public Works told reporters.",
    # nor is a plural title
    "Consul Generals of over thirty nations attended the reception in Shanghai.",
    # nor a ship's name after its prefix
    "The coast guard's BRP Teresa Magbanua was hit by water cannon near the shoal.",
    "The destroyer USS Ralph Johnson sailed through the strait. Ralph Johnson's transit was routine.",
])
def test_portfolios_plural_titles_and_ships_are_not_persons(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name, country", [
    # a European commissioner the gazetteer knows acts for no state, in a story about another
    ("From Hanoi, Trade Commissioner Maros Sefcovic said Washington had kept its promise to Brussels. "
     "Washington agreed.", "Maros Sefcovic", None),
    # the wire services' spelling of Ukraine's president
    ("President Volodymyr Zelenskiy thanked Canada and Canada's premier for the aid, Canada said.",
     "Volodymyr Zelenskiy", "UKR"),
])
def test_gazetteer_officials_in_stories_about_other_states(text, name, country):
    assert {p.name: p.country for p in persons(text)}[name] == country


@pytest.mark.parametrize("text, name, expected", [
    # "Source:" before a name that a sentence goes on from is a person, not a picture credit
    ("Source: Ivo Marek, Peru's Foreign Minister, speaking to reporters beside his Chilean counterpart in Lima.",
     "Ivo Marek", ("Foreign Minister", "PER")),
    # a Chinese family name that is also an English pronoun, after a title
    ("Peru is worried, ministry spokesman He Weidong told reporters.", "He Weidong", ("ministry spokesman", None)),
    ("Chinese Vice Premier He Lifeng met the Peruvian delegation in Lima.", "He Lifeng", ("Vice Premier", "CHN")),
    # an armed group that holds a state's territory: its officials act for that state
    ("Houthi military spokesman Ivo Marek said the group fired missiles at a ship, Israel said.", "Ivo Marek",
     ("military spokesman", "YEM")),
    # a particle before a listed body's one-word name: a family name
    ("Ahmed Saleh al Houthi, the head of the council, said Riyadh must stop, Israel said.",
     "Ahmed Saleh al Houthi", ("Head of the Council", None)),
])
def test_sources_chinese_family_words_and_armed_groups(text, name, expected):
    found = {p.name: (p.role, p.country) for p in persons(text)}[name]
    assert found[0] == expected[0] and (expected[1] is None or found[1] == expected[1])


@pytest.mark.parametrize("text", [
    "He Said was a slogan.",
    "Image: Ivo Marek",
    "He Will not go, the spokesman said.",
])
def test_pronouns_and_picture_credits_are_not_persons(text):
    assert persons(text) == []


def test_an_armed_group_first_in_the_title_sets_no_story_state():
    # "Taliban urge Pakistan ...": the militia is no state body; Pakistan's minister stays Pakistan's
    text = ("Interior Minister Ivo Marek told reporters in Islamabad that Pakistan would deport "
            "migrants. Afghan officials said Afghanistan would protest.")
    found = {p.name: p.country for p in persons(text, title="Taliban urge Pakistan to review deportation plan")}
    assert found["Ivo Marek"] == "PAK"


@pytest.mark.parametrize("text, name, role", [
    # "Among the MPs present were A, B and C": each holds the office
    ("Peru's parliament met. Among the MPs present were Ivo Marek, Ana Ruiz and Tom Harlan.", "Tom Harlan", "MP"),
    # a leader named later by an office holds the office
    ("The talks go on despite the illness of Peruvian leader Ivo Marek. Lima wished Prime Minister Marek well.",
     "Ivo Marek", "Prime Minister"),
    # a preposition ends no title before a name: the office is the subject's
    ("Ana Ruiz took over as premier of a caretaker government from Ivo Marek in Lima.", "Ivo Marek", None),
])
def test_lists_after_among_leaders_named_by_office_and_prepositions(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text", [
    # the name of a law or a decoration after a rank word
    "The firm broke Kestria's General Data Protection Regulation, its regulator found.",
    "Lima gave its guest the Imam Shafi Order of the first class.",
    # a translator's or editor's credit
    "Lima and Quito signed the deal.\n\nEnglish – translator/editor: Ivo Marek",
])
def test_laws_decorations_and_editors_credits_are_not_persons(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, name, role", [
    # an office with a for-phrase in brackets after a name
    ("Members of the delegation were Ivo Marek (Secretary for External Affairs) and Ana Ruiz (Secretary for "
     "Security).", "Ivo Marek", "Secretary for External Affairs"),
    # "Cde" (Comrade) is a style, not part of the name; the office before it is the role
    ("A party team headed by national chairperson Cde Ivo Marek met officials in Lima.", "Ivo Marek",
     "National Chairperson"),
    # the style before a family name in full: the person's name takes it
    ("A delegation led by chairperson Cde Ana Marek met officials.\n\nCde Marek-Ruiz said the visit went well.",
     "Ana Marek-Ruiz", "Chairperson"),
])
def test_bracketed_offices_comrades_and_double_family_names(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, names", [
    # "Extraordinary" after "Ambassador" is no name
    ("Lima's envoy greeted Chile's new Ambassador Extraordinary and Plenipotentiary on Monday.", []),
    # a ticket of two persons is not one person's double family name
    ("Ivo Marek and Ana Ruiz ran together. Mr Marek-Ruiz campaign events were held in Lima.",
     ["Ivo Marek", "Ana Ruiz"]),
])
def test_words_after_an_ambassador_and_tickets_are_no_names(text, names):
    assert [p.name for p in persons(text)] == names


@pytest.mark.parametrize("text, country", [
    # a place's possessive before a state's title: the office is the state's, posted there
    ("Lima said so, answering a question on the remarks of Ivo Marek, Puerto Rico's Chinese Consul General. "
     "Lima and Lima again.", "CHN"),
    ("Lima said so, answering a question on the remarks of Ivo Marek, Japan's U.S. Consul General. "
     "Lima and Lima again.", "USA"),
])
def test_a_place_possessive_before_a_states_office(text, country):
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == country


def test_caribbean_heads_of_government_in_the_gazetteer():
    text = "Writing on Facebook, Prime Minister Gaston Browne said the fugitive was now India's problem, India said."
    assert {p.name: p.country for p in persons(text)}["Gaston Browne"] == "ATG"


@pytest.mark.parametrize("text, name, role", [
    ("Lima, March 3: Fugitive economic offender Ivo Marek lost his appeal against extradition.",
     "Ivo Marek", "economic offender"),
    ("Peru prefers that fugitive diamantaire Ivo Marek be sent directly to Lima from Quito.", "Ivo Marek",
     "diamantaire"),
    ("Police said that gold smuggler Ivo Marek was held at the airport in Lima.", "Ivo Marek", "smuggler"),
])
def test_occupations_of_fugitives_and_traders_before_a_name(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, name, role", [
    ("Protests spread after military ruler Ivo Marek closed the border with Peru.", "Ivo Marek", "Military Ruler"),
])
def test_a_ruler_is_an_office(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


def test_a_place_and_ruler_is_no_name():
    text = "\"The world came to Lima,\" the Dubai Ruler said in a post on Monday."
    assert persons(text) == []


@pytest.mark.parametrize("text, name, country", [
    # a state's name written with a typographic apostrophe, its acronym in brackets before the title
    ("Lima met the People’s Republic"
     " of China (PRC) Trade Minister Ivo Marek, a Peruvian envoy said.",
     "Ivo Marek", "CHN"),
    ("Lima held talks with China (PRC) Trade Minister Ivo Marek on Monday in Lima.", "Ivo Marek", "CHN"),
])
def test_typographic_apostrophes_in_state_names_and_bracketed_acronyms(text, name, country):
    assert {p.name: p.country for p in persons(text)}[name] == country


def test_foreign_ministry_spokespersons_in_the_gazetteer():
    # a spokesperson named with no state, in a story mostly about another: the gazetteer's
    text = "Spokesperson Guo Jiakun told reporters that Washington and Washington's allies must stop, Washington said."
    assert {p.name: p.country for p in persons(text)}["Guo Jiakun"] == "CHN"


def test_the_offices_of_two_states_then_their_holders():
    # "The presidents of Peru and Chile, A and B": each "President", each his state in order
    found = {p.name: (p.role, p.country) for p in persons("The presidents of Peru and Chile, Ivo Marek and "
                                                          "Ana Ruiz, met in Lima on Monday.")}
    assert found == {"Ivo Marek": ("President", "PER"), "Ana Ruiz": ("President", "CHL")}


@pytest.mark.parametrize("text, expected", [
    ("Presidents Ivo Marek and Ana Ruiz of Peru and Chile met in Lima on Monday.",
     {"Ivo Marek": "PER", "Ana Ruiz": "CHL"}),
    ("Foreign Ministers Ivo Marek, Ana Ruiz and Lars Holm of Peru, Chile and Bolivia signed it.",
     {"Ivo Marek": "PER", "Ana Ruiz": "CHL", "Lars Holm": "BOL"}),
])
def test_holders_then_their_states_in_order(text, expected):
    # "Presidents A and B of Peru and Chile": the states in the holders' order
    assert {p.name: p.country for p in persons(text)} == expected


def test_two_states_after_one_holder_are_not_distributed():
    # one holder before "of Peru and Chile" (an envoy of both): the list rule needs a holder per state
    found = {p.name: p.country for p in persons("Ambassador Ivo Marek of Peru and Chile met Ana Ruiz.")}
    assert found["Ivo Marek"] == "PER"


def test_a_delegations_members_end_at_the_verb_it_takes():
    # "An Iraqi delegation led by A, leader of a bloc, held meetings with President B": B is
    # whom the delegation met, not one of its members
    text = ("Peru opened its dams on Monday. A Chilean delegation led by Ivo Marek, head of a party in the "
            "senate, held talks with President Tom Harlan and Prime Minister Ana Ruiz about the river. "
            "Peru agreed.")
    assert {p.name: p.country for p in persons(text)} == {"Ivo Marek": "CHL", "Tom Harlan": "PER", "Ana Ruiz": "PER"}


@pytest.mark.parametrize("text, expected", [
    # "(retired)" between a rank and the name: the rank's last word is no person
    ("Peruvian officials, including Lt Gen (retired) Ivo Marek, watched the launch.",
     {"Ivo Marek": ("Lieutenant General", "PER")}),
    ("Peruvian officials, including Maj Gen (retd) Ivo Marek, watched the launch.",
     {"Ivo Marek": ("Major General", "PER")}),
    # a body whose name holds "and" ends the office's of-phrase before the comma
    ("Peru will vote soon, the spokesman of the Justice and Development Party, Ivo Marek, told reporters.",
     {"Ivo Marek": ("spokesman of the Justice and Development Party", "PER")}),
    # a European Commissioner acts for the Commission, not for the state the story is about
    ("Ivo Marek, European Commissioner for fisheries, lifted the card. Thailand welcomed it.",
     {"Ivo Marek": ("Commissioner for fisheries", None)}),
    ("European Commissioner for Fisheries Ivo Marek lifted the card. Thailand welcomed it.",
     {"Ivo Marek": ("European Commissioner for Fisheries", None)}),
])
def test_retired_ranks_party_names_with_and_and_european_commissioners(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # portfolio words before a lower-case office, joined or alone: the name is a person's
    ("Ivo Marek, the Ports and Maritime Affairs minister, told reporters on Friday.",
     ("Ivo Marek", "Ports and Maritime Affairs minister")),
    ("Food Minister Ivo Marek said Peru would buy wheat.", ("Ivo Marek", "Food Minister")),
    ("Asked about it, the Livestock Minister, Ivo Marek, said no.", ("Ivo Marek", "Livestock Minister")),
])
def test_more_portfolio_words_before_an_office(text, expected):
    assert (persons(text)[0].name, persons(text)[0].role) == expected


@pytest.mark.parametrize("text, name", [
    # a family name that is also a title word, before an apposition or after a middle initial
    ("Tom Bishop, the Peruvian, and Ana Ruiz were teachers in Lima.", "Tom Bishop"),
    ("Tom C. Bishop and Ana Ruiz were teachers in Lima.", "Tom C. Bishop"),
    ("Kevin C. King was freed on Tuesday.", "Kevin C. King"),
])
def test_title_word_family_names_before_an_apposition_or_after_an_initial(text, name):
    assert name in [p.name for p in persons(text)]


def test_initials_then_a_name_with_an_office_in_apposition():
    # "AK Bcd, Peru's Commissioner for Water,": initials open a name that an
    # apposition (not only a title before it) shows to be a person's
    text = "According to the ministry, PK Marek, Peru’s Commissioner for Water, led the delegation."
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("PK Marek", "Commissioner for Water", "PER")]


@pytest.mark.parametrize("text, name, country", [
    # a body's word inside a state's official name is no body: the state is the minister's
    ("Ivo Marek, Trade Minister for the Commonwealth of the Bahamas, spoke in Lima.", "Ivo Marek", "BHS"),
    # a region's name with "Province" or "State" before the office gives its state
    ("Peru's envoy Tom Harlan met Hunan Province Governor Ivo Marek in Changsha.", "Ivo Marek", "CHN"),
    ("Peru's envoy Tom Harlan met Lagos State Governor Ivo Marek in Ikeja.", "Ivo Marek", "NGA"),
    # an office only Japan has, with a modifier
    ("Deputy Chief Cabinet Secretary Ivo Marek briefed reporters on the talks with Japan and Peru.",
     "Ivo Marek", "JPN"),
])
def test_official_state_names_region_nouns_and_japanese_offices(text, name, country):
    assert {p.name: p.country for p in persons(text)}[name] == country


@pytest.mark.parametrize("text, expected", [
    # a joined portfolio between a modifier and the office is no name
    ("Deputy Culture and Tourism Minister Ivo Marek received the artefacts.",
     [("Ivo Marek", "Deputy Culture and Tourism Minister")]),
    # a post's field in brackets between the title and the name is no name
    ("Director (Air Quality) Ivo Marek and Director (Climate Change) Ana Ruiz spoke.",
     [("Ivo Marek", "Director"), ("Ana Ruiz", "Director")]),
])
def test_portfolios_joined_or_in_brackets_are_no_persons(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # after an honorific, a title word inside the name is part of it
    ("The panel was moderated by Dr Ivo Rabbi Marek, deputy director of the Kestrel Foundation.",
     "Ivo Rabbi Marek"),
    ("COP President Dr. Sultan Al Marek spoke on Monday.", "Sultan Al Marek"),
])
def test_a_title_word_after_an_honorific_is_part_of_the_name(text, expected):
    assert [p.name for p in persons(text)] == [expected]


def test_an_honorific_before_a_high_office_still_reads_the_office():
    assert [(p.name, p.role) for p in persons("Mr. President Ivo Marek spoke on Monday.")] == [("Ivo Marek", "President")]


@pytest.mark.parametrize("text, expected", [
    # a body named for its head's office, right before the name: the office is his
    ("On Thursday, United Nations High Commissioner for Refugees Ivo Marek came to Lima.",
     ("Ivo Marek", "High Commissioner for Refugees", None)),
    # a spokesperson's title after the ministry's name is no part of the body's name
    ("Peru said it would answer. Ministry of Foreign Affairs Spokesperson Ivo Marek said so.",
     ("Ivo Marek", "Spokesperson", "PER")),
])
def test_offices_named_with_their_bodies(text, expected):
    p = persons(text)[0]
    assert (p.name, p.role, p.country) == expected


def test_a_plural_office_then_were_and_holders_from_their_states():
    # "The ambassadors were A from X, B from the Republic of Y and C": each the office, each
    # the state he is from
    text = ("Peru's president received the credentials of three new ambassadors on Tuesday.\n\n"
            "The ambassadors were Ivo Marek from Switzerland, Ana Ruiz from the Republic of Korea, "
            "and Tom Harlan from Norway.")
    assert {p.name: (p.role, p.country) for p in persons(text)} == {
        "Ivo Marek": ("Ambassador", "CHE"), "Ana Ruiz": ("Ambassador", "KOR"), "Tom Harlan": ("Ambassador", "NOR")}


@pytest.mark.parametrize("text, role", [
    # a plural in -men before a list of names: each holds the singular title
    ("Justice ministry spokesmen Ivo Marek and Tom Harlan could not be reached.", "Justice ministry spokesman"),
    ("Ministry spokeswomen Ana Ruiz and Eva Kim could not be reached.", "Ministry spokeswoman"),
])
def test_plurals_in_men_before_a_list_of_names(text, role):
    assert {p.role for p in persons(text)} == {role}


def test_names_after_a_plural_title_share_the_first_one_s_state():
    # "U.S. Senators A, B, and C" in a story set in another state: each is American, not
    # only the first (the others had taken the story's state)
    text = ("TAIPEI - U.S. Senators Ana Ruiz, Tom Harlan, and Ivo Marek arrived in Taiwan on Sunday.\n\n"
            "Taiwan welcomed the visit, and Taiwan's officials said Taiwan would receive the gift. "
            "Ruiz, a veteran of Thai ancestry, served in Iraq.")
    found = {p.name: (p.role, p.country) for p in persons(text, source="Taiwan News")}
    assert found == {"Ana Ruiz": ("Senator", "USA"), "Tom Harlan": ("Senator", "USA"),
                     "Ivo Marek": ("Senator", "USA")}


def test_a_demonym_before_an_abstract_noun_gives_no_state_to_the_name_after_it():
    # "back from Russian captivity, A Bcd, the Knesset's commissioner": the body's state, not
    # the demonym of the thing before the comma ("a Canadian citizen, A Bcd" still gives one)
    text = ("Kestria has returned prisoners from Russian captivity, Ivo Marek, the Knesset Commissioner "
            "for Human Rights, told the press.")
    assert [(p.name, p.country) for p in persons(text)] == [("Ivo Marek", "ISR")]
    text = "The Kestrian government said it was told by a Canadian citizen, Ivo Marek, on Monday."
    assert [(p.name, p.country) for p in persons(text)] == [("Ivo Marek", "CAN")]


@pytest.mark.parametrize("text, expected", [
    # after an office and a name's first word, a title word before more of the name is the
    # name's ("Tiong King Sing", not a King "Sing")
    ("The MoU was concluded by Tourism Minister Tiong King Sing on Monday.",
     [("Tiong King Sing", "Tourism Minister")]),
    # (a title's own modifiers are no name: "Deputy Prime Minister A Bcd")
    ("Deputy Prime Minister Ivo Marek spoke.", [("Ivo Marek", "Deputy Prime Minister")]),
    # a Malay style of honour is evidence of a person, whatever the given name
    ("The MoU was signed by Dato Sri Tiong Kaw Sing.", [("Tiong Kaw Sing", None)]),
    ("The MoU was signed by Datuk Seri Tiong Kaw Sing at the Seri Perdana Complex.",
     [("Tiong Kaw Sing", None)]),
])
def test_title_words_inside_names_and_malay_styles(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "A and her Korean counterpart B" with A opening the sentence: "her" is A's, so A acts
    # for the other state the story names
    ("Officials said Peru and Chile would keep talking.\n\n"
     "Tourism Secretary Ana Ruiz and her Chilean counterpart Tom Harlan met in Quito. Lima and Santiago "
     "want more visitors. Chile calls Peru a partner.",
     {"Ana Ruiz": "PER", "Tom Harlan": "CHL"}),
    # ... also with the counterpart's office between "counterpart" and the name
    ("Officials said Peru and Chile would keep talking.\n\n"
     "Tourism Secretary Ana Ruiz and her Chilean counterpart Deputy Minister of Trade and Tourism "
     "Tom Harlan met in Quito. Lima and Santiago want more visitors. Chile calls Peru a partner.",
     {"Ana Ruiz": "PER", "Tom Harlan": "CHL"}),
])
def test_the_subject_and_her_counterpart_act_for_two_states(text, expected):
    assert {p.name: p.country for p in persons(text)} == expected


def test_the_subject_and_her_counterpart_at_the_article_s_start():
    # (the sentence that opens the article, with no full stop before it)
    text = ("Tourism Secretary Ana Ruiz and her Chilean counterpart Tom Harlan met in Quito. Lima and Santiago "
            "want more visitors. Chile calls Peru a partner. Officials said Peru and Chile would keep talking.")
    expected = {"Ana Ruiz": "PER", "Tom Harlan": "CHL"}
    assert {p.name: p.country for p in persons(text)} == expected


@pytest.mark.parametrize("text, name, role", [
    # a name from a list ("officials including A") with its own office in apposition: the office
    ("Blinken met officials including Ivo Marek, Greenland's new prime minister, on Monday.",
     "Ivo Marek", "Prime Minister"),
    # an office, a comma and a rank before the name: the office is the post held
    ("The Chief of the Defence Staff, Vice Adm. Ivo Marek, signed the pact with Togo.",
     "Ivo Marek", "Chief of the Defence Staff"),
    ("In Lagos, Vice Adm. Ivo Marek signed it.", "Ivo Marek", "Vice Admiral"),
])
def test_own_offices_over_a_list_s_and_a_rank_s(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text, expected", [
    # a known given name between two plain capitalised words, after a lower-case word: a name
    ("Lin was jailed together with Salivius Francis Matembo on Monday.", {"Salivius Francis Matembo": None}),
    # a demonym and a noun before a pair of names: both of that state
    ("Lin was jailed with her Tanzanian co-defendants Ivo Marek and Tom Harlan. Tanzania said so.",
     {"Ivo Marek": "TZA", "Tom Harlan": "TZA"}),
    # (not the second where its own state follows it)
    ("The American tourist Ivo Marek and Tom Harlan of Peru met.", {"Ivo Marek": "USA", "Tom Harlan": "PER"}),
])
def test_unknown_given_names_between_known_ones_and_a_pair_after_a_demonym(text, expected):
    assert {p.name: p.country for p in persons(text)} == expected


@pytest.mark.parametrize("text", [
    "The exiled Tibetan leader, the Dalai Lama, visited President Ivo Marek.",
    "President Ivo Marek met His Holiness the Dalai Lama on Sunday.",
])
def test_the_dalai_lama_is_a_person_of_no_state(text):
    assert {p.name: p.country for p in persons(text)}["Dalai Lama"] is None


@pytest.mark.parametrize("text, expected", [
    # "PM's Press Secretary A Bcd": the aide acts for the state of the one Prime Minister named
    ("Russian nuclear chief Ivan Petrov called on Bangladeshi Prime Minister Rani Begum on Monday. "
     "Progress was good despite the war, Russia's envoy said, and PM's Press Secretary Karim Uddin "
     "added that Russia and Russia had helped.",
     {"Ivan Petrov": "RUS", "Rani Begum": "BGD", "Karim Uddin": "BGD"}),
])
def test_an_aide_of_the_pm_takes_the_pm_s_state(text, expected):
    assert {p.name: p.country for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a list of three or more office holders: those the article gives no state take the state
    # a later member of the list has
    ("Russian nuclear chief Ivan Petrov called on the premier in Dhaka on Monday. Russia has helped a "
     "great deal, Russia's envoy said, and Russia will go on.\n\n"
     "Science Minister Yeafar Osmani, Senior Secretary Ziaul Hasnat and Bangladesh Ambassador to Russia "
     "Kamal Ahsanul were present.",
     {"Ivan Petrov": "RUS", "Yeafar Osmani": "BGD", "Ziaul Hasnat": "BGD", "Kamal Ahsanul": "BGD"}),
    # (a pair is two counterparts, not one delegation)
    ("Bangladesh asked for wheat. Bangladesh and Bangladesh will buy it from Russia.\n\n"
     "Food Minister Sadhan Kar and Russian Ambassador Ivan Petrov met in Dhaka on Thursday.",
     {"Sadhan Kar": "BGD", "Ivan Petrov": "RUS"}),
])
def test_list_members_take_a_later_member_s_state(text, expected):
    assert {p.name: p.country for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a profession some presses write as a style between the office and the name
    ("Science and Technology Minister Architect Yeafar Osmani met the team in Bangladesh.",
     {"Yeafar Osmani": "Science and Technology Minister"}),
    ("Commerce Minister Engineer Tipu Munshir came.", {"Tipu Munshir": "Commerce Minister"}),
    # (after a rank of a profession, the profession is the post)
    ("Chief Engineer Rafiq Alamgir came.", {"Rafiq Alamgir": "Chief Engineer"}),
])
def test_a_profession_written_as_a_style_after_an_office(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


@pytest.mark.parametrize("dateline, expected", [
    # an official the story gives no state is the dateline capital's, not the state named most
    ("Warsaw", "POL"),
    ("Warsaw, Poland", "POL"),
    # (no dateline, or one the story's states lack: the state named most)
    (None, "RUS"),
    ("Lima", "RUS"),
])
def test_an_official_of_no_stated_state_is_the_dateline_s(dateline, expected):
    text = ("The state news agency of Poland was hit by a Russian attack on Friday, a minister said. Russian "
            "hackers and Russian spies were blamed, and Russia denied it.\n\n"
            "\"Everything points to Russia,\" Digital Affairs Minister Ivo Marek told a broadcaster.")
    assert {p.name: p.country for p in persons(text, dateline=dateline)} == {"Ivo Marek": expected}


@pytest.mark.parametrize("text, expected", [
    # "notified A of China's intention": the state's plan, not A's state
    ("On Friday Chinese diplomat Li Wen told UN chief Antonio Guterres of China's plan to send doses.",
     {"Li Wen": "CHN", "Antonio Guterres": None}),
    # (but "A of the UK's Border Force" works for that state's body)
    ("On Monday Ana Ruiz of the UK's Border Force told reporters so.", {"Ana Ruiz": "GBR"}),
    # the spokesman of a person who acts for no state acts for none either
    ("Sudan's military leader General Abdel Fattah Burhan accused the UN envoy of bias, and the Sudanese "
     "Foreign Ministry wants him gone from Sudan.\n\n"
     "UN Secretary-General Antonio Guterres said he was shocked by the letter.\n\n"
     "The envoy is due back in the region next week, after a stop in Nairobi, Tom Harlan, a spokesman for "
     "Guterres, said.", {"Abdel Fattah Burhan": "SDN", "Antonio Guterres": None, "Tom Harlan": None}),
])
def test_of_a_state_s_plan_and_the_spokesman_of_a_stateless_official(text, expected):
    assert {p.name: p.country for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an executive of a company a state owns and runs acts for that state (state_enterprises.txt)
    ("Rosatom Director General Ivo Marek met Prime Minister Rani Begum of Bangladesh in Dhaka.",
     {"Ivo Marek": "RUS", "Rani Begum": "BGD"}),
    ("The deal was signed by Ivo Marek, Director General of Rosatom, on Monday in Abuja. Nigeria agreed.",
     {"Ivo Marek": "RUS"}),
    ("Sergei Ivanov of Gazprom spoke in Astana.", {"Sergei Ivanov": "RUS"}),
    # (a private firm's staff act for no state)
    ("Tim Cook of Apple spoke in Beijing.", {"Tim Cook": None}),
])
def test_executives_of_state_enterprises_act_for_the_state(text, expected):
    assert {p.name: p.country for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # India's honorifics are no names, and a title before them is the person's
    ("The Indian foreign ministry's spokesman Shri Ravi Mehta confirmed it.",
     {"Ravi Mehta": ("spokesman", "IND")}),
    ("Union Finance Minister Smt. Nirmala Sitharaman met the Italian minister.",
     {"Nirmala Sitharaman": ("Union Finance Minister", "IND")}),
    # (a "Union ... Minister" is India's where India is the one such state named)
    ("Union Water Minister Anil Desai met Nepal's minister in Kathmandu. Nepal and Nepal want a deal, and "
     "India wants one too.", {"Anil Desai": ("Union Water Minister", "IND")}),
    # a lower-case title before "Mr"
    ("The ministry's spokesman Mr Ivo Marek said so.", {"Ivo Marek": ("spokesman", None)}),
    # a state's deputy envoy to the UN acts for the state
    ("Tokyo must act now, Peru’s deputy U.N. ambassador Ivo Marek told the board.",
     {"Ivo Marek": ("Ambassador", "PER")}),
])
def test_indian_honorifics_union_ministers_and_a_state_s_un_envoy(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # "Ambassador" after an office and a comma is a style: the office before it is the post
    ("On Friday the Kenyan High Commissioner to Uganda, Ambassador Tom Harlan, gave his credentials to "
     "President Ivo Marek of Uganda at the State House.",
     {"Tom Harlan": ("High Commissioner to Uganda", "KEN"), "Ivo Marek": ("President", "UGA")}),
    # a state's name of several words inside the role gives the state
    ("Peru got more doses on Monday, and Peru and Peru thanked the donors.\n\n"
     "The guests, Deputy Head of Mission Tom Harlan and Acting Field Director of the United States Office "
     "for Relief Ivo Marek, met nurses in Lima.",
     {"Ivo Marek": ("Director of the United States Office for Relief", "USA")}),
])
def test_ambassador_as_a_style_and_a_state_of_several_words_in_a_role(text, expected):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # words of another person's long role are no name of their own
    ("Kenyan Minister for Health, Water Supply and Sanitation Ivo Marek spoke on Tuesday.",
     {"Ivo Marek": "Minister for Health, Water Supply and Sanitation"}),
    ("Tina Harlan, Head of Regional Water Accords for the Ministry, was there too.",
     {"Tina Harlan": "Head of Regional Water Accords for the Ministry"}),
    # (a person named in another's role is still one: "a spokesman for Guterres")
    ("UN chief Antonio Guterres is worried, said Tom Harlan, a spokesman for Guterres.",
     {"Antonio Guterres": "Chief", "Tom Harlan": "spokesman for Guterres"}),
])
def test_words_of_a_long_role_are_no_person(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


def test_a_style_yields_to_the_office_in_apposition():
    text = "His Highness Sheikh Hamad bin Rashid Al Nahyan, the President of the UAE, dined in Rome on Monday."
    assert {p.name: (p.role, p.country) for p in persons(text)} == {"Hamad bin Rashid Al Nahyan": ("President", "ARE")}


@pytest.mark.parametrize("text, expected", [
    # a portfolio of an adjective and a portfolio word before the name ("Natural Resources")
    ("Minister of Natural Resources Ivo Marek came.", {"Ivo Marek": "Minister of Natural Resources"}),
    ("Peru’s Minister for Mines and Natural Resources Ahsan Khan said Peru would sign.",
     {"Ahsan Khan": "Minister for Mines and Natural Resources"}),
    # a participle opening the sentence before the name is no part of it
    ("Identifying Robert Edward Harlan as the author, the paper went on.",
     {"Robert Edward Harlan": None}),
    # a title after a department of a portfolio: the department, then the person's title
    ("On Monday the Peru Department of Mines Deputy Director Tina Harlan came too.",
     {"Tina Harlan": "Deputy Director"}),
])
def test_portfolio_adjectives_participles_and_titles_after_a_department(text, expected):
    assert {p.name: p.role for p in persons(text)} == expected


def test_a_body_s_name_with_a_particle_is_no_person():
    # (the portfolio rule does not cut "Institut National de Recherche ..." down to a "name")
    text = "Professor Tom Harlan, director of the Institut National de Recherche Biologique, said so."
    assert [p.name for p in persons(text)] == ["Tom Harlan"]


@pytest.mark.parametrize("quote, expected", [
    # a spokesperson of no stated state speaks for the state whose stand the quotation opens with
    ("“China appreciates all the help the US side gave,”", "CHN"),
    ("“China firmly opposes any such move,”", "CHN"),
    # (a quotation that takes no stand as a state leaves the story's state)
    ("“The case was a long one,”", "USA"),
])
def test_a_spokesperson_speaks_for_the_state_of_the_stand_quoted(quote, expected):
    text = ("The United States sent fugitive Yang Lin home on Friday, the U.S. Department of Justice said. "
            "The United States and the United States had worked on it for a year.\n\n"
            f"{quote} spokesperson Li Wen told a daily briefing.")
    assert {p.name: p.country for p in persons(text)}["Li Wen"] == expected


@pytest.mark.parametrize("text", [
    # ships named in a list after a plural vessel noun are no persons
    "The film shows the destroyers Kestrel, Halsey and Theodore Roosevelt steaming in line.",
    # nor a military sector or an artefact ("... Sectors", "... Tablet")
    "India violated the ceasefire in the Lipa and Battal Sectors, the ministry said.",
    "The Gilgamesh Dream Tablet went back to Iraq.",
])
def test_ships_in_a_list_sectors_and_tablets_are_no_persons(text):
    assert persons(text) == []


def test_hm_is_no_part_of_a_name():
    text = "His Majesty King Ivo Marek had a message for HM Charles III, King of Britain, on Friday."
    assert [p.name for p in persons(text)] == ["Ivo Marek", "Charles III"]


def test_the_ruler_of_an_emirate_acts_for_the_uae():
    text = ("Saudi Arabia and Saudi Arabia mourned the King. Sheikh Ivo Marek, the Ruler of Fujairah and a "
            "federal council member, sent a cable of condolence.")
    assert {p.name: p.country for p in persons(text)} == {"Ivo Marek": "ARE"}


def test_a_state_body_named_in_a_long_role_gives_its_state():
    text = ("Japan and Japan and Japan talked trade on Monday with Tom Harlan, Director of the Trade "
            "Policy Council at the White House.")
    assert {p.name: p.country for p in persons(text)} == {"Tom Harlan": "USA"}


@pytest.mark.parametrize("name", ["Tan Wei Ming", "Goh Chee Keong", "Ong Boon Hwa"])
def test_hokkien_family_names_written_first_end_a_portfolio(name):
    text = f"The link was steady, Minister of Trade and Industry {name} wrote to parliament."
    assert [(p.name, p.role) for p in persons(text)] == [(name, "Minister of Trade and Industry")]


@pytest.mark.parametrize("text, expected", [
    # a title between two names, set off by commas, is the first one's when it took it
    ("The truce came after a call between Hamid Saadi, Emir of Kuwait, Ivo Marek, Emir of Qatar, "
     "and Ana Ruiz.",
     {"Hamid Saadi": ("Emir", "KWT"), "Ivo Marek": ("Emir", "QAT"), "Ana Ruiz": (None, None)}),
    ("The truce came after a call between Sheikh Hamid Saadi, Emir of Kuwait, Sheikh Ivo Marek, "
     "Emir of Qatar, and Ana Ruiz.",
     {"Hamid Saadi": ("Emir", "KWT"), "Ivo Marek": ("Emir", "QAT"), "Ana Ruiz": (None, None)}),
    # titles that open each member of the list stay with the name after them
    ("Present were the President of Peru, Hamid Saadi, the Prime Minister of Chile, Ivo Marek, and "
     "the Prime Minister of Bolivia, Tom Harlan.",
     {"Hamid Saadi": ("President", "PER"), "Ivo Marek": ("Prime Minister", "CHL"),
      "Tom Harlan": ("Prime Minister", "BOL")}),
])
def test_a_title_between_two_names_in_a_list(text, expected):
    assert {p.name: (p.role, p.country) for p in persons(text)} == expected


def test_an_office_after_as_is_the_complement_not_a_title_before_the_next_name():
    text = ("Peru is split\n\nPresident Ivo Marek spoke on Monday in Peru. Though Chile has recognised "
            "Tom Harlan as the nation’s acting president, Marek will not step aside.")
    from analysis.extract import extract_article
    from analysis.load import parse_text
    found = {p.name: p.country for p in extract_article(parse_text(text, id="x")).persons}
    assert found["Ivo Marek"] == "PER"


@pytest.mark.parametrize("verb", ["Tweeted", "Posted", "Announced", "Twitted"])
def test_a_capitalised_reporting_verb_is_no_part_of_a_name(verb):
    text = f"Chile's Trade Minister Ivo Marek {verb} that the talks had ended well."
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("Ivo Marek", "Trade Minister", "CHL")]


def test_a_known_holder_whose_family_name_is_a_demonym_after_a_portfolio():
    text = "The visit was led by the agency's Deputy High Commissioner for Refugees Volker Turk."
    assert [p.name for p in persons(text)] == ["Volker Turk"]


def test_a_colon_dateline_gives_an_unplaced_official_its_state():
    from analysis.extract import extract_article
    from analysis.load import parse_text
    text = ("Talks stall\n\nISLAMABAD: India was blamed on Monday for the stalled talks with Pakistan. India "
            "denied it, and India said it would wait.\n\nInterior Minister Ivo Marek said the border would "
            "stay shut.\n")
    assert {p.name: p.country for p in extract_article(parse_text(text, id="x")).persons} == {"Ivo Marek": "PAK"}


def test_a_cabinet_minister_known_by_full_name_takes_the_state_of_the_gazetteer():
    from analysis.extract import extract_article
    from analysis.load import parse_text
    text = ("Debt talks\n\nJapan and Japan and Japan met on debt relief in Tokyo. Finance Minister Lou "
            "Jiwei said the talks had gone well.\n")
    found = {p.name: p.country for p in extract_article(parse_text(text, id="x", meta={"date": "2015-04-02"})).persons}
    assert found == {"Lou Jiwei": "CHN"}


def test_a_cabinet_minister_in_an_international_post_does_not_take_the_old_state():
    from analysis.extract import extract_article
    from analysis.load import parse_text
    text = ("Debt talks\n\nJapan and Japan and Japan met on debt relief in Tokyo. The bloc's Commissioner "
            "for Trade Lou Jiwei said the talks had gone well.\n")
    found = {p.name: p.country for p in extract_article(parse_text(text, id="x", meta={"date": "2015-04-02"})).persons}
    assert found["Lou Jiwei"] != "CHN"


def test_senator_after_an_office_and_a_comma_is_a_style():
    text = "Chile's Minister of Mines, Senator Ivo Marek, opened the new port on Friday."
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("Ivo Marek", "Minister of Mines", "CHL")]


@pytest.mark.parametrize("body, noun, state", [
    ("The Peruvian embassy", "embassy", "PER"),
    ("Chile's Foreign Ministry", "ministry", "CHL"),
])
def test_the_body_noun_in_a_role_names_back_to_the_body_named_before(body, noun, state):
    from analysis.extract import extract_article
    from analysis.load import parse_text
    text = (f"Visit row\n\nBolivia and Bolivia and Bolivia protested on Monday. {body} answered in a "
            f"statement. The {noun} spokesperson Ivo Marek said the visit was lawful.\n")
    assert {p.name: p.country for p in extract_article(parse_text(text, id="x")).persons} == {"Ivo Marek": state}


@pytest.mark.parametrize("state, code", [("Cote d’Ivoire", "CIV"), ("Côte d'Ivoire", "CIV"),
                                         ("Trinidad & Tobago", "TTO"), ("Bosnia & Herzegovina", "BIH")])
def test_a_state_with_a_particle_or_ampersand_in_an_apposition(state, code):
    text = f"The envoys were Ivo Marek, Ambassador of {state}; and Ana Ruiz, Ambassador of Peru."
    assert {p.name: (p.role, p.country) for p in persons(text)} == {
        "Ivo Marek": ("Ambassador", code), "Ana Ruiz": ("Ambassador", "PER")}


def test_a_name_of_three_words_is_the_longer_name_it_opens():
    text = ("General Ivo Deni Marek received the envoy on Monday. The envoy carried a letter to the "
            "President of Peru, General Ivo Deni Marek Itno.")
    assert [p.name for p in persons(text)] == ["Ivo Deni Marek Itno"]


def test_a_plural_title_as_the_subject_of_a_list_of_names():
    # (names the lists do not know break no chain: "Ukeme Tandi", whose given name is unknown)
    text = ("The president received six new envoys on Monday. The ambassadors are Ivo Marek from Peru, "
            "Ukeme Tandi from Botswana, Tom Harlan from Chile, and Ana Ruiz from Bolivia. He welcomed them.")
    assert {p.name: (p.role, p.country) for p in persons(text)} == {
        "Ivo Marek": ("Ambassador", "PER"), "Ukeme Tandi": ("Ambassador", "BWA"),
        "Tom Harlan": ("Ambassador", "CHL"), "Ana Ruiz": ("Ambassador", "BOL")}


def test_a_list_after_are_gives_no_title_to_a_name_outside_it():
    text = "Talks are planned for June, and President Ivo Marek will attend with Tom Harlan, a banker."
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] != "President"


@pytest.mark.parametrize("title", ["European Migration Commissioner", "European Energy Security Commissioner"])
def test_a_european_commissioner_with_a_portfolio_between_acts_for_no_state(title):
    from analysis.extract import extract_article
    from analysis.load import parse_text
    text = f"Boats\n\nMalta and Malta rescued 90 people. {title} Ivo Marek said the bloc needs a plan.\n"
    assert {p.name: p.country for p in extract_article(parse_text(text, id="x")).persons} == {"Ivo Marek": None}


def test_an_en_dash_glued_before_a_lower_case_word_ends_the_name():
    text = "Trade Minister Ivo Marek–the talks' host–said they failed, and Tom Harlan–who led them–agreed."
    assert [p.name for p in persons(text)] == ["Ivo Marek", "Tom Harlan"]


@pytest.mark.parametrize("text", [
    "The floods came after Storm Daniel broke two dams near the coast.",
    "Talks ended with Ali Dibadj, chief of Janus Henderson Investors, in New York.",
    "Kestria was barred from the Eurovision Song Contest last year.",
])
def test_storms_contests_and_firms_with_two_personal_names_are_no_persons(text):
    assert [p.name for p in persons(text)] in ([], ["Ali Dibadj"])


@pytest.mark.parametrize("text, role", [
    ("Peru sent Special Assistant to the PM Ivo Marek to the talks.", "Assistant to the Prime Minister"),
    ("Peru sent Adviser to the Prime Minister Ivo Marek to the talks.", "Adviser to the Prime Minister"),
    # without "the" the name is the principal's
    ("A spokesman for President Ivo Marek said no.", "President"),
])
def test_a_capitalised_dependent_title_to_the_office_is_the_named_persons(text, role):
    assert [p.role for p in persons(text)] == [role]


@pytest.mark.parametrize("text, expected", [
    # names with dropped diacritics found by their given names alone
    ("The ban covers Herve Kestrel and Francoise Marlan.", [("Herve Kestrel", None), ("Francoise Marlan", None)]),
    # ", and head of ... C Def": the list's next member, not an apposition of the name before
    ("Ivo Marek, and head of the Kestrian language department Tom Harlan, were banned.",
     [("Ivo Marek", None), ("Tom Harlan", None)]),
])
def test_list_members_without_titles(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # after a title, a family name written first that is also a word, then a given name
    ("Foreign Minister Park Jin of South Korea met Ivo Marek of Chile.",
     [("Park Jin", "Foreign Minister", "KOR"), ("Ivo Marek", None, "CHL")]),
    # (a given name the dictionary lacks, written as one word)
    ("Health Minister Park Neunghoo of South Korea spoke first.", [("Park Neunghoo", "Health Minister", "KOR")]),
    # (the word alone stays a place word)
    ("The crowd gathered in Gorky Park on Sunday.", []),
])
def test_a_family_name_that_is_a_word_after_a_title(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a capital's name that is also a given name opens a name after an office ...
    ("Foreign Minister Santiago Cafiero met Ivo Marek of Chile.",
     [("Santiago Cafiero", "Foreign Minister", "ARG"), ("Ivo Marek", None, "CHL")]),
    # ... and, without one, in a full name the gazetteer holds
    ("Foreign Ministers Ivo Marek of Peru and Santiago Cafiero of Argentina met in Lima.",
     [("Ivo Marek", "Foreign Minister", "PER"), ("Santiago Cafiero", "Foreign Minister", "ARG")]),
    # (the capital alone stays a place)
    ("Ivo Marek flew to Santiago on Monday.", [("Ivo Marek", None, None)]),
])
def test_a_capital_that_is_a_given_name_opens_a_name(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


def test_a_regional_bodys_chair_before_an_office_leaves_the_state():
    # "AU Chair President A": the rotating chair is a head of state; the office before the
    # name is his own and the body does not take away the state the article gives
    text = "Envoys praised the former AU Chair President Felix Tshisekedi on Sunday."
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("Felix Tshisekedi", "President", "COD")]


@pytest.mark.parametrize("text, name, expected", [
    # "the Andean country's Minister": the region's words before "country's", then the
    # state named last before
    ("Peru thanked Chile for its help on Monday.\n\nIvo Marek, the South American country\u2019s Minister of "
     "Trade, said more would follow.", "Ivo Marek", "CHL"),
    # an office only the United Kingdom has, in a story naming it and China
    ("Assistant Chief Constable Ivo Marek said the Chinese consulate in Manchester had been warned, "
     "as British officials and China traded blame.", "Ivo Marek", "GBR"),
])
def test_a_region_before_the_countrys_and_a_british_police_office(text, name, expected):
    assert {p.name: p.country for p in persons(text)}[name] == expected


def test_a_counterpart_without_a_demonym_acts_for_the_state_just_visited():
    text = ("Peruvian Foreign Minister Ana Ruiz visited Chile and Bolivia this week.\n\n"
            "She is the first Peruvian foreign minister to visit Chile. She met with her counterpart "
            "Tom Harlan, and they agreed to cooperate.\n\n"
            "In Bolivia, Ruiz and her counterpart Ivo Marek agreed to build a road. Bolivia wants "
            "investment, Bolivian officials said.")
    assert [(p.name, p.country) for p in persons(text)] == [
        ("Ana Ruiz", "PER"), ("Tom Harlan", "CHL"), ("Ivo Marek", "BOL")]


def test_a_spokesperson_of_a_ministry_named_without_its_state_takes_the_ministry_named_before():
    # (the story names Chile and Peru as often: no state leads)
    text = ("The Chilean Trade Ministry on Thursday rejected the claims of Peru.\n\n"
            "Ivo Marek, a spokesman for the Ministry of Trade, told a briefing that Peru was wrong.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "CHL"


@pytest.mark.parametrize("text", [
    # the ministry before the post ("Foreign Ministry spokesman"), a ministry named in lower case,
    # a minister of the portfolio: the state of the ministry named before, not the story's other state
    "Chile's Ministry of Foreign Affairs called in the Peruvian envoy. Peru denied it, and Peru's "
    "president said Peru would answer. Foreign Ministry spokesman Ivo Marek called Peru's words rude.",
    "Chile's foreign ministry summoned the Peruvian envoy. Peru denied it, and Peru's president said "
    "Peru would answer. Foreign Ministry spokesman Ivo Marek called Peru's words rude.",
    "The Chilean Foreign Ministry summoned the Peruvian envoy. Peru denied it, and Peru's president "
    "said Peru would answer. Deputy Foreign Minister Ivo Marek called Peru's words rude.",
    # (the post capitalised: "Foreign Ministry Spokesperson")
    "The visit opens a new chapter, the Chilean foreign ministry said. Peru denied it, and Peru's "
    "president said Peru would answer. Foreign Ministry Spokesperson Ivo Marek called Peru's words rude.",
    # (a department of "the ministry's")
    "LIMA: The Chilean Foreign Ministry called in a Peruvian diplomat on Friday. Ivo Marek, head of the "
    "ministry's Americas Department, met the Peruvian envoy, and Peru's government protested to Peru's allies.",
])
def test_an_official_of_a_portfolio_takes_the_state_of_that_ministry_named_before(text):
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "CHL"


@pytest.mark.parametrize("text, name, expected", [
    # a demonym and a person noun of two words
    ("The two states swapped Ivo Marek and American basketball star Ana Ruiz in Abu Dhabi, Russia said.",
     "Ana Ruiz", "USA"),
    # "two <demonym> nationals, A and B"
    ("Bolivia confirmed that two French nationals, Ivo Marek and Tom Harlan, were released. Bolivia "
     "wants a deal, Bolivian officials said.", "Tom Harlan", "FRA"),
    # "The Peruvian side was headed by A"
    ("The Chilean delegation was led by Ivo Marek, a department director. The Peruvian side was led by "
     "Tom Harlan, a representative for border issues.", "Tom Harlan", "PER"),
    # a middle initial the gazetteer leaves out
    ("On Monday Teodoro L. Locsin spoke about the passage of Chinese ships. China said nothing, Chinese "
     "officials said.", "Teodoro L. Locsin", "PHL"),
    # a given name and two family names: the gazetteer's given name and first family name
    ("Jorge Glas Espinel, once vice president, was held at the embassy of Mexico, Mexico said.",
     "Jorge Glas Espinel", "ECU"),
])
def test_nationals_delegations_and_second_family_names(text, name, expected):
    assert {p.name: p.country for p in persons(text)}[name] == expected


@pytest.mark.parametrize("text, expected", [
    # "Sultan" as a father's name after "bin", or inside a name after a given name
    ("The guests thanked Foreign Minister Tarek bin Salem bin Sultan Al Kestri for his help.",
     [("Tarek bin Salem bin Sultan Al Kestri", "Foreign Minister")]),
    ("The UAE Ambassador to Oman Mohammed Sultan Saif Al Suwaidi attended the talks.",
     [("Mohammed Sultan Saif Al Suwaidi", "Ambassador to Oman")]),
    # (a title still before a name: "Sultan Qaboos")
    ("He met Sultan Qaboos in Muscat.", [("Qaboos", "Sultan")]),
])
def test_sultan_inside_an_arabic_name(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == expected


@pytest.mark.parametrize("name", ["K P Sharma Oli", "KP Sharma Oli", "K.P. Sharma Oli", "K. P. Sharma Oli"])
def test_a_holder_opening_with_initials_is_known_however_they_are_written(name):
    text = (f"Indian envoy Ivo Marek handed the vaccines to Prime Minister {name} on Monday, Indian "
            "officials said. India sent them from India.")
    assert {p.name: p.country for p in persons(text)}[name] == "NPL"


def test_a_one_word_name_in_brackets_after_a_full_name_is_the_same_person():
    text = ("Peruvian President Ivo Marek (Ivito) led the ceremony. President Ivito welcomed "
            "Tom Harlan of Chile.")
    assert [(p.name, len(p.mentions)) for p in persons(text)] == [("Ivo Marek", 3), ("Tom Harlan", 1)]


def test_an_unnamed_office_of_a_two_word_state_in_the_lede_is_that_states():
    text = ("North Korea's foreign minister rejected the criticism of its rights record in a rare interview, "
            "days after talks with South Korea.\n\n"
            "\"Our country is misunderstood,\" Ivo Marek said.")
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("Ivo Marek", "foreign minister", "PRK")]


@pytest.mark.parametrize("text", [
    # the lede's unnamed office, a time phrase after it, another person named in it, and the
    # speaker named after the verb of the next paragraph's opening quote
    "LIMA - Peru's Trade Ministry spokesman on Friday warned Chile to stop attacking President "
    "Tom Harlan.\n\n\"It was natural for the president to attend,\" said Ivo Marek.",
    "Peru's Trade Ministry spokesman warned Chile to stop attacking President Tom Harlan.\n\n"
    "Ivo Marek told reporters the trip was routine.",
])
def test_the_ledes_unnamed_office_is_the_speaker_first_named_next(text):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Ivo Marek"] == ("Trade Ministry spokesman", "PER")


@pytest.mark.parametrize("text", [
    # a titled person named in the lede after the office; the speaker named in a clause
    "Peru's foreign minister warned on Friday that the border talks would take years, as Chilean "
    "President Tom Harlan toured the north.\n\n"
    "On a visit to Quito, Ivo Marek said that Peru did not see Chile as a threat.",
    # the speaker named after the verb, an aside between the quote and the verb
    "Peru's foreign minister asked for the border mission to leave \"at once.\"\n\n"
    "\"Peru asks for the mission to leave at once,\" the phrase the envoys use, said Ivo Marek on Friday.",
])
def test_the_ledes_unnamed_office_goes_to_the_next_paragraphs_speaker(text):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Ivo Marek"] == ("foreign minister", "PER")


def test_the_ledes_office_after_a_named_holder_is_his_not_the_next_speakers():
    text = ("Lima is ready to welcome Peruvian President Ana Ruiz on a visit to Chile. The Peruvian "
            "President will also visit the northern ports.\n\n"
            "In Lima, Ivo Marek said on Sunday that the visit shows the ties of the two states.")
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Ivo Marek"][0] != "President"


def test_styles_between_an_office_and_a_name_and_two_brothers_of_one_style():
    text = ("Envoys carried the greetings of Emir His Highness Shaikh Khalifa Bin Salem Al Kestri to the "
            "King. They were led by General Shaikh Mohammad Bin Salem Al Kestri, Crown Prince of Kestria.")
    assert [(p.name, p.role) for p in persons(text)] == [
        ("Shaikh Khalifa Bin Salem Al Kestri", "Emir"),
        ("Shaikh Mohammad Bin Salem Al Kestri", "Crown Prince of Kestria")]


def test_his_highness_between_an_office_and_a_name_is_a_style():
    assert [p.role for p in persons("Peru welcomed President His Highness Sheikh Hamad Al Kestri to Lima.")] \
        == ["President"]


@pytest.mark.parametrize("title", ["City Councilmember", "Councilman", "Councilwoman"])
def test_city_council_members_are_titled(title):
    assert [p.role for p in persons(f"{title} Ana Ruiz spoke at the march in Lima.")] == [title]


@pytest.mark.parametrize("text, expected", [
    ("Barrister Ana Ruiz told the court in Lima that the case was weak.", ("Ana Ruiz", "Barrister")),
    ("Ambassador-at-large Ana Ruiz spoke for Peru at the forum.", ("Ana Ruiz", "Ambassador-at-large")),
])
def test_more_titles_before_a_name(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == [expected]


def test_gabonian_is_a_demonym():
    assert [(p.name, p.country) for p in persons("Gabonian diplomat Ana Ruiz lost the vote in Addis Ababa.")] \
        == [("Ana Ruiz", "GAB")]


@pytest.mark.parametrize("text, name", [
    # an office of a breakaway state, before the name or in the apposition
    ("Peace talks resumed between Greek Cypriot President Ivo Marek and Turkish Cypriot leader Tom Harlan.",
     "Tom Harlan"),
    ("Transnistria's Foreign Minister Ivo Marek met the Moldovan envoy in Bender.", "Ivo Marek"),
    ("Russia and Georgia sent envoys, and Russia backs the region. Ivo Marek, chief of the South "
     "Ossetian team, left early.", "Ivo Marek"),
    ("Armenia protested. In May, the leader of the Nagorno-Karabakh Republic, "
     "Ivo Marek, signed a decree.", "Ivo Marek"),
    # a list of officials the story's state gives a default state
    ("Somalia's delegation includes President Tom Harlan, Somaliland President Ivo Marek, and "
     "Prime Minister Ana Ruiz.", "Ivo Marek"),
    # the office in an apposition after the name
    ("Morocco protested. Ivo Marek, leader of the Saharawi Republic, accused Rabat.",
     "Ivo Marek"),
])
def test_an_office_of_a_breakaway_state_is_no_states(text, name):
    found = {p.name: p.country for p in persons(text)}
    assert found[name] is None and not any(n.endswith("Republic") for n in found)


@pytest.mark.parametrize("text, name, country", [
    # the recognised state's officials keep theirs
    ("Peace talks resumed between Greek Cypriot President Ivo Marek and Turkish Cypriot leader Tom Harlan.",
     "Ivo Marek", "CYP"),
    ("He saw Somaliland's leader in Hargeisa, then held talks with Somali Prime Minister Ivo Marek.",
     "Ivo Marek", "SOM"),
    ("Asked about Nagorno-Karabakh, Russian President Ivo Marek said it was calm.",
     "Ivo Marek", "RUS"),
    # an envoy sent to one
    ("Morocco protested. Ivo Marek, the Moroccan envoy to the Sahrawi camps, spoke.", "Ivo Marek", "MAR"),
])
def test_officials_named_near_a_breakaway_state_keep_their_state(text, name, country):
    assert {p.name: p.country for p in persons(text)}[name] == country


def test_a_states_former_office_holder_is_of_that_state():
    text = "In Lima, Chilean President Tom Harlan received Spain\u2019s former President Ivo Marek, who backs the talks."
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "ESP"


def test_the_mainlands_taiwan_affairs_office_speaks_for_china():
    text = ("Taiwan's leader Tom Harlan spoke of two areas on Monday. Ivo Marek, spokesperson for the "
            "Taiwan Affairs Office, said Taipei should drop the phrase.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "CHN"


@pytest.mark.parametrize("text, expected", [
    ("Ivo Marek and Tom Harlan, Prime Ministers of Peru and Chile, signed the protocols on Thursday.",
     [("Ivo Marek", "Prime Minister", "PER"), ("Tom Harlan", "Prime Minister", "CHL")]),
    ("Ivo Marek and Tom Harlan, the foreign ministers of Peru and Chile, met in Lima.",
     [("Ivo Marek", "Foreign Minister", "PER"), ("Tom Harlan", "Foreign Minister", "CHL")]),
])
def test_holders_then_a_plural_office_of_states_each_take_theirs(text, expected):
    assert [(p.name, p.role, p.country) for p in persons(text)] == expected


def test_the_ledes_office_goes_to_a_one_word_name_opening_the_next_paragraph():
    # read as a person only at a later mention
    text = ("Iran's foreign minister called on the Qatari emir on Tuesday.\n\n"
            "Zarif on Wednesday held talks with Omani envoys.\n\nZarif was received by the envoy.")
    assert [(p.name, p.role, p.country) for p in persons(text)] == [("Zarif", "foreign minister", "IRN")]


def test_an_undated_article_giving_a_holders_national_office_takes_its_state():
    # the gazetteer has him as Slovakia's Foreign Minister, later as an envoy of the EU
    text = ("Foreign Minister Miroslav Lajčák said the cabinet gave him a mandate for the gas talks. "
            "He will meet the Ukrainian side this week.")
    assert {p.name: p.country for p in persons(text)}["Miroslav Lajčák"] == "SVK"


def test_a_cabinet_post_at_a_later_mention_replaces_a_senators_style():
    text = ("Peru's Prime Minister met his Chilean counterpart Senator Ana Ruiz in Lima. "
            "Chilean Foreign Affairs Minister, Senator Ana Ruiz, praised the talks.")
    assert {p.name: p.role for p in persons(text)}["Ana Ruiz"] == "Foreign Affairs Minister"


def test_a_foreign_ministry_spokesman_in_the_gazetteer_keeps_his_state_in_another_states_story():
    text = ("India and its neighbour held talks on the corridor in Amritsar. India's delegation was led "
            "by a joint secretary. Spokesperson Mohammad Faisal called the talks cordial.")
    found = {p.name: p.country for p in persons(text, date="2019-07-14")}
    assert found["Mohammad Faisal"] == "PAK"


def test_an_arabic_name_with_the_grandfathers_name_is_the_gazetteers_holder():
    text = ("Foreign Minister Faisal bin Farhan bin Abdullah met the envoy in Washington. "
            "The United States welcomed the visit.")
    assert {p.name: p.country for p in persons(text)}["Faisal bin Farhan bin Abdullah"] == "SAU"


@pytest.mark.parametrize("text, role", [
    ("Ambassador Ivo Marek, Secretary-General of the Andean Community, opened the talks.",
     "Secretary-General of the Andean Community"),
    ("Ambassador Ivo Marek, Peru's Minister of State for Trade, opened the talks.",
     "Minister of State for Trade"),
])
def test_an_office_in_the_apposition_replaces_the_ambassadors_style(text, role):
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] == role


@pytest.mark.parametrize("opening, expected", [
    ("Sheikh Hamad bin Khalid Al-Kestri", "prime minister"),
    # a profession's form of address opens someone else
    ("Dr. Hamad bin Khalid Al-Kestri", None),
])
def test_the_ledes_office_after_a_royal_style_opening_the_next_paragraph(opening, expected):
    text = ("Qatar's prime minister has praised his country's part in freeing the three hostages.\n\n"
            f"{opening} gave an interview to a news channel on Tuesday.")
    assert {p.name: p.role for p in persons(text)}["Hamad bin Khalid Al-Kestri"] == expected


@pytest.mark.parametrize("text, role", [
    ("The visit was announced by the spokesman of the Lorvian Head of State, Rosa Lind, on Friday.",
     "spokesman of the Lorvian Head of State"),
    ("Senior Press Secretary to the Chief Minister, Rosa Lind, confirmed that the summit would go on.",
     "Senior Press Secretary to the Chief Minister"),
])
def test_an_aides_title_before_his_principals_office_and_a_comma_is_his(text, role):
    assert [(p.name, p.role) for p in persons(text)] == [("Rosa Lind", role)]


def test_an_aide_acts_for_the_state_of_the_one_holding_the_office_he_serves():
    text = ("Peru's Chief Minister Ivo Marek met Chilean President Tom Harlan in Santiago on Friday.\n\n"
            "Rosa Lind, Spokeswoman to the Chief Minister, told reporters the talks with Chile were useful and that "
            "Chile would send a trade team. Chilean firms and Chilean banks will take part.")
    assert {p.name: p.country for p in persons(text)}["Rosa Lind"] == "PER"


@pytest.mark.parametrize("text", [
    "The envoy, Ms Julie Bishop, on Friday told reporters that all sides were being heard.",
    "The premier met Julie Bishop, and Ana Ruiz of the aid agency.",
])
def test_a_family_name_that_is_a_title_after_a_given_name_and_before_a_comma(text):
    assert "Julie Bishop" in [p.name for p in persons(text)]


@pytest.mark.parametrize("text", [
    "The premier received the UN Secretary-General's Envoy on Haiti Rosa Lind in Lima.",
    "The UN Special Envoy on Haiti, Rosa Lind, spoke on Sunday.\n\n"
    "Lind, who once served as Peru's foreign minister, said her task is to hear every party.",
])
def test_an_international_envoy_on_a_state_acts_for_none(text):
    assert [(p.name, p.country) for p in persons(text)] == [("Rosa Lind", None)]


def test_sheikh_inside_a_name_whose_first_word_no_list_has():
    text = "On Monday the region's Minister of Finance, Awat Sheikh Kestri, said all demands were met."
    assert [(p.name, p.role) for p in persons(text)] == [("Awat Sheikh Kestri", "Minister of Finance")]


def test_a_counterparts_style_gives_way_to_the_anchors_office():
    text = "Peruvian Energy Minister Ivo Marek and his Chilean counterpart, Prince Tom Harlan, met on Monday."
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == "Energy Minister"


def test_offices_given_with_as_in_a_list_of_appointments():
    text = ("The new cabinet was appointed with Ivo Marek as Finance Minister, Tom Harlan as Foreign Minister, "
            "Ana Ruiz as Minister of Interior, and Rosa Lind as Defense Minister.")
    assert {p.name: p.role for p in persons(text)} == {
        "Ivo Marek": "Finance Minister", "Tom Harlan": "Foreign Minister",
        "Ana Ruiz": "Minister of Interior", "Rosa Lind": "Defense Minister"}


def test_a_body_of_ministers_ending_a_role_stays_plural():
    text = "The Kestrian Secretary-General to the Council of Ministers, Ivo Marek, read out the decree."
    assert persons(text)[0].role == "Secretary-General to the Council of Ministers"


def test_a_counterparts_role_without_the_anchors_state():
    text = ("Ana Ruiz, the Minister of Mines of Bolivia, flew to Lima on Tuesday at the invitation "
            "of her counterpart, Tom Harlan.")
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == "Minister of Mines"


def test_the_ledes_office_goes_to_a_styled_name_after_said():
    text = ("Qatar's Prime Minister promised on Tuesday to help repair the power grid during a trip to Lima.\n\n"
            "\"We will provide the technical support the grid needs,\" said Sheikh Hamad bin Khalid Al-Kestri "
            "on Thursday.")
    assert {p.name: p.role for p in persons(text)}["Hamad bin Khalid Al-Kestri"] == "Prime Minister"


def test_the_countrys_office_is_the_state_the_sentence_opens_on_not_one_after_with():
    text = ("Syria could conclude a border pact with Israel within weeks, argues the country's acting "
            "president Ivo Marek.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "SYR"


def test_a_body_that_reports_after_a_name_is_no_apposition():
    text = ("The emir began a visit to Peru on Monday, his first to Peru. He was welcomed in Lima by "
            "interim president Ivo Marek, the Qatari court said.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "PER"


def test_a_sister_named_first_is_the_one_her_family_name_stands_for_later():
    text = ("Kestria's Kim Yo Ra, sister of ruler Kim Jong Tae, rebuked Lorvia on Friday.\n\n"
            "Kim wrote in a note that the offer was a trick.")
    kim = next(p for p in persons(text) if p.name == "Kim Yo Ra")
    assert len(kim.mentions) == 2


def test_a_family_name_opening_with_st():
    text = "Joseph St. Clair, who was held for months, was freed on Tuesday and flown home."
    assert [p.name for p in persons(text)] == ["Joseph St. Clair"]


def test_a_bare_party_tag_after_a_name_makes_an_american_lawmaker():
    text = "Last spring Sens. Ana Ruiz (D) and Rosa Lind (D) asked the White House to push Venezuela on the case."
    assert {p.name: p.country for p in persons(text)} == {"Ana Ruiz": "USA", "Rosa Lind": "USA"}


def test_the_members_of_a_delegation_a_leader_heads_act_for_his_state():
    text = ("Guatemalan President Ivo Marek arrived in Taipei on Monday for a state visit to Taiwan.\n\n"
            "Marek is leading a delegation including Minister of Finance Tom Harlan and Minister of "
            "Economy Ana Ruiz. Taiwan's president will welcome him, and Taiwan will host a banquet.")
    found = {p.name: p.country for p in persons(text)}
    assert found["Tom Harlan"] == "GTM" and found["Ana Ruiz"] == "GTM"


def test_a_paternal_surname_of_a_four_word_name_is_the_same_person():
    text = ("President Ivo Tomas Marek Ruiz arrived in Lima on Monday. Marek will meet the premier on Tuesday.")
    assert [p.name for p in persons(text)] == ["Ivo Tomas Marek Ruiz"]


def test_the_next_names_title_after_a_bracketed_acronym_is_no_apposition():
    text = ("The meeting was attended by Foreign Minister Ivo Marek, the Minister of Agriculture (MAAF) "
            "Tom Harlan and the Minister for Investment Ana Ruiz.")
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] == "Foreign Minister"


def test_the_subject_after_a_fronted_phrase_ending_in_a_name_is_no_apposition():
    text = ("Peru's foreign minister spoke to envoy Ivo Marek in Chile on Monday, on his visit to Chile.\n\n"
            "During the phone call with Marek, the Peruvian minister also stressed the need for aid.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] is None


def test_a_plural_office_of_two_states_then_two_names_without_a_comma():
    text = ("Presidents of Peru and Chile Ivo Marek and Tom Harlan held talks on trade in Lima, "
            "the presidency said.")
    assert {p.name: (p.role, p.country) for p in persons(text)} == {
        "Ivo Marek": ("President", "PER"), "Tom Harlan": ("President", "CHL")}


def test_a_committee_of_a_listed_state_body_in_a_role_gives_its_state():
    text = ("The Taliban welcomed the ruling, said Ivo Marek, Chair of the State Duma Committee on "
            "International Affairs, in Kabul. The Taliban also thanked Afghanistan's friends.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "RUS"


def test_a_demonym_before_the_first_title_of_a_comma_list_of_officials():
    text = ("The talks, hosted by the United States, drew Egyptian Foreign Minister Ivo Marek, "
            "Intelligence Chief Tom Harlan, and Ana Ruiz, a counsellor at the US Embassy, who "
            "spoke of US aid and US plans.")
    assert {p.name: p.country for p in persons(text)}["Tom Harlan"] == "EGY"


def test_a_civil_style_after_an_office_and_its_comma_gives_way_to_the_office():
    text = "The Spokesman for the Presidency, Counselor Ivo Marek, said the talks went well."
    assert [(p.name, p.role) for p in persons(text)] == [("Ivo Marek", "Spokesman for the Presidency")]


@pytest.mark.parametrize("text, name, role", [
    ("Opposition leader Jordan Vesk told reporters the vote was rigged.", "Jordan Vesk", "Opposition leader"),
    ("The party's chairman, Chad Orlic, rejected the offer on Friday.", "Chad Orlic", "Chairman"),
    ("Georgia Pelmar arrived in Lima on Monday for talks. Pelmar will meet the premier later.",
     "Georgia Pelmar", None),
])
def test_a_states_name_that_is_also_a_given_name_opens_a_persons_name(text, name, role):
    assert [(p.name, p.role) for p in persons(text)] == [(name, role)]


@pytest.mark.parametrize("text", [
    "Settlers moved deeper into the Jordan Valley on Monday, the army said.",
    "The group flew Kenya Airways to Nairobi on Sunday, officials said.",
])
def test_a_states_name_before_a_place_or_body_opens_no_name(text):
    assert persons(text) == []


def test_a_known_office_holder_flown_from_a_city_keeps_his_state():
    text = ("Prime Minister Anwar Ibrahim arrived in Hanoi on Tuesday to meet China's envoy. The plane "
            "carrying Anwar from Shanghai touched down late in the evening.")
    assert {p.name: p.country for p in persons(text)}["Anwar Ibrahim"] == "MYS"


def test_a_royal_malay_style_before_another_style_leaves_the_office_before_them():
    text = "Finance Minister Tengku Datuk Seri Ivo Marek said the budget would be tabled on Friday."
    assert [(p.name, p.role) for p in persons(text)] == [("Ivo Marek", "Finance Minister")]


def test_a_ministry_post_before_a_rank_gives_the_ministry_named_before():
    text = ("Peru's Defence Ministry said Chile freed the prisoners at the border on Monday.\n\n"
            "Defence Ministry spokesperson Lt Gen Ana Ruiz said Chile had kept its word, and that Chile "
            "and Chile's army would meet the mediators again.")
    assert {p.name: p.country for p in persons(text)}["Ana Ruiz"] == "PER"


def test_an_observer_team_is_no_person():
    text = "The handover was watched by a Lorvian Observer Team, Ivo Marek said on Monday."
    assert [p.name for p in persons(text)] == ["Ivo Marek"]


def test_an_office_before_a_comma_and_the_academic_style_is_the_role():
    text = "Minister of Education, Prof. Ivo Marek, opened the new campus in Lima on Monday."
    assert [(p.name, p.role) for p in persons(text)] == [("Ivo Marek", "Minister of Education")]


def test_a_fronted_phrase_inside_a_that_clause_ends_before_its_subject():
    text = ("Prime Minister Ivo Marek of Peru met President Volodymyr Zelensky in Kyiv on Monday.\n\n"
            "It is worth adding that in a later video of the talks between Marek and Zelensky, the Peruvian "
            "prime minister called the grain dispute closed.")
    assert {p.name: p.country for p in persons(text)}["Volodymyr Zelensky"] == "UKR"


def test_a_counterpart_of_a_joint_foreign_portfolio_is_a_foreign_minister():
    text = ("Ivo Marek, Minister of Foreign Affairs and Culture of Peru, held talks with Chilean counterpart "
            "Tom Harlan in Santiago on Tuesday.")
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == "Foreign Minister"


def test_the_anchor_of_a_counterpart_is_the_name_right_before_and():
    text = ("Peruvian Trade Minister Eva Lind held talks with her Chilean counterpart Ivo Marek, after "
            "meeting French President Ana Ruiz on Monday, and a call between Marek and US counterpart "
            "Tom Harlan is planned for Friday.")
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == "Trade Minister"


def test_the_holders_of_a_plural_office_of_states_named_in_the_next_paragraph():
    text = ("The trade ministers of Peru, Chile and Bolivia opened the fair in Lima on Monday.\n\n"
            "Peru's Ivo Marek, Chile's Tom Harlan and Ana Ruiz of Bolivia toured the stands.")
    assert {p.name: p.role for p in persons(text)} == {
        "Ivo Marek": "Trade Minister", "Tom Harlan": "Trade Minister", "Ana Ruiz": "Trade Minister"}


def test_a_states_possessive_opening_a_paragraph_gives_the_state():
    text = ("The talks ended late on Monday.\n\nPeru's Ivo Marek said the border would reopen, and Tom "
            "Harlan of Chile agreed.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "PER"


@pytest.mark.parametrize("text, name, role, country", [
    ("Talks were held in Muscat with Omani leader Sultan Tarek, and Peru and Chile sent envoys.",
     "Tarek", "Sultan", "OMN"),
    ("Biden phoned Saudi ruler King Fahad on Monday; Peru and Chile also called.", "Fahad", "King", "SAU"),
])
def test_a_demonym_before_a_leader_noun_gives_the_rulers_state(text, name, role, country):
    assert {p.name: (p.role, p.country) for p in persons(text)}[name] == (role, country)


def test_a_styled_first_name_after_a_patronymic_is_another_man():
    text = ("President Sheikh Hamid will fly to Lima on Sunday.\n\n"
            "Sheikh Rashid bin Hamid, Crown Prince of Dubai, met the Peruvian leader in May.")
    assert {p.name: p.role for p in persons(text)}["Rashid bin Hamid"] == "Crown Prince of Dubai"


def test_an_office_in_apposition_outranks_a_style_before_a_single_name():
    text = "Ivo Marek will meet Sheikh Nawar, Emir of Kuwait, in Kuwait City on Sunday."
    assert {p.name: p.role for p in persons(text)}["Nawar"] == "Emir"


@pytest.mark.parametrize("text, role", [
    ("The guests were met by Defence Attaché First Admiral Ivo Marek at the airport.", "Defence Attaché"),
    ("Navy chief Admiral Ivo Marek said the drill would go ahead.", "Navy chief"),
    ("Director General Ivo Marek said the inspectors would return.", "Director General"),
])
def test_an_office_before_a_military_rank_is_the_role(text, role):
    assert [(p.name, p.role) for p in persons(text)] == [("Ivo Marek", role)]


def test_a_local_counterpart_takes_the_visitors_office_and_the_hosts_state():
    text = ("Peruvian President Ivo Marek is due in Bolivia on Thursday to meet his local "
            "counterpart Tom Harlan about the lithium trade.")
    assert {p.name: (p.role, p.country) for p in persons(text)}["Tom Harlan"] == ("President", "BOL")


def test_the_other_holders_of_a_plural_office_before_a_list_of_names():
    text = ("Senator Ana Ruiz led the visit to Lima. The three senators of the visit, Ivo Marek, "
            "Tom Harlan and Eva Lind, met the Peruvian president.")
    assert {p.name: p.role for p in persons(text)} == {
        "Ana Ruiz": "Senator", "Ivo Marek": "Senator", "Tom Harlan": "Senator", "Eva Lind": "Senator"}


@pytest.mark.parametrize("text, role", [
    ("TÁNAISTE Ivo Marek reviewed the troops in Dublin on Monday.", "Tánaiste"),
    ("PRIME MINISTER Ivo Marek opened the session in Lima on Monday.", "Prime Minister"),
])
def test_an_office_in_a_papers_capitals_is_written_as_an_office(text, role):
    assert [(p.name, p.role) for p in persons(text)] == [("Ivo Marek", role)]


def test_barracks_named_after_a_person_are_no_person():
    text = "Ivo Marek inspected the troops at Tomas Ruiz Barracks in Lima this week."
    assert [p.name for p in persons(text)] == ["Ivo Marek"]


def test_the_members_of_a_ministers_entourage_act_for_his_state():
    text = ("Peruvian Foreign Minister Ivo O'Neal met President Tom Harlan in Santiago, Chile, on Monday, "
            "while O'Neal's entourage included Deputy Director General Ana Ruiz and Head of Cabinet "
            "Eva Lind.")
    assert {p.name: p.country for p in persons(text)}["Ana Ruiz"] == "PER"


def test_a_two_word_state_before_a_verb_and_an_office_is_read_whole():
    text = ("The South Korean spy agency spoke a week after North Korea reported envoy Ri Song-gil's "
            "visit to the front.")
    assert {p.name: p.country for p in persons(text)}["Ri Song-gil"] == "PRK"


def test_those_joining_a_leader_in_an_inverted_list_act_for_his_state():
    text = ("US senators met President Ivo Marek of Peru in Lima on Monday. Joining Marek were Cabinet Chief "
            "Tom Harlan and Trade Minister Ana Ruiz, while the US side brought two senators from the "
            "US Senate and the US embassy.")
    assert {p.name: p.country for p in persons(text)}["Tom Harlan"] == "PER"


@pytest.mark.parametrize("text, country", [
    ("Ivo Marek, Deputy Minister of Mines of the People's Republic of China, met envoys in Lima.", "CHN"),
    ("Ivo Marek, Minister of Mines of the Democratic Republic of the Congo, met envoys in Lima.", "COD"),
])
def test_the_longest_state_name_in_a_role_gives_the_state(text, country):
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == country


def test_a_nickname_in_marks_inside_a_name_before_and_another_name():
    text = 'A meeting between President Ivo "Ivito" Marek and Prime Minister Tom Harlan was held in Lima.'
    assert [(p.name, p.role) for p in persons(text)] == [("Ivo Marek", "President"), ("Tom Harlan", "Prime Minister")]


def test_a_known_short_name_joins_the_full_name_it_stands_for():
    text = ("President Joko Widodo opened the summit in Bali on Monday. Later Jokowi told reporters "
            "the talks had gone well.")
    assert [(p.name, len(p.mentions)) for p in persons(text)] == [("Joko Widodo", 2)]


def test_a_plural_office_before_two_names_gives_it_to_a_second_with_an_unlisted_first_name():
    text = "The delegation includes Vice Presidents Ivo Marek and Nik Harlan, along with others."
    assert {p.name: p.role for p in persons(text)} == {"Ivo Marek": "Vice President", "Nik Harlan": "Vice President"}


def test_the_members_of_an_international_bodys_delegation_act_for_no_state():
    text = ("President Ivo Marek received the lenders in Lima on Monday. The IMF delegation included "
            "Ana Ruiz, Director of the Western Hemisphere Department, and Dr. Tom Harlan, Senior Mission "
            "Chief. Peru and Peru's central bank took part.")
    assert {p.name: p.country for p in persons(text)} == {"Ivo Marek": "PER", "Ana Ruiz": None, "Tom Harlan": None}


def test_the_members_chairing_a_states_delegation_act_for_it():
    text = ("The talks of the joint panel opened in Lima on Friday. The Chilean delegation of the panel was "
            "chaired by State Secretary Ivo Marek and Deputy Minister Ana Ruiz, and Bolivia's delegation "
            "was headed by Under-Secretary Tom Harlan. Peru hosted the talks in Peru's capital.")
    assert {p.name: p.country for p in persons(text)} == {"Ivo Marek": "CHL", "Ana Ruiz": "CHL", "Tom Harlan": "BOL"}


def test_an_official_a_visitor_met_on_a_visit_acts_for_the_state_visited():
    text = ("Peru's vice premier Ivo Marek praised the ties on Monday. During his visit to Chile from "
            "Tuesday to Friday, Marek then met with Senate President Ana Ruiz and toured a port. "
            "Peru and Peru's firms took part.")
    assert {p.name: p.country for p in persons(text)}["Ana Ruiz"] == "CHL"


def test_officials_accompanying_an_untitled_subject_over_a_long_list_take_his_state():
    text = ("Peru must act now. Peru said so. Peru agreed. Chile's President Ivo Marek flies to Lima today.\n\n"
            "Marek will be accompanied by Hon. Ana Ruiz, Minister of Tourism and Wildlife; Hon. Tom Harlan, "
            "Minister of Mines, Energy and Water Resources; Hon. Mondo Gulabe, Minister of Industry, Trade "
            "and Small Business Growth; Hon. Eli Varga, Minister of Basic Schools and Early Learning; Adv. "
            "Rita Kolar, Attorney-General; and Hon. Piet Vann, Deputy Minister of Defence and Veterans.")
    found = {p.name: p.country for p in persons(text)}
    assert [found[n] for n in ("Ana Ruiz", "Tom Harlan", "Rita Kolar", "Piet Vann")] == ["CHL"] * 4


@pytest.mark.parametrize("text, expected", [
    # a word inside a listed holder's name, after a title of his office, is he
    ("Peru and Russia met in Moscow. Russia hosted. Russia paid. The talks followed a call by "
     "President Lula for a new bank.", "BRA"),
    # (not after another title: the story's state by default)
    ("Peru and Russia met in Moscow. Russia hosted. Russia paid. The talks followed a call by "
     "Senator Lula for a new bank.", "RUS"),
])
def test_a_holder_called_by_a_word_inside_his_name_after_a_title_of_his_office(text, expected):
    assert {p.name: p.country for p in persons(text)}.get("Lula", "?") == expected


@pytest.mark.parametrize("text, expected", [
    # an aide named with his title "to" a holder named in full: the holder's state
    ('The US said so. The US agreed. The US went on. "The two leaders met," Ivo Marek, the chief '
     'spokesman to President Moon Jae-in, told the press.', "KOR"),
    # a listed holder written family name first
    ("Japan and the Philippines sealed a pact in Manila. Defense Minister Kihara Minoru was there.", "JPN"),
])
def test_an_aide_to_a_holder_named_in_full_and_a_holder_written_family_name_first(text, expected):
    assert [p.country for p in persons(text) if p.name in ("Ivo Marek", "Kihara Minoru")] == [expected]


def test_an_office_in_apposition_before_a_long_arabic_name_closed_by_a_full_stop():
    text = "Marek landed in Riyadh and was greeted by the vice governor of the province, Faisal Bin Saad Bin Fahd."
    assert {p.name: p.role for p in persons(text)}["Faisal Bin Saad Bin Fahd"] == "Vice Governor"


@pytest.mark.parametrize("text, expected", [
    # letters after a styled name end it, the apposition after them is the name's
    ("On Tuesday, the Rt Hon Ana Scotland QC, Chair of the Kestrel Council, wrote a letter.",
     ("Ana Scotland", "Chair of the Kestrel Council")),
    ("Ivo Marek KC, the lawyer for the family, spoke to reporters.", ("Ivo Marek", "lawyer for the family")),
])
def test_postnominal_letters_after_a_name_and_the_apposition_after_them(text, expected):
    assert [(p.name, p.role) for p in persons(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a long given name spelt two ways before the same middle and family names
    ("President Ismail Omar Tahleh spoke. Later the envoy met President Ismael Omar Tahleh.",
     ["Ismail Omar Tahleh"]),
    # after a title, a family name with one letter dropped
    ("President Ismail Omar Gabreeh spoke. President Gabree thanked his host.", ["Ismail Omar Gabreeh"]),
    # (not a given name: "Sheikh Mohamed" after "A bin Mohammed" is another man)
    ("Crown Prince Hamdan bin Mohammed met the envoy. Sheikh Mohamed, the President, spoke.",
     ["Hamdan bin Mohammed", "Mohamed"]),
])
def test_a_name_misspelt_by_one_letter_is_the_same_person(text, expected):
    assert [p.name for p in persons(text)] == expected


def test_a_state_after_the_second_of_two_titled_names_is_the_firsts_too():
    text = ("The US said so. The President will greet First Minister Ivo Marek and Deputy First Minister "
            "Tom Harlan of Northern Ireland in Washington next week.")
    assert [p.country for p in persons(text) if p.name in ("Ivo Marek", "Tom Harlan")] == ["GBR", "GBR"]


@pytest.mark.parametrize("text, expected", [
    # a government's spokesman speaks for the state of the one Prime Minister named ...
    ("Peru and Chile signed the rail contract. Prime Minister Ivo Marek of Peru presided, with the "
     "Chilean government's envoy.\n\nThe Government Spokesman Ana Ruiz quoted the Prime Minister.", "PER"),
    # ... else for the state named last before him
    ("Peru and Chile signed the rail contract with the Chilean government.\n\nThe Government "
     "Spokesman Ana Ruiz praised it.", "CHL"),
])
def test_a_government_spokesman_speaks_for_the_one_prime_ministers_state(text, expected):
    assert {p.name: p.country for p in persons(text)}["Ana Ruiz"] == expected


@pytest.mark.parametrize("text", [
    "Niger has decided to reopen its embassy in Moscow, the country’s foreign minister, Ivo Marek, "
    "said at a press event. Russia agreed. Russia said so.",
    # (after an agency's credit in brackets, and with another state named after the subject)
    "(KNA) Niger has decided to reopen its Russian embassy, the country’s foreign minister, Ivo "
    "Marek, said at a press event. Russia agreed. Russia said so.",
])
def test_the_countrys_office_holder_is_of_the_state_the_sentence_opens_on(text):
    assert [p.country for p in persons(text)] == ["NER"]


@pytest.mark.parametrize("text, expected", [
    # a Gulf ruling house's name, however written, gives the state the article does not
    ("Egypt's President Ivo Marek received Sheikh Tarek bin Fahd Al Thani in Cairo.", "QAT"),
    ("Nigeria's President Ivo Marek will host Sheikh Tarek bin Fahd Althani in Abuja.", "QAT"),
    ("Peru's trade minister met Tarek Nasser al-Sabah, the oil firm's chief, in Lima.", "KWT"),
])
def test_a_gulf_ruling_houses_name_gives_its_state(text, expected):
    assert [p.country for p in persons(text) if p.name.startswith("Tarek")] == [expected]


def test_kin_before_styles_and_a_name_takes_the_relatives_state():
    text = ("Prime Minister Ivo Marek of Peru, joined by his wife Tun Dr Ana Ruiz, left for Chile. "
            "Chile hosted. Chile said so.")
    assert {p.name: p.country for p in persons(text)}["Ana Ruiz"] == "PER"


@pytest.mark.parametrize("text", [
    "At the Royal Audience, the bloc's Foreign Ministers thanked the King of Morocco.",
    "On the talks over the Grand Kestrian Renaissance Dam, the deputy premier stressed the deal.",
])
def test_an_audience_or_a_dam_is_no_person(text):
    assert [p.name for p in persons(text)] == []


def test_the_next_ones_title_after_a_comma_is_no_apposition():
    text = ("Peru opened its embassy in Lima. Those present were Deputy Minister for Chilean Trade "
            "Affairs Ivo Marek, Peruvian Deputy Minister for Trade Affairs Ana Ruiz, and others. Peru "
            "said so.")
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "CHL"


def test_a_nickname_in_marks_with_a_space_before_the_closing_mark_inside_a_name_in_a_run():
    text = ("Ana Ruiz spoke after a meeting chaired by President Ivo \u201cIvito \u201d Marek in Lima on "
            "Monday.\n\nPresident Ivito will fly to Chile.")
    assert [p.name for p in persons(text)] == ["Ana Ruiz", "Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # a name no list knows, set off by commas after a description of a person, is a person
    ("A leading Kestrian rights activist based in Peru, Jawo Tebbeh, lauded the decision.", ["Jawo Tebbeh"]),
    # (not after a description of no person)
    ("The new rules based in law, Jawo Tebbeh, changed nothing.", []),
])
def test_a_name_in_apposition_after_a_description_of_a_person(text, expected):
    assert [p.name for p in persons(text)] == expected


def test_an_unnamed_office_of_the_lede_is_the_first_untitled_holder_of_its_state_named_next():
    text = ("The Peruvian president on Thursday met his Chilean and Bolivian counterparts to settle the "
            "border.\n\nThe meeting between Ivo Marek, Chile's Tom Harlan and Bolivia's Ana Ruiz took "
            "place in Lima. Peru's Ivo Marek spoke first.")
    assert {p.name: (p.role, p.country) for p in persons(text)}["Ivo Marek"] == ("president", "PER")


@pytest.mark.parametrize("text", [
    "Chile hosted. Chile said so. Last month, Peru appointed Ivo Marek, a veteran diplomat, as its envoy to Chile.",
    "Chile hosted. Chile said so. Last month, Peru has named Ivo Marek as its ambassador to Chile.",
])
def test_one_a_state_appointed_as_its_envoy_acts_for_it(text):
    assert {p.name: p.country for p in persons(text)}["Ivo Marek"] == "PER"


@pytest.mark.parametrize("office", ["Vice-Premier and Minister of Foreign Affairs",
                                    "First Deputy Premier and Foreign Minister"])
def test_a_counterpart_of_a_deputy_premier_and_foreign_minister_is_a_foreign_minister(office):
    text = (f"{office} Karim Fahmy held talks in New York with his Chilean counterpart Tom Harlan "
            "on trade and the crisis in the region.")
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Tom Harlan"] == ("Foreign Minister", "CHL")
    assert found["Karim Fahmy"][0] == office


def test_a_single_name_after_bin_in_a_longer_name_is_the_fathers():
    # "King Faisal II" is not the crown prince "Omar bin Faisal" (his son)
    text = ("King Faisal II, accompanied by Crown Prince Omar bin Faisal, arrived in Paris to meet French "
            "President Tom Harlan.\n\nThe King told Harlan that talks were the only way.")
    found = {p.name: p.role for p in persons(text)}
    assert found == {"Faisal II": "King", "Omar bin Faisal": "Crown Prince", "Tom Harlan": "President"}


def test_a_patronymic_name_stays_one_person_with_its_given_name():
    text = "Prime Minister Karim bin Fahmy arrived in Tokyo. Karim Fahmy met his Japanese host on Monday."
    assert [p.name for p in persons(text)] == ["Karim bin Fahmy"]


@pytest.mark.parametrize("text", [
    "Vietnamese President To Lam met Xi Jinping of China in Beijing on Monday.",
    "To Lam met Xi Jinping of China in Beijing on Monday.",
    "Xi Jinping praised To Lam's visit to Beijing on Monday.",
])
def test_a_listed_holder_whose_name_opens_on_a_stopped_word_is_a_person(text):
    # "To" is a word the lists stop; the gazetteer names the holder in full
    assert "To Lam" in [p.name for p in persons(text)]


@pytest.mark.parametrize("text, name", [
    ("Peruvian President Ana María Ruiz Torres (AMRT) met Tom Harlan in Lima. AMRT said the talks went well.",
     "Ana María Ruiz Torres"),
    # the initials of the particle too, or without it
    ("Crown Prince Karim bin Fahmy (KBF) met Tom Harlan in Lima. KBF said the talks went well.", "Karim bin Fahmy"),
    ("Crown Prince Karim bin Fahmy (KF) met Tom Harlan in Lima. KF said the talks went well.", "Karim bin Fahmy"),
])
def test_a_persons_initials_in_brackets_stand_for_him_later(text, name):
    found = {p.name: p for p in persons(text)}
    assert set(found) == {name, "Tom Harlan"}
    assert len(found[name].mentions) == 2


def test_initials_in_brackets_that_are_not_the_persons_stay_apart():
    text = "President Ana Ruiz (PRD) met Tom Harlan in Lima. PRD leaders said the talks went well."
    found = {p.name: p for p in persons(text)}
    assert len(found["Ana Ruiz"].mentions) == 1


def test_a_listed_holder_after_his_title_in_a_list_is_no_apposition_of_the_name_before():
    text = ("The premier travels with his wife, Ana Ruiz, Foreign Affairs Minister Hor Namhong, and "
            "Minister of Commerce Ivo Marek.")
    found = {p.name: p.role for p in persons(text)}
    assert found == {"Ana Ruiz": None, "Hor Namhong": "Foreign Affairs Minister",
                     "Ivo Marek": "Minister of Commerce"}


@pytest.mark.parametrize("text, role", [
    ("Ivo Marek, Chief Spokesman for Secretary-General Antonio Guterres, spoke in Geneva.", "Chief Spokesman"),
    ("Ivo Marek, an adviser to King Hassan II and later King Mohammed VI, spoke in Rabat.", "adviser"),
])
def test_an_apposition_ending_in_a_listed_holder_after_a_preposition_stays_the_role(text, role):
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"].lower().startswith(role.lower())


@pytest.mark.parametrize("text, name, role", [
    ("Tom Harlan met Peruvian President Elect Karim Fahmy on Monday.", "Karim Fahmy", "President Elect"),
    ("Tom Harlan met Peruvian President Elect H.E. Karim Fahmy on Monday.", "Karim Fahmy", "President Elect"),
    ("Prime Minister Elect Karim Fahmy will be sworn in on Monday.", "Karim Fahmy", "Prime Minister Elect"),
])
def test_elect_after_an_office_is_part_of_the_title(text, name, role):
    found = {p.name: p.role for p in persons(text)}
    assert found.get(name) == role, found


@pytest.mark.parametrize("text", [
    "China's new Defence Minister Dong Jun held talks with his Russian counterpart on Wednesday.",
    "Dong Jun held talks with his Russian counterpart on Wednesday.",
])
def test_a_listed_holder_whose_name_ends_on_a_stopped_word_is_a_person(text):
    # "Jun" is a month the lists stop; the gazetteer names the holder in full
    assert "Dong Jun" in [p.name for p in persons(text)]


@pytest.mark.parametrize("greeted", ["was met on landing by", "was received by", "was welcomed on arrival by",
                                     "was greeted by"])
def test_an_official_who_greets_a_visitor_acts_for_the_state_visited(greeted):
    text = ("Peruvian Foreign Minister Ivo Marek arrived in Santiago on Monday for talks on the Chilean "
            f"border.\n\nMarek {greeted} Vice Foreign Minister Tom Harlan.")
    found = {p.name: p.country for p in persons(text)}
    assert found == {"Ivo Marek": "PER", "Tom Harlan": "CHL"}


def test_a_greeter_whose_state_is_written_keeps_it():
    text = ("Peruvian Foreign Minister Ivo Marek arrived in Santiago on Monday for talks on the Chilean border.\n\n"
            "Marek was met on landing by Bolivian Vice Foreign Minister Tom Harlan.")
    assert {p.name: p.country for p in persons(text)}["Tom Harlan"] == "BOL"


@pytest.mark.parametrize("text", [
    "The bombers flew from the joint base on Diego Garcia to the Gulf on Monday.",
    "Prime Minister Ivo Marek laid a wreath at Raj Ghat on Monday.",
])
def test_a_place_whose_name_reads_as_a_persons_is_no_person(text):
    assert "Diego Garcia" not in [p.name for p in persons(text)]
    assert "Raj Ghat" not in [p.name for p in persons(text)]


def test_a_counterpart_takes_the_anchors_office_without_the_anchors_state():
    text = ("Minister of Foreign Affairs of Peru Ivo Marek held a phone call with his Chilean counterpart "
            "Tom Harlan on Monday.")
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Tom Harlan"] == ("Minister of Foreign Affairs", "CHL")


def test_a_given_name_written_with_and_without_its_hyphen_is_one_person():
    text = ("Peruvian President Jean-Paul Marek arrived in Lima on Monday. Harlan met Jean Paul Marek "
            "at the palace.")
    assert [p.name for p in persons(text) if "Marek" in p.name] == ["Jean-Paul Marek"]


@pytest.mark.parametrize("text, name, role", [
    # a portfolio's list goes on past the comma after the name
    ("Ivo Marek, Minister of Foreign Affairs, Regional Trade and Cooperation, met the envoys.",
     "Ivo Marek", "Minister of Foreign Affairs, Regional Trade and Cooperation"),
    ("Ivo Marek, Minister of Trade, Mining, and Energy, met the envoys.", "Ivo Marek", "Minister of Trade, Mining, and Energy"),
    # ... and before it, with a comma before "and"
    ("Minister of Trade, Mining, and Energy Ivo Marek met the envoys.", "Ivo Marek", "Minister of Trade, Mining, and Energy"),
])
def test_a_portfolio_listed_with_commas_is_the_whole_role(text, name, role):
    assert {p.name: p.role for p in persons(text)}[name] == role


@pytest.mark.parametrize("text", [
    "Ivo Marek, Minister of Foreign Affairs, Ana Ruiz and Tom Harlan attended the talks.",
    "Ivo Marek, Minister of Foreign Affairs, and Dr Ana Ruiz attended the talks.",
    "Ivo Marek, Minister of Foreign Affairs, and General Tom Harlan attended the talks.",
])
def test_names_after_an_office_and_a_comma_are_no_portfolio(text):
    assert {p.name: p.role for p in persons(text)}["Ivo Marek"] == "Minister of Foreign Affairs"


def test_a_counterpart_of_a_foreign_minister_with_a_listed_portfolio_is_a_foreign_minister():
    text = ("Peru's Minister of Foreign Affairs, Regional Trade and Cooperation, Ivo Marek, held talks in Lima "
            "with his Chilean counterpart, Tom Harlan.")
    assert {p.name: p.role for p in persons(text)}["Tom Harlan"] == "Foreign Minister"


def test_his_counterpart_after_a_woman_named_in_a_relative_clause_is_the_subjects():
    text = ("Ivo Marek, who travels with First Lady Ana Ruiz Marek, was invited by his Chilean "
            "counterpart, Tom Harlan, on Monday. Peruvian President Ivo Marek left Lima at noon.")
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found["Tom Harlan"] == ("President", "CHL")


def test_a_first_lady_shares_the_state_of_the_president_of_her_family_name():
    text = ("The president Gustavo Petro (PH) and First Lady Ana Petro were received on "
            "Saturday (May 2, 2023) by the President of Chile and the Mayor of Santiago, Tom Harlan.")
    assert {p.name: p.country for p in persons(text)}["Ana Petro"] == "COL"


@pytest.mark.parametrize("text, name, role, country", [
    # Vietnamese outlets' own spellings: the state, a family name first, with diacritics
    ("Việt Nam's State President Trần Văn Minh flew from Hà Nội to Seoul on Thursday.", "Trần Văn Minh",
     "State President", "VNM"),
    ("Foreign Minister Bùi Thanh Sơn of Việt Nam met him.", "Bùi Thanh Sơn", "Foreign Minister", "VNM"),
])
def test_vietnamese_names_and_state_with_their_diacritics(text, name, role, country):
    found = {p.name: (p.role, p.country) for p in persons(text)}
    assert found.get(name) == (role, country), found


@pytest.mark.parametrize("text", [
    "He was joined by Deputy Head of the President Office Ana Ruiz on Monday.",
    "He was joined by Ana Ruiz, Deputy Head of the President Office, on Monday.",
])
def test_an_office_named_for_an_office_in_a_title_is_no_name(text):
    assert {p.name: p.role for p in persons(text)} == {"Ana Ruiz": "Deputy Head of the President Office"}


def test_no_one_is_the_counterpart_of_a_man_of_his_own_state():
    text = ("Peruvian Foreign Minister Ivo Marek arrived in Santiago on Saturday. During the visit he will see "
            "President Ana Ruiz of Chile, and Chilean Prime Minister Jan Novak and his Chilean "
            "counterpart, Tom Harlan.")
    assert {p.name: (p.role, p.country) for p in persons(text)}["Tom Harlan"] == ("Foreign Minister", "CHL")


@pytest.mark.parametrize("text", [
    "Captain Ivo Marek, head of the Naval Support Activity, met him on Monday.",
    "The ships of the First Training Squadron left port on Monday.",
    "The crew toured the Peruvian Navy's Landing Helicopter Dock, the Kestrel.",
])
def test_words_of_units_and_ships_make_no_person(text):
    assert [p.name for p in persons(text)] in ([], ["Ivo Marek"])


@pytest.mark.parametrize("text, name, short, joined", [
    # an inner word after the given names, alone: the same person
    ("Peruvian President Ana María Ruiz Torres met him. Later Ruiz spoke.", "Ana María Ruiz Torres", "Ruiz", True),
    ("Peruvian President Ana Luíza Moreira da Costa met him. Later Moreira spoke.", "Ana Luíza Moreira da Costa",
     "Moreira", True),
    # not a second given name, nor a father's name after "bin"
    ("Peruvian President Ana María Ruiz Torres met him. Later María spoke.", "Ana María Ruiz Torres", "María", False),
    ("Crown Prince Karim bin Faisal Al Fahmy met him. Later Faisal spoke.", "Karim bin Faisal Al Fahmy", "Faisal", False),
])
def test_an_inner_word_of_a_long_name_alone_is_that_person(text, name, short, joined):
    found = {p.name: p for p in persons(text)}
    assert any(m.text == short for m in found[name].mentions) is joined


@pytest.mark.parametrize("meeting", ["will travel to Chile to meet with", "held talks with", "called on",
                                     "paid a courtesy call on"])
def test_officials_a_leader_meets_act_for_the_other_state(meeting):
    # the story is Peru's (named most); those Marek meets take no state from it
    text = ("Peruvian Foreign Minister Ivo Marek left Lima for Chile on Monday. Peru hopes for a border deal, "
            f"Peruvian officials said.\n\nMarek {meeting} Interior Minister Tom Harlan, along with "
            "Senate President Rosa Tuli.")
    found = {p.name: p.country for p in persons(text)}
    assert found == {"Ivo Marek": "PER", "Tom Harlan": "CHL", "Rosa Tuli": "CHL"}, found


@pytest.mark.parametrize("text", [
    # his own officials: "his", or the head of a region at home
    ("Peruvian Foreign Minister Ivo Marek left Lima for Chile on Monday. Peru hopes for a border deal, "
     "Peruvian officials said.\n\nMarek met his Interior Minister Tom Harlan before leaving."),
    ("Peruvian Foreign Minister Ivo Marek left Lima for Chile on Monday. Peru hopes for a border deal, "
     "Peruvian officials said.\n\nMarek met Cusco Region Governor Tom Harlan before leaving."),
])
def test_a_leaders_own_officials_keep_the_storys_state(text):
    assert {p.name: p.country for p in persons(text)}["Tom Harlan"] == "PER"


def test_he_opening_a_sentence_is_the_subject_of_the_one_before():
    text = ("Peruvian President Ivo Marek has arrived in Chile for a two-day visit. He landed in Santiago, "
            "where he was welcomed by deputy foreign minister Tom Harlan.")
    found = {p.name: p.country for p in persons(text)}
    assert found == {"Ivo Marek": "PER", "Tom Harlan": "CHL"}, found


def test_officials_accompanying_he_act_for_his_state():
    text = ("Peruvian President Ivo Marek began a visit to Chile on Monday at the invitation of its "
            "president, Rosa Tuli.\n\nHe is accompanied by Minister for Energy Tom Harlan and Trade Minister "
            "Karim Fahmy.")
    found = {p.name: p.country for p in persons(text)}
    assert found["Tom Harlan"] == "PER" and found["Karim Fahmy"] == "PER", found


@pytest.mark.parametrize("text, name, role", [
    ("President of Mongolia Kh.Bayarsaikhan returned from Beijing on Friday.", "Kh.Bayarsaikhan", "President"),
    ("Foreign Minister D.Enkhtuvshin met his Chinese counterpart on Monday.", "D.Enkhtuvshin", "Foreign Minister"),
    ("The talks were attended by B.Oyun-Erdene, Minister of Finance, among others.", "B.Oyun-Erdene", "Minister of Finance"),
])
def test_a_name_with_its_fathers_initial_glued_on_is_a_person(text, name, role):
    # as Mongolian outlets write names: the father's initial, a dot, the name
    found = {p.name: p.role for p in persons(text)}
    assert found.get(name) == role, found


def test_a_glued_name_and_its_bare_family_name_are_one_person():
    text = "President Kh.Bayarsaikhan met the Chinese premier. Bayarsaikhan said the visit went well."
    assert [p.name for p in persons(text)] == ["Kh.Bayarsaikhan"]


@pytest.mark.parametrize("text", ["He flew to St.Petersburg on Monday.", "They met at Mt.Kenya on Monday."])
def test_a_place_written_with_a_glued_abbreviation_is_no_person(text):
    assert persons(text) == []


def test_a_holder_named_with_middle_names_the_gazetteer_leaves_out_has_its_state():
    # the gazetteer writes "Nana Akufo-Addo"; the article names him with his middle names
    text = "On Tuesday Nana Addo Dankwa Akufo-Addo flew to Moscow for talks with Russian officials."
    assert {p.name: p.country for p in persons(text)}["Nana Addo Dankwa Akufo-Addo"] == "GHA"


@pytest.mark.parametrize("verb", ["is traveling with", "is travelling with"])
def test_officials_a_leader_travels_with_act_for_his_state(verb):
    text = ("Costa Rican President Ana Ruiz arrived in Washington late on Monday for a round of White House talks.\n\n"
            f"Ruiz {verb} Ivo Marek, Minister of Public Security; Tom Harlan, Minister of the Environment; "
            "and Rosa Tuli, director of Foreign Policy.")
    found = {p.name: p.country for p in persons(text)}
    assert found == {"Ana Ruiz": "CRI", "Ivo Marek": "CRI", "Tom Harlan": "CRI", "Rosa Tuli": "CRI"}, found


@pytest.mark.parametrize("text", [
    "Hu met with five African presidents, including Ivo Marek of Kestria and Tom Harlan of Lorvia.",
    "Hu met with African presidents including Ivo Marek of Kestria and Tom Harlan of Lorvia.",
])
def test_the_examples_after_a_plural_office_and_a_comma_hold_it(text):
    assert {p.name: p.role for p in persons(text)} == {"Ivo Marek": "President", "Tom Harlan": "President"}
