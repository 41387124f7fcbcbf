"""Reading articles: every format, the awkward files users really have, ids and offsets."""

import json
import os
import time

import pytest

from geo.corpus import SUPPORTED_SUFFIXES, Skipped, read_corpus, read_file
from geo.model import Article


def write(root, relative, content):
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def items(root):
    return list(read_corpus(root))


def articles(root):
    return [item for item in read_corpus(root) if isinstance(item, Article)]


def skipped(root):
    return [item for item in read_corpus(root) if isinstance(item, Skipped)]


def only(root):
    found = items(root)
    assert len(found) == 1, found
    return found[0]


# --- plain text and markdown -------------------------------------------------------------


def test_txt_text_is_the_file_exactly_with_crlf_and_surrounding_whitespace(tmp_path):
    raw = "\r\n  Shelling in Stepanakert\r\n\r\nShells hit Stepanakert on Sunday.  \r\n\r\n"
    write(tmp_path, "a.txt", raw)
    article = only(tmp_path)
    assert article.text == raw
    start = article.text.index("Stepanakert on")
    assert article.text[start:start + 11] == "Stepanakert"
    assert article.title == "Shelling in Stepanakert"
    assert article.body_start == 0
    assert article.published == ""


def test_utf8_bom_is_dropped_and_nothing_else_changes(tmp_path):
    write(tmp_path, "a.txt", b"\xef\xbb\xbfGanja hit\nA missile struck Ganja.\n")
    article = only(tmp_path)
    assert article.text == "Ganja hit\nA missile struck Ganja.\n"
    assert article.title == "Ganja hit"


def test_markdown_heading_marks_are_not_part_of_the_title(tmp_path):
    write(tmp_path, "a.md", "\n\n## Fighting near Shusha ##\n\nText about Shusha.\n")
    article = only(tmp_path)
    assert article.title == "Fighting near Shusha"
    assert article.text.startswith("\n\n## Fighting")


def test_yaml_front_matter_gives_metadata_and_body_start(tmp_path):
    raw = ("---\ntitle: \"Ceasefire: troops arrive\"\ndate: 2020-11-10\n"
           "url: https://example.org/a\nsource: The Example Post\n---\n"
           "# Heading in the body\n\nRussian peacekeepers arrived.\n")
    write(tmp_path, "2020/peace.md", raw)
    article = only(tmp_path)
    assert article.text == raw
    assert article.title == "Ceasefire: troops arrive"
    assert article.published == "2020-11-10"
    assert article.url == "https://example.org/a"
    assert article.source == "The Example Post"
    assert article.text[article.body_start:].startswith("# Heading in the body")


def test_front_matter_with_a_timestamp_and_a_partial_date(tmp_path):
    write(tmp_path, "a.md", "---\ntitle: A\ndate: 2023-09-25 21:10:00\n---\nBody.\n")
    write(tmp_path, "b.md", "---\ntitle: B\ndate: October 2020\n---\nBody.\n")
    write(tmp_path, "c.md", "---\ntitle: C\ndate: 1994\n---\nBody.\n")
    found = {a.article_id: a.published for a in articles(tmp_path)}
    assert found == {"a": "2023-09-25", "b": "2020-10", "c": "1994"}


def test_bad_yaml_front_matter_still_gives_the_article_titled_from_its_text(tmp_path):
    raw = "---\ntitle: [unclosed\ndate: 2020-10-04\n---\nRefugees reach Goris\n\nBody text.\n"
    write(tmp_path, "a.md", raw)
    article = only(tmp_path)
    assert isinstance(article, Article)
    assert article.text == raw
    assert article.title == "Refugees reach Goris"
    assert article.published == ""
    assert article.text[article.body_start:].startswith("Refugees reach Goris")


def test_horizontal_rules_around_prose_are_not_front_matter(tmp_path):
    raw = "---\nThe war began in Karabakh.\n---\nMore text.\n"
    write(tmp_path, "a.md", raw)
    article = only(tmp_path)
    assert article.body_start == 0
    assert article.title == "The war began in Karabakh."


@pytest.mark.parametrize("line", ["date 2020-10-04", "date: 2020-10-04", "Date: 4 October 2020",
                                  "DATE 2020-10-04",
                                  # (as a saved page writes it, after a leading space)
                                  " date 2020-10-04", " date: 2020-10-04"])
