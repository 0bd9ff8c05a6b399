### Terms: the one rendering of every program and role name (Thai, ภาษาไทย).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = กรมบริการเด็กและครอบครัว
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = โครงการดูแลครอบครัว
-family-maintenance-said = โครงการดูแลครอบครัว (Family Maintenance)
-family-preservation = โครงการรักษาครอบครัว
-family-preservation-said = โครงการรักษาครอบครัว (Family Preservation)
-family-reunification = โครงการรวมครอบครัว
-family-reunification-said = โครงการรวมครอบครัว (Family Reunification)
-sanction = sanction
-sanction-said = sanction
-social-worker = นักสังคมสงเคราะห์
-eligibility-worker = เจ้าหน้าที่ตรวจสอบสิทธิ์
-eligibility-worker-said = เจ้าหน้าที่ตรวจสอบสิทธิ์ (Eligibility Worker)
-gain-worker = เจ้าหน้าที่ GAIN
-linkages-gain-worker = เจ้าหน้าที่บริการ GAIN ของ Linkages
-child-and-family-team = ทีมเด็กและครอบครัว
-child-and-family-team-said = ทีมเด็กและครอบครัว (Child and Family Team)
-form-5122 = DCFS 5122
