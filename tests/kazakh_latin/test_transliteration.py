"""Kazakh Cyrillic to the 2021 Latin alphabet: the table letter by letter, the case of whole
words, text that is not Cyrillic, the search form, and sentences of the site."""

import pytest

from kazakh_latin.transliteration import CYRILLIC, fold, to_latin

# The table, written out here rather than imported: (Cyrillic upper, lower, Latin upper, lower).
LETTERS = [
    ("А", "а", "A", "a"),
    ("Ә", "ә", "Ä", "ä"),
    ("Б", "б", "B", "b"),
    ("В", "в", "V", "v"),
    ("Г", "г", "G", "g"),
    ("Ғ", "ғ", "Ğ", "ğ"),
    ("Д", "д", "D", "d"),
    ("Е", "е", "E", "e"),
    ("Ж", "ж", "J", "j"),
    ("З", "з", "Z", "z"),
    ("И", "и", "\u0130", "i"),
    ("Й", "й", "\u0130", "i"),
    ("К", "к", "K", "k"),
    ("Қ", "қ", "Q", "q"),
    ("Л", "л", "L", "l"),
    ("М", "м", "M", "m"),
    ("Н", "н", "N", "n"),
    ("Ң", "ң", "Ñ", "ñ"),
    ("О", "о", "O", "o"),
    ("Ө", "ө", "Ö", "ö"),
    ("П", "п", "P", "p"),
    ("Р", "р", "R", "r"),
    ("С", "с", "S", "s"),
    ("Т", "т", "T", "t"),
    ("У", "у", "U", "u"),
    ("Ұ", "ұ", "Ū", "ū"),
    ("Ү", "ү", "Ü", "ü"),
    ("Ф", "ф", "F", "f"),
    ("Х", "х", "H", "h"),
    ("Һ", "һ", "H", "h"),
    ("Ш", "ш", "Ş", "ş"),
    ("Ы", "ы", "Y", "y"),
    ("І", "і", "I", "\u0131"),
    ("Э", "э", "E", "e"),
    ("Ц", "ц", "S", "s"),
    ("Ч", "ч", "Ş", "ş"),
    ("Щ", "щ", "Ş", "ş"),
    ("Ё", "ё", "\u0130o", "io"),
    ("Ю", "ю", "\u0130u", "iu"),
    ("Я", "я", "\u0130a", "ia"),
    ("Ъ", "ъ", "", ""),
    ("Ь", "ь", "", ""),
]


@pytest.mark.parametrize(("cyrillic_upper", "cyrillic_lower", "latin_upper", "latin_lower"), LETTERS)
def test_every_letter_in_both_cases(cyrillic_upper, cyrillic_lower, latin_upper, latin_lower):
    assert to_latin(cyrillic_upper) == latin_upper
    assert to_latin(cyrillic_lower) == latin_lower


def test_the_table_covers_the_whole_alphabet():
    kazakh = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
    assert {upper for upper, *_ in LETTERS} == set(kazakh)
    assert CYRILLIC.search(to_latin(kazakh + kazakh.lower())) is None


