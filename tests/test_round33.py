"""Loader rules of the thirty-third round.  Sentences written for these tests; the dates and types are read off the
text by hand.

- Undated pages on the anniversary of the vote: a day word set apart by commas counts whole years too ("Tomorrow,
  Saturday, Pakistan marks one year since the general election of February 8, 2024": written on 7 February 2025;
  "Yesterday, a year to the day after Pakistanis queued outside polling stations": 9 February 2025), a weekday
  written with it must fit; "Youm-e-Siyah" is the black day; a sentence that says no count of years takes the one
  its page says ("A year ago tomorrow ..."), and two yearly returns that nothing tells apart give no day.
- Urdu "کل" with a date and a copula says the page's day next to it, the copula saying which side: "کل 8 فروری تھی"
  (yesterday was 8 February), "کل 8 فروری ہے" (tomorrow is); "کل" before a day of a month is no quantity ("کل 265
  نشستیں" still is).
- Calendar: a happening may name words that make a sentence tell of another ("not_words": the Senate's polling is not
  the general election's); the 27th amendment's days (the Senate's passage on 10 November 2025, its tabling in the
  National Assembly on the 11th, two judges' resignations on the 13th, the Federal Constitutional Court's first oaths
  on the 14th).
- A count of years may be counted from a happening of the calendar its clause tells ("شہباز شریف کو دوسری مرتبہ
  وزیراعظم منتخب ہوئے آج ایک سال مکمل ہو گیا", "Today marks one year since Shehbaz Sharif was elected prime minister"),
  never from what came after it ("the government formed after the elections"); Urdu "کل" counts it too, on the side
  of today its verb says ("کل عام انتخابات کو ایک سال مکمل ہو جائے گا": tomorrow).
- Undated pages: a happening's words that are what another act of the sentence was done to ("پشاور ہائی کورٹ کا وہ فیصلہ
  معطل کر دیا", the suspension of the Peshawar High Court's verdict) tell that act, not the verdict; a lede that tells a
  happening as done with no time at all may be dated by the next sentence ("... دستخط کر دیے۔ ایوانِ صدر میں گزشتہ روز
  منعقدہ تقریب میں صدر مملکت نے ... بل پر دستخط کیے"), not a lede that only names it ("Follow the latest updates on the
  march"); the President signed the 26th amendment on 21 October 2024.
- Calendar: the £190 million verdict "announced" ("محفوظ فیصلہ آج سنا دیا"), not only "sentenced".
- Pages: an address whose slug ends in the story's number and a day ("...-2510417-2024-03-04") dates the page; the
  Senate's polls are named by "polls", "took", "contested" as well.
- What the review of these rules found they must not do: date a black day a year after another day (May 9, an
  arrest, an amendment) as the vote's anniversary; take a hedged count ("less than a year after"), or a count the page
  says of something else ("more than a year since its talks collapsed"), for the anniversary's; read "کل" next to a
  date that names the vote, "کل" of another clause or "کل" as "in all" as the page's day; take a weekday that does not
  fit; read the Senate's second passage of the 27th amendment as the National Assembly's, a judge who will not resign
  as resigning, later oaths of the new court as its first; drop the general election for a chairman of the Senate who
  voted in it; count from two days at once, or from an act as done today; count the government's year as the vote's.
- What the second review found they must not do: let the next sentence date a lede's act told before another time
  ("... جلسہ کیا تھا۔ آج ... کاہنہ میں جلسہ کیا", `perfect_words`); take a sentence given to someone ("عمران خان کو سزا دی")
  for the object of the next act; date the President's assent by any president who signs anything; let a tribunal's
  or a court's order of a re-poll be the vote, "sweeping reforms" be a sweep, a person who will not join the cabinet
  or is not included in it be a party's coalition act, "شامل ہونے والے ارکان" (members who joined) the joining; read a
  lasting verb of another clause ("adjourned the hearing till today as the arguments remained"); name the state's
  president by a bare "صدر" before "منتخب". "گنتی" is no trigger after all (a countdown, "گنتی کے
  دوران دھاندلی").
- Types: an office named right before "منتخب" ("اسمبلی کے اسپیکر منتخب، 89 ووٹ حاصل کیے") or before "کا انتخاب" ("صدرِ
  مملکت کا انتخاب 9 مارچ کو ہوگا") is the forming of the government, not a vote (not any president's: a bar's, a
  party's, a foreign country's).
- Types: an ordered re-poll is the vote (over all annotated sets, 12 of 12 accept `election`), the act of ordering not
  a court's; a party that "swept" the elections won them (results); affidavits of joining the SIC ("میں شمولیت کے
  بیانات حلفی"), a party's joining the SIC or the ruling alliance ("سنی اتحاد کونسل میں شامل ہوں گے") and a party's
  refusal to join the cabinet ("would not join the federal cabinet", "کابینہ میں شامل نہیں") are coalition acts (a
  minister who joined the cabinet is not); a court named with its place before the day ("A high court in Pakistan's
  southern Sindh province on Wednesday ordered ...") does a legal act, as one right before it does.
- Types: the IMF board's review ("the board is expected to take up the review in late April") is international, in a
  sentence that names the lender or a page whose lead does; a court's review ("dismissed a review
  petition", "ruled") stays legal. Mobile service kept suspended ("موبائل فون سروس جزوی طور پر معطل رکھی گئی") is the
  suspension, not the polling it came during.
- Statuses: a date a thing went on until ("the count continued until Friday morning", "گنتی جمعہ کی صبح تک جاری رہی")
  is no target ahead even on the day of the report: it happened ("adjourned the hearing till Friday" stays to come).
"""

