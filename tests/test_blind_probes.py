"""Blind probe sets: short articles written for this project by writers who saw neither the
loader's code, its output nor the earlier probes, each scored once before any of its misses was
read.  Each set's floors sit just under the loader at the end of the round that first scored it (or
a later round's, where one raised them) and guard against regressions; they are not a target.  One
module for all of them: a new set is one more entry in PROBE_SETS (its folder `tests/data/<name>/`,
its gold `tests/data/<name>_events.jsonl`)."""

from dataclasses import dataclass
from pathlib import Path

import pytest
from scoring import assert_bar, assert_gold_well_formed, score_folder

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class ProbeSet:
    history: str                          # how it was written and first scored
    floors: dict                          # bar -> the least it may score
    events_per_article: tuple[int, int]   # gold events on each page, fewest and most


PROBE_SETS = {
    "probes4": ProbeSet(
        history="""
        A fourth probe set, written blind (2026-12-03, eighth loader round): 40 short articles (12 in Urdu)
        by a writer who saw neither the loader's code nor its output, in the styles of wire copy (Reuters, APP,
        PTI, ANI, IANS, Xinhua), Pakistani print pages, scraped pages with date lines, live blogs and opinion
        pieces that chain dates ("seventeen days later, on Sunday", "the following week, on a Saturday
        evening"), with two to six dated happenings each: protests announced, held, called off or postponed;
        adjourned hearings, reserved verdicts and petitions; coalition deals and meetings; oaths and elections
        of a prime minister, president and chief ministers; foreign reactions; shutdowns; the 26th amendment;
        the November 2024 march; anniversaries. Gold: tests/data/probes4_events.jsonl.

        First scored once, before any miss was read: 89.1% of dates found, 90.5% of text-dated events at an
        annotated date, 72.4% of types, 99.4% of statuses, 38/40 publication dates, 89.8% same-happening pairs,
        99.7% apart. The kinds of its misses were then fixed by general rules (types 78.8%, at an annotated
        date 91.8%, same-happening pairs 90.4% at the end of that round); the floors sit just under those
        numbers and guard against regressions; they are not a target. (Its `not_events` mark each page's date
        line and dateline by date alone, so every real event of the publication day counts against them: they
        are not scored here.)  Fifteenth round: a ticker's or live page's items stamped with a time of day and
        no date of their own are of the page's day (96.6% found); more of them reach the typer and the
        same-happening pairs (types 79.9%, same-happening pairs 88.3%; 85.8% once a live page's posts under
        a stamp alone on its line are dated too: "Result announced" at 13:40 is typed as results, apart from
        the prime minister's election it reports).  Eighteenth round: a surname alone ("Sharif") stands for
        the one person of it the page named before, which gives an op-ed's "five days later, Zardari was
        elected president" a second actor and splits it from the others' reports (84.1%; floor 0.84).
""",
        floors={
            "dates_found": 0.95,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.77,
            "statuses_right": 0.98,
            "published_right": 0.94,
            "happenings_same": 0.84,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 6),
    ),
    "probes5": ProbeSet(
        history="""
        A fifth probe set, written blind (2026-12-03, ninth loader round): 40 short articles (14 in Urdu)
        by a writer who saw neither the loader's code, its output nor the earlier probes, in the styles of wire
        copy with yearless datelines, scraped pages whose date sits under the text or not at all, live blogs,
        TV tickers, press releases, court reports and opinion pieces that chain dates; Urdu "کل" by tense,
        "پرسوں", night spans, ranges ("from March 12 to 14", "27-02-2024 and 28-02-2024"), reported plans,
        postponements, and numbers that look like dates (NA-48, Form 45, Article 184(3), 8-5 verdicts).
        Gold: tests/data/probes5_events.jsonl.

        First scored once, before any miss was read, with the loader of the eighth round: 70.8% of dates
        found, 89.7% of text-dated events at an annotated date, 80.6% of types, 98.5% of statuses, 29/40
        publication dates, 74.1% same-happening pairs, 99.4% apart; with the story calendar of this round
        (written before the set was seen): 76.9% found, 30/40.  Its misses then showed dates printed under
        the text and a yearless dateline taking a background year; after those fixes: 86.6% found, 91.8% at
        an annotated date, 36/40 publication dates.  The floors sit just under the round's end and guard
        against regressions; they are not a target.  (Its `not_events` mark page date lines by date alone:
        they are not scored here.)
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.77,
            "statuses_right": 0.98,
            "published_right": 0.89,
            "happenings_same": 0.80,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 12),
    ),
    "probes6": ProbeSet(
        history="""
        A sixth probe set, written blind (2026-12-03, tenth loader round): 40 short articles (13 in Urdu)
        by a writer who saw neither the loader's code, its output nor the earlier probes, in the styles of
        Reuters, AP, AFP, Anadolu, VOA, Dawn, The News, Express Tribune, Geo, APP, Arab News, Business
        Recorder, Jang, Express, Dunya, Nawa-i-Waqt, ARY, BBC Urdu and VOA Urdu: many dateline forms, page
        chrome ("Updated 3 hours ago", day-first stamps, an archive save date, a Hijri masthead), four pages
        that print no date, dates anchored to the story ("two days after", "a day earlier"), Urdu "کل" for
        tomorrow, "ہفتے کو" (Saturday or week), Urdu-script digits, ranges, conditional and called-off
        plans, and different happenings on one day.  Gold: tests/data/probes6_events.jsonl.

        First scored once, before any miss was read, with the loader of the ninth round's end: 89.5% of
        dates found, 90.4% of text-dated events at an annotated date, 73.5% of types, 99.5% of statuses,
        36/40 publication dates, 93.2% same-happening pairs, 99.3% apart (the same with this round's loader
        before its misses were read; types 73.0%).  The floors sit just under the round's end and guard
        against regressions; they are not a target.  Fifteenth round: a date labelled archived, and a bare
        date next to an update's, give way (38/40 publication dates, 94.1% found, 94.7% at an annotated date).
        Nineteenth round: Urdu "یکم" (the first of a month) is read, so "الیکشن کمیشن کا یکم مارچ کا حکم
        نامہ" is the order of 1 March as written, no longer merged with the commission's order of 4 March
        that its gold counts as the same happening (same-happening pairs 92.6% -> 91.9%).
""",
        floors={
            "dates_found": 0.93,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.73,
            "statuses_right": 0.99,
            "published_right": 0.94,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 9),
    ),
    "probes7": ProbeSet(
        history="""
        A seventh probe set, written blind (2026-12-03, eleventh loader round): 40 short articles (14 in
        Urdu) by a writer who saw neither the loader's code, its output nor the earlier probes, in the
        styles of Reuters, AP, Dawn, The News, Express Tribune, Samaa, ARY, Aaj and Geo transcripts, a party's
        press release, an op-ed chronology, BBC Urdu, Jang, VOA Urdu, Express, Dunya, Independent Urdu and
        Nawa-i-Waqt: seven pages that print no date, a Reuters dateline whose year only the folder settles
        (8 February fell on a Thursday in 2018 as in 2024), "کل (جمعہ)", chains from "polling day", "on
        the 13th", called-off and conditional plans, Hijri mastheads and Eid holidays as not-events.
        Gold: tests/data/probes7_events.jsonl.

        First scored once, before any miss was read, with the loader of the tenth round's end and again
        with this round's before its misses were read (the same): 81.9% of dates found, 81.5% of
        text-dated events at an annotated date, 70.9% of types, 98.7% of statuses, 33/40 publication dates,
        71.2% same-happening pairs, 99.7% apart.  The floors sit just under the round's end and guard
        against regressions; they are not a target.
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.83,
            "types_right": 0.70,
            "statuses_right": 0.98,
            "published_right": 0.84,
            "happenings_same": 0.77,  # (twelfth round: a Punjab preview no longer merges by luck with a Sindh vote)
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 18),
    ),
    "probes8": ProbeSet(
        history="""
        An eighth probe set, written blind (2026-12-03, twelfth loader round): 40 short articles (14 in
        Urdu) in the styles of Reuters, AP, AFP, Al Jazeera, DW, Arab News, Nikkei, Dawn, The News,
        Express Tribune, Geo, ARY, BBC Urdu, VOA Urdu, Jang, Nawa-i-Waqt, a party's and the EU's press
        releases, live blogs and TV tickers: yearless and dated datelines, month-first stamps, a date
        bar that shows the day the page was saved, a page with no date, chains ("On March 3 ... the next
        day ... Five days later"), Urdu "کل" both ways, "ہفتے" as Saturday or week, ranges, called-off
        and postponed plans, historical years and two anniversary recaps.
        Gold: tests/data/probes8_events.jsonl.

        First scored once, before any miss was read, with the loader of the eleventh round's end (and
        this round's at that point, the same): 90.4% of dates found, 87.0% of text-dated events at an
        annotated date, 68.4% of types, 99.1% of statuses, 37/40 publication dates, 80.7% same-happening
        pairs, 99.3% apart.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.86,
            "types_right": 0.70,
            "statuses_right": 0.98,
            "published_right": 0.92,
            "happenings_same": 0.88,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 9),
    ),
    "probes9": ProbeSet(
        history="""
        A ninth probe set, written blind (2026-12-04, thirteenth loader round): 40 short articles (14 in
        Urdu) in the styles of Reuters, AP, AFP, Xinhua, APP, PTI (India), Al Jazeera and Dawn live blogs,
        Dawn op-eds, The News, The Nation, Express Tribune, Daily Times, Naya Daur, Geo, BBC Urdu, Dunya,
        Express, Nawa-i-Waqt, VOA Urdu, Independent Urdu, ARY, Jang and others: yearless and dated
        datelines, date bars of the day a page was saved, update stamps in many forms, Urdu and Eastern
        Arabic digits, a Hijri date, three pages with no date; chains counted from the vote ("three days
        after the polls", "انتخابات سے ایک روز قبل"), "in the first week of April", "between March 1 and 3",
        Urdu "کل (اتوار)", "رواں ماہ کی 9 تاریخ", "گزشتہ برس 12 جولائی"; distractors (birth years, "May" as a
        verb, vote counts, phone numbers). Gold: tests/data/probes9_events.jsonl.

        First scored once, before any miss was read, with the loader of the twelfth round's end (and this
        round's at that point, the same): 90.5% of dates found, 88.8% of text-dated events at an annotated
        date, 77.4% of types, 97.9% of statuses, 37/40 publication dates, 70.8% same-happening pairs, 99.7%
        apart.  At the end of that round: 91.4% found, 89.4% at an annotated date, 78.1% of types, 82.0%
        same-happening pairs (counts from "the polls", "Thursday's vote" on a page with no date, Urdu dates
        after "کہا کہ" typed by what was said).
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.89,
            "types_right": 0.77,
            "statuses_right": 0.97,
            "published_right": 0.90,
            "happenings_same": 0.81,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 13),
    ),
    "probes10": ProbeSet(
        history="""
        A tenth probe set, written blind (2026-12-04, fourteenth loader round): 40 short articles (14 in
        Urdu) in the styles of Reuters, AP, AFP, BBC and Dawn live blogs, Al Jazeera, The Diplomat, DW, The
        News, Express Tribune, Pakistan Today, Arab News, Jang, Express, BBC Urdu, Geo, VOA Urdu, Independent
        Urdu, Dawn News and Hum News: a one-year timeline of yearless entries ("February 13: ..."), live-blog
        post stamps, nine pages with no date, date bars of the day a page was saved, chained days ("a day
        earlier, on Saturday", "Six days later", "the next night"), ranges ("November 24-26", "night of
        February 8-9"), Urdu "اتوار اور پیر کی درمیانی شب", "اجلاس ... طلب", "کل پیر کو"; distractors (market
        moves, a visiting president, past years). Gold: tests/data/probes10_events.jsonl.

        First scored once, before any miss was read, with the loader of the thirteenth round's end: 78.7% of
        dates found, 87.9% of text-dated events at an annotated date, 77.3% of types, 99.5% of statuses, 31/40
        publication dates, 74.8% same-happening pairs, 99.6% apart.  At the end of that round: 85.1% found,
        91.6% at an annotated date, 79.0% of types, 32/40 publication dates (timeline entries, the Urdu night
        between two days, a past clause ended by "اور", sessions summoned for a day, a live blog's headline);
        76.3% same-happening pairs (a rigging allegation at the vote's day joins the vote).  Fifteenth round:
        an Urdu page typed with Arabic letters is dated (87.7% found, 33/40 publication dates); its new
        pairs with English reports of the same reactions are split (same-happening pairs 75.6%).
""",
        floors={
            "dates_found": 0.87,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.78,
            "statuses_right": 0.99,
            "published_right": 0.82,
            "happenings_same": 0.75,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 18),
    ),
    "probes11": ProbeSet(
        history="""
        An eleventh probe set, written blind (2026-12-04, fifteenth loader round): 40 short articles (13 in
        Urdu) in the styles of Reuters, AP, AFP, India Today, Dunya and ARY tickers, Dawn print pages with the
        date at the bottom, Express and Jang Urdu, BBC Urdu, VOA, Business Recorder, The Nation, Geo, the ECP's
        and the PPP's press releases, Xinhua, Independent Urdu, The Diplomat, Al Jazeera and Dawn live blogs,
        Arab News, Express Tribune, Pakistan Today, Friday Times, Gulf News and Urdu News: nine pages with no
        date, month-first stamps in EST, IST and GMT+5, a Hijri date bar, "یکم مارچ", chained days ("On the
        17th ... That same evening ... The following Tuesday"), "over February 9-11", "18-03-2024 to
        20-03-2024", "in mid-March", Urdu "رواں ماہ کی پانچ تاریخ", "کل ... پہنچ رہے ہیں", "سنیچر".
        Gold: tests/data/probes11_events.jsonl.

        First scored once, before any miss was read, with the loader of the fourteenth round's end: 74.9% of
        dates found, 93.4% of text-dated events at an annotated date, 79.1% of types, 95.8% of statuses, 29/40
        publication dates, 74.8% same-happening pairs, 99.4% apart.  At the end of the fifteenth round, its
        misses read and their kinds fixed by general rules (date lines signed by a place, a press release's
        signature, tickers and live pages, modals and scheduled verbs, Urdu day words and progressives):
        84.3% found, 97.5% at an annotated date, 81.4% of types, 99.1% of statuses, 32/40 publication dates,
        74.6% same-happening pairs, 99.5% apart.  The floors sit just under those numbers.  Eighteenth
        round: two more pages with no date get their day (the weekday the lead calls today, "آج جمعرات کو";
        "کل ہفتے کو" picking the first anniversary of two): 90.6% found, 35/40 publication dates; their
        reports split some same-happening pairs (72.9%; floor 0.72).
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.80,
            "statuses_right": 0.98,
            "published_right": 0.79,
            "happenings_same": 0.72,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 9),
    ),
    "probes12": ProbeSet(
        history="""
        A twelfth probe set, written blind (2026-12-04, late in the fifteenth loader round): 40 short articles
        (11 in Urdu) in the styles of Reuters, AP, AFP, Anadolu, Xinhua, PTI (India), APP, Dawn and The News
        print and live pages, Express Tribune, The Nation, Business Recorder, Daily Times, Pakistan Today, Al
        Jazeera, BBC (a Q&A), DW (a timeline), The Guardian, the New York Times, the Washington Post, Arab
        News, Gulf News, The Hindu, NDTV, Nikkei, The Diplomat, Jang, Express, Dawn News, BBC Urdu, Geo Urdu,
        Nawa-i-Waqt, Urdu News, an Independent Urdu live blog, a VOA Urdu interview, ARY and Geo tickers and
        an ECP press release: eight pages with no date, US month-first and day-first stamps, "Last modified"
        and "Print" lines, Hijri mastheads, ranges ("Nov. 24-26", "15th to 16th March, 2024", "6 سے 8 اپریل"),
        tense traps ("retires the day after tomorrow", "had planned ... but called it off"), birth years.
        Gold: tests/data/probes12_events.jsonl.

        First scored once, before any miss was read: with the loader of the fourteenth round's end, 86.7% of
        dates found, 91.6% of text-dated events at an annotated date, 70.6% of types, 99.1% of statuses, 33/40
        publication dates, 75.3% same-happening pairs, 99.9% apart; with the fifteenth round's before its
        misses were read: 87.8%, 93.2%, 70.1%, 99.1%, 34/40, 75.2% and 99.9%; one kind of its misses then
        fixed (a night's act on a page with no date is reported the next day), and the story's calendar given
        the PTI's ending of its talks: 36/40.  Its annotator types the
        government's talks with the PTI as coalition talks, which this story's data types as other (the
        annotators of the earlier sets mostly agree with the data).  Seventeenth round: its ticker of
        headlines with no times (p12_40) is read at last and dated by the president's election (38/40
        publication dates, 92.8% found); some of its new events are told apart from other reports of the
        same happening, so the same-happening floor moves from 0.74 to 0.73.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.69,
            "statuses_right": 0.98,
            "published_right": 0.82,
            "happenings_same": 0.73,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 10),
    ),
    "probes13": ProbeSet(
        history="""
        A thirteenth probe set, written blind (2026-12-04, at the start of the sixteenth loader round): 40
        articles (10 in Urdu) in the styles of Reuters, AP (scraped, with "RELATED COVERAGE" lists), AFP,
        Anadolu, Xinhua, PTI (India) in The Hindu, Al Jazeera (an explainer and a live blog), Arab News, Dawn,
        The News, Express Tribune, Business Recorder, Geo (a live blog, a page with no date), Jang, Express,
        Dunya (a TV ticker, a timeline), BBC Urdu, an ECP and a PM Office press release, op-eds and a Q&A with
        US month-first dates: six pages with no date ("Tomorrow marks a year since 8th February, 2024",
        "Thursday's judgment"), wire datelines with no year over background years ("May 9, 2023 ... last
        year"), "کل" both ways in one Urdu page, ranges ("From June 4 to 8", "20-21 October"), deferred and
        called-off days. Gold: tests/data/probes13_events.jsonl.

        First scored once, before any miss was read, with the loader of the round's start (a yearless Reuters
        dateline then stopped the loader: fixed first): 84.0% of dates found, 87.4% of text-dated events at an
        annotated date, 78.2% of types, 99.2% of statuses, 33/40 publication dates, 79.9% same-happening
        pairs, 99.7% apart; the round's earlier type rules had not moved it.  Its misses then fixed by general
        rules (a related-links list, pages with no date, a year counted to, a yearless dateline over a
        background year, "expected on", "plans a protest", a day earlier not told from a day ahead) and the
        story's calendar given four more happenings: 93.8%, 95.3%, 78.0%, 99.3%, 36/40, 77.1%, 99.7%.
        Its annotator, like the earlier sets', types a president's election as an election more often than as
        the government's forming, and this story's data the other way (the sets are split about evenly).
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.76,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.75,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 22),
    ),
    "probes14": ProbeSet(
        history="""
        A fourteenth probe set, written blind (2026-12-04, late in the sixteenth loader round): 40 articles (12
        in Urdu, 5 saved as HTML pages with their meta tags, related-story sidebars and date bars) in the
        styles of Reuters, AP (weekdays with no "on": "announced Monday"), AFP, Bloomberg, VOA, DW, France 24,
        Dawn (a live blog, a page saved the next day), The News, Express Tribune, The Friday Times, Samaa, ARY
        (an English ticker), Geo (an Urdu ticker), Jang, Express, Dunya, Nawa-i-Waqt, BBC Urdu, Independent
        Urdu (a Q&A), Urdu News, a National Assembly press release, an interview and a timeline: seven pages
        with no date, Hijri mastheads, "کل" both ways, ranges ("from March 14 to 19", "19-23 May"), deadlines
        ("within three days", "15 دن کے اندر"), deferred verdicts. Gold: tests/data/probes14_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (a yearless
        dateline's stop mended), 84.6% of dates found, 91.8% of text-dated events at an annotated date, 76.4%
        of types, 98.4% of statuses, 33/40 publication dates, 64.5% same-happening pairs, 99.9% apart; with the
        round's loader before its misses were read: 85.2%, 92.6%, 76.9%, 98.5%, 33/40, 64.5% and 99.9%.  Its
        misses were not yet worked on when it was added: the floors sit just under that first score.
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.75,
            "statuses_right": 0.97,
            "published_right": 0.80,
            "happenings_same": 0.63,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 24),
    ),
    "probes15": ProbeSet(
        history="""
        A fifteenth probe set, written blind (2026-12-04, at the start of the seventeenth loader round): 40
        articles (14 in Urdu, 7 saved as HTML pages) in the styles of Reuters, AP, AFP, Al Jazeera (a live page
        with a list of key points the extractor dropped), BBC, VOA, DW, Bloomberg, Nikkei, Arab News, The
        Diplomat (an op-ed a year on, its days yearless), Dawn (an interview), The News, Express Tribune, Samaa
        (a ticker, a Q&A), ARY, Geo Urdu (a ticker with no date), Jang, Express, Dunya (a date line under the
        text with an update's time), Nawa-i-Waqt, BBC Urdu, Independent Urdu, Urdu News and an ECP press
        release: Hijri mastheads, two pages with no date, "on polling day", "a day earlier", ranges, deadlines,
        postponed and cancelled plans. Gold: tests/data/probes15_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start, 88.5% of dates
        found, 91.9% of text-dated events at an annotated date, 74.9% of types, 98.8% of statuses, 38/40
        publication dates, 77.5% same-happening pairs, 99.9% apart; with that of the round's first commits
        (polling day, IMF and budget types, bullet tickers): 91.7%, 92.4%, 77.3%, 98.9%, 38/40, 78.6%, 99.9%.
        Its misses were then worked on (key points of HTML pages, "will remain closed", a year counted from a
        verb of a return, a date line with an update's time): 97.9%, 94.9%, 79.1%, 98.6%, 40/40, 78.0%, 99.9%.
""",
        floors={
            "dates_found": 0.97,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.78,
            "statuses_right": 0.98,
            "published_right": 0.97,
            "happenings_same": 0.77,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 13),
    ),
    "probes16": ProbeSet(
        history="""
        A sixteenth probe set, written blind (2026-12-04, in the middle of the seventeenth loader round): 40
        articles (13 in Urdu, 9 saved as HTML pages) in the styles of Reuters, AP, AFP, Xinhua, Anadolu, PTI
        (India), Al Jazeera, BBC, VOA, DW, Gulf News, The Guardian, The New York Times, The Washington Post (an
        op-ed with no date: "Today marks one year since ... went to the polls"), Dawn, The News, Express
        Tribune, Business Recorder (a market report), The Nation, Pakistan Today, Daily Times (no date: "Eid
        today"), APP, Geo, ARY and Geo Urdu tickers, Samaa (a budget live blog), Aaj (no date: closed
        "tomorrow" for Christmas), Jang, Express, Nawa-i-Waqt, Dunya, BBC Urdu, Urdu News, Independent Urdu
        (no date: "گزشتہ روز اتوار کو") and Daily Pakistan (no date: "کل اتوار کو"). Gold:
        tests/data/probes16_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start, 89.3% of dates
        found, 92.4% of text-dated events at an annotated date, 76.3% of types, 98.6% of statuses, 35/40
        publication dates, 78.3% same-happening pairs, 99.8% apart; with the round's loader of that hour:
        89.6%, 92.4%, 78.1%, 98.6%, 35/40, 77.7%, 99.8%.  Its pages with no date were then worked on (a year
        since the story's vote, a holiday tied to the page's day, Urdu "yesterday, Sunday"): 96.9%, 93.2%,
        76.9%, 99.1%, 40/40, 76.2%, 99.8%; after the round's second review (a "کل" before a participle that
        tells neither tense dates no page): 96.0%, 93.1%, 77.6%, 99.4%, 39/40, 76.4%, 99.8%.  Its annotator types the government's talks with the PTI as
        coalition talks and the presidential vote as an election, where this story's data says other and
        government_formation.
""",
        floors={
            "dates_found": 0.95,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.76,
            "statuses_right": 0.98,
            "published_right": 0.97,
            "happenings_same": 0.75,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 12),
    ),
    "probes17": ProbeSet(
        history="""
        A seventeenth probe set, written blind (2026-12-04, late in the seventeenth loader round): 40 articles
        (16 in Urdu, 8 saved as HTML pages) in the styles of outlets the earlier sets seldom used: PTI (India),
        FAFEN, Jasarat, the South China Morning Post, Nikkei, Qaumi Akhbar, The Frontier Post, Nai Baat, TNN,
        dpa, Jurrat, The Diplomat, Naya Daur, Kyodo, Pakistan Observer, TRT Urdu, Gulf Times, Mashriq, EFE
        ("Islamabad, Apr 18 (EFE).-"), ProPakistani, Hum Sub, Middle East Eye, Sach TV, ThePrint, UrduPoint,
        Minute Mirror, Public News, Human Rights Watch ("(New York, December 23, 2024) –"), The National,
        Ummat, Mettis Global, GNN, Courting The Law, Online, Saudi Gazette, Jinnah, Daily Parliament Times,
        Sahafat and a PTI press release: six pages with no date, Hijri mastheads, tickers, market reports.
        Gold: tests/data/probes17_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start, 88.4% of dates
        found, 95.0% of text-dated events at an annotated date, 74.0% of types, 99.7% of statuses, 33/40
        publication dates, 89.4% same-happening pairs, 99.4% apart; with the round's loader of that hour:
        88.4%, 95.0%, 75.7%, 99.7%, 33/40, 88.5%, 99.4%.  Three of its publication-date misses were then
        worked on (EFE's dateline, a press release's bracketed place and date, a party's "decision to end"
        the talks): 90.7%, 95.2%, 75.3%, 99.7%, 36/40, 88.9%, 99.4%; then a court's own meeting named as one
        word ("فل کورٹ اجلاس") typed legal: 76.0% of types.  The rest of its misses were not worked on.
        Eighteenth round: three pages with no date get their day (a deal "which was announced late Tuesday
        night", an assembly that "met for the first time on Thursday", "A year ago today" counted back to
        the vote): 95.8% found, 39/40 publication dates; their month-precision reports ("in October",
        "next month") are not joined to the day's happening by the others' reports, so same-happening
        pairs fall to 85.3%.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.74,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.84,
            "happenings_apart": 0.99,
        },
        events_per_article=(6, 12),
    ),
    "probes18": ProbeSet(
        history="""
        An eighteenth probe set, written blind (2026-12-04, early in the eighteenth loader round): 40 articles
        (8 in Urdu, 7 saved as HTML pages, 2 as Markdown) in the styles of Reuters, AP, AFP, Xinhua, Anadolu,
        the Press Trust of India (whose "PTI" is not the party), IANS, APP, EFE, Dawn, The News, the Express
        Tribune, Business Recorder, The Nation, Pakistan Today, Geo (a talk-show transcript), Al Jazeera (a live
        page), The Guardian, the New York Times, the Hindustan Times, Arab News, Gulf News, DW, VOA, The
        Diplomat, Nikkei, Jang, Express, BBC Urdu, Independent Urdu, Nawa-i-Waqt, Dunya, Urdu News, Hum News,
        an ECP press release, a UN noon briefing and a SAMAA timeline: dates as "03.03.2024", "10/21/2024",
        "27th February 2024", Urdu digits, ranges, date lines, "updated" lines, related links and mastheads.
        Gold: tests/data/probes18_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start, 95.1% of dates
        found, 92.6% of text-dated events at an annotated date, 74.1% of types, 99.6% of statuses, 39/40
        publication dates, 90.9% same-happening pairs, 99.4% apart; the same with the round's loader of that
        hour.
""",
        floors={
            "dates_found": 0.94,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.73,
            "statuses_right": 0.98,
            "published_right": 0.95,
            "happenings_same": 0.89,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 13),
    ),
    "probes19": ProbeSet(
        history="""
        A nineteenth probe set, written blind (2026-12-04, late in the eighteenth loader round): 40 articles
        (10 in Urdu, 8 saved as HTML pages with their date only in metadata, JSON-LD or a byline, 2 as
        Markdown, one a timeline table) in the styles of Reuters, AP, AFP, Bloomberg, Xinhua, Anadolu, APP,
        PTI (India), ANI, Kyodo, dpa, Dawn, The News, the Express Tribune, Business Recorder, Daily Times,
        Samaa, ARY, Geo, Al Jazeera, the BBC, The Guardian, the Washington Post, The Hindu, NDTV, Arab News,
        Khaleej Times, TRT World, the South China Morning Post, Nikkei Asia, The Diplomat, Jang, Express, BBC
        Urdu, 92 News, Urdu News, VOA Urdu, Nawa-i-Waqt, Dunya, Independent Urdu, Aaj, a think tank and a
        party press release: two pages that print no date, tickers, Q&As, a liveblog, "کل" as yesterday
        and as tomorrow, ranges, all-number dates. Gold: tests/data/probes19_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start, 84.7% of dates
        found, 87.1% of text-dated events at an annotated date, 84.8% of types, 98.1% of statuses, 34/40
        publication dates, 88.8% same-happening pairs, 99.9% apart; with the round's loader of that hour:
        84.7%, 87.1%, 84.3%, 98.1%, 34/40, 88.8%, 99.9%.  Then two of its publication-date misses were
        worked on (a yearless dateline dated by background years before the story, "since August 5, 2019";
        one under a day still to come, "the next meeting ... on January 2, 2025"): 87.1%, 89.6%, 84.7%,
        99.5%, 36/40, 88.2%, 99.9%; then the Al-Qadir verdict told as "a land graft case involving a
        charitable trust" (the story's calendar words): 88.7%, 89.7%, 85.0%, 99.5%, 37/40, 87.3%, 99.9%.
        The rest of its misses were not worked on in that round.  Nineteenth round, with its type misses
        read (a timeline table's rows, amendments, assemblies' sessions, Urdu nominations): 89.1%, 90.5%,
        90.0%, 99.5%, 37/40, 86.9%, 99.9%.
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.86,
            "types_right": 0.83,
            "statuses_right": 0.97,
            "published_right": 0.84,
            "happenings_same": 0.86,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 15),
    ),
    "probes20": ProbeSet(
        history="""
        A twentieth probe set, written blind (2026-12-04, at the start of the nineteenth loader round): 40
        articles (7 in Urdu, 6 saved as HTML pages with meta tags, <time> tags or JSON-LD, menus and footers)
        published from February 2024 to February 2026, in the styles of Reuters, AP, AFP, dpa, the Press Trust
        of India (whose "(PTI)" dateline is no party), Dawn, The News, the Express Tribune, Geo, Business
        Recorder, Pakistan Today, Samaa, Al Jazeera, the BBC, The Guardian, Arab News, Nikkei, DW, Jang,
        Express, Dawn News, BBC Urdu, Dunya, a think tank, a party press release, a live blog, a Q&A, an
        opinion column and a factbox: four pages that print no date, five yearless datelines, the 26th and
        27th amendments, the reserved seats, the November 2024 march, the Al-Qadir verdict, the two
        anniversaries. Gold: tests/data/probes20_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start, 90.4% of dates
        found, 95.1% of text-dated events at an annotated date, 79.2% of types, 95.6% of statuses, 35/40
        publication dates, 88.0% same-happening pairs, 99.8% apart; with the round's loader of that hour:
        90.4%, 95.1%, 80.3%, 95.6%, 35/40, 87.7%, 99.8%.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.79,
            "statuses_right": 0.95,
            "published_right": 0.87,
            "happenings_same": 0.85,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 15),
    ),
    "probes21": ProbeSet(
        history="""
        A twenty-first probe set, written blind (2026-12-05, late in the nineteenth loader round): 40 articles
        (7 in Urdu, 7 HTML pages with meta tags, <time datetime> or JSON-LD and page furniture, 2 Markdown), from
        February 2024 to February 2026, in the styles of Reuters, AP, AFP, Anadolu, Xinhua, APP, PTI (India), ANI,
        IANS, Dawn, The News, the Express Tribune, The Nation, Daily Times, Business Recorder, Geo, ARY, Samaa,
        the BBC, VOA, DW, Al Jazeera, TRT, The Hindu, Gulf News, Arab News, an NYT-style analysis, an FT-style
        briefing, a TV ticker log, live blogs, a column, an editorial, Q&As and press releases of the Foreign
        Office, the PTI, the ECP and the ISPR, and a court order's summary: three pages that print no date, "کل"
        as yesterday and tomorrow, "ہفتے" as Saturday and week. Gold: tests/data/probes21_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start, 93.1% of dates found,
        97.0% of text-dated events at an annotated date, 74.3% of types, 98.6% of statuses, 37/40 publication
        dates, 73.8% same-happening pairs, 99.8% apart; with the round's loader of that hour: 93.7%, 98.1%,
        76.2%, 99.0%, 37/40, 73.9%, 99.8%.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.75,
            "statuses_right": 0.98,
            "published_right": 0.9,
            "happenings_same": 0.72,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 14),
    ),
    "probes22": ProbeSet(
        history="""
        A twenty-second probe set, written blind (2026-12-05, at the start of the twentieth loader round): 40
        articles (8 in Urdu, two with Urdu digits and one dated "۱۷.۰۱.۲۰۲۵"; 8 HTML pages; 3 Markdown, one a
        year-in-review table whose rows write no year), from February 2024 to September 2026, in the styles of
        Reuters, AP, AFP, Dawn, The News, the Express Tribune, Geo, Jang, Express, BBC Urdu, DW Urdu, Samaa,
        Business Recorder, Arab News, Al Jazeera, DW, the BBC and The Friday Times: print-edition dates a day
        after the web's, a site bar's crawl date, DW's month-first and AFP's day-first numeric dates, a page
        that prints no date, a correction note. Gold: tests/data/probes22_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0010ab5) and with
        the round's loader of that hour alike, 94.4% of dates found, 95.8% of text-dated events at an annotated
        date, 74.6% of types, 98.8% of statuses, 39/40 publication dates, 87.6% same-happening pairs, 99.3% apart.
""",
        floors={
            "dates_found": 0.94,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.73,
            "statuses_right": 0.98,
            "published_right": 0.95,
            "happenings_same": 0.85,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 16),
    ),
    "probes23": ProbeSet(
        history="""
        A twenty-third probe set, written blind (2026-12-05, in the middle of the twentieth loader round): 40
        articles (9 in Urdu, most with Urdu digits, one with a Hijri date beside the Gregorian; 8 HTML pages with
        article:published_time, <time> or JSON-LD; 4 Markdown, one a timeline under year headings), from February
        2024 to 2026, in the styles of Reuters, AP, AFP, Bloomberg, Nikkei Asia, VOA, the BBC, Dawn, The News, the
        Express Tribune, The Nation, Daily Times, Pakistan Today, Geo, The Friday Times, Jang, Express, Nawa-i-Waqt,
        Dunya, BBC Urdu and Independent Urdu, an ECP press release dated "14-02-2024", an editorial, a column, a
        profile full of background years, seasons ("last spring"), two pages that print no date. Government-PTI
        talks are annotated coalition. Gold: tests/data/probes23_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0010ab5), 92.2% of
        dates found, 92.0% of text-dated events at an annotated date, 73.3% of types, 98.8% of statuses, 40/40
        publication dates, 74.3% same-happening pairs, 99.8% apart; with the round's loader of that hour
        (04c90a5): 92.2%, 92.0%, 73.8%, 98.8%, 40/40, 79.5%, 99.8%.
""",
        floors={
            "dates_found": 0.95,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.73,
            "statuses_right": 0.98,
            "published_right": 0.97,
            "happenings_same": 0.77,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 24),
    ),
    "probes24": ProbeSet(
        history="""
        A twenty-fourth probe set, written blind (2026-12-05, at the start of the twenty-first loader round): 40
        articles (9 in Urdu; 7 HTML pages with a scrape date in their chrome, 5 Markdown, one a week's chronology
        with ISO and day/month dates, one a timeline table), from February 2024 to February 2025, in the styles
        of Reuters, AP, AFP, Al Jazeera, the Guardian, VOA, Anadolu, Nikkei Asia, Arab News, the BBC, Dawn, the
        Express Tribune, The Nation, Pakistan Today, APP, Geo, Jang, Express, Nawa-i-Waqt, Dawn News Urdu, BBC Urdu,
        Independent Urdu and Urdu News, an ECP schedule press release, a PID handout, a foreign ministry
        statement, editorials and op-eds.  Government-PTI talks are annotated coalition.  The writer's own
        not_events that fall on a day the article's events or publication have were dropped (they named a
        dateline's or byline's day, on which the article also reports events).  Gold:
        tests/data/probes24_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3a98d39), 91.7% of
        dates found, 95.9% of text-dated events at an annotated date, 73.3% of types, 98.5% of statuses, 40/40
        publication dates, 86.0% same-happening pairs, 99.5% apart; with the round's loader of that hour
        (880d3d9): 91.7%, 95.9%, 73.6%, 98.5%, 40/40, 86.0%, 99.5%.
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.72,
            "statuses_right": 0.97,
            "published_right": 0.97,
            "happenings_same": 0.84,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 16),
    ),
    "probes25": ProbeSet(
        history="""
        A twenty-fifth probe set, written blind (2026-12-05, in the middle of the twenty-first loader round): 40
        articles (9 in Urdu; scraped HTML pages with a scrape date in their chrome, live blogs, three timelines
        and chronologies, ECP, PID, US Embassy and EEAS press releases, a TV transcript, an editorial; three pages
        that print no date), from February 2024 to 2025, in the styles of Reuters, AP, AFP, Al Jazeera, the BBC,
        the Guardian, VOA, DW, the NYT, Nikkei Asia, Arab News, Anadolu, Dawn, The News, the Express Tribune,
        Samaa, Business Recorder, Jang, Express, Nawa-i-Waqt, BBC Urdu, Independent Urdu, Urdu News, ARY and Dawn
        News Urdu.  Ranges are annotated at their first day.  Gold: tests/data/probes25_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3a98d39), 90.2% of
        dates found, 94.5% of text-dated events at an annotated date, 74.2% of types, 99.1% of statuses, 34/40
        publication dates, 87.8% same-happening pairs, 99.7% apart; with the round's loader of that hour
        (cea66d9): 90.7%, 94.5%, 75.6%, 99.1%, 34/40, 89.8%, 99.7%.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.74,
            "statuses_right": 0.98,
            "published_right": 0.85,
            "happenings_same": 0.88,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 18),
    ),
    "probes26": ProbeSet(
        history="""
        A twenty-sixth probe set, written blind (2026-12-05, at the start of the twenty-second loader round): 40
        articles (10 in Urdu; 7 HTML pages, 5 Markdown, a press release, a State Department briefing transcript,
        a TV debate transcript, live blogs, a court report, a Q&A explainer and a one-year timeline table; seven
        pages that print no date), from February 2024 to June 2025, in the styles of Reuters, AP, AFP, Al Jazeera,
        the BBC, VOA, the Diplomat, Nikkei Asia, Arab News, the Guardian, Euronews, Business Recorder, Dawn, The
        News, the Express Tribune, Geo, Jang, Express, Dawn News Urdu, BBC Urdu and VOA Urdu.  Ranges are annotated
        at their first day.  The writer's own not_events that fall on a day the article's events or publication
        have were dropped.  Gold: tests/data/probes26_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (f16e336), 84.6% of
        dates found, 86.9% of text-dated events at an annotated date, 78.1% of types, 96.7% of statuses, 34/40
        publication dates, 80.6% same-happening pairs, 99.7% apart; with the round's loader of that hour
        (f5d178f, two type rules written before the set was read): 84.6%, 86.9%, 80.1%, 96.7%, 34/40, 80.1%, 99.6%.
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.88,
            "types_right": 0.80,
            "statuses_right": 0.96,
            "published_right": 0.92,
            "happenings_same": 0.80,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 16),
    ),
    "probes27": ProbeSet(
        history="""
        A twenty-seventh probe set, written blind (2026-12-05, in the middle of the twenty-second loader round): 40
        articles (10 in Urdu; 7 HTML pages, two with a published_time tag, two with a <time> element, one with a
        table, one with no date; 5 Markdown; a VOA radio transcript, an editorial, a newsletter digest, a
        key-dates list; six pages that print no date), from February 2024 to July 2025, in the styles of Reuters,
        AP, AFP, Anadolu, Al Jazeera, the BBC, VOA, DW, Arab News, Gulf News, the Diplomat, Nikkei Asia, the
        Guardian, Dawn, The News, the Express Tribune, Business Recorder, Pakistan Today, Geo, Samaa, Jang,
        Express, Nawa-i-Waqt, Dunya, Independent Urdu, Urdu News and Dawn News Urdu.  Gold:
        tests/data/probes27_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (f16e336), 92.0% of
        dates found, 86.8% of text-dated events at an annotated date, 81.8% of types, 98.9% of statuses, 36/40
        publication dates, 87.5% same-happening pairs, 99.8% apart; with the round's loader of that hour
        (246a249): 92.0%, 86.8%, 83.7%, 98.9%, 36/40, 87.3%, 99.8%.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.86,
            "types_right": 0.83,
            "statuses_right": 0.98,
            "published_right": 0.90,
            "happenings_same": 0.86,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 16),
    ),
    "probes28": ProbeSet(
        history="""
        A twenty-eighth probe set, written blind (2026-12-05, at the start of the twenty-third loader round): 40
        articles (9 in Urdu; 9 HTML pages, 7 Markdown; a Geo live page of polling day, an ECP press release, a
        PTI statement, a Q&A explainer, an opinion column, a weekly newsletter digest, a key-dates timeline; six
        pages that print no date), from February 2024 to February 2025, in the styles of Reuters, AP, AFP, PTI
        (India), Xinhua, Anadolu, Al Jazeera, the BBC, VOA, DW, the NYT, the Washington Post, the Guardian, the
        Diplomat, Nikkei Asia, Arab News, Gulf News, the Hindustan Times, Dawn, The News, the Express Tribune,
        Business Recorder, Pakistan Today, Geo, ARY, Jang, Express, Nawa-i-Waqt, Dawn News Urdu, Geo Urdu, BBC
        Urdu and Independent Urdu.  The writer's own not_events that fall on a day the article's events or
        publication have were dropped.  Gold: tests/data/probes28_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (b847906), 85.5% of
        dates found, 94.1% of text-dated events at an annotated date, 79.9% of types, 100% of statuses, 35/40
        publication dates, 84.9% same-happening pairs, 99.8% apart; with the round's loader of that hour
        (uncommitted; its rules were written before the set was read): 85.5%, 94.1%, 81.7%, 100%, 35/40, 84.9%,
        99.8%.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.83,
            "statuses_right": 0.99,
            "published_right": 0.95,
            "happenings_same": 0.84,
            "happenings_apart": 0.99,
        },
        events_per_article=(6, 12),
    ),
    "probes29": ProbeSet(
        history="""
        A twenty-ninth probe set, written blind (2026-12-05, in the middle of the twenty-third loader round): 40
        articles (9 in Urdu; 7 HTML pages, 4 Markdown; an Al Jazeera live blog, a PID handout, a VOA radio
        transcript, a Dawn editorial, an FT newsletter, a Diplomat long read, a wire brief; six pages that print
        no date), from February 2024 to June 2025, in the styles of Reuters, AP, AFP, Anadolu, IANS, APP,
        Bernama, Al Jazeera, the BBC, CNN, Bloomberg, the FT, the NYT, the Washington Post, the Guardian, the
        Diplomat, Nikkei Asia, the South China Morning Post, Arab News, The National, DW, VOA, Dawn, The News,
        the Express Tribune, The Nation, Daily Times, Business Recorder, Samaa, Geo, Jang, Express, Dunya,
        Nawa-i-Waqt, Urdu News, Independent Urdu, BBC Urdu and VOA Urdu.  The writer's own not_events that fall
        on a day the article's events or publication have were dropped.  Gold: tests/data/probes29_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (b847906), 90.7% of
        dates found, 96.9% of text-dated events at an annotated date, 76.4% of types, 97.9% of statuses, 37/40
        publication dates, 89.8% same-happening pairs, 99.8% apart; with the round's loader of that hour
        (3ec0d70): 90.7%, 96.5%, 80.8%, 97.9%, 37/40, 90.1%, 99.8%.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.80,
            "statuses_right": 0.97,
            "published_right": 0.92,
            "happenings_same": 0.89,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 12),
    ),
    "probes30": ProbeSet(
        history="""
        A thirtieth probe set, written blind (2026-12-05, at the start of the twenty-fourth loader round): 40
        articles (11 in Urdu; 7 HTML pages, 5 Markdown; an NPR radio transcript, a State Department briefing
        transcript, an IMF press release, an EEAS statement, a PID handout, a PTI press release, an Al Jazeera
        live blog, a newsletter, editorials, a long read, an explainer timeline; six pages that print no date),
        from February 2024 to February 2026, in the styles of Reuters, AP, the Guardian, the BBC, DW, NPR, Al
        Jazeera, Dawn, The News, the Express Tribune, Geo, APP, Jang, Express, Dunya, Nawa-i-Waqt, VOA Urdu, BBC
        Urdu, Dawn News Urdu, Independent Urdu, Urdu News and Geo Urdu.  Its writer typed the government-PTI
        talks and the chief justice's appointment, oath and retirement as `other`.  The writer's not_events were
        dated afterwards by a second helper (bare clock times dropped); those that fall on a day the article's
        events or publication have were dropped.  Gold: tests/data/probes30_events.jsonl.

        First scored once, before any miss was read (not_events not yet dated, so left out): with the loader
        of the round's start (3f873d0), 87.8% of dates found, 91.6% of text-dated events at an annotated date,
        72.3% of types, 99.0% of statuses, 35/40 publication dates, 87.8% same-happening pairs, 99.5% apart;
        with the round's loader of that hour (ac7f19d) the same.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.72,
            "statuses_right": 0.98,
            "published_right": 0.90,
            "happenings_same": 0.87,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 12),
    ),
    "probes31": ProbeSet(
        history="""
        A thirty-first probe set, written blind (2026-12-05, in the twenty-fourth loader round), leaning on
        outlets outside Pakistan's big English dailies: 40 articles (10 in Urdu; 6 HTML pages, 5 Markdown; two
        think-tank briefs, a PTI press release, a court press note, a market report, newsletters; six pages that
        print no date), from February 2024 to November 2025, in the styles of Reuters, AP, AFP, Anadolu, the
        Press Trust of India, Xinhua, CGTN, IRNA, TRT World, France 24, DW, Euronews, The Hindu, the Indian
        Express, NDTV, the Hindustan Times, Gulf News, Khaleej Times, Arab News, Business Recorder, the Frontier
        Post, Balochistan Express, Daily Parliament Times, Aaj News, BBC Urdu, VOA Urdu, Jang, Express, Dunya,
        Nawa-i-Waqt, Independent Urdu, Urdu News and Daily Pakistan.  Its writer typed the chief justice's
        appointment and oath and the amendments' passage as `other`.  Not_events dated as for probes30.  Gold:
        tests/data/probes31_events.jsonl.

        First scored once, before any miss was read (not_events left out): with the loader of the round's
        start (3f873d0), 87.6% of dates found, 92.6% of text-dated events at an annotated date, 73.3% of types,
        99.7% of statuses, 35/40 publication dates, 90.6% same-happening pairs, 99.8% apart; with the round's
        loader of that hour (its rules written from probes30's misses) the same.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.73,
            "statuses_right": 0.99,
            "published_right": 0.92,
            "happenings_same": 0.89,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 12),
    ),
    "probes32": ProbeSet(
        history="""
        A thirty-second probe set, written blind (2026-12-05, in the twenty-fourth loader round): 60 SHORT probe
        articles (77 to 178 words, 2 to 6 events each; 27 in Urdu; 57 plain text, 2 Markdown, 1 HTML page), each
        probing one or two tricky readings (tense of a reported plan, relative days chained to the sentence
        before, weeks and weekends, "on the 12th", ranges, nights, Urdu "آج"/"کل", not-events, anniversaries,
        deadlines), in the styles of wire briefs, tickers, short Urdu news items, press notes and newsletters.  Most
        print no publication date at all (the day is implied by the text and the story).  The writer's not_events
        on a day the article's events or publication have were dropped.  Gold: tests/data/probes32_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3f873d0), 71.4% of
        dates found, 93.0% of text-dated events at an annotated date, 79.4% of types, 97.0% of statuses, 40/60
        publication dates, 76.3% same-happening pairs, 99.6% apart; with the round's loader of that hour
        (4a9e0de): 73.2%, 93.8%, 79.9%, 97.0%, 41/60, 75.7%, 99.6%.

        Its writer typed the government's talks with the PTI (December 2024 to January 2025) as coalition talks; since
        the twenty-sixth round the loader types them other, as the brief's coalition talks are about alliances and as
        the writers of probes30 and probes34 to probes39 typed them: the floor for types went 0.80 -> 0.78.
        Thirty-fourth round: the newsletter's preview of the April 2024 by-elections ("*Friday edition*") is now dated,
        and its "this weekend" is read as the Saturday, not the week the writer annotated (50/60 publication dates;
        94.3% at an annotated date, floor 0.94).
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.78,
            "statuses_right": 0.96,
            "published_right": 0.80,
            "happenings_same": 0.73,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 6),
    ),
    "probes33": ProbeSet(
        history="""
        A thirty-third probe set, written blind (2026-12-05, late in the twenty-fourth loader round): 40 articles
        (13 in Urdu; 7 HTML pages, 4 Markdown; eight pages that print no date), from February 2024 to February 2025,
        in the styles of wires, Pakistani English and Urdu papers and TV sites, international papers, an opinion
        piece and an explainer; its writer was given the ten types with no ruling on the chief justice or the
        amendments.  The writer's not_events on a day the article's events or publication have were dropped.
        Gold: tests/data/probes33_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3f873d0), 86.9% of
        dates found, 93.1% of text-dated events at an annotated date, 81.0% of types, 98.8% of statuses, 34/40
        publication dates, 85.6% same-happening pairs, 99.5% apart; with the round's last loader but one (0190af9):
        86.9%, 93.4%, 81.0%, 98.8%, 34/40, 85.6%, 99.5%.

        Its writer typed the government's talks with the PTI as coalition talks; since the twenty-sixth round the
        loader types them other (see probes32): the floor for types went 0.80 -> 0.79.

        In the forty-second round Urdu speech while talking ('گفتگو کرتے ہوئے') became a statement: a leader's words on
        the day of a meeting are now a statement of that day apart from the meeting, a same-happening pair the
        annotators kept (0.849; the floor came down from 0.85 to 0.84).
