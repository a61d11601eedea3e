"""An article without a publication date: absolute times resolve, relative ones stay unresolved."""
import datetime as dt

from zgc_etl.model import Article, Block
from zgc_etl.parse import extract_figures
from zgc_etl.parse.timex import dateline_date, find_times


def test_absolute_times_resolve_without_a_reference():
    got = {t.text: t.as_of for t in find_times("In 2018 the zone had 300 firms, up from March 2015.", None)}
    assert "2018" in got.values()
    assert any(v and v.startswith("2015-03") for v in got.values())


def test_relative_times_are_not_guessed():
    assert find_times("Last year the park signed 40 deals.", None) == []
    assert find_times("As of the end of last year, it had 8,816 agencies.", None) == []


def test_same_answers_as_before_with_a_reference():
    ref = dt.date(2021, 3, 19)
    got = [t.as_of for t in find_times("As of the end of last year, it had 8,816 agencies.", ref)]
    assert got == ["2020-12-31"]


def test_dateline_without_year_or_publication_date():
    assert dateline_date("TIANJIN, Feb. 21 (Xinhua) -- The city signed", None) is None
    assert dateline_date("TIANJIN, Feb. 21, 2023 (Xinhua) -- The city signed", None) == dt.date(2023, 2, 21)


def test_figures_of_an_undated_article_have_no_guessed_time():
    text = "Last year the Tianjin Binhai park attracted more than 300 registered enterprises from Beijing."
    art = Article(file="x.txt", text=text, blocks=[Block.verbatim(text, 0)])
    figs = extract_figures(art)
    assert figs and all(f.as_of is None for f in figs)


def test_impossible_calendar_days_are_not_times():
    ref = dt.date(2023, 3, 10)
    assert all(t.as_of != "2023-02-30" for t in find_times("The park opened on Feb 30 with 40 firms.", ref))
    assert [t.as_of for t in find_times("The park opened on Feb 28 with 40 firms.", ref)] == ["2023-02-28"]
