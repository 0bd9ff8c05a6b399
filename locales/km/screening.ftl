### ការពិនិត្យដោយខ្លួនឯង៖ សំណួរ ចម្លើយ និងលទ្ធផល (ភាសាខ្មែរ)។
# Reviewed by a certified translator: no.
### id ទាំងនេះត្រូវបានប្រើដោយ app/src/screening (មើល messages.rs)។ រក្សា id ដដែលនៅគ្រប់ភាសា។
### សរសេរសម្រាប់កម្រិតអានប្រហែលកុមារអាយុ 9 ឆ្នាំ។ កុំបន្ទោសឪពុកម្តាយ៖ និយាយថា "ករណីរបស់អ្នកជាមួយ DCFS"។
### រក្សាឈ្មោះផ្លូវការដដែល៖ DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal។
### Program and role names are Fluent terms from terms.ftl ({ -dcfs }, { -social-worker }): never
### type them; see locales/glossary.toml and locales/README.md.

## ទំព័រលទ្ធផល

screening-heading-because = ហេតុអ្វីបានជាយើងនិយាយដូច្នេះ
screening-heading-next-steps = អ្វីដែលត្រូវធ្វើបន្ទាប់
screening-heading-services = សេវាដែលអ្នកអាចទទួលបាន
screening-heading-what-would-change = អ្វីដែលអាចផ្លាស់ប្តូរលទ្ធផលនេះ
screening-guidance-not-decision = នេះគ្រាន់តែជាការណែនាំប៉ុណ្ណោះ។ បុគ្គលិកទទួលបន្ទុករបស់អ្នក ជាអ្នកសម្រេចថាអ្នកអាចទទួលបានអ្វីខ្លះ។

## កម្រិតដែលជំនួយមួយសមនឹងអ្នក

screening-fit-may-fit = អាចសមនឹងអ្នក
screening-fit-ask = សូមសួរបុគ្គលិកទទួលបន្ទុករបស់អ្នក
screening-fit-no = ហាក់ដូចជាមិនសមនឹងអ្នក

## សំណួរ៖ ចំណងជើងខ្លី និងការពន្យល់មួយបន្ទាត់

screening-q-dcfs-case = តើអ្នកមានករណីកំពុងបើកជាមួយ { -dcfs } ទេ?
screening-q-dcfs-case-hint = { -dcfs } គឺជា{ -dcfs-full }។ ប្រសិនបើ{ -social-worker }កុមារមកលេងផ្ទះ ឬទូរស័ព្ទមកអ្នក អ្នកប្រហែលជាមានករណី។
screening-q-dcfs-service = តើ { -dcfs } កំពុងជួយគ្រួសាររបស់អ្នកតាមរបៀបណា?
screening-q-dcfs-service-hint = { -social-worker } { -dcfs } របស់អ្នកអាចប្រាប់អ្នកពីឈ្មោះកម្មវិធីរបស់អ្នក។
screening-q-children-location = តើកូនៗរបស់អ្នករស់នៅឯណាឥឡូវនេះ?
screening-q-children-location-hint = សូមគិតអំពីកូនៗរបស់អ្នកទាំងអស់។
screening-q-calworks-now = តើអ្នកកំពុងទទួល { -calworks } ឥឡូវនេះទេ?
screening-q-calworks-now-hint = { -calworks } គឺជាប្រាក់ជំនួយសម្រាប់គ្រួសារដែលមានកូន។ ប្រាក់នេះមកពី { -dpss }។
screening-q-calworks-at-removal = នៅពេលដែល { -dcfs } បានដាក់កូនៗរបស់អ្នកឱ្យរស់នៅក្រៅផ្ទះរបស់អ្នក តើអ្នកកំពុងទទួល { -calworks } ទេ?
screening-q-calworks-at-removal-hint = { -calworks } របស់អ្នកប្រហែលជាបានឈប់បន្ទាប់ពីនោះ។ សូមឆ្លើយអំពីពេលដែលកូនៗត្រូវបានដាក់ឱ្យរស់នៅកន្លែងផ្សេង។
screening-q-fr-plan = តើអ្នកមានផែនការសម្រាប់{ -family-reunification-said } ជាមួយ { -dcfs } ទេ?
screening-q-fr-plan-hint = នេះគឺជាផែនការដែលអ្នក និង{ -social-worker } { -dcfs } របស់អ្នកបានធ្វើរួមគ្នា ដើម្បីនាំកូនៗរបស់អ្នកត្រឡប់មកផ្ទះវិញ។
screening-q-relative-caregiver = តើ { -dcfs } បានដាក់កូនណាម្នាក់របស់អ្នកឱ្យរស់នៅជាមួយសាច់ញាតិទេ?
screening-q-relative-caregiver-hint = ឧទាហរណ៍ ជាមួយជីដូនជីតា មីង ពូ ឬសមាជិកគ្រួសារផ្សេងទៀត។
screening-q-homeless = តើឥឡូវនេះអ្នកគ្មានផ្ទះសម្បែងឬទេ?
screening-q-homeless-hint = ឧទាហរណ៍ អ្នកដេកនៅទីជម្រក ក្នុងឡាន នៅម៉ូតែល ឬនៅខាងក្រៅ ឬអ្នកផ្លាស់ទីពីកន្លែងមួយទៅកន្លែងមួយទៀត។
screening-q-sanction = តើ { -dpss } បានកាត់បន្ថយ { -calworks } របស់អ្នក ដោយសារ{ -sanction-said } របស់ { -gain } ទេ?
screening-q-sanction-hint = { -sanction-said } គឺនៅពេលដែល { -dpss } កាត់បន្ថយ { -calworks } របស់អ្នក ដោយសារច្បាប់មួយរបស់ { -gain } ({ -welfare-to-work-said })។ លិខិតពី { -dpss } នឹងប្រាប់អំពីរឿងនេះ។

