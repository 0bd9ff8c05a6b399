### Self-screening: questions, answers and results (Arabic, العربية).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Arabic: Modern Standard Arabic, simple words. The reader is "you" in the masculine singular
### used as the generic form. "Your case with DCFS" is «ملفك لدى DCFS». DCFS and DPSS take
### feminine verbs (إدارة). Program and role names are Fluent terms from terms.ftl
### ({ -family-maintenance }, { -social-worker }): never type them; see locales/glossary.toml.
### The DPSS phone number is wrapped in invisible left-to-right isolates (U+2066, U+2069).

# Reviewed by a certified translator: no.

## Result page

screening-heading-because = لماذا نقول هذا
screening-heading-next-steps = ماذا تفعل بعد ذلك
screening-heading-services = خدمات قد تحصل عليها
screening-heading-what-would-change = ما الذي قد يغيّر هذه النتيجة
screening-guidance-not-decision = هذا مجرد دليل. الموظف المسؤول عن ملفك هو من يقرر ما يمكنك الحصول عليه.

## How well a path fits

screening-fit-may-fit = قد يناسبك
screening-fit-ask = اسأل الموظف المسؤول عن ملفك
screening-fit-no = لا يبدو أنه يناسبك

## Questions: a short heading and a one-line hint

screening-q-dcfs-case = هل لديك ملف مفتوح لدى { -dcfs }؟
screening-q-dcfs-case-hint = { -dcfs } هي { -dcfs-full }. إذا كان { -social-worker(form: "indef") } للأطفال يزورك أو يتصل بك، فقد يكون لديك ملف.
screening-q-dcfs-service = ما نوع المساعدة التي تقدمها { -dcfs } لأسرتك؟
screening-q-dcfs-service-hint = يستطيع { -social-worker } الخاص بك في { -dcfs } أن يخبرك باسم برنامجك.
screening-q-children-location = أين يعيش أطفالك الآن؟
screening-q-children-location-hint = فكّر في جميع أطفالك.
screening-q-calworks-now = هل تحصل على { -calworks } الآن؟
screening-q-calworks-now-hint = { -calworks } هو مال للأسر التي لديها أطفال. يأتي من { -dpss }.
screening-q-calworks-at-removal = هل كنت تحصل على { -calworks } عندما نقلت { -dcfs } أطفالك للعيش خارج منزلك؟
screening-q-calworks-at-removal-hint = ربما توقف { -calworks } بعد ذلك. أجب عن الوقت الذي نُقل فيه أطفالك.
screening-q-fr-plan = هل لديك خطة { -family-reunification-said } مع { -dcfs }؟
screening-q-fr-plan-hint = هذه هي الخطة التي وضعتها مع { -social-worker } في { -dcfs } لإعادة أطفالك إلى المنزل.
screening-q-relative-caregiver = هل نقلت { -dcfs } أحد أطفالك للعيش مع أحد الأقارب؟
screening-q-relative-caregiver-hint = مثلًا، مع جد أو جدة، أو عمة أو خالة، أو عم أو خال، أو فرد آخر من العائلة.
screening-q-homeless = هل أنت بلا مأوى الآن؟
screening-q-homeless-hint = مثلًا، تنام في ملجأ أو سيارة أو موتيل أو في الشارع، أو تنتقل من مكان إلى آخر.
screening-q-sanction = هل خفّضت { -dpss } مبلغ { -calworks } الخاص بك بسبب { -sanction-said(form: "indef") } من { -gain }؟
screening-q-sanction-hint = { -sanction-said(form: "def") } هي أن تخفّض { -dpss } مبلغ { -calworks } بسبب قاعدة من قواعد { -gain } ({ -welfare-to-work-said }). وستجد ذلك مكتوبًا في رسالة من { -dpss }.

## Answer options

screening-answer-yes = نعم
screening-answer-no = لا
screening-answer-unsure = لا أعرف
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = أطفالك يعيشون معك، و{ -social-worker(form: "indef") } من { -dcfs } يساعد أسرتك. قد يكون ذلك بأمر من المحكمة أو باختيارك.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = أطفالك يعيشون معك، وجهة تقدم خدمات { -family-preservation } تعمل مع أسرتك.
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = أطفالك يعيشون في مكان آخر الآن، وأنت تعمل على إعادتهم إلى المنزل.
screening-answer-investigation = { -dcfs } تتحقق من بلاغ
screening-answer-investigation-hint = { -social-worker(form: "indef") } يتابع وضع أسرتك، ولم يبدأ أي برنامج بعد.
screening-answer-all-home = كل أطفالي يعيشون معي
screening-answer-some-removed = بعضهم يعيش معي، و { -dcfs } نقلت بعضهم للعيش في مكان آخر
screening-answer-all-removed = { -dcfs } نقلت كل أطفالي للعيش خارج منزلي

