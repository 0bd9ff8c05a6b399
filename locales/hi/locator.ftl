# Linkages वेबसाइट: ऑफिस खोज (हिंदी)।
# Reviewed by a certified translator: no.

## खोज फ़ॉर्म
find-title = ऑफिस खोजें
find-intro = सबसे पास के { -dcfs } और { -dpss } ऑफिस खोजें, उनके फ़ोन नंबर और खुलने के समय के साथ।
find-query-label = ZIP कोड या शहर
find-query-hint = जैसे 90020, या Pasadena
find-submit = खोजें
find-location-button = मेरी अभी की जगह इस्तेमाल करें
find-location-nojs = आप जहाँ हैं, वहाँ से खोजने के लिए JavaScript चालू करें। या अपना ZIP कोड लिखें।
find-location-pending = आपकी जगह ढूँढी जा रही है…
find-location-unavailable = हमें आपकी जगह की जानकारी नहीं मिल पाई। इसके बजाय अपना ZIP कोड लिखें।
find-location-denied = आपके ब्राउज़र ने आपकी जगह की जानकारी नहीं दी। इसकी इजाज़त देने के लिए, अपने ब्राउज़र में साइट की सेटिंग खोलें। या अपना ZIP कोड लिखें।
find-location-timeout = आपकी जगह ढूँढने में बहुत ज़्यादा समय लग गया। फिर से कोशिश करें, या अपना ZIP कोड लिखें।

## नतीजे
find-results-title = { $place } के पास के ऑफिस
find-results-location = आपकी जगह के पास के ऑफिस
find-from-zip-centre = दूरी ZIP कोड वाले इलाके के बीच से नापी गई है।
find-from-place-centre = दूरी इस इलाके के बीच से नापी गई है।
find-near-county-line = यह जगह लॉस एंजेलिस काउंटी की सीमा के बहुत पास है। पक्का करें कि आप लॉस एंजेलिस काउंटी में रहते हैं। अगर आप किसी दूसरी काउंटी में रहते हैं, तो वहाँ मदद ढूँढने के लिए 2-1-1 पर कॉल करें।
find-dcfs-title = { -dcfs } ऑफिस (आपके बच्चों के केस में मदद)
find-dpss-title = { -dpss } ऑफिस ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = { -dcfs } ऑफिस की यह सूची 2017 की है। { -dcfs } अब कहता है कि उसके 20 ऑफिस हैं, इसलिए हो सकता है कि एक ऑफिस इसमें न हो।
find-dpss-partial = यहाँ { -dpss } के सभी ऑफिस नहीं दिए गए हैं। अपना ऑफिस जानने के लिए, { -dpss } कस्टमर सर्विस सेंटर को { $number } पर कॉल करें, या BenefitsCal पर ऑनलाइन आवेदन करें।
find-nearest-not-assigned = हो सकता है कि सबसे पास का ऑफिस वह ऑफिस न हो जो आपका केस देखता है। आपके वर्कर बता सकते हैं कि आपका ऑफिस कौन-सा है।
find-serving-title = आपका कार्यालय: आपके क्षेत्र की सेवा करता है
find-serving-approximate = हमने आपके दिए ZIP कोड या जगह के बीच का बिंदु लिया। अगर आप किसी क्षेत्र की सीमा के पास रहते हैं, तो कोई दूसरा कार्यालय आपकी सेवा कर सकता है।
find-serving-none = हमें नहीं पता कि इस जगह की सेवा कौन-सा कार्यालय करता है। आपके वर्कर या सबसे पास का कार्यालय आपको बता सकते हैं।
find-distance = { $distance } { $miles ->
        [one] मील
       *[other] मील
    } दूर
find-distance-about = लगभग { $distance } { $miles ->
        [one] मील
       *[other] मील
    } दूर
