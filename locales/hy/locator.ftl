# Linkages site: office locator (Armenian, Eastern, հայերեն).
# Reviewed by a certified translator: no.

## Որոնման ձև
find-title = Գտնել գրասենյակ
find-intro = Գտեք { -dcfs }-ի և { -dpss }-ի մոտակա գրասենյակները՝ իրենց հեռախոսահամարներով և աշխատանքային ժամերով։
find-query-label = ZIP կոդ կամ քաղաք
find-query-hint = Օրինակ՝ 90020 կամ Pasadena
find-submit = Որոնել
find-location-button = Օգտագործել իմ գտնվելու վայրը
find-location-nojs = Ձեր գտնվելու վայրից որոնելու համար միացրեք JavaScript-ը։ Կամ մուտքագրեք Ձեր ZIP կոդը։
find-location-pending = Փնտրում ենք Ձեր գտնվելու վայրը…
find-location-unavailable = Չկարողացանք գտնել Ձեր գտնվելու վայրը։ Փոխարենը մուտքագրեք Ձեր ZIP կոդը։
find-location-denied = Ձեր դիտարկիչը չկիսվեց Ձեր գտնվելու վայրով։ Թույլ տալու համար բացեք կայքի կարգավորումները Ձեր դիտարկիչում։ Կամ մուտքագրեք Ձեր ZIP կոդը։
find-location-timeout = Ձեր գտնվելու վայրը գտնելը չափազանց երկար տևեց։ Նորից փորձեք կամ մուտքագրեք Ձեր ZIP կոդը։

## Արդյունքներ
find-results-title = Գրասենյակներ { $place }-ի մոտ
find-results-location = Գրասենյակներ Ձեր գտնվելու վայրի մոտ
find-from-zip-centre = Հեռավորությունները չափվում են ZIP կոդի տարածքի կենտրոնից։
find-from-place-centre = Հեռավորությունները չափվում են այս տարածքի կենտրոնից։
find-near-county-line = Այս վայրը շատ մոտ է Լոս Անջելես շրջանի սահմանին։ Համոզվեք, որ ապրում եք Լոս Անջելես շրջանում։ Եթե ապրում եք այլ շրջանում, զանգահարեք 2-1-1՝ այնտեղ օգնություն գտնելու համար։
find-dcfs-title = { -dcfs }-ի գրասենյակներ (օգնություն Ձեր երեխաների գործի հարցում)
find-dpss-title = { -dpss }-ի գրասենյակներ ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = { -dcfs }-ի գրասենյակների այս ցանկը 2017 թվականից է։ { -dcfs }-ն այժմ ասում է, որ ունի 20 գրասենյակ, ուստի մեկը կարող է բացակայել։
find-dpss-partial = Այստեղ նշված չեն { -dpss }-ի բոլոր գրասենյակները։ Ձեր գրասենյակը գտնելու համար զանգահարեք { -dpss }-ի հաճախորդների սպասարկման կենտրոն՝ { $number } համարով, կամ դիմեք առցանց՝ BenefitsCal-ում։
find-nearest-not-assigned = Մոտակա գրասենյակը կարող է Ձեր գործը վարող գրասենյակը չլինել։ Ձեր գործը վարող աշխատակիցը կարող է ասել, թե որն է Ձեր գրասենյակը։
find-serving-title = Ձեր գրասենյակը՝ սպասարկում է ձեր տարածքը
find-serving-approximate = Մենք օգտագործեցինք ձեր նշած ZIP կոդի կամ վայրի կենտրոնը։ Եթե ապրում եք տարածքի սահմանի մոտ, ձեզ կարող է սպասարկել այլ գրասենյակ։
find-serving-none = Մենք չգիտենք, թե որ գրասենյակն է սպասարկում այս վայրը։ Ձեր աշխատակիցը կամ մոտակա գրասենյակը կարող է ասել ձեզ։
find-distance = { $distance } { $miles ->
        [one] մղոն
       *[other] մղոն
    } հեռավորության վրա
find-distance-about = Մոտ { $distance } { $miles ->
        [one] մղոն
       *[other] մղոն
    } հեռավորության վրա