## Reasons: what the family told us

screening-reason-dcfs-case-yes = قلت إن لديك ملفًا مفتوحًا لدى { -dcfs }.
screening-reason-dcfs-case-no = قلت إنه ليس لديك ملف مفتوح لدى { -dcfs }.
screening-reason-dcfs-case-unsure = لا نعرف بعد إن كان لديك ملف مفتوح لدى { -dcfs }.
screening-reason-dcfs-service-family-maintenance = قلت إن ملفك لدى { -dcfs } في برنامج { -family-maintenance }.
screening-reason-dcfs-service-family-preservation = قلت إن أسرتك في برنامج { -family-preservation } مع { -dcfs }.
screening-reason-dcfs-service-family-reunification = قلت إن ملفك لدى { -dcfs } في برنامج { -family-reunification }.
screening-reason-dcfs-service-investigation = قلت إن { -dcfs } تتحقق من بلاغ، ولم يبدأ أي برنامج بعد.
screening-reason-dcfs-service-unsure = لا نعرف بعد في أي برنامج من برامج { -dcfs } يوجد ملفك.
screening-reason-children-location-all-home = قلت إن كل أطفالك يعيشون معك.
screening-reason-children-location-some-removed = قلت إن بعض أطفالك يعيشون معك، وإن { -dcfs } نقلت بعضهم للعيش في مكان آخر.
screening-reason-children-location-all-removed = قلت إن { -dcfs } نقلت كل أطفالك للعيش خارج منزلك.
screening-reason-children-location-unsure = لا نعرف بعد أين يعيش أطفالك.
screening-reason-calworks-now-yes = قلت إنك تحصل على { -calworks } الآن.
screening-reason-calworks-now-no = قلت إنك لا تحصل على { -calworks } الآن.
screening-reason-calworks-now-unsure = لا نعرف بعد إن كنت تحصل على { -calworks } الآن.
screening-reason-calworks-at-removal-yes = قلت إنك كنت تحصل على { -calworks } عندما نُقل أطفالك للعيش خارج منزلك.
screening-reason-calworks-at-removal-no = قلت إنك لم تكن تحصل على { -calworks } عندما نُقل أطفالك للعيش خارج منزلك.
screening-reason-calworks-at-removal-unsure = لا نعرف بعد إن كنت تحصل على { -calworks } عندما نُقل أطفالك للعيش خارج منزلك.
screening-reason-fr-plan-yes = قلت إن لديك خطة { -family-reunification } مع { -dcfs }.
screening-reason-fr-plan-no = قلت إنه ليس لديك خطة { -family-reunification } مع { -dcfs }.
screening-reason-fr-plan-unsure = لا نعرف بعد إن كانت لديك خطة { -family-reunification } مع { -dcfs }.
screening-reason-relative-caregiver-yes = قلت إن { -dcfs } نقلت واحدًا على الأقل من أطفالك للعيش مع أحد الأقارب.
screening-reason-relative-caregiver-no = قلت إن { -dcfs } لم تنقل أيًّا من أطفالك للعيش مع أحد الأقارب.
screening-reason-relative-caregiver-unsure = لا نعرف بعد إن كان أحد أطفالك يعيش مع أحد الأقارب.
screening-reason-homeless-yes = قلت إنك بلا مأوى الآن.
screening-reason-homeless-no = قلت إن لديك مكانًا تعيش فيه الآن.
screening-reason-homeless-unsure = لا نعرف بعد إن كنت بلا مأوى الآن.
screening-reason-sanction-yes = قلت إن { -dpss } خفّضت مبلغ { -calworks } الخاص بك بسبب { -sanction } من { -gain }.
screening-reason-sanction-no = قلت إن { -dpss } لم تخفّض مبلغ { -calworks } الخاص بك بسبب { -sanction } من { -gain }.
screening-reason-sanction-unsure = لا نعرف بعد إن كانت { -dpss } قد خفّضت مبلغ { -calworks } الخاص بك بسبب { -sanction } من { -gain }.

## What would change an "Ask your worker" result

