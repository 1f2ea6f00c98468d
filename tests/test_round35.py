"""Loader rules of the thirty-fifth round.  Documents and sentences written for these tests; the dates and types are
read off the text by hand.

- Documents saved as text: an order's or a judgment's own day, where such documents print it, dates the page when
  nothing else does: a line labelled as the day of the decision ("Date of announcement: 29.05.2024", "Announced:"
  over "14.03.2024", "Announced in open Court." over "this 13th day of July 2024"), or the place and day under its
  signature ("Islamabad, the 3rd December, 2024"; "Islamabad" over "07.05.2025") with only page furniture after it.
  Never a day of hearing, reserving or filing.
- Calendar: the Election Commission completing the general election's results (11 February 2024); voting "repeated"
  at some polling stations is no general election; "Thursday's parliamentary vote" names it.
"""

import json
import shutil
from datetime import date

import pytest
from test_pubdates_round9 import articles_of
from test_round33 import _published, _typed

from dashboard import languages
from dashboard.dates import find_dates
from dashboard.story import DEFAULT_STORY_DIR, StoryError, default_story, load_story

ORDER_HEAD = ("                 BEFORE THE HIGH COURT, LAHORE\n\n            Writ Petition No. 4411 of 2024\n\n"
              "   Ahmed Raza ....... Petitioner\n                 Versus\n   Election Commission ....... Respondent\n\n")
ORDER_BODY = ("   1.   The petitioner questions the notification of the returned candidate for a provincial seat "
              "and asks\n   that the Form-47 be set aside.\n\n   2.   We have heard learned counsel at length. The "
              "petition is dismissed for\n   the reasons to be recorded later.\n\n")


def test_a_labelled_day_of_the_decision_dates_an_order(tmp_path):
    published = _published(tmp_path, {
        # (the label and its date on one line; the hearing's and the reserving's days above it are not the order's)
        "labelled.txt": ORDER_HEAD + "   Date of hearing:        02.05.2024\n   Reserved on:            06.05.2024\n"
                        "   Date of announcement:   21.05.2024\n\n" + ORDER_BODY + "                          JUDGE\n"
                        "______________________________\nW.P. No. 4411 of 2024                    Page 2 of 2\n",
        # (the label alone, its date on the next line)
        "next_line.txt": ORDER_HEAD + "   Date of hearing: 13.03.2024\n\n" + ORDER_BODY +
                         "   Announced:\n   15.03.2024\n\n                      JUDGE\n",
        # (the closing formula of a judgment)
        "formula.txt": ORDER_HEAD + ORDER_BODY + "   Announced in open Court.\n   Given under my hand this 9th day "
                       "of August 2024.\n\n   Judge\n",
    })
    assert published["labelled.txt"] == "2024-05-21", published
    assert published["next_line.txt"] == "2024-03-15", published
    assert published["formula.txt"] == "2024-08-09", published


def test_the_place_and_day_under_a_signature_date_an_order(tmp_path):
    published = _published(tmp_path, {
        "signed.txt": ORDER_HEAD + ORDER_BODY + "                     Sd/-\n              (Chief Election Commissioner)\n\n"
                      "Islamabad, the 2nd October, 2024\n\n                                        Page 4 of 4\n"
                      "______________________________\n",
        "place_over_day.txt": ORDER_HEAD + ORDER_BODY + "                     Chief Justice\nIslamabad\n18.11.2024\n"
                              "'APPROVED FOR REPORTING'\n                                        Page 3 of 3\n",
    })
    assert published["signed.txt"] == "2024-10-02", published
    assert published["place_over_day.txt"] == "2024-11-18", published


def test_no_day_of_hearing_or_a_date_inside_the_text_dates_a_document(tmp_path):
    published = _published(tmp_path, {
        # (only days of hearing and reserving, and the text goes on under the last date)
        "hearing_only.txt": ORDER_HEAD + "   Date of hearing: 13.03.2024\n   Reserved on: 14.03.2024\n\n" + ORDER_BODY
                            + "                      JUDGE\n",
        "text_after.txt": ORDER_HEAD + "Islamabad\n18.11.2024\n\n" + ORDER_BODY + "   3.   Office is directed to fix "
                          "the matter after the winter vacations, with notice to\n   all the parties concerned.\n",
    })
    assert published["hearing_only.txt"] == "NaT", published
    assert published["text_after.txt"] == "NaT", published


