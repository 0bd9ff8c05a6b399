### खुद जाँच: सवाल, जवाब और नतीजे (हिंदी)।
# Reviewed by a certified translator: no.
### ये id app/src/screening में इस्तेमाल होते हैं (messages.rs देखें)। हर भाषा में वही id रखें।
### लगभग 9 साल के बच्चे के पढ़ने के स्तर के लिए, आसान रोज़ की हिंदी में लिखें।
### माता-पिता को कभी दोष न दें: "DCFS के साथ आपका केस" कहें।
### आधिकारिक नाम वैसे ही रखें: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal।
### Program and role names are Fluent terms from terms.ftl ({ -dcfs }, { -social-worker }): never
### type them; see locales/glossary.toml and locales/README.md.

## नतीजे का पेज

screening-heading-because = हम यह क्यों कह रहे हैं
screening-heading-next-steps = आगे क्या करें
screening-heading-services = सेवाएँ जो आपको मिल सकती हैं
screening-heading-what-would-change = इसे क्या बदल सकता है
screening-guidance-not-decision = यह सिर्फ़ एक गाइड है। आपको क्या मिलेगा, यह आपके वर्कर तय करते हैं।

## कोई रास्ता आपके लिए कितना सही है

screening-fit-may-fit = आपके लिए सही हो सकता है
screening-fit-ask = अपने वर्कर से पूछें
screening-fit-no = आपके लिए सही नहीं लगता

## सवाल: छोटा शीर्षक और एक लाइन की मदद

screening-q-dcfs-case = क्या { -dcfs } के साथ आपका कोई खुला केस है?
screening-q-dcfs-case-hint = { -dcfs } { -dcfs-full } है। अगर बच्चों का कोई { -social-worker } आपसे मिलने आता है या आपको फ़ोन करता है, तो शायद आपका केस है।
screening-q-dcfs-service = { -dcfs } आपके परिवार को किस तरह की मदद दे रहा है?
screening-q-dcfs-service-hint = आपके { -dcfs } { -social-worker } आपको आपके प्रोग्राम का नाम बता सकते हैं।
screening-q-children-location = आपके बच्चे अभी कहाँ रहते हैं?
screening-q-children-location-hint = अपने सभी बच्चों के बारे में सोचें।
screening-q-calworks-now = क्या आपको अभी { -calworks } मिल रहा है?
screening-q-calworks-now-hint = { -calworks } बच्चों वाले परिवारों के लिए पैसों की मदद है। यह { -dpss } से मिलती है।
screening-q-calworks-at-removal = जब { -dcfs } ने आपके बच्चों को आपके घर से बाहर रखा, तब क्या आपको { -calworks } मिल रहा था?
screening-q-calworks-at-removal-hint = हो सकता है उसके बाद आपका { -calworks } बंद हो गया हो। उस समय के बारे में बताएँ जब बच्चों को दूसरी जगह रखा गया था।
screening-q-fr-plan = क्या { -dcfs } के साथ आपका { -family-reunification-said } प्लान है?
screening-q-fr-plan-hint = यह वह प्लान है जो आपने और आपके { -dcfs } { -social-worker } ने बच्चों को घर वापस लाने के लिए बनाया है।
screening-q-relative-caregiver = क्या { -dcfs } ने आपके किसी बच्चे को किसी रिश्तेदार के पास रखा है?
screening-q-relative-caregiver-hint = जैसे, दादा-दादी, नाना-नानी, चाची, मौसी, चाचा, मामा या परिवार के किसी और सदस्य के पास।
screening-q-homeless = क्या आप अभी बेघर हैं?
screening-q-homeless-hint = जैसे, आप शेल्टर, कार, मोटेल या बाहर सोते हैं, या एक जगह से दूसरी जगह जाते रहते हैं।
screening-q-sanction = क्या { -dpss } ने { -gain } में { -sanction-said } की वजह से आपका { -calworks } कम किया?
screening-q-sanction-hint = { -sanction-said } का मतलब है कि { -gain } ({ -welfare-to-work-said }) के किसी नियम की वजह से { -dpss } आपका { -calworks } काट देता है। { -dpss } की चिट्ठी में यह लिखा होगा।

