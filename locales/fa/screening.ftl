### Self-screening: questions, answers and results (Farsi, فارسی).
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Farsi: formal but simple («شما» with plural verbs). "Your case with DCFS" is
### «پرونده شما در DCFS». Program and role names are Fluent terms from terms.ftl
### ({ -family-maintenance }, { -social-worker }): never type them; see locales/glossary.toml.
### Persian ی and ک, ZWNJ in می‌ and ‌ها.
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

screening-q-dcfs-case = آیا در { -dcfs } پرونده باز دارید؟
screening-q-dcfs-case-hint = { -dcfs } { -dcfs-full } است. اگر یک { -social-worker } کودکان به دیدن شما می‌آید یا به شما زنگ می‌زند، ممکن است پرونده داشته باشید.
screening-q-dcfs-service = { -dcfs } چه نوع کمکی به خانواده شما می‌کند؟
screening-q-dcfs-service-hint = { -social-worker } شما در { -dcfs } می‌تواند نام برنامه‌تان را به شما بگوید.
screening-q-children-location = فرزندان شما الان کجا زندگی می‌کنند؟
screening-q-children-location-hint = به همه فرزندان خود فکر کنید.
screening-q-calworks-now = آیا الان { -calworks } می‌گیرید؟
screening-q-calworks-now-hint = { -calworks } پول برای خانواده‌های دارای فرزند است. آن را { -dpss } می‌دهد.
screening-q-calworks-at-removal = وقتی { -dcfs } فرزندان شما را بیرون از خانه‌تان اسکان داد، { -calworks } می‌گرفتید؟
screening-q-calworks-at-removal-hint = ممکن است { -calworks } شما بعد از آن قطع شده باشد. درباره همان زمانی جواب دهید که فرزندانتان را جای دیگری اسکان دادند.
screening-q-fr-plan = آیا با { -dcfs } برنامه { -family-reunification-said } دارید؟
screening-q-fr-plan-hint = این همان برنامه‌ای است که شما و { -social-worker } { -dcfs } با هم نوشتید تا فرزندانتان به خانه برگردند.
screening-q-relative-caregiver = آیا { -dcfs } هیچ‌کدام از فرزندان شما را به یکی از خویشاوندان سپرده است؟
screening-q-relative-caregiver-hint = برای مثال، به پدربزرگ یا مادربزرگ، خاله یا عمه، دایی یا عمو، یا یکی دیگر از اعضای خانواده.
screening-q-homeless = آیا الان بی‌خانمان هستید؟
screening-q-homeless-hint = برای مثال، در سرپناه، ماشین، متل یا در خیابان می‌خوابید، یا مدام از جایی به جای دیگر می‌روید.
screening-q-sanction = آیا { -dpss } به خاطر { -sanction-said } (کم کردن کمک به دلیل قوانین { -gain }) مبلغ { -calworks } شما را کم کرده است؟
screening-q-sanction-hint = { -sanction-said } یعنی { -dpss } به خاطر یکی از قانون‌های { -gain } ({ -welfare-to-work-said }) مبلغ { -calworks } شما را کم می‌کند. این موضوع در نامه‌ای از { -dpss } نوشته می‌شود.

## Answer options

screening-answer-yes = بله
screening-answer-no = نه
screening-answer-unsure = نمی‌دانم
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = فرزندانتان با شما زندگی می‌کنند و یک { -social-worker } { -dcfs } به خانواده شما کمک می‌کند. این می‌تواند به دستور دادگاه باشد یا انتخاب خود شما.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = فرزندانتان با شما زندگی می‌کنند و یک سازمان { -family-preservation } با خانواده شما کار می‌کند.
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = فرزندانتان فعلاً جای دیگری زندگی می‌کنند و شما تلاش می‌کنید که به خانه برگردند.
screening-answer-investigation = { -dcfs } در حال بررسی یک گزارش است
screening-answer-investigation-hint = یک { -social-worker } وضع خانواده شما را بررسی می‌کند و هنوز هیچ برنامه‌ای شروع نشده است.
screening-answer-all-home = همه فرزندانم با من زندگی می‌کنند
screening-answer-some-removed = بعضی با من زندگی می‌کنند و { -dcfs } بعضی را جای دیگری اسکان داده است
screening-answer-all-removed = { -dcfs } همه فرزندانم را بیرون از خانه‌ام اسکان داده است

