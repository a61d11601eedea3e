import pytest

from zgc_etl.parse.sentences import split_sentences


def split(t):
    return [t[s:e] for s, e in split_sentences(t)]


@pytest.mark.parametrize("text,expected", [
    ("Sales grew 10%. Profits fell.", ["Sales grew 10%.", "Profits fell."]),
    ("BEIJING, Jan. 15 (Xinhua) -- China has 14 patents. It grew.", ["BEIJING, Jan. 15 (Xinhua) -- China has 14 patents.", "It grew."]),
    ("The U.S. firm raised $5 billion. It said so.", ["The U.S. firm raised $5 billion.", "It said so."]),
    ("Shares rose 3 pct. Sales rose.", ["Shares rose 3 pct.", "Sales rose."]),
    ("It raised $5 bn. It said so.", ["It raised $5 bn.", "It said so."]),
    ("Tewoo and Tianjin Real Estate Group Co. will each invest.", ["Tewoo and Tianjin Real Estate Group Co. will each invest."]),
    ("It was No. 1 in China. Then it fell.", ["It was No. 1 in China.", "Then it fell."]),
    ("He said: “It grew 5.5 percent.” Then he left.", ["He said: “It grew 5.5 percent.”", "Then he left."]),
    ("Mr. Li and Dr. Wang spoke. They agreed.", ["Mr. Li and Dr. Wang spoke.", "They agreed."]),
    ("It grew 3.5 percent in 2013. In 2014 it grew more.", ["It grew 3.5 percent in 2013.", "In 2014 it grew more."]),
    ("Is it big? Yes! It is.", ["Is it big?", "Yes!", "It is."]),
    ("No final period here", ["No final period here"]),
])
def test_split(text, expected):
    assert split(text) == expected


def test_decimal_points_do_not_split():
    assert len(split("It grew 1.5 percent and 2.25 percent.")) == 1


# _PERIOD_BOUNDARY stands in for _BOUNDARY in a text with no "!" or "?": it must find the same matches there
_BOUNDARY_ALPHABET = ".!?\"'”’“‘)]([ \n\tAZaz09,-"


def test_period_boundary_is_the_boundary_pattern_after_a_period():
    from zgc_etl.parse import sentences as S
    assert S._BOUNDARY.pattern.startswith("[.!?]")
    assert S._PERIOD_BOUNDARY.pattern == r"\." + S._BOUNDARY.pattern[len("[.!?]"):]


def test_period_boundary_finds_what_the_boundary_pattern_finds():
    import random

    from zgc_etl.parse import sentences as S
    rng = random.Random(9)
    for _ in range(5000):
        text = "".join(rng.choice(_BOUNDARY_ALPHABET) for _ in range(rng.randint(0, 24)))
        # (no "!" or "?" in the text: those take _BOUNDARY itself)
        text = text.replace("!", ".").replace("?", ".") if rng.random() < 0.5 else text.replace("!", "").replace("?", "")
        want = [(m.start(), m.end()) for m in S._BOUNDARY.finditer(text)]
        assert [(m.start(), m.end()) for m in S._PERIOD_BOUNDARY.finditer(text)] == want, text
        assert split_sentences(text) == _split_with(S._BOUNDARY, text), text


def _split_with(pattern, text):
    """split_sentences as it was, always with ``pattern``."""
    from zgc_etl.parse import sentences as S
    saved = S._PERIOD_BOUNDARY
    S._PERIOD_BOUNDARY = pattern
    try:
        return S.split_sentences(text)
    finally:
        S._PERIOD_BOUNDARY = saved
