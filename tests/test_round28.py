"""Loader rules of the twenty-eighth round.  Sentences written for these tests; the dates and types are read off
the text by hand.

- Undated pages: Jamaat-e-Islami's election of Hafiz Naeemur Rehman as its emir (Thursday 4 April 2024) and Akhtar
  Mengal's resignation from the National Assembly (Tuesday 3 September 2024) are calendar happenings; "last
  Tuesday" is never said of a day of the page's own week (that is told by the bare weekday), so a page that tells a
  happening by it is of the week after, from its Monday; "today" or "tomorrow" ... "to mark one year since" a day
  written in full counts the years from it, as "today marks one year since" did.  The Sindh Assembly elected its
  speaker on 25 February 2024, a day after Punjab's (the calendar had both on the 24th).  In a verb-final language
  commas that only part a list of names ("گوہر علی خان، شیر افضل مروت، زین قریشی اور ...") do not end the clause a
  day opens.
- Types: what a speaker says in the clause before the speech verb (", the parties announced late Tuesday") is kept
  as what was said after it is when it is a party's decision to join or back another, told plainly (the story's
  role `said_before`); an allegation so told stays a saying, as do an announced act, a refusal and a denial.  Data: a party naming someone "as its choice (candidate, nominee) for"
  an office is government formation; releasing a message is a saying; the IMF's "Executive Board", "Stand-By
  Arrangement", "SBA" and "EFF" are international; a court or bench that "had struck down" (set aside, upheld)
  what stands before it is legal, so is handing someone "prison terms" ("gave him 14 years in prison"), and so are "its (an) order of" a day and a law "which" someone "signed".  A day standing alone after a semicolon takes no act from the clause before it.
"""

from datetime import date

import pytest
from test_pubdates_round9 import articles_of
from test_round20 import typed
from test_undated_round16 import published_in_folder


