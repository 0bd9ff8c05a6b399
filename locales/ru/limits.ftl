# Linkages site: when the site asks a reader to wait (Russian, русский).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = Пожалуйста, подождите минуту
limits-search-text = Мы получили много запросов на поиск с вашего интернета за короткое время. Подождите одну минуту, потом ищите снова.
limits-search-call = Если вам нужна помощь сейчас, позвоните по одному из номеров ниже.
