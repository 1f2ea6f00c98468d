"""A page that prints no date is dated by the story's happening it reports (story.json `calendar`).
Every article here is our own; the expected days are worked out by hand from the calendar of
2024 (3 March 2024 was a Sunday, 9 February a Friday, 21 April and 23 November 2025 Sundays)."""

import json
import shutil
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import load_corpus
from dashboard.story import DEFAULT_STORY_DIR, StoryError, default_story, load_story
from dashboard.undated import infer_published


def article_of(tmp_path, text: str) -> dict:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    row = corpus.articles.iloc[0].to_dict()
    row["events"] = sorted((str(d)[:10], c) for d, c in zip(corpus.events["date"], corpus.events["cue"]))
    return row


def published(tmp_path, text: str) -> str | None:
    row = article_of(tmp_path, text)
    return None if row["published"] is None or str(row["published"]) == "NaT" else str(row["published"])[:10]


@pytest.mark.parametrize("text, day", [
    # a weekday from publication: the earliest day it points at the vote from
    ("Shehbaz Sharif re-elected\n\nThe National Assembly on Sunday elected Shehbaz Sharif prime minister "
     "with 201 votes.\n", "2024-03-03"),
    # "yesterday" points at it from the next day
    ("Lawmakers yesterday elected Shehbaz Sharif as prime minister for a second time.\n\nHe won 201 votes.\n",
     "2024-03-04"),
    # a headline that tells it as done, with no day at all
    ("Zardari elected president for a second term\n\nThe PPP leader won comfortably in the electoral college, "
     "which is made up of both houses and the four assemblies.\n", "2024-03-09"),
    # Urdu: "today"
    ("اسلام آباد: قومی اسمبلی نے آج شہباز شریف کو وزیراعظم منتخب کر لیا۔ انہیں 201 ووٹ ملے۔\n", "2024-03-03"),
    # the page's own day is the day its first sentence says the EU spoke, not the day of the vote
    ("Brussels urges inquiry\n\nThe European Union on Friday urged an inquiry into irregularities reported in "
     "Thursday's general election in Pakistan.\n", "2024-02-09"),
    # a calendar word that names an actor is any of the actor's names ("Shahbaz" for "Shehbaz")
    ("Shahbaz Sharif sworn in as 24th prime minister\n\nThe ceremony at the presidency was broadcast live "
     "on state television.\n", "2024-03-04"),
    # a day that dates the act itself is the page's day, whatever earlier days the sentence names
    ("The United States and Britain on Friday voiced concern about Pakistan's electoral process in the "
     "wake of a vote on Thursday marred by a mobile phone shutdown.\n", "2024-02-09"),
    # an earlier day that names another happening ("Thursday's elections") does not move the page on
    ("A senior Jamaat-i-Islami leader on Monday gave up the Sindh Assembly seat he won in Thursday's "
     "elections, saying the votes had been counted in his favour by mistake.\n", "2024-02-12"),
    # "a short while ago" is today; Urdu "کچھ دیر پہلے" too (the commissioner's confession, 17 February)
    ("راولپنڈی: اب سے کچھ دیر پہلے کمشنر راولپنڈی لیاقت علی چٹھہ نے انتخابات میں دھاندلی کا اعتراف کیا تھا۔\n",
     "2024-02-17"),
    # a preview that "today" pins to a later day than the report it carries, which still fits it
    ("President-elect Zardari will take the oath at the President's House today (Sunday).\n\nThe PPP "
     "co-chairman was elected president for the second time on Saturday.\n", "2024-03-10"),
    # Monday's oath wins over Sunday's vote, which the same page recalls
    ("Shehbaz Sharif took the oath as prime minister on Monday, a day after the assembly elected him.\n\n"
     "He was elected prime minister on Sunday with the votes of the PML-N and the PPP.\n", "2024-03-04"),
])
def test_a_page_without_a_date_takes_the_day_of_the_happening_it_reports(tmp_path, text, day):
    row = article_of(tmp_path, text)
    assert str(row["published"])[:10] == day
    assert row["published_from"] == "story calendar"
    assert any("story's calendar" in p for p in row["problems"])
    assert not any(p.startswith("no publication date found") for p in row["problems"])