## ជម្រើសចម្លើយ

screening-answer-yes = បាទ/ចាស
screening-answer-no = ទេ
screening-answer-unsure = ខ្ញុំមិនដឹងទេ
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = កូនៗរបស់អ្នករស់នៅជាមួយអ្នក ហើយ{ -social-worker } { -dcfs } ជួយគ្រួសាររបស់អ្នក។ នេះអាចជាការបញ្ជារបស់តុលាការ ឬជាជម្រើសរបស់អ្នកផ្ទាល់។
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = កូនៗរបស់អ្នករស់នៅជាមួយអ្នក ហើយភ្នាក់ងារមួយក្នុង{ -family-preservation-said } ធ្វើការជាមួយគ្រួសាររបស់អ្នក។
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = ពេលនេះ កូនៗរបស់អ្នករស់នៅកន្លែងផ្សេងសិន ហើយអ្នកកំពុងខិតខំនាំពួកគេត្រឡប់មកផ្ទះវិញ។
screening-answer-investigation = { -dcfs } កំពុងពិនិត្យរបាយការណ៍មួយ
screening-answer-investigation-hint = { -social-worker }ម្នាក់កំពុងពិនិត្យមើលស្ថានភាពគ្រួសាររបស់អ្នក ហើយមិនទាន់មានកម្មវិធីណាចាប់ផ្តើមនៅឡើយទេ។
screening-answer-all-home = កូនៗរបស់ខ្ញុំទាំងអស់រស់នៅជាមួយខ្ញុំ
screening-answer-some-removed = កូនខ្លះរស់នៅជាមួយខ្ញុំ ហើយ { -dcfs } បានដាក់កូនខ្លះទៀតឱ្យរស់នៅកន្លែងផ្សេង
screening-answer-all-removed = { -dcfs } បានដាក់កូនៗរបស់ខ្ញុំទាំងអស់ឱ្យរស់នៅក្រៅផ្ទះរបស់ខ្ញុំ

## មូលហេតុ៖ អ្វីដែលគ្រួសារបានប្រាប់យើង

