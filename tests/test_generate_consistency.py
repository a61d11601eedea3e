"""The benchmark generator's figures hold together as real articles' do: shares within 0-100 %, bracketed
conversions at the exchange rate of their day, parts within their total, ranges upwards.  Checked on
a generated corpus read by zgc_etl's own parser, and rule by rule on templates of the generator."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from benchmarks import generate
from zgc_etl.ingest import load_article
from zgc_etl.model import Rejection
from zgc_etl.parse import extract_figures
from zgc_etl.warehouse import fx

#: the fx_band check's band around the ECB mean of the article's month
BAND = 0.15


@pytest.fixture(scope="module")
def corpus_figures(tmp_path_factory) -> list:
    out = tmp_path_factory.mktemp("gen") / "c60"
    generate.generate(60, out, seed=5, workers=1, progress=False)
    figures = []
    for p in sorted(out.rglob("*")):
        if p.suffix not in (".txt", ".html"):
            continue
        art = load_article(p, out)
        assert not isinstance(art, Rejection), (p, art)
        figures += [(art.published, f) for f in extract_figures(art)]
    return figures


def test_generated_shares_stay_within_0_100(corpus_figures):
    shares = [f for _, f in corpus_figures if f.unit == "percent" and f.kind == "share"]
    assert len(shares) >= 20  # the corpus has shares to check
    assert [f.mention for f in shares if not 0 <= f.value <= 100] == []
    # growth rates above 100 % are still written: the cap is for shares, not for every percentage
    assert any(f.unit == "percent" and f.value > 100 for _, f in corpus_figures)


def test_generated_yuan_dollar_pairs_imply_the_rate_of_their_month(corpus_figures):
    pairs, outside = 0, []
    for published, f in corpus_figures:
        if {f.unit, f.alt_unit} != {"CNY", "USD"} or not (f.value > 0 and (f.alt_value or 0) > 0):
            continue
        pairs += 1
        implied = f.value / f.alt_value if f.unit == "CNY" else f.alt_value / f.value
        ecb = fx.ecb_month_rate("USD", "CNY", int(published[:4]), int(published[5:7]))
        if abs(implied / ecb - 1) > BAND:
            outside.append((f.mention, published, round(implied, 2), round(ecb, 2)))
    assert pairs >= 20
    assert outside == []


def test_generated_figures_are_not_negative(corpus_figures):
    assert [f.mention for _, f in corpus_figures if f.value < 0 and f.kind != "change"] == []


# --- the rules, template by template --------------------------------------------------------------------

def _fills(template: str, n: int = 300, year: int = 2022) -> list[list[float]]:
    """The numbers of ``n`` fillings of one of the generator's own templates."""
    parts = generate._compile(template, own=True)
    out = []
    for seed in range(n):
        text = generate.Filler(random.Random(seed), year).fill(parts)
        out.append([float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", text)])
    return out


def test_a_share_stays_within_100_and_a_growth_rate_may_exceed_it():
    shares = [v[0] for v in _fills("Enterprises made up {N:96.7} percent of the total.")]
    assert max(shares) <= 100 and min(shares) > 0 and len(set(shares)) > 100
    growth = [v[0] for v in _fills("Sales rose {N:150} percent year-on-year.")]
    assert max(growth) > 100


@pytest.mark.parametrize("template, cny_first, factor", [
    ("The park drew {N:4.9} billion yuan (${N:741} million) last year.", True, 1e3),
    ("The fund raised {N:3.09} trillion yuan (about {N:449} billion U.S. dollars).", True, 1e3),
    ("Each fund holds more than {N:50} billion yuan ({N:7} billion).", True, 1.0),
    ("The firm invested US${N:1.2} billion (about {N:8.3} billion yuan) there.", False, 1.0),
])
def test_a_bracketed_conversion_implies_the_years_rate(template, cny_first, factor):
    rate = generate.CNY_PER_USD[2022]
    for a, b in _fills(template):
        implied = a / b * factor if cny_first else b / a / factor
        assert abs(implied / rate - 1) <= 0.06, (template, a, b)


def test_a_conversion_keeps_the_samples_style():
    texts = {generate.Filler(random.Random(s), 2020).fill(
        generate._compile("It earned {N:400} million yuan (${N:61} million).", own=True)) for s in range(200)}
    # mostly whole dollars as in the sample; a decimal only where rounding would cost over 2.5 %
    whole = [t for t in texts if re.search(r"\(\$\d+ million\)", t)]
    assert len(whole) > len(texts) / 2
    assert all(re.fullmatch(r"It earned \d+ million yuan \(\$\d+(\.\d)? million\)\.", t) for t in texts)


def test_parts_stay_within_their_total_and_exhaustive_parts_make_it_up():
    for total, a, b in _fills("It set up {N:8,816} agencies, including {N:3969} branches and {N:4847} subsidiaries."):
        assert 0 < a and 0 < b and a + b <= total
    for total, a, b in _fills("It invested {N:120} billion yuan, of which {N:45.5} billion yuan went to labs "
                              "and {N:30} billion yuan to plants."):
        assert a + b <= total
    for total, a, b, c in _fills("Its {N:1,200} staff comprising {N:500} researchers, {N:400} engineers and "
                                 "{N:300} others work there."):
        assert a + b + c == total and min(a, b, c) > 0


def test_parts_are_the_totals_unit_only():
    # the amount of money after the cue is not a part of a number of firms
    rows = _fills("So far, {N:45} firms, Zhu's among them, have moved in, bringing {N:35} billion yuan.")
    assert max(r[1] for r in rows) > max(r[0] for r in rows) / 10


def test_a_range_runs_upwards():
    for lo, hi in _fills("It has a {N:15}-{N:20} year lifespan."):
        assert lo < hi
    for lo, hi in _fills("At a time when {N:80} or {N:90} percent of steel firms were in the red."):
        assert lo < hi <= 100


def test_own_templates_keep_their_slots(tmp_path):
    generate.generate(40, tmp_path / "c", seed=2, workers=1, progress=False)
    text = "".join(p.read_text(encoding="utf-8") for p in Path(tmp_path / "c").rglob("*.*") if p.suffix != ".json")
    assert not re.search(r"\((?:N:|PLACE\)|ORG\)|PERSON\)|ROLE\)|YEAR\)|OUTLET\))", text)
