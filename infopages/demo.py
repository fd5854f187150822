"""About the Embassy, Consular services (questions and answers), Visa information and Contacts
in English, Kazakh and Russian. Idempotent: pages that exist are left as they are."""

from wagtail.models import Locale

from home.models import HomePage
from infopages.models import InfoPage
from site_core.demo.pages import publish_translations


def _item(key: str, **value) -> dict:
    # Stable ids: wagtail-localize puts translated list items back by id.
    return {"type": "item", "value": value, "id": f"00000000-0000-4000-8000-{key.encode().hex():0>12}"}


QUESTIONS = [
    (
        "passport",
        {
            "en": (
                "How do I renew my passport?",
                "Book an appointment, bring your current passport, one photograph and the completed application form. A new passport is ready in about four weeks.",
            ),
            "kk": (
                "Төлқұжатымды қалай ауыстырамын?",
                "Қабылдауға алдын ала жазылып, қолданыстағы төлқұжатыңызды, бір фотосурет пен толтырылған өтінішті әкеліңіз. Жаңа төлқұжат шамамен төрт аптада дайын болады.",
            ),
            "ru": (
                "Как заменить паспорт?",
                "Запишитесь на приём и принесите действующий паспорт, одну фотографию и заполненное заявление. Новый паспорт будет готов примерно через четыре недели.",
            ),
        },
    ),
    (
        "visa",
        {
            "en": (
                "Do I need a visa to visit Kazakhstan?",
                "Citizens of the United Kingdom may stay in Kazakhstan for up to 30 days without a visa. For longer stays, study or work, apply for a visa at the consular section.",
            ),
            "kk": (
                "Қазақстанға бару үшін виза қажет пе?",
                "Ұлыбритания азаматтары Қазақстанда 30 күнге дейін визасыз бола алады. Ұзақ мерзімге, оқуға немесе жұмысқа бару үшін консулдық бөлімге визаға өтініш беріңіз.",
            ),
            "ru": (
                "Нужна ли виза для поездки в Казахстан?",
                "Граждане Великобритании могут находиться в Казахстане без визы до 30 дней. Для более длительного пребывания, учёбы или работы подайте заявление на визу в консульский отдел.",
            ),
        },
    ),
    (
        "legalisation",
        {
            "en": (
                "How are documents legalised?",
                "Documents issued in the United Kingdom need an apostille from the Foreign, Commonwealth and Development Office before they are valid in Kazakhstan. The consular section certifies translations.",
            ),
            "kk": (
                "Құжаттар қалай заңдастырылады?",
                "Ұлыбританияда берілген құжаттар Қазақстанда жарамды болуы үшін Сыртқы істер министрлігінің апостилі қажет. Консулдық бөлім аудармаларды куәландырады.",
            ),
            "ru": (
                "Как легализовать документы?",
                "Документы, выданные в Великобритании, действительны в Казахстане после проставления апостиля Министерства иностранных дел. Консульский отдел заверяет переводы.",
            ),
        },
    ),
    (
        "registration",
        {
            "en": (
                "Should citizens of Kazakhstan register with the Embassy?",
                "Yes: citizens living in the United Kingdom for more than three months register with the consular section, so that the Embassy can reach them in an emergency.",
            ),
            "kk": (
                "Қазақстан азаматтары Елшілікте есепке тұруы керек пе?",
                "Иә: Ұлыбританияда үш айдан астам тұратын азаматтар консулдық есепке тұрады, сонда Елшілік төтенше жағдайда олармен байланыса алады.",
            ),
            "ru": (
                "Должны ли граждане Казахстана вставать на учёт в Посольстве?",
                "Да: граждане, проживающие в Великобритании более трёх месяцев, встают на консульский учёт, чтобы Посольство могло связаться с ними в чрезвычайной ситуации.",
            ),
        },
    ),
    (
        "appointment",
        {
            "en": (
                "How do I make an appointment?",
                "Call the consular section or write to it by email. Visitors are received on Tuesdays and Thursdays from 10:00 to 13:00.",
            ),
            "kk": (
                "Қабылдауға қалай жазылуға болады?",
                "Консулдық бөлімге қоңырау шалыңыз немесе электрондық пошта арқылы жазыңыз. Келушілер сейсенбі және бейсенбі күндері 10:00-ден 13:00-ге дейін қабылданады.",
            ),
            "ru": (
                "Как записаться на приём?",
                "Позвоните в консульский отдел или напишите на электронную почту. Посетителей принимают по вторникам и четвергам с 10:00 до 13:00.",
            ),
        },
    ),
]
FAQ_TITLE = {
    "en": "Frequently asked questions",
    "kk": "Жиі қойылатын сұрақтар",
    "ru": "Часто задаваемые вопросы",
}


def _accordion(code: str) -> dict:
    items = [_item(key, question=t[code][0], answer=f"<p>{t[code][1]}</p>") for key, t in QUESTIONS]
    return {
        "type": "accordion",
        "value": {"title": FAQ_TITLE[code], "items": items},
        "id": "00000000-0000-4000-8000-00000000faq0",
    }


def _paragraph(key: str, html: str) -> dict:
    return {"type": "paragraph", "value": html, "id": f"00000000-0000-4000-8000-{key.encode().hex():0>12}"}


CONTACT_TITLE = {
    "en": "Embassy and consular section",
    "kk": "Елшілік және консулдық бөлім",
    "ru": "Посольство и консульский отдел",
}
DUTY = {
    "en": "Duty officer (emergencies)",
    "kk": "Кезекші қызметкер (төтенше жағдайлар)",
    "ru": "Дежурный сотрудник (экстренные случаи)",
}


