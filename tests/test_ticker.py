"""A TV channel's ticker page: lines of a time stamp and a headline, no full stops.  Each item is text
(not a block of related links under "BREAKING"), and one that names no date of its own is of the page's
day.  Pages our own; 9 March 2024 was a Saturday."""

from dashboard import load_corpus
from dashboard.layout import analyse

TICKER = ("CHANNEL NEWS | LIVE TV | BREAKING NEWS\n\nSATURDAY, 09 MARCH 2024\n\nBREAKING\n\n"
          "06:42 PM  Asif Ali Zardari elected 14th President of Pakistan, bags 411 electoral votes\n\n"
          "06:15 PM  Zardari to take oath as president tomorrow (Sunday) at Aiwan-e-Sadr\n\n"
          "05:30 PM  Opposition lawmakers chant slogans in the hall during presidential polling\n\n"
          "02:20 PM  Federal cabinet expected to take oath on Monday: sources\n\n"
          "More Breaking | Videos | Share\n")

URDU_TICKER = ("نیوز چینل | تازہ ترین | بریکنگ نیوز\n\nاتوار 24 نومبر 2024\n\n"
               "رات 09:40 — لاہور: پولیس کا کارکنوں کے خلاف کریک ڈاؤن، درجنوں کارکن گرفتار\n\n"
               "شام 07:15 — وزیراعلیٰ کی قیادت میں قافلہ صوابی انٹرچینج پہنچ گیا\n\n"
               "سہ پہر 03:30 — وزیر داخلہ: غیر ملکی صدر کل اسلام آباد پہنچ رہے ہیں\n")


