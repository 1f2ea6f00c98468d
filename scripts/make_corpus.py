"""Generate a corpus of N synthetic articles for benchmarks: varied date expressions,
actors and event types, some scraped-page boilerplate, and about 1% broken files.

    python scripts/make_corpus.py OUT_DIR N [--seed S]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

ACTORS = ["PTI", "PML-N", "PPP", "JI", "MQM-P", "JUI-F", "the ECP", "the Supreme Court", "Imran Khan",
          "Bilawal Bhutto Zardari", "Shehbaz Sharif", "Maryam Nawaz", "independent candidates",
          "the US State Department", "Asad Qaiser", "Omar Ayub", "Jamaat-e-Islami", "Tehreek-e-Insaf"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATELINES = ["ISLAMABAD", "LAHORE", "KARACHI", "PESHAWAR", "QUETTA"]
OUTLETS = ["ARY News", "Dawn", "Geo News", "The Express Tribune", "Business Recorder"]
HAPPENINGS = [
    "{a} rejected the results of the {md} elections and demanded the return of its stolen mandate",
    "{a} {on_wd} announced a countrywide protest against alleged rigging",
    "{a} held talks with {b} {on_wd} on forming a coalition government in the centre",
    "{a} filed a petition in the high court {on_wd} challenging the results of several constituencies",
    "{a} said {on_wd} that it would not join any alliance with {b}",
    "{a} will meet {b} on {wd} to discuss power-sharing",
    "{a} was arrested {in_month} and has been in jail since then",
    "{a} was ousted through a vote of no confidence {in_year}",
    "the election commission released provisional results {ago}, with {a} leading",
    "{a} congratulated {b} {on_wd}, the foreign ministry said",
    "{a} staged a sit-in outside the election commission {earlier}",
    "the court adjourned the hearing of {a}'s appeal until {md2}",
]
FILLER = [
    "Analysts said the situation remained fluid as parties weighed their options.",
    "Party workers gathered outside the office, chanting slogans.",
    "The statement added that consultations with allies would continue.",
    "Observers said the numbers could change as more results come in.",
    "Security was tightened in the capital ahead of the gatherings.",
]
TALLY = ("According to the results announced so far, independent candidates have won {i} seats, "
         "PML-N {n} seats and PPP {p} seats.")


def article(rng: random.Random, index: int) -> tuple[str, str]:
    published = date(2024, 2, 9) + timedelta(days=rng.randrange(0, 120))

    def fill(template: str) -> str:
        month = MONTHS[rng.randrange(12)]
        day = published - timedelta(days=rng.randrange(1, 20))
        return template.format(
            a=rng.choice(ACTORS), b=rng.choice(ACTORS), wd=rng.choice(WEEKDAYS),
            on_wd=rng.choice(["on " + rng.choice(WEEKDAYS), rng.choice(WEEKDAYS), "on " + rng.choice(WEEKDAYS)]),
            md=f"{MONTHS[day.month - 1]} {day.day}", md2=f"{day.day + 20 if day.day < 8 else 3} {month}",
            in_month=f"in {month}", in_year=f"in {rng.choice([2018, 2020, 2022, 2023])}",
            ago=rng.choice(["five days ago", "two days ago", "a week ago", "yesterday"]),
            earlier=rng.choice(["earlier today", "last night", "this morning", "on Saturday (today)"]))

    paragraphs = []
    lead = fill(rng.choice(HAPPENINGS))
    paragraphs.append(f"{rng.choice(DATELINES)}: {lead[0].upper()}{lead[1:]}, {rng.choice(OUTLETS)} reported.")
    for _ in range(rng.randrange(6, 12)):
        sentence = fill(rng.choice(HAPPENINGS))
        paragraphs.append(f"{sentence[0].upper()}{sentence[1:]}. {rng.choice(FILLER)}")
    if rng.random() < 0.3:
        paragraphs.append(TALLY.format(i=rng.randrange(60, 101), n=rng.randrange(40, 80), p=rng.randrange(30, 55)))
    body = "\n\n".join(paragraphs) + "\n"
    if rng.random() < 0.3:  # a scraped page: menu, byline, Most Read, footer
        head = "Site News\n\n  • Home\n  • Politics\n  • World\n\nHeadline about the election aftermath\n\n"
        head += f"  • By Staff Reporter\n  • {published.day} {published:%b %Y} 10:{rng.randrange(10, 59)}\n\n"
        tail = (f"\nMost Read\n\nStory about cricket\n  • {published.day} Nov 2025\nStory about markets\n\n"
                "Site News\n\nAll Rights Reserved\n  • Privacy Policy\n")
        return f"{index:05d}.txt", head + body + tail
    return f"{index:05d}.txt", f" date {published.isoformat()} " + body


def make_corpus(out: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = out / f"batch{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        if rng.random() < 0.01:  # broken files: listed, never fatal
            kind = rng.choice(["empty", "binary", "latin1"])
            path = sub / f"{i:05d}-{kind}.txt"
            data = {"empty": b"", "binary": bytes(range(256)) * 8,
                    "latin1": " date 2024-03-01 Caf\xe9 PTI protested on Friday.\n".encode("latin-1")}[kind]
            path.write_bytes(data)
            continue
        name, text = article(rng, i)
        (sub / name).write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    make_corpus(args.out, args.n, args.seed)
    print(f"wrote {args.n} articles to {args.out}")
