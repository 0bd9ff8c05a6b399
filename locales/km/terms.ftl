### Terms: the one rendering of every program and role name (Khmer, ភាសាខ្មែរ).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = នាយកដ្ឋានសេវាកុមារ និងគ្រួសារ
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = កម្មវិធីថែរក្សាគ្រួសារ
-family-maintenance-said = កម្មវិធីថែរក្សាគ្រួសារ (Family Maintenance)
-family-preservation = កម្មវិធីរក្សាគ្រួសារឱ្យនៅជាមួយគ្នា
-family-preservation-said = កម្មវិធីរក្សាគ្រួសារឱ្យនៅជាមួយគ្នា (Family Preservation)
-family-reunification = កម្មវិធីជួបជុំគ្រួសារឡើងវិញ
-family-reunification-said = កម្មវិធីជួបជុំគ្រួសារឡើងវិញ (Family Reunification)
-sanction = ការពិន័យ
-sanction-said = ការពិន័យ (sanction)
-social-worker = បុគ្គលិកសង្គមកិច្ច
-eligibility-worker = បុគ្គលិកពិនិត្យសិទ្ធិ
-eligibility-worker-said = បុគ្គលិកពិនិត្យសិទ្ធិ (Eligibility Worker)
-gain-worker = បុគ្គលិក GAIN
-linkages-gain-worker = បុគ្គលិកសេវា GAIN របស់ Linkages
-child-and-family-team = ក្រុមកុមារ និងគ្រួសារ
-child-and-family-team-said = ក្រុមកុមារ និងគ្រួសារ (Child and Family Team)
-form-5122 = DCFS 5122
