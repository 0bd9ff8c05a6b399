### Self-screening: questions, answers and results (Armenian, Eastern, հայերեն).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Armenian: Eastern Armenian, reformed spelling, polite «Դուք/Ձեր/Ձեզ» (capitalised).
### Case endings follow official names after a hyphen (DCFS-ում, DPSS-ի, CalWORKs-ը).
### Armenian punctuation: ։ ends a sentence, ՞ sits on the asked word, ՝ is a pause.
### Program names: Family Maintenance = «Ընտանիքի աջակցություն», Family Preservation =
### «Ընտանիքի պահպանում», Family Reunification = «Ընտանիքի վերամիավորում».
### Eligibility worker = «նպաստների աշխատակից». A number is followed by a singular noun.

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

screening-q-dcfs-case = DCFS-ում բաց գործ ունե՞ք։
screening-q-dcfs-case-hint = DCFS-ը Երեխաների և ընտանիքի ծառայությունների վարչությունն է։ Եթե երեխաների սոցիալական աշխատողն այցելում է Ձեզ կամ զանգում է Ձեզ, հնարավոր է, որ գործ ունեք։
screening-q-dcfs-service = Ի՞նչ օգնություն է DCFS-ը տալիս Ձեր ընտանիքին։
screening-q-dcfs-service-hint = DCFS-ում Ձեր սոցիալական աշխատողը կարող է ասել Ձեր ծրագրի անունը։
screening-q-children-location = Որտե՞ղ են հիմա ապրում Ձեր երեխաները։
screening-q-children-location-hint = Մտածեք Ձեր բոլոր երեխաների մասին։
screening-q-calworks-now = Հիմա CalWORKs ստանո՞ւմ եք։
screening-q-calworks-now-hint = CalWORKs-ը գումար է երեխաներ ունեցող ընտանիքների համար։ Այն տալիս է DPSS-ը։
screening-q-calworks-at-removal = CalWORKs ստանո՞ւմ էիք, երբ DCFS-ը Ձեր երեխաներին տեղավորեց Ձեր տնից դուրս։
screening-q-calworks-at-removal-hint = Դրանից հետո Ձեր CalWORKs-ը կարող էր դադարել։ Պատասխանեք այն ժամանակի մասին, երբ երեխաներին տեղավորեցին։
screening-q-fr-plan = DCFS-ի հետ ընտանիքի վերամիավորման (Family Reunification) ծրագիր ունե՞ք։
screening-q-fr-plan-hint = Սա այն ծրագիրն է, որը Դուք և DCFS-ի Ձեր սոցիալական աշխատողը կազմել եք, որպեսզի Ձեր երեխաները տուն վերադառնան։
screening-q-relative-caregiver = DCFS-ը Ձեր երեխաներից որևէ մեկին տեղավորե՞լ է ազգականի մոտ։
screening-q-relative-caregiver-hint = Օրինակ՝ տատիկի կամ պապիկի, մորաքրոջ կամ հորաքրոջ, քեռու կամ հորեղբոր կամ ընտանիքի այլ անդամի մոտ։
screening-q-homeless = Հիմա անօթևա՞ն եք։
screening-q-homeless-hint = Օրինակ՝ քնում եք ապաստարանում, մեքենայում, մոթելում կամ դրսում, կամ տեղից տեղ եք տեղափոխվում։
screening-q-sanction = DPSS-ը նվազեցրե՞լ է Ձեր CalWORKs-ը GAIN-ի տույժի պատճառով։
screening-q-sanction-hint = Տույժն այն է, երբ DPSS-ը կրճատում է Ձեր CalWORKs-ը GAIN-ի (Welfare-to-Work) որևէ կանոնի պատճառով։ Դա գրված կլիներ DPSS-ի նամակում։

## Answer options

