"""Quote extraction: one-sentence (or one-paragraph) cases for every pattern the extractor handles.

Persons and organisations are built by hand here, so these tests do not depend on the
person and organisation extractors.
"""
from __future__ import annotations

import re

import pytest

from analysis.extract import quotes
from analysis.extract.quotes import extract_quotes
from analysis.records import Article, Country, Mention, Organization, Person
from analysis.text import split_sentences

# Invented people: name -> (role, country); every occurrence of the full name or the
# family name is a mention.
PEOPLE = {
    "Pavel Dronov": ("President", "RUS"),
    "Kenji Morita": ("Prime Minister", "JPN"),
    "Samuel Okafor": ("President", "ZAF"),
    "Laura Becker": (None, "USA"),
    "Amina Diallo": ("Trade Commissioner", None),
    "Luis Arroyo": ("President", "ECU"),
    "Helen Grant": ("President", "USA"),
    "Nikos Petridis": ("Foreign Minister", "GRC"),
    "Tom Wexler": ("Special Envoy", "USA"),
    "Dana Ruiz": (None, None),
}
COUNTRIES = {"Russia": "RUS", "Japan": "JPN", "Russian": "RUS", "Japanese": "JPN"}


def _mentions(text: str, pattern: str) -> tuple[Mention, ...]:
    return tuple(Mention(m.start(), m.end(), m.group(), 0) for m in re.finditer(pattern, text))


def _article(text: str) -> Article:
    return Article(id="t", text=text, sentences=tuple(split_sentences(text)))


def _persons(text: str) -> list[Person]:
    out = []
    for name, (role, country) in PEOPLE.items():
        family = name.split()[-1]
        mentions = _mentions(text, rf"\b(?:{re.escape(name)}|{re.escape(family)})\b")
        if mentions:
            out.append(Person(name, role, country, mentions, name.lower().replace(" ", "-")))
    return out


def _countries(text: str) -> list[Country]:
    found: dict[str, list[Mention]] = {}
    for word, code in COUNTRIES.items():
        found.setdefault(code, []).extend(_mentions(text, rf"\b{word}\b"))
    names = {"RUS": "Russia", "JPN": "Japan"}
    return [Country(code, names[code], tuple(ms)) for code, ms in found.items() if ms]


def _organizations(text: str) -> list[Organization]:
    out = []
    for name, acronym in [("National Liberation Front", "NLF"), ("Ministry of Foreign Affairs of Peru", None)]:
        pattern = rf"\b(?:{re.escape(name)}{'|' + acronym if acronym else ''})\b"
        mentions = _mentions(text, pattern)
        if mentions:
            out.append(Organization(name, acronym, "government", None, mentions))
    return out


def quotes_of(text: str):
    return extract_quotes(_article(text), _persons(text), _organizations(text), _countries(text))


def quotes_end_to_end(text: str):
    """The quotes the whole pipeline (persons, organisations, countries, quotes) finds in a
    one-paragraph-or-more article."""
    from analysis.extract import extract_article
    from analysis.load import parse_text

    return extract_article(parse_text("Title\n\n" + text + "\n", id="x")).quotes


def speakers_end_to_end(text: str) -> list[str | None]:
    """The speakers of :func:`quotes_end_to_end`."""
    return [q.speaker for q in quotes_end_to_end(text)]


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(" ".join(q.text.split()[:4]), q.speaker) for q in quotes_of(text)]


# --------------------------------------------------------------------------- patterns

CASES = [
    # attribution after, straight and typographic marks
    ('Pavel Dronov met Morita. "Our two countries will build the bridge together by spring," Dronov said.',
     [("Our two countries will", "Pavel Dronov")]),
    ("Pavel Dronov met Morita. “Our two countries will build the bridge together by spring,” Dronov said.",
     [("Our two countries will", "Pavel Dronov")]),
    # British single marks at the top level
    ("Pavel Dronov met Morita. ‘Our two countries will build the bridge by spring,’ Dronov said.",
     [("Our two countries will", "Pavel Dronov")]),
    # straight single marks as the outer marks
    ("Dronov met Morita. 'Our answer on the bridge will come next week,' Dronov said.",
     [("Our answer on the", "Pavel Dronov")]),
    # attribution before, with a comma and a colon
    ('Dana Ruiz said, "The announcement came as a shock to all of us here."',
     [("The announcement came as", "Dana Ruiz")]),
    ('President Helen Grant praised the accord: "For the first time in years, both sides have made concessions."',
     [("For the first time", "Helen Grant")]),
    # attribution in the middle: both halves belong to the speaker
    ('"While we wait for the final text of the treaty," Dronov said, "we ask every side to keep calm."',
     [("While we wait for", "Pavel Dronov"), ("we ask every side", "Pavel Dronov")]),
    # verb first, with a demonym and a title before the name
    ('"We have closed this chapter and will now look to the future," said Ecuadorian president Luis Arroyo.',
     [("We have closed this", "Luis Arroyo")]),
    # "according to"
    ('According to President Dronov, both delegations "hope that the visit will lead to lasting trust."',
     [("hope that the visit", "Pavel Dronov")]),
    # partial quote of five words or more after a reporting verb
    ('Dronov said the meeting was "a great step forward for both nations" on Friday.',
     [("a great step forward", "Pavel Dronov")]),
    # participle: the speaker is the subject of the sentence
    ('Foreign Minister Nikos Petridis repeated his objection, saying "The monument belongs to all of '
     'humanity and must stay open."',
     [("The monument belongs to", "Nikos Petridis")]),
    # "as quoted by" names the medium, not the speaker
    ('Petridis spoke on Friday, saying "The monument belongs to all of humanity", as quoted by Morning Herald.',
     [("The monument belongs to", "Nikos Petridis")]),
    # pronouns: the nearest person mentioned before, outside quotes
    ('Samuel Okafor rejected the plan. "It drags the whole region towards open war again," he said.',
     [("It drags the whole", "Samuel Okafor")]),
    ('Officers questioned Laura Becker. She said "that she would stay in the city for now".',
     [("that she would stay", "Laura Becker")]),
    # a person named inside the quote is not the referent of "he"
    ('Afterwards Morita said, "President Dronov and I have agreed to meet again soon," he said.',
     [("President Dronov and I", "Kenji Morita")]),
    # nominal speakers: role noun, and demonym for the country
    ('Amina Diallo spoke first, then Morita. The commissioner said, "We still have to agree on the tariff lists."',
     [("We still have to", "Amina Diallo")]),
    ('Dronov met Morita. "Our two countries will build the bridge together," the Russian leader said.',
     [("Our two countries will", "Pavel Dronov")]),
    ('Dronov met Morita. "Our two countries will build the bridge together," the Japanese leader said.',
     [("Our two countries will", "Kenji Morita")]),
    # "a spokesman for X" speaks for X
    ('A spokesman for President Grant stated: "the government will stand by its partners in the region".',
     [("the government will stand", "Helen Grant")]),
    # organisations and governments
    ('In a statement, the NLF said, "A ceasefire has been agreed with the provincial government."',
     [("A ceasefire has been", "National Liberation Front")]),
    ('The Ministry of Foreign Affairs of Peru described the raid as "a grave breach of our sovereign rights".',
     [("a grave breach of", "Ministry of Foreign Affairs of Peru")]),
    ('"This raid is a grave breach of our sovereign rights," the Foreign Ministry said in a statement.',
     [("This raid is a", "Foreign Ministry")]),
    # a capitalised name next to the cue that the person list lacks
    ('"We will hold the line until help arrives," said Captain Idris Kamara of the border guard.',
     [("We will hold the", "Idris Kamara")]),
    ('"However, none of this has been confirmed yet," said reporter Jean Marchetti.',
     [("However, none of this", "Jean Marchetti")]),
    # the speaker's turn continues in the next quote
    ('"I will not accept these accusations," Arroyo said. "My government has nothing to hide."',
     [("I will not accept", "Luis Arroyo"), ("My government has nothing", "Luis Arroyo")]),
    # a quote after a sentence that names its speaker as subject
    ('Tom Wexler criticized the decision on social media. "The announcement shows a complete lack of planning."',
     [("The announcement shows a", "Tom Wexler")]),
    # apostrophes are not quotation marks
    ("Japan’s minister said the rebels’ camps were “a threat to every single one of us,” Morita told reporters.",
     [("a threat to every", "Kenji Morita")]),
    # a scare-quoted word inside a straight-quoted quote stays inside it
    ('Wexler wrote, "The plan shows no understanding of the region. The "coalition" is not holding '
     'any prisoners."',
     [("The plan shows no", "Tom Wexler")]),
    # pronoun gender from the text: "his" in a sentence naming only Okafor makes him "he"
    ('Laura Becker met the envoy. Samuel Okafor arrived with his advisers. "We are ready to sign '
     'the agreement today," she said.',
     [("We are ready to", "Laura Becker")]),
    # "quoted X as saying": X speaks, not the medium
    ('The agency quoted Pavel Dronov as saying "the bridge will be finished within two years".',
     [("the bridge will be", "Pavel Dronov")]),
    # "the statement said": whoever issued it
    ('The NLF issued a statement on Sunday. "All fighters will lay down their arms by Friday," the statement said.',
     [("All fighters will lay", "National Liberation Front")]),
    # the name in an apposition after the verb
    ('"This is the hardest day of my life," said his brother, Omar Haddad, after the ceremony.',
     [("This is the hardest", "Omar Haddad")]),
    # a lower-case verb after a question mark still attributes the quote
    ('"Why would anyone take a painting of a bicycle?" asked Lena Vogt, the painter, on her blog.',
     [("Why would anyone take", "Lena Vogt")]),
    # a possessor is not the antecedent of the pronoun when a subject is near
    ('Helen Grant called Dronov\'s plan unwise. "The assembly is moving forward with a formal inquiry," '
     'she announced.',
     [("The assembly is moving", "Helen Grant")]),
    # ... but a possessor opening the sentence before the pronoun's is its topic
    ('Luis Arroyo spoke first. President Tom Wexler\'s visit to the plant came later. He said: "The plant will '
     'reopen by the end of the year."',
     [("The plant will reopen", "Tom Wexler")]),
    # "he" after a quote whose speaker the person list lacks
    ('"We are proud of the whole team today," said Kipsang after the race. He wrote on social media, '
     '"This result belongs to every runner in Kenya!"',
     [("We are proud of", "Kipsang"), ("This result belongs to", "Kipsang")]),
    # a name next to the verb beats an organisation earlier in the sentence
    ('Speaking to the Daily Courier, Okoro said, "We expect the talks to resume in the spring."',
     [("We expect the talks", "Okoro")]),
    ('Maria Lenz, the chairwoman of the Green Alliance, said the mayor "worked for this city until his last day".',
     [("worked for this city", "Maria Lenz")]),
    ('"Nobody expected the shortage to last this long," said Sven Berg per Nordic Radio.',
     [("Nobody expected the shortage", "Sven Berg")]),
    ('On Friday Dronov said, "We will not sign anything before the elections."',
     [("We will not sign", "Pavel Dronov")]),
    # "X at/of <organisation or place>": X speaks
    ('Dr. Ilse Brandt at Saint Mary Hospital said, "We received the first patients just after midnight."',
     [("We received the first", "Ilse Brandt")]),
    ('Aiko Tan of Equality Network Japan said, "Our next campaign starts in the northern prefectures."',
     [("Our next campaign starts", "Aiko Tan")]),
    # a possessor speaks through a statement
    ('Dronov\'s statement read: "The bridge project will continue as planned."',
     [("The bridge project will", "Pavel Dronov")]),
    # a speaker the lists cannot name still makes a quote, its description the speaker
    ('"A promise that nobody can enforce is worthless," a South African delegate said.',
     [("A promise that nobody", "South African delegate")]),
    # a single name that is part of a known person's name (given name, or family name first)
    ('Morita met Dronov in Osaka. Kenji said, "We will answer the proposal next week."',
     [("We will answer the", "Kenji Morita")]),
    # before an apposition only a person will do
    ('The mayor of Lima, Rosa Quispe, tweeted, "Our buses will run all night for the festival."',
     [("Our buses will run", "Rosa Quispe")]),
    # the previous quote's speaker stays the topic of "he" until someone else is named
    ('Dronov said Morita was "a reliable partner for many years to come"; however, "we will not '
     'give up our claims on the islands," he added.',
     [("a reliable partner for", "Pavel Dronov"), ("we will not give", "Pavel Dronov")]),
    # nested single marks stay inside the quote
    ("“He told me ‘we will never give up’ and I believe him,” Morita said.",
     [("He told me ‘we", "Kenji Morita")]),
    # the one spoken to is not the antecedent of "he"
    ('Dronov visited Osaka. Speaking to Kenji Morita, he said, "The bridge will be finished next year."',
     [("The bridge will be", "Pavel Dronov")]),
    # nor is a prepositional object ("the death of X")
    ('Dronov regretted the death of Laura Becker. He said, "We owe her family an answer."',
     [("We owe her family", "Pavel Dronov")]),
    # "according to him/her" resolves like the pronoun
    ('Dronov spoke for an hour. According to him, the deal was reached with "the help of friends inside the kingdom".',
     [("the help of friends", "Pavel Dronov")]),
    # "cited" introduces a partial quote
    ('In the letter, Becker cited the government\'s "ongoing repression of its own people" as the reason.',
     [("ongoing repression of its", "Laura Becker")]),
    # a pronoun whose person the lists lack: the titled name that opens a clause
    ('Turkish president Kaya called for talks. "No project can exclude us," he said.',
     [("No project can exclude", "Kaya")]),
    # a named introduction outranks the pronoun that repeats it after the quote
    ('Dronov spoke first. For his part Sato said,\n\n"President Dronov and I have agreed on the plan,"\n\nhe said.',
     [("President Dronov and I", "Sato")]),
    # a gendered apposition decides "she" over an earlier speaker of unknown gender
    ('Dronov said, "It happened on my watch." Dana Ruiz, his fiancée, disagreed. She said, "He is hiding the truth."',
     [("It happened on my", "Pavel Dronov"), ("He is hiding the", "Dana Ruiz")]),
]


CASES += [
    # an organisation noun that names no organisation of the article speaks as that body
    ('The army said the truck "was carrying flour from Dorvik for the hungry border villages."',
     [("was carrying flour from", "army")]),
    # the one spoken to is no speaker; the unnamed one speaking is its description
    ('The leader of the auditors told the court "Simple audits were never carried out by anyone."',
     [("Simple audits were never", "leader of the auditors")]),
    # a statement named after a body: the body speaks (its full name where the article has it)
    ('Talks ended on Friday. A White House statement said the sides "made real progress on the key issues."',
     [("made real progress on", "White House")]),
    ('Talks ended on Friday. An NLF statement said the rebels "would lay down their arms by the end of May."',
     [("would lay down their", "National Liberation Front")]),
    # an interview answer over paragraphs: the answerer says what "I say"
    ('((WN)) What would you tell voters?\n\n((Dana Ruiz)) I agree with much of that, and have said so.\n\n'
     'So to them I say, "Vote for the party of peace and justice."', [("Vote for the party", "Dana Ruiz")]),
    # ... even with a body named right before the cue
    ('((WN)) What is the plan?\n\n((Dana Ruiz)) We have a plan.\n\nThe NLF motto, as I told you, is "Peace first and bread for every family."',
     [("Peace first and bread", "Dana Ruiz")]),
    # ... but not what others the answer quotes say
    ('((WN)) What would you tell voters?\n\n((Dana Ruiz)) I agree with much of that, and have said so.\n\n'
     'People often say, "Vote for the party of peace and justice."', [("Vote for the party", None)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_patterns(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    'Dronov called the proposal a "grave error" and a "cosmetic change".',           # short partials
    'Morita named the programme "Project Blue Horizon" on Wednesday.',               # a title
    'The film "The Long Road Home to the Mountains" opened in Lima on Friday.',     # long title, no cue
    "Japan’s leaders met in Tokyo’s centre and visited the islanders’ graves.",      # apostrophes only
    "The islanders' leaders met the 'rock 'n' roll' mayor in the '90s and didn't agree.",  # straight ones
    'The lenders are to offer "small, short, cheap, and safe" loans to farmers.',     # no speaker, no cue
    'The rule applies to anyone found guilty of, "Theft, fraud, or other serious offences against the state."',
    'Dronov said the robot, named "Better Friend of Every Child", won the prize.',  # a name after "named"
    'Morita said the banners mentioned "International Friendship Day Parade".',     # short, no comma

])
def test_not_quotes(text):
    assert quotes_of(text) == []


def test_quote_over_line_breaks():
    text = ("For his part Morita said,\n\n“President Dronov and I have agreed that our countries will "
            "cooperate,”\n\nhe said.")
    (q,) = quotes_of(text)
    assert q.speaker == "Kenji Morita" and q.text.startswith("President Dronov and I")
    assert text[q.start:q.end] == q.text


def test_attribution_in_the_next_paragraph():
    text = ('"The question of the bridge was discussed at length with our guests,"\n\n'
            'Dronov told journalists after the talks.')
    (q,) = quotes_of(text)
    assert q.speaker == "Pavel Dronov" and q.cue == "told"


def test_quote_running_over_paragraphs():
    text = ("Dronov said:\n\n“We will work together on this for many years to come.\n\n"
            "“We see the bridge as a common task,” he said.")
    # each paragraph's part is a quote, as annotators count them, all of the one speaker
    first, second = quotes_of(text)
    assert (first.speaker, second.speaker) == ("Pavel Dronov", "Pavel Dronov")
    assert first.text == "We will work together on this for many years to come."
    assert second.text == "We see the bridge as a common task"
    assert text[first.start:first.end] == first.text and text[second.start:second.end] == second.text


@pytest.mark.parametrize("mark", ["”", "’’"])
def test_he_said_after_a_statement_over_four_paragraphs(mark):
    # the pronoun's antecedent stands before the statement: its four paragraphs of quotation
    # are no narrative that would put Dronov out of reach (Nigerian copy closes with ’’)
    text = ("Pavel Dronov, the envoy of the group, spoke to newsmen in Tarva.\n\n"
            "Dronov praised the voters for their patience.\n\n"
            "“Full credit for the calm polls must go to the people of the republic.\n\n"
            "“The mission would like to thank the staff of the electoral board.\n\n"
            "“We note the part played by the student volunteers.\n\n"
            f"“These young volunteers showed courage at every station{mark} he said.")
    got = quotes_of(text)
    assert len(got) == 4 and {q.speaker for q in got} == {"Pavel Dronov"}


@pytest.mark.parametrize("text, expected", [
    # "the monarch" is the King (Sultan, Emperor) named before, though the role does not say
    # "monarch", and across a speech quoted over paragraphs
    ("President Tom Harlan dined with King Edric of Tarvania at the palace.\n\n"
     "King Edric praised his guest.\n\n“Our nations have stood side by side for a century.\n\n"
     "“We renew that bond tonight with trust in each other,” the monarch said.", "Edric"),
    # "His Majesty" before or after the cue: the monarch, not the president named since
    ("Sultan Idris of Tarvania met President Tom Harlan and Premier Ivo Marek.\n\n"
     "“The talks on trade and transport were warmly received by both sides,” His Majesty told reporters.",
     "Idris"),
    ("Sultan Idris of Tarvania met President Tom Harlan and Premier Ivo Marek.\n\n"
     "“The talks on trade and transport were warmly received by both sides,” said His Majesty.", "Idris"),
    # a capitalised royal nominal opening the sentence before ("In his toast, the Emperor
    # paid homage ...") is the "he" of the next quote, not the king quoted before
    ("King Edric hosted Emperor Tasuku of Kestria on Tuesday.\n\n"
     "“Our peoples share a love of tea and of talking about rain,” King Edric said.\n\n"
     "In his toast, the Emperor paid homage to the late Queen Mirelle.\n\n"
     "“The exchange between our two countries grows in every field,” he said.", "Tasuku"),
])
def test_monarchs_by_their_office_and_style(text, expected):
    assert quotes_end_to_end(text)[-1].speaker == expected


def test_the_diplomat_is_the_foreign_ministry_spokeswoman():
    # her role reads "Spokeswoman"; the ministry named before it makes her "the diplomat"
    text = ("Tarvania plans to strip Kestrian citizens of the vote, Kestrian Foreign Ministry Spokeswoman "
            "Ilse Varga said in a statement.\n\n"
            "“We will watch the situation closely,” the diplomat pointed out.\n\n"
            "“Since Prime Minister Tom Harlan backs the bill, it will pass the chamber,” the diplomat noted.")
    assert [q.speaker for q in quotes_end_to_end(text)] == ["Ilse Varga", "Ilse Varga"]


def test_a_wife_named_after_a_comma_is_no_he():
    # "His wife, Mirelle," genders Mirelle: "he" is the king the fronted phrase names
    text = ("After the death of the queen, her son, Edric Varn, 63, became king at once. He will address the "
            "nation on Friday. His wife, Mirelle, takes the title of queen consort.\n\n"
            "In a message from the king on Thursday, he said: “We grieve deeply for a much-loved mother.”")
    assert quotes_end_to_end(text)[-1].speaker == "Edric Varn"


@pytest.mark.parametrize("text, expected", [
    # a lede's nominal before the name: the one person the next paragraphs name in that office
    ("The Kestrian President has called his visit to Tarvania \"a turning point for both our nations\".\n\n"
     "President Tom Harlan was speaking at a dinner hosted by Premier Ivo Marek.", "Tom Harlan"),
    # two presidents named after it: the first, opening his sentence as its subject ...
    ("The President has called the visit \"a turning point for both our nations\".\n\n"
     "President Tom Harlan was speaking at a dinner hosted by President Ivo Marek.", "Tom Harlan"),
    ("The foreign minister said the government wants a new \"wave of dialogue between the West and Russia\".\n\n"
     "Ivo Marek, Minister of Foreign Affairs and Trade, held talks with his Russian counterpart Tom Harlan.",
     "Ivo Marek"),
    # ... else no telling which
    ("The President has called the visit \"a turning point for both our nations\".\n\n"
     "At a dinner hosted by President Ivo Marek, President Tom Harlan was speaking.", None),
])
def test_a_ledes_nominal_named_in_the_next_paragraph(text, expected):
    got = quotes_end_to_end(text)[0]
    assert got.speaker == expected if expected else got.speaker_kind != "person"


@pytest.mark.parametrize("text", [
    # "the message" after the writer's "telegram": the writer, not the man mourned named since
    ("President Tom Harlan sent condolences on the death of Ivo Marek.\n\n"
     "“He was a statesman of rare wisdom,” Harlan's telegram said.\n\n"
     "Harlan added that Marek had brought the two states closer.\n\n"
     "“The treaty we signed with him laid the ground for our friendship,” the message read."),
    # "the letter" after a quote the writer "wrote"
    ("“Dear Mrs Marek, please accept my deepest sympathy,” President Tom Harlan wrote.\n\n"
     "Harlan recalled his many meetings with Ivo Marek.\n\n"
     "“I had the honour of working with this remarkable man for years,” the letter stated."),
])
def test_a_letter_or_message_is_its_writers(text):
    assert quotes_end_to_end(text)[-1].speaker == "Tom Harlan"


def test_present_tense_reporting_verbs():
    # "emphasizes" (as "says") reports: the second quote is Marek's, not Harlan's before him
    text = ("Prime Minister Tom Harlan says the summit is “a chance for new strategic ties and much "
            "more,” while Kestrian President Ivo Marek emphasizes the need to “deepen the ties between "
            "the two regions and their states.”")
    assert [q.speaker for q in quotes_end_to_end(text)] == ["Tom Harlan", "Ivo Marek"]


def test_the_high_commissioner_is_a_mention_of_the_envoy():
    # "the High Commissioner" names the envoy whose role adds its place ("in Ghana"): his is
    # the "he" after it, not the president named a sentence before
    text = ("Canada's new high commissioner in Ghana Rasik Velan today said Ottawa had given him a task "
            "to nurture ties with Ghana.\n\n"
            "The High Commissioner will visit Kumasi to lay a wreath at the war memorial.\n\n"
            "Before that, he handed his credentials to President Kofi Arhin at the palace.\n\n"
            "On his arrival on Monday, the High Commissioner said he would serve both peoples.\n\n"
            "“Ghana is a close friend of Canada. I will work on the partnership,” he said.")
    assert quotes_end_to_end(text)[-1].speaker == "Rasik Velan"


def test_unbalanced_marks_keep_the_other_quotes():
    text = ('Dronov said he was "sure about it all.\n\n'
            '"We will finish this bridge together with our friends," Dronov said.\n\n'
            'Morita said, "We share the view that talks must restart soon."')
    got = _pairs(text)
    assert ("We will finish this", "Pavel Dronov") in got
    assert ("We share the view", "Kenji Morita") in got


def test_record_fields():
    text = 'Pavel Dronov met Morita. "Our two countries will build the bridge together by spring," Dronov said.'
    (q,) = quotes_of(text)
    assert text[q.start:q.end] == q.text == "Our two countries will build the bridge together by spring"
    assert q.sentence == 1
    assert (q.speaker_kind, q.speaker_key, q.cue) == ("person", "pavel-dronov", "said")


def test_organisation_speaker_record():
    (q,) = quotes_of('In a statement, the NLF said, "A ceasefire has been agreed with the provincial government."')
    assert (q.speaker_kind, q.speaker_key) == ("organization", "National Liberation Front")


def test_no_marks_no_work():
    assert quotes_of("Dronov met Morita in Moscow.") == []


def test_said_as_a_name_is_not_a_cue():
    # "Said" in a name must not read as the verb
    text = '"We hope to close this file before nightfall," Karim Said Haddad told reporters.'
    assert _pairs(text) == [("We hope to close", "Karim Said Haddad")]


@pytest.mark.parametrize("text, expected", [
    # a cue inside a dash aside is not the quote's
    ('Helen Grant commented on the vote — which the Morning Herald noted as rare — "This is a sad day '
     'for the chamber and for the country."',
     [("This is a sad", "Helen Grant")]),
    # an indefinite nominal speaker is someone new, never the person named before
    ('Pavel Dronov signed the decree on Friday. "Dronov signed a decree that bans masks in offices," '
     'a government official said.',
     [("Dronov signed a decree", "government official")]),
    # "called on" / "called for" followed by the quoted appeal
    ('Kenji Morita called on "all parties to return to the table without conditions" in his address.',
     [("all parties to return", "Kenji Morita")]),
    # "he" after a sentence whose second name opens a relative clause: the main subject
    ('Pavel Dronov agreed to a deal in which Luis Arroyo became chairman. "Nobody but the voters will '
     'remove me from this office," he declared.',
     [("Nobody but the voters", "Pavel Dronov")]),
    # a decision, ruling or summary speaks for the body named before it
    ('The National Liberation Front ruled on the appeal. A summary of its ruling read: "The ban was '
     'invalid, null and without any force."',
     [("The ban was invalid,", "National Liberation Front")]),
    # "he" skips a nearer person whose given name is a woman's
    ('Pavel Dronov, whose government hosted the talks, thanked Helen Grant. "Without her patience there '
     'would be no deal," he said.',
     [("Without her patience there", "Pavel Dronov")]),
    # a spokesperson no person holds speaks for the body named before
    ('A National Liberation Front spokesperson rejected the claim. The spokesperson added that the group '
     '"would not consider any request of this kind".',
     [("would not consider any", "National Liberation Front")]),
    # the one spoken to, next to the cue, is no speaker
    ('Laura Becker of the museum, speaking to the National Liberation Front, said, "We will meet again '
     'after the elections in spring."',
     [("We will meet again", "Laura Becker")]),
])
def test_patterns_2(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case title before the name after the quote
    ('"We came here to win and we proved that we could," team captain Dana Ruiz told reporters.',
     [("We came here to", "Dana Ruiz")]),
    # "X of the <state>'s <organisation> (<acronym>) said": the person, not the body
    ("Dana Ruiz of the Peru's National Liberation Front (NLF) said, \"Nobody can hide from this inquiry now.\"",
     [("Nobody can hide from", "Dana Ruiz")]),
    # "according to <outlet>" after a quote whose sentence names its speaker
    ('Dronov called the plan "a betrayal of everything we agreed," according to the National Liberation Front.',
     [("a betrayal of everything", "Pavel Dronov")]),
    # a partial quote after "thanked"
    ('Laura Becker thanked "all the volunteers who worked through the night" on Sunday.',
     [("all the volunteers who", "Laura Becker")]),
    # a partial quote after "apologised ... for", a whole one after "to express"
    ('Laura Becker apologised to the staff on Friday for "a decision taken far too hastily."',
     [("a decision taken far", "Laura Becker")]),
    ('The outcry led Dronov to express "I regret every word I said about the miners."',
     [("I regret every word", "Pavel Dronov")]),
    # the object of a preposition before the cue is no speaker
    ('Dana Ruiz of the city college and adviser to Tarnow Weekly wrote, "The ruling will change how courts work."',
     [("The ruling will change", "Dana Ruiz")]),
])
def test_unseen_proxy_quotes(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unnamed, indefinite speaker: a person's words all the same, the description speaks
    ('A witness told the local radio station, "The whole street shook when the tanker exploded."',
     [("The whole street shook", "witness")]),
    ('Some of the marchers said they had come to "stand up for the rights of all workers" in the city.',
     [("stand up for the", "marchers")]),
    ('Two hours later the same caller wrote that "the vote had been rigged from the start".',
     [("the vote had been", "same caller")]),
    ('Some farmers were saying, "We cannot sell the harvest at these prices."',
     [("We cannot sell the", "farmers")]),
    # anyone's words are nobody's quote
    ('Some people say "it is only a matter of money and nothing else".', []),
])
def test_unseen_proxy_anonymous_speakers(text, expected):
    assert _pairs(text) == expected


def test_unseen_proxy_anonymous_named_by_office():
    assert _pairs('One MP told the radio, "We will not vote for this budget under any circumstances."') == [
        ("We will not vote", "MP")]
    assert _pairs('Dana Ruiz told the radio, "We will not vote for this budget under any circumstances."') == [
        ("We will not vote", "Dana Ruiz")]


@pytest.mark.parametrize("segments, expected", [
    ([(0, 0)], 0), ([(0, 11)], 2), ([(0, 11), (12, 23)], 4), ([(0, 47)], 5), ([(0, 11), (0, 47)], 5),
])
def test_word_count_is_exact_below_its_cap(segments, expected):
    from analysis.extract.quotes import _WORD, _word_count
    text = "one two-way three four five six seven eight nine"
    assert _word_count(text, segments) == expected
    assert min(sum(len(_WORD.findall(text[a:b])) for a, b in segments), 5) == expected


