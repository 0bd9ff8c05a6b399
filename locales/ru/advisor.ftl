# Linkages site: the advisor desk (/ru/advisor), machine draft from locales/en/advisor.ftl (ru).
# Reviewed by a certified translator: no.

## The desk
advisor-title = Страница для консультантов
advisor-intro = Для консультантов 2-1-1 и помощников, которые помогают человеку во время звонка. Эта страница на языке звонящего. Рядом со словами, которые нужно прочитать вслух, есть английский текст.
advisor-query-label = Почтовый индекс (ZIP), город или район звонящего
advisor-submit = Найти офисы
advisor-offices-title = Офисы рядом: { $place }
advisor-lines-title = Телефонные линии округа
advisor-screening-link = Все вопросы на одной странице

## Words to read out to the caller
advisor-script-title = Прочитайте это звонящему
advisor-script-dcfs = Ближайший офис { -dcfs } — { $name }.
advisor-script-dpss = По вопросам { -calworks } или { -calfresh } ближайший офис { -dpss } — { $name }.
advisor-script-address = Адрес: { $address }.
advisor-script-phone = Номер телефона: { $phone }.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = SMS на телефон звонящего
advisor-text-hint = Отправьте его из своей телефонной системы. Этот сайт ничего не отправляет и ничего не хранит.
advisor-text-count = { $units } из { $budget } знаков, { $segments ->
    [one] { $segments } SMS-сообщение
    [few] { $segments } SMS-сообщения
    [many] { $segments } SMS-сообщений
   *[other] { $segments } SMS-сообщения
}
advisor-text-use = Указать этот офис в SMS
advisor-text-in-use = Уже в SMS
advisor-copy = Скопировать текст
advisor-copied = Скопировано. Вставьте текст в своё сообщение.
advisor-copy-failed = Текст выделен. Нажмите Ctrl+C, чтобы скопировать его.
advisor-error-office = Этого офиса нет в нашем списке. Поищите ещё раз или выберите офис под строкой поиска.

## The screening on one page
advisor-screening-title = Все вопросы на одной странице
advisor-screening-intro = Задавайте вопросы в любом порядке. Нажмите «Обновить», чтобы скрыть вопросы, которые больше не нужны. Результат появится, когда на все вопросы будет ответ.
advisor-screening-update = Обновить
advisor-screening-open = { $count ->
    [one] Ещё { $count } вопрос ждёт ответа.
    [few] Ещё { $count } вопроса ждут ответа.
    [many] Ещё { $count } вопросов ждут ответа.
   *[other] Ещё { $count } вопроса ждут ответа.
}
advisor-screening-result = Что может подойти звонящему
advisor-screening-say = Скажите звонящему
advisor-screening-none = Сейчас, похоже, не подходит ни одна программа Linkages. Звонящий всё равно может попросить помощи в офисе { -dpss }.
advisor-screening-problem = Некоторые ответы не удалось понять, и они не учтены. Проверьте их ещё раз.
advisor-screening-start-over = Начать сначала