from datetime import date

import pytest
from test_pubdates_round9 import articles_of

from dashboard import languages
from dashboard.actors import default_matcher
from dashboard.dates import find_dates
from dashboard.events import sentence_events
from dashboard.story import default_story


def _typed(sentence: str, published: date, language: str = "en") -> dict[str, tuple[str, str]]:
    mentions = find_dates(languages.fold_letters(sentence), published, language=language,
                          known_days=default_story().known_day_map())
    matcher = default_matcher()
    text = languages.fold_letters(sentence)
    return {e["cue"]: (e["type"], e["status"]) for e in sentence_events(text, 0, mentions, matcher.find(text), matcher,
                                                                        published.isoformat())}


def _published(tmp_path, files: dict[str, str]) -> dict[str, str]:
    corpus = articles_of(tmp_path, files)
    return {row.article: str(row.published)[:10] for row in corpus.articles.itertuples()}


def test_a_day_word_set_apart_by_commas_counts_the_years_since_the_vote(tmp_path):
    published = _published(tmp_path, {
        "preview.md": "# A year of argument\n\nTomorrow, Saturday, Pakistan marks one year since the general election of "
                      "February 8, 2024, and both camps plan to be heard.\n\nThe PTI has called rallies in every province.\n",
        "column.md": "# The same day, twice\n\nYesterday, a year to the day after Pakistanis queued outside polling "
                     "stations, the two camps held rival gatherings.\n\nNeither convinced the other.\n",
    })
    assert published["preview.md"] == "2025-02-07", published
    assert published["column.md"] == "2025-02-09", published


def test_youm_e_siyah_is_the_black_day_and_the_page_says_which_year(tmp_path):
    published = _published(tmp_path, {
        "release.md": "# PRESS RELEASE\n\n## PTI to observe Youm-e-Siyah tomorrow\n\nThe party will observe "
                      "tomorrow, Saturday, as Youm-e-Siyah across the country to mark one year since the mandate was "
                      "stolen in the general elections of February 8, 2024.\n\nWorkers will wear black armbands.\n",
        "oped.md": "# A year of the mandate question\n\nA year ago tomorrow, millions of Pakistanis stood in long queues, "
                   "many without a mobile signal, to vote in an election nobody has stopped arguing about.\n\nTomorrow, the PTI will gather its supporters in Swabi to call the "
                   "anniversary a black day.\n\nThe government will call it something else.\n",
        # (no count of years anywhere: the first and the second anniversary fit alike)
        "bare.md": "# Black day call\n\nTomorrow, the nation will observe Youm-e-Siyah against the theft of the public "
                   "mandate.\n\nThe main gathering will be held at Swabi.\n",
    })
    assert published["release.md"] == "2025-02-07", published
    assert published["oped.md"] == "2025-02-07", published
    assert published["bare.md"] == "NaT", published


