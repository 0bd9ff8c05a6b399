### Self-screening: questions, answers and results (Armenian, Eastern, հայերեն).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Armenian: Eastern Armenian, reformed spelling, polite «Դուք/Ձեր/Ձեզ» (capitalised).
### Case endings follow official names after a hyphen (DCFS-ում, DPSS-ի, CalWORKs-ը).
### Armenian punctuation: ։ ends a sentence, ՞ sits on the asked word, ՝ is a pause.
### Program and role names are Fluent terms from terms.ftl, with case forms
### ({ -social-worker(case: "dat") }): never type them; see locales/glossary.toml.
### A number is followed by a singular noun.

# Reviewed by a certified translator: no.

## Result page

screening-heading-because = Ինչու ենք սա ասում
screening-heading-next-steps = Ինչ անել հետո
screening-heading-services = Ծառայություններ, որոնք կարող եք ստանալ
screening-heading-what-would-change = Ինչը կարող է սա փոխել
screening-guidance-not-decision = Սա միայն ուղեցույց է։ Թե ինչ կարող եք ստանալ, որոշում է Ձեր գործը վարող աշխատակիցը։

## How well a path fits

screening-fit-may-fit = Կարող է Ձեզ հարմար լինել
screening-fit-ask = Հարցրեք Ձեր գործը վարող աշխատակցին
screening-fit-no = Կարծես հարմար չէ

## Questions: a short heading and a one-line hint

screening-q-dcfs-case = { -dcfs }-ում բաց գործ ունե՞ք։
screening-q-dcfs-case-hint = { -dcfs }-ը { -dcfs-full }ն է։ Եթե երեխաների { -social-worker(case: "defn") } այցելում է Ձեզ կամ զանգում է Ձեզ, հնարավոր է, որ գործ ունեք։
screening-q-dcfs-service = Ի՞նչ օգնություն է { -dcfs }-ը տալիս Ձեր ընտանիքին։
screening-q-dcfs-service-hint = { -dcfs }-ում Ձեր { -social-worker(case: "def") } կարող է ասել Ձեր ծրագրի անունը։
screening-q-children-location = Որտե՞ղ են հիմա ապրում Ձեր երեխաները։
screening-q-children-location-hint = Մտածեք Ձեր բոլոր երեխաների մասին։
screening-q-calworks-now = Հիմա { -calworks } ստանո՞ւմ եք։
screening-q-calworks-now-hint = { -calworks }-ը գումար է երեխաներ ունեցող ընտանիքների համար։ Այն տալիս է { -dpss }-ը։
screening-q-calworks-at-removal = { -calworks } ստանո՞ւմ էիք, երբ { -dcfs }-ը Ձեր երեխաներին տեղավորեց Ձեր տնից դուրս։
screening-q-calworks-at-removal-hint = Դրանից հետո Ձեր { -calworks }-ը կարող էր դադարել։ Պատասխանեք այն ժամանակի մասին, երբ երեխաներին տեղավորեցին։
screening-q-fr-plan = { -dcfs }-ի հետ { -family-reunification-said(form: "quoted") } ծրագիր ունե՞ք։
screening-q-fr-plan-hint = Սա այն ծրագիրն է, որը Դուք և { -dcfs }-ի Ձեր { -social-worker(case: "def") } կազմել եք, որպեսզի Ձեր երեխաները տուն վերադառնան։
screening-q-relative-caregiver = { -dcfs }-ը Ձեր երեխաներից որևէ մեկին տեղավորե՞լ է ազգականի մոտ։
screening-q-relative-caregiver-hint = Օրինակ՝ տատիկի կամ պապիկի, մորաքրոջ կամ հորաքրոջ, քեռու կամ հորեղբոր կամ ընտանիքի այլ անդամի մոտ։
screening-q-homeless = Հիմա անօթևա՞ն եք։
screening-q-homeless-hint = Օրինակ՝ քնում եք ապաստարանում, մեքենայում, մոթելում կամ դրսում, կամ տեղից տեղ եք տեղափոխվում։
screening-q-sanction = { -dpss }-ը նվազեցրե՞լ է Ձեր { -calworks }-ը { -gain }-ի { -sanction-said(case: "gen") } պատճառով։
screening-q-sanction-hint = Երբ { -dpss }-ը կրճատում է Ձեր { -calworks }-ը { -gain }-ի ({ -welfare-to-work-said }) որևէ կանոնի պատճառով, դա կոչվում է { -sanction-said }։ Դա գրված կլիներ { -dpss }-ի նամակում։