## Reasons: what the family told us

screening-reason-dcfs-case-yes = گفتید که در { -dcfs } پرونده باز دارید.
screening-reason-dcfs-case-no = گفتید که در { -dcfs } پرونده باز ندارید.
screening-reason-dcfs-case-unsure = هنوز نمی‌دانیم که آیا در { -dcfs } پرونده باز دارید یا نه.
screening-reason-dcfs-service-family-maintenance = گفتید که پرونده شما در { -dcfs } در برنامه { -family-maintenance } است.
screening-reason-dcfs-service-family-preservation = گفتید که خانواده شما در برنامه { -family-preservation } { -dcfs } است.
screening-reason-dcfs-service-family-reunification = گفتید که پرونده شما در { -dcfs } در برنامه { -family-reunification } است.
screening-reason-dcfs-service-investigation = گفتید که { -dcfs } در حال بررسی یک گزارش است و هنوز هیچ برنامه‌ای شروع نشده است.
screening-reason-dcfs-service-unsure = هنوز نمی‌دانیم پرونده شما در کدام برنامه { -dcfs } است.
screening-reason-children-location-all-home = گفتید که همه فرزندانتان با شما زندگی می‌کنند.
screening-reason-children-location-some-removed = گفتید که بعضی از فرزندانتان با شما زندگی می‌کنند و { -dcfs } بعضی را جای دیگری اسکان داده است.
screening-reason-children-location-all-removed = گفتید که { -dcfs } همه فرزندانتان را بیرون از خانه شما اسکان داده است.
screening-reason-children-location-unsure = هنوز نمی‌دانیم فرزندانتان کجا زندگی می‌کنند.
screening-reason-calworks-now-yes = گفتید که الان { -calworks } می‌گیرید.
screening-reason-calworks-now-no = گفتید که الان { -calworks } نمی‌گیرید.
screening-reason-calworks-now-unsure = هنوز نمی‌دانیم که آیا الان { -calworks } می‌گیرید یا نه.
screening-reason-calworks-at-removal-yes = گفتید که وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، { -calworks } می‌گرفتید.
screening-reason-calworks-at-removal-no = گفتید که وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، { -calworks } نمی‌گرفتید.
screening-reason-calworks-at-removal-unsure = هنوز نمی‌دانیم که آیا وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، { -calworks } می‌گرفتید یا نه.
screening-reason-fr-plan-yes = گفتید که با { -dcfs } برنامه { -family-reunification } دارید.
screening-reason-fr-plan-no = گفتید که با { -dcfs } برنامه { -family-reunification } ندارید.
screening-reason-fr-plan-unsure = هنوز نمی‌دانیم که آیا با { -dcfs } برنامه { -family-reunification } دارید یا نه.
screening-reason-relative-caregiver-yes = گفتید که { -dcfs } دست‌کم یکی از فرزندانتان را به یکی از خویشاوندان سپرده است.
screening-reason-relative-caregiver-no = گفتید که { -dcfs } هیچ‌کدام از فرزندانتان را به خویشاوندان نسپرده است.
screening-reason-relative-caregiver-unsure = هنوز نمی‌دانیم که آیا یکی از فرزندانتان نزد خویشاوندان زندگی می‌کند یا نه.
screening-reason-homeless-yes = گفتید که الان بی‌خانمان هستید.
screening-reason-homeless-no = گفتید که الان بی‌خانمان نیستید.
screening-reason-homeless-unsure = هنوز نمی‌دانیم که آیا الان بی‌خانمان هستید یا نه.
screening-reason-sanction-yes = گفتید که { -dpss } به خاطر { -sanction } در برنامه { -gain } مبلغ { -calworks } شما را کم کرده است.
screening-reason-sanction-no = گفتید که { -dpss } به خاطر { -sanction } در برنامه { -gain } مبلغ { -calworks } شما را کم نکرده است.
screening-reason-sanction-unsure = هنوز نمی‌دانیم که آیا { -dpss } به خاطر { -sanction } در برنامه { -gain } مبلغ { -calworks } شما را کم کرده است یا نه.