## जवाब के विकल्प

screening-answer-yes = हाँ
screening-answer-no = नहीं
screening-answer-unsure = मुझे नहीं पता
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = आपके बच्चे आपके साथ रहते हैं, और { -dcfs } का एक { -social-worker } आपके परिवार की मदद करता है। यह कोर्ट के आदेश से हो सकता है या आपकी अपनी मर्ज़ी से।
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = आपके बच्चे आपके साथ रहते हैं, और एक { -family-preservation } एजेंसी आपके परिवार के साथ काम करती है।
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = आपके बच्चे अभी कुछ समय के लिए कहीं और रहते हैं, और आप उन्हें घर वापस लाने के लिए काम कर रहे हैं।
screening-answer-investigation = { -dcfs } किसी रिपोर्ट की जाँच कर रहा है
screening-answer-investigation-hint = एक { -social-worker } आपके परिवार का हाल देख रहा है, और अभी कोई प्रोग्राम शुरू नहीं हुआ है।
screening-answer-all-home = मेरे सभी बच्चे मेरे साथ रहते हैं
screening-answer-some-removed = कुछ बच्चे मेरे साथ रहते हैं, और { -dcfs } ने कुछ को कहीं और रखा है
screening-answer-all-removed = { -dcfs } ने मेरे सभी बच्चों को मेरे घर से बाहर रखा है

## वजहें: परिवार ने हमें क्या बताया

screening-reason-dcfs-case-yes = आपने बताया कि { -dcfs } के साथ आपका खुला केस है।
screening-reason-dcfs-case-no = आपने बताया कि { -dcfs } के साथ आपका कोई खुला केस नहीं है।
screening-reason-dcfs-case-unsure = हमें अभी तक नहीं पता कि { -dcfs } के साथ आपका खुला केस है या नहीं।
screening-reason-dcfs-service-family-maintenance = आपने बताया कि { -dcfs } के साथ आपका केस { -family-maintenance } में है।
screening-reason-dcfs-service-family-preservation = आपने बताया कि आपका परिवार { -dcfs } के साथ { -family-preservation } में है।
screening-reason-dcfs-service-family-reunification = आपने बताया कि { -dcfs } के साथ आपका केस { -family-reunification } में है।
screening-reason-dcfs-service-investigation = आपने बताया कि { -dcfs } किसी रिपोर्ट की जाँच कर रहा है, और अभी कोई प्रोग्राम शुरू नहीं हुआ है।
screening-reason-dcfs-service-unsure = हमें अभी तक नहीं पता कि आपका केस { -dcfs } के किस प्रोग्राम में है।
screening-reason-children-location-all-home = आपने बताया कि आपके सभी बच्चे आपके साथ रहते हैं।
screening-reason-children-location-some-removed = आपने बताया कि आपके कुछ बच्चे आपके साथ रहते हैं, और { -dcfs } ने कुछ को कहीं और रखा है।
screening-reason-children-location-all-removed = आपने बताया कि { -dcfs } ने आपके सभी बच्चों को आपके घर से बाहर रखा है।
screening-reason-children-location-unsure = हमें अभी तक नहीं पता कि आपके बच्चे कहाँ रहते हैं।
screening-reason-calworks-now-yes = आपने बताया कि आपको अभी { -calworks } मिलता है।
screening-reason-calworks-now-no = आपने बताया कि आपको अभी { -calworks } नहीं मिलता।
screening-reason-calworks-now-unsure = हमें अभी तक नहीं पता कि आपको इस समय { -calworks } मिलता है या नहीं।
screening-reason-calworks-at-removal-yes = आपने बताया कि जब आपके बच्चों को घर से बाहर रखा गया, तब आपको { -calworks } मिल रहा था।
screening-reason-calworks-at-removal-no = आपने बताया कि जब आपके बच्चों को घर से बाहर रखा गया, तब आपको { -calworks } नहीं मिल रहा था।
screening-reason-calworks-at-removal-unsure = हमें अभी तक नहीं पता कि जब आपके बच्चों को घर से बाहर रखा गया, तब आपको { -calworks } मिल रहा था या नहीं।
screening-reason-fr-plan-yes = आपने बताया कि { -dcfs } के साथ आपका { -family-reunification } प्लान है।
screening-reason-fr-plan-no = आपने बताया कि { -dcfs } के साथ आपका कोई { -family-reunification } प्लान नहीं है।
screening-reason-fr-plan-unsure = हमें अभी तक नहीं पता कि { -dcfs } के साथ आपका { -family-reunification } प्लान है या नहीं।
screening-reason-relative-caregiver-yes = आपने बताया कि { -dcfs } ने आपके कम से कम एक बच्चे को किसी रिश्तेदार के पास रखा है।
screening-reason-relative-caregiver-no = आपने बताया कि { -dcfs } ने आपके किसी भी बच्चे को किसी रिश्तेदार के पास नहीं रखा है।
screening-reason-relative-caregiver-unsure = हमें अभी तक नहीं पता कि आपका कोई बच्चा किसी रिश्तेदार के पास रहता है या नहीं।
screening-reason-homeless-yes = आपने बताया कि आप अभी बेघर हैं।
screening-reason-homeless-no = आपने बताया कि आप अभी बेघर नहीं हैं।
screening-reason-homeless-unsure = हमें अभी तक नहीं पता कि आप इस समय बेघर हैं या नहीं।
screening-reason-sanction-yes = आपने बताया कि { -dpss } ने { -gain } में { -sanction } की वजह से आपका { -calworks } कम किया।
screening-reason-sanction-no = आपने बताया कि { -dpss } ने { -gain } में { -sanction } की वजह से आपका { -calworks } कम नहीं किया।
screening-reason-sanction-unsure = हमें अभी तक नहीं पता कि { -dpss } ने { -gain } में { -sanction } की वजह से आपका { -calworks } कम किया या नहीं।