screening-answer-yes = Այո
screening-answer-no = Ոչ
screening-answer-unsure = Չգիտեմ
screening-answer-family-maintenance = Ընտանիքի աջակցություն (Family Maintenance)
screening-answer-family-maintenance-hint = Ձեր երեխաներն ապրում են Ձեզ հետ, և DCFS-ի սոցիալական աշխատողն օգնում է Ձեր ընտանիքին։ Դա կարող է լինել դատարանի որոշմամբ կամ Ձեր ընտրությամբ։
screening-answer-family-preservation = Ընտանիքի պահպանում (Family Preservation)
screening-answer-family-preservation-hint = Ձեր երեխաներն ապրում են Ձեզ հետ, և ընտանիքի պահպանման կազմակերպությունն աշխատում է Ձեր ընտանիքի հետ։
screening-answer-family-reunification = Ընտանիքի վերամիավորում (Family Reunification)
screening-answer-family-reunification-hint = Ձեր երեխաներն առայժմ ապրում են այլ տեղում, և Դուք աշխատում եք, որ նրանք տուն վերադառնան։
screening-answer-investigation = DCFS-ը ստուգում է մի հաղորդում
screening-answer-investigation-hint = Սոցիալական աշխատողը ստուգում է, թե ինչպես է Ձեր ընտանիքը, և դեռ ոչ մի ծրագիր չի սկսվել։
screening-answer-all-home = Իմ բոլոր երեխաներն ապրում են ինձ հետ
screening-answer-some-removed = Մի մասն ապրում է ինձ հետ, իսկ մյուսներին DCFS-ը տեղավորել է այլ տեղում
screening-answer-all-removed = DCFS-ն իմ բոլոր երեխաներին տեղավորել է իմ տնից դուրս

## Reasons: what the family told us

screening-reason-dcfs-case-yes = Դուք ասացիք, որ DCFS-ում բաց գործ ունեք։
screening-reason-dcfs-case-no = Դուք ասացիք, որ DCFS-ում բաց գործ չունեք։
screening-reason-dcfs-case-unsure = Դեռ չգիտենք, թե DCFS-ում բաց գործ ունեք, թե ոչ։
screening-reason-dcfs-service-family-maintenance = Դուք ասացիք, որ DCFS-ում Ձեր գործը «Ընտանիքի աջակցություն» ծրագրում է։
screening-reason-dcfs-service-family-preservation = Դուք ասացիք, որ Ձեր ընտանիքը DCFS-ի «Ընտանիքի պահպանում» ծրագրում է։
screening-reason-dcfs-service-family-reunification = Դուք ասացիք, որ DCFS-ում Ձեր գործը «Ընտանիքի վերամիավորում» ծրագրում է։
screening-reason-dcfs-service-investigation = Դուք ասացիք, որ DCFS-ը ստուգում է մի հաղորդում, և դեռ ոչ մի ծրագիր չի սկսվել։
screening-reason-dcfs-service-unsure = Դեռ չգիտենք, թե DCFS-ի որ ծրագրում է Ձեր գործը։
screening-reason-children-location-all-home = Դուք ասացիք, որ Ձեր բոլոր երեխաներն ապրում են Ձեզ հետ։
screening-reason-children-location-some-removed = Դուք ասացիք, որ Ձեր երեխաների մի մասն ապրում է Ձեզ հետ, իսկ մյուսներին DCFS-ը տեղավորել է այլ տեղում։
screening-reason-children-location-all-removed = Դուք ասացիք, որ DCFS-ը Ձեր բոլոր երեխաներին տեղավորել է Ձեր տնից դուրս։
screening-reason-children-location-unsure = Դեռ չգիտենք, թե որտեղ են ապրում Ձեր երեխաները։
screening-reason-calworks-now-yes = Դուք ասացիք, որ հիմա CalWORKs եք ստանում։
screening-reason-calworks-now-no = Դուք ասացիք, որ հիմա CalWORKs չեք ստանում։
screening-reason-calworks-now-unsure = Դեռ չգիտենք, թե հիմա CalWORKs ստանում եք, թե ոչ։
screening-reason-calworks-at-removal-yes = Դուք ասացիք, որ CalWORKs էիք ստանում, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-reason-calworks-at-removal-no = Դուք ասացիք, որ CalWORKs չէիք ստանում, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-reason-calworks-at-removal-unsure = Դեռ չգիտենք, թե CalWORKs ստանում էիք, թե ոչ, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-reason-fr-plan-yes = Դուք ասացիք, որ DCFS-ի հետ ընտանիքի վերամիավորման ծրագիր ունեք։
screening-reason-fr-plan-no = Դուք ասացիք, որ DCFS-ի հետ ընտանիքի վերամիավորման ծրագիր չունեք։
screening-reason-fr-plan-unsure = Դեռ չգիտենք, թե DCFS-ի հետ ընտանիքի վերամիավորման ծրագիր ունեք, թե ոչ։
screening-reason-relative-caregiver-yes = Դուք ասացիք, որ DCFS-ը Ձեր երեխաներից առնվազն մեկին տեղավորել է ազգականի մոտ։
screening-reason-relative-caregiver-no = Դուք ասացիք, որ DCFS-ը Ձեր երեխաներից ոչ մեկին չի տեղավորել ազգականի մոտ։
screening-reason-relative-caregiver-unsure = Դեռ չգիտենք, թե Ձեր երեխաներից որևէ մեկն ապրում է ազգականի մոտ, թե ոչ։
screening-reason-homeless-yes = Դուք ասացիք, որ հիմա անօթևան եք։
screening-reason-homeless-no = Դուք ասացիք, որ հիմա անօթևան չեք։
screening-reason-homeless-unsure = Դեռ չգիտենք, թե հիմա անօթևան եք, թե ոչ։
screening-reason-sanction-yes = Դուք ասացիք, որ DPSS-ը GAIN-ի տույժի պատճառով նվազեցրել է Ձեր CalWORKs-ը։
screening-reason-sanction-no = Դուք ասացիք, որ DPSS-ը GAIN-ի տույժի պատճառով չի նվազեցրել Ձեր CalWORKs-ը։
screening-reason-sanction-unsure = Դեռ չգիտենք, թե DPSS-ը GAIN-ի տույժի պատճառով նվազեցրել է Ձեր CalWORKs-ը, թե ոչ։