def test_urdu_kal_with_a_date_and_a_copula_is_the_pages_day_next_to_it(tmp_path):
    published = _published(tmp_path, {
        "after.txt": "ایک سال، دو بیانیے\n\nکل 8 فروری تھی۔ صوابی میں تحریک انصاف نے جلسہ کیا اور لاہور میں حکمران "
                     "جماعت نے تقریب منعقد کی۔\n\nایک سال بعد بھی سوال وہی ہے کہ انتخابات میں کون جیتا۔\n",
        "before.txt": "کالم: ایک سال بعد\n\nکل 8 فروری ہے۔ پچھلے سال اسی تاریخ کو ملک بھر میں ووٹ ڈالے گئے تھے۔\n\n"
                      "تحریک انصاف کل صوابی میں جلسہ کرے گی۔\n",
    })
    assert published == {"after.txt": "2025-02-09", "before.txt": "2025-02-07"}, published


def test_kal_before_a_day_of_a_month_is_no_quantity():
    found = [(m.text, m.value) for m in find_dates(languages.fold_letters("کل 8 فروری تھی۔"), date(2025, 2, 9),
                                                    language="ur")]
    assert ("8 فروری", "2025-02-08") in found, found
    # ("265 seats in all" stays a quantity: no date)
    assert find_dates(languages.fold_letters("ایوان کی کل 265 نشستیں ہیں۔"), date(2024, 2, 12), language="ur") == []


def test_the_senates_polling_is_not_the_general_elections(tmp_path):
    published = _published(tmp_path, {
        "ticker.txt": "ایکسپریس نیوز | بریکنگ\n\n5:35 — خیبر پختونخوا اسمبلی میں آج سینیٹ کی 11 نشستوں پر پولنگ کا وقت ختم، "
                      "گنتی شروع\n6:10 — غیر سرکاری نتائج کے مطابق حکمران جماعت کے 6 امیدوار کامیاب\n",
    })
    assert published["ticker.txt"] != "2024-02-08", published


def test_a_count_of_years_from_a_happening_of_the_calendar(tmp_path):
    from dashboard.story import default_story
    from dashboard.undated import stated_by_years_since
    story = default_story()

    def counted(text: str, language: str = "en"):
        found = stated_by_years_since(text, [(0, len(text))], language, known_days=story.known_day_map(),
                                      calendar=story.calendar)
        return found and found.day.isoformat()
    assert counted("Today marks one year since Shehbaz Sharif was elected prime minister for a second time.") == "2025-03-03"
    assert counted(languages.fold_letters("شہباز شریف کو دوسری مرتبہ وزیراعظم منتخب ہوئے آج ایک سال مکمل ہو گیا۔"),
                   "ur") == "2025-03-03"
    assert counted("Today marks one year since the government formed after the elections took office.") is None
    assert counted(languages.fold_letters("کل عام انتخابات کو ایک سال مکمل ہو جائے گا اور تحریک انصاف کل صوابی میں "
                                          "یوم سیاہ منائے گی۔"), "ur") == "2025-02-07"
    assert counted(languages.fold_letters("کل عام انتخابات کو ایک سال مکمل ہو گیا۔"), "ur") == "2025-02-09"


def test_the_days_of_the_27th_amendment(tmp_path):
    published = _published(tmp_path, {
        "senate.txt": "LIVE\n\n7:55 PM  Senate passes 27th Constitutional Amendment Bill with 64 votes today as the "
                      "opposition boycotts\n8:02 PM  Opposition senators tear up copies of the bill\n8:20 PM  Law minister: bill to "
                      "be tabled in the National Assembly tomorrow\n",
        "again.txt": "LIVE\n\n7:55 PM  Senate passes the 27th Amendment again today after changes made by the National "
                     "Assembly\n8:02 PM  The opposition walks out\n8:20 PM  The bill now goes to the president\n",
        "judges.txt": "Two judges quit\n\nJustices Mansoor Ali Shah and Athar Minallah resigned on Thursday, hours after the "
                      "27th Amendment became law.\n",
        "oath.txt": "وفاقی آئینی عدالت کے چیف جسٹس نے آج حلف اٹھا لیا\n\nوفاقی آئینی عدالت کے چیف جسٹس امین الدین خان نے آج "
                    "ایوان صدر میں اپنے عہدے کا حلف اٹھایا۔\n",
    })
    assert published["senate.txt"] == "2025-11-10", published
    assert published["again.txt"] != "2025-11-10", published
    assert published["judges.txt"] == "2025-11-13", published
    assert published["oath.txt"] == "2025-11-14", published


