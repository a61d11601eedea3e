"""Measures of the general English the blind sets hold and the dev set does not (round 11).

- a share of a group names the part a verb after the group picks out, whatever stands between them (a place, a time,
  an adverb) and for more verbs: "are in <field>", "is made up of <class>", "lives/stays in <place>", "grow/use <thing>";
- a share "of whom", "of them" or after "Of these," takes its group from the figure before; after "Of the <group>
  ...," the verb after the share picks the part out;
- office-market figures name the market's noun ("Grade A stock", "net take-up", "new supply"), not "area"; the base
  of a change ("quarter-on-quarter") and an adjective of a steady level ("flat at") name nothing;
- the base of a comparison ("against 1.1 million", "compared with ...") is the measure of the figure compared;
- "<thing> cost <amount>" is a cost; "<firm> was valued at <amount>" is a valuation;
- a list of counts ("44, 58 and 67 firms") shares the noun after its last count;
- "<things> by <actors>" measures the things, not the actors;
- a price keeps what it is paid "for" ("rents for prime offices"), a rate its denominator ("per unit of GDP");
- a part of a year between a phrase and its verb ("in the first half", "in the first eight months") is looked past;
- the subject of "make up"/"account for" a share is its part ("women make up 45 percent of the workforce").

Sentences written for these tests (varied news English, none from a fixture)."""
import pytest

from helpers import figure_of

# (paragraphs, mention, expected measure)
CASES = [
    # 1. shares of a group
    (["Close to 35 percent of the firm's workers are in research and development."], "Close to 35 percent",
     "share of workers in R&D"),
    (["Half of the marketing team still lives in Hangzhou."], "Half", "share of marketing team living in Hangzhou"),
    (["Around a fifth of the park's workforce is made up of returnees from overseas."], "Around a fifth",
     "share of returnees in workforce"),
    (["Some 42 percent of new hires last year were women."], "Some 42 percent", "share of women in new hires"),
    (["About 58 percent of the graduates stayed in Beijing after finishing their studies."], "About 58 percent",
     "share of graduates staying in Beijing"),
    (["Nearly half of the county's farmers now grow tea."], "Nearly half", "share of farmers growing tea"),
    (["About 25 percent of the 3,000 employees at the plant are migrant workers."], "About 25 percent",
     "share of migrant workers in employees"),
    (["Roughly 70 percent of the small firms use cloud services."], "Roughly 70 percent",
     "share of small firms using cloud services"),
    (["About 64 percent of the people working at the lab hold a bachelor's degree or higher."], "About 64 percent",
     "share of people with bachelor's degree"),
    (["Roughly 3 in 10 residents commute to Beijing every day."], "Roughly 3 in 10",
     "share of residents commuting to Beijing"),
    (["Nine out of 10 employees at the institute hold doctorates."], "Nine out of 10",
     "share of employees with doctorates"),
    (["More than 1,000 of its 1,800 staff are researchers."], "More than 1,000", "researchers"),
    (["About 120 of the 300 employees have overseas experience."], "About 120",
     "employees with overseas experience"),
    (["Women account for 45 percent of its research staff."], "45 percent", "share of women in research staff"),
    (["Engineers make up 70 percent of the company's 900 employees."], "70 percent",
     "share of engineers in company's employees"),
    (["Patents filed by universities accounted for more than half of the city's total."], "more than half",
     "share of Patents filed"),
    # the group named before the share: a pronoun for it, or an opening "Of the ..."
    (["The park employs 2,000 engineers, about 64 percent of whom hold a master's degree."], "about 64 percent",
     "share of engineers with master's degree"),
    (["The institute has 600 researchers. Of these, 35 percent work in research and development."], "35 percent",
     "share of researchers in R&D"),
    (["The institute has 600 researchers. Half of them still live in Shanghai."], "Half",
     "share of researchers living in Shanghai"),
    (["Of the 2,000 people employed at the park, about 64 percent hold a bachelor's degree or above."],
     "about 64 percent", "share of people with bachelor's degree"),
    (["The lab has 800 staff, more than half of them chemists."], "more than half", "share of chemists in staff"),
    # a comparison after the verb is no part of the group
    (["Nearly 80 percent of its engineers are younger than 35."], "Nearly 80 percent", "engineers"),
    # 2. office market
    (["Rents in the Lize submarket fell 4.2 percent quarter-on-quarter to 241 yuan."], "241 yuan", "Rents"),
    (["Rents in the Lize submarket fell 4.2 percent quarter-on-quarter to 241 yuan, down 9 percent from a year "
      "earlier."], "9 percent", "Rents"),
    (["Vacancy in the CBD rose by 1.5 percentage points to 21.3 percent in the quarter."], "21.3 percent", "vacancy"),
    (["Grade A stock reached 2.6 million square meters at the end of June."], "2.6 million square meters",
     "Grade A stock"),
    (["Net take-up fell to 32,000 square meters, the lowest since 2020."], "32,000 square meters", "Net take-up"),
    (["Two new towers added 180,000 square meters of Grade A office space to the market."],
     "180,000 square meters", "Grade A office space"),
    (["Office rents were largely flat at 310 yuan."], "310 yuan", "Office rents"),
    (["Prime rents held steady at 415 yuan per square meter a month."], "415 yuan", "Prime rents"),
    (["Average asking rents for prime offices in Beijing dipped to 297 yuan per square meter per month."],
     "297 yuan", "Average asking rents for prime offices"),
    # 3. a noun that is not measured
    (["The zone's energy consumption per unit of GDP fell 4.1 percent."], "4.1 percent",
     "energy consumption per unit of GDP"),
    (["The district's resident population reached 1.3 million, against 1.1 million in 2018."], "1.1 million",
     "resident population"),
    (["Tax revenue in the county reached 5.6 billion yuan, compared with 4.9 billion yuan a year earlier."],
     "4.9 billion yuan", "Tax revenue"),
    (["The zone's industrial output grew 8 percent, against 5 percent for the city as a whole."], "5 percent",
     "industrial output"),
    (["The new wafer plant cost 4.5 billion yuan to build."], "4.5 billion yuan", "cost"),
    (["The startup was valued at USD2.9 billion after its latest round."], "USD2.9 billion", "valuation"),
    (["The park added 44, 58 and 67 firms in the three years."], "44", "firms"),
    (["The park added 44, 58 and 67 firms in the three years."], "58", "firms"),
    # 4. a neighbouring noun
    (["Venture funding in the first half was 52 percent higher than in the whole of last year."], "52 percent",
     "Venture funding"),
    (["Industrial output in the first quarter rose 6.1 percent."], "6.1 percent", "Industrial output"),
    (["Fixed-asset investment in the first eight months grew 4 percent."], "4 percent", "Fixed-asset investment"),
    (["New enterprise registrations rose 29 percent year-on-year to 41,000."], "41,000",
     "New enterprise registrations"),
    (["Patent filings by local firms increased 14 percent over 2022."], "14 percent", "Patent filings"),
    (["Applications by universities rose to 8,200 last year."], "8,200", "applications"),
]


@pytest.mark.parametrize("paragraphs, mention, expected", CASES)
def test_measure_names_what_is_measured(paragraphs, mention, expected):
    assert figure_of(paragraphs, mention).measure == expected
