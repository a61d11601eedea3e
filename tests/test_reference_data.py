"""Gazetteer, metric catalogue and alias look-ups."""
from zgc_etl.reference import UNCLASSIFIED, ancestors, classify_metric, load_gazetteer, load_metrics


def test_every_province_level_division_is_there():
    g = load_gazetteer()
    provinces = [p for p in g.places.values() if p.level in ("province", "municipality", "sar")]
    assert len(provinces) == 34
    assert g.lookup("Hebei").code == "130000"
    assert g.lookup("Inner Mongolia").parent == "China"


def test_prefecture_cities_have_codes_and_parents():
    g = load_gazetteer()
    assert len([p for p in g.places.values() if p.level == "prefecture"]) > 300
    assert g.lookup("Baoding").code == "130600"
    assert g.lookup("Xi'an").parent == "Shaanxi"
    assert g.lookup("Xian") is None or g.lookup("Xian").name == "Xi'an"


def test_aliases():
    g = load_gazetteer()
    for alias in ("Xiongan", "Xiong’an", "Xiong'an New District", "xiongan new area"):
        assert g.canonical(alias) == "Xiong'an New Area", alias
    assert g.canonical("Binhai") == "Binhai New Area"
    assert g.canonical("Pudong") == "Pudong New Area"
    assert g.canonical("Macau") == "Macao"
    assert g.canonical("Haidian District") == "Haidian"
    assert g.canonical("130600") == "Baoding"


def test_ancestors_roll_up():
    assert ancestors("Baoding") == ["Hebei", "China"]
    assert ancestors("Xiongan") == ["Hebei", "China"]
    assert ancestors("Chongli") == ["Zhangjiakou", "Hebei", "China"]
    assert ancestors("Caofeidian") == ["Tangshan", "Hebei", "China"]
    assert ancestors("Baodi") == ["Tianjin", "China"]
    assert ancestors("Dongjiang") == ["Binhai New Area", "Tianjin", "China"]
    assert ancestors("Fengning") == ["Chengde", "Hebei", "China"]
    assert ancestors("Weichang") == ["Chengde", "Hebei", "China"]
    assert ancestors("China") == []
    g = load_gazetteer()
    assert g.is_within("Xiong'an New Area", "Hebei") and g.is_within("Baoding", "Hebei")
    assert not g.is_within("Baodi", "Hebei")


def test_zones_count_under_their_division():
    g = load_gazetteer()
    assert g.division_of("Dongjiang") == "Binhai New Area"
    assert g.division_of("TEDA") == "Binhai New Area"
    assert g.division_of("Baoding") == "Baoding"


def test_state_level_new_areas():
    g = load_gazetteer()
    for name in ("Xiong'an New Area", "Binhai New Area", "Pudong New Area", "Liangjiang New Area", "Nansha"):
        assert g.lookup(name) is not None, name


def test_classify_metric():
    assert classify_metric("accumulative R&D investment") == "rd_investment"
    assert classify_metric("total investment") == "investment"
    assert classify_metric("registered enterprises") == "enterprises"
    assert classify_metric("total office area") == "office_area"
    assert classify_metric("technology contract transaction volume") == "tech_contracts"
    assert classify_metric("regional GDP") == "gdp"
    assert classify_metric("valid invention patents") == "patents"
    assert classify_metric("blue sky days") == UNCLASSIFIED
    assert classify_metric(None) == UNCLASSIFIED


def test_metric_catalogue_ids_are_unique():
    ids = [m.metric_id for m in load_metrics()]
    assert len(ids) == len(set(ids))


def test_common_measures_are_classified():
    from zgc_etl.reference import classify_metric
    assert classify_metric("vessels and platforms leased out") == "leasing"
    assert classify_metric("average annual growth rate") == "growth_rate"
    assert classify_metric("technology contracts Beijing sent") == "tech_contracts"
    assert classify_metric("length") == "distance"
    assert classify_metric("economic growth") == "gdp"  # a specific row still wins over the general one