screening-reason-dcfs-case-yes = អ្នកបានប្រាប់ថា អ្នកមានករណីកំពុងបើកជាមួយ { -dcfs }។
screening-reason-dcfs-case-no = អ្នកបានប្រាប់ថា អ្នកមិនមានករណីកំពុងបើកជាមួយ { -dcfs } ទេ។
screening-reason-dcfs-case-unsure = យើងមិនទាន់ដឹងថា អ្នកមានករណីកំពុងបើកជាមួយ { -dcfs } ឬអត់ទេ។
screening-reason-dcfs-service-family-maintenance = អ្នកបានប្រាប់ថា ករណីរបស់អ្នកជាមួយ { -dcfs } ស្ថិតនៅក្នុង{ -family-maintenance }។
screening-reason-dcfs-service-family-preservation = អ្នកបានប្រាប់ថា គ្រួសាររបស់អ្នកស្ថិតនៅក្នុង{ -family-preservation } ជាមួយ { -dcfs }។
screening-reason-dcfs-service-family-reunification = អ្នកបានប្រាប់ថា ករណីរបស់អ្នកជាមួយ { -dcfs } ស្ថិតនៅក្នុង{ -family-reunification }។
screening-reason-dcfs-service-investigation = អ្នកបានប្រាប់ថា { -dcfs } កំពុងពិនិត្យរបាយការណ៍មួយ ហើយមិនទាន់មានកម្មវិធីណាចាប់ផ្តើមនៅឡើយទេ។
screening-reason-dcfs-service-unsure = យើងមិនទាន់ដឹងថា ករណីរបស់អ្នកស្ថិតនៅក្នុងកម្មវិធីណារបស់ { -dcfs } ទេ។
screening-reason-children-location-all-home = អ្នកបានប្រាប់ថា កូនៗរបស់អ្នកទាំងអស់រស់នៅជាមួយអ្នក។
screening-reason-children-location-some-removed = អ្នកបានប្រាប់ថា កូនខ្លះរបស់អ្នករស់នៅជាមួយអ្នក ហើយ { -dcfs } បានដាក់កូនខ្លះទៀតឱ្យរស់នៅកន្លែងផ្សេង។
screening-reason-children-location-all-removed = អ្នកបានប្រាប់ថា { -dcfs } បានដាក់កូនៗរបស់អ្នកទាំងអស់ឱ្យរស់នៅក្រៅផ្ទះរបស់អ្នក។
screening-reason-children-location-unsure = យើងមិនទាន់ដឹងថា កូនៗរបស់អ្នករស់នៅឯណាទេ។
screening-reason-calworks-now-yes = អ្នកបានប្រាប់ថា ឥឡូវនេះអ្នកកំពុងទទួល { -calworks }។
screening-reason-calworks-now-no = អ្នកបានប្រាប់ថា ឥឡូវនេះអ្នកមិនបានទទួល { -calworks } ទេ។
screening-reason-calworks-now-unsure = យើងមិនទាន់ដឹងថា ឥឡូវនេះអ្នកកំពុងទទួល { -calworks } ឬអត់ទេ។
screening-reason-calworks-at-removal-yes = អ្នកបានប្រាប់ថា អ្នកកំពុងទទួល { -calworks } នៅពេលដែលកូនៗរបស់អ្នកត្រូវបានដាក់ឱ្យរស់នៅក្រៅផ្ទះរបស់អ្នក។
screening-reason-calworks-at-removal-no = អ្នកបានប្រាប់ថា អ្នកមិនបានទទួល { -calworks } ទេ នៅពេលដែលកូនៗរបស់អ្នកត្រូវបានដាក់ឱ្យរស់នៅក្រៅផ្ទះរបស់អ្នក។
screening-reason-calworks-at-removal-unsure = យើងមិនទាន់ដឹងថា អ្នកកំពុងទទួល { -calworks } ឬអត់ នៅពេលដែលកូនៗរបស់អ្នកត្រូវបានដាក់ឱ្យរស់នៅក្រៅផ្ទះរបស់អ្នក។
screening-reason-fr-plan-yes = អ្នកបានប្រាប់ថា អ្នកមានផែនការសម្រាប់{ -family-reunification }ជាមួយ { -dcfs }។
screening-reason-fr-plan-no = អ្នកបានប្រាប់ថា អ្នកមិនមានផែនការសម្រាប់{ -family-reunification }ជាមួយ { -dcfs } ទេ។
screening-reason-fr-plan-unsure = យើងមិនទាន់ដឹងថា អ្នកមានផែនការសម្រាប់{ -family-reunification }ជាមួយ { -dcfs } ឬអត់ទេ។
screening-reason-relative-caregiver-yes = អ្នកបានប្រាប់ថា { -dcfs } បានដាក់កូនរបស់អ្នកយ៉ាងហោចណាស់ម្នាក់ ឱ្យរស់នៅជាមួយសាច់ញាតិ។
screening-reason-relative-caregiver-no = អ្នកបានប្រាប់ថា { -dcfs } មិនបានដាក់កូនណាម្នាក់របស់អ្នកឱ្យរស់នៅជាមួយសាច់ញាតិទេ។
screening-reason-relative-caregiver-unsure = យើងមិនទាន់ដឹងថា មានកូនណាម្នាក់របស់អ្នករស់នៅជាមួយសាច់ញាតិឬអត់ទេ។
screening-reason-homeless-yes = អ្នកបានប្រាប់ថា ឥឡូវនេះអ្នកគ្មានផ្ទះសម្បែង។
screening-reason-homeless-no = អ្នកបានប្រាប់ថា ឥឡូវនេះអ្នកមានកន្លែងស្នាក់នៅ។
screening-reason-homeless-unsure = យើងមិនទាន់ដឹងថា ឥឡូវនេះអ្នកគ្មានផ្ទះសម្បែងឬអត់ទេ។
screening-reason-sanction-yes = អ្នកបានប្រាប់ថា { -dpss } បានកាត់បន្ថយ { -calworks } របស់អ្នក ដោយសារ{ -sanction }របស់ { -gain }។
screening-reason-sanction-no = អ្នកបានប្រាប់ថា { -dpss } មិនបានកាត់បន្ថយ { -calworks } របស់អ្នក ដោយសារ{ -sanction }របស់ { -gain } ទេ។
screening-reason-sanction-unsure = យើងមិនទាន់ដឹងថា { -dpss } បានកាត់បន្ថយ { -calworks } របស់អ្នក ដោយសារ{ -sanction }របស់ { -gain } ឬអត់ទេ។