@pytest.mark.parametrize("text, expected", [
    # a second quote joined by "and" or a participle goes to the first quote's speaker
    ('The National Liberation Front quoted Laura Becker as saying "the agency has an important role in '
     'this" and "if there is an emergency, the agency needs to be involved."',
     [("the agency has an", "Laura Becker"), ("if there is an", "Laura Becker")]),
    ('Senator Dana Ruiz remarked, "It\'s been a long, hard road. I can finally see some results," '
     'further remarking, "Mothers here have told me, \'It\'s time we ended this.\'" Ruiz first won her seat in 2012.',
     [("It's been a long,", "Dana Ruiz"), ("Mothers here have told", "Dana Ruiz")]),
    # "the <family name> campaign": the candidate speaks
    ('Tom Wexler held a rally. The Wexler campaign accused the mayor of "not wanting to face the '
     'voters about his failures."',
     [("not wanting to face", "Tom Wexler")]),
    # a quote in the next paragraph is no continuation of the previous paragraph's quote
    ('"We did all we could," Dana Ruiz said.\n\n"I admire everyone who rushed in to help the injured," '
     'tweeted President Helen Grant.',
     [("We did all we", "Dana Ruiz"), ("I admire everyone who", "Helen Grant")]),
])
def test_unseen_proxy_quotes_2(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title phrase after the cue that ends in a name: the named person speaks
    ('"We will rebuild the bridge before winter," said Mayor of Tarnow Dana Ruiz.',
     [("We will rebuild the", "Dana Ruiz")]),
    ('"The results surprised everyone in the lab," said University of Tarnow, Northfield\'s provost, Laura Becker.',
     [("The results surprised everyone", "Laura Becker")]),
    # ... but not a name inside a relative clause after the speaker
    ('"The deal is done at last," said Dana Ruiz, who later met Laura Becker.',
     [("The deal is done", "Dana Ruiz")]),
    # "talked of" introduces partial quotes
    ('Laura Becker talked of the "long nights spent in the cold archive rooms" of her youth.',
     [("long nights spent in", "Laura Becker")]),
    # a quote closed by an editorial "[.]" ends its sentence: the next sentence is no attribution
    ('Omar Haddad met Professor Tom Wexler. Wexler said, "From today we will no longer call this disease '
     'incurable[.]" Haddad also said that many more trials would follow next year.',
     [("From today we will", "Tom Wexler")]),
    # a quoted name in apposition, subject of a passive verb, is a title, not speech
    ('Tom Wexler says his petition, "Free the River From Every Dam Now", was written as a joke.', []),
    # a nominal after a preposition ("during the debate") is no unnamed speaker
    ('A message sent from Dana Ruiz\'s office during the debate repeated her pledge, saying "Every child in '
     'this city will have a school place."', [("Every child in this", "Dana Ruiz")]),
    # a name opening the sentence beats an organisation named later, even when the lists lack it
    ('Rafal Zielinski also reacted on the NLF website, "We have lost a dear friend '
     'and a great drummer."', [("We have lost a", "Rafal Zielinski")]),
    # an instruction quoted in part: "directing/instructed ... to"
    ('Later that day Dana Ruiz was directing the city\'s agencies to "prepare shelters for every family left '
     'without power" before the storm.', [("prepare shelters for every", "Dana Ruiz")]),
    # a subject after a fronted lower-case phrase writes the quote of a participle
    ('In the filing itself Tarnow Water also made the point, writing "We have warned every household on the '
     'river of the risk."', [("We have warned every", "Tarnow Water")]),
    # each subject of coordinated participle clauses speaks its own quote
    ('Many attacked the plan, with Tom Wexler of Ohio calling it "a costly mistake for every town" and Rafal '
     'Zielinski of Utah calling the process "a blatant grab for power in the capital".',
     [("a costly mistake for", "Tom Wexler"), ("a blatant grab for", "Rafal Zielinski")]),
])
def test_fresh_proxy_q7_quotes(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the statement read": whoever released the statement earlier, a mention or a capitalised name
    ('The National Liberation Front released a statement on Friday. Dana Ruiz told the Ministry of Foreign '
     'Affairs of Peru about it. "No one was hurt in the attack on the base," read the statement.',
     [("No one was hurt", "National Liberation Front")]),
    ('The Joint Task Force Harbor Shield issued a statement on Friday. "No one was hurt in the attack on '
     'the base," the statement said.', [("No one was hurt", "Joint Task Force Harbor Shield")]),
    # a participle opening the sentence: the subject comes after the quote
    ('Saying "there are many risks despite the new rules" in Spanish, President Dronov elaborated, '
     '"A state must protect every one of its citizens."',
     [("there are many risks", "Pavel Dronov"), ("A state must protect", "Pavel Dronov")]),
    # the agent of a passive is seldom the antecedent of the next sentence's "he"
    ('Morita spoke on stage. It was his first public address after he was freed by Dronov. He said "This is '
     'a wonderful sight from up here."', [("This is a wonderful", "Kenji Morita")]),
    # a possessor in a fronted phrase is not the subject of the participle cue
    ('Following the news of Dronov\'s victory, Morita issued a statement at his club, saying, "The '
     'plain truth is that this race is not decided yet."', [("The plain truth is", "Kenji Morita")]),
])
def test_fresh_proxy_q8_quotes(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a question or phrase named by "the question," is a title, not speech
    'For months, the Dronov government has pushed to include the question, "Were you born in this '
    'province?", on the survey form.',
])
def test_named_question_is_no_quote(text):
    assert quotes_of(text) == []


def test_according_to_a_document_after_the_subjects_verb():
    # 'X decided, according to the summary, "…"': the summary is X's, X speaks
    text = ('The tribunal sat in Lima. Pavel Dronov, the chairman of the tribunal decided, according to the summary, '
            '"that the order was void whenever its aim was to silence critics".')
    assert _pairs(text) == [("that the order was", "Pavel Dronov")]


def test_issued_a_statement_introduces_a_partial_quote():
    # "X issued a statement agreeing ...: "…"": X speaks, though the quote opens in lower case
    text = ('The government of the Harbor Islands issued a statement agreeing the matter belongs before the '
            'electorate: "any ruling forced on us by a bench would betray the islanders."')
    assert _pairs(text) == [("any ruling forced on", "Harbor Islands")]


@pytest.mark.parametrize("text, expected", [
    # "reads X's statement" after a quote: the owner of the document speaks, for both halves of the quote
    ('Judge Pavel Dronov ruled. "Though past limits on women in the navy may once have made sense," reads Judge '
     'Dronov\'s statement, "today both sexes stand equal when it comes to conscription."',
     [("Though past limits on", "Pavel Dronov"), ("today both sexes stand", "Pavel Dronov")]),
    # "reads" is a reporting verb like "read"
    ('Judge Pavel Dronov ruled. Part of the judge\'s statement reads "many women today are fit to serve '
     'on the front line."', [("many women today are", "Pavel Dronov")]),
])
def test_document_owner_speaks(text, expected):
    assert _pairs(text) == expected


def test_a_bodys_document_speaks_for_the_body():
    # "the ministry's report": the ministry named before, not the last organisation mentioned
    text = ('The Ministry of Foreign Affairs of Peru answered the National Liberation Front on Monday. '
            'The ministry\'s report concluded with the statement: "No one was hurt in the attack on the base."')
    assert _pairs(text) == [("No one was hurt", "Ministry of Foreign Affairs of Peru")]


@pytest.mark.parametrize("text, expected", [
    # a short sentence closed by its own full stop, after a cue and its object, is a quote
    ('The court sat on Monday. Petridis told the court "Basic checks weren\'t done."',
     [("Basic checks weren't done.", "Nikos Petridis")]),
    # but a short phrase without a full stop after "said" is still no quote
    ('Petridis described the plan as a "Hollywood-produced infomercial."', []),
    ('The court sat on Monday. Petridis said "Basic checks" were late.', []),
    # a pronoun after a quote of an unnamed speaker goes on with that speaker (its description,
    # of-phrase and all), not a person named before
    ('Laura Becker told reporters "The panel has ruled that she told the truth." The chief of the '
     'internal inspectors told the court "Key records weren\'t kept." She also said "I am sorry nobody '
     'asked us to come sooner."',
     [("The panel has ruled", "Laura Becker"), ("Key records weren't kept.", "chief of the internal inspectors"),
      ("I am sorry nobody", "chief of the internal inspectors")]),
])
def test_short_sentences_and_unnamed_speakers(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "was told by X of "…"": the agent of the passive speaks, not the subject
    ('Dronov flew to the valley. At a meeting he was told by Foreign Minister Nikos Petridis of "presumably '
     'between 12 and 15 miners still trapped below ground".', [("presumably between 12 and", "Nikos Petridis")]),
    # "found guilty of" is no cue
    ('The rule applies to anyone found guilty of "theft, fraud, or other serious offences against the state".', []),
])
def test_passive_agents_and_court_findings(text, expected):
    assert _pairs(text) == expected


def test_the_court_is_the_most_named_court():
    # a court's finding is its writing; "the court" is the court the article keeps naming, not one named in passing
    text = ('The High Court of Lima sat on Monday. The High Court of Lima heard the case. Only the Supreme Court '
            'of Peru ranks higher. The three-judge court found the advice "was motivated by an improper purpose '
            'and is unlawful."')
    orgs = [Organization(name, None, "government", None, _mentions(text, name))
            for name in ("High Court of Lima", "Supreme Court of Peru")]
    quotes = extract_quotes(_article(text), [], orgs, [])
    assert [(q.text.split()[0], q.speaker) for q in quotes] == [("was", "High Court of Lima")]


def test_a_posted_invitation_speaks_for_its_poster():
    # "X posted an event invitation on Facebook ... The event description read, "…"": X wrote it
    text = ('It started in March, when Dana Ruiz posted an event invitation on the site of the National '
            'Liberation Front. Dozens answered. The event description read, "Bring a lantern and gather by the '
            'fountain at dusk."')
    assert _pairs(text) == [("Bring a lantern and", "Dana Ruiz")]


# The readers from the end in quotes.py against the regexes they replace.
_PRONOUN_END = re.compile(r"\b(he|she|they|it|He|She|They|It|you|You|we|We|I)\s*$")
_TRAIL = re.compile(
    r"(?:[\s,]+|\b(?:also|later|then|further|again|earlier|previously|once|reportedly|publicly|"
    r"repeatedly|quickly|had|has|have|was|is|were|are|who|which|that|finally|separately|"
    r"immediately|today|yesterday|recently|would|will|could|later on|simply|flatly|just|"
    r"had also|has also|then also)\b)+$")
_ENDS = ["Putin said he", "and then she ", "They", "the\u00e9he", "Ithe", "we\n", "whom it", "", " ",
         "Abe, who had also ", "the minister later on", "Xlater on", "he has,, then also  ",
         "she flatly", "Merkel", "the_was", "Smith, who is", "caf\u00e9 is", "over it ", "I"]


@pytest.mark.parametrize("s", _ENDS)
def test_pronoun_end_reads_what_the_regex_finds(s):
    m = _PRONOUN_END.search(s)
    assert quotes._pronoun_end(s) == ((m.group(1), m.start(1)) if m else None)


@pytest.mark.parametrize("s", _ENDS)
def test_strip_trail_removes_what_the_regex_removes(s):
    assert quotes._strip_trail(s) == _TRAIL.sub("", s)


@pytest.mark.parametrize("text, expected", [
    # a possessive before a document: the owner speaks, not a body the document's name holds
    ('The NLF\'s Helen Grant notice alleged the raid was "an attack on the sovereignty of the northern '
     'provinces."', [("an attack on the", "National Liberation Front")]),
    # the interviewer quoting the answerer ("you wrote") gives the answerer of the next turn
    ('((WN)) In your blog post, you had mentioned the tools "were not made in the caves at all."\n\n'
     '((Dana Ruiz)) Yes, that is true.', [("were not made in", "Dana Ruiz")]),
    # "according to its press release, X was": the body the clause names
    ('According to its press release, the NLF was "ready to talk to the government in the capital."',
     [("ready to talk to", "National Liberation Front")]),
    # a document of several words after the cue: its issuer
    ('"The raid on the camp was a grave mistake by the army," reads an NLF press release.',
     [("The raid on the", "National Liberation Front")]),
])
def test_owned_documents_and_second_person_cues(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a partial quote with no cue of its own: the words of the person the sentence opens with
    ('Dana Ruiz has painted for years. She typically chooses "to portray the heroes of her own childhood" at '
     'every show.', [("to portray the heroes", "Dana Ruiz")]),
    ('In a later speech, Dronov compared the talks to "a long walk through a very dark forest".',
     [("a long walk through", "Pavel Dronov")]),
    # not when a clause with its own subject stands between, nor after a passive, nor for a title
    ('Morita received the award, with which the committee credits him as having done "the most to bring '
     'peace to the region".', []),
    ('Luis Arroyo died on Friday. He was known for settling quarrels as a "neighbour to every side and foe '
     'to no one".', []),
    ('Dronov joined the "Friends of the Northern Provinces Reform Council" in May.', []),
    # more verbs of speech and opinion
    ('"The bridge will be finished by spring", Dronov opines, "and trade will follow it."',
     [("The bridge will be", "Pavel Dronov"), ("and trade will follow", "Pavel Dronov")]),
    ('"When we put the coating on the hull it stayed clean," Dana Ruiz recounted.',
     [("When we put the", "Dana Ruiz")]),
    # cries and expressions
    ('Dronov held a rally in the port, where he tearfully discussed his quarrel with his wife Dana Ruiz, '
     'screaming "I nearly lost my whole farm!"', [("I nearly lost my", "Pavel Dronov")]),
    ('Dronov met Dana Ruiz. Asked about it, Ruiz expressed "deep regret for every family that lost a home".',
     [("deep regret for every", "Dana Ruiz")]),
    # more papers that speak for whoever issued them
    ('The NLF met on Monday.\n\n"Heavy rain will fall across the northern provinces tonight", read the warning.',
     [("Heavy rain will fall", "National Liberation Front")]),
    ('Dronov signed it on Monday. "Every province will hold elections in the spring," the decree read.',
     [("Every province will hold", "Pavel Dronov")]),
    # what a person shares online is his
    ('Dronov met Dana Ruiz on Friday. Ruiz shared on Twitter that the two talked about "the historic '
     'relationship between our two countries".', [("the historic relationship between", "Dana Ruiz")]),
])
def test_uncued_partial_quotes_verbs_and_papers(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    # a court's opinion speaks for the court ...
    'The Supreme Court of Ruritania ruled against the mayor. Its opinion read, "We find that the '
    'appointment was never lawful."',
    # ... and a participle's clause may stand between the subject and the verb
    'The Supreme Court of Ruritania ruled against the mayor. The ruling, released on Wednesday, read, '
    '"We find that the appointment was never lawful."',
    'The Supreme Court of Ruritania ruled against the mayor. The court, sitting in full, said, '
    '"We find that the appointment was never lawful."',
    # the court's order, named with the court's acronym or alone
    'The Supreme Court of Ruritania (SCR) ruled against the mayor. The SCR order said, "We find that the '
    'appointment was never lawful."',
    'The Supreme Court of Ruritania ruled against the mayor. In its conclusion, the order said, "We find '
    'that the appointment was never lawful."',
])
def test_a_courts_opinion_and_a_clause_before_the_verb(text):
    assert speakers_end_to_end(text) == ["Supreme Court of Ruritania"]


@pytest.mark.parametrize("text, expected", [
    # a short sentence right after "said", closed by a comma inside the marks, is a whole quote
    ('Ivo Marek died. Dronov said "We lost badly," and left the hall.',
     [("We lost badly", "Pavel Dronov")]),
    # not a name after another verb
    ('The band took its name from a film called "Night after Night," as a joke.', []),
    ('Dronov called it "Project Fear," and left.', []),
])
def test_a_short_sentence_after_said(text, expected):
    assert _pairs(text) == expected


def test_reported_is_a_cue_of_a_partial_quote():
    text = ('Dronov reported that even with rationing, "most bakeries run out of bread before noon each day", '
            'and called the demand unusual.')
    assert _pairs(text) == [("most bakeries run out", "Pavel Dronov")]


@pytest.mark.parametrize("text, speaker", [
    # a document from a body in a city speaks for the body, never for the city
    ('Denmark objected. The statement from the Danish embassy in Lima read: "Our position on the '
     'border has not changed at all."', "Danish embassy in Lima"),
    ('The statement from the Zorvian embassy in Paris read: "Our position on the border has not changed at all."',
     None),
    ('A statement by the Harbour Council read: "We will not accept this plan in any form."', "Harbour Council"),
])
def test_a_document_from_a_body_in_a_city(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("pronoun, speaker", [("I", None), ("you", None), ("they", "Republican Party")])
def test_i_and_you_never_resolve_to_a_body(pronoun, speaker):
    from analysis.extract import extract_article
    from analysis.extract.quotes import _PARAGRAPH, _Resolver
    from analysis.load import parse_text

    article = parse_text("In the United States, Republicans met on Monday and talked.\n\nTo them, I say it was long.",
                         id="x")
    found = extract_article(article)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(article.text)]
    res = _Resolver(article, found.persons, found.organizations, found.countries, article.text, paragraphs,
                    article.sentences)
    got = res.pronoun(pronoun, article.text.index("I say"))
    assert (got[0] if got else None) == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Judge Corwin Ashby QC said they "seem never to have cared much about the regulations."', "Corwin Ashby"),
    ('Prosecutor Tessa Brightwell QC said the witnesses were "easily led and open to pressure."', "Tessa Brightwell"),
])
def test_an_unknown_speaker_is_named_without_titles_and_letters(text, speaker):
    assert [s for _, s in _pairs(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Anthony Cordwell, a security analyst at the Center for Strategic Studies told Bloomberg via '
     'e-mail: "The current fighting is a power struggle for control of the south."', "Anthony Cordwell"),
    ('Ben Summers of the British rights organization, Stonewall, said: "We are obviously delighted '
     'that the home secretary has listened."', "Ben Summers"),
    ('Two lawmakers, Lynn Boyle and Nessa Chalmers, endorsed it. Lynn Boyle of the Sinn Féin party '
     'tweeted saying, "Israel wins the contest, so let us make the boycott stronger than ever."', "Lynn Boyle"),
])
def test_a_member_of_a_body_speaks_not_the_body(text, speaker):
    """End to end: "X of the Y party said", "X, an analyst at the Z told", "X of the rights
    group, Stonewall, said": X speaks, not the body named after "of"/"at"."""
    assert speakers_end_to_end(text) == [speaker]


def test_the_source_named_by_according_to_speaks_on():
    """'According to analyst A, B is a thorn in their side. "…," he said': A, the source the
    previous sentence names, not B whom it talks about."""
    text = ("Muqtada al-Sadr leads a large militia. Sadr has told his men not to surrender their arms.\n\n"
            "Muqtada al-Sadr was seen as instrumental in the rise of Maliki, but al-Sadr broke from "
            "Maliki in 2005. According to Iraqi political analyst Hazem al-Nuaeimi, Sadr is a thorn in "
            "the side of other groups that support Maliki. \"There is a need to minimize the strength of "
            "the Sadrists before they get any stronger,\" he said.")
    assert speakers_end_to_end(text) == ["Hazem al-Nuaeimi"]


@pytest.mark.parametrize("text", [
    # a long participle clause with commas opens the sentence; a body named in it does not speak
    ("LIMA: Prime Minister Ivo Marek arrived on Monday.\n\nAsked whether he had hurt his ties with "
     "NATO allies with his position, and had lost the vote, the Prime Minister repeated "
     "that the deal was \u201cdead\u201d but said \u201cwe have had two very good days here.\u201d"),
    # the second verb after "but" is the subject's
    ("LIMA: Prime Minister Ivo Marek arrived on Monday.\n\nThe Prime Minister repeated that the US "
     "was wrong but said \u201cwe have had two very good days here in the capital.\u201d"),
])
def test_the_subject_of_a_verb_after_but_speaks(text):
    assert speakers_end_to_end(text)[-1] == "Ivo Marek"


def test_the_prime_minister_is_not_the_minister_of_another_portfolio_who_spoke_last():
    text = ("Kenji Morita thanked the donors. Among them was Russia, Petridis said. Others gave money too. "
            "\u201cA big thank you to all our partners for making the conference a success,\u201d the "
            "prime minister tweeted.")
    assert _pairs(text) == [("A big thank you", "Kenji Morita")]


@pytest.mark.parametrize("text, speaker", [
    # a closing clause that only says where and with whom attributes a partial quote
    ("SEOUL: Speaker Ivo Marek wants to visit Chile.\n\n"
     '"I want to discuss openly how our two parliaments can work together" with the heads of '
     "its chambers, Marek said in talks with Chilean Ambassador Tom Harlan at the National "
     "Assembly in Seoul on Monday.",
     "Ivo Marek"),
    # "they" after a pair opening the sentence before: the first named
    ("CANBERRA: The council agreed to hear the case on Friday.\n\n"
     "Foreign Minister Ana Ruiz and Attorney-General Tom Harlan on Saturday welcomed the decision.\n\n"
     "\u201cThe ruling moves us closer to holding those responsible to account,\u201d "
     "they said in a statement.",
     "Ana Ruiz"),
    # a statement from a body's titled spokesperson is the person's
    ("WASHINGTON: The United States will quit the agency, officials announced on Thursday.\n\n"
     "A statement from Pentagon press secretary Ana Ruiz cited the \u201curgent need for a complete "
     "overhaul of the body and its rules.\u201d",
     "Ana Ruiz"),
    # "dismissed ... as" introduces a partial quote
    ("TEHRAN: A report accused the government of crimes.\n\n"
     "Foreign ministry spokesman Ivo Marek dismissed the findings as a plot by the country's "
     "\"foes to blacken the good name of the republic\".",
     "Ivo Marek"),
    # the speaker is the holder of a speakership
    ("LIMA: President Ivo Marek met a delegation led by House Speaker Ana Ruiz, who came to "
     "\u201csend a clear message to the whole region that we stand with you,\u201d the speaker "
     "announced in a statement.",
     "Ana Ruiz"),
    # "he" after a capitalised nominal subject is that person, not the one told
    ("CHENNAI: Chief Minister Marco Ruiz said twelve fishermen were held.\n\n"
     "The Chief Minister informed Prime Minister Tom Harlan that the detentions followed the talks.\n\n"
     '"It is regrettable that such arrests keep happening just now," he said.',
     "Marco Ruiz"),
])
def test_speakers_of_pairs_statements_nominals_and_closing_clauses(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_a_body_s_initials_are_not_a_person_whose_role_names_the_body():
    text = ("MANILA: Colonel Ivo Marek, spokesman for the Armed Forces of the Philippines, spoke.\n\n"
            "The AFP said in a release that the drills were \u201cmeant to improve how both forces "
            "work together in training\u201d.")
    assert speakers_end_to_end(text) != ["Ivo Marek"]


@pytest.mark.parametrize("text, speaker", [
    ('Putin spoke. A spokesman for Putin, Dmitry Peskov, said: "We will fight to the end of it, '
     'whatever happens."', "Dmitry Peskov"),
    ('Gaddafi spoke on radio. A spokesman for Gaddafi, Moussa Ibrahim, in a briefing for reporters '
     'echoed the message and said: "The armed units defending Tripoli will fight to the end."', "Moussa Ibrahim"),
    ('Putin met Abe. Vladimir Putin, the president of Russia, said: "We will fight to the end of it, '
     'whatever happens."', "Vladimir Putin"),
])
def test_the_name_in_apposition_to_a_description_speaks(text, speaker):
    """"A spokesman for X, NAME, said": NAME speaks, not X; "NAME, the president of Y, said"
    stays NAME."""
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('“We are waiting for the report from the border crossing,” said spokesperson for the United '
     'Nations High Commissioner for Human Rights, Ivo Marek.', "Ivo Marek"),
    ('The United States Department of State advised "U.S. citizens reconsider any non-essential '
     'travel to Thailand, particularly Bangkok".', "United States Department of State"),
])
def test_long_title_phrases_after_the_cue_and_advice(text, speaker):
    """A title phrase after "said" with its of/for-phrase ("spokesperson for the ...,") leads to
    the name that ends it; "advised" is a reporting verb."""
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Briton Murray Watson was abducted. Amos Nyaoro of Somalia Water and Land Information Management, '
     'the UN-supported agency where Watson was working, told The Daily Telegraph: "We are attempting to '
     'make contact with the people who abducted our colleagues."', "Amos Nyaoro"),
    ('Paul Pillar, an ex-CIA official, spoke. Ellen Laipson, the other ex-CIA official also stated, '
     '"the Iranian fear of an attack by the United States has long been a standard element."', "Ellen Laipson"),
])
def test_a_named_speaker_before_a_body_or_a_description(text, speaker):
    """"X of <body>, the agency where Y worked, told": X; "X, the other official also stated": X,
    not another person the description fits."""
    assert speakers_end_to_end(text) == [speaker]


def test_a_gender_from_the_name_dictionary_alone_yields_to_the_subject():
    """"Safa" is female in the given-name dictionary: the subject who opens the sentence
    before "he said" is still its antecedent, not a man named a paragraph earlier."""
    text = ('Hamid Saadi, the owner of a shop near the blast, told Reuters that the explosion caused '
            'destruction. "The explosion destroyed everything, it is like an earthquake," he said.\n\n'
            'A reporter said that the blast could be felt for several miles.\n\n'
            'Prime Minister Safa Maliki accused al-Qaeda of being behind the bombings. "These cowardly '
            'attacks must not affect the determination of the people," he said in a statement.')
    assert speakers_end_to_end(text) == ["Hamid Saadi", "Safa Maliki"]


def test_a_woman_named_in_the_paragraph_before_is_not_he():
    """The exception above holds within the pronoun's paragraph only: a woman who opens the
    last sentence of the paragraph before is not "he", the man who spoke before her is."""
    text = ('Foreign Minister Ivo Marek spoke after six hours of talks with the bloc\'s envoy Clara '
            'Stein in Geneva.\n\n'
            '"We looked for answers rather than problems," he said.\n\n'
            'Marek said he would see Stein again within a month. Stein leads the talks for the bloc.\n\n'
            'Still, "a lot of hard work remains on several points," he said, according to state radio.')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_the_outer_reporting_verb_speaks_when_the_inner_one_has_no_speaker():
    """'X said the shootdown highlighted the need ... and "…"': "highlighted" has no speaker
    for its subject, so the subject of "said" speaks."""
    text = ('Giulio Terzi, foreign minister of Italy, said the shootdown highlighted the need for an end '
            'to violence in the region and "illustrates how the Syrian crisis is escalating".')
    assert speakers_end_to_end(text) == ["Giulio Terzi"]


def test_the_organization_is_the_body_named_last():
    text = ('Reporters Without Borders condemned the killing. The press freedom organization said that '
            'the government must act. “It is unacceptable that local journalists have to do the job of '
            'the police,” the organization said.')
    assert speakers_end_to_end(text) == ["Reporters Without Borders"]


@pytest.mark.parametrize("text, expected", [
    # "the agency said" after a government department named in the paragraph before
    ('The Kestrian Interior Department said it welcomed the release of the two engineers.\n\n'
     '"We have no higher duty than the safety of our citizens abroad," the agency said.',
     ["Kestrian Interior Department"]),
    # "the group said" after a charity named in the paragraph before
    ('The nurse was freed on Tuesday, according to the relief charity Harbour Light Mission.\n\n'
     'The group asked for privacy: "We are thankful beyond words for her safe return," the group said.',
     ["Harbour Light Mission"]),
])
def test_the_agency_or_the_group_is_the_body_named_last(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the envoy" is the high commissioner named before, not the vice-president met since
    ('The British High Commissioner to Kestria, Alan Pryde, spoke on Wednesday after meeting Vice '
     'President Omar Bello.\n\n"The rule applies to every country alike," the envoy said.',
     ["Alan Pryde"]),
    # "the general" is the one named "General A Bcd", whose role is his command
    ('Iranian General Reza Karimi, head of the naval forces, spoke to reporters on Monday. Foreign '
     'Minister Ali Nasseri spoke later.\n\n'
     '"We can guarantee the security of these waters ourselves," the general said.',
     ["Reza Karimi"]),
    # "X was quoted on a radio station as saying": X speaks, not the station
    ('Finance Minister Thabo Nkosi was quoted on Radio Veldt as saying "it is far too early for '
     'us to join that discussion".',
     ["Thabo Nkosi"]),
])
def test_envoys_generals_and_outlets_quoting(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "according to Mao" after "spokesperson Mao Ning": the family name written first, no body
    ('"We oppose this decision," spokesperson Mao Ning of the ministry told a briefing.\n\n'
     'According to Mao, the move "seriously damaged the rights and interests of students".',
     ["Mao Ning", "Mao Ning"]),
    # a body's acronym in brackets before the cue: the person whose apposition names the body
    ('In response, Tove Maria Lind, Tax Coordinator at the Kestrel Network on Debt and Development '
     '(Kendd) said, "Over the past month the delegation has walked out of every process."',
     ["Tove Maria Lind"]),
])
def test_family_names_first_and_bodies_in_brackets(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dotted state abbreviation among a nominal's modifiers
    ('President Joe Biden spoke on Friday. Foreign Secretary Ann Pryce spoke too.\n\n'
     'The U.S. President then stated that "Kestria has to honour in full the treaty it signed."',
     ["Joe Biden"]),
    # an aside opened by "set to" between the nominal subject and the cue
    ('Nicola Sturgeon, the leader of the SNP, said she was disappointed. Her deputy Ian Moray agreed.\n\n'
     'The SNP leader, set to address reporters at noon, added: "Our democracy will not be denied."',
     ["Nicola Sturgeon"]),
    # "in a message that read": the sentence's subject wrote it, not the one congratulated
    ('Kailash Sen won the prize.\n\nHome Minister Rajnath Bhatt also congratulated Sen in a Twitter '
     'message that read: "Kailash Sen has fought for working children for decades."',
     ["Rajnath Bhatt"]),
    # "the Interior Minister" is the minister of internal affairs named before
    ('Minister of Internal Affairs of Kestria Ivan Holub has said the work will take years. Prime '
     'Minister Olga Denys agreed.\n\n"In the first stage, soldiers clear the ground near the front," '
     'the Interior Minister said.',
     ["Ivan Holub"]),
])
def test_nominals_asides_and_documents(text, expected):
    assert speakers_end_to_end(text) == expected


def test_the_reporter_not_the_one_reported_on_speaks_on():
    """'Mr. A said Mr. B was cutting the budget. He said "…"': A, the subject who reports,
    not B, the subject of the clause A reports."""
    text = ("Mitchell Hardy and Gordon Pryce met for a debate on Monday.\n\n"
            "Mr. Hardy said Mr. Pryce was planning deep cuts to the navy. He said \"the first duty of "
            "any government is to keep the country safe, and I will not cut that budget\".")
    assert speakers_end_to_end(text) == ["Mitchell Hardy"]


def test_a_family_name_with_two_letters_swapped_is_the_same_speaker():
    text = ("Emmanuel Macron won the run-off with a wide margin over his rival.\n\n"
            "Winning by a landslide, Marcon tweeted, \"We did it, all of us together, against every forecast.\"")
    assert speakers_end_to_end(text) == ["Emmanuel Macron"]


