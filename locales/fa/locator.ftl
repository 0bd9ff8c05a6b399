# Linkages site: office locator (Farsi, فارسی).
# Reviewed by a certified translator: no.

## فرم جستجو
find-title = پیدا کردن دفتر
find-intro = نزدیک‌ترین دفترهای { -dcfs } و { -dpss } را با شماره تلفن و ساعت کارشان پیدا کنید.
find-query-label = کد پستی (ZIP) یا شهر
find-query-hint = برای مثال 90020 یا Pasadena
find-submit = جستجو
find-location-button = استفاده از موقعیت من
find-location-nojs = برای جستجو از جایی که هستید، JavaScript را فعال کنید. یا کد پستی خود را وارد کنید.
find-location-pending = در حال پیدا کردن موقعیت شما…
find-location-unavailable = نتوانستیم موقعیت شما را پیدا کنیم. به جای آن، کد پستی خود را وارد کنید.
find-location-denied = مرورگر شما موقعیت شما را به اشتراک نگذاشت. برای اجازه دادن، تنظیمات سایت را در مرورگر خود باز کنید. یا کد پستی خود را وارد کنید.
find-location-timeout = پیدا کردن موقعیت شما خیلی طول کشید. دوباره امتحان کنید، یا کد پستی خود را وارد کنید.

## نتیجه‌ها
find-results-title = دفترهای نزدیک { $place }
find-results-location = دفترهای نزدیک محل شما
find-from-zip-centre = فاصله‌ها از وسط منطقه کد پستی (ZIP) اندازه گرفته شده‌اند.
find-from-place-centre = فاصله‌ها از وسط این منطقه اندازه گرفته شده‌اند.
find-near-county-line = این مکان خیلی نزدیک به مرز شهرستان لس‌آنجلس است. مطمئن شوید که در شهرستان لس‌آنجلس زندگی می‌کنید. اگر در شهرستان دیگری زندگی می‌کنید، برای پیدا کردن کمک در آنجا با 2-1-1 تماس بگیرید.
find-dcfs-title = دفترهای { -dcfs } (کمک درباره پرونده فرزندانتان)
find-dpss-title = دفترهای { -dpss } ({ -calworks }، { -calfresh }، { -general-relief }، { -medi-cal })
find-dcfs-partial = این فهرست دفترهای { -dcfs } مربوط به سال 2017 است. { -dcfs } الان می‌گوید 20 دفتر دارد، پس ممکن است یکی از دفترها در این فهرست نباشد.
find-dpss-partial = همه دفترهای { -dpss } در اینجا نیستند. برای پیدا کردن دفتر خودتان، با مرکز خدمات مشتریان { -dpss } به شماره { $number } تماس بگیرید، یا به صورت آنلاین در BenefitsCal درخواست بدهید.
find-nearest-not-assigned = ممکن است نزدیک‌ترین دفتر، همان دفتری نباشد که به پرونده شما رسیدگی می‌کند. کارمند مسئول پرونده‌تان می‌تواند بگوید دفتر شما کدام است.
find-serving-title = دفتر شما: به منطقهٔ شما خدمت می‌دهد
find-serving-approximate = ما مرکز کد پستی یا جایی را که نوشتید به کار بردیم. اگر نزدیک مرز یک منطقه زندگی می‌کنید، شاید دفتر دیگری به شما خدمت بدهد.
find-serving-none = نمی‌دانیم کدام دفتر به این محل خدمت می‌دهد. مددکار شما یا نزدیک‌ترین دفتر می‌تواند به شما بگوید.
find-distance = در فاصله { $distance } { $miles ->
        [one] مایلی
       *[other] مایلی
    }
find-distance-about = در فاصله حدود { $distance } { $miles ->
        [one] مایلی
       *[other] مایلی
    }