## អ្វីដែលអាចផ្លាស់ប្តូរលទ្ធផល "សូមសួរបុគ្គលិកទទួលបន្ទុករបស់អ្នក"

screening-change-dcfs-case = សូមស្វែងយល់ថា អ្នកមានករណីកំពុងបើកជាមួយ { -dcfs } ឬអត់។ { -social-worker }របស់កូនៗអ្នក ឬលិខិតពី { -dcfs } អាចប្រាប់អ្នកបាន។
screening-change-dcfs-service = សូមសួរ{ -social-worker } { -dcfs } របស់អ្នកថា ករណីរបស់អ្នកស្ថិតនៅក្នុងកម្មវិធីណា។
screening-change-children-location = សូមសួរ{ -social-worker } { -dcfs } របស់អ្នកថា កូនម្នាក់ៗរបស់អ្នកត្រូវបានដាក់ឱ្យរស់នៅឯណា។
screening-change-calworks-now = សូមស្វែងយល់ថា ឥឡូវនេះអ្នកកំពុងទទួល { -calworks } ឬអត់។ { -eligibility-worker-said } របស់អ្នក លិខិតពី { -dpss } ឬ BenefitsCal អាចប្រាប់អ្នកបាន។
screening-change-calworks-at-removal = សូមសួរ{ -eligibility-worker }របស់អ្នកថា តើអ្នកមាន { -calworks } ឬអត់ នៅពេលដែលកូនៗរបស់អ្នកត្រូវបានដាក់ឱ្យរស់នៅក្រៅផ្ទះរបស់អ្នក។
screening-change-fr-plan = សូមសួរ{ -social-worker } { -dcfs } របស់អ្នកថា តើអ្នកមានផែនការសម្រាប់{ -family-reunification }ឬអត់។
screening-change-relative-caregiver = សូមសួរ{ -social-worker } { -dcfs } របស់អ្នកថា តើមានកូនណាម្នាក់របស់អ្នក ត្រូវបានដាក់ឱ្យរស់នៅជាមួយសាច់ញាតិឬអត់។
screening-change-homeless = សូមប្រាប់បុគ្គលិកទទួលបន្ទុករបស់អ្នកថា អ្នកដេកនៅឯណានៅពេលយប់។ ពួកគេអាចប្រាប់អ្នកថា តើការនេះរាប់ថាគ្មានផ្ទះសម្បែងឬអត់។
screening-change-sanction = សូមសួរ{ -gain-worker } របស់អ្នកថា តើ { -calworks } របស់អ្នកត្រូវបានកាត់បន្ថយ ដោយសារ{ -sanction }ឬអត់។ លិខិតពី { -dpss } ក៏នឹងប្រាប់អំពីរឿងនេះដែរ។

