# เว็บไซต์ Linkages: การค้นหาสำนักงาน (ภาษาไทย)
# Reviewed by a certified translator: no.

## แบบฟอร์มค้นหา
find-title = ค้นหาสำนักงาน
find-intro = ค้นหาสำนักงาน { -dcfs } และ { -dpss } ที่ใกล้ที่สุด พร้อมเบอร์โทรและเวลาทำการ
find-query-label = รหัส ZIP หรือชื่อเมือง
find-query-hint = เช่น 90020 หรือ Pasadena
find-submit = ค้นหา
find-location-button = ใช้ตำแหน่งของฉัน
find-location-nojs = หากต้องการค้นหาจากตำแหน่งของคุณ ให้เปิด JavaScript หรือจะใส่รหัส ZIP ของคุณก็ได้
find-location-pending = กำลังหาตำแหน่งของคุณ…
find-location-unavailable = เราหาตำแหน่งของคุณไม่ได้ ใส่รหัส ZIP ของคุณแทน
find-location-denied = เบราว์เซอร์ของคุณไม่ได้แชร์ตำแหน่งของคุณ หากต้องการอนุญาต ให้เปิดการตั้งค่าเว็บไซต์ในเบราว์เซอร์ของคุณ หรือใส่รหัส ZIP ของคุณ
find-location-timeout = การหาตำแหน่งของคุณใช้เวลานานเกินไป ลองอีกครั้ง หรือใส่รหัส ZIP ของคุณ

## ผลการค้นหา
find-results-title = สำนักงานใกล้ { $place }
find-results-location = สำนักงานใกล้ตำแหน่งของคุณ
find-from-zip-centre = ระยะทางวัดจากจุดกึ่งกลางของพื้นที่รหัส ZIP
find-from-place-centre = ระยะทางวัดจากจุดกึ่งกลางของพื้นที่นี้
find-near-county-line = สถานที่นี้อยู่ใกล้เขตแดนของเคาน์ตี้ลอสแอนเจลิสมาก โปรดตรวจดูว่าคุณอาศัยอยู่ในเคาน์ตี้ลอสแอนเจลิสจริง ถ้าคุณอาศัยอยู่ในเคาน์ตี้อื่น ให้โทร 2-1-1 เพื่อหาความช่วยเหลือในเคาน์ตี้นั้น
find-dcfs-title = สำนักงาน { -dcfs } (ความช่วยเหลือเรื่องเคสเกี่ยวกับลูกของคุณ)
find-dpss-title = สำนักงาน { -dpss } ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = รายชื่อสำนักงาน { -dcfs } นี้เป็นข้อมูลจากปี ค.ศ. 2017 ตอนนี้ { -dcfs } บอกว่ามีสำนักงาน 20 แห่ง จึงอาจขาดไปหนึ่งแห่ง
find-dpss-partial = ที่นี่ไม่ได้แสดงสำนักงาน { -dpss } ทุกแห่ง หากต้องการหาสำนักงานของคุณ โทรหาศูนย์บริการลูกค้าของ { -dpss } ที่หมายเลข { $number } หรือสมัครทางออนไลน์ที่ BenefitsCal
find-nearest-not-assigned = สำนักงานที่ใกล้ที่สุดอาจไม่ใช่สำนักงานที่ดูแลเคสของคุณ เจ้าหน้าที่ของคุณบอกได้ว่าสำนักงานไหนเป็นของคุณ
find-serving-title = สำนักงานของคุณ: ดูแลพื้นที่ของคุณ
find-serving-approximate = เราใช้จุดกึ่งกลางของรหัสไปรษณีย์หรือสถานที่ที่คุณให้ไว้ หากคุณอยู่ใกล้ขอบของพื้นที่ อาจมีสำนักงานอื่นดูแลคุณ
find-serving-none = เราไม่ทราบว่าสำนักงานใดดูแลสถานที่นี้ เจ้าหน้าที่ของคุณหรือสำนักงานที่ใกล้ที่สุดบอกคุณได้
find-distance = ห่างออกไป { $distance } { $miles ->
       *[other] ไมล์
    }
find-distance-about = ห่างออกไปประมาณ { $distance } { $miles ->
       *[other] ไมล์
    }
