# Linkages site: the advisor desk (/th/advisor), machine draft from locales/en/advisor.ftl (th).
# Reviewed by a certified translator: no.

## The desk
advisor-title = หน้าสำหรับผู้ให้คำปรึกษา
advisor-intro = สำหรับผู้ให้คำปรึกษาของ 2-1-1 และผู้ช่วยเหลือที่กำลังช่วยใครบางคนทางโทรศัพท์ หน้านี้เป็นภาษาของผู้โทร คำที่ต้องอ่านออกเสียงมีภาษาอังกฤษอยู่ข้าง ๆ
advisor-query-label = รหัส ZIP เมือง หรือย่านของผู้โทร
advisor-submit = ค้นหาสำนักงาน
advisor-offices-title = สำนักงานใกล้ { $place }
advisor-lines-title = สายโทรศัพท์ของเคาน์ตี้
advisor-screening-link = คำถามทั้งหมดในหน้าเดียว

## Words to read out to the caller
advisor-script-title = อ่านข้อความนี้ให้ผู้โทรฟัง
advisor-script-dcfs = สำนักงาน { -dcfs } ที่ใกล้ที่สุดคือ { $name }
advisor-script-dpss = สำหรับ { -calworks } หรือ { -calfresh } สำนักงาน { -dpss } ที่ใกล้ที่สุดคือ { $name }
advisor-script-address = ที่อยู่คือ { $address }
advisor-script-phone = เบอร์โทรคือ { $phone }
advisor-script-line = { $line }: { $phone }

## The text message for the caller's phone
advisor-text-title = ข้อความสำหรับโทรศัพท์ของผู้โทร
advisor-text-hint = ส่งจากระบบโทรศัพท์ของคุณเอง เว็บไซต์นี้ไม่ส่งอะไรและไม่เก็บอะไรไว้
advisor-text-count = { $units } จาก { $budget } ตัวอักษร { $segments ->
   *[other] (SMS { $segments } ข้อความ)
}
advisor-text-use = ใช้สำนักงานนี้ในข้อความ
advisor-text-in-use = อยู่ในข้อความแล้ว
advisor-copy = คัดลอกข้อความ
advisor-copied = คัดลอกแล้ว วางลงในข้อความของคุณได้เลย
advisor-copy-failed = เลือกข้อความไว้แล้ว กด Ctrl+C เพื่อคัดลอก
advisor-error-office = สำนักงานนั้นไม่อยู่ในรายชื่อของเรา ค้นหาอีกครั้ง หรือเลือกสำนักงานที่อยู่ใต้ช่องค้นหา

## The screening on one page
advisor-screening-title = คำถามทั้งหมดในหน้าเดียว
advisor-screening-intro = ถามคำถามตามลำดับใดก็ได้ กด "อัปเดต" เพื่อซ่อนคำถามที่ไม่เกี่ยวแล้ว ผลลัพธ์จะแสดงเมื่อตอบคำถามครบทุกข้อ
advisor-screening-update = อัปเดต
advisor-screening-open = { $count ->
   *[other] ยังมีคำถามอีก { $count } ข้อที่ต้องตอบ
}
advisor-screening-result = สิ่งที่อาจเหมาะกับผู้โทร
advisor-screening-say = สิ่งที่ควรพูดกับผู้โทร
advisor-screening-none = ตอนนี้ดูเหมือนไม่มีโครงการของ Linkages ที่เหมาะ แต่ผู้โทรยังขอความช่วยเหลือได้ที่สำนักงาน { -dpss }
advisor-screening-problem = มีบางคำตอบที่เราไม่เข้าใจ จึงไม่ได้นำมาใช้ โปรดตรวจสอบอีกครั้ง
advisor-screening-start-over = เริ่มใหม่