find-unverified = Չի ստուգվել գերատեսչության հետ
find-approximate = Քարտեզի վրա տեղը մոտավոր է
find-phone-missing = Հեռախոսահամարը հայտնի չէ
find-phone-countywide = Սա { -dpss }-ի՝ ամբողջ շրջանի համար ընդհանուր գիծն է, ոչ թե այս գրասենյակի սեփական համարը։
find-phone-unverified = Մենք չկարողացանք ստուգել այս համարը։
find-hours-missing = Աշխատանքային ժամերը հայտնի չեն։ Զանգահարեք գնալուց առաջ։
find-hours-conflicting = Մեր աղբյուրները տարբեր ժամեր են նշում։ Զանգահարեք գնալուց առաջ։
find-open-until = Հիմա բաց է՝ մինչև { $time }
find-open-always = Բաց է շուրջօրյա
find-closed-opens = Հիմա փակ է։ Կբացվի { $day }՝ ժամը { $time }
find-closed = Հիմա փակ է
find-directions = Ինչպես հասնել (կբացվի քարտեզների կայք)
find-source = Որտեղից է այս տեղեկությունը
find-checked = Ստուգվել է { $date }
find-report = Հայտնել այս տվյալների խնդրի մասին (բացում է ձեր էլ. փոստի հավելվածը)

## Մեկից ավելի ZIP կոդ ունեցող վայրեր
find-choose-title = { $name } անունով վայրն ունի մեկից ավելի ZIP կոդ
find-choose-text = Ընտրեք Ձեր ZIP կոդը։

## Որոնման խնդիրներ
find-error-empty = Մուտքագրեք ZIP կոդ կամ քաղաքի անուն։
find-error-malformed-zip = Մուտքագրեք 5 թվանշանով ZIP կոդ, օրինակ՝ 90020։
find-error-zip-not-in-county = { $input } համարը Լոս Անջելես շրջանի ZIP կոդ չէ։ Մուտքագրեք այս շրջանի ZIP կոդ։
find-error-unknown-place = Մենք դեռ չգիտենք { $input } անունը։ Փորձեք Ձեր ZIP կոդը։
find-error-malformed-coordinate = Չկարողացանք կարդալ այդ տեղադրությունը։ Փոխարենը մուտքագրեք Ձեր ZIP կոդը։
find-error-coordinate-outside-county = Այդ վայրը Լոս Անջելես շրջանից դուրս է։ Մուտքագրեք այս շրջանի ZIP կոդ։

## Օրեր և ժամեր
weekday-0 = երկուշաբթի
weekday-1 = երեքշաբթի
weekday-2 = չորեքշաբթի
weekday-3 = հինգշաբթի
weekday-4 = ուրբաթ
weekday-5 = շաբաթ
weekday-6 = կիրակի

## Office search: which agency's offices to show
find-agency-label = Ցույց տալ գրասենյակները՝
find-agency-both = { -dcfs } և { -dpss }
find-agency-dcfs = Միայն { -dcfs }
find-agency-dpss = Միայն { -dpss }

## All phone lines
hotlines-title = Բոլոր հեռախոսագծերը
hotlines-intro = Լոս Անջելեսի շրջանի ընտանիքների համար մեզ հայտնի բոլոր հեռախոսագծերը։ Յուրաքանչյուրի մոտ գրված է, թե որտեղից է համարը։
hotlines-source-language = Անուններն ու նկարագրությունները անգլերեն են, ինչպես տալիս են աղբյուրները։
hotlines-all-link = Տեսնել բոլոր հեռախոսագծերը

## Քարտեզ արդյունքների կողքին (գծել է այս կայքը)
find-map-label = Քարտեզ՝ { $point }։ Ցանկից { $count ->
        [one] { $count } գրասենյակ
       *[other] { $count } գրասենյակ
    }։
find-map-point-zip = մոտավոր՝ ZIP { $zip } տարածքի կենտրոնը
find-map-point-place = մոտավոր՝ { $place }-ի կենտրոնը
find-map-point-exact = որտեղից եք որոնել
find-map-scale = { $distance } { $miles ->
        [one] մղոն
       *[other] մղոն
    }
find-map-key-dcfs = { -dcfs }-ի գրասենյակ
find-map-key-dpss = { -dpss }-ի գրասենյակ
find-map-credit = Այս քարտեզը մենք ենք գծել։ Շրջանի սահմանը՝ ԱՄՆ մարդահամարի բյուրո։ Վայրերի անունները՝ GeoNames (geonames.org, CC BY 4.0)։
