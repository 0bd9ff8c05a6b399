# Linkages site: when the site asks a reader to wait (Armenian, Eastern, հայերեն).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = Խնդրում ենք սպասել մեկ րոպե
limits-search-text = Կարճ ժամանակում Ձեր ինտերնետից շատ որոնումներ ստացանք։ Սպասեք մեկ րոպե, հետո նորից որոնեք։
limits-search-call = Եթե հիմա օգնության կարիք ունեք, զանգահարեք ներքևի համարներից մեկին։