def test_dotted_and_dotless_i_are_the_exact_code_points():
    assert [hex(ord(c)) for c in to_latin("Иі")] == ["0x130", "0x131"]
    assert [hex(ord(c)) for c in to_latin("иІ")] == ["0x69", "0x49"]
    assert "\u0307" not in to_latin("ИЙ ий Ё Ю Я")


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Қазақша", "Qazaqşa"),
        ("Тәуелсіздік", "Täuelsızdık"),
        ("Наурыз", "Nauryz"),
        (
            "Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының "
            "үйіне келіп қоныпты.",
            "Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ "
            "üiıne kelıp qonypty.",
        ),
        ("Сонда қазы қорқып", "Sonda qazy qorqyp"),
    ],
)
def test_examples(cyrillic, latin):
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("ҚАЗАҚСТАН", "QAZAQSTAN"),
        ("Қазақстан", "Qazaqstan"),
        ("қазақстан", "qazaqstan"),
        ("ТӘУЕЛСІЗДІК", "TÄUELSIZDIK"),
        ("Юрта", "İurta"),
        ("ЮРТА", "İURTA"),
        ("юрта", "iurta"),
        ("ИІ", "İI"),
        ("Иә", "İä"),
        ("ИЕ", "İE"),
        ("Ертіс", "Ertıs"),
        ("ІЛЕ", "ILE"),
        ("Ёлка", "İolka"),
        ("ЁЛКА", "İOLKA"),
        ("Январь", "İanvar"),
        ("ЯНВАРЬ", "İANVAR"),
        ("ТЮЛЬПАН", "TİULPAN"),
        ("Тюльпан", "Tiulpan"),
        ("АЮ", "AİU"),
        ("АЮ.", "AİU."),
        ("Аю", "Aiu"),
        ("ИЯ", "İİA"),
        ("ОБЪЯВЛЕНИЕ", "OBİAVLENİE"),
        ("Ю. Гагарин", "İu. Gagarin"),
        ("Я", "İa"),
        ("ҚАЗАҚСТАН-ЯПОНИЯ", "QAZAQSTAN-İAPONİİA"),
        ("Қазақстан–Япония", "Qazaqstan–İaponiia"),
        ("ЦЕНТР", "SENTR"),
        ("Шай мен Чай", "Şai men Şai"),
        ("Щука", "Şuka"),
    ],
)
def test_title_and_capital_words(cyrillic, latin):
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    "text",
    [
        "The Embassy of the Republic of Kazakhstan is open from Monday to Friday.",
        "https://example.kz/kk/news/",
        "info@embassy.kz",
        "2026-12-03",
        "10:00–13:00",
        "",
        " \t\n ",
        '<p class="lead">«Qazaqşa» — Täuelsızdık, İI, ı</p>',
        "ISO 3166-1 KZ, IBAN KZ12 3456 7890, ₸ 1 000",
    ],
)
def test_text_without_cyrillic_is_the_same_object(text):
    assert to_latin(text) is text


def test_a_long_english_text_is_returned_as_it_is():
    text = (
        "In December the consular section receives visitors on Tuesdays and Thursdays from 10:00 to "
        "13:00, as usual. An additional reception will be held on Monday, 21 December. "
    ) * 500
    assert to_latin(text) is text


