# Linkages site: when the site asks a reader to wait (Farsi, فارسی).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = لطفاً یک دقیقه صبر کنید
limits-search-text = در مدت کوتاهی جستجوهای زیادی از اینترنت شما به ما رسید. یک دقیقه صبر کنید و بعد دوباره جستجو کنید.
limits-search-call = اگر همین حالا کمک لازم دارید، با یکی از شماره‌های زیر تماس بگیرید.
