"""Types found on the blind probes of the ninth round.  Sentences are our own."""

from fixtures import only_day_event


def test_urdu_convoys_setting_off_are_a_protest():
    # 24 November 2024 was a Sunday; published the Tuesday after
    event = only_day_event("پارٹی کے قافلے اتوار کو پشاور سے اسلام آباد کی جانب روانہ ہوئے۔", "اتوار کو",
                           "2024-11-24", "2024-11-26")
    assert event["type"] == "protest"