## "अपने वर्कर से पूछें" वाले नतीजे को क्या बदल सकता है

screening-change-dcfs-case = पता करें कि { -dcfs } के साथ आपका खुला केस है या नहीं। आपके बच्चों के { -social-worker } या { -dcfs } की चिट्ठी से यह पता चल सकता है।
screening-change-dcfs-service = अपने { -dcfs } { -social-worker } से पूछें कि आपका केस किस प्रोग्राम में है।
screening-change-children-location = अपने { -dcfs } { -social-worker } से पूछें कि आपके हर बच्चे को कहाँ रखा गया है।
screening-change-calworks-now = पता करें कि आपको अभी { -calworks } मिलता है या नहीं। आपके { -eligibility-worker-said }, { -dpss } की चिट्ठियों या BenefitsCal से यह पता चल सकता है।
screening-change-calworks-at-removal = अपने { -eligibility-worker } से पूछें कि जब आपके बच्चों को घर से बाहर रखा गया, तब आपको { -calworks } मिल रहा था या नहीं।
screening-change-fr-plan = अपने { -dcfs } { -social-worker } से पूछें कि आपका { -family-reunification } प्लान है या नहीं।
screening-change-relative-caregiver = अपने { -dcfs } { -social-worker } से पूछें कि क्या आपके किसी बच्चे को किसी रिश्तेदार के पास रखा गया है।
screening-change-homeless = अपने वर्कर को बताएँ कि आप रात को कहाँ सोते हैं। वे बता सकते हैं कि क्या इसे बेघर होना माना जाएगा।
screening-change-sanction = अपने { -gain-worker } से पूछें कि क्या { -sanction } की वजह से आपका { -calworks } कम किया गया था। { -dpss } की चिट्ठी में भी यह लिखा होगा।

## रास्ते: एक शीर्षक और एक वाक्य का सार

