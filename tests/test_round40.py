"""Loader rules of the fortieth round.  Sentences written for these tests; the dates are read off the text by hand.

- An undated page that names a story's happening by its day ("by-elections held on Sunday", "Tuesday's Senate
  polls") and tells another act as done on the bare weekday after it ("Prime Minister Shehbaz Sharif on Monday
  congratulated the winners") was written on that next day at the earliest, as a page that tells the happening's own
  act on its weekday already was (round 31's rule, now also for a day that is part of the happening's name).
- A time of the next day told as done ("the National Assembly followed in the small hours of Monday") is that day's
  act as the bare weekday is: a page reporting the Senate's Sunday vote and the assembly's vote in Monday's small hours
  is of Monday.
- A day written without its year that is one of the story's known days, with one of its nouns right after ("nine
  lawmakers convicted in May 9 cases", "9 مئی کے مقدمات"), names that happening: it is no other time of the act that
  would keep the sentence from dating the act by its weekday ("Election Commission of Pakistan on Tuesday issues
  notifications disqualifying nine lawmakers convicted in May 9 cases" under a headline that names Omar Ayub is 5
  August 2025).
- A happening whose last words are a noun that names it alone ("by-elections") is told by a headline that names it
  and a lede that tells its act without the noun ("By-elections on 21 seats: key points" over "Polling for five
  National Assembly and 16 provincial assembly seats to be held tomorrow (Sunday)"): the page is of the eve, Saturday
  20 April 2024.
- "٭" marks a list's items as "•" does: an Urdu ticker of such items under its headline keeps the headline as its
  title ("ضمنی انتخابات: اہم نکات" over "٭ ... نشستوں پر پولنگ کل (اتوار) ..." is of Saturday 22 November 2025).
"""


def test_a_bare_weekday_after_a_named_happening_dates_the_page_that_next_day(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "after.txt": "Ruling party sweeps by-polls\n\nISLAMABAD\n\nThe ruling PML-N has won all six National Assembly "
                     "seats contested in the by-elections held on Sunday, according to provisional results, NA-129 Lahore "
                     "among them.\n\n"
                     "Prime Minister Shehbaz Sharif on Monday congratulated the winning candidates.\n",
        "same.txt": "Ruling party sweeps by-polls\n\nISLAMABAD\n\nThe ruling PML-N has won all six National Assembly "
                    "seats contested in the by-elections held on Sunday, according to provisional results, NA-129 Lahore "
                     "among them.\n\n"
                    "Prime Minister Shehbaz Sharif congratulated the winning candidates.\n",
    })
    # 23 November 2025 was the Sunday of the November by-elections; the Monday after is 24 November
    assert published["after.txt"] == "2025-11-24"
    assert published["same.txt"] == "2025-11-23"


def test_the_small_hours_of_the_next_day_date_the_page_that_day(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "small.txt": "A package passed at night\n\nThe Senate approved the 26th Amendment on Sunday evening with 65 "
                     "votes, and the National Assembly followed in the small hours of Monday with 225.\n\n"
                     "Its effects on the courts will take years to judge.\n",
        "same.txt": "A package passed at night\n\nThe Senate approved the 26th Amendment on Sunday with 65 "
                    "votes.\n\nIts effects on the courts will take years to judge.\n",
    })
    # the Senate passed it on Sunday 20 October 2024; the National Assembly in the small hours of Monday 21 October
    assert published["small.txt"] == "2024-10-21"
    assert published["same.txt"] == "2024-10-20"


def test_a_known_day_with_its_noun_after_it_names_a_happening_not_the_acts_time(tmp_path):
    from test_round33 import _published
    head = "GEO NEWS - TICKER\n\nECP disqualifies Omar Ayub, Shibli Faraz, seven other PTI lawmakers\n\n"
    rest = ("- Disqualified under Article 63(1)(h) of the Constitution; seats declared vacant\n\n"
            "- PTI terms the decision unconstitutional, says it will challenge it in high court\n\n"
            "- ECP to announce by-election schedule for vacated seats, say sources\n")
    published = _published(tmp_path, {
        "cases.txt": head + "- Election Commission of Pakistan on Tuesday issues notifications disqualifying nine "
                            "lawmakers convicted in May 9 cases\n\n" + rest,
        "on.txt": head + "- Election Commission of Pakistan on Tuesday issues notifications disqualifying nine "
                         "lawmakers convicted on May 9\n\n" + rest,
    })
    assert published["cases.txt"] == "2025-08-05"
    assert published["on.txt"] == "NaT"  # (a day the act's words are next to, not a name)


def test_a_headline_naming_by_elections_and_a_lede_of_polling_tomorrow_date_the_eve(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "april.txt": "ARY NEWS | BREAKING\n\nBy-elections on 21 seats: key points\n\n"
                     "- Polling for five National Assembly and 16 provincial assembly seats to be held tomorrow (Sunday) "
                     "from 8am to 5pm without a break, says Election Commission of Pakistan.\n\n"
                     "- Army and civil armed forces to be deployed at sensitive polling stations on ECP's request.\n\n"
                     "- Over 6.2 million ballot papers printed and dispatched to returning officers: ECP.\n",
        "urdu.txt": "اے آر وائی نیوز | بریکنگ نیوز\n\nضمنی انتخابات: اہم نکات\n\n"
                    "٭ قومی اسمبلی کی 6 اور پنجاب اسمبلی کی 7 نشستوں پر پولنگ کل (اتوار) صبح 8 بجے سے شام 5 بجے تک بلاتعطل جاری "
                    "رہے گی: الیکشن کمیشن\n\n"
                    "٭ حساس پولنگ اسٹیشنز پر فوج اور سول آرمڈ فورسز تعینات کی جائیں گی\n\n"
                    "٭ این اے 129 کی نشست سابق گورنر پنجاب میاں محمد اظہر کے انتقال سے خالی ہوئی\n",
    })
    assert published["april.txt"] == "2024-04-20"
    assert published["urdu.txt"] == "2025-11-22"
