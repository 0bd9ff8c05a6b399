### Self-screening: questions, answers and results (Russian, русский).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Russian: the reader is «вы» (lower case). "Your case with DCFS" is «ваше дело в DCFS».
### DCFS and DPSS take masculine verbs (департамент). Program and role names are Fluent terms
### from terms.ftl, with case forms ({ -social-worker(case: "dat") }): never type them; see
### locales/glossary.toml.

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

screening-q-dcfs-case = У вас есть открытое дело в { -dcfs }?
screening-q-dcfs-case-hint = { -dcfs } — это { -dcfs-full }. Если к вам приходит или звонит { -social-worker } по делам детей, у вас, возможно, есть дело.
screening-q-dcfs-service = Какую помощь { -dcfs } даёт вашей семье?
screening-q-dcfs-service-hint = Ваш { -social-worker } в { -dcfs } может сказать, как называется ваша программа.
screening-q-children-location = Где сейчас живут ваши дети?
screening-q-children-location-hint = Подумайте обо всех своих детях.
screening-q-calworks-now = Вы сейчас получаете { -calworks }?
screening-q-calworks-now-hint = { -calworks } — это деньги для семей с детьми. Их выплачивает { -dpss }.
screening-q-calworks-at-removal = Вы получали { -calworks }, когда { -dcfs } разместил ваших детей вне вашего дома?
screening-q-calworks-at-removal-hint = После этого выплаты { -calworks } могли прекратиться. Отвечайте про то время, когда детей разместили вне дома.
screening-q-fr-plan = У вас есть с { -dcfs } план по программе { -family-reunification-said(form: "quoted") }?
screening-q-fr-plan-hint = Это план, который вы составили вместе с { -social-worker(case: "ins") } { -dcfs }, чтобы дети вернулись домой.
screening-q-relative-caregiver = { -dcfs } разместил кого-то из ваших детей у родственников?
screening-q-relative-caregiver-hint = Например, у бабушки или дедушки, у тёти, у дяди или у другого члена семьи.
screening-q-homeless = Вы сейчас без жилья?
screening-q-homeless-hint = Например, вы спите в приюте, в машине, в мотеле или на улице, или переезжаете с места на место.
screening-q-sanction = { -dpss } уменьшил ваши выплаты { -calworks } из-за { -sanction-said(case: "gen") } по программе { -gain }?
screening-q-sanction-hint = Если { -dpss } уменьшает ваши выплаты { -calworks } из-за правила программы { -gain } ({ -welfare-to-work-said }), это называется { -sanction-said(case: "ins") }. Это было бы написано в письме от { -dpss }.

## Answer options

screening-answer-yes = Да
screening-answer-no = Нет
screening-answer-unsure = Не знаю
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = Дети живут с вами, а { -social-worker } { -dcfs } помогает вашей семье. Это может назначить суд, или вы можете выбрать это сами.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = Дети живут с вами, а с вашей семьёй работает организация по программе «{ -family-preservation }».
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = Дети пока живут в другом месте, а вы делаете всё, чтобы они вернулись домой.
screening-answer-investigation = { -dcfs } проверяет сообщение
screening-answer-investigation-hint = Сейчас { -social-worker } проверяет, как дела у вашей семьи, и никакая программа ещё не началась.
screening-answer-all-home = Все мои дети живут со мной
screening-answer-some-removed = Некоторые живут со мной, а некоторых { -dcfs } разместил в другом месте
screening-answer-all-removed = { -dcfs } разместил всех моих детей вне моего дома

## Reasons: what the family told us