find-unverified = با خود اداره بررسی نشده است
find-approximate = جای آن روی نقشه تقریبی است
find-phone-missing = شماره تلفن معلوم نیست
find-phone-countywide = این خط { -dpss } برای کل شهرستان است، نه شماره خود این دفتر.
find-phone-unverified = نتوانستیم این شماره را بررسی کنیم.
find-hours-missing = ساعت کار معلوم نیست. قبل از رفتن تماس بگیرید.
find-hours-conflicting = منابع ما ساعت‌های کار متفاوتی می‌گویند. قبل از رفتن تماس بگیرید.
find-open-until = الان باز است، تا ساعت { $time }
find-open-always = شبانه‌روزی باز است
find-closed-opens = الان بسته است. { $day } ساعت { $time } باز می‌شود
find-closed = الان بسته است
find-directions = مسیریابی (یک سایت نقشه باز می‌شود)
find-source = این اطلاعات از کجا آمده است
find-checked = بررسی‌شده در { $date }
find-report = گزارش مشکل در این اطلاعات (برنامهٔ ایمیل شما باز می‌شود)

## جاهایی که بیش از یک کد پستی (ZIP) دارند
find-choose-title = { $name } بیش از یک کد پستی (ZIP) دارد
find-choose-text = کد پستی خود را انتخاب کنید:

## مشکل در جستجو
find-error-empty = یک کد پستی (ZIP) یا نام یک شهر را وارد کنید.
find-error-malformed-zip = یک کد پستی (ZIP) با 5 رقم وارد کنید، مثل 90020.
find-error-zip-not-in-county = { $input } کد پستی (ZIP) شهرستان لس‌آنجلس نیست. یک کد پستی در این شهرستان وارد کنید.
find-error-unknown-place = ما هنوز نام { $input } را نمی‌شناسیم. کد پستی خود را امتحان کنید.
find-error-malformed-coordinate = نتوانستیم این موقعیت را بخوانیم. به جای آن، کد پستی خود را وارد کنید.
find-error-coordinate-outside-county = این موقعیت بیرون از شهرستان لس‌آنجلس است. یک کد پستی (ZIP) در این شهرستان وارد کنید.

## روزها و ساعت‌ها
weekday-0 = دوشنبه
weekday-1 = سه‌شنبه
weekday-2 = چهارشنبه
weekday-3 = پنجشنبه
weekday-4 = جمعه
weekday-5 = شنبه
weekday-6 = یکشنبه

## Office search: which agency's offices to show
find-agency-label = نمایش دفترهای
find-agency-both = { -dcfs } و { -dpss }
find-agency-dcfs = فقط { -dcfs }
find-agency-dpss = فقط { -dpss }

## All phone lines
hotlines-title = همه شماره‌های تلفن
hotlines-intro = همه شماره‌های تلفنی که برای خانواده‌ها در شهرستان لس آنجلس می‌شناسیم. کنار هر شماره نوشته شده که از کجا آمده است.
hotlines-source-language = نام‌ها و توضیحات به زبان انگلیسی هستند، همان‌طور که منبع‌ها نوشته‌اند.
hotlines-all-link = دیدن همه شماره‌های تلفن

## نقشه کنار نتیجه‌ها (این سایت آن را می‌کشد)
find-map-label = نقشه: { $point }. { $count ->
       *[other] { $count } دفتر
    } از فهرست.
find-map-point-zip = تقریبی: وسط منطقه کد پستی (ZIP) { $zip }
find-map-point-place = تقریبی: وسط { $place }
find-map-point-exact = جایی که از آن جستجو کردید
find-map-scale = { $distance } { $miles ->
        [one] مایل
       *[other] مایل
    }
find-map-key-dcfs = دفتر { -dcfs }
find-map-key-dpss = دفتر { -dpss }
find-map-credit = این نقشه را خودمان می‌کشیم. مرز شهرستان: اداره سرشماری آمریکا. نام مکان‌ها: GeoNames (geonames.org، CC BY 4.0).