""",
        floors={
            "dates_found": 0.88,
            "text_dated_at_annotated": 0.91,  # (0.92 until round 25: two more pages dated, one two days early, found 88.5 -> 94.5)
            "types_right": 0.79,
            "statuses_right": 0.98,
            "published_right": 0.85,
            "happenings_same": 0.84,
            "happenings_apart": 0.99,
        },
        events_per_article=(6, 12),
    ),
    "probes34": ProbeSet(
        history="""
        A thirty-fourth probe set, written blind (2026-12-05, at the start of the twenty-fifth loader round): 40
        articles (16 in Urdu; 6 HTML pages, 4 Markdown; three pages that print no date), from February 2024 to
        February 2025, in the styles of wires, international broadcasters, Pakistani English and Urdu papers and TV
        tickers, a live blog, a press release and an explainer.  The writer's not_events on a day the article's
        events or publication have were dropped.  Gold: tests/data/probes34_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (888f78a) and with the
        round's loader of that hour (its first rule, uncommitted): 93.0% of dates found, 93.4% of text-dated events
        at an annotated date, 78.7% of types, 99.7% of statuses, 36/40 publication dates, 84.1% same-happening
        pairs, 99.6% apart.
        In the twenty-eighth round two sentences it types differently now part two reports: 83.6% same-happening
        pairs (floor 0.83).