def test_an_office_before_elected_or_its_election_forms_the_government():
    found = _typed("پشاور: بابر سلیم سواتی جمعرات کو خیبرپختونخوا اسمبلی کے اسپیکر منتخب، 89 ووٹ حاصل کیے", date(2024, 3, 1), "ur")
    assert found["جمعرات کو"][0] == "government_formation", found
    found = _typed("الیکشن کمیشن کے شیڈول کے مطابق صدرِ مملکت کا انتخاب 9 مارچ کو ہوگا۔", date(2024, 3, 2), "ur")
    assert found["9 مارچ"] == ("government_formation", "planned"), found
    # (a member elected to the house is still a vote)
    found = _typed("وہ 2018 میں رکن قومی اسمبلی منتخب ہوئے تھے۔", date(2024, 3, 2), "ur")
    assert found["2018"][0] == "election", found


def test_a_date_a_thing_went_on_until_on_the_day_of_the_report_has_happened():
    found = _typed("ووٹوں کی گنتی جمعہ کی صبح تک جاری رہی۔", date(2024, 2, 9), "ur")
    assert found["جمعہ کی صبح"][1] == "happened", found
    found = _typed("The count continued until Friday morning.", date(2024, 2, 9))
    assert found["until Friday morning"][1] == "happened", found
    found = _typed("The court adjourned the hearing till Friday.", date(2024, 2, 9))
    assert found["till Friday"] == ("legal", "planned"), found


REVIEWED = [
    # a black day a year after another day is no anniversary of the vote
    ("# Nation observes Youm-e-Siyah\n\nThe country is observing Youm-e-Siyah today, a year since the attacks on military installations by PTI supporters.\n\nRallies were held in all provincial capitals.\n", "md", "NaT"),
    ("یوم سیاہ\n\n9 مئی کے واقعات کو ایک سال مکمل ہونے پر آج ملک بھر میں یوم سیاہ منایا جا رہا ہے۔\n\nتمام صوبائی دارالحکومتوں میں ریلیاں نکالی گئیں۔\n", "txt", "NaT"),
    # a hedged count
    ("# Coalition strains\n\nLess than a year after the general elections, the PPP today threatened to quit the ruling coalition over canal projects.\n", "md", "NaT"),
    # the page's count is of the talks, not of the vote: the first or the second anniversary alike
    ("# Black day call\n\nTomorrow, the PTI will observe a black day against the theft of its mandate in the February 8 elections.\n\nIt is more than a year since its talks with the government collapsed.\n\nThe main gathering will be held in Swabi.\n", "md", "NaT"),
    # "کل" next to a date that names the vote is a day of its own (the hearing)
    ("لاہور ہائیکورٹ\n\nکل 8 فروری کے عام انتخابات میں دھاندلی کے خلاف درخواستوں کی سماعت ہوئی۔\n\nعدالت نے الیکشن کمیشن سے جواب طلب کر لیا۔\n", "txt", "NaT"),
    # "کل" of another clause is not the count's
    ("یوم سیاہ\n\nتحریک انصاف کل یوم سیاہ منائے گی کیونکہ عام انتخابات کو ایک سال مکمل ہو گیا ہے۔\n", "txt", "2025-02-07"),
    # "کل" as "in all"
    ("انتخابات کا ایک سال\n\nعام انتخابات میں کل 6 کروڑ ووٹ ڈالے گئے تھے اور ان انتخابات کو ایک سال مکمل ہو گیا مگر نتائج پر تنازع برقرار ہے۔\n", "txt", "NaT"),
    # 8 February 2025 was a Saturday
    ("# A year of argument\n\nTomorrow, Friday, Pakistan marks one year since the general election of February 8, 2024.\n", "md", "NaT"),
    # the Senate's second passage, on 13 November 2025
    ("LIVE\n\n5:10 PM  Senate approves 27th Amendment bill today with the amendments made by the National Assembly\n5:20 PM  Bill to be sent to President Zardari for assent\n", "txt", "2025-11-13"),
    # no resignation
    ("# Justice Shah will not resign\n\nJustice Mansoor Ali Shah will not resign, people close to him said today, dismissing rumours after the 26th Amendment denied him the chief justice's office.\n", "md", "NaT"),
    # later oaths of the court
    ("# Two more judges for the FCC\n\nTwo new judges of the Federal Constitutional Court took oath today, raising its strength to nine.\n", "md", "NaT"),
    # the Senate's chairman voting in the general election
    ("# Pakistan votes\n\nSenate Chairman Sadiq Sanjrani cast his vote in Chagai on Thursday as polling in the general elections got under way across the country.\n\nResults are expected overnight.\n", "md", "2024-02-08"),
    # a count from two days
    ("# A year on\n\nToday marks a year since Shehbaz Sharif was elected prime minister and Asif Ali Zardari was elected president.\n", "md", "NaT"),
    # counted from, not done today
    ("# Maryam's year\n\nToday marks one year since Maryam Nawaz was elected the first woman chief minister of Punjab.\n", "md", "NaT"),
    # the Senate's elections are not the vote
    ("# Senate\n\nToday marks a year since the Senate elections, and the house has yet to fill two seats from Khyber Pakhtunkhwa.\n", "md", "NaT"),
    # the government's year
    ("حکومت کا ایک سال\n\nانتخابات کے بعد بننے والی حکومت کو آج ایک سال مکمل ہو گیا۔\n\nوزرا پریس کانفرنس میں کارکردگی رپورٹ پیش کریں گے۔\n", "txt", "NaT"),
]