@pytest.mark.parametrize("text, speaker", [
    # the subject opening the sentence, not a name further in it, is what "he" continues
    ("Edwin Marsh met the press in London on Monday.\n\n"
     "Marsh says that he expects Kenyan president Daniel Mwangi to announce new measures. He said that "
     "\"the government has to show it can take control of its own security now\".", "Edwin Marsh"),
    # ... unless that name opens a coordinated clause of its own
    ("President Anna Kowalczyk said the victims were young. Interior Minister Piotr Nowicki wrote he had "
     "ordered checks, while Deputy Minister Marek Zielinski wrote that he was shocked. He tweeted, "
     "\"My thoughts are with every family that lost someone today\".", "Marek Zielinski"),
    # a plural possessive before the body: 'X of the Seafarers' Assistance Program said' is X
    ("Kenya was calm.\n\nAndrew Mbeki of the Seafarers' Relief Program said Saturday, \"I can confirm "
     "the ship was taken on Friday at midnight.\"", "Andrew Mbeki"),
])
def test_sentence_subjects_and_plural_possessive_bodies(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "the Prime Minister" is the one holding that title, not the deputy named since
    ("Prime Minister Olga Varek met the press. After Deputy Prime Minister Tomas Hrdy failed to buy "
     "the kits, the Prime Minister apologised for \"hiring a fool to run the economy ministry.\"", "Olga Varek"),
    # ... and "the deputy minister" is the deputy
    ("Minister Olga Varek met the press. Later, Deputy Minister Tomas Hrdy spoke. The deputy minister "
     "said \"we will buy every kit the hospitals need this winter.\"", "Tomas Hrdy"),
])
def test_a_title_is_not_its_deputy(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_a_closing_mark_after_a_colon_opens_the_quote():
    """'the minister told:”It should …”' (a typographic closing mark used to open, no space)."""
    text = ("Brazil changed its exam.\n\nIn an interview, the Minister Celso Amaral told:”It should be "
            "explained that the English language was not removed from the examination.”")
    assert speakers_end_to_end(text) == ["Celso Amaral"]


def test_a_sentence_opening_he_carries_the_speaker_over_names_it_mentions():
    """'He said President A invited B. "…," he said.': both are the same man, named before."""
    text = ("Kofi Mensah-Bonsu is Ghana's foreign minister.\n\n"
            "\"No, I don't think so, it is quite a different issue altogether,\" Mensah-Bonsu pointed out.\n\n"
            "He said President Mwai Otieno invited the Ghanaian president to help solve the crisis.\n\n"
            "\"Well, the envoy came yesterday to brief the president of Ghana on the elections,\" he said.")
    assert speakers_end_to_end(text) == ["Kofi Mensah-Bonsu", "Kofi Mensah-Bonsu"]


def test_of_two_persons_joined_by_and_the_first_speaks():
    text = ("Piracy rose this year.\n\nDr Alan Cotter and George Kyriakou of the University of Kent said, "
            "\"As it gets harder for pirates to capture ships, the gangs are more likely to fire.\"")
    assert speakers_end_to_end(text) == ["Alan Cotter"]


def test_a_name_used_as_a_modifier_is_no_antecedent():
    """'A, a former Saakashvili ally, says …. "…," he said.': A, not Saakashvili."""
    text = ("President Mikheil Saakashvili resigned to run again.\n\n"
            "Another candidate, Levan Gachava, a former Saakashvili ally and leader of the opposition, says "
            "challengers were denied media access.\n\n"
            "\"We cannot use media, because media is very subjective,\" he said.")
    assert speakers_end_to_end(text) == ["Levan Gachava"]


@pytest.mark.parametrize("quoted", ["President George W. Walker", "Gen. Tom Walker", "George Walker"])
def test_the_person_a_speaker_is_quoting_speaks(quoted):
    """'X remarked …, quoting President A, "…"': A's words."""
    text = ("Vice President Dick Chaney visited Israel.\n\n"
            f"The Vice President remarked he is committed to a Palestinian state, quoting {quoted}, "
            "\"The establishment of the state of Palestine is long overdue.\"")
    assert speakers_end_to_end(text) == [quoted.split(". ", 1)[-1] if quoted.startswith("Gen") else
                                         quoted.replace("President ", "")]


@pytest.mark.parametrize("title", ["Vice President", "Prime Minister", "Foreign Minister"])
def test_an_office_no_one_named_holds_is_no_body(title):
    """'The Vice President said, "…"' with no vice president named: the office described,
    not a person "Vice"."""
    assert speakers_end_to_end(f"The {title} said, \"The establishment of the state is long overdue.\"") == [title]


@pytest.mark.parametrize("place", ["in Argentina", "at the University of Kent"])
def test_a_state_or_body_ending_an_apposition_is_no_subject(place):
    """'A, author of a book about cooperatives in Argentina told X, "…"': A speaks."""
    text = (f"Esteban Magra, author of a book about worker cooperatives {place} told a website, "
            "\"In Neuquen you have a governor who wants to show how tough he is.\"")
    assert speakers_end_to_end(text) == ["Esteban Magra"]


def test_the_one_written_to_is_no_antecedent():
    """'A sent a letter to Minister B protesting. He said …. "…," he added.': A."""
    text = ("Minister Celso Amaral explained his decision: \"This is a democratic decision.\"\n\n"
            "The senator Artur Vieira sent a letter to Minister Celso Amaral protesting against the change. "
            "He said that the decision is nonsense. According to him, the government is being underhanded. "
            "\"The question is not to love or to hate the United States,\" he added.")
    assert speakers_end_to_end(text) == ["Celso Amaral", "Artur Vieira"]


@pytest.mark.parametrize("nominal", ["the PMDB leader", "the party's spokesman", "Kestria’s ambassador to Lorvia"])
def test_according_to_a_nominal_and_its_name(nominal):
    """'According to the PMDB leader, Senator A Bcd, the …', 'According to Colombia’s ambassador
    to Moscow, A Bcd, …': A Bcd."""
    text = (f"The testimony is at the centre of discussions. According to {nominal}, Senator Ney Suarez, "
            "the accusations are \"nitroglycerine thrown into the arteries of the Republic\".")
    assert speakers_end_to_end(text) == ["Ney Suarez"]


def test_a_quote_right_after_a_named_person_and_a_comma():
    """'…, such as 56-year-old refugee A Bcd, "…"': A Bcd's words; not so for the one written to."""
    text = ("Kenyans view the deal sceptically, such as 56-year-old refugee Paul Wario, \"The deal will help "
            "to cool down the situation but I doubt we will get back to our homes.\"")
    assert speakers_end_to_end(text) == ["Paul Wario"]
    text = ("The minister wrote a letter to President Paul Wario, \"The deal will help to cool down the "
            "situation but I doubt we will get back to our homes.\"")
    assert speakers_end_to_end(text) != ["Paul Wario"]


def test_a_body_before_a_relative_clause_speaks():
    """'X Marine, which is owned by Saudi Aramco, would only say it is "…"': X Marine."""
    text = ("Vela Marine Lines, the Saudi company that owns the tanker, has begun talks.\n\n"
            "Vela Marine Lines, which is owned by state-owned Saudi Aramco, would only say it is "
            "\"working toward a safe and speedy return of the crew.\"")
    assert speakers_end_to_end(text) == ["Vela Marine Lines"]


def test_a_speaker_goes_on_in_a_quoted_paragraph_with_no_attribution():
    from analysis.extract import extract_article
    from analysis.load import parse_text

    a = parse_text("Title\n\nDefense Secretary Robert Gaines visited Iraq.\n\n\"So far, so good, the signs are "
                   "positive,\" Gaines said.\n\n\"One real possibility is that we withdraw into the countryside "
                   "and see ethnic cleansing inside the city,\"\n\n\"It is a tough environment for everyone.\"", id="x")
    assert [q.speaker for q in extract_article(a).quotes] == ["Robert Gaines"] * 3


def test_a_quote_opened_by_a_mark_and_a_space_after_a_full_stop():
    """'A claims one was arrested. " The second time …"': the mark and the space keep the two
    sentences together; the quote is still A's."""
    text = ("Prime Minister Meles Zenabi spoke.\n\nThe journalists were jailed. Zenabi claims one of them was "
            "arrested before. \" The second time he was seized with a terrorist organization in combat.\"")
    assert speakers_end_to_end(text) == ["Meles Zenabi"]


def test_a_person_from_a_body_speaks_not_the_body():
    """'Archbishop A Bcd from the Evangelical Lutheran Church of Finland welcomed it: "…"': A Bcd."""
    text = ("In contrast, Archbishop Kari Makela from the Evangelical Lutheran Church of Finland welcomed the "
            "change: \"I know how much this day means to the community and many others.\"")
    assert speakers_end_to_end(text) == ["Kari Makela"]


def test_one_unnamed_official_goes_on_as_he():
    """'"…," one senior administration official said. "…," he added.': no one named speaks
    either quote (not the vice president named before)."""
    text = ("The hardliners, including Vice President Dick Chaney, want to undermine the talks.\n\n"
            "\"Making public the pictures is likely to inflame the North Koreans,\" one senior administration "
            "official said off the record. \"And that is just what opponents of this arrangement want,\" he added.")
    assert "Dick Chaney" not in speakers_end_to_end(text)


def test_a_name_used_as_a_modifier_before_a_verb_is_no_antecedent():
    """'A was asked if the Bush administration has …. "…," he said.': A, not Bush."""
    text = ("President George Walker asked Congress for more.\n\n"
            "White House Budget Director Jim Nolle was asked this week if the Walker administration has a "
            "realistic hope it can obtain its Pentagon budget. \"It's worth whatever we need to spend to be safe,\" he said.")
    assert speakers_end_to_end(text) == ["Jim Nolle"]


def test_the_subject_of_a_clause_a_pronoun_reports_is_no_antecedent():
    """'… where he says Syrian President A is the main obstacle. "…," he said.': not A."""
    text = ("President George Walker will go to the Middle East next week.\n\n"
            "On Friday, it was announced that he would discuss Lebanon, where he says Syrian President Wuzar "
            "al-Haddad is the main obstacle to a new government.\n\n"
            "\"President Haddad must understand that he has to stop interfering in the process,\" he said.")
    assert speakers_end_to_end(text) == ["George Walker"]


@pytest.mark.parametrize("text, speaker", [
    ("Sudan split in two. President Omar al-Bashir came.\n\n\"We congratulate our brothers in the south for their new state,\" "
     "al-Bashir said at the event.", "al-Bashir"),
    ("France opposes the bill.\n\nCatherine Colmar, the minister for Europe, reacted that \"it is the task "
     "of historians and not of lawmakers to clarify history.\"", "Catherine Colmar"),
    ("The party raised the treaty.\n\nIts spokesman Nick Harlow questioned \"the whole argument used for "
     "Britain having a separate weapons establishment.\"", "Nick Harlow"),
])
def test_particle_names_after_quotes_and_more_reporting_verbs(text, speaker):
    assert speakers_end_to_end(text)[0].endswith(speaker)


@pytest.mark.parametrize("text", [
    '"We will stay on the square until the water is clean," said a local farmer, Rosa Quintero, who '
    'joined the march.',
    '"The first round went better than any of us expected," said a senior negotiator, Rosa Quintero, '
    'on Tuesday.',
    '"The first round went better than any of us expected," said the minister, Rosa Quintero.',
])
def test_a_name_apposed_to_the_noun_after_the_verb_speaks(text):
    """'"…," said a local farmer, A Bcd, who ...': the person the apposition names, not the
    noun that could have spoken alone ("local farmer") nor nobody."""
    assert speakers_end_to_end(text) == ["Rosa Quintero"]


@pytest.mark.parametrize("text, speaker", [
    ('The Global Grain Council published its yearly outlook on Monday. The report echoed warnings by the '
     'Farmers Union of Kestrel and the Kestrel Export Bank. "A second dry summer would empty the stores '
     'before spring," it said.', "Global Grain Council"),
    # (no document opens the sentence before: the body named last)
    ('The Global Grain Council published its yearly outlook on Monday. Kestrel answered warnings by the '
     'Kestrel Export Bank. "A second dry summer would empty the stores before spring," it said.',
     "Kestrel Export Bank"),
])
def test_it_after_a_report_is_the_body_that_issued_it(text, speaker):
    """'The report echoed warnings by B and C. "…," it said.': "it" is the report's issuer,
    named before the report's sentence, not the bodies that sentence names after it."""
    assert speakers_end_to_end(text) == [speaker]


def test_a_leading_he_does_not_carry_over_a_speaker_named_since():
    """'He claimed B had him at gunpoint. "…," A told the panel. Acting out the events, he
    added "…"': A, whose quote ends right before (and whose gender the text does not tell),
    not B nor the sentence-opening "He" before A's quote."""
    text = ("Kerry Fitzroy shot Paul McGuire and Darren Hale in Baghdad. McGuire was drunk, and Fitzroy argued "
            "with McGuire after he punched McGuire's face.\n\n"
            "He claimed McGuire had him at gunpoint with a rifle. \"I was seconds away from my death so I "
            "pulled my pistol,\" Fitzroy told the panel. Acting out the events, he added \"Bang, bang, in "
            "his chest, twice.\"")
    assert speakers_end_to_end(text) == ["Fitzroy", "Fitzroy"]


@pytest.mark.parametrize("text, speakers", [
    ("Omar Haddad gave his view. \"We will not give up the fight for the river valley,\" he was quoted "
     "as saying. \"The valley is ours and will remain ours.\"", ["Omar Haddad", "Omar Haddad"]),
    ("Omar Haddad, the envoy, spoke of the troops. He said Russia had described the move \"as an act "
     "of force\" at the talks.", ["Omar Haddad"]),
    ("Omar Haddad, head of the monitors, spoke. Haddad said that in all the towns they observed, "
     "\"the turnout was high, calm and orderly everywhere\".", ["Omar Haddad"]),
])
def test_quoted_as_saying_and_a_plural_pronoun_in_a_reported_clause(text, speakers):
    """The speaker of a cue whose subject is a plural pronoun, a state or a body inside the
    clause a person reports is that person."""
    assert speakers_end_to_end(text) == speakers


def test_a_whose_clause_does_not_give_the_named_person_its_noun_gender():
    """'A, whose wife is Chinese': A is no wife; the next "he" may be A."""
    text = ("Premier Li Wen visited the town. Minister Tom Harlan, whose wife is a teacher, hoped for tourists. "
            "Harlan stressed that Li's trip was not only about jobs. It is also about ties \"which are the best "
            "way to understand each other,\" he told the radio.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


@pytest.mark.parametrize("text, speakers", [
    ("After investor Tom Harlan argued at the meeting that the policy hurt profits, chief executive "
     "Rosa Lind responded by saying, \"You can sell your shares and buy shares in another company.\"",
     ["Rosa Lind"]),
    ("Tom Harlan also answered the offers of more British soldiers by saying \"there are still some "
     "announcements to be made soon.\"", ["Tom Harlan"]),
])
def test_a_participle_after_a_verb_and_by_takes_that_verbs_subject(text, speakers):
    assert speakers_end_to_end(text) == speakers


@pytest.mark.parametrize("text", [
    'Rosa Lind leads the alliance. On Tuesday Mr.Lind said, "The magazine has done this under pressure."',
    'Rosa Lind leads the alliance. Dr.Lind said, "The magazine has done this under pressure."',
])
def test_a_title_glued_to_the_name_still_names_the_speaker(text):
    assert speakers_end_to_end(text) == ["Rosa Lind"]


@pytest.mark.parametrize("text", [
    '"We are prepared to act," said U.S. Secretary of Defense Tom Harlan on Tuesday.',
    '"We are prepared to act," said Secretary of Defense Tom Harlan in a statement.',
])
def test_a_titled_speaker_after_the_cue_may_be_followed_by_a_clause(text):
    assert speakers_end_to_end(text) == ["Tom Harlan"]


@pytest.mark.parametrize("text, expected", [
    ('The United Nations said the team would go. "Much of the evidence could have been destroyed," '
     'said Tom Harlan the Foreign Secretary of the United Kingdom on Sunday.', ["Tom Harlan"]),
    ('The United Nations said the team would go. "Much of the evidence could have been destroyed," '
     'said Tom Harlan, who leads the inquiry, on Sunday.', ["Tom Harlan"]),
])
def test_after_a_quote_the_person_named_right_after_the_cue_speaks(text, expected):
    assert speakers_end_to_end("Tom Harlan arrived.\n\n" + text) == expected


def test_a_place_glued_before_a_known_name_is_no_part_of_the_speaker():
    text = ('José Ignácio Tuco da Costa was there. At the meeting in Havana Tuco said: '
            '"A shoal of small fish may mean the end of hunger."')
    assert speakers_end_to_end(text) == ["José Ignácio Tuco da Costa"]


@pytest.mark.parametrize("text, expected", [
    ('"Insurgents began shelling the airport," said a spokesman for the presidency in an interview, '
     'Tom Harlan.', ["Tom Harlan"]),
    ('"Insurgents began shelling the airport," said the spokesman of the mission, Tom Harlan.', ["Tom Harlan"]),
])
def test_a_nominal_with_its_phrases_then_the_name_ending_the_sentence_speaks(text, expected):
    assert speakers_end_to_end("Tom Harlan arrived. The African Union sent troops.\n\n" + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a definite or indefinite office no one named holds: the description
    ('"Publishing the letter now would only anger the rebels," a senior defence official said.',
     ["senior defence official"]),
    # and a pronoun going on after it is the same unnamed speaker, not someone named before
    ('Pavel Dronov chaired the talks. "Publishing the letter now would only anger the rebels," one senior '
     'defence official said. "And that is what the hawks in the cabinet want," he added.',
     ["senior defence official", "senior defence official"]),
    # a noun that names no person is no speaker
    ('"Ban the tolls and bring back the buses for good," a banner read.', [None]),
    # a relative clause after the description is not part of it
    ('An official, who spoke on condition of anonymity, said "the deal is almost done, but not signed."',
     ["official"]),
    # an -ly noun ends no description
    ('A lawyer for the family said, "We will appeal the ruling next week."', ["lawyer for the family"]),
])
def test_an_unnamed_speaker_is_its_description(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X was quoted by <agency> as saying": X speaks, the agency only reports
    ('Ivo Marek was quoted by the Tarnow Weekly as saying "the plan has no chance in this parliament."',
     ["Ivo Marek"]),
    ('The Tarnow Weekly quoted Ivo Marek as saying "the plan has no chance in this parliament."', ["Ivo Marek"]),
])
def test_quoted_by_an_agency_as_saying(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause between the subject and the cue is no speaker: the platform it names
    ('The government of Moldova confirmed the news. The notice, which was shared on Twitter, '
     'described the loss "as a blow to every family in the valley."', ["Moldova"]),
    # "the government statement": the government; "the government": the state's government
    # as it was named before
    ('President Ion Vrancu died on Monday, the government of Moldova said. The government statement described '
     'the loss "as a blow to every family in the valley."', ["Government of Moldova"]),
    ('The Moldovan government confirmed the news. The government said the loss was '
     '"a blow to every family in the valley."', ["Moldovan government"]),
    # (named by a possessive, the government is the state's)
    ("Moldova's government confirmed the news. The government said the loss was "
     '"a blow to every family in the valley."', ["Moldova"]),
    # (a body before the relative clause still speaks)
    ('Vela Shipping, which is owned by a bank, would only say "the vessel is safe and on her way."',
     ["Vela Shipping"]),
])
def test_a_statement_and_the_government_behind_it(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an account on a platform speaks for its owner, not for the platform
    ('The Fijian government shut the schools. Later an official government Twitter account said: '
     '"Update: 120 new infections were confirmed in the week to Friday."', ["Fijian government"]),
    ('The Fijian government shut the schools. The Health Ministry Facebook account posted: '
     '"Update: 120 new infections were confirmed in the week to Friday."', ["Health Ministry"]),
    # "made the following announcement:" attributes what follows the colon
    ('The Fijian government shut the schools. On Monday the ministry made the following announcement: '
     '"Update: 120 new infections were confirmed in the week to Friday."', ["ministry"]),
    # a nominal speaker's modifiers hold no second determiner ("its ... account the ministry")
    ('The Fijian government shut the schools. On its Telegram account the ministry posted: '
     '"Update: 120 new infections were confirmed in the week to Friday."', ["ministry"]),
])
def test_a_platform_account_speaks_for_its_owner(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_document_read_out_is_its_named_owners():
    # "the ruling reads", after "Judge A's ruling": the judge, not a court named before
    text = ('The case may go to the Court of Appeal. Judge Irma Dostal\'s ruling notes that the issues are new.\n\n'
            '"In my view the common law," the ruling reads, "demands the closest scrutiny of every fact in this case."')
    assert speakers_end_to_end(text) == ["Irma Dostal", "Irma Dostal"]


@pytest.mark.parametrize("text, expected", [
    # the content of a named speaker's statement: "a statement by A that "…"", "A's remark that "…""
    ('Last week Ivo Brant said he was worried. He found alarming a statement by candidate Rhea Tolle '
     'in May that "if elected, we will never let them finish the dam."', ["Rhea Tolle"]),
    ('Ivo Brant was struck by Rhea Tolle\'s remark that "we will never let them finish the dam."', ["Rhea Tolle"]),
    # (but a reply to someone's remarks is the reply's speaker's)
    ('Ivo Brant responded to Tolle\'s comments: "Rhea Tolle is a decent woman, but today she went too far."',
     ["Ivo Brant"]),
])
def test_the_content_of_a_named_speakers_statement(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_pronoun_after_a_family_name_with_a_lower_case_article():
    text = ('The governor\'s nephew Tamar al-Rashidi spoke first. Mr Ivo Marek listened. When al-Rashidi '
            'returned to the podium, he said "Every village on the coast deserves clean water by the summer."')
    assert speakers_end_to_end(text) == ["Tamar al-Rashidi"]


def test_she_after_two_people_is_the_woman_even_when_the_man_opens_the_sentence():
    text = ('Chilean President John Marek met Peruvian Health Minister Maria Lopez in Lima on Monday. '
            '"We will not accept any deal that divides the country," she said.')
    assert speakers_end_to_end(text) == ["Maria Lopez"]


def test_said_may_is_the_prime_minister_not_the_month():
    text = ('Prime Minister Theresa May spoke on Sunday.\n\n"We will not wait," said May. "The new rules '
            'will be ready before the end of the autumn session."')
    assert speakers_end_to_end(text) == ["Theresa May", "Theresa May"]


@pytest.mark.parametrize("text, speaker", [
    ('The Velor Trust welcomed the ruling. A spokesman for the trust said: "Ten months after the report, '
     'there can be no excuse for yet another delay."', "Velor Trust"),
    ('Velor Airways cut flights. A spokeswoman for Velor Airways said: "Ten months after the report, '
     'there can be no excuse for yet another delay."', "Velor Airways"),
])
def test_an_unnamed_spokesman_for_a_body_is_the_bodys_voice(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_an_agency_quoting_someone_after_the_quote_gives_the_one_quoted():
    text = ('Foreign Minister Kwame Osei met President Rosa Lind on Monday. "Our ports will stay open to every '
            'ship that pays its dues," the state-run Velor News Agency quoted Osei as saying.')
    assert speakers_end_to_end(text) == ["Kwame Osei"]


@pytest.mark.parametrize("text, speaker", [
    # a group named without an article, before or after the quote
    ('The march ended. Police said: "The square will stay closed until the end of the week."', "Police"),
    ('The march ended. "The square will stay closed until the end of the week," police said.', "police"),
    ('The march ended. "The square will stay closed until the end of the week," officials said on Monday.',
     "officials"),
    ('The march ended. Velorian officials told reporters: "The square will stay closed until the end of the week."',
     "Velorian officials"),
])
def test_a_group_named_without_an_article_speaks(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a short aside between the subject and the verb
    ('Kenya\'s Foreign Ministry summoned the envoy. The Kenyan government, in a statement, said: '
     '"No ship will enter the harbour without a permit from now on."', "Kenyan government"),
    # a cabinet named by its state speaks for itself
    ('The Velorian cabinet, in a brief statement, said it held "the harbour authority fully '
     'responsible for the collapse of the pier".', "Velorian cabinet"),
])
def test_an_aside_before_the_verb_and_a_cabinet(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a quote standing as its paragraph, credited after a dash to a person (a pull quote)
    ('The vote was close.\n\n"It is the river that decides, not the ministers. It always was." - Kwame Osei\n\n'
     'Osei later left the room.', ["Kwame Osei"]),
    ('The vote was close.\n\n"It is the river that decides, not the ministers." — Grace Nollo, a farmer\n\n'
     'The talks went on.', ["Grace Nollo"]),
    # a participle phrase opens the sentence; its subject follows the comma
    ('Writing in a blog post, Kwame Osei labelled the ruling "a defeat for every farmer on the river and beyond". '
     'He described the judges as "men who have never seen a flood in their lives".', ["Kwame Osei", "Kwame Osei"]),
])
def test_dash_credits_and_participle_openers(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_publisher_after_a_dash_in_a_source_list_speaks_no_quote():
    text = ('The vote was close, Grace Nollo said.\n\nSources\n\n"Farmers lose the river vote in court" '
            '- The Valley Gazette, May 2\n')
    assert "The Valley Gazette" not in speakers_end_to_end(text)


@pytest.mark.parametrize("text, expected", [
    # a town after a body in the apposition says where the body is; the person speaks
    ('Ilse Varnow, curator of prints at the University of Kestrel, Springfield, said, "These '
     'pictures record the people of a whole decade."', ["Ilse Varnow"]),
    # "in the words of" names the speaker after it, as "according to" does
    ('The child suffered, in the words of the prosecutor, Oren Tal, "she cried for most of her '
     'final weeks in the ward."', ["Oren Tal"]),
    ('In the words of Oren Tal, "she cried for most of her final weeks in the ward."', ["Oren Tal"]),
    # a quoted name in title case is no quote
    ('Kestrel Soft has launched a site, "The Old Browser Farewell Countdown Page", to reach its users.', []),
    ('Not mentioned on the "The Old Browser Farewell Countdown Page" site are the flaws, Oren Tal said.', []),
])
def test_town_appositions_words_of_and_quoted_names(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wire's unnamed source after the verb or before it: its description speaks
    ('The talks ended. "We are of one mind on the levy now," said one Velorian trade official.',
     ["Velorian trade official"]),
    ('The talks ended. "We are of one mind on the levy now," said one Eastern envoy.', ["Eastern envoy"]),
    ('The talks ended. "We are of one mind on the levy now," said one economist.', ["economist"]),
    ('The talks ended. "Most of the losses are too hard to price," one banking source said.',
     ["banking source"]),
    ('The talks ended. "Most of the losses are too hard to price," one senior banker said.',
     ["senior banker"]),
    # "one" or "another" of a group named before: a quote, nobody named speaks it
    ('Economists doubt the figure. "There is a limit to what a lender can forgive," another said.', [None]),
    ('Economists doubt the figure. "There is a limit to what a lender can forgive," one said.', [None]),
])
def test_unnamed_wire_sources_keep_their_quotes(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # three lower-case words of a title before the name
    ('"The same rule should hold for the lenders," central bank governor Ilse Varnow said.', ["Ilse Varnow"]),
    # an apposition that the verb closes, the writer's comma left out
    ('"We will not go on paying for the surplus alone," Oren Tal, president of the Grain Union said.',
     ["Oren Tal"]),
    # an opening clause before the comma is no apposition
    ('Oren Tal spoke first. "We talk to anyone," he said, "if the talks are our own." In his speech, '
     'Ilse Varnow had said she was open.', ["Oren Tal", "Oren Tal"]),
])
def test_lower_case_titles_and_appositions_closed_by_the_verb(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # right after the attributed quote, a speaker's short next sentence is a quote of his
    ('Marek is the nominee. "He carries the scandal with him," said Senator Oren Tal. "He is finished."',
     ["Oren Tal", "Oren Tal"]),
    # and so is a next sentence whose closing mark the writer left out at the paragraph's end
    ('The report came out.\n\n"This report hurts the nominee," Tal said. "It shows the council ran the '
     'agency from the basement.\n\nA day later the chief of staff resigned.', ["Tal", "Tal"]),
    # not after another sentence of the writer's
    ('Tal was hopeful. "We could not help but hope," Tal said. But at home there was a message from '
     'the lawyers, "Marek is not released".', ["Tal"]),
])
def test_a_speakers_next_short_or_unclosed_sentence(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, speakers", [
    # the previous paragraph's quote ends with its speaker the topic: "he" in the next goes on
    ('Pavel Dronov met Kenji Morita in Osaka on Monday.\n\n"There is no doubt the plan is under close '
     'study," he said, adding that Morita "left our meeting early to brief his cabinet on it."\n\n'
     '"We will wait for the outcome of that study," he said.',
     ["Pavel Dronov", "Pavel Dronov", "Pavel Dronov"]),
    # but one named after that quote is the topic now
    ('Pavel Dronov met Kenji Morita in Osaka on Monday.\n\n"There is no doubt the plan is under close '
     'study," Dronov said.\n\nMorita disagreed. "We will not wait for the outcome of that study," he said.',
     ["Pavel Dronov", "Kenji Morita"]),
])
def test_a_pronoun_opening_the_next_paragraph_continues_the_last_speaker(text, speakers):
    assert speakers_end_to_end(text) == speakers


