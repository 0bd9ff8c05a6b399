### Terms: the one rendering of every program and role name (Vietnamese, tiếng Việt).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = Sở Dịch Vụ Trẻ Em và Gia Đình
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = Duy Trì Gia Đình
-family-maintenance-said = Duy Trì Gia Đình (Family Maintenance)
-family-preservation = Gìn Giữ Gia Đình
-family-preservation-said = Gìn Giữ Gia Đình (Family Preservation)
-family-reunification = Đoàn Tụ Gia Đình
-family-reunification-said = Đoàn Tụ Gia Đình (Family Reunification)
-sanction = chế tài
-sanction-said = chế tài (sanction)
-social-worker = nhân viên xã hội
-eligibility-worker = nhân viên xét duyệt trợ cấp
-eligibility-worker-said = nhân viên xét duyệt trợ cấp (Eligibility Worker)
-gain-worker = nhân viên GAIN
-linkages-gain-worker = Nhân Viên Dịch Vụ GAIN của Linkages
-child-and-family-team = Nhóm Trẻ Em và Gia Đình
-child-and-family-team-said = Nhóm Trẻ Em và Gia Đình (Child and Family Team)
-form-5122 = DCFS 5122
