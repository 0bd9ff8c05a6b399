# Linkages वेबसाइट: जब साइट रुकने को कहे (हिंदी)।
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = कृपया एक मिनट रुकें
limits-search-text = थोड़े समय में आपके इंटरनेट से बहुत सारी खोजें आईं। एक मिनट रुकें, फिर दोबारा खोजें।
limits-search-call = अगर आपको अभी मदद चाहिए, तो नीचे दिए गए किसी नंबर पर फ़ोन करें।