@pytest.mark.parametrize("text, kind, expected", REVIEWED)
def test_what_the_review_found(tmp_path, text, kind, expected):
    published = _published(tmp_path, {f"page.{kind}": text})
    assert published[f"page.{kind}"] == expected, published


def test_an_act_done_to_a_verdict_and_a_lede_dated_by_the_next_sentence(tmp_path):
    published = _published(tmp_path, {
        "suspended.md": "# مخصوص نشستوں کا تنازع\n\nسپریم کورٹ کے تین رکنی بینچ نے گزشتہ روز پشاور ہائی کورٹ کا وہ فیصلہ معطل "
                        "کر دیا جس کے تحت سنی اتحاد کونسل کو مخصوص نشستوں سے محروم رکھا گیا تھا۔\n",
        "signed.txt": "26ویں آئینی ترمیم نافذ\n\nاسلام آباد: صدر مملکت آصف علی زرداری نے 26ویں آئینی ترمیم کے بل پر دستخط کر دیے "
                      "جس کے بعد ترمیم آئین کا حصہ بن گئی ہے۔ ایوانِ صدر میں گزشتہ روز منعقدہ تقریب میں صدر مملکت نے وزیراعظم کی "
                      "ایڈوائس پر بل پر دستخط کیے۔\n",
        # (a lede that only names the march: Sunday's start says nothing of a live page's day)
        "live.txt": "PTI protest LIVE\n\nFollow the latest updates on the PTI's 'final call' march. The march set off from "
                    "Peshawar and other cities on Sunday and has been met with containers and tear gas along the way.\n",
    })
    assert published["suspended.md"] == "2024-05-07", published
    assert published["signed.txt"] == "2024-10-22", published
    assert published["live.txt"] != "2024-11-24", published


