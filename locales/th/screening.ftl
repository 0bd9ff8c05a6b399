### การประเมินด้วยตนเอง: คำถาม คำตอบ และผลลัพธ์ (ภาษาไทย)
# Reviewed by a certified translator: no.
### app/src/screening ใช้ id เหล่านี้ (ดู messages.rs) ใช้ id เดียวกันในทุกภาษา
### เขียนให้อ่านง่ายระดับเด็กอายุประมาณ 9 ปี สุภาพแต่ไม่แข็ง อย่าโทษพ่อแม่: ใช้คำว่า "เคสของคุณกับ DCFS"
### ใช้ชื่อทางการตามเดิม: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal
### Program and role names are Fluent terms from terms.ftl ({ -dcfs }, { -social-worker }): never
### type them; see locales/glossary.toml and locales/README.md.

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

screening-q-dcfs-case = คุณมีเคสที่ยังเปิดอยู่กับ { -dcfs } หรือไม่
screening-q-dcfs-case-hint = { -dcfs } คือ{ -dcfs-full } ถ้ามี{ -social-worker }เด็กมาเยี่ยมหรือโทรหาคุณ คุณอาจมีเคสอยู่
screening-q-dcfs-service = { -dcfs } ช่วยเหลือครอบครัวของคุณแบบไหน
screening-q-dcfs-service-hint = { -social-worker }ของ { -dcfs } บอกชื่อโครงการของคุณได้
screening-q-children-location = ตอนนี้ลูก ๆ ของคุณอยู่ที่ไหน
screening-q-children-location-hint = ให้นึกถึงลูกทุกคนของคุณ
screening-q-calworks-now = ตอนนี้คุณได้รับ { -calworks } หรือไม่
screening-q-calworks-now-hint = { -calworks } คือเงินช่วยเหลือสำหรับครอบครัวที่มีลูก ได้รับจาก { -dpss }
screening-q-calworks-at-removal = ตอนที่ { -dcfs } ให้ลูกของคุณไปอยู่นอกบ้าน คุณได้รับ { -calworks } อยู่หรือไม่
screening-q-calworks-at-removal-hint = { -calworks } ของคุณอาจหยุดไปหลังจากนั้น ให้ตอบตามช่วงเวลาที่ลูกย้ายไปอยู่ที่อื่น
screening-q-fr-plan = คุณมีแผนตาม{ -family-reunification-said } กับ { -dcfs } หรือไม่
screening-q-fr-plan-hint = นี่คือแผนที่คุณกับ{ -social-worker }ของ { -dcfs } ทำร่วมกันเพื่อพาลูกกลับบ้าน
screening-q-relative-caregiver = { -dcfs } ให้ลูกคนใดของคุณไปอยู่กับญาติหรือไม่
screening-q-relative-caregiver-hint = เช่น อยู่กับปู่ย่าตายาย ป้า น้า อา ลุง หรือญาติคนอื่น
screening-q-homeless = ตอนนี้คุณไม่มีที่อยู่อาศัยใช่หรือไม่
screening-q-homeless-hint = เช่น คุณนอนที่ศูนย์พักพิง ในรถ ในโมเต็ล หรือข้างนอก หรือต้องย้ายที่นอนไปเรื่อย ๆ
screening-q-sanction = { -dpss } ลด { -calworks } ของคุณเพราะ { -sanction-said } (การตัดเงินตามกฎของ { -gain }) หรือไม่
screening-q-sanction-hint = { -sanction-said } คือเมื่อ { -dpss } ตัด { -calworks } ของคุณเพราะกฎของ { -gain } ({ -welfare-to-work-said }) จดหมายจาก { -dpss } จะแจ้งเรื่องนี้

## ตัวเลือกคำตอบ

screening-answer-yes = ใช่
screening-answer-no = ไม่ใช่
screening-answer-unsure = ไม่ทราบ
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = ลูกอยู่กับคุณ และ{ -social-worker }ของ { -dcfs } ช่วยเหลือครอบครัวของคุณ อาจเป็นคำสั่งศาลหรือคุณเลือกเองก็ได้
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = ลูกอยู่กับคุณ และหน่วยงานใน{ -family-preservation-said } ทำงานกับครอบครัวของคุณ
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = ตอนนี้ลูกอยู่ที่อื่นชั่วคราว และคุณกำลังพยายามพาลูกกลับบ้าน
screening-answer-investigation = { -dcfs } กำลังตรวจสอบเรื่องที่มีคนแจ้งมา
screening-answer-investigation-hint = { -social-worker }กำลังมาดูความเป็นอยู่ของครอบครัวคุณ และยังไม่ได้เริ่มโครงการใด
screening-answer-all-home = ลูกทุกคนอยู่กับฉัน
screening-answer-some-removed = ลูกบางคนอยู่กับฉัน และ { -dcfs } ให้ลูกบางคนไปอยู่ที่อื่น
screening-answer-all-removed = { -dcfs } ให้ลูกทุกคนไปอยู่นอกบ้านของฉัน

