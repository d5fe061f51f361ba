"""Ingest: formats, chrome removal, ids, and bad input reported item by item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch.errors import InputError, SkippedItem
from dyadwatch.ingest import IngestOptions, parse_date_option, read_paths, text_id

BODY = ("Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean "
        "leader Kim Jong Un. The two leaders signed a partnership treaty at the end of the visit.")


def read(*paths: Path, **options) -> tuple[list, list[SkippedItem]]:
    items = list(read_paths(paths, IngestOptions(**options)))
    return [i for i in items if not isinstance(i, SkippedItem)], [i for i in items if isinstance(i, SkippedItem)]


def test_plain_text_drops_chrome_and_keeps_title_and_byline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"Scroll Top\n\nPutin in Pyongyang\n\n{BODY}\nBy Jane Roe\n\nRelated Posts\n", encoding="utf-8")
    (article,), skipped = read(path)
    assert not skipped
    assert article.title == "Putin in Pyongyang"
    assert article.author == "Jane Roe"
    assert article.text == BODY
    assert "Scroll Top" not in article.text and "Related Posts" not in article.text


def test_html_keeps_the_article_and_its_metadata(tmp_path):
    html = f"""<html><head><title>Putin in Pyongyang</title>
    <meta property="og:site_name" content="Daily Wire Test"><meta name="author" content="Jane Roe">
    <meta property="article:published_time" content="2024-06-19T08:00:00Z"></head>
    <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <article><h1>Putin in Pyongyang</h1><p>{BODY}</p>
    <p>Officials from both countries described the talks as the most important in decades.</p></article>
    <div class="share"><a>Share on Facebook</a><a>Tweet</a></div>
    <aside><h3>Related Posts</h3><ul><li><a href="/a">Markets fall again</a></li></ul></aside>
    <a href="#top">Scroll Top</a><footer>Copyright 2024 Daily Wire Test</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,), skipped = read(path)
    assert not skipped
    assert article.text.startswith("Russian President Vladimir Putin")
    for chrome in ("Share on Facebook", "Related Posts", "Scroll Top", "Markets fall", "Home"):
        assert chrome not in article.text
    assert article.published == "2024-06-19"
    assert article.outlet == "Daily Wire Test"
    assert article.title == "Putin in Pyongyang"


def test_jsonl_uses_given_ids_and_reports_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": BODY, "date": "June 19, 2024", "outlet": "Yonhap"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps(["a list"]),
        json.dumps({"text": BODY + " Extra sentence here for a new text.", "published": "not a date"}),
        json.dumps({"text": BODY + " Another sentence makes it new."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, skipped = read(path)
    assert [a.id for a in articles] == ["a1", text_id(BODY + " Another sentence makes it new.")]
    assert articles[0].published == "2024-06-19" and articles[0].outlet == "Yonhap"
    assert [s.item for s in skipped] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "not valid JSON" in skipped[0].reason
    assert '"text"' in skipped[1].reason
    assert "YYYY-MM-DD" in skipped[3].reason


def test_same_text_gets_same_id_whatever_the_whitespace(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY.replace(". ", ".  \r\n"), encoding="utf-8")
    articles, _ = read(tmp_path)
    assert len({a.id for a in articles}) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"   \n\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("french.txt", "Le président russe est arrivé à Pyongyang mercredi pour des entretiens avec le "
         "dirigeant nord-coréen, selon l'agence officielle du pays.".encode(), "English"),
        ("short.txt", b"Putin visited.", "too short"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    articles, skipped = read(path)
    assert not articles
    assert len(skipped) == 1 and reason in skipped[0].reason
    assert str(path) in str(skipped[0])


def test_missing_path_and_huge_document(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text((BODY + "\n") * 40, encoding="utf-8")
    articles, skipped = read(tmp_path / "nowhere.txt", big, max_chars=2000)
    assert not articles
    assert "no such file" in skipped[0].reason
    assert "--max-chars" in skipped[1].reason


def test_directory_recurses_and_ignores_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    articles, skipped = read(tmp_path)
    assert len(articles) == 1 and not skipped


def test_published_option_is_validated():
    assert parse_date_option("19 June 2024") == "2024-06-19"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date_option("someday")


def test_an_undated_article_takes_its_dateline_and_says_so():
    from dyadwatch.ingest import IngestOptions, article_from_record

    dated = article_from_record({"text": "SEOUL, June 19, 2024 (Yonhap) -- South Korea protested on Tuesday. " * 3},
                                origin="t", options=IngestOptions())
    assert (dated.published, dated.published_from) == ("2024-06-19", "dateline")
    latest = article_from_record({"text": "Talks on March 3, 2023 led to a deal signed on 2 May 2023 in Paris. " * 3},
                                 origin="t", options=IngestOptions())
    assert (latest.published, latest.published_from) == ("2023-05-02", "latest date in text")
    given = article_from_record({"text": "Russia and China held talks in Beijing on Tuesday. " * 3,
                                 "published": "2024-05-17"}, origin="t", options=IngestOptions())
    assert given.published_from == "input"


def test_events_dated_by_an_inferred_publication_date_say_so():
    from dyadwatch.ingest import IngestOptions, article_from_record
    from dyadwatch.pipeline import Pipeline

    text = "MOSCOW, 19 June 2024 - Russia and North Korea signed a partnership treaty in Pyongyang."
    article = article_from_record({"text": text}, origin="t", options=IngestOptions())
    (_, events), = Pipeline().extract([article])
    assert [(e.type, e.date, e.date_reason) for e in events] == [
        ("AGREE", "2024-06-19", "publication date, inferred from the dateline")]


@pytest.mark.parametrize(("text", "english"), [
    ("Israeli jets struck Beirut, Lebanon's state news agency NNA reported.", True),  # names, no function words
    ("Pakistan claimed it shot down five Indian jets.", True),
    ("Die israelische Armee griff am Montag Ziele im Libanon an, meldete die Agentur.", False),
    ("Los aviones israelíes atacaron Beirut, informó la agencia estatal.", False),
    ("Rusia dan Ukraina sepakat gencatan senjata di Istanbul.", False),
    ("Россия и Украина договорились о перемирии в Стамбуле сегодня.", False),
])
def test_a_short_text_is_english_unless_another_language_claims_it(tmp_path, text, english):
    path = tmp_path / "line.txt"
    path.write_text(text, encoding="utf-8")
    articles, skipped = read(path)
    assert (len(articles), len(skipped)) == ((1, 0) if english else (0, 1))
    assert english or "does not look like English" in skipped[0].reason