screening-path-prevention-5122 = { -dcfs } से कहें कि वे आपको { -dpss } से जोड़ें
screening-path-prevention-5122-summary = आपके { -dcfs } { -social-worker } जाँच सकते हैं कि क्या आपको { -dpss } से मदद मिल सकती है, जैसे { -calworks }, { -general-relief }, { -calfresh } या { -medi-cal }, और जल्दी आवेदन करने में आपकी मदद कर सकते हैं।
screening-path-family-maintenance = { -family-maintenance-said } में { -gain } की सेवाएँ
screening-path-family-maintenance-summary = जब तक आपके बच्चे आपके साथ रहते हैं और { -dcfs } के साथ आपका केस { -family-maintenance } में है, { -gain } की सेवाएँ आपके { -welfare-to-work-said } प्लान (काम से जुड़ी योजना) का हिस्सा बन सकती हैं।
screening-path-family-preservation = { -family-preservation-said } में { -gain } की सेवाएँ
screening-path-family-preservation-summary = जब तक आपके बच्चे आपके साथ रहते हैं और आपका परिवार { -family-preservation } में है, { -dcfs } और { -dpss } मिलकर आपकी सेवाओं की योजना बनाते हैं, और { -gain } की सेवाएँ आपके { -welfare-to-work-said } प्लान (काम से जुड़ी योजना) का हिस्सा बन सकती हैं।
screening-path-family-reunification = { -family-reunification-said } में { -gain } की सेवाएँ
screening-path-family-reunification-summary = अगर आपके बच्चों को घर से बाहर रखे जाने के समय आपको { -calworks } मिल रहा था, तो आप बच्चों को घर वापस लाने में मदद के लिए, बिना नकद मदद के, { -gain } की सेवाएँ लेते रहना चुन सकते हैं।
screening-path-homeless-outreach = बेघर परिवारों के लिए मदद
screening-path-homeless-outreach-summary = अगर आपको { -calworks } मिलता है और { -dcfs } के साथ आपका { -family-maintenance-said } केस है, तो { -dcfs } और { -dpss } मिलकर आपके परिवार को बेघर परिवारों के लिए मदद से जोड़ सकते हैं।
screening-path-sanction-help = { -calworks } में { -sanction-said } खत्म करने में मदद
screening-path-sanction-help-summary = { -dcfs } और { -dpss } मिलकर आपसे संपर्क कर सकते हैं, ताकि { -sanction } की वजह को ठीक करने और { -sanction } खत्म करने में आपकी मदद करें।
screening-path-linkages-gsw = आपके { -dcfs } ऑफिस में एक { -gain-worker }
screening-path-linkages-gsw-summary = आपके { -dcfs } ऑफिस में { -linkages-gain-worker } आपकी { -child-and-family-team-said } मीटिंग में शामिल हो सकता है और आपके केस के बारे में सलाह दे सकता है।
screening-path-dpss-apply = खुद { -dpss } में आवेदन करें
screening-path-dpss-apply-summary = आप { -dpss } से मदद के लिए, जैसे { -calworks }, { -calfresh }, { -medi-cal } या { -general-relief }, ऑनलाइन या फ़ोन पर आवेदन कर सकते हैं।

## आगे के कदम

