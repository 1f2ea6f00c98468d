"""Urdu pages typed with Arabic letters (the Arabic ye "ي" and kaf "ك" for the Urdu "ی" and "ک", as
Arabic keyboards give them) are read as Urdu: their dates, weekdays and "Read more" lines.  Text our
own; the expected days are worked out by hand (21 April 2024 was a Sunday)."""

import pytest
from test_dates_languages import copy_language, edit

from dashboard import languages, load_corpus

ARABIC_YE, URDU_YE, ARABIC_KAF, URDU_KAF = "\u064a", "\u06cc", "\u0643", "\u06a9"


def test_variant_letters_are_folded_one_for_one():
    text = f"پ{ARABIC_YE}ر 22 اپر{ARABIC_YE}ل 2024 {ARABIC_KAF}و ہونے والے"
    folded = languages.fold_letters(text)
    assert folded == f"پ{URDU_YE}ر 22 اپر{URDU_YE}ل 2024 {URDU_KAF}و ہونے والے"
    assert len(folded) == len(text)  # offsets into the text hold
    assert languages.fold_letters("Yes, on Monday.") == "Yes, on Monday."


def test_an_urdu_page_typed_with_arabic_letters_is_dated(tmp_path):
    # "Monday 22 April 2024 / Lahore: in the by-elections held on Sunday the PML-N led in Punjab"
    page = (f"ا{ARABIC_YE}{ARABIC_KAF}سپر{ARABIC_YE}س اردو\nپ{ARABIC_YE}ر 22 اپر{ARABIC_YE}ل 2024\n\n"
            "لاہور: اتوار کو قومی و صوبائی اسمبلیوں کی 21 نشستوں پر ہونے والے ضمنی انتخابات میں مسلم لیگ (ن) نے "
            "پنجاب میں واضح برتری حاصل کر لی۔\n\n"
            f"مز{ARABIC_YE}د پڑھ{ARABIC_YE}ں: سینیٹ کے نومنتخب ارکان نے حلف اٹھا لیا 09 اپریل 2024\n\n"
            "غیر حتمی نتائج کے مطابق لاہور کے حلقے سے ن لیگ کے امیدوار کامیاب ہوئے۔\n")
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    corpus = load_corpus(tmp_path, use_cache=False)
    assert str(corpus.articles.iloc[0]["published"])[:10] == "2024-04-22"
    days = {str(d)[:10] for d in corpus.events["date"]}
    assert "2024-04-21" in days  # "اتوار کو", the Sunday before
    assert "2024-04-09" not in days  # the date of a "Read more" link is another page's


def test_a_letter_variant_must_be_one_letter_for_one(tmp_path):
    folder = copy_language(tmp_path, "ur")
    edit(folder, "calendar.json", lambda d: d.update(letter_variants={ARABIC_YE: "ی ی"}))
    with pytest.raises(languages.LanguageError, match=r"calendar\.json: key 'letter_variants': must map one letter"):
        languages.validate(folder)


def test_a_page_without_urdus_own_letters_is_not_folded():
    # an Arabic verse alone keeps its Arabic letters
    assert languages.fold_letters("بسم الله الرحمن الرحيم") == "بسم الله الرحمن الرحيم"
    # the Arabic heh is "ہ" at a word's start or end ("جمعه", "هفته"), left alone inside a word, where
    # it may stand for "ھ" ("بهی" for "بھی")
    assert languages.fold_letters("اجلاس جمعه اور هفته کو ہوگا") == "اجلاس جمعہ اور ہفتہ کو ہوگا"
    assert languages.fold_letters("وہ بهی آئے") == "وہ بهی آئے"