## ជំនួយ៖ ចំណងជើង និងសេចក្តីសង្ខេបមួយប្រយោគ

screening-path-prevention-5122 = សុំឱ្យ { -dcfs } ភ្ជាប់អ្នកទៅ { -dpss }
screening-path-prevention-5122-summary = { -social-worker } { -dcfs } របស់អ្នកអាចពិនិត្យមើលថា តើអ្នកអាចទទួលជំនួយពី { -dpss } ដូចជា { -calworks }, { -general-relief }, { -calfresh } ឬ { -medi-cal } ឬអត់ ហើយជួយអ្នកដាក់ពាក្យបានលឿនជាងមុន។
screening-path-family-maintenance = សេវា { -gain } ក្នុង{ -family-maintenance-said }
screening-path-family-maintenance-summary = ខណៈពេលដែលកូនៗរបស់អ្នករស់នៅជាមួយអ្នក ហើយករណីរបស់អ្នកជាមួយ { -dcfs } ស្ថិតនៅក្នុង{ -family-maintenance } សេវា { -gain } អាចជាផ្នែកមួយនៃផែនការ { -welfare-to-work-said } (ផែនការការងារ) របស់អ្នក។
screening-path-family-preservation = សេវា { -gain } ក្នុង{ -family-preservation-said }
screening-path-family-preservation-summary = ខណៈពេលដែលកូនៗរបស់អ្នករស់នៅជាមួយអ្នក ហើយគ្រួសាររបស់អ្នកស្ថិតនៅក្នុង{ -family-preservation } { -dcfs } និង { -dpss } រៀបចំផែនការសេវារបស់អ្នករួមគ្នា ហើយសេវា { -gain } អាចជាផ្នែកមួយនៃផែនការ { -welfare-to-work-said } (ផែនការការងារ) របស់អ្នក។
screening-path-family-reunification = សេវា { -gain } ក្នុង{ -family-reunification-said }
screening-path-family-reunification-summary = ប្រសិនបើអ្នកមាន { -calworks } នៅពេលដែលកូនៗរបស់អ្នកត្រូវបានដាក់ឱ្យរស់នៅក្រៅផ្ទះ អ្នកអាចជ្រើសរើសបន្តទទួលសេវា { -gain } ដោយគ្មានប្រាក់ជំនួយ ដើម្បីជួយនាំពួកគេត្រឡប់មកផ្ទះវិញ។
screening-path-homeless-outreach = ជំនួយសម្រាប់គ្រួសារដែលគ្មានផ្ទះសម្បែង
screening-path-homeless-outreach-summary = ប្រសិនបើអ្នកមាន { -calworks } និងមានករណីក្នុង{ -family-maintenance } ជាមួយ { -dcfs } នោះ { -dcfs } និង { -dpss } អាចធ្វើការរួមគ្នា ដើម្បីភ្ជាប់គ្រួសាររបស់អ្នកទៅនឹងជំនួយសម្រាប់គ្រួសារដែលគ្មានផ្ទះសម្បែង។
screening-path-sanction-help = ជំនួយដើម្បីបញ្ចប់{ -sanction-said } { -calworks }
screening-path-sanction-help-summary = { -dcfs } និង { -dpss } អាចទាក់ទងអ្នករួមគ្នា ដើម្បីជួយអ្នកដោះស្រាយអ្វីដែលបណ្តាលឱ្យមាន{ -sanction } ហើយបញ្ចប់{ -sanction }នោះ។
screening-path-linkages-gsw = { -gain-worker } នៅការិយាល័យ { -dcfs } របស់អ្នក
screening-path-linkages-gsw-summary = { -linkages-gain-worker } នៅការិយាល័យ { -dcfs } របស់អ្នក អាចចូលរួមកិច្ចប្រជុំ{ -child-and-family-team-said } របស់អ្នក ហើយផ្តល់យោបល់អំពីករណីរបស់អ្នក។
screening-path-dpss-apply = ដាក់ពាក្យសុំជំនួយពី { -dpss } ដោយខ្លួនឯង
screening-path-dpss-apply-summary = អ្នកអាចដាក់ពាក្យសុំជំនួយពី { -dpss } ដូចជា { -calworks }, { -calfresh }, { -medi-cal } ឬ { -general-relief } តាមអ៊ីនធឺណិត ឬតាមទូរស័ព្ទ។

