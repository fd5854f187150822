"""The reference page's article on the 2007 parliamentary elections, in the client's English
and faithful Kazakh and Russian translations, and the special bulletin issue it announces."""

import datetime

ELECTIONS = {
    "slug": "kazakhstan-votes-in-elections-hailed-as-a-step-forward",
    "date": datetime.date(2007, 8, 20),
    "category": "politics",
    "palette": "noon",
    "image_title": "Steppe at noon",
    "en": {
        "title": "Kazakhstan votes in elections hailed as a step “forward” by the OSCE observers",
        "summary": (
            "On 18 August voters in Kazakhstan cast their ballots in early elections to Kazakhstan’s "
            "Parliament widely seen as a crucial test for the country’s fledgling democracy."
        ),
        "paragraphs": [
            "The Central Electoral Commission of Kazakhstan (CEC) indicates in its preliminary report that the "
            "ruling “Nur Otan” party emerged victorious from the parliamentary elections, winning 88.05% of the "
            "vote. However, this figure will be revised after the CEC completes the counting of all election "
            "protocols.",
            "According to the international observers missions deployed to Kazakhstan’s elections, the polls "
            "were quite positive. Elections did not meet all of international democratic standards but "
            "“welcome progress” was made, the OSCE (Organization for Security and Cooperation in Europe) said "
            "in its preliminary report issued on Sunday.",
            '"Notwithstanding the concerns contained in the report, I believe that these elections continue to '
            'move Kazakhstan forward in its evolution towards a democratic country," said Senator Consiglio Di '
            "Nino, Special Co-Ordinator of the OSCE short-term observers and Head of the OSCE Parliamentary "
            "Assembly delegation.",
            "David Wilshire, the Head of the delegation of the Parliamentary Assembly of the Council of Europe, "
            'said: "Building a democracy is a long and hard task. However, the people of Kazakhstan are making '
            "real progress. I am not surprised that more needs to be done but saddened that the outstanding "
            'challenges include some fundamental matters."',
            "Ambassador Lubomir Kopaj, who heads the long-term election observation mission of the OSCE Office "
            "for Democratic Institutions and Human Rights (ODIHR), stressed that the election legislation "
            "reform, which was interrupted by the early elections, needs to be resumed as soon as possible. "
            '"The authorities have demonstrated a willingness to improve the election process, but our '
            'observations show that Kazakhstan still needs to make many improvements."',
            "“In the pre-election period, candidates enjoyed increased ability to convey their messages to "
            "voters. Candidate list registration was inclusive. The Central Election Commission worked "
            "transparently and adopted numerous decisions to regulate the election process and conducted "
            "extensive voter education. Observers enjoyed good co-operation with the authorities”, - says the "
            "OSCE report.",
            "However, in the preliminary report on its findings the OSCE mission points out some drawbacks "
            "which need to be addressed in future: “a combination of restrictive legal provisions stands in the "
            "way of developing a pluralistic political party system and decreases accountability of elected "
            "representatives to voters. Those include a high threshold for representation in the parliament, "
            "provisions that parties choose only after the elections which candidates become members of "
            "parliament and undue limitations on the right to seek public office”.",
            "Special issue of the News Bulletin on parliamentary elections with more features, comments and "
            "assessments by domestic and international observers will be released shortly by the Embassy of "
            "Kazakhstan.",
        ],
    },
    "kk": {
        "title": "ЕҚЫҰ бақылаушылары «алға басқан қадам» деп бағалаған Қазақстандағы сайлау",
        "summary": (
            "18 тамызда Қазақстан сайлаушылары елдің жас демократиясы үшін маңызды сынақ саналған "
            "Қазақстан Парламентіне кезектен тыс сайлауда дауыс берді."
        ),
        "paragraphs": [
            "Қазақстанның Орталық сайлау комиссиясы (ОСК) алдын ала есебінде парламенттік сайлауда билеуші "
            "«Нұр Отан» партиясы дауыстардың 88,05 пайызын жинап, жеңіске жеткенін хабарлады. Алайда бұл "
            "көрсеткіш ОСК барлық сайлау хаттамаларын санап біткеннен кейін нақтыланады.",
            "Қазақстандағы сайлауға жіберілген халықаралық бақылау миссияларының пікірінше, дауыс беру "
            "едәуір оң өтті. ЕҚЫҰ (Еуропадағы қауіпсіздік және ынтымақтастық ұйымы) жексенбі күні "
            "жариялаған алдын ала есебінде сайлау халықаралық демократиялық стандарттардың барлығына сай "
            "келмегенімен, «елеулі ілгерілеу» болғанын атап өтті.",
            "«Есепте айтылған ескертпелерге қарамастан, бұл сайлау Қазақстанды демократиялық ел болу жолында "
            "алға жылжытуды жалғастырады деп санаймын», — деді ЕҚЫҰ-ның қысқа мерзімді бақылаушыларының "
            "арнайы үйлестірушісі, ЕҚЫҰ Парламенттік ассамблеясы делегациясының басшысы сенатор Консильо "
            "Ди Нино.",
            "Еуропа Кеңесі Парламенттік ассамблеясы делегациясының басшысы Дэвид Уилшир былай деді: "
            "«Демократия құру — ұзақ әрі қиын іс. Дегенмен Қазақстан халқы нақты ілгерілеуге қол жеткізіп "
            "келеді. Әлі де көп жұмыс атқару керек екені мені таң қалдырмайды, бірақ шешілмеген мәселелердің "
            "қатарында кейбір іргелі мәселелердің де бары өкінішті».",
            "ЕҚЫҰ Демократиялық институттар және адам құқықтары жөніндегі бюросының (ДИАҚБ) ұзақ мерзімді "
            "сайлау бақылау миссиясын басқаратын елші Любомир Копай кезектен тыс сайлауға байланысты тоқтап "
            "қалған сайлау заңнамасының реформасын мүмкіндігінше тезірек қайта бастау қажет екенін атап "
            "өтті. «Билік сайлау үдерісін жетілдіруге дайын екенін көрсетті, бірақ біздің бақылауларымыз "
            "Қазақстанға әлі де көп нәрсені жақсарту қажет екенін көрсетіп отыр».",
            "«Сайлау алдындағы кезеңде кандидаттардың өз ұстанымын сайлаушыларға жеткізу мүмкіндігі артты. "
            "Кандидаттар тізімін тіркеу инклюзивті болды. Орталық сайлау комиссиясы ашық жұмыс істеп, сайлау "
            "үдерісін реттейтін көптеген шешім қабылдады және сайлаушылар арасында кең ауқымды түсіндіру "
            "жұмысын жүргізді. Бақылаушылар билік органдарымен жақсы ынтымақтастықта жұмыс істеді», — делінген "
            "ЕҚЫҰ есебінде.",
            "Сонымен қатар ЕҚЫҰ миссиясы өз қорытындылары туралы алдын ала есебінде болашақта жойылуы тиіс "
            "бірқатар кемшілікті көрсетеді: «шектеуші құқықтық нормалардың жиынтығы плюралистік партиялық "
            "жүйенің дамуына кедергі келтіріп, сайланған өкілдердің сайлаушылар алдындағы есептілігін "
            "төмендетеді. Оларға парламентке өтудің жоғары шегі, партиялардың қай кандидаттың депутат "
            "болатынын сайлаудан кейін ғана айқындауы туралы ережелер және мемлекеттік лауазымға кандидат "
            "болу құқығына қойылған негізсіз шектеулер жатады».",
            "Парламенттік сайлауға арналған, отандық және халықаралық бақылаушылардың қосымша материалдары, "
            "пікірлері мен бағалары енгізілген «Жаңалықтар бюллетенінің» арнайы шығарылымын жақын арада "
            "Қазақстан Елшілігі жариялайды.",
        ],
    },
    "ru": {
        "title": "Выборы в Казахстане, названные наблюдателями ОБСЕ шагом «вперёд»",
        "summary": (
            "18 августа избиратели Казахстана проголосовали на внеочередных выборах в Парламент страны, "
            "которые многие считают важнейшей проверкой для молодой казахстанской демократии."
        ),
        "paragraphs": [
            "Центральная избирательная комиссия Казахстана (ЦИК) сообщает в предварительном отчёте, что "
            "победу на парламентских выборах одержала правящая партия «Нур Отан», набравшая 88,05% голосов. "
            "Однако эта цифра будет уточнена после того, как ЦИК завершит подсчёт всех избирательных "
            "протоколов.",
            "По мнению международных миссий наблюдателей, направленных на выборы в Казахстан, голосование "
            "прошло вполне позитивно. Выборы соответствовали не всем международным демократическим "
            "стандартам, однако был достигнут «заметный прогресс», говорится в предварительном докладе ОБСЕ "
            "(Организации по безопасности и сотрудничеству в Европе), опубликованном в воскресенье.",
            "«Несмотря на замечания, содержащиеся в докладе, я считаю, что эти выборы продолжают продвигать "
            "Казахстан вперёд на пути его становления как демократической страны», — заявил сенатор "
            "Консильо Ди Нино, специальный координатор краткосрочных наблюдателей ОБСЕ и глава делегации "
            "Парламентской ассамблеи ОБСЕ.",
            "Глава делегации Парламентской ассамблеи Совета Европы Дэвид Уилшир сказал: «Построение демократии "
            "— долгая и трудная задача. Тем не менее народ Казахстана добивается реального прогресса. Меня не "
            "удивляет, что предстоит сделать ещё многое, но огорчает, что среди нерешённых задач остаются и "
            "некоторые фундаментальные вопросы».",
            "Посол Любомир Копай, возглавляющий долгосрочную миссию по наблюдению за выборами Бюро ОБСЕ по "
            "демократическим институтам и правам человека (БДИПЧ), подчеркнул, что реформу избирательного "
            "законодательства, прерванную досрочными выборами, необходимо возобновить как можно скорее. "
            "«Власти продемонстрировали готовность совершенствовать избирательный процесс, но наши наблюдения "
            "показывают, что Казахстану ещё многое предстоит улучшить».",
            "«В предвыборный период у кандидатов стало больше возможностей донести свои идеи до избирателей. "
            "Регистрация списков кандидатов носила инклюзивный характер. Центральная избирательная комиссия "
            "работала прозрачно, приняла многочисленные решения, регулирующие избирательный процесс, и провела "
            "широкую разъяснительную работу среди избирателей. Наблюдатели пользовались хорошим "
            "сотрудничеством со стороны властей», — говорится в докладе ОБСЕ.",
            "Вместе с тем в предварительном докладе о своих выводах миссия ОБСЕ указывает на ряд недостатков, "
            "которые необходимо устранить в будущем: «сочетание ограничительных правовых норм препятствует "
            "развитию плюралистической партийной системы и снижает подотчётность избранных представителей "
            "избирателям. К ним относятся высокий барьер для прохождения в парламент, положения, по которым "
            "партии лишь после выборов определяют, кто из кандидатов станет депутатом, а также чрезмерные "
            "ограничения права баллотироваться на государственные должности».",
            "Специальный выпуск «Информационного бюллетеня», посвящённый парламентским выборам, с "
            "дополнительными материалами, комментариями и оценками отечественных и международных "
            "наблюдателей в ближайшее время выпустит Посольство Казахстана.",
        ],
    },
}

