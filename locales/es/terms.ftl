### Terms: the one rendering of every program and role name (Spanish, español).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = Departamento de Servicios para Niños y Familias
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief (Asistencia General)
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = Mantenimiento Familiar
-family-maintenance-said = Mantenimiento Familiar (Family Maintenance)
-family-preservation = Preservación Familiar
-family-preservation-said = Preservación Familiar (Family Preservation)
-family-reunification = Reunificación Familiar
-family-reunification-said = Reunificación Familiar (Family Reunification)
-sanction = sanción
-sanction-said = sanción (sanction)
-social-worker = trabajador(a) social
-eligibility-worker = trabajador(a) de elegibilidad
-eligibility-worker-said = trabajador(a) de elegibilidad (Eligibility Worker)
-gain-worker = trabajador(a) de GAIN
-linkages-gain-worker = trabajador(a) de Servicios de GAIN de Linkages
-child-and-family-team = Equipo de Niños y Familia
-child-and-family-team-said = Equipo de Niños y Familia (Child and Family Team)
-form-5122 = DCFS 5122