def test_mixed_text_changes_only_the_cyrillic():
    assert to_latin(
        "Сайт: https://example.kz/kk/news/, пошта: info@embassy.kz, сағат 10:00–13:00 (2026-12-03). "
        '"Nur Otan" — «Нұр Отан»'
    ) == (
        "Sait: https://example.kz/kk/news/, poşta: info@embassy.kz, sağat 10:00–13:00 (2026-12-03). "
        '"Nur Otan" — «Nūr Otan»'
    )
    assert to_latin('<a href="/kk/news/" title="Жаңалықтар">Жаңалықтар</a>') == (
        '<a href="/kk/news/" title="Jañalyqtar">Jañalyqtar</a>'
    )
    assert to_latin("— деді ЕҚЫҰ-ның") == "— dedı EQYŪ-nyñ"
    assert to_latin("Embassy / Елшілік / Посольство") == "Embassy / Elşılık / Posolstvo"
    assert to_latin("Ашық есік күні\u00a0— 21\u202fнаурыз") == "Aşyq esık künı\u00a0— 21\u202fnauryz"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Täuelsızdık", "tauelsizdik"),
        ("Tauelsizdik", "tauelsizdik"),
        ("ТӘУЕЛСІЗДІК", "tauelsizdik"),
        ("Тәуелсіздік", "tauelsizdik"),
        ("TÄUELSIZDIK", "tauelsizdik"),
        ("Qazaqşa", "qazaqsa"),
        ("ҚАЗАҚША", "qazaqsa"),
        ("İURTA", "iurta"),
        ("Юрта", "iurta"),
        ("Ğ Ñ Ö Ş Ū Ü İ I ı i", "g n o s u u i i i i"),
        ("Жаңалықтар", "janalyqtar"),
        ("Bağdat şaharynyñ", "bagdat saharynyn"),
        ("Café", "cafe"),
        ("2026-12-03", "2026-12-03"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


MONTHS = (
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
    "qañtar aqpan nauryz säuır mamyr mausym şılde tamyz qyrküiek qazan qaraşa jeltoqsan",
)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        MONTHS,
        (
            MONTHS[0].title(),
            "Qañtar Aqpan Nauryz Säuır Mamyr Mausym Şılde Tamyz Qyrküiek Qazan Qaraşa Jeltoqsan",
        ),
        (
            MONTHS[0].upper(),
            "QAÑTAR AQPAN NAURYZ SÄUIR MAMYR MAUSYM ŞILDE TAMYZ QYRKÜİEK QAZAN QARAŞA JELTOQSAN",
        ),
        ("Басты бет", "Basty bet"),
        ("Жаңалықтар", "Jañalyqtar"),
        ("Іс-шаралар", "Is-şaralar"),
        ("Қазақстан Елшілігі", "Qazaqstan Elşılıgı"),
        (
            "ЕҚЫҰ бақылаушылары «алға басқан қадам» деп бағалаған Қазақстандағы сайлау",
            "EQYŪ baqylauşylary «alğa basqan qadam» dep bağalağan Qazaqstandağy sailau",
        ),
        # news/demo/posts.py
        (
            "Желтоқсанда консулдық бөлім сейсенбі мен бейсенбі күндері жұмыс істейді, мереке алдында "
            "қосымша қабылдау күні белгіленді.",
            "Jeltoqsanda konsuldyq bölım seisenbı men beisenbı künderı jūmys ısteidı, mereke aldynda "
            "qosymşa qabyldau künı belgılendı.",
        ),
        (
            "Елшілік қонақтары домбырамен орындалған Құрманғазы мен Дина Нұрпейісованың күйлерін және "
            "қазақ жыраулары қолданған қос ішекті ысқышты аспап — қобызда орындалған көне әуендерді "
            "тыңдады.",
            "Elşılık qonaqtary dombyramen oryndalğan Qūrmanğazy men Dina Nūrpeiısovanyñ küilerın jäne "
            "qazaq jyraulary qoldanğan qos ışektı ysqyşty aspap — qobyzda oryndalğan köne äuenderdı "
            "tyñdady.",
        ),
        # news/demo/elections.py
        (
            "Қазақстанның Орталық сайлау комиссиясы (ОСК) алдын ала есебінде парламенттік сайлауда "
            "билеуші «Нұр Отан» партиясы дауыстардың 88,05 пайызын жинап, жеңіске жеткенін хабарлады.",
            "Qazaqstannyñ Ortalyq sailau komissiiasy (OSK) aldyn ala esebınde parlamenttık sailauda "
            "bileuşı «Nūr Otan» partiiasy dauystardyñ 88,05 paiyzyn jinap, jeñıske jetkenın habarlady.",
        ),
    ],
)
def test_sentences_of_the_site(cyrillic, latin):
    assert to_latin(cyrillic) == latin


def test_letters_of_other_cyrillic_alphabets():
    assert to_latin("Ўзбекистон") == "Uzbekiston"
    assert to_latin("Ґанок, Європа, Їжак") == "Ganok, Evropa, Ijak"
    assert to_latin("Ѓорѓи") == "Gorgi"
    # A character with no Latin counterpart is kept, and CYRILLIC still finds it.
    assert to_latin("Ѣ") == "Ѣ"
    assert CYRILLIC.search(to_latin("Ѣ"))


def test_cyrillic_pattern():
    assert CYRILLIC.search("Latin and Қ")
    assert CYRILLIC.search("ӘӨҮҰҚҒҢҺІ")
    assert not CYRILLIC.search("Qazaqşa Täuelsızdık İI ı 10:00–13:00 «»")
