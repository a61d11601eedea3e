"""A dateline written with one spaced hyphen ("TIANJIN - ", "BEIJING, March 5 (Reuters) - ") is where the story was
filed, not its subject, as "SHIJIAZHUANG --" and "BEIJING —" already were. Read as the subject, it had hidden
another fault: the market a firm lists on ("raised HK$2.4 billion in its Hong Kong listing") counted as a region of
the clause, next to the firm's own city; both are fixed together."""
from __future__ import annotations

import pytest

from zgc_etl.ingest.loader import load_bytes
from zgc_etl.parse.extract import extract_figures
from zgc_etl.parse.subjects import dateline_end

TAIL = " The zone hosts many firms from the capital region and from abroad."


def _first(body: str):
    art = load_bytes(f"Zone news\nNews release | 2026-07-22\n\n{body}{TAIL}\n".encode(), "r.txt", "txt")
    f = extract_figures(art)[0]
    return f.subject, list(f.regions)


@pytest.mark.parametrize("dateline", ["TIANJIN - ", "TIANJIN -- ", "TIANJIN — ", "TIANJIN, July 21 (Reuters) - ",
                                      "TIANJIN, July 21 (Xinhua) -- ", ""])
def test_the_dateline_is_not_the_subject(dateline):
    subject, regions = _first(f"{dateline}The Tianjin Economic-Technological Development Area (TEDA) recorded gross "
                              "domestic product of 148.7 billion yuan in the first half of 2026.")
    assert subject == "Tianjin Economic-Technological Development Area"
    assert regions == ["Binhai New Area"]


@pytest.mark.parametrize("sentence, end", [
    ("TIANJIN - The zone grew.", len("TIANJIN - ")),
    ("BEIJING, March 5 (Reuters) - China grew.", len("BEIJING, March 5 (Reuters) - ")),
    ("XI'AN - The city grew.", len("XI'AN - ")),
    # not datelines: a hyphen inside a word, a lower-case or mixed-case opening
    ("BEIJING-TIANJIN trade grew 5 percent.", 0),
    ("GDP-linked bonds rose.", 0),
    ("Tianjin - the port city - grew.", 0),
    ("TIANJIN-The zone grew.", 0),
])
def test_dateline_end(sentence, end):
    assert dateline_end(sentence) == end


WIRE = ("SHENZHEN, March 25 (SCBW) - Skyrise Aviation Technology, a Shenzhen-based maker of industrial drones, "
        "raised HK$2.4 billion {venue} on Thursday. Skyrise's revenue jumped 71 percent to 3.9 billion yuan in 2020.")


@pytest.mark.parametrize("venue", ["in its Hong Kong listing", "in its Hong Kong IPO", "in its Hong Kong debut",
                                   "in its Hong Kong stock market debut", "in a Hong Kong flotation"])
def test_the_market_a_firm_lists_on_is_not_its_region(venue):
    art = load_bytes(f"Wire\nBy K | March 25, 2021\n\n{WIRE.format(venue=venue)}{TAIL}\n".encode(), "w.txt", "txt")
    figs = extract_figures(art)
    assert [list(f.regions) for f in figs] == [["Shenzhen"]] * 3, [(f.mention, f.regions) for f in figs]
    assert {f.subject for f in figs} == {"Skyrise Aviation Technology"}


def test_money_raised_in_a_place_is_still_that_place():
    body = "Skyrise Aviation Technology, a Shenzhen-based drone maker, invested 2.4 billion yuan in a plant in Hong Kong."
    art = load_bytes(f"Wire\nBy K | March 25, 2021\n\n{body}{TAIL}\n".encode(), "w.txt", "txt")
    assert list(extract_figures(art)[0].regions) == ["Hong Kong"]