screening-change-dcfs-case = اعرف إن كان لديك ملف مفتوح لدى { -dcfs }. يمكن أن يخبرك بذلك { -social-worker } لأطفالك أو رسالة من { -dcfs }.
screening-change-dcfs-service = اسأل { -social-worker } الخاص بك في { -dcfs } عن البرنامج الذي فيه ملفك.
screening-change-children-location = اسأل { -social-worker } الخاص بك في { -dcfs } أين يعيش كل واحد من أطفالك.
screening-change-calworks-now = اعرف إن كنت تحصل على { -calworks } الآن. يمكن أن يخبرك بذلك { -eligibility-worker-said } في { -dpss }، أو رسائلك من { -dpss }، أو BenefitsCal.
screening-change-calworks-at-removal = اسأل { -eligibility-worker } في { -dpss } إن كان لديك { -calworks } عندما نُقل أطفالك للعيش خارج منزلك.
screening-change-fr-plan = اسأل { -social-worker } الخاص بك في { -dcfs } إن كانت لديك خطة { -family-reunification }.
screening-change-relative-caregiver = اسأل { -social-worker } الخاص بك في { -dcfs } إن كان أحد أطفالك يعيش مع أحد الأقارب.
screening-change-homeless = أخبر الموظف المسؤول عن ملفك أين تنام في الليل. يمكنه أن يخبرك إن كان وضعك يُعدّ بلا مأوى.
screening-change-sanction = اسأل { -gain-worker } إن كان مبلغ { -calworks } قد خُفّض بسبب { -sanction }. وستجد ذلك أيضًا في رسالة من { -dpss }.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = اطلب من { -dcfs } أن تربطك بـ { -dpss }
screening-path-prevention-5122-summary = يستطيع { -social-worker } الخاص بك في { -dcfs } أن يتحقق إن كان يمكنك الحصول على مساعدة من { -dpss }، مثل { -calworks } أو { -general-relief } أو { -calfresh } أو { -medi-cal }، وأن يساعدك على التقديم بشكل أسرع.
screening-path-family-maintenance = خدمات { -gain } ضمن برنامج { -family-maintenance-said }
screening-path-family-maintenance-summary = ما دام أطفالك يعيشون معك وملفك لدى { -dcfs } في برنامج { -family-maintenance }، يمكن أن تكون خدمات { -gain } جزءًا من خطة { -welfare-to-work-said } الخاصة بك.
screening-path-family-preservation = خدمات { -gain } ضمن برنامج { -family-preservation-said }
screening-path-family-preservation-summary = ما دام أطفالك يعيشون معك وأسرتك في برنامج { -family-preservation }، تخطط { -dcfs } و { -dpss } لخدماتك معًا، ويمكن أن تكون خدمات { -gain } جزءًا من خطة { -welfare-to-work-said } الخاصة بك.
screening-path-family-reunification = خدمات { -gain } ضمن برنامج { -family-reunification-said }
screening-path-family-reunification-summary = إذا كان لديك { -calworks } عندما نُقل أطفالك للعيش خارج منزلك، يمكنك أن تختار الاستمرار في الحصول على خدمات { -gain }، بدون مساعدة نقدية، لتساعدك على إعادتهم إلى المنزل.
screening-path-homeless-outreach = مساعدة للأسر التي ليس لها مأوى
screening-path-homeless-outreach-summary = إذا كان لديك { -calworks } وملف في برنامج { -family-maintenance } لدى { -dcfs }، يمكن أن تعمل { -dcfs } و { -dpss } معًا لتوصل أسرتك بالمساعدة المخصصة للأسر التي ليس لها مأوى.
screening-path-sanction-help = مساعدة لإنهاء { -sanction-said } في { -calworks }
screening-path-sanction-help-summary = يمكن أن تتواصل معك { -dcfs } و { -dpss } معًا لمساعدتك على حل سبب { -sanction(form: "def") } وإنهائها.
screening-path-linkages-gsw = { -gain-worker } في مكتب { -dcfs } الخاص بك
screening-path-linkages-gsw-summary = يستطيع { -linkages-gain-worker } في مكتب { -dcfs } الخاص بك أن يحضر اجتماعات { -child-and-family-team-said } الخاصة بك ويقدم نصائح بشأن ملفك.
screening-path-dpss-apply = قدّم طلبًا إلى { -dpss } بنفسك
screening-path-dpss-apply-summary = يمكنك أن تقدم طلبًا للحصول على مساعدة من { -dpss }، مثل { -calworks } أو { -calfresh } أو { -medi-cal } أو { -general-relief }، عبر الإنترنت أو بالهاتف.

## Next steps

