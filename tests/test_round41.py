"""Loader rules of the forty-first round.  Sentences written for these tests; the dates are read off the text by hand.

- An election's own steps are its acts: the delimitation of constituencies ("حلقہ بندی"), the allotment of election
  symbols ("انتخابی نشانات"), the revised list of candidates and the withdrawal of papers ("کاغذات واپس") are typed
  election, as the nomination papers and the schedule already were.
- Attacks by armed groups are no protest, however they are told ("stormed government buildings", "the August 26
  attacks", "militant violence"): a protest act in a sentence that names militants, separatists, a suicide bomber or
  terrorists is other (story data `militancy_*`); "anti-terrorism", a court's name, is another word, so a protest
  outside an anti-terrorism court stays a protest, and so does a protest against them.
- A schedule issued, suspended or withdrawn is the act reported, not a plan told: "The Election Commission on Wednesday
  suspended the schedule for the local government elections" and "... نے جمعرات کو ... بلدیاتی انتخابات کا شیڈول جاری
  کر دیا" are done on their day (the English noun "schedule" announces nothing; Urdu "شیڈول" tells a plan only as a
  verb, "اجلاس جمعے کو شیڈول ہے").
"""


def _types(tmp_path, name, text):
    from dashboard import load_corpus
    (tmp_path / name).write_text(text, encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    return list(zip(events["date"].astype(str).str[:10], events["type"]))


def test_an_elections_own_steps_are_its_acts(tmp_path):
    pairs = _types(tmp_path, "schedule.txt",
                   "date 2025-09-01\n\nLocal polls schedule\n\nLAHORE: Delimitation committees will prepare the "
                   "preliminary lists of wards from September 13 to September 30.\n\nThe revised list of candidates "
                   "will be published on October 4.\n\nامیدوار 8 اکتوبر تک اپنے کاغذات واپس لے سکیں گے جس کے بعد 9 "
                   "اکتوبر کو انتخابی نشانات الاٹ کیے جائیں گے۔\n")
    # (read by hand: September 13-30, October 4, October 8 and 9, 2025, every one a step of the polls)
    by_day = dict(pairs)
    assert by_day["2025-09-13"] == "election"
    assert by_day["2025-10-04"] == "election"
    assert by_day["2025-10-08"] == "election" and by_day["2025-10-09"] == "election"


def test_a_militant_attack_is_no_protest(tmp_path):
    pairs = _types(tmp_path, "quetta.txt",
                   "date 2025-03-20\n\nQUETTA: Violence in Balochistan has risen sharply since the August 26 attacks, "
                   "in which militants targeted highways and a railway bridge.\n\nSeparatist fighters of the banned "
                   "Baloch Liberation Army stormed government buildings in the town of Mach on Jan. 29.\n\nبلوچستان "
                   "میں دہشت گردوں نے جمعرات کو سرکاری عمارتوں پر حملہ کیا۔\n\nPTI workers protested outside the "
                   "anti-terrorism court on Monday.\n\nHundreds of traders protested against the militants in Turbat "
                   "on Tuesday.\n")
    by_day = dict(pairs)
    assert by_day["2024-08-26"] == "other"
    assert by_day["2025-01-29"] == "other"
    assert by_day["2025-03-17"] == "protest"  # (Monday 17 March 2025: the court's name is no militant)
    assert by_day["2025-03-18"] == "protest"  # (a protest against them is a protest)


def test_a_schedule_issued_or_suspended_is_done(tmp_path):
    from dashboard import load_corpus
    (tmp_path / "ict.txt").write_text(
        "date 2024-08-09\n\nLocal polls\n\nISLAMABAD: The Election Commission of Pakistan on Wednesday suspended the "
        "schedule for the local government elections in Islamabad.\n\nالیکشن کمیشن آف پاکستان نے جمعرات کو وفاقی "
        "دارالحکومت میں بلدیاتی انتخابات کا شیڈول جاری کر دیا جس کے مطابق پولنگ 29 ستمبر کو ہوگی۔\n\nاجلاس پیر کو "
        "شیڈول ہے۔\n", encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    status = dict(zip(events["date"].astype(str).str[:10], events["status"]))
    # (Friday 9 August 2024: Wednesday is the 7th, Thursday the 8th, the polls on 29 September and the meeting on
    # Monday the 12th are to come)
    assert status["2024-08-07"] == "happened"
    assert status["2024-08-08"] == "happened"
    assert status["2024-09-29"] == "planned"
    assert status["2024-08-12"] == "planned"