@pytest.mark.parametrize("sentence, published, language, cue, expected", [
    ("The ECP has ordered re-polling at 26 polling stations in NA-88 in Khushab district on Feb. 15, after ballot papers "
     "were snatched.", date(2024, 2, 12), "en", "Feb. 15", "election"),
    ("The Election Commission of Pakistan on Saturday ordered re-polling at two polling stations of PS-18 Ghotki.",
     date(2024, 2, 11), "en", "on Saturday", "election"),
    ("Pakistan's ruling coalition on Tuesday swept elections to the upper house of parliament.", date(2024, 4, 3), "en",
     "on Tuesday", "results"),
    ("ادھر تحریک انصاف کے حمایت یافتہ کامیاب ارکان نے بدھ کو الیکشن کمیشن میں سنی اتحاد کونسل میں شمولیت کے بیانات حلفی جمع "
     "کرا دیے۔", date(2024, 2, 22), "ur", "بدھ کو", "coalition"),
    ("پی ٹی آئی نے 19 فروری کو اعلان کیا کہ اس کے حمایت یافتہ کامیاب ارکان سنی اتحاد کونسل میں شامل ہوں گے۔", date(2024, 2, 22),
     "ur", "19 فروری", "coalition"),
    ("پیپلز پارٹی نے 13 فروری کو ہی اعلان کر دیا تھا کہ وہ وفاقی کابینہ میں شامل نہیں ہو گی۔", date(2024, 2, 22), "ur",
     "13 فروری", "coalition"),
    ("The PPP said on February 13 that it would not join the federal cabinet.", date(2024, 2, 22), "en", "February 13",
     "coalition"),
    ("A high court in Pakistan's southern Sindh province on Wednesday ordered the federal government to withdraw its "
     "order.", date(2024, 4, 18), "en", "on Wednesday", "legal"),
    # (police in a city are no court)
    ("Police in Lahore on Thursday arrested dozens of workers.", date(2024, 4, 18), "en", "on Thursday", "legal"),
    ("The IMF said the board is expected to take up the review in late April.", date(2024, 3, 21), "en",
     "in late April", "international"),
    ("Pakistan's Supreme Court on Tuesday dismissed a review petition as the IMF mission arrived.", date(2024, 3, 21),
     "en", "on Tuesday", "legal"),
    ("اتوار کو پولنگ کے دوران کئی اضلاع میں سکیورٹی خدشات کے باعث موبائل فون سروس جزوی طور پر معطل رکھی گئی۔",
     date(2024, 4, 22), "ur", "اتوار کو", "other"),
    # (a minister who joined the cabinet: its oath)
    ("Finance Minister Muhammad Aurangzeb, a banker who joined the federal cabinet sworn in earlier this month, spoke.",
     date(2024, 3, 20), "en", "earlier this month", "government_formation"),
])
def test_ordered_re_polls_sweeps_and_joining(sentence, published, language, cue, expected):
    found = _typed(sentence, published, language)
    assert found[cue][0] == expected, found


def test_an_address_ending_in_the_stories_number_and_a_day(tmp_path):
    published = _published(tmp_path, {
        "modi.txt": "https://www.indiatoday.in/world/story/pm-modi-congratulates-shehbaz-sharif-2510417-2024-03-04\n"
                    "India Today | World\n\nPM Modi congratulates Shehbaz Sharif\n\nPrime Minister Narendra Modi on Monday "
                    "congratulated Shehbaz Sharif after he was sworn in as prime minister.\n",
        # (a number of four digits or fewer before the day is no story's number)
        "slug.txt": "https://example.com/news/results-of-polls-2024-02-08\n\nResults\n\nThe count went on overnight.\n",
    })
    assert published["modi.txt"] == "2024-03-04", published
    assert published["slug.txt"] == "NaT", published


def test_the_reserved_verdict_announced_today(tmp_path):
    published = _published(tmp_path, {
        "ticker.txt": "جیو نیوز | تازہ ترین\n\n11:02 — اڈیالہ جیل: احتساب عدالت نے 190 ملین پاؤنڈ ریفرنس کا محفوظ فیصلہ آج سنا دیا\n"
                      "11:05 — عدالت کے باہر سکیورٹی سخت\n11:20 — فیصلہ اس سے قبل تین بار مؤخر کیا گیا تھا\n",
    })
    assert published["ticker.txt"] == "2025-01-17", published


