### Terms: the one rendering of every program and role name (Hindi, हिंदी).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = बच्चों और परिवारों की सेवाओं का विभाग (Department of Children and Family Services)
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = फैमिली मेंटेनेंस
-family-maintenance-said = फैमिली मेंटेनेंस (Family Maintenance)
-family-preservation = फैमिली प्रिज़र्वेशन
-family-preservation-said = फैमिली प्रिज़र्वेशन (Family Preservation)
-family-reunification = फैमिली रीयूनिफिकेशन
-family-reunification-said = फैमिली रीयूनिफिकेशन (Family Reunification)
-sanction = सैंक्शन
-sanction-said = सैंक्शन (sanction)
-social-worker = सोशल वर्कर
-eligibility-worker = एलिजिबिलिटी वर्कर
-eligibility-worker-said = एलिजिबिलिटी वर्कर (Eligibility Worker)
-gain-worker = GAIN वर्कर
-linkages-gain-worker = Linkages GAIN सर्विसेज़ वर्कर
-child-and-family-team = चाइल्ड एंड फैमिली टीम
-child-and-family-team-said = चाइल्ड एंड फैमिली टीम (Child and Family Team)
-form-5122 = DCFS 5122
