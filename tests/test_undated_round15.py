"""Pages that print no date (fifteenth round): an act the page dates by a weekday's night ("late on
Tuesday", "on Tuesday night") is reported the next day; "last night" counts from the page itself.  Every
article is our own; 20 February 2024 was a Tuesday."""

from test_undated_round14 import published


def test_an_act_of_a_weekdays_night_is_reported_the_next_day(tmp_path):
    text = ("ISLAMABAD: The PML-N and the PPP agreed on a power-sharing deal late on Tuesday, with Shehbaz "
            "Sharif as their candidate for prime minister, leaders of both parties said.\n\n"
            "The PPP will not take ministries for now, its chairman said.\n")
    assert published(tmp_path, text) == "2024-02-21"


def test_an_act_of_the_day_itself_is_of_that_day(tmp_path):
    text = ("ISLAMABAD: The PML-N and the PPP agreed on a power-sharing deal on Tuesday, with Shehbaz "
            "Sharif as their candidate for prime minister, leaders of both parties said.\n\n"
            "The PPP will not take ministries for now, its chairman said.\n")
    assert published(tmp_path, text) == "2024-02-20"


def test_the_late_someone_after_the_day_tells_no_night(tmp_path):
    # 9 March 2024 was a Saturday
    text = ("ISLAMABAD: Asif Ali Zardari was elected president on Saturday, the late Benazir Bhutto's widower "
            "securing 411 electoral votes against 181 for his rival.\n\nHe will take oath on Sunday.\n")
    assert published(tmp_path, text) == "2024-03-09"


def test_other_ways_of_telling_a_night(tmp_path):
    for words in ("overnight on Tuesday", "at midnight on Tuesday", "late-night Tuesday"):
        text = (f"ISLAMABAD: The PML-N and the PPP agreed on a power-sharing deal {words}, with Shehbaz Sharif as "
                "their candidate for prime minister, leaders of both parties said.\n\n"
                "The PPP will not take ministries for now, its chairman said.\n")
        assert published(tmp_path, text) == "2024-02-21", words


def test_the_pti_ending_its_talks_with_the_government(tmp_path):
    # 23 January 2025 was a Thursday
    text = ("ISLAMABAD: Imran Khan's party on Thursday called off its talks with the government, saying the "
            "promised judicial commissions had not been formed within seven days.\n\n"
            "The government's committee said its doors remained open.\n")
    assert published(tmp_path, text) == "2025-01-23"


def test_the_pti_calling_off_its_protest_in_the_capital(tmp_path):
    # 27 November 2024 was a Wednesday
    text = ("ISLAMABAD: The PTI said early on Wednesday it was calling off its protest in the capital for now, "
            "hours after security forces cleared the city centre of its supporters.\n\n"
            "Schools and offices will reopen on Thursday, officials said.\n")
    assert published(tmp_path, text) == "2024-11-27"
