### Terms: the one rendering of every program and role name (Simplified Chinese, 简体中文).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = 儿童和家庭服务部
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = 从福利到工作
-welfare-to-work-said = 从福利到工作（Welfare-to-Work）
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = 家庭维持
-family-maintenance-said = 家庭维持（Family Maintenance）
-family-preservation = 家庭维系
-family-preservation-said = 家庭维系（Family Preservation）
-family-reunification = 家庭团聚
-family-reunification-said = 家庭团聚（Family Reunification）
-sanction = 制裁
-sanction-said = 制裁（sanction）
-social-worker = 社工
-eligibility-worker = 资格审核员
-eligibility-worker-said = 资格审核员（Eligibility Worker）
-gain-worker = GAIN 工作人员
-linkages-gain-worker = Linkages GAIN 服务工作人员
-child-and-family-team = 儿童与家庭团队
-child-and-family-team-said = 儿童与家庭团队（Child and Family Team）
-form-5122 = DCFS 5122
