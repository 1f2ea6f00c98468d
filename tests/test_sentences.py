"""Sentence spans: the same for a paragraph read alone or inside its article."""

from dashboard.sentences import split_sentences


def test_a_paragraph_alone_and_inside_its_article_split_alike():
    paragraph = "Mr. Khan spoke on Friday. The party will rally on Sunday."
    article = "Headline\n\n" + paragraph + "\n\nLast line."
    start = article.index(paragraph)
    alone = split_sentences(paragraph, 0, len(paragraph))
    assert alone == [(0, 25), (26, 57)]  # "Mr." ends no sentence
    inside = split_sentences(article, start, start + len(paragraph))
    assert inside == [(start, start + 25), (start + 26, start + 57)]
    assert [article[a:b] for a, b in inside] == ["Mr. Khan spoke on Friday.", "The party will rally on Sunday."]


def test_a_stop_right_before_the_span_is_still_seen():
    text = "It ended.. Then it began again. Fine."
    start = text.index("..") + 1  # the span opens on the second stop of ".."
    # Alone, ". Then" would end a one-stop sentence; inside the text that stop is the end of a
    # run of stops that began before the span, and a run breaks only from its first stop.
    spans = split_sentences(text, start, len(text))
    assert [text[a:b] for a, b in spans] == [". Then it began again.", "Fine."]
    alone = text[start:]
    assert [alone[a:b] for a, b in split_sentences(alone, 0, len(alone))] == [".", "Then it began again.", "Fine."]


def pieces(text):
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_a_stop_glued_to_the_next_sentence_still_ends_one():
    # scraped pages lose the space after a stop
    assert pieces("Two blasts killed 28 people on Wednesday.The shutdown was criticized.") == \
        ["Two blasts killed 28 people on Wednesday.", "The shutdown was criticized."]
    assert pieces("Polls closed on Feb 8, 2024.Results came late.") == ["Polls closed on Feb 8, 2024.", "Results came late."]
    assert pieces('He said it was over."The next step" is clear.') == ["He said it was over.", '"The next step" is clear.']


def test_glued_stops_of_abbreviations_initials_and_addresses_end_nothing():
    for text in ["He met Mr.Khan in the U.S.Then he left.", "See pic.twitter.com/X and www.Dawn.com today.",
                 "He met Gov.Ali in Lahore."]:
        assert pieces(text) == [text]


def test_a_glued_date_or_company_name_is_no_sentence_end():
    for text in ["The notification dated 12.Feb.2024 was issued.", "Jazz Pvt.Ltd said so.", "He met Ch. Shujaat on Friday."]:
        assert pieces(text) == [text]