## เหตุผล: สิ่งที่ครอบครัวบอกเรา

screening-reason-dcfs-case-yes = คุณบอกว่าคุณมีเคสที่ยังเปิดอยู่กับ { -dcfs }
screening-reason-dcfs-case-no = คุณบอกว่าคุณไม่มีเคสที่ยังเปิดอยู่กับ { -dcfs }
screening-reason-dcfs-case-unsure = เรายังไม่ทราบว่าคุณมีเคสที่ยังเปิดอยู่กับ { -dcfs } หรือไม่
screening-reason-dcfs-service-family-maintenance = คุณบอกว่าเคสของคุณกับ { -dcfs } อยู่ใน{ -family-maintenance }
screening-reason-dcfs-service-family-preservation = คุณบอกว่าครอบครัวของคุณอยู่ใน{ -family-preservation }กับ { -dcfs }
screening-reason-dcfs-service-family-reunification = คุณบอกว่าเคสของคุณกับ { -dcfs } อยู่ใน{ -family-reunification }
screening-reason-dcfs-service-investigation = คุณบอกว่า { -dcfs } กำลังตรวจสอบเรื่องที่มีคนแจ้งมา และยังไม่ได้เริ่มโครงการใด
screening-reason-dcfs-service-unsure = เรายังไม่ทราบว่าเคสของคุณอยู่ในโครงการไหนของ { -dcfs }
screening-reason-children-location-all-home = คุณบอกว่าลูกทุกคนอยู่กับคุณ
screening-reason-children-location-some-removed = คุณบอกว่าลูกบางคนอยู่กับคุณ และ { -dcfs } ให้ลูกบางคนไปอยู่ที่อื่น
screening-reason-children-location-all-removed = คุณบอกว่า { -dcfs } ให้ลูกทุกคนไปอยู่นอกบ้านของคุณ
screening-reason-children-location-unsure = เรายังไม่ทราบว่าลูกของคุณอยู่ที่ไหน
screening-reason-calworks-now-yes = คุณบอกว่าตอนนี้คุณได้รับ { -calworks }
screening-reason-calworks-now-no = คุณบอกว่าตอนนี้คุณไม่ได้รับ { -calworks }
screening-reason-calworks-now-unsure = เรายังไม่ทราบว่าตอนนี้คุณได้รับ { -calworks } หรือไม่
screening-reason-calworks-at-removal-yes = คุณบอกว่าคุณได้รับ { -calworks } อยู่ ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-reason-calworks-at-removal-no = คุณบอกว่าคุณไม่ได้รับ { -calworks } ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-reason-calworks-at-removal-unsure = เรายังไม่ทราบว่าคุณได้รับ { -calworks } อยู่หรือไม่ ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-reason-fr-plan-yes = คุณบอกว่าคุณมีแผนตาม{ -family-reunification }กับ { -dcfs }
screening-reason-fr-plan-no = คุณบอกว่าคุณไม่มีแผนตาม{ -family-reunification }กับ { -dcfs }
screening-reason-fr-plan-unsure = เรายังไม่ทราบว่าคุณมีแผนตาม{ -family-reunification }กับ { -dcfs } หรือไม่
screening-reason-relative-caregiver-yes = คุณบอกว่า { -dcfs } ให้ลูกของคุณอย่างน้อยหนึ่งคนไปอยู่กับญาติ
screening-reason-relative-caregiver-no = คุณบอกว่า { -dcfs } ไม่ได้ให้ลูกคนใดของคุณไปอยู่กับญาติ
screening-reason-relative-caregiver-unsure = เรายังไม่ทราบว่ามีลูกคนใดของคุณอยู่กับญาติหรือไม่
screening-reason-homeless-yes = คุณบอกว่าตอนนี้คุณไม่มีที่อยู่อาศัย
screening-reason-homeless-no = คุณบอกว่าตอนนี้คุณมีที่อยู่อาศัย
screening-reason-homeless-unsure = เรายังไม่ทราบว่าตอนนี้คุณมีที่อยู่อาศัยหรือไม่
screening-reason-sanction-yes = คุณบอกว่า { -dpss } ลด { -calworks } ของคุณเพราะ { -sanction } ของ { -gain }
screening-reason-sanction-no = คุณบอกว่า { -dpss } ไม่ได้ลด { -calworks } ของคุณเพราะ { -sanction } ของ { -gain }
screening-reason-sanction-unsure = เรายังไม่ทราบว่า { -dpss } ลด { -calworks } ของคุณเพราะ { -sanction } ของ { -gain } หรือไม่

