### Terms: the one rendering of every program and role name (Farsi, فارسی).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = اداره خدمات کودکان و خانواده
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = ماندن فرزندان در خانه
-family-maintenance-said = ماندن فرزندان در خانه (Family Maintenance)
-family-preservation = حفظ خانواده
-family-preservation-said = حفظ خانواده (Family Preservation)
-family-reunification = اتحاد دوباره خانواده
-family-reunification-said = اتحاد دوباره خانواده (Family Reunification)
-sanction = sanction
-sanction-said = sanction
-social-worker = مددکار اجتماعی
-eligibility-worker = کارمند بررسی صلاحیت
-eligibility-worker-said = کارمند بررسی صلاحیت (Eligibility Worker)
-gain-worker = کارمند GAIN
-linkages-gain-worker = کارمند خدمات GAIN از Linkages
-child-and-family-team = تیم کودک و خانواده
-child-and-family-team-said = تیم کودک و خانواده (Child and Family Team)
-form-5122 = DCFS 5122
