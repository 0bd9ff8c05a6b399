### Self-screening: questions, answers and results (Arabic, العربية).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Arabic: Modern Standard Arabic, simple words. The reader is "you" in the masculine singular
### used as the generic form. "Your case with DCFS" is «ملفك لدى DCFS». DCFS and DPSS take
### feminine verbs (إدارة). Program names: Family Maintenance = «دعم الأسرة», Family
### Preservation = «الحفاظ على الأسرة», Family Reunification = «لمّ شمل الأسرة».
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

screening-q-dcfs-case = هل لديك ملف مفتوح لدى DCFS؟
screening-q-dcfs-case-hint = DCFS هي إدارة خدمات الأطفال والأسرة. إذا كان أخصائي اجتماعي للأطفال يزورك أو يتصل بك، فقد يكون لديك ملف.
screening-q-dcfs-service = ما نوع المساعدة التي تقدمها DCFS لأسرتك؟
screening-q-dcfs-service-hint = يمكن للأخصائي الاجتماعي الخاص بك في DCFS أن يخبرك باسم برنامجك.
screening-q-children-location = أين يعيش أطفالك الآن؟
screening-q-children-location-hint = فكّر في جميع أطفالك.
screening-q-calworks-now = هل تحصل على CalWORKs الآن؟
screening-q-calworks-now-hint = CalWORKs هو مال للأسر التي لديها أطفال. يأتي من DPSS.
screening-q-calworks-at-removal = هل كنت تحصل على CalWORKs عندما نقلت DCFS أطفالك للعيش خارج منزلك؟
screening-q-calworks-at-removal-hint = ربما توقف CalWORKs بعد ذلك. أجب عن الوقت الذي نُقل فيه أطفالك.
screening-q-fr-plan = هل لديك خطة لمّ شمل الأسرة (Family Reunification) مع DCFS؟
screening-q-fr-plan-hint = هذه هي الخطة التي وضعتها مع الأخصائي الاجتماعي في DCFS لإعادة أطفالك إلى المنزل.
screening-q-relative-caregiver = هل نقلت DCFS أحد أطفالك للعيش مع أحد الأقارب؟
screening-q-relative-caregiver-hint = مثلًا، مع جد أو جدة، أو عمة أو خالة، أو عم أو خال، أو فرد آخر من العائلة.
screening-q-homeless = هل أنت بلا مأوى الآن؟
screening-q-homeless-hint = مثلًا، تنام في ملجأ أو سيارة أو موتيل أو في الشارع، أو تنتقل من مكان إلى آخر.
screening-q-sanction = هل خفّضت DPSS مبلغ CalWORKs الخاص بك بسبب عقوبة من GAIN؟
screening-q-sanction-hint = العقوبة هي أن تخفّض DPSS مبلغ CalWORKs بسبب قاعدة من قواعد GAIN (Welfare-to-Work). وستجد ذلك مكتوبًا في رسالة من DPSS.

## Answer options

screening-answer-yes = نعم
screening-answer-no = لا
screening-answer-unsure = لا أعرف
screening-answer-family-maintenance = دعم الأسرة (Family Maintenance)
screening-answer-family-maintenance-hint = أطفالك يعيشون معك، وأخصائي اجتماعي من DCFS يساعد أسرتك. قد يكون ذلك بأمر من المحكمة أو باختيارك.
screening-answer-family-preservation = الحفاظ على الأسرة (Family Preservation)
screening-answer-family-preservation-hint = أطفالك يعيشون معك، وجهة تقدم خدمات الحفاظ على الأسرة تعمل مع أسرتك.
screening-answer-family-reunification = لمّ شمل الأسرة (Family Reunification)
screening-answer-family-reunification-hint = أطفالك يعيشون في مكان آخر الآن، وأنت تعمل على إعادتهم إلى المنزل.
screening-answer-investigation = DCFS تتحقق من بلاغ
screening-answer-investigation-hint = أخصائي اجتماعي يتابع وضع أسرتك، ولم يبدأ أي برنامج بعد.
screening-answer-all-home = كل أطفالي يعيشون معي
screening-answer-some-removed = بعضهم يعيش معي، و DCFS نقلت بعضهم للعيش في مكان آخر
screening-answer-all-removed = DCFS نقلت كل أطفالي للعيش خارج منزلي