@pytest.mark.parametrize("text, day", [
    # a weekday ahead points at it from the day before at the latest
    ("Shehbaz Sharif will be elected prime minister on Sunday, PML-N leaders said after a meeting.\n", "2024-03-02"),
    ("شہباز شریف اتوار کو وزیراعظم منتخب ہوں گے۔\n", "2024-03-02"),
    # "tomorrow" from the day before, "today" on the day
    ("The National Assembly will elect the new prime minister tomorrow; Shehbaz Sharif is the favourite to be "
     "elected prime minister.\n", "2024-03-02"),
    ("قومی اسمبلی آج نئے وزیراعظم کا انتخاب کرے گی، شہباز شریف کا وزیراعظم منتخب ہونا یقینی ہے۔\n", "2024-03-03"),
])
def test_a_page_that_tells_it_as_to_come_was_written_before_it(tmp_path, text, day):
    assert published(tmp_path, text) == day


def test_a_report_of_what_is_done_wins_over_a_preview(tmp_path):
    text = ("The National Assembly on Sunday elected Shehbaz Sharif prime minister for a second time, ending "
            "weeks of talks.\n\nZardari will be elected president on Saturday, the PPP said in a statement.\n")
    row = article_of(tmp_path, text)
    assert str(row["published"])[:10] == "2024-03-03"
    assert any("it reports Shehbaz Sharif's election" in p for p in row["problems"])


def test_a_preview_says_it_announces(tmp_path):
    row = article_of(tmp_path, "Shehbaz Sharif will be elected prime minister on Sunday, PML-N leaders said after "
                               "a meeting.\n")
    assert any("it announces Shehbaz Sharif's election" in p for p in row["problems"])


def test_only_the_top_of_a_page_is_read_for_its_day(tmp_path):
    filler = "".join(f"Paragraph {i} describes the economy and the weather in some detail.\n\n" for i in range(45))
    text = filler + "The National Assembly on Sunday elected Shehbaz Sharif prime minister.\n"
    assert published(tmp_path, text) is None


