### Self-screening: questions, answers and results (Russian, русский).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Russian: the reader is «вы» (lower case). "Your case with DCFS" is «ваше дело в DCFS».
### DCFS and DPSS take masculine verbs (департамент). Program names: Family Maintenance =
### «Поддержка семьи», Family Preservation = «Сохранение семьи», Family Reunification =
### «Воссоединение семьи». Eligibility worker = «работник по пособиям».

# Reviewed by a certified translator: no.

## Result page

screening-heading-because = Почему мы так считаем
screening-heading-next-steps = Что делать дальше
screening-heading-services = Какие услуги вы можете получить
screening-heading-what-would-change = Что может это изменить
screening-guidance-not-decision = Это только подсказка. Что вы можете получить, решает работник, который ведёт ваше дело.

## How well a path fits

screening-fit-may-fit = Может вам подойти
screening-fit-ask = Спросите работника, который ведёт ваше дело
screening-fit-no = Похоже, не подходит

## Questions: a short heading and a one-line hint

screening-q-dcfs-case = У вас есть открытое дело в DCFS?
screening-q-dcfs-case-hint = DCFS — это Департамент услуг для детей и семей. Если к вам приходит или звонит социальный работник по делам детей, у вас, возможно, есть дело.
screening-q-dcfs-service = Какую помощь DCFS даёт вашей семье?
screening-q-dcfs-service-hint = Ваш социальный работник в DCFS может сказать, как называется ваша программа.
screening-q-children-location = Где сейчас живут ваши дети?
screening-q-children-location-hint = Подумайте обо всех своих детях.
screening-q-calworks-now = Вы сейчас получаете CalWORKs?
screening-q-calworks-now-hint = CalWORKs — это деньги для семей с детьми. Их выплачивает DPSS.
screening-q-calworks-at-removal = Вы получали CalWORKs, когда DCFS разместил ваших детей вне вашего дома?
screening-q-calworks-at-removal-hint = После этого выплаты CalWORKs могли прекратиться. Отвечайте про то время, когда детей разместили вне дома.
screening-q-fr-plan = У вас есть с DCFS план воссоединения семьи (Family Reunification)?
screening-q-fr-plan-hint = Это план, который вы составили вместе с социальным работником DCFS, чтобы дети вернулись домой.
screening-q-relative-caregiver = DCFS разместил кого-то из ваших детей у родственников?
screening-q-relative-caregiver-hint = Например, у бабушки или дедушки, у тёти, у дяди или у другого члена семьи.
screening-q-homeless = Вы сейчас без жилья?
screening-q-homeless-hint = Например, вы спите в приюте, в машине, в мотеле или на улице, или переезжаете с места на место.
screening-q-sanction = DPSS уменьшил ваши выплаты CalWORKs из-за санкции GAIN?
screening-q-sanction-hint = Санкция — это когда DPSS уменьшает ваши выплаты CalWORKs из-за правила программы GAIN (Welfare-to-Work). Это было бы написано в письме от DPSS.

## Answer options

screening-answer-yes = Да
screening-answer-no = Нет
screening-answer-unsure = Не знаю
screening-answer-family-maintenance = Поддержка семьи (Family Maintenance)
screening-answer-family-maintenance-hint = Дети живут с вами, а социальный работник DCFS помогает вашей семье. Это может назначить суд, или вы можете выбрать это сами.
screening-answer-family-preservation = Сохранение семьи (Family Preservation)
screening-answer-family-preservation-hint = Дети живут с вами, а с вашей семьёй работает организация по программе «Сохранение семьи».
screening-answer-family-reunification = Воссоединение семьи (Family Reunification)
screening-answer-family-reunification-hint = Дети пока живут в другом месте, а вы делаете всё, чтобы они вернулись домой.
screening-answer-investigation = DCFS проверяет сообщение
screening-answer-investigation-hint = Социальный работник навещает вашу семью, и никакая программа ещё не началась.
screening-answer-all-home = Все мои дети живут со мной
screening-answer-some-removed = Некоторые живут со мной, а некоторых DCFS разместил в другом месте
screening-answer-all-removed = DCFS разместил всех моих детей вне моего дома

