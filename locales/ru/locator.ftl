# Linkages site: office locator (Russian, русский).
# Reviewed by a certified translator: no.

## Форма поиска
find-title = Найти офис
find-intro = Найдите ближайшие офисы { -dcfs } и { -dpss }, с их телефонами и часами работы.
find-query-label = Почтовый индекс (ZIP) или город
find-query-hint = Например, 90020 или Pasadena
find-submit = Найти
find-location-button = Использовать моё местоположение
find-location-nojs = Чтобы искать рядом с вами, включите JavaScript. Или введите свой почтовый индекс.
find-location-pending = Определяем ваше местоположение…
find-location-unavailable = Мы не смогли определить ваше местоположение. Лучше введите свой почтовый индекс.
find-location-denied = Ваш браузер не передал ваше местоположение. Чтобы разрешить это, откройте настройки сайта в браузере. Или введите свой почтовый индекс.
find-location-timeout = Определение местоположения заняло слишком много времени. Попробуйте ещё раз или введите свой почтовый индекс.

## Результаты
find-results-title = Офисы рядом: { $place }
find-results-location = Офисы рядом с вами
find-from-zip-centre = Расстояние считается от центра района с этим почтовым индексом (ZIP).
find-from-place-centre = Расстояние считается от центра этого района.
find-near-county-line = Это место находится очень близко к границе округа Лос-Анджелес. Убедитесь, что вы живёте в округе Лос-Анджелес. Если вы живёте в другом округе, позвоните по номеру 2-1-1, чтобы найти помощь там.
find-dcfs-title = Офисы { -dcfs } (помощь по делу ваших детей)
find-dpss-title = Офисы { -dpss } ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = Этот список офисов { -dcfs } составлен в 2017 году. Сейчас { -dcfs } говорит, что у него 20 офисов, поэтому одного офиса здесь может не быть.
find-dpss-partial = Здесь указаны не все офисы { -dpss }. Чтобы найти свой, позвоните в Центр обслуживания клиентов { -dpss } по номеру { $number } или подайте заявление через интернет на сайте BenefitsCal.
find-nearest-not-assigned = Ближайший офис может быть не тем, который ведёт ваше дело. Работник, который ведёт ваше дело, может сказать, какой офис ваш.
find-serving-title = Ваш офис: обслуживает ваш район
find-serving-approximate = Мы взяли центр указанного вами почтового индекса или места. Если вы живёте у границы района, вас может обслуживать другой офис.
find-serving-none = Мы не знаем, какой офис обслуживает это место. Ваш сотрудник или ближайший офис подскажет.
find-distance = Расстояние: { $distance } { $miles ->
        [one] миля
        [few] мили
        [many] миль
       *[other] мили
    }
find-distance-about = Расстояние: примерно { $distance } { $miles ->
        [one] миля
        [few] мили
        [many] миль
       *[other] мили
    }
find-unverified = Не проверено в департаменте
find-approximate = Место на карте указано примерно
find-phone-missing = Номер телефона неизвестен
find-phone-countywide = Это общая линия { -dpss } для всего округа, а не собственный номер этого офиса.
find-phone-unverified = Мы не смогли проверить этот номер.
find-hours-missing = Часы работы неизвестны. Позвоните, прежде чем идти.
find-hours-conflicting = В наших источниках указаны разные часы работы. Позвоните, прежде чем идти.
find-open-until = Сейчас открыто, до { $time }
find-open-always = Открыто круглосуточно
find-closed-opens = Сейчас закрыто. Откроется { $day } в { $time }
find-closed = Сейчас закрыто
find-directions = Как добраться (откроется сайт с картой)
find-source = Откуда эта информация
find-checked = Проверено { $date }
find-report = Сообщить об ошибке в этих сведениях (откроется почтовое приложение)

## Места, у которых несколько почтовых индексов (ZIP)
find-choose-title = Для { $name } есть несколько почтовых индексов (ZIP)
find-choose-text = Выберите свой почтовый индекс:

## Проблемы с поиском
find-error-empty = Введите почтовый индекс (ZIP) или название города.
find-error-malformed-zip = Введите почтовый индекс (ZIP) из 5 цифр, например 90020.
find-error-zip-not-in-county = { $input } — это не почтовый индекс (ZIP) округа Лос-Анджелес. Введите почтовый индекс этого округа.
find-error-unknown-place = Мы пока не знаем название { $input }. Попробуйте ввести свой почтовый индекс.
find-error-malformed-coordinate = Мы не смогли прочитать это местоположение. Лучше введите свой почтовый индекс.
find-error-coordinate-outside-county = Это место находится за пределами округа Лос-Анджелес. Введите почтовый индекс (ZIP) этого округа.

## Дни и время
# The weekday carries its own preposition ("в понедельник", "во вторник"):
# it is used as "Откроется { $day } в { $time }".
weekday-0 = в понедельник
weekday-1 = во вторник
weekday-2 = в среду
weekday-3 = в четверг
weekday-4 = в пятницу
weekday-5 = в субботу
weekday-6 = в воскресенье

## Office search: which agency's offices to show
find-agency-label = Показать офисы
find-agency-both = { -dcfs } и { -dpss }
find-agency-dcfs = Только { -dcfs }
find-agency-dpss = Только { -dpss }

## All phone lines
hotlines-title = Все телефонные линии
hotlines-intro = Все телефонные линии для семей округа Лос-Анджелес, которые мы знаем. У каждой указано, откуда взят номер.
hotlines-source-language = Названия и описания на английском языке, как в источниках.
hotlines-all-link = Все телефонные линии

## Карта рядом с результатами (её рисует этот сайт)
find-map-label = Карта: { $point }. { $count ->
        [one] { $count } офис
        [few] { $count } офиса
        [many] { $count } офисов
       *[other] { $count } офиса
    } из списка.
find-map-point-zip = примерно: центр района с индексом ZIP { $zip }
find-map-point-place = примерно: центр места { $place }
find-map-point-exact = откуда вы искали
find-map-scale = { $distance } { $miles ->
        [one] миля
        [few] мили
        [many] миль
       *[other] мили
    }
find-map-key-dcfs = Офис { -dcfs }
find-map-key-dpss = Офис { -dpss }
find-map-credit = Эту карту мы рисуем сами. Граница округа: Бюро переписи населения США. Названия мест: GeoNames (geonames.org, CC BY 4.0).