find-unverified = एजेंसी से जाँचा नहीं गया
find-approximate = नक्शे पर जगह अंदाज़न है
find-phone-missing = फ़ोन नंबर पता नहीं है
find-phone-countywide = यह पूरी काउंटी के लिए { -dpss } की लाइन है, इस ऑफिस का अपना नंबर नहीं।
find-phone-unverified = हम इस नंबर की जाँच नहीं कर पाए।
find-hours-missing = खुलने का समय पता नहीं है। जाने से पहले कॉल करें।
find-hours-conflicting = हमारे स्रोतों में अलग-अलग समय दिए गए हैं। जाने से पहले कॉल करें।
find-open-until = अभी खुला है, { $time } तक
find-open-always = 24 घंटे खुला है
find-closed-opens = अभी बंद है। { $day } को { $time } खुलेगा
find-closed = अभी बंद है
find-directions = रास्ता देखें (नक्शे की वेबसाइट खुलेगी)
find-source = यह जानकारी कहाँ से आई है
find-checked = { $date } को जाँचा गया
find-report = इस जानकारी में कोई गलती बताएँ (आपका ईमेल ऐप खुलेगा)

## एक से ज़्यादा ZIP कोड वाली जगहें
find-choose-title = { $name } के लिए एक से ज़्यादा ZIP कोड हैं
find-choose-text = अपना ZIP कोड चुनें:

## खोज में समस्याएँ
find-error-empty = ZIP कोड या शहर का नाम लिखें।
find-error-malformed-zip = 5 अंकों वाला ZIP कोड लिखें, जैसे 90020।
find-error-zip-not-in-county = { $input } लॉस एंजेलिस काउंटी का ZIP कोड नहीं है। काउंटी का कोई ZIP कोड लिखें।
find-error-unknown-place = हमें { $input } नाम अभी पता नहीं है। अपना ZIP कोड डालकर देखें।
find-error-malformed-coordinate = हम वह जगह पढ़ नहीं पाए। उसकी जगह अपना ZIP कोड लिखें।
find-error-coordinate-outside-county = वह जगह लॉस एंजेलिस काउंटी से बाहर है। काउंटी का कोई ZIP कोड लिखें।

## दिन और समय
weekday-0 = सोमवार
weekday-1 = मंगलवार
weekday-2 = बुधवार
weekday-3 = गुरुवार
weekday-4 = शुक्रवार
weekday-5 = शनिवार
weekday-6 = रविवार

## Office search: which agency's offices to show
find-agency-label = इनके दफ़्तर दिखाएँ
find-agency-both = { -dcfs } और { -dpss }
find-agency-dcfs = सिर्फ़ { -dcfs }
find-agency-dpss = सिर्फ़ { -dpss }

## All phone lines
hotlines-title = सभी फ़ोन लाइनें
hotlines-intro = लॉस एंजिल्स काउंटी के परिवारों के लिए हमें पता हर फ़ोन लाइन। हर लाइन बताती है कि उसका नंबर कहाँ से आया है।
hotlines-source-language = नाम और जानकारी अंग्रेज़ी में हैं, जैसे स्रोतों ने दी हैं।
hotlines-all-link = सभी फ़ोन लाइनें देखें

## नतीजों के पास नक्शा (यह साइट खुद बनाती है)
find-map-label = नक्शा: { $point }। सूची के { $count ->
        [one] { $count } ऑफिस
       *[other] { $count } ऑफिस
    }।
find-map-point-zip = अंदाज़न: ZIP { $zip } वाले इलाके का बीच
find-map-point-place = अंदाज़न: { $place } का बीच
find-map-point-exact = जहाँ से आपने खोजा
find-map-scale = { $distance } { $miles ->
        [one] मील
       *[other] मील
    }
find-map-key-dcfs = { -dcfs } ऑफिस
find-map-key-dpss = { -dpss } ऑफिस
find-map-credit = यह नक्शा हम खुद बनाते हैं। काउंटी की सीमा: अमेरिकी जनगणना ब्यूरो। जगहों के नाम: GeoNames (geonames.org, CC BY 4.0)।