def test_a_leading_date_line_is_metadata_and_skipped_by_body_start(tmp_path, line):
    raw = f"{line}\nGanja struck again\n\nA missile hit Ganja overnight.\n"
    write(tmp_path, "a.txt", raw)
    article = only(tmp_path)
    assert article.published == "2020-10-04"
    assert article.text == raw
    assert article.text[article.body_start:].startswith("Ganja struck again")
    assert article.title == "Ganja struck again"


def test_header_lines_give_title_url_and_source(tmp_path):
    raw = ("Title: Exodus from Karabakh\nURL: https://example.org/x\nSource: Example Wire\n"
           "Date: 2023-09-26\n\nThousands crossed into Armenia.\n")
    write(tmp_path, "a.txt", raw)
    article = only(tmp_path)
    assert (article.title, article.url, article.source, article.published) == (
        "Exodus from Karabakh", "https://example.org/x", "Example Wire", "2023-09-26")
    assert raw[article.body_start:].lstrip().startswith("Thousands crossed")


def test_a_date_line_that_goes_on_with_the_page_gives_the_date_and_starts_the_body(tmp_path):
    # Saved pages carry their date before the page's first words, on one line.
    raw = " date 2021-03-09 GORIS, March 8 (Wire) - Buses left the square at dawn.\nMore.\n"
    write(tmp_path, "a.txt", raw)
    article = only(tmp_path)
    assert article.published == "2021-03-09"
    assert raw[article.body_start:].startswith("GORIS, March 8 (Wire)")


def test_a_date_word_before_a_date_that_is_no_iso_date_is_not_a_header(tmp_path):
    raw = "date 14 rallies were held in Goris and Sisian.\n"
    write(tmp_path, "a.txt", raw)
    article = only(tmp_path)
    assert (article.published, article.body_start) == ("", 0)


def test_a_first_sentence_starting_with_the_word_date_is_not_a_header(tmp_path):
    raw = "Dates and figs were sold in Ganja.\nMore.\n"
    write(tmp_path, "a.txt", raw)
    article = only(tmp_path)
    assert article.body_start == 0
    assert article.published == ""
    assert article.title == "Dates and figs were sold in Ganja."


def test_a_very_long_first_line_is_shortened_for_the_title(tmp_path):
    write(tmp_path, "a.txt", "word " * 200 + "\n")
    title = only(tmp_path).title
    assert 0 < len(title) <= 201
    assert title.endswith("…")


# --- encodings, empty and binary files --------------------------------------------------


def test_latin1_file_is_decoded_not_skipped(tmp_path):
    raw = "Les réfugiés sont arrivés à Erevan, a déclaré le ministère à Genève.\n"
    write(tmp_path, "fr.txt", raw.encode("latin-1"))
    article = only(tmp_path)
    assert article.text == raw


def test_latin1_letters_far_into_an_ascii_file_are_decoded(tmp_path):
    raw = "Shells fell on Stepanakert.\n" * 20000 + "Les réfugiés à Goris.\n"
    write(tmp_path, "long.txt", raw.encode("latin-1"))
    assert only(tmp_path).text == raw


def test_windows_1252_quotes_and_dashes_are_decoded(tmp_path):
    raw = "The minister said “we will not retreat” — Stepanakert’s people fled.\n"
    write(tmp_path, "a.txt", raw.encode("cp1252"))
    assert only(tmp_path).text == raw


def test_utf16_with_bom_is_decoded(tmp_path):
    write(tmp_path, "a.txt", "Shusha fell\nTroops entered Shusha.\n".encode("utf-16"))
    assert only(tmp_path).text == "Shusha fell\nTroops entered Shusha.\n"


def test_a_broken_pair_in_a_utf16_jsonl_file_costs_its_line_only(tmp_path):
    # Hypothesis found this one: bytes that surrogateescape cannot keep stopped the read.
    def utf16(text):
        return text.encode("utf-16-le")

    data = (b"\xff\xfe" + utf16('{"text": "Shusha fell"}\n') + b"\x00\xdc" + utf16("\n")
            + utf16('{"text": "Troops entered Ganja."}\n'))
    write(tmp_path, "a.jsonl", data)
    items = list(read_file(tmp_path / "a.jsonl", tmp_path))
    assert [item.text for item in items if isinstance(item, Article)] == [
        "Shusha fell", "Troops entered Ganja."]
    [skipped] = [item for item in items if isinstance(item, Skipped)]
    assert skipped.path == "a.jsonl" and skipped.reason.startswith("line 2,")