## Reasons: what the family told us

screening-reason-dcfs-case-yes = قلت إن لديك ملفًا مفتوحًا لدى DCFS.
screening-reason-dcfs-case-no = قلت إنه ليس لديك ملف مفتوح لدى DCFS.
screening-reason-dcfs-case-unsure = لا نعرف بعد إن كان لديك ملف مفتوح لدى DCFS.
screening-reason-dcfs-service-family-maintenance = قلت إن ملفك لدى DCFS في برنامج دعم الأسرة.
screening-reason-dcfs-service-family-preservation = قلت إن أسرتك في برنامج الحفاظ على الأسرة مع DCFS.
screening-reason-dcfs-service-family-reunification = قلت إن ملفك لدى DCFS في برنامج لمّ شمل الأسرة.
screening-reason-dcfs-service-investigation = قلت إن DCFS تتحقق من بلاغ، ولم يبدأ أي برنامج بعد.
screening-reason-dcfs-service-unsure = لا نعرف بعد في أي برنامج من برامج DCFS يوجد ملفك.
screening-reason-children-location-all-home = قلت إن كل أطفالك يعيشون معك.
screening-reason-children-location-some-removed = قلت إن بعض أطفالك يعيشون معك، وإن DCFS نقلت بعضهم للعيش في مكان آخر.
screening-reason-children-location-all-removed = قلت إن DCFS نقلت كل أطفالك للعيش خارج منزلك.
screening-reason-children-location-unsure = لا نعرف بعد أين يعيش أطفالك.
screening-reason-calworks-now-yes = قلت إنك تحصل على CalWORKs الآن.
screening-reason-calworks-now-no = قلت إنك لا تحصل على CalWORKs الآن.
screening-reason-calworks-now-unsure = لا نعرف بعد إن كنت تحصل على CalWORKs الآن.
screening-reason-calworks-at-removal-yes = قلت إنك كنت تحصل على CalWORKs عندما نُقل أطفالك للعيش خارج منزلك.
screening-reason-calworks-at-removal-no = قلت إنك لم تكن تحصل على CalWORKs عندما نُقل أطفالك للعيش خارج منزلك.
screening-reason-calworks-at-removal-unsure = لا نعرف بعد إن كنت تحصل على CalWORKs عندما نُقل أطفالك للعيش خارج منزلك.
screening-reason-fr-plan-yes = قلت إن لديك خطة لمّ شمل الأسرة مع DCFS.
screening-reason-fr-plan-no = قلت إنه ليس لديك خطة لمّ شمل الأسرة مع DCFS.
screening-reason-fr-plan-unsure = لا نعرف بعد إن كانت لديك خطة لمّ شمل الأسرة مع DCFS.
screening-reason-relative-caregiver-yes = قلت إن DCFS نقلت واحدًا على الأقل من أطفالك للعيش مع أحد الأقارب.
screening-reason-relative-caregiver-no = قلت إن DCFS لم تنقل أيًّا من أطفالك للعيش مع أحد الأقارب.
screening-reason-relative-caregiver-unsure = لا نعرف بعد إن كان أحد أطفالك يعيش مع أحد الأقارب.
screening-reason-homeless-yes = قلت إنك بلا مأوى الآن.
screening-reason-homeless-no = قلت إن لديك مكانًا تعيش فيه الآن.
screening-reason-homeless-unsure = لا نعرف بعد إن كنت بلا مأوى الآن.
screening-reason-sanction-yes = قلت إن DPSS خفّضت مبلغ CalWORKs الخاص بك بسبب عقوبة من GAIN.
screening-reason-sanction-no = قلت إن DPSS لم تخفّض مبلغ CalWORKs الخاص بك بسبب عقوبة من GAIN.
screening-reason-sanction-unsure = لا نعرف بعد إن كانت DPSS قد خفّضت مبلغ CalWORKs الخاص بك بسبب عقوبة من GAIN.