## What would change an "Ask your worker" result

screening-change-dcfs-case = Պարզեք, թե DCFS-ում բաց գործ ունեք, թե ոչ։ Դա կարող է ասել Ձեր երեխաների սոցիալական աշխատողը կամ DCFS-ի նամակը։
screening-change-dcfs-service = Հարցրեք DCFS-ի Ձեր սոցիալական աշխատողին, թե որ ծրագրում է Ձեր գործը։
screening-change-children-location = Հարցրեք DCFS-ի Ձեր սոցիալական աշխատողին, թե որտեղ է տեղավորված Ձեր երեխաներից յուրաքանչյուրը։
screening-change-calworks-now = Պարզեք, թե հիմա CalWORKs ստանում եք, թե ոչ։ Դա կարող են ասել Ձեր նպաստների աշխատակիցը, DPSS-ի Ձեր նամակները կամ BenefitsCal-ը։
screening-change-calworks-at-removal = Հարցրեք Ձեր նպաստների աշխատակցին, թե արդյոք CalWORKs ունեիք, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս։
screening-change-fr-plan = Հարցրեք DCFS-ի Ձեր սոցիալական աշխատողին, թե արդյոք ընտանիքի վերամիավորման ծրագիր ունեք։
screening-change-relative-caregiver = Հարցրեք DCFS-ի Ձեր սոցիալական աշխատողին, թե արդյոք Ձեր երեխաներից որևէ մեկը տեղավորված է ազգականի մոտ։
screening-change-homeless = Ասեք Ձեր գործը վարող աշխատակցին, թե որտեղ եք քնում գիշերը։ Նա կարող է ասել, թե արդյոք դա համարվում է անօթևանություն։
screening-change-sanction = Հարցրեք GAIN-ի Ձեր աշխատակցին, թե արդյոք Ձեր CalWORKs-ը նվազեցվել է տույժի պատճառով։ Դա գրված կլիներ նաև DPSS-ի նամակում։

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = Խնդրեք DCFS-ին Ձեզ կապել DPSS-ի հետ
screening-path-prevention-5122-summary = DCFS-ի Ձեր սոցիալական աշխատողը կարող է ստուգել, թե արդյոք կարող եք DPSS-ից օգնություն ստանալ, օրինակ՝ CalWORKs, General Relief, CalFresh կամ Medi-Cal, և օգնել Ձեզ ավելի արագ դիմել։
screening-path-family-maintenance = GAIN-ի ծառայություններ «Ընտանիքի աջակցություն» ծրագրում (Family Maintenance)
screening-path-family-maintenance-summary = Քանի դեռ Ձեր երեխաներն ապրում են Ձեզ հետ, և DCFS-ում Ձեր գործը «Ընտանիքի աջակցություն» ծրագրում է, GAIN-ի ծառայությունները կարող են լինել Ձեր Welfare-to-Work ծրագրի մաս։
screening-path-family-preservation = GAIN-ի ծառայություններ «Ընտանիքի պահպանում» ծրագրում (Family Preservation)
screening-path-family-preservation-summary = Քանի դեռ Ձեր երեխաներն ապրում են Ձեզ հետ, և Ձեր ընտանիքը «Ընտանիքի պահպանում» ծրագրում է, DCFS-ը և DPSS-ը միասին են պլանավորում Ձեր ծառայությունները, և GAIN-ի ծառայությունները կարող են լինել Ձեր Welfare-to-Work ծրագրի մաս։
screening-path-family-reunification = GAIN-ի ծառայություններ «Ընտանիքի վերամիավորում» ծրագրում (Family Reunification)
screening-path-family-reunification-summary = Եթե CalWORKs ունեիք, երբ Ձեր երեխաներին տեղավորեցին Ձեր տնից դուրս, կարող եք ընտրել շարունակել ստանալ GAIN-ի ծառայություններ՝ առանց դրամական օգնության, որպեսզի դրանք օգնեն երեխաներին տուն վերադարձնել։
screening-path-homeless-outreach = Օգնություն անօթևան ընտանիքներին
screening-path-homeless-outreach-summary = Եթե CalWORKs եք ստանում և DCFS-ում ունեք «Ընտանիքի աջակցություն» ծրագրի գործ, DCFS-ը և DPSS-ը կարող են միասին աշխատել, որպեսզի Ձեր ընտանիքը ստանա անօթևան ընտանիքների համար նախատեսված օգնություն։
screening-path-sanction-help = Օգնություն CalWORKs-ի տույժը վերացնելու համար
screening-path-sanction-help-summary = DCFS-ը և DPSS-ը կարող են միասին կապվել Ձեզ հետ, որպեսզի օգնեն Ձեզ շտկել տույժի պատճառը և վերացնել այն։
screening-path-linkages-gsw = GAIN-ի աշխատակից DCFS-ի Ձեր գրասենյակում
screening-path-linkages-gsw-summary = DCFS-ի Ձեր գրասենյակում Linkages-ի GAIN ծառայությունների աշխատակիցը կարող է մասնակցել Ձեր Երեխայի և ընտանիքի թիմի (Child and Family Team) հանդիպումներին և խորհուրդներ տալ Ձեր գործի վերաբերյալ։
screening-path-dpss-apply = Ինքներդ դիմեք DPSS-ին
screening-path-dpss-apply-summary = Կարող եք առցանց կամ հեռախոսով դիմել DPSS-ին օգնության համար, օրինակ՝ CalWORKs, CalFresh, Medi-Cal կամ General Relief ստանալու համար։

