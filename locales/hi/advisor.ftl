# Linkages site: the advisor desk (/hi/advisor), machine draft from locales/en/advisor.ftl (hi).
# Reviewed by a certified translator: no.

## The desk
advisor-title = सलाहकार पेज
advisor-intro = 2-1-1 के सलाहकारों और मदद करने वाले लोगों के लिए, जो कॉल पर किसी की मदद कर रहे हैं। यह पेज कॉल करने वाले की भाषा में है। ज़ोर से पढ़ने वाले शब्दों के साथ अंग्रेज़ी भी लिखी है।
advisor-query-label = कॉल करने वाले का ZIP कोड, शहर या इलाका
advisor-submit = ऑफिस खोजें
advisor-offices-title = { $place } के पास के ऑफिस
advisor-lines-title = काउंटी की फ़ोन लाइनें
advisor-screening-link = सभी सवाल एक पेज पर

## Words to read out to the caller
advisor-script-title = कॉल करने वाले को यह पढ़कर सुनाएँ
advisor-script-dcfs = सबसे पास का { -dcfs } ऑफिस { $name } है।
advisor-script-dpss = { -calworks } या { -calfresh } के लिए, सबसे पास का { -dpss } ऑफिस { $name } है।
advisor-script-address = इसका पता { $address } है।
advisor-script-phone = इसका फ़ोन नंबर { $phone } है।
advisor-script-line = { $line }: { $phone }।

## The text message for the caller's phone
advisor-text-title = कॉल करने वाले के फ़ोन के लिए टेक्स्ट मैसेज
advisor-text-hint = इसे अपने फ़ोन सिस्टम से भेजें। यह वेबसाइट कुछ नहीं भेजती और कुछ भी सेव नहीं करती।
advisor-text-count = { $budget } में से { $units } अक्षर, { $segments ->
    [one] { $segments } टेक्स्ट मैसेज
   *[other] { $segments } टेक्स्ट मैसेज
}
advisor-text-use = टेक्स्ट में यह ऑफिस इस्तेमाल करें
advisor-text-in-use = टेक्स्ट में है
advisor-copy = टेक्स्ट कॉपी करें
advisor-copied = कॉपी हो गया। इसे अपने मैसेज में पेस्ट करें।
advisor-copy-failed = टेक्स्ट चुना हुआ है। कॉपी करने के लिए Ctrl+C दबाएँ।
advisor-error-office = यह ऑफिस हमारी सूची में नहीं है। फिर से खोजें, या खोज के नीचे से कोई ऑफिस चुनें।

## The screening on one page
advisor-screening-title = सभी सवाल एक पेज पर
advisor-screening-intro = सवाल किसी भी क्रम में पूछें। जो सवाल अब ज़रूरी नहीं हैं, उन्हें छिपाने के लिए "अपडेट करें" दबाएँ। सभी सवालों के जवाब मिलने पर नतीजा दिखेगा।
advisor-screening-update = अपडेट करें
advisor-screening-open = { $count ->
    [one] अभी { $count } सवाल का जवाब बाकी है।
   *[other] अभी { $count } सवालों के जवाब बाकी हैं।
}
advisor-screening-result = कॉल करने वाले के लिए क्या सही हो सकता है
advisor-screening-say = कॉल करने वाले से कहें
advisor-screening-none = अभी Linkages का कोई प्रोग्राम सही नहीं लगता। फिर भी कॉल करने वाले व्यक्ति { -dpss } ऑफिस में मदद माँग सकते हैं।
advisor-screening-problem = कुछ जवाब समझ में नहीं आए, इसलिए उन्हें छोड़ दिया गया। उन्हें फिर से जाँचें।
advisor-screening-start-over = फिर से शुरू करें
