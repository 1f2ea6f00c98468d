"""Ids come from content, never offsets: an event keeps its id when other text in its
article changes, and a happening's id comes from its reports' ids."""

from dashboard import load_corpus

HEAD = " date 2024-02-14\n\n"
RALLY = "ISLAMABAD: PTI held a rally in Lahore on Monday against the results.\n\n"
COALITION = "The PPP met the PML-N on Tuesday to discuss a coalition government.\n\n"
INSERTED = "Officials said the weather in the capital had been cold all week and that roads were closed.\n\n"


def _events(tmp_path, text, name="story.txt"):
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return load_corpus(folder, use_cache=False).events


def _by_cue(events):
    return {e.cue: e.event_id for e in events.itertuples()}


def test_inserting_a_paragraph_near_the_top_keeps_every_other_id(tmp_path):
    before = _by_cue(_events(tmp_path, HEAD + RALLY + COALITION))
    assert set(before) == {"on Monday", "on Tuesday"}  # the two dated sentences written above
    after_events = _events(tmp_path, HEAD + INSERTED + RALLY + COALITION)
    after = _by_cue(after_events)
    assert after == before
    # the offsets did move: the ids did not follow them
    assert after_events["start"].min() > len(HEAD)


def test_changing_one_sentence_changes_only_its_id(tmp_path):
    before = _by_cue(_events(tmp_path, HEAD + RALLY + COALITION))
    edited = COALITION.replace("to discuss", "again to discuss")
    after = _by_cue(_events(tmp_path, HEAD + RALLY + edited))
    assert after["on Monday"] == before["on Monday"]
    assert after["on Tuesday"] != before["on Tuesday"]


def test_exact_repeats_get_their_own_ids():
    from dashboard.corpus import complete_events

    sentence = "PTI held a rally in Lahore on Monday."
    events = [{"sentence": sentence, "cue": "on Monday", "date": "2024-02-12", "precision": "day"} for _ in range(2)]
    events.append({"sentence": "PTI  held a RALLY in Lahore on Monday.", "cue": "on Monday", "date": "2024-02-12",
                   "precision": "day"})  # the same text but for case and spacing
    complete_events(events, "story-abc123")
    ids = [e["event_id"] for e in events]
    assert len(set(ids)) == 3  # the third is a repeat too, once case and spacing are set aside
    assert all(i.startswith("story-abc123-") for i in ids)
    assert [e["date_end"] for e in events] == ["2024-02-12"] * 3
    assert [(e["status"], e["trigger"], e["corrected"]) for e in events] == [("happened", "", False)] * 3


def test_the_same_sentence_in_two_files_has_two_ids(tmp_path):
    _events(tmp_path, HEAD + RALLY, "a.txt")
    events = _events(tmp_path, " date 2024-02-14\n\nA different lead.\n\n" + RALLY, "b.txt")
    assert events["event_id"].nunique() == len(events) == 2


def test_happening_ids_follow_their_first_report(tmp_path):
    first = _events(tmp_path, HEAD + RALLY, "a.txt")
    rally = first["happening"].iloc[0]
    # a later article reporting the same rally joins it; the happening keeps its id
    later = _events(tmp_path, " date 2024-02-15\n\nPTI held a rally in Lahore on Monday, February 12.\n\n", "b.txt")
    assert later["happening"].nunique() == 1
    assert later["happening"].iloc[0] == rally
    assert set(later["sources"]) == {2}