## What would change an "Ask your worker" result

screening-change-dcfs-case = اعرف إن كان لديك ملف مفتوح لدى DCFS. يمكن أن يخبرك بذلك الأخصائي الاجتماعي لأطفالك أو رسالة من DCFS.
screening-change-dcfs-service = اسأل الأخصائي الاجتماعي الخاص بك في DCFS عن البرنامج الذي فيه ملفك.
screening-change-children-location = اسأل الأخصائي الاجتماعي الخاص بك في DCFS أين يعيش كل واحد من أطفالك.
screening-change-calworks-now = اعرف إن كنت تحصل على CalWORKs الآن. يمكن أن يخبرك بذلك موظف الأهلية في DPSS، أو رسائلك من DPSS، أو BenefitsCal.
screening-change-calworks-at-removal = اسأل موظف الأهلية في DPSS إن كان لديك CalWORKs عندما نُقل أطفالك للعيش خارج منزلك.
screening-change-fr-plan = اسأل الأخصائي الاجتماعي الخاص بك في DCFS إن كانت لديك خطة لمّ شمل الأسرة.
screening-change-relative-caregiver = اسأل الأخصائي الاجتماعي الخاص بك في DCFS إن كان أحد أطفالك يعيش مع أحد الأقارب.
screening-change-homeless = أخبر الموظف المسؤول عن ملفك أين تنام في الليل. يمكنه أن يخبرك إن كان وضعك يُعدّ بلا مأوى.
screening-change-sanction = اسأل موظف GAIN إن كان مبلغ CalWORKs قد خُفّض بسبب عقوبة. وستجد ذلك أيضًا في رسالة من DPSS.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = اطلب من DCFS أن تربطك بـ DPSS
screening-path-prevention-5122-summary = يمكن للأخصائي الاجتماعي الخاص بك في DCFS أن يتحقق إن كان يمكنك الحصول على مساعدة من DPSS، مثل CalWORKs أو General Relief أو CalFresh أو Medi-Cal، وأن يساعدك على التقديم بشكل أسرع.
screening-path-family-maintenance = خدمات GAIN ضمن برنامج دعم الأسرة (Family Maintenance)
screening-path-family-maintenance-summary = ما دام أطفالك يعيشون معك وملفك لدى DCFS في برنامج دعم الأسرة، يمكن أن تكون خدمات GAIN جزءًا من خطة Welfare-to-Work الخاصة بك.
screening-path-family-preservation = خدمات GAIN ضمن برنامج الحفاظ على الأسرة (Family Preservation)
screening-path-family-preservation-summary = ما دام أطفالك يعيشون معك وأسرتك في برنامج الحفاظ على الأسرة، تخطط DCFS و DPSS لخدماتك معًا، ويمكن أن تكون خدمات GAIN جزءًا من خطة Welfare-to-Work الخاصة بك.
screening-path-family-reunification = خدمات GAIN ضمن برنامج لمّ شمل الأسرة (Family Reunification)
screening-path-family-reunification-summary = إذا كان لديك CalWORKs عندما نُقل أطفالك للعيش خارج منزلك، يمكنك أن تختار الاستمرار في الحصول على خدمات GAIN، بدون مساعدة نقدية، لتساعدك على إعادتهم إلى المنزل.
screening-path-homeless-outreach = مساعدة للأسر التي ليس لها مأوى
screening-path-homeless-outreach-summary = إذا كان لديك CalWORKs وملف في برنامج دعم الأسرة لدى DCFS، يمكن أن تعمل DCFS و DPSS معًا لتوصل أسرتك بالمساعدة المخصصة للأسر التي ليس لها مأوى.
screening-path-sanction-help = مساعدة لإنهاء عقوبة CalWORKs
screening-path-sanction-help-summary = يمكن أن تتواصل معك DCFS و DPSS معًا لمساعدتك على حل سبب العقوبة وإنهائها.
screening-path-linkages-gsw = موظف GAIN في مكتب DCFS الخاص بك
screening-path-linkages-gsw-summary = يمكن لموظف خدمات GAIN من Linkages في مكتب DCFS الخاص بك أن يحضر اجتماعات فريق الطفل والأسرة (Child and Family Team) الخاصة بك ويقدم نصائح بشأن ملفك.
screening-path-dpss-apply = قدّم طلبًا إلى DPSS بنفسك
screening-path-dpss-apply-summary = يمكنك أن تقدم طلبًا للحصول على مساعدة من DPSS، مثل CalWORKs أو CalFresh أو Medi-Cal أو General Relief، عبر الإنترنت أو بالهاتف.

