"""Publication dates of the eighteenth round, on pages that print none.  Every page is our own.

- A relative clause that is only the passive of the act's noun ("the deal ..., which was announced
  late Tuesday night") dates the act; one with another act in it does not.
- "A year ago today" counts back to the story's day the sentence names (its weekday, if written,
  must be that day's); Urdu "آج سے ایک سال قبل" too.
- A weekday set apart by an exact count from a day ("on Thursday, exactly three weeks after a
  February 8 vote") is that day, when the weekday fits.
- "Met for the first time" names an assembly's first session.
"""

from test_undated_round16 import published_in_folder


def test_a_passive_relative_clause_dates_the_deal(tmp_path):
    text = ("Stocks jump as power-sharing deal lifts uncertainty\n\nKARACHI: Shares rose sharply on Wednesday as traders "
            "cheered the power-sharing deal between the Pakistan Muslim League-Nawaz (PML-N) and the Pakistan Peoples "
            "Party (PPP), which was announced late Tuesday night after days of haggling.\n\nThe benchmark index closed "
            "higher.\n")
    # the deal of Tuesday 20 February 2024, late at night: told the next day
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-21"


def test_a_relative_clause_with_another_act_dates_nothing(tmp_path):
    text = ("Markets rise\n\nKARACHI: Shares rose sharply on Wednesday as traders cheered the power-sharing deal between "
            "the PML-N and the PPP, which was criticised by PTI leaders who met on Tuesday.\n")
    # "criticised" by others: Tuesday is the meeting's, and Wednesday the rally's; no day for the page
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_a_year_ago_today_counts_back_to_the_vote(tmp_path):
    text = ("The vote that never ended\n\nA year ago today, on a grey Thursday morning, millions of Pakistanis lined up "
            "outside schools to vote while phone networks went dark.\n\nWhat followed was a year of disputes.\n")
    # 8 February 2024 was a Thursday; a year on is 8 February 2025
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-02-08"


def test_a_year_ago_today_with_another_weekday_gives_no_day(tmp_path):
    text = ("The vote that never ended\n\nA year ago today, on a grey Monday morning, millions of Pakistanis lined up "
            "outside schools to vote.\n")
    # the vote was on a Thursday: a Monday says the sentence counts from something else
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_a_year_ago_today_in_urdu(tmp_path):
    text = ("انتخابات کا ایک سال\n\nآج سے ٹھیک ایک سال قبل ملک بھر میں عام انتخابات ہوئے تھے جن کے نتائج پر آج بھی سوال "
            "اٹھائے جا رہے ہیں۔\n")
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-02-08"


def test_a_weekday_set_apart_by_a_count_from_a_written_day(tmp_path):
    text = ("New lawmakers take their seats\n\nIslamabad (dpa) - Pakistan's lawmakers gathered in parliament on Thursday, "
            "exactly three weeks after a February 8 vote clouded by claims of fraud.\n\nThe house will choose a speaker "
            "later.\n")
    # 8 + 21 = 29 February 2024, a Thursday
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-29"


def test_a_count_that_misses_the_weekday_gives_no_day(tmp_path):
    text = ("New lawmakers take their seats\n\nIslamabad (dpa) - Pakistan's lawmakers gathered in parliament on Friday, "
            "exactly three weeks after a February 8 vote clouded by claims of fraud.\n")
    # 29 February 2024 was a Thursday, not a Friday
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_a_weekday_counted_from_the_story_s_vote_by_its_noun(tmp_path):
    text = ("Sharif back as premier\n\nISLAMABAD - Lawmakers chose Shehbaz Sharif to lead the country on Sunday, 24 days "
            "after the polls.\n")
    # 8 February 2024 and 24 days: Sunday 3 March 2024
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-03-03"


def test_an_assembly_that_met_for_the_first_time(tmp_path):
    text = ("Lawmakers sworn in\n\nISLAMABAD: The newly elected National Assembly met for the first time on Thursday "
            "amid slogans from the opposition benches.\n")
    # the National Assembly's first session was on Thursday 29 February 2024
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-02-29"


def test_tomorrow_with_its_date_dates_the_page_the_day_before(tmp_path):
    text = ("Stage set for by-polls\n\nLAHORE: Polling for 21 national and provincial assembly seats will be held "
            "tomorrow (Sunday, April 21), with troops on standby at sensitive stations.\n")
    # 21 April was a Sunday in 2024: the page is of Saturday the 20th
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2024-04-20"


def test_yesterday_with_a_weekday_that_does_not_fit_gives_no_day(tmp_path):
    text = ("Counting drags on\n\nISLAMABAD: Results trickled in yesterday (Wednesday, February 9) as the commission "
            "blamed a glitch.\n")
    # 9 February was a Friday in 2024, a Sunday in 2025 and a Monday in 2026: no year of the story fits a Wednesday
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_the_weekday_the_lead_calls_today_dates_a_happening_told_without_a_day(tmp_path):
    text = ("PTI calls off talks with government\n\nISLAMABAD: Pakistan Tehreek-e-Insaf has called off its talks with "
            "the government. Party chairman Gohar Ali Khan told reporters today, Thursday, that the decision was the "
            "founder's own.\n")
    # the PTI ended the talks on Thursday 23 January 2025
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-01-23"


def test_a_weekday_called_today_that_is_not_the_happening_s_gives_no_day(tmp_path):
    text = ("PTI calls off talks with government\n\nISLAMABAD: Pakistan Tehreek-e-Insaf has called off its talks with "
            "the government. Party chairman Gohar Ali Khan told reporters today, Friday, that the decision was the "
            "founder's own.\n")
    # 23 January 2025 was a Thursday: a Friday today does not fit it
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "NaT"


def test_a_weekday_in_urdu_picks_the_year_of_a_yearly_return(tmp_path):
    # headline: "a year of the elections: PTI will observe a black day tomorrow"; lead: "... will observe a black
    # day tomorrow, Saturday, across the country"
    text = ("عام انتخابات کا ایک سال: تحریک انصاف کل یوم سیاہ منائے گی\n\nلاہور: پاکستان تحریک انصاف نے عام انتخابات "
            "کا ایک سال مکمل ہونے پر کل ہفتے کو ملک بھر میں یوم سیاہ منانے کا اعلان کیا ہے۔\n")
    # 8 February was a Saturday in 2025 (a Sunday in 2026): the page is of Friday 7 February 2025
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-02-07"


def test_the_al_qadir_case_told_as_a_land_graft_case(tmp_path):
    text = ("Ex-PM jailed for 14 years in land graft case\n\nRawalpindi (AFP) - A court on Friday sentenced former "
            "prime minister Imran Khan to 14 years in prison in a land graft case involving a charitable trust.\n")
    # the Al-Qadir Trust verdict of Friday 17 January 2025
    assert published_in_folder(tmp_path, {"a.txt": text}, "a.txt") == "2025-01-17"