## Next steps

screening-step-answer-again = Եթե ինչ-որ բան փոխվի, կարող եք նորից պատասխանել հարցերին։
screening-step-ask-worker = Հարցրեք DCFS-ի Ձեր սոցիալական աշխատողին, Ձեր նպաստների աշխատակցին կամ GAIN-ի Ձեր աշխատակցին, թե արդյոք սա Ձեզ հարմար է։
screening-step-call-211 = Զանգահարեք 2-1-1՝ Ձեզ մոտ օգնություն գտնելու համար։ Դա անվճար է, և այնտեղ պատասխանում են օր ու գիշեր։
screening-step-wtw-plan = Հարցրեք, թե որ ծառայությունները կարող են լինել Ձեր Welfare-to-Work ծրագրի մաս։
screening-step-benefitscal = Դիմեք առցանց՝ BenefitsCal.com կայքում։
screening-step-call-dpss = Կամ զանգահարեք DPSS՝ (866) 613-3777 համարով։
screening-step-ask-5122 = Խնդրեք DCFS-ի Ձեր սոցիալական աշխատողին ստուգել, թե արդյոք կարող եք DPSS-ից օգնություն ստանալ։ Դրա համար օգտագործվում է DCFS 5122 ձևաթուղթը։
screening-step-expedited-intake = Եթե հնարավոր է, որ իրավունք ունեք, Ձեր սոցիալական աշխատողը Ձեզ կուղարկի DPSS, որպեսզի Ձեր դիմումն ավելի արագ քննարկվի։
screening-step-tell-worker-fm = Ասեք Ձեր նպաստների աշխատակցին կամ GAIN-ի Ձեր աշխատակցին, որ DCFS-ում ունեք «Ընտանիքի աջակցություն» ծրագրի գործ։
screening-step-tell-worker-fp = Ասեք Ձեր նպաստների աշխատակցին կամ GAIN-ի Ձեր աշխատակցին, որ Ձեր ընտանիքը DCFS-ի «Ընտանիքի պահպանում» ծրագրում է։
screening-step-fr-volunteer = Ասեք DCFS-ի Ձեր սոցիալական աշխատողին և GAIN-ի Ձեր աշխատակցին, որ ուզում եք ստանալ «Ընտանիքի վերամիավորում» ծրագրի ծառայություններ։ Ընտրությունը Ձերն է։
screening-step-general-relief = Այս ծառայությունները դրամական օգնություն չեն ներառում։ Եթե ապրելու համար գումարի կարիք ունեք, կարող եք դիմել General Relief ստանալու համար։
screening-step-tell-worker-homeless = Ասեք DCFS-ի Ձեր սոցիալական աշխատողին և Ձեր նպաստների աշխատակցին, որ անօթևան եք։ Խնդրեք նրանց միասին աշխատել՝ Ձեզ օգնելու համար։
screening-step-tell-worker-sanction = Պատմեք տույժի մասին GAIN-ի Ձեր աշխատակցին և DCFS-ի Ձեր սոցիալական աշխատողին։ Խնդրեք նրանց Ձեզ հետ աշխատել՝ այն վերացնելու համար։
screening-step-gsw-cft = Խնդրեք DCFS-ի Ձեր սոցիալական աշխատողին հրավիրել Linkages-ի GAIN ծառայությունների աշխատակցին Ձեր Երեխայի և ընտանիքի թիմի հանդիպմանը։
screening-step-gsw-consult = Ձեր սոցիալական աշխատողը կարող է նաև Ձեր գործի մասին խոսել Linkages-ի GAIN ծառայությունների աշխատակցի հետ։
screening-step-dpss-if-dcfs = Եթե DCFS-ում գործ ունեք, խնդրեք Ձեր սոցիալական աշխատողին օգնել Ձեզ դիմելու հարցում։ Դա կարող է ավելի արագ լինել։
screening-step-dpss-through-dcfs = Քանի որ DCFS-ում գործ ունեք, Ձեր սոցիալական աշխատողը կարող է օգնել Ձեզ DPSS-ի հարցերում։ Տեսեք մյուս արդյունքները։

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
