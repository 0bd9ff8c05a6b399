# Linkages site: office locator (Arabic, العربية).
# Reviewed by a certified translator: no.

## نموذج البحث
find-title = ابحث عن مكتب
find-intro = ابحث عن أقرب مكاتب { -dcfs } و { -dpss }، مع أرقام هواتفها ومواعيد عملها.
find-query-label = الرمز البريدي (ZIP) أو المدينة
find-query-hint = مثلًا 90020، أو Pasadena
find-submit = بحث
find-location-button = استخدام موقعي
find-location-nojs = للبحث من مكانك، فعّل JavaScript. أو اكتب الرمز البريدي الخاص بك.
find-location-pending = جارٍ البحث عن موقعك…
find-location-unavailable = لم نتمكن من العثور على موقعك. يُرجى كتابة الرمز البريدي الخاص بك بدلًا من ذلك.
find-location-denied = لم يشارك متصفحك موقعك. للسماح بذلك، يُرجى فتح إعدادات هذا الموقع الإلكتروني في المتصفح. أو يمكنك كتابة الرمز البريدي الخاص بك.
find-location-timeout = استغرق البحث عن موقعك وقتًا طويلًا جدًا. يُرجى المحاولة مرة أخرى، أو كتابة الرمز البريدي الخاص بك.

## النتائج
find-results-title = المكاتب القريبة من { $place }
find-results-location = المكاتب القريبة من مكانك
find-from-zip-centre = المسافات محسوبة من وسط منطقة الرمز البريدي (ZIP).
find-from-place-centre = المسافات محسوبة من وسط هذه المنطقة.
find-near-county-line = هذا المكان قريب جدًا من حدود مقاطعة لوس أنجلوس. يُرجى التأكد من أن مكان سكنك داخل مقاطعة لوس أنجلوس. إذا كان مكان سكنك في مقاطعة أخرى، يُرجى الاتصال بالرقم 2-1-1 لإيجاد المساعدة هناك.
find-dcfs-title = مكاتب { -dcfs } (مساعدة بخصوص ملف أطفالك)
find-dpss-title = مكاتب { -dpss } ({ -calworks }، { -calfresh }، { -general-relief }، { -medi-cal })
find-dcfs-partial = قائمة مكاتب { -dcfs } هذه من سنة 2017. تقول { -dcfs } الآن إن لديها 20 مكتبًا، لذلك قد يكون أحد المكاتب غير موجود في القائمة.
find-dpss-partial = ليست كل مكاتب { -dpss } موجودة هنا. لتعرف مكتبك، اتصل بمركز خدمة العملاء في { -dpss } على الرقم { $number }، أو قدّم طلبك عبر الإنترنت على BenefitsCal.
find-nearest-not-assigned = قد لا يكون أقرب مكتب هو المكتب الذي يتابع ملفك. يمكن للموظف المسؤول عن ملفك أن يخبرك أي مكتب هو مكتبك.
find-serving-title = مكتبك: يخدم منطقتك
find-serving-approximate = استخدمنا وسط الرمز البريدي أو المكان الذي كتبته. إذا كنت تسكن قرب حدود منطقة، فقد يخدمك مكتب آخر.
find-serving-none = لا نعرف أي مكتب يخدم هذا المكان. يمكن لموظف الحالة أو لأقرب مكتب أن يخبرك.
find-distance = على بُعد { $miles ->
        [zero] { $distance } ميل
        [one] ميل واحد
        [two] ميلين
        [few] { $distance } أميال
        [many] { $distance } ميلًا
       *[other] { $distance } ميل
    }
find-distance-about = على بُعد حوالي { $miles ->
        [zero] { $distance } ميل
        [one] ميل واحد
        [two] ميلين
        [few] { $distance } أميال
        [many] { $distance } ميلًا
       *[other] { $distance } ميل
    }