## Answer options

screening-answer-yes = Այո
screening-answer-no = Ոչ
screening-answer-unsure = Չգիտեմ
screening-answer-family-maintenance = { -family-maintenance-said } (երեխաները մնում են տանը)
screening-answer-family-maintenance-hint = Ձեր երեխաներն ապրում են Ձեզ հետ, և { -dcfs }-ի { -social-worker(case: "defn") } օգնում է Ձեր ընտանիքին։ Դա կարող է լինել դատարանի որոշմամբ կամ Ձեր ընտրությամբ։
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = Ձեր երեխաներն ապրում են Ձեզ հետ, և «{ -family-preservation }» ծրագրի կազմակերպությունն աշխատում է Ձեր ընտանիքի հետ։
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = Ձեր երեխաներն առայժմ ապրում են այլ տեղում, և Դուք աշխատում եք, որ նրանք տուն վերադառնան։
screening-answer-investigation = { -dcfs }-ը ստուգում է մի հաղորդում
screening-answer-investigation-hint = Այժմ { -social-worker(case: "def") } ստուգում է, թե ինչպես է Ձեր ընտանիքը, և դեռ ոչ մի ծրագիր չի սկսվել։
screening-answer-all-home = Իմ բոլոր երեխաներն ապրում են ինձ հետ
screening-answer-some-removed = Մի մասն ապրում է ինձ հետ, իսկ մյուսներին { -dcfs }-ը տեղավորել է այլ տեղում
screening-answer-all-removed = { -dcfs }-ն իմ բոլոր երեխաներին տեղավորել է իմ տնից դուրս

## Reasons: what the family told us

screening-reason-dcfs-case-yes = Դուք ասացիք, որ { -dcfs }-ում բաց գործ ունեք։
screening-reason-dcfs-case-no = Դուք ասացիք, որ { -dcfs }-ում բաց գործ չունեք։
screening-reason-dcfs-case-unsure = Դեռ չգիտենք, թե { -dcfs }-ում բաց գործ ունեք, թե ոչ։
screening-reason-dcfs-service-family-maintenance = Դուք ասացիք, որ { -dcfs }-ում Ձեր գործը «{ -family-maintenance }» ծրագրում է։
screening-reason-dcfs-service-family-preservation = Դուք ասացիք, որ Ձեր ընտանիքը { -dcfs }-ի «{ -family-preservation }» ծրագրում է։
screening-reason-dcfs-service-family-reunification = Դուք ասացիք, որ { -dcfs }-ում Ձեր գործը «{ -family-reunification }» ծրագրում է։
screening-reason-dcfs-service-investigation = Դուք ասացիք, որ { -dcfs }-ը ստուգում է մի հաղորդում, և դեռ ոչ մի ծրագիր չի սկսվել։
screening-reason-dcfs-service-unsure = Դեռ չգիտենք, թե { -dcfs }-ի որ ծրագրում է Ձեր գործը։
screening-reason-children-location-all-home = Դուք ասացիք, որ Ձեր բոլոր երեխաներն ապրում են Ձեզ հետ։
screening-reason-children-location-some-removed = Դուք ասացիք, որ Ձեր երեխաների մի մասն ապրում է Ձեզ հետ, իսկ մյուսներին { -dcfs }-ը տեղավորել է այլ տեղում։
screening-reason-children-location-all-removed = Դուք ասացիք, որ { -dcfs }-ը Ձեր բոլոր երեխաներին տեղավորել է Ձեր տնից դուրս։
screening-reason-children-location-unsure = Դեռ չգիտենք, թե որտեղ են ապրում Ձեր երեխաները։
screening-reason-calworks-now-yes = Դուք ասացիք, որ հիմա { -calworks } եք ստանում։
screening-reason-calworks-now-no = Դուք ասացիք, որ հիմա { -calworks } չեք ստանում։
screening-reason-calworks-now-unsure = Դեռ չգիտենք, թե հիմա { -calworks } ստանում եք, թե ոչ։
screening-reason-calworks-at-removal-yes = Դուք ասացիք, որ { -calworks } էիք ստանում, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-reason-calworks-at-removal-no = Դուք ասացիք, որ { -calworks } չէիք ստանում, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-reason-calworks-at-removal-unsure = Դեռ չգիտենք, թե { -calworks } ստանում էիք, թե ոչ, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-reason-fr-plan-yes = Դուք ասացիք, որ { -dcfs }-ի հետ { -family-reunification(case: "gen") } ծրագիր ունեք։
screening-reason-fr-plan-no = Դուք ասացիք, որ { -dcfs }-ի հետ { -family-reunification(case: "gen") } ծրագիր չունեք։
screening-reason-fr-plan-unsure = Դեռ չգիտենք, թե { -dcfs }-ի հետ { -family-reunification(case: "gen") } ծրագիր ունեք, թե ոչ։
screening-reason-relative-caregiver-yes = Դուք ասացիք, որ { -dcfs }-ը Ձեր երեխաներից առնվազն մեկին տեղավորել է ազգականի մոտ։
screening-reason-relative-caregiver-no = Դուք ասացիք, որ { -dcfs }-ը Ձեր երեխաներից ոչ մեկին չի տեղավորել ազգականի մոտ։
screening-reason-relative-caregiver-unsure = Դեռ չգիտենք, թե Ձեր երեխաներից որևէ մեկն ապրում է ազգականի մոտ, թե ոչ։
screening-reason-homeless-yes = Դուք ասացիք, որ հիմա անօթևան եք։
screening-reason-homeless-no = Դուք ասացիք, որ հիմա անօթևան չեք։
screening-reason-homeless-unsure = Դեռ չգիտենք, թե հիմա անօթևան եք, թե ոչ։
screening-reason-sanction-yes = Դուք ասացիք, որ { -dpss }-ը { -gain }-ի { -sanction(case: "gen") } պատճառով նվազեցրել է Ձեր { -calworks }-ը։
screening-reason-sanction-no = Դուք ասացիք, որ { -dpss }-ը { -gain }-ի { -sanction(case: "gen") } պատճառով չի նվազեցրել Ձեր { -calworks }-ը։
screening-reason-sanction-unsure = Դեռ չգիտենք, թե { -dpss }-ը { -gain }-ի { -sanction(case: "gen") } պատճառով նվազեցրել է Ձեր { -calworks }-ը, թե ոչ։