def test_a_csv_header_cell_holding_a_new_line_is_named_on_one_line(tmp_path):
    # Hypothesis found it: the reason for skipping listed the columns as written.
    write(tmp_path, "a.csv", b'"head\nline",body\n1,2\n')
    [skipped] = list(read_file(tmp_path / "a.csv", tmp_path))
    assert skipped.reason == "no 'text' column (columns: head line, body)"


def test_a_control_character_in_a_web_page_does_not_stop_the_read(tmp_path):
    # Hypothesis found it: lxml refuses to set a text holding a character XML forbids.
    write(tmp_path, "a.html", b"<p>\x01")
    [item] = list(read_file(tmp_path / "a.html", tmp_path))
    assert isinstance(item, Skipped) and item.reason == "HTML page with no text in its body"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n", "\ufeff  \n".encode()])
def test_empty_or_blank_file_is_skipped_as_empty(tmp_path, content):
    write(tmp_path, "a.txt", content)
    item = only(tmp_path)
    assert isinstance(item, Skipped)
    assert item.path == "a.txt"
    assert "empty" in item.reason


def test_binary_content_with_a_text_suffix_is_skipped(tmp_path):
    write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    item = only(tmp_path)
    assert isinstance(item, Skipped)
    assert "binary" in item.reason


def test_undecodable_noise_without_nul_bytes_is_skipped(tmp_path):
    noise = bytes((i * 37 + 11) % 255 + 1 for i in range(4000))
    write(tmp_path, "noise.txt", noise)
    item = only(tmp_path)
    assert isinstance(item, Skipped)
    assert "binary" in item.reason


