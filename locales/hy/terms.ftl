### Terms: the one rendering of every program and role name (Armenian, Eastern, հայերեն).
### Messages in main.ftl, screening.ftl and locator.ftl use these terms ({ -dcfs }, { -social-worker }),
### never the words themselves. Each value must equal its entry in locales/glossary.toml (a test
### compares them); change both together. A term ending in -said is the form a parent says to a
### worker: the translated name with the English name in parentheses.

# Reviewed by a certified translator: no.

-dcfs = DCFS
-dcfs-full = Երեխաների և ընտանիքի ծառայությունների վարչություն
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
-family-preservation = Ընտանիքի պահպանում
-family-preservation-said =
    { $form ->
       *[plain] Ընտանիքի պահպանում (Family Preservation)
        [quoted] «Ընտանիքի պահպանում» (Family Preservation)
    }
# Family Reunification: use { -family-reunification(case: "gen") } for other forms.
-family-reunification =
    { $case ->
       *[nom] Ընտանիքի վերամիավորում
        [gen] ընտանիքի վերամիավորման
    }
-family-reunification-said =
    { $form ->
       *[plain] Ընտանիքի վերամիավորում (Family Reunification)
        [quoted] «Ընտանիքի վերամիավորում» (Family Reunification)
    }
# sanction: use { -sanction(case: "def") } for other forms.
-sanction =
    { $case ->
       *[nom] տույժ
        [def] տույժը
        [gen] տույժի
    }
-sanction-said =
    { $case ->
       *[nom] տույժ (sanction)
        [def] տույժը (sanction)
        [gen] տույժի (sanction)
    }
# social worker: use { -social-worker(case: "def") } for other forms.
-social-worker =
    { $case ->
       *[nom] սոցիալական աշխատող
        [def] սոցիալական աշխատողը
        [defn] սոցիալական աշխատողն
        [dat] սոցիալական աշխատողին
        [abl] սոցիալական աշխատողից
        [gen] սոցիալական աշխատողի
    }
# Eligibility worker: use { -eligibility-worker(case: "def") } for other forms.
-eligibility-worker =
    { $case ->
       *[nom] նպաստների աշխատակից
        [def] նպաստների աշխատակիցը
        [dat] նպաստների աշխատակցին
        [gen] նպաստների աշխատակցի
    }
-eligibility-worker-said =
    { $case ->
       *[nom] նպաստների աշխատակից (Eligibility Worker)
        [def] նպաստների աշխատակիցը (Eligibility Worker)
        [dat] նպաստների աշխատակցին (Eligibility Worker)
        [gen] նպաստների աշխատակցի (Eligibility Worker)
    }
# GAIN worker: use { -gain-worker(case: "def") } for other forms.
-gain-worker =
    { $case ->
       *[nom] GAIN-ի աշխատակից
        [def] GAIN-ի աշխատակիցը
        [dat] GAIN-ի աշխատակցին
        [gen] GAIN-ի աշխատակցի
    }
# Linkages GAIN Services Worker: use { -linkages-gain-worker(case: "def") } for other forms.
-linkages-gain-worker =
    { $case ->
       *[nom] Linkages-ի GAIN ծառայությունների աշխատակից
        [def] Linkages-ի GAIN ծառայությունների աշխատակիցը
        [dat] Linkages-ի GAIN ծառայությունների աշխատակցին
        [gen] Linkages-ի GAIN ծառայությունների աշխատակցի
    }
# Child and Family Team: use { -child-and-family-team(case: "gen") } for other forms.
-child-and-family-team =
    { $case ->
       *[nom] Երեխայի և ընտանիքի թիմ
        [gen] Երեխայի և ընտանիքի թիմի
    }
-child-and-family-team-said =
    { $case ->
       *[nom] Երեխայի և ընտանիքի թիմ (Child and Family Team)
        [gen] Երեխայի և ընտանիքի թիմի (Child and Family Team)
    }
-form-5122 = DCFS 5122