## What would change an "Ask your worker" result

screening-change-dcfs-case = Պարզեք, թե { -dcfs }-ում բաց գործ ունեք, թե ոչ։ Դա կարող է ասել Ձեր երեխաների { -social-worker(case: "def") } կամ { -dcfs }-ի նամակը։
screening-change-dcfs-service = Հարցրեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") }, թե որ ծրագրում է Ձեր գործը։
screening-change-children-location = Հարցրեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") }, թե որտեղ է տեղավորված Ձեր երեխաներից յուրաքանչյուրը։
screening-change-calworks-now = Պարզեք, թե հիմա { -calworks } ստանում եք, թե ոչ։ Դա կարող են ասել Ձեր { -eligibility-worker-said(case: "def") }, { -dpss }-ի Ձեր նամակները կամ BenefitsCal-ը։
screening-change-calworks-at-removal = Հարցրեք Ձեր { -eligibility-worker(case: "dat") }, թե արդյոք { -calworks } ունեիք, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-change-fr-plan = Հարցրեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") }, թե արդյոք { -family-reunification(case: "gen") } ծրագիր ունեք։
screening-change-relative-caregiver = Հարցրեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") }, թե արդյոք Ձեր երեխաներից որևէ մեկը տեղավորված է ազգականի մոտ։
screening-change-homeless = Ասեք Ձեր գործը վարող աշխատակցին, թե որտեղ եք քնում գիշերը։ Նա կարող է ասել, թե արդյոք դա համարվում է անօթևանություն։
screening-change-sanction = Հարցրեք Ձեր { -gain-worker(case: "dat") }, թե արդյոք Ձեր { -calworks }-ը նվազեցվել է { -sanction(case: "gen") } պատճառով։ Դա գրված կլիներ նաև { -dpss }-ի նամակում։

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = Խնդրեք { -dcfs }-ին Ձեզ կապել { -dpss }-ի հետ
screening-path-prevention-5122-summary = { -dcfs }-ի Ձեր { -social-worker(case: "def") } կարող է ստուգել, թե արդյոք կարող եք { -dpss }-ից օգնություն ստանալ, օրինակ՝ { -calworks }, { -general-relief }, { -calfresh } կամ { -medi-cal }, և օգնել Ձեզ ավելի արագ դիմել։
screening-path-family-maintenance = { -gain }-ի ծառայություններ «{ -family-maintenance-said }» ծրագրում
screening-path-family-maintenance-summary = Քանի դեռ Ձեր երեխաներն ապրում են Ձեզ հետ, և { -dcfs }-ում Ձեր գործը «{ -family-maintenance }» ծրագրում է, { -gain }-ի ծառայությունները կարող են լինել Ձեր { -welfare-to-work-said } ծրագրի մաս։
screening-path-family-preservation = { -gain }-ի ծառայություններ { -family-preservation-said(form: "quoted") } ծրագրում
screening-path-family-preservation-summary = Քանի դեռ Ձեր երեխաներն ապրում են Ձեզ հետ, և Ձեր ընտանիքը «{ -family-preservation }» ծրագրում է, { -dcfs }-ը և { -dpss }-ը միասին են պլանավորում Ձեր ծառայությունները, և { -gain }-ի ծառայությունները կարող են լինել Ձեր { -welfare-to-work-said } ծրագրի մաս։
screening-path-family-reunification = { -gain }-ի ծառայություններ { -family-reunification-said(form: "quoted") } ծրագրում
screening-path-family-reunification-summary = Եթե { -calworks } ունեիք, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս, կարող եք ընտրել շարունակել ստանալ { -gain }-ի ծառայություններ՝ առանց դրամական օգնության, որպեսզի դրանք օգնեն երեխաներին տուն վերադարձնել։
screening-path-homeless-outreach = Օգնություն անօթևան ընտանիքներին
screening-path-homeless-outreach-summary = Եթե { -calworks } եք ստանում և { -dcfs }-ում ունեք «{ -family-maintenance }» ծրագրի գործ, { -dcfs }-ը և { -dpss }-ը կարող են միասին աշխատել, որպեսզի Ձեր ընտանիքը ստանա անօթևան ընտանիքների համար նախատեսված օգնություն։
screening-path-sanction-help = Օգնություն { -calworks }-ի { -sanction-said(case: "def") } վերացնելու համար
screening-path-sanction-help-summary = { -dcfs }-ը և { -dpss }-ը կարող են միասին կապվել Ձեզ հետ, որպեսզի օգնեն Ձեզ շտկել { -sanction(case: "gen") } պատճառը և վերացնել այն։
screening-path-linkages-gsw = { -gain-worker } { -dcfs }-ի Ձեր գրասենյակում
screening-path-linkages-gsw-summary = { -dcfs }-ի Ձեր գրասենյակում { -linkages-gain-worker(case: "def") } կարող է մասնակցել Ձեր { -child-and-family-team-said(case: "gen") } հանդիպումներին և խորհուրդներ տալ Ձեր գործի վերաբերյալ։
screening-path-dpss-apply = Ինքներդ դիմեք { -dpss }-ին
screening-path-dpss-apply-summary = Կարող եք առցանց կամ հեռախոսով դիմել { -dpss }-ին օգնության համար, օրինակ՝ { -calworks }, { -calfresh }, { -medi-cal } կամ { -general-relief } ստանալու համար։