## ជំហានបន្ទាប់

screening-step-answer-again = ប្រសិនបើមានអ្វីផ្លាស់ប្តូរ អ្នកអាចឆ្លើយសំណួរម្តងទៀត។
screening-step-ask-worker = សូមសួរ{ -social-worker } { -dcfs } របស់អ្នក ឬ{ -eligibility-worker-said } ឬ{ -gain-worker } របស់អ្នក ថាតើជំនួយនេះសមនឹងអ្នកឬអត់។
screening-step-call-211 = សូមហៅទូរស័ព្ទទៅលេខ 2-1-1 ដើម្បីរកជំនួយនៅជិតអ្នក។ ការហៅនេះឥតគិតថ្លៃ ហើយបើកទាំងថ្ងៃទាំងយប់។
screening-step-wtw-plan = សូមសួរថា តើសេវាណាខ្លះអាចជាផ្នែកមួយនៃផែនការ { -welfare-to-work-said } (ផែនការការងារ) របស់អ្នក។
screening-step-benefitscal = ដាក់ពាក្យតាមអ៊ីនធឺណិតនៅ BenefitsCal.com។
screening-step-call-dpss = ឬហៅទូរស័ព្ទទៅ { -dpss } តាមលេខ (866) 613-3777។
screening-step-ask-5122 = សូមសុំឱ្យ{ -social-worker } { -dcfs } របស់អ្នក ពិនិត្យមើលថាតើអ្នកអាចទទួលជំនួយពី { -dpss } ឬអត់។ ពួកគេប្រើទម្រង់មួយឈ្មោះ { -form-5122 }។
screening-step-expedited-intake = ប្រសិនបើអ្នកអាចមានសិទ្ធិ { -social-worker }របស់អ្នកនឹងបញ្ជូនអ្នកទៅ { -dpss } ដើម្បីឱ្យពាក្យសុំរបស់អ្នកដំណើរការលឿនជាងមុន។
screening-step-tell-worker-fm = សូមប្រាប់{ -eligibility-worker } ឬ{ -gain-worker } របស់អ្នកថា អ្នកមានករណីក្នុង{ -family-maintenance-said } ជាមួយ { -dcfs }។
screening-step-tell-worker-fp = សូមប្រាប់{ -eligibility-worker } ឬ{ -gain-worker } របស់អ្នកថា គ្រួសាររបស់អ្នកស្ថិតនៅក្នុង{ -family-preservation-said } ជាមួយ { -dcfs }។
screening-step-fr-volunteer = សូមប្រាប់{ -social-worker } { -dcfs } និង{ -gain-worker } របស់អ្នកថា អ្នកចង់បានសេវាក្នុង{ -family-reunification-said }។ នេះជាជម្រើសរបស់អ្នក។
screening-step-general-relief = សេវាទាំងនេះមិនរួមបញ្ចូលប្រាក់ជំនួយទេ។ ប្រសិនបើអ្នកត្រូវការប្រាក់សម្រាប់ការរស់នៅ អ្នកអាចដាក់ពាក្យសុំ { -general-relief-said }។
screening-step-tell-worker-homeless = សូមប្រាប់{ -social-worker } { -dcfs } និង{ -eligibility-worker }របស់អ្នកថា អ្នកគ្មានផ្ទះសម្បែង។ សូមសុំឱ្យពួកគេធ្វើការរួមគ្នាដើម្បីជួយអ្នក។
screening-step-tell-worker-sanction = សូមប្រាប់{ -gain-worker } និង{ -social-worker } { -dcfs } របស់អ្នកអំពី{ -sanction-said } នេះ។ សូមសុំឱ្យពួកគេធ្វើការជាមួយអ្នក ដើម្បីបញ្ចប់{ -sanction }នោះ។
screening-step-gsw-cft = សូមសុំឱ្យ{ -social-worker } { -dcfs } របស់អ្នក អញ្ជើញ{ -linkages-gain-worker } មកកិច្ចប្រជុំ{ -child-and-family-team-said } របស់អ្នក។
screening-step-gsw-consult = { -social-worker }របស់អ្នកក៏អាចពិភាក្សាជាមួយ{ -linkages-gain-worker } អំពីករណីរបស់អ្នកបានដែរ។
screening-step-dpss-if-dcfs = ប្រសិនបើអ្នកមានករណីជាមួយ { -dcfs } សូមសុំឱ្យ{ -social-worker }របស់អ្នកជួយអ្នកដាក់ពាក្យ។ វាអាចលឿនជាង។
screening-step-dpss-through-dcfs = ដោយសារអ្នកមានករណីជាមួយ { -dcfs } { -social-worker }របស់អ្នកអាចជួយអ្នកជាមួយ { -dpss } បាន។ សូមមើលលទ្ធផលផ្សេងទៀត។