find-unverified = لم نتحقق منه مع الإدارة
find-approximate = المكان على الخريطة تقريبي
find-phone-missing = رقم الهاتف غير معروف
find-phone-countywide = هذا هو خط { -dpss } لكل المقاطعة، وليس الرقم الخاص بهذا المكتب.
find-phone-unverified = لم نتمكن من التحقق من هذا الرقم.
find-hours-missing = مواعيد العمل غير معروفة. اتصل قبل أن تذهب.
find-hours-conflicting = مصادرنا تذكر مواعيد عمل مختلفة. اتصل قبل أن تذهب.
find-open-until = مفتوح الآن حتى الساعة { $time }
find-open-always = مفتوح 24 ساعة
find-closed-opens = مغلق الآن. يفتح يوم { $day } الساعة { $time }
find-closed = مغلق الآن
find-directions = كيف تصل إليه (يفتح موقعًا للخرائط)
find-source = من أين جاءت هذه المعلومات
find-checked = تم التحقق في { $date }
find-report = الإبلاغ عن مشكلة في هذه المعلومات (يفتح تطبيق البريد الإلكتروني)

## أماكن لها أكثر من رمز بريدي (ZIP)
find-choose-title = يوجد أكثر من رمز بريدي (ZIP) في { $name }
find-choose-text = اختر الرمز البريدي الخاص بك:

## مشكلات في البحث
find-error-empty = اكتب رمزًا بريديًا (ZIP) أو اسم مدينة.
find-error-malformed-zip = اكتب رمزًا بريديًا (ZIP) من 5 أرقام، مثل 90020.
find-error-zip-not-in-county = { $input } ليس رمزًا بريديًا (ZIP) في مقاطعة لوس أنجلوس. اكتب رمزًا بريديًا داخل المقاطعة.
find-error-unknown-place = لا نعرف الاسم { $input } بعد. يُرجى تجربة الرمز البريدي الخاص بك.
find-error-malformed-coordinate = لم نتمكن من قراءة هذا الموقع. اكتب الرمز البريدي الخاص بك بدلًا من ذلك.
find-error-coordinate-outside-county = هذا الموقع خارج مقاطعة لوس أنجلوس. اكتب رمزًا بريديًا (ZIP) داخل المقاطعة.

## الأيام والأوقات
weekday-0 = الاثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد

## Office search: which agency's offices to show
find-agency-label = عرض مكاتب
find-agency-both = { -dcfs } و { -dpss }
find-agency-dcfs = { -dcfs } فقط
find-agency-dpss = { -dpss } فقط

## All phone lines
hotlines-title = كل أرقام الهاتف
hotlines-intro = كل أرقام الهاتف التي نعرفها للعائلات في مقاطعة لوس أنجلوس. كل رقم يقول من أين جاء.
hotlines-source-language = الأسماء والأوصاف باللغة الإنجليزية، كما تعطيها المصادر.
hotlines-all-link = عرض كل أرقام الهاتف

## الخريطة بجانب النتائج (يرسمها هذا الموقع)
find-map-label = خريطة: { $point }. { $count ->
        [zero] لا مكاتب
        [one] مكتب واحد
        [two] مكتبان
        [few] { $count } مكاتب
        [many] { $count } مكتبًا
       *[other] { $count } مكتب
    } من القائمة.
find-map-point-zip = تقريبي: وسط منطقة الرمز البريدي (ZIP) { $zip }
find-map-point-place = تقريبي: وسط { $place }
find-map-point-exact = المكان الذي بحثت منه
find-map-scale = { $miles ->
        [zero] { $distance } ميل
        [one] ميل واحد
        [two] ميلان
        [few] { $distance } أميال
        [many] { $distance } ميلًا
       *[other] { $distance } ميل
    }
find-map-key-dcfs = مكتب { -dcfs }
find-map-key-dpss = مكتب { -dpss }
find-map-credit = نرسم هذه الخريطة بأنفسنا. حدود المقاطعة: مكتب الإحصاء الأمريكي. أسماء الأماكن: GeoNames (geonames.org، CC BY 4.0).