screening-reason-dcfs-case-yes = Вы сказали, что у вас есть открытое дело в { -dcfs }.
screening-reason-dcfs-case-no = Вы сказали, что у вас нет открытого дела в { -dcfs }.
screening-reason-dcfs-case-unsure = Мы пока не знаем, есть ли у вас открытое дело в { -dcfs }.
screening-reason-dcfs-service-family-maintenance = Вы сказали, что ваше дело в { -dcfs } идёт по программе «{ -family-maintenance }».
screening-reason-dcfs-service-family-preservation = Вы сказали, что ваша семья участвует в программе { -dcfs } «{ -family-preservation }».
screening-reason-dcfs-service-family-reunification = Вы сказали, что ваше дело в { -dcfs } идёт по программе «{ -family-reunification }».
screening-reason-dcfs-service-investigation = Вы сказали, что { -dcfs } проверяет сообщение и программа ещё не началась.
screening-reason-dcfs-service-unsure = Мы пока не знаем, по какой программе { -dcfs } идёт ваше дело.
screening-reason-children-location-all-home = Вы сказали, что все ваши дети живут с вами.
screening-reason-children-location-some-removed = Вы сказали, что некоторые ваши дети живут с вами, а некоторых { -dcfs } разместил в другом месте.
screening-reason-children-location-all-removed = Вы сказали, что { -dcfs } разместил всех ваших детей вне вашего дома.
screening-reason-children-location-unsure = Мы пока не знаем, где живут ваши дети.
screening-reason-calworks-now-yes = Вы сказали, что сейчас получаете { -calworks }.
screening-reason-calworks-now-no = Вы сказали, что сейчас не получаете { -calworks }.
screening-reason-calworks-now-unsure = Мы пока не знаем, получаете ли вы сейчас { -calworks }.
screening-reason-calworks-at-removal-yes = Вы сказали, что получали { -calworks }, когда ваших детей разместили вне вашего дома.
screening-reason-calworks-at-removal-no = Вы сказали, что не получали { -calworks }, когда ваших детей разместили вне вашего дома.
screening-reason-calworks-at-removal-unsure = Мы пока не знаем, получали ли вы { -calworks }, когда ваших детей разместили вне вашего дома.
screening-reason-fr-plan-yes = Вы сказали, что у вас есть с { -dcfs } план { -family-reunification(case: "gen") }.
screening-reason-fr-plan-no = Вы сказали, что у вас нет с { -dcfs } плана { -family-reunification(case: "gen") }.
screening-reason-fr-plan-unsure = Мы пока не знаем, есть ли у вас с { -dcfs } план { -family-reunification(case: "gen") }.
screening-reason-relative-caregiver-yes = Вы сказали, что { -dcfs } разместил хотя бы одного из ваших детей у родственников.
screening-reason-relative-caregiver-no = Вы сказали, что { -dcfs } не размещал никого из ваших детей у родственников.
screening-reason-relative-caregiver-unsure = Мы пока не знаем, живёт ли кто-то из ваших детей у родственников.
screening-reason-homeless-yes = Вы сказали, что сейчас у вас нет жилья.
screening-reason-homeless-no = Вы сказали, что сейчас у вас есть жильё.
screening-reason-homeless-unsure = Мы пока не знаем, есть ли у вас сейчас жильё.
screening-reason-sanction-yes = Вы сказали, что { -dpss } уменьшил ваши выплаты { -calworks } из-за { -sanction(case: "gen") } { -gain }.
screening-reason-sanction-no = Вы сказали, что { -dpss } не уменьшал ваши выплаты { -calworks } из-за { -sanction(case: "gen") } { -gain }.
screening-reason-sanction-unsure = Мы пока не знаем, уменьшил ли { -dpss } ваши выплаты { -calworks } из-за { -sanction(case: "gen") } { -gain }.

## What would change an "Ask your worker" result

screening-change-dcfs-case = Узнайте, есть ли у вас открытое дело в { -dcfs }. Это может сказать { -social-worker } ваших детей или письмо от { -dcfs }.
screening-change-dcfs-service = Спросите своего { -social-worker(case: "acc") } в { -dcfs }, по какой программе идёт ваше дело.
screening-change-children-location = Спросите своего { -social-worker(case: "acc") } в { -dcfs }, где размещён каждый из ваших детей.
screening-change-calworks-now = Узнайте, получаете ли вы сейчас { -calworks }. Это может сказать ваш { -eligibility-worker-said }, ваши письма от { -dpss } или BenefitsCal.
screening-change-calworks-at-removal = Спросите своего { -eligibility-worker(case: "acc") }, был ли у вас { -calworks }, когда ваших детей разместили вне вашего дома.
screening-change-fr-plan = Спросите своего { -social-worker(case: "acc") } в { -dcfs }, есть ли у вас план { -family-reunification(case: "gen") }.
screening-change-relative-caregiver = Спросите своего { -social-worker(case: "acc") } в { -dcfs }, размещён ли кто-то из ваших детей у родственников.
screening-change-homeless = Скажите работнику, который ведёт ваше дело, где вы ночуете. Вам скажут, считается ли, что у вас нет жилья.
screening-change-sanction = Спросите своего { -gain-worker(case: "acc") }, уменьшили ли ваши выплаты { -calworks } из-за { -sanction(case: "gen") }. Это также было бы написано в письме от { -dpss }.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = Попросите { -dcfs } связать вас с { -dpss }
screening-path-prevention-5122-summary = Ваш { -social-worker } в { -dcfs } может проверить, можете ли вы получить помощь от { -dpss }, например { -calworks }, { -general-relief }, { -calfresh } или { -medi-cal }, и помочь вам быстрее подать заявление.
screening-path-family-maintenance = Услуги { -gain } по программе { -family-maintenance-said(form: "quoted") }
screening-path-family-maintenance-summary = Пока дети живут с вами, а ваше дело в { -dcfs } идёт по программе «{ -family-maintenance }», услуги { -gain } могут входить в ваш план { -welfare-to-work-said }.
screening-path-family-preservation = Услуги { -gain } по программе { -family-preservation-said(form: "quoted") }
screening-path-family-preservation-summary = Пока дети живут с вами, а ваша семья участвует в программе «{ -family-preservation }», { -dcfs } и { -dpss } вместе планируют ваши услуги, и услуги { -gain } могут входить в ваш план { -welfare-to-work-said }.
screening-path-family-reunification = Услуги { -gain } по программе { -family-reunification-said(form: "quoted") }
screening-path-family-reunification-summary = Если у вас был { -calworks }, когда ваших детей разместили вне вашего дома, вы можете решить и дальше получать услуги { -gain }, без денежной помощи, чтобы вернуть детей домой.
screening-path-homeless-outreach = Помощь семьям без жилья
screening-path-homeless-outreach-summary = Если у вас есть { -calworks } и дело в { -dcfs } по программе «{ -family-maintenance }», { -dcfs } и { -dpss } могут вместе помочь вашей семье получить помощь для семей без жилья.
screening-path-sanction-help = Помощь, чтобы снять { -sanction-said(case: "acc") } по программе { -calworks }
screening-path-sanction-help-summary = { -dcfs } и { -dpss } могут вместе связаться с вами, чтобы помочь исправить то, из-за чего была { -sanction }, и снять её.
screening-path-linkages-gsw = В вашем офисе { -dcfs } есть { -gain-worker }
screening-path-linkages-gsw-summary = В вашем офисе { -dcfs } есть { -linkages-gain-worker }: он может приходить на ваши встречи { -child-and-family-team-said(case: "gen") } и давать советы по вашему делу.
screening-path-dpss-apply = Подайте заявление в { -dpss } сами
screening-path-dpss-apply-summary = Вы можете сами подать заявление на помощь от { -dpss }, например { -calworks }, { -calfresh }, { -medi-cal } или { -general-relief }, через интернет или по телефону.