def test_a_guessed_day_does_not_settle_a_yearless_dateline(tmp_path):
    # 14 March was a Friday in 2025 (a Thursday in 2024): the calendar's 2024 guess for the other
    # page is no year the folder's pages are of.
    (tmp_path / "wire.txt").write_text("KARACHI, March 14 (Reuters) - Police on Friday arrested dozens of opposition "
                                       "workers outside the provincial assembly, officials said.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("The National Assembly on Sunday elected Shehbaz Sharif prime minister "
                                          "for a second time, after weeks of talks.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    rows = corpus.articles.set_index("article")
    assert rows.loc["undated.txt", "published_from"] == "story calendar"
    assert str(rows.loc["wire.txt", "published"])[:10] != "2024-03-14"


def test_the_inferred_day_resolves_the_pages_own_weekdays(tmp_path):
    text = ("The National Assembly on Sunday elected Shehbaz Sharif prime minister for a second time, after weeks "
            "of talks between his party and the PPP.\n\n"
            "On Friday, PTI workers had rallied outside the Election Commission in Islamabad.\n")
    row = article_of(tmp_path, text)
    assert ("2024-03-01", "On Friday") in row["events"]


@pytest.mark.parametrize("text", [
    # the same words, another time
    "Shehbaz Sharif, elected prime minister in April 2022, has said little about the economy.\n",
    # the day dates another act: the seats were denied before, the members were suspended on Monday
    "The Election Commission on Monday suspended members elected on the reserved seats that were denied to the "
    "Sunni Ittehad Council.\n",
    # a day reported of the act itself that is not its day (a slip, or another oath)
    "Shehbaz Sharif was sworn in as prime minister on Friday.\n",
    # words that name other times need a day: a lead about the Senate elections alone dates nothing
    "Senate elections: what the parties want\n\nThe ruling alliance hopes to win most of the seats.\n",
    # two rounds of by-elections fell on Sundays: "on Sunday" tells them not apart
    "The PML-N swept the by-elections held on Sunday, unofficial results showed.\n",
    # "today" fits any day: it dates the sit-in, and ties no page to the vote the sit-in is about
    "The alliance will stage a sit-in on the national highway today against rigging in the general elections.\n",
    "The party staged a sit-in on the national highway yesterday against rigging in the general elections.\n",
    # nothing of the calendar at all
    "PTI workers rallied on Sunday against inflation in Lahore.\n",
    # another act: congratulating someone else's election, administering an oath, a cabinet's oath
    "President Zardari congratulates Donald Trump on being elected US president\n\n" + "He wished him well.\n",
    "صدر زرداری کی ڈونلڈ ٹرمپ کو امریکی صدر منتخب ہونے پر مبارکباد\n\nانہوں نے نیک خواہشات کا اظہار کیا۔\n",
    "Prime Minister Shehbaz Sharif today congratulated Keir Starmer on being elected.\n",
    "Prime Minister Shehbaz Sharif on Monday administered the oath to new federal ministers.\n",
    "PM Shehbaz's cabinet takes oath\n\nNineteen ministers joined the federal cabinet at a ceremony.\n",
    # told from later: another time close to the act, or "since"
    "Two years ago Shehbaz Sharif was elected prime minister of a divided country.\n",
    "Zardari was elected president last month, and the PPP now holds two top offices.\n",
    "Since Shehbaz Sharif was elected prime minister, the rupee has stabilised.\n",
    "آصف علی زرداری 2008 میں پہلی بار صدر منتخب ہوئے تھے۔\n",
    # words that fit other protests, other claims of victory
    "PTI on Wednesday called off its protest in Karachi after talks with the police.\n",
    "Traders at D-Chowk on Tuesday protested against encroachments by the city authorities.\n",
    "Nawaz Sharif on Friday claimed victory in the Lahore by-election.\n",
    # a preview told as likely, with no day of its own
    "Shehbaz Sharif likely to be elected prime minister\n\nThe PML-N and the PPP have the numbers.\n",
    "Zardari poised to be elected president for a second time\n\nThe coalition has the votes in parliament.\n",
])
def test_no_day_is_inferred_without_a_happening_told_as_done_on_its_day(tmp_path, text):
    row = article_of(tmp_path, text)
    assert row["published_from"] != "story calendar"
    assert published(tmp_path, text) is None


@pytest.mark.parametrize("text, day", [
    # "tomorrow (Sunday)" is the day before the Sunday, whatever the weekday says
    ("Zardari was elected president of Pakistan on Saturday.\n\nHe is expected to take the oath as "
     "president tomorrow (Sunday).\n", "2024-03-09"),
    # a weekday ahead fits a week of days, the report's own among them: the report's day stands
    ("Shehbaz Sharif returns as premier\n\nISLAMABAD: Parliament on Sunday elected Shehbaz Sharif prime "
     "minister with 201 votes.\n\nAsif Ali Zardari is expected to be elected president on Saturday by the "
     "assemblies.\n", "2024-03-03"),
])
def test_a_report_and_a_preview_on_one_page(tmp_path, text, day):
    assert published(tmp_path, text) == day


def test_an_act_in_a_relative_clause_ties_no_lead(tmp_path):
    # the Peshawar High Court's ruling of 14 March, told in passing in a preview of another hearing
    text = ("The Sunni Ittehad Council is challenging a decision by the Peshawar High Court, which dismissed "
            "its petitions on the reserved seats, before a larger bench.\n")
    assert published(tmp_path, text) is None


def test_a_page_with_its_own_date_keeps_it(tmp_path):
    text = ("Published: 12 March 2024\n\nShehbaz Sharif was elected prime minister on Sunday, his party recalled "
            "on Tuesday.\n")
    row = article_of(tmp_path, text)
    assert str(row["published"])[:10] == "2024-03-12"
    assert row["published_from"] != "story calendar"


GANDAPUR_REPORT = ("Gandapur elected chief minister of Khyber Pakhtunkhwa\n\n"
                   "PESHAWAR: Ali Amin Gandapur on Friday was elected chief minister of Khyber Pakhtunkhwa "
                   "with 90 votes in the provincial assembly.\n")


def test_a_date_bar_far_from_the_calendar_s_day_is_the_day_the_page_was_saved(tmp_path):
    # 1 March 2024, the day of the vote, was a Friday; 19 May 2024 a Sunday, eleven weeks later
    row = article_of(tmp_path, "Sunday, May 19, 2024\n\n" + GANDAPUR_REPORT)
    assert str(row["published"])[:10] == "2024-03-01"
    assert row["published_from"] == "story calendar"
    assert any("(2024-05-19) is taken as the day the page was saved" in p for p in row["problems"])
    assert not any("may be the day the page was saved" in p for p in row["problems"])


@pytest.mark.parametrize("bar, day", [
    ("Saturday, March 2, 2024", "2024-03-02"),     # the next morning: a week or less from the vote
    ("Sunday, May 19, 2024", "2024-05-19"),        # no happening of the calendar to weigh it against
])
def test_a_date_bar_stays_when_near_the_calendar_s_day_or_with_none(tmp_path, bar, day):
    text = bar + "\n\n" + (GANDAPUR_REPORT if day.startswith("2024-03") else
                            "Traders close shops over new taxes\n\nPESHAWAR: Traders in Peshawar on Friday closed "
                            "their shops in protest against the new taxes, and most markets stayed shut until the "
                            "evening.\n")
    row = article_of(tmp_path, text)
    assert str(row["published"])[:10] == day and row["published_from"] == "byline"


def test_a_day_named_tells_two_anniversaries_apart(tmp_path):
    # 8 February 2025 was a Saturday, 8 February 2026 a Sunday
    saturday = ("PTI observed a black day on Saturday to mark the anniversary of the February 8 election.\n")
    sunday = ("PTI observed a black day on Sunday to mark the anniversary of the February 8 election.\n")
    assert published(tmp_path, saturday) == "2025-02-08"
    assert published(tmp_path, sunday) == "2026-02-08"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
       st.sampled_from(["yesterday", "on {}", "two days ago"]))