def test_a_news_story_that_quotes_an_order_keeps_its_own_day(tmp_path):
    published = _published(tmp_path, {
        "story.txt": "Court sets aside tribunal transfer\n\nPublished: June 3, 2024\n\nLAHORE: The Lahore High Court on "
                     "Monday set aside the transfer of an election petition.\n\nThe order reads: Announced:\n"
                     "29.05.2024\n",
    })
    assert published["story.txt"] == "2024-06-03", published


def test_the_commission_completing_the_results_is_a_calendar_day(tmp_path):
    published = _published(tmp_path, {
        "count.txt": "Counting ends four days on\n\nISLAMABAD (AP) - Pakistan's election commission on Sunday completed "
                     "results for all but two National Assembly seats decided in Thursday's parliamentary vote.\n\n"
                     "The commission said voting would be repeated at 20 polling stations in one district on Thursday.\n",
        # (a re-run of the vote at some stations is no general election, told as to come)
        "repoll.txt": "Repoll ordered\n\nKARACHI - The commission said voting would be repeated at 14 polling stations "
                      "on Thursday after ballot boxes were snatched.\n\nCandidates were told to name their agents.\n",
    })
    assert published["count.txt"] == "2024-02-11", published
    assert published["repoll.txt"] == "NaT", published
    completion = [c for c in default_story().calendar if c.day == date(2024, 2, 11)]
    assert completion and completion[0].kind == "results"


def test_a_signature_date_over_a_printers_imprint_dates_orders_of_the_day(tmp_path):
    published = _published(tmp_path, {
        "orders.txt": "SENATE SECRETARIAT\n\nORDERS OF THE DAY\n\nfor the meeting of the Senate to be held on Tuesday, "
                      "the 9th April, 2024 at 10:00 a.m.\n\n1.  Oath by the Members-elect who have not yet made oath.\n\n"
                      "2.  Election of the Chairman under Article 60 of the Constitution.\n\n"
                      "                                   SYED HASNAIN HAIDER\n                                        Secretary\n"
                      "Islamabad, the 8th April, 2024\n\n--------------------------------\n"
                      "Printed by the Manager, Printing Corporation of Pakistan Press, Islamabad\n",
    })
    assert published["orders.txt"] == "2024-04-08", published


def test_the_fund_saying_it_had_reached_an_agreement_dates_it(tmp_path):
    published = _published(tmp_path, {
        # (the Fund's statement is the agreement: its "said ... that it had reached" is that day's)
        "sla.txt": "Deal reached on final review\n\nISLAMABAD (AA) - The International Monetary Fund said on Wednesday "
                   "that it had reached a staff-level agreement with Pakistan on the final review of the $3 billion "
                   "stand-by arrangement.\n\nThe board is expected to meet in April.\n",
        # (a mission that ends without one reports no agreement)
        "no_sla.txt": "Mission ends\n\nISLAMABAD: The IMF mission concluded its visit on Friday without a staff-level "
                      "agreement on the $7 billion Extended Fund Facility.\n\nTalks will continue online.\n",
        # (the board's first review of the loan, 9 May 2025)
        "board.txt": "Board clears tranche\n\nNEW DELHI: The International Monetary Fund's executive board on Friday "
                     "completed the first review of Pakistan's loan programme, and India abstained.\n\nThe tranche is due "
                     "next week.\n",
    })
    assert published["sla.txt"] == "2024-03-20", published
    assert published["no_sla.txt"] == "NaT", published
    assert published["board.txt"] == "2025-05-09", published


def test_a_sitting_of_the_house_or_the_senate_and_the_vote_for_its_offices_form_the_government():
    typed = _typed("The House will meet again on Wednesday, when the opposition intends to press for production orders.",
                   date(2024, 9, 10))
    assert typed["on Wednesday"][0] == "government_formation", typed
    typed = _typed("The Senate session will resume on Thursday.", date(2024, 9, 10))
    assert typed["on Thursday"][0] == "government_formation", typed
    # (not another country's parliament)
    typed = _typed("A delegation of the European Parliament met the chief election commissioner on Friday.",
                   date(2024, 7, 6))
    assert typed["on Friday"][0] != "government_formation", typed
    typed = _typed("Polling for the offices of speaker and deputy speaker will be held by secret ballot on Saturday.",
                   date(2024, 2, 23))
    assert typed["on Saturday"] == ("government_formation", "planned"), typed


