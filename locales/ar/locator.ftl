# Linkages site: office locator (Arabic, العربية).
# Reviewed by a certified translator: no.

## نموذج البحث
find-title = ابحث عن مكتب
find-intro = ابحث عن أقرب مكاتب DCFS و DPSS، مع أرقام هواتفها ومواعيد عملها.
find-query-label = الرمز البريدي (ZIP) أو المدينة
find-query-hint = مثلًا 90020، أو Pasadena
find-submit = بحث
find-location-button = استخدام موقعي
find-location-nojs = للبحث من مكانك، فعّل JavaScript. أو اكتب الرمز البريدي الخاص بك.
find-location-unavailable = هذا المتصفح لا يستطيع مشاركة موقعك. اكتب الرمز البريدي الخاص بك بدلًا من ذلك.
find-location-denied = لم نتمكن من معرفة موقعك. اكتب الرمز البريدي الخاص بك بدلًا من ذلك.

## النتائج
find-results-title = المكاتب القريبة من { $place }
find-results-location = المكاتب القريبة من مكانك
find-from-zip-centre = المسافات محسوبة من وسط منطقة الرمز البريدي (ZIP).
find-dcfs-title = مكاتب DCFS (مساعدة بخصوص ملف أطفالك)
find-dpss-title = مكاتب DPSS (CalWORKs، CalFresh، General Relief، Medi-Cal)
find-dcfs-partial = قائمة مكاتب DCFS هذه من سنة 2017. تقول DCFS الآن إن لديها 20 مكتبًا، لذلك قد يكون أحد المكاتب غير موجود في القائمة.
find-dpss-partial = ليست كل مكاتب DPSS موجودة هنا. لتعرف مكتبك، اتصل بمركز خدمة العملاء في DPSS على الرقم { $number }، أو قدّم طلبك عبر الإنترنت على BenefitsCal.
find-nearest-not-assigned = قد لا يكون أقرب مكتب هو المكتب الذي يتابع ملفك. يمكن للموظف المسؤول عن ملفك أن يخبرك أي مكتب هو مكتبك.
find-distance = على بُعد { $miles ->
        [zero] { NUMBER($miles, maximumFractionDigits: 1) } ميل
        [one] ميل واحد
        [two] ميلين
        [few] { NUMBER($miles, maximumFractionDigits: 1) } أميال
        [many] { NUMBER($miles, maximumFractionDigits: 1) } ميلًا
       *[other] { NUMBER($miles, maximumFractionDigits: 1) } ميل
    }
find-distance-about = على بُعد حوالي { $miles ->
        [zero] { NUMBER($miles, maximumFractionDigits: 1) } ميل
        [one] ميل واحد
        [two] ميلين
        [few] { NUMBER($miles, maximumFractionDigits: 1) } أميال
        [many] { NUMBER($miles, maximumFractionDigits: 1) } ميلًا
       *[other] { NUMBER($miles, maximumFractionDigits: 1) } ميل
    }
find-unverified = لم نتحقق منه مع الإدارة
find-approximate = المكان على الخريطة تقريبي
find-phone-missing = رقم الهاتف غير معروف
find-phone-countywide = هذا هو خط DPSS لكل المقاطعة، وليس الرقم الخاص بهذا المكتب.
find-phone-unverified = لم نتمكن من التحقق من هذا الرقم.
find-hours-missing = مواعيد العمل غير معروفة. اتصل قبل أن تذهب.
find-hours-conflicting = مصادرنا تذكر مواعيد عمل مختلفة. اتصل قبل أن تذهب.
find-open-until = مفتوح الآن حتى الساعة { $time }
find-open-always = مفتوح 24 ساعة
find-closed-opens = مغلق الآن. يفتح يوم { $day } الساعة { $time }
find-closed = مغلق الآن
find-directions = كيف تصل إليه (يفتح موقعًا للخرائط)
find-source = من أين جاءت هذه المعلومات

## أماكن لها أكثر من رمز بريدي (ZIP)
find-choose-title = يوجد أكثر من رمز بريدي (ZIP) في { $name }
find-choose-text = اختر الرمز البريدي الخاص بك:

## مشكلات في البحث
find-error-empty = اكتب رمزًا بريديًا (ZIP) أو اسم مدينة.
find-error-malformed-zip = اكتب رمزًا بريديًا (ZIP) من 5 أرقام، مثل 90020.
find-error-zip-not-in-county = { $input } ليس رمزًا بريديًا (ZIP) في مقاطعة لوس أنجلوس. اكتب رمزًا بريديًا داخل المقاطعة.
find-error-unknown-place = لم نجد مكانًا اسمه { $input } في مقاطعة لوس أنجلوس. جرّب الرمز البريدي الخاص بك.
find-error-malformed-coordinate = لم نتمكن من قراءة هذا الموقع. اكتب الرمز البريدي الخاص بك بدلًا من ذلك.
find-error-coordinate-outside-county = هذا الموقع خارج مقاطعة لوس أنجلوس. اكتب رمزًا بريديًا (ZIP) داخل المقاطعة.

## الأيام والأوقات
time-of-day = { $h12 }:{ $mm } { $ampm ->
        [am] صباحًا
       *[pm] مساءً
    }
weekday-0 = الاثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد

## Office search: which agency's offices to show
find-agency-label = عرض مكاتب
find-agency-both = DCFS و DPSS
find-agency-dcfs = DCFS فقط
find-agency-dpss = DPSS فقط

## All phone lines
hotlines-title = كل أرقام الهاتف
hotlines-intro = كل أرقام الهاتف التي نعرفها للعائلات في مقاطعة لوس أنجلوس. كل رقم يقول من أين جاء.
hotlines-source-language = الأسماء والأوصاف باللغة الإنجليزية، كما تعطيها المصادر.
hotlines-all-link = عرض كل أرقام الهاتف