@pytest.mark.parametrize("text, day", [
    # Thursday 4 April 2024
    ("JI elects new emir\n\nLAHORE: Hafiz Naeemur Rehman was on Thursday elected ameer of the Jamaat-e-Islami, "
     "succeeding Sirajul Haq.\n", "2024-04-04"),
    ("نئے امیر\n\nلاہور: حافظ نعیم الرحمن جمعرات کو جماعت اسلامی کے نئے امیر منتخب ہو گئے۔\n", "2024-04-04"),
    # Tuesday 3 September 2024, "yesterday"
    ("Mengal quits\n\nISLAMABAD: BNP chief Akhtar Mengal resigned from the National Assembly yesterday, saying the "
     "house had ignored Balochistan.\n", "2024-09-04"),
    ("استعفیٰ\n\nاسلام آباد: سردار اختر مینگل نے منگل کو قومی اسمبلی کی رکنیت سے استعفیٰ دے دیا۔\n", "2024-09-03"),
    # the resignation named by its noun, "yesterday"
    ("Editorial\n\nSardar Akhtar Mengal's resignation from the National Assembly yesterday should alarm everyone.\n",
     "2024-09-04"),
    # "last Tuesday" (3 September 2024): the Monday after, 9 September
    ("Notes\n\nThe rally came days after Akhtar Mengal resigned his National Assembly seat last Tuesday.\n",
     "2024-09-09"),
    # "today" ... "to mark one year since" the vote of 8 February 2024 written in full
    ("Live\n\n10:15 The PTI observes today as a 'Black Day' to mark one year since the February 8, 2024 general "
     "elections.\n", "2025-02-08"),
    ("Live\n\nThe party will observe tomorrow as a black day to mark one year since the February 8, 2024 general "
     "elections.\n", "2025-02-07"),
    # the Sindh Assembly elected its speaker on Sunday 25 February 2024, the day after its first session ("آج")
    ("سندھ اسمبلی\n\nکراچی: پیپلز پارٹی کے سید اویس قادر شاہ آج سندھ اسمبلی کے اسپیکر منتخب ہو گئے۔\n", "2024-02-25"),
    # the arrests at Parliament House late on Monday 9 September 2024, "last night", the day before a list of names
    # parted by commas
    ("گرفتار\n\nاسلام آباد: پولیس نے گزشتہ رات پارلیمنٹ ہاؤس سے تحریک انصاف کے چیئرمین بیرسٹر گوہر علی خان، شیر افضل "
     "مروت، زین قریشی اور دیگر ارکان اسمبلی کو حراست میں لے لیا۔\n", "2024-09-10"),
    # the Supreme Court suspending "the 14 March verdict" of the Peshawar High Court "today" (6 May 2024): a verdict
    # named by another day is not the court's own of 12 July
    ("معطل\n\nاسلام آباد: سپریم کورٹ نے آج سنی اتحاد کونسل کی اپیل پر پشاور ہائیکورٹ کا 14 مارچ کا فیصلہ معطل کر دیا جس کے تحت "
     "جماعت کو مخصوص نشستوں سے محروم کیا گیا تھا۔\n", "2024-05-06"),
    # the talks called off (Thursday 23 January 2025), told before who said so "today"
    ("Talks off\n\nRAWALPINDI: PTI founder Imran Khan has called off negotiations with the government because it "
     "failed to form judicial commissions within seven days, party chairman Gohar Ali Khan told reporters outside "
     "Adiala Jail today.\n", "2025-01-23"),
    # the vote of 8 February 2024 "held a year ago tomorrow", named right before the count
    ("Op-ed\n\nThe vote was held a year ago tomorrow, and in one sense the count has never finished.\n",
     "2025-02-07"),
    # a date printed under the text with its paper's edition
    ("Letter to the Fund\n\nRAWALPINDI: Imran Khan on Friday said he had written to the International Monetary Fund "
     "asking it to tie any new lending to an audit of the vote.\n\nThe PML-N called the move against the national "
     "interest, and the PPP said it would wait.\n\nSaturday, February 24, 2024 · Print edition\n", "2024-02-24"),
])
def test_undated_pages_of_the_round(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day


def test_naming_the_emir_elsewhere_dates_no_page(tmp_path):
    # the JI chief speaking "yesterday" about an elected government is no election of his
    text = "JI\n\nJI chief Hafiz Naeemur Rehman said yesterday the elected government had failed the people.\n"
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") != "2024-04-05"


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # what is said before its speaker: a party's decision or an allegation is made by saying it
    ("Shehbaz Sharif will return as prime minister, while Asif Ali Zardari will be the alliance's candidate for "
     "president, the parties announced at a press conference in Islamabad late Tuesday.", date(2024, 2, 21),
     "Tuesday", "coalition"),
    ("Shehbaz Sharif will return as prime minister and Zardari will be the coalition's candidate for president, the "
     "parties told a news conference late on Tuesday.", date(2024, 2, 21), "on Tuesday", "coalition"),
    # an allegation told before its speaker stays a saying (its rebuttals are told the same way: "The allegations of
    # rigging are politically motivated, the minister said")
    ("The February 8 election was massively rigged, PTI chairman Gohar Ali Khan said on Friday.", date(2024, 2, 17),
     "on Friday", "statement"),
    # an announced act stays an announcement; a clause of its own after "but" is no speaker's
    ("The PTI will hold protest rallies in all provincial capitals against what it calls the theft of its mandate, "
     "party leaders said on Wednesday.", date(2024, 3, 7), "on Wednesday", "statement"),
    ("The lawmakers joined the Sunni Ittehad Council to claim the seats, but the commission rejected the claim on "
     "Monday.", date(2024, 3, 6), "on Monday", "statement"),
])
def test_what_is_said_before_its_speaker(sentence, published, cue, kind):
    assert [t for c, t, _ in typed(sentence, published) if c == cue] == [kind]


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # a party naming its choice for an office
    ("Earlier this week, Khan named Ali Amin Gandapur as the party's choice for chief minister of Khyber-Pakhtunkhwa, "
     "where PTI-backed candidates won a clear majority.", date(2024, 2, 16), "Earlier this week", "government_formation"),
    # a message released is a saying, not a release from prison
    ("Earlier on Friday, Khan's party released an audio-visual message, made by software from his voice, in which the "
     "imprisoned leader thanked voters and claimed victory.", date(2024, 2, 10), "on Friday", "statement"),
    # the Fund's board and its Stand-By Arrangement
    ("Pakistan and the IMF reached a staff-level agreement on Wednesday, clearing the way for the release of $1.1 "
     "billion once the Fund's Executive Board approves it, expected in April.", date(2024, 3, 21), "in April",
     "international"),
    ("The SBA, approved in July last year, helped Pakistan avert a default.", date(2024, 3, 21), "in July last year",
     "international"),
    # a court striking down what is named before it
    ("The bench restored sections of the Army Act that a five-member bench had struck down in October 2023.",
     date(2025, 5, 8), "in October 2023", "legal"),
    # a semicolon ends the clause before a day that stands alone after it
    ("February 13: PML-N names Shehbaz Sharif as its candidate for prime minister; a week later, on the night of "
     "February 20, the PML-N and PPP announce a coalition.", date(2025, 2, 8), "a week later", "coalition"),
    # an order named by its day, and a law signed in a relative clause
    ("In an order of March 4, 2024, the Election Commission refused the SIC's claim and handed the seats to other "
     "parties.", date(2024, 7, 13), "March 4, 2024", "legal"),
    ("The new public order law, which President Asif Ali Zardari signed on Saturday, requires permission for "
     "rallies.", date(2024, 9, 10), "on Saturday", "legal"),
    # prison terms handed down
    ("An anti-terrorism court on Monday handed the two men prison terms of five years.", date(2025, 1, 21), "on Monday",
     "legal"),
])
def test_types_of_the_round(sentence, published, cue, kind):
    assert [t for c, t, _ in typed(sentence, published) if c == cue] == [kind]