@pytest.mark.parametrize("text, expected", [
    # "said one": one of a group described before, no one named; the quote is kept
    ('Some makers were annoyed.\n\n"It is getting to be like a command economy," said one.', [None]),
    # a description with its phrase after the noun
    ('Few were sure.\n\n"The group does not even keep an office in the city," a source close to the '
     'talks said.', ["source close to the talks"]),
    ('Few were sure.\n\n"The group does not even keep an office in the city," a banker familiar with '
     'the loans told reporters.', ["banker familiar with the loans"]),
    ('Few were sure.\n\n"Nobody can win here, not the growers and not the state," a Western aid specialist '
     'said.', ["Western aid specialist"]),
    # a long apposition between the name and the verb
    ('"The federal retreat from the cases has been complete," Orin Vale, attorney general of the '
     'state and head of the lawyers\' trade committee, told the panel.', ["Orin Vale"]),
    # a firm's bracketed country and a lower-case title before the name
    ('"The ministry has been moving hard through the whole industry," said Vale Securities (Japan) '
     'associate vice president Orin Dask.', ["Orin Dask"]),
])
def test_unnamed_groups_descriptions_and_long_appositions(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Committee Chairman Orin Vale, the bill\'s sponsor, promised more work.\n\n"This bill is only a '
     'beginning of the effort," the Ohio Democrat said.', ["Orin Vale"]),
    ('The hearing was chaired by Rep. Tamsin Orvel.\n\n"It strikes me as odd," said the Iowa '
     'Republican, "that the number of pilots has not grown."', ["Tamsin Orvel", "Tamsin Orvel"]),
])
def test_a_party_member_named_by_party_and_state_is_the_person_named_before(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_cue_far_into_the_sentence_after_a_quote_is_no_attribution():
    # (a long apposition before the verb is read only after a quote that does not end its sentence)
    text = ('Colleagues mourned him. Astronomer Orin Vale wrote that he "was a kind and patient teacher." '
            'Independent film maker and writer Tamsin Orvel, known for her long-running channel on numbers '
            'and puzzles, posted a podcast on him.')
    assert speakers_end_to_end(text) == ["Orin Vale"]


@pytest.mark.parametrize("text, expected", [
    # the subject after a participle's phrase is the topic a later "he" continues, over the
    # persons named further in its sentence (a fourth name back included)
    ('Kestria will act, presidential spokesman Orin Vale said.\n\nSpeaking on television yesterday, Vale '
     "touched on President Ivo Marek's visit to Erewhon, where he met President Tom Harlan and Prime "
     'Minister Petr Dask. He said the two states agreed. "Our warnings have been given," he said.',
     ["Orin Vale"]),
    # (a subject after a prepositional phrase stays behind a later subject of a clause)
    ('Tom Harlan met Orin Vale.\n\nAt the summit, Harlan charged Vale\'s government with lying, a charge '
     'that Vale quickly denied. "I cannot accept these lies," he said.', ["Orin Vale"]),
])
def test_a_subject_after_a_participles_phrase_is_the_topic_of_he(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Ivo Marek met President Tom Harlan. Mr. Marek nodded and said “the two of us will "
     "settle this old quarrel soon,” ministry spokesperson Orin Vale said after the talks.", ["Ivo Marek"]),
    # (a full sentence quoted after a comma is the relaying speaker's)
    ('Ivo Marek met Tom Harlan. Marek said, "We will find a solution," spokesperson Orin Vale said.',
     ["Orin Vale"]),
])
def test_words_a_person_said_right_before_the_quote_are_theirs_when_another_relays_them(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_lower_case_ministry_after_a_demonym_speaks():
    text = ("Wang Yi met Ivo Marek, the Chinese foreign ministry said. “The two ministers spoke frankly "
            "about trade,” it said on its web page.")
    assert speakers_end_to_end(text) == ["Chinese foreign ministry"]


@pytest.mark.parametrize("text, expected", [
    # a state's possessive before a role, no article: the person with that role who acts for it
    ('Foreign Minister Ruth Calder of Spain met President Ivo Marek in Lisbon. "We will not bow to '
     'pressure from abroad, whatever the cost," Portugal\'s president said. "Our door stays open to our '
     'neighbours," Spain’s foreign minister told reporters.', ["Ivo Marek", "Ruth Calder"]),
])
def test_a_states_possessive_before_a_role_names_its_holder(text, expected):
    assert speakers_end_to_end(text) == expected


def test_the_statement_said_is_the_issuer_of_a_statement_quoted_before():
    text = ('Secretary-General Orin Vale voiced alarm on Monday.\n\n"The fighting must stop before the '
            'winter sets in," Vale said in a statement on Monday.\n\nThe United Nations Security Council met later.\n\n'
            '"All parties owe the civilians safe passage," the statement said.')
    assert speakers_end_to_end(text) == ["Orin Vale", "Orin Vale"]


@pytest.mark.parametrize("text, expected", [
    # the agency that reports the sentence does not speak in it
    ('Deputy Minister Ruth Calder spoke in Rome. Calder added that "no reply has come from the other '
     'side so far", Reuters reported.', ["Ruth Calder"]),
    # (a quote the agency's sentence introduces with no other speaker is the agency's)
    ('The talks failed. "Nobody will sign this deal under any terms," Reuters reported.', ["Reuters"]),
])
def test_a_news_agency_reporting_after_a_speakers_clause(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_subject_reported_by_a_following_he_said_is_not_the_next_pronouns_antecedent():
    text = ('Ivo Marek "was given two years for incitement and two more for breaking curfew rules", '
            'army spokesman Tom Harlan said.\n\nFormer mayor Orin Vale was also jailed for four years, he '
            'said, adding that neither would be moved yet.\n\n"They will face further charges in the weeks '
            'ahead" in the capital, he added.')
    assert speakers_end_to_end(text) == ["Tom Harlan", "Tom Harlan"]


def test_the_leader_is_the_head_of_state_rather_than_his_envoy():
    text = ('President Ivo Marek ordered the envoy out.\n\n"They tried here what they did next door," Marek '
            'said.\n\nPortugal\'s ambassador to Madrid, Tom Harlan, would come home "once a new cabinet '
            'sits in Madrid," the socialist leader said.')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # a description of the previous quote's speaker opening the sentence before "she said"
    ('Ruth Calder, spokeswoman for the ministry, said "the border stays shut for now." Anna Pike, the '
     'opposition leader, came back from a trip abroad. The ministry official said the trip was a '
     'provocation. "It was a stunt for the cameras and nothing more," she said.',
     ["Ruth Calder", "Ruth Calder"]),
])
def test_a_description_of_the_last_speaker_opening_the_sentence_before_a_pronoun(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a partial quote inside a sentence whose closing clause attributes it
    ('Ivo Marek will "never allow foreign troops on the soil of the republic," and would act to stop '
     'them, his spokesman Tom Harlan said on Friday.', ["Tom Harlan"]),
    ('"We expect the other side to keep its word" and raised this with Marek today, Orin Vale said.',
     ["Orin Vale"]),
])
def test_a_closing_clause_attributes_a_partial_quote_inside_its_sentence(text, expected):
    assert speakers_end_to_end(text) == expected


def test_an_apposition_left_open_before_the_verb_keeps_its_person_the_speaker():
    text = ('President Ivo Marek turned the offer down. But Tom Harlan, chief of staff to Marek told the '
            'envoy to mind "his own house and his own garden", a news site said.\n\n"We thank them, but the '
            'money may be better spent at home," he said.')
    assert speakers_end_to_end(text) == ["Tom Harlan", "Tom Harlan"]


def test_the_last_speaker_goes_on_when_nobody_is_named_or_speaks_since():
    text = ('Foreign Minister Ruth Calder met her Kestrian counterpart.\n\n"We must settle the land line '
            'first," the Peruvian top diplomat said.\n\n"The sea line is the hardest part," she added.\n\n'
            'The two states have rival claims in the bay. They want more rounds of talks.\n\n"Expert teams '
            'will take up this matter soon," she added.')
    assert speakers_end_to_end(text) == ["Ruth Calder", "Ruth Calder", "Ruth Calder"]


def test_the_statement_added_is_whoever_was_quoted_from_a_statement():
    text = ('Prime Minister Ivo Marek said in a statement that the threat put "any sensible solution out '
            'of reach."\n\nIt would shut its airspace to their planes, he said.\n\nMr. Marek also said officials '
            'had discussed a smaller rally with Tom Harlan.\n\nThe state "regrets the turn things took, and '
            'stays open to talks with its neighbour," the statement added.')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_an_aside_naming_the_interviewer_does_not_speak():
    text = ('Chief Adviser Ivo Marek spoke on Monday.\n\nThe 84-year-old adviser, in an interview with '
            'Kestrel Times, said, “We need deep changes in the economy and the courts before any vote.”')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # of two persons whose genders only their given names tell, the pronoun's own speaks
    ('Ruth Calder met Ivo Marek on Monday. "The talks were good," he told reporters afterwards.', ["Ivo Marek"]),
    ('Ruth Calder met Ivo Marek on Monday. "The talks were good," she told reporters afterwards.', ["Ruth Calder"]),
])
def test_a_pronoun_prefers_the_given_name_of_its_gender(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_subject_named_by_address_and_a_family_name_that_is_a_title():
    text = ('Foreign Minister Ruth Bishop spoke in Lima.\n\nMs Bishop then sat down with Peru\'s Foreign '
            'Minister Ana Ruiz on Sunday.\n\n"I have not put out a statement or shouted it from the '
            'roofs," she said.')
    assert speakers_end_to_end(text) == ["Ruth Bishop"]


def test_the_spokesman_after_a_spokesman_described_by_a_body():
    text = ('LIMA: Peru today warned Quito to keep to the 1942 treaty.\n\nA defence ministry spokesman told '
            'reporters the treaty was lodged with the United Nations in 1945.\n\n"Each side has to keep every clause '
            'of the treaty," the spokesman added.')
    assert speakers_end_to_end(text) == ["defence ministry"]


@pytest.mark.parametrize("text, expected", [
    # a leader's possessive before the party's name: the party speaks
    ('In a statement, Ivo Marek’s Likud party stated that the plan “saves money by keeping the '
     'cabinet steady.”', ["Likud"]),
    # a first name alone before a reporting verb, after the full name: that person
    ('Dr Jakarin Osmar criticised the water deal as too costly.\n\nLima warned Quito that it should keep '
     'to the 1942 treaty.\n\nA defence ministry spokesman told reporters the treaty was fundamental.\n\n'
     '"Each side has to keep every clause of the treaty," the spokesman added.\n\nIn an interview with a '
     'news agency, Jakarin called the river dispute a matter to settle soon.\n\n"We shall meet them and speak '
     'with them, like good neighbours," he said.', ["defence ministry", "Jakarin Osmar"]),
])
def test_a_partys_statement_and_a_first_name_before_a_reporting_verb(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_group_of_bodies_described_after_the_quote_speaks():
    text = ('Civic groups asked on Monday for a truce.\n\n“Stop the guns now,” a dozen groups wrote in a '
            'joint letter.\n\n“No family in the valley can bury another child lost to this war.”')
    assert speakers_end_to_end(text) == ["dozen groups", "dozen groups"]


def test_a_party_acronym_in_brackets_inside_a_description_of_the_speaker():
    text = ('Defence Minister Ruth Calder visited Lima.\n\nOn Monday, Calder said it was vital to guard the '
            'outer borders.\n\n"If we look for answers together we will get there, bit by bit," the Social '
            'Democratic (SPD) minister told reporters, adding it was "the one way to end the smuggling for good."')
    # (the full quote had been lost: the bracket kept the description from reading as a subject)
    assert speakers_end_to_end(text) == ["Ruth Calder", "Ruth Calder"]


@pytest.mark.parametrize("text, expected", [
    # a reporting verb in the present after the outlet
    ('Officials in Lima had “made it plain that no party was due before the border reopens,” the '
     'Kestrel Herald reports.', ["Kestrel Herald"]),
    # "is quoted by <outlet> as saying" in a long sentence's last clause: the subject speaks
    ('An envoy said the mission flew home. The mission landed in Quito on Monday "but left again '
     'before dusk" against its plan, and saw neither the general nor the ousted leader, the envoy is '
     'quoted by Kestrel Radio as saying.', ["envoy"]),
    ('"We flew home before dusk on the first day," Ana Ruiz was quoted by Kestrel Radio as saying.', ["Ana Ruiz"]),
    # one of a group, unnamed
    ('The colonels vowed to answer any attack in kind. "Every raid on our soil gets a swift and hard '
     'reply," one of the colonels told a radio station.', ["colonels"]),
])
def test_outlets_reporting_and_unnamed_members_of_a_group(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_subject_before_a_relative_clause_without_commas_speaks():
    text = ('Mediator Ivo Marek met the envoy in Lima.\n\nBut Marek who flew to Quito with two of the '
            'armed factions so that they could attend the summit said "We will go on talking with Orin Vale to '
            'win him over."')
    # (the object of the relative clause, "the summit", had been read as the subject)
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_after_a_reported_speech_sentence_is_its_speaker_not_a_name_after_him():
    text = ('No date is fixed yet for the summit, Kestrian Prime Minister Ivo Marek said in an interview, '
            'speaking about plans for talks with President Tom Harlan and President Orin Vale.\n\n'
            'He added, however, that “as our envoy told the chamber last week, a great many plans are in play.”')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_statement_added_after_a_statement_issued_by_a_named_spokesman():
    text = ('Both presidents sat down in Lima.\n\n“Both presidents spoke frankly about the river border,” '
            'read a statement issued by UN envoy Tom Harlan.\n\n“They agreed to sit down once more in the '
            'spring,” the statement added.')
    assert speakers_end_to_end(text) == ["Tom Harlan", "Tom Harlan"]


def test_a_document_published_by_a_body_speaks_for_that_body():
    text = ('Kestria sent its envoy home after Lorvia voiced concern over the arrests.\n\n'
            'The letter, issued by Lorvia\'s Interior Ministry, read: “Lorvia views the latest arrests of '
            'union leaders with the gravest alarm.”')
    assert speakers_end_to_end(text) == ["Interior Ministry"]


@pytest.mark.parametrize("text, expected", [
    ('The Kestrel Voice newspaper wrote on Monday, quoting unnamed officials, that both sides would sign.\n\n'
     '"A border treaty is to be signed when the two presidents meet," the newspaper said.', ["Kestrel Voice"]),
    ('Lebanese daily Al Akhbar reported on Tuesday that the envoy was still in Doha.\n\n"The talks have '
     'not broken down at all," the daily said.', ["Al Akhbar"]),
])
def test_the_newspaper_said_is_the_outlet_named_before(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a description after a comma and a name: that person
    ('Ana Ruiz, the third witness told the court, "I saw the two trucks cross the bridge just before '
     'the shots rang out."', ["Ana Ruiz"]),
    # a placard is nobody
    ('Crowds gathered near the palace, where a student waved a placard that read "Marek and Vale: jobs '
     'first, then trade".', [None]),
])
def test_descriptions_that_are_not_new_speakers(text, expected):
    assert speakers_end_to_end(text) == expected


def test_it_after_a_body_no_list_names_is_that_body():
    text = ('The cabinet office voiced regret on Friday.\n\n"We find the remarks deeply regrettable," the cabinet '
            'office told reporters.\n\n"Such words help nobody on the peninsula," it added.')
    assert speakers_end_to_end(text) == ["office", "office"]


@pytest.mark.parametrize("between, expected", [
    # a paragraph between that names no other body: the body quoted last goes on
    ("The statement gave no date for the envoy's return to Tarva.", "Kestrian presidency"),
    # another body named between: not the body quoted two paragraphs before
    ("The Tarva Harbour Authority closed the port for two days.", "Tarva Harbour Authority"),
])
def test_it_two_paragraphs_after_a_body_quoted_last(between, expected):
    text = ('"We recall our envoy from Tarva at once," the Kestrian presidency said in a statement.\n\n'
            + between + '\n\n"Such words are a grave insult to our people," it said.')
    assert speakers_end_to_end(text)[-1] == expected


def test_a_sentence_with_two_quotes_attributed_by_its_last_clause():
    text = ('Lorvian President Ivo Marek and Kestria\'s leader Orin Vale agreed in Lima that "no more rounds '
            'are required" on the "Plan for Lasting Peace" that the mediators drafted in May, Tom Harlan said.\n\n'
            '"Both sides are ready to act on the plan at once," he told reporters.')
    assert speakers_end_to_end(text) == ["Tom Harlan", "Tom Harlan"]


def test_the_spokesperson_is_the_body_the_spokesperson_was_described_by():
    text = ('A Ministry of Defence spokesperson told Kestrel Radio by telephone that the drill would go on.\n\n'
            '"Lorvia has accepted the new dates," the spokesperson added.')
    assert speakers_end_to_end(text) == ["Ministry of Defence"]


@pytest.mark.parametrize("text, expected", [
    # a possessor opening the sentence before "he", the names after it objects of its clause
    ('Ivo Marek\'s tour of the region included talks with President Tom Harlan and the Speaker Orin Vale.\n\n'
     'In Quito, he met President Sam Cole and said that Lima wants to "deepen our ties in every field".',
     ["Ivo Marek"]),
    # (a name that is the main clause's subject stays the topic)
    ('When President Ivo Marek\'s budget was sent to the assembly this week, Minister Tom Harlan defended it.\n\n'
     'In the figure, he noted, "are the funds that will carry the army into next year."', ["Tom Harlan"]),
])
def test_a_possessor_opening_the_sentence_before_the_pronoun(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject after a fronted phrase opens its sentence; the names after it are objects
    ('Defence Minister Ivo Marek said some 300 soldiers would come back before the winter.\n\n'
     'In a speech to the assembly, Marek commended special envoy Tom Harlan and the rest of the mission staff, '
     'including army chief Colonel Sam Cole.\n\n"Each of them did a fine job," he said.', ["Ivo Marek"]),
    # (not where the later name is the subject of a clause of its own)
    ('At the summit, Ivo Marek blamed the government of Tom Harlan, a claim that Harlan flatly rejected. '
     '"These are lies from start to finish," he said.', ["Tom Harlan"]),
    # (a fronted place or time is no such phrase: the one introduced after "he" speaks)
    ('President Ivo Marek flew to Kestria on Sunday to meet its leaders.\n\n'
     'In Tarva, he found a willing partner, Tom Harlan, Kestria\'s Minister of Foreign Affairs. '
     '"Our region should stand by its neighbours in hard times," he said.', ["Tom Harlan"]),
    # "he" opening the sentence before, after a fronted participle phrase, over the names it lists
    ('"We are worried by the arrests," rights spokesperson Ivo Marek said.\n\n'
     'Noting that many reporters were held this year, he said they include Tom Harlan, Sam Cole and Ali Rahimi.\n\n'
     'All were held with "no word at all on where they are kept," he said.', ["Ivo Marek", "Ivo Marek"]),
])
def test_the_subject_after_a_fronted_phrase_is_the_topic_of_he(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_misspelt_family_name_before_a_reporting_verb_is_the_person_named_before():
    text = ('"We are worried by the arrests," rights spokesperson Paul Laurence said.\n\n'
            '"Nobody should be held for what they write," Laurance urged.')
    assert speakers_end_to_end(text) == ["Paul Laurence", "Paul Laurence"]


@pytest.mark.parametrize("text, expected", [
    # a body's noun with a word of its name ("the UN health agency": the World Health Organization)
    ('The World Health Organization (WHO) sent its director to Kestria.\n\n'
     '"We are ready for every outcome in the region," the UN health agency said.', ["World Health Organization"]),
    # a government's news release: the government's words
    ('The Norwegian government imposed sanctions on nine officials, among them Tom Harlan.\n\n'
     '"These measures answer grave abuses of rights," a government news release said.', ["Norwegian government"]),
])
def test_a_body_described_by_a_word_of_its_name(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # marks typed as two single ones: ``...'' and “...’’
    ("Ivo Marek told reporters he would travel.\n\n``We shall go to Tarva when everything is ready,'' Marek "
     "was quoted as saying.", [("We shall go to Tarva when everything is ready", "Ivo Marek")]),
    ("Ivo Marek spoke on television.\n\n“I am not going to step down now. I do not run’’, Marek said.",
     [("I am not going to step down now. I do not run", "Ivo Marek")]),
])
def test_quotation_marks_typed_as_two_single_marks(text, expected):
    from analysis.extract import extract_article
    from analysis.load import parse_text

    found = extract_article(parse_text("Title\n\n" + text + "\n", id="x")).quotes
    assert [(q.text, q.speaker) for q in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a paragraph of speech whose opening mark was lost, closed and attributed
    ('Kestria summoned the Lorvian envoy.\n\nAfter the shelling overnight, we summoned the envoy to protest about '
     'these reckless actions," government spokesman Ivo Marek said in a statement. "We condemn the attacks."',
     ["Ivo Marek", "Ivo Marek"]),
    # (a closing mark with no reporting clause after it stays a stray mark)
    ('Kestria summoned the Lorvian envoy.\n\nAfter the shelling overnight, the envoy was summoned to hear a '
     'protest about these reckless actions" and left.', []),
])
def test_a_paragraph_whose_opening_mark_was_lost(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case title with its of-phrase before the name and its comma
    ('"We will march on Monday as planned. It is our right to protest in peace," spokesman of the '
     '12-party alliance, Ivo Marek, said.', ["Ivo Marek"]),
    # an outlet reporting in an aside: the sentence's subject goes on "saying"
    ("Kestria's foreign minister Ivo Marek spoke at a news conference in Tarva, Kestrel Radio reported, "
     'saying "the Lorvian cabinet chose to cut relations" with Kestria.', ["Ivo Marek"]),
    # the second quote of a statement the first quote's speaker issued
    ('Kestria on Wednesday said it would recall its ambassador to Peru.\n\n"Foreign Minister Tom Harlan '
     'decided to bring our envoy home from Peru at once," the interior ministry declared in a letter that '
     'denounced "the continued Peruvian raids that are killing innocent people in Tarva".', ["ministry", "ministry"]),
    # a name and a long apposition of two parts before the verb
    ('"The iron-clad friendship between our two peoples is made of trust, respect and win-win cooperation," '
     'Ivo Marek, director general of the Institute of Kestrian Affairs, a think tank under the Kestrian Academy, '
     'told reporters.', ["Ivo Marek"]),
    # (after a quote that ends its sentence, a name with its apposition introduces the next quote)
    ('The deputy leader, Ivo Marek, said on Friday the country is "facing a grave crisis at the frontier." '
     'Tom Harlan, the head of the assembly, said on Friday "We will keep the frontier safe and the state open."',
     ["Ivo Marek", "Tom Harlan"]),
])
def test_attributions_after_long_or_lower_case_descriptions(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_quote_left_open_at_a_paragraph_end_closes_in_the_next():
    text = ('Foreign Secretary Ivo Marek said the move follows a deal.\n\n'
            '"It is a survey job, to draw the line. Does it mean we will redraw borders? No.\n\n'
            'That is where we start," Marek told a press conference.')
    from analysis.extract import extract_article
    from analysis.load import parse_text

    found = extract_article(parse_text("Title\n\n" + text + "\n", id="x")).quotes
    assert [(q.text[:22], q.speaker) for q in found] == [("It is a survey job, to", "Ivo Marek")]
    assert found[0].text.endswith("That is where we start")


@pytest.mark.parametrize("text, expected", [
    # a quote ending its sentence, then a named speaker and where he spoke: the paragraph's last quote
    ('Arriving for the summit, Kestria\'s leader, Gen. Ivo Marek, had lunch with President Tom Harlan.\n\n'
     '"The tone of the talks so far has been good," said spokeswoman Ana Ruiz.\n\n'
     '"I believe there can be no military answer to this quarrel. It must be settled in peace." '
     'Marek said in an address at a dinner in his honour given by Tom Harlan.', ["Ana Ruiz", "Ivo Marek"]),
    # only possessors named since the last quote: its speaker goes on with "he"
    ('Deputy Minister Ivo Marek on Monday said force in Kestria is no answer, and it is time to isolate '
     'Sam Cole\'s regime.\n\n"The group has backed, from the start, a peaceful way out for Kestria," Marek said.\n\n'
     'Furthermore, he indicated that Interim President Tom Harlan\'s administration should lead the process, '
     'which involves Cole\'s exit from power.\n\nLast week, violent acts occurred at the border, which proves '
     'Cole\'s dictatorship will go on repressing the people.\n\n'
     '"We are ready to take a firmer stance in the financial field," he stressed.', ["Ivo Marek", "Ivo Marek"]),
])
def test_speakers_after_a_closed_sentence_or_only_possessors(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "she" after a woman's name and a man's whose given name the lists lack: the woman
    ('UN Envoy Maria Ortega is due to see President Ivo Marek in May, the palace announced on Monday.\n\n'
     'Ortega was in Ankara last week, where she saw its Foreign Minister Hakan Fidan. Before that she went '
     'to Athens, seeing Prime Minister Kyriakos Mitsotakis and Defence Minister Giorgos Kestrelis.\n\n'
     'She will go to Rome after Easter.\n\n'
     'Asked on Sunday about her plans, she said "The next round of my visits begins in Rome once the '
     'holidays are over."', ["Maria Ortega"]),
    # "the press secretary": the spokesman named before
    ('No calls are planned between the three leaders this week, Kremlin Spokesman Ivan Orlov told '
     'the press, Interfax said.\n\n"The Kestrian peacekeepers are doing their work. This is very '
     'important," Orlov stressed.\n\nHe said the contact with Tarva is regular. "As for talks in that format, '
     'if and when a deal is reached, we will inform you," the press secretary said.', ["Ivan Orlov", "Ivan Orlov"]),
    # ... and "the presidential spokesperson" the press secretary named before
    ('Kestria is studying the list, the President\'s Press Secretary Ivan Orlov said.\n\n'
     '"Some of the names on it baffle us," Orlov said.\n\n'
     'Senator Tom Harlan, who is on the list, said: "I take it as a compliment."\n\n'
     '"In any case, our answer to the list will be reciprocal and quick," the presidential spokesperson said.',
     ["Ivan Orlov", "Tom Harlan", "Ivan Orlov"]),
    # the Kremlin speaks as the body it is
    ('"We see no ground for talks this year," the Kremlin declared in its note.', ["Kremlin"]),
])
def test_she_the_press_secretary_and_the_kremlin(text, expected):
    assert speakers_end_to_end(text) == expected


def test_her_statement_is_hers():
    text = ("Kestria's new foreign minister, Ana Ruiz, travels to Lorvia on Thursday.\n\n"
            "She will also meet Forum Secretary General Tom Harlan and give a speech at the Forum.\n\n"
            '"These pledges mean real action on the climate at home and in our region," her statement today says.')
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


@pytest.mark.parametrize("text, expected", [
    # a pronoun before the one name of its sentence is someone else: '"…," she told Holm, who
    # praised her' makes no woman of Holm
    ("Prime Minister Lirna Vask of Kestria met Prime Minister Boris Holm of Lorvia on Friday.\n\n"
     "It was Vask's first visit to Lorvia in three years.\n\n"
     'She said at Holm\'s residence that it was an "important milestone for us in Kestria and the region" '
     'that she could come.\n\n"Kestria has sent aid to the front by way of this pact," she assured Holm, '
     'who then thanked her for "the firm and steady line you hold on the war."',
     ["Lirna Vask", "Lirna Vask", "Boris Holm"]),
    # "she" after a woman's name and a name of unknown gender: not over the one the sentence
    # before reports ("A also said that ...")
    ('"The matter must be weighed against the pacts the region already keeps," Kestria\'s Prime Minister, '
     "Anna Ruiz, told reporters beside her Lorvian counterpart.\n\n"
     "Lorvian Prime Minister Lirna Vask also said that under regional pacts, the Forum was where "
     'security belongs.\n\n"The members will meet and weigh each of these plans in turn," she said.',
     ["Anna Ruiz", "Lirna Vask"]),
])
def test_she_with_names_the_lists_do_not_gender(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a statement from his office": his
    ('President Ivo Marek of Kestria spoke on Monday.\n\nMarek "deplores the seizure of the town and calls for '
     'the rebels to leave at once", a statement from his office added.', ["Ivo Marek"]),
    # "the Turkish PM": the one Prime Minister of the article
    ('President Ivo Marek met Turkish Prime Minister Tom Harlan.\n\nHarlan praised the ties. "We are building '
     'roads and pipelines together and will trade more," the Turkish PM said.', ["Tom Harlan"]),
    # "the President of Kestria": the holder of that office for that state
    ('The President of Kyrgyzstan Ivo Marek met his Uzbek counterpart Tom Harlan in Bishkek.\n\n'
     '"This is a truly great day for both our peoples and their future," the President of Kyrgyzstan said.',
     ["Ivo Marek"]),
])
def test_speakers_named_by_office_or_by_their_office(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the clause before a colon, when it names a known actor
    ("Prime Minister Ivo Marek of Kestria said on Tuesday that talks were under way. Anna Ruiz, Kestria's "
     'foreign minister, gave no details.\n\n"We are not looking to make this quarrel with our neighbours any '
     'worse," Mr. Marek said.\n\nWhile confirming the talks with the Lorvian government, Ms. Ruiz had little '
     'to add: “We will keep talking in private, as such talks are best kept out of sight.”',
     ["Ivo Marek", "Anna Ruiz"]),
    # "made the remarks" attributes
    ('Ambassador Ivo Marek spoke at the council.\n\n"Any step should calm the crisis rather than feed the fire," '
     'Marek made the remarks after the vote failed.', ["Ivo Marek"]),
])
def test_a_colon_after_a_named_subject_and_made_the_remarks(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_first_person_clause_before_a_colon_names_no_speaker():
    text = 'We met many people.\n\nSo I decided then: "Enough. This work will not be done for nothing at all."'
    assert speakers_end_to_end(text) == []


@pytest.mark.parametrize("text, expected", [
    # a possessive written with the apostrophe alone is no subject for "he"
    ("President Ivo Marks of Kestria has no plans to leave the capital, a top aide said on Monday.\n\n"
     "Tom Harlan, Marks’ adviser for foreign affairs, stressed that the talks had been halted.\n\n"
     '"The leadership is in no rush to take up the talks again," he said.', ["Tom Harlan"]),
    # "the top diplomat": the foreign minister named before
    ("Kestria's Foreign Minister Prince Ivo Marek met Lorvian President Tom Harlan in Davos.\n\n"
     "Harlan spoke of trade. The prince accused Tarva of stirring up trouble.\n\n"
     '"We are glad the region has kept clear of any clash," the top diplomat added.', ["Ivo Marek"]),
])
def test_bare_apostrophe_possessives_and_the_top_diplomat(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the prince": the person named with that style
    ("Kestria's Foreign Minister Prince Ivo Marek met Lorvian President Tom Harlan in Davos.\n\n"
     'Harlan spoke of trade. The prince accused Tarva of "stirring up trouble across the whole region".',
     ["Ivo Marek"]),
    # the body spoken to in a fronted phrase is no subject
    ("Speaking to the Anadolu Agency during his visit to Ankara for the ninth bilateral conference of the two "
     "states, Ivo Marek underlined that trade had grown.\n\n"
     '"Although trade is high already, we see room for more jobs and more ventures in many fields."',
     ["Ivo Marek"]),
])
def test_the_prince_and_a_body_spoken_to(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the diplomat": the deputy foreign minister named before
    ("Havana, March 3 -- Kestrian Deputy Foreign Minister Ivo Marek says the policy of the new Lorvian "
     'government is hostile.\n\n"They plan to go on squeezing our economy and our people," warned the deputy '
     'foreign minister in an interview.\n\n"They have said it openly and have threatened further steps," '
     'added the diplomat.', ["Ivo Marek", "Ivo Marek"]),
    # "he" two paragraphs after the last quote, nobody named since: its speaker goes on
    ('Kestrian Deputy Foreign Minister Ivo Marek spoke on Monday.\n\n"We will not bow to this pressure at all," '
     'warned the deputy foreign minister.\n\n"Nobody should be surprised by what comes next in this long '
     'quarrel," he argued.\n\nThis is something - he warned - that breaks the law of nations.\n\n'
     'He explained that "given the threats made so far, a thaw is hard to imagine soon."',
     ["Ivo Marek", "Ivo Marek", "Ivo Marek"]),
])
def test_the_diplomat_and_he_after_a_paragraph_without_quotes(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun and an adverb before the verb
    ("Ivo Marek said that his plan is to make Kestria a hub for trade.\n\n"
     '"Our talks with Lorvia and Tarva move us toward that goal," he further said.', ["Ivo Marek"]),
    # "the Peru PM": the Prime Minister of that state, where two are named
    ("Peru Prime Minister Ivo Marek spoke about his meeting with Tom Harlan.\n\n"
     '"It seemed rude to discuss a country whose envoy was absent," the Peru PM said.\n\n'
     "He also thanked Chilean Prime Minister Abe Kestrel.", ["Ivo Marek"]),
    # "the diplomat" after "a diplomat briefed on the talks": the unnamed one, not the person named last
    ("Kestria brokered the handover, a diplomat familiar with the matter said.\n\n"
     "A court has issued a warrant for President Tom Harlan and his commissioner Anna Ruiz.\n\n"
     '"Each side worked hard to keep the young ones safe on the way home," said the diplomat on '
     "condition of anonymity.", [None]),
])
def test_pronoun_and_adverb_a_states_initialism_and_an_unnamed_diplomat(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote standing alone after "The Prime Minister said that ...": the Prime Minister, not the
    # Foreign Minister named last
    ("Prime Minister Ivo Marek of Peru met Chilean Foreign Minister Tom Harlan in Lima.\n\n"
     "The Prime Minister said that the big states want the region's views yet talk to each state alone.\n\n"
     '"We have very small chances where we have the upper hand, and that is when we speak as one."',
     ["Ivo Marek"]),
])
def test_a_quote_after_a_paragraph_opening_with_a_nominal_speaker(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the statement on Twitter": the one who issued it, not the platform
    ("President Tom Harlan issued a statement saying his pledge to the truce held.\n\n"
     '"We stand by the accord and will carry it out in full," the statement on Twitter said.', ["Tom Harlan"]),
    # "the Turkish leader's office": the leader, as for "his office"
    ("Turkish President Tom Harlan met Ivo Marek in Ankara.\n\n"
     '"The ceremony for the shipping accord takes place on Friday in the palace," the Turkish leader\'s '
     "office said.", ["Tom Harlan"]),
    # "he added" after '"…," A, adviser to premier B, said': A, not the premier named in the apposition
    ('"By law no state can walk away from the accord alone," Ivo Marek, the Special Assistant to '
     'Pakistani premier Tom Harlan, said.\n\n"We will meet any threat to our rivers with every means," he added.',
     ["Ivo Marek", "Ivo Marek"]),
    # a title with a to-phrase, the name in apposition, then a clause
    ("President Ivo Marek of Nicaragua closed the office.\n\n"
     '"No one here can simply look away from this," said the Peruvian delegate to the OAS, Tom Harlan, '
     "during a sitting of the council.", ["Tom Harlan"]),
    # "A, who thanked B, said in a statement": A issued it
    ("Ethiopia's Prime Minister, Ivo Marek, who thanked Tom Harlan and the other mediators for the talks, "
     "said in a written statement on Sunday that the deal would hold.\n\n"
     '"We will keep our word and see the deal through to the end," the statement said.', ["Ivo Marek"]),
])
def test_platforms_offices_attributions_and_relative_clauses(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's presidency speaks as a body
    ("Kestria recalled its envoy on Monday.\n\n"
     '"We turn down this meddling in our own affairs most firmly," Peru’s presidency said in a statement.',
     ["Peru’s presidency"]),
    # with a modifier: the state's named body all the same (not a lost quote)
    ("Kestria recalled its envoy on Monday.\n\n"
     '"Our pilots will patrol the skies of the north from June," Norway’s defence ministry said.',
     ["Norway’s defence ministry"]),
    ("On Thursday evening the Chilean presidency said President Tom Harlan was on his way to attend "
     '"the talks that aim to bring the border quarrel to a calm close."', ["Chilean presidency"]),
    # "the presidency said": the body the text named before
    ("Lorvia and Tarva will sign the accord on Friday, the Kestrian Presidency announced.\n\n"
     '"The ceremony will take place at noon with both delegations present," the presidency said.',
     ["Kestrian Presidency"]),
    # "Marek's office ... the office said": Marek, as for "his office"
    ("Prime Minister Ivo Marek signed the accord, Marek's office said.\n\n"
     '"The accord opens the way to a port for our exports," the office said.', ["Ivo Marek"]),
])
def test_presidencies_and_offices_named_before(text, expected):
    assert speakers_end_to_end(text) == expected


