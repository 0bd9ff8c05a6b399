# Linkages site: the advisor desk (/hy/advisor), machine draft from locales/en/advisor.ftl (hy).
# Reviewed by a certified translator: no.

## The desk
advisor-title = Խորհրդատուի էջ
advisor-intro = 2-1-1-ի խորհրդատուների և պաշտպանների համար, ովքեր զանգի ժամանակ օգնում են ինչ-որ մեկին։ Այս էջը զանգահարողի լեզվով է։ Բարձրաձայն կարդալու բառերի կողքին գրված է նաև անգլերենը։
advisor-query-label = Զանգահարողի ZIP կոդը, քաղաքը կամ թաղամասը
advisor-submit = Գտնել գրասենյակներ
advisor-offices-title = Գրասենյակներ { $place }-ի մոտ
advisor-lines-title = Շրջանի հեռախոսագծերը
advisor-screening-link = Բոլոր հարցերը մեկ էջում

## Words to read out to the caller
advisor-script-title = Կարդացեք սա զանգահարողին
advisor-script-dcfs = Մոտակա { -dcfs }-ի գրասենյակը՝ { $name }։
advisor-script-dpss = { -calworks }-ի կամ { -calfresh }-ի համար մոտակա { -dpss }-ի գրասենյակը՝ { $name }։
advisor-script-address = Հասցեն՝ { $address }։
advisor-script-phone = Հեռախոսահամարը՝ { $phone }։
advisor-script-line = { $line }՝ { $phone }։

## The text message for the caller's phone
advisor-text-title = SMS զանգահարողի հեռախոսին
advisor-text-hint = Ուղարկեք այն Ձեր սեփական հեռախոսային համակարգից։ Այս կայքը ոչինչ չի ուղարկում և ոչինչ չի պահում։
advisor-text-count = { $units }/{ $budget } նիշ, { $segments ->
    [one] { $segments } SMS հաղորդագրություն
   *[other] { $segments } SMS հաղորդագրություն
}
advisor-text-use = Օգտագործել այս գրասենյակը SMS-ում
advisor-text-in-use = Արդեն SMS-ում է
advisor-copy = Պատճենել տեքստը
advisor-copied = Պատճենված է։ Տեղադրեք այն Ձեր հաղորդագրության մեջ։
advisor-copy-failed = Տեքստը նշված է։ Սեղմեք Ctrl+C՝ այն պատճենելու համար։
advisor-error-office = Այդ գրասենյակը մեր ցանկում չկա։ Որոնեք նորից կամ ընտրեք գրասենյակ որոնման դաշտի տակից։

## The screening on one page
advisor-screening-title = Բոլոր հարցերը մեկ էջում
advisor-screening-intro = Հարցերը տվեք ցանկացած հերթականությամբ։ Սեղմեք «Թարմացնել»՝ այլևս անհարկի հարցերը թաքցնելու համար։ Արդյունքը կերևա, երբ բոլոր հարցերը պատասխան ունենան։
advisor-screening-update = Թարմացնել
advisor-screening-open = { $count ->
    [one] Դեռ { $count } հարց պատասխանի կարիք ունի։
   *[other] Դեռ { $count } հարց պատասխանի կարիք ունի։
}
advisor-screening-result = Ինչը կարող է հարմար լինել զանգահարողին
advisor-screening-say = Ասեք զանգահարողին
advisor-screening-none = Այս պահին Linkages-ի ոչ մի ուղի կարծես հարմար չէ։ Զանգահարողը, միևնույն է, կարող է օգնություն խնդրել { -dpss }-ի գրասենյակում։
advisor-screening-problem = Որոշ պատասխաններ չհասկացվեցին և դուրս մնացին։ Խնդրում ենք նորից ստուգել դրանք։
advisor-screening-start-over = Սկսել նորից
