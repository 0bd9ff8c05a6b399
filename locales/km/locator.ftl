# គេហទំព័រ Linkages៖ ការស្វែងរកការិយាល័យ (ភាសាខ្មែរ)។
# Reviewed by a certified translator: no.

## ទម្រង់ស្វែងរក
find-title = ស្វែងរកការិយាល័យ
find-intro = ស្វែងរកការិយាល័យ { -dcfs } និង { -dpss } ដែលនៅជិតបំផុត ព្រមទាំងលេខទូរស័ព្ទ និងម៉ោងធ្វើការរបស់ពួកគេ។
find-query-label = លេខកូដ ZIP ឬទីក្រុង
find-query-hint = ឧទាហរណ៍ 90020 ឬ Pasadena
find-submit = ស្វែងរក
find-location-button = ប្រើទីតាំងរបស់ខ្ញុំ
find-location-nojs = ដើម្បីស្វែងរកពីកន្លែងដែលអ្នកនៅ សូមបើក JavaScript។ ឬសូមបញ្ចូលលេខកូដ ZIP របស់អ្នក។
find-location-pending = កំពុងស្វែងរកទីតាំងរបស់អ្នក…
find-location-unavailable = យើងមិនអាចរកឃើញទីតាំងរបស់អ្នកទេ។ សូមបញ្ចូលលេខកូដ ZIP របស់អ្នកជំនួសវិញ។
find-location-denied = កម្មវិធីរុករករបស់អ្នកមិនបានចែករំលែកទីតាំងរបស់អ្នកទេ។ ដើម្បីអនុញ្ញាត សូមបើកការកំណត់គេហទំព័រនៅក្នុងកម្មវិធីរុករករបស់អ្នក។ ឬសូមបញ្ចូលលេខកូដ ZIP របស់អ្នក។
find-location-timeout = ការស្វែងរកទីតាំងរបស់អ្នកចំណាយពេលយូរពេក។ សូមព្យាយាមម្តងទៀត ឬបញ្ចូលលេខកូដ ZIP របស់អ្នក។

## លទ្ធផល
find-results-title = ការិយាល័យនៅជិត { $place }
find-results-location = ការិយាល័យនៅជិតកន្លែងដែលអ្នកនៅ
find-from-zip-centre = ចម្ងាយត្រូវបានវាស់ពីចំណុចកណ្តាលនៃតំបន់លេខកូដ ZIP។
find-from-place-centre = ចម្ងាយត្រូវបានវាស់ពីចំណុចកណ្តាលនៃតំបន់នេះ។
find-near-county-line = កន្លែងនេះនៅជិតព្រំប្រទល់ខោនធី Los Angeles ណាស់។ សូមពិនិត្យមើលថា តើអ្នករស់នៅក្នុងខោនធី Los Angeles ឬទេ។ ប្រសិនបើអ្នករស់នៅក្នុងខោនធីផ្សេង សូមហៅទូរស័ព្ទទៅលេខ 2-1-1 ដើម្បីរកជំនួយនៅទីនោះ។
find-dcfs-title = ការិយាល័យ { -dcfs } (ជំនួយអំពីករណីទាក់ទងនឹងកូនៗរបស់អ្នក)
find-dpss-title = ការិយាល័យ { -dpss } ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = បញ្ជីការិយាល័យ { -dcfs } នេះ គឺពីឆ្នាំ 2017។ ឥឡូវនេះ { -dcfs } និយាយថាខ្លួនមានការិយាល័យ 20 ដូច្នេះប្រហែលជាខ្វះការិយាល័យមួយ។
find-dpss-partial = មិនមែនការិយាល័យ { -dpss } ទាំងអស់សុទ្ធតែមាននៅក្នុងបញ្ជីនេះទេ។ ដើម្បីរកការិយាល័យរបស់អ្នក សូមហៅទូរស័ព្ទទៅមជ្ឈមណ្ឌលសេវាអតិថិជនរបស់ { -dpss } តាមលេខ { $number } ឬដាក់ពាក្យតាមអ៊ីនធឺណិតនៅ BenefitsCal។
find-nearest-not-assigned = ការិយាល័យដែលនៅជិតបំផុត ប្រហែលជាមិនមែនជាការិយាល័យដែលទទួលបន្ទុកករណីរបស់អ្នកទេ។ បុគ្គលិកទទួលបន្ទុករបស់អ្នក អាចប្រាប់អ្នកថាការិយាល័យណាជារបស់អ្នក។
find-serving-title = ការិយាល័យរបស់អ្នក៖ បម្រើតំបន់របស់អ្នក
find-serving-approximate = យើងបានប្រើចំណុចកណ្តាលនៃលេខកូដ ZIP ឬទីកន្លែងដែលអ្នកបានផ្តល់។ ប្រសិនបើអ្នករស់នៅជិតព្រំដែននៃតំបន់មួយ ការិយាល័យផ្សេងទៀតអាចបម្រើអ្នក។
find-serving-none = យើងមិនដឹងថាការិយាល័យណាបម្រើទីកន្លែងនេះទេ។ បុគ្គលិករបស់អ្នក ឬការិយាល័យដែលនៅជិតបំផុត អាចប្រាប់អ្នកបាន។
find-distance = ចម្ងាយ { $distance } { $miles ->
       *[other] ម៉ាយ
    }
find-distance-about = ចម្ងាយប្រហែល { $distance } { $miles ->
       *[other] ម៉ាយ
    }
