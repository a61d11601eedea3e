"""The context resolver's shortcuts give what the plain way gives: the clause-opening test on a span, the places
where a name can open a clause, the pronoun scan, the subject of a sentence remembered without all its candidates,
and one candidate list for all the figures of a sentence."""
from functools import partial

import random
import re

from helpers import paragraphs_article
from zgc_etl.parse import context as C
from zgc_etl.parse.extract import extract_figures
from zgc_etl.parse.subjects import clause_spans, dateline_end

SENTENCES = [
    "In 2018, the Tianjin Binhai-Zhongguancun Science Park had 2,000 firms.",
    "As for the Hengshui Park, which opened in 2019, it has 20 firms; the Dezhou Park has 30, while others wait.",
    "Statistics show, Beijing's Haidian district, and Tianjin grew by 5 percent.",
    "Last year the park's output rose, officials said, and its revenue hit 3 billion yuan.",
    "It said the zone, the city's main one, and Hebei's Xiong'an New Area drew 12 companies.",
    "They opened 28 institutions in Hong Kong, while their branches grew in Tianjin and Hebei.",
    "\nBeijing, Tianjin and Hebei signed deals.",
    "Regarding the fund , its managers said Zhejiang's provincial capital Hangzhou led.",
    "NANJING, July 7 (Xinhua) -- The company, headquartered in Suzhou, said it and their partners grew.",
    "A Hong Kong exchange filing shows that the bank, a State-owned lender, earned 5 billion yuan.",
]

PIECES = ["a ", "A ", ", ", ",", " ", "  ", "\n", "As for ", "As to the ", "Regarding ", "the ", "The ", "its ", "an ",
          "and ", "Last year ", "This month ", "In 2019 ", "In 20 ", "statistics show, ", "data showed, ",
          "he said, ", "Beijing's ", "park ", "Hebei ", "U.S. ", "x", "-", "'s ", "’s ", "it ", "It ", "They ",
          "their ", "; ", ": ", "while ", "where ", "but ", "\t"]


def _random_texts(n, seed):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def _old_subject_position(text, start):
    opening = re.compile("^" + C._OPENING.pattern)
    if opening.match(text[:start]):
        return True
    return (text.find("As ", 0, start) >= 0 or text.find("Regarding", 0, start) >= 0) and \
        bool(C._AS_FOR.fullmatch(text, 0, start))


def test_opens_clause_is_the_test_on_the_clause_copied():
    for s in SENTENCES + _random_texts(3000, 1):
        starts = {0} | {a for a, _ in clause_spans(s)}
        for cs in starts:
            for p in range(cs, len(s) + 1):
                assert C._opens_clause(s, cs, p) == _old_subject_position(s[cs:], p - cs), (s, cs, p)


def test_a_name_opens_a_clause_only_at_one_of_the_opening_starts():
    for s in SENTENCES + _random_texts(3000, 2):
        for cs in {0} | {a for a, _ in clause_spans(s)}:
            starts = C._opening_starts(s, cs)
            for p in range(cs, len(s)):
                if not s[p].isspace() and C._opens_clause(s, cs, p):
                    assert p in starts, (s, cs, p, sorted(starts))


def test_pronoun_scan_finds_what_the_pattern_finds():
    texts = SENTENCES + _random_texts(3000, 3) + ["It", "it", "Its x", "x,It", "and it", "band it", " their"]
    for s in texts:
        assert C._pronoun_candidates(s) == [(m.start(), m.end(), None, [], "pronoun") for m in C._PRONOUN.finditer(s)]


_article = partial(paragraphs_article, published="2021-03-19")  # articles of these tests: published 2021-03-19


def test_sentence_subject_is_the_opening_of_all_candidates(monkeypatch):
    """Every sentence remembered, with figures or not: the shortcut's subject is the plain one's."""
    seen = []
    plain_remember = C._remember

    def remember(sentence, info, ctx, state):
        floor = dateline_end(sentence)
        full = C._opening(sentence, C._candidates(sentence, info, ctx, state), floor, len(sentence), owners=False)
        # (a fresh sentence cache: the shortcut then meets the sentence as one without figures)
        state.extra.pop("sentence_cache", None)
        seen.append((sentence, C._sentence_subject(sentence, info, ctx, state), full))
        return plain_remember(sentence, info, ctx, state)

    monkeypatch.setattr(C, "_remember", remember)
    a = _article(*(s.lstrip() for s in SENTENCES),
                 "The park said its 12 companies, the zone's startups and a vaccine maker hired 300 people.",
                 "Three more state-owned enterprises have moved in. The city's government guidance fund grew.",
                 "Zhejiang's provincial capital Hangzhou drew 5 firms. The steel capacity of Hebei fell 3 percent.",
                 "Their total operating revenue rose 8 percent.",
                 # phrases that are anaphor candidates with no anaphor match: places counted ("Both cities", "the
                 # two provinces") and "the capital", opening a sentence without figures
                 "Officials from Shenzhen and Guangzhou met in March. Both cities have pledged closer ties. Trade "
                 "between them rose 5 percent.",
                 "Jiangsu and Zhejiang signed a pact. Last year the two provinces agreed on a joint fund. It holds 3 "
                 "billion yuan.",
                 "The capital is drawing talent from across the country. In May, the Chinese capital hosted a forum. "
                 "It drew 300 firms.",
                 "Chengdu and Chongqing, with Xi'an, were named. All three cities want more patents filed. They filed "
                 "500.",
                 # an anaphor's words that hold a place name it ("the Hebei region"): no anaphor, on either path
                 "Shanghai held talks. The Hebei region welcomed the plan. The Beijing-Tianjin-Hebei region drew 40 "
                 "firms.",
                 title="Hebei park grows")
    extract_figures(a)
    assert len(seen) > 10
    for sentence, short, full in seen:
        assert short == full, sentence


def test_figure_candidates_are_the_candidates_of_the_sentence(monkeypatch):
    seen = []
    plain = C._figure_candidates

    def figure_candidates(sentence, info, ctx, state):
        got = plain(sentence, info, ctx, state)
        seen.append((got, C._candidates(sentence, info, ctx, state)))
        return got

    monkeypatch.setattr(C, "_figure_candidates", figure_candidates)
    a = _article("China's 178 national high-tech zones generated 20 trillion yuan, 10 percent of GDP, and 3 million "
                 "patents; 1,200 firms from Hong Kong had 50 billion yuan and 30 funds.",
                 "The park has 20 firms, 30 labs and 40 funds, and its 12 companies each hired 300 people.")
    extract_figures(a)
    assert seen
    for got, full in seen:
        assert got == full
