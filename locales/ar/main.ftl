# Linkages site: page frame, home page, locator and errors (Arabic, العربية).
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = مساعدة للأسر التي تتعامل مع { -dcfs } و { -dpss }
skip-to-content = انتقل إلى المحتوى الرئيسي

## Quick exit
exit-link = خروج سريع
exit-hint = يمكنك الخروج من هذا الموقع بسرعة. ويمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.

## Safety, on every page
safety-title = سلامتك أولًا
safety-danger = هل أنت في خطر الآن؟ يُرجى الاتصال بالرقم { $number }.
safety-report = للإبلاغ عن إساءة معاملة طفل، يُرجى الاتصال بالخط الساخن لحماية الأطفال على الرقم { $number }. الخط مفتوح 24 ساعة، 7 أيام في الأسبوع.

## Navigation and language
nav-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-screening = اعرف ما قد يناسبك
nav-find = ابحث عن مكتب
lang-label = اللغة
lang-current = أنت تقرأ الآن باللغة العربية
lang-unreviewed = لم يراجع مترجم معتمد هذه الترجمة بعد.
lang-read-english = اقرأ هذه الصفحة بالإنجليزية
lang-notice-label = حول هذه الترجمة

## Home page
home-title = مساعدة للآباء والأمهات الذين لديهم ملف لدى { -dcfs }
home-intro = Linkages هي شراكة بين إدارتين في مقاطعة لوس أنجلوس. تعمل { -dcfs } مع الأسر من أجل سلامة الأطفال. وتقدم { -dpss } مساعدة نقدية وطعامًا ورعاية صحية ومساعدة في العمل. إذا كنت تتعامل مع الإدارتين، يمكنهما أن تخططا معًا بالتعاون معك.
home-services = من برامج { -dpss }: { -calworks } (مساعدة نقدية للأسر)، و { -gain } (مساعدة في العمل والتدريب)، و { -calfresh } (طعام)، و { -medi-cal } (رعاية صحية)، و { -general-relief-said } (مساعدة نقدية للبالغين).
home-check-title = اعرف ما قد يناسبك
home-check-text = أجب عن بعض الأسئلة القصيرة. لا نسألك عن اسمك. ولا نحتفظ بإجاباتك.
home-check-start = ابدأ الأسئلة
home-find-title = ابحث عن مكتب
home-find-text = ابحث عن مكاتب { -dcfs } و { -dpss } القريبة منك، مع أرقام الهواتف ومواعيد العمل.
home-find-start = ابحث عن مكتب
home-call-title = أرقام الهاتف
home-privacy = هذا الموقع لا يبلّغ { -dcfs } أو { -dpss } بأي شيء. لا توجد حسابات. ولا يتم حفظ إجاباتك.

## Phone lines
line-child-protection = الخط الساخن لحماية الأطفال
line-child-protection-hours = 24 ساعة، 7 أيام في الأسبوع
line-dpss = مركز خدمة العملاء في { -dpss }
line-dpss-hours = من الاثنين إلى الجمعة، من { $opens } إلى { $closes } (آخر تأكيد لهذه المواعيد كان في 2020)
line-211 = 211 LA County، معلومات ومساعدة للوصول إلى الخدمات
line-211-hours = 24 ساعة، 7 أيام في الأسبوع
line-911 = الطوارئ

## Footer
footer-privacy = خصوصيتك محفوظة: لا حساب، ولا تتبّع، ولا ملفات تعريف ارتباط (cookies) إلا لحفظ اللغة التي اخترتها. لا يتم حفظ إجاباتك أبدًا، ولا إرسالها إلى { -dcfs } أو { -dpss }.
footer-guidance = هذا الموقع يقدم إرشادات فقط. الموظف المسؤول عن ملفك هو من يتخذ القرارات بشأنه.
footer-data = بيانات المكاتب والهواتف: مصادر عامة من { -dcfs } و { -dpss } في مقاطعة لوس أنجلوس. مواقع الرموز البريدية (ZIP): مكتب الإحصاء الأمريكي و GeoNames (CC BY 4.0).

## Screening: first steps (the questions themselves are in screening.ftl)
flow-title = اعرف ما قد يناسبك
flow-continue = متابعة
flow-back = رجوع
flow-start-over = ابدأ من جديد
flow-choose-one = اختر إجابة واحدة.
flow-question-count = السؤال { $number }

## Errors
error-title = حدثت مشكلة
error-not-found-title = الصفحة غير موجودة
error-not-found-text = لم نجد هذه الصفحة. تحقق من العنوان، أو اذهب إلى الصفحة الرئيسية.

## Screening pages
flow-check-title = راجع إجاباتك
flow-change = تغيير
flow-see-result = اعرف ما قد يناسبك
flow-result-title = ما قد يناسبك
flow-not-decision = فحص { -form-5122 } لمعرفة إن كان يمكنك الحصول على مساعدة من { -dpss } يقوم به موظفو { -dcfs }: اطلبه من { -social-worker } الخاص بك. هذا الموقع لا يقرر أي شيء، ولا يبلّغ { -dcfs } أو { -dpss } بأي شيء.
flow-no-title = خيارات لا يبدو أنها تناسبك
flow-next-title = إلى أين تذهب
flow-find-offices = ابحث عن أقرب المكاتب
flow-change-answers = غيّر إجاباتك
flow-share-title = احتفظ بهذا لوقت لاحق
flow-share-text = يمكنك أن ترسل لنفسك أسماء هذه البرامج. لن تكون إجاباتك معها.
flow-share-intro = برامج Linkages التي يمكنك السؤال عنها
flow-share-sms = أرسل برسالة نصية
flow-share-email = أرسل بالبريد الإلكتروني
flow-print-hint = لطباعة هذه الصفحة، استخدم قائمة «طباعة» في المتصفح.
flow-stores-nothing = لم نحفظ إجاباتك ولم نرسلها إلى أي أحد. عندما تغلق هذه الصفحة، ستختفي.
