"""The knowledge-base phrase index: one lookup per phrase length, the longest phrase kept."""

from __future__ import annotations


def test_index_lists_each_first_word_by_length_longest_first(pipeline):
    matcher = pipeline.nlp.get_pipe("dyadwatch_kb")
    for lengths, labels in (matcher.any_case, matcher.exact_case):
        assert all(sizes == tuple(sorted(set(sizes), reverse=True)) for sizes in lengths.values())
        assert {(tokens[0], len(tokens)) for tokens in labels} == {
            (first, size) for first, sizes in lengths.items() for size in sizes}
        assert all(kinds for kinds in labels.values())


def test_a_longer_phrase_wins_over_the_phrase_it_begins_with(pipeline):
    doc = pipeline.nlp("The Republic of Korea Air Force and the US Navy met South Sudan's envoy in the Republic "
                       "of Korea.")
    found = [(doc[start:end].text, kind, key) for start, end, kind, key in doc._.kb_mentions]
    assert found == [("Republic of Korea Air Force", "agency", "Republic of Korea Air Force"),
                     ("US Navy", "agency", "U.S. Navy"), ("South Sudan", "country", "SSD"),
                     ("envoy", "title", "envoy"), ("Republic of Korea", "country", "KOR")]


def test_a_longer_phrase_cut_short_by_the_end_of_the_text_is_no_shorter_one(pipeline):
    doc = pipeline.nlp("Talks were held with the Republic of Korea")  # ("the republic of korea air force": longer)
    assert [(doc[start:end].text, key) for start, end, _kind, key in doc._.kb_mentions] == [
        ("Republic of Korea", "KOR")]
