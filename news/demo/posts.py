"""Six more embassy posts (culture, economy, consular notices) in three languages."""

import datetime

POSTS = [
    {
        "slug": "consular-reception-hours-in-december",
        "date": datetime.date(2026, 11, 25),
        "category": "consular",
        "palette": "winter",
        "image_title": "Steppe in winter",
        "en": {
            "title": "Consular reception hours in December",
            "summary": "The consular section will keep its Tuesday and Thursday hours in December, "
            "with an extra reception day before the holidays.",
            "paragraphs": [
                "In December the consular section receives visitors on Tuesdays and Thursdays from 10:00 to "
                "13:00, as usual. An additional reception will be held on Monday, 21 December, for applicants "
                "who need their documents before the holidays.",
                "Please book an appointment by email and bring the originals of all documents. The section is "
                "closed on 16 December, Independence Day of Kazakhstan.",
            ],
        },
        "kk": {
            "title": "Желтоқсандағы консулдық қабылдау уақыты",
            "summary": "Желтоқсанда консулдық бөлім сейсенбі мен бейсенбі күндері жұмыс істейді, "
            "мереке алдында қосымша қабылдау күні белгіленді.",
            "paragraphs": [
                "Желтоқсанда консулдық бөлім келушілерді әдеттегідей сейсенбі және бейсенбі күндері сағат "
                "10:00-ден 13:00-ге дейін қабылдайды. Құжаттары мерекеге дейін қажет өтініш берушілер үшін "
                "21 желтоқсан, дүйсенбі күні қосымша қабылдау өткізіледі.",
                "Қабылдауға электрондық пошта арқылы алдын ала жазылып, барлық құжаттың түпнұсқасын ала "
                "келуіңізді сұраймыз. 16 желтоқсан — Қазақстанның Тәуелсіздік күні бөлім жұмыс істемейді.",
            ],
        },
        "ru": {
            "title": "Часы консульского приёма в декабре",
            "summary": "В декабре консульский отдел принимает по вторникам и четвергам, "
            "перед праздниками назначен дополнительный день приёма.",
            "paragraphs": [
                "В декабре консульский отдел, как обычно, принимает посетителей по вторникам и четвергам с "
                "10:00 до 13:00. Для заявителей, которым документы нужны до праздников, в понедельник, "
                "21 декабря, будет проведён дополнительный приём.",
                "Просим заранее записаться на приём по электронной почте и иметь при себе оригиналы всех "
                "документов. 16 декабря, в День Независимости Казахстана, отдел не работает.",
            ],
        },
    },
    {
        "slug": "independence-day-reception",
        "date": datetime.date(2026, 11, 20),
        "category": "culture",
        "palette": "night",
        "image_title": "Steppe at night",
        "en": {
            "title": "The Embassy will mark Independence Day on 16 December",
            "summary": "A reception, a photo exhibition and a concert of Kazakh music will mark the "
            "anniversary of Kazakhstan's independence.",
            "paragraphs": [
                "On 16 December Kazakhstan celebrates its Independence Day. The Embassy invites friends of "
                "Kazakhstan, the diplomatic corps and the Kazakh community to a reception with a photo "
                "exhibition about the country's thirty-five years of independence.",
                "The evening ends with a concert of traditional and modern Kazakh music. Invitations will be "
                "sent to the subscribers of our email list.",
            ],
        },
        "kk": {
            "title": "Елшілік Тәуелсіздік күнін 16 желтоқсанда атап өтеді",
            "summary": "Қазақстан тәуелсіздігінің мерейтойына орай қабылдау, фотокөрме және қазақ "
            "музыкасының концерті өтеді.",
            "paragraphs": [
                "16 желтоқсанда Қазақстан Тәуелсіздік күнін тойлайды. Елшілік Қазақстанның достарын, "
                "дипломатиялық корпусты және қазақ диаспорасын елдің отыз бес жылдық тәуелсіздігіне "
                "арналған фотокөрмесі бар қабылдауға шақырады.",
                "Кеш дәстүрлі және заманауи қазақ музыкасының концертімен аяқталады. Шақырулар біздің тарату "
                "тізіміміздің жазылушыларына жіберіледі.",
            ],
        },
        "ru": {
            "title": "Посольство отметит День Независимости 16 декабря",
            "summary": "Приём, фотовыставка и концерт казахской музыки будут посвящены годовщине "
            "независимости Казахстана.",
            "paragraphs": [
                "16 декабря Казахстан отмечает День Независимости. Посольство приглашает друзей Казахстана, "
                "дипломатический корпус и казахстанскую диаспору на приём с фотовыставкой, посвящённой "
                "тридцати пяти годам независимости страны.",
                "Вечер завершится концертом традиционной и современной казахской музыки. Приглашения будут "
                "разосланы подписчикам нашей рассылки.",
            ],
        },
    },
    {
        "slug": "an-evening-of-dombra-and-kobyz",
        "date": datetime.date(2026, 10, 15),
        "category": "culture",
        "palette": "dusk",
        "image_title": "Steppe at dusk",
        "en": {
            "title": "An evening of dombra and kobyz at the Embassy",
            "summary": "Young musicians from Kazakhstan played küis, the instrumental pieces of the steppe, "
            "to a full hall.",
            "paragraphs": [
                "Guests of the Embassy heard küis by Kurmangazy and Dina Nurpeisova played on the dombra, and "
                "ancient melodies on the kobyz, the two-stringed bowed instrument of Kazakh storytellers.",
                "Recordings of several pieces are available in the music section of this website.",
            ],
        },
        "kk": {
            "title": "Елшілікте домбыра мен қобыз кеші өтті",
            "summary": "Қазақстаннан келген жас музыканттар толы залға дала аспаптық шығармалары — "
            "күйлерді орындады.",
            "paragraphs": [
                "Елшілік қонақтары домбырамен орындалған Құрманғазы мен Дина Нұрпейісованың күйлерін және "
                "қазақ жыраулары қолданған қос ішекті ысқышты аспап — қобызда орындалған көне әуендерді "
                "тыңдады.",
                "Бірнеше шығарманың жазбасы осы сайттың музыка бөлімінде қолжетімді.",
            ],
        },
        "ru": {
            "title": "Вечер домбры и кобыза в Посольстве",
            "summary": "Молодые музыканты из Казахстана исполнили перед полным залом кюи — "
            "инструментальные произведения степи.",
            "paragraphs": [
                "Гости Посольства услышали кюи Курмангазы и Дины Нурпеисовой в исполнении на домбре, а также "
                "древние мелодии на кобызе — двухструнном смычковом инструменте казахских сказителей.",
                "Записи нескольких произведений доступны в музыкальном разделе этого сайта.",
            ],
        },
    },
    {
        "slug": "business-forum-on-trade-and-investment",
        "date": datetime.date(2026, 9, 24),
        "category": "economy",
        "palette": "autumn",
        "image_title": "Steppe in autumn",
        "en": {
            "title": "Business forum discusses trade and investment with Kazakhstan",
            "summary": "Companies and chambers of commerce met at the Embassy to discuss logistics, "
            "agriculture and renewable energy.",
            "paragraphs": [
                "More than eighty representatives of companies, banks and chambers of commerce took part in "
                "the forum. The discussions focused on transport routes across the Caspian Sea, agricultural "
                "exports and investment in renewable energy.",
                "The Embassy's trade section answers questions from companies that wish to work with "
                "Kazakhstan: contact details are at the bottom of every page.",
            ],
        },
        "kk": {
            "title": "Бизнес-форумда Қазақстанмен сауда және инвестиция талқыланды",
            "summary": "Компаниялар мен сауда палаталары Елшілікте логистика, ауыл шаруашылығы және "
            "жаңартылатын энергетика мәселелерін талқылады.",
            "paragraphs": [
                "Форумға компаниялардың, банктердің және сауда палаталарының сексеннен астам өкілі қатысты. "
                "Талқылау Каспий теңізі арқылы өтетін көлік бағыттарына, ауыл шаруашылығы өнімдерінің "
                "экспортына және жаңартылатын энергетикаға салынатын инвестицияларға арналды.",
                "Елшіліктің сауда бөлімі Қазақстанмен жұмыс істегісі келетін компаниялардың сұрақтарына "
                "жауап береді: байланыс деректері әр беттің төменгі жағында берілген.",
            ],
        },
        "ru": {
            "title": "Бизнес-форум обсудил торговлю и инвестиции с Казахстаном",
            "summary": "Компании и торговые палаты встретились в Посольстве, чтобы обсудить логистику, "
            "сельское хозяйство и возобновляемую энергетику.",
            "paragraphs": [
                "В форуме приняли участие более восьмидесяти представителей компаний, банков и торговых "
                "палат. Обсуждение было посвящено транспортным маршрутам через Каспийское море, экспорту "
                "сельскохозяйственной продукции и инвестициям в возобновляемую энергетику.",
                "Торговый отдел Посольства отвечает на вопросы компаний, желающих работать с Казахстаном: "
                "контактные данные указаны внизу каждой страницы.",
            ],
        },
    },
    {
        "slug": "applying-for-a-visa-online",
        "date": datetime.date(2026, 6, 10),
        "category": "consular",
        "palette": "spring",
        "image_title": "Steppe in spring",
        "en": {
            "title": "Applying for a visa online: what travellers should know",
            "summary": "Most visa applications are now made online; the consular section explains the "
            "steps and the documents to prepare.",
            "paragraphs": [
                "Before travelling, check whether you need a visa for the purpose and length of your stay. "
                "Applications are filled in online; the consular section reviews them and contacts the "
                "applicant when an interview or further documents are needed.",
                "Prepare a passport valid for at least six months after your journey, a recent photograph "
                "and, where required, a letter of invitation. Questions can be sent to the consular section "
                "by email.",
            ],
        },
        "kk": {
            "title": "Визаға онлайн өтініш беру: саяхатшыларға не білу керек",
            "summary": "Визаға өтініштердің көбі енді онлайн беріледі; консулдық бөлім қадамдар мен "
            "дайындалатын құжаттарды түсіндіреді.",
            "paragraphs": [
                "Сапарға шықпас бұрын сапарыңыздың мақсаты мен ұзақтығына қарай виза қажет пе, соны тексеріңіз. "
                "Өтініштер онлайн толтырылады; консулдық бөлім оларды қарап, сұхбат немесе қосымша құжаттар "
                "қажет болса, өтініш берушіге хабарласады.",
                "Сапардан кейін кемінде алты ай жарамды төлқұжатты, жақында түскен фотосуретті және қажет "
                "болған жағдайда шақыру хатын дайындаңыз. Сұрақтарды консулдық бөлімге электрондық пошта "
                "арқылы жіберуге болады.",
            ],
        },
        "ru": {
            "title": "Онлайн-заявление на визу: что нужно знать путешественникам",
            "summary": "Большинство заявлений на визу теперь подаётся онлайн; консульский отдел "
            "объясняет порядок действий и необходимые документы.",
            "paragraphs": [
                "Перед поездкой проверьте, нужна ли вам виза с учётом цели и продолжительности пребывания. "
                "Заявления заполняются онлайн; консульский отдел рассматривает их и связывается с заявителем, "
                "если требуется собеседование или дополнительные документы.",
                "Подготовьте паспорт, действительный не менее шести месяцев после поездки, недавнюю "
                "фотографию и, если требуется, письмо-приглашение. Вопросы можно направить в консульский "
                "отдел по электронной почте.",
            ],
        },
    },
    {
        "slug": "nauryz-open-day-at-the-embassy",
        "date": datetime.date(2026, 3, 23),
        "category": "culture",
        "palette": "spring",
        "image_title": "Steppe in spring",
        "en": {
            "title": "Nauryz open day at the Embassy",
            "summary": "Hundreds of visitors welcomed the spring with the Embassy: a yurt, nauryz kozhe "
            "and music in the garden.",
            "paragraphs": [
                "Nauryz, the festival of spring and of the new year, is celebrated in Kazakhstan on 21–23 "
                "March. This year the Embassy opened its doors to visitors, who could step inside a "
                "traditional yurt and taste nauryz kozhe, the festive soup of seven ingredients.",
                "Children played asyk, the traditional game with knucklebones, and a folk ensemble performed "
                "in the garden until the evening.",
            ],
        },
        "kk": {
            "title": "Елшілікте Наурыз мерекесіне арналған ашық есік күні",
            "summary": "Жүздеген қонақ Елшілікпен бірге көктемді қарсы алды: киіз үй, наурыз көже және "
            "бақтағы музыка.",
            "paragraphs": [
                "Көктем мен жаңа жылдың мерекесі Наурыз Қазақстанда 21–23 наурызда тойланады. Биыл Елшілік "
                "қонақтарға есігін ашып, олар дәстүрлі киіз үйге кіріп, жеті түрлі дәмнен әзірленетін "
                "мерекелік наурыз көжеден ауыз тиді.",
                "Балалар дәстүрлі асық ойынын ойнады, ал бақта кешке дейін фольклорлық ансамбль өнер көрсетті.",
            ],
        },
        "ru": {
            "title": "День открытых дверей в Посольстве на Наурыз",
            "summary": "Сотни гостей встретили весну вместе с Посольством: юрта, наурыз-коже "
            "и музыка в саду.",
            "paragraphs": [
                "Наурыз, праздник весны и нового года, отмечается в Казахстане 21–23 марта. В этом году "
                "Посольство открыло двери для гостей, которые смогли зайти в традиционную юрту и попробовать "
                "наурыз-коже — праздничный суп из семи ингредиентов.",
                "Дети играли в асык — традиционную игру в альчики, а в саду до вечера выступал фольклорный "
                "ансамбль.",
            ],
        },
    },
]