## สิ่งที่อาจเปลี่ยนผล "ถามเจ้าหน้าที่ของคุณ"

screening-change-dcfs-case = ลองหาคำตอบว่าคุณมีเคสที่ยังเปิดอยู่กับ { -dcfs } หรือไม่ { -social-worker }ที่ดูแลลูกของคุณ หรือจดหมายจาก { -dcfs } บอกคุณได้
screening-change-dcfs-service = ถาม{ -social-worker }ของ { -dcfs } ว่าเคสของคุณอยู่ในโครงการไหน
screening-change-children-location = ถาม{ -social-worker }ของ { -dcfs } ว่าลูกแต่ละคนของคุณไปอยู่ที่ไหน
screening-change-calworks-now = ลองหาคำตอบว่าตอนนี้คุณได้รับ { -calworks } หรือไม่ { -eligibility-worker-said } จดหมายจาก { -dpss } หรือ BenefitsCal บอกคุณได้
screening-change-calworks-at-removal = ถาม{ -eligibility-worker }ว่าคุณได้รับ { -calworks } อยู่หรือไม่ ตอนที่ลูกของคุณต้องไปอยู่นอกบ้าน
screening-change-fr-plan = ถาม{ -social-worker }ของ { -dcfs } ว่าคุณมีแผนตาม{ -family-reunification }หรือไม่
screening-change-relative-caregiver = ถาม{ -social-worker }ของ { -dcfs } ว่ามีลูกคนใดของคุณไปอยู่กับญาติหรือไม่
screening-change-homeless = บอกเจ้าหน้าที่ของคุณว่าคุณนอนที่ไหนตอนกลางคืน เจ้าหน้าที่จะบอกได้ว่าแบบนี้นับว่าไม่มีที่อยู่อาศัยหรือไม่
screening-change-sanction = ถาม{ -gain-worker } ว่า { -calworks } ของคุณถูกลดเพราะ { -sanction } หรือไม่ จดหมายจาก { -dpss } ก็จะแจ้งเรื่องนี้เช่นกัน

## ทางเลือก: หัวข้อและสรุปหนึ่งประโยค

screening-path-prevention-5122 = ขอให้ { -dcfs } ช่วยเชื่อมคุณกับ { -dpss }
screening-path-prevention-5122-summary = { -social-worker }ของ { -dcfs } ตรวจสอบได้ว่าคุณอาจได้รับความช่วยเหลือจาก { -dpss } หรือไม่ เช่น { -calworks }, { -general-relief }, { -calfresh } หรือ { -medi-cal } และช่วยให้คุณสมัครได้เร็วขึ้น
screening-path-family-maintenance = บริการ { -gain } ใน{ -family-maintenance-said }
screening-path-family-maintenance-summary = ระหว่างที่ลูกอยู่กับคุณ และเคสของคุณกับ { -dcfs } อยู่ใน{ -family-maintenance } บริการ { -gain } อาจเป็นส่วนหนึ่งของแผน { -welfare-to-work-said } (แผนการทำงาน) ของคุณได้
screening-path-family-preservation = บริการ { -gain } ใน{ -family-preservation-said }
screening-path-family-preservation-summary = ระหว่างที่ลูกอยู่กับคุณ และครอบครัวของคุณอยู่ใน{ -family-preservation } { -dcfs } และ { -dpss } จะวางแผนบริการให้คุณร่วมกัน และบริการ { -gain } อาจเป็นส่วนหนึ่งของแผน { -welfare-to-work-said } (แผนการทำงาน) ของคุณได้
screening-path-family-reunification = บริการ { -gain } ใน{ -family-reunification-said }
screening-path-family-reunification-summary = หากคุณได้รับ { -calworks } อยู่ตอนที่ลูกต้องไปอยู่นอกบ้าน คุณเลือกรับบริการ { -gain } ต่อไปได้ โดยไม่มีเงินช่วยเหลือ เพื่อช่วยให้ลูกได้กลับบ้าน
screening-path-homeless-outreach = ความช่วยเหลือสำหรับครอบครัวที่ไม่มีที่อยู่อาศัย
screening-path-homeless-outreach-summary = หากคุณได้รับ { -calworks } และมีเคส{ -family-maintenance-said } กับ { -dcfs } ทั้ง { -dcfs } และ { -dpss } ทำงานร่วมกันได้ เพื่อช่วยให้ครอบครัวของคุณได้รับความช่วยเหลือสำหรับครอบครัวที่ไม่มีที่อยู่อาศัย
screening-path-sanction-help = ความช่วยเหลือเพื่อยุติ { -sanction-said } ของ { -calworks }
screening-path-sanction-help-summary = { -dcfs } และ { -dpss } ติดต่อคุณร่วมกันได้ เพื่อช่วยคุณแก้ไขสาเหตุของ { -sanction } และทำให้ { -sanction } สิ้นสุดลง
screening-path-linkages-gsw = { -gain-worker } ที่สำนักงาน { -dcfs } ของคุณ
screening-path-linkages-gsw-summary = { -linkages-gain-worker } ที่สำนักงาน { -dcfs } ของคุณ เข้าร่วมการประชุม{ -child-and-family-team-said } ของคุณ และให้คำแนะนำเกี่ยวกับเคสของคุณได้
screening-path-dpss-apply = สมัครกับ { -dpss } ด้วยตัวเอง
screening-path-dpss-apply-summary = คุณสมัครขอความช่วยเหลือจาก { -dpss } ได้ เช่น { -calworks }, { -calfresh }, { -medi-cal } หรือ { -general-relief } ทางออนไลน์หรือทางโทรศัพท์