## សេវា

screening-service-mental-health = សេវាសុខភាពផ្លូវចិត្ត
screening-service-domestic-violence = សេវាទាក់ទងនឹងអំពើហិង្សាក្នុងគ្រួសារ
screening-service-substance-use = ជំនួយអំពីការប្រើប្រាស់គ្រឿងស្រវឹង ឬគ្រឿងញៀន
screening-service-education-training = ការសិក្សា និងការបណ្តុះបណ្តាល
screening-service-employment = ជំនួយក្នុងការរក និងរក្សាការងារ
screening-service-transportation = ជំនួយផ្នែកការធ្វើដំណើរ
screening-service-child-care = ការមើលថែកុមារ
screening-service-ancillary-costs = ជំនួយបង់ថ្លៃសៀវភៅ ឧបករណ៍ ឯកសណ្ឋាន និងថ្លៃសេវាផ្សេងៗ
screening-service-housing-support = ជំនួយផ្នែកលំនៅដ្ឋាន
screening-service-moving-assistance = ជំនួយចំណាយលើការផ្លាស់ប្តូរផ្ទះ
screening-service-temporary-homeless-assistance = ជំនួយរយៈពេលខ្លី ពេលអ្នកគ្មានផ្ទះសម្បែង

## រយៈពេលកំណត់ ($months, $max_months៖ ចំនួន)

screening-time-limit =
    { $months ->
       *[other] សេវាទាំងនេះអាចមានរយៈពេលរហូតដល់ { $months } ខែ។
    }
screening-time-limit-extendable =
    { $months ->
       *[other] សេវាទាំងនេះអាចមានរយៈពេល { $months } ខែ។ ប្រសិនបើអ្នកបំពេញតាមលក្ខខណ្ឌរបស់កម្មវិធី សេវាទាំងនេះអាចបន្តរហូតដល់ { $max_months } ខែ។
    }
