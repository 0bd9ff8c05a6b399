# Linkages site: the advisor desk (/fa/advisor), machine draft from locales/en/advisor.ftl (fa).
# Reviewed by a certified translator: no.

## The desk
advisor-title = صفحه مشاوران
advisor-intro = برای مشاوران 2-1-1 و مدافعانی که در یک تماس تلفنی به کسی کمک می‌کنند. این صفحه به زبان تماس‌گیرنده است. کنار جمله‌هایی که باید بلند خوانده شوند، متن انگلیسی هم هست.
advisor-query-label = کد پستی (ZIP)، شهر یا محله تماس‌گیرنده
advisor-submit = پیدا کردن دفترها
advisor-offices-title = دفترهای نزدیک { $place }
advisor-lines-title = خط‌های تلفن شهرستان
advisor-screening-link = همه سؤال‌ها در یک صفحه

## Words to read out to the caller
advisor-script-title = این را برای تماس‌گیرنده بخوانید
advisor-script-dcfs = نزدیک‌ترین دفتر { -dcfs }، { $name } است.
advisor-script-dpss = برای { -calworks } یا { -calfresh }، نزدیک‌ترین دفتر { -dpss }، { $name } است.
advisor-script-address = نشانی آن { $address } است.
advisor-script-phone = شماره تلفن آن { $phone } است.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = پیامک برای تلفن تماس‌گیرنده
advisor-text-hint = آن را از سیستم تلفن خودتان بفرستید. این سایت چیزی نمی‌فرستد و چیزی نگه نمی‌دارد.
advisor-text-count = { $units } از { $budget } نویسه، { $segments ->
    [one] { $segments } پیامک
   *[other] { $segments } پیامک
}
advisor-text-use = استفاده از این دفتر در پیامک
advisor-text-in-use = در پیامک
advisor-copy = کپی کردن متن
advisor-copied = کپی شد. آن را در پیام خود بچسبانید.
advisor-copy-failed = متن انتخاب شده است. برای کپی کردن، Ctrl+C را فشار دهید.
advisor-error-office = این دفتر در فهرست ما نیست. دوباره جستجو کنید، یا یکی از دفترهای زیر جستجو را انتخاب کنید.

## The screening on one page
advisor-screening-title = همه سؤال‌ها در یک صفحه
advisor-screening-intro = سؤال‌ها را به هر ترتیبی که می‌خواهید بپرسید. برای پنهان کردن سؤال‌هایی که دیگر لازم نیستند، «به‌روزرسانی» را بزنید. وقتی به همه سؤال‌ها جواب داده شود، نتیجه نشان داده می‌شود.
advisor-screening-update = به‌روزرسانی
advisor-screening-open = { $count ->
    [one] هنوز { $count } سؤال بی‌جواب مانده است.
   *[other] هنوز { $count } سؤال بی‌جواب مانده است.
}
advisor-screening-result = آنچه ممکن است مناسب تماس‌گیرنده باشد
advisor-screening-say = به تماس‌گیرنده بگویید
advisor-screening-none = فعلاً به نظر نمی‌رسد هیچ برنامه‌ای از Linkages مناسب باشد. تماس‌گیرنده باز هم می‌تواند در یکی از دفترهای { -dpss } کمک بخواهد.
advisor-screening-problem = بعضی از جواب‌ها فهمیده نشد و کنار گذاشته شد. دوباره آن‌ها را بررسی کنید.
advisor-screening-start-over = شروع دوباره