def test_an_inferred_day_is_never_before_the_happening_nor_a_week_after(weekday, phrase):
    story = default_story()
    sentence = f"Asif Ali Zardari was elected president {phrase.format(weekday)}."
    inferred = infer_published(sentence, [(0, len(sentence))], story.calendar, "en", story.known_day_map())
    if inferred is not None:
        assert inferred.happening.day <= inferred.day < inferred.happening.day + timedelta(days=7)
        if phrase == "on {}":
            assert weekday == "Saturday" and inferred.day == date(2024, 3, 9)


def _story_copy(tmp_path, edit) -> str:
    folder = tmp_path / "story"
    shutil.copytree(DEFAULT_STORY_DIR, folder)
    data = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    edit(data)
    (folder / "story.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["calendar"][0].update(date="3 March"), "calendar[0].date: '3 March' must be a date"),
    (lambda d: d["calendar"][0].update(words=[]), "calendar[0].words: must be a non-empty list"),
    (lambda d: d["calendar"][0].update(words=[["elected"], []]), "calendar[0].words: each list must hold"),
    (lambda d: d["calendar"][0].update(needs_a_day="yes"), "calendar[0].needs_a_day: must be true or false"),
    (lambda d: d["calendar"][0].pop("about"), "calendar[0].about: must be a non-empty string"),
    (lambda d: d.update(calendar={}), "calendar: must be a list"),
    (lambda d: d["calendar"][0].update(needs_day=True), "calendar[0].needs_day: unknown key"),
    (lambda d: d.update(calendar_not_words="since"), "calendar_not_words: must be a list of strings"),
])
def test_a_broken_calendar_is_one_clear_error(tmp_path, edit, message):
    with pytest.raises(StoryError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_story(_story_copy(tmp_path, edit))


def test_a_story_without_a_calendar_infers_nothing(tmp_path):
    folder = _story_copy(tmp_path, lambda d: d.pop("calendar"))
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "page.txt").write_text("The National Assembly on Sunday elected Shehbaz Sharif prime minister.\n",
                                       encoding="utf-8")
    corpus = load_corpus(articles, story=folder, use_cache=False)
    assert corpus.articles["published"].isna().all()


