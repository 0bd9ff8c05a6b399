### การประเมินด้วยตนเอง: คำถาม คำตอบ และผลลัพธ์ (ภาษาไทย)
# Reviewed by a certified translator: no.
### app/src/screening ใช้ id เหล่านี้ (ดู messages.rs) ใช้ id เดียวกันในทุกภาษา
### เขียนให้อ่านง่ายระดับเด็กอายุประมาณ 9 ปี สุภาพแต่ไม่แข็ง อย่าโทษพ่อแม่: ใช้คำว่า "เคสของคุณกับ DCFS"
### ใช้ชื่อทางการตามเดิม: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal

## หน้าผลลัพธ์

screening-heading-because = ทำไมเราจึงบอกแบบนี้
screening-heading-next-steps = ขั้นตอนต่อไป
screening-heading-services = บริการที่คุณอาจได้รับ
screening-heading-what-would-change = อะไรที่อาจเปลี่ยนผลนี้ได้
screening-guidance-not-decision = นี่เป็นเพียงคำแนะนำ เจ้าหน้าที่ที่ดูแลคุณเป็นผู้ตัดสินว่าคุณจะได้รับอะไร

## ทางเลือกนี้เหมาะกับคุณแค่ไหน

screening-fit-may-fit = อาจเหมาะกับคุณ
screening-fit-ask = ถามเจ้าหน้าที่ของคุณ
screening-fit-no = ดูเหมือนไม่เหมาะกับคุณ

## คำถาม: หัวข้อสั้น ๆ และคำอธิบายหนึ่งบรรทัด

screening-q-dcfs-case = คุณมีเคสที่ยังเปิดอยู่กับ DCFS หรือไม่
screening-q-dcfs-case-hint = DCFS คือกรมบริการเด็กและครอบครัว ถ้ามีนักสังคมสงเคราะห์เด็กมาเยี่ยมหรือโทรหาคุณ คุณอาจมีเคสอยู่
screening-q-dcfs-service = DCFS ช่วยเหลือครอบครัวของคุณแบบไหน
screening-q-dcfs-service-hint = นักสังคมสงเคราะห์ของ DCFS บอกชื่อโครงการของคุณได้
screening-q-children-location = ตอนนี้ลูก ๆ ของคุณอยู่ที่ไหน
screening-q-children-location-hint = ให้นึกถึงลูกทุกคนของคุณ
screening-q-calworks-now = ตอนนี้คุณได้รับ CalWORKs หรือไม่
screening-q-calworks-now-hint = CalWORKs คือเงินช่วยเหลือสำหรับครอบครัวที่มีลูก ได้รับจาก DPSS
screening-q-calworks-at-removal = ตอนที่ DCFS ให้ลูกของคุณไปอยู่นอกบ้าน คุณได้รับ CalWORKs อยู่หรือไม่
screening-q-calworks-at-removal-hint = CalWORKs ของคุณอาจหยุดไปหลังจากนั้น ให้ตอบตามช่วงเวลาที่ลูกย้ายไปอยู่ที่อื่น
screening-q-fr-plan = คุณมีแผนรวมครอบครัว (Family Reunification) กับ DCFS หรือไม่
screening-q-fr-plan-hint = นี่คือแผนที่คุณกับนักสังคมสงเคราะห์ของ DCFS ทำร่วมกันเพื่อพาลูกกลับบ้าน
screening-q-relative-caregiver = DCFS ให้ลูกคนใดของคุณไปอยู่กับญาติหรือไม่
screening-q-relative-caregiver-hint = เช่น อยู่กับปู่ย่าตายาย ป้า น้า อา ลุง หรือญาติคนอื่น
screening-q-homeless = ตอนนี้คุณไม่มีที่อยู่อาศัยใช่หรือไม่
screening-q-homeless-hint = เช่น คุณนอนที่ศูนย์พักพิง ในรถ ในโมเต็ล หรือข้างนอก หรือต้องย้ายที่นอนไปเรื่อย ๆ
screening-q-sanction = DPSS ลด CalWORKs ของคุณเพราะการลงโทษ (sanction) ของ GAIN หรือไม่
screening-q-sanction-hint = การลงโทษ (sanction) คือเมื่อ DPSS ตัด CalWORKs ของคุณเพราะกฎของ GAIN (Welfare-to-Work) จดหมายจาก DPSS จะแจ้งเรื่องนี้

## ตัวเลือกคำตอบ