## Next steps

screening-step-answer-again = Եթե ինչ-որ բան փոխվի, կարող եք նորից պատասխանել հարցերին։
screening-step-ask-worker = Հարցրեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") }, Ձեր { -eligibility-worker-said(case: "dat") } կամ Ձեր { -gain-worker(case: "dat") }, թե արդյոք սա Ձեզ հարմար է։
screening-step-call-211 = Զանգահարեք 2-1-1՝ Ձեզ մոտ օգնություն գտնելու համար։ Դա անվճար է, և այնտեղ պատասխանում են օր ու գիշեր։
screening-step-wtw-plan = Հարցրեք, թե որ ծառայությունները կարող են լինել Ձեր { -welfare-to-work-said } ծրագրի մաս։
screening-step-benefitscal = Դիմեք առցանց՝ BenefitsCal.com կայքում։
screening-step-call-dpss = Կամ զանգահարեք { -dpss }՝ (866) 613-3777 համարով։
screening-step-ask-5122 = Խնդրեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") } ստուգել, թե արդյոք կարող եք { -dpss }-ից օգնություն ստանալ։ Դրա համար օգտագործվում է { -form-5122 } ձևաթուղթը։
screening-step-expedited-intake = Եթե հնարավոր է, որ իրավունք ունեք, Ձեր { -social-worker(case: "def") } Ձեզ կուղարկի { -dpss }, որպեսզի Ձեր դիմումն ավելի արագ քննարկվի։
screening-step-tell-worker-fm = Ասեք Ձեր { -eligibility-worker(case: "dat") } կամ Ձեր { -gain-worker(case: "dat") }, որ { -dcfs }-ում ունեք «{ -family-maintenance-said }» ծրագրի գործ։
screening-step-tell-worker-fp = Ասեք Ձեր { -eligibility-worker(case: "dat") } կամ Ձեր { -gain-worker(case: "dat") }, որ Ձեր ընտանիքը { -dcfs }-ի { -family-preservation-said(form: "quoted") } ծրագրում է։
screening-step-fr-volunteer = Ասեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") } և Ձեր { -gain-worker(case: "dat") }, որ ուզում եք ստանալ { -family-reunification-said(form: "quoted") } ծրագրի ծառայություններ։ Ընտրությունը Ձերն է։
screening-step-general-relief = Այս ծառայությունները դրամական օգնություն չեն ներառում։ Եթե ապրելու համար գումարի կարիք ունեք, կարող եք դիմել { -general-relief-said } ստանալու համար։
screening-step-tell-worker-homeless = Ասեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") } և Ձեր { -eligibility-worker(case: "dat") }, որ անօթևան եք։ Խնդրեք նրանց միասին աշխատել՝ Ձեզ օգնելու համար։
screening-step-tell-worker-sanction = Պատմեք { -sanction-said(case: "gen") } մասին Ձեր { -gain-worker(case: "dat") } և { -dcfs }-ի Ձեր { -social-worker(case: "dat") }։ Խնդրեք նրանց Ձեզ հետ աշխատել՝ այն վերացնելու համար։
screening-step-gsw-cft = Խնդրեք { -dcfs }-ի Ձեր { -social-worker(case: "dat") } հրավիրել { -linkages-gain-worker(case: "dat") } Ձեր { -child-and-family-team-said(case: "gen") } հանդիպմանը։
screening-step-gsw-consult = Ձեր { -social-worker(case: "def") } կարող է նաև Ձեր գործի մասին խոսել { -linkages-gain-worker(case: "gen") } հետ։
screening-step-dpss-if-dcfs = Եթե { -dcfs }-ում գործ ունեք, խնդրեք Ձեր { -social-worker(case: "dat") } օգնել Ձեզ դիմելու հարցում։ Դա կարող է ավելի արագ լինել։
screening-step-dpss-through-dcfs = Քանի որ { -dcfs }-ում գործ ունեք, Ձեր { -social-worker(case: "def") } կարող է օգնել Ձեզ { -dpss }-ի հարցերում։ Տեսեք մյուս արդյունքները։

