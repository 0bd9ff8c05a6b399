# Linkages site: the hand-off card (/hi/card), machine draft from locales/en/card.ftl (hi).
# Reviewed by a certified translator: no.

card-link = साथ ले जाने का कार्ड
card-link-discreet = निजी कार्ड: सिर्फ़ पता और फ़ोन
card-title = साथ ले जाने का कार्ड
card-discreet-title = पता और फ़ोन
card-intro = यह कार्ड दफ़्तर ले जाएँ। इसमें वही बातें आपकी भाषा में और अंग्रेज़ी में लिखी हैं, ताकि आप और कर्मचारी दोनों पढ़ सकें।
card-print-hint = प्रिंट करने के लिए अपने ब्राउज़र का Print मेन्यू इस्तेमाल करें। यह एक पेज में आ जाता है।
card-discreet-link = इसकी जगह निजी कार्ड दिखाएँ (दफ़्तरों या कार्यक्रमों के नाम नहीं)
card-full-link = पूरा कार्ड दिखाएँ
card-show-desk = कृपया यह कार्ड रिसेप्शन पर दिखाएँ।
card-paths-title = मदद जो आपके लिए हो सकती है
card-say-label = क्या कहें:
card-office-title = दफ़्तर
card-address = पता
card-address-missing = पता पता नहीं है। जाने से पहले फ़ोन करें।
card-phone = फ़ोन
card-hours = खुलने का समय
card-discreet-line-help = मदद लाइन
card-discreet-line-info = जानकारी लाइन, मुफ़्त
card-add-office = इस कार्ड में दफ़्तर जोड़ें: दफ़्तर खोजें
card-no-answers = इस कार्ड पर आपके जवाब नहीं हैं। यह फ़ैसला नहीं है: फ़ैसला कर्मचारी करते हैं।
card-error-empty = इस लिंक में यह नहीं लिखा कि कार्ड पर कौन-सी मदद या कौन-सा दफ़्तर हो। कोई दफ़्तर खोजें या सवालों के जवाब दें, फिर कार्ड दोबारा चुनें।
card-error-unknown-path = इस लिंक में लिखी मदद हम नहीं पहचानते। हो सकता है लिंक पुराना या अधूरा हो।
card-error-unknown-office = हमें यह दफ़्तर नहीं मिला। हो सकता है यह कहीं और चला गया हो या बंद हो गया हो। कृपया दफ़्तर फिर से खोजें।
card-error-too-many = इस लिंक में एक पेज से ज़्यादा चीज़ें हैं। किसी एक दफ़्तर से कार्ड दोबारा चुनें।
card-error-bad-parameter = इस लिंक में कुछ ऐसा है जो हम नहीं समझते। हो सकता है लिंक पुराना या अधूरा हो।
card-error-find = दफ़्तर खोजें
card-error-screening = सवालों के जवाब दें