## Next steps

screening-step-answer-again = إذا تغيّر شيء، يمكنك الإجابة عن الأسئلة مرة أخرى.
screening-step-ask-worker = اسأل الأخصائي الاجتماعي الخاص بك في DCFS، أو موظف الأهلية، أو موظف GAIN، إن كان هذا يناسبك.
screening-step-call-211 = اتصل بالرقم 2-1-1 لتجد مساعدة قريبة منك. الاتصال مجاني، وهم يردون ليلًا ونهارًا.
screening-step-wtw-plan = اسأل عن الخدمات التي يمكن أن تكون جزءًا من خطة Welfare-to-Work الخاصة بك.
screening-step-benefitscal = قدّم طلبك عبر الإنترنت على موقع BenefitsCal.com.
screening-step-call-dpss = أو اتصل بـ DPSS على الرقم ⁦(866) 613-3777⁩.
screening-step-ask-5122 = اطلب من الأخصائي الاجتماعي الخاص بك في DCFS أن يتحقق إن كان يمكنك الحصول على مساعدة من DPSS. يستخدم لذلك نموذجًا اسمه DCFS 5122.
screening-step-expedited-intake = إذا بدا أنك قد تستحق المساعدة، يرسلك الأخصائي الاجتماعي إلى DPSS ليتم النظر في طلبك بشكل أسرع.
screening-step-tell-worker-fm = أخبر موظف الأهلية أو موظف GAIN أن لديك ملفًا في برنامج دعم الأسرة لدى DCFS.
screening-step-tell-worker-fp = أخبر موظف الأهلية أو موظف GAIN أن أسرتك في برنامج الحفاظ على الأسرة مع DCFS.
screening-step-fr-volunteer = أخبر الأخصائي الاجتماعي الخاص بك في DCFS وموظف GAIN أنك تريد خدمات لمّ شمل الأسرة. القرار لك.
screening-step-general-relief = هذه الخدمات لا تشمل مساعدة نقدية. إذا كنت تحتاج إلى مال لتعيش، يمكنك التقديم على General Relief.
screening-step-tell-worker-homeless = أخبر الأخصائي الاجتماعي الخاص بك في DCFS وموظف الأهلية أنك بلا مأوى. اطلب منهما أن يعملا معًا لمساعدتك.
screening-step-tell-worker-sanction = أخبر موظف GAIN والأخصائي الاجتماعي الخاص بك في DCFS عن العقوبة. اطلب منهما أن يعملا معك لإنهائها.
screening-step-gsw-cft = اطلب من الأخصائي الاجتماعي الخاص بك في DCFS أن يدعو موظف خدمات GAIN من Linkages إلى اجتماع فريق الطفل والأسرة الخاص بك.
screening-step-gsw-consult = يمكن للأخصائي الاجتماعي الخاص بك أيضًا أن يتحدث عن ملفك مع موظف خدمات GAIN من Linkages.
screening-step-dpss-if-dcfs = إذا كان لديك ملف لدى DCFS، اطلب من الأخصائي الاجتماعي الخاص بك أن يساعدك في التقديم. قد يكون ذلك أسرع.
screening-step-dpss-through-dcfs = لأن لديك ملفًا لدى DCFS، يمكن للأخصائي الاجتماعي الخاص بك أن يساعدك مع DPSS. انظر النتائج الأخرى.

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
