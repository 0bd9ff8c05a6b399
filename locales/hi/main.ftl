# Linkages वेबसाइट: पेज का ढाँचा, होम पेज, ऑफिस खोज और गड़बड़ी के संदेश (हिंदी)।
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = { -dcfs } और { -dpss } से जुड़े परिवारों के लिए मदद
skip-to-content = सीधे मुख्य जानकारी पर जाएँ

## जल्दी बाहर निकलें
exit-link = जल्दी बाहर निकलें
exit-hint = इस वेबसाइट से तुरंत बाहर निकलें। आप Shift बटन को 3 बार भी दबा सकते हैं।

## सुरक्षा, हर पेज पर
safety-title = सबसे पहले सुरक्षा
safety-danger = क्या आप अभी खतरे में हैं? { $number } पर कॉल करें।
safety-report = बच्चों के साथ दुर्व्यवहार की रिपोर्ट करने के लिए, चाइल्ड प्रोटेक्शन हॉटलाइन (Child Protection Hotline) को { $number } पर कॉल करें। यह 24 घंटे, हफ़्ते के 7 दिन खुली है।

## मेन्यू और भाषा
nav-label = मुख्य मेन्यू
nav-home = होम
nav-screening = देखें कि आपके लिए क्या सही हो सकता है
nav-find = ऑफिस खोजें
lang-label = भाषा
lang-current = आप अभी हिंदी में पढ़ रहे हैं
lang-unreviewed = किसी सर्टिफ़ाइड अनुवादक ने अभी तक इस अनुवाद की जाँच नहीं की है।
lang-read-english = यह पेज अंग्रेज़ी में पढ़ें
lang-notice-label = इस अनुवाद के बारे में

## होम पेज
home-title = { -dcfs } केस वाले माता-पिता के लिए मदद
home-intro = Linkages लॉस एंजेलिस काउंटी के दो विभागों की साझेदारी है। { -dcfs } बच्चों की सुरक्षा के लिए परिवारों के साथ काम करता है। { -dpss } नकद मदद, खाना, स्वास्थ्य सेवा और नौकरी में मदद देता है। अगर आप दोनों के साथ काम करते हैं, तो वे आपके साथ मिलकर योजना बना सकते हैं।
home-services = { -dpss } के प्रोग्राम में { -calworks } (परिवारों के लिए नकद मदद), { -gain } (नौकरी और ट्रेनिंग में मदद), { -calfresh } (खाना), { -medi-cal } (स्वास्थ्य सेवा) और { -general-relief-said } (वयस्कों के लिए नकद मदद) शामिल हैं।
home-check-title = देखें कि आपके लिए क्या सही हो सकता है
home-check-text = कुछ छोटे सवालों के जवाब दें। हम आपका नाम नहीं पूछते। हम आपके जवाब सेव नहीं करते।
home-check-start = सवाल शुरू करें
home-find-title = ऑफिस खोजें
home-find-text = अपने पास के { -dcfs } और { -dpss } ऑफिस खोजें, उनके फ़ोन नंबर और खुलने के समय के साथ।
home-find-start = ऑफिस खोजें
home-call-title = फ़ोन लाइनें
home-privacy = यह वेबसाइट { -dcfs } या { -dpss } को कोई रिपोर्ट नहीं भेजती। कोई अकाउंट नहीं है। आपके जवाब सेव नहीं होते।

## फ़ोन लाइनें
line-child-protection = चाइल्ड प्रोटेक्शन हॉटलाइन (Child Protection Hotline)
line-child-protection-hours = 24 घंटे, हफ़्ते के 7 दिन
line-dpss = { -dpss } कस्टमर सर्विस सेंटर
line-dpss-hours = सोमवार से शुक्रवार, { $opens } से { $closes } तक (यह समय आखिरी बार 2020 में जाँचा गया था)
line-211 = 211 LA काउंटी, सेवाओं के बारे में जानकारी और मदद
line-211-hours = 24 घंटे, हफ़्ते के 7 दिन
line-911 = इमरजेंसी

## फ़ुटर
footer-privacy = निजी: कोई अकाउंट नहीं, कोई ट्रैकिंग नहीं, आपकी भाषा की पसंद के अलावा कोई कुकी नहीं। आपके जवाब कभी सेव नहीं होते और { -dcfs } या { -dpss } को नहीं भेजे जाते।
footer-guidance = यह वेबसाइट सिर्फ़ सलाह देती है। आपके केस के बारे में फ़ैसले आपके वर्कर लेते हैं।
footer-data = ऑफिस और फ़ोन की जानकारी: लॉस एंजेलिस काउंटी के { -dcfs } और { -dpss } के सार्वजनिक स्रोत। ZIP कोड की जगहें: US Census Bureau (अमेरिकी जनगणना ब्यूरो) और GeoNames (CC BY 4.0)।

## सवाल: पहले कदम (सवाल screening.ftl में हैं)
flow-title = देखें कि आपके लिए क्या सही हो सकता है
flow-continue = आगे बढ़ें
flow-back = पीछे
flow-start-over = फिर से शुरू करें
flow-choose-one = एक जवाब चुनें।
flow-question-count = सवाल { $number }

## गड़बड़ी
error-title = कोई समस्या है
error-not-found-title = पेज नहीं मिला
error-not-found-text = हमें यह पेज नहीं मिला। पता जाँचें, या होम पेज पर जाएँ।

## सवालों के पेज
flow-check-title = अपने जवाब जाँचें
flow-change = बदलें
flow-see-result = देखें कि आपके लिए क्या सही हो सकता है
flow-result-title = आपके लिए क्या सही हो सकता है
flow-not-decision = { -dpss } की मदद के लिए { -form-5122 } जाँच { -dcfs } के कर्मचारी करते हैं: इसके लिए अपने { -social-worker } से कहें। यह वेबसाइट कोई फ़ैसला नहीं करती और { -dcfs } या { -dpss } को कोई रिपोर्ट नहीं भेजती।
flow-no-title = जो प्रोग्राम आपके लिए सही नहीं लगते
flow-next-title = कहाँ जाएँ
flow-find-offices = सबसे पास के ऑफिस खोजें
flow-change-answers = अपने जवाब बदलें
flow-share-title = इसे बाद के लिए रखें
flow-share-text = आप इन प्रोग्राम के नाम खुद को भेज सकते हैं। आपके जवाब इसमें नहीं होंगे।
flow-share-intro = Linkages के प्रोग्राम, जिनके बारे में पूछना है
flow-share-sms = टेक्स्ट मैसेज से भेजें
flow-share-email = ईमेल से भेजें
flow-print-hint = यह पेज प्रिंट करने के लिए, अपने ब्राउज़र का Print मेन्यू इस्तेमाल करें।
flow-stores-nothing = हमने आपके जवाब सेव नहीं किए और किसी को नहीं भेजे। यह पेज बंद करते ही वे मिट जाएँगे।
