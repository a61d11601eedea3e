"""Organisation names with an "of" phrase after their head, and reports that introduce a statement."""
from zgc_etl.parse.subjects import clause_spans, find_orgs

from tests.test_context_clauses import article, by_mention


def test_head_followed_by_of_phrase_is_a_name():
    assert [o.name for o in find_orgs("The Ministry of Science and Technology said so.")] == \
        ["Ministry of Science and Technology"]
    assert [o.name for o in find_orgs("Bank of Suzhou and its peers grew.")] == ["Bank of Suzhou"]
    # a later head still makes the longer name
    assert [o.name for o in find_orgs("the Bank of Ningbo Co. Ltd. said")] == ["Bank of Ningbo Co. Ltd."]


def test_a_report_that_states_a_figure_starts_a_new_clause():
    s = "A Shanghai bourse notice shows that the lender will sell 300 million shares."
    assert [s[a:b] for a, b in clause_spans(s)] == ["A Shanghai bourse notice", "the lender will sell 300 million shares."]


def test_place_after_indefinite_article_only_qualifies_a_document():
    a = article("Bank of Ningbo Co., a city lender, plans a share sale.",
                "A Shenzhen exchange notice shows that the bank is offering 420 million shares.")
    f = by_mention(a)
    assert f["420 million"].subject.startswith("Bank of Ningbo")


def test_subordinate_clause_with_its_own_named_subject():
    s = "Two lenders plan listings this spring, coming after the Shanghai Composite Index climbed 9 percent."
    assert [s[a:b] for a, b in clause_spans(s)] == ["Two lenders plan listings this spring",
                                                   "the Shanghai Composite Index climbed 9 percent."]


def test_attribution_between_commas_does_not_hide_the_subject():
    a = article("Binhai New Area plans three more parks for northern firms.",
                "This spring, Binhai New Area leased offices to Zhongguancun Park, said Li. By now, the park hosts many firms.",
                "Li said Binhai New Area is widening its policies.",
                "Many startups began in Zhongguancun, she added, and Binhai's new parks could help them grow.",
                "Since 2017, data show, the area has attracted 1,300 projects.")
    assert by_mention(a)["1,300"].subject == "Binhai New Area"


def test_report_verb_before_a_number_opens_a_statement():
    s = "The notice said 140 Macao enterprises were registered in Hengqin in 2021."
    assert [s[a:b] for a, b in clause_spans(s)] == ["The notice", "140 Macao enterprises were registered in Hengqin in 2021."]


def test_told_someone_that_opens_a_statement():
    s = "A bureau official told the forum on Friday that the fund holds 30 billion yuan."
    assert [s[a:b] for a, b in clause_spans(s)][-1] == "the fund holds 30 billion yuan."


def test_whose_refers_to_the_firms_counted_before_not_their_home():
    a = article("Suzhou now hosts about 9,000 enterprises from Taiwan, whose registered capital of 30 billion dollars "
                "makes up a third of the city's total.")
    f = by_mention(a)
    assert f["30 billion dollars"].subject == "enterprises from Taiwan"


def test_their_in_a_where_clause_is_the_group_named_before():
    a = article("Shenzhen grew fast.",
                "Growth also shows in the rising presence of Shenzhen companies in Guangxi, where their offices rose "
                "to 1,200 in 2023.")
    assert by_mention(a)["1,200"].subject == "Shenzhen companies"


def test_name_after_indefinite_article_is_a_modifier():
    a = article("The Haihe Industry Fund was set up in Tianjin.",
                "A Ministry of Commerce official told reporters that the fund has a 12-year term.")
    assert by_mention(a)["12-year"].subject == "Haihe Industry Fund"


def test_cornerstone_investors_are_counted_for_the_issuer():
    a = article("Harbin Robotics Co Ltd plans to raise US$300 million in a Shenzhen listing.",
                "Four cornerstone investors have agreed to take shares worth US$90 million.")
    assert by_mention(a)["Four"].subject == "Harbin Robotics Co Ltd"
