"""Happenings decided by actors and trigger: a report naming nobody with a trigger of its own
stays apart from another's statement, meeting or period; a week or month report joins only a
happening inside its own bounds with all of its actors or its trigger.  The election stays one
happening.  Fixtures are small synthetic rows; the expected groupings are worked out by hand."""

from test_happenings import happenings_of, report


def with_trigger(row: dict, trigger: str) -> dict:
    row["trigger"] = trigger
    return row


def together(events, a: str, b: str) -> bool:
    by_article = dict(zip(events["article"], events["happening"]))
    return by_article[a] == by_article[b]


def test_a_statement_naming_nobody_with_another_trigger_is_another_statement():
    events, _ = happenings_of([
        with_trigger(report("a.txt", "2024-02-19", "statement", ["JI"]), "declared"),
        with_trigger(report("b.txt", "2024-02-19", "statement", []), "press conference"),
    ])
    assert not together(events, "a.txt", "b.txt")


def test_a_meeting_naming_nobody_with_another_trigger_is_another_meeting():
    events, _ = happenings_of([
        with_trigger(report("a.txt", "2024-02-12", "other", ["PPP"]), "met"),
        with_trigger(report("b.txt", "2024-02-12", "other", []), "visited"),
    ])
    assert not together(events, "a.txt", "b.txt")


def test_a_report_naming_nobody_joins_the_one_with_its_trigger():
    events, _ = happenings_of([
        with_trigger(report("a.txt", "2024-02-19", "statement", ["JI"]), "press conference"),
        with_trigger(report("b.txt", "2024-02-19", "statement", ["PTI"]), "declared"),
        with_trigger(report("c.txt", "2024-02-19", "statement", []), "press conference"),
    ])
    assert together(events, "a.txt", "c.txt") and not together(events, "b.txt", "c.txt")


def test_a_day_report_naming_nobody_and_no_trigger_still_joins_that_days_happening():
    events, _ = happenings_of([
        report("a.txt", "2024-03-04", "government_formation", ["PML-N"]),
        report("b.txt", "2024-03-04", "government_formation", []),
    ])
    assert together(events, "a.txt", "b.txt")


def test_a_week_report_joins_only_a_happening_with_all_its_actors_or_its_trigger():
    events, _ = happenings_of([
        with_trigger(report("week.txt", "2024-02-12", "coalition", ["MQM-P", "PML-N"], precision="week",
                            cue="last week"), "joined the ruling alliance"),
        with_trigger(report("day.txt", "2024-02-13", "coalition", ["PML-N", "PPP"]), "met"),
    ])
    assert not together(events, "week.txt", "day.txt")
    events, _ = happenings_of([
        with_trigger(report("week.txt", "2024-02-12", "coalition", ["PML-N"], precision="week",
                            cue="last week"), "met"),
        with_trigger(report("day.txt", "2024-02-13", "coalition", ["PML-N", "PPP"]), "held talks"),
    ])
    assert together(events, "week.txt", "day.txt")


def test_a_week_report_naming_nobody_with_its_own_trigger_stays_apart():
    events, _ = happenings_of([
        with_trigger(report("week.txt", "2024-03-04", "government_formation", [], precision="week",
                            cue="this week"), "cabinet will be sworn"),
        with_trigger(report("day.txt", "2024-03-09", "government_formation", ["PPP"]), "elected president"),
    ])
    assert not together(events, "week.txt", "day.txt")


def test_part_of_a_month_holds_only_its_own_days():
    # "in mid-March" is the 11th to the 20th: the 9th lies outside it, the 15th inside.
    rows = [report("mid.txt", "2024-03", "legal", ["PHC"], precision="month", cue="in mid-March"),
            report("ninth.txt", "2024-03-09", "legal", ["PHC"])]
    rows[1]["date_start"] = "2024-03-09"
    rows[0].update(date_start="2024-03-11", date_end="2024-03-20")
    events, _ = happenings_of(rows)
    assert not together(events, "mid.txt", "ninth.txt")
    rows = [report("mid.txt", "2024-03", "legal", ["PHC"], precision="month", cue="in mid-March"),
            report("fifteenth.txt", "2024-03-15", "legal", ["PHC"])]
    rows[1]["date_start"] = "2024-03-15"
    rows[0].update(date_start="2024-03-11", date_end="2024-03-20")
    events, _ = happenings_of(rows)
    assert together(events, "mid.txt", "fifteenth.txt")


def test_the_election_stays_one_happening_whoever_reports_it():
    events, table = happenings_of([
        with_trigger(report("a.txt", "2024-02-08", "election", ["PTI"]), "voted"),
        with_trigger(report("b.txt", "2024-02-08", "election", []), "polling"),
        with_trigger(report("c.txt", "2024-02-05", "election", [], precision="week", cue="last week"), "vote"),
    ])
    assert len(set(events["happening"])) == 1


def test_a_month_naming_the_shared_happening_joins_the_one_most_reported_that_month():
    # three reports of the vote of 8 February, one of a re-poll on the 15th, both typed election;
    # "the February 2024 election was stolen" names the vote, not the re-poll
    # (the re-poll's report has the month report's trigger word, the vote's reports another)
    election = [with_trigger(report(f"{name}.txt", "2024-02-08", "election", [], cue="on Thursday",
                                    sentence="Pakistanis went to the polls on Thursday."), "polls")
                for name in ("dawn", "geo", "reuters")]
    repoll = with_trigger(report("tribune.txt", "2024-02-15", "election", [], cue="on Thursday",
                                 sentence="A repeat election was held at 26 polling stations on Thursday."), "election")
    month = with_trigger(report("liveblog.txt", "2024-02", "election", [], precision="month", cue="February 2024",
                                sentence="He says the February 2024 election was stolen from his party."), "election")
    events, _ = happenings_of([*election, repoll, month])
    assert together(events, "liveblog.txt", "dawn.txt") and not together(events, "liveblog.txt", "tribune.txt")
