"""Finding glossary terms in English source text, and their approved forms, inflected, in Kazakh
and Russian translations."""

import pytest

from glossary.matching import missing_terms, terms_in, uses

pytestmark = pytest.mark.django_db

# (approved term, a translation that uses it in some form)
USED = [
    ("kk", "Тәуелсіздік күні", "Елшілік Тәуелсіздік күніне арналған қабылдау өткізді."),
    ("kk", "Тәуелсіздік күні", "Тәуелсіздік күнін тойлау"),
    ("kk", "Қазақстан Республикасының Елшілігі", "Қазақстан Республикасының Елшілігінде өтті"),
    # In a chain of possessives the genitive moves to the last noun.
    ("kk", "Қазақстан Республикасының Елшілігі", "Қазақстан Республикасы Елшілігінің консулдық бөлімі"),
    # The host country stands between the words of the name.
    (
        "kk",
        "Қазақстан Республикасының Елшілігі",
        "Қазақстан Республикасының Ұлыбританиядағы Елшілігі хабарлайды",
    ),
    ("kk", "консулдық бөлім", "Консулдық бөлімге жазылу"),
    ("kk", "Сыртқы істер министрлігі", "Сыртқы істер министрлігінің мәлімдемесі"),
    ("kk", "СІМ", "СІМ-нің ресми өкілі"),
    ("kk", "айлық есептік көрсеткіш", "мемлекеттік баж 5 айлық есептік көрсеткішке тең"),
    ("kk", "консулдық есепке тұру", "Консулдық есепке тұрған азаматтар"),
    ("kk", "Төтенше және Өкілетті Елші", "Төтенше және Өкілетті Елшісі кездесті"),
    ("kk", "Астана", "Астанада өтетін форум"),
    ("kk", "отандас", "шетелдегі отандастарымызбен кездесу"),
    ("ru", "Посольство Республики Казахстан", "в Посольстве Республики Казахстан"),
    ("ru", "Посольство Республики Казахстан", "Посольством Республики Казахстан в Великобритании"),
    ("ru", "День Независимости", "в связи с Днём Независимости"),
    ("ru", "День Независимости", "ко Дню Независимости"),
    ("ru", "консульский отдел", "обратитесь в консульский отдел"),
    ("ru", "консульский отдел", "Консульского отдела"),
    ("ru", "Министерство иностранных дел", "Министерства иностранных дел Республики Казахстан"),
    ("ru", "месячный расчётный показатель", "5 месячных расчетных показателей"),
    ("ru", "консульский учёт", "встать на консульский учет"),
    ("ru", "Чрезвычайный и Полномочный Посол", "Чрезвычайного и Полномочного Посла"),
    ("ru", "виза", "для получения визы"),
    ("ru", "свидетельство на возвращение", "выдаётся свидетельство на возвращение"),
]

# (approved term, a translation that says something else)
NOT_USED = [
    ("kk", "Тәуелсіздік күні", "Азаттық күніне арналған қабылдау"),
    ("kk", "консулдық бөлім", "консулдық секцияға жазылу"),
    ("kk", "Қазақстан Республикасының Елшілігі", "Қазақстан Елшілігі хабарлайды"),
    # The words are there, but not in the term's order.
    ("kk", "Сыртқы істер министрлігі", "министрлігі сыртқы істер"),
    ("kk", "айлық есептік көрсеткіш", "ең төменгі жалақы"),
    ("kk", "СІМ", "Сыртқы істер министрлігі"),
    ("ru", "Посольство Республики Казахстан", "Посольство Казахстана"),
    ("ru", "консульский отдел", "консульская секция"),
    ("ru", "Министерство иностранных дел", "Министерство внешних дел"),
    ("ru", "День Независимости", "День Республики"),
    ("ru", "месячный расчётный показатель", "минимальный расчётный показатель"),
    ("ru", "консульский учёт", "консульская регистрация"),
    ("ru", "МИД", "министерство"),
]