find-unverified = មិនទាន់បានពិនិត្យជាមួយស្ថាប័នទេ
find-approximate = ទីតាំងនៅលើផែនទីគឺប្រហាក់ប្រហែល
find-phone-missing = មិនដឹងលេខទូរស័ព្ទ
find-phone-countywide = នេះជាខ្សែទូរស័ព្ទរបស់ { -dpss } សម្រាប់ទូទាំងខោនធី មិនមែនជាលេខផ្ទាល់របស់ការិយាល័យនេះទេ។
find-phone-unverified = យើងមិនអាចពិនិត្យលេខនេះបានទេ។
find-hours-missing = មិនដឹងម៉ោងធ្វើការ។ សូមហៅទូរស័ព្ទមុនពេលអ្នកទៅ។
find-hours-conflicting = ប្រភពរបស់យើងផ្តល់ម៉ោងធ្វើការខុសៗគ្នា។ សូមហៅទូរស័ព្ទមុនពេលអ្នកទៅ។
find-open-until = បើកឥឡូវនេះ រហូតដល់ម៉ោង { $time }
find-open-always = បើក 24 ម៉ោង
find-closed-opens = បិទឥឡូវនេះ។ បើកវិញនៅ{ $day } ម៉ោង { $time }
find-closed = បិទឥឡូវនេះ
find-directions = ផ្លូវទៅ (បើកគេហទំព័រផែនទី)
find-source = ព័ត៌មាននេះបានមកពីណា
find-checked = បានពិនិត្យនៅ { $date }
find-report = រាយការណ៍បញ្ហាអំពីព័ត៌មាននេះ (បើកកម្មវិធីអ៊ីមែលរបស់អ្នក)

## ទីកន្លែងដែលមានលេខកូដ ZIP ច្រើនជាងមួយ
find-choose-title = មានលេខកូដ ZIP ច្រើនជាងមួយសម្រាប់ { $name }
find-choose-text = សូមជ្រើសរើសលេខកូដ ZIP របស់អ្នក៖

## បញ្ហាក្នុងការស្វែងរក
find-error-empty = សូមបញ្ចូលលេខកូដ ZIP ឬឈ្មោះទីក្រុង។
find-error-malformed-zip = សូមបញ្ចូលលេខកូដ ZIP ដែលមានលេខ 5 ខ្ទង់ ដូចជា 90020។
find-error-zip-not-in-county = { $input } មិនមែនជាលេខកូដ ZIP នៅក្នុងខោនធី Los Angeles ទេ។ សូមបញ្ចូលលេខកូដ ZIP នៅក្នុងខោនធីនេះ។
find-error-unknown-place = យើងមិនទាន់ស្គាល់ឈ្មោះ { $input } នៅឡើយទេ។ សូមសាកល្បងប្រើលេខកូដ ZIP របស់អ្នក។
find-error-malformed-coordinate = យើងមិនអាចអានទីតាំងនោះបានទេ។ សូមបញ្ចូលលេខកូដ ZIP របស់អ្នកជំនួសវិញ។
find-error-coordinate-outside-county = ទីតាំងនោះនៅក្រៅខោនធី Los Angeles។ សូមបញ្ចូលលេខកូដ ZIP នៅក្នុងខោនធីនេះ។

## ថ្ងៃ និងម៉ោង
weekday-0 = ថ្ងៃច័ន្ទ
weekday-1 = ថ្ងៃអង្គារ
weekday-2 = ថ្ងៃពុធ
weekday-3 = ថ្ងៃព្រហស្បតិ៍
weekday-4 = ថ្ងៃសុក្រ
weekday-5 = ថ្ងៃសៅរ៍
weekday-6 = ថ្ងៃអាទិត្យ

## Office search: which agency's offices to show
find-agency-label = បង្ហាញការិយាល័យរបស់
find-agency-both = { -dcfs } និង { -dpss }
find-agency-dcfs = តែ { -dcfs }
find-agency-dpss = តែ { -dpss }

## All phone lines
hotlines-title = ខ្សែទូរស័ព្ទទាំងអស់
hotlines-intro = ខ្សែទូរស័ព្ទទាំងអស់ដែលយើងដឹងសម្រាប់គ្រួសារនៅខោនធី Los Angeles។ ខ្សែនីមួយៗប្រាប់ថាលេខរបស់វាមកពីណា។
hotlines-source-language = ឈ្មោះ និងការពិពណ៌នាជាភាសាអង់គ្លេស ដូចប្រភពផ្តល់ឱ្យ។
hotlines-all-link = មើលខ្សែទូរស័ព្ទទាំងអស់

## ផែនទីនៅក្បែរលទ្ធផល (គេហទំព័រនេះគូរ)
find-map-label = ផែនទី៖ { $point }។ { $count ->
       *[other] ការិយាល័យ { $count }
    } ពីបញ្ជី។
find-map-point-zip = ប្រហែល៖ កណ្តាលតំបន់លេខកូដ ZIP { $zip }
find-map-point-place = ប្រហែល៖ កណ្តាល { $place }
find-map-point-exact = កន្លែងដែលអ្នកបានស្វែងរក
find-map-scale = { $distance } { $miles ->
       *[other] ម៉ាយ
    }
find-map-key-dcfs = ការិយាល័យ { -dcfs }
find-map-key-dpss = ការិយាល័យ { -dpss }
find-map-credit = យើងគូរផែនទីនេះដោយខ្លួនឯង។ ព្រំដែនខោនធី៖ ការិយាល័យជំរឿនសហរដ្ឋអាមេរិក។ ឈ្មោះទីកន្លែង៖ GeoNames (geonames.org, CC BY 4.0)។
