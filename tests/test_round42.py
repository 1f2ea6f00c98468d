"""Loader rules of the forty-second round.  Sentences written for these tests; the dates are read off the text by hand.

- A year after a determiner may stand a few words of a happening's name before its noun: "the 1991 Water Apportionment
  Accord", "a 1991 water-sharing accord", "the 2014 Army Public School massacre" are dates of that year (English
  `year_name_determiners`, a new optional key; no function word between, so "the 2024 votes in the polls" is none);
  "charter", "agreement" and "pact" join the English `year_nouns` ("the 2006 Charter of Democracy"), and the Urdu
  ones gain a treaty's, a war's and the charter's genitives ("1991 کے معاہدے", "1965ء کی جنگ", "2006 کے میثاق
  جمہوریت").  Not "the 1973 Constitution": of 11 annotated pages that name it, none dates it.
- Talks whose sides are no parties (a jirga, militants, the district administration, a tribal committee) are no
  coalition talks wherever the report names those sides: in the sentence before ("... negotiations between the
  Bajaur Aman Jirga and militant commanders ended. The operation ... was halted a day later to allow the
  negotiations to proceed.") or in its lead (`civic_side` joins `lead_turns` and `sentence_turns`).
- Fighting between the armies of two countries is no protest: a protest act of fighting (a clash, an attack,
  firing, shelling) in a sentence, or a report whose lead, names a foreign army, the border it is fought on or the
  two countries ("border" turn: "clashes erupted along the Pak-Afghan border") is international.
- Urdu present progressive: a weekday or a month told in it, its verb within a few words, lies ahead ("وزیراعظم پیر
  کو چین کا دورہ کر رہے ہیں", "معاہدہ اپریل میں ختم ہو رہا ہے"), as "کل" already did; a month with "سے" is where
  the stretch began ("فروری سے احتجاج کر رہی ہے"); a verb far on belongs to the main clause ("جمعے کو بادل پھٹنے ... کے
  بعد ... اضافہ ہو رہا ہے" is last Friday's cloudburst).
- Urdu: an infinitive and "طے پایا" is set to come ("وزیراعلیٰ کا انتخاب جمعہ کو ہونا طے پایا ہے"); "آئندہ" before a
  noun and "تک" is a target, not the clause's time ("فیصلے آئندہ سماعت تک معطل کر دیے تھے" was done last Thursday).
- A sentence that opens on a year relative and a comma holds the months it tells in that year ("Last year, the
  province broke with convention by presenting its budget in May" is May of last year, whatever "ahead of" says).
- A month before local elections is their month ("گزشتہ برس جنوری کے بلدیاتی انتخابات", "the January local
  government elections").
"""


def _events(tmp_path, name, text):
    from dashboard import load_corpus
    (tmp_path / name).write_text(text, encoding="utf-8")
    events = load_corpus(tmp_path, use_cache=False).events
    return list(zip(events["date"].astype(str).str[:10], events["precision"], events["type"], events["status"]))


def test_a_year_before_a_happenings_name_is_its_date(tmp_path):
    events = _events(tmp_path, "canals.txt",
                     "date 2025-04-10\n\nCanals row\n\nKARACHI: The PPP says the canals would violate a 1991 "
                     "water-sharing accord among the provinces.\n\nHe recalled the 2014 Army Public School massacre "
                     "in Peshawar.\n\nThe 2006 Charter of Democracy promised a constitutional court.\n\nThe 1973 "
                     "Constitution was amended.\n\nHe said the 2017 votes in the polls were counted.\n\nیہ صورتحال "
                     "1965ء کی جنگ کے بعد پہلی بار پیدا ہوئی۔\n")
    years = sorted(d[:4] for d, precision, _, _ in events if precision == "year")
    # (read by hand: 1991, 2014, 2006 and 1965 are happenings' years; the constitution's name and a count are not)
    assert years == ["1965", "1991", "2006", "2014"]