def _contact(code: str) -> dict:
    return {
        "type": "contact",
        "id": "00000000-0000-4000-8000-0000c0a7ac70",
        "value": {
            "title": CONTACT_TITLE[code],
            "use_embassy_details": True,
            "address": "",
            "phones": [
                _item("main", label="", number="+1 202 555 0142"),
                _item("duty", label=DUTY[code], number="+1 202 555 0199"),
            ],
            "email": "",
            "opening_hours": "",
            "latitude": None,
            "longitude": None,
            "show_closures": True,
        },
    }


PAGES = [
    {
        "slug": "about",
        "menu": True,
        "en": {
            "title": "About the Embassy",
            "intro": "<p>The Embassy represents the Republic of Kazakhstan and protects the rights of its citizens.</p>",
            "body": [
                _paragraph(
                    "about",
                    "<p>The Embassy develops political, economic and cultural relations between Kazakhstan and the host country, and helps citizens of Kazakhstan abroad.</p>",
                )
            ],
        },
        "kk": {
            "title": "Елшілік туралы",
            "intro": "<p>Елшілік Қазақстан Республикасының мүддесін білдіреді және оның азаматтарының құқықтарын қорғайды.</p>",
            "body": [
                _paragraph(
                    "about",
                    "<p>Елшілік Қазақстан мен қабылдаушы ел арасындағы саяси, экономикалық және мәдени байланыстарды дамытады, шетелдегі Қазақстан азаматтарына көмек көрсетеді.</p>",
                )
            ],
        },
        "ru": {
            "title": "О посольстве",
            "intro": "<p>Посольство представляет Республику Казахстан и защищает права её граждан.</p>",
            "body": [
                _paragraph(
                    "about",
                    "<p>Посольство развивает политические, экономические и культурные связи между Казахстаном и страной пребывания и помогает гражданам Казахстана за рубежом.</p>",
                )
            ],
        },
    },
    {
        "slug": "consular-services",
        "legal": True,
        "menu": True,
        "en": {
            "title": "Consular services",
            "intro": "<p>Passports, visas, legalisation of documents and registration of citizens.</p>",
            "body": [_accordion("en")],
        },
        "kk": {
            "title": "Консулдық қызметтер",
            "intro": "<p>Төлқұжаттар, визалар, құжаттарды заңдастыру және азаматтарды есепке алу.</p>",
            "body": [_accordion("kk")],
        },
        "ru": {
            "title": "Консульские услуги",
            "intro": "<p>Паспорта, визы, легализация документов и консульский учёт граждан.</p>",
            "body": [_accordion("ru")],
        },
    },
    {
        "slug": "visas",
        "legal": True,
        "menu": False,
        "en": {
            "title": "Visa information",
            "intro": "<p>Who needs a visa to travel to Kazakhstan and how to apply for one.</p>",
            "body": [
                _paragraph(
                    "visas",
                    "<p>Apply for a visa at least two weeks before your journey. Bring your passport, a completed application form, one photograph and the invitation letter if your visa type needs one.</p>",
                )
            ],
        },
        "kk": {
            "title": "Виза туралы ақпарат",
            "intro": "<p>Қазақстанға бару үшін кімге виза қажет және оны қалай алуға болады.</p>",
            "body": [
                _paragraph(
                    "visas",
                    "<p>Визаға сапардан кемінде екі апта бұрын өтініш беріңіз. Төлқұжатыңызды, толтырылған өтінішті, бір фотосуретті және виза түрі талап етсе, шақыру хатын әкеліңіз.</p>",
                )
            ],
        },
        "ru": {
            "title": "Визовая информация",
            "intro": "<p>Кому нужна виза для поездки в Казахстан и как её получить.</p>",
            "body": [
                _paragraph(
                    "visas",
                    "<p>Подавайте заявление на визу не позднее чем за две недели до поездки. Принесите паспорт, заполненную анкету, одну фотографию и пригласительное письмо, если оно требуется для вашего типа визы.</p>",
                )
            ],
        },
    },
    {
        "slug": "contacts",
        "menu": False,
        "contacts": True,
        "en": {
            "title": "Contacts",
            "intro": "<p>How to reach the Embassy and when it receives visitors.</p>",
            "body": [_contact("en")],
        },
        "kk": {
            "title": "Байланыс",
            "intro": "<p>Елшілікпен қалай байланысуға болады және ол келушілерді қашан қабылдайды.</p>",
            "body": [_contact("kk")],
        },
        "ru": {
            "title": "Контакты",
            "intro": "<p>Как связаться с Посольством и когда оно принимает посетителей.</p>",
            "body": [_contact("ru")],
        },
    },
]


def load_demo(log) -> None:
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    for spec in PAGES:
        page = InfoPage.objects.child_of(home).filter(slug=spec["slug"], locale=english).first()
        if page is None:
            page = home.add_child(
                instance=InfoPage(
                    slug=spec["slug"],
                    locale=english,
                    show_in_menus=spec["menu"],
                    is_contacts_page=spec.get("contacts", False),
                    carries_legal_information=spec.get("legal", False),
                    **spec["en"],
                )
            )
            page.save_revision().publish()
            log(f"  published en: {page.title}")
        publish_translations(page, {code: spec[code] for code in ("en", "kk", "ru")}, log)
