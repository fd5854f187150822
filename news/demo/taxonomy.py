"""Demo categories, author and news index, in English, Kazakh and Russian."""

CATEGORIES = {
    "politics": {
        "en": {"name": "Politics", "description": "Elections, diplomacy and Kazakhstan's foreign policy."},
        "kk": {"name": "Саясат", "description": "Сайлау, дипломатия және Қазақстанның сыртқы саясаты."},
        "ru": {"name": "Политика", "description": "Выборы, дипломатия и внешняя политика Казахстана."},
    },
    "culture": {
        "en": {"name": "Culture", "description": "Kazakh music, holidays and cultural events."},
        "kk": {"name": "Мәдениет", "description": "Қазақ музыкасы, мерекелер және мәдени іс-шаралар."},
        "ru": {"name": "Культура", "description": "Казахская музыка, праздники и культурные события."},
    },
    "economy": {
        "en": {"name": "Economy", "description": "Trade, investment and business with Kazakhstan."},
        "kk": {"name": "Экономика", "description": "Қазақстанмен сауда, инвестиция және бизнес."},
        "ru": {"name": "Экономика", "description": "Торговля, инвестиции и бизнес с Казахстаном."},
    },
    "consular": {
        "en": {
            "name": "Consular notices",
            "description": "Visas, passports and the consular section's hours.",
        },
        "kk": {
            "name": "Консулдық хабарландырулар",
            "description": "Визалар, төлқұжаттар және консулдық бөлімнің жұмыс уақыты.",
        },
        "ru": {
            "name": "Консульские объявления",
            "description": "Визы, паспорта и часы работы консульского отдела.",
        },
    },
}

PRESS_SERVICE = {
    "en": {"name": "Embassy Press Service", "role": "Press and information"},
    "kk": {"name": "Елшіліктің баспасөз қызметі", "role": "Баспасөз және ақпарат"},
    "ru": {"name": "Пресс-служба Посольства", "role": "Пресса и информация"},
}

NEWS_INDEX = {
    "en": {
        "title": "News",
        "intro": "<p>News from the Embassy of Kazakhstan and issues of its News Bulletin.</p>",
    },
    "kk": {
        "title": "Жаңалықтар",
        "intro": "<p>Қазақстан Елшілігінің жаңалықтары және оның «Жаңалықтар бюллетенінің» шығарылымдары.</p>",
    },
    "ru": {
        "title": "Новости",
        "intro": "<p>Новости Посольства Казахстана и выпуски его «Информационного бюллетеня».</p>",
    },
}
