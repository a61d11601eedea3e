"""Glue: blocks → sentences → quantities → figures with context and file offsets."""
from __future__ import annotations

from dataclasses import fields, replace

from ..model import Article, Figure
from .context import ContextState, observe, resolve
from .numbers import fold_twins
from .quantities import find_quantities
from .sentences import split_sentences

#: Bump when the parser's output may change, so incremental loads re-parse.
PARSER_VERSION = "0.11.0"

#: The fields of :class:`~zgc_etl.model.Figure` in order: :func:`figure_values` gives each figure's values in
#: this order, ``Figure(*values)`` is the figure.
FIGURE_FIELDS = ("file", "value", "unit", "qualifier", "kind", "measure", "subject", "regions", "as_of", "period_start",
                 "metric", "alt_value", "alt_unit", "start", "end", "mention", "sentence", "role", "ordinal")
if tuple(f.name for f in fields(Figure)) != FIGURE_FIELDS:  # figure_values builds its tuples in this order
    raise ImportError(f"Figure's fields changed: update FIGURE_FIELDS and figure_values ({[f.name for f in fields(Figure)]})")


def _as_read(article: Article) -> Article:
    """The article as the rules read it: letters that re.IGNORECASE matches to ASCII ones ("bıllion",
    "FİRST", a long s, the Kelvin sign) written as those ASCII letters, so that every vocabulary lookup
    of a matched word finds it.  Same lengths, so every offset holds; the article itself when it has none."""
    if article.text.isascii():
        return article
    blocks = [b if (t := fold_twins(b.text)) is b.text else replace(b, text=t) for b in article.blocks]
    title = fold_twins(article.title) if article.title else article.title
    if title is article.title and all(a is b for a, b in zip(blocks, article.blocks)):
        return article
    return replace(article, blocks=blocks, title=title)


def extract_figures(article: Article) -> list[Figure]:
    """Every figure of an article, in text order, with its context and its span in the file text.

    The rules read :func:`_as_read`'s form of the article; the figures quote the article's own text
    (mention, sentence)."""
    return [Figure(*values) for values in figure_values(article)]


def figure_values(article: Article) -> list[tuple]:
    """The figures of :func:`extract_figures`, each as the tuple of its :data:`FIGURE_FIELDS` values, for a
    caller that wants the values rather than the objects (the parse worker puts them in columns: a tuple
    is a fifth of the cost of a Figure made from keywords, and its values are read back in one ``zip``)."""
    read = _as_read(article)
    # The figures of each sentence first (they do not depend on the context): the sentences after the last
    # one with figures then need no context work, since what they name could only matter to a later figure.
    sentences = []
    last = -1
    for block, own in zip(read.body_blocks(), article.body_blocks()):
        for s_start, s_end in split_sentences(block.text):
            sentence = block.text[s_start:s_end]
            quantities = find_quantities(sentence, published=article.published)
            if quantities:
                last = len(sentences)
            quoted = sentence if own is block else own.text[s_start:s_end]  # one object for all its figures
            sentences.append((block, s_start, sentence, quantities, quoted))
    figures: list[tuple] = []
    state = ContextState()
    file, text = article.file, article.text
    for block, s_start, sentence, quantities, quoted in sentences[:last + 1]:
        state.extra["role"] = block.role
        state.extra["span"] = (block.text, s_start)  # where the sentence sits: its analysis reuses the block's
        observe(read, sentence, state)
        for q in quantities:
            ctx = resolve(read, sentence, q, state)
            start, end = block.source_span(s_start + q.start, s_start + q.end)
            figures.append((  # in the order of FIGURE_FIELDS
                file, q.value, q.unit, q.qualifier, q.kind, ctx["measure"], ctx["subject"], ctx["regions"],
                ctx["as_of"], ctx["period_start"], ctx["metric"], q.alt_value, q.alt_unit, start, end,
                text[start:end], quoted, block.role, len(figures),
            ))
    return figures