# --- the day a page calls today ----------------------------------------------------------
# (17 February 2024 was a Saturday, 2025's a Monday, 2026's a Tuesday; 24 November 2024 a
# Sunday, 2025's a Monday, 2026's a Tuesday)

@pytest.mark.parametrize("text, day", [
    # the weekday written with it picks the year
    ("PTI protests continue\n\nToday, Saturday (February 17), party workers are gathering outside the "
     "election offices in several cities.\n", "2024-02-17"),
    ("آج بروز اتوار 24 نومبر کو کارکن اسلام آباد کی جانب روانہ ہو رہے ہیں۔\n\nشاہراہیں کنٹینر لگا کر بند کر دی گئی ہیں۔\n",
     "2024-11-24"),
    # a year written with it
    ("The march begins\n\nWorkers are leaving Peshawar today, November 24, 2024, for the capital.\n", "2024-11-24"),
    # "(today)" after the date
    ("Polling under way\n\nVoters are casting ballots in the by-elections held on April 21 (today) across "
     "21 constituencies.\n", "2024-04-21"),
])
def test_the_day_a_page_calls_today_dates_it(tmp_path, text, day):
    row = article_of(tmp_path, text)
    assert str(row["published"])[:10] == day
    assert row["published_from"] == "today in the text"
    assert any("calls today" in p for p in row["problems"])


@pytest.mark.parametrize("text", [
    # no year settles it: more than one year of the story fits, and nothing tells them apart
    "Rally in Swabi\n\nWorkers are gathering in Swabi today, November 24, for the party's rally.\n",
    # two yearly returns of 8 February share their words
    "یوم سیاہ\n\nپارٹی کی کال پر آج 8 فروری کو یوم سیاہ منایا جا رہا ہے۔\n",
    # "today" that is not the date: words between them
    "Hearing adjourned\n\nThe court today adjourned the hearing of the petition until November 24.\n",
    # a named day of the story is no year written with "today": the page is of a yearly return
    "Black day\n\nToday, February 8, PTI is observing a black day to mark the anniversary of the elections.\n",
    # a yearly return of a calendar day: not the year of the happening itself (with its count of years it
    # is that return: test_round22; an Urdu ordinal, "پہلی برسی", is no count the loader reads yet)
    "آج 24 نومبر ہے اور کارکن فائنل کال کی پہلی برسی منا رہے ہیں۔\n\nپارٹی نے تقریبات کا اعلان کیا ہے۔\n",
    # the speaker's today, inside a quotation
    "The call\n\nImran Khan had written from jail: 'Today, Wednesday, November 13, I give the final call.' "
    "The convoys set off from Peshawar on Sunday.\n",
    # a year to come, and a weekday that does not fit the written year (24 November 2025 was a Monday)
    "Looking ahead\n\nWorkers will gather today, November 24, 2030, for the rally.\n",
    "Rally day\n\nToday, Saturday, November 24, 2025, workers are gathering in Swabi.\n",
])
def test_a_today_that_is_not_the_pages_day_dates_nothing(tmp_path, text):
    row = article_of(tmp_path, text)
    assert row["published_from"] != "today in the text"


def test_a_long_page_of_todays_loads(tmp_path):
    # every sentence-less kilobyte holds a "today" and a date: the page still loads, undated
    text = "Long page\n\n" + "the crowd said today that November 24 was near and " * 2000 + "\n"
    row = article_of(tmp_path, text)
    assert row["published_from"] != "today in the text"


YEARLESS_PAGE = ("Fazl rejects election results\n\nISLAMABAD: The JUI-F chief said his party rejected the results "
                 "of the February 8 elections and announced rallies.\n\nThe party will hold a rally in Peshawar on "
                 "Feb 22 and another in Quetta on March 3, he said.\n\nA court adjourned the party's petition till "
                 "June 6.\n")


def test_yearless_days_of_an_undated_page_take_the_year_of_its_latest_dated_day(tmp_path):
    # The page dates the election of 8 February 2024 by the story's name of it; Feb 22 and March 3
    # follow it within weeks, so they are 2024's; June 6 is four months on, and could be any year's.
    row = article_of(tmp_path, YEARLESS_PAGE)
    assert row["published"] is None or str(row["published"]) == "NaT"
    days = {cue: day for day, cue in row["events"]}
    assert days.get("Feb 22") == "2024-02-22" and days.get("March 3") == "2024-03-03"
    assert "June 6" not in days