def test_the_mediator_is_the_person_the_text_described_so():
    text = ("The bloc agreed on a shorter timetable after talks with a team led by the mediator for Tarva, "
            "Peru's former President Ivo Marek.\n\nPresident Tom Harlan thanked the team.\n\n"
            'The mediator repeated "the bloc stands by the people of Tarva and thanks the transition for its '
            'new timetable."')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # "The Costa Rican president then said ...": the President, not a person called "Costa Rican"
    ("After a tour of the border, the leaders of Chile, Tom Harlan, and Costa Rica, Ivo Marek issued a call "
     'to the region.\n\n"We want all states to join the effort, help us sort who may cross," said Marek.\n\n'
     "The Costa Rican president then said that the states from Canada to Chile must decide together. "
     "“If we fail to act together, we will keep seeing disorder at every border.”", ["Ivo Marek", "Ivo Marek"]),
    # a sentence opening with "First" names no speaker
    ("Prime Minister Ivo Marek of Peru spoke in Lima.\n\n"
     "First reported on by a local paper, the note also said that Peru wanted to “keep a close and "
     "useful partnership with Chile”.", [None]),
])
def test_demonyms_and_stop_words_are_no_speakers(text, expected):
    assert speakers_end_to_end(text) == expected


def test_the_minister_is_the_one_quoted_last_of_two_ministers():
    text = ("Peruvian Foreign Minister Ivo Marek praised the efforts of Chile on Tuesday.\n\n"
            '"We are not at all pleased by such steps of the big powers," he told reporters after meeting his '
            "Chilean counterpart Tom Harlan.\n\n"
            "The minister expressed hope that “the present quarrel over the border can end in a calm way” and said "
            "more talks were due.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_a_first_quote_after_a_sentence_led_by_a_nominal_is_its():
    text = ("Envoy Tom Harlan met the parliament Speaker and party ally Ivo Marek at his home. In remarks to "
            "reporters after the meeting, the US envoy voiced his resolve to work with both sides to end the war."
            "\n\n“Since my visit here last month, we have had very useful talks with the Speaker, and the gaps "
            "keep getting smaller,” he said.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


@pytest.mark.parametrize("text, expected", [
    # "His Excellency said": the office holder named before, as "he"
    ("Doha: Peru's Prime Minister H E Sheikh Ivo Marek said on Wednesday that the truce must hold.\n\n"
     "In an interview with a think tank, His Excellency said,“Our team talks to both sides every day "
     "to keep the truce in place.”", ["Ivo Marek"]),
    # '"…," she said' after names of no known gender: the woman quoted last
    ("Trade Minister Mari Lorva Kestu said the two states would keep working together.\n\n"
     '"The slump is abroad, but it will reach us, so we must work together," she said.\n\n'
     "The two heads of state, President Wen Kaibo and President Lin Tarvu, put their names to the pact in 2005.\n\n"
     '"So far we have reached about two thirds of the trade goal," she said.',
     ["Mari Lorva Kestu", "Mari Lorva Kestu"]),
])
def test_a_style_for_its_holder_and_she_over_names_of_no_known_gender(text, expected):
    assert speakers_end_to_end(text) == expected


def test_he_after_a_sentence_opening_with_an_adverb_and_he():
    text = ("President Ivo Marek said on Tuesday that Peru wants better ties with Chile.\n\n"
            '"We agree to disagree, and now let us do other things," he said.\n\n'
            "Meanwhile, he said Peru will ask Chilean President Tom Harlan to the summit next year.\n\n"
            '"I will surely ask him, and we will do all we can to show how much we want him to come," he said.')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("text", [
    # a body's acronym that is also the initials of a named person's office: the person
    ("President Tom Harlan on Monday urged the National Security Adviser, Ivo Marek, and the army chiefs "
     "to work as one team.\n\nSpeaking after the closed meeting, the NSA said, “He gave us his word that "
     "he is with us all the way.”"),
    # initials no list knows
    ("The agency's Director General Ivo Marek met Tom Harlan in Lima on Monday.\n\n"
     "“We will keep our staff at the site until the job is done,” the DG said."),
])
def test_the_initials_of_an_office_name_its_holder(text):
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_person_in_apposition_after_a_body_is_no_place():
    text = ("Tom Harlan’s words came just after the head of the European Council, Ivo Marek, said that after "
            "“a long talk about the war on the border” the leaders were united.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_top_diplomat_is_the_one_who_said_not_the_one_he_reported_on():
    text = ("Peru's foreign minister told reporters of a long talk with his Chilean counterpart in Quito.\n\n"
            "In a post on Wednesday, Ivo Marek said Chilean Foreign Minister Tom Harlan expressed his "
            "government's wish to keep talking.\n\n"
            "“My Chilean colleague told me his side wants the talks on the border to go on,” the top diplomat said.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # "A was quoted in Lima as saying": A, not the place
    ('"We settled on a plan with the new team in a few minutes," Tom Harlan was quoted in Lima as saying.',
     ["Tom Harlan"]),
    # "Marek's Japanese counterpart": the Japanese, not Marek
    ("President Ivo Marek of Peru met Japanese Prime Minister Tom Harlan.\n\n"
     "Marek’s Japanese counterpart also backed his plan, saying that “close work between Japan and Peru is "
     "vital for calm in the region.”", ["Tom Harlan"]),
    ("President Ivo Marek of Peru met Japanese Prime Minister Tom Harlan.\n\n"
     '"We will keep talking, as often as we can," Marek’s Japanese counterpart said.', ["Tom Harlan"]),
])
def test_quoted_in_a_place_and_a_persons_counterpart(text, expected):
    assert speakers_end_to_end(text) == expected


def test_the_office_of_an_untitled_holder_the_gazetteer_knows_speaks_for_him():
    # "Sir Keir Starmer said ... The Prime Minister said:": the holder, not the person named last
    text = ("Sir Keir Starmer spoke of a failure as he travelled to Kyiv to meet Volodymyr Zelensky.\n\n"
            "Mr Zelensky had said he would raise the question of troops.\n\n"
            "The Prime Minister said: “Our two nations are closer than ever before in their long history.”")
    assert speakers_end_to_end(text) == ["Keir Starmer"]


@pytest.mark.parametrize("text", [
    # a person named in a fronted phrase ("Following A, ") is not the sentence's subject, for the
    # quote without a cue and for the one after a participle ("urging")
    "Peru's President Ivo Marek convened the summit. UN chief Tom Harlan urged countries to act.\n\n"
    "Following Harlan, President Marek called on the world to “make Lima the summit of truth,” urging "
    "leaders to “confront the reality of the warming with courage and resolve.”",
    "Peru's President Ivo Marek convened the summit. UN chief Tom Harlan urged countries to act.\n\n"
    "Like Harlan, President Marek called on the world to “make Lima the summit of truth,” urging "
    "leaders to “confront the reality of the warming with courage and resolve.”",
])
def test_a_person_in_a_fronted_phrase_is_not_the_subject(text):
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_reminded_and_highlighting_attribute_quotes():
    text = ("President Ivo Marek of Peru opened the summit on Monday.\n\n"
            "“Thirty-odd years after the first summit, the talks come home to the place they began,” he "
            "reminded delegates, highlighting the choice of Lima, “at the heart of the region, a symbol for all.”")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # "According to the readout of the talks, A “…”": the person the document reports
    ("President Tom Harlan met Prime Minister Ivo Marek of Peru in Lima.\n\n"
     "According to the official Peruvian readout of the talks, Marek “stressed Peru’s wish to mend "
     "its ties with every one of its neighbours.”", ["Ivo Marek"]),
    # a particle ("al", "da") starts a name only as a word of its own: not "offici-al Peruvian"
    ("President Tom Harlan met Prime Minister Ivo Marek of Peru in Lima.\n\n"
     "According to the official Peruvian summary, “the talks went well and will go on next year.”",
     ["Peru"]),
])
def test_according_to_a_documents_report_of_a_person(text, expected):
    assert speakers_end_to_end(text) == expected


def test_its_spokesman_is_the_body_or_state_named_before():
    text = ("Kenya opened the talks on Monday.\n\n"
            "“We regret that the round ended without any agreed text at all,” its delegate "
            "told the final plenary.")
    assert speakers_end_to_end(text) == ["Kenya"]


def test_a_bodys_chair_with_no_chair_named_is_no_person_called_chair():
    text = ("SADC leaders met in Windhoek on Tuesday.\n\n"
            "“The summit deplores the violence and calls for calm across the kingdom,” SADC Chair said.")
    assert speakers_end_to_end(text) == ["SADC"]


def test_he_is_not_the_person_named_in_the_phrase_his_sentence_opens_with():
    text = ("Peru's Foreign Minister Tom Harlan met Foreign Minister Ivo Marek of Chile in Lima.\n\n"
            "“We went over the border questions and how we might settle them,” Marek said.\n\n"
            "Speaking at a briefing with Harlan, he said they had also touched on a mission sent "
            "“to look for a way out of the border dispute”.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # a ministry's initials stand for the ministry the article names
    ("The Peruvian Foreign Ministry reported that both ministers held talks in Lima.\n\n"
     "“In this regard, the talks touched upon a possible visit of the president,” the MFA press release reads.",
     ["Peruvian Foreign Ministry"]),
    ("The Ministry of Defence of Peru said the drill went ahead.\n\n"
     "“The troops will stay in the region for as long as they are needed,” the MoD said.",
     ["Ministry of Defence of Peru"]),
])
def test_a_ministrys_initials_stand_for_the_ministry_named(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_title_phrase_with_lower_case_modifiers_before_the_speaker():
    text = ("“We cannot give figures yet, but we can thank every voter tonight,” said chief of staff and "
            "parliament speaker Ivo Marek.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("cue", ["read a presidential statement released by the Kestrian Presidency",
                                 "said a letter from the Kestrian Presidency"])
def test_a_document_released_by_a_body_after_the_cue_is_the_bodys(cue):
    text = ("Ivo Marek met Tom Harlan in Lima.\n\n"
            f"“During the meeting, the two sides stressed the value of the talks on the border,” {cue}.\n\n"
            "“The meeting also covered steps to be taken in the process of normalization,” it said.")
    assert speakers_end_to_end(text) == ["Kestrian Presidency", "Kestrian Presidency"]


@pytest.mark.parametrize("clause, cue", [
    ("he revealed.", "revealed"),
    ("he conveyed during a press conference in Lima.", "conveyed"),
    ("Marek justified.", "justified"),
])
def test_a_verb_the_lists_lack_in_the_short_clause_after_a_quote_ending_in_a_comma(clause, cue):
    text = f"Ivo Marek spoke in Lima.\n\n“Peru has done all it can to bring the two sides of the row together,” {clause}"
    assert [(q.speaker, q.cue) for q in quotes_end_to_end(text)] == [("Ivo Marek", cue)]


def test_no_quote_is_made_of_a_clause_with_an_auxiliary_after_it():
    text = "Ivo Marek spoke in Lima.\n\n“It was a good meeting and we want more of them soon,” he has left."
    assert speakers_end_to_end(text) == []


def test_the_person_before_a_who_clause_is_the_subject_of_a_participle():
    text = ("Ivo Marek, who stood between the Crown Princess, Ana Ruiz, and Tom Harlan at the podium, "
            "thanked the allies, saying “We stand together as one alliance now.”")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_regions_demonym_is_no_speakers_name():
    text = ("President Ivo Marek of Chile met President Tom Harlan of Mexico on Thursday.\n\n"
            "Later that day the South American leader wrote online: “This is a fresh step toward "
            "closer ties in the region.”")
    assert "South American" not in speakers_end_to_end(text)


def test_a_quote_that_fills_its_paragraphs_needs_no_closing_full_stop():
    # the writer left the full stop out before the closing mark ('… within it”')
    text = ("Peru's Deputy Prime Minister Ivo Marek said he welcomed the request.\n\n"
            "“It is not just one country that has shown interest in this. Others have in the past.\n\n"
            "“Whoever comes in will of course have to follow every rule that binds us”\n\n"
            "The pact was signed by eleven countries.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_a_paragraph_quote_after_a_paragraph_that_closes_with_a_cue_is_that_speakers():
    # the partial quote before is too short to count; the cue that closes its paragraph names
    # the speaker of the next paragraph's quote ("the Director-General" of a "Director General")
    text = ("Ana Ruiz, Director General of the Kestrel Trade Body, spoke in Geneva on Monday.\n\n"
            "The outlook is “grim right now,” the Director-General said.\n\n"
            "“Members expect the body to act in new ways and to prove that joint work can still pay off.”")
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


def test_a_nominal_subject_after_a_fronted_phrase_speaks_for_the_next_paragraphs_quote():
    text = ("In its release, the Presidency explains that Peru and Chile enjoy close ties, cemented by a "
            "recent visit.\n\n"
            "“Relations between the two republics rest on a long and shared history of friendship.\n\n"
            "“The visit on Sunday will open with a wreath laid at the monument in the capital.”")
    assert speakers_end_to_end(text) == ["Presidency", "Presidency"]


@pytest.mark.parametrize("cue, speaker", [
    # "another" opens an unnamed description as "a" does
    ("another government source said.", "government source"),
    # a body or outlet named with its noun after the cue
    ("reported Kestrel Daily Newspaper.", "Kestrel Daily"),
])
def test_quotes_whose_speaker_phrase_was_not_read_before_are_kept(cue, speaker):
    text = f"Ivo Marek met Tom Harlan in Lima on Monday.\n\n“Whatever the two men decide, the border will stay open to trade,” {cue}"
    assert speakers_end_to_end(text) == [speaker]


def test_a_document_of_a_day_after_the_quote_keeps_the_quote():
    text = ("Ivo Marek met Tom Harlan in Lima on Monday.\n\n"
            "“The two sides stressed the value of carrying out the accord in full,” Thursday’s joint statement said.")
    assert len(speakers_end_to_end(text)) == 1


@pytest.mark.parametrize("text, expected", [
    # the state's head of state: its president named before
    ('Lorvian President Ivo Marek landed in Tarva on Monday. The Lorvian head of state said the talks were '
     '"a turning point for both our peoples".', ["Ivo Marek"]),
    # a region's demonym: the leader named last
    ('Lorvian President Ivo Marek landed in Tarva on Monday. The Andean head of state wrote: '
     '"We open a new chapter with our neighbours today."', ["Ivo Marek"]),
    # a minister of the state is no head of state
    ('Peruvian President Ivo Marek met Chile’s Foreign Minister Anna Ruiz. The Chilean head of state said: '
     '"We open a new chapter with our neighbours today."', [None]),
])
def test_head_of_state_is_a_leader_in_a_top_office(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_body_title_before_a_name_opening_a_participle_sentence_is_the_named_person():
    text = ('Lorvia Palace spokesman Tom Harlan gave a cool first answer on Monday, saying the plan was '
            '"not something our government can take up before the vote."')
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_initials_of_an_office_two_hold_are_the_one_quoted_last():
    text = ('Prime Minister Ivo Marek met Peru’s Prime Minister Tom Harlan in Lima. "The new line will carry power '
            'to our towns," Marek said. The PM added, "We will sign three more contracts for the line this year."')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_a_quote_closing_on_a_nested_quote_then_a_name_in_its_attribution():
    text = ('Anna Ruiz said there was no reason to fear the vote.\n\n'
            '"We should hear our neighbours and ask, \'what can we do for you,\'" she said, speaking at a forum '
            'alongside former Lorvian Chancellor Ruth Calder in Tarva.\n\n'
            '"Ten years ago the rules were written for a smaller market," she said.')
    assert speakers_end_to_end(text) == ["Anna Ruiz", "Anna Ruiz"]


def test_he_after_sentences_reporting_the_same_speaker_without_quotes():
    text = ('Ivo Marek opened the new bridge over the river on Friday.\n\n'
            '"Tarva is a close friend and partner of our country," he said.\n\n'
            'The Lorvian leader said trade between the two countries grew by a fifth last year.\n\n'
            'The bridge opens new chances for both towns, he said.\n\n'
            '"We will do everything we can to bring the two markets together," he said.')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_the_sentence_before_a_quote_of_several_sentences_gives_its_subject():
    text = ('Ivo Marek and Tom Harlan opened the new bridge over the river on Friday.\n\n'
            'Marek invited Harlan to visit the capital next spring, noting that trade had doubled.\n\n'
            '"Tom and I talk every week. Last year we met three times. We will meet again soon," he said.')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_after_an_inverted_attribution_is_the_reporter():
    text = ('The rebels gave the envoy until Sunday to leave. On Monday, Ivo Marek is still in Tarva, said Tom '
            'Harlan, who praised the work of the mission. The staff have had a hard year. "I thank all of you '
            'who are still at your posts tonight," he said in a speech.')
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_a_sentence_opening_with_according_to_a_person_gives_the_next_quote_its_speaker():
    # ("Tan" alone is no mention the lists link: the name after "According to" is read)
    text = ('Ambassador Tan Wei spoke in Lima on Monday. "We will answer this," ambassador Tan said.\n\n'
            'According to Tan, the ban would hurt the Kestrel Mining Company and its buyers. "You are a small '
            'market, and you have always stood for open trade."')
    assert speakers_end_to_end(text) == ["Tan Wei", "Tan Wei"]


def test_the_source_is_the_informant_described_without_a_name():
    text = ('President Ivo Marek of Lorvia threatened new tariffs on Monday.\n\n'
            'Tarva will not answer before the tariffs take effect, said a Tarvan diplomat who requested '
            'anonymity to describe the talks. "We have until the first of June to settle it," the source added.')
    assert speakers_end_to_end(text) == ["Tarvan diplomat"]


def test_the_noun_of_an_unnamed_informant_is_that_informant_described():
    text = ('Lorvian Trade Minister Ivo Marek met the press on Monday. A senior Tarvan official said the '
            'talks would go on.\n\n"We are not there yet, but we are close," the official said.')
    assert speakers_end_to_end(text) == ["senior Tarvan official"]


def test_a_title_and_name_after_the_cue_then_upon():
    text = ('"It was a long night, and we have a few steps to go," said Lorvian Trade Minister Anna Ruiz upon '
            'arriving at the talks.')
    assert speakers_end_to_end(text) == ["Anna Ruiz"]


@pytest.mark.parametrize("text, expected", [
    # a quote inside a sentence whose closing clause names the speaker after the cue
    ('"We came here to settle the price" and a few other matters, said Lorvian deputy trade minister '
     'Ivo Marek on arrival in Tarva.', ["Ivo Marek"]),
    # a quote closed by a comma: the name before the cue speaks, not the outlet after it
    ('"The two states signed the accord this morning," Ivo Marek, the secretary of the Lorvian trade '
     'ministry, confirmed to Kestrel Radio.', ["Ivo Marek"]),
])
def test_a_closing_clause_with_the_speaker_after_the_cue(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's government speaks under the name the article gives it
    ('"Ivo Marek will stay in Nairobi for four days of talks," the Chilean government said.', ["Chilean government"]),
    ('The UK government said the accord would "settle a dispute older than most of us".', ["UK government"]),
    ('According to the Peruvian Government, the two men held "a long and very frank discussion."',
     ["Peruvian Government"]),
    # a possessive or a bare state name stays the state
    ("Chile's government said the accord would \"settle a dispute older than most of us\".", ["Chile"]),
    ('Chile said the accord would "settle a dispute older than most of us".', ["Chile"]),
])
def test_a_states_government_speaks_under_the_name_it_is_given(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a state of two words owning a body or an office ("North Korea's foreign ministry")
    ('North Korea’s foreign ministry stated that the drills were the “chief threat to peace and security” '
     'in the region.', ["North Korea’s foreign ministry"]),
    ('South Africa’s president said that the drills were the “chief threat to peace and security” '
     'in the region.', ["South Africa’s president"]),
    # a name's native spelling in brackets between the name and the verb
    ('Lawmakers met on Monday. "Tarva is not a part of Lorvia, and it never was," caucus whip Anna Ruiz '
     '(吳思瑤) said.', ["Anna Ruiz"]),
    # the last part of a hyphenated family name ("Abdollahian" of "Amir-Abdollahian")
    ('Lorvian Foreign Minister Ivo Kestel-Marek met Tom Harlan.\n\n"We will not give way to threats," '
     'Marek said.\n\nHarlan spoke later.\n\n"Our ties are deep and old," the minister added.',
     ["Ivo Kestel-Marek", "Ivo Kestel-Marek"]),
])
def test_two_word_states_native_spellings_and_hyphenated_names(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_woman_with_two_given_names_of_two_genders_is_she():
    # "Mumtaz" is a man's name in the dictionary, "Zahra" a woman's: the name gives no gender,
    # and "she" after a possessive is the spokesperson quoted before, not the possessor
    text = ('Lorvia rejected the remarks of Kestrian minister Ivo Marek.\n\n'
            '"The dispute cannot be settled by one side alone," added spokesperson Mumtaz Zahra Baloch.\n\n'
            'Turning to Marek’s comments, she called his claims “misleading and blind to the facts on '
            'the ground.”')
    assert speakers_end_to_end(text) == ["Mumtaz Zahra Baloch", "Mumtaz Zahra Baloch"]


@pytest.mark.parametrize("text, expected", [
    # a fronted phrase, then a state's possessive and an office as the subject
    ("Chile's president-elect Ivo Marek met Anna Ruiz.\n\n"
     'For his part, Chile\'s president-elect hailed the accord, saying, "The two of us made real headway."',
     ["Ivo Marek"]),
    # "the bloc": the international body named last, a paragraph or two back
    ("ECOWAS held a video summit on Monday.\n\nThe leaders spoke for hours.\n\n"
     'The bloc urged Kestria "to set out a timetable that leads back to civilian rule."',
     ["ECOWAS"]),
])
def test_a_fronted_phrase_before_a_possessive_office_and_the_bloc(text, expected):
    assert speakers_end_to_end(text) == expected


def test_an_office_no_one_holds_is_the_speaker_quoted_just_before():
    # the text gives Marek no office: "the minister" is the one just quoted, not a description
    text = ('Ivo Marek spoke to reporters in Quito on Monday. "We will not recognise it yet," he added.\n\n'
            'The minister maintained that "every state weighs this question in its own manner".')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_a_name_in_a_relative_clause_is_not_the_pronouns_antecedent():
    text = ('"The talks were long and detailed," Tom Harlan said.\n\n'
            'Kestria’s acting Foreign Minister Ivo Marek, who stood alongside Harlan, said progress had been made.\n\n'
            '"We expect the customs quarrel to be settled within weeks," he said.')
    assert speakers_end_to_end(text) == ["Tom Harlan", "Ivo Marek"]


def test_the_document_said_is_the_body_named_with_it_before():
    text = ('"Lorvia should receive help urgently," said a Treasury Department readout of the meeting '
            'of the talks of the minister with IMF Managing Director Ivo Marek.\n\n'
            '"The director assured the minister that the fund would stay engaged," the readout said.')
    assert speakers_end_to_end(text) == ["Treasury Department", "Treasury Department"]


@pytest.mark.parametrize("text, expected", [
    # a gloss of the quote's last word between the quote and its cue
    ('"Chile demands that the troops leave at once and in full with KESFOR," the name of the blue '
     'helmets there, said Ivo Marek on Friday.', ["Ivo Marek"]),
    ('"Chile wants the KESFOR mission to leave this year," the acronym for the UN force, said Ivo Marek.',
     ["Ivo Marek"]),
    # (a description of the speaker is no gloss: the cue's subject speaks)
    ('"Chile wants the mission to leave this year," the head of the delegation said.', ["head of the delegation"]),
])
def test_a_gloss_between_a_quote_and_its_cue(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_fronted_upon_phrase_is_not_the_subject():
    text = ("Chile's President Ivo Marek met Peru's President Tom Harlan in Lima. Upon greeting Harlan with a "
            'hug, Marek joked, recalling their long friendship: "We need no interpreter between us two."')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # "<outlet> quoted the <noun> of <body>, A Bcd, as saying": the person in apposition
    ("“Any limit on rights runs against the hopes of Kestria,” Radio Two quoted the spokesperson "
     "of the Kestrel Mission, Ivo Marek, as saying.", ["Ivo Marek"]),
    # "with <title> A Bcd telling reporters": the person the absolute clause names
    ("Lorvia scoffed at the claim, with Kremlin spokesman Ivo Marek telling reporters there were "
     "“no grounds at all for any of it, none”.", ["Ivo Marek"]),
    # after a quote, a nominal and a name in apposition: the name, not the office's last holder
    ("The French foreign minister, Tom Harlan, spoke in Brussels.\n\n"
     "\"Our cabinet cannot accept the vote held by that assembly,\" the foreign minister, "
     "Ivo Marek, told reporters.", ["Ivo Marek"]),
    # a quote ending its sentence, then a new one whose verb takes a possessive object
    ("\"It was not the case,\" Ivo Marek said, referring to the accusations.\n\n"
     "\"Nobody took him. Nothing was wrong about the way he came to us.\" Kigali "
     "announced Harlan’s arrest on May 2.", ["Ivo Marek", "Ivo Marek"]),
    # a title ending in "chief of staff" after the cue
    ("\"The pact goes to the senate within a week,\" said cabinet chief of staff Ivo Marek.",
     ["Ivo Marek"]),
    # the name before "bin" is the one a patronymic name is known by ("Saleh" for "Muhammad Saleh
    # bin Taher Benten"), so "he" after it is him
    ("The quota will be studied, said Minister of Haj Ahmad Saleh bin Omar Kestrel.\n\nThe request "
     "went through Prime Minister Tom Harlan.\n\nMeanwhile, Saleh praised the administrators.\n\n"
     "“Thank you to Malaysia for the excellent administration,” he said.", ["Ahmad Saleh bin Omar Kestrel"]),
    # a nickname in marks between a title's name and the family name, the run going on after it
    ('Lima – President Ivo "Ivito" Marek on Wednesday said he would appeal.\n\n"It is fine to lose '
     'a case," Ivito said at the forum.', ["Ivo Marek"]),
    # an aide of an office no list knows, described, not the office's abbreviation
    ("Asked about the levy, the PM’s spokesman told journalists: “Talks with Lorvia go on and a "
     "deal may follow.”", ["PM’s spokesman"]),
    # "implored" and "pleaded" report speech as "urged" does
    ("Chile's President Ivo Marek said Thursday that any pact had to be made by the union.\n\n"
     "Warning that \"going alone\" would fail, he implored: \"The union has to last. It has to "
     "outlive all of us.\"", ["Ivo Marek"]),
    # a family name that is also a demonym ("Volker Turk") is a person who speaks
    ("Rights chief Volker Turk is \"alarmed by the many arrests of critics in recent "
     "weeks\", his office said.", ["Volker Turk"]),
    # an office of several words written out with "the": its one holder, not its last word
    ("Premier and Minister of Foreign Affairs Ivo Marek spoke in Doha.\n\nThe Premier "
     "and Minister of Foreign Affairs went on: “The talks go on in good faith and will end well.”", ["Ivo Marek"]),
    # a state's envoy whose title holds "to" is no one spoken to: "he" is him, not the last speaker
    ("“The council is silent at a great cost,” envoy Tom Harlan added.\n\nLorvian Ambassador to the "
     "UN Ivo Marek also spoke. “Brothers and sisters, forgive us all,” he said.", ["Tom Harlan", "Ivo Marek"]),
    # nor is the one met "with": "him" is the one quoted before
    ('"We meet at a time of strain," Ivo Marek said in his first remarks.\n\nThe talk with Kemal Ozturk '
     "was closed to the press, but aides travelling with Marek's team cited him as saying: \"It is fine "
     'to speak here about every matter, even where we differ."', ["Ivo Marek", "Ivo Marek"]),
])
def test_speakers_named_beside_a_description(text, expected):
    assert speakers_end_to_end(text) == expected


def test_he_after_a_nominal_reporter_is_the_reporter_not_the_one_reported_on():
    # "The Kremlin aide also noted that Minister A is …": the official (named before) is the
    # topic "he" continues, not the minister his clause reports on
    text = (
        "OSLO, May 7. /NTB/. Lorvian President Ivo Marek held calls with his peers in the League over two "
        "days to weigh the crisis in Kestria, Kremlin spokesman Dmitry Orlov told journalists on Friday.\n\n"
        "\"They weighed the crisis in Kestria and common steps under the League mandate to fight terror and to"
        " keep the people of Kestria safe.\" Orlov said.\n\n"
        "The Kremlin aide also noted that Lorvian Defense Minister Tom Harlan is reporting about the "
        "arrival and the work of League troops in Kestria to the President.\n\n"
        "\"From the first day of the League mission, Lorvian Defense Minister Tom Harlan has been reporting to"
        " Marek about the arrival and work of the troops in Kestria,\" he said.\n\n"
        "Riots began in several Kestrian towns on May 2, then grew into mass unrest and raids on state "
        "buildings. Many were hurt, and some were killed. The Kestrian President asked the League, a bloc of "
        "former allies, for help. The first units are at work in Kestria already. The cabinet said calm had "
        "mostly returned to all of the country’s provinces by May 7, though the capital Vel is still tense."
    )
    assert speakers_end_to_end(text) == ["Dmitry Orlov", "Dmitry Orlov"]