## Reasons: what the family told us

screening-reason-dcfs-case-yes = Вы сказали, что у вас есть открытое дело в DCFS.
screening-reason-dcfs-case-no = Вы сказали, что у вас нет открытого дела в DCFS.
screening-reason-dcfs-case-unsure = Мы пока не знаем, есть ли у вас открытое дело в DCFS.
screening-reason-dcfs-service-family-maintenance = Вы сказали, что ваше дело в DCFS идёт по программе «Поддержка семьи».
screening-reason-dcfs-service-family-preservation = Вы сказали, что ваша семья участвует в программе DCFS «Сохранение семьи».
screening-reason-dcfs-service-family-reunification = Вы сказали, что ваше дело в DCFS идёт по программе «Воссоединение семьи».
screening-reason-dcfs-service-investigation = Вы сказали, что DCFS проверяет сообщение и программа ещё не началась.
screening-reason-dcfs-service-unsure = Мы пока не знаем, по какой программе DCFS идёт ваше дело.
screening-reason-children-location-all-home = Вы сказали, что все ваши дети живут с вами.
screening-reason-children-location-some-removed = Вы сказали, что некоторые ваши дети живут с вами, а некоторых DCFS разместил в другом месте.
screening-reason-children-location-all-removed = Вы сказали, что DCFS разместил всех ваших детей вне вашего дома.
screening-reason-children-location-unsure = Мы пока не знаем, где живут ваши дети.
screening-reason-calworks-now-yes = Вы сказали, что сейчас получаете CalWORKs.
screening-reason-calworks-now-no = Вы сказали, что сейчас не получаете CalWORKs.
screening-reason-calworks-now-unsure = Мы пока не знаем, получаете ли вы сейчас CalWORKs.
screening-reason-calworks-at-removal-yes = Вы сказали, что получали CalWORKs, когда ваших детей разместили вне вашего дома.
screening-reason-calworks-at-removal-no = Вы сказали, что не получали CalWORKs, когда ваших детей разместили вне вашего дома.
screening-reason-calworks-at-removal-unsure = Мы пока не знаем, получали ли вы CalWORKs, когда ваших детей разместили вне вашего дома.
screening-reason-fr-plan-yes = Вы сказали, что у вас есть с DCFS план воссоединения семьи.
screening-reason-fr-plan-no = Вы сказали, что у вас нет с DCFS плана воссоединения семьи.
screening-reason-fr-plan-unsure = Мы пока не знаем, есть ли у вас с DCFS план воссоединения семьи.
screening-reason-relative-caregiver-yes = Вы сказали, что DCFS разместил хотя бы одного из ваших детей у родственников.
screening-reason-relative-caregiver-no = Вы сказали, что DCFS не размещал никого из ваших детей у родственников.
screening-reason-relative-caregiver-unsure = Мы пока не знаем, живёт ли кто-то из ваших детей у родственников.
screening-reason-homeless-yes = Вы сказали, что сейчас у вас нет жилья.
screening-reason-homeless-no = Вы сказали, что сейчас у вас есть жильё.
screening-reason-homeless-unsure = Мы пока не знаем, есть ли у вас сейчас жильё.
screening-reason-sanction-yes = Вы сказали, что DPSS уменьшил ваши выплаты CalWORKs из-за санкции GAIN.
screening-reason-sanction-no = Вы сказали, что DPSS не уменьшал ваши выплаты CalWORKs из-за санкции GAIN.
screening-reason-sanction-unsure = Мы пока не знаем, уменьшил ли DPSS ваши выплаты CalWORKs из-за санкции GAIN.

## What would change an "Ask your worker" result

