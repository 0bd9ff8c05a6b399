# Linkages site: the hand-off card (/th/card), machine draft from locales/en/card.ftl (th).
# Reviewed by a certified translator: no.

card-link = บัตรสำหรับพกไป
card-link-discreet = บัตรส่วนตัว: มีแค่ที่อยู่และเบอร์โทร
card-title = บัตรสำหรับพกไป
card-discreet-title = ที่อยู่และเบอร์โทร
card-intro = นำบัตรนี้ไปที่สำนักงาน ในบัตรมีข้อความเดียวกันเป็นภาษาของคุณและภาษาอังกฤษ เพื่อให้คุณและเจ้าหน้าที่อ่านได้
card-print-hint = ถ้าจะพิมพ์ ให้ใช้เมนูพิมพ์ของเบราว์เซอร์ บัตรพอดีหนึ่งหน้า
card-discreet-link = แสดงบัตรส่วนตัวแทน (ไม่มีชื่อสำนักงานหรือโครงการ)
card-full-link = แสดงบัตรแบบเต็ม
card-show-desk = กรุณาแสดงบัตรนี้ที่โต๊ะต้อนรับ
card-paths-title = ความช่วยเหลือที่อาจเหมาะกับคุณ
card-say-label = สิ่งที่ควรพูด:
card-office-title = สำนักงาน
card-address = ที่อยู่
card-address-missing = ไม่ทราบที่อยู่ โทรไปถามก่อนไป
card-phone = โทรศัพท์
card-hours = เวลาทำการ
card-discreet-line-help = สายช่วยเหลือ
card-discreet-line-info = สายข้อมูล ฟรี
card-add-office = เพิ่มสำนักงานในบัตรนี้: ค้นหาสำนักงาน
card-no-answers = บัตรนี้ไม่แสดงคำตอบของคุณ นี่ไม่ใช่การตัดสิน เจ้าหน้าที่เป็นผู้ตัดสิน
card-error-empty = ลิงก์นี้ไม่ได้บอกว่าจะใส่ความช่วยเหลือหรือสำนักงานไหนในบัตร ค้นหาสำนักงานหรือตอบคำถามก่อน แล้วเลือกบัตรอีกครั้ง
card-error-unknown-path = เราไม่รู้จักความช่วยเหลือที่อยู่ในลิงก์นี้ ลิงก์อาจเก่าหรือไม่ครบ
card-error-unknown-office = เราหาสำนักงานนี้ไม่พบ สำนักงานอาจย้ายหรือปิดแล้ว กรุณาค้นหาสำนักงานอีกครั้ง
card-error-too-many = ลิงก์นี้มีข้อมูลมากกว่าหนึ่งหน้า เลือกบัตรอีกครั้งจากสำนักงานเดียว
card-error-bad-parameter = ลิงก์นี้มีบางอย่างที่เราไม่เข้าใจ ลิงก์อาจเก่าหรือไม่ครบ
card-error-find = ค้นหาสำนักงาน
card-error-screening = ตอบคำถาม
