### Terms: the one rendering of every program and role name (Korean, 한국어).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = 아동가족서비스국
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = 근로 연계
-welfare-to-work-said = 근로 연계(Welfare-to-Work)
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = 가족 유지
-family-maintenance-said = 가족 유지(Family Maintenance)
-family-preservation = 가족 보존
-family-preservation-said = 가족 보존(Family Preservation)
-family-reunification = 가족 재결합
-family-reunification-said = 가족 재결합(Family Reunification)
-sanction = 제재
-sanction-said = 제재(sanction)
-social-worker = 사회복지사
-eligibility-worker = 자격 심사 담당자
-eligibility-worker-said = 자격 심사 담당자(Eligibility Worker)
-gain-worker = GAIN 담당자
-linkages-gain-worker = Linkages GAIN 서비스 담당자
-child-and-family-team = 아동 가족 팀
-child-and-family-team-said = 아동 가족 팀(Child and Family Team)
-form-5122 = DCFS 5122