# --- html ---------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Shells hit Stepanakert | The Example Post</title>
<meta property="og:title" content="Shells hit Stepanakert">
<meta property="article:published_time" content="2020-10-04T09:45:00Z">
<meta property="og:site_name" content="The Example Post">
<link rel="canonical" href="https://example.org/2020/10/04/shells"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. Accept all</div>
<article><h1>Shells hit Stepanakert</h1>
<p>Artillery shells struck the centre of Stepanakert on Sunday morning, residents said, and
several apartment buildings near the market were badly damaged.</p>
<p>Officials in Baku said the strikes answered earlier attacks on the city of Ganja, where
two people were wounded on Saturday night.</p></article>
<footer><p>Contact us</p><p>All rights reserved.</p></footer></body></html>"""


def test_html_main_text_and_metadata_with_the_title_as_first_line(tmp_path):
    write(tmp_path, "web/page.html", PAGE)
    article = only(tmp_path)
    assert article.article_id == "web/page"
    assert article.title == "Shells hit Stepanakert"
    assert article.text.startswith("Shells hit Stepanakert\n\n")
    assert "Artillery shells struck the centre of Stepanakert" in article.text
    assert "\n\nOfficials in Baku" in article.text  # paragraphs stay apart
    assert "cookies" not in article.text and "Home" not in article.text
    assert article.published == "2020-10-04"
    assert article.url == "https://example.org/2020/10/04/shells"
    assert article.source == "The Example Post"
    assert article.text.count("Shells hit Stepanakert") == 1


def test_html_falls_back_to_plain_text_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import geo.corpus

    monkeypatch.setattr(geo.corpus, "_trafilatura", lambda html: None)
    write(tmp_path, "short.htm", "<html><head><title>Brief</title></head><body>"
                                 "<nav>Menu</nav><script>var x;</script><p>Ganja was hit.</p>"
                                 "<p>Two were <b>badly</b> hurt.</p></body></html>")
    article = only(tmp_path)
    assert article.text == "Brief\n\nGanja was hit.\n\nTwo were badly hurt."
    assert article.title == "Brief"


def test_html_page_that_trafilatura_reads_loosely_still_gives_its_text(tmp_path):
    write(tmp_path, "tiny.html", "<html><body><div>Ganja was hit.</div></body></html>")
    assert "Ganja was hit." in only(tmp_path).text


def test_html_without_a_body_is_skipped(tmp_path):
    write(tmp_path, "empty.html", "<html><head><title>Nothing here</title></head></html>")
    item = only(tmp_path)
    assert isinstance(item, Skipped)
    assert "no text" in item.reason


# --- json, jsonl, csv ---------------------------------------------------------------------


def test_json_object_is_one_article_named_after_its_file(tmp_path):
    text = "  Ganja was shelled.\nTwo died.  "
    write(tmp_path, "one.json", json.dumps({"text": text, "title": "Ganja", "date": "2020-10-11",
                                            "url": "u", "source": "s", "id": "ignored"}))
    article = only(tmp_path)
    assert (article.article_id, article.path, article.text) == ("one", "one.json", text)
    assert (article.title, article.published, article.url, article.source) == (
        "Ganja", "2020-10-11", "u", "s")


def test_json_list_gives_one_article_per_object_with_id_or_position(tmp_path):
    records = [{"id": "a-1", "text": "First."}, {"text": "Second."}, "not an object",
               {"title": "no text"}]
    write(tmp_path, "feed/list.json", json.dumps(records))
    found = items(tmp_path)
    assert [a.article_id for a in found if isinstance(a, Article)] == ["feed/list/a-1",
                                                                     "feed/list/2"]
    reasons = [s.reason for s in found if isinstance(s, Skipped)]
    assert reasons[0].startswith("item 3") and reasons[1].startswith("item 4")


def test_invalid_json_file_names_the_line(tmp_path):
    write(tmp_path, "bad.json", '{\n "text": "a"\n "title": "b"\n}')
    item = only(tmp_path)
    assert isinstance(item, Skipped)
    assert item.reason.startswith("line 3, column 2: invalid JSON")


def test_jsonl_reads_every_good_line_and_names_the_bad_ones(tmp_path):
    lines = [json.dumps({"id": 7, "text": "Baku said.", "date": "2023-09-20"}),
             '{"text": "cut off in the midd',
             "",
             json.dumps({"text": "Third record.", "title": "T"}),
             json.dumps(["a", "list"]),
             json.dumps({"id": "x", "text": ""})]
    write(tmp_path, "wire.jsonl", "\n".join(lines) + "\n")
    found = items(tmp_path)
    good = [a for a in found if isinstance(a, Article)]
    assert [(a.article_id, a.text, a.published) for a in good] == [
        ("wire/7", "Baku said.", "2023-09-20"), ("wire/4", "Third record.", "")]
    assert good[1].title == "T" and good[0].title == "Baku said."
    reasons = [s.reason for s in found if isinstance(s, Skipped)]
    assert [r.split(":")[0].split(",")[0] for r in reasons] == ["line 2", "line 5", "line 6"]
    assert "invalid JSON" in reasons[0]
    assert all(s.path == "wire.jsonl" for s in found if isinstance(s, Skipped))


def test_jsonl_in_latin1_is_decoded(tmp_path):
    write(tmp_path, "w.jsonl", '{"text": "Les réfugiés à Goris."}\n'.encode("latin-1"))
    assert only(tmp_path).text == "Les réfugiés à Goris."


def test_jsonl_line_in_another_encoding_far_into_the_file_is_read_in_it_alone(tmp_path):
    good = json.dumps({"text": "Réfugiés à Goris."}, ensure_ascii=False).encode()
    bad = '{"text": "caf\xe9 \u201cferm\xe9\u201d"}'.encode("cp1252")
    lines = [good] * 20000 + [bad, good]
    write(tmp_path, "w.jsonl", b"\n".join(lines) + b"\n")
    found = items(tmp_path)
    assert all(isinstance(a, Article) for a in found) and len(found) == 20002
    assert found[-2].text == "caf\xe9 \u201cferm\xe9\u201d"
    assert found[-2].notes == ("not UTF-8, decoded as cp1252 (a guess)",)
    assert found[-1].article_id == "w/20002" and found[-1].notes == ()


def test_csv_rows_with_case_insensitive_header_and_quoted_newlines(tmp_path):
    raw = ('ID,Title,TEXT,Date\r\n'
           'r1,Strike,"Missiles hit Ganja.\r\nNine died.",2020-10-11\r\n'
           ',Exodus,"People fled to Goris.",2023-09-26\r\n')
    write(tmp_path, "sheet.csv", raw)
    found = articles(tmp_path)
    assert [(a.article_id, a.title, a.published) for a in found] == [
        ("sheet/r1", "Strike", "2020-10-11"), ("sheet/2", "Exodus", "2023-09-26")]
    assert found[0].text == "Missiles hit Ganja.\r\nNine died."


def test_csv_with_semicolons_is_read(tmp_path):
    write(tmp_path, "semi.csv", "title;text\nA;Shusha was captured, the army said.\n")
    article = only(tmp_path)
    assert article.text == "Shusha was captured, the army said."


def test_csv_ragged_row_is_skipped_by_number_and_the_others_read(tmp_path):
    write(tmp_path, "r.csv", "id,text\n1,first\n2,second,extra\n3,third\n")
    found = items(tmp_path)
    assert [a.text for a in found if isinstance(a, Article)] == ["first", "third"]
    reasons = [s.reason for s in found if isinstance(s, Skipped)]
    assert len(reasons) == 1 and reasons[0].startswith("row 2")


def test_csv_without_a_text_column_is_skipped_whole(tmp_path):
    write(tmp_path, "nope.csv", "id,body\n1,hello\n")
    item = only(tmp_path)
    assert isinstance(item, Skipped)
    assert "'text' column" in item.reason and "body" in item.reason


def test_csv_with_a_header_and_no_rows_is_named_as_skipped(tmp_path):
    write(tmp_path, "header.csv", "title,text\r\n\r\n")
    item = only(tmp_path)
    assert isinstance(item, Skipped) and item.reason == "a header and no rows"


def test_csv_cell_longer_than_the_csv_module_default_is_read(tmp_path):
    long_text = "Stepanakert. " * 20000
    write(tmp_path, "big.csv", f'text\n"{long_text}"\n')
    assert only(tmp_path).text == long_text


# --- the folder: order, ids, hidden, unsupported, links -----------------------------------


def test_subfolders_ids_paths_and_sorted_order(tmp_path):
    write(tmp_path, "b.txt", "B text")
    write(tmp_path, "2023/exodus.txt", "Exodus")
    write(tmp_path, "2020/ganja-strike.md", "Strike")
    write(tmp_path, "2020/sub/deep.txt", "Deep")
    found = articles(tmp_path)
    assert [a.article_id for a in found] == ["2020/ganja-strike", "2020/sub/deep",
                                             "2023/exodus", "b"]
    assert [a.path for a in found] == ["2020/ganja-strike.md", "2020/sub/deep.txt",
                                       "2023/exodus.txt", "b.txt"]
    assert [a.article_id for a in articles(tmp_path)] == [a.article_id for a in found]


def test_hidden_files_and_folders_are_ignored_silently(tmp_path):
    write(tmp_path, ".git/config.txt", "hidden")
    write(tmp_path, ".notes.txt", "hidden")
    write(tmp_path, "a/.cache/x.txt", "hidden")
    write(tmp_path, "a/visible.txt", "visible")
    assert [a.article_id for a in items(tmp_path)] == ["a/visible"]


def test_unsupported_suffix_is_reported_and_supported_suffix_case_is_ignored(tmp_path):
    write(tmp_path, "report.pdf", b"%PDF-1.4")
    write(tmp_path, "README", "no extension")
    write(tmp_path, "LOUD.TXT", "Upper-case suffix")
    found = items(tmp_path)
    assert [a.article_id for a in found if isinstance(a, Article)] == ["LOUD"]
    reasons = {s.path: s.reason for s in found if isinstance(s, Skipped)}
    assert reasons == {"report.pdf": "unsupported file type .pdf",
                       "README": "unsupported file type (no extension)"}
    assert ".txt" in SUPPORTED_SUFFIXES


def test_same_id_from_two_files_is_made_unique(tmp_path):
    write(tmp_path, "a.txt", "From text")
    write(tmp_path, "a.md", "From markdown")
    assert [a.article_id for a in articles(tmp_path)] == ["a", "a~2"]


def test_symlink_loop_does_not_hang_and_files_are_read_once(tmp_path):
    write(tmp_path, "a/x.txt", "Once")
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    os.symlink(tmp_path, tmp_path / "a" / "root")
    os.symlink(tmp_path / "a", tmp_path / "b")
    assert [a.text for a in articles(tmp_path)] == ["Once"]


def test_broken_symlink_is_skipped_with_the_reason(tmp_path):
    write(tmp_path, "ok.txt", "Fine")
    os.symlink(tmp_path / "missing.txt", tmp_path / "gone.txt")
    found = items(tmp_path)
    reasons = {s.path: s.reason for s in found if isinstance(s, Skipped)}
    assert list(reasons) == ["gone.txt"] and reasons["gone.txt"].startswith("unreadable")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_skipped_with_the_reason(tmp_path):
    path = write(tmp_path, "secret.txt", "Hidden")
    path.chmod(0)
    try:
        item = only(tmp_path)
    finally:
        path.chmod(0o644)
    assert isinstance(item, Skipped) and item.reason.startswith("unreadable")


def test_read_file_alone_and_a_single_file_as_the_root(tmp_path):
    path = write(tmp_path, "x/y.txt", "Alone")
    assert [a.article_id for a in read_file(path, tmp_path)] == ["x/y"]
    assert [a.article_id for a in read_corpus(path)] == ["y"]


def test_missing_root_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read_corpus(tmp_path / "nowhere"))


def test_read_corpus_is_lazy(tmp_path):
    write(tmp_path, "a.txt", "First")
    write(tmp_path, "b.txt", "Second")
    stream = read_corpus(tmp_path)
    assert next(stream).article_id == "a"
    (tmp_path / "b.txt").write_text("Changed after the first was read")
    assert next(stream).text == "Changed after the first was read"


@pytest.mark.slow
def test_large_jsonl_and_csv_are_streamed_with_bounded_memory(tmp_path):
    import tracemalloc

    line = json.dumps({"text": "Shells fell on Stepanakert. " * 40}) + "\n"
    count = 10_000_000 // len(line)
    with (tmp_path / "big.jsonl").open("w") as handle:
        for _ in range(count):
            handle.write(line)
    with (tmp_path / "big.csv").open("w") as handle:
        handle.write("text\n")
        row = '"' + "Shells fell on Stepanakert. " * 40 + '"\n'
        for _ in range(count):
            handle.write(row)
    tracemalloc.start()
    seen = 0
    for item in read_corpus(tmp_path):
        assert isinstance(item, Article)
        seen += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert seen == 2 * count
    assert peak < 4_000_000  # far below the 20 MB of input (one file read whole is 10 MB)


def test_a_file_in_a_legacy_encoding_says_which_one_it_was_read_in(tmp_path):
    old = "Les caf\xe9s de Bakou, \u201cferm\xe9s\u201d."
    (tmp_path / "old.txt").write_bytes(old.encode("cp1252"))
    (tmp_path / "new.txt").write_text("Les cafés de Bakou.", encoding="utf-8")
    notes = {a.article_id: a.notes for a in items(tmp_path)}
    assert notes["new"] == ()
    assert notes["old"] == ("not UTF-8, decoded as cp1252 (a guess)",)


# --- hostile and unlucky inputs: each read correctly, or skipped with a true reason ----------


def test_json_nested_deeper_than_python_reads_is_skipped_with_its_line(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    write(tmp_path, "deep.json", deep)
    write(tmp_path, "deep.jsonl", json.dumps({"text": "Goris was shelled."}) + "\n"
          + '{"text": "x", "meta": ' + deep + "}\n"
          + json.dumps({"text": "Ganja was shelled."}) + "\n")
    found = items(tmp_path)
    reasons = {(s.path, s.reason) for s in found if isinstance(s, Skipped)}
    assert reasons == {
        ("deep.json", "line 1: JSON nested too deeply (arrays or objects about 1,000 levels "
                      "down)"),
        ("deep.jsonl", "line 2: JSON nested too deeply (arrays or objects about 1,000 levels "
                       "down)")}
    assert [a.text for a in found if isinstance(a, Article)] == [
        "Goris was shelled.", "Ganja was shelled."]


def test_lone_surrogates_in_json_are_read_as_replacement_characters(tmp_path):
    write(tmp_path, "a.json", '{"text": "Shells hit Goris \\ud800 today.", "title": "T \\udfff",'
                              ' "source": "S\\udc80"}')
    write(tmp_path, "b.jsonl", '{"text": "Ganja \\udfff was hit."}\n')
    first, second = articles(tmp_path)
    assert first.text == "Shells hit Goris \ufffd today." and first.title == "T \ufffd"
    assert first.source == "S\ufffd"
    assert first.notes == ("3 lone surrogates (such as \\ud800) read as U+FFFD",)
    assert second.text == "Ganja \ufffd was hit."
    for article in (first, second):  # what the tables and the cache will write
        for value in (article.text, article.title, article.source, article.article_id):
            value.encode("utf-8")


def test_a_file_name_that_is_not_utf8_is_read_under_a_name_with_escapes(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9 report.txt"
    with open(name, "wb") as handle:
        handle.write(b"Shells hit Goris on Monday.\n")
    (article,) = articles(tmp_path)
    assert article.article_id == "caf\\xe9 report" and article.path == "caf\\xe9 report.txt"
    assert article.notes == ("a file name that is not UTF-8 (its bytes shown as \\x escapes)",)
    article.path.encode("utf-8")
    os.remove(name)
    os.mkfifo(name)  # a skipped file is named the same way
    (skipped,) = items(tmp_path)
    assert skipped.path == "caf\\xe9 report.txt"


BOMB = "---\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 10)) + "title: *a9\n---\n"


def test_a_yaml_alias_bomb_in_front_matter_is_not_expanded(tmp_path):
    write(tmp_path, "bomb.md", BOMB + "Shells hit Goris.\n")
    started = time.perf_counter()
    (article,) = articles(tmp_path)
    assert time.perf_counter() - started < 5
    assert article.title == "Shells hit Goris."
    assert article.text[article.body_start:] == "Shells hit Goris.\n"
    assert article.notes == ("front matter not read: it uses YAML aliases (*name)",)


def test_front_matter_nested_too_deeply_is_not_read_but_the_article_is(tmp_path):
    write(tmp_path, "deep.md", "---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nGoris.\n")
    (article,) = articles(tmp_path)
    assert article.title == "Goris."
    assert article.notes == ("front matter not read: nested too deeply",)


def test_a_fifo_is_skipped_without_being_opened(tmp_path):
    write(tmp_path, "a.txt", "Shells hit Goris.")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    reasons = {s.path: s.reason for s in items(tmp_path) if isinstance(s, Skipped)}
    assert reasons == {"pipe.txt": "not a regular file but a named pipe (FIFO)",
                       "pipe.jsonl": "not a regular file but a named pipe (FIFO)"}


def test_links_that_lead_out_of_the_corpus_are_not_followed(tmp_path):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", "Shells hit Goris.")
    secret = write(tmp_path, "private/secret.txt", "Shells hit Ganja.")
    os.symlink(secret, corpus / "secret.txt")
    os.symlink(tmp_path / "private", corpus / "private")
    os.symlink("/dev/zero", corpus / "zero.txt")
    os.symlink(corpus / "a.txt", corpus / "again.txt")  # inside: followed
    found = items(corpus)
    assert sorted(a.article_id for a in found if isinstance(a, Article)) == ["a", "again"]
    reasons = {s.path: s.reason for s in found if isinstance(s, Skipped)}
    assert reasons == {
        "secret.txt": f"a link to {secret}, outside the corpus: not followed",
        "private": f"a link to the folder {tmp_path / 'private'}, outside the corpus: "
                   "not followed",
        "zero.txt": "a link to /dev/zero, outside the corpus: not followed"}


def test_utf8_text_with_nul_bytes_is_read_with_the_nuls_as_spaces(tmp_path):
    raw = "Shells hit Goris.\n\nResidents fled to Stepanakert.\n"
    write(tmp_path, "a.txt", raw.encode() + b"\x00\x00\x00" + "Café owners fled.\n".encode())
    write(tmp_path, "crash.txt", raw.encode() + b"\x00" * 4096)  # a write cut short
    first, second = articles(tmp_path)
    assert first.text == raw + "   Café owners fled.\n"
    assert first.notes == ("3 NUL characters read as spaces",)
    assert second.text == raw + " " * 4096
    assert second.notes == ("4,096 NUL characters read as spaces",)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_decoded_not_taken_for_binary(tmp_path, encoding):
    text = "Shusha fell\n\nTroops entered Shusha, the ministry said on Sunday.\n"
    write(tmp_path, "a.txt", text.encode(encoding))
    write(tmp_path, "b.csv", "id,text\n1,Troops entered Ganja.\n".encode(encoding))
    first, second = articles(tmp_path)
    assert first.text == text
    assert first.notes == second.notes == (f"not UTF-8, decoded as {encoding} (a guess)",)
    assert second.text == "Troops entered Ganja."


def test_a_file_with_utf8_and_windows_1252_parts_reads_each_in_its_own(tmp_path):
    utf8 = "Café owners in Stepanakert said “no” — again.\n"
    legacy = "Les réfugiés à Goris disent « oui ».\n"
    write(tmp_path, "a.txt", utf8.encode() + legacy.encode("cp1252") + utf8.encode())
    write(tmp_path, "b.csv", ("text\n" + utf8).encode() + legacy.encode("cp1252"))
    (article, first_row, second_row) = articles(tmp_path)
    assert article.text == utf8 + legacy + utf8
    assert article.notes == ("mixed encodings: UTF-8, and 5 bytes read as cp1252 (a guess)",)
    assert first_row.text == utf8.strip() and first_row.notes == ()
    assert second_row.text == legacy.strip()
    assert second_row.notes == ("not UTF-8, decoded as cp1252 (a guess)",)


def test_html_nested_very_deep_gives_its_text(tmp_path):
    text = "Artillery shells hit Stepanakert overnight, officials said."
    for name, depth in (("deep.html", 20_000), ("deeper.html", 200_000)):
        write(tmp_path, name, "<html><head><title>Deep</title></head><body>" + "<div>" * depth
              + f"<p>{text}</p>" + "</div>" * depth + "</body></html>")
    found = articles(tmp_path)
    assert [a.text for a in found] == [f"Deep\n\n{text}"] * 2


def test_html_with_more_tags_than_trafilatura_can_take_is_read_as_plain_text(
        tmp_path, monkeypatch):
    import geo.corpus

    monkeypatch.setattr(geo.corpus, "TRAFILATURA_MAX_TAGS", 20)
    write(tmp_path, "big.html", "<html><body><nav>Menu</nav>" + "<p>Goris was hit.</p>" * 20
          + "</body></html>")
    (article,) = articles(tmp_path)
    assert article.text == "\n\n".join(["Goris was hit."] * 20)
    assert article.notes == ("a page of 46 tags, read as plain text (menus and footers kept)",)


@pytest.mark.parametrize("page", [
    "<a " * 200_000 + ">text", "<" * 500_000 + ">", '<a b="' + "x" * 500_000,
    "<!--" * 200_000, "<script>" + "a<" * 300_000, "&" * 500_000 + "<p>Goris.</p>"])
def test_the_plain_html_reading_takes_time_in_proportion_to_the_page(page):
    from geo.corpus import _plain_html_text

    started = time.perf_counter()
    _plain_html_text(page)
    assert time.perf_counter() - started < 2  # html.parser takes minutes on the first


def test_a_file_larger_than_the_bound_is_skipped_with_its_size(tmp_path, monkeypatch):
    import geo.corpus

    monkeypatch.setattr(geo.corpus, "MAX_FILE_BYTES", 3 * 1024 * 1024)
    write(tmp_path, "huge.txt", b"Goris. " * 600_000)
    write(tmp_path, "small.txt", b"Goris.")
    reasons = {s.path: s.reason for s in items(tmp_path) if isinstance(s, Skipped)}
    assert reasons == {"huge.txt": "too large: 4 MB, more than the 3 MB a file may have"}


def test_a_record_longer_than_the_bound_is_skipped_alone(tmp_path, monkeypatch):
    import geo.corpus

    monkeypatch.setattr(geo.corpus, "MAX_RECORD_CHARS", 1024 * 1024)
    long_line = json.dumps({"text": "Goris. " * 200_000})
    write(tmp_path, "a.jsonl", "\n".join([json.dumps({"text": "First."}), long_line,
                                          json.dumps({"text": "Third."})]) + "\n")
    write(tmp_path, "b.csv", 'text\nFirst.\n"' + "Goris. " * 200_000 + '"\nThird.\n')
    found = items(tmp_path)
    assert [a.text for a in found if isinstance(a, Article)] == ["First.", "Third.", "First."]
    assert [(s.path, s.reason) for s in found if isinstance(s, Skipped)] == [
        ("a.jsonl", "line 2: longer than the 1 MB a record may have"),
        ("b.csv", "line 3: longer than the 1 MB a record may have, rest of file skipped")]
