# Linkages site: page frame, home page, locator and errors (Farsi, فارسی).
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = کمک به خانواده‌هایی که با { -dcfs } و { -dpss } سروکار دارند
skip-to-content = رفتن به محتوای اصلی

## Quick exit
exit-link = خروج سریع
exit-hint = سریع از این سایت خارج شوید. همچنین می‌توانید سه بار کلید Shift را بزنید.

## Safety, on every page
safety-title = اول، امنیت شما
safety-danger = اگر الان در خطر هستید، با { $number } تماس بگیرید.
safety-report = برای گزارش کودک‌آزاری، با خط تلفن فوری حمایت از کودکان به شماره { $number } تماس بگیرید. این خط شبانه‌روزی و 7 روز هفته باز است.

## Navigation and language
nav-label = منوی اصلی
nav-home = صفحه اصلی
nav-screening = ببینید چه کمکی ممکن است مناسب شما باشد
nav-find = پیدا کردن دفتر
lang-label = زبان
lang-current = اکنون به فارسی می‌خوانید
lang-unreviewed = یک مترجم رسمی هنوز این ترجمه را بررسی نکرده است.
lang-read-english = این صفحه را به انگلیسی بخوانید
lang-notice-label = دربارهٔ این ترجمه

## Home page
home-title = کمک به پدر و مادرهایی که در { -dcfs } پرونده دارند
home-intro = Linkages همکاری دو اداره در شهرستان لس‌آنجلس است. { -dcfs } با خانواده‌ها برای امنیت کودکان کار می‌کند. { -dpss } کمک نقدی، غذا، خدمات درمانی و کمک برای کار می‌دهد. اگر با هر دو اداره کار می‌کنید، آن‌ها می‌توانند همراه با شما با هم برنامه‌ریزی کنند.
home-services = برنامه‌های { -dpss } از جمله این‌ها هستند: { -calworks } (کمک نقدی برای خانواده‌ها)، { -gain } (کمک برای کار و آموزش)، { -calfresh } (غذا)، { -medi-cal } (خدمات درمانی) و { -general-relief-said } (کمک نقدی برای بزرگسالان).
home-check-title = ببینید چه کمکی ممکن است مناسب شما باشد
home-check-text = به چند سؤال کوتاه جواب دهید. ما نام شما را نمی‌پرسیم. ما جواب‌های شما را نگه نمی‌داریم.
home-check-start = شروع سؤال‌ها
home-find-title = پیدا کردن دفتر
home-find-text = دفترهای { -dcfs } و { -dpss } نزدیک خود را با شماره تلفن و ساعت کار پیدا کنید.
home-find-start = پیدا کردن دفتر
home-call-title = شماره تلفن‌ها
home-privacy = این سایت به { -dcfs } یا { -dpss } گزارش نمی‌دهد. حساب کاربری ندارد. جواب‌های شما ذخیره نمی‌شود.

## Phone lines
line-child-protection = خط تلفن فوری حمایت از کودکان
line-child-protection-hours = شبانه‌روزی، 7 روز هفته
line-dpss = مرکز خدمات مشتریان { -dpss }
line-dpss-hours = دوشنبه تا جمعه، ساعت { $opens } تا { $closes } (این ساعت‌ها آخرین بار در سال 2020 تأیید شده‌اند)
line-211 = 211 LA County، اطلاعات و کمک برای پیدا کردن خدمات
line-211-hours = شبانه‌روزی، 7 روز هفته
line-911 = اورژانس

## Footer
footer-privacy = خصوصی: بدون حساب کاربری، بدون ردیابی، بدون کوکی به جز زبانی که انتخاب کرده‌اید. جواب‌های شما هرگز ذخیره نمی‌شود و به { -dcfs } یا { -dpss } فرستاده نمی‌شود.
footer-guidance = این سایت فقط راهنمایی می‌کند. تصمیم‌های پرونده شما را کارمند مسئول پرونده‌تان می‌گیرد.
footer-data = اطلاعات دفترها و تلفن‌ها: منابع عمومی { -dcfs } و { -dpss } شهرستان لس‌آنجلس. محل کدهای پستی (ZIP): اداره سرشماری آمریکا و GeoNames (CC BY 4.0).

## Screening: first steps (the questions themselves are in screening.ftl)
flow-title = ببینید چه کمکی ممکن است مناسب شما باشد
flow-continue = ادامه
flow-back = بازگشت
flow-start-over = شروع دوباره
flow-choose-one = یک جواب را انتخاب کنید.
flow-question-count = سؤال { $number }

## Errors
error-title = مشکلی پیش آمده است
error-not-found-title = صفحه پیدا نشد
error-not-found-text = این صفحه را پیدا نکردیم. نشانی را بررسی کنید یا به صفحه اصلی بروید.

## Screening pages
flow-check-title = جواب‌های خود را بررسی کنید
flow-change = تغییر
flow-see-result = ببینید چه چیزی ممکن است مناسب شما باشد
flow-result-title = آنچه ممکن است مناسب شما باشد
flow-not-decision = بررسی { -form-5122 } برای گرفتن کمک از { -dpss } را کارکنان { -dcfs } انجام می‌دهند: آن را از { -social-worker } خود بخواهید. این سایت درباره هیچ چیز تصمیم نمی‌گیرد و به { -dcfs } یا { -dpss } گزارش نمی‌دهد.
flow-no-title = راه‌هایی که به نظر نمی‌رسد مناسب شما باشند
flow-next-title = کجا بروید
flow-find-offices = پیدا کردن نزدیک‌ترین دفترها
flow-change-answers = تغییر جواب‌ها
flow-share-title = این را برای بعد نگه دارید
flow-share-text = می‌توانید نام این برنامه‌ها را برای خودتان بفرستید. جواب‌های شما در آن نیست.
flow-share-intro = برنامه‌های Linkages که می‌توانید درباره‌شان بپرسید
flow-share-sms = فرستادن با پیامک
flow-share-email = فرستادن با ایمیل
flow-print-hint = برای چاپ این صفحه، از منوی «چاپ» مرورگر خود استفاده کنید.
flow-stores-nothing = ما جواب‌های شما را ذخیره نکردیم و برای کسی نفرستادیم. وقتی این صفحه را ببندید، از بین می‌روند.
