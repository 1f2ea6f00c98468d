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

from datetime import date

from test_round33 import _published

from dashboard.story import default_story

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
