"""A photo caption tells what happened where and when ("..., Pakistan, Sunday, Nov. 24, 2024. (AP
Photo/...)"): its date is an event, not page furniture.  The article is our own, written to a
temporary folder."""

from dashboard import load_corpus


def test_a_photo_caption_dates_what_it_shows(tmp_path):
    text = ("date 2024-11-25\n"
            "ISLAMABAD (AP) — Thousands of supporters of the jailed former prime minister headed to the capital "
            "Monday, defying a lockdown.\n\n"
            "Supporters of the party burn tires to push back tear gas fired by police during a rally at a motorway "
            "near Attock, Pakistan, Sunday, Nov. 24, 2024. (AP Photo/Staff Photographer)\n\n"
            "Police said dozens of workers were arrested.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    events = load_corpus(tmp_path).events
    assert "2024-11-24" in {str(d)[:10] for d in events["date"]}