screening-change-dcfs-case = Узнайте, есть ли у вас открытое дело в DCFS. Это может сказать социальный работник ваших детей или письмо от DCFS.
screening-change-dcfs-service = Спросите своего социального работника в DCFS, по какой программе идёт ваше дело.
screening-change-children-location = Спросите своего социального работника в DCFS, где размещён каждый из ваших детей.
screening-change-calworks-now = Узнайте, получаете ли вы сейчас CalWORKs. Это может сказать ваш работник по пособиям, ваши письма от DPSS или BenefitsCal.
screening-change-calworks-at-removal = Спросите своего работника по пособиям, был ли у вас CalWORKs, когда ваших детей разместили вне вашего дома.
screening-change-fr-plan = Спросите своего социального работника в DCFS, есть ли у вас план воссоединения семьи.
screening-change-relative-caregiver = Спросите своего социального работника в DCFS, размещён ли кто-то из ваших детей у родственников.
screening-change-homeless = Скажите работнику, который ведёт ваше дело, где вы ночуете. Вам скажут, считается ли, что у вас нет жилья.
screening-change-sanction = Спросите своего работника GAIN, уменьшили ли ваши выплаты CalWORKs из-за санкции. Это также было бы написано в письме от DPSS.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = Попросите DCFS связать вас с DPSS
screening-path-prevention-5122-summary = Ваш социальный работник в DCFS может проверить, можете ли вы получить помощь от DPSS, например CalWORKs, General Relief, CalFresh или Medi-Cal, и помочь вам быстрее подать заявление.
screening-path-family-maintenance = Услуги GAIN по программе «Поддержка семьи» (Family Maintenance)
screening-path-family-maintenance-summary = Пока дети живут с вами, а ваше дело в DCFS идёт по программе «Поддержка семьи», услуги GAIN могут входить в ваш план Welfare-to-Work.
screening-path-family-preservation = Услуги GAIN по программе «Сохранение семьи» (Family Preservation)
screening-path-family-preservation-summary = Пока дети живут с вами, а ваша семья участвует в программе «Сохранение семьи», DCFS и DPSS вместе планируют ваши услуги, и услуги GAIN могут входить в ваш план Welfare-to-Work.
screening-path-family-reunification = Услуги GAIN по программе «Воссоединение семьи» (Family Reunification)
screening-path-family-reunification-summary = Если у вас был CalWORKs, когда ваших детей разместили вне вашего дома, вы можете решить и дальше получать услуги GAIN, без денежной помощи, чтобы вернуть детей домой.
screening-path-homeless-outreach = Помощь семьям без жилья
screening-path-homeless-outreach-summary = Если у вас есть CalWORKs и дело в DCFS по программе «Поддержка семьи», DCFS и DPSS могут вместе помочь вашей семье получить помощь для семей без жилья.
screening-path-sanction-help = Помощь, чтобы снять санкцию CalWORKs
screening-path-sanction-help-summary = DCFS и DPSS могут вместе связаться с вами, чтобы помочь исправить то, из-за чего была санкция, и снять её.
screening-path-linkages-gsw = Работник GAIN в вашем офисе DCFS
screening-path-linkages-gsw-summary = Работник службы GAIN от Linkages (GAIN Services Worker) в вашем офисе DCFS может приходить на ваши встречи команды ребёнка и семьи (Child and Family Team) и давать советы по вашему делу.
screening-path-dpss-apply = Подайте заявление в DPSS сами
screening-path-dpss-apply-summary = Вы можете сами подать заявление на помощь от DPSS, например CalWORKs, CalFresh, Medi-Cal или General Relief, через интернет или по телефону.

## Next steps

