### Self-screening: questions, answers and results (Farsi, فارسی).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Farsi: formal but simple («شما» with plural verbs). "Your case with DCFS" is
### «پرونده شما در DCFS». Program names: Family Maintenance = «حمایت از خانواده»,
### Family Preservation = «حفظ خانواده», Family Reunification = «اتحاد دوباره خانواده».
### Eligibility worker = «کارمند بررسی صلاحیت». Persian ی and ک, ZWNJ in می‌ and ‌ها.
### The DPSS phone number is wrapped in invisible left-to-right isolates (U+2066, U+2069).

# Reviewed by a certified translator: no.

## Result page

screening-heading-because = چرا این را می‌گوییم
screening-heading-next-steps = قدم بعدی چیست
screening-heading-services = خدماتی که ممکن است بگیرید
screening-heading-what-would-change = چه چیزی می‌تواند این را تغییر دهد
screening-guidance-not-decision = این فقط یک راهنما است. کارمند مسئول پرونده شما تصمیم می‌گیرد که چه چیزی می‌توانید بگیرید.

## How well a path fits

screening-fit-may-fit = ممکن است مناسب شما باشد
screening-fit-ask = از کارمند مسئول پرونده‌تان بپرسید
screening-fit-no = به نظر مناسب شما نیست

## Questions: a short heading and a one-line hint

screening-q-dcfs-case = آیا در DCFS پرونده باز دارید؟
screening-q-dcfs-case-hint = DCFS اداره خدمات کودکان و خانواده است. اگر یک مددکار اجتماعی کودکان به دیدن شما می‌آید یا به شما زنگ می‌زند، ممکن است پرونده داشته باشید.
screening-q-dcfs-service = DCFS چه نوع کمکی به خانواده شما می‌کند؟
screening-q-dcfs-service-hint = مددکار اجتماعی شما در DCFS می‌تواند نام برنامه‌تان را به شما بگوید.
screening-q-children-location = فرزندان شما الان کجا زندگی می‌کنند؟
screening-q-children-location-hint = به همه فرزندان خود فکر کنید.
screening-q-calworks-now = آیا الان CalWORKs می‌گیرید؟
screening-q-calworks-now-hint = CalWORKs پول برای خانواده‌های دارای فرزند است. آن را DPSS می‌دهد.
screening-q-calworks-at-removal = وقتی DCFS فرزندان شما را بیرون از خانه‌تان اسکان داد، CalWORKs می‌گرفتید؟
screening-q-calworks-at-removal-hint = ممکن است CalWORKs شما بعد از آن قطع شده باشد. درباره همان زمانی جواب دهید که فرزندانتان را جای دیگری اسکان دادند.
screening-q-fr-plan = آیا با DCFS برنامه اتحاد دوباره خانواده (Family Reunification) دارید؟
screening-q-fr-plan-hint = این همان برنامه‌ای است که شما و مددکار اجتماعی DCFS با هم نوشتید تا فرزندانتان به خانه برگردند.
screening-q-relative-caregiver = آیا DCFS هیچ‌کدام از فرزندان شما را به یکی از خویشاوندان سپرده است؟
screening-q-relative-caregiver-hint = برای مثال، به پدربزرگ یا مادربزرگ، خاله یا عمه، دایی یا عمو، یا یکی دیگر از اعضای خانواده.
screening-q-homeless = آیا الان بی‌خانمان هستید؟
screening-q-homeless-hint = برای مثال، در سرپناه، ماشین، متل یا در خیابان می‌خوابید، یا مدام از جایی به جای دیگر می‌روید.
screening-q-sanction = آیا DPSS به خاطر جریمه GAIN مبلغ CalWORKs شما را کم کرده است؟
screening-q-sanction-hint = جریمه یعنی DPSS به خاطر یکی از قانون‌های GAIN (Welfare-to-Work) مبلغ CalWORKs شما را کم می‌کند. این موضوع در نامه‌ای از DPSS نوشته می‌شود.

## Answer options

screening-answer-yes = بله
screening-answer-no = نه
screening-answer-unsure = نمی‌دانم
screening-answer-family-maintenance = حمایت از خانواده (Family Maintenance)
screening-answer-family-maintenance-hint = فرزندانتان با شما زندگی می‌کنند و یک مددکار اجتماعی DCFS به خانواده شما کمک می‌کند. این می‌تواند به دستور دادگاه باشد یا انتخاب خود شما.
screening-answer-family-preservation = حفظ خانواده (Family Preservation)
screening-answer-family-preservation-hint = فرزندانتان با شما زندگی می‌کنند و یک سازمان حفظ خانواده با خانواده شما کار می‌کند.
screening-answer-family-reunification = اتحاد دوباره خانواده (Family Reunification)
screening-answer-family-reunification-hint = فرزندانتان فعلاً جای دیگری زندگی می‌کنند و شما تلاش می‌کنید که به خانه برگردند.
screening-answer-investigation = DCFS در حال بررسی یک گزارش است
screening-answer-investigation-hint = یک مددکار اجتماعی وضع خانواده شما را بررسی می‌کند و هنوز هیچ برنامه‌ای شروع نشده است.
screening-answer-all-home = همه فرزندانم با من زندگی می‌کنند
screening-answer-some-removed = بعضی با من زندگی می‌کنند و DCFS بعضی را جای دیگری اسکان داده است
screening-answer-all-removed = DCFS همه فرزندانم را بیرون از خانه‌ام اسکان داده است

