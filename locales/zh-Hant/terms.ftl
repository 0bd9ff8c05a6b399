### Terms: the one rendering of every program and role name (Traditional Chinese, 繁體中文).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = 兒童和家庭服務部
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = 從福利到工作
-welfare-to-work-said = 從福利到工作（Welfare-to-Work）
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = 家庭維持
-family-maintenance-said = 家庭維持（Family Maintenance）
-family-preservation = 家庭維繫
-family-preservation-said = 家庭維繫（Family Preservation）
-family-reunification = 家庭團聚
-family-reunification-said = 家庭團聚（Family Reunification）
-sanction = 制裁
-sanction-said = 制裁（sanction）
-social-worker = 社工
-eligibility-worker = 資格審核員
-eligibility-worker-said = 資格審核員（Eligibility Worker）
-gain-worker = GAIN 工作人員
-linkages-gain-worker = Linkages GAIN 服務工作人員
-child-and-family-team = 兒童與家庭團隊
-child-and-family-team-said = 兒童與家庭團隊（Child and Family Team）
-form-5122 = DCFS 5122