screening-step-answer-again = Если что-то изменится, вы можете ответить на вопросы ещё раз.
screening-step-ask-worker = Спросите своего социального работника в DCFS, работника по пособиям или работника GAIN, подходит ли вам это.
screening-step-call-211 = Позвоните по номеру 2-1-1, чтобы найти помощь рядом с вами. Это бесплатно, там отвечают днём и ночью.
screening-step-wtw-plan = Спросите, какие услуги могут входить в ваш план Welfare-to-Work.
screening-step-benefitscal = Подайте заявление через интернет на сайте BenefitsCal.com.
screening-step-call-dpss = Или позвоните в DPSS по номеру (866) 613-3777.
screening-step-ask-5122 = Попросите своего социального работника в DCFS проверить, можете ли вы получить помощь от DPSS. Для этого есть форма DCFS 5122.
screening-step-expedited-intake = Если вам, возможно, положена помощь, социальный работник направит вас в DPSS, чтобы ваше заявление рассмотрели быстрее.
screening-step-tell-worker-fm = Скажите своему работнику по пособиям или работнику GAIN, что у вас есть дело в DCFS по программе «Поддержка семьи».
screening-step-tell-worker-fp = Скажите своему работнику по пособиям или работнику GAIN, что ваша семья участвует в программе DCFS «Сохранение семьи».
screening-step-fr-volunteer = Скажите своему социальному работнику в DCFS и работнику GAIN, что вы хотите получать услуги по программе «Воссоединение семьи». Решать вам.
screening-step-general-relief = В эти услуги не входит денежная помощь. Если вам не хватает денег на жизнь, вы можете подать заявление на General Relief.
screening-step-tell-worker-homeless = Скажите своему социальному работнику в DCFS и работнику по пособиям, что у вас нет жилья. Попросите их вместе помочь вам.
screening-step-tell-worker-sanction = Расскажите о санкции своему работнику GAIN и социальному работнику в DCFS. Попросите их вместе с вами добиться, чтобы санкцию сняли.
screening-step-gsw-cft = Попросите своего социального работника в DCFS пригласить работника службы GAIN от Linkages на вашу встречу команды ребёнка и семьи.
screening-step-gsw-consult = Ваш социальный работник также может обсудить ваше дело с работником службы GAIN от Linkages.
screening-step-dpss-if-dcfs = Если у вас есть дело в DCFS, попросите социального работника помочь вам подать заявление. Так может быть быстрее.
screening-step-dpss-through-dcfs = У вас есть дело в DCFS, поэтому социальный работник может помочь вам с DPSS. Посмотрите другие результаты.

## Services

screening-service-mental-health = Помощь с психическим здоровьем
screening-service-domestic-violence = Помощь при домашнем насилии
screening-service-substance-use = Помощь в связи с алкоголем или наркотиками
screening-service-education-training = Учёба и профессиональное обучение
screening-service-employment = Помощь, чтобы найти работу и не потерять её
screening-service-transportation = Помощь с транспортом
screening-service-child-care = Присмотр за детьми
screening-service-ancillary-costs = Помощь с оплатой книг, инструментов, рабочей одежды и взносов
screening-service-housing-support = Помощь с жильём
screening-service-moving-assistance = Помощь с расходами на переезд
screening-service-temporary-homeless-assistance = Временная помощь, пока у вас нет жилья

## Time limits ($months, $max_months: numbers)

screening-time-limit =
    { $months ->
        [one] Эти услуги могут длиться до { $months } месяца.
        [few] Эти услуги могут длиться до { $months } месяцев.
        [many] Эти услуги могут длиться до { $months } месяцев.
       *[other] Эти услуги могут длиться до { $months } месяца.
    }
screening-time-limit-extendable =
    { $months ->
        [one] Эти услуги могут длиться { $months } месяц.
        [few] Эти услуги могут длиться { $months } месяца.
        [many] Эти услуги могут длиться { $months } месяцев.
       *[other] Эти услуги могут длиться { $months } месяца.
    } Если вы выполняете правила программы, их можно продлить до { $max_months ->
        [one] { $max_months } месяца.
        [few] { $max_months } месяцев.
        [many] { $max_months } месяцев.
       *[other] { $max_months } месяца.
    }
