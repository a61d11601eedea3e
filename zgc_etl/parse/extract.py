"""Glue: blocks → sentences → quantities → figures with context and file offsets."""
from __future__ import annotations

from ..model import Article, Figure
from .context import ContextState, observe, resolve
from .quantities import find_quantities
from .sentences import split_sentences

#: Bump when the parser's output may change, so incremental loads re-parse.
PARSER_VERSION = "0.6.0"


def extract_figures(article: Article) -> list[Figure]:
    # The figures of each sentence first (they do not depend on the context): the sentences after the last
    # one with figures then need no context work, since what they name could only matter to a later figure.
    sentences = []
    last = -1
    for block in article.body_blocks():
        for s_start, s_end in split_sentences(block.text):
            sentence = block.text[s_start:s_end]
            quantities = find_quantities(sentence, published=article.published)
            if quantities:
                last = len(sentences)
            sentences.append((block, s_start, sentence, quantities))
    figures: list[Figure] = []
    state = ContextState()
    for block, s_start, sentence, quantities in sentences[:last + 1]:
        state.extra["role"] = block.role
        state.extra["span"] = (block.text, s_start)  # where the sentence sits: its analysis reuses the block's
        observe(article, sentence, state)
        for q in quantities:
            ctx = resolve(article, sentence, q, state)
            start, end = block.source_span(s_start + q.start, s_start + q.end)
            figures.append(Figure(
                file=article.file, value=q.value, unit=q.unit, qualifier=q.qualifier, kind=q.kind,
                alt_value=q.alt_value, alt_unit=q.alt_unit, start=start, end=end,
                mention=article.text[start:end], sentence=sentence, role=block.role,
                ordinal=len(figures), **ctx,
            ))
    return figures
