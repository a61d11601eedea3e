"""Issue 4: regions of distances, travel times and actors. New sentences, fixed publication dates."""
from zgc_etl.model import Article, Block
from zgc_etl.parse import extract_figures


def article(*paragraphs, published="2024-09-12"):
    blocks, at, text = [], 0, ""
    for p in paragraphs:
        blocks.append(Block.verbatim(p, at))
        text += p + "\n"
        at = len(text)
    return Article(file="t.txt", text=text, blocks=blocks, published=published, title="")


def test_a_travel_time_between_two_places_lists_both():
    a = article("The Beijing-Tianjin-Hebei region keeps building railways.",
                "Trains now link Shijiazhuang and Tangshan in about 90 minutes.")
    f = extract_figures(a)[-1]
    assert sorted(f.regions) == ["Shijiazhuang", "Tangshan"]


def test_a_travel_time_in_its_own_clause_takes_that_clauses_places():
    a = article("Buses link Baoding and Cangzhou in 80 minutes, and a ride between Tianjin West Railway Station "
                "and Langfang takes 35 minutes.")
    f = extract_figures(a)
    assert sorted(f[0].regions) == ["Baoding", "Cangzhou"]
    assert sorted(f[1].regions) == ["Langfang", "Tianjin"]


def test_a_place_between_two_others_lists_all_three():
    a = article("Langfang, which lies between Beijing and Tianjin, is about 30 minutes from either city by train.")
    (f,) = extract_figures(a)
    assert sorted(f.regions) == ["Beijing", "Langfang", "Tianjin"]


def test_an_actor_owned_by_the_city_is_in_the_city():
    a = article("Suzhou set new goals for its start-ups this spring.",
                "The city's angel investment fund plans to invest 2 billion yuan a year.")
    f = extract_figures(a)[-1]
    assert f.subject == "angel investment fund"
    assert f.regions == ["Suzhou"]