find-unverified = ยังไม่ได้ตรวจสอบกับหน่วยงาน
find-approximate = ตำแหน่งบนแผนที่เป็นตำแหน่งโดยประมาณ
find-phone-missing = ไม่ทราบเบอร์โทร
find-phone-countywide = นี่คือเบอร์กลางของ { -dpss } สำหรับทั้งเคาน์ตี้ ไม่ใช่เบอร์ของสำนักงานนี้เอง
find-phone-unverified = เราตรวจสอบเบอร์นี้ไม่ได้
find-hours-missing = ไม่ทราบเวลาทำการ โปรดโทรก่อนไป
find-hours-conflicting = แหล่งข้อมูลของเราบอกเวลาทำการไม่ตรงกัน โปรดโทรก่อนไป
find-open-until = ตอนนี้เปิดอยู่ ถึงเวลา { $time }
find-open-always = เปิด 24 ชั่วโมง
find-closed-opens = ตอนนี้ปิดอยู่ เปิด{ $day } เวลา { $time }
find-closed = ตอนนี้ปิดอยู่
find-directions = เส้นทาง (เปิดเว็บไซต์แผนที่)
find-source = ข้อมูลนี้มาจากไหน
find-checked = ตรวจสอบเมื่อ { $date }
find-report = แจ้งปัญหาของข้อมูลนี้ (เปิดแอปอีเมลของคุณ)

## ชื่อสถานที่ที่มีรหัส ZIP มากกว่าหนึ่งรหัส
find-choose-title = มีรหัส ZIP มากกว่าหนึ่งรหัสที่ตรงกับ { $name }
find-choose-text = เลือกรหัส ZIP ของคุณ:

## ปัญหาในการค้นหา
find-error-empty = ใส่รหัส ZIP หรือชื่อเมือง
find-error-malformed-zip = ใส่รหัส ZIP ที่เป็นตัวเลข 5 ตัว เช่น 90020
find-error-zip-not-in-county = { $input } ไม่ใช่รหัส ZIP ในเคาน์ตี้ลอสแอนเจลิส ใส่รหัส ZIP ที่อยู่ในเคาน์ตี้นี้
find-error-unknown-place = เรายังไม่รู้จักชื่อ { $input } ลองใช้รหัส ZIP ของคุณ
find-error-malformed-coordinate = เราอ่านตำแหน่งนั้นไม่ได้ ใส่รหัส ZIP ของคุณแทน
find-error-coordinate-outside-county = ตำแหน่งนั้นอยู่นอกเคาน์ตี้ลอสแอนเจลิส ใส่รหัส ZIP ที่อยู่ในเคาน์ตี้นี้

## วันและเวลา
weekday-0 = วันจันทร์
weekday-1 = วันอังคาร
weekday-2 = วันพุธ
weekday-3 = วันพฤหัสบดี
weekday-4 = วันศุกร์
weekday-5 = วันเสาร์
weekday-6 = วันอาทิตย์

## Office search: which agency's offices to show
find-agency-label = แสดงสำนักงานของ
find-agency-both = { -dcfs } และ { -dpss }
find-agency-dcfs = เฉพาะ { -dcfs }
find-agency-dpss = เฉพาะ { -dpss }

## All phone lines
hotlines-title = สายโทรศัพท์ทั้งหมด
hotlines-intro = สายโทรศัพท์ทุกสายที่เรารู้สำหรับครอบครัวในเคาน์ตีลอสแอนเจลิส แต่ละสายบอกว่าหมายเลขมาจากไหน
hotlines-source-language = ชื่อและคำอธิบายเป็นภาษาอังกฤษ ตามที่แหล่งข้อมูลให้มา
hotlines-all-link = ดูสายโทรศัพท์ทั้งหมด

## แผนที่ข้างผลการค้นหา (เว็บไซต์นี้วาดเอง)
find-map-label = แผนที่: { $point } { $count ->
       *[other] สำนักงาน { $count } แห่ง
    }จากรายการ
find-map-point-zip = โดยประมาณ: กึ่งกลางพื้นที่รหัส ZIP { $zip }
find-map-point-place = โดยประมาณ: กึ่งกลางของ { $place }
find-map-point-exact = ที่ที่คุณค้นหา
find-map-scale = { $distance } { $miles ->
       *[other] ไมล์
    }
find-map-key-dcfs = สำนักงาน { -dcfs }
find-map-key-dpss = สำนักงาน { -dpss }
find-map-credit = เราวาดแผนที่นี้เอง เส้นเขตเคาน์ตี: สำนักงานสำมะโนประชากรสหรัฐฯ ชื่อสถานที่: GeoNames (geonames.org, CC BY 4.0)