@pytest.mark.parametrize("sentence, cue, kind", [
    # the elections only anchor a time ("a few days before the general elections"); the sentencing is the act
    ("خصوصی عدالت نے عام انتخابات سے چند روز قبل 30 جنوری کو دونوں رہنماؤں کو دس، دس سال قید کی سزا سنائی تھی۔",
     "30 جنوری", "legal"),
    # a day that names the noun keeps it, whatever follows ("after Thursday's polling")
    ("جمعرات کو ہونے والی پولنگ کے بعد نتائج میں تاخیر پر جماعتوں نے شدید تنقید کی۔", "جمعرات کو", "election"),
    ("8 فروری کے انتخابات کے بعد تحریک انصاف نے احتجاج کیا۔", "8 فروری", "election"),
])
def test_an_urdu_noun_that_anchors_a_time_dates_nothing(sentence, cue, kind):
    assert [t for c, t, _ in typed(sentence, date(2024, 6, 4), "ur") if c == cue] == [kind]



def test_the_military_courts_sentencing_told_by_its_prison_terms(tmp_path):
    # the story's military courts sentencing 25 civilians on Saturday 21 December 2024, told as "military
    # tribunals" handing "prison terms"
    text = ("Sentences\n\nPublished: 2024-12-23\n\nThe army's media wing announced on Saturday that military tribunals "
            "had handed the 25 men prison terms of two to 10 years.\n")
    events = articles_of(tmp_path, {"a.txt": text}).events
    assert list(events[events["cue"] == "on Saturday"]["type"]) == ["legal"]