## Services

screening-service-mental-health = Հոգեկան առողջության ծառայություններ
screening-service-domestic-violence = Ծառայություններ ընտանեկան բռնության դեպքում
screening-service-substance-use = Օգնություն ալկոհոլի կամ թմրանյութերի օգտագործման հարցում
screening-service-education-training = Կրթություն և ուսուցում
screening-service-employment = Օգնություն աշխատանք գտնելու և պահելու համար
screening-service-transportation = Օգնություն տրանսպորտի հարցում
screening-service-child-care = Երեխաների խնամք
screening-service-ancillary-costs = Օգնություն գրքերի, գործիքների, համազգեստի և վճարների ծախսերի համար
screening-service-housing-support = Օգնություն բնակարանի հարցում
screening-service-moving-assistance = Օգնություն տեղափոխվելու ծախսերի համար
screening-service-temporary-homeless-assistance = Կարճաժամկետ օգնություն, քանի դեռ անօթևան եք

## Time limits ($months, $max_months: numbers)

screening-time-limit =
    { $months ->
        [one] Այս ծառայությունները կարող են տևել մինչև { $months } ամիս։
       *[other] Այս ծառայությունները կարող են տևել մինչև { $months } ամիս։
    }
screening-time-limit-extendable =
    { $months ->
        [one] Այս ծառայությունները կարող են տևել { $months } ամիս։ Եթե համապատասխանում եք ծրագրի կանոններին, դրանք կարող են շարունակվել մինչև { $max_months } ամիս։
       *[other] Այս ծառայությունները կարող են տևել { $months } ամիս։ Եթե համապատասխանում եք ծրագրի կանոններին, դրանք կարող են շարունակվել մինչև { $max_months } ամիս։
    }
