"""Score analysis records against gold files and against PolNeAR.

The rules are those of ``shared/gold/FORMAT.md``; choices the format leaves open are stated
where they are made:

- Tokens are word tokens (``\\w+``, with an apostrophe inside a word kept: "aren't") of the
  normalised text, so punctuation and brackets never count as shared words.
- "Share at least half of the longer one's tokens" counts shared tokens *in order* as the
  length of the longest common subsequence of the two token lists (exact, bit-parallel).
- Pairs are matched greedily by best overlap (shared / longer, then shared); a prediction and
  a gold quote are each used once. Required gold quotes are matched first, and only the
  predictions left over are matched against ``optional_quotes``, so an optional quote never
  takes a prediction away from a required one.
- Per-kind figures: a matched or missed quote counts under its gold ``kind``; a prediction
  that matches nothing counts as a false positive under its own predicted ``kind``.

Scoring functions are pure: they take dicts (``Record.to_dict()`` and gold JSON) and return
dicts of counts and figures, with detail lists for debugging. Nothing here prints.

Modules: ``normalise`` (text and names as compared), ``matching`` (quote pairs and counts),
``gold`` (gold files, every section), ``polnear`` (PolNeAR attributions), ``tables`` (text
output). Everything public is re-exported here, so ``from newsgraph import eval`` is enough.
"""

from __future__ import annotations

from newsgraph.eval.gold import (
    COMPATIBLE_TYPES,
    METADATA_LIST_FIELDS,
    SECTION_SCORERS,
    SUMMED_COUNTS,
    aggregate_gold_scores,
    entity_surface_forms,
    event_matches,
    gold_document_path,
    gold_files,
    gold_speaker_right,
    load_gold,
    score_entities,
    score_events,
    score_gold,
    score_gold_dir,
    score_metadata,
    score_published,
    score_quotes,
    score_times,
    texts_overlap,
    types_compatible,
)
from newsgraph.eval.matching import (
    QuoteCounts,
    QuoteMatch,
    lcs_length,
    match_quotes,
    match_token_lists,
)
from newsgraph.eval.normalise import (
    DOUBLE_QUOTE_MARKS,
    EDGE_PUNCTUATION,
    LEADING_ARTICLE,
    QUOTE_FOLD,
    WORD_TOKEN,
    normalise_name,
    normalise_text,
    tokens,
)
from newsgraph.eval.polnear import (
    ANN_ANNOTATOR_SUFFIX,
    ARTICLES,
    FUNCTION_WORDS,
    NAME_STOP_WORDS,
    POSSESSIVE_SUFFIX,
    POSSESSIVES,
    PRONOUNS,
    SPEECH_WORDS,
    TITLES,
    holds_double_quote,
    name_words,
    polnear_ann_for,
    polnear_names,
    polnear_speaker_right,
    read_polnear_gold,
    score_polnear,
    score_polnear_article,
)
from newsgraph.eval.tables import (
    QUOTE_COLUMNS,
    format_table,
)

__all__ = [
    "ANN_ANNOTATOR_SUFFIX",
    "ARTICLES",
    "COMPATIBLE_TYPES",
    "DOUBLE_QUOTE_MARKS",
    "EDGE_PUNCTUATION",
    "FUNCTION_WORDS",
    "LEADING_ARTICLE",
    "METADATA_LIST_FIELDS",
    "NAME_STOP_WORDS",
    "POSSESSIVES",
    "POSSESSIVE_SUFFIX",
    "PRONOUNS",
    "QUOTE_COLUMNS",
    "QUOTE_FOLD",
    "SECTION_SCORERS",
    "SPEECH_WORDS",
    "SUMMED_COUNTS",
    "TITLES",
    "WORD_TOKEN",
    "QuoteCounts",
    "QuoteMatch",
    "aggregate_gold_scores",
    "entity_surface_forms",
    "event_matches",
    "format_table",
    "gold_document_path",
    "gold_files",
    "gold_speaker_right",
    "holds_double_quote",
    "lcs_length",
    "load_gold",
    "match_quotes",
    "match_token_lists",
    "name_words",
    "normalise_name",
    "normalise_text",
    "polnear_ann_for",
    "polnear_names",
    "polnear_speaker_right",
    "read_polnear_gold",
    "score_entities",
    "score_events",
    "score_gold",
    "score_gold_dir",
    "score_metadata",
    "score_polnear",
    "score_polnear_article",
    "score_published",
    "score_quotes",
    "score_times",
    "texts_overlap",
    "tokens",
    "types_compatible",
]
