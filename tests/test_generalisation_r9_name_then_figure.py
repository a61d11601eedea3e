"""A figure right after a name, in brackets or after '(,) with'/'at' ('Tencent Holdings (3 billion yuan)', 'followed by Chaoyang with 3,200', 'ahead of Guangzhou at 1.9 trillion yuan'), is that name's; not after 'in/at/of ... Name' ('a park in Wuqing with 300 firms').

Sentences written for these tests (varied news English, from branch r8-acc-subj's
tests/test_context_generalisation_r8.py and new ones), each case one construction."""
import pytest

from helpers import figure_of


# (paragraphs, mention, field, expected)
CASES = [
    (["The biggest investors were Tencent Holdings (3 billion yuan), Alibaba Group (2 billion yuan) and JD Group "
      "(1 billion yuan)."], "2 billion yuan", "subject", "Alibaba Group"),
    (["The biggest investors were Tencent Holdings (3 billion yuan), Alibaba Group (2 billion yuan) and JD Group "
      "(1 billion yuan)."], "1 billion yuan", "subject", "JD Group"),
    (["By district, Haidian led with 4,500 new firms, followed by Chaoyang with 3,200 and Daxing with 1,100."],
     "3,200", "regions", ["Chaoyang"]),
    (["By district, Haidian led with 4,500 new firms, followed by Chaoyang with 3,200 and Daxing with 1,100."],
     "1,100", "subject", "Daxing"),
    (["Top of the list was Shenzhen, with 2.3 trillion yuan, ahead of Guangzhou at 1.9 trillion yuan."],
     "1.9 trillion yuan", "subject", "Guangzhou"),
    (["Top of the list was Shenzhen, with 2.3 trillion yuan, ahead of Guangzhou at 1.9 trillion yuan."],
     "2.3 trillion yuan", "subject", "Shenzhen"),
    (["Tianjin opened a new industrial park in Wuqing with 300 firms last year."], "300", "subject", "Tianjin"),
]


@pytest.mark.parametrize("paragraphs, mention, field, expected", CASES)
def test_field_of_figure(paragraphs, mention, field, expected):
    assert getattr(figure_of(paragraphs, mention), field) == expected