## ขั้นตอนต่อไป

screening-step-answer-again = ถ้ามีอะไรเปลี่ยนไป คุณตอบคำถามใหม่ได้
screening-step-ask-worker = ถาม{ -social-worker }ของ { -dcfs } หรือ{ -eligibility-worker-said } หรือ{ -gain-worker } ว่าสิ่งนี้เหมาะกับคุณหรือไม่
screening-step-call-211 = โทร 2-1-1 เพื่อหาความช่วยเหลือใกล้บ้านคุณ โทรฟรี และมีคนรับสายทั้งกลางวันและกลางคืน
screening-step-wtw-plan = ถามว่ามีบริการใดบ้างที่เป็นส่วนหนึ่งของแผน { -welfare-to-work-said } (แผนการทำงาน) ของคุณได้
screening-step-benefitscal = สมัครทางออนไลน์ที่ BenefitsCal.com
screening-step-call-dpss = หรือโทรหา { -dpss } ที่หมายเลข (866) 613-3777
screening-step-ask-5122 = ขอให้{ -social-worker }ของ { -dcfs } ตรวจสอบว่าคุณได้รับความช่วยเหลือจาก { -dpss } ได้หรือไม่ โดยจะใช้แบบฟอร์มชื่อ { -form-5122 }
screening-step-expedited-intake = ถ้าคุณอาจมีสิทธิ์ { -social-worker }จะส่งเรื่องของคุณไปที่ { -dpss } เพื่อให้ใบสมัครของคุณดำเนินการได้เร็วขึ้น
screening-step-tell-worker-fm = บอก{ -eligibility-worker }หรือ{ -gain-worker } ว่าคุณมีเคส{ -family-maintenance-said } กับ { -dcfs }
screening-step-tell-worker-fp = บอก{ -eligibility-worker }หรือ{ -gain-worker } ว่าครอบครัวของคุณอยู่ใน{ -family-preservation-said } กับ { -dcfs }
screening-step-fr-volunteer = บอก{ -social-worker }ของ { -dcfs } และ{ -gain-worker } ว่าคุณต้องการบริการใน{ -family-reunification-said } คุณเป็นคนเลือกเอง
screening-step-general-relief = บริการเหล่านี้ไม่มีเงินช่วยเหลือ ถ้าคุณต้องการเงินไว้ใช้จ่ายในชีวิตประจำวัน คุณสมัคร { -general-relief-said } ได้
screening-step-tell-worker-homeless = บอก{ -social-worker }ของ { -dcfs } และ{ -eligibility-worker }ว่าคุณไม่มีที่อยู่อาศัย ขอให้ทั้งสองคนทำงานร่วมกันเพื่อช่วยคุณ
screening-step-tell-worker-sanction = บอก{ -gain-worker } และ{ -social-worker }ของ { -dcfs } เรื่อง { -sanction-said } ขอให้ทั้งสองคนทำงานร่วมกับคุณเพื่อยุติ { -sanction }
screening-step-gsw-cft = ขอให้{ -social-worker }ของ { -dcfs } เชิญ{ -linkages-gain-worker } มาร่วมการประชุม{ -child-and-family-team-said } ของคุณ
screening-step-gsw-consult = { -social-worker }ของคุณยังปรึกษาเรื่องเคสของคุณกับ{ -linkages-gain-worker } ได้ด้วย
screening-step-dpss-if-dcfs = ถ้าคุณมีเคสกับ { -dcfs } ขอให้{ -social-worker }ช่วยคุณสมัคร อาจเร็วกว่า
screening-step-dpss-through-dcfs = เพราะคุณมีเคสกับ { -dcfs } { -social-worker }ของคุณจึงช่วยคุณเรื่อง { -dpss } ได้ ดูผลลัพธ์อื่น ๆ ด้วย

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
