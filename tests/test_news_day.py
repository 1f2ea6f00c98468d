"""A report printed the morning after tells of the day its lead reports: "earlier in the day",
far from any other date, is that day, not the day of publication.  Articles are our own,
written to a temporary folder; 10 March 2024 is a Sunday."""

import pytest

from dashboard import load_corpus

FILLER = ("The joint sitting was presided over by the chief justice of the high court.\n\n"
          "Members of all four provincial assemblies took part in the polling.\n\n")


def day_of(tmp_path, text: str, cue: str) -> str:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = load_corpus(tmp_path).events
    [day] = [str(d)[:10] for d, c in zip(events["date"], events["cue"]) if c == cue]
    return day


@pytest.mark.parametrize("lead, expected", [
    # the lead reports Saturday, the day before the paper: the day of "earlier in the day"
    ("The national and four provincial assemblies elected a new president of the country on Saturday.", "2024-03-09"),
    # the lead reports the day of publication itself
    ("The national and four provincial assemblies elected a new president of the country on Sunday.", "2024-03-10"),
    # a lead about a day long before is no news day: the day of publication stays
    ("The national and four provincial assemblies elected a new president of the country on March 2.", "2024-03-10"),
])
def test_earlier_in_the_day_is_the_lead_s_day(tmp_path, lead, expected):
    text = (f" date 2024-03-10\n{lead}\n\n{FILLER}"
            "Earlier in the day, the election commission rejected a request by the opposition.\n")
    assert day_of(tmp_path, text, "Earlier in the day") == expected


@pytest.mark.parametrize("lead", [
    # a lead that names the day of publication too is about that day
    "Imran Khan, who was sentenced on Friday, told his supporters at a rally in the capital on Sunday to stay calm.",
    "Following Saturday's verdict, the party on Sunday announced a campaign of protests across the country.",
])
def test_a_lead_naming_publication_s_day_keeps_it(tmp_path, lead):
    text = (f" date 2024-03-10\n{lead}\n\n{FILLER}"
            "Earlier in the day, the election commission rejected a request by the opposition.\n")
    assert day_of(tmp_path, text, "Earlier in the day") == "2024-03-10"