def test_a_yearless_day_takes_no_year_without_a_dated_day_on_the_page(tmp_path):
    row = article_of(tmp_path, YEARLESS_PAGE.replace("of the February 8 elections", "of the elections"))
    assert not {"Feb 22", "March 3"} & {cue for _, cue in row["events"]}


def test_a_yearless_day_names_the_page_s_dates_as_its_anchor():
    from dashboard.dates import find_dates
    mention = next(m for m in find_dates("The rally in Peshawar will be on Feb 22.", None,
                                         year_anchor=date(2024, 2, 8)) if m.text == "Feb 22")
    assert (mention.value, mention.anchor, mention.anchor_from) == ("2024-02-22", "2024-02-08", "the page's dates")
    # with a publication date the anchor plays no part
    dated = next(m for m in find_dates("The rally will be on Feb 22.", date(2025, 1, 10),
                                       year_anchor=date(2024, 2, 8)) if m.text == "Feb 22")
    assert dated.value == "2025-02-22"


@pytest.mark.parametrize("text, day", [
    # "reserved its verdict today" is the reserving (9 July 2024), not the verdict of 12 July
    ("سپریم کورٹ کے فل کورٹ نے آج مخصوص نشستوں سے متعلق اپیلوں پر فیصلہ محفوظ کر لیا۔\n", "2024-07-09"),
    ("The Supreme Court today reserved its verdict on the reserved seats appeals after nine hearings.\n",
     "2024-07-09"),
])
def test_the_act_of_the_longer_words_wins(tmp_path, text, day):
    assert published(tmp_path, text) == day