def test_the_budget_passed_in_urdu_is_no_court_matter():
    typed = _typed("قومی اسمبلی نے جمعرات کو فنانس بل کثرت رائے سے منظور کر لیا۔", date(2025, 6, 27), "ur")
    assert typed["جمعرات کو"][0] == "other", typed
    # (an amendment bill still is)
    typed = _typed("قومی اسمبلی نے جمعرات کو پیکا ترمیمی بل منظور کر لیا۔", date(2025, 1, 24), "ur")
    assert typed["جمعرات کو"][0] == "legal", typed


def test_the_commissioners_resignation_in_the_oblique_dates_a_page(tmp_path):
    published = _published(tmp_path, {
        # ("استعفے", the oblique of "استعفیٰ": yesterday was 17 February 2024)
        "strike.txt": "بلوچستان میں پہیہ جام ہڑتال\n\nکوئٹہ (نمائندہ خصوصی) اتحاد کی کال پر آج صوبے بھر میں پہیہ جام ہڑتال کی گئی۔\n\n"
                      "ادھر گزشتہ روز راولپنڈی کے کمشنر لیاقت علی چٹھہ کے استعفے نے سیاسی درجہ حرارت بڑھا دیا ہے۔\n",
    })
    assert published["strike.txt"] == "2024-02-18", published


def test_the_commissions_rejection_of_the_commissioners_claims_is_its_own_statement():
    typed = _typed("الیکشن کمیشن نے آج کمشنر راولپنڈی کے الزامات مسترد کر دیے۔", date(2024, 2, 17), "ur")
    assert typed["آج"][0] != "rigging_allegation", typed