REVIEWED_PAGES = [
    ("کاہنہ میں جلسہ\n\nتحریک انصاف نے اسلام آباد کے علاقے سنگجانی میں بڑا جلسہ کیا تھا۔ آج پارٹی نے لاہور کے علاقے کاہنہ میں جلسہ "
     "کیا جس سے علی امین گنڈاپور نے خطاب کیا۔\n", "NaT"),
    ("ایک ترمیم سے دوسری ترمیم تک\n\nصدر مملکت آصف علی زرداری نے اپوزیشن کے احتجاج کے باوجود 26ویں آئینی ترمیم پر دستخط کیے تھے۔ "
     "آج انہوں نے 27ویں آئینی ترمیم پر بھی دستخط کر دیے۔\n", "not 2024-10-21"),
    ("مخصوص نشستیں\n\nسپریم کورٹ نے پشاور ہائی کورٹ کا مخصوص نشستوں سے متعلق فیصلہ معطل کر دیا تھا۔ آج آئینی بینچ نے نظرثانی "
     "درخواستوں پر سماعت شروع کی۔\n", "NaT"),
    ("القادر کیس\n\nاحتساب عدالت نے آج القادر ٹرسٹ کیس میں عمران خان کو سزا دی جس کے بعد تحریک انصاف نے ایک اور فائنل کال کا "
     "عندیہ دیا۔\n", "2025-01-17"),
    ("26ویں ترمیم چیلنج\n\nلاہور ہائی کورٹ بار کے صدر نے آج 26ویں آئینی ترمیم کے خلاف آئینی درخواست پر دستخط کر دیے۔\n", "NaT"),
    ("سروسز چیفس کی مدت\n\nصدر مملکت آصف علی زرداری نے آج آرمی ایکٹ ترمیمی بل پر دستخط کر دیے، جو 26ویں آئینی ترمیم کے دو ہفتے "
     "بعد پارلیمنٹ سے منظور ہوا۔\n", "not 2024-10-21"),
    ("# Marchers regroup\n\nThousands of PTI marchers rallied at Sangjani today before pushing on towards the capital.\n",
     "NaT"),
]


@pytest.mark.parametrize("text, expected", REVIEWED_PAGES)
def test_what_the_second_review_found_of_pages(tmp_path, text, expected):
    published = _published(tmp_path, {"page.txt": text})["page.txt"]
    assert (published != expected[4:]) if expected.startswith("not ") else (published == expected), published


@pytest.mark.parametrize("sentence, published, language, cue, expected", [
    ("An election tribunal in Lahore on Tuesday ordered re-polling at 12 polling stations of NA-79 after finding "
     "tampering.", date(2024, 7, 3), "en", "on Tuesday", "legal"),
    ("The Supreme Court on Monday upheld the ECP's decision ordering re-polling in NA-15 Mansehra.", date(2024, 3, 5),
     "en", "on Monday", "legal"),
    ("The PPP on Monday demanded sweeping election reforms before the next polls.", date(2024, 6, 4), "en", "on Monday",
     "not results"),
    ("Ishaq Dar declined to join the cabinet on Monday, saying he would stay in the Senate.", date(2024, 3, 12), "en",
     "on Monday", "not coalition"),
    ("خواجہ سعد رفیق کو پیر کو کابینہ میں شامل نہیں کیا گیا۔", date(2024, 3, 12), "ur", "پیر کو", "not coalition"),
    ("سپریم کورٹ کے فل کورٹ نے منگل کو سنی اتحاد کونسل میں شامل ہونے والے ارکان کی اپیلوں پر سماعت کی۔", date(2024, 6, 5), "ur",
     "منگل کو", "legal"),
    ("تحریک انصاف نے جمعہ کو گنتی کے دوران دھاندلی کا الزام عائد کیا۔", date(2024, 2, 10), "ur", "جمعہ کو",
     "rigging_allegation"),
])
def test_what_the_second_review_found_of_types(sentence, published, language, cue, expected):
    kind = _typed(sentence, published, language)[cue][0]
    assert (kind != expected[4:]) if expected.startswith("not ") else (kind == expected), kind


def test_a_lasting_verb_of_another_clause_is_not_the_dates():
    found = _typed("The bench adjourned the hearing till today as the arguments remained inconclusive.", date(2024, 2, 9))
    assert found["today"][1] == "planned", found
