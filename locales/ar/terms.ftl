### Terms: the one rendering of every program and role name (Arabic, العربية).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = إدارة خدمات الأطفال والأسرة
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = رعاية الأسرة في المنزل
-family-maintenance-said = رعاية الأسرة في المنزل (Family Maintenance)
-family-preservation = الحفاظ على الأسرة
-family-preservation-said = الحفاظ على الأسرة (Family Preservation)
-family-reunification = لمّ شمل الأسرة
-family-reunification-said = لمّ شمل الأسرة (Family Reunification)
# sanction: use { -sanction(form: "def") } for other forms.
-sanction =
    { $form ->
       *[indef] عقوبة
        [def] العقوبة
    }
-sanction-said =
    { $form ->
       *[indef] عقوبة (sanction)
        [def] العقوبة (sanction)
    }
# social worker: use { -social-worker(form: "indef") } for other forms.
-social-worker =
    { $form ->
       *[def] الأخصائي الاجتماعي
        [indef] أخصائي اجتماعي
    }
-eligibility-worker = موظف الأهلية
-eligibility-worker-said = موظف الأهلية (Eligibility Worker)
-gain-worker = موظف GAIN
-linkages-gain-worker = موظف خدمات GAIN من Linkages
-child-and-family-team = فريق الطفل والأسرة
-child-and-family-team-said = فريق الطفل والأسرة (Child and Family Team)
-form-5122 = DCFS 5122