BULLETIN = {
    "slug": "news-bulletin-special-issue-parliamentary-elections",
    "date": datetime.date(2007, 8, 27),
    "category": "politics",
    "palette": "sunrise",
    "image_title": "Steppe at sunrise",
    "bulletin_issue": 12,
    "is_special_issue": True,
    "en": {
        "title": "News Bulletin special issue: the parliamentary elections of 18 August",
        "summary": (
            "A special issue of the News Bulletin on the early parliamentary elections, with features, "
            "comments and assessments by domestic and international observers."
        ),
        "paragraphs": [
            "This special issue of the Embassy's News Bulletin is devoted to the early elections to the "
            "Parliament of Kazakhstan held on 18 August. It brings together the preliminary results of the "
            "Central Electoral Commission and the assessments of the international observation missions.",
            "The observers welcomed the progress made and named the reforms that remain to be done, above all "
            "the resumption of the reform of the election legislation.",
        ],
        "table_caption": "The elections in figures",
        "table": [
            ["Indicator", "Preliminary result"],
            ["Election day", "18 August"],
            ["Share of the vote of the ruling “Nur Otan” party", "88.05%"],
            ["Observation missions", "OSCE/ODIHR, OSCE Parliamentary Assembly, PACE"],
        ],
    },
    "kk": {
        "title": "«Жаңалықтар бюллетенінің» арнайы шығарылымы: 18 тамыздағы парламенттік сайлау",
        "summary": (
            "Кезектен тыс парламенттік сайлауға арналған, отандық және халықаралық бақылаушылардың "
            "материалдары, пікірлері мен бағалары енгізілген «Жаңалықтар бюллетенінің» арнайы шығарылымы."
        ),
        "paragraphs": [
            "Елшіліктің «Жаңалықтар бюллетенінің» бұл арнайы шығарылымы 18 тамызда өткен Қазақстан "
            "Парламентіне кезектен тыс сайлауға арналған. Онда Орталық сайлау комиссиясының алдын ала "
            "нәтижелері мен халықаралық бақылау миссияларының бағалары жинақталған.",
            "Бақылаушылар қол жеткізілген ілгерілеуді құптап, әлі де жүзеге асырылуы тиіс реформаларды, ең "
            "алдымен сайлау заңнамасы реформасын қайта бастауды атап өтті.",
        ],
        "table_caption": "Сайлау сандармен",
        "table": [
            ["Көрсеткіш", "Алдын ала нәтиже"],
            ["Сайлау күні", "18 тамыз"],
            ["Билеуші «Нұр Отан» партиясының дауыс үлесі", "88,05%"],
            ["Бақылау миссиялары", "ЕҚЫҰ/ДИАҚБ, ЕҚЫҰ Парламенттік ассамблеясы, ЕКПА"],
        ],
    },
    "ru": {
        "title": "Специальный выпуск «Информационного бюллетеня»: парламентские выборы 18 августа",
        "summary": (
            "Специальный выпуск «Информационного бюллетеня», посвящённый внеочередным парламентским выборам, "
            "с материалами, комментариями и оценками отечественных и международных наблюдателей."
        ),
        "paragraphs": [
            "Этот специальный выпуск «Информационного бюллетеня» Посольства посвящён внеочередным выборам в "
            "Парламент Казахстана, состоявшимся 18 августа. В нём собраны предварительные итоги Центральной "
            "избирательной комиссии и оценки международных миссий наблюдателей.",
            "Наблюдатели приветствовали достигнутый прогресс и назвали реформы, которые ещё предстоит "
            "провести, прежде всего возобновление реформы избирательного законодательства.",
        ],
        "table_caption": "Выборы в цифрах",
        "table": [
            ["Показатель", "Предварительный итог"],
            ["День выборов", "18 августа"],
            ["Доля голосов правящей партии «Нур Отан»", "88,05%"],
            ["Миссии наблюдателей", "ОБСЕ/БДИПЧ, Парламентская ассамблея ОБСЕ, ПАСЕ"],
        ],
    },
}