screening-step-answer-again = अगर कुछ बदलता है, तो आप सवालों के जवाब फिर से दे सकते हैं।
screening-step-ask-worker = अपने { -dcfs } { -social-worker }, या अपने { -eligibility-worker-said } या { -gain-worker } से पूछें कि क्या यह आपके लिए सही है।
screening-step-call-211 = अपने पास मदद ढूँढने के लिए 2-1-1 पर कॉल करें। यह मुफ़्त है और दिन-रात खुला रहता है।
screening-step-wtw-plan = पूछें कि कौन सी सेवाएँ आपके { -welfare-to-work-said } प्लान (काम से जुड़ी योजना) का हिस्सा बन सकती हैं।
screening-step-benefitscal = BenefitsCal.com पर ऑनलाइन आवेदन करें।
screening-step-call-dpss = या { -dpss } को (866) 613-3777 पर कॉल करें।
screening-step-ask-5122 = अपने { -dcfs } { -social-worker } से कहें कि वे जाँचें कि क्या आपको { -dpss } से मदद मिल सकती है। इसके लिए वे { -form-5122 } नाम का फ़ॉर्म इस्तेमाल करते हैं।
screening-step-expedited-intake = अगर आप योग्य हो सकते हैं, तो आपके { -social-worker } आपको { -dpss } के पास भेजेंगे, ताकि आपका आवेदन जल्दी आगे बढ़े।
screening-step-tell-worker-fm = अपने { -eligibility-worker } या { -gain-worker } को बताएँ कि { -dcfs } के साथ आपका { -family-maintenance-said } केस है।
screening-step-tell-worker-fp = अपने { -eligibility-worker } या { -gain-worker } को बताएँ कि आपका परिवार { -dcfs } के साथ { -family-preservation-said } में है।
screening-step-fr-volunteer = अपने { -dcfs } { -social-worker } और अपने { -gain-worker } को बताएँ कि आप { -family-reunification-said } सेवाएँ चाहते हैं। यह आपकी मर्ज़ी है।
screening-step-general-relief = इन सेवाओं में नकद मदद शामिल नहीं है। अगर आपको गुज़ारे के लिए पैसों की ज़रूरत है, तो आप { -general-relief-said } के लिए आवेदन कर सकते हैं।
screening-step-tell-worker-homeless = अपने { -dcfs } { -social-worker } और अपने { -eligibility-worker } को बताएँ कि आप बेघर हैं। उनसे कहें कि वे मिलकर आपकी मदद करें।
screening-step-tell-worker-sanction = अपने { -gain-worker } और अपने { -dcfs } { -social-worker } को { -sanction-said } के बारे में बताएँ। उनसे कहें कि वे इसे खत्म करने के लिए आपके साथ काम करें।
screening-step-gsw-cft = अपने { -dcfs } { -social-worker } से कहें कि वे { -linkages-gain-worker } को आपकी { -child-and-family-team-said } मीटिंग में बुलाएँ।
screening-step-gsw-consult = आपके { -social-worker } आपके केस के बारे में { -linkages-gain-worker } से बात भी कर सकते हैं।
screening-step-dpss-if-dcfs = अगर { -dcfs } के साथ आपका केस है, तो अपने { -social-worker } से आवेदन करने में मदद माँगें। इससे काम जल्दी हो सकता है।
screening-step-dpss-through-dcfs = क्योंकि { -dcfs } के साथ आपका केस है, आपके { -social-worker } { -dpss } के काम में आपकी मदद कर सकते हैं। बाकी नतीजे भी देखें।

## सेवाएँ

screening-service-mental-health = मानसिक स्वास्थ्य सेवाएँ
screening-service-domestic-violence = घरेलू हिंसा से जुड़ी सेवाएँ
screening-service-substance-use = शराब या ड्रग्स के इस्तेमाल से जुड़ी मदद
screening-service-education-training = पढ़ाई और ट्रेनिंग
screening-service-employment = नौकरी ढूँढने और उसे बनाए रखने में मदद
screening-service-transportation = आने-जाने (ट्रांसपोर्ट) में मदद
screening-service-child-care = बच्चों की देखभाल (चाइल्ड केयर)
screening-service-ancillary-costs = किताबों, औज़ारों, यूनिफ़ॉर्म और फ़ीस का खर्च चुकाने में मदद
screening-service-housing-support = रहने की जगह के लिए मदद
screening-service-moving-assistance = घर बदलने के खर्च में मदद
screening-service-temporary-homeless-assistance = बेघर होने के दौरान थोड़े समय के लिए मदद

## समय सीमा ($months, $max_months: संख्याएँ)

screening-time-limit =
    { $months ->
        [one] ये सेवाएँ ज़्यादा से ज़्यादा { $months } महीने तक चल सकती हैं।
       *[other] ये सेवाएँ ज़्यादा से ज़्यादा { $months } महीनों तक चल सकती हैं।
    }
screening-time-limit-extendable =
    { $months ->
        [one] ये सेवाएँ { $months } महीने तक चल सकती हैं। अगर आप प्रोग्राम के नियम पूरे करते हैं, तो ये ज़्यादा से ज़्यादा { $max_months } महीनों तक जारी रह सकती हैं।
       *[other] ये सेवाएँ { $months } महीनों तक चल सकती हैं। अगर आप प्रोग्राम के नियम पूरे करते हैं, तो ये ज़्यादा से ज़्यादा { $max_months } महीनों तक जारी रह सकती हैं।
    }