@pytest.mark.parametrize("name, text", [
    # a day range past the month's end in the year the page's dates give (no 29 February in 2023)
    ("range.txt", "Talks stall\n\nISLAMABAD: The PML-N and the PPP met on February 25, 2023 to discuss the "
                  "budget and other matters.\n\nFurther talks were held on February 28-29.\n"),
    # a page of brackets only: no language to read it in
    ("brackets.txt", "((((\n\n))))\n"),
])
def test_odd_undated_pages_load(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert len(corpus.articles) == 1 and "2023-02-28" not in [str(d)[:10] for d in corpus.events["date"]]


def test_a_date_bar_stays_against_a_lead_that_names_no_day(tmp_path):
    text = ("Sunday, May 19, 2024\n\nShehbaz Sharif, elected prime minister in March, meets Saudi crown prince\n\n"
            "RIYADH: Prime Minister Shehbaz Sharif met the Saudi crown prince and discussed investment in "
            "Pakistan's mining sector.\n")
    assert published(tmp_path, text) == "2024-05-19"


@pytest.mark.parametrize("text", [
    "PTI workers on Feb 8 staged protests in several cities against the rigged elections, observing a black day.",
    "Polling stations opened on February 8 in 2018 too, under a caretaker government.",
])
def test_a_day_of_the_story_needs_its_noun_beside_it_and_no_other_year(text):
    from dashboard.dates import find_dates
    assert "2024-02-08" not in [m.value for m in find_dates(text, None, known_days=default_story().known_day_map())]


def test_a_yearless_day_with_last_year_takes_no_year_from_the_page():
    from dashboard.dates import find_dates
    found = find_dates("Its previous meeting was on March 3 last year.", None, year_anchor=date(2024, 3, 1))
    assert all(m.value is None for m in found)


def test_a_lead_that_closes_on_the_day_of_its_report_dates_the_page(tmp_path):
    # "..., the Speaker announced on Sunday": the vote of Sunday 3 March 2024 was reported that day;
    # the day still has to be the happening's weekday
    lead = ("Shehbaz Sharif, the joint candidate of the alliance, has been elected prime minister of Pakistan "
            "for a second time, securing 201 votes in the National Assembly, Speaker Ayaz Sadiq announced on {}.\n\n"
            "His rival Omar Ayub Khan got 92 votes.\n")
    assert published(tmp_path, lead.format("Sunday")) == "2024-03-03"
    assert published(tmp_path, lead.format("Tuesday")) is None


def test_a_weekday_written_with_a_yearless_date_gives_the_storys_year():
    from dashboard.dates import find_dates
    years = default_story().years
    # 21 February was a Wednesday in 2024 (and in 2018, outside the story); 1 March 2024 a Friday
    found = {m.text: m.value for m in find_dates(
        "The deal was announced on Wednesday (February 21) late at night. The talks began on Friday, March 1.",
        None, story_years=years)}
    assert found == {"on Wednesday (February 21)": "2024-02-21", "Friday, March 1": "2024-03-01"}
    # a weekday that fits no year of the story's, or none written, gives no year
    assert [m.value for m in find_dates("The deal was announced on Thursday (February 21).", None,
                                        story_years=years)] == [None]
    assert [m.value for m in find_dates("The deal was announced on February 21.", None, story_years=years)] == [None]


def test_an_undated_lead_with_a_weekday_and_its_date_dates_that_mention_but_not_the_page(tmp_path):
    # the weekday gives "Feb 9" its year; when the page was written the text does not say (a lead may
    # recall a background day: "When results started coming out on Friday (Feb 9), ...")
    text = ("Results trickle in\n\nThe results of the general elections started coming out on Friday (Feb 9) after "
            "much delay, the interior ministry said.\n\nFormer premier Imran Khan was barred from taking part in "
            "Thursday's election.\n")
    row = article_of(tmp_path, text)
    assert row["published"] is None or str(row["published"]) == "NaT"
    assert ("2024-02-09", "on Friday (Feb 9)") in row["events"]
    # (the vote, named by its weekday's genitive and its noun, is the story's Thursday 8 February)
    assert ("2024-02-08", "Thursday's") in row["events"]


def test_polling_day_names_the_day_a_weekday_after_it_gives():
    from dashboard.dates import find_dates
    found = [(m.text, m.value) for m in find_dates("Mobile services were suspended on polling day Thursday.",
                                                   date(2024, 2, 9), known_days=default_story().known_day_map())
             if m.value]  # ("on polling day" is named by the weekday after it: no date of its own)
    assert found == [("Thursday", "2024-02-08")]


def test_the_november_24_protest_on_an_undated_page():
    from dashboard.dates import find_dates
    found = [(m.text, m.value) for m in find_dates("Police arrested hundreds of workers ahead of the November 24 "
                                                   "protest.", None, known_days=default_story().known_day_map())]
    assert found == [("November 24", "2024-11-24")]


def test_on_an_undated_page_the_calendars_day_named_by_its_act_has_its_year():
    from dashboard.dates import find_dates
    undated_days = default_story().undated_day_map()
    found = {m.text: m.value for m in find_dates(
        "Two days after the Supreme Court's July 12 verdict, the party wrote to the commission.", None,
        known_days=undated_days)}
    assert found["July 12"] == "2024-07-12" and found["Two days after"] == "2024-07-14"
    # a July 12 that names no act of that day's happening has no year
    assert [m.value for m in find_dates("The party met on July 12.", None, known_days=undated_days)] == [None]
    # and a page with a date reads no calendar day into a yearless mention (the known days only)
    # (17 February 2024, the Rawalpindi commissioner's confession, is a calendar day and no known day)
    assert (2, 17) in undated_days and (2, 17) not in default_story().known_day_map()


@pytest.mark.parametrize("text", [
    # the happening told in passing (an apposition, a relative clause); the day is another act's report
    "Asif Ali Zardari, elected president with 411 votes, received the Chinese ambassador at the presidency, "
    "the presidency said on Saturday.\n\nThe two discussed trade.\n",
    "Ali Amin Gandapur, who was elected KP chief minister after the polls, vowed to lead a march on Islamabad, "
    "his spokesman said on Friday.\n\nThe party has not named a date.\n",
])
def test_a_closing_report_day_does_not_date_a_happening_told_in_passing(tmp_path, text):
    assert published(tmp_path, text) is None
