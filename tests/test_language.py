"""An English model refuses text in another language, with a reason, and reads English lists."""

from __future__ import annotations

from newsgraph.errors import DocumentError
from newsgraph.ingest.html import read_html
from newsgraph.ingest.text import read_text
from newsgraph.language import check_english
from newsgraph.model import Record

ENGLISH = (
    "Westmere Votes To Close Its Ferry Pier\n\n"
    "The harbour council voted on Tuesday to close the old ferry pier. “We have patched it every winter,” "
    "council chair Maria Okonkwo said after the vote.\n"
)
INDONESIAN = (
    "Dewan Pelabuhan Menutup Dermaga Lama\n\n"
    "Dewan pelabuhan Westmere memutuskan untuk menutup dermaga yang sudah tua itu pada hari Selasa. "
    "“Kami sudah memperbaikinya setiap musim dingin,” kata ketua dewan dengan nada yang tidak senang, "
    "dan para nelayan yang ada di sana juga tidak setuju dengan keputusan itu.\n"
)
GERMAN = (
    "Der Hafenrat hat am Dienstag beschlossen, die alte Fähranlegestelle zu schließen. Die Fischer sind "
    "nicht einverstanden und wollen sich an das Gericht wenden, das über den Fall entscheiden soll.\n"
)
RUSSIAN = "Совет гавани во вторник решил закрыть старый паром. Рыбаки недовольны этим решением.\n"
SCORES = (
    "Boys Swim Results\n\n"
    "200 Medley Relay: 1. Salina South 1:45.2; 2. Hays 1:47.9; 3. Dodge City 1:49.0. "
    "50 Free: 1. Tom Ruiz, Hays, 22.1; 2. Ben Okafor, Salina South, 22.4.\n"
)


def test_language_check_tells_english_from_other_languages():
    assert check_english(ENGLISH).reads_as_english
    assert check_english(SCORES).reads_as_english  # few function words of any language: English passes
    for text in (INDONESIAN, GERMAN, RUSSIAN):
        assert not check_english(text).reads_as_english, text[:30]


def test_english_model_refuses_other_languages_with_a_reason(analyzer):
    foreign = read_text(INDONESIAN, source="dermaga.txt")
    results = list(analyzer.analyze_many([foreign, read_text(ENGLISH, source="pier.txt")]))
    assert isinstance(results[0], DocumentError)
    assert "not in English" in results[0].reason and "setting model" in results[0].reason
    assert isinstance(results[1], Record) and results[1].quotes


def test_page_language_is_read_from_its_markup():
    page = (
        '<html lang="id-ID"><head><title>Dermaga</title></head><body><article>'
        + "".join(f"<p>{p}</p>" for p in INDONESIAN.split("\n\n")[1:] * 3)
        + "</article></body></html>"
    )
    assert read_html(page).language == "id"


LINEUP = (
    "Argentina Names Squad\n\n"
    "Argentina lineup: Emiliano Martinez; Nahuel Molina, Cristian Romero, Nicolas Otamendi, Marcos Acuna; "
    "Rodrigo De Paul, Enzo Fernandez, Alexis Mac Allister; Angel Di Maria, Julian Alvarez, Lionel Messi.\n\n"
    "Bench: Franco Armani, Gonzalo Montiel, German Pezzella, Giovani Lo Celso, Lautaro Martinez, Paulo Dybala.\n"
)


def test_an_english_page_of_foreign_names_or_a_declared_english_page_is_read(analyzer):
    assert check_english(LINEUP).reads_as_english
    quoting = read_text(
        "Mayor Quotes a Poet\n\n"
        "The mayor of Westmere opened the harbour festival on Friday with a poem she said had shaped her. "
        "“La casa de la playa es para los que no tienen casa, y el mar es de todos los que lo miran "
        "con los ojos de un niño que no tiene nada. Y la noche es de los que no duermen, y el día es de "
        "los que se levantan con el sol para ver la luz del mar,” she read.\n",
        source="poet.txt",
    )
    assert not check_english(quoting.text).reads_as_english  # more Spanish little words than English
    quoting.language = "en"  # the page says it is English: taken at its word
    [result] = analyzer.analyze_many([quoting])
    assert isinstance(result, Record)
    german = read_text(GERMAN * 3, source="hafen.txt")
    german.language = "en"  # a template's lang="en" on a German page: plainly not English
    [result] = analyzer.analyze_many([german])
    assert isinstance(result, DocumentError)