## Reasons: what the family told us

screening-reason-dcfs-case-yes = گفتید که در DCFS پرونده باز دارید.
screening-reason-dcfs-case-no = گفتید که در DCFS پرونده باز ندارید.
screening-reason-dcfs-case-unsure = هنوز نمی‌دانیم که آیا در DCFS پرونده باز دارید یا نه.
screening-reason-dcfs-service-family-maintenance = گفتید که پرونده شما در DCFS در برنامه حمایت از خانواده است.
screening-reason-dcfs-service-family-preservation = گفتید که خانواده شما در برنامه حفظ خانواده DCFS است.
screening-reason-dcfs-service-family-reunification = گفتید که پرونده شما در DCFS در برنامه اتحاد دوباره خانواده است.
screening-reason-dcfs-service-investigation = گفتید که DCFS در حال بررسی یک گزارش است و هنوز هیچ برنامه‌ای شروع نشده است.
screening-reason-dcfs-service-unsure = هنوز نمی‌دانیم پرونده شما در کدام برنامه DCFS است.
screening-reason-children-location-all-home = گفتید که همه فرزندانتان با شما زندگی می‌کنند.
screening-reason-children-location-some-removed = گفتید که بعضی از فرزندانتان با شما زندگی می‌کنند و DCFS بعضی را جای دیگری اسکان داده است.
screening-reason-children-location-all-removed = گفتید که DCFS همه فرزندانتان را بیرون از خانه شما اسکان داده است.
screening-reason-children-location-unsure = هنوز نمی‌دانیم فرزندانتان کجا زندگی می‌کنند.
screening-reason-calworks-now-yes = گفتید که الان CalWORKs می‌گیرید.
screening-reason-calworks-now-no = گفتید که الان CalWORKs نمی‌گیرید.
screening-reason-calworks-now-unsure = هنوز نمی‌دانیم که آیا الان CalWORKs می‌گیرید یا نه.
screening-reason-calworks-at-removal-yes = گفتید که وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، CalWORKs می‌گرفتید.
screening-reason-calworks-at-removal-no = گفتید که وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، CalWORKs نمی‌گرفتید.
screening-reason-calworks-at-removal-unsure = هنوز نمی‌دانیم که آیا وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، CalWORKs می‌گرفتید یا نه.
screening-reason-fr-plan-yes = گفتید که با DCFS برنامه اتحاد دوباره خانواده دارید.
screening-reason-fr-plan-no = گفتید که با DCFS برنامه اتحاد دوباره خانواده ندارید.
screening-reason-fr-plan-unsure = هنوز نمی‌دانیم که آیا با DCFS برنامه اتحاد دوباره خانواده دارید یا نه.
screening-reason-relative-caregiver-yes = گفتید که DCFS دست‌کم یکی از فرزندانتان را به یکی از خویشاوندان سپرده است.
screening-reason-relative-caregiver-no = گفتید که DCFS هیچ‌کدام از فرزندانتان را به خویشاوندان نسپرده است.
screening-reason-relative-caregiver-unsure = هنوز نمی‌دانیم که آیا یکی از فرزندانتان نزد خویشاوندان زندگی می‌کند یا نه.
screening-reason-homeless-yes = گفتید که الان بی‌خانمان هستید.
screening-reason-homeless-no = گفتید که الان بی‌خانمان نیستید.
screening-reason-homeless-unsure = هنوز نمی‌دانیم که آیا الان بی‌خانمان هستید یا نه.
screening-reason-sanction-yes = گفتید که DPSS به خاطر جریمه GAIN مبلغ CalWORKs شما را کم کرده است.
screening-reason-sanction-no = گفتید که DPSS به خاطر جریمه GAIN مبلغ CalWORKs شما را کم نکرده است.
screening-reason-sanction-unsure = هنوز نمی‌دانیم که آیا DPSS به خاطر جریمه GAIN مبلغ CalWORKs شما را کم کرده است یا نه.

## What would change an "Ask your worker" result

