# เว็บไซต์ Linkages: เมื่อเว็บไซต์ขอให้รอ (ภาษาไทย)
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = กรุณารอหนึ่งนาที
limits-search-text = เราได้รับการค้นหาจำนวนมากจากอินเทอร์เน็ตของคุณในเวลาสั้น ๆ กรุณารอหนึ่งนาที แล้วค้นหาอีกครั้ง
limits-search-call = ถ้าคุณต้องการความช่วยเหลือตอนนี้ โทรหาหมายเลขด้านล่างได้
