"""Layout of the tenth round: text wrapped at a fixed width.  The article is our own."""

from dashboard.layout import analyse

WRAPPED = """(Wire) Lawmakers in Pakistan's four provincial assemblies and both houses of
parliament elected a new president on Saturday, giving the ruling alliance's candidate
a comfortable majority over the opposition nominee, officials of the election commission said.
The vote was held in Islamabad and the provincial capitals under tight
security, and the results were announced by the election commission late in the evening.
"""

HEADLINE = """Ruling alliance candidate wins presidential vote

lawmakers elected a new president on Saturday, giving the alliance's candidate a comfortable
majority over the opposition nominee in a vote that the opposition boycotted in two assemblies.
"""


def test_the_first_lines_of_hard_wrapped_copy_are_its_first_paragraph():
    layout = analyse(WRAPPED)
    first = layout.text[layout.paragraphs[0][0]:layout.paragraphs[0][1]]
    assert first.startswith("(Wire) Lawmakers")
    assert not any(kind == "page header" for _, _, kind in layout.boilerplate)


def test_a_headline_over_wrapped_copy_stays_the_headline():
    layout = analyse(HEADLINE)
    assert layout.title == "Ruling alliance candidate wins presidential vote"
    assert layout.text[layout.paragraphs[0][0]:].startswith("lawmakers elected")