## What would change an "Ask your worker" result

screening-change-dcfs-case = بفهمید که آیا در { -dcfs } پرونده باز دارید. { -social-worker } فرزندانتان یا نامه‌ای از { -dcfs } می‌تواند این را به شما بگوید.
screening-change-dcfs-service = از { -social-worker } خود در { -dcfs } بپرسید که پرونده شما در کدام برنامه است.
screening-change-children-location = از { -social-worker } خود در { -dcfs } بپرسید که هر کدام از فرزندانتان کجا اسکان داده شده است.
screening-change-calworks-now = بفهمید که آیا الان { -calworks } می‌گیرید. { -eligibility-worker-said }، نامه‌های { -dpss } یا BenefitsCal می‌توانند این را به شما بگویند.
screening-change-calworks-at-removal = از { -eligibility-worker } خود بپرسید که آیا وقتی فرزندانتان را بیرون از خانه شما اسکان دادند، { -calworks } داشتید.
screening-change-fr-plan = از { -social-worker } خود در { -dcfs } بپرسید که آیا برنامه { -family-reunification } دارید.
screening-change-relative-caregiver = از { -social-worker } خود در { -dcfs } بپرسید که آیا هیچ‌کدام از فرزندانتان به خویشاوندان سپرده شده‌اند.
screening-change-homeless = به کارمند مسئول پرونده‌تان بگویید که شب‌ها کجا می‌خوابید. او می‌تواند بگوید که آیا این بی‌خانمانی حساب می‌شود.
screening-change-sanction = از { -gain-worker } خود بپرسید که آیا مبلغ { -calworks } شما به خاطر { -sanction } کم شده است. این موضوع در نامه‌ای از { -dpss } هم نوشته می‌شود.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = از { -dcfs } بخواهید شما را به { -dpss } وصل کند
screening-path-prevention-5122-summary = { -social-worker } شما در { -dcfs } می‌تواند بررسی کند که آیا ممکن است از { -dpss } کمک بگیرید، مثل { -calworks }، { -general-relief }، { -calfresh } یا { -medi-cal }، و به شما کمک کند سریع‌تر درخواست بدهید.
screening-path-family-maintenance = خدمات { -gain } در برنامه { -family-maintenance-said }
screening-path-family-maintenance-summary = تا وقتی فرزندانتان با شما زندگی می‌کنند و پرونده شما در { -dcfs } در برنامه { -family-maintenance } است، خدمات { -gain } می‌تواند بخشی از برنامه { -welfare-to-work-said } شما باشد.
screening-path-family-preservation = خدمات { -gain } در برنامه { -family-preservation-said }
screening-path-family-preservation-summary = تا وقتی فرزندانتان با شما زندگی می‌کنند و خانواده شما در برنامه { -family-preservation } است، { -dcfs } و { -dpss } با هم برای خدمات شما برنامه‌ریزی می‌کنند و خدمات { -gain } می‌تواند بخشی از برنامه { -welfare-to-work-said } شما باشد.
screening-path-family-reunification = خدمات { -gain } در برنامه { -family-reunification-said }
screening-path-family-reunification-summary = اگر وقتی فرزندانتان را بیرون از خانه شما اسکان دادند { -calworks } داشتید، می‌توانید تصمیم بگیرید که خدمات { -gain } را، بدون کمک نقدی، ادامه دهید تا به برگشتن آن‌ها به خانه کمک کند.
screening-path-homeless-outreach = کمک به خانواده‌های بی‌خانمان
screening-path-homeless-outreach-summary = اگر { -calworks } دارید و در { -dcfs } پرونده‌ای در برنامه { -family-maintenance } دارید، { -dcfs } و { -dpss } می‌توانند با هم کار کنند تا خانواده شما را به کمک‌های مخصوص خانواده‌های بی‌خانمان وصل کنند.
screening-path-sanction-help = کمک برای تمام کردن { -sanction-said } در { -calworks }
screening-path-sanction-help-summary = { -dcfs } و { -dpss } می‌توانند با هم با شما تماس بگیرند تا کمک کنند علت { -sanction } را درست کنید و { -sanction } تمام شود.
screening-path-linkages-gsw = یک { -gain-worker } در دفتر { -dcfs } شما
screening-path-linkages-gsw-summary = یک { -linkages-gain-worker } در دفتر { -dcfs } شما می‌تواند در جلسات { -child-and-family-team-said } شما شرکت کند و درباره پرونده‌تان مشورت بدهد.
screening-path-dpss-apply = خودتان به { -dpss } درخواست بدهید
screening-path-dpss-apply-summary = می‌توانید برای کمک از { -dpss }، مثل { -calworks }، { -calfresh }، { -medi-cal } یا { -general-relief }، به صورت آنلاین یا تلفنی درخواست بدهید.

