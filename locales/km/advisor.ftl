# Linkages site: the advisor desk (/km/advisor), machine draft from locales/en/advisor.ftl (km).
# Reviewed by a certified translator: no.

## The desk
advisor-title = ទំព័រសម្រាប់អ្នកផ្តល់ប្រឹក្សា
advisor-intro = សម្រាប់អ្នកផ្តល់ប្រឹក្សា 2-1-1 និងអ្នកតស៊ូមតិ ដែលកំពុងជួយនរណាម្នាក់តាមទូរស័ព្ទ។ ទំព័រនេះជាភាសារបស់អ្នកហៅចូល។ ពាក្យដែលត្រូវអានឱ្យឮ មានភាសាអង់គ្លេសនៅក្បែរ។
advisor-query-label = លេខកូដ ZIP ទីក្រុង ឬសង្កាត់របស់អ្នកហៅចូល
advisor-submit = ស្វែងរកការិយាល័យ
advisor-offices-title = ការិយាល័យនៅជិត { $place }
advisor-lines-title = ខ្សែទូរស័ព្ទរបស់ខោនធី
advisor-screening-link = សំណួរទាំងអស់នៅលើទំព័រតែមួយ

## Words to read out to the caller
advisor-script-title = សូមអានអត្ថបទនេះឱ្យអ្នកហៅចូលស្តាប់
advisor-script-dcfs = ការិយាល័យ { -dcfs } ដែលនៅជិតបំផុតគឺ { $name }។
advisor-script-dpss = សម្រាប់ { -calworks } ឬ { -calfresh } ការិយាល័យ { -dpss } ដែលនៅជិតបំផុតគឺ { $name }។
advisor-script-address = អាសយដ្ឋានគឺ { $address }។
advisor-script-phone = លេខទូរស័ព្ទរបស់ការិយាល័យនេះគឺ { $phone }។
advisor-script-line = { $line }៖ { $phone }។

## The text message for the caller's phone
advisor-text-title = សារសម្រាប់ទូរស័ព្ទរបស់អ្នកហៅចូល
advisor-text-hint = សូមផ្ញើវាពីប្រព័ន្ធទូរស័ព្ទរបស់អ្នកផ្ទាល់។ គេហទំព័រនេះមិនផ្ញើអ្វី ហើយក៏មិនរក្សាទុកអ្វីដែរ។
advisor-text-count = { $units }/{ $budget } តួអក្សរ { $segments ->
   *[other] (សារ { $segments })
}
advisor-text-use = ប្រើការិយាល័យនេះក្នុងសារ
advisor-text-in-use = មាននៅក្នុងសារ
advisor-copy = ចម្លងសារ
advisor-copied = បានចម្លងហើយ។ សូមបិទភ្ជាប់វាទៅក្នុងសាររបស់អ្នក។
advisor-copy-failed = អត្ថបទត្រូវបានជ្រើសរើសហើយ។ សូមចុច Ctrl+C ដើម្បីចម្លង។
advisor-error-office = ការិយាល័យនោះមិនមាននៅក្នុងបញ្ជីរបស់យើងទេ។ សូមស្វែងរកម្តងទៀត ឬជ្រើសរើសការិយាល័យមួយនៅខាងក្រោមប្រអប់ស្វែងរក។

## The screening on one page
advisor-screening-title = សំណួរទាំងអស់នៅលើទំព័រតែមួយ
advisor-screening-intro = សូមសួរសំណួរតាមលំដាប់ណាក៏បាន។ សូមចុច "ធ្វើបច្ចុប្បន្នភាព" ដើម្បីលាក់សំណួរដែលលែងត្រូវការ។ លទ្ធផលនឹងបង្ហាញ នៅពេលសំណួរទាំងអស់មានចម្លើយ។
advisor-screening-update = ធ្វើបច្ចុប្បន្នភាព
advisor-screening-open = { $count ->
   *[other] នៅសល់សំណួរ { $count } ដែលត្រូវការចម្លើយ។
}
advisor-screening-result = ជំនួយដែលអាចសមនឹងអ្នកហៅចូល
advisor-screening-say = និយាយទៅកាន់អ្នកហៅចូល
advisor-screening-none = ពេលនេះ ហាក់ដូចជាមិនមានកម្មវិធី Linkages ណាសមទេ។ អ្នកហៅចូលនៅតែអាចសុំជំនួយនៅការិយាល័យ { -dpss } បាន។
advisor-screening-problem = ចម្លើយខ្លះមិនអាចយល់បាន ហើយត្រូវបានទុកចោល។ សូមពិនិត្យវាម្តងទៀត។
advisor-screening-start-over = ចាប់ផ្តើមម្តងទៀត