## Next steps

screening-step-answer-again = Если что-то изменится, вы можете ответить на вопросы ещё раз.
screening-step-ask-worker = Спросите своего { -social-worker(case: "acc") } в { -dcfs }, { -eligibility-worker-said(case: "acc") } или { -gain-worker(case: "acc") }, подходит ли вам это.
screening-step-call-211 = Позвоните по номеру 2-1-1, чтобы найти помощь рядом с вами. Это бесплатно, там отвечают днём и ночью.
screening-step-wtw-plan = Спросите, какие услуги могут входить в ваш план { -welfare-to-work-said }.
screening-step-benefitscal = Подайте заявление через интернет на сайте BenefitsCal.com.
screening-step-call-dpss = Или позвоните в { -dpss } по номеру (866) 613-3777.
screening-step-ask-5122 = Попросите своего { -social-worker(case: "acc") } в { -dcfs } проверить, можете ли вы получить помощь от { -dpss }. Для этого есть форма { -form-5122 }.
screening-step-expedited-intake = Если вы, возможно, подходите под условия помощи, { -social-worker } направит вас в { -dpss }, чтобы ваше заявление рассмотрели быстрее.
screening-step-tell-worker-fm = Скажите своему { -eligibility-worker(case: "dat") } или { -gain-worker(case: "dat") }, что у вас есть дело в { -dcfs } по программе { -family-maintenance-said(form: "quoted") }.
screening-step-tell-worker-fp = Скажите своему { -eligibility-worker(case: "dat") } или { -gain-worker(case: "dat") }, что ваша семья участвует в программе { -dcfs } { -family-preservation-said(form: "quoted") }.
screening-step-fr-volunteer = Скажите своему { -social-worker(case: "dat") } в { -dcfs } и { -gain-worker(case: "dat") }, что вы хотите получать услуги по программе { -family-reunification-said(form: "quoted") }. Решать вам.
screening-step-general-relief = В эти услуги не входит денежная помощь. Если вам не хватает денег на жизнь, вы можете подать заявление на { -general-relief-said }.
screening-step-tell-worker-homeless = Скажите своему { -social-worker(case: "dat") } в { -dcfs } и { -eligibility-worker(case: "dat") }, что у вас нет жилья. Попросите их вместе помочь вам.
screening-step-tell-worker-sanction = Расскажите о { -sanction-said(case: "prep") } своему { -gain-worker(case: "dat") } и { -social-worker(case: "dat") } в { -dcfs }. Попросите их вместе с вами добиться, чтобы { -sanction(case: "acc") } сняли.
screening-step-gsw-cft = Попросите своего { -social-worker(case: "acc") } в { -dcfs } пригласить { -linkages-gain-worker(case: "acc") } на вашу встречу { -child-and-family-team-said(case: "gen") }.
screening-step-gsw-consult = Ваш { -social-worker } также может обсудить ваше дело с { -linkages-gain-worker(case: "ins") }.
screening-step-dpss-if-dcfs = Если у вас есть дело в { -dcfs }, попросите { -social-worker(case: "acc") } помочь вам подать заявление. Так может быть быстрее.
screening-step-dpss-through-dcfs = У вас есть дело в { -dcfs }, поэтому { -social-worker } может помочь вам с { -dpss }. Посмотрите другие результаты.

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
