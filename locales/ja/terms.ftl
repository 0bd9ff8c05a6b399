### Terms: the one rendering of every program and role name (Japanese, 日本語).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = 子ども家庭サービス局
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = 就労支援
-welfare-to-work-said = 就労支援（Welfare-to-Work）
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = 家族維持
-family-maintenance-said = 家族維持（Family Maintenance）
-family-preservation = 家族保全
-family-preservation-said = 家族保全（Family Preservation）
-family-reunification = 家族再統合
-family-reunification-said = 家族再統合（Family Reunification）
-sanction = ペナルティ
-sanction-said = ペナルティ（sanction）
-social-worker = ソーシャルワーカー
-eligibility-worker = 受給資格の担当者
-eligibility-worker-said = 受給資格の担当者（Eligibility Worker）
-gain-worker = GAINの担当者
-linkages-gain-worker = LinkagesのGAINサービス担当者
-child-and-family-team = 子どもと家族のチーム
-child-and-family-team-said = 子どもと家族のチーム（Child and Family Team）
-form-5122 = DCFS 5122
