# Linkages site: page frame, home page, locator and errors (Armenian, Eastern, հայերեն).
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = Օգնություն { -dcfs }-ի և { -dpss }-ի հետ գործ ունեցող ընտանիքներին
skip-to-content = Անցնել հիմնական բովանդակությանը

## Quick exit
exit-link = Արագ ելք
exit-hint = Արագ դուրս եկեք այս կայքից։ Կարող եք նաև 3 անգամ սեղմել Shift ստեղնը։

## Safety, on every page
safety-title = Նախ՝ անվտանգությունը
safety-danger = Հիմա վտանգի մե՞ջ եք։ Զանգահարեք { $number } համարով։
safety-report = Երեխայի նկատմամբ բռնության մասին հայտնելու համար զանգահարեք Երեխաների պաշտպանության թեժ գծին՝ { $number } համարով։ Այն աշխատում է շուրջօրյա, շաբաթը 7 օր։

## Navigation and language
nav-label = Գլխավոր ընտրացանկ
nav-home = Գլխավոր էջ
nav-screening = Տեսեք, թե ինչը կարող է Ձեզ հարմար լինել
nav-find = Գտնել գրասենյակ
lang-label = Լեզու
lang-current = Հիմա կարդում եք հայերեն
lang-unreviewed = Հավաստագրված թարգմանիչը դեռ չի ստուգել այս թարգմանությունը։
lang-read-english = Կարդալ այս էջն անգլերեն
lang-notice-label = Այս թարգմանության մասին

## Home page
home-title = Օգնություն ծնողներին, որոնք { -dcfs }-ում գործ ունեն
home-intro = Linkages-ը Լոս Անջելես շրջանի երկու վարչությունների համագործակցությունն է։ { -dcfs }-ն աշխատում է ընտանիքների հետ, որպեսզի երեխաներն ապահով լինեն։ { -dpss }-ը տալիս է դրամական օգնություն, սնունդ, բժշկական օգնություն և աշխատանքի հարցում օգնություն։ Եթե աշխատում եք երկուսի հետ էլ, նրանք կարող են Ձեզ հետ միասին ծրագիր կազմել։
home-services = { -dpss }-ի ծրագրերից են՝ { -calworks } (դրամական օգնություն ընտանիքներին), { -gain } (օգնություն աշխատանքի և ուսուցման հարցում), { -calfresh } (սնունդ), { -medi-cal } (բժշկական օգնություն) և { -general-relief-said } (դրամական օգնություն մեծահասակներին)։
home-check-title = Տեսեք, թե ինչը կարող է Ձեզ հարմար լինել
home-check-text = Պատասխանեք մի քանի կարճ հարցի։ Մենք չենք հարցնում Ձեր անունը։ Մենք չենք պահում Ձեր պատասխանները։
home-check-start = Սկսել հարցերը
home-find-title = Գտնել գրասենյակ
home-find-text = Գտեք Ձեզ մոտ գտնվող { -dcfs }-ի և { -dpss }-ի գրասենյակները՝ հեռախոսահամարներով և աշխատանքային ժամերով։
home-find-start = Գտնել գրասենյակ
home-call-title = Հեռախոսագծեր
home-privacy = Այս կայքը { -dcfs }-ին կամ { -dpss }-ին ոչինչ չի հայտնում։ Հաշիվներ չկան։ Ձեր պատասխանները չեն պահվում։

## Phone lines
line-child-protection = Երեխաների պաշտպանության թեժ գիծ
line-child-protection-hours = Շուրջօրյա, շաբաթը 7 օր
line-dpss = { -dpss }-ի հաճախորդների սպասարկման կենտրոն
line-dpss-hours = Երկուշաբթիից ուրբաթ, { $opens }-ից { $closes } (ժամերը վերջին անգամ ստուգվել են 2020 թվականին)
line-211 = 211 LA County՝ տեղեկություններ և օգնություն ծառայությունների հարցում
line-211-hours = Շուրջօրյա, շաբաթը 7 օր
line-911 = Արտակարգ դեպքեր

## Footer
footer-privacy = Գաղտնի է՝ առանց հաշվի, առանց հետևելու, առանց cookie-ների, բացի Ձեր լեզվի ընտրությունից։ Ձեր պատասխաններն երբեք չեն պահվում և չեն ուղարկվում { -dcfs }-ին կամ { -dpss }-ին։
footer-guidance = Այս կայքը միայն խորհուրդներ է տալիս։ Ձեր գործի մասին որոշումները կայացնում է Ձեր գործը վարող աշխատակիցը։
footer-data = Գրասենյակների և հեռախոսների տվյալները՝ Լոս Անջելես շրջանի { -dcfs }-ի և { -dpss }-ի հրապարակային աղբյուրներ։ ZIP կոդերի (փոստային ինդեքսների) տեղերը՝ ԱՄՆ մարդահամարի բյուրո և GeoNames (CC BY 4.0)։

## Screening: first steps (the questions themselves are in screening.ftl)
flow-title = Տեսեք, թե ինչը կարող է Ձեզ հարմար լինել
flow-continue = Շարունակել
flow-back = Հետ
flow-start-over = Սկսել նորից
flow-choose-one = Ընտրեք մեկ պատասխան։
flow-question-count = Հարց { $number }

## Errors
error-title = Խնդիր կա
error-not-found-title = Էջը չի գտնվել
error-not-found-text = Մենք չգտանք այս էջը։ Ստուգեք հասցեն կամ անցեք գլխավոր էջ։

## Screening pages
flow-check-title = Ստուգեք Ձեր պատասխանները
flow-change = Փոխել
flow-see-result = Տեսնել, թե ինչը կարող է Ձեզ հարմար լինել
flow-result-title = Ինչը կարող է Ձեզ հարմար լինել
flow-not-decision = { -form-5122 } ստուգումը, որը պարզում է, թե արդյոք կարող եք { -dpss }-ից օգնություն ստանալ, կատարում են { -dcfs }-ի աշխատակիցները։ Խնդրեք այն Ձեր { -social-worker(case: "abl") }։ Այս կայքը ոչինչ չի որոշում և { -dcfs }-ին կամ { -dpss }-ին ոչինչ չի հայտնում։
flow-no-title = Ուղիներ, որոնք կարծես Ձեզ հարմար չեն
flow-next-title = Ուր դիմել
flow-find-offices = Գտնել մոտակա գրասենյակները
flow-change-answers = Փոխել Ձեր պատասխանները
flow-share-title = Պահեք սա հետագայի համար
flow-share-text = Կարող եք Ձեզ ուղարկել այս ծրագրերի անունները։ Ձեր պատասխանները դրանց մեջ չեն լինի։
flow-share-intro = Linkages-ի ծրագրեր, որոնց մասին արժե հարցնել
flow-share-sms = Ուղարկել SMS-ով
flow-share-email = Ուղարկել էլ. փոստով
flow-print-hint = Այս էջը տպելու համար օգտագործեք Ձեր դիտարկիչի «Տպել» ընտրացանկը։
flow-stores-nothing = Մենք չենք պահել Ձեր պատասխանները և ոչ մեկին չենք ուղարկել։ Երբ փակեք այս էջը, դրանք կվերանան։
