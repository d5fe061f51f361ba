"""The knowledge-base phrase index: one lookup per phrase length, the longest phrase kept."""

from __future__ import annotations


def test_index_lists_each_first_word_by_length_longest_first(pipeline):
    matcher = pipeline.nlp.get_pipe("dyadwatch_kb")
    for index in (matcher.any_case, matcher.exact_case):
        for first, lengths in index.items():
            sizes = [length for length, _ in lengths]
            assert sizes == sorted(set(sizes), reverse=True), first
            for length, phrases in lengths:
                assert all(len(tokens) == length and tokens[0] == first and labels
                           for tokens, labels in phrases.items())


def test_a_longer_phrase_wins_over_the_phrase_it_begins_with(pipeline):
    doc = pipeline.nlp("The Republic of Korea Air Force and the US Navy met South Sudan's envoy in the Republic "
                       "of Korea.")
    found = [(doc[start:end].text, kind, key) for start, end, kind, key in doc._.kb_mentions]
    assert found == [("Republic of Korea Air Force", "agency", "Republic of Korea Air Force"),
                     ("US Navy", "agency", "U.S. Navy"), ("South Sudan", "country", "SSD"),
                     ("envoy", "title", "envoy"), ("Republic of Korea", "country", "KOR")]