def test_a_quote_after_one_that_ran_over_paragraphs_goes_on_in_the_same_voice():
    # the speaker's quote ran over two paragraphs; the next paragraph in marks is hers too
    text = ("Minister Anna Verhal said: “We must end these crossings, which put lives in danger.\n\n"
            "“The gap could not be wider. The old plan took years and cost millions.”\n\n"
            "“In a few weeks we have sent back thirty people under the new deal with Lorvia.”\n\n"
            "The deal was struck in May.")
    assert speakers_end_to_end(text) == ["Anna Verhal"] * 3


@pytest.mark.parametrize("opening", ["Reflecting on the road ahead", "Looking back on the vote"])
def test_a_participle_phrase_before_a_nominal_subject_then_an_unattributed_quote(opening):
    # the subject after the fronted phrase ("the Lorvian economist", an epithet of the one
    # person quoted) speaks the quote that follows
    text = ("Newly elected fund president Ivo Marek thanked the members.\n\n"
            "“I am honoured to be chosen to lead the fund,” Marek said.\n\n"
            f"{opening}, the Lorvian economist stressed the weight of the task.\n\n"
            "“This is the start of a hard but inspiring road for all of us.”")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # the reporting clause that closes the sentence before names the speaker, not its subject
    ('"We reject the report of the council," Ivo Marek, the chief spokesman, said in an interview.\n\n'
     'The United Nations set up the panel in 2017.\n\nLorvia did not let the panel into the country, he '
     'said. "That is why we reject every resolution it makes."', ["Ivo Marek", "Ivo Marek"]),
    ("The envoy's reply “could not have been any milder”, Ivo Marek said. “It would never have suited the nation "
     "in any case.”",
     ["Ivo Marek", "Ivo Marek"]),
    # but a closing "he said" gives way to the person opening that sentence
    ('"I cannot accept these lies," said Tom Harlan of Kestria.\n\nIvo Marek insisted that Kestria has not '
     'done enough, he said. "We have had no help from the other side in this fight."',
     ["Tom Harlan", "Ivo Marek"]),
])
def test_a_quote_after_a_sentence_closed_by_a_reporting_clause(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report that quotes someone: the one it quotes
    ('About 400 people went home on Friday, the agency reported, citing a news site.\n\n"We have told the '
     'refugee agency and sent it a letter on the matter," the report said, quoting Security Chief Ivo Marek.',
     ["Ivo Marek"]),
    # a person who speaks "citing" figures of another's still speaks
    ("“The cabinet shows its resolve on safety,” Tom Harlan said, citing President Ivo Marek’s budget.",
     ["Tom Harlan"]),
    # a dash after the closing mark signs the quote with a name
    ("To quote the agency: “The crossing is open for people and for trucks again.” — Tom Harlan, deputy head "
     "of the district.", ["Tom Harlan"]),
])
def test_quotes_credited_through_a_report_or_a_dash(text, expected):
    assert speakers_end_to_end(text) == expected


def test_the_deputy_of_an_office_is_not_its_holder():
    text = ("Prime Minister Ivo Marek met the press on Monday.\n\n"
            '"We will sign the pact next week and we will keep it," the deputy prime minister said.')
    assert speakers_end_to_end(text) == ["deputy prime minister"]     # (described, no one named)


@pytest.mark.parametrize("noun", ["company", "firm"])
def test_the_company_is_the_company_named_before(noun):
    text = ("Washington renewed a licence for Chevron to pump oil in Lorvia.\n\n"
            f'"We will keep to every rule that the licence sets out," the {noun} said in a statement.')
    assert speakers_end_to_end(text) == ["Chevron"]



@pytest.mark.parametrize("noun", ["document", "statement", "communique"])
def test_the_document_speaks_for_the_body_it_came_from(noun):
    # "a statement from A and B": the body named first after "from"; "document" is a document noun
    text = ("Talks on the bridge ended, as a statement from the Lorvian Ministry of Transport "
            "and the Kestrian Roads Agency put it.\n\n"
            f'"Work on the western span will begin in the spring," the {noun} says.')
    assert speakers_end_to_end(text) == ["Lorvian Ministry of Transport"]


@pytest.mark.parametrize("conj", ["But", "And", "Yet"])
def test_a_pronoun_opening_the_sentence_after_a_conjunction_keeps_its_antecedent(conj):
    text = ("Prime Minister Tom Harlan named a new cabinet on Sunday.\n\n"
            "The reshuffle meant Peter Marek would lose his seat at the cabinet table.\n\n"
            f"{conj} he spoke to reporters before Mr Harlan made the list public.\n\n"
            '"I am sorry that Mr Harlan turned down my offer to stay on," he said.')
    assert speakers_end_to_end(text) == ["Peter Marek"]