""",
        floors={
            "dates_found": 0.95,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.79,
            "statuses_right": 0.99,
            "published_right": 0.92,
            "happenings_same": 0.83,
            "happenings_apart": 0.99,
        },
        events_per_article=(6, 12),
    ),
    "probes35": ProbeSet(
        history="""
        A thirty-fifth probe set, written blind (2026-12-05, at the start of the twenty-fifth loader round): 50 SHORT
        probes (40 to 150 words, 1 to 5 events each; 20 in Urdu; 5 HTML pages, 3 Markdown; 25 print no date), in the
        styles of tickers, wire flashes, push notifications and short web updates, from polling day to March 2025.
        The writer's not_events on a day the article's events or publication have were dropped.  Gold:
        tests/data/probes35_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (888f78a) and with the
        round's loader of that hour (30b9dfb): 77.9% of dates found, 89.5% of text-dated events at an annotated date,
        77.5% of types, 99.2% of statuses, 33/50 publication dates, 84.9% same-happening pairs, 99.8% apart.

        In the thirtieth round its same-happening floor came down from 0.82 to 0.76: "گزشتہ برس فروری میں" (February of
        last year), read as 2025's February before, is now 2024's, and its report, a month's with no noun of the vote,
        joins no day's happening (nine more pairs to find).

        In the thirty-seventh round its dates floor came down from 0.93 to 0.92: a page that reports the commissioner's
        retraction only as background ("who on Monday ...") now has no publication date instead of a wrong one, and
        its relative days go unresolved with it.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.77,
            "statuses_right": 0.99,
            "published_right": 0.80,
            "happenings_same": 0.76,
            "happenings_apart": 0.99,
        },
        events_per_article=(1, 5),
    ),
    "probes36": ProbeSet(
        history="""
        A thirty-sixth probe set, written blind (2026-12-05, in the middle of the twenty-fifth loader round): 40
        articles (16 in Urdu; 5 HTML pages, 5 Markdown; 12 short ones; four pages that print no date), from February
        2024 to April 2025, a third of them about happenings the writer's brief did not name (the October 2024 D-Chowk
        protest, the SCO summit, Bushra Bibi's release, the PECA amendment, governors, budgets, the canals dispute).
        The writer's not_events on a day the article's events or publication have were dropped.  Gold:
        tests/data/probes36_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (888f78a), 89.0% of dates
        found, 93.5% of text-dated events at an annotated date, 77.3% of types, 99.2% of statuses, 35/40 publication
        dates, 84.8% same-happening pairs, 99.8% apart; with the round's loader of that hour (95cee22): 90.1%, 93.2%,
        77.6%, 99.2%, 36/40, 86.0%, 99.9%.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.77,
            "statuses_right": 0.99,
            "published_right": 0.90,
            "happenings_same": 0.83,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 11),
    ),
    "probes37": ProbeSet(
        history="""
        A thirty-seventh probe set, written blind (2026-12-05, at the start of the twenty-sixth loader round): 40
        articles (16 in Urdu; 7 HTML pages, 4 Markdown; three pages that print no date), from polling day to the IMF's
        staff-level agreement of March 2025, in the styles of wire services, Pakistani dailies, Urdu papers and TV
        tickers, newsletters and explainers.  The writer's not_events on a day the article's events or publication
        have were dropped.  Gold: tests/data/probes37_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0eb9016), 91.1% of dates
        found, 92.4% of text-dated events at an annotated date, 79.7% of types, 99.7% of statuses, 37/40 publication
        dates, 82.5% same-happening pairs, 99.6% apart; the same with the round's loader of that hour (521c444).
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.80,
            "statuses_right": 0.99,
            "published_right": 0.90,
            "happenings_same": 0.81,
            "happenings_apart": 0.99,
        },
        events_per_article=(6, 12),
    ),
    "probes38": ProbeSet(
        history="""
        A thirty-eighth probe set, written blind (2026-12-05, at the start of the twenty-sixth loader round): 40
        articles (16 in Urdu; 6 HTML pages, 3 Markdown), half of which print no publication date anywhere (wire copy
        with a bare place dateline, Urdu TV-site pages, a ticker, a live blog, HTML pages with no date meta,
        newsletters, opinion pieces): their day is to be read from weekdays, "yesterday", "گزشتہ روز" and the
        happenings they tell.  The writer's not_events on a day the article's events or publication have were
        dropped.  Gold: tests/data/probes38_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0eb9016), 72.7% of dates
        found, 92.0% of text-dated events at an annotated date, 83.0% of types, 98.7% of statuses, 28/40 publication
        dates, 84.5% same-happening pairs, 99.9% apart; the same with the round's loader of that hour (521c444).
        The round's rules for undated pages took it to 37/40 publication dates and 91% of dates found (same-happening
        pairs fell to 73%: the newly dated pages' background mentions of the election are typed by their sentences).
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.82,
            "statuses_right": 0.98,
            "published_right": 0.90,
            "happenings_same": 0.71,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 12),
    ),
    "probes39": ProbeSet(
        history="""
        A thirty-ninth probe set, written blind (2026-12-05, at the start of the twenty-sixth loader round): 40
        articles (16 in Urdu; 6 HTML pages, 5 Markdown; four pages that print no date), half of them on May 2024 to
        April 2025 (budgets, the IMF programme, sit-ins, the 26th amendment, military courts, the government's talks
        with the PTI, the Al-Qadir verdict, provincial politics), with every type of event common.  The writer's
        not_events on a day the article's events or publication have were dropped.  Gold:
        tests/data/probes39_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0eb9016), 88.0% of dates
        found, 89.6% of text-dated events at an annotated date, 76.3% of types, 98.2% of statuses, 35/40 publication
        dates, 77.7% same-happening pairs, 99.6% apart; with the round's loader of that hour (521c444): 88.3%, 90.0%,
        76.0%, 98.2%, 35/40, 77.7%, 99.6%.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.76,
            "statuses_right": 0.97,
            "published_right": 0.87,
            "happenings_same": 0.76,
            "happenings_apart": 0.99,
        },
        events_per_article=(7, 12),
    ),
    "probes40": ProbeSet(
        history="""
        A fortieth probe set, written blind (2026-12-05, in the middle of the twenty-sixth loader round): 40 articles
        (16 in Urdu, some with Hijri dates in the header; 6 HTML pages, 4 Markdown; four pages that print no date),
        from polling day to March 2025, with at least ten happenings its writer's brief did not name (the
        Balochistan bombings of 7 February, the Senate chairman's election, the June 2024 budget, the Peaceful
        Assembly law, the October 2024 protest, the SCO summit, the PECA amendments, Khan's letter to the army chief)
        and 14 follow-ups published two to six days after their happening.  The writer's not_events on a day the
        article's events or publication have were dropped.  Gold: tests/data/probes40_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0eb9016), 89.0% of dates
        found, 93.2% of text-dated events at an annotated date, 73.1% of types, 99.0% of statuses, 36/40 publication
        dates, 74.7% same-happening pairs, 99.8% apart; with the round's loader of that hour (c59adde): 89.0%, 92.9%,
        75.2%, 99.0%, 36/40, 73.7%, 99.8%.
""",
        floors={
            "dates_found": 0.88,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.75,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.73,
            "happenings_apart": 0.99,
        },
        events_per_article=(6, 12),
    ),
    "probes41": ProbeSet(
        history="""
        A forty-first probe set, written blind (2026-12-05, in the middle of the twenty-sixth loader round): 50 SHORT
        probe articles (110 to 192 words, 3 to 6 events each; 20 in Urdu; 7 HTML pages, 5 Markdown), each probing one
        or two tricky readings of dates; 24 print no publication date.  The writer's not_events on a day the
        article's events or publication have were dropped.  Gold: tests/data/probes41_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0eb9016), 82.3% of dates
        found, 90.8% of text-dated events at an annotated date, 81.5% of types, 99.0% of statuses, 40/50 publication
        dates, 80.3% same-happening pairs, 99.8% apart; with the round's loader of that hour (c59adde): 85.2%, 91.1%,
        85.6%, 99.0%, 41/50, 80.5%, 99.8%.
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.84,
            "statuses_right": 0.98,
            "published_right": 0.80,
            "happenings_same": 0.79,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 6),
    ),
    "probes42": ProbeSet(
        history="""
        A forty-second probe set, written blind (2026-12-05, at the start of the twenty-seventh loader round): 40 articles
        (240 to 470 words, 3 to 8 events each; 13 in Urdu; 5 HTML pages, 1 Markdown explainer), wire copy, print pages,
        live blogs and tickers, op-eds and columns, a press release; 6 print no publication date, one only in its URL.
        The writer's brief named no type convention beyond the brief's list.  Gold: tests/data/probes42_events.jsonl.

        First scored once, before any miss was read, with the loader of the round's start (7cdda71) and with the
        round's loader of that hour (b6201da and later, the same): 88.6% of dates found, 96.6% of text-dated events at
        an annotated date, 84.2% of types, 99.0% of statuses, 35/40 publication dates, 94.3% same-happening pairs,
        99.8% apart.
        At the round's end (48d0c8f; its misses read): 89.9%, 96.6%, 84.9%, 99.0%, 36/40, 94.4%, 99.8%; the
        floors sit just under.
        Thirty-third round: an undated op-ed on the Senate's polls is now dated (the Senate's polls are also named
        by "polls"; 38/40 publication dates), and its events join the page's happenings (same-happening pairs 93.1%,
        floor 0.93).
        Thirty-fourth round: Urdu "فوجی عدالتوں" is now a court, so one report of the 13 December 2024 order on the
        military courts' verdicts is typed legal and stays apart from another typed otherwise (92.9% same-happening
        pairs, floor 0.92).
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.84,
            "statuses_right": 0.98,
            "published_right": 0.90,
            "happenings_same": 0.92,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes43": ProbeSet(
        history="""
        A forty-third probe set, written blind (2026-12-05, at the start of the twenty-seventh loader round): 40 articles
        (200 to 370 words, 4 to 8 events each; 12 in Urdu; 5 HTML pages, 1 Markdown), 26 about the story's later turns
        (April 2024 to 2025) and 13 op-eds, editorials, explainers or anniversary pieces that recall earlier days; 5
        print no publication date (one only in its URL, one only in a meta tag).  Its writer typed the government's
        talks with the PTI statement/coalition.  Gold: tests/data/probes43_events.jsonl.

        First scored once, before any miss was read, with the loader of the round's start (7cdda71) and with the
        round's loader of that hour (b6201da): 92.3% of dates found, 96.2% at an annotated date, 79.3% of types, 99.1%
        of statuses, 36/40 publication dates, 91.8% same-happening pairs, 99.9% apart.
        At the round's end (48d0c8f; its misses read): 94.3%, 95.4%, 80.6%, 99.1%, 37/40, 86.5%, 99.9% (a
        column it dated now, whose background "8 فروری" is typed by its sentence, splits from the vote's
        reports); the floors sit just under.
""",
        floors={
            "dates_found": 0.94,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.80,
            "statuses_right": 0.98,
            "published_right": 0.92,
            "happenings_same": 0.86,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes44": ProbeSet(
        history="""
        A forty-fourth probe set, written blind (2026-12-05, at the start of the twenty-seventh loader round): 50 SHORT
        articles (110 to 189 words, 3 to 8 events each; 20 in Urdu; 5 HTML pages, 3 Markdown): wire items, tickers, a
        thread, press releases, short bulletins; 25 print no publication date anywhere.  Gold:
        tests/data/probes44_events.jsonl.

        First scored once, before any miss was read, with the loader of the round's start (7cdda71) and with the
        round's loader of that hour (b6201da): 74.3% of dates found, 95.7% at an annotated date, 81.9% of types, 100%
        of statuses, 34/50 publication dates, 94.5% same-happening pairs, 99.9% apart.
        At the round's end (48d0c8f; its misses read): 86.1%, 97.3%, 82.9%, 100%, 42/50, 93.7%, 99.9%; the
        floors sit just under.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.82,
            "statuses_right": 0.99,
            "published_right": 0.84,
            "happenings_same": 0.93,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes45": ProbeSet(
        history="""
        A forty-fifth probe set, written blind (2026-12-05, in the middle of the twenty-seventh loader round): 40
        articles (255 to 456 words, 2 to 8 events each; 12 in Urdu; 4 HTML pages, 1 Markdown), about 17 of them on
        happenings less often reported (re-polls, provincial speakers, chief ministers and cabinets, the JI's emir,
        Akhtar Mengal's resignation, election tribunals); 6 print no publication date, one only in its URL.  Gold:
        tests/data/probes45_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (7cdda71), 87.5% of dates
        found, 91.7% at an annotated date, 86.1% of types, 100% of statuses, 34/40 publication dates, 96.6%
        same-happening pairs, 99.4% apart; with the round's loader of that hour (370e05b): 87.5%, 91.7%, 87.4%, 100%,
        34/40, 96.6%, 99.4%.
        At the round's end (48d0c8f; its misses read): 89.0%, 92.7%, 88.0%, 100%, 35/40, 96.6%, 99.4%; the
        floors sit just under.  In the twenty-eighth round two of its undated pages found their day (the JI's
        emir, Akhtar Mengal's resignation: 37/40), and the relative dates they add lower the share at an annotated
        date to 92.0% (floor 0.91).
""",
        floors={
            "dates_found": 0.88,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.87,
            "statuses_right": 0.99,
            "published_right": 0.87,
            "happenings_same": 0.96,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes46": ProbeSet(
        history="""
        A forty-sixth probe set, written blind (2026-12-05, in the middle of the twenty-seventh loader round): 50
        SHORT articles (3 to 7 events each; 20 in Urdu; 8 HTML pages, 3 Markdown): wire items, tickers, live pages, press
        releases and posts; 25 print no publication date, three only in the URL.  Its writer's brief listed the IMF
        under `other` (an example the round's prompt gave by mistake; earlier writers typed it `international`).
        Gold: tests/data/probes46_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (7cdda71), 86.1% of dates
        found, 96.9% at an annotated date, 81.7% of types, 95.2% of statuses, 36/50 publication dates, 96.0%
        same-happening pairs, 99.1% apart; with the round's loader of that hour (b8a9be2): 88.0%, 96.9%, 82.1%, 94.7%,
        36/50, 94.9%, 99.2%.
        At the round's end (48d0c8f; its misses read): 89.4%, 97.0%, 83.9%, 94.8%, 37/50, 94.5%, 99.2%; the
        floors sit just under.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.83,
            "statuses_right": 0.94,
            "published_right": 0.74,
            "happenings_same": 0.94,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 7),
    ),
    "probes47": ProbeSet(
        history="""
        A forty-seventh probe set, written blind (2026-12-05, at the start of the twenty-eighth loader round): 40
        articles (222 to 413 words, 3 to 8 events each; 13 in Urdu; 4 HTML pages), a third from foreign wires and
        international or Indian outlets with their own dateline and byline conventions, ten from 2025; 6 print no
        publication date, five more only in a byline or URL. Gold: tests/data/probes47_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (723e332), 83.4% of dates
        found, 95.5% at an annotated date, 82.0% of types, 99.5% of statuses, 32/40 publication dates, 88.0%
        same-happening pairs, 99.1% apart; with the round's loader of that hour (e514ecc): 83.4%, 95.5%, 82.0%, 99.5%,
        32/40, 88.0%, 99.1%. At the round's end (469a9b2; its misses read): 86.6%, 96.2%, 84.6%, 100.0%, 34/40, 87.1%,
        99.2%; the floors sit just under.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.84,
            "statuses_right": 0.99,
            "published_right": 0.84,
            "happenings_same": 0.86,
            "happenings_apart": 0.98,
        },
        events_per_article=(3, 8),
    ),
    "probes48": ProbeSet(
        history="""
        A forty-eighth probe set, written blind (2026-12-05, at the start of the twenty-eighth loader round): 50 SHORT
        articles (2 to 8 events each; 20 in Urdu; 5 HTML pages): wire items, tickers, live pages, press releases and
        posts; 25 print no publication date, four more only in a byline or URL. Gold:
        tests/data/probes48_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (723e332), 75.9% of dates
        found, 93.0% at an annotated date, 88.2% of types, 97.1% of statuses, 32/50 publication dates, 85.8%
        same-happening pairs, 99.7% apart; with the round's loader of that hour (e514ecc): 76.3%, 93.7%, 87.7%, 97.1%,
        32/50, 85.5%, 99.7%. At the round's end (469a9b2; its misses read): 79.9%, 97.5%, 88.3%, 97.8%, 36/50, 84.9%,
        99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.79,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.87,
            "statuses_right": 0.97,
            "published_right": 0.71,
            "happenings_same": 0.84,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes49": ProbeSet(
        history="""
        A forty-ninth probe set, written blind (2026-12-05, at the start of the twenty-eighth loader round): 40
        articles (about 230 to 455 words, 4 to 8 events each; 12 in Urdu; 7 HTML pages, 3 Markdown), a third op-eds,
        editorials, anniversary pieces and explainers that recall many earlier days by day, month or year only; 6
        print no publication date, two only in a URL. Gold: tests/data/probes49_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (723e332), 88.8% of dates
        found, 94.4% at an annotated date, 76.0% of types, 97.7% of statuses, 34/40 publication dates, 81.6%
        same-happening pairs, 99.9% apart; with the round's loader of that hour (49cfe0e): 88.8%, 94.4%, 76.0%, 97.7%,
        34/40, 81.6%, 99.9%. At the round's end (469a9b2; its misses read): 88.8%, 94.4%, 78.3%, 97.7%, 34/40, 82.1%,
        99.9%; the floors sit just under.

        Thirty-sixth round (8a7707e): dates found 88.8% -> 87.6%. One undated op-ed whose lead reports the march that
        "left Peshawar on Sunday" and opens another sentence on "This morning, Thursday" had been dated that Sunday, four
        days early; it is now undated (a lead that calls another day today is not of the weekday it reports; reading
        "This morning, Thursday" as the page's day is left), and the days it counts from publication go with it.
        Floor 0.88 -> 0.87.
""",
        floors={
            "dates_found": 0.87,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.77,
            "statuses_right": 0.97,
            "published_right": 0.84,
            "happenings_same": 0.81,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes50": ProbeSet(
        history="""
        A fiftieth probe set, written blind (2026-12-05, at the start of the twenty-eighth loader round): 40 articles
        (about 236 to 463 words, 2 to 8 events each; 12 in Urdu; 11 HTML pages), a third live blogs, TV tickers and
        saved pages with navigation, bylines, related links, times of day and updated-at stamps; 6 print no date of
        any kind, two only in a byline or URL. Gold: tests/data/probes50_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (723e332), 88.6% of dates
        found, 91.8% at an annotated date, 82.0% of types, 98.6% of statuses, 36/40 publication dates, 92.0%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (49cfe0e): 89.0%, 91.4%, 82.1%, 98.2%,
        37/40, 92.0%, 99.6%. At the round's end (469a9b2; its misses read): 89.0%, 91.4%, 82.6%, 98.2%, 37/40, 92.0%,
        99.6%; the floors sit just under.

        In the thirtieth round its same-happening floor came down from 0.91 to 0.90: "9 مئی کے مقدمات" (the May 9 cases)
        now names the riots' day, and "May 2023" in another report no longer joins them (six pairs).
""",
        floors={
            "dates_found": 0.88,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.82,
            "statuses_right": 0.97,
            "published_right": 0.92,
            "happenings_same": 0.90,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes51": ProbeSet(
        history="""
        A fifty-first probe set, written blind (2026-12-05, at the start of the twenty-eighth loader round): 50 SHORT
        articles (2 to 8 events each; 20 in Urdu; 6 HTML pages, 2 Markdown), about a third on less-reported happenings
        (provincial speakers, chief ministers and cabinets, the GDA's sit-ins, by-election recounts, Akhtar Mengal's
        resignation, the arrests at Parliament House, the delayed KP Senate polls); 25 print no publication date, two
        only in a URL. Gold: tests/data/probes51_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (723e332), 82.1% of dates
        found, 95.7% at an annotated date, 85.2% of types, 98.9% of statuses, 35/50 publication dates, 91.2%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (e514ecc): 83.0%, 95.8%, 85.4%, 98.9%,
        36/50, 91.2%, 99.7%. At the round's end (469a9b2; its misses read): 83.9%, 96.4%, 86.1%, 98.9%, 38/50, 90.9%,
        99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.85,
            "statuses_right": 0.98,
            "published_right": 0.75,
            "happenings_same": 0.90,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes52": ProbeSet(
        history="""
        A fifty-second probe set, written blind (2026-12-06, at the start of the twenty-ninth loader round): 40
        articles (218 to 460 words, 3 to 8 events each; 13 in Urdu; 4 HTML pages, 1 Markdown), a third from regional
        and international outlets (Arab News, Gulf News, Al Jazeera, DW, VOA, Nikkei Asia, The Diplomat, SCMP, Urdu
        News, Independent Urdu) in their house styles; 6 print no publication date, one only in a URL, one only in a
        byline. Gold: tests/data/probes52_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (749339c), 91.6% of dates
        found, 94.1% at an annotated date, 79.6% of types, 98.7% of statuses, 37/40 publication dates, 93.5%
        same-happening pairs, 99.4% apart; with the round's loader of that hour (7759d72): the same. At the round's
        end (67320aa; its misses read): 92.8%, 94.7%, 82.0%, 98.7%, 38/40, 93.5%, 99.4%; the floors sit just under.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.81,
            "statuses_right": 0.98,
            "published_right": 0.94,
            "happenings_same": 0.93,
            "happenings_apart": 0.98,
        },
        events_per_article=(3, 8),
    ),
    "probes53": ProbeSet(
        history="""
        A fifty-third probe set, written blind (2026-12-06, at the start of the twenty-ninth loader round): 50 SHORT
        articles (85 to 190 words, 3 to 7 events each; 20 in Urdu; 6 HTML pages, 2 Markdown): wire items, tickers,
        posts, bulletins and press releases; 25 print no publication date, five more only in a URL or byline. Gold:
        tests/data/probes53_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (749339c), 81.9% of dates
        found, 90.4% at an annotated date, 86.2% of types, 97.2% of statuses, 40/50 publication dates, 95.8%
        same-happening pairs, 99.9% apart; with the round's loader of that hour (7759d72): the same. At the round's
        end (67320aa; its misses read): 88.2%, 92.6%, 89.2%, 96.9%, 42/50, 94.7%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.87,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.88,
            "statuses_right": 0.96,
            "published_right": 0.83,
            "happenings_same": 0.94,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 7),
    ),
    "probes54": ProbeSet(
        history="""
        A fifty-fourth probe set, written blind (2026-12-06, at the start of the twenty-ninth loader round): 40
        articles (283 to 481 words, 4 to 8 events each; 13 in Urdu; 8 HTML pages, 2 Markdown), a third analyses,
        explainers, editorials and timelines that recall many earlier days; 6 print no publication date, three more
        only in a URL or byline. Gold: tests/data/probes54_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (749339c), 90.4% of dates
        found, 93.8% at an annotated date, 82.4% of types, 98.8% of statuses, 36/40 publication dates, 93.0%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (7759d72): the same. At the round's
        end (67320aa; its misses read): 94.5%, 96.9%, 83.2%, 98.8%, 38/40, 92.1%, 99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.93,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.82,
            "statuses_right": 0.98,
            "published_right": 0.94,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes55": ProbeSet(
        history="""
        A fifty-fifth probe set, written blind (2026-12-06, at the start of the twenty-ninth loader round): 40
        articles (178 to 650 words, 2 to 8 events each; 13 in Urdu; 14 live blogs, tickers and saved HTML pages); 6
        print no date of any kind, two only in a URL or byline. Gold: tests/data/probes55_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (749339c), 88.6% of dates
        found, 92.8% at an annotated date, 86.6% of types, 100.0% of statuses, 34/40 publication dates, 92.3%
        same-happening pairs, 99.7% apart; with the round's loader of that hour (fdadab2): the same. At the round's
        end (67320aa; its misses read): 93.1%, 95.6%, 88.3%, 100.0%, 37/40, 92.8%, 99.7%; the floors sit just under.
        Thirty-fourth round: the commissioner's press conference of 17 February 2024 is typed as his confession in more
        reports, and a report of the X blackout that began that evening no longer joins them (95.1% of dates found;
        91.8% same-happening pairs, floor 0.91).
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.87,
            "statuses_right": 0.99,
            "published_right": 0.92,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes56": ProbeSet(
        history="""
        A fifty-sixth probe set, written blind (2026-12-06, at the start of the twenty-ninth loader round): 50 SHORT
        articles (89 to 185 words, 3 to 8 events each; 20 in Urdu; 5 HTML pages, 2 Markdown), half on the story's 2025
        turns (the government's talks with PTI, the Al-Qadir verdict, the reserved-seats review, the May 9 verdicts
        and disqualifications, the Khyber Pakhtunkhwa chief minister's change, the 27th amendment, the November 2025
        by-elections, the Toshakhana-2 verdict); 25 print no publication date, one only in a URL. Gold:
        tests/data/probes56_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (749339c), 69.9% of dates
        found, 98.0% at an annotated date, 87.3% of types, 99.4% of statuses, 30/50 publication dates, 95.8%
        same-happening pairs, 99.9% apart; with the round's loader of that hour (7759d72): 70.3%, 98.0%, 86.7%, 99.4%,
        30/50, 93.3%, 99.9%. At the round's end (67320aa; its misses read): 78.8%, 99.4%, 86.6%, 98.4%, 36/50, 92.3%,
        99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.78,
            "text_dated_at_annotated": 0.98,
            "types_right": 0.86,
            "statuses_right": 0.97,
            "published_right": 0.71,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes57": ProbeSet(
        history="""
        A fifty-seventh probe set, written blind (2026-12-06, at the start of the thirtieth loader round): 40 articles
        (255 to 499 words; 15 in Urdu; 3 HTML pages), a third from provincial and local outlets (Balochistan, Khyber
        Pakhtunkhwa, Sindh and Punjab papers and channels) in their house styles, datelines from Quetta, Peshawar,
        Karachi, Hyderabad and Multan; 6 print no publication date, one only in a URL, two only in a byline. Gold:
        tests/data/probes57_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3451), 96.7% of dates
        found, 96.2% at an annotated date, 79.6% of types, 98.1% of statuses, 36/40 publication dates, 89.0%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (f614ec6): 96.7%, 96.2%, 80.6%, 98.1%,
        36/40, 89.0%, 99.8%. At the round's end (44d771a; its misses read): 97.2%, 97.3%, 81.2%, 98.6%, 37/40, 88.8%,
        99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.96,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.80,
            "statuses_right": 0.98,
            "published_right": 0.92,
            "happenings_same": 0.88,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes58": ProbeSet(
        history="""
        A fifty-eighth probe set, written blind (2026-12-06, at the start of the thirtieth loader round): 50 SHORT
        articles (118 to 187 words; 20 in Urdu; 2 HTML pages, 2 Markdown live blogs), mostly on February to May 2024
        (results, independents, coalition talks, the prime minister's, president's and chief ministers' elections, the
        Senate, protests, tribunals, the by-elections of 21 April); 25 print no publication date, four more only in a
        URL or byline. Gold: tests/data/probes58_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3451), 76.8% of dates
        found, 90.2% at an annotated date, 86.0% of types, 97.1% of statuses, 35/50 publication dates, 93.5%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (48e79b8): 77.7%, 90.9%, 86.8%, 97.1%,
        35/50, 93.3%, 99.6%. At the round's end (44d771a; its misses read): 83.5%, 93.1%, 87.7%, 97.3%, 40/50, 92.8%,
        99.6%; the floors sit just under.  Thirty-second round: a protest found by its own words keeps its type over the
        calendar day's ("Supporters ... rallied in several cities on Saturday" is no longer the commissioner's
        confession of that day): types 88.8%, but the scorer now pairs that page's two "on Saturday" events the other
        way round, and same-happening pairs fall to 91.7% (floor 0.91).
""",
        floors={
            "dates_found": 0.82,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.87,
            "statuses_right": 0.96,
            "published_right": 0.79,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes59": ProbeSet(
        history="""
        A fifty-ninth probe set, written blind (2026-12-06, at the start of the thirtieth loader round): 40 articles
        (291 to 540 words; 13 in Urdu; 3 HTML pages, 1 Markdown), a third opinion pieces, editorials, anniversary
        retrospectives and year-in-review pieces that recall many earlier days with and without years, about half on
        the story's 2025 turns; 7 print no publication date, one only in a URL. Gold:
        tests/data/probes59_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3451), 88.1% of dates
        found, 92.2% at an annotated date, 80.9% of types, 98.8% of statuses, 35/40 publication dates, 76.1%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (f614ec6): 88.4%, 93.0%, 81.3%, 98.8%,
        35/40, 75.4%, 99.8%. At the round's end (44d771a; its misses read): 88.4%, 93.0%, 81.3%, 98.8%, 35/40, 76.0%,
        99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.87,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.80,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.75,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes60": ProbeSet(
        history="""
        A sixtieth probe set, written blind (2026-12-06, at the start of the thirtieth loader round): 40 articles (195
        to 471 words; 15 in Urdu; 8 HTML pages, 2 Markdown), a third live blogs, tickers and saved pages (navigation,
        bylines, related links, times of day with time zones, updated-at stamps, dates only in a URL or a caption, one
        written 02.03.2024); 6 print no publication date. Gold: tests/data/probes60_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3451), 91.5% of dates
        found, 92.2% at an annotated date, 85.0% of types, 99.1% of statuses, 35/40 publication dates, 87.8%
        same-happening pairs, 99.7% apart; with the round's loader of that hour (f614ec6): the same. At the round's
        end (44d771a; its misses read): 91.5%, 92.2%, 85.0%, 99.1%, 35/40, 87.8%, 99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.84,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.87,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes61": ProbeSet(
        history="""
        A sixty-first probe set, written blind (2026-12-06, at the start of the thirtieth loader round): 50 SHORT
        articles (91 to 189 words; 20 in Urdu; 4 HTML pages, 3 Markdown), wire items, tickers, bulletins, press
        releases and court notes, half on the story's 2025 turns (the talks and their end, the Al-Qadir and
        Toshakhana-2 verdicts, the first anniversary, the military-trials and reserved-seats rulings, the May 9
        verdicts and disqualifications, the 5 August protests, the Khyber Pakhtunkhwa chief minister's change, the
        27th amendment and the new constitutional court, the November 2025 by-elections); 25 print no publication
        date, two only in a URL. Gold: tests/data/probes61_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3451), 76.5% of dates
        found, 95.5% at an annotated date, 87.3% of types, 98.0% of statuses, 32/50 publication dates, 77.5%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (2df81c2): 77.0%, 95.5%, 89.4%, 98.0%,
        33/50, 83.1%, 99.7%. At the round's end (44d771a; its misses read): 79.6%, 97.8%, 90.4%, 98.1%, 34/50, 84.0%,
        99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.79,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.89,
            "statuses_right": 0.97,
            "published_right": 0.67,
            "happenings_same": 0.83,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 7),
    ),
    "probes62": ProbeSet(
        history="""
        A sixty-second probe set, written blind (2026-12-06, at the start of the thirty-first loader round): 40
        articles (256 to 566 words; 12 in Urdu; 6 HTML pages, 1 Markdown), about a third from foreign outlets (US, UK,
        Indian, Gulf, Chinese and European papers and wires) in their own date habits, datelines from Washington,
        London, New Delhi and Dubai, and about ten on court and legal reporting; 6 print no publication date. Gold:
        tests/data/probes62_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (f2d53c6), 90.2% of dates
        found, 94.3% at an annotated date, 89.6% of types, 99.5% of statuses, 36/40 publication dates, 91.9%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (a7482b9): the same. At the round's
        end (93b0d48; its misses read): 90.2%, 94.3%, 91.5%, 99.5%, 36/40, 93.8%, 99.6%; the floors sit just under.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.90,
            "statuses_right": 0.99,
            "published_right": 0.89,
            "happenings_same": 0.93,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes63": ProbeSet(
        history="""
        A sixty-third probe set, written blind (2026-12-06, at the start of the thirty-first loader round): 50 SHORT
        articles (103 to 196 words; 20 in Urdu; 3 HTML pages, 1 Markdown), wire items, tickers, bulletins, press
        releases and court notes, mostly on June to December 2024 (the budget, the reserved-seats verdict, the move to
        ban the PTI, rallies, the 26th amendment, the November march, military-court sentences, the talks); 25 print
        no publication date, one only in a URL. Gold: tests/data/probes63_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (f2d53c6), 76.1% of dates
        found, 94.9% at an annotated date, 86.2% of types, 98.7% of statuses, 37/50 publication dates, 90.0%
        same-happening pairs, 99.9% apart; with the round's loader of that hour (c3d17c8): the same. At the round's
        end (93b0d48; its misses read): 78.9%, 94.5%, 89.1%, 98.8%, 39/50, 91.4%, 99.9%; the floors sit just under.
        Thirty-second round: the SCO heads of government meeting on the calendar dates the page of the PTI's protest
        called off for its opening day; its events now reach the typer, some typed as the loader reads them, not as
        the writer did (types 87.6%, floor 0.87).

        In the thirty-eighth round the federal budgets became calendar days: its undated report of the budget's passage
        is now dated right, and its reports add same-happening pairs the merger does not all join (the floor came down
        from 0.90 to 0.88; 89.4%).
""",
        floors={
            "dates_found": 0.78,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.87,
            "statuses_right": 0.98,
            "published_right": 0.77,
            "happenings_same": 0.88,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 7),
    ),
    "probes64": ProbeSet(
        history="""
        A sixty-fourth probe set, written blind (2026-12-06, at the start of the thirty-first loader round): 40
        articles (266 to 543 words; 12 in Urdu; 6 HTML pages, 2 Markdown), about a third long explainers and analyses
        that carry a chronology or a table of seat tallies beside running prose, several comparing phases of the
        story; 6 print no publication date, one only in a byline, one only in a URL. Gold:
        tests/data/probes64_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (f2d53c6), 92.5% of dates
        found, 94.9% at an annotated date, 83.0% of types, 96.9% of statuses, 37/40 publication dates, 93.7%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (a7482b9): the same. At the round's
        end (93b0d48; its misses read): 92.5%, 94.9%, 84.3%, 96.9%, 37/40, 93.2%, 99.6%; the floors sit just under.
        Thirty-third round: an undated anniversary op-ed ("A year ago tomorrow ...") is now dated, and some of its
        events are dated by that day (39/40 publication dates; 93.7% at an annotated date, floor 0.93).
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.83,
            "statuses_right": 0.96,
            "published_right": 0.92,
            "happenings_same": 0.92,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes65": ProbeSet(
        history="""
        A sixty-fifth probe set, written blind (2026-12-06, at the start of the thirty-first loader round): 40
        articles (180 to 436 words; 14 in Urdu; 3 HTML pages, 1 Markdown), about a third press releases, party
        statements, ECP notifications and court-order summaries as outlets republish them, about a third on protests
        announced, held, postponed or called off; 6 print no date at all. Gold: tests/data/probes65_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (f2d53c6), 93.0% of dates
        found, 94.7% at an annotated date, 84.5% of types, 98.5% of statuses, 38/40 publication dates, 95.3%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (a7482b9): 93.5%, 95.3%, 85.6%, 98.5%,
        38/40, 95.0%, 99.9%. At the round's end (93b0d48; its misses read): 93.5%, 95.3%, 86.6%, 98.5%, 38/40, 95.5%,
        99.9%; the floors sit just under.
        Thirty-second round: a count of the X outage's days from the weekday it began ("after the service went down on
        Saturday evening") dates the explainer on its second day; its events now reach the typer and the pairs (types
        85.9%, same-happening pairs 94.3%; floors 0.85 and 0.94).
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.85,
            "statuses_right": 0.98,
            "published_right": 0.94,
            "happenings_same": 0.94,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes66": ProbeSet(
        history="""
        A sixty-sixth probe set, written blind (2026-12-06, at the start of the thirty-first loader round): 50 SHORT
        articles (96 to 207 words; 25 in Urdu; 4 HTML pages, 1 Markdown), wire items, tickers and radio and Urdu
        bulletins over 2024 and 2025 that lean on relative days ('yesterday', 'last night', 'the day before', 'گزشتہ
        روز', 'گزشتہ شب', 'پرسوں'); 25 print no publication date, one only in a URL. Gold:
        tests/data/probes66_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (f2d53c6), 80.2% of dates
        found, 88.8% at an annotated date, 84.3% of types, 98.2% of statuses, 36/50 publication dates, 91.4%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (a7482b9): the same. At the round's
        end (93b0d48; its misses read): 87.0%, 96.8%, 86.1%, 98.9%, 43/50, 90.6%, 99.7%; the floors sit just under.
        Thirty-second round: the commission's reserved-seats decision of 4 March 2024 is a known day of the story,
        legal; one page's mention of it in a sentence on the high court's ruling is kept apart from the other reports
        by its parties (same-happening pairs 89.8%, floor 0.89).
        Thirty-third round: an undated Urdu column ("کل 8 فروری ہے") is now dated, and some of its events are dated
        by that day (44/50 publication dates; 94.0% at an annotated date, floor 0.93).
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.85,
            "statuses_right": 0.98,
            "published_right": 0.85,
            "happenings_same": 0.89,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes67": ProbeSet(
        history="""
        A sixty-seventh probe set, written blind (2026-12-06, at the start of the thirty-second loader round): 40
        articles (230 to 451 words; 12 in Urdu; 11 HTML pages, 2 Markdown), about a third from provincial and regional
        outlets (Peshawar, Quetta, Karachi, Lahore, Gilgit, Muzaffarabad) on provincial assemblies, chief ministers,
        local protests and by-elections, several on Balochistan and Khyber Pakhtunkhwa; 6 print no publication date,
        three only in a byline or URL. Gold: tests/data/probes67_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (31616e3), 88.9% of dates
        found, 96.5% at an annotated date, 78.2% of types, 99.6% of statuses, 33/40 publication dates, 87.3%
        same-happening pairs, 99.7% apart; with the round's loader of that hour (f7a9c17): the same. At the round's
        end (18cf7ea; its misses read): 93.3%, 97.5%, 78.8%, 99.6%, 35/40, 86.5%, 99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.78,
            "statuses_right": 0.99,
            "published_right": 0.87,
            "happenings_same": 0.86,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes68": ProbeSet(
        history="""
        A sixty-eighth probe set, written blind (2026-12-06, at the start of the thirty-second loader round): 50 SHORT
        articles (95 to 190 words; 25 in Urdu; 4 HTML pages, 2 Markdown), wire items, tickers, radio bulletins, SMS
        alerts and court notes, mostly on February to May 2024, leaning on weekday names ('on Monday', 'this
        Thursday', 'بدھ کو', 'جمعرات کی شب'); 25 print no publication date, one only in a URL. Gold:
        tests/data/probes68_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (31616e3), 81.0% of dates
        found, 98.0% at an annotated date, 88.3% of types, 98.3% of statuses, 40/50 publication dates, 94.7%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (1338181): the same. At the round's
        end (18cf7ea; its misses read): 82.4%, 98.1%, 89.6%, 97.8%, 41/50, 94.2%, 99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.81,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.89,
            "statuses_right": 0.97,
            "published_right": 0.81,
            "happenings_same": 0.93,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 7),
    ),
    "probes69": ProbeSet(
        history="""
        A sixty-ninth probe set, written blind (2026-12-06, at the start of the thirty-second loader round): 40
        articles (252 to 521 words; 12 in Urdu; 5 HTML pages, 1 Markdown), about a third op-eds, columns and
        editorials that recall earlier days by date or relative phrase ('a year ago this week', 'last February'),
        several anniversary pieces of February 2025 and several that look ahead to hearings, sessions and deadlines; 6
        print no publication date, one only in a URL, one only in HTML metadata, one only in a byline. Gold:
        tests/data/probes69_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (31616e3), 87.4% of dates
        found, 94.4% at an annotated date, 79.8% of types, 99.1% of statuses, 35/40 publication dates, 91.4%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (f7a9c17): the same. At the round's
        end (18cf7ea; its misses read): 87.4%, 94.4%, 79.8%, 99.1%, 35/40, 91.4%, 99.6%; the floors sit just under.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.79,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.90,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes70": ProbeSet(
        history="""
        A seventieth probe set, written blind (2026-12-06, at the start of the thirty-second loader round): 40
        articles (230 to 391 words; 15 in Urdu; 2 HTML pages, 2 Markdown), about a third live blogs and running TV
        coverage with times of day ('10:45 PKT', 'رات گئے'), about a third court days (hearings adjourned, verdicts
        reserved and announced, bail, appeals fixed for later); 6 print no publication date, one only in a canonical
        URL. Gold: tests/data/probes70_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (31616e3), 93.7% of dates
        found, 94.3% at an annotated date, 75.7% of types, 98.4% of statuses, 35/40 publication dates, 88.2%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (f7a9c17): the same. At the round's
        end (18cf7ea; its misses read): 94.8%, 95.3%, 76.4%, 98.0%, 37/40, 88.2%, 99.6%; the floors sit just under.
""",
        floors={
            "dates_found": 0.94,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.75,
            "statuses_right": 0.97,
            "published_right": 0.92,
            "happenings_same": 0.87,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes71": ProbeSet(
        history="""
        A seventy-first probe set, written blind (2026-12-06, at the start of the thirty-second loader round): 50
        SHORT articles (100 to 187 words; 20 in Urdu; 6 HTML pages, 3 Markdown), wire items, tickers, bulletins, press
        releases and foreign ministry readouts over 2024 and 2025, many on foreign reactions, visits, IMF and
        diplomatic dealings and party statements denied or walked back, leaning on 'earlier today', 'overnight', 'at
        the weekend', 'اتوار کو', 'گزشتہ ہفتے'; 25 print no publication date, two only in a URL, one only in a byline
        and URL. Gold: tests/data/probes71_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (31616e3), 65.2% of dates
        found, 97.1% at an annotated date, 84.3% of types, 98.1% of statuses, 34/50 publication dates, 86.0%
        same-happening pairs, 99.9% apart; with the round's loader of that hour (f7a9c17): the same. At the round's
        end (18cf7ea; its misses read): 73.8%, 98.0%, 81.7%, 98.3%, 40/50, 84.7%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.73,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.81,
            "statuses_right": 0.97,
            "published_right": 0.79,
            "happenings_same": 0.84,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes72": ProbeSet(
        history="""
        A seventy-second probe set, written blind (2026-12-06, at the start of the thirty-third loader round): 40
        articles (274 to 465 words; 20 in Urdu, written as Urdu desks write, two wholly in Eastern digits; 5 HTML
        pages, 1 Markdown), half from Urdu newspapers (Jang, Express, Nawaiwaqt, Dunya, Mashriq, BBC Urdu, Independent
        Urdu, Geo Urdu) with their datelines, 'گزشتہ ماہ کی 8 تاریخ', 'رواں ہفتے' and both senses of 'کل'; 10 print no
        publication date, one only in a URL, three only in a byline. Gold: tests/data/probes72_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (8795f4c), 93.9% of dates
        found, 90.2% at an annotated date, 83.3% of types, 99.6% of statuses, 38/40 publication dates, 89.3%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (572d30a): the same. At the round's
        end (9d856a0; its misses read): 96.2%, 91.2%, 84.1%, 100.0%, 40/40, 88.7%, 99.6%; the floors sit just under.
""",
        floors={
            "dates_found": 0.95,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.83,
            "statuses_right": 0.99,
            "published_right": 0.99,
            "happenings_same": 0.88,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes73": ProbeSet(
        history="""
        A seventy-third probe set, written blind (2026-12-06, at the start of the thirty-third loader round): 50 SHORT
        articles (91 to 166 words; 20 in Urdu; 4 HTML pages, 1 Markdown) on the story's 2025 turns and their echoes of
        2024: the government's talks with the PTI, the vote's first anniversary, the £190 million verdict, the 27th
        amendment and its new court, the change of Khyber Pakhtunkhwa's chief minister and the by-elections of
        November 2025; 25 print no publication date. Gold: tests/data/probes73_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (8795f4c), 75.1% of dates
        found, 93.6% at an annotated date, 86.4% of types, 98.2% of statuses, 32/50 publication dates, 65.3%
        same-happening pairs, 99.6% apart; with the round's loader of that hour (572d30a): the same. At the round's
        end (9d856a0; its misses read): 81.3%, 93.5%, 88.5%, 98.4%, 39/50, 64.6%, 99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.80,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.88,
            "statuses_right": 0.97,
            "published_right": 0.77,
            "happenings_same": 0.64,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes74": ProbeSet(
        history="""
        A seventy-fourth probe set, written blind (2026-12-06, at the start of the thirty-third loader round): 40
        articles (222 to 552 words of text; 14 in Urdu), 30 saved as raw HTML pages with navigation, cookie banners,
        metadata and JSON-LD that sometimes disagree with the byline ('Updated'), time elements and related or
        most-read lists carrying other dates, 10 plain-text pages copied from a browser with that furniture left in;
        13 print no date in the article itself, four none anywhere. Gold: tests/data/probes74_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (8795f4c), 93.1% of dates
        found, 93.6% at an annotated date, 82.5% of types, 99.1% of statuses, 37/40 publication dates, 90.3%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (572d30a): the same. At the round's
        end (9d856a0; its misses read): 93.1%, 93.6%, 84.8%, 99.1%, 37/40, 90.3%, 99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.84,
            "statuses_right": 0.98,
            "published_right": 0.92,
            "happenings_same": 0.89,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes75": ProbeSet(
        history="""
        A seventy-fifth probe set, written blind (2026-12-06, at the start of the thirty-third loader round): 40
        articles (162 to 342 words; 14 in Urdu; 4 HTML pages, 3 Markdown) that are not ordinary news stories: TV and
        radio transcripts, podcast and newsletter notes, morning briefings, Q&A explainers, fact-checks, proceedings
        of the houses, press-conference transcripts and weekly round-ups that list several days in one paragraph; 11
        print no publication date. Gold: tests/data/probes75_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (8795f4c), 92.6% of dates
        found, 93.0% at an annotated date, 85.8% of types, 97.8% of statuses, 35/40 publication dates, 88.0%
        same-happening pairs, 99.8% apart; with the round's loader of that hour (572d30a): the same. At the round's
        end (9d856a0; its misses read): 92.6%, 93.0%, 87.1%, 97.8%, 35/40, 88.0%, 99.8%; the floors sit just under.
        Thirty-fourth round: the undated talk-show transcript (p75_40) that names the commissioner's press conference
        "ہفتے کو" is now dated that Saturday, four days early, by the calendar's press-conference entry, so its other
        days move with it (90.8% at an annotated date, floor 0.90; 86.95% same-happening pairs, floor 0.86).
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.86,
            "statuses_right": 0.97,
            "published_right": 0.87,
            "happenings_same": 0.86,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes76": ProbeSet(
        history="""
        A seventy-sixth probe set, written blind (2026-12-06, at the start of the thirty-third loader round): 50 SHORT
        articles (86 to 188 words; 25 in Urdu; 4 HTML pages, 2 Markdown) on results, counts and numbers: provisional
        and final results, Form 45 and 47 tallies, recounts, notifications of winners, turnout, reserved-seat
        allocations, tribunal decisions, re-polls and by-election results, leaning on 'by late Friday', 'until the
        early hours', 'a day after polling'; 25 print no publication date. Gold: tests/data/probes76_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (8795f4c), 84.4% of dates
        found, 94.9% at an annotated date, 84.4% of types, 99.4% of statuses, 35/50 publication dates, 95.2%
        same-happening pairs, 99.4% apart; with the round's loader of that hour (572d30a): 84.4%, 94.9%, 85.0%, 99.4%,
        35/50, 95.2%, 99.4%. At the round's end (9d856a0; its misses read): 87.3%, 95.0%, 84.9%, 100.0%, 36/50, 94.4%,
        99.4%; the floors sit just under.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.84,
            "statuses_right": 0.99,
            "published_right": 0.71,
            "happenings_same": 0.93,
            "happenings_apart": 0.98,
        },
        events_per_article=(2, 8),
    ),
    "probes77": ProbeSet(
        history="""
        A seventy-seventh probe set, written blind (2026-12-06, at the start of the thirty-fourth loader round): 40
        articles (261 to 411 words; 14 in Urdu; 4 HTML pages, 1 Markdown) on provincial politics: the four assemblies
        and their sessions, chief ministers' elections, oaths and resignations, governors, provincial cabinets and
        budgets, no-confidence talk, provincial protests and court cases, Gilgit-Baltistan and Azad Kashmir where they
        touch the story; 10 print no publication date. Gold: tests/data/probes77_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (5e3293a), 86.0% of dates
        found, 94.2% at an annotated date, 78.0% of types, 95.8% of statuses, 32/40 publication dates, 93.1%
        same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (ff50aa1; its misses read): 86.9%, 94.3%, 80.8%, 95.9%, 33/40, 93.4%, 99.7%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.80,
            "statuses_right": 0.95,
            "published_right": 0.82,
            "happenings_same": 0.92,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes78": ProbeSet(
        history="""
        A seventy-eighth probe set, written blind (2026-12-06, at the start of the thirty-fourth loader round): 50
        SHORT articles (85 to 186 words; 25 in Urdu; 4 HTML pages, 2 Markdown) on by-elections and re-polls of 2024
        and 2025 as local and district reporters write them: polling-day bulletins, turnout notes, unofficial results,
        complaints of rigging at named stations, ordered re-polls and recounts; 25 print no publication date. Gold:
        tests/data/probes78_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (5e3293a), 60.1% of dates
        found, 90.8% at an annotated date, 84.6% of types, 98.1% of statuses, 26/50 publication dates, 99.2%
        same-happening pairs, 97.7% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (ff50aa1; its misses read): 69.9%, 96.1%, 86.8%, 98.3%, 31/50, 97.7%, 96.9%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.69,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.86,
            "statuses_right": 0.97,
            "published_right": 0.61,
            "happenings_same": 0.97,
            "happenings_apart": 0.96,
        },
        events_per_article=(2, 6),
    ),
    "probes79": ProbeSet(
        history="""
        A seventy-ninth probe set, written blind (2026-12-06, at the start of the thirty-fourth loader round): 40
        articles (197 to 324 words; 10 in Urdu; 4 HTML pages, 1 Markdown) that are documents saved as text: ECP
        notifications, orders and press releases, court orders and cause lists, party press releases, orders of the
        day, government notifications and letters, with headers, page numbers, reference numbers and signature blocks
        ('Dated: 12.02.2024', 'Islamabad, the 14th March, 2024', 'مورخہ'), and a few news stories quoting them; 8
        print no date of their own. Gold: tests/data/probes79_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (5e3293a), 90.9% of dates
        found, 95.1% at an annotated date, 81.0% of types, 98.1% of statuses, 32/40 publication dates, 86.2%
        same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (ff50aa1; its misses read): 92.7%, 95.2%, 81.4%, 98.1%, 35/40, 87.1%, 99.7%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.80,
            "statuses_right": 0.97,
            "published_right": 0.87,
            "happenings_same": 0.86,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes80": ProbeSet(
        history="""
        An eightieth probe set, written blind (2026-12-06, at the start of the thirty-fourth loader round): 40
        articles (112 to 343 words; 12 mainly in Urdu; 5 HTML pages, 1 Markdown) saved from social media and chat
        channels or written bilingually: numbered threads with timestamps, parties' and journalists' posts with reply
        counts, WhatsApp-channel bulletins, YouTube descriptions, Roman Urdu posts, English pages quoting Urdu and
        Urdu pages quoting English; 12 print no publication date. Gold: tests/data/probes80_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (5e3293a), 87.6% of dates
        found, 94.1% at an annotated date, 86.9% of types, 98.9% of statuses, 35/40 publication dates, 93.1%
        same-happening pairs, 99.6% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (ff50aa1; its misses read): 89.6%, 94.3%, 86.7%, 98.9%, 36/40, 92.0%, 99.7%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.86,
            "statuses_right": 0.98,
            "published_right": 0.89,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(3, 8),
    ),
    "probes81": ProbeSet(
        history="""
        An eighty-first probe set, written blind (2026-12-06, at the start of the thirty-fourth loader round): 40
        articles (364 to 546 words; 8 in Urdu; 7 HTML pages) of long form: magazine pieces, week- and month-in-review
        round-ups that tell several days in order ('On Monday ... By Thursday ...'), and Indian, Western and Gulf
        outlets on the story's later turns (the military trials and their December 2024 sentences, the 26th amendment,
        the November 2024 march, the £190 million verdict, the May 2025 clashes with India where they touch the
        story); 8 print no publication date. Gold: tests/data/probes81_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (5e3293a), 90.7% of dates
        found, 91.3% at an annotated date, 84.0% of types, 99.6% of statuses, 36/40 publication dates, 82.3%
        same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (ff50aa1; its misses read): 93.7%, 94.7%, 84.5%, 99.6%, 37/40, 81.2%, 99.7%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.93,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.83,
            "statuses_right": 0.99,
            "published_right": 0.92,
            "happenings_same": 0.80,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes82": ProbeSet(
        history="""
        An eighty-second probe set, written blind (2026-12-06, at the start of the thirty-fifth loader round): 40
        articles (341 to 676 words; 10 in Urdu; 3 HTML pages, 1 Markdown): court judgments, short orders, petitions
        and tribunal orders as they look when copied out of a PDF (numbered paragraphs, running headers and footers,
        page numbers, 'Date of announcement: 29.05.2024', 'Announced:' over its date, 'Islamabad, the 3rd December,
        2024' under a signature, 'the 8th day of February, 2024'), and news reports about them; 8 print no publication
        date and 3 more give it only in an address or a byline. Gold: tests/data/probes82_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (12b38f5), 85.1% of dates
        found, 93.3% at an annotated date, 84.0% of types, 97.6% of statuses, 25/40 publication dates, 90.7%
        same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (f25f936; its misses read): 90.0%, 94.5%, 85.7%, 97.3%, 35/40, 90.3%, 99.8%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.85,
            "statuses_right": 0.96,
            "published_right": 0.87,
            "happenings_same": 0.89,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 8),
    ),
    "probes83": ProbeSet(
        history="""
        An eighty-third probe set, written blind (2026-12-06, at the start of the thirty-fifth loader round): 50 SHORT
        articles (90 to 200 words; 25 in Urdu; 2 HTML pages, 2 Markdown): counting-night and result-day live tickers
        with hour stamps ('11:40pm', 'رات ڈیڑھ بجے'), unofficial and official tallies by constituency, results
        announced past midnight, mostly February 2024 with by-elections of 2024 and 2025; 25 print no date anywhere.
        Gold: tests/data/probes83_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (12b38f5), 78.2% of dates
        found, 94.1% at an annotated date, 87.6% of types, 98.2% of statuses, 40/50 publication dates, 77.6%
        same-happening pairs, 99.2% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (f25f936; its misses read): 83.3%, 96.5%, 88.3%, 98.9%, 42/50, 76.9%, 99.2%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.82,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.87,
            "statuses_right": 0.98,
            "published_right": 0.83,
            "happenings_same": 0.76,
            "happenings_apart": 0.98,
        },
        events_per_article=(2, 7),
    ),
    "probes84": ProbeSet(
        history="""
        An eighty-fourth probe set, written blind (2026-12-06, at the start of the thirty-fifth loader round): 40
        articles (343 to 519 words; 12 in Urdu; 3 HTML pages, 2 Markdown): parliament day by day, the National
        Assembly, the Senate and provincial assemblies (oaths, the election of the speaker, prime minister and
        president, walkouts, resolutions, the budget, the 26th and 27th amendments, the government-PTI talks in the
        Speaker's committee room) as parliamentary reporters write them; 8 print no publication date. Gold:
        tests/data/probes84_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (12b38f5), 91.0% of dates
        found, 94.3% at an annotated date, 65.1% of types, 98.7% of statuses, 35/40 publication dates, 84.5%
        same-happening pairs, 99.5% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (f25f936; its misses read): 91.4%, 94.8%, 67.0%, 98.7%, 35/40, 84.6%, 99.5%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.66,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.84,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes85": ProbeSet(
        history="""
        An eighty-fifth probe set, written blind (2026-12-06, at the start of the thirty-fifth loader round): 40
        articles (280 to 519 words; 8 in Urdu; 5 HTML pages, 2 Markdown): the economy around the election, markets,
        bonds and the rupee on the results, IMF talks, staff-level agreements and board approvals, rating agencies,
        budgets, with many dates that are no happenings of the story (quarter ends, payments due, reports' days); 8
        print no publication date by the writer's count and many more name their day only through the text. Gold:
        tests/data/probes85_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (12b38f5), 62.1% of dates
        found, 74.5% at an annotated date, 85.1% of types, 97.7% of statuses, 17/40 publication dates, 94.7%
        same-happening pairs, 99.5% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (f25f936; its misses read): 64.9%, 76.1%, 84.7%, 97.3%, 18/40, 94.9%, 99.5%; the floors sit just
        under.

        In the thirty-seventh round the State Bank's rate cuts and Fitch's upgrade became calendar days: three more of its
        undated pages are dated (dates found 64.9% to 71.3%), and their reports add same-happening pairs the merger
        does not all join (the floor came down from 0.94 to 0.92).

        In the thirty-eighth round the federal budgets became calendar days: its undated report of the 2025-26 budget is
        now dated, on the day of the speech, where its writer dated it the next morning, and its dates move with it (the
        floor of dates at an annotated date came down from 0.75 to 0.74; 74.9%).

        In the forty-first round more calendar days (the IMF's second review, rating upgrades) date more of its undated
        pages (dates found 73.4% to 78.0%), and their reports add same-happening pairs the merger does not all join, most a
        month's mention keyed to a day's happening (the floor came down from 0.92 to 0.91).
""",
        floors={
            "dates_found": 0.64,
            "text_dated_at_annotated": 0.74,
            "types_right": 0.84,
            "statuses_right": 0.96,
            "published_right": 0.44,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes86": ProbeSet(
        history="""
        An eighty-sixth probe set, written blind (2026-12-06, at the start of the thirty-fifth loader round): 40
        articles (248 to 547 words; 16 in Urdu; 6 HTML pages, 2 Markdown): statements and reports of bar councils,
        press clubs, religious parties, traders and civil-society groups (strike calls, black days, conventions,
        schedules of meetings), five mixing Hijri dates ('27 رجب 1445', Muharram); 10 print no publication date and 4
        more give it only in a byline or an address. Gold: tests/data/probes86_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (12b38f5), 82.9% of dates
        found, 94.0% at an annotated date, 85.8% of types, 99.1% of statuses, 33/40 publication dates, 93.8%
        same-happening pairs, 99.2% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (f25f936; its misses read): 85.7%, 96.1%, 85.4%, 99.6%, 34/40, 93.3%, 99.3%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.84,
            "statuses_right": 0.99,
            "published_right": 0.84,
            "happenings_same": 0.92,
            "happenings_apart": 0.98,
        },
        events_per_article=(5, 8),
    ),
    "probes87": ProbeSet(
        history="""
        An eighty-seventh probe set, written blind (2026-12-06, at the start of the thirty-sixth loader round): 40
        articles (257 to 515 words; 14 in Urdu; 4 HTML pages, 1 Markdown): write-ups of TV talk shows, interviews and
        question-and-answer transcripts with politicians, lawyers and election officials (who said what on which
        programme, what they claimed happened when, what they promised for which day); 10 print no publication date.
        Gold: tests/data/probes87_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3d47ac6), 90.9% of dates
        found, 94.2% at an annotated date, 83.4% of types, 99.6% of statuses, 35/40 publication dates, 92.7%
        same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (8a7707e; its misses read): 92.1%, 95.6%, 86.1%, 99.6%, 37/40, 92.3%, 99.7%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.85,
            "statuses_right": 0.99,
            "published_right": 0.92,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes88": ProbeSet(
        history="""
        An eighty-eighth probe set, written blind (2026-12-06, at the start of the thirty-sixth loader round): 40
        articles (223 to 441 words; 12 in Urdu; 5 HTML pages, 1 Markdown): Senate elections (April 2024, the Khyber
        Pakhtunkhwa polls delayed to July 2025, chairman and deputy chairman), reserved seats and notifications of
        returned members, oath-taking disputes; 10 print no publication date and 4 more give it only in a byline or an
        address. Gold: tests/data/probes88_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3d47ac6), 81.4% of dates
        found, 93.6% at an annotated date, 85.8% of types, 98.0% of statuses, 31/40 publication dates, 82.9%
        same-happening pairs, 99.2% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (8a7707e; its misses read): 85.1%, 97.9%, 84.5%, 98.1%, 32/40, 80.5%, 99.3%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.83,
            "statuses_right": 0.97,
            "published_right": 0.79,
            "happenings_same": 0.80,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes89": ProbeSet(
        history="""
        An eighty-ninth probe set, written blind (2026-12-06, at the start of the thirty-sixth loader round): 40
        articles (155 to 449 words; 12 in Urdu; 7 HTML pages, 3 Markdown): election tribunals and Form 45 / Form 47
        disputes (petitions filed, hearings, recounts ordered, tribunals changed, verdicts and appeals) as court
        reporters, wire services and local papers write them; 10 print no publication date. Gold:
        tests/data/probes89_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3d47ac6), 79.3% of dates
        found, 95.0% at an annotated date, 85.5% of types, 98.6% of statuses, 31/40 publication dates, 95.5%
        same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (8a7707e; its misses read): 79.3%, 95.0%, 88.4%, 98.6%, 31/40, 95.6%, 99.9%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.78,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.87,
            "statuses_right": 0.98,
            "published_right": 0.77,
            "happenings_same": 0.95,
            "happenings_apart": 0.99,
        },
        events_per_article=(2, 6),
    ),
    "probes90": ProbeSet(
        history="""
        A ninetieth probe set, written blind (2026-12-06, at the start of the thirty-sixth loader round): 40 articles
        (174 to 465 words; 12 in Urdu; 4 HTML pages, 1 Markdown): internet and X shutdowns, mobile service
        suspensions, VPN curbs and the courts' orders on them (polling day, the X block from 17 February 2024, the
        protests of October and November 2024, X back in May 2025), from tech desks, rights groups and wire services;
        10 print no publication date. Gold: tests/data/probes90_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3d47ac6), 82.5% of dates
        found, 87.2% at an annotated date, 72.0% of types, 97.1% of statuses, 32/40 publication dates, 57.0%
        same-happening pairs, 97.8% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (8a7707e; its misses read): 82.5%, 87.2%, 75.4%, 97.6%, 32/40, 56.9%, 97.9%; the floors sit just
        under.
""",
        floors={
            "dates_found": 0.81,
            "text_dated_at_annotated": 0.86,
            "types_right": 0.74,
            "statuses_right": 0.97,
            "published_right": 0.79,
            "happenings_same": 0.56,
            "happenings_apart": 0.97,
        },
        events_per_article=(3, 8),
    ),
    "probes91": ProbeSet(
        history="""
        A ninety-first probe set, written blind (2026-12-06, at the start of the thirty-sixth loader round): 40
        articles (219 to 456 words; 14 in Urdu; 4 HTML pages, 1 Markdown): parties' internal lives, PTI's intra-party
        polls and the bat-symbol case, resignations from party posts, expulsions, defections, other parties'
        conventions and central executive meetings, as party statements and newspapers write them; 10 print no
        publication date. Gold: tests/data/probes91_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3d47ac6), 81.1% of dates
        found, 94.5% at an annotated date, 69.0% of types, 97.0% of statuses, 31/40 publication dates, 79.2%
        same-happening pairs, 99.4% apart (misses were then read the same hour, so no later score is blind). At the
        round's end (8a7707e; its misses read): 82.3%, 96.2%, 68.5%, 98.5%, 32/40, 78.3%, 99.5%; the floors sit just
        under.

        In the forty-fourth round a party's own polls became the party's business (typed other): the reports of the
        PTI's intra-party polls of 3 March 2024 that name them by their own words now part from those typed by the
        posts won in them, and no longer join the reports of Gandapur's oath of 2 March (same-happening pairs 78.1% to
        73.0%, apart 99.46% to 99.65%; the floor came down from 0.77 to 0.72).
""",
        floors={
            "dates_found": 0.81,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.68,
            "statuses_right": 0.98,
            "published_right": 0.79,
            "happenings_same": 0.72,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes92": ProbeSet(
        history="""
        A ninety-second probe set, written blind (2026-12-06, at the start of the thirty-seventh loader round):
        40 articles (231 to 370 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the talks between the PTI and the
        government, from the November 2024 march through the rounds of December 2024 and January 2025, the
        written demands, deadlines and the walk-out, with Urdu columns and talk-show recaps; 10 print no
        publication date. Gold: tests/data/probes92_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (442a0c7), 82.7% of
        dates found, 94.4% at an annotated date, 59.0% of types, 97.8% of statuses, 33/40 publication dates,
        77.4% same-happening pairs, 99.1% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (26238ed; its misses read): 85.6%, 94.9%, 59.5%, 97.9%, 34/40, 85.6%, 98.2%;
        the floors sit just under. (Its writer typed the government's talks with the PTI `coalition`, which the loader,
        as most writers since the twenty-sixth round, types `other`: most of its type misses.)

        In the forty-first round more of its relative days resolve (dates found 86.6% to 87.4%), and their reports add
        same-happening pairs with month mentions keyed to a day's happening that the merger does not join (the floor came
        down from 0.85 to 0.84).
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.58,
            "statuses_right": 0.97,
            "published_right": 0.84,
            "happenings_same": 0.84,
            "happenings_apart": 0.97,
        },
        events_per_article=(4, 8),
    ),
    "probes93": ProbeSet(
        history="""
        A ninety-third probe set, written blind (2026-12-06, at the start of the thirty-seventh loader round):
        40 articles (252 to 397 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the cases of 9 May 2023 as they
        reached verdicts: military courts' sentences and pardons, anti-terrorism courts' convictions of PTI
        leaders in 2025, the de-seating that followed, appeals and the Supreme Court's ruling on civilians'
        trials; 10 print no publication date. Gold: tests/data/probes93_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (442a0c7), 87.7% of
        dates found, 93.6% at an annotated date, 82.2% of types, 100.0% of statuses, 33/40 publication dates,
        66.6% same-happening pairs, 99.3% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (26238ed; its misses read): 91.0%, 93.4%, 83.3%, 100.0%, 35/40, 68.7%, 99.4%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.82,
            "statuses_right": 0.99,
            "published_right": 0.87,
            "happenings_same": 0.68,
            "happenings_apart": 0.98,
        },
        events_per_article=(5, 7),
    ),
    "probes94": ProbeSet(
        history="""
        A ninety-fourth probe set, written blind (2026-12-06, at the start of the thirty-seventh loader round):
        40 articles (267 to 449 words; 13 in Urdu; 5 HTML pages, 2 Markdown): Pakistan's politics as foreign
        outlets report it: wires, Indian, British, American, Gulf, Chinese and Turkish papers on the election,
        Imran Khan's cases, the IMF and the May 2025 conflict with India as it changed domestic politics; 10
        print no publication date. Gold: tests/data/probes94_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (442a0c7), 89.9% of
        dates found, 97.8% at an annotated date, 81.6% of types, 99.6% of statuses, 34/40 publication dates,
        91.6% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (26238ed; its misses read): 92.1%, 97.4%, 82.4%, 99.6%, 35/40, 92.2%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.81,
            "statuses_right": 0.99,
            "published_right": 0.87,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes95": ProbeSet(
        history="""
        A ninety-fifth probe set, written blind (2026-12-06, at the start of the thirty-seventh loader round):
        40 articles (267 to 423 words; 13 in Urdu; 5 HTML pages, 2 Markdown): the judiciary and the
        constitution: the Islamabad High Court judges' letter, the reserved-seats case, the 26th amendment, the
        Judicial Commission and constitutional benches, transfers of judges, the 27th amendment and the Federal
        Constitutional Court; 10 print no publication date. Gold: tests/data/probes95_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (442a0c7), 81.8% of
        dates found, 97.4% at an annotated date, 72.5% of types, 100.0% of statuses, 33/40 publication dates,
        68.3% same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (26238ed; its misses read): 83.9%, 97.9%, 71.7%, 100.0%, 33/40, 67.0%, 99.7%;
        the floors sit just under. (Its writer typed the amendments' passage `other`, which the loader,
        as most earlier writers, types `legal`.)
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.71,
            "statuses_right": 0.99,
            "published_right": 0.82,
            "happenings_same": 0.66,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes96": ProbeSet(
        history="""
        A ninety-sixth probe set, written blind (2026-12-06, at the start of the thirty-seventh loader round):
        40 articles (210 to 427 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the provinces: assemblies of
        Punjab, Sindh, Khyber Pakhtunkhwa and Balochistan in 2024 and 2025, chief ministers, budgets,
        by-elections and their tables, governors' disputes, Balochistan's unrest, and the first anniversary of
        the vote; 10 print no publication date. Gold: tests/data/probes96_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (442a0c7), 80.2% of
        dates found, 89.8% at an annotated date, 83.1% of types, 97.9% of statuses, 31/40 publication dates,
        80.2% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (26238ed; its misses read): 90.1%, 95.4%, 84.0%, 97.7%, 36/40, 79.1%, 99.9%;
        the floors sit just under.

        In the forty-second round a year before a happening's name became a date ('the 1991 Water Apportionment Accord',
        'the 1945 Sindh-Punjab agreement'): the accords are now dated in several pages, each report typed by its own
        sentence, and some pairs the annotators keyed as one stay apart (0.779; the floor came down from 0.78 to 0.77).
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.83,
            "statuses_right": 0.97,
            "published_right": 0.89,
            "happenings_same": 0.77,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes97": ProbeSet(
        history="""
        A ninety-seventh probe set, written blind (2026-12-06, at the start of the thirty-eighth loader round):
        40 articles (248 to 441 words; 14 in Urdu; 5 HTML pages, 2 Markdown): commentary: editorials, op-eds,
        columns and analyses in English and Urdu that look back on the election and its aftermath from 2024 and
        2025, full of background dates tied to the news of their day; 10 print no publication date. Gold:
        tests/data/probes97_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0a55cff), 89.4% of
        dates found, 93.6% at an annotated date, 88.6% of types, 96.2% of statuses, 34/40 publication dates,
        91.0% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (73dd8a3; its misses read): 92.4%, 94.6%, 88.9%, 96.7%, 35/40, 92.3%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.88,
            "statuses_right": 0.96,
            "published_right": 0.87,
            "happenings_same": 0.91,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes98": ProbeSet(
        history="""
        A ninety-eighth probe set, written blind (2026-12-06, at the start of the thirty-eighth loader round):
        40 articles (303 to 398 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the economy after the election:
        the IMF's stand-by arrangement and the new Extended Fund Facility and its reviews, the budgets of June
        2024 and June 2025, the State Bank's decisions, inflation, fuel prices and traders' protests, with Urdu
        business pages; 10 print no publication date. Gold: tests/data/probes98_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0a55cff), 73.1% of
        dates found, 86.9% at an annotated date, 82.6% of types, 98.0% of statuses, 29/40 publication dates,
        44.8% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (73dd8a3; its misses read): 76.0%, 87.7%, 82.3%, 98.1%, 29/40, 50.0%, 99.7%;
        the floors sit just under.

        In the forty-third round Urdu list commas stopped ending clauses: the Urdu report of the IMF mission of 14 to
        19 March 2024 now types its dates by the list's verb, and no longer joins the English report of the same
        mission (the floor came down from 0.49 to 0.48).
""",
        floors={
            "dates_found": 0.75,
            "text_dated_at_annotated": 0.87,
            "types_right": 0.81,
            "statuses_right": 0.97,
            "published_right": 0.72,
            "happenings_same": 0.48,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes99": ProbeSet(
        history="""
        A ninety-ninth probe set, written blind (2026-12-06, at the start of the thirty-eighth loader round): 40
        articles (291 to 436 words; 13 in Urdu; 5 HTML pages, 2 Markdown): Balochistan and Khyber Pakhtunkhwa in
        2024 and 2025: security operations and attacks, jirgas, the provinces' disputes with Islamabad, the
        Baloch Yakjehti Committee's sit-ins and marches, Pashtun Tahaffuz Movement gatherings and the
        assemblies' sessions; 10 print no publication date. Gold: tests/data/probes99_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0a55cff), 81.1% of
        dates found, 93.2% at an annotated date, 70.9% of types, 99.5% of statuses, 31/40 publication dates,
        57.1% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (73dd8a3; its misses read): 82.0%, 93.3%, 72.8%, 99.5%, 31/40, 59.3%, 99.9%;
        the floors sit just under.

        In the forty-first round the BLA's attacks of 26 August 2024 became a calendar day and Balochistan's militant
        attacks other: more of its days are dated (dates found 83.7% to 86.7%), and their reports of the attacks, told by day in one
        page and by month in another, add same-happening pairs the merger does not join (the floor came down from 0.58 to
        0.48).

        In the forty-third round an Urdu noun that only anchors a time ("انتخابات سے ایک روز قبل") stopped typing its
        date's sentence: the Urdu report of the twin blasts of 7 February 2024 no longer joins the English one (the floor
        came down from 0.48 to 0.47).
""",
        floors={
            "dates_found": 0.81,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.72,
            "statuses_right": 0.98,
            "published_right": 0.77,
            "happenings_same": 0.47,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes100": ProbeSet(
        history="""
        A hundredth probe set, written blind (2026-12-06, at the start of the thirty-eighth loader round): 40
        articles (257 to 441 words; 13 in Urdu; 5 HTML pages, 2 Markdown): counting and results: live blogs and
        tickers of the night of 8-9 February 2024 and the days after, constituency results, independents'
        tallies, ECP statements, the by-elections of 21 April 2024 and later ones with their result tables,
        recounts and notifications; 10 print no publication date. Gold: tests/data/probes100_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0a55cff), 90.7% of
        dates found, 91.5% at an annotated date, 87.1% of types, 97.3% of statuses, 34/40 publication dates,
        96.9% same-happening pairs, 99.3% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (73dd8a3; its misses read): 93.1%, 95.0%, 85.7%, 97.4%, 35/40, 96.9%, 99.3%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.92,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.85,
            "statuses_right": 0.96,
            "published_right": 0.87,
            "happenings_same": 0.96,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes101": ProbeSet(
        history="""
        A hundred-and-first probe set, written blind (2026-12-06, at the start of the thirty-eighth loader
        round): 40 articles (210 to 391 words; 14 in Urdu; 5 HTML pages, 2 Markdown): official voices: press
        releases and statements of the ECP, ISPR, the Prime Minister's Office, the Foreign Office, provincial
        governments and the parties, and the news built on them, in 2024 and 2025, with tickers and short wire
        items; 10 print no publication date. Gold: tests/data/probes101_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (0a55cff), 85.2% of
        dates found, 96.0% at an annotated date, 91.8% of types, 99.1% of statuses, 33/40 publication dates,
        86.0% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (73dd8a3; its misses read): 86.0%, 96.1%, 91.9%, 99.1%, 33/40, 86.4%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.91,
            "statuses_right": 0.98,
            "published_right": 0.82,
            "happenings_same": 0.85,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes102": ProbeSet(
        history="""
        A hundred-and-second probe set, written blind (2026-12-07, at the start of the thirty-ninth loader
        round): 40 articles (300 to 424 words; 21 in Urdu; 5 HTML pages, 2 Markdown): Urdu columns, TV talk-show
        recaps and op-eds of 2025, and English summaries of them, on the election's aftermath, PTI's
        negotiations, the amendments and the protests, dates written loosely; 10 print no publication date.
        Gold: tests/data/probes102_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (4095365), 86.2% of
        dates found, 90.4% at an annotated date, 76.3% of types, 97.3% of statuses, 32/40 publication dates,
        75.9% same-happening pairs, 99.6% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (e74b2e6; its misses read): 92.1%, 91.3%, 79.1%, 98.7%, 35/40, 82.4%, 99.6%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.91,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.78,
            "statuses_right": 0.98,
            "published_right": 0.87,
            "happenings_same": 0.81,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes103": ProbeSet(
        history="""
        A hundred-and-third probe set, written blind (2026-12-07, at the start of the thirty-ninth loader
        round): 40 articles (277 to 382 words; 13 in Urdu; 5 HTML pages, 2 Markdown): anniversaries: 'one year
        on' and 'two years on' pieces around 8 February 2025 and 2026, 9 May and 26 November, and reports of the
        anniversary days themselves (rallies, black days, strikes, statements); 10 print no publication date.
        Gold: tests/data/probes103_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (4095365), 82.2% of
        dates found, 85.4% at an annotated date, 84.5% of types, 97.3% of statuses, 29/40 publication dates,
        89.6% same-happening pairs, 99.5% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (e74b2e6; its misses read): 85.5%, 86.9%, 83.4%, 97.4%, 31/40, 88.1%, 99.5%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.86,
            "types_right": 0.82,
            "statuses_right": 0.96,
            "published_right": 0.77,
            "happenings_same": 0.87,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes104": ProbeSet(
        history="""
        A hundred-and-fourth probe set, written blind (2026-12-07, at the start of the thirty-ninth loader
        round): 40 articles (292 to 437 words; 13 in Urdu; 5 HTML pages, 2 Markdown): parliament: National
        Assembly, Senate and provincial assembly sittings, speakers' rulings, walkouts, bills, committees and
        joint sessions in 2024 and 2025, with short items and next-day print reports; 10 print no publication
        date. Gold: tests/data/probes104_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (4095365), 87.9% of
        dates found, 90.8% at an annotated date, 81.6% of types, 97.7% of statuses, 32/40 publication dates,
        84.9% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (e74b2e6; its misses read): 91.5%, 92.9%, 82.3%, 97.8%, 33/40, 85.6%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.90,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.81,
            "statuses_right": 0.97,
            "published_right": 0.82,
            "happenings_same": 0.85,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes105": ProbeSet(
        history="""
        A hundred-and-fifth probe set, written blind (2026-12-07, at the start of the thirty-ninth loader
        round): 40 articles (265 to 387 words; 13 in Urdu; 5 HTML pages, 2 Markdown): courts day by day:
        hearings, adjournments, cause lists, reserved and announced verdicts, bail pleas and election tribunals
        in the Supreme Court, high courts, anti-terrorism and accountability courts in 2024 and 2025; 10 print
        no publication date. Gold: tests/data/probes105_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (4095365), 82.1% of
        dates found, 97.4% at an annotated date, 93.2% of types, 97.6% of statuses, 30/40 publication dates,
        88.9% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (e74b2e6; its misses read): 83.3%, 99.0%, 93.3%, 99.0%, 31/40, 88.9%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.82,
            "text_dated_at_annotated": 0.98,
            "types_right": 0.92,
            "statuses_right": 0.98,
            "published_right": 0.77,
            "happenings_same": 0.88,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes106": ProbeSet(
        history="""
        A hundred-and-sixth probe set, written blind (2026-12-07, at the start of the thirty-ninth loader
        round): 40 articles (245 to 390 words; 13 in Urdu; 5 HTML pages, 2 Markdown): live blogs and
        minute-by-minute coverage of protest days and marches (February 2024, October and November 2024, August
        2025) and the wrap-ups written after them; 10 print no publication date. Gold:
        tests/data/probes106_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (4095365), 86.0% of
        dates found, 92.6% at an annotated date, 84.2% of types, 97.3% of statuses, 32/40 publication dates,
        81.8% same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (e74b2e6; its misses read): 88.7%, 92.7%, 84.2%, 96.9%, 33/40, 81.6%, 99.7%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.88,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.83,
            "statuses_right": 0.96,
            "published_right": 0.82,
            "happenings_same": 0.81,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes107": ProbeSet(
        history="""
        A hundred-and-seventh probe set, written blind (2026-12-07, at the start of the fortieth loader round):
        40 articles (260 to 430 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the Senate: the April 2024 Senate
        polls and the chairman's election, the delayed Khyber Pakhtunkhwa Senate seats of 2025, Senate
        by-elections and the upper house's sittings on bills, from wires, dailies and Urdu papers; 10 print no
        publication date. Gold: tests/data/probes107_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (1268625), 78.4% of
        dates found, 96.3% at an annotated date, 75.0% of types, 99.0% of statuses, 28/40 publication dates,
        75.1% same-happening pairs, 99.4% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (ff141fd; its misses read): 83.5%, 98.0%, 77.5%, 99.1%, 30/40, 74.3%, 99.4%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.76,
            "statuses_right": 0.98,
            "published_right": 0.74,
            "happenings_same": 0.73,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes108": ProbeSet(
        history="""
        A hundred-and-eighth probe set, written blind (2026-12-07, at the start of the fortieth loader round):
        40 articles (256 to 412 words; 13 in Urdu; 5 HTML pages, 2 Markdown): provincial and regional politics
        in Sindh, Punjab, Azad Kashmir and Gilgit-Baltistan: assemblies, chief ministers, the AJK protests and
        talks, the GB assembly and its elections, the Sindh canals dispute, with datelines from provincial
        capitals; 10 print no publication date. Gold: tests/data/probes108_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (1268625), 73.1% of
        dates found, 90.4% at an annotated date, 75.7% of types, 99.5% of statuses, 30/40 publication dates,
        69.6% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (ff141fd; its misses read): 79.8%, 92.6%, 78.2%, 99.5%, 33/40, 68.1%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.79,
            "text_dated_at_annotated": 0.92,
            "types_right": 0.77,
            "statuses_right": 0.99,
            "published_right": 0.82,
            "happenings_same": 0.67,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes109": ProbeSet(
        history="""
        A hundred-and-ninth probe set, written blind (2026-12-07, at the start of the fortieth loader round): 40
        articles (278 to 438 words; 14 in Urdu; 5 HTML pages, 2 Markdown): foreign wires and international
        outlets on Imran Khan's cases and imprisonment: appeals, bail hearings, Adiala visits, UN experts'
        opinions, US congressional letters and his family's statements, written for readers abroad; 10 print no
        publication date. Gold: tests/data/probes109_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (1268625), 84.0% of
        dates found, 95.9% at an annotated date, 88.6% of types, 97.7% of statuses, 30/40 publication dates,
        89.7% same-happening pairs, 99.5% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (ff141fd; its misses read): 84.0%, 95.9%, 88.6%, 97.7%, 30/40, 89.7%, 99.5%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.88,
            "statuses_right": 0.97,
            "published_right": 0.74,
            "happenings_same": 0.89,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes110": ProbeSet(
        history="""
        A hundred-and-tenth probe set, written blind (2026-12-07, at the start of the fortieth loader round): 40
        articles (277 to 421 words; 14 in Urdu; 5 HTML pages, 2 Markdown): press freedom, internet and media:
        the X ban, internet slowdowns, the PECA amendments, journalists arrested, abducted or killed, PEMRA
        orders, from rights groups, press clubs and newspapers; 10 print no publication date. Gold:
        tests/data/probes110_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (1268625), 81.2% of
        dates found, 91.9% at an annotated date, 76.8% of types, 98.3% of statuses, 32/40 publication dates,
        74.3% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (ff141fd; its misses read): 82.6%, 92.0%, 76.7%, 98.3%, 33/40, 74.3%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.82,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.76,
            "statuses_right": 0.97,
            "published_right": 0.82,
            "happenings_same": 0.73,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes111": ProbeSet(
        history="""
        A hundred-and-eleventh probe set, written blind (2026-12-07, at the start of the fortieth loader round):
        40 articles (226 to 423 words; 13 in Urdu; 5 HTML pages, 2 Markdown): PTI's internal politics and
        by-elections: party elections, leadership changes, rifts, show-cause notices, the 2024 and 2025
        by-elections, in short news items, TV ticker items and Urdu reports; 10 print no publication date. Gold:
        tests/data/probes111_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (1268625), 87.6% of
        dates found, 96.9% at an annotated date, 73.0% of types, 98.1% of statuses, 31/40 publication dates,
        88.4% same-happening pairs, 99.6% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (ff141fd; its misses read): 93.8%, 97.0%, 74.8%, 98.2%, 35/40, 87.7%, 99.7%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.93,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.74,
            "statuses_right": 0.97,
            "published_right": 0.87,
            "happenings_same": 0.87,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes112": ProbeSet(
        history="""
        A hundred-and-twelfth probe set, written blind (2026-12-07, at the start of the forty-first loader
        round): 40 articles (297 to 420 words; 13 in Urdu; 5 HTML pages, 2 Markdown): military courts and the
        May 9 trials: the Supreme Court's rulings on trying civilians, the sentences the army announced, pardons
        and appeals, Faiz Hameed's court martial, in news reports, court reporters' running accounts and Urdu
        reports; 10 print no publication date. Gold: tests/data/probes112_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3c5d54f), 85.0% of
        dates found, 94.1% at an annotated date, 89.6% of types, 99.1% of statuses, 31/40 publication dates,
        77.3% same-happening pairs, 99.5% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (0fd520c; its misses read): 90.4%, 94.0%, 90.6%, 99.1%, 34/40, 78.3%, 99.6%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.90,
            "statuses_right": 0.98,
            "published_right": 0.84,
            "happenings_same": 0.77,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes113": ProbeSet(
        history="""
        A hundred-and-thirteenth probe set, written blind (2026-12-07, at the start of the forty-first loader
        round): 40 articles (279 to 425 words; 14 in Urdu; 5 HTML pages, 2 Markdown): Balochistan: the Baloch
        Yakjehti Committee, Mahrang Baloch's arrest and sit-ins, enforced disappearances, attacks and
        operations, the provincial government, in wire reports, regional outlets and Urdu reports; 10 print no
        publication date. Gold: tests/data/probes113_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3c5d54f), 84.1% of
        dates found, 95.9% at an annotated date, 78.4% of types, 97.3% of statuses, 30/40 publication dates,
        81.2% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (0fd520c; its misses read): 89.5%, 96.1%, 80.2%, 97.5%, 32/40, 80.4%, 99.9%;
        the floors sit just under.  Forty-sixth round: an Al Jazeera page's "the hijacking of the Jaffar Express on
        March 11 this year, which it said killed 31" is now typed other (an attack whose sentence names a foreign
        government only as who cited it), as its annotator typed it, but no longer joins the other reports of the
        hijacking (seven pairs; a limit of the merge left for a later round): same-happening pairs 80.4% -> 76.8%
        (floor 0.76), types 83.2% -> 84.3%.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.79,
            "statuses_right": 0.96,
            "published_right": 0.79,
            "happenings_same": 0.76,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes114": ProbeSet(
        history="""
        A hundred-and-fourteenth probe set, written blind (2026-12-07, at the start of the forty-first loader
        round): 40 articles (286 to 426 words; 13 in Urdu; 5 HTML pages, 2 Markdown): the 26th and 27th
        amendments and the judiciary: constitutional benches, the Judicial Commission, the Federal
        Constitutional Court, the judges' letter and transfers, chief justices' appointments, in news analysis,
        explainers and Urdu reports; 10 print no publication date. Gold: tests/data/probes114_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3c5d54f), 83.3% of
        dates found, 97.0% at an annotated date, 82.4% of types, 99.0% of statuses, 32/40 publication dates,
        65.5% same-happening pairs, 99.1% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (0fd520c; its misses read): 85.0%, 97.0%, 83.3%, 99.0%, 32/40, 64.6%, 99.1%;
        the floors sit just under.

        In the forty-second round a year before a happening's name became a date ('the 2006 Charter of Democracy', '2006
        کے میثاق جمہوریت'): the charter is now dated in several pages, typed by each sentence (legal beside a court,
        other elsewhere), and some of the pairs the annotators keyed as one stay apart (0.635; the floor came down from
        0.64 to 0.63).
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.82,
            "statuses_right": 0.98,
            "published_right": 0.79,
            "happenings_same": 0.63,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes115": ProbeSet(
        history="""
        A hundred-and-fifteenth probe set, written blind (2026-12-07, at the start of the forty-first loader
        round): 40 articles (254 to 398 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the economy and the IMF
        after the election: the programme and its reviews, budgets, the finance minister, inflation figures,
        power tariffs and traders' strikes, in business pages, wire reports and Urdu reports; 10 print no
        publication date. Gold: tests/data/probes115_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3c5d54f), 72.4% of
        dates found, 92.1% at an annotated date, 79.9% of types, 98.9% of statuses, 29/40 publication dates,
        42.9% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (0fd520c; its misses read): 72.4%, 92.1%, 79.9%, 98.9%, 29/40, 42.9%, 99.8%;
        the floors sit just under.  Forty-seventh round: the State Bank's rate decisions are now typed other (its
        annotators type them so: 115 of 117 rate decisions in the gold sets), types 80.4% -> 81.0%, but reports of the same
        decision typed otherwise before no longer join them (five pairs; the merge keeps apart what its types
        part): same-happening pairs 42.9% -> 39.6% (floor 0.39).
""",
        floors={
            "dates_found": 0.71,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.79,
            "statuses_right": 0.98,
            "published_right": 0.72,
            "happenings_same": 0.39,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes116": ProbeSet(
        history="""
        A hundred-and-sixteenth probe set, written blind (2026-12-07, at the start of the forty-first loader
        round): 40 articles (270 to 398 words; 14 in Urdu; 5 HTML pages, 2 Markdown): local government elections
        and by-polls: Islamabad, Punjab, Sindh, Balochistan and Khyber Pakhtunkhwa local bodies, delimitation,
        the Election Commission's schedules and court orders on holding them, in short news items, explainers
        and Urdu reports; 10 print no publication date. Gold: tests/data/probes116_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (3c5d54f), 79.5% of
        dates found, 90.9% at an annotated date, 72.8% of types, 93.7% of statuses, 30/40 publication dates,
        79.2% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (0fd520c; its misses read): 79.9%, 92.2%, 79.2%, 93.7%, 30/40, 79.9%, 99.9%;
        the floors sit just under.  Forty-seventh round: a BBC Urdu page's two polling dates of 2024 ("29 ستمبر",
        "9 اکتوبر", next to "شیڈول", which no longer reads as a future marker as a noun) are now found, dates found
        79.9% -> 80.7%, but typed other they do not join the other reports of those polling days (eight pairs):
        same-happening pairs 79.9% -> 76.6% (floor 0.76).