screening-change-dcfs-case = بفهمید که آیا در DCFS پرونده باز دارید. مددکار اجتماعی فرزندانتان یا نامه‌ای از DCFS می‌تواند این را به شما بگوید.
screening-change-dcfs-service = از مددکار اجتماعی خود در DCFS بپرسید که پرونده شما در کدام برنامه است.
screening-change-children-location = از مددکار اجتماعی خود در DCFS بپرسید که هر کدام از فرزندانتان کجا اسکان داده شده است.
screening-change-calworks-now = بفهمید که آیا الان CalWORKs می‌گیرید. کارمند بررسی صلاحیت، نامه‌های DPSS یا BenefitsCal می‌توانند این را به شما بگویند.
screening-change-calworks-at-removal = از کارمند بررسی صلاحیت خود بپرسید که آیا وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، CalWORKs داشتید.
screening-change-fr-plan = از مددکار اجتماعی خود در DCFS بپرسید که آیا برنامه اتحاد دوباره خانواده دارید.
screening-change-relative-caregiver = از مددکار اجتماعی خود در DCFS بپرسید که آیا هیچ‌کدام از فرزندانتان به خویشاوندان سپرده شده‌اند.
screening-change-homeless = به کارمند مسئول پرونده‌تان بگویید که شب‌ها کجا می‌خوابید. او می‌تواند بگوید که آیا این بی‌خانمانی حساب می‌شود.
screening-change-sanction = از کارمند GAIN خود بپرسید که آیا مبلغ CalWORKs شما به خاطر جریمه کم شده است. این موضوع در نامه‌ای از DPSS هم نوشته می‌شود.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = از DCFS بخواهید شما را به DPSS وصل کند
screening-path-prevention-5122-summary = مددکار اجتماعی شما در DCFS می‌تواند بررسی کند که آیا ممکن است از DPSS کمک بگیرید، مثل CalWORKs، General Relief، CalFresh یا Medi-Cal، و به شما کمک کند سریع‌تر درخواست بدهید.
screening-path-family-maintenance = خدمات GAIN در برنامه حمایت از خانواده (Family Maintenance)
screening-path-family-maintenance-summary = تا وقتی فرزندانتان با شما زندگی می‌کنند و پرونده شما در DCFS در برنامه حمایت از خانواده است، خدمات GAIN می‌تواند بخشی از برنامه Welfare-to-Work شما باشد.
screening-path-family-preservation = خدمات GAIN در برنامه حفظ خانواده (Family Preservation)
screening-path-family-preservation-summary = تا وقتی فرزندانتان با شما زندگی می‌کنند و خانواده شما در برنامه حفظ خانواده است، DCFS و DPSS با هم برای خدمات شما برنامه‌ریزی می‌کنند و خدمات GAIN می‌تواند بخشی از برنامه Welfare-to-Work شما باشد.
screening-path-family-reunification = خدمات GAIN در برنامه اتحاد دوباره خانواده (Family Reunification)
screening-path-family-reunification-summary = اگر وقتی فرزندانتان را بیرون از خانه شما اسکان دادند CalWORKs داشتید، می‌توانید تصمیم بگیرید که خدمات GAIN را، بدون کمک نقدی، ادامه دهید تا به برگشتن آن‌ها به خانه کمک کند.
screening-path-homeless-outreach = کمک به خانواده‌های بی‌خانمان
screening-path-homeless-outreach-summary = اگر CalWORKs و یک پرونده حمایت از خانواده در DCFS دارید، DCFS و DPSS می‌توانند با هم کار کنند تا خانواده شما را به کمک‌های مخصوص خانواده‌های بی‌خانمان وصل کنند.
screening-path-sanction-help = کمک برای تمام کردن جریمه CalWORKs
screening-path-sanction-help-summary = DCFS و DPSS می‌توانند با هم با شما تماس بگیرند تا کمک کنند علت جریمه را درست کنید و جریمه تمام شود.
screening-path-linkages-gsw = یک کارمند GAIN در دفتر DCFS شما
screening-path-linkages-gsw-summary = یک کارمند خدمات GAIN از Linkages در دفتر DCFS شما می‌تواند در جلسات تیم کودک و خانواده (Child and Family Team) شما شرکت کند و درباره پرونده‌تان مشورت بدهد.
screening-path-dpss-apply = خودتان به DPSS درخواست بدهید
screening-path-dpss-apply-summary = می‌توانید برای کمک از DPSS، مثل CalWORKs، CalFresh، Medi-Cal یا General Relief، به صورت آنلاین یا تلفنی درخواست بدهید.

## Next steps

