# Linkages site: the hand-off card (/ar/card), machine draft from locales/en/card.ftl (ar).
# Reviewed by a certified translator: no.

card-link = بطاقة لأخذها معك
card-link-discreet = بطاقة خاصة: العنوان والهاتف فقط
card-title = بطاقة لأخذها معك
card-discreet-title = العنوان والهاتف
card-intro = يمكنك أخذ هذه البطاقة إلى المكتب. فيها الكلام نفسه بلغتك وبالإنجليزية، حتى يستطيع الموظف قراءتها أيضًا.
card-print-hint = للطباعة، يمكنك استخدام قائمة "طباعة" في المتصفح. البطاقة تتسع في صفحة واحدة.
card-discreet-link = عرض بطاقة خاصة (بدون أسماء مكاتب أو برامج)
card-full-link = عرض البطاقة الكاملة
card-show-desk = يُرجى إظهار هذه البطاقة في مكتب الاستقبال.
card-paths-title = مساعدة قد تناسبك
card-say-label = ماذا يمكنك أن تقول:
card-office-title = المكتب
card-address = العنوان
card-address-missing = العنوان غير معروف. يُرجى الاتصال قبل الذهاب.
card-phone = الهاتف
card-hours = ساعات العمل
card-discreet-line-help = خط المساعدة
card-discreet-line-info = خط المعلومات، مجاني
card-add-office = إضافة مكتب إلى هذه البطاقة: البحث عن مكتب
card-no-answers = هذه البطاقة لا تُظهر إجاباتك. هذا ليس قرارًا: الموظف هو الذي يقرر.
card-error-empty = هذا الرابط لا يذكر أي مساعدة أو أي مكتب يوضع على البطاقة. يمكنك البحث عن مكتب أو الإجابة عن الأسئلة، ثم اختيار البطاقة مرة أخرى.
card-error-unknown-path = لا نعرف المساعدة المذكورة في هذا الرابط. قد يكون الرابط قديمًا أو ناقصًا.
card-error-unknown-office = لم نجد هذا المكتب. ربما انتقل أو أُغلق. يُرجى البحث عن المكاتب مرة أخرى.
card-error-too-many = في هذا الرابط أكثر مما يتسع في صفحة واحدة. يُرجى اختيار البطاقة مرة أخرى من مكتب واحد.
card-error-bad-parameter = في هذا الرابط شيء لا نفهمه. قد يكون الرابط قديمًا أو ناقصًا.
card-error-find = البحث عن مكتب
card-error-screening = الإجابة عن الأسئلة
