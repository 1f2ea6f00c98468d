"""A surname alone stands for the one person of it the article has named in full before (eighteenth
round).  Every text is our own."""

from test_undated_round16 import articles_of


def _actors_at(tmp_path, text: str, cue_word: str) -> list[str]:
    events = articles_of(tmp_path, {"a.txt": text}).events
    row = events[events["cue"].str.contains(cue_word)].iloc[0]
    return list(row["actors"])


def test_a_surname_after_the_full_name_is_that_person(tmp_path):
    text = ("Sharif back as premier\n\nISLAMABAD, March 4 - Shehbaz Sharif took the oath of office on Monday.\n\n"
            "Sharif was elected by the National Assembly on Sunday with 201 votes.\n")
    assert "Shehbaz Sharif" in _actors_at(tmp_path, text, "Sunday")


def test_a_surname_two_people_bear_is_neither(tmp_path):
    text = ("Brothers at the helm\n\nLAHORE, March 4 - Nawaz Sharif watched as Shehbaz Sharif took the oath on Monday.\n\n"
            "Sharif was elected by the National Assembly on Sunday with 201 votes.\n")
    actors = _actors_at(tmp_path, text, "Sunday")
    assert "Shehbaz Sharif" not in actors and "Nawaz Sharif" not in actors


def test_a_surname_before_any_full_name_is_no_one(tmp_path):
    text = ("Premier elected\n\nISLAMABAD, March 4 - Sharif was elected by the National Assembly on Sunday.\n\n"
            "Shehbaz Sharif thanked his allies on Monday.\n")
    assert "Shehbaz Sharif" not in _actors_at(tmp_path, text, "Sunday")


def test_khan_is_not_imran_khan_when_another_khan_is_named(tmp_path):
    text = ("PTI meets\n\nISLAMABAD, March 4 - Imran Khan's party chairman Gohar Ali Khan spoke on Monday.\n\n"
            "Khan said on Sunday the party would go to court.\n")
    assert "Imran Khan" not in _actors_at(tmp_path, text, "Sunday")