screening-step-answer-again = اگر چیزی تغییر کرد، می‌توانید دوباره به سؤال‌ها جواب دهید.
screening-step-ask-worker = از مددکار اجتماعی خود در DCFS، یا از کارمند بررسی صلاحیت یا کارمند GAIN خود بپرسید که آیا این مناسب شما است.
screening-step-call-211 = برای پیدا کردن کمک در نزدیکی خود با 2-1-1 تماس بگیرید. رایگان است و شب و روز جواب می‌دهند.
screening-step-wtw-plan = بپرسید کدام خدمات می‌تواند بخشی از برنامه Welfare-to-Work شما باشد.
screening-step-benefitscal = به صورت آنلاین در BenefitsCal.com درخواست بدهید.
screening-step-call-dpss = یا با DPSS به شماره ⁦(866) 613-3777⁩ تماس بگیرید.
screening-step-ask-5122 = از مددکار اجتماعی خود در DCFS بخواهید بررسی کند که آیا می‌توانید از DPSS کمک بگیرید. برای این کار از فرمی به نام DCFS 5122 استفاده می‌شود.
screening-step-expedited-intake = اگر ممکن است واجد شرایط باشید، مددکار اجتماعی شما را به DPSS می‌فرستد تا درخواستتان سریع‌تر بررسی شود.
screening-step-tell-worker-fm = به کارمند بررسی صلاحیت یا کارمند GAIN خود بگویید که در DCFS یک پرونده حمایت از خانواده دارید.
screening-step-tell-worker-fp = به کارمند بررسی صلاحیت یا کارمند GAIN خود بگویید که خانواده شما در برنامه حفظ خانواده DCFS است.
screening-step-fr-volunteer = به مددکار اجتماعی خود در DCFS و کارمند GAIN خود بگویید که خدمات اتحاد دوباره خانواده را می‌خواهید. انتخاب با خود شما است.
screening-step-general-relief = این خدمات کمک نقدی ندارد. اگر برای گذران زندگی به پول نیاز دارید، می‌توانید برای General Relief درخواست بدهید.
screening-step-tell-worker-homeless = به مددکار اجتماعی خود در DCFS و کارمند بررسی صلاحیت خود بگویید که بی‌خانمان هستید. از آن‌ها بخواهید با هم کار کنند تا به شما کمک کنند.
screening-step-tell-worker-sanction = درباره جریمه به کارمند GAIN و مددکار اجتماعی خود در DCFS بگویید. از آن‌ها بخواهید با شما کار کنند تا جریمه تمام شود.
screening-step-gsw-cft = از مددکار اجتماعی خود در DCFS بخواهید که کارمند خدمات GAIN از Linkages را به جلسه تیم کودک و خانواده شما دعوت کند.
screening-step-gsw-consult = مددکار اجتماعی شما همچنین می‌تواند درباره پرونده‌تان با کارمند خدمات GAIN از Linkages صحبت کند.
screening-step-dpss-if-dcfs = اگر در DCFS پرونده دارید، از مددکار اجتماعی خود بخواهید که در درخواست دادن به شما کمک کند. ممکن است سریع‌تر باشد.
screening-step-dpss-through-dcfs = چون در DCFS پرونده دارید، مددکار اجتماعی‌تان می‌تواند در کارهای DPSS به شما کمک کند. نتیجه‌های دیگر را ببینید.

## Services

screening-service-mental-health = خدمات سلامت روان
screening-service-domestic-violence = خدمات برای خشونت خانگی
screening-service-substance-use = کمک در مورد مصرف الکل یا مواد مخدر
screening-service-education-training = تحصیل و آموزش
screening-service-employment = کمک برای پیدا کردن کار و نگه داشتن آن
screening-service-transportation = کمک برای رفت‌وآمد
screening-service-child-care = نگهداری از کودکان
screening-service-ancillary-costs = کمک برای پرداخت هزینه کتاب، ابزار، لباس فرم و هزینه‌های دیگر
screening-service-housing-support = کمک برای مسکن
screening-service-moving-assistance = کمک برای هزینه اسباب‌کشی
screening-service-temporary-homeless-assistance = کمک کوتاه‌مدت تا وقتی بی‌خانمان هستید

## Time limits ($months, $max_months: numbers)

screening-time-limit =
    { $months ->
        [one] این خدمات می‌تواند تا { $months } ماه ادامه داشته باشد.
       *[other] این خدمات می‌تواند تا { $months } ماه ادامه داشته باشد.
    }
screening-time-limit-extendable =
    { $months ->
        [one] این خدمات می‌تواند { $months } ماه ادامه داشته باشد. اگر شرایط برنامه را داشته باشید، می‌تواند تا { $max_months } ماه ادامه پیدا کند.
       *[other] این خدمات می‌تواند { $months } ماه ادامه داشته باشد. اگر شرایط برنامه را داشته باشید، می‌تواند تا { $max_months } ماه ادامه پیدا کند.
    }