screening-step-answer-again = إذا تغيّر شيء، يمكنك الإجابة عن الأسئلة مرة أخرى.
screening-step-ask-worker = اسأل { -social-worker } الخاص بك في { -dcfs }، أو { -eligibility-worker-said }، أو { -gain-worker }، إن كان هذا يناسبك.
screening-step-call-211 = اتصل بالرقم 2-1-1 لتجد مساعدة قريبة منك. الاتصال مجاني، وهم يردون ليلًا ونهارًا.
screening-step-wtw-plan = اسأل عن الخدمات التي يمكن أن تكون جزءًا من خطة { -welfare-to-work-said } الخاصة بك.
screening-step-benefitscal = قدّم طلبك عبر الإنترنت على موقع BenefitsCal.com.
screening-step-call-dpss = أو اتصل بـ { -dpss } على الرقم ⁦(866) 613-3777⁩.
screening-step-ask-5122 = اطلب من { -social-worker } الخاص بك في { -dcfs } أن يتحقق إن كان يمكنك الحصول على مساعدة من { -dpss }. يستخدم لذلك نموذجًا اسمه { -form-5122 }.
screening-step-expedited-intake = إذا كان من الممكن أن تكون مؤهلًا للمساعدة، يحيلك { -social-worker } إلى { -dpss } ليُنظر في طلبك بشكل أسرع.
screening-step-tell-worker-fm = أخبر { -eligibility-worker } أو { -gain-worker } أن لديك ملفًا في برنامج { -family-maintenance-said } لدى { -dcfs }.
screening-step-tell-worker-fp = أخبر { -eligibility-worker } أو { -gain-worker } أن أسرتك في برنامج { -family-preservation-said } مع { -dcfs }.
screening-step-fr-volunteer = أخبر { -social-worker } الخاص بك في { -dcfs } و{ -gain-worker } أنك تريد خدمات { -family-reunification-said }. القرار لك.
screening-step-general-relief = هذه الخدمات لا تشمل مساعدة نقدية. إذا كنت تحتاج إلى مال لتعيش، يمكنك التقديم على { -general-relief-said }.
screening-step-tell-worker-homeless = أخبر { -social-worker } الخاص بك في { -dcfs } و{ -eligibility-worker } أنك بلا مأوى. اطلب منهما أن يعملا معًا لمساعدتك.
screening-step-tell-worker-sanction = أخبر { -gain-worker } و{ -social-worker } الخاص بك في { -dcfs } عن { -sanction-said(form: "def") }. اطلب منهما أن يعملا معك لإنهائها.
screening-step-gsw-cft = اطلب من { -social-worker } الخاص بك في { -dcfs } أن يدعو { -linkages-gain-worker } إلى اجتماع { -child-and-family-team-said } الخاص بك.
screening-step-gsw-consult = يستطيع { -social-worker } الخاص بك أيضًا أن يتحدث عن ملفك مع { -linkages-gain-worker }.
screening-step-dpss-if-dcfs = إذا كان لديك ملف لدى { -dcfs }، اطلب من { -social-worker } الخاص بك أن يساعدك في التقديم. قد يكون ذلك أسرع.
screening-step-dpss-through-dcfs = لأن لديك ملفًا لدى { -dcfs }، يستطيع { -social-worker } الخاص بك أن يساعدك مع { -dpss }. انظر النتائج الأخرى.

## Services

screening-service-mental-health = خدمات الصحة النفسية
screening-service-domestic-violence = خدمات العنف الأسري
screening-service-substance-use = مساعدة بخصوص شرب الكحول أو تعاطي المخدرات
screening-service-education-training = التعليم والتدريب
screening-service-employment = مساعدة في إيجاد عمل والحفاظ عليه
screening-service-transportation = مساعدة في المواصلات
screening-service-child-care = رعاية الأطفال
screening-service-ancillary-costs = مساعدة في دفع ثمن الكتب والأدوات والزي والرسوم
screening-service-housing-support = مساعدة في السكن
screening-service-moving-assistance = مساعدة في تكاليف الانتقال إلى سكن جديد
screening-service-temporary-homeless-assistance = مساعدة قصيرة المدى ما دمت بلا مأوى

## Time limits ($months, $max_months: numbers)

screening-time-limit =
    { $months ->
        [zero] يمكن أن تستمر هذه الخدمات حتى { $months } شهر.
        [one] يمكن أن تستمر هذه الخدمات حتى شهر واحد.
        [two] يمكن أن تستمر هذه الخدمات حتى شهرين.
        [few] يمكن أن تستمر هذه الخدمات حتى { $months } أشهر.
        [many] يمكن أن تستمر هذه الخدمات حتى { $months } شهرًا.
       *[other] يمكن أن تستمر هذه الخدمات حتى { $months } شهر.
    }
screening-time-limit-extendable =
    { $months ->
        [zero] يمكن أن تستمر هذه الخدمات { $months } شهر.
        [one] يمكن أن تستمر هذه الخدمات شهرًا واحدًا.
        [two] يمكن أن تستمر هذه الخدمات شهرين.
        [few] يمكن أن تستمر هذه الخدمات { $months } أشهر.
        [many] يمكن أن تستمر هذه الخدمات { $months } شهرًا.
       *[other] يمكن أن تستمر هذه الخدمات { $months } شهر.
    } وإذا التزمت بقواعد البرنامج، يمكن أن تستمر حتى { $max_months ->
        [zero] { $max_months } شهر.
        [one] شهر واحد.
        [two] شهرين.
        [few] { $max_months } أشهر.
        [many] { $max_months } شهرًا.
       *[other] { $max_months } شهر.
    }
