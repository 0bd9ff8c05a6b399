# Linkages site: the "Staying safe online" page, linked next to Quick exit and from the footer (Farsi, فارسی).
# Reviewed by a certified translator: no.

safety-online-link = امنیت در اینترنت
safety-online-title = امنیت در اینترنت
safety-online-intro = اگر کسی گوشی یا کامپیوتر شما را بررسی می‌کند، این کارها کمک می‌کند بازدید شما از این سایت خصوصی بماند.

safety-online-exit-title = سریع خارج شوید
safety-online-exit = دکمه «{ exit-link }» بالای همه صفحه‌ها است. این دکمه یک جستجوی آب‌وهوا را باز می‌کند. همچنین می‌توانید سه بار و سریع کلید Shift را بزنید.
safety-online-back = دکمه «{ exit-link }» سابقه مرور شما را پاک نمی‌کند. دکمه «بازگشت» مرورگر هنوز می‌تواند صفحه‌های این سایت را نشان دهد.

safety-online-private-title = از پنجره خصوصی استفاده کنید
safety-online-private = پنجره خصوصی بعد از بسته شدن، صفحه‌هایی را که دیده‌اید نگه نمی‌دارد. در Chrome به آن «ناشناس» (Incognito) می‌گویند. قبل از رفتن به این سایت یک پنجره خصوصی باز کنید و وقتی کارتان تمام شد آن را ببندید.

safety-online-history-title = این سایت را از سابقه مرور پاک کنید
safety-online-history-intro = پاک کردن کل سابقه مرور ممکن است کسی را مشکوک کند. به جای آن، می‌توانید فقط صفحه‌های این سایت را پاک کنید.
safety-online-history-android = گوشی Android، مرورگر Chrome: روی منو (⋮) و بعد روی «سابقه» (History) بزنید. روی ✕ کنار هر صفحه از این سایت بزنید.
safety-online-history-iphone = iPhone، مرورگر Safari: روی نماد کتاب و بعد روی نماد ساعت (History) بزنید. روی یک صفحه از این سایت به چپ بکشید و روی «حذف» (Delete) بزنید.
safety-online-history-samsung = گوشی Samsung، مرورگر Samsung Internet: روی منو (☰) و بعد روی «سابقه» (History) بزنید. انگشت خود را روی یک صفحه از این سایت نگه دارید و بعد روی «حذف» (Delete) بزنید.
safety-online-history-computer = کامپیوتر: برای باز کردن «سابقه» (History)، کلیدهای Ctrl و H را با هم بزنید (در Mac، کلیدهای Command و Y)، بعد صفحه‌های این سایت را پاک کنید.
safety-online-other-device = اگر می‌توانید، از گوشی یا کامپیوتری استفاده کنید که آن شخص نمی‌تواند آن را بررسی کند، مثل کامپیوتر کتابخانه یا گوشی یک دوست.

safety-online-stores-title = این سایت چه چیزی را نگه می‌دارد
safety-online-stores = این سایت حساب کاربری و ردیابی ندارد. تنها کوکی آن، زبان شما را به خاطر می‌سپارد. جواب‌های شما به سؤال‌ها هرگز ذخیره نمی‌شود و برای کسی فرستاده نمی‌شود. این جواب‌ها فقط در همین زبانه مرورگر می‌مانند تا دکمه «بازگشت» بتواند آن‌ها را نشان دهد، و وقتی زبانه را ببندید از بین می‌روند.