@pytest.mark.parametrize("noun", ["greeting", "message", "speech", "statement"])
def test_an_agency_quoting_a_persons_message_credits_its_owner(noun):
    text = ("Ivo Marek sent the forum his best wishes.\n\n"
            f'"We must keep sharing what we know about threats to the region," the agency quoted Marek\'s {noun}, '
            "which was read out by Tom Harlan, the head of the service.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("verb", ["Added", "Said", "Continued"])
def test_a_reporting_verb_opening_the_sentence_names_the_subject_after_it(verb):
    text = ('"The five of us are the eyes and ears of the alliance," said Ruth Calder. '
            f'{verb} Ivo Marek, "And the meeting is new because the threat is new."')
    assert speakers_end_to_end(text) == ["Ruth Calder", "Ivo Marek"]


def test_a_last_paragraph_that_opens_a_quote_and_never_closes_it_goes_on_in_the_voice_before():
    # (a copy cut short at its end: the closing mark is lost with the rest)
    text = ('Officials met on Monday.\n\n"Spying on our parliament is not acceptable in any form," Ruth Calder said.\n\n'
            '"Fortunately, in this case, the centre worked with the offices to contain the intrusion early.')
    assert speakers_end_to_end(text) == ["Ruth Calder", "Ruth Calder"]


@pytest.mark.parametrize("platform", ["Twitter", "Telegram"])
def test_it_said_after_a_message_on_a_platform_is_the_body_that_posted_it(platform):
    text = (f"Later the Lorvian Embassy shared an apology on {platform} over the post.\n\n"
            '"This morning our account shared a post by mistake, and we are sorry for it," it said.')
    assert speakers_end_to_end(text) == ["Lorvian Embassy"]


def test_he_told_x_is_not_x_and_the_one_he_stands_for_goes_on():
    # "he told Harlan": not Harlan; the "he" before stands for the one named before him (not
    # the one "by meeting Chilean President C" names, an object), and a later "He" goes on
    text = ("Prime Minister Ivo Marek used his visit to Lorvia on Friday to call for a truce, in talks "
            "with President Tom Harlan.\n\n"
            "Marek was in Lorvia a month after annoying its allies by meeting Chilean President Otto Brandt in Santiago.\n\n"
            "The visit came as the fighting spread to the south.\n\n"
            "On Friday he embraced Harlan, and the pair laid a wreath.\n\n"
            '"We did not stand aside on the first day; we chose a side, peace," he told Harlan.\n\n'
            'He earlier said that "no dispute should be settled on a battlefield."')
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("aside", ["(Kadima)", "(R-Mo.)", "(Labour)"])
def test_a_party_in_brackets_between_the_speaker_and_the_verb(aside):
    text = f'“This is a calculated assault on what the committee does,” committee chairman Ivo Marek {aside} said.'
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_question_quote_then_name_said_comma_according_to_is_attributed():
    # (a quote ending in "?" opens a new sentence, but "A said," closes a clause of its own)
    text = ("Ministers from forty states met in Singapore on Sunday.\n\n"
            "“Who is stirring up trouble in the strait? Who gains from the chaos there?” Marek said, "
            "according to an interpreter's rendering of his speech.")
    assert speakers_end_to_end(text) == ["Marek"]


@pytest.mark.parametrize("text, expected", [
    # the agent of a passive verb of saying speaks on ("announced ... by the spokeswoman A")
    ("The attendance of the former presidential candidate of Belarus Ruth Calder at the session of the EU "
     "Foreign Ministers is meddling in the domestic affairs of that state. This was announced on Sunday, "
     "May 10, by the official spokeswoman of Russia's Foreign Ministry Ana Ruiz.\n\n"
     "“We regard any such meeting, should it happen, as further proof that the bloc has dropped its "
     "pledges of neutrality over Belarus,” she stressed.", ["Ana Ruiz"]),
    # ... but not the agent of another passive ("hosted by then-president A"): the subject speaks
    ('"The embassy we open today will deepen our ties further," Prime Minister Ivo Marek added.\n\n'
     "In 2019, Marek visited Lorvia for the first time since ties between the two states were cut in 1972. "
     "He was received by then-president Tom Harlan at the state palace, and he said as the talks "
     'ended: "I expect us to sign several accords soon."', ["Ivo Marek", "Ivo Marek"]),
])
def test_passive_agents_of_saying_and_of_other_verbs(text, expected):
    assert speakers_end_to_end(text) == expected


def test_it_said_is_the_body_that_spoke_not_a_prepositional_object_named_after_it():
    text = ("The Lorvian Relief Mission said 18 of its workers were detained by the Taliban this month. "
            "All were moved to Kabul, the mission said.\n\n"
            "“We have not been told why our staff were detained,” it said in a statement.")
    assert speakers_end_to_end(text) == ["Lorvian Relief Mission"]


def test_a_news_agency_that_said_relays_the_one_the_sentence_reports():
    text = ("Vice Foreign Minister Ivo Marek told the envoy that Lorvian leaders had “wounded the pride of "
            "the Kestrian people” by the meeting, Reuters said, citing a ministry statement.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_body_that_released_a_statement_speaks_in_the_quotes_after_it():
    text = ("The Lorvian Foreign Ministry has voiced sharp disapproval of a plan by MEPs to escort "
            "Ivo Marek back to the country.\n\n"
            "The ministry released a statement late on Sunday after Marek said that he would return in May.\n\n"
            "“A fugitive, Marek has been sentenced to prison on several counts of treason and incitement.”")
    assert speakers_end_to_end(text) == ["Lorvian Foreign Ministry"]


def test_the_body_that_said_a_person_was_summoned_speaks_in_the_quote_after_it():
    text = ("Lorvia’s Foreign Ministry called in the Kestrian ambassador over a meeting in Vaskov.\n\n"
            "The ministry said on Monday that Ambassador Ivo Marek was given a protest note.\n\n"
            '"The Lorvian side views the use of its national symbols at that meeting as wholly unacceptable."')
    assert speakers_end_to_end(text) == ["Foreign Ministry"]


def test_the_spokesman_after_an_unnamed_one_described_by_whom_he_speaks_for():
    text = ("Lorvian Prime Minister Ivo Marek and Kestrian President Tom Harlan held a short call on a "
            "trade pact, the prime minister’s spokesman said.\n\n"
            "Lorvia hopes to agree terms with Kestria before tariffs that Harlan says he will impose.\n\n"
            "“The two leaders went over where the pact talks stand,” the spokesman told journalists on Friday.")
    assert speakers_end_to_end(text) == ["prime minister’s spokesman"]


def test_a_person_after_by_and_a_short_state_name_is_a_prepositions_object():
    # "by U.S. Adviser A, saying": the sentence's subject says it, and is the "she" after
    text = ("Lorvian Foreign Ministry spokeswoman Ana Ruiz would not comment on the remarks, and noted last "
            "week’s visit by U.S. Trade Representative Ruth Calder, saying both sides wanted a successful visit.\n\n"
            "“In the United States anyone may say what they like about us,” she said.")
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


_PATROL_BOAT = ("Foreign Minister Ana Ruiz flew to Lorvia on Thursday, her second visit to the islands this year.\n\n"
                "Standing beside Lorvian Prime Minister Fiame Naomi Tuilaepa before the press, Ruiz "
                "promised a closer partnership.\n\n"
                "“Our government is new. We mean to spend more time and money in these islands,” Senator Ruiz "
                "said. “Only together can we meet what lies ahead.”\n\n"
                "“Let me say plainly that cutting emissions comes first for us, as it does for our neighbours.”\n\n"
                "Prime Minister Fiame Naomi Tuilaepa expressed thanks for the new patrol boat.\n\n"
                "“It is a kind gift from your people, and we will put it to good use,” she said.")


def test_a_quote_alone_in_its_paragraph_is_not_attributed_by_a_new_sentence_after_it():
    # the next paragraph's "A expressed thanks for the boat" is a sentence of its own: the
    # quote alone in its paragraph goes on from the speaker before
    assert speakers_end_to_end(_PATROL_BOAT)[2] == "Ana Ruiz"


def test_she_after_a_subject_who_speaks_right_before_is_not_the_woman_quoted_earlier():
    # the woman quoted before does not win over the subject of the sentence right before,
    # whose verb reports speech, though the lists know no gender of her given name
    assert speakers_end_to_end(_PATROL_BOAT)[3] == "Fiame Naomi Tuilaepa"


@pytest.mark.parametrize("attribution", ["the presidential candidate added", "the candidate added",
                                         "the opposition candidate added"])
def test_the_candidate_is_the_one_named_a_candidate(attribution):
    text = ("Lorvian presidential candidate Ivo Marek said he favours talks with Kestria.\n\n"
            f"“We want no quarrel with Kestria, only sensible trade,” {attribution}.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_candidate_is_no_voice_of_the_party_named_with_him():
    text = ("The Lorvian presidency said Ivo Marek and the American president-elect talked on Wednesday "
            "by telephone.\n\n"
            "After Tom Harlan won the vote to lead the United States, Ivo Marek and the victorious "
            "Republican candidate expressed on Wednesday their “hope to bring calm back to the region "
            "soon” during their first call, Radio Lorvia learned from the presidency.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("attribution", [
    # "the lawmaker" is the member of a legislature named before, whatever his seat is called
    "the senior Democratic lawmaker said",
    # ... and a relative clause between a nominal and its verb names no speaker
    "the senior Democratic lawmaker, who also leads the Lorvia Friendship Caucus, said",
])
def test_the_lawmaker_is_the_congressman_named_before(attribution):
    text = ("“The ties between our peoples can grow a great deal,” Congressman Ivo Marek said. Secretary "
            "of State Tom Harlan will visit Lorvia on Friday.\n\n"
            f"“Our students and families already know each other well,” {attribution}.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_it_said_is_not_a_body_named_after_in():
    text = ("Answering the claims, the Peruvian embassy issued a statement that called them false.\n\n"
            "Its staff also raised with the officials in the Chilean Foreign Ministry the "
            "“press briefings given before the inquiry has ended”, it said.")
    assert speakers_end_to_end(text) == ["Peruvian embassy"]


def test_the_diplomat_is_the_spokeswoman_of_a_foreign_ministry():
    text = ("“Tokyo must reject its hostile course,” said Ivo Marek, official spokeswoman of the Lorvian "
            "Foreign Ministry. Prime Minister Tom Harlan spoke on Monday.\n\n"
            "“No treaty can come about unless both sides sit down and talk,” the diplomat added.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_a_clause_of_while_and_a_participle_between_subject_and_verb_names_no_speaker():
    text = ("A Foreign Office spokesperson on Tuesday, while commenting on last week’s raid on border "
            "posts in Tarvan, repeated that the rifles had “ended up with the militants across the border”.")
    assert speakers_end_to_end(text) == ["Foreign Office"]


_CHARTER = ("It was the biggest raid of US President Tom Harlan’s drive against illegal work, an agent "
            "said.\n\n"
            "A Korean Air jumbo jet took off from Seoul on Tuesday, a company representative told AFP.\n\n"
            "“The plane we chartered is on its way to the United States,” said the spokesperson.\n\n"
            "“We do not know yet when it will fly back,” she added.")


def test_the_spokesperson_of_a_body_named_before_the_agency_told():
    # the spokesperson speaks for the company, not for the agency she told
    assert speakers_end_to_end(_CHARTER)[0] == "Korean Air"


def test_she_after_a_bodys_unnamed_spokesperson_is_that_body_not_a_man_who_owns_a_crackdown():
    assert speakers_end_to_end(_CHARTER)[1] == "Korean Air"


def test_a_persons_last_two_names_are_a_mention_of_him():
    # "Lokke Rasmussen" after "Lars Lokke Rasmussen": the subject "he" goes back to
    text = ("Foreign Minister Ivo Lokke Marek said on Wednesday that Lorvia was open to dialogue.\n\n"
            "On Tuesday, Tom Harlan refused to rule out force, causing consternation in Lorvia.\n\n"
            "Lokke Marek appealed for calm.\n\n"
            "“Some thoughts are better kept to ourselves,” he said.")
    assert speakers_end_to_end(text) == ["Ivo Lokke Marek"]


def test_a_particle_capitalised_opening_a_sentence_still_names_the_person():
    # "Von der Marek" opening a sentence is "Ilse von der Marek" named before: "she" is she
    text = ("Lorvian Prime Minister Tom Harlan said on Tuesday that he wanted more troops, after meeting "
            "Defence Minister Ilse von der Marek of Kestria.\n\n"
            "“We are very grateful for the air patrols,” he told reporters.\n\n"
            "Sources close to the Kestrian delegation said it was surprised by the remarks.\n\n"
            "They added that Kestria was sticking to the 1997 agreement.\n\n"
            "Von der Marek sought to reassure Lorvia: “Your concerns are our concerns,” she said.")
    assert speakers_end_to_end(text) == ["Tom Harlan", "Ilse von der Marek"]


def test_the_agent_of_a_passive_whose_subject_is_a_state_is_he():
    # "Brazil was asked by President A to lead": A asked; "he" goes back to him, not to the
    # man received in the sentence before; but "C was received by A": C
    text = ("Marek was received in the Caribbean country by the Prime Minister of Dominica, Paul Ruiz.\n\n"
            "Brazil was asked by Guyanese President Karl Dronov to play a leadership role in the region.\n\n"
            "“Brazil is an important factor in the region and needs to demonstrate leadership,” he stated.")
    assert speakers_end_to_end(text) == ["Karl Dronov"]
    text = ("Prime Minister Tom Harlan arrived on Monday.\n\n"
            "Ivo Marek was received by Kestrian President Karl Dronov in the palace.\n\n"
            "“Lorvia is an important factor in the region and must show leadership,” he stated.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_opening_the_sentence_after_one_opened_by_a_name_is_that_man_though_one_she_was_counted():
    # one "she" in a later sentence naming him ("A told the ministers that she was healthy")
    # is a weak gender: "He" opening the sentence right after his is still he
    text = ("Lorvia’s outgoing foreign minister travelled to Kestria in secret, visiting jailed leader "
            "Thet Mon Lwin, days before a summit.\n\n"
            "Sutep Wattana confirmed the visit to reporters on Wednesday, but did not go into detail.\n\n"
            "He described it as “an approach of the friends of Kestria, who would like to see a peaceful "
            "settlement”.\n\n"
            "It did not mention him seeing Thet Mon Lwin, who was detained by the generals.\n\n"
            "Sutep told the ministers that she was physically and mentally healthy.")
    assert speakers_end_to_end(text) == ["Sutep Wattana"]


@pytest.mark.parametrize("adviser", ["Ivo Marek", "Ok Sothea"])
def test_a_name_modifying_a_person_noun_before_a_name_is_not_the_subject(adviser):
    # "Prince A adviser B, a former envoy, said": B is the subject "he" goes back to ("Ok", a
    # woman's given name in the dictionary, a weak gender)
    text = ("Lorvian Prime Minister Tom Harlan paid an official visit to Kestria.\n\n"
            f"Prince Karl Dronov adviser {adviser}, a former ambassador to Peru, said Pavel Ruiz should use the "
            "visit to push for the release of democracy advocate Ana Lwin.\n\n"
            "\"If the visit to Lorvia is important, it would have to help in solving the democracy issue,\" he said.")
    assert speakers_end_to_end(text) == [adviser]


def test_a_generic_noun_with_a_body_word_is_the_one_that_body_titles():
    # "the Kremlin official", after "Kremlin Aide A Bcd told reporters": A Bcd, not a president
    text = ("Russian President Karl Dronov and his Turkish counterpart Tom Harlan will be able to discuss the "
            "visit in Astana, Kremlin Aide Ivo Marek told reporters.\n\n"
            "\"We have been planning a trip to Turkey for a while,\" the Kremlin official noted.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_and_said_after_an_object_in_capitals_is_the_subjects_second_verb():
    # "the WHO and" is no nominal subject of "said": the sentence's subject says it
    text = ("In announcing the donation Thursday, Foreign Ministry spokesman Ivo Marek defended the WHO and said "
            "the agency has been “doing its job well and keeping a fair, even-handed position.”")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_an_aside_naming_the_platform_of_a_post_names_no_speaker():
    text = ('The Kremlin, in a post on X, stated on Friday: "The President has signed an order that puts '
            'the trade deal into force."')
    assert speakers_end_to_end(text) == ["Kremlin"]


def test_the_state_an_ambassador_is_posted_in_is_no_speaker_and_he_is_named_next():
    # "The Ukrainian ambassador in Paris" speaks, not Paris; the Ukrainian ambassador named
    # paragraphs later, not named before, is he
    text = ("Kyiv and Paris both object to a trip by ten French deputies to the peninsula this week. The "
            "Ukrainian ambassador in Paris voiced \"anger\", calling it an \"open insult to the sovereignty of "
            "Ukraine\".\n\n"
            "The French Foreign Ministry termed it a \"breach of international law\".\n\n"
            "The group, led by Tom Harlan of a right-wing party, reached the peninsula on Thursday after talks "
            "with officials in Moscow.\n\n"
            "\"I read of your plan to visit the peninsula with deep dismay,\" Ukrainian ambassador Ivo Marek wrote "
            "to Harlan in a letter made public on Friday.")
    speakers = speakers_end_to_end(text)
    assert speakers[0] == "Ivo Marek" and speakers[-1] == "Ivo Marek"


@pytest.mark.parametrize("named", [
    "Lorvian Foreign Ministry spokeswoman Ana Ruiz told a television channel",
    "Ana Ruiz, official spokeswoman of the Lorvian Foreign Ministry, told a television channel",
])
def test_the_representative_of_a_ministry_is_its_spokeswoman_named_before(named):
    text = (f"Lorvia will answer the expulsions, {named} on Monday.\n\n"
            "Separately, the representative of the Lorvian foreign ministry also wrote on her page online that "
            "\"while the country grieves for the victims, those politicians think only of new sanctions.\"")
    assert speakers_end_to_end(text)[-1] == "Ana Ruiz"


def test_according_to_a_nominal_body_is_the_body_named_before():
    # "according to the ministry": the ministry the article named before, not no one
    text = ("Lorvia and the European Commission signed a memorandum in Brussels on Wednesday, the Lorvian "
            "Foreign Trade Ministry announced.\n\n"
            "According to the ministry, the memorandum is meant “to widen trade and open new markets for "
            "farmers” on both sides.")
    assert speakers_end_to_end(text) == ["Lorvian Foreign Trade Ministry"]


@pytest.mark.parametrize("body, noun", [
    ("the Lorvian State Museum", "museum"),
    ("the Lorvian Observatory for Human Rights", "observatory"),
    ("the Lorvian Football Federation", "federation"),
    ("the Lorvian Institute of International Affairs", "institute"),
    ("the Arab League", "league"),
])
def test_a_nominal_naming_the_last_word_of_a_body_is_that_body(body, noun):
    text = (f"On Monday {body} condemned the attack.\n\n"
            f"“Such crimes will answer to the courts one day,” the {noun} said on its website.")
    assert speakers_end_to_end(text) == [body[4:]]


@pytest.mark.parametrize("before, expected", [
    # the sentence before opens on a nominal of a body: "it" is that body, not the last body named
    ("In a reaction, the Lorvian government said it wanted to reiterate that citizenship is a national "
     "competence of the member states and not of the European Commission.", "Lorvian government"),
    ("The bureau said the Kestrel Group, a hacking unit, had carried out the theft.", "FBI"),
])
def test_it_after_a_sentence_opening_on_a_bodys_nominal_is_that_body(before, expected):
    text = ("“Lorvian hackers stole the virtual assets,” the FBI said on Monday, answering the European "
            "Commission.\n\n"
            f"{before}\n\n"
            "“We will study the letter and reply in due course,” it said.")
    assert speakers_end_to_end(text)[-1] == expected


def test_a_nominal_names_a_body_by_a_word_of_its_listed_full_name():
    # "the bureau": the FBI, whose full name (organizations.tsv) holds the word
    text = ("The FBI opened an inquiry on Monday.\n\n"
            "“The stolen coins will be moved through many wallets before being cashed,” the bureau said.")
    assert speakers_end_to_end(text) == ["FBI"]


def test_the_diplomat_is_a_permanent_representative_named_before():
    text = ("Ivo Marek, Permanent Representative of Lorvia to the United Nations, spoke at the Security Council.\n\n"
            "“No Lorvian soldiers are in that country, as we have said often,” he said on Wednesday.\n\n"
            "“The panel's reports cannot be trusted, and we have said so before,” the diplomat stressed.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("after", ["in a statement on Twitter", "in a post on its Facebook page"])
def test_the_platform_a_statement_was_posted_on_is_no_speaker(after):
    text = ("Lorvia's Foreign Ministry expressed “grave worry at the turmoil in neighbouring Kestria, and "
            f"urges every side to protect the institutions of the republic,” {after}.")
    assert speakers_end_to_end(text) == ["Foreign Ministry"]


@pytest.mark.parametrize("said, expected", [
    ("the head of the trade mission stressed", "head of the trade mission"),
    ("the museum said", None),
])
def test_a_body_named_only_before_is_no_bare_noun_speaker(said, expected):
    # "mission", "museum" (speaker_nouns.tsv "n"): with no such body named, not the bare noun
    text = ("He said both states would keep talking.\n\n"
            f"“The banks have been in the papers a lot. The matter will be settled soon,” {said}.")
    assert speakers_end_to_end(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # an office's bracketed initialism between the quote and the name
    ("“The debate in the European Parliament shows a lack of understanding of our laws,” Foreign Office (FO) "
     "Spokesperson Ivo Marek said.", ["Ivo Marek"]),
    # the past perfect after a pronoun goes on with the speaker
    ("“The debate in the European Parliament shows a lack of understanding of our laws,” Spokesperson Ivo "
     "Marek had said.\n\n“The remarks about our courts and our domestic laws are regrettable,” he had added.",
     ["Ivo Marek", "Ivo Marek"]),
    # 'According to <outlet>, A ordered … "…"': the outlet reports, A speaks
    ("According to AFP, Ivo Marek ordered the ministries to “collect every piece of information on the test” "
     "by Friday.", ["Ivo Marek"]),
    # the sentence after a quote that names its speaker
    ("“We will not amend the charter because of a few hundred registrations.”\n\n"
     "This was stated by Prime Minister Ivo Marek in an interview with a Lima broadcaster.", ["Ivo Marek"]),
])
def test_initialisms_past_perfect_outlets_and_stated_by(text, expected):
    assert speakers_end_to_end(text) == expected


def test_a_relative_clause_after_the_subject_before_told_outlet():
    # 'A customs officer, who saw the haul, told AFP … "…"': the officer speaks, not the outlet
    text = ("A senior police officer, who confirmed the seizure, told AFP on condition that he not be named, that the "
            "suspects had “admitted to moving the metal for a third party.”")
    assert speakers_end_to_end(text) == ["senior police officer"]


def test_a_platform_a_thing_trended_on_is_not_the_company():
    text = ("LinkedIn said in a statement that members in Russia could no longer reach the site.\n\n"
            "With the news, the name LinkedIn led the trending list on Twitter in Russia.\n\n"
            "“The regulator's step shuts out the many members we count in Kestria,” the US-based "
            "company said.")
    assert speakers_end_to_end(text) == ["LinkedIn"]


def test_a_description_after_an_opening_participle_phrase_is_the_next_he():
    # 'Announcing the award alongside A, the Kestrian president said …. "…," he said': the president
    text = ("Peruvian Prime Minister Zorik Bamdal was honoured by President Ketu Varamin of Sri Lanka on "
            "Saturday.\n\nAnnouncing the award alongside Bamdal, the Sri Lankan president said the honour was "
            "deserved.\n\n"
            "“I am glad to say that my government has decided to give him its highest honour,” he said.")
    assert speakers_end_to_end(text) == ["Ketu Varamin"]


def test_an_honorific_after_an_opening_participle_phrase():
    # 'Speaking in French, Mr. A addressed the crowd: "…"': A speaks
    text = ("Foreign Minister Pavel Dronov arrived in Lima on Monday.\n\n"
            "Speaking in Spanish, Mr. Dronov addressed the crowd in the square: “We stand beside you.”")
    assert speakers_end_to_end(text) == ["Pavel Dronov"]


def test_a_sentence_quote_ending_in_a_quote_inside_it():
    # '"It undermines … of ‘one country, two systems.’"': the full stop inside the inner quote
    text = ("“We regret that the law was passed,” Foreign Minister Nikos Petridis said on Tuesday. "
            "“It weakens the trust of the world in the idea of ‘one land, two orders.’”")
    assert speakers_end_to_end(text) == ["Nikos Petridis", "Nikos Petridis"]


@pytest.mark.parametrize("said", ["", ", he said"])
def test_a_sentence_closed_by_said_and_a_titled_name_before_a_quote(said):
    # 'A will speak on the economy, said Kremlin aide B. ¶ "…"': B speaks, not A
    text = ("Russian President Pavel Dronov will address the forum on the state of the economy, said Kremlin Aide "
            f"Kenji Morita.\n\n“In his address our president will give his view of the economy and of world "
            f"trade this year{'' if said else '.'}”{said}{'.' if said else ''}")
    assert speakers_end_to_end(text) == ["Kenji Morita"]


def test_a_head_of_someones_team_before_the_name_after_said():
    # 'said the head of A's medical team B': B speaks, not A, the team's owner
    text = ("President Pavel Dronov had surgery on Monday. “The surgery went well and he will rest at the "
            "clinic for three days,” said the head of Dronov's medical staff Kenji Morita.")
    assert speakers_end_to_end(text) == ["Kenji Morita"]


@pytest.mark.parametrize("text", [
    'Tom Harlan spoke on Monday. The deal, said Harlan, "will not change anything in our position on this."',
    'The sanctions, said the Lorvian envoy Tom Harlan, "will not change anything in our position on this."',
])
def test_a_name_after_said_in_an_aside_before_the_quote_speaks(text):
    # "The deal, said A, "…"": the cue is inverted, its subject after it
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_a_given_name_the_dictionary_genders_wrongly_is_corrected_by_the_project_list():
    # "Sameh" is female in the dictionary, male in the news: "he said" after his quote is his,
    # not the man of a known given name whom he met
    from analysis.extract.gazetteer import given_name_gender

    assert given_name_gender("Sameh") == "m" and given_name_gender("Yuki") is None
    text = ('Lorvia will buy more wheat, Lorvian Foreign Minister Sameh Harlan told a press conference after '
            'talks with Kestrian Foreign Minister Sergei Marek.\n\n'
            '"Grain sales are among the main pillars of our ties," Harlan said.\n\n'
            '"We will keep working on this," he said.')
    assert speakers_end_to_end(text) == ["Sameh Harlan", "Sameh Harlan"]


def test_a_family_name_written_first_before_an_apposition_is_no_body_later():
    # "Tan Lei, Chinese ambassador to Peru," then "according to Tan": Tan is the person, not
    # an organisation, and "he said" after the next paragraph is still his
    text = ('“If they bully us, we will of course answer,” said Tan Lei, Chinese ambassador to '
            'Peru, in an interview.\n\n'
            'The Biden administration wants to limit exports of chips.\n\n'
            '“Washington has stretched the meaning of security much too far,” he said in the interview.\n\n'
            'Firms face more controls, according to Tan.\n\n'
            '“Europe’s policy on China is muddled,” he said.')
    from analysis.extract import extract_article
    from analysis.load import parse_text

    found = extract_article(parse_text("Title\n\n" + text + "\n", id="x"))
    assert "Tan" not in [o.name for o in found.organizations]
    assert [q.speaker for q in found.quotes] == ["Tan Lei"] * 3


def test_a_lede_naming_only_a_title_gives_it_to_the_person_named_next():
    # "The First Minister travels to Japan ... \n\n A Bcd will ...": the office is hers,
    # and "the First Minister" and "She" later stand for her, not for another woman named
    text = ('The First Minister travels to Japan in May to promote exports.\n\n'
            'Ana Ruiz will stop in Tokyo and Osaka during the trip.\n\n'
            'Ruiz met the deputy premier, Liu Mei, in Lima last year.\n\n'
            'The First Minister said she would also "raise the question of rights with every host".\n\n'
            'She said: "I am pleased to return to Japan this spring with our firms."')
    from analysis.extract import extract_article
    from analysis.load import parse_text

    found = extract_article(parse_text("Title\n\n" + text + "\n", id="x"))
    assert {p.name: p.role for p in found.persons}["Ana Ruiz"] == "First Minister"
    assert [q.speaker for q in found.quotes] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize("text, speaker", [
    # "the mayor of Lima wrote": the person titled "Lima Mayor" or "mayor of Lima", not the town
    ('Lima Mayor Tom Harlan met Paris Mayor Ana Ruiz on Friday.\n\n'
     '"We signed an agreement," the mayor of Lima wrote on Telegram on Friday.', "Tom Harlan"),
    ('Tom Harlan, mayor of Lima, met Ana Ruiz, mayor of Paris, on Friday.\n\n'
     '"We signed an agreement," the mayor of Paris wrote on Telegram on Friday.', "Ana Ruiz"),
    # a second verb of the sentence's subject, after an object that names another
    ('Tom Harlan spoke on Monday. Ana Ruiz spoke too. Harlan addressed this statement by Ruiz and said '
     'that "my old friend of many decades" never raised it.', "Tom Harlan"),
    # a relative clause with "whose" between the name and the cue
    ('Tom Harlan, Peruvian consul general in Lima, whose consular region includes Cusco, said that '
     '"cooperation between our cities has always been the cornerstone."', "Tom Harlan"),
])
def test_a_place_s_office_holder_and_the_subject_across_a_coordinated_verb_or_a_whose_clause(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_the_press_release_later_is_the_one_quoted_before():
    # '"…," a Kestrian embassy press release said. ... "…," the press release said': the same
    # document's issuer, not the last body named between
    text = ('A Lima Air cargo plane landed on Tuesday carrying the statues, officials said.\n\n'
            '“State Secretary Ana Ruiz signed over the ownership of the four statues in May,” a Kestrian '
            'embassy press release said.\n\n'
            '“After two centuries away, the statues will go on show in the capital next week,” the press '
            'release said.')
    speakers = speakers_end_to_end(text)
    assert len(speakers) == 2 and speakers[0] == speakers[1] and "embassy" in speakers[0]


@pytest.mark.parametrize("text, speaker", [
    # an envoy described by the state he is posted to: the envoy, not the state
    ('Peruvian Ambassador Ivo Marek attended the signing in Santiago.\n\n'
     'Later, the Peruvian envoy to Chile added, "Our two countries are now nearer than ever to a '
     'strategic partnership."', "Ivo Marek"),
    # "the Minister of Water Resources" is the one holding that portfolio
    ('Minister of Water Resources Oun Harlan spoke on Sunday.\n\n'
     'The Minister of Water Resources told reporters, "We aim to settle the river question once and for all."',
     "Oun Harlan"),
    # "with A, <apposition>, saying": A speaks, not the state the sentence opens on
    ('Peru has rejected the claims, with Ana von Ruiz-Marek, director of international law at Peru’s '
     'Foreign Ministry, saying "the claims are groundless in every respect."', "Ana von Ruiz-Marek"),
])
def test_envoys_portfolios_and_apposed_absolute_subjects(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # an outlet "reports"/"quoted" a person "saying" a partial quote: the person, not the outlet
    ('The Daily Star reports the Fisheries Minister, Ivo Marek, saying that the "boats were seized by '
     'third parties without our consent."', "Ivo Marek"),
    ('The Daily Star quoted Fisheries Minister Ivo Marek as saying that the "boats were seized by '
     'third parties without our consent."', "Ivo Marek"),
    ('Radio Kestrel cited Ivo Marek as saying the "boats were seized by third parties without our '
     'consent."', "Ivo Marek"),
    # (the outlet still speaks where it is the subject of the finite cue)
    ('The Daily Star said on Monday, citing its sources and saying that the "boats were seized by '
     'third parties without our consent."', "Daily Star"),
])
def test_the_person_an_outlet_reports_saying_a_partial_quote(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # of two holders of the office, "the foreign minister" is the one named more often before,
    # not the one named last (as the object of a thanks)
    ('Foreign Minister Ivo Marek has thanked the Chilean government for the first vaccines.\n\n'
     'Speaking at the airport, Marek thanked Chilean President Ana Ruiz and Senior Councillor and Foreign '
     'Minister Tom Harlan for the gift.\n\n'
     'The foreign minister said more doses would follow. He said the gift mattered. "The first reports '
     'are very encouraging for our doctors and nurses."', "Ivo Marek"),
    # a hyphenated office as the nominal's head
    ('Attorney-General Ivo Marek wrote to the court on Monday.\n\n'
     '“The consequence is that we were deprived of any chance to prepare,” the Attorney-General said.',
     "Ivo Marek"),
    # another word for the office: "the premier" is the Prime Minister, "the ombudsman" the
    # Commissioner for Human Rights
    ('Prime Minister Ivo Marek met Human Rights Commissioner Tom Harlan on Monday. Both spoke of trade.\n\n'
     '"We will sign the trade deal this year, without any delay," the premier said.', "Ivo Marek"),
    ('Prime Minister Ivo Marek met Human Rights Commissioner Tom Harlan on Monday. Both spoke of trade.\n\n'
     '"We will sign the trade deal this year, without any delay," the ombudsman said.', "Tom Harlan"),
    ('Kestria is the main partner in the return of prisoners, Ivo Marek, the Parliament Commissioner '
     'for Human Rights, said in a broadcast.\n\n'
     '"For the return of our prisoners, Kestria is now our main partner. We are grateful to them," '
     'the ombudsman said.', "Ivo Marek"),
])
def test_office_nominals_by_mentions_hyphenated_heads_and_other_names(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_the_tweet_is_its_author_s():
    # '..., A Bcd wrote on Twitter, an agency said, quoting TASS. "…," the tweet reads': the one
    # who wrote it, not the agencies that relayed it
    text = ('The council approved a motion on Kestria, Russian envoy Ivo Marek wrote on Twitter late on '
            'Friday, Trend said, quoting TASS.\n\n'
            '"The Board adopted a resolution on Kestria sponsored by four states. Thirty Governors voted in '
            'favor," the tweet reads.')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("text, speaker", [
    # "Accompanying A was B who said ...": "he" is B, whose own verb follows his name (and the
    # fronted participle is no given name: no person "Accompanying Marek")
    ('President Ivo Marek told reporters he was there to brief the president.\n\n'
     'Accompanying Marek was the chief of defence staff General Tom Harlan who said the patrols '
     'had worked well.\n\n'
     '“We have seen no new raids since then, only a few small incidents along the coast,” he added.', "Tom Harlan"),
    # "the Undersecretary" is the one holding that office
    ('The Undersecretary of Foreign Affairs, Ana Ruiz, met the Ambassador of Peru, Tom Harlan, to sign a '
     'memorandum.\n\n'
     'Later, the Undersecretary stressed that "this accord lets both our nations keep up their joint '
     'research for years".', "Ana Ruiz"),
])
def test_a_subject_with_its_own_verb_and_the_undersecretary(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_a_resolution_s_words_are_the_body_the_lede_names():
    # "The resolution calls for ... “…”", "It recognizes that ... “…”": partial quotes of a
    # document after verbs of resolutions, given to the body whose act the lede reports
    text = ('Before the Games open, the UN General Assembly has asked all states to lay down arms.\n\n'
            'Members backed a text on a truce last week.\n\n'
            'The Games run for two weeks in the summer.\n\n'
            'The resolution calls for a pause in fighting “so that athletes and their coaches may travel to '
            'the Games in safety.”\n\n'
            'It recognizes that sport “may serve to advance peace and mutual respect between peoples.”')
    assert speakers_end_to_end(text) == ["UN General Assembly", "UN General Assembly"]


@pytest.mark.parametrize("text, speaker", [
    # "the telegram read", after "A sent a telegram to B": the sender
    ('President Ivo Marek sent a telegram to President Tom Harlan while flying over Peru on Friday.\n\n'
     '“Warm regards to you and to all the people of Peru from the skies above,” the telegram read.',
     "Ivo Marek"),
    # '"…," said Iraq’s representative': the state's unnamed holder of the post, described
    ('Peru voted on Monday.\n\n'
     '“The list is nothing without Babylon and we shall say so again,” said Iraq’s representative on Monday.',
     "Iraq’s representative"),
])
def test_a_telegram_s_sender_and_a_state_s_unnamed_representative(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_a_sentence_opening_participle_is_no_speaker():
    # "Straddling the Kestrel River, the city was ...": no subject named "Straddling ..."
    text = ('Straddling Kestria’s Tarva River about 100 kilometres south of the capital, the town once '
            'ruled an empire.\n\n'
            '“What is the heritage list without this city? How to tell the story of humanity without it?”')
    assert all(s is None or "Straddling" not in s for s in speakers_end_to_end(text))


@pytest.mark.parametrize("text, speaker", [
    # "the statement read" is not the tweet of one who "said on Twitter" before: the body
    # named as acting just before it
    ('Lebanon’s President Ivo Marek said on Twitter that the premier would be back on Wednesday.\n\n'
     'The German foreign ministry welcomed the premier’s departure for Paris.\n\n'
     '“We are worried about the stability of the region and urge all sides to calm down,” the statement read.',
     "German foreign ministry"),
    # "A said B condemns “…”": A's statement, not the state it speaks for
    ('The Peruvian embassy staff are safe, officials said.\n\n'
     'In turn, the Foreign Ministry of Chile said Chile condemns "most firmly the '
     'burning of the embassy by a mob."', "Foreign Ministry of Chile"),
])
def test_a_statement_is_no_tweet_and_the_reporting_clause_speaks(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "the Minister of Water said" is the one the article titled "Water Minister" before
    ('Talks took place between Iranian Oil Minister Ali Rezavi and Iraqi Water Minister Karim Hassan '
     'Jabbar on Monday.\n\n'
     'In reply, the Minister of Water said: "The ties are excellent, and we want more of them."',
     "Karim Hassan Jabbar"),
    # "he" is not the one the quote speaks of: its guest, named inside it
    ('Greek Prime Minister Kostas Arvanitis hailed the plan as he welcomed Cypriot President Andreas '
     'Kyprianou in Athens.\n\n'
     'The deal will be signed by the ministers, in the presence of Arvanitis and Kyprianou.\n\n'
     '"We welcome President Kyprianou on such an important day for all of us," he said.',
     "Kostas Arvanitis"),
    # ... nor the holder of the office the quote names ("the President of X")
    ('Greek Prime Minister Kostas Arvanitis hailed the plan as he welcomed Cypriot President Andreas '
     'Kyprianou in Athens.\n\n'
     'The deal will be signed by the ministers, in the presence of Arvanitis and Kyprianou.\n\n'
     '"Today we greet the President of Cyprus on such an important day for all of us," he said.',
     "Kostas Arvanitis"),
])
def test_a_portfolio_turned_round_and_no_speaker_the_quote_speaks_of(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_his_holiness_is_the_one_styled_so_before():
    text = ('China warned Peru over a planned visit by His Holiness the Dalai Lama.\n\n'
            'The Tibetan spiritual leader then saw Peruvian President Ivo Marek in Lima on Sunday.\n\n'
            '"I have just dined with your kind President. We spoke of politics," His Holiness '
            'said in his speech.')
    assert speakers_end_to_end(text) == ["Dalai Lama"]


def test_he_after_a_described_subject_and_a_fragment_that_ends_its_sentence():
    # "The Kestrian president declared ... He believes that "…." A Bcd talked about …": "He" is
    # the president the sentence before opens with, not the last speaker; the name after the
    # fragment's full stop opens a new sentence and attributes nothing
    text = ('"I came by night train and I will go on to Kyiv tomorrow morning," Grossi told reporters.\n\n'
            'On Friday, Grossi saw Russian leader Putin at the Kremlin. The Russian president said that '
            'he was "open to talks" on the plant. He believes that "the tension around the plant must come '
            'down." Grossi spoke about a safety zone.')
    assert speakers_end_to_end(text) == ["Grossi", "Putin"]


def test_the_president_of_a_state_opening_the_sentence_before_he():
    # two Presidents named; "The President of France described … He said: "…"" is France's
    text = ('His Highness Sheikh Hamad bin Rashid Al Nahyan, the President of the UAE, dined on Monday as '
            'guest of French President Emmanuel Macron at the Elysee Palace.\n\n'
            '"We thank France for its warm welcome and its many kind words," Sheikh Hamad said.\n\n'
            'The President of France called the visit "a turning point". He said: "In your new office '
            'you will go on making your country strong and stable."')
    assert speakers_end_to_end(text)[-1] == "Emmanuel Macron"


def test_a_state_s_lower_case_ministry_issues_the_statement():
    text = ('Kestria’s leader said Togo hosts rebels.\n\n'
            'Togo’s foreign ministry rejected the charge and called in Kestria’s envoy in a statement.\n\n'
            '“Because of these false charges against Togo, the envoy was called in,” '
            'the statement reads.')
    assert speakers_end_to_end(text) == ["Togo’s foreign ministry"]


def test_a_quote_paragraph_after_a_sentence_that_names_no_one():
    # the one who spoke two paragraphs up, past a one-sentence paragraph naming no one
    text = ('Kestria asked Tarvania to act on Monday.\n\n'
            'But Ivo Marek said the accord between the two states obliges Tarvania to prosecute.\n\n'
            'Yet the neighbour has done nothing since.\n\n'
            '"Our accord leaves no doubt at all. Where you hold jurisdiction, you must bring charges. '
            'They did not."')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("text, speaker", [
    # a platform named as the place of a post issues no document: the body named before it
    ('The Security Council of the Kestrel Union voted to suspend Kestria, its statement on the '
     'council’s account on X (formerly Twitter) said.\n\n'
     '"In line with the rules, the Council decided to suspend Kestria at once," the communique reads.',
     "Security Council of the Kestrel Union"),
    # (but a platform's company that released the statement issued it)
    ('Facebook released a statement on Tuesday about the ruling.\n\n'
     '"This ruling raises hard questions about speech online," the statement reads.', "Facebook"),
])
def test_a_platform_is_the_place_of_a_post_not_its_issuer(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_a_question_then_told_reporters_and_a_long_tail_attributes_it():
    # '"…?" A told reporters in X before flying to Y …. "…"': the cue after the question is its
    # attribution, though a long tail and another quote follow
    text = ('Paraguay’s new president Fernando Lugo visited Brazil on Wednesday to seek a better deal.\n\n'
            '"Who says a treaty cannot be changed?" Lugo told reporters in Rio on Tuesday before flying to '
            'Brasília to meet his Brazilian host. "Anything can change when there is a will."')
    found = quotes_end_to_end(text)
    assert [(q.speaker, q.cue) for q in found][:1] == [("Fernando Lugo", "told")]


@pytest.mark.parametrize("text, speaker", [
    # a style set off in apposition before a name, then used alone as the subject of the cue
    ("Kestria's monarch, the Keeper of the Twin Shrines, King Ivo Marek, wrote to the family of the late "
     "Sheikh Tom Harlan.\n\n"
     'The Keeper of the Twin Shrines said, "Our region mourns a brother who served his people all his life."',
     "Ivo Marek"),
    # (a band named after a person's name is no style of his: "A Bcd of The Falling Rocks")
    ("Drummer Tom Harlan of the band Granite died on Sunday; the Falling Rocks mourned him.\n\n"
     'Ivo Marek of The Falling Rocks also responded, "A sad day. We toured with him in our first years."',
     "Ivo Marek"),
])
def test_a_style_set_off_in_apposition_names_its_holder(text, speaker):
    assert speakers_end_to_end(text) == [speaker]


def test_a_joint_statement_is_no_one_party_s():
    # "the joint statement said" (and "the statement said" after it): the joint statement, not
    # the first of its parties nor a body named near it
    text = ('Kestrian President Ivo Marek and Tarvanian Prime Minister Tom Harlan agreed on a shared plan '
            'against smuggling in a joint statement at the regional summit on Sunday.\n\n'
            '"Both sides will meet again within a month to set the plan in motion," the joint statement said.\n\n'
            '"The two sides will share what their border guards learn," the statement said.')
    assert speakers_end_to_end(text) == ["joint statement", "joint statement"]


def test_the_communique_after_a_joint_statement_is_that_statement():
    text = ('According to the joint statement on the visit, Ivo Marek and Tom Harlan discussed the region '
            'at length.\n\n'
            '“Further, the visiting President backed the vote planned for next year” stressed the communiqué.')
    assert speakers_end_to_end(text) == ["joint statement"]


def test_the_statement_is_the_subjects_after_a_fronted_released_by():
    text = ("The envoy Ana Ruiz on Monday voiced concern over the detention of aid staff.\n\n"
            "In a statement released by World Food Programme spokesman Tom Harlan, Ruiz stressed the plight of "
            "those held for two months.\n\n"
            "Ruiz also condemned the raid on the agency's office in the capital.\n\n"
            'The statement went on: "Those held must be able to call their families and their lawyers."')
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


@pytest.mark.parametrize("tail, speaker", [
    ("one of the gunmen, Ivo Marek, said by satellite phone from the hills.", "Ivo Marek"),
    ("Ivo Marek said by phone.", "Ivo Marek"),
    ("Ivo Marek told reporters by video link.", "Ivo Marek"),
])
def test_a_medium_after_said_by_is_no_passive(tail, speaker):
    text = f'"We want roads, clinics and schools before we let anyone go home again," {tail}'
    assert speakers_end_to_end(text) == [speaker]


def test_the_president_is_the_sitting_one_before_a_former_one_named_more():
    text = ("Peru mourned former President Tom Harlan, who died on Sunday. Harlan had led the country "
            "for a decade, and Harlan's funeral is on Friday.\n\n"
            "President Ivo Marek sent his condolences to the family.\n\n"
            '"The whole region mourns a patient and generous public servant," the President said.')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("aside", ["on being asked about the letter by", "responding to the remarks by",
                                   "when asked about the letter from"])
def test_a_document_in_an_aside_after_the_subject_is_not_the_speaker(aside):
    text = (f"Trade Minister Ivo Marek, {aside} Kestrian envoy Tom Harlan, said: \"We will answer "
            "when we have weighed it, and not one day before.\"")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_person_named_as_her_predecessor_is_not_she():
    text = ("Foreign minister Ana Ruiz is pressing the junta to free a jailed adviser, Tom Harlan.\n\n"
            '"Professor Harlan is respected for his work for the people of the region," Ruiz said in a '
            "statement.\n\n"
            "Ruiz\u2019s appeal followed a closed court's verdict against Harlan. It echoes the views of the last "
            "government, with her predecessor Clara Stein appealing to the junta for the scholar to go free.\n\n"
            "Harlan has been held for more than a year since the coup.\n\n"
            '"Our government has always rejected the charges against Professor Harlan," she said.')
    assert speakers_end_to_end(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_name_before_an_unclosed_apposition_on_a_body_speaks():
    text = ("The drill opened on Monday. Major General Ivo Marek, representative of the Peruvian military "
            "confirmed the ties between Chile and Peru by saying: \"Our sailors have trained for this week "
            "since the spring.\"")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("nominal", ["The Hague-based tribunal", "The court"])
def test_the_tribunal_is_the_court_named_before(nominal):
    text = ("Kestria put sanctions on two staff of the International Criminal Court on Friday.\n\n"
            f"{nominal} condemned the move as an attempt by Kestria to \"bend the judges to the will of a "
            "single government\".")
    assert speakers_end_to_end(text) == ["International Criminal Court"]


def test_he_goes_on_for_a_speaker_of_unknown_gender_quoted_in_the_paragraph_before():
    text = ("The drill was opened by army chief Ukeme Tandi and the visiting commander, General Ivo "
            "Marek, who leads the allied corps.\n\n"
            '"This drill has grown into a milestone of our joint work," a statement from the drill '
            "quoted Tandi as saying.\n\n"
            '"I believe the drill now serves the whole region and all of our partners," he said.')
    assert speakers_end_to_end(text) == ["Ukeme Tandi", "Ukeme Tandi"]


@pytest.mark.parametrize("doc", ["the Peruvian statement said", "a U.S. statement said"])
def test_a_statement_named_by_its_state_is_the_states(doc):
    text = ("Peru and the United States opened the drill on Monday with Ambassador Ivo Marek.\n\n"
            f'Its goals include "keeping the sea lanes open and safe for every ship," {doc}.')
    expected = "United States" if "U.S." in doc else "Peru"
    assert speakers_end_to_end(text) == [expected]


def test_a_first_name_the_dictionary_does_not_know_stands_for_the_person_it_opens():
    text = ("Former health minister Ukeme Tandi Ossai of Peru will lead the health agency after "
            "Tuesday's vote.\n\n"
            "Ukeme, 58, pledged to act fast in a crisis and to defend the poor.\n\n"
            "The agency has faced criticism over its slow response to past outbreaks.\n\n"
            "The outgoing head, Ana Ruiz, said the agency had learned its lessons.\n\n"
            "Ukeme has long argued for care for all.\n\n"
            '"Every road should lead to care for all of our people," he told the assembly before the vote.')
    assert speakers_end_to_end(text) == ["Ukeme Tandi Ossai"]


def test_an_office_opening_a_sentence_without_the_is_its_holder():
    text = ("Prime Minister Ivo Marek spoke to President Tom Harlan on Monday.\n\n"
            "Prime Minister offered his sympathy to President Harlan over the deaths and said, "
            '"Peru will always stand with your people in this hard hour."')
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("verb", ["revealed", "disclosed"])
def test_revealed_and_disclosed_report_speech(verb):
    # (a quote is found by its cue even when no speaker can be named for it)
    text = ("Trade Secretary Ivo Marek met the press on Monday about rice.\n\n"
            f"The official likewise {verb} that \u201cthere was no real deal\u201d with Chile over rice imports.")
    assert [q.text for q in quotes_end_to_end(text)] == ["there was no real deal"]


@pytest.mark.parametrize("joint", ["while", "but", "and"])
def test_a_coordinated_clause_after_a_quote_has_its_own_speaker(joint):
    text = ("Peruvian President Ivo Marek and Chilean President Tom Harlan toured the border post on Friday.\n\n"
            "Marek had said earlier that \u201cthe two states must share the river water fairly,\u201d "
            f"{joint} Harlan called for an end to \u201cthe long quarrel over the northern wells.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Tom Harlan"]


def test_a_body_opening_the_sentence_speaks_over_a_possessor_after_it():
    text = ("President Ivo Marek of Chile called the Peruvian leader a \u201cthief\u201d on Monday.\n\n"
            "Later, Peru\u2019s Foreign Ministry bristled at Marek\u2019s words, saying they "
            "\u201cbreak every rule of decent dealings between neighbours.\u201d")
    assert speakers_end_to_end(text)[-1] == "Foreign Ministry"


def test_the_president_of_the_story_s_state_over_his_counterpart_named_last():
    text = ("President Ivo Marek of Peru on Friday met his Chilean counterpart, Tom Harlan, in Lima.\n\n"
            "President Marek, according to a statement by his office, said Peru's border would reopen "
            "soon, and Peruvian officials agreed.\n\n"
            "The President told Harlan, who chairs the regional committee, that Peru's decision was "
            "about security.\n\n"
            "He said: \u201cOur main problem is the inflow of weapons across the border.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_an_opening_single_mark_typed_for_an_apostrophe_is_no_quotation_mark():
    text = ("Peru said on Monday the envoy had been expelled.\n\n"
            "\u201cNo envoy is above the law in our country. Not even one sent by Chile,\u201d Peru\u2018s "
            "Foreign Minister Ivo Marek said on X.")
    assert [(q.speaker, q.text[:12]) for q in quotes_end_to_end(text)] == [("Ivo Marek", "No envoy is ")]


def test_he_is_not_the_one_the_sentence_before_says_was_killed():
    text = ("U.N. spokesperson Ivo Marek told reporters the world body was \u201cdeeply worried by the "
            "strike on the capital.\u201d\n\n"
            "The army confirmed a strike on the capital on Friday, and it claimed to have killed Tom "
            "Harlan, a commander of the militia.\n\n"
            "\u201cAll sides must show the utmost restraint,\u201d he told the daily briefing.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_the_secretary_general_is_not_the_chief_cabinet_secretary():
    text = ("UN Secretary General Ivo Marek criticised Peru on Monday, and Chief Cabinet Secretary Tom "
            "Harlan said his \u201ctrue intent has become clear.\u201d\n\n"
            "The secretary general added that he meant to say in Lima that the quarrel \u201cshould be settled "
            "by talks between the leaders.\u201d")
    assert speakers_end_to_end(text) == ["Tom Harlan", "Ivo Marek"]


def test_a_bodys_chairman_just_quoted_by_name_is_the_nominal_after():
    text = ("Peru's President Ivo Marek took over the African Union chair on Saturday.\n\n"
            "\u201cWe cannot move ahead while one limb of ours is hurt,\u201d Marek said.\n\n"
            "The AU chairman then argued the bloc must take back its place, adding, \u201cEverything we do "
            "now is in vain if these crises go on.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # "the latter", "the former" as a cue's subject: one of the last two persons named
    ("Ivo Marek vowed to work together on trade and invited Tom Harlan to visit Lima, while the latter "
     "stressed that the two states were going through \u201cthe best moment of their long relations.\u201d",
     ["Tom Harlan"]),
    ("Ivo Marek met Tom Harlan in Lima on Monday. The former said afterwards that the talks had been "
     "\u201cthe most open of the last ten years.\u201d", ["Ivo Marek"]),
])
def test_the_latter_and_the_former(text, expected):
    assert speakers_end_to_end(text) == expected


def test_it_after_a_body_reported_without_a_name():
    text = ("Peru said on Monday it had barred entry to nine Chilean lawmakers, the foreign ministry "
            "announced.\n\n"
            "\u201cThis step has been taken in answer to the hostile acts of the Chilean side,\u201d it said.")
    assert speakers_end_to_end(text) == ["ministry"]


def test_a_bodys_name_ending_in_an_office_word_is_kept_whole():
    text = ("\u00abAttacks on the grid also add to the growing threats to our own energy security,\u00bb "
            "Foreign Affairs remarked on Tuesday.")
    assert speakers_end_to_end(text) == ["Foreign Affairs"]


def test_of_two_ministers_the_one_named_in_the_paragraphs_before():
    # both hold the office, and the state the story names most is the other's; the one who
    # "noted" in the sentence before the quote (its own sentences not counted) speaks
    text = ("Ivo Marek, Peru's Foreign Minister, arrived in Chile on Monday on a visit that had not "
            "been announced.\n\n"
            "At a news event with his Chilean counterpart, Tom Harlan, Marek said that Peru's "
            "backing for Chile was firm.\n\n"
            "Marek also noted that both sides are now close to drafting a new trade deal for the region.\n\n"
            "\"As the drought enters its third year, our backing for Chile's farmers stays firm. Chile's "
            "friends must hold steady. Nobody can afford to lose heart now,\" the minister said.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_subject_after_a_while_clause_speaks_the_quote_in_the_next_paragraph():
    text = ("Tom Harlan met Ivo Marek and other island leaders in Suva on Monday.\n\n"
            "While Mr Harlan had spoken of a plan for a new partnership, Mr Marek gave a hint of what "
            "the leaders were hoping for.\n\n"
            "\u201cWe would like to work with Peru to join up our markets and open more routes for trade.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_carried_over_several_paragraphs_of_he():
    text = ("On Thursday, Peru's Foreign Minister Ivo Marek called for a new trade agenda with Chile.\n\n"
            "Marek told a press conference in Lima that his country had good relations with Chile.\n\n"
            "He noted that trade had grown in each of the last five years.\n\n"
            "He added that the delegations had also talked about fishing rights and the border.\n\n"
            "On the roads between the two states, he said that work would start next year.\n\n"
            "On the border, he said his country backed the talks between the two armies.\n\n"
            "He ended on a hopeful note, saying: \u201cWe hope that a new agenda will come out of the "
            "summit next month.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_demonym_and_office_after_a_fronted_clause_speak():
    text = ("Chilean President Tom Harlan said on Friday he would not call Ivo Marek.\n\n"
            "Answering a question about whether Peru is drifting away from Marek, the Chilean President "
            "said: \u201cLima is showing more doubt and growing more critical. This takes time.\u201d")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_the_source_is_the_one_described_before():
    text = ("Marek and Harlan will talk about trade before the summit in Lima, according to a Chilean "
            "government source.\n\n"
            "\u201cThe goal is a closer partnership between the two neighbours,\u201d the source said.")
    assert speakers_end_to_end(text) == ["Chilean government source"]


def test_a_pronoun_after_but_opening_the_sentence_speaks_the_participle_quote():
    text = ("Peru's Foreign Minister Ivo Marek met Tom Harlan in Lima on Monday.\n\n"
            "But he soon took a softer line on the fishing quarrel, adding, \"Peru hopes that both "
            "sides can turn the bay into a place of calm and of trade.\"")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("opening", [
    "Noting that the council would vote on the fishing rules that evening",
    "Noting that later that week, the council would vote on the fishing rules",
])
def test_the_subject_after_an_opening_participle_clause_speaks(opening):
    text = ("Peru's Foreign Minister Ivo Marek spoke at the council in Lima on Monday.\n\n"
            f"{opening}, he called on it to \u201cshow that the rules can work for every boat that "
            "sails from our ports.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("text, expected", [
    # the office named with its owner before: the person who owns it ...
    ("Ivo Marek met the Chilean envoy on Monday. Marek's army media office reported that both "
     "talked about the border.\n\n"
     "\"They talked about fishing rights and the new ports on the coast,\" the media office added.", ["Ivo Marek"]),
    # ... the body the nominal owner names ...
    ("The Kestrian Foreign Ministry called in the Lorvian envoy, according to the ministry's press service.\n\n"
     "\"We have to note the harm such steps do to the people on both sides,\" the press service said.",
     ["Kestrian Foreign Ministry"]),
    # ... or the service as the article names it with its of-phrase
    ("The President received the envoy, Kestrel News reports, citing the press service of the "
     "Kestrian Prime Minister.\n\n\"Trade and the new road came up in the talks,\" the press service says.",
     ["press service of the Kestrian Prime Minister"]),
    # ... or the body named right before the words
    ("The talks will go on next week, the WTO press service reported.\n\n"
     "\"The members will meet again in Geneva to settle the fishing rules,\" the press service said.",
     ["WTO"]),
])
def test_an_office_or_press_service_named_with_its_owner_before(text, expected):
    assert speakers_end_to_end(text) == expected


@pytest.mark.parametrize("verb", ["said", "posited"])
def test_the_head_of_state_is_the_president_named_before(verb):
    text = ("President Ivo Marek spoke to reporters in Lima with Foreign Minister Tom Harlan.\n\n"
            "\u201cEven if it is armed gangs beyond the river, this is serious,\u201d "
            f"the Head of State {verb}.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_name_whose_apposition_is_left_open_before_the_verb_speaks():
    text = ("\u201cI have come to Lima for a new round of talks with Chile, to settle the draft of the "
            "fishing accord,\u201d Dr Ivo Marek, Andean desk chief and spokesman of the "
            "Foreign Office announced on social media.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_speech_left_open_runs_over_paragraphs_without_marks_to_its_close():
    text = ("Foreign Minister Ivo Marek hailed the launch on Friday.\n\n"
            "\u201cPeru remains committed to science as a driver of growth.\n\n"
            "This launch shows our resolve to build our own skills.\n\n"
            "May our journey into space be long and peaceful,\u201d he mentioned.\n\n"
            "Chile's envoy Tom Harlan also welcomed the launch.")
    found = quotes_end_to_end(text)
    assert [q.speaker for q in found] == ["Ivo Marek"]
    assert found[0].text.startswith("Peru remains") and found[0].text.endswith("long and peaceful")


@pytest.mark.parametrize("phrase", ["the head of the Peruvian diplomacy", "the head of Peruvian diplomacy"])
def test_the_head_of_a_states_diplomacy_after_a_quote_is_its_foreign_minister(phrase):
    text = ("Peruvian Foreign Minister Ivo Marek met his Chilean counterpart Tom Harlan in Lima.\n\n"
            f"\u201cOur best defence against the drought is a common plan for the two valleys,\u201d said {phrase}, "
            "adding that Chile must act too.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_nominal_subject_before_a_long_aside_speaks_not_a_body_in_the_aside():
    text = ("Ivo Marek, Peru's ambassador at the Organization of American States, attacked his government.\n\n"
            "The Peruvian ambassador, posted to the OAS on May 3, 2021, a week before the vote at home, "
            "said that he was talking on behalf of the \u201c177 prisoners and the 350 people killed in the "
            "protests of the last four years.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_office_of_a_named_state_is_its_holder_not_the_state():
    text = ("Ivo Marek and Tom Harlan, Prime Ministers of Peru and Chile, signed the protocols on Thursday.\n\n"
            "The prime minister of Chile, in turn, noted that the shared border control is \"the best "
            "thing we can do for calm and growth\".")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_a_run_of_sentences_opening_on_he_goes_back_to_its_first():
    text = ("Foreign Minister Ivo Marek will travel to the north next week.\n\n"
            "He has also had talks with Prime Minister Tom Harlan and Deputy Minister Pedro Ruiz.\n\n"
            "He met party leader Juan Soto in the capital last week.\n\n"
            "He also spoke to union leader Luis Vega.\n\n"
            "\u201cI am in listening mode. It is my wish to help the talks in any way I can.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_may_be_a_man_whose_given_name_is_a_womans_elsewhere():
    # "Nana" is an Akan title and name that men bear in Ghana
    text = ("The leaders named former President Tom Harlan as an intermediary.\n\n"
            "Ghanaian President Nana Kwame Osei who spoke at the summit called for prompt action.\n\n"
            "\u201cIt is vital for us to carry on with our regional plan against the armed groups,\u201d he said.")
    assert speakers_end_to_end(text) == ["Nana Kwame Osei"]


@pytest.mark.parametrize("title", [
    "Special Assistant to the Prime Minister on Media and Publicity",
    "Assistant Deputy Minister for the Andean Region",
])
def test_a_capitalised_title_before_an_appositive_name_gives_the_name(title):
    text = ("Prime Minister Tom Harlan met his Chilean counterpart in Lima on Monday, and after the "
            f"meeting, {title}, Ivo Marek, said the two men \u201chad settled the fishing dispute for "
            "good and will sign the accord next month.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("later", ["the Kremlin spokesman", "the Kremlin Spokesman", "the Kremlin spokeswoman"])
def test_a_spokesman_named_by_his_body_is_the_spokesperson_named_before(later):
    text = ("Kremlin spokesperson Ivo Marek told reporters the troops had begun to leave the region.\n\n"
            "Tom Harlan, the Lorvian envoy, said the pull-out would take a month.\n\n"
            f"\u201cYes. Indeed it is true, and all of them will be home soon,\u201d {later} said on Monday.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("later", ["the press secretary of the Lorvian president", "the Press Secretary to Marek"])
def test_an_aide_named_by_his_principals_office_speaks_not_the_principal(later):
    text = ("Lorvian President Ivo Marek will meet the Kestrian leader next week, his press secretary "
            "Tom Harlan said on Monday.\n\n"
            f"The point of the trip is to \u201cmeet in person and go over every open question,\u201d {later} noted.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


@pytest.mark.parametrize("issuer", ["the Foreign Ministry's statement published on its website",
                                    "a statement released by the Foreign Ministry on Friday"])
def test_a_document_with_a_participle_phrase_after_the_cue_is_its_issuers(issuer):
    text = ("Lorvia will close its embassy in Lima, the Foreign Ministry said on Friday.\n\n"
            f"\"The minister has decided to suspend the work of the embassy from August 1st,\" said {issuer}.")
    assert speakers_end_to_end(text) == ["Foreign Ministry"]


def test_the_nominal_an_agency_quotes_as_saying_is_the_person_named_before():
    text = ("Crown Prince Ivo Marek met the Lorvian president in Lima on Monday.\n\n"
            "The Kestrel wire service quoted the prince as saying: \u201cOur two states have many common "
            "interests and many projects under way.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_name_in_a_where_clause_after_the_subject_does_not_take_he():
    text = ("President Ivo Marek of Chile arrived in Lima for the trade fair and met Vice President Tom Harlan.\n\n"
            "During the meeting, the President thanked his hosts for the invitation.\n\n"
            "Greeting his guest, the Vice President of Peru, Tom Harlan, thanked the Chilean leader for "
            "agreeing to open the fair, where the President will give the main speech.\n\n"
            "\u201cI welcome you to Peru, Your Excellency, and I am happy you will open the fair,\u201d he said.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_she_is_not_a_man_whose_given_name_is_luiz():
    text = ("Peruvian President Dina Ruiz invited her Brazilian counterpart Luiz Inacio Costa to visit Lima.\n\n"
            "In this regard, the top official stressed that peace in the region matters.\n\n"
            "\u201cI ask you to come to my country soon so that our ties grow,\u201d she said.")
    assert speakers_end_to_end(text) == ["Dina Ruiz"]


def test_an_appositive_name_then_a_phrase_of_time_after_said_the_nominal():
    text = ("The trip is meant to \u201cmend the trust and repair the links between our two "
            "peoples,\u201d said the chairman of the trade committee in the Lorvian Senate, Ivo Marek, "
            "on Friday at a briefing.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_after_a_passive_agent_and_possessors_is_the_subject_that_opens_a_sentence():
    text = ("Kestrian President Ivo Marek met his Peruvian counterpart Tom Harlan on Tuesday in Lima.\n\n"
            "Marek's jet touched down in Lima from Quito, where he attended a summit.\n\n"
            "He was welcomed at the airfield by Peru's foreign minister, Ana Ruiz, before the motorcade drove to "
            "Harlan's residence.\n\n"
            "The former lawyer once worked for a year at the embassy in the city.\n\n"
            "He said to the journalists on his plane, \u201cI am fond of Peru. It is a lovely country.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_she_after_the_sister_of_a_leader_is_the_sister():
    text = ("LIMA -- The sister of Kestrian ruler Kim Tae-oh said Friday her government will not ever "
            "take up the offer.\n\n"
            "Kim Ra-hee called the offer a foolish idea.\n\n"
            "\"Whatever schemes they bring to us later, we shall never deal with "
            "them,\" she wrote in the note.")
    assert speakers_end_to_end(text) == ["Kim Ra-hee"]


def test_an_apposition_naming_its_owner_left_open_before_said():
    text = ("Ivo Marek and Tom Harlan met in Lima on Monday.\n\n"
            "\"The two men spoke for nearly two hours, about the trip and about trade,\" "
            "Ana Ruiz, Marek's top aide said.")
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


def test_the_department_official_is_the_department_when_no_person_holds_a_post_there():
    text = ("\"We have seen those remarks,\" the State Department said of a statement from Lorvian "
            "Foreign Minister Ivo Marek.\n\n"
            "\"Our door stays open to talks and we hope Lorvia will answer our offers,\" the department "
            "official added.")
    assert speakers_end_to_end(text) == ["State Department", "State Department"]


def test_the_subject_after_a_long_opening_phrase_naming_another_speaks():
    text = ("In Central America today with Guatemalan President Ivo Marek, Vice President Ana Ruiz had a "
            "direct message to migrants thinking of coming to the border: \u201cDo not come. Do not come.\u201d")
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


def test_a_group_member_present_in_a_capital_is_no_speaker_named_by_the_capital():
    text = ("A senior Hamas official said talks went on in Cairo on Sunday.\n\n"
            "A second Hamas official also present in Cairo told AFP that \u201cEgypt, Qatar and Turkiye are "
            "making great efforts to reach an agreement for a ceasefire\u201d.")
    assert speakers_end_to_end(text)[-1] != "Cairo"


def test_she_after_for_her_part_the_envoy_said_is_the_envoy():
    text = ("The deal was signed by Chinese Ambassador Wang Lin and Permanent Secretary Tom Harlan.\n\n"
            "Speaking after the signing, Harlan thanked China for its support.\n\n"
            "For her part, the Chinese envoy said the deal shows the friendship of the two states.\n\n"
            "\u201cChina has always regarded Tanzania as an all-weather friend and a good partner,\u201d she said.")
    assert speakers_end_to_end(text) == ["Wang Lin"]


def test_words_an_outlet_reports_right_after_a_persons_quote_are_his():
    text = ("\u201cEurope has accepted our demands, and as a result we lift the veto,\u201d Prime Minister Ivo "
            "Marek said in a televised statement. \u201cThe question of the border is of capital importance "
            "for Peru,\u201d CNN reported.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Ivo Marek"]


def test_the_prime_ministers_press_office_speaks_for_the_prime_minister():
    text = ("Prime Minister Ivo Marek and the Lorvian envoy Tom Harlan spoke by phone, the prime minister's "
            "press office said on Friday.\n\n"
            "\"During the call, they discussed the strengthening of the bilateral relationship,\" the press "
            "office posted on Twitter.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_subject_of_and_later_tweeted_speaks_not_the_object():
    text = ("Ivo Marek welcomed Tom Harlan, and later tweeted that he and the delegation had good talks, "
            "\u201cduring which we reached an understanding on various issues of trade\u201d.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_president_after_a_sentence_opened_by_the_other_president_is_him():
    text = ("President Ivo Marek received President Tom Harlan of Chile in Lima.\n\n"
            "\u201cI am confident that your visit will serve our ties,\u201d Marek said.\n\n"
            "Tom Harlan, in turn, thanked the Peruvian leader for his hospitality.\n\n"
            "\u201cI should note that the ties of our two states were laid by your father,\u201d the president said.")
    assert speakers_end_to_end(text) == ["Ivo Marek", "Tom Harlan"]


def test_the_statement_is_the_titled_person_it_was_from():
    text = ("President Ivo Marek will leave for Doha on Monday.\n\n"
            "As a release by State House Spokesperson Tom Harlan put it, the trip is to bring "
            "new deals.\n\n"
            "The President is also to meet Emir Ana Ruiz.\n\n"
            "\u201cPresident Marek will conclude key investment agreements on the trip,\u201d the statement read.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


@pytest.mark.parametrize("source, expected", [
    ("Source: President Ivo Marek in his evening address", "Ivo Marek"),
    ("Source: Kestrel Truth, citing a note of the Foreign Affairs Ministry", "Foreign Affairs Ministry"),
])
def test_a_labelled_quote_is_the_labelled_sources(source, expected):
    text = ("Tom Harlan, the envoy, is visiting Kyiv this week.\n\n"
            f"{source}\n\n"
            "Quote: \"General Harlan arrived in Kyiv today. He has held talks with our military chiefs.\"\n\n"
            "Details: No details of the meetings were given.")
    assert speakers_end_to_end(text) == [expected]


def test_according_to_the_report_after_a_quote_is_the_agency_that_reported():
    text = ("The two ministers met in Riyadh on Wednesday, the Kestrel Press Agency reported.\n\n"
            "\u201cThe energy minister and his counterpart reviewed the progress in their cooperation,\u201d "
            "according to the report.")
    assert speakers_end_to_end(text) == ["Kestrel Press Agency"]


def test_the_subject_after_an_opening_with_phrase_speaks_the_participle_quote():
    text = ("During his talks with Lorvian Foreign Minister Tom Harlan, Ivo Marek set out his view on the "
            "border, adding \"a return to the table is the one road to a lasting settlement.\"")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_publication_is_the_outlet_named_before():
    text = ("Ivo Marek was listed among the year's most powerful figures by Der Spiegel magazine. The "
            "publication has described Marek as \u201cthe iron broker\u201d for \u201csteering the campaign against "
            "the old cartel.\u201d")
    assert speakers_end_to_end(text)[-1] == "Der Spiegel"


@pytest.mark.parametrize("opening", ["The", "Via Twitter, the", "On Facebook, the", "Afterwards the"])
def test_the_head_of_a_states_diplomacy_is_its_foreign_minister(opening):
    text = ("Kestrian Foreign Minister Ivo Marek greeted the delegation at the airport on Sunday. The guests "
            f"came from Lima for two days. {opening} head of Kestrian diplomacy wrote: \u201cOur doors stay open "
            "to every partner who seeks honest trade.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("body", ["the Foreign Ministry", "the Chilean Foreign Ministry",
                                  "the Ministry of Foreign Affairs"])
def test_the_head_of_a_states_foreign_ministry_is_its_minister_not_the_ministry(body):
    text = ("Chilean Foreign Minister Ivo Marek met Peruvian President Tom Harlan in Lima on Monday.\n\n"
            f"\u201cThe goal of my journey is to prepare the state visit in May,\u201d the head of {body} said.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_diplomat_is_an_official_of_a_foreign_ministry_named_before():
    text = ("The drills are meant to deter, director of the Peruvian Foreign Ministry\u2019s Third Department "
            "Ivo Marek told the Andina agency in an interview.\n\n"
            "He noted that more units had been sent. According to Marek, more troops arrived in May. \"They are "
            "there to guard the border and nothing else. We have full understanding with our allies on this,\" "
            "the diplomat stressed.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_top_diplomat_is_the_foreign_minister_not_a_ministry_official():
    text = ("Peruvian Foreign Minister Tom Harlan opened the talks, and director of the Peruvian Foreign "
            "Ministry\u2019s Third Department Ivo Marek closed them.\n\n"
            "\"The border stays open to trade,\" the top diplomat said.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_the_head_of_a_blocs_diplomacy_is_no_states_foreign_minister():
    text = ("EU foreign policy chief Ana Ruiz spoke to reporters after Peruvian Foreign Minister Ivo Marek "
            "met the bloc's envoys in Brussels on Friday.\n\n"
            "The head of EU diplomacy said they \u201cstand ready to back any talks that the two sides "
            "agree to hold.\u201d")
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


def test_a_statement_sent_to_a_paper_is_its_issuers_not_the_papers():
    text = ("Lima defended the verdict in a letter sent by the Peruvian embassy to the Kestrel Herald "
            "newspaper on Monday.\n\n"
            "\"The courts acted in line with every rule of a fair hearing,\" the embassy letter sent to "
            "the Herald said.")
    assert speakers_end_to_end(text) == ["Peruvian embassy"]


@pytest.mark.parametrize("text", [
    "\u201cWe are forced to close the border with our neighbours \u201c, \u2013 said Ivo Marek.",
    "\u201cWe will not buy gas from one supplier alone,\u201cIvo Marek said.",
])
def test_an_opening_mark_typed_to_close_an_open_quote_closes_it(text):
    assert speakers_end_to_end("Peru talks.\n\n" + text) == ["Ivo Marek"]


def test_the_letter_is_the_subject_after_a_fronted_letter_to_someone():
    text = ("The International Monetary Fund (IMF) backed Peru's new finance minister on Monday.\n\n"
            "In a warm letter to the new minister, the head of the IMF, Ana Ruiz, wrote that his work "
            "would matter a great deal.\n\n"
            "\u201cYour work will decide how fast the economy finds its feet again,\u201d the letter said.")
    assert speakers_end_to_end(text) == ["Ana Ruiz"]


@pytest.mark.parametrize("verb", ["had conveyed", "voiced"])
def test_conveying_or_voicing_a_quoted_phrase_is_saying_it(verb):
    text = (f"It was widely reported that Premier Ivo Marek {verb} \u201cdeep worry about the attacks on "
            "our traders at the border\u201d to his counterpart Tom Harlan in Lima.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("clause", [
    "The two ministers said \u201cthe pact serves both nations better than any earlier deal.\u201d",
    "In a joint text, the representatives declared that \u201cthe pact serves both nations better than "
    "any earlier deal.\u201d",
    "Later, both ministers defended their wish to \u201ckeep working on the pact for many years to come.\u201d",
])
def test_a_plural_for_a_pair_named_before_is_the_first_of_the_pair(clause):
    text = ("Kestrian Foreign Minister Ivo Marek and his Lorvian counterpart, Tom Harlan, met in Lima on "
            f"Tuesday. The talks ran late into the night.\n\n{clause}")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("second", [
    # three named: no pair
    "Ivo Marek, Tom Harlan and Ana Ruiz of Peru met in Lima on Tuesday.",
    # "leaders" are no ministers: no pair among them
    "Kestrian Foreign Minister Ivo Marek and his Lorvian counterpart, Tom Harlan, met on Tuesday.",
])
def test_a_plural_without_a_fitting_pair_names_nobody(second):
    text = f"{second}\n\nBoth leaders stressed \u201cthe pact serves both nations better than any deal.\u201d"
    assert speakers_end_to_end(text) == [None]


def test_a_name_in_marks_after_of_is_no_quote_of_the_pair():
    text = ("Kestrian Foreign Minister Ivo Marek and his Lorvian counterpart, Tom Harlan, met on Tuesday.\n\n"
            "The two ministers agreed on a policy of \u201cno safe haven and no double standards\u201d on crime.")
    assert speakers_end_to_end(text) == []


def test_he_after_a_fronted_phrase_with_a_name_in_apposition_is_the_nominal_subject():
    text = ("LIMA \u2014 Chilean President Ivo Marek arrived in Lima on Monday for a state visit.\n\n"
            "Speaking after a long meeting with his Peruvian counterpart, Tom Harlan, the visiting "
            "President praised the new trade ties.\n\n"
            "\u201cWe came here to open a new page in our long friendship,\u201d he said.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_after_an_office_with_a_demonym_and_no_article_is_its_holder():
    text = ("Chilean Foreign Minister Ivo Marek is in Lima for talks.\n\n"
            "He later met separately with Peruvian counterpart Tom Harlan and Bolivian counterpart Rafael Ruiz.\n\n"
            "Writing on X after the talks, Chilean minister said they had held a warm meeting.\n\n"
            "\u201cWe spoke about the vote for the new head of the bloc,\u201d he said.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_he_reaches_a_man_with_a_womans_given_name_who_spoke_last_a_paragraph_up():
    # "Maris" is a woman's name in the dictionary; the text says "he"
    text = ("Foreign Minister Maris Tolvanen said today that he was not worried by reports that Ivo Marek "
            "met the rebels.\n\n"
            "\u201cThe talks were held in a private capacity, and the government played no part,\u201d "
            "Tolvanen said.\n\n"
            "Some observers say Tom Harlan quit over those talks.\n\n"
            "Tolvanen repeated that the nation seeks peace across the border.\n\n"
            "\u201cIf we allow this fighting to go on, we will face trouble,\u201d he said.")
    assert speakers_end_to_end(text)[-1] == "Maris Tolvanen"


def test_the_visiting_holder_of_an_office_is_not_the_host_of_the_datelines_state():
    text = ("LIMA \u2014 Chilean President Ivo Marek arrived in the capital on Monday. He later met Peruvian "
            "President Tom Harlan at the palace.\n\n"
            "\u201cWe came here to open a new page in our long friendship,\u201d the visiting President told "
            "reporters.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_statement_of_one_who_in_an_aside_made_a_statement_is_his():
    text = ("President Ivo Marek will fly to Lima on Monday. His aide, Tom Harlan, in a statement late "
            "on Sunday called the trip a visit of state.\n\n"
            "Harlan said the President would meet several leaders ahead of the Kestrel Council summit. The "
            "statement read:\n\n"
            "\u201cPresident Ivo Marek will leave the capital tomorrow for a visit of state to Peru.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


def test_a_phrase_in_marks_leaves_the_subject_of_the_sentence_before_the_nominals_holder():
    text = ("Peru's President Ivo Marek on Monday met his Chilean counterpart, President Tom Harlan, in "
            "Santiago. Chile hosted. Chile paid.\n\n"
            "Marek, writing on X, called the meeting a \u201cnew start\u201d and praised his host.\n\n"
            "\u201cToday marks the start of a new season in our long friendship,\u201d the President wrote.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_sentence_after_a_quote_that_names_its_speaker_is_the_sentence_before_the_next():
    text = ("Prime Minister Ivo Marek of Peru and his Chilean counterpart Tom Harlan signed the treaty "
            "in Santiago between Peru and Chile, reported a Peruvian agency.\n\n"
            "\u201cThe treaty shows that where there is will, the issues get solved. Both nations took the "
            "step together. \u201d This was said by "
            "the Prime Minister Tom Harlan at a joint press event with Ivo Marek after the signing.\n\n"
            "\u201cWe closed old disputes to open a road to work between our nations,\u201d the Prime "
            "minister stated.")
    assert speakers_end_to_end(text) == ["Tom Harlan", "Tom Harlan"]


def test_an_initialism_for_an_office_written_out_another_way_is_its_holder():
    text = ("Kestrian Minister of Foreign Affairs Ivo Marek said ties with Peru are a priority.\n\n"
            "\"The two leaders signed a memo on travel last year, and a draft of the deal is ready now,\" "
            "the FM added.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_head_of_diplomacy_is_the_one_the_text_named_so_before():
    text = ("The head of Kestrian diplomacy Ivo Marek called on Tuesday for talks with Lima.\n\n"
            "Marek went to Lima to meet his counterpart Tom Harlan.\n\n"
            "Asked by a TV station after his meeting with Tom Harlan, the head of diplomacy first remarked: "
            "\u201cwhat happened at the border was wrong and must not happen again.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_a_speaker_named_by_his_initials_in_brackets_is_the_person():
    text = ("Peruvian President Ana María Ruiz Torres (AMRT) met Chilean President Tom Harlan on Friday.\n\n"
            "AMRT echoed Harlan\u2019s words, saying, \u201cwe have to listen to each other and stop quarrelling.\u201d")
    assert [(q.speaker, q.speaker_kind) for q in quotes_end_to_end(text)] == [("Ana María Ruiz Torres", "person")]


def test_a_nominal_with_its_modifiers_named_in_an_apposition_before_is_that_person():
    # "the Kestrel Chairman-in-Office" named before the name set off by commas, with another office later
    text = ("The present OSCE Chairman-in-Office, Ivo Marek, arrived in Kyiv on Monday. Peruvian Foreign "
            "Minister Ivo Marek met the president.\n\n"
            "\"We came with one message: the fighting must end and talks must begin,\" the OSCE "
            "Chairman-in-Office said.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_minister_fits_a_minister_of_a_portfolio_as_well_as_a_foreign_minister():
    # both hold a minister's office: "the minister" is the one who spoke just before, not the one named last
    text = ("Minister of Foreign Affairs, Regional Trade and Cooperation, Ivo Marek, held talks in Lima with "
            "his Chilean counterpart, Tom Harlan.\n\n"
            "The talks went well, Marek said at a briefing after his meeting with Tom Harlan.\n\n"
            "\"We spoke of trade and of the border, and we agree on nearly all of it,\" the minister noted.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("after", [
    "These are the words of Peruvian President Ivo Marek on his arrival in Lima.",
    "Those were the words of Peruvian President Ivo Marek on his arrival in Lima.",
    "With these words, Peruvian President Ivo Marek opened the summit in Lima on Monday.",
])
def test_the_sentence_after_a_quote_naming_whose_words_they_are(after):
    text = f"\u201cWe have come to stay, and to build what the war destroyed.\u201d {after} He met the mayor later."
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_king_is_the_visiting_king_named_often_not_the_hosts_named_once():
    text = ("British Prime Minister Tom Harlan welcomed King Ivo Marek of Jordan to London on Wednesday.\n\n"
            "King Ivo Marek, in the UK on a working visit, is also to see King Charles III.\n\n"
            "The talks with Harlan covered trade and the war. The meeting comes as King Ivo Marek congratulated "
            "the new mayor.\n\n"
            "\u201cLooking forward to our next meeting and to the work we share,\u201d the king wrote on X.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("verb", ["thanked Chile for its support", "praised the Chilean envoy", "quickly added a line on trade"])
def test_a_speaker_after_the_cue_with_a_second_verb_speaks(verb):
    text = ("Peruvian President Ivo Marek hosted the envoys of Chile in Lima on Monday.\n\n"
            f"\"We are sure the coming year will bring the two nations closer still,\" said Marek and {verb}.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


@pytest.mark.parametrize("joint", ["and therefore", "and", ", and also"])
def test_a_cue_after_the_second_of_two_joined_quotes_is_the_firsts_too(joint):
    text = ("Peruvian Foreign Minister Tom Harlan spoke first at the summit in Lima on Monday.\n\n"
            f"The regime is \u201ca government that the voters chose to throw out\u201d {joint} \u201cmust go,\u201d "
            "Chilean spokesman Ivo Marek also stressed.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_the_palace_is_the_palace_named_before_under_its_short_name():
    text = ("MANILA \u2014 Peruvian President Ivo Marek will visit the Philippines next week, Malaca\u00f1ang "
            "announced on Monday.\n\n"
            "\u201cThe visit opens a new chapter in the ties of the two republics,\u201d the Palace said on Monday.")
    assert speakers_end_to_end(text) == ["Malaca\u00f1ang"]


@pytest.mark.parametrize("office", ["Marek\u2019s office", "Marek's press office"])
def test_a_persons_office_after_the_cue_is_the_person(office):
    text = ("Peruvian President Ivo Marek will fly to Chile on Monday.\n\n"
            f"\u201cWe are ready for the hard winter ahead and our stores are almost full,\u201d said {office}.")
    assert speakers_end_to_end(text) == ["Ivo Marek"]


def test_an_opening_mark_typed_to_close_before_the_cue_closes():
    text = ("Peruvian President Ivo Marek will fly to Chile on Monday.\n\n"
            "\u201cWe are now working hard to secure supplies for the whole of next year, \u201csaid Marek.\n\n"
            "He added that Chile is an \u201cimportant partner for the years to come\u201d in the region.")
    found = [(q.text.split()[0], q.speaker) for q in quotes_end_to_end(text)]
    assert found == [("We", "Ivo Marek"), ("important", "Ivo Marek")], found


def test_two_single_marks_typed_for_a_closing_double_one_close_it():
    text = ("Peruvian Foreign Minister Ivo Marek met his Chilean host in Santiago.\n\n"
            "\u201eI also raised the steps we need for the border crossings to reopen before the summer. "
            "The minister promised his country's backing for the plan.\n\n"
            "Along with him, I agreed to go on with the joint work on the common agenda,"
            "\u2019\u2019 the head of Peruvian diplomacy, Ivo Marek, said.")
    assert [(q.text.split()[0], q.speaker) for q in quotes_end_to_end(text)] == [("I", "Ivo Marek")]


def test_a_quote_run_on_into_a_paragraph_without_its_opening_mark_ends_at_the_cue():
    text = ("Peruvian Foreign Minister Ivo Marek met his Chilean host in Santiago.\n\n"
            "\u201cI thanked our hosts for their support and set out the decisions taken this month.\n\n"
            "Our road to the Pacific pact rests on results. We will go on along this path,\u201d said Ivo Marek.")
    found = quotes_end_to_end(text)
    assert [(q.text.split()[0], q.speaker) for q in found] == [("I", "Ivo Marek")]
    assert found[0].text.endswith("along this path,") or found[0].text.endswith("along this path")


def test_a_paragraph_that_reports_speech_itself_is_no_lost_quote():
    # the narrator's "said it was hoped" opens the paragraph: its closing mark's opening one
    # is lost mid-paragraph, and the paragraph is not a quote from its start
    text = ("The council met in New York on Monday.\n\n"
            "The Peruvian envoy, Ivo Marek, said it was hoped the monitors would deter attacks on the roads. "
            "Today the council agreed at last that people may leave under watch,\u201d said Marek.")
    assert not any(q.text.startswith("The Peruvian envoy") for q in quotes_end_to_end(text))


@pytest.mark.parametrize("link", ["For his part,"])
def test_the_subject_after_a_linking_phrase_is_the_nominal_speaker(link):
    text = ("Bolivian President Ivo Marek met Peruvian President Tom Harlan in New York on Monday. Marek said "
            "Bolivia wants closer ties. Marek added that Bolivia and Peru share a long history.\n\n"
            "Marek stressed the friendship of Bolivia and Peru and said he hopes the ties can be deepened.\n\n"
            f"{link} President Harlan said the relations were friendly and growing day by day.\n\n"
            "\u201cThe fruit of this work must be real for both countries,\u201d declared the president.")
    assert speakers_end_to_end(text) == ["Tom Harlan"]


@pytest.mark.parametrize("doc", ["a statement from the Presidency", "the palace's readout"])
def test_he_after_an_according_to_document_is_the_speaker(doc):
    text = ("Lorvian President Ivo Marek met the envoy of Kestria on Monday.\n\n"
            f"According to {doc}, he also hoped that a cabinet would be formed \u201cas soon as it can be "
            "so that the country moves in the right direction.\u201d")
    assert speakers_end_to_end(text) == ["Ivo Marek"]