screening-answer-yes = ใช่
screening-answer-no = ไม่ใช่
screening-answer-unsure = ไม่ทราบ
screening-answer-family-maintenance = โครงการดูแลครอบครัว (Family Maintenance)
screening-answer-family-maintenance-hint = ลูกอยู่กับคุณ และนักสังคมสงเคราะห์ของ DCFS ช่วยเหลือครอบครัวของคุณ อาจเป็นคำสั่งศาลหรือคุณเลือกเองก็ได้
screening-answer-family-preservation = โครงการรักษาครอบครัว (Family Preservation)
screening-answer-family-preservation-hint = ลูกอยู่กับคุณ และหน่วยงานรักษาครอบครัว (Family Preservation) ทำงานกับครอบครัวของคุณ
screening-answer-family-reunification = โครงการรวมครอบครัว (Family Reunification)
screening-answer-family-reunification-hint = ตอนนี้ลูกอยู่ที่อื่นชั่วคราว และคุณกำลังพยายามพาลูกกลับบ้าน
screening-answer-investigation = DCFS กำลังตรวจสอบเรื่องที่มีคนแจ้งมา
screening-answer-investigation-hint = นักสังคมสงเคราะห์กำลังมาดูความเป็นอยู่ของครอบครัวคุณ และยังไม่ได้เริ่มโครงการใด
screening-answer-all-home = ลูกทุกคนอยู่กับฉัน
screening-answer-some-removed = ลูกบางคนอยู่กับฉัน และ DCFS ให้ลูกบางคนไปอยู่ที่อื่น
screening-answer-all-removed = DCFS ให้ลูกทุกคนไปอยู่นอกบ้านของฉัน

## เหตุผล: สิ่งที่ครอบครัวบอกเรา

screening-reason-dcfs-case-yes = คุณบอกว่าคุณมีเคสที่ยังเปิดอยู่กับ DCFS
screening-reason-dcfs-case-no = คุณบอกว่าคุณไม่มีเคสที่ยังเปิดอยู่กับ DCFS
screening-reason-dcfs-case-unsure = เรายังไม่ทราบว่าคุณมีเคสที่ยังเปิดอยู่กับ DCFS หรือไม่
screening-reason-dcfs-service-family-maintenance = คุณบอกว่าเคสของคุณกับ DCFS อยู่ในโครงการดูแลครอบครัว
screening-reason-dcfs-service-family-preservation = คุณบอกว่าครอบครัวของคุณอยู่ในโครงการรักษาครอบครัวกับ DCFS
screening-reason-dcfs-service-family-reunification = คุณบอกว่าเคสของคุณกับ DCFS อยู่ในโครงการรวมครอบครัว
screening-reason-dcfs-service-investigation = คุณบอกว่า DCFS กำลังตรวจสอบเรื่องที่มีคนแจ้งมา และยังไม่ได้เริ่มโครงการใด
screening-reason-dcfs-service-unsure = เรายังไม่ทราบว่าเคสของคุณอยู่ในโครงการไหนของ DCFS
screening-reason-children-location-all-home = คุณบอกว่าลูกทุกคนอยู่กับคุณ
screening-reason-children-location-some-removed = คุณบอกว่าลูกบางคนอยู่กับคุณ และ DCFS ให้ลูกบางคนไปอยู่ที่อื่น
screening-reason-children-location-all-removed = คุณบอกว่า DCFS ให้ลูกทุกคนไปอยู่นอกบ้านของคุณ
screening-reason-children-location-unsure = เรายังไม่ทราบว่าลูกของคุณอยู่ที่ไหน
screening-reason-calworks-now-yes = คุณบอกว่าตอนนี้คุณได้รับ CalWORKs
screening-reason-calworks-now-no = คุณบอกว่าตอนนี้คุณไม่ได้รับ CalWORKs
screening-reason-calworks-now-unsure = เรายังไม่ทราบว่าตอนนี้คุณได้รับ CalWORKs หรือไม่
screening-reason-calworks-at-removal-yes = คุณบอกว่าคุณได้รับ CalWORKs อยู่ ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-reason-calworks-at-removal-no = คุณบอกว่าคุณไม่ได้รับ CalWORKs ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-reason-calworks-at-removal-unsure = เรายังไม่ทราบว่าคุณได้รับ CalWORKs อยู่หรือไม่ ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-reason-fr-plan-yes = คุณบอกว่าคุณมีแผนรวมครอบครัวกับ DCFS
screening-reason-fr-plan-no = คุณบอกว่าคุณไม่มีแผนรวมครอบครัวกับ DCFS
screening-reason-fr-plan-unsure = เรายังไม่ทราบว่าคุณมีแผนรวมครอบครัวกับ DCFS หรือไม่
screening-reason-relative-caregiver-yes = คุณบอกว่า DCFS ให้ลูกของคุณอย่างน้อยหนึ่งคนไปอยู่กับญาติ
screening-reason-relative-caregiver-no = คุณบอกว่า DCFS ไม่ได้ให้ลูกคนใดของคุณไปอยู่กับญาติ
screening-reason-relative-caregiver-unsure = เรายังไม่ทราบว่ามีลูกคนใดของคุณอยู่กับญาติหรือไม่
screening-reason-homeless-yes = คุณบอกว่าตอนนี้คุณไม่มีที่อยู่อาศัย
screening-reason-homeless-no = คุณบอกว่าตอนนี้คุณมีที่อยู่อาศัย
screening-reason-homeless-unsure = เรายังไม่ทราบว่าตอนนี้คุณมีที่อยู่อาศัยหรือไม่
screening-reason-sanction-yes = คุณบอกว่า DPSS ลด CalWORKs ของคุณเพราะการลงโทษของ GAIN
screening-reason-sanction-no = คุณบอกว่า DPSS ไม่ได้ลด CalWORKs ของคุณเพราะการลงโทษของ GAIN
screening-reason-sanction-unsure = เรายังไม่ทราบว่า DPSS ลด CalWORKs ของคุณเพราะการลงโทษของ GAIN หรือไม่

