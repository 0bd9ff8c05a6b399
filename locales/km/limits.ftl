# គេហទំព័រ Linkages៖ ពេលគេហទំព័រសុំឱ្យរង់ចាំ (ភាសាខ្មែរ)។
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = សូមរង់ចាំមួយនាទី
limits-search-text = យើងបានទទួលការស្វែងរកច្រើនពីអ៊ីនធឺណិតរបស់អ្នក ក្នុងរយៈពេលខ្លី។ សូមរង់ចាំមួយនាទី រួចស្វែងរកម្តងទៀត។
limits-search-call = ប្រសិនបើអ្នកត្រូវការជំនួយឥឡូវនេះ សូមទូរស័ព្ទទៅលេខណាមួយខាងក្រោម។