def test_talks_with_a_jirga_or_militants_are_no_coalition_talks(tmp_path):
    events = _events(tmp_path, "bajaur.txt",
                     "date 2025-08-12\n\nOperation resumes in Bajaur\n\nBAJAUR: Security forces on Monday resumed an "
                     "operation against militants after the last round of negotiations between the Aman Jirga and "
                     "militant commanders ended without a breakthrough.\n\nThe operation was first launched on July "
                     "29 but was halted a day later to allow the negotiations to proceed.\n")
    by_day = {d: t for d, _, t, _ in events}
    # (read by hand: Monday 11 August, 29 and 30 July 2025)
    assert by_day["2025-08-11"] == "other"
    assert by_day["2025-07-29"] == "other"
    assert by_day["2025-07-30"] == "other"


def test_border_clashes_are_no_protest(tmp_path):
    events = _events(tmp_path, "border.txt",
                     "date 2025-10-19\n\nCeasefire agreed\n\nPakistan and Afghanistan agreed to a ceasefire in Doha "
                     "after the worst fighting between the neighbours in years.\n\nClashes erupted along the "
                     "Pak-Afghan border on October 11.\n\nAfter more clashes, a 48-hour truce was announced on "
                     "Wednesday.\n\nTraders staged a sit-in at the Pak-Afghan border on Friday.\n")
    by_day = {d: t for d, _, t, _ in events}
    # (read by hand: 11 October; Wednesday 15 October; Friday 17 October 2025, a protest of traders)
    assert by_day["2025-10-11"] == "international"
    assert by_day["2025-10-15"] == "international"
    assert by_day["2025-10-17"] == "protest"


def test_urdu_progressive_days_and_months_lie_ahead(tmp_path):
    pages = ["وزیراعظم پیر کو چین کا دورہ کر رہے ہیں۔", "آئی ایم ایف کے ساتھ موجودہ معاہدہ اپریل میں ختم ہو رہا ہے۔",
             "پی ٹی آئی فروری سے احتجاج کر رہی ہے۔",
             "پی ڈی ایم اے کا کہنا ہے کہ جمعے کو بادل پھٹنے اور طوفانی بارشوں کے بعد آنے والے سیلابی ریلوں سے صوبے میں "
             "جاں بحق افراد کی تعداد میں مسلسل اضافہ ہو رہا ہے۔"]
    days = []
    for i, sentence in enumerate(pages):
        folder = tmp_path / str(i)
        folder.mkdir()
        days += [d for d, _, _, _ in _events(folder, "page.txt", f"date 2024-03-05\n\nسرخی\n\n{sentence}\n")]
    # (read by hand, on Tuesday 5 March 2024: next Monday the 11th, April 2024, since February 2024, last Friday
    # the 1st)
    assert days == ["2024-03-11", "2024-04-01", "2024-02-01", "2024-03-01"]


def test_urdu_set_to_and_until_the_next(tmp_path):
    events = _events(tmp_path, "assembly.txt",
                     "date 2024-02-28\n\nسرخی\n\nوزیراعلیٰ کا انتخاب جمعہ کو ہونا طے پایا ہے۔\n\nپانچ رکنی بینچ نے "
                     "پیر کو سماعت کے دوران فیصلے آئندہ سماعت تک معطل کر دیے تھے۔\n")
    by_day = {d: s for d, _, _, s in events}
    # (read by hand, on Wednesday 28 February 2024: Friday 1 March is set; last Monday the 26th was done)
    assert by_day == {"2024-03-01": "planned", "2024-02-26": "happened"}


def test_an_opening_year_holds_its_sentences_months(tmp_path):
    events = _events(tmp_path, "budget.txt",
                     "date 2025-06-14\n\nBudget\n\nLast year, Khyber Pakhtunkhwa broke with convention by presenting "
                     "its budget in May, ahead of the federation.\n\nانہوں نے کہا کہ لوگوں نے گزشتہ برس جنوری کے "
                     "بلدیاتی انتخابات سے زیادہ ووٹ دیے۔\n")
    months = sorted(d[:7] for d, precision, _, _ in events if precision == "month")
    # (read by hand: May 2024, January 2024)
    assert months == ["2024-01", "2024-05"]