## สิ่งที่อาจเปลี่ยนผล "ถามเจ้าหน้าที่ของคุณ"

screening-change-dcfs-case = ลองหาคำตอบว่าคุณมีเคสที่ยังเปิดอยู่กับ DCFS หรือไม่ นักสังคมสงเคราะห์ที่ดูแลลูกของคุณ หรือจดหมายจาก DCFS บอกคุณได้
screening-change-dcfs-service = ถามนักสังคมสงเคราะห์ของ DCFS ว่าเคสของคุณอยู่ในโครงการไหน
screening-change-children-location = ถามนักสังคมสงเคราะห์ของ DCFS ว่าลูกแต่ละคนของคุณไปอยู่ที่ไหน
screening-change-calworks-now = ลองหาคำตอบว่าตอนนี้คุณได้รับ CalWORKs หรือไม่ เจ้าหน้าที่ตรวจสอบสิทธิ์ (Eligibility Worker) จดหมายจาก DPSS หรือ BenefitsCal บอกคุณได้
screening-change-calworks-at-removal = ถามเจ้าหน้าที่ตรวจสอบสิทธิ์ว่าคุณได้รับ CalWORKs อยู่หรือไม่ ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-change-fr-plan = ถามนักสังคมสงเคราะห์ของ DCFS ว่าคุณมีแผนรวมครอบครัวหรือไม่
screening-change-relative-caregiver = ถามนักสังคมสงเคราะห์ของ DCFS ว่ามีลูกคนใดของคุณไปอยู่กับญาติหรือไม่
screening-change-homeless = บอกเจ้าหน้าที่ของคุณว่าคุณนอนที่ไหนตอนกลางคืน เจ้าหน้าที่จะบอกได้ว่าแบบนี้นับว่าไม่มีที่อยู่อาศัยหรือไม่
screening-change-sanction = ถามเจ้าหน้าที่ GAIN ว่า CalWORKs ของคุณถูกลดเพราะการลงโทษหรือไม่ จดหมายจาก DPSS ก็จะแจ้งเรื่องนี้เช่นกัน

## ทางเลือก: หัวข้อและสรุปหนึ่งประโยค