@pytest.mark.parametrize(("language", "approved", "translated"), USED)
def test_an_inflected_approved_term_is_recognised(language, approved, translated):
    assert uses(translated, approved)


@pytest.mark.parametrize(("language", "approved", "translated"), NOT_USED)
def test_another_wording_is_not_taken_for_the_approved_term(language, approved, translated):
    assert not uses(translated, approved)


def test_english_terms_are_found_as_whole_words_in_any_case_and_plural(term):
    section = term("consular section", "консулдық бөлім", "консульский отдел")
    certificate = term("certificate of return", "қайтуға арналған куәлік", "свидетельство на возвращение")
    visa = term("visa", "виза", "виза")
    e_visa = term("e-visa", "электрондық виза", "электронная виза")
    akim = term("akim", "әкім", "аким")

    assert terms_in("Contact the <b>Consular</b> Section.") == [section]
    assert terms_in("Both consular sections are closed.") == [section]
    assert terms_in("Certificates of return are issued in a day.") == [certificate]
    assert terms_in("Apply for an e-visa online.") == [e_visa]
    assert terms_in("A visa-free stay of 30 days; then a visa.") == [visa]
    assert terms_in("The akimat of Astana") == []
    assert terms_in("The akims met.") == [akim]
    assert terms_in("Visas &amp; e-visas") == [visa, e_visa]


def test_a_term_inside_a_longer_one_is_found_only_where_it_stands_alone(term):
    ambassador = term("Ambassador", "Елші", "Посол")
    full_rank = term(
        "Ambassador Extraordinary and Plenipotentiary",
        "Төтенше және Өкілетті Елші",
        "Чрезвычайный и Полномочный Посол",
    )
    assert terms_in("The Ambassador Extraordinary and Plenipotentiary arrived.") == [full_rank]
    assert terms_in("The Ambassador Extraordinary and Plenipotentiary met the Ambassador's guests.") == [
        full_rank,
        ambassador,
    ]


def test_missing_terms_in_kazakh_and_russian(embassy_terms):
    source = "<p>The Embassy of the Republic of Kazakhstan celebrates Independence Day in Astana.</p>"
    kazakh = "<p>Қазақстан Республикасының Елшілігі Астанада Тәуелсіздік күнін атап өтеді.</p>"
    assert missing_terms(source, kazakh, "kk") == []
    # In the order the source names them.
    assert missing_terms(source, "Қазақстан Елшілігі Азаттық күнін Астанада тойлайды.", "kk") == [
        embassy_terms["embassy"],
        embassy_terms["independence"],
    ]
    russian = "Посольство Республики Казахстан отмечает День Независимости в Нур-Султане."
    assert missing_terms(source, russian, "ru") == [embassy_terms["astana"]]


def test_a_term_left_untranslated_is_its_own_approved_form(term):
    bolashak = term("Bolashak", do_not_translate=True)
    assert bolashak.approved("kk") == "Bolashak"
    assert missing_terms("Bolashak scholars", "Bolashak стипендиаттары", "kk") == []
    assert missing_terms("Bolashak scholars", "Болашақ стипендиаттары", "kk") == [bolashak]


def test_kazakh_text_is_searched_through_its_inflections(embassy_terms):
    assert terms_in("Тәуелсіздік күніне орай Астанада", "kk") == [
        embassy_terms["astana"],
        embassy_terms["independence"],
    ]


def test_the_glossary_is_read_once_until_it_changes(term, django_assert_num_queries):
    term("tenge", "теңге", "тенге")
    terms_in("Fees are paid in tenge.")
    with django_assert_num_queries(0):
        assert [found.term_en for found in terms_in("Fees are paid in tenge.")] == ["tenge"]

    term("state fee", "мемлекеттік баж", "государственная пошлина")
    with django_assert_num_queries(1):
        found = terms_in("The state fee is paid in tenge.")
    assert [each.term_en for each in found] == ["state fee", "tenge"]

    found[1].delete()
    assert [each.term_en for each in terms_in("The state fee is paid in tenge.")] == ["state fee"]
