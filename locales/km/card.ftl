# Linkages site: the hand-off card (/km/card), machine draft from locales/en/card.ftl (km).
# Reviewed by a certified translator: no.

card-link = កាតសម្រាប់យកទៅជាមួយ
card-link-discreet = កាតឯកជន៖ មានតែអាសយដ្ឋាន និងលេខទូរស័ព្ទ
card-title = កាតសម្រាប់យកទៅជាមួយ
card-discreet-title = អាសយដ្ឋាន និងលេខទូរស័ព្ទ
card-intro = សូមយកកាតនេះទៅការិយាល័យ។ វាមានពាក្យដូចគ្នាជាភាសារបស់អ្នក និងជាភាសាអង់គ្លេស ដើម្បីឱ្យអ្នក និងបុគ្គលិកអាចអានបាន។
card-print-hint = ដើម្បីបោះពុម្ព សូមប្រើម៉ឺនុយ Print របស់កម្មវិធីរុករក។ វាសមល្មមមួយទំព័រ។
card-discreet-link = បង្ហាញកាតឯកជនជំនួសវិញ (គ្មានឈ្មោះការិយាល័យ ឬកម្មវិធី)
card-full-link = បង្ហាញកាតពេញលេញ
card-show-desk = សូមបង្ហាញកាតនេះនៅតុទទួលភ្ញៀវ។
card-paths-title = ជំនួយដែលអាចសមនឹងអ្នក
card-say-label = អ្វីដែលត្រូវនិយាយ៖
card-office-title = ការិយាល័យ
card-address = អាសយដ្ឋាន
card-address-missing = មិនដឹងអាសយដ្ឋានទេ។ សូមទូរស័ព្ទមុនពេលទៅ។
card-phone = ទូរស័ព្ទ
card-hours = ម៉ោងបើក
card-discreet-line-help = ខ្សែទូរស័ព្ទជំនួយ
card-discreet-line-info = ខ្សែទូរស័ព្ទព័ត៌មាន ឥតគិតថ្លៃ
card-add-office = បន្ថែមការិយាល័យទៅកាតនេះ៖ ស្វែងរកការិយាល័យ
card-no-answers = កាតនេះមិនបង្ហាញចម្លើយរបស់អ្នកទេ។ នេះមិនមែនជាការសម្រេចចិត្តទេ៖ បុគ្គលិកជាអ្នកសម្រេច។
card-error-empty = តំណនេះមិនប្រាប់ថាត្រូវដាក់ជំនួយ ឬការិយាល័យណាលើកាតទេ។ សូមស្វែងរកការិយាល័យ ឬឆ្លើយសំណួរ រួចជ្រើសរើសកាតម្តងទៀត។
card-error-unknown-path = យើងមិនស្គាល់ជំនួយដែលមានក្នុងតំណនេះទេ។ តំណអាចចាស់ ឬខ្វះខ្លះ។
card-error-unknown-office = យើងរកមិនឃើញការិយាល័យនេះទេ។ វាប្រហែលជាបានផ្លាស់ទីតាំង ឬបិទហើយ។ សូមស្វែងរកការិយាល័យម្តងទៀត។
card-error-too-many = តំណនេះមានច្រើនជាងអាចដាក់បានក្នុងមួយទំព័រ។ សូមជ្រើសរើសកាតម្តងទៀតពីការិយាល័យមួយ។
card-error-bad-parameter = តំណនេះមានអ្វីមួយដែលយើងមិនយល់។ តំណអាចចាស់ ឬខ្វះខ្លះ។
card-error-find = ស្វែងរកការិយាល័យ
card-error-screening = ឆ្លើយសំណួរ