screening-path-prevention-5122 = ขอให้ DCFS ช่วยเชื่อมคุณกับ DPSS
screening-path-prevention-5122-summary = นักสังคมสงเคราะห์ของ DCFS ตรวจสอบได้ว่าคุณอาจได้รับความช่วยเหลือจาก DPSS หรือไม่ เช่น CalWORKs, General Relief, CalFresh หรือ Medi-Cal และช่วยให้คุณสมัครได้เร็วขึ้น
screening-path-family-maintenance = บริการ GAIN ในโครงการดูแลครอบครัว (Family Maintenance)
screening-path-family-maintenance-summary = ระหว่างที่ลูกอยู่กับคุณ และเคสของคุณกับ DCFS อยู่ในโครงการดูแลครอบครัว บริการ GAIN อาจเป็นส่วนหนึ่งของแผน Welfare-to-Work (แผนการทำงาน) ของคุณได้
screening-path-family-preservation = บริการ GAIN ในโครงการรักษาครอบครัว (Family Preservation)
screening-path-family-preservation-summary = ระหว่างที่ลูกอยู่กับคุณ และครอบครัวของคุณอยู่ในโครงการรักษาครอบครัว DCFS และ DPSS จะวางแผนบริการให้คุณร่วมกัน และบริการ GAIN อาจเป็นส่วนหนึ่งของแผน Welfare-to-Work (แผนการทำงาน) ของคุณได้
screening-path-family-reunification = บริการ GAIN ในโครงการรวมครอบครัว (Family Reunification)
screening-path-family-reunification-summary = หากคุณได้รับ CalWORKs อยู่ตอนที่ลูกต้องไปอยู่นอกบ้าน คุณเลือกรับบริการ GAIN ต่อไปได้ โดยไม่มีเงินช่วยเหลือ เพื่อช่วยให้ลูกได้กลับบ้าน
screening-path-homeless-outreach = ความช่วยเหลือสำหรับครอบครัวที่ไม่มีที่อยู่อาศัย
screening-path-homeless-outreach-summary = หากคุณได้รับ CalWORKs และมีเคสโครงการดูแลครอบครัว (Family Maintenance) กับ DCFS ทั้ง DCFS และ DPSS ทำงานร่วมกันได้ เพื่อช่วยให้ครอบครัวของคุณได้รับความช่วยเหลือสำหรับครอบครัวที่ไม่มีที่อยู่อาศัย
screening-path-sanction-help = ความช่วยเหลือเพื่อยุติการลงโทษ (sanction) ของ CalWORKs
screening-path-sanction-help-summary = DCFS และ DPSS ติดต่อคุณร่วมกันได้ เพื่อช่วยคุณแก้ไขสาเหตุของการลงโทษ และทำให้การลงโทษสิ้นสุดลง
screening-path-linkages-gsw = เจ้าหน้าที่ GAIN ที่สำนักงาน DCFS ของคุณ
screening-path-linkages-gsw-summary = เจ้าหน้าที่บริการ GAIN ของ Linkages ที่สำนักงาน DCFS ของคุณ เข้าร่วมการประชุมทีมเด็กและครอบครัว (Child and Family Team) ของคุณ และให้คำแนะนำเกี่ยวกับเคสของคุณได้
screening-path-dpss-apply = สมัครกับ DPSS ด้วยตัวเอง
screening-path-dpss-apply-summary = คุณสมัครขอความช่วยเหลือจาก DPSS ได้ เช่น CalWORKs, CalFresh, Medi-Cal หรือ General Relief ทางออนไลน์หรือทางโทรศัพท์

## ขั้นตอนต่อไป