def test_a_list_the_text_introduces_with_a_colon_is_text_not_links(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    corpus = articles_of(tmp_path / "a", {"release.txt": (
        "پریس ریلیز\nاسلام آباد، 14 فروری 2024ء\n\nجماعت نے انتخابی نتائج مسترد کر دیے\n\nقائد جماعت نے آج اسلام آباد میں پریس "
        "کانفرنس سے خطاب کیا۔\n\nپریس کانفرنس میں صوبائی اجلاسوں کا شیڈول بھی جاری کیا گیا، جس کے مطابق:\n\n"
        "• 25 فروری: بلوچستان جنرل کونسل کا اجلاس، کوئٹہ\n• 3 مارچ: سندھ کا اجتماع، کراچی\n")})
    days = {e.cue: str(e.date)[:10] for e in corpus.events.itertuples()}
    assert days.get("25 فروری") == "2024-02-25" and days.get("3 مارچ") == "2024-03-03", days
    # (a list of related headlines under the text, with no colon to introduce it, stays links)
    corpus = articles_of(tmp_path / "b", {"story.txt": (
        "Talks stall\n\nPublished: February 14, 2024\n\nISLAMABAD: Talks between the parties stalled on Wednesday.\n\n"
        "• Feb 25, 2024 - PTI announces rallies across the country\n• Mar 3, 2024 - Sharif elected prime minister\n")})
    assert set(corpus.events.cue) == {"on Wednesday"}, list(corpus.events.cue)


def test_announcing_a_rejection_in_urdu_is_the_rejection_done():
    # ("مسترد کرنے کا اعلان کیا": announcing that one rejects is rejecting; "احتجاج کرنے کا اعلان" is a plan)
    typed = _typed("مولانا فضل الرحمٰن نے آج نتائج کو مسترد کرنے کا اعلان کیا۔", date(2024, 2, 14), "ur")
    assert typed["آج"][1] == "happened", typed
    typed = _typed("جماعت نے کل احتجاج کرنے کا اعلان کیا۔", date(2024, 2, 14), "ur")
    assert typed["کل"][1] == "planned", typed


def test_a_courts_order_announced_reserved_or_fixed_for_announcement_is_legal():
    typed = _typed("Announced in open Court on 29.05.2024.", date(2024, 5, 29))
    assert typed["29.05.2024"][0] == "legal", typed
    typed = _typed("The order of the Election Commission of Pakistan announced on 04.03.2024, declining the allocation "
                   "of reserved seats, is set aside.", date(2024, 7, 12))
    assert typed["04.03.2024"][0] == "legal", typed
    typed = _typed("The judgment was reserved on 18.12.2024 and was fixed for announcement on 23.12.2024.",
                   date(2025, 1, 17))
    assert typed["23.12.2024"][0] == "legal", typed
    # (a party's announcement stays its statement)
    typed = _typed("The party announced on Monday that it had rejected the offer.", date(2024, 2, 14))
    assert typed["on Monday"][0] != "legal", typed


def test_a_masthead_names_the_outlet(tmp_path):
    corpus = articles_of(tmp_path, {
        "a.txt": "DAWN | Business\n\nTwo verdicts reshape the outlook\n\nPublished: July 13, 2024\n\nISLAMABAD: Investors "
                 "head into next week with two developments to digest.\n",
        "b.txt": "The News International\n\nTalks open\n\nPublished: December 24, 2024\n\nISLAMABAD: The two sides met on "
                 "Monday.\n",
        # (a headline that starts with an outlet's name is no masthead)
        "c.txt": "Dawn raids on PTI offices in Lahore\n\nPublished: May 10, 2024\n\nLAHORE: Police raided offices on "
                 "Friday.\n",
    })
    outlets = dict(zip(corpus.articles.article, corpus.articles.outlet))
    assert outlets["a.txt"] == "Dawn" and outlets["b.txt"] == "The News", outlets
    assert outlets["c.txt"] != "Dawn", outlets


def test_a_verdict_set_aside_with_its_own_day_leaves_the_review_its_page(tmp_path):
    published = _published(tmp_path, {
        # (the review of 27 June 2025: "12 جولائی 2024ء کا" is the day of the judgment set aside, no time of the act)
        "review.txt": "مخصوص نشستیں: آئینی بینچ کا فیصلہ\n\nاسلام آباد (نمائندہ خصوصی) سپریم کورٹ کے آئینی بینچ نے مخصوص نشستوں سے "
                      "متعلق نظرثانی درخواستیں منظور کرتے ہوئے 12 جولائی 2024ء کا اکثریتی فیصلہ کالعدم قرار دے دیا ہے۔\n\n"
                      "تحریک انصاف نے فیصلے پر تنقید کی۔\n",
        # (the constitutional bench allowing military trials, 7 May 2025, told "overturning" its ruling)
        "trials.txt": "Top court allows military trials\n\nISLAMABAD (AP) - Pakistan's Supreme Court on Wednesday allowed the "
                      "trial of civilians in military courts, overturning its own earlier ruling.\n\nRights groups "
                      "criticised the decision.\n",
    })
    assert published["review.txt"] == "2025-06-27", published
    assert published["trials.txt"] == "2025-05-07", published


STORY = ("Report\n\n{}\n\nThe two sides traded accusations in the assembly again, and no decision was reached.\n\n"
         "Lawyers for both sides said they would study the order before deciding what to do next.\n\n"
         "The matter is expected to come up again after the court's winter vacations end.\n\n")


def test_what_the_review_found_a_documents_day_must_not_take(tmp_path):
    published = _published(tmp_path, {
        # (a related headline and its date under a news story, in Urdu and English; no document's marks)
        "related.txt": STORY.format("اسلام آباد ہائیکورٹ نے پیر کو سائفر کیس میں اپیلیں منظور کر لیں۔") +
                       "متعلقہ خبریں\n28 مئی 2024\n",
        "more.txt": STORY.format("The court heard the case on Monday.") + "More on this\nElection Tribunals\n10 February 2024\n",
        # (a timeline at the end: its lines are no signature)
        "timeline.txt": STORY.format("The court heard the case on Monday.") + "Key dates\nArrest, 9 May 2023\n"
                        "Conviction, 5 August 2023\nVerdict, 12 July 2024\n",
        # (a decision's day inside a round-up of results)
        "roundup.txt": STORY.format("Tribunals decided two petitions this month.") + "NA-118 Lahore\nDecided on: 12.06.2024\n"
                       "NA-119 Lahore\nDecided on: 20.06.2024\n",
        # (a label over a line that is no date: the hearing's day after it is not the order's)
        "adjourned.txt": ORDER_HEAD + ORDER_BODY + "   Announced:\n   Adjourned to\n   22.04.2024\n\n   JUDGE\n"
                         "W.P. No. 4411 of 2024                    Page 2 of 2\n",
        # (a weekday's date line under the text is no signature's place and day)
        "weekday.txt": ORDER_HEAD + ORDER_BODY + "Former Premier Sentenced In Cipher Case\nTuesday, January 30, 2024\n",
    })
    for name in ("related.txt", "more.txt", "timeline.txt", "roundup.txt", "adjourned.txt", "weekday.txt"):
        assert published[name] in ("NaT", "2024-06-03"), (name, published)
    assert published["related.txt"] != "2024-05-28" and published["timeline.txt"] == "NaT", published


def test_what_the_review_found_the_calendar_and_the_houses_must_not_take(tmp_path):
    published = _published(tmp_path, {
        # (a vote in parliament is no general election; another commission's review is no count's end)
        "amendment.txt": "Vote due\n\nISLAMABAD: The 26th amendment faces a parliamentary vote on Thursday, officials said.\n\n"
                         "The opposition will walk out.\n",
        "inquiry.txt": "Inquiry ends\n\nISLAMABAD: The inquiry commission on Sunday completed its investigation into the "
                       "election results in two districts.\n\nIts report is due next week.\n",
        # (a statement about an agreement reached months before is no day of it)
        "later.txt": "IMF update\n\nISLAMABAD: The IMF said on Friday that the staff-level agreement on the $7 billion loan, "
                     "reached in July, would go to its board in September.\n\nOfficials welcomed it.\n",
        # (a mission that ends without the agreement reports none)
        "without.txt": "IMF talks\n\nISLAMABAD: The IMF mission wrapped up talks on Friday without the much-awaited "
                       "staff-level agreement on the $7 billion loan.\n\nTalks go on online.\n",
    })
    assert published["amendment.txt"] == "NaT" and published["inquiry.txt"] == "NaT", published
    assert published["later.txt"] == "NaT", published
    assert published["without.txt"] == "NaT", published
    for sentence in ("The House of Lords met on Thursday.", "The US Senate met on Thursday.",
                     "A Senate panel met on Thursday."):
        assert _typed(sentence, date(2024, 9, 10))["on Thursday"][0] != "government_formation", sentence
    typed = _typed("سینیٹ کی قائمہ کمیٹی برائے داخلہ کا اجلاس جمعرات کو ہوا۔", date(2024, 9, 10), "ur")
    assert typed["جمعرات کو"][0] != "government_formation", typed
    typed = _typed("11:44 PM  قومی اسمبلی کا اجلاس 29 فروری تک بلانا آئینی تقاضا ہے", date(2024, 2, 20), "ur")
    assert typed["29 فروری"][0] == "government_formation", typed


def test_a_call_for_protests_and_preparing_to_hold_a_session_are_days_ahead():
    # (published Thursday 15 February 2024: "for Saturday afternoon" is the 17th, "on Sunday" the 18th)
    typed = _typed("The party also called nationwide peaceful demonstrations for Saturday afternoon.", date(2024, 2, 15))
    assert [status for _, status in typed.values()] == ["planned"], typed
    corpus_days = _days("PTI chairman Gohar Ali Khan calls for peaceful protests on Sunday outside returning officers' "
                        "offices.", date(2024, 2, 15))
    assert corpus_days["on Sunday"] == "2024-02-18", corpus_days
    corpus_days = _days("The provincial votes come as the national parliament prepares to hold its first session on "
                        "Thursday.", date(2024, 2, 26))
    assert corpus_days["on Thursday"] == "2024-02-29", corpus_days
    corpus_days = _days("The party also called nationwide peaceful demonstrations for Saturday afternoon.", date(2024, 2, 15))
    assert list(corpus_days.values()) == ["2024-02-17"], corpus_days


def _days(sentence: str, published: date, language: str = "en") -> dict[str, str]:
    """The day each date of a sentence is read as, by cue."""
    mentions = find_dates(languages.fold_letters(sentence), published, language=language,
                          known_days=default_story().known_day_map())
    return {m.text: m.value for m in mentions}


def test_what_the_second_review_found(tmp_path):
    published = _published(tmp_path, {
        # (another commissioner of Rawalpindi resigning on a Saturday is no confession of 17 February 2024)
        "other_commissioner.txt": "Official quits\n\nRAWALPINDI: Commissioner Rawalpindi Division Saif Anwar Jappa resigned "
                                  "on Saturday citing personal reasons.\n\nA successor will be named soon.\n",
        # (a hearing on the review petitions adjourned is no review verdict)
        "adjourned.txt": "سماعت ملتوی\n\nاسلام آباد (نمائندہ خصوصی) سپریم کورٹ کے آئینی بینچ نے مخصوص نشستوں سے متعلق 12 جولائی 2024ء کا "
                         "اکثریتی فیصلہ کالعدم قرار دینے کی نظرثانی درخواستوں پر سماعت ملتوی کر دی۔\n\nوکلا نے مزید وقت مانگا۔\n",
        # (a byline of several names keeps its date)
        "byline.txt": "Count drags on\n\nBy Syed Irfan Raza and Tariq Naqash February 9, 2024\n\nISLAMABAD: The count went on "
                      "through the night.\n\nResults trickled in on Friday.\n",
        # (an order's formula over its place: "ANNOUNCED IN OPEN COURT" / "AT ISLAMABAD" / "ON 15.03.2024")
        "formula.txt": ORDER_HEAD + ORDER_BODY + "ANNOUNCED IN OPEN COURT\nAT ISLAMABAD\nON 15.03.2024\n\n   JUDGE\n"
                       "W.P. No. 4411 of 2024                    Page 2 of 2\n",
    })
    assert published["other_commissioner.txt"] == "NaT" and published["adjourned.txt"] == "NaT", published
    assert published["byline.txt"] == "2024-02-09", published
    assert published["formula.txt"] == "2024-03-15", published
    # (links under a heading that ends with a colon stay links; the text's own sentences under it are kept)
    corpus = articles_of(tmp_path / "links", {"story.txt": (
        "Talks stall\n\nPublished: February 14, 2024\n\nISLAMABAD: Talks between the parties stalled on Wednesday.\n\n"
        "More on the elections:\n\n• PTI announces rallies across the country on Feb 25, 2024\n"
        "• Sharif elected prime minister on Mar 3, 2024\n")}) if (tmp_path / "links").mkdir() is None else None
    assert set(corpus.events.cue) == {"on Wednesday"}, list(corpus.events.cue)
    # ("ordered that" sets no deadline across a clause, nor in the past perfect)
    assert not any(_days("The court ordered that the petition be heard, and the tribunal decided it within 15 days.",
                         date(2024, 3, 5)).values())
    # (Pakistan's own Senate meets; another country's does not form its government)
    assert _typed("The Senate of Pakistan will meet on Thursday.", date(2024, 9, 10))["on Thursday"][0] == \
        "government_formation"
    assert _typed("امریکی سینیٹ کا اجلاس جمعرات کو ہوا۔", date(2024, 9, 10), "ur")["جمعرات کو"][0] != "government_formation"
    # (a party's decision announced is no court's)
    assert _typed("The decision of the PTI announced in Lahore on Monday surprised its allies.",
                  date(2024, 12, 31))["on Monday"][0] != "legal"


def test_a_headline_whose_phrase_holds_a_day_is_no_byline(tmp_path):
    published = _published(tmp_path, {
        "verdict.txt": "نوائے وقت\nاسلام آباد | جمعرات 8 مئی 2025ء\n\nسپریم کورٹ نے فوجی عدالتوں میں ٹرائل کی اجازت دے دی، 23 اکتوبر "
                       "2023 کا فیصلہ کالعدم\n\nاسلام آباد (خصوصی رپورٹر) سپریم کورٹ کے آئینی بینچ نے گزشتہ روز اپنا سابقہ فیصلہ "
                       "کالعدم قرار دے دیا۔\n",
        "riots.txt": "Court reserves verdict on May 9, 2023 riots case\n\nLAHORE: An anti-terrorism court reserved its "
                     "verdict on Tuesday in a case of the May 9 riots.\n\nLawyers said it would be announced next week.\n",
    })
    assert published["verdict.txt"] == "2025-05-08", published
    assert published["riots.txt"] != "2023-05-09", published


def test_the_gathering_doers_breaks_are_validated(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(DEFAULT_STORY_DIR, folder)
    path = folder / "event_types.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["gathering_doer_breaks"]["before"] = ["US"]  # (a misspelt key)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(StoryError, match="gathering_doer_breaks"):
        load_story(folder)
