"""Bytes to text: declared charsets, BOMs, guesses, mojibake repair, language flags."""

import codecs

import pytest

from storyline.model import Article
from storyline.read import read_file
from storyline.read.decode import decode, in_document_charset, repair_mojibake
from storyline.read.language import guess_language

FRENCH = (
    "Le conseil régional a voté mardi la fermeture de l'ancienne gare maritime après vingt "
    "années de pertes, a déclaré la maire aux journalistes devant l'hôtel de ville."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, den alten Fährhafen nach zwanzig Jahren mit "
    "Verlusten zu schließen, sagte die Bürgermeisterin vor dem Rathaus."
)
ENGLISH = (
    "The regional council voted on Tuesday to close the old ferry terminal after twenty years "
    "of losses, the mayor told reporters outside the town hall."
)


def test_declared_charset_beats_a_guess():
    data = "Łódź i Kraków".encode("iso-8859-2")
    assert decode(data, declared="iso-8859-2").text == "Łódź i Kraków"


def test_declared_charset_that_does_not_fit_is_ignored():
    assert decode("Café".encode(), declared="ascii").text == "Café"


def test_meta_charset_in_the_page():
    page = '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'
    data = page.encode("cp1251")
    assert in_document_charset(data) == "windows-1251"
    assert "Москва" in decode(data).text
    http_equiv = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    assert in_document_charset(http_equiv) == "ISO-8859-1"


def test_bom_wins():
    data = codecs.BOM_UTF8 + "naïve".encode()
    assert decode(data, declared="cp1252").text == "naïve"


def test_cp1252_without_declaration():
    text = "Café owners say “prices” rose – again."
    assert decode(text.encode("cp1252")).text == text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [("CafÃ© owners", "Café owners"), ("â€œQuotedâ€\x9d", "“Quoted”"), ("MÃ¼ller", "Müller")],
)
def test_double_decoded_text_is_repaired(broken, fixed):
    assert repair_mojibake(broken) == fixed


@pytest.mark.parametrize(
    "correct",
    ["naïve café — “quotes”", "Müller, Łódź, Москва, 東京", "½ price, 30°C, Ã is a letter",
     "Plain ASCII text."],
)
def test_correct_text_is_untouched(correct):
    assert repair_mojibake(correct) == correct


def test_mojibake_in_a_text_dump_is_repaired(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text(ENGLISH.replace("town hall", "cafÃ© on the square"), encoding="utf-8")
    article = next(read_file(path))
    assert "café on the square" in article.text


def test_language_codes():
    assert guess_language(ENGLISH) == "en"
    assert guess_language(FRENCH) == "fr"
    assert guess_language(GERMAN) == "de"
    assert guess_language("") is None


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (GERMAN, "de")])
def test_non_english_articles_are_kept_and_flagged(tmp_path, text, code):
    path = tmp_path / "story.txt"
    path.write_text(f"{text}\n\n{text}\n")
    article = next(read_file(path))
    assert isinstance(article, Article)
    assert article.language == code


def test_plain_english_prose_is_told_by_its_stop_words(monkeypatch):
    from storyline.read import language

    def no_cld2(_text):
        raise AssertionError("CLD2 asked about plain English prose")

    monkeypatch.setattr(language, "_cld2", no_cld2)
    assert guess_language(ENGLISH) == "en"


@pytest.mark.parametrize(("text", "code"), [
    ("שלום לכולם, זהו טקסט בעברית על החדשות של היום ועל מה שקרה אתמול בעיר.", "he"),
    ("這是一篇關於今天新聞的中文文章，內容很長，記者在現場採訪了很多人。", "zh"),
    ("\ud800 broken surrogate text", None),
])
def test_language_codes_are_iso_639_1(text, code):
    assert guess_language(text) == code
