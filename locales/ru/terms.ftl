### Terms: the one rendering of every program and role name (Russian, русский).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = Департамент услуг для детей и семей
-dpss = DPSS
-calworks = CalWORKs
-gain = GAIN
-welfare-to-work = Welfare-to-Work
-welfare-to-work-said = Welfare-to-Work
-general-relief = General Relief
-general-relief-said = General Relief
-calfresh = CalFresh
-medi-cal = Medi-Cal
-family-maintenance = Сопровождение семьи
-family-maintenance-said =
    { $form ->
       *[plain] Сопровождение семьи (Family Maintenance)
        [quoted] «Сопровождение семьи» (Family Maintenance)
    }
-family-preservation = Сохранение семьи
-family-preservation-said =
    { $form ->
       *[plain] Сохранение семьи (Family Preservation)
        [quoted] «Сохранение семьи» (Family Preservation)
    }
# Family Reunification: use { -family-reunification(case: "gen") } for other forms.
-family-reunification =
    { $case ->
       *[nom] Воссоединение семьи
        [gen] воссоединения семьи
    }
-family-reunification-said =
    { $form ->
       *[plain] Воссоединение семьи (Family Reunification)
        [quoted] «Воссоединение семьи» (Family Reunification)
    }
# sanction: use { -sanction(case: "gen") } for other forms.
-sanction =
    { $case ->
       *[nom] санкция
        [gen] санкции
        [dat] санкции
        [acc] санкцию
        [ins] санкцией
        [prep] санкции
    }
-sanction-said =
    { $case ->
       *[nom] санкция (sanction)
        [gen] санкции (sanction)
        [dat] санкции (sanction)
        [acc] санкцию (sanction)
        [ins] санкцией (sanction)
        [prep] санкции (sanction)
    }
# social worker: use { -social-worker(case: "gen") } for other forms.
-social-worker =
    { $case ->
       *[nom] социальный работник
        [gen] социального работника
        [dat] социальному работнику
        [acc] социального работника
        [ins] социальным работником
        [prep] социальном работнике
    }
# Eligibility worker: use { -eligibility-worker(case: "gen") } for other forms.
-eligibility-worker =
    { $case ->
       *[nom] работник по пособиям
        [gen] работника по пособиям
        [dat] работнику по пособиям
        [acc] работника по пособиям
        [ins] работником по пособиям
    }
-eligibility-worker-said =
    { $case ->
       *[nom] работник по пособиям (Eligibility Worker)
        [gen] работника по пособиям (Eligibility Worker)
        [dat] работнику по пособиям (Eligibility Worker)
        [acc] работника по пособиям (Eligibility Worker)
        [ins] работником по пособиям (Eligibility Worker)
    }
# GAIN worker: use { -gain-worker(case: "gen") } for other forms.
-gain-worker =
    { $case ->
       *[nom] работник GAIN
        [gen] работника GAIN
        [dat] работнику GAIN
        [acc] работника GAIN
        [ins] работником GAIN
    }
# Linkages GAIN Services Worker: use { -linkages-gain-worker(case: "gen") } for other forms.
-linkages-gain-worker =
    { $case ->
       *[nom] работник службы GAIN от Linkages
        [gen] работника службы GAIN от Linkages
        [dat] работнику службы GAIN от Linkages
        [acc] работника службы GAIN от Linkages
        [ins] работником службы GAIN от Linkages
    }
# Child and Family Team: use { -child-and-family-team(case: "gen") } for other forms.
-child-and-family-team =
    { $case ->
       *[nom] команда ребёнка и семьи
        [gen] команды ребёнка и семьи
    }
-child-and-family-team-said =
    { $case ->
       *[nom] команда ребёнка и семьи (Child and Family Team)
        [gen] команды ребёнка и семьи (Child and Family Team)
    }
-form-5122 = DCFS 5122
