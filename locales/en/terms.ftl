### Terms: the one rendering of every program and role name (English).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.
### English: the plain County names; the -said terms equal the plain ones.

-dcfs = DCFS
-dcfs-full = Department of Children and Family Services
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = Family Maintenance
-family-maintenance-said = Family Maintenance
-family-preservation = Family Preservation
-family-preservation-said = Family Preservation
-family-reunification = Family Reunification
-family-reunification-said = Family Reunification
-sanction = sanction
-sanction-said = sanction
-social-worker = social worker
-eligibility-worker = Eligibility worker
-eligibility-worker-said = Eligibility worker
-gain-worker = GAIN worker
-linkages-gain-worker = Linkages GAIN Services Worker
-child-and-family-team = Child and Family Team
-child-and-family-team-said = Child and Family Team
-form-5122 = DCFS 5122
