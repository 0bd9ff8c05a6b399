# Linkages site: the hand-off card (/fa/card), machine draft from locales/en/card.ftl (fa).
# Reviewed by a certified translator: no.

card-link = کارتی برای همراه داشتن
card-link-discreet = کارت خصوصی: فقط نشانی و تلفن
card-title = کارتی برای همراه داشتن
card-discreet-title = نشانی و تلفن
card-intro = این کارت را به اداره ببرید. همان حرف‌ها به زبان شما و به انگلیسی نوشته شده است، تا هم شما و هم کارمند بتوانید آن را بخوانید.
card-print-hint = برای چاپ، از منوی «چاپ» مرورگر استفاده کنید. در یک صفحه جا می‌شود.
card-discreet-link = نشان دادن کارت خصوصی (بدون نام اداره‌ها یا برنامه‌ها)
card-full-link = نشان دادن کارت کامل
card-show-desk = لطفاً این کارت را در پذیرش نشان دهید.
card-paths-title = کمکی که شاید برای شما مناسب باشد
card-say-label = چه بگویید:
card-office-title = اداره
card-address = نشانی
card-address-missing = نشانی را نمی‌دانیم. پیش از رفتن تماس بگیرید.
card-phone = تلفن
card-hours = ساعت کار
card-discreet-line-help = خط کمک
card-discreet-line-info = خط اطلاعات، رایگان
card-add-office = افزودن یک اداره به این کارت: پیدا کردن اداره
card-no-answers = این کارت پاسخ‌های شما را نشان نمی‌دهد. این یک تصمیم نیست: کارمند تصمیم می‌گیرد.
card-error-empty = این پیوند نمی‌گوید چه کمکی یا کدام اداره روی کارت بیاید. یک اداره پیدا کنید یا به پرسش‌ها پاسخ دهید، سپس دوباره کارت را انتخاب کنید.
card-error-unknown-path = کمکی را که در این پیوند آمده نمی‌شناسیم. شاید پیوند قدیمی یا ناقص باشد.
card-error-unknown-office = این اداره را پیدا نکردیم. شاید جابه‌جا یا بسته شده باشد. لطفاً دوباره اداره‌ها را جستجو کنید.
card-error-too-many = این پیوند بیشتر از یک صفحه مطلب دارد. کارت را دوباره از یک اداره انتخاب کنید.
card-error-bad-parameter = در این پیوند چیزی هست که آن را نمی‌فهمیم. شاید پیوند قدیمی یا ناقص باشد.
card-error-find = پیدا کردن اداره
card-error-screening = پاسخ دادن به پرسش‌ها