screening-step-answer-again = ถ้ามีอะไรเปลี่ยนไป คุณตอบคำถามใหม่ได้
screening-step-ask-worker = ถามนักสังคมสงเคราะห์ของ DCFS หรือเจ้าหน้าที่ตรวจสอบสิทธิ์ หรือเจ้าหน้าที่ GAIN ว่าสิ่งนี้เหมาะกับคุณหรือไม่
screening-step-call-211 = โทร 2-1-1 เพื่อหาความช่วยเหลือใกล้บ้านคุณ โทรฟรี และมีคนรับสายทั้งกลางวันและกลางคืน
screening-step-wtw-plan = ถามว่ามีบริการใดบ้างที่เป็นส่วนหนึ่งของแผน Welfare-to-Work (แผนการทำงาน) ของคุณได้
screening-step-benefitscal = สมัครทางออนไลน์ที่ BenefitsCal.com
screening-step-call-dpss = หรือโทรหา DPSS ที่หมายเลข (866) 613-3777
screening-step-ask-5122 = ขอให้นักสังคมสงเคราะห์ของ DCFS ตรวจสอบว่าคุณได้รับความช่วยเหลือจาก DPSS ได้หรือไม่ โดยจะใช้แบบฟอร์มชื่อ DCFS 5122
screening-step-expedited-intake = ถ้าคุณอาจมีสิทธิ์ นักสังคมสงเคราะห์จะส่งเรื่องของคุณไปที่ DPSS เพื่อให้ใบสมัครของคุณดำเนินการได้เร็วขึ้น
screening-step-tell-worker-fm = บอกเจ้าหน้าที่ตรวจสอบสิทธิ์หรือเจ้าหน้าที่ GAIN ว่าคุณมีเคสโครงการดูแลครอบครัว (Family Maintenance) กับ DCFS
screening-step-tell-worker-fp = บอกเจ้าหน้าที่ตรวจสอบสิทธิ์หรือเจ้าหน้าที่ GAIN ว่าครอบครัวของคุณอยู่ในโครงการรักษาครอบครัว (Family Preservation) กับ DCFS
screening-step-fr-volunteer = บอกนักสังคมสงเคราะห์ของ DCFS และเจ้าหน้าที่ GAIN ว่าคุณต้องการบริการรวมครอบครัว (Family Reunification) คุณเป็นคนเลือกเอง
screening-step-general-relief = บริการเหล่านี้ไม่มีเงินช่วยเหลือ ถ้าคุณต้องการเงินไว้ใช้จ่ายในชีวิตประจำวัน คุณสมัคร General Relief ได้
screening-step-tell-worker-homeless = บอกนักสังคมสงเคราะห์ของ DCFS และเจ้าหน้าที่ตรวจสอบสิทธิ์ว่าคุณไม่มีที่อยู่อาศัย ขอให้ทั้งสองคนทำงานร่วมกันเพื่อช่วยคุณ
screening-step-tell-worker-sanction = บอกเจ้าหน้าที่ GAIN และนักสังคมสงเคราะห์ของ DCFS เรื่องการลงโทษ ขอให้ทั้งสองคนทำงานร่วมกับคุณเพื่อยุติการลงโทษ
screening-step-gsw-cft = ขอให้นักสังคมสงเคราะห์ของ DCFS เชิญเจ้าหน้าที่บริการ GAIN ของ Linkages มาร่วมการประชุมทีมเด็กและครอบครัว (Child and Family Team) ของคุณ
screening-step-gsw-consult = นักสังคมสงเคราะห์ของคุณยังปรึกษาเรื่องเคสของคุณกับเจ้าหน้าที่บริการ GAIN ของ Linkages ได้ด้วย
screening-step-dpss-if-dcfs = ถ้าคุณมีเคสกับ DCFS ขอให้นักสังคมสงเคราะห์ช่วยคุณสมัคร อาจเร็วกว่า
screening-step-dpss-through-dcfs = เพราะคุณมีเคสกับ DCFS นักสังคมสงเคราะห์ของคุณจึงช่วยคุณเรื่อง DPSS ได้ ดูผลลัพธ์อื่น ๆ ด้วย

## บริการ

screening-service-mental-health = บริการด้านสุขภาพจิต
screening-service-domestic-violence = บริการด้านความรุนแรงในครอบครัว
screening-service-substance-use = ความช่วยเหลือเรื่องการใช้สุราหรือยาเสพติด
screening-service-education-training = การศึกษาและการฝึกอบรม
screening-service-employment = ความช่วยเหลือในการหางานและรักษางานไว้
screening-service-transportation = ความช่วยเหลือเรื่องการเดินทาง
screening-service-child-care = การดูแลเด็ก
screening-service-ancillary-costs = ความช่วยเหลือค่าหนังสือ เครื่องมือ ชุดเครื่องแบบ และค่าธรรมเนียม
screening-service-housing-support = ความช่วยเหลือเรื่องที่อยู่อาศัย
screening-service-moving-assistance = ความช่วยเหลือค่าใช้จ่ายในการย้ายบ้าน
screening-service-temporary-homeless-assistance = ความช่วยเหลือระยะสั้นระหว่างที่คุณไม่มีที่อยู่อาศัย

## ระยะเวลาจำกัด ($months, $max_months: ตัวเลข)

screening-time-limit =
    { $months ->
       *[other] บริการเหล่านี้ใช้ได้นานสูงสุด { $months } เดือน
    }
screening-time-limit-extendable =
    { $months ->
       *[other] บริการเหล่านี้ใช้ได้นาน { $months } เดือน ถ้าคุณเข้าเงื่อนไขของโครงการ ก็ใช้ต่อได้นานสูงสุด { $max_months } เดือน
    }
