# Linkages site: the advisor desk (/ar/advisor), machine draft from locales/en/advisor.ftl (ar).
# Reviewed by a certified translator: no.

## The desk
advisor-title = صفحة المستشارين
advisor-intro = لمستشاري 2-1-1 والمدافعين الذين يساعدون شخصًا أثناء مكالمة. هذه الصفحة بلغة المتصل. بجانب الكلمات التي تُقرأ بصوت عالٍ نصها بالإنجليزية.
advisor-query-label = الرمز البريدي (ZIP) للمتصل أو مدينته أو حيّه
advisor-submit = ابحث عن مكاتب
advisor-offices-title = المكاتب القريبة من { $place }
advisor-lines-title = خطوط هاتف المقاطعة
advisor-screening-link = كل الأسئلة في صفحة واحدة

## Words to read out to the caller
advisor-script-title = اقرأ هذا للمتصل
advisor-script-dcfs = أقرب مكتب { -dcfs } هو { $name }.
advisor-script-dpss = بالنسبة إلى { -calworks } أو { -calfresh }، أقرب مكتب { -dpss } هو { $name }.
advisor-script-address = العنوان هو { $address }.
advisor-script-phone = رقم هاتفه { $phone }.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = رسالة نصية لهاتف المتصل
advisor-text-hint = أرسلها من نظام الهاتف الخاص بك. هذا الموقع لا يرسل شيئًا ولا يحتفظ بشيء.
advisor-text-count = الحروف: { $units } من { $budget }، { $segments ->
    [zero] لا توجد رسالة نصية
    [one] رسالة نصية واحدة
    [two] رسالتان نصيتان
    [few] { $segments } رسائل نصية
    [many] { $segments } رسالة نصية
   *[other] { $segments } رسالة نصية
}
advisor-text-use = استخدم هذا المكتب في الرسالة
advisor-text-in-use = في الرسالة
advisor-copy = انسخ الرسالة
advisor-copied = تم النسخ. الصقها في رسالتك.
advisor-copy-failed = النص محدد. اضغط Ctrl+C لنسخه.
advisor-error-office = هذا المكتب ليس في قائمتنا. ابحث مرة أخرى، أو اختر مكتبًا من المكاتب تحت البحث.

## The screening on one page
advisor-screening-title = كل الأسئلة في صفحة واحدة
advisor-screening-intro = اطرح الأسئلة بأي ترتيب. اضغط "تحديث" لإخفاء الأسئلة التي لم تعد مهمة. تظهر النتيجة عندما تكون كل الأسئلة قد أُجيب عنها.
advisor-screening-update = تحديث
advisor-screening-open = { $count ->
    [zero] لا توجد أسئلة بلا إجابة.
    [one] بقي سؤال واحد يحتاج إلى إجابة.
    [two] بقي سؤالان يحتاجان إلى إجابة.
    [few] بقيت { $count } أسئلة تحتاج إلى إجابة.
    [many] بقي { $count } سؤالًا يحتاج إلى إجابة.
   *[other] بقي { $count } سؤال يحتاج إلى إجابة.
}
advisor-screening-result = ما قد يناسب المتصل
advisor-screening-say = قل للمتصل
advisor-screening-none = لا يبدو الآن أن أي برنامج من برامج Linkages يناسب المتصل. لكن ما زال يمكنه أن يطلب المساعدة في أحد مكاتب { -dpss }.
advisor-screening-problem = لم نفهم بعض الإجابات فتركناها. راجعها مرة أخرى.
advisor-screening-start-over = ابدأ من جديد
