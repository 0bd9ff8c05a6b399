# Linkages site: the "Staying safe online" page, linked next to Quick exit and from the footer (Arabic, العربية).
# Reviewed by a certified translator: no.

safety-online-link = الأمان على الإنترنت
safety-online-title = الأمان على الإنترنت
safety-online-intro = إذا كان أحد يفحص هاتفك أو جهاز الكمبيوتر الخاص بك، فهذه الخطوات يمكن أن تساعد في إبقاء زيارتك لهذا الموقع سرّية.

safety-online-exit-title = الخروج بسرعة
safety-online-exit = زر «{ exit-link }» موجود في أعلى كل صفحة. وهو يفتح بحثًا عن حالة الطقس. ويمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات بسرعة.
safety-online-back = زر «{ exit-link }» لا يحذف سجلّ التصفح. وما زال بإمكان زر الرجوع أن يعرض صفحات من هذا الموقع.

safety-online-private-title = استخدام نافذة خاصة
safety-online-private = النافذة الخاصة لا تحتفظ بالصفحات التي تمت زيارتها بعد إغلاقها. في Chrome اسمها «التصفح المتخفي». يُرجى فتح نافذة خاصة قبل زيارة هذا الموقع، وإغلاقها عند الانتهاء.

safety-online-history-title = حذف هذا الموقع من سجلّ التصفح
safety-online-history-intro = حذف سجلّ التصفح كله قد يثير شكّ شخص ما. بدلًا من ذلك، يمكنك حذف صفحات هذا الموقع فقط.
safety-online-history-android = هاتف Android، متصفح Chrome: يُرجى الضغط على القائمة (⋮)، ثم على «السجلّ». ثم الضغط على ✕ بجانب كل صفحة من هذا الموقع.
safety-online-history-iphone = iPhone، متصفح Safari: يُرجى الضغط على أيقونة الكتاب، ثم على أيقونة الساعة («السجلّ»). ثم السحب إلى اليسار على صفحة من هذا الموقع، والضغط على «حذف».
safety-online-history-samsung = هاتف Samsung، متصفح Samsung Internet: يُرجى الضغط على القائمة (☰)، ثم على «السجلّ». ثم الضغط مطوّلًا على صفحة من هذا الموقع، والضغط على «حذف».
safety-online-history-computer = الكمبيوتر: يُرجى الضغط على مفتاحي Ctrl و H معًا (على جهاز Mac: مفتاحي Command و Y) لفتح «السجلّ»، ثم حذف صفحات هذا الموقع.
safety-online-other-device = إن أمكن، يُرجى استخدام هاتف أو كمبيوتر لا يستطيع الشخص الآخر فحصه، مثل جهاز في مكتبة عامة أو جهاز صديق.

safety-online-stores-title = ما يحتفظ به هذا الموقع
safety-online-stores = هذا الموقع ليس فيه حسابات ولا تتبّع. ملف تعريف الارتباط (cookie) الوحيد يحفظ لغتك. إجاباتك عن الأسئلة لا تُحفظ أبدًا ولا تُرسل إلى أي أحد. تبقى فقط في علامة التبويب هذه في المتصفح، حتى يستطيع زر الرجوع عرضها، وتختفي عند إغلاق علامة التبويب.