BYLINE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Count nears its end</title></head>
<body><nav><a href="/">Home</a> | <a href="/latest">Latest</a></nav>
<article><h1>Count nears its end</h1>
<div class="{byline_class}">Dawn.com | Staff Reporter &middot; Published February 10, 2024 &middot; Updated February 10, 2024 07:48pm</div>
<div class="story__content">
<p>ISLAMABAD: With results of only nine National Assembly constituencies still awaited on Saturday evening, candidates
backed by the Pakistan Tehreek-i-Insaf remained the largest group in the lower house, according to the commission.</p>
<p>By the commission's count, independents had won 100 seats, followed by the PML-N with 73 and the PPP with 54, and
the smaller parties shared the rest.</p>
</div></article>
<aside class="related"><a href="/x">Older story</a> <span class="byline">Published January 2, 2024</span></aside>
</body></html>
"""


@pytest.mark.parametrize("byline_class, day", [
    # a byline the extractor drops: its date is the page's (Saturday 10 February 2024)
    ("byline", "2024-02-10"),
    # a block of no byline class keeps no date of its own for the page (the related story's is not read)
    ("story-extra", "NaT"),
])
def test_a_dropped_byline_of_an_html_page_dates_it(tmp_path, byline_class, day):
    page = BYLINE_PAGE.replace("{byline_class}", byline_class)
    assert published_in_folder(tmp_path, {"a.html": page}, "a.html") == day


# What the round's review found the new rules doing where they should not (sentences written for these tests).

@pytest.mark.parametrize("text, day", [
    # the talks called off only considered, or told from later
    ("Talks\n\nRAWALPINDI: PTI founder Imran Khan is considering calling off negotiations with the government, party "
     "chairman Gohar Ali Khan told reporters outside Adiala Jail today.\n", "NaT"),
    ("Talks\n\nRAWALPINDI: Weeks after PTI founder Imran Khan called off negotiations with the government the two sides "
     "are talking again, party chairman Gohar Ali Khan told reporters outside Adiala Jail today.\n", "NaT"),
    # a resignation dated otherwise in its own clause
    ("Mengal\n\nQUETTA: Akhtar Mengal resigned from the National Assembly last year, BNP leaders told reporters "
     "today.\n", "NaT"),
    # Hafiz Naeem giving up his Sindh seat (12 February 2024) is no election of an emir, whoever else is named
    ("Seat\n\nKARACHI: JI Karachi chief Hafiz Naeemur Rehman today gave up the Sindh Assembly seat he was elected to, "
     "saying the PTI-backed candidate had won it, a move JI emir Sirajul Haq praised.\n", "2024-02-12"),
    ("JI\n\nLAHORE: Hafiz Naeemur Rehman, who replaced Sirajul Haq as JI chief, today said the elected government had "
     "lost its legitimacy.\n", "NaT"),
    # a page that names its own weekday: "last Thursday" (8 August 2024) two days back, as "today (Saturday)" says
    ("Sit-in over\n\nRAWALPINDI: The Jamaat-e-Islami called off its sit-in at Liaquat Bagh last Thursday.\n\nTraders "
     "in Rawalpindi reopened their shops today (Saturday) for the first time in two weeks.\n", "2024-08-10"),
    # Urdu "گزشتہ جمعرات" is also the latest Thursday: the earliest day after "yesterday"
    ("دھرنا ختم\n\nراولپنڈی: جماعت اسلامی نے گزشتہ جمعرات کو لیاقت باغ میں اپنا دھرنا ختم کر دیا۔\n", "2024-08-10"),
    # clauses with verbs of their own are no list of names: "yesterday" is the rally's (Sunday 8 September 2024)
    ("جلسہ\n\nاسلام آباد: تحریک انصاف نے گزشتہ روز سنگجانی میں جلسہ کیا، گنڈاپور نے تقریر کی، اور پولیس نے پارلیمنٹ ہاؤس سے "
     "تحریک انصاف کے ارکان اسمبلی کو گرفتار کر لیا۔\n", "2024-09-09"),
    # deciding today to mark the anniversary later is no anniversary today
    ("Plan\n\nISLAMABAD: The PTI's political committee decided today to mark one year since the February 8, 2024 "
     "general elections with nationwide protests on Saturday.\n", "NaT"),
])
def test_undated_pages_the_review_kept(tmp_path, text, day):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == day


def test_an_e_paper_date_at_the_foot_is_the_site_s_not_the_page_s(tmp_path):
    text = ("Polls\n\nPolling for the general elections is under way today across the country, with long queues outside "
            "stations in Lahore and Karachi since the morning.\n\nVoters complained that mobile phone services had been "
            "suspended in several cities.\n\nE-Paper | Monday, March 11, 2024\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


@pytest.mark.parametrize("sentence, published, cue, kind", [
    # what is said before its speaker, when it is dated otherwise, conditional or a denial, stays a saying
    ("The PPP backed Shehbaz Sharif for prime minister in February, Bilawal Bhutto Zardari said on Friday.",
     date(2024, 6, 15), "on Friday", "statement"),
    ("If the PPP joins the coalition, it will get the presidency, analysts said on Friday.", date(2024, 2, 17),
     "on Friday", "statement"),
    ("Claims that the election was rigged are baseless, the ECP said on Friday.", date(2024, 2, 17), "on Friday",
     "statement"),
    ("The PTI would consider joining a coalition only with the PPP, sources said on Friday.", date(2024, 2, 17),
     "on Friday", "statement"),
    # release from custody, the treasury benches, a domestic executive board, the order of the day, electricity bills
    ("Police on Friday released the workers arrested over the speech.", date(2024, 2, 17), "on Friday", "legal"),
    ("The treasury benches set aside the opposition's demand for a debate on Tuesday.", date(2024, 6, 26),
     "on Tuesday", "other"),
    ("NAB's Executive Board on Wednesday approved a corruption inquiry against three former ministers.",
     date(2024, 6, 27), "on Wednesday", "other"),
    ("The National Assembly on Tuesday changed the order of the day to take up a resolution on Palestine.",
     date(2024, 6, 26), "on Tuesday", "other"),
    ("Protesters burned electricity bills that they said had been signed off by the power minister on Thursday.",
     date(2024, 8, 2), "on Thursday", "protest"),
])
def test_types_the_review_kept(sentence, published, cue, kind):
    assert [t for c, t, _ in typed(sentence, published) if c == cue] == [kind]


# What the round's second review found (sentences written for these tests).

@pytest.mark.parametrize("sentence, published, cue, kind", [
    ("The PPP refused to join the coalition government, Bilawal Bhutto Zardari said on Friday.", date(2024, 2, 17),
     "on Friday", "statement"),
    ("The election was rigged, the ECP denied on Friday.", date(2024, 2, 17), "on Friday", "statement"),
    ("The allegations of rigging are politically motivated, caretaker information minister Murtaza Solangi said on "
     "Friday.", date(2024, 2, 17), "on Friday", "statement"),
    ("After the PML-N and PPP agreed to form a coalition, Bilawal said on Friday, the PPP would not take cabinet posts.",
     date(2024, 2, 24), "on Friday", "statement"),
])
def test_types_the_second_review_kept(sentence, published, cue, kind):
    assert [t for c, t, _ in typed(sentence, published) if c == cue] == [kind]


@pytest.mark.parametrize("text", [
    # a resignation in the past perfect, told "today" by another
    "Mengal\n\nQUETTA: Akhtar Mengal had resigned from the National Assembly in protest, BNP senator Jan Buledi told "
    "the Senate today.\n",
    # "election" as a modifier is no vote of a year ago
    "Op-ed\n\nThe election schedule was announced a year ago today, and the commission has learnt nothing since.\n",
    "Op-ed\n\nThe election petitions were filed a year ago today; not one has been decided.\n",
    # "yesterday" dates the minister's telling, a clause of its own before the list of names
    "گرفتار\n\nاسلام آباد: وزیر اطلاعات عطا تارڑ نے گزشتہ روز ٹی وی پر بتایا، تحریک انصاف کے بیرسٹر گوہر، شیر افضل مروت اور زین "
    "قریشی کو پارلیمنٹ ہاؤس سے حراست میں لے لیا گیا ہے۔\n",
])
def test_undated_pages_the_second_review_kept(tmp_path, text):
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_a_dated_box_inside_the_text_is_no_byline():
    from dashboard.layout import extract_html
    page = BYLINE_PAGE.replace("{byline_class}", "story-extra").replace(
        "</div></article>", '<div class="more-stories"><a href="/y">Earlier</a> <time class="post-date">May 9, 2023'
        "</time></div></div></article>")
    text, _, _ = extract_html(page)
    assert "May 9, 2023" not in text