""",
        floors={
            "dates_found": 0.79,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.78,
            "statuses_right": 0.93,
            "published_right": 0.74,
            "happenings_same": 0.76,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes117": ProbeSet(
        history="""
        A hundred-and-seventeenth probe set, written blind (2026-12-07, at the start of the forty-second loader
        round): 40 articles (296 to 427 words; 13 in Urdu; 5 HTML pages, 2 Markdown): Khyber Pakhtunkhwa's
        security and politics: military operations, the Tirah and Bajaur displacements, the province's changes
        of chief minister, jirgas, the governor and the provincial assembly, in wire copy, Pakistani papers and
        Urdu reports; 10 print no publication date. Gold: tests/data/probes117_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (745bc51), 82.6% of
        dates found, 94.7% at an annotated date, 73.4% of types, 98.0% of statuses, 30/40 publication dates,
        67.0% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (aaa09d7; its misses read): 83.4%, 95.3%, 76.1%, 98.0%, 30/40, 68.8%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.82,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.75,
            "statuses_right": 0.97,
            "published_right": 0.74,
            "happenings_same": 0.68,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes118": ProbeSet(
        history="""
        A hundred-and-eighteenth probe set, written blind (2026-12-07, at the start of the forty-second loader
        round): 40 articles (314 to 408 words; 14 in Urdu; 5 HTML pages, 2 Markdown): Pakistan's foreign
        relations after the election: the United States, China and CPEC, Afghanistan and the Taliban, India and
        the May 2025 conflict, Saudi Arabia, Iran, as foreign papers, wires and Pakistani outlets reported them,
        with many foreign datelines; 10 print no publication date. Gold: tests/data/probes118_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (745bc51), 83.5% of
        dates found, 94.2% at an annotated date, 84.2% of types, 99.5% of statuses, 31/40 publication dates,
        68.9% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (aaa09d7; its misses read): 84.3%, 94.8%, 86.3%, 99.5%, 31/40, 69.3%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.85,
            "statuses_right": 0.99,
            "published_right": 0.77,
            "happenings_same": 0.68,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes119": ProbeSet(
        history="""
        A hundred-and-nineteenth probe set, written blind (2026-12-07, at the start of the forty-second loader
        round): 40 articles (306 to 436 words; 13 in Urdu; 5 HTML pages, 2 Markdown): election tribunals, ECP
        cases and recounts: petitions over constituency results, tribunal appointments, Form 45 disputes, the
        Election Commission's hearings and decisions, Supreme Court appeals, in court reports, short items and
        Urdu reports; 10 print no publication date. Gold: tests/data/probes119_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (745bc51), 84.3% of
        dates found, 97.2% at an annotated date, 88.8% of types, 97.2% of statuses, 33/40 publication dates,
        95.8% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (aaa09d7; its misses read): 85.0%, 98.1%, 88.9%, 97.2%, 33/40, 95.8%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.88,
            "statuses_right": 0.96,
            "published_right": 0.82,
            "happenings_same": 0.95,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes120": ProbeSet(
        history="""
        A hundred-and-twentieth probe set, written blind (2026-12-07, at the start of the forty-second loader
        round): 40 articles (260 to 433 words; 14 in Urdu; 5 HTML pages, 2 Markdown): broadcast talk shows and
        their write-ups, opinion polls and surveys (Gallup Pakistan, Ipsos, PILDAT and FAFEN reports on the
        election and the parliament) and parliamentary committees; 10 print no publication date. Gold:
        tests/data/probes120_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (745bc51), 89.7% of
        dates found, 96.3% at an annotated date, 79.5% of types, 98.3% of statuses, 32/40 publication dates,
        89.8% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (aaa09d7; its misses read): 90.0%, 96.3%, 80.4%, 98.3%, 32/40, 89.5%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.89,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.79,
            "statuses_right": 0.97,
            "published_right": 0.79,
            "happenings_same": 0.89,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes121": ProbeSet(
        history="""
        A hundred-and-twenty-first probe set, written blind (2026-12-07, at the start of the forty-second loader
        round): 40 articles (250 to 433 words; 14 in Urdu; 5 HTML pages, 2 Markdown): Karachi and Sindh
        politics: the MQM-P, the PPP's Sindh government, the Jamaat-e-Islami's protests over electricity and the
        Karachi mayor, the Sindh Assembly, the canal protests of 2025, in local news, Urdu papers and tickers;
        10 print no publication date. Gold: tests/data/probes121_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (745bc51), 85.0% of
        dates found, 98.2% at an annotated date, 77.8% of types, 97.7% of statuses, 32/40 publication dates,
        78.4% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (aaa09d7; its misses read): 86.0%, 98.3%, 79.2%, 97.8%, 32/40, 78.0%, 100.0%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.97,
            "types_right": 0.78,
            "statuses_right": 0.97,
            "published_right": 0.79,
            "happenings_same": 0.77,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes122": ProbeSet(
        history="""
        A hundred-and-twenty-second probe set, written blind (2026-12-07, at the start of the forty-third loader
        round): 40 articles (277 to 432 words; 14 in Urdu; 5 HTML pages, 2 Markdown): Punjab politics and Maryam
        Nawaz's provincial government: the Punjab Assembly, its budgets and speaker, PTI lawmakers' suspensions,
        by-elections in Punjab, the Lahore and Rawalpindi administrations, in Lahore papers, Urdu dailies, wire
        copy and tickers; 10 print no publication date. Gold: tests/data/probes122_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (6376937), 75.3% of
        dates found, 96.9% at an annotated date, 82.7% of types, 95.2% of statuses, 29/40 publication dates,
        86.4% same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (fec8ded; its misses read): 75.3%, 96.9%, 85.7%, 95.8%, 29/40, 86.4%, 99.7%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.74,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.85,
            "statuses_right": 0.95,
            "published_right": 0.72,
            "happenings_same": 0.85,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes123": ProbeSet(
        history="""
        A hundred-and-twenty-third probe set, written blind (2026-12-07, at the start of the forty-third loader
        round): 40 articles (240 to 408 words; 14 in Urdu; 5 HTML pages, 2 Markdown): PTI's street power in 2024
        and 2025: the 24 November 2024 final call on Islamabad, the D-Chowk crackdown, the black day of 8
        February 2025, rallies at Sangjani and Swabi, permissions refused and granted, arrests and releases, in
        Urdu columns, English dailies and live blogs; 10 print no publication date. Gold:
        tests/data/probes123_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (6376937), 86.7% of
        dates found, 95.5% at an annotated date, 86.6% of types, 97.1% of statuses, 33/40 publication dates,
        92.5% same-happening pairs, 99.4% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (fec8ded; its misses read): 86.7%, 95.5%, 87.6%, 97.1%, 33/40, 91.3%, 99.4%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.87,
            "statuses_right": 0.96,
            "published_right": 0.82,
            "happenings_same": 0.90,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes124": ProbeSet(
        history="""
        A hundred-and-twenty-fourth probe set, written blind (2026-12-07, at the start of the forty-third loader
        round): 40 articles (271 to 393 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the Senate and the
        National Assembly at work: the Senate elections of April 2024, the Senate chairman's election, bills
        passed and bounced, standing committees, budget sessions, the opposition leader's appointment, in
        parliamentary reporting, wire copy and Urdu papers; 10 print no publication date. Gold:
        tests/data/probes124_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (6376937), 85.7% of
        dates found, 91.0% at an annotated date, 76.0% of types, 95.6% of statuses, 30/40 publication dates,
        80.0% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (fec8ded; its misses read): 85.7%, 91.0%, 76.5%, 95.6%, 30/40, 80.6%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.75,
            "statuses_right": 0.95,
            "published_right": 0.74,
            "happenings_same": 0.80,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes125": ProbeSet(
        history="""
        A hundred-and-twenty-fifth probe set, written blind (2026-12-07, at the start of the forty-third loader
        round): 40 articles (321 to 442 words; 14 in Urdu; 5 HTML pages, 2 Markdown): rights and media: enforced
        disappearances, the PECA amendments of 2025, journalists' arrests and protests, the blocking of X from
        February 2024, internet shutdowns on polling day and after, in rights groups' statements, English
        dailies, Urdu papers and international outlets; 10 print no publication date. Gold:
        tests/data/probes125_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (6376937), 81.1% of
        dates found, 96.1% at an annotated date, 83.5% of types, 97.6% of statuses, 29/40 publication dates,
        41.9% same-happening pairs, 99.4% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (fec8ded; its misses read): 81.1%, 96.1%, 85.4%, 97.6%, 29/40, 43.4%, 99.4%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.80,
            "text_dated_at_annotated": 0.95,
            "types_right": 0.84,
            "statuses_right": 0.97,
            "published_right": 0.72,
            "happenings_same": 0.42,
            "happenings_apart": 0.98,
        },
        events_per_article=(5, 8),
    ),
    "probes126": ProbeSet(
        history="""
        A hundred-and-twenty-sixth probe set, written blind (2026-12-07, at the start of the forty-third loader
        round): 40 articles (208 to 387 words; 14 in Urdu; 5 HTML pages, 2 Markdown): religious and smaller
        parties after the election: the JUI-F and Maulana Fazlur Rehman's protest movement, the
        Jamaat-e-Islami's sit-ins and Hafiz Naeem, the TLP, the GDA, the Sunni Ittehad Council as PTI's home,
        the Balochistan National Party, in Urdu dailies, English papers, tickers and press releases; 10 print no
        publication date. Gold: tests/data/probes126_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (6376937), 83.5% of
        dates found, 93.6% at an annotated date, 78.2% of types, 99.0% of statuses, 33/40 publication dates,
        90.7% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (fec8ded; its misses read): 83.9%, 93.7%, 79.3%, 99.0%, 33/40, 90.7%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.83,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.78,
            "statuses_right": 0.98,
            "published_right": 0.82,
            "happenings_same": 0.90,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes127": ProbeSet(
        history="""
        A hundred-and-twenty-seventh probe set, written blind (2026-12-07, at the start of the forty-fourth
        loader round): 40 articles (253 to 445 words; 13 in Urdu; 5 HTML pages, 2 Markdown): Gilgit-Baltistan
        and Azad Jammu and Kashmir during and after the election: AJK's changes of government and no-confidence
        motions, the Joint Awami Action Committee's protests over power and flour prices, GB's assembly,
        caretakers and polling dates, in regional English and Urdu dailies, wire copy and tickers; 10 print no
        publication date. Gold: tests/data/probes127_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (704c7e8), 81.9% of
        dates found, 92.5% at an annotated date, 66.5% of types, 97.4% of statuses, 31/40 publication dates,
        46.2% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (3aedbe5; its misses read): 81.9%, 92.5%, 66.5%, 97.4%, 31/40, 46.2%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.81,
            "text_dated_at_annotated": 0.91,
            "types_right": 0.65,
            "statuses_right": 0.96,
            "published_right": 0.77,
            "happenings_same": 0.45,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes128": ProbeSet(
        history="""
        A hundred-and-twenty-eighth probe set, written blind (2026-12-07, at the start of the forty-fourth
        loader round): 40 articles (304 to 419 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the economy as
        politics in 2024 and 2025: the IMF programme's talks and board approvals, budget sessions and finance
        bills, electricity tariffs and the traders' strikes against them, the finance minister's news
        conferences, the opposition's walkouts over taxes, in business pages, English and Urdu dailies, wire
        copy and press releases; 10 print no publication date. Gold: tests/data/probes128_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (704c7e8), 76.4% of
        dates found, 90.0% at an annotated date, 81.4% of types, 95.7% of statuses, 30/40 publication dates,
        69.8% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (3aedbe5; its misses read): 76.4%, 90.0%, 81.9%, 95.7%, 30/40, 70.4%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.75,
            "text_dated_at_annotated": 0.89,
            "types_right": 0.81,
            "statuses_right": 0.95,
            "published_right": 0.74,
            "happenings_same": 0.69,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes129": ProbeSet(
        history="""
        A hundred-and-twenty-ninth probe set, written blind (2026-12-07, at the start of the forty-fourth loader
        round): 40 articles (281 to 421 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the courts and the
        constitution in 2024 and 2025: the 26th and 27th amendments, the constitutional benches, the Federal
        Constitutional Court, the judges' letters, the reserved-seats review, the practice and procedure law,
        judges' resignations, in legal reporting, English and Urdu dailies, court live blogs and wire copy; 10
        print no publication date. Gold: tests/data/probes129_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (704c7e8), 88.4% of
        dates found, 96.7% at an annotated date, 88.7% of types, 99.5% of statuses, 33/40 publication dates,
        82.7% same-happening pairs, 99.3% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (3aedbe5; its misses read): 88.4%, 96.7%, 90.1%, 99.5%, 33/40, 82.4%, 99.3%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.87,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.89,
            "statuses_right": 0.99,
            "published_right": 0.82,
            "happenings_same": 0.81,
            "happenings_apart": 0.98,
        },
        events_per_article=(5, 8),
    ),
    "probes130": ProbeSet(
        history="""
        A hundred-and-thirtieth probe set, written blind (2026-12-07, at the start of the forty-fourth loader
        round): 40 articles (275 to 422 words; 13 in Urdu; 5 HTML pages, 2 Markdown): PTI's internal politics
        and Imran Khan's imprisonment: Adiala jail hearings and meetings, the party's intra-party polls, changes
        of chairman and secretary general, the sisters' statements, the Toshakhana, cipher and £190 million
        cases, talks with the government, expulsions, in English and Urdu dailies, tickers, party press releases
        and columns; 10 print no publication date. Gold: tests/data/probes130_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (704c7e8), 86.3% of
        dates found, 96.3% at an annotated date, 78.4% of types, 95.6% of statuses, 32/40 publication dates,
        73.8% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (3aedbe5; its misses read): 86.3%, 97.2%, 78.9%, 96.5%, 32/40, 73.8%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.85,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.78,
            "statuses_right": 0.95,
            "published_right": 0.79,
            "happenings_same": 0.73,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes131": ProbeSet(
        history="""
        A hundred-and-thirty-first probe set, written blind (2026-12-07, at the start of the forty-fourth loader
        round): 40 articles (305 to 415 words; 13 in Urdu; 5 HTML pages, 2 Markdown): the caretaker period and
        the run-up to the vote in January and early February 2024: nomination papers, the bat-symbol case, the
        commission's schedule and polling-day preparations, campaign rallies, pre-election violence, the last
        days of Kakar's caretaker cabinet, and the first days after polling, in English and Urdu dailies, wire
        copy, tickers and foreign papers; 10 print no publication date. Gold: tests/data/probes131_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (704c7e8), 84.4% of
        dates found, 91.8% at an annotated date, 80.5% of types, 99.5% of statuses, 32/40 publication dates,
        89.6% same-happening pairs, 99.7% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (3aedbe5; its misses read): 85.1%, 94.0%, 82.5%, 100.0%, 33/40, 89.0%, 99.7%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.84,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.82,
            "statuses_right": 0.99,
            "published_right": 0.82,
            "happenings_same": 0.88,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes132": ProbeSet(
        history="""
        A hundred-and-thirty-second probe set, written blind (2026-12-07, at the start of the forty-fifth loader
        round): 40 articles (278 to 395 words; 13 in Urdu; 5 HTML pages, 2 Markdown): the by-elections after the
        general election: the by-polls of 21 April 2024 and the later rounds of 2025, disputed results, turnout,
        violence at polling stations and the commission's notices, in English and Urdu dailies, wire copy,
        tickers and regional papers; 10 print no publication date. Gold: tests/data/probes132_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3053), 76.7% of
        dates found, 95.1% at an annotated date, 80.8% of types, 96.0% of statuses, 29/40 publication dates,
        86.3% same-happening pairs, 99.4% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (8b5bc91; its misses read): 76.7%, 95.1%, 83.8%, 96.0%, 29/40, 86.3%, 99.4%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.76,
            "text_dated_at_annotated": 0.94,
            "types_right": 0.83,
            "statuses_right": 0.95,
            "published_right": 0.72,
            "happenings_same": 0.85,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes133": ProbeSet(
        history="""
        A hundred-and-thirty-third probe set, written blind (2026-12-07, at the start of the forty-fifth loader
        round): 40 articles (281 to 444 words; 13 in Urdu; 5 HTML pages, 2 Markdown): Khyber Pakhtunkhwa's
        government and politics in 2024 and 2025: Ali Amin Gandapur's cabinet and marches on Islamabad, the
        change of chief minister to Sohail Afridi, security operations and jirgas, the province's quarrels with
        the centre, in English and Urdu dailies, regional papers, wire copy and tickers; 10 print no publication
        date. Gold: tests/data/probes133_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3053), 80.0% of
        dates found, 97.5% at an annotated date, 76.1% of types, 97.3% of statuses, 30/40 publication dates,
        76.5% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (8b5bc91; its misses read): 80.0%, 97.5%, 77.2%, 97.3%, 30/40, 76.5%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.79,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.76,
            "statuses_right": 0.96,
            "published_right": 0.74,
            "happenings_same": 0.76,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes134": ProbeSet(
        history="""
        A hundred-and-thirty-fourth probe set, written blind (2026-12-07, at the start of the forty-fifth loader
        round): 40 articles (263 to 442 words; 13 in Urdu; 5 HTML pages, 2 Markdown): foreign analysis and
        explainers of the post-election politics in 2024 and 2025: long pieces looking back over months,
        timelines inside analysis, comparisons with earlier elections, briefings, from international papers,
        magazines, wire features and newsletters; 10 print no publication date. Gold:
        tests/data/probes134_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3053), 86.6% of
        dates found, 90.9% at an annotated date, 88.8% of types, 98.5% of statuses, 30/40 publication dates,
        84.4% same-happening pairs, 99.8% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (8b5bc91; its misses read): 87.0%, 91.2%, 88.8%, 98.5%, 31/40, 84.4%, 99.8%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.86,
            "text_dated_at_annotated": 0.90,
            "types_right": 0.88,
            "statuses_right": 0.97,
            "published_right": 0.77,
            "happenings_same": 0.83,
            "happenings_apart": 0.99,
        },
        events_per_article=(6, 8),
    ),
    "probes135": ProbeSet(
        history="""
        A hundred-and-thirty-fifth probe set, written blind (2026-12-07, at the start of the forty-fifth loader
        round): 40 articles (242 to 390 words; 13 in Urdu; 5 HTML pages, 2 Markdown): the Senate in 2024 and
        2025: the Senate elections of April 2024, technocrat and women's seats, the chairman's election, Khyber
        Pakhtunkhwa's delayed Senate polls, sessions passing bills and resolutions, in English and Urdu dailies,
        wire copy, parliamentary reporters' notes and tickers; 10 print no publication date. Gold:
        tests/data/probes135_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3053), 89.4% of
        dates found, 99.0% at an annotated date, 79.1% of types, 97.3% of statuses, 34/40 publication dates,
        61.9% same-happening pairs, 99.6% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (8b5bc91; its misses read): 89.4%, 99.0%, 80.5%, 97.3%, 34/40, 61.9%, 99.6%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.88,
            "text_dated_at_annotated": 0.98,
            "types_right": 0.79,
            "statuses_right": 0.96,
            "published_right": 0.84,
            "happenings_same": 0.61,
            "happenings_apart": 0.99,
        },
        events_per_article=(5, 8),
    ),
    "probes136": ProbeSet(
        history="""
        A hundred-and-thirty-sixth probe set, written blind (2026-12-07, at the start of the forty-fifth loader
        round): 40 articles (233 to 397 words; 14 in Urdu; 5 HTML pages, 2 Markdown): Karachi and Sindh after
        the election: the MQM-P and PPP rivalry, the Sindh cabinet, Karachi's mayor and local government, Sindh
        Assembly sessions, the protests over water and canals in 2025, in English and Urdu dailies, regional
        papers, wire copy and tickers; 10 print no publication date. Gold: tests/data/probes136_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (70b3053), 76.0% of
        dates found, 97.0% at an annotated date, 77.8% of types, 100.0% of statuses, 28/40 publication dates,
        62.1% same-happening pairs, 99.9% apart (misses were then read the same hour, so no later score is
        blind). At the round's end (8b5bc91; its misses read): 76.0%, 97.0%, 78.9%, 100.0%, 28/40, 62.1%, 99.9%;
        the floors sit just under.
""",
        floors={
            "dates_found": 0.75,
            "text_dated_at_annotated": 0.96,
            "types_right": 0.78,
            "statuses_right": 0.99,
            "published_right": 0.69,
            "happenings_same": 0.61,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes137": ProbeSet(
        history="""
        A hundred-and-thirty-seventh probe set, written blind (2026-12-07, at the start of the
        forty-sixth loader round): 40 articles (299 to 371 words; 14 in Urdu; 5 HTML pages, 2 Markdown):
        Balochistan's politics in 2024 to 2026: the Bugti government, the BNP-M's resignation, march and
        sit-ins, the Baloch Yakjehti Committee and Mahrang Baloch's arrest and trial, the Jaffar Express
        hijacking and other attacks and their fallout, the assembly's sessions and budgets,
        by-elections; 11 print no publication date. Gold: tests/data/probes137_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (63f43b6),
        77.2% of dates found, 84.8% at an annotated date, 84.7% of types, 99.5% of statuses, 27/40
        publication dates, 45.3% same-happening pairs, 99.8% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (3b417d6; its misses read): 78.7%, 87.0%, 86.5%,
        99.5%, 28/40, 47.7%, 99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.78,
            "text_dated_at_annotated": 0.86,
            "types_right": 0.85,
            "statuses_right": 0.99,
            "published_right": 0.69,
            "happenings_same": 0.47,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes138": ProbeSet(
        history="""
        A hundred-and-thirty-eighth probe set, written blind (2026-12-07, at the start of the
        forty-sixth loader round): 40 articles (319 to 402 words; 14 in Urdu; 5 HTML pages, 2 Markdown):
        the India-Pakistan crisis of April and May 2025 and the politics around it: the Pahalgam attack,
        the National Security Committee, parliament's resolutions, the strikes of early May and the
        ceasefire of 10 May, the army chief's promotion, the delegations abroad, the Indus Waters
        Treaty; 10 print no publication date. Gold: tests/data/probes138_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (63f43b6),
        80.1% of dates found, 85.8% at an annotated date, 60.4% of types, 97.8% of statuses, 32/40
        publication dates, 51.3% same-happening pairs, 99.4% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (3b417d6; its misses read): 80.5%, 86.2%, 65.8%,
        97.8%, 32/40, 59.8%, 99.4%; the floors sit just under.
""",
        floors={
            "dates_found": 0.79,
            "text_dated_at_annotated": 0.85,
            "types_right": 0.65,
            "statuses_right": 0.97,
            "published_right": 0.79,
            "happenings_same": 0.59,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes139": ProbeSet(
        history="""
        A hundred-and-thirty-ninth probe set, written blind (2026-12-07, at the start of the forty-sixth
        loader round): 40 articles (277 to 418 words; 14 in Urdu; 5 HTML pages, 2 Markdown): PTI's
        protest movement and cases in 2025: the talks with the government, the 5 August protests, the
        May 9 verdicts and disqualifications, the change of Khyber Pakhtunkhwa's chief minister, Imran
        Khan's family at Adiala; 10 print no publication date. Gold: tests/data/probes139_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (63f43b6),
        79.8% of dates found, 84.4% at an annotated date, 80.5% of types, 95.7% of statuses, 30/40
        publication dates, 80.7% same-happening pairs, 99.8% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (3b417d6; its misses read): 79.8%, 84.4%, 80.5%,
        95.7%, 30/40, 81.2%, 99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.79,
            "text_dated_at_annotated": 0.83,
            "types_right": 0.79,
            "statuses_right": 0.95,
            "published_right": 0.74,
            "happenings_same": 0.80,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes140": ProbeSet(
        history="""
        A hundred-and-fortieth probe set, written blind (2026-12-07, at the start of the forty-sixth
        loader round): 40 articles (302 to 469 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the media,
        the internet and free speech: X's suspension, mobile shutdowns, the PECA amendments and
        journalists' protests, arrests of journalists, court petitions, firewall and VPN rules; 10 print
        no publication date. Gold: tests/data/probes140_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (63f43b6),
        75.1% of dates found, 87.8% at an annotated date, 80.0% of types, 98.6% of statuses, 29/40
        publication dates, 54.8% same-happening pairs, 99.4% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (3b417d6; its misses read): 75.4%, 88.2%, 80.1%,
        98.6%, 29/40, 55.1%, 99.4%; the floors sit just under.
""",
        floors={
            "dates_found": 0.74,
            "text_dated_at_annotated": 0.87,
            "types_right": 0.79,
            "statuses_right": 0.98,
            "published_right": 0.72,
            "happenings_same": 0.54,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes141": ProbeSet(
        history="""
        A hundred-and-forty-first probe set, written blind (2026-12-07, at the start of the forty-sixth
        loader round): 40 articles (318 to 402 words; 14 in Urdu; 5 HTML pages, 2 Markdown): reserved
        seats and election disputes: the SIC's reserved seats case from the commission to the review
        judgment, the election act amendments, election tribunals, recounts and Form 45 petitions; 11
        print no publication date. Gold: tests/data/probes141_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (63f43b6),
        80.9% of dates found, 86.6% at an annotated date, 85.3% of types, 99.1% of statuses, 28/40
        publication dates, 90.9% same-happening pairs, 99.8% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (3b417d6; its misses read): 80.9%, 86.6%, 85.3%,
        99.1%, 28/40, 90.9%, 99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.80,
            "text_dated_at_annotated": 0.86,
            "types_right": 0.84,
            "statuses_right": 0.98,
            "published_right": 0.69,
            "happenings_same": 0.90,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes142": ProbeSet(
        history="""
        A hundred-and-forty-second probe set, written blind (2026-12-07, at the start of the
        forty-seventh loader round): 40 articles (276 to 425 words; 14 in Urdu; 5 HTML pages, 2
        Markdown): Gilgit-Baltistan and Azad Kashmir politics in 2025 and 2026: the end of the
        Gilgit-Baltistan assembly's term and its caretaker set-up, the election there and its schedule,
        the Joint Awami Action Committee's strikes and talks, the change of Azad Kashmir's prime
        minister, protests over wheat and power prices; 10 print no publication date. Gold:
        tests/data/probes142_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (45c2697),
        74.9% of dates found, 84.0% at an annotated date, 73.1% of types, 97.8% of statuses, 30/40
        publication dates, 54.0% same-happening pairs, 99.8% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (ee0915d; its misses read): 76.5%, 85.8%, 72.0%,
        97.8%, 30/40, 52.8%, 99.8%; the floors sit just under.
""",
        floors={
            "dates_found": 0.76,
            "text_dated_at_annotated": 0.85,
            "types_right": 0.71,
            "statuses_right": 0.97,
            "published_right": 0.74,
            "happenings_same": 0.52,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes143": ProbeSet(
        history="""
        A hundred-and-forty-third probe set, written blind (2026-12-07, at the start of the
        forty-seventh loader round): 40 articles (300 to 392 words; 14 in Urdu; 5 HTML pages, 2
        Markdown): the 26th and 27th constitutional amendments and the courts: the constitutional
        benches, the Federal Constitutional Court, the judges' transfers and resignations, the Judicial
        Commission, the army chief's new office, the votes in both houses, walkouts and lawyers'
        protests; 10 print no publication date. Gold: tests/data/probes143_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (45c2697),
        74.8% of dates found, 91.7% at an annotated date, 78.8% of types, 97.9% of statuses, 29/40
        publication dates, 60.4% same-happening pairs, 99.4% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (ee0915d; its misses read): 76.4%, 94.1%, 82.2%,
        98.0%, 29/40, 60.4%, 99.5%; the floors sit just under.
""",
        floors={
            "dates_found": 0.75,
            "text_dated_at_annotated": 0.93,
            "types_right": 0.81,
            "statuses_right": 0.97,
            "published_right": 0.72,
            "happenings_same": 0.59,
            "happenings_apart": 0.98,
        },
        events_per_article=(4, 8),
    ),
    "probes144": ProbeSet(
        history="""
        A hundred-and-forty-fourth probe set, written blind (2026-12-07, at the start of the
        forty-seventh loader round): 40 articles (304 to 403 words; 14 in Urdu; 5 HTML pages, 2
        Markdown): the economy and budget politics of 2025 and 2026: the IMF reviews, the federal and
        provincial budgets, traders' strikes, petrol and power prices, the State Bank's rate decisions,
        inflation figures, the coalition partners' objections; 10 print no publication date. Gold:
        tests/data/probes144_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (45c2697),
        69.9% of dates found, 77.6% at an annotated date, 76.8% of types, 97.4% of statuses, 28/40
        publication dates, 40.7% same-happening pairs, 99.7% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (ee0915d; its misses read): 70.2%, 77.7%, 78.5%,
        97.4%, 28/40, 39.2%, 99.7%; the floors sit just under.
""",
        floors={
            "dates_found": 0.69,
            "text_dated_at_annotated": 0.77,
            "types_right": 0.78,
            "statuses_right": 0.96,
            "published_right": 0.69,
            "happenings_same": 0.38,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes145": ProbeSet(
        history="""
        A hundred-and-forty-fifth probe set, written blind (2026-12-07, at the start of the
        forty-seventh loader round): 40 articles (295 to 409 words; 14 in Urdu; 5 HTML pages, 2
        Markdown): the opposition in 2025 and 2026: the Tehreek Tahaffuz Ayeen-e-Pakistan alliance and
        its conferences, the JUI-F, the grand dialogue offers, the opposition leaders of both houses,
        walkouts, rallies held or called off, arrests and bail; 10 print no publication date. Gold:
        tests/data/probes145_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (45c2697),
        74.5% of dates found, 81.9% at an annotated date, 67.4% of types, 100.0% of statuses, 29/40
        publication dates, 61.8% same-happening pairs, 99.9% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (ee0915d; its misses read): 74.5%, 81.9%, 67.4%,
        100.0%, 29/40, 61.8%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.74,
            "text_dated_at_annotated": 0.81,
            "types_right": 0.66,
            "statuses_right": 0.99,
            "published_right": 0.72,
            "happenings_same": 0.61,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes146": ProbeSet(
        history="""
        A hundred-and-forty-sixth probe set, written blind (2026-12-07, at the start of the
        forty-seventh loader round): 40 articles (315 to 415 words; 14 in Urdu; 5 HTML pages, 2
        Markdown): foreign coverage of Pakistan's politics in 2026: short wire items and foreign papers'
        reports (Reuters, AP, AFP, Xinhua, Anadolu, Al Jazeera, the BBC and Indian outlets) on the
        government, the courts, Imran Khan, the army, protests and elections, many with yearless
        datelines; 10 print no publication date. Gold: tests/data/probes146_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (45c2697),
        77.5% of dates found, 85.9% at an annotated date, 82.2% of types, 95.3% of statuses, 28/40
        publication dates, 72.5% same-happening pairs, 99.9% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (ee0915d; its misses read): 77.9%, 86.3%, 83.3%,
        95.3%, 28/40, 72.9%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.77,
            "text_dated_at_annotated": 0.85,
            "types_right": 0.82,
            "statuses_right": 0.94,
            "published_right": 0.69,
            "happenings_same": 0.72,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes147": ProbeSet(
        history="""
        A hundred-and-forty-seventh probe set, written blind (2026-12-08, at the start of the
        forty-eighth loader round): 40 articles (264 to 396 words; 14 in Urdu; 5 HTML pages, 2
        Markdown): Karachi and Sindh politics in 2025 and 2026: the MQM-P and the PPP, Karachi's mayor
        and local government law, Sindh Assembly sessions and budgets, by-elections in Karachi and
        Hyderabad, water and canal protests, the Jamaat-e-Islami's sit-ins, cases against Sindh
        politicians; 10 print no publication date. Gold: tests/data/probes147_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (997e638),
        73.5% of dates found, 83.7% at an annotated date, 77.5% of types, 97.0% of statuses, 29/40
        publication dates, 60.4% same-happening pairs, 99.9% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (d1e2afc; its misses read): 74.8%, 85.2%, 77.3%,
        97.1%, 29/40, 61.1%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.74,
            "text_dated_at_annotated": 0.84,
            "types_right": 0.76,
            "statuses_right": 0.96,
            "published_right": 0.72,
            "happenings_same": 0.60,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes148": ProbeSet(
        history="""
        A hundred-and-forty-eighth probe set, written blind (2026-12-08, at the start of the
        forty-eighth loader round): 40 articles (257 to 390 words; 14 in Urdu; 5 HTML pages, 2
        Markdown): Punjab's government in 2025 and 2026: Maryam Nawaz's cabinet, the Punjab Assembly's
        sessions, budgets and laws, by-elections, the PML-N's rallies and the PTI's protests, arrests
        and court cases, floods and relief; 10 print no publication date. Gold:
        tests/data/probes148_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (997e638),
        75.7% of dates found, 84.2% at an annotated date, 75.9% of types, 98.5% of statuses, 30/40
        publication dates, 64.5% same-happening pairs, 99.9% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (d1e2afc; its misses read): 76.0%, 85.0%, 76.0%,
        98.5%, 30/40, 64.5%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.75,
            "text_dated_at_annotated": 0.84,
            "types_right": 0.75,
            "statuses_right": 0.98,
            "published_right": 0.74,
            "happenings_same": 0.64,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes149": ProbeSet(
        history="""
        A hundred-and-forty-ninth probe set, written blind (2026-12-08, at the start of the forty-eighth
        loader round): 40 articles (272 to 391 words; 14 in Urdu; 5 HTML pages, 2 Markdown): Khyber
        Pakhtunkhwa in 2025 and 2026: the PTI's provincial government and its change of chief minister,
        militancy and operations in the tribal districts, jirgas, tribal protests, the assembly's
        sessions and budgets, disputes with the federation, many pages dated by weekdays only; 10 print
        no publication date. Gold: tests/data/probes149_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (997e638),
        76.5% of dates found, 85.0% at an annotated date, 73.1% of types, 98.4% of statuses, 31/40
        publication dates, 67.0% same-happening pairs, 99.9% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (d1e2afc; its misses read): 77.0%, 85.4%, 73.3%,
        98.4%, 31/40, 67.0%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.76,
            "text_dated_at_annotated": 0.84,
            "types_right": 0.72,
            "statuses_right": 0.97,
            "published_right": 0.77,
            "happenings_same": 0.66,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes150": ProbeSet(
        history="""
        A hundred-and-fiftieth probe set, written blind (2026-12-08, at the start of the forty-eighth
        loader round): 40 articles (283 to 390 words; 14 in Urdu; 5 HTML pages, 2 Markdown): opinion and
        broadcast in 2026: columns, editorials, talk-show and press-conference transcripts, podcast
        notes and newsletters looking back over the 2024 election and the politics since, chaining
        relative dates; 10 print no publication date. Gold: tests/data/probes150_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (997e638),
        75.0% of dates found, 76.5% at an annotated date, 75.1% of types, 98.6% of statuses, 29/40
        publication dates, 62.8% same-happening pairs, 99.9% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (d1e2afc; its misses read): 75.0%, 76.8%, 75.1%,
        99.1%, 29/40, 62.8%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.74,
            "text_dated_at_annotated": 0.76,
            "types_right": 0.74,
            "statuses_right": 0.98,
            "published_right": 0.72,
            "happenings_same": 0.62,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
    "probes151": ProbeSet(
        history="""
        A hundred-and-fifty-first probe set, written blind (2026-12-08, at the start of the forty-eighth
        loader round): 40 articles (286 to 396 words; 14 in Urdu; 5 HTML pages, 2 Markdown): the
        Election Commission and the Senate in 2026: schedules, delimitation, electoral rolls,
        by-elections, the members' terms and appointments, the Senate elections, the reserved seats and
        the PTI's petitions against the commission, with dates in tables and lists; 10 print no
        publication date. Gold: tests/data/probes151_events.jsonl.

        First scored once, before any miss was read: with the loader of the round's start (997e638),
        74.5% of dates found, 83.2% at an annotated date, 65.9% of types, 98.0% of statuses, 30/40
        publication dates, 60.2% same-happening pairs, 99.9% apart (misses were then read the same hour,
        so no later score is blind). At the round's end (d1e2afc; its misses read): 74.9%, 83.6%, 68.9%,
        98.1%, 30/40, 56.7%, 99.9%; the floors sit just under.
""",
        floors={
            "dates_found": 0.74,
            "text_dated_at_annotated": 0.83,
            "types_right": 0.68,
            "statuses_right": 0.97,
            "published_right": 0.74,
            "happenings_same": 0.56,
            "happenings_apart": 0.99,
        },
        events_per_article=(4, 8),
    ),
}


@pytest.fixture(scope="module")
def results(isolated_cache):
    """Each set scored once, on first use."""
    cache: dict = {}

    def result(name: str) -> dict:
        if name not in cache:
            cache[name] = score_folder(DATA / name, DATA / f"{name}_events.jsonl")
        return cache[name]
    return result


@pytest.mark.parametrize("name, bar", [(name, bar) for name, s in PROBE_SETS.items() for bar in sorted(s.floors)])
def test_probe_set_bar_holds(results, name, bar):
    assert_bar(results(name), bar, PROBE_SETS[name].floors[bar])


@pytest.mark.parametrize("name", sorted(PROBE_SETS))
def test_probe_set_gold_is_well_formed(name):
    assert_gold_well_formed(DATA / name, DATA / f"{name}_events.jsonl", PROBE_SETS[name].events_per_article)


def test_every_probe_folder_has_its_entry():
    # a set copied into tests/data without an entry would never be scored
    folders = {p.name for p in DATA.glob("probes*") if p.is_dir() and p.name[len("probes"):].isdigit()
               and int(p.name[len("probes"):]) >= 4}
    assert folders == set(PROBE_SETS)
