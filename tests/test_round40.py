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
- A month and day the page tells with words of an earlier year ("گزشتہ سال 2 اپریل", "April 2 last year") is recalled:
  it does not pick, among happenings of the same words, the one of that day. A ticker of the Khyber Pakhtunkhwa
  Assembly's Senate polls "today" that recalls the postponement on "last year's 2 April" is of 21 July 2025 (its
  6-5 formula is that round's sign), not of the Senate elections of 2 April 2024. The Urdu words of the Senate polls
  also name the rounds' seats ("سینیٹ کی 48 نشستوں", "سینیٹ کی 11 نشستوں") and the election in the singular ("انتخاب").
- Urdu "کاغذات نامزدگی" (nomination papers) is an election's act, as the English words are ("امیدوار 19 اور 20 اگست کو
  ... کاغذات نامزدگی جمع کرا سکیں گے"), and so are an election's schedule, the scrutiny of the papers and the final list
  of candidates ("کاغذات کی جانچ پڑتال 23 سے 30 دسمبر تک ہو گی", "the final list of candidates"): 34 of 49 annotated
  reports of them are typed election. (Not a bare "list of candidates", which a party sends for its reserved seats on
  a court's order: legal.)
- The story's calendar holds more happenings, each day read in stored reports: Syedal Khan Nasar elected the
  Senate's deputy chairman (9 April 2024), the prime minister's Rs23 billion subsidy for Azad Kashmir and the Rangers'
  firing near Muzaffarabad (Monday 13 May 2024), the action committee calling off its long march (Tuesday 14 May 2024;
  told apart from its 2025 lockdown by its signs), the UN Working Group on Arbitrary Detention's opinion on Imran Khan
  (Monday 1 July 2024), the Elections (Second Amendment) Bill passed by both houses (Tuesday 6 August 2024), the bills
  raising the Supreme Court's judges to 34 and the service chiefs' tenure (Monday 4 November 2024), Junaid Akbar
  replacing Ali Amin Gandapur as PTI's provincial president (Saturday 25 January 2025), the journalist Khawar Hussain
  found dead in Sanghar (Saturday 16 August 2025), Imran Khan naming Mahmood Khan Achakzai for opposition leader (20
  August 2025) and the opposition filing his nomination (Tuesday 21 October 2025), Azad Kashmir's lockdown (29
  September 2025) and the agreement that ended it (Saturday 4 October 2025), mobile internet cut in Islamabad and
  Rawalpindi before the TLP's march (Friday 10 October 2025), the operation at Muridke (Monday 13 October 2025) and the
  federal cabinet's ban on the TLP (Thursday 23 October 2025). Their words keep out later acts about them (found by
  review): the assets of "the banned TLP", a court case over the Muridke clashes, internet restored, the JIT's
  findings on Khawar Hussain's death, Junaid Akbar acting as the party's president, a UN experts' statement, a
  commission's hearings into the Rangers' firing, Achakzai's notification of 2026.
- Urdu: "کل بروز منگل" (tomorrow, on Tuesday) is one day, as "کل منگل کو" is (not when it opens a range, "کل بروز منگل
  سے جمعرات تک"); a hope of a passage ("کوشش ہے کہ ... پیر کو سینیٹ سے منظور کرا لیا جائے", the subjunctive after a verb
  form, not "جائے وقوعہ", the scene) is ahead; an order issued on a day ("پیر کو جاری حکم نامے کے مطابق") is done, as a
  statement issued on it is. (A hearing "fixed" for a day, "سماعت مقرر", was withdrawn after review: "مقرر" also
  appoints, "معاون مقرر کر دیا".)
- A day that opens a sentence, set off by a comma, is the time of its main clause however long the subject before the
  act's words ("Yesterday, the special parliamentary committee created by the amendment met behind closed doors and
  nominated Justice Yahya Afridi ..."): an undated page of it is of the day after the nomination (22 October 2024).
  Not of an act told from it in the past perfect ("On Saturday, the ISPR said military courts had handed 25 civilians
  sentences ...").
- A party's show-cause notice to its own members is other, not legal (all 11 annotated reports of them are typed
  other; story data `party_discipline_*`, when the sentence names a party): "The PTI on Monday issued a show-cause
  notice to Sher Afzal Marwat"; a court's show-cause notice for contempt stays legal.
- A bullet over a whole sentence that names a day ("٭ اسلام آباد ہائیکورٹ نے پیر کو سائفر کیس میں ... بری کر دیا۔") is a
  paragraph of the report, not a link's headline; not under a box of related links, nor a labelled strip ("• Breaking:
  ...") or a byline with its time; "●", "■", "◆" mark items as "•" does.
