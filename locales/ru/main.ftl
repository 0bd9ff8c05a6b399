# Linkages site: page frame, home page, locator and errors (Russian, русский).
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = Помощь семьям, которые работают с { -dcfs } и { -dpss }
skip-to-content = Перейти к основному тексту

## Quick exit
exit-link = Быстрый выход
exit-hint = Быстро уйти с этого сайта. Можно также нажать клавишу Shift 3 раза.

## Safety, on every page
safety-title = Прежде всего — безопасность
safety-danger = Вам грозит опасность прямо сейчас? Позвоните по номеру { $number }.
safety-report = Чтобы сообщить о жестоком обращении с ребёнком, звоните на горячую линию защиты детей: { $number }. Она работает круглосуточно, без выходных.

## Navigation and language
nav-label = Главное меню
nav-home = Главная
nav-screening = Узнать, что вам может подойти
nav-find = Найти офис
lang-label = Язык
lang-current = Сейчас вы читаете на русском
lang-unreviewed = Сертифицированный переводчик ещё не проверил этот перевод.
lang-read-english = Читать эту страницу на английском
lang-notice-label = Об этом переводе

## Home page
home-title = Помощь родителям, у которых есть дело в { -dcfs }
home-intro = Linkages — это совместная работа двух департаментов округа Лос-Анджелес. { -dcfs } работает с семьями, чтобы дети были в безопасности. { -dpss } даёт денежную помощь, помощь на еду, медицинскую страховку и помогает с работой. Если вы работаете с обоими департаментами, они могут строить планы вместе с вами.
home-services = Программы { -dpss }: { -calworks } (денежная помощь семьям), { -gain } (помощь с работой и учёбой), { -calfresh } (помощь с едой), { -medi-cal } (медицинская страховка) и { -general-relief-said } (денежная помощь взрослым).
home-check-title = Узнайте, что вам может подойти
home-check-text = Ответьте на несколько коротких вопросов. Мы не спрашиваем ваше имя. Мы не храним ваши ответы.
home-check-start = Перейти к вопросам
home-find-title = Найти офис
home-find-text = Найдите ближайшие к вам офисы { -dcfs } и { -dpss }, с телефонами и часами работы.
home-find-start = Найти офис
home-call-title = Телефоны
home-privacy = Этот сайт ничего не сообщает в { -dcfs } или { -dpss }. Здесь нет учётных записей. Ваши ответы не сохраняются.

## Phone lines
line-child-protection = Горячая линия защиты детей
line-child-protection-hours = Круглосуточно, без выходных
line-dpss = Центр обслуживания клиентов { -dpss }
line-dpss-hours = С понедельника по пятницу, с { $opens } до { $closes } (часы работы последний раз проверены в 2020 году)
line-211 = 211 LA County: справки и помощь с услугами
line-211-hours = Круглосуточно, без выходных
line-911 = Экстренная помощь

## Footer
footer-privacy = Конфиденциально: без учётной записи, без отслеживания, без файлов cookie, кроме выбора языка. Ваши ответы никогда не сохраняются и не отправляются в { -dcfs } или { -dpss }.
footer-guidance = Этот сайт только даёт советы. Решения по вашему делу принимает работник, который его ведёт.
footer-data = Данные об офисах и телефонах: открытые источники { -dcfs } и { -dpss } округа Лос-Анджелес. Где находятся почтовые индексы (ZIP): Бюро переписи населения США и GeoNames (CC BY 4.0).

## Screening: first steps (the questions themselves are in screening.ftl)
flow-title = Узнайте, что вам может подойти
flow-continue = Дальше
flow-back = Назад
flow-start-over = Начать сначала
flow-choose-one = Выберите один ответ.
flow-question-count = Вопрос { $number }

## Errors
error-title = Возникла проблема
error-not-found-title = Страница не найдена
error-not-found-text = Мы не нашли эту страницу. Проверьте адрес или перейдите на главную страницу.

## Screening pages
flow-check-title = Проверьте свои ответы
flow-change = Изменить
flow-see-result = Узнать, что вам может подойти
flow-result-title = Что вам может подойти
flow-not-decision = Проверку по форме { -form-5122 } (можно ли вам получать помощь от { -dpss }) делают сотрудники { -dcfs }. Попросите о ней своего { -social-worker(case: "acc") }. Этот сайт ничего не решает и ничего не сообщает в { -dcfs } или { -dpss }.
flow-no-title = Что вам, похоже, не подходит
flow-next-title = Куда обратиться
flow-find-offices = Найти ближайшие офисы
flow-change-answers = Изменить ответы
flow-share-title = Сохраните на потом
flow-share-text = Вы можете отправить себе названия этих программ. Ваших ответов в сообщении не будет.
flow-share-intro = Программы Linkages, о которых стоит спросить
flow-share-sms = Отправить SMS
flow-share-email = Отправить по электронной почте
flow-print-hint = Чтобы распечатать эту страницу, откройте в браузере меню «Печать».
flow-stores-nothing = Мы не сохранили ваши ответы и никому их не отправили. Когда вы закроете эту страницу, они исчезнут.