def events_of(tmp_path, text):
    (tmp_path / "ticker.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    return {(e["cue"], str(e["date"])[:10], e["status"]) for e in corpus.events.to_dict("records")}


def test_a_tickers_items_are_its_text():
    layout = analyse(TICKER)
    texts = [TICKER[s:e] for s, e in layout.paragraphs]
    assert any(t.startswith("06:42 PM  Asif Ali Zardari elected") for t in texts)
    assert not any("More Breaking" in t for t in texts)


def test_an_item_with_no_date_is_of_the_pages_day(tmp_path):
    found = events_of(tmp_path, TICKER)
    assert ("06:42 PM", "2024-03-09", "happened") in found
    assert ("05:30 PM", "2024-03-09", "happened") in found
    # an item naming its own day keeps it
    assert ("tomorrow (Sunday)", "2024-03-10", "planned") in found
    assert ("on Monday", "2024-03-11", "planned") in found
    assert not any(cue in ("06:15 PM", "02:20 PM") for cue, _, _ in found)


def test_an_urdu_tickers_items(tmp_path):
    found = events_of(tmp_path, URDU_TICKER)
    assert ("رات 09:40", "2024-11-24", "happened") in found
    assert ("کل", "2024-11-25", "planned") in found  # "is arriving tomorrow"


def test_two_stamped_lines_make_no_ticker():
    text = ("Home | News\n\nHeadline here\n\n10:15 PM  Police detain workers outside the press club in Lahore\n\n"
            "11:20 PM  Workers released after midnight, party says in statement\n")
    assert analyse(text).stamps == []


def test_a_menu_is_no_title():
    assert analyse(TICKER).title is None  # the only candidate is the channel's menu
    text = ("Share: Facebook | X | WhatsApp\n\nParty to write to the lender over the polls\n\n"
            "The party's leader said on Friday that a letter would be sent to the lender before its board meets.\n")
    assert analyse(text).title == "Party to write to the lender over the polls"


def test_a_live_pages_posts_under_a_stamp_alone(tmp_path):
    text = ("LIVE | The new assembly's first session\n\nLast updated: Feb 29, 2024 10:58pm\n\n"
            "10:58pm\nThat's a wrap for today. The house has been adjourned until 10am tomorrow.\n\n"
            "8:15pm\nNomination papers for speaker have been submitted by both candidates.\n\n"
            "4:40pm\nThe outgoing speaker administers the oath to 302 newly elected members.\n")
    found = events_of(tmp_path, text)
    assert ("8:15pm", "2024-02-29", "happened") in found
    assert ("4:40pm", "2024-02-29", "happened") in found
    assert ("tomorrow", "2024-03-01", "planned") in found


ARTICLE = ("LAHORE: Hundreds of workers rallied on Mall Road on Saturday against the arrest of party leaders, "
           "police said.\n\nThe party said more rallies would be held across the province next week.\n")


def test_stamped_lines_inside_an_article_are_no_ticker(tmp_path):
    # a strip of breaking headlines above the article: its title, date and events stand
    strip = ("Channel TV\nBreaking\n11:05 AM  Senate elections to be held on April 2, commission announces\n"
             "10:40 AM  Opposition leader named in the National Assembly today\n"
             "10:12 AM  Gold prices rise by Rs1,500 per tola in local market\n\n"
             "Workers rally in Lahore against arrests\nPublished: March 17, 2024\n\n" + ARTICLE)
    found = events_of(tmp_path, strip)
    assert ("on Saturday", "2024-03-16", "happened") in found
    assert not any(cue.endswith("AM") for cue, _, _ in found)
    # a sidebar of latest headlines under it
    sidebar = ("Workers rally in Lahore\nPublished: March 17, 2024\n\n" + ARTICLE + "\nLatest News\n"
               "10:42 PM  Chief minister sworn in at the governor house\n09:15 PM  Assembly elects its new speaker today\n"
               "08:30 PM  Party announces countrywide protest against rigging\n")
    assert not any(cue.endswith("PM") for cue, _, _ in events_of(tmp_path, sidebar))


def test_a_schedule_and_decimals_are_no_ticker(tmp_path):
    schedule = ("Rally schedule for Sunday\n\nIslamabad, February 20, 2024\n\n"
                "The party on Tuesday announced a rally in Rawalpindi for Sunday, February 25. The programme:\n\n"
                "2:00 pm  Workers gather at Liaquat Bagh in Rawalpindi\n3:30 pm  Speeches by the party's senior leaders begin\n"
                "5:00 pm  The party chief addresses the rally at the main stage\n6:00 pm  Marchers leave for the commission's office\n\n"
                "The party said the rally would be peaceful.\n")
    assert not any(cue.endswith("pm") for cue, _, _ in events_of(tmp_path, schedule))
    decimals = ("Turnout figures released\n\nPublished February 12, 2024\n\n"
                "The commission on Monday released turnout figures for the February 8 vote.\n\n"
                "12.45 million voters cast their ballots in Lahore division\n10.20 million voters cast ballots in Karachi division\n"
                "3.15 million voters cast ballots in Quetta division\n2.05 million voters cast ballots in Peshawar valley\n")
    assert not any(cue[:1].isdigit() and "." in cue for cue, _, _ in events_of(tmp_path, decimals))


def test_stamps_with_no_posts_are_no_live_page():
    text = "Published February 10, 2024\n\nHeadline\n\n10:00\n11:00\n12:00\n\nThe count went on through the day, officials said.\n"
    assert analyse(text).stamps == []


def test_a_ticker_with_its_sites_footer(tmp_path):
    text = TICKER + "\nDownload our mobile app for breaking news alerts on your phone.\nCopyright 2024 Channel News Network. All rights reserved.\n"
    assert ("06:42 PM", "2024-03-09", "happened") in events_of(tmp_path, text)


def test_a_live_pages_posts_under_their_own_headings_and_a_latest_heading(tmp_path):
    text = ("LIVE: Sharif elected prime minister\n\nPublished March 3, 2024\n\n"
            "The National Assembly met on Sunday to elect the prime minister, with the opposition protesting.\n\n"
            "Latest\n\n10:58pm\nShehbaz takes oath\nThe new prime minister will take oath tomorrow at the presidency.\n\n"
            "8:15pm\nResult announced\nThe speaker announces that the new prime minister has won 201 votes.\n\n"
            "4:40pm\nSession begins\nThe session begins an hour late amid tight security around parliament.\n")
    found = events_of(tmp_path, text)
    assert ("8:15pm", "2024-03-03", "happened") in found
    assert ("4:40pm", "2024-03-03", "happened") in found


def test_a_schedule_of_stamps_over_their_text_is_no_live_page(tmp_path):
    # in order of the day, as a schedule runs; a live page puts its latest post first
    text = ("What happens on polling day\n\nFebruary 7, 2024\n\n"
            "Pakistanis go to the polls on Thursday to elect a new National Assembly.\n\n"
            "8:00 AM — Polls open\nPolling stations across the country open their doors to registered voters.\n\n"
            "5:00 PM — Polls close\nPresiding officers begin counting the votes at every polling station.\n\n"
            "11:00 PM — First results\nThe commission begins announcing unofficial results constituency by constituency.\n")
    assert not any(cue.endswith(("AM", "PM")) for cue, _, _ in events_of(tmp_path, text))


def test_breadcrumbs_and_tags_are_no_title():
    text = ("Parties agree to form government\nHome | Pakistan | Elections 2024 | National Assembly Results 2024\n\n"
            "ISLAMABAD: The two parties agreed on Tuesday night to form a coalition government, leaders said.\n")
    assert analyse(text).title == "Parties agree to form government"


def test_a_section_label_before_a_headline_is_no_menu():
    text = ("Elections 2024 | Parties agree to form coalition government | Pakistan\n\n"
            "ISLAMABAD: The two parties agreed on Tuesday night to form a coalition government, leaders said.\n")
    assert analyse(text).title.startswith("Elections 2024 | Parties agree")


def test_a_schedule_with_am_and_pm_written_on_is_in_order(tmp_path):
    text = ("Polling day schedule\n\nISLAMABAD, February 7, 2024: The country votes on Thursday, and officials "
            "expect a long count. A spokesman declined to comment on reports of delays.\n\n"
            "8:00am\nPolling stations across the country open their doors to registered voters.\n\n"
            "5:00pm\nPresiding officers close the stations and begin counting the votes.\n\n"
            "11:00pm\nThe commission begins announcing unofficial results constituency by constituency.\n")
    assert not any(cue.endswith(("am", "pm")) for cue, _, _ in events_of(tmp_path, text))