- Review findings kept as cases: the next day's act told in the present ("The winners take their oath ... on
  Monday") or with its own week ("on the night of Monday last week") does not move a page of a happening named by its
  day; a headline that names the by-election only in passing ("NA-129 by-election winner to take oath") does not tie
  a lede of another act to it; a day whose year is borrowed from a date beside it ("April 2 and April 9, 2024") is not
  recalled.
"""

from datetime import date

from dashboard.dates import find_dates


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


def test_a_day_told_as_last_years_does_not_pick_that_days_happening(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "kp.txt": "ایکسپریس نیوز | بریکنگ\n\n"
                  "5:35 — خیبر پختونخوا اسمبلی میں آج سینیٹ کی 11 نشستوں پر پولنگ کا وقت ختم، گنتی شروع\n"
                  "6:10 — غیر سرکاری نتائج: تحریک انصاف کے 6 اور اپوزیشن کے 5 امیدوار کامیاب\n"
                  "6:40 — صوبے سے سینیٹ کا انتخاب گزشتہ سال 2 اپریل کو عین پولنگ سے پہلے ملتوی کر دیا گیا تھا\n"
                  "7:05 — حکومت اور اپوزیشن کے درمیان 6-5 کے فارمولے پر جمعرات کو اتفاق ہوا تھا\n",
        "singular.txt": "خیبرپختونخوا سے سینیٹ کی 11 نشستیں: تحریک انصاف کے 6، اپوزیشن کے 5 امیدوار کامیاب\n\n"
                        "پشاور (دنیا نیوز)\n\n"
                        "خیبرپختونخوا اسمبلی میں گزشتہ روز (پیر کو) سینیٹ کی 11 نشستوں پر ہونے والے انتخاب میں حکومت اور "
                        "اپوزیشن کے درمیان طے پانے والے فارمولے کے مطابق تحریک انصاف نے 6 اور اپوزیشن جماعتوں نے 5 نشستیں "
                        "حاصل کر لیں۔\n",
    })
    assert published["kp.txt"] == "2025-07-21"
    assert published["singular.txt"] == "2025-07-22"  # ("yesterday (Monday)": the Monday was 21 July 2025)


def test_urdu_nomination_papers_are_an_elections_act(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "schedule.txt").write_text(
        "ضمنی انتخاب کا شیڈول جاری\n\nلاہور (16 اگست 2025): الیکشن کمیشن کے ترجمان کے مطابق امیدوار 19 اور 20 اگست کو "
        "ریٹرننگ افسر کے پاس کاغذات نامزدگی جمع کرا سکیں گے۔\n", encoding="utf-8")
    (tmp_path / "scrutiny.txt").write_text(
        "گلگت بلتستان انتخابات کا شیڈول\n\nگلگت (12 دسمبر 2025): الیکشن کمیشن کے مطابق کاغذات کی جانچ پڑتال 23 سے 30 دسمبر "
        "تک ہو گی۔\n\nThe commission will publish the final list of candidates on January 5.\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    dates = events["date"].astype(str).str[:10]
    assert list(events[dates == "2025-08-19"]["type"]) == ["election"]
    assert list(events[dates == "2025-12-23"]["type"]) == ["election"]
    assert list(events[dates == "2026-01-05"]["type"]) == ["election"]


def test_the_calendar_dates_pages_of_its_new_happenings(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "khawar.txt": "سینئر صحافی خاور حسین کی سانگھڑ میں پراسرار موت، تحقیقات کا حکم\n\n"
                      "سانگھڑ / کراچی: سینئر صحافی خاور حسین کی لاش سانگھڑ میں ایک نجی ہوٹل کے باہر کھڑی ان کی گاڑی سے "
                      "برآمد ہوئی ہے۔\n\nپولیس کے مطابق خاور حسین کی لاش ہفتے کی رات گاڑی کی ڈرائیونگ سیٹ پر ملی۔\n",
        "tlp.txt": "Federal cabinet approves ban on TLP\n\nISLAMABAD - The federal cabinet today approved a ban on "
                   "Tehreek-e-Labbaik Pakistan (TLP), acting on a request from the Punjab government.\n\n"
                   "The interior ministry was told to complete the legal formalities.\n",
        "bill.txt": "Senate passes election law change\n\nISLAMABAD: The Senate on Tuesday passed the Elections (Second "
                    "Amendment) Bill, 2024, which bars independents from joining a party after the deadline, hours after "
                    "the National Assembly approved it.\n\nThe opposition walked out.\n",
    })
    # Khawar Hussain was found dead on the night of Saturday 16 August 2025: the page is of the day after at the earliest
    assert published["khawar.txt"] == "2025-08-17"
    assert published["tlp.txt"] == "2025-10-23"
    assert published["bill.txt"] == "2024-08-06"


def test_urdu_days_of_plans_and_issued_orders():
    def status(text, published):
        return [(m.text, m.value, m.status) for m in find_dates(text, published, language="ur")]
    assert status("سینیٹ کی خالی نشستوں کے لیے پولنگ کل بروز منگل قومی اسمبلی، پنجاب، سندھ اور خیبرپختونخوا اسمبلیوں میں "
                  "ہوگی۔", date(2024, 4, 1)) == [("کل بروز منگل", "2024-04-02", "planned")]
    # (the subjunctive after a verb form only: not "جائے وقوعہ", the scene; a range stays a range)
    assert status("مظفرآباد: رینجرز کی فائرنگ سے پیر کو جائے وقوعہ پر تین افراد جاں بحق ہو گئے۔", date(2024, 5, 14)) \
        == [("پیر کو", "2024-05-13", "happened")]
    assert [(m.value, m.date_end) for m in find_dates("کل بروز منگل سے جمعرات تک ہڑتال ہوگی۔", date(2024, 4, 1),
                                                      language="ur")][-1] == ("2024-04-02", "2024-04-04")
    assert status("حکومتی ذرائع کے مطابق کوشش ہے کہ کمیٹی کی رپورٹ کے بعد بل پیر کو سینیٹ سے منظور کرا لیا جائے۔",
                  date(2025, 11, 8)) == [("پیر کو", "2025-11-10", "planned")]
    assert status("وزیراعظم نے پیر کو ہدایت کی کہ تمام رکاوٹیں ہٹا دی جائیں۔", date(2025, 11, 8)) \
        == [("پیر کو", "2025-11-03", "happened")]
    assert status("الیکشن کمیشن کی جانب سے پیر کو جاری حکم نامے کے مطابق پولنگ اب 23 نومبر کو ہو گی۔", date(2025, 11, 4)) \
        == [("پیر کو", "2025-11-03", "happened"), ("23 نومبر", "2025-11-23", "planned")]


def test_a_bulleted_lead_sentence_is_prose(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "star.txt": "عمران خان اور شاہ محمود قریشی سائفر کیس میں بری\n\nاسلام آباد\n\n"
                    "٭ اسلام آباد ہائیکورٹ نے پیر کو سائفر کیس میں عمران خان اور شاہ محمود قریشی کو بری کر دیا۔\n\n"
                    "عدالت نے دونوں رہنماؤں کی اپیلیں منظور کرتے ہوئے خصوصی عدالت کا فیصلہ کالعدم قرار دے دیا۔\n",
        "square.txt": "Khan acquitted in cipher case\n\nISLAMABAD\n\n■ The Islamabad High Court on Monday acquitted Imran "
                      "Khan and Shah Mahmood Qureshi in the cipher case.\n\nThe detailed judgment will follow.\n",
    })
    assert published == {"star.txt": "2024-06-03", "square.txt": "2024-06-03"}


def test_review_cases_of_the_next_day_and_of_headline_nouns(tmp_path):
    from test_round33 import _published
    sunday = ("Polling ends in by-elections\n\nLAHORE\n\nPolling ended peacefully in the by-elections held on Sunday for "
              "six National Assembly seats, including NA-129 Lahore, and counting was under way by evening.\n\n")
    published = _published(tmp_path, {
        "present.txt": sunday + "The winners take their oath in the National Assembly on Monday.\n",
        "lastweek.txt": sunday + "Police raided the PTI candidate's office on the night of Monday last week, the party said.\n",
        "oath.txt": "NA-129 by-election winner to take oath\n\nISLAMABAD\n\nThe swearing-in of new members will be held "
                    "tomorrow at the start of the National Assembly session, the Speaker's office said.\n\n"
                    "Opposition members have said they will attend.\n",
        "borrowed.txt": "Senate elections: ruling coalition's candidates win most seats\n\nISLAMABAD\n\nThe Senate "
                        "elections were held yesterday, and the ruling coalition's candidates won most of the seats, "
                        "officials said.\n\nThe Election Commission had fixed April 2 and April 9, 2024 as the dates "
                        "for polling and the chairman's election.\n",
    })
    assert published == {"present.txt": "2025-11-23", "lastweek.txt": "2025-11-23", "oath.txt": "NaT",
                         "borrowed.txt": "2024-04-03"}


def test_calendar_words_keep_out_later_acts(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "assets.txt": "Cabinet moves on assets\n\nISLAMABAD: The federal cabinet on Thursday approved a plan to seize the "
                      "assets of the banned TLP and hand its seminaries to the Auqaf department.\n\nThe prime minister "
                      "chaired the meeting.\n",
        "jit.txt": "Probe findings\n\nKARACHI: The joint investigation team probing the death of journalist Khawar Hussain "
                   "in Sanghar today submitted its findings to the Sindh home department.\n\nThe family rejected them.\n",
        "junaid.txt": "PTI names candidates\n\nPESHAWAR: PTI Khyber Pakhtunkhwa president Junaid Akbar on Saturday named "
                      "the party's candidates for the by-elections.\n\nThe polls are due next month.\n",
        "internet.txt": "Internet back\n\nISLAMABAD: Mobile internet service resumed in Islamabad and Rawalpindi today "
                        "after remaining suspended for four days during the TLP march.\n\nUsers reported normal speeds.\n",
        "commission.txt": "Inquiry begins\n\nMUZAFFARABAD: A judicial commission on Monday began hearings into the "
                          "Rangers' firing in Muzaffarabad in which three protesters were killed.\n\nWitnesses will "
                          "appear next week.\n",
    })
    assert set(published.values()) == {"NaT"}, published


def test_bulleted_sentences_under_related_links_stay_links(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "related.txt").write_text(
        "date 2024-06-04\n\nKhan acquitted in cipher case\n\nISLAMABAD: The Islamabad High Court on Monday acquitted "
        "Imran Khan and Shah Mahmood Qureshi in the cipher case, setting aside their ten-year sentences.\n\nThe PTI "
        "welcomed the verdict and demanded his release.\n\nRelated stories\n\n• The Supreme Court on Monday suspended "
        "the Peshawar High Court's verdict on reserved seats.\n• The Senate on Tuesday elected Syedal Khan Nasar as its "
        "deputy chairman.\n", encoding="utf-8")
    (tmp_path / "breaking.txt").write_text(
        "date 2024-06-04\n\n• Breaking: The Supreme Court on Monday suspended the Peshawar High Court's verdict on "
        "reserved seats.\n\nKhan acquitted in cipher case\n\nISLAMABAD: The Islamabad High Court acquitted Imran Khan "
        "and Shah Mahmood Qureshi in the cipher case, setting aside their ten-year sentences.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    events = corpus.events
    assert sorted(events[events["article"] == "related.txt"]["date"].astype(str).str[:10]) == ["2024-06-03"]
    assert "2024-06-03" not in set(events[events["article"] == "breaking.txt"]["date"].astype(str).str[:10])
    assert dict(zip(corpus.articles["article"], corpus.articles["title"]))["breaking.txt"] == "Khan acquitted in cipher case"


def test_a_partys_show_cause_notice_is_other_a_courts_legal(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "notice.txt").write_text(
        "date 2025-06-20\n\nPTI serves notice on Marwat\n\nISLAMABAD: The PTI on Monday issued a show-cause notice to "
        "Sher Afzal Marwat over his remarks against the party's leaders.\n\nThe Islamabad High Court on Tuesday issued a "
        "show-cause notice to the interior secretary for contempt.\n\nپی ٹی آئی نے بدھ کو شیر افضل مروت کو شوکاز نوٹس "
        "جاری کر دیا۔\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    types = dict(zip(events["date"].astype(str).str[:10], events["type"]))
    assert types == {"2025-06-16": "other", "2025-06-17": "legal", "2025-06-18": "other"}


def test_a_fronted_day_dates_its_main_clause_past_a_long_subject(tmp_path):
    from test_round33 import _published
    published = _published(tmp_path, {
        "fronted.txt": "OPINION\n\nThe new machinery\n\nIt did not take long for the new machinery to be used. Yesterday, "
                       "the special parliamentary committee created by the amendment met behind closed doors and "
                       "nominated Justice Yahya Afridi, third in seniority, as the next chief justice.\n\nThe choice "
                       "will be argued over for years.\n",
        "perfect.txt": "Concern over verdicts\n\nThe bloc's statement was brief. On Saturday, the Inter-Services Public "
                       "Relations, the army's media wing, said military courts had handed 25 civilians sentences of two "
                       "to 10 years after examining all evidence.\n\nRights groups criticised the trials.\n",
    })
    assert published["fronted.txt"] == "2024-10-23"
    assert published["perfect.txt"] != "2024-12-21"  # (the saying's Saturday is no day of the sentencing told)