## Next steps

screening-step-answer-again = اگر چیزی تغییر کرد، می‌توانید دوباره به سؤال‌ها جواب دهید.
screening-step-ask-worker = از { -social-worker } خود در { -dcfs }، یا از { -eligibility-worker-said } یا { -gain-worker } خود بپرسید که آیا این مناسب شما است.
screening-step-call-211 = برای پیدا کردن کمک در نزدیکی خود با 2-1-1 تماس بگیرید. رایگان است و شب و روز جواب می‌دهند.
screening-step-wtw-plan = بپرسید کدام خدمات می‌تواند بخشی از برنامه { -welfare-to-work-said } شما باشد.
screening-step-benefitscal = به صورت آنلاین در BenefitsCal.com درخواست بدهید.
screening-step-call-dpss = یا با { -dpss } به شماره ⁦(866) 613-3777⁩ تماس بگیرید.
screening-step-ask-5122 = از { -social-worker } خود در { -dcfs } بخواهید بررسی کند که آیا می‌توانید از { -dpss } کمک بگیرید. برای این کار از فرمی به نام { -form-5122 } استفاده می‌شود.
screening-step-expedited-intake = اگر ممکن است واجد شرایط باشید، { -social-worker } شما را به { -dpss } می‌فرستد تا درخواستتان سریع‌تر بررسی شود.
screening-step-tell-worker-fm = به { -eligibility-worker } یا { -gain-worker } خود بگویید که در { -dcfs } یک پرونده در برنامه { -family-maintenance-said } دارید.
screening-step-tell-worker-fp = به { -eligibility-worker } یا { -gain-worker } خود بگویید که خانواده شما در { -dcfs } در برنامه { -family-preservation-said } است.
screening-step-fr-volunteer = به { -social-worker } خود در { -dcfs } و { -gain-worker } خود بگویید که خدمات { -family-reunification-said } را می‌خواهید. انتخاب با خود شما است.
screening-step-general-relief = این خدمات کمک نقدی ندارد. اگر برای گذران زندگی به پول نیاز دارید، می‌توانید برای { -general-relief-said } درخواست بدهید.
screening-step-tell-worker-homeless = به { -social-worker } خود در { -dcfs } و { -eligibility-worker } خود بگویید که بی‌خانمان هستید. از آن‌ها بخواهید با هم کار کنند تا به شما کمک کنند.
screening-step-tell-worker-sanction = درباره { -sanction-said } به { -gain-worker } و { -social-worker } خود در { -dcfs } بگویید. از آن‌ها بخواهید با شما کار کنند تا { -sanction } تمام شود.
screening-step-gsw-cft = از { -social-worker } خود در { -dcfs } بخواهید که { -linkages-gain-worker } را به جلسه { -child-and-family-team-said } شما دعوت کند.
screening-step-gsw-consult = { -social-worker } شما همچنین می‌تواند درباره پرونده‌تان با { -linkages-gain-worker } صحبت کند.
screening-step-dpss-if-dcfs = اگر در { -dcfs } پرونده دارید، از { -social-worker } خود بخواهید که در درخواست دادن به شما کمک کند. ممکن است سریع‌تر باشد.
screening-step-dpss-through-dcfs = چون در { -dcfs } پرونده دارید، { -social-worker } شما می‌تواند در کارهای { -dpss } به شما کمک کند. نتیجه‌های دیگر را ببینید.

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
