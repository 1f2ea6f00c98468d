"""Layout of the fourteenth round: a page copied with one line per paragraph (no blank lines between
them) keeps its paragraphs; text wrapped at a fixed width stays one paragraph.  Articles our own."""

from dashboard.layout import analyse

LINE_PER_PARAGRAPH = (
    "In a surprise move, the former divisional commissioner withdrew his allegations of vote rigging on "
    "Thursday and apologised to the chief election commissioner for the trouble they had caused.\n"
    "He said he had been promised a senior post after the elections and had acted on the advice of a "
    "politician whom he declined to name at the news conference in the provincial capital.\n"
    "The election commission said its inquiry committee would complete its report within a week and "
    "place it before the full commission for a decision on further action against him.\n"
)

WRAPPED = (
    "The election commission said its inquiry committee would complete its report within a week.\n"
    "It would then place the report before the full commission, officials said on Thursday.\n"
)


def paragraphs(text: str) -> list[str]:
    layout = analyse(text)
    return [layout.text[start:end] for start, end in layout.paragraphs]


def test_each_long_line_that_ends_a_sentence_is_a_paragraph():
    found = paragraphs(LINE_PER_PARAGRAPH)
    assert len(found) == 3
    assert found[1].startswith("He said he had been promised")
    assert found[2].startswith("The election commission said")


def test_short_lines_of_wrapped_text_stay_one_paragraph():
    assert len(paragraphs(WRAPPED)) == 1


def test_a_line_that_goes_on_in_lower_case_is_the_same_paragraph():
    text = ("The party said its workers would gather outside the returning officers' offices in every district "
            "of the province on Friday.\nand that the protests would continue until the results were corrected.\n")
    assert len(paragraphs(text)) == 1


def test_a_lead_that_lost_its_full_stop_and_dates_its_act_is_the_first_paragraph():
    text = (" date 2024-03-04 The election commission on Monday rejected the council's plea for a share of the seats "
            "reserved for women and minorities in the national and provincial assemblies\n\n"
            "A five-member bench of the commission said the council had not submitted a list of candidates before "
            "the deadline, and decided the matter by a majority of four to one.\n")
    assert paragraphs(text)[0].startswith("The election commission on Monday rejected")


def test_a_photo_caption_stays_out_of_the_text():
    text = (" date 2024-02-09 Polling staff count the ballots at a polling station in Karachi after voting ended "
            "on Thursday in the country's national elections on February 8, 2024. — AFP\n\n"
            "Counting continued through the night as results were delayed, the election commission said, and "
            "parties traded accusations of rigging.\n")
    assert not paragraphs(text)[0].startswith("Polling staff")


def test_a_live_blogs_headline_is_the_title_not_its_latest_post():
    text = ("News | Home | World\n\nLIVE: Parliament elects a new prime minister\n\nSummary\n"
            "- The vote is held in the National Assembly\n\nPosted at 13:12 3 Mar\nOath tomorrow\n"
            "The speaker says the prime minister-elect will be sworn in on Monday afternoon at the presidency, "
            "where the president will administer the oath before senior officials.\n")
    assert analyse(text).title == "LIVE: Parliament elects a new prime minister"


def test_a_link_to_another_live_blog_is_no_title():
    # a sidebar's links: "LIVE: ..." is followed by the next link, not by the live blog's summary
    text = ("News | Home | World\n\nMost read\n\nLIVE: Ceasefire talks resume in Cairo\n\n"
            "Floods kill dozens in Brazil\n\nPakistan court adjourns hearing on reserved seats\n\n"
            "The Supreme Court on Monday adjourned the hearing of the petitions until next week, the court "
            "said in a brief order issued later.\n")
    assert analyse(text).title == "Pakistan court adjourns hearing on reserved seats"


def test_headlines_run_together_with_semicolons_are_no_lead():
    related = ("Independents joined on Monday; PTI protested on Friday against the ECP rulings; PPP leaders met "
               "on Sunday and agreed to talk again; ECP rejected the plea on Saturday evening in Islamabad")
    text = (related + "\n"
            "The election commission on Tuesday issued notifications for the reserved seats of women and "
            "minorities in the provincial assemblies, officials said.\n")
    assert not paragraphs(text)[0].startswith("Independents")
