# Trang web Linkages: khung trang, trang chủ, tìm văn phòng và thông báo lỗi (tiếng Việt).
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = Giúp đỡ cho các gia đình làm việc với { -dcfs } và { -dpss }
skip-to-content = Đi thẳng đến nội dung chính

## Thoát nhanh
exit-link = Thoát nhanh
exit-hint = Rời trang này thật nhanh. Quý vị cũng có thể bấm phím Shift 3 lần.

## An toàn, trên mọi trang
safety-title = An toàn là trên hết
safety-danger = Quý vị đang gặp nguy hiểm? Hãy gọi { $number }.
safety-report = Để báo cáo trẻ em bị ngược đãi, hãy gọi Đường Dây Nóng Bảo Vệ Trẻ Em (Child Protection Hotline) ở số { $number }, mở 24 giờ mỗi ngày, 7 ngày mỗi tuần.

## Menu và ngôn ngữ
nav-label = Menu chính
nav-home = Trang chủ
nav-screening = Xem điều gì có thể hợp với quý vị
nav-find = Tìm văn phòng
lang-label = Ngôn ngữ
lang-current = Quý vị đang đọc bằng tiếng Việt
lang-unreviewed = Chưa có dịch giả được chứng nhận kiểm tra bản dịch này.
lang-read-english = Đọc trang này bằng tiếng Anh
lang-notice-label = Về bản dịch này

## Trang chủ
home-title = Giúp đỡ cho cha mẹ có hồ sơ với { -dcfs }
home-intro = Linkages là sự hợp tác giữa hai sở của Quận Los Angeles. { -dcfs } làm việc với các gia đình để giữ an toàn cho trẻ em. { -dpss } giúp tiền mặt, thực phẩm, chăm sóc sức khỏe và giúp tìm việc làm. Nếu quý vị làm việc với cả hai sở, họ có thể cùng nhau lập kế hoạch với quý vị.
home-services = Các chương trình của { -dpss } gồm có { -calworks } (tiền trợ cấp cho gia đình), { -gain } (giúp tìm việc và học nghề), { -calfresh } (thực phẩm), { -medi-cal } (chăm sóc sức khỏe) và { -general-relief-said } (tiền trợ cấp cho người lớn).
home-check-title = Xem điều gì có thể hợp với quý vị
home-check-text = Trả lời vài câu hỏi ngắn. Chúng tôi không hỏi tên quý vị. Chúng tôi không giữ lại câu trả lời của quý vị.
home-check-start = Bắt đầu trả lời câu hỏi
home-find-title = Tìm văn phòng
home-find-text = Tìm các văn phòng { -dcfs } và { -dpss } gần quý vị, có số điện thoại và giờ làm việc.
home-find-start = Tìm văn phòng
home-call-title = Số điện thoại cần biết
home-privacy = Trang web này không báo cáo cho { -dcfs } hay { -dpss }. Không cần tài khoản. Câu trả lời của quý vị không được lưu lại.

## Số điện thoại
line-child-protection = Đường Dây Nóng Bảo Vệ Trẻ Em (Child Protection Hotline)
line-child-protection-hours = 24 giờ, 7 ngày
line-dpss = Trung Tâm Dịch Vụ Khách Hàng của { -dpss }
line-dpss-hours = Thứ Hai đến Thứ Sáu, { $opens } đến { $closes } (giờ này được xác nhận lần cuối năm 2020)
line-211 = 211 Quận LA, thông tin và giúp tìm dịch vụ
line-211-hours = 24 giờ, 7 ngày
line-911 = Khẩn cấp

## Cuối trang
footer-privacy = Riêng tư: không cần tài khoản, không theo dõi, không có cookie nào ngoài cookie nhớ ngôn ngữ quý vị chọn. Câu trả lời của quý vị không bao giờ được lưu lại hay gửi cho { -dcfs } hay { -dpss }.
footer-guidance = Trang web này chỉ để hướng dẫn. Nhân viên phụ trách sẽ quyết định về hồ sơ của quý vị.
footer-data = Dữ liệu về văn phòng và điện thoại: nguồn công khai của { -dcfs } và { -dpss } Quận Los Angeles. Vị trí mã ZIP: Cục Thống Kê Dân Số Hoa Kỳ (US Census Bureau) và GeoNames (CC BY 4.0).

## Tự kiểm tra: các bước đầu (câu hỏi nằm trong screening.ftl)
flow-title = Xem điều gì có thể hợp với quý vị
flow-continue = Tiếp tục
flow-back = Quay lại
flow-start-over = Làm lại từ đầu
flow-choose-one = Chọn một câu trả lời.
flow-question-count = Câu hỏi { $number }

## Thông báo lỗi
error-title = Có vấn đề
error-not-found-title = Không tìm thấy trang
error-not-found-text = Chúng tôi không tìm thấy trang này. Hãy kiểm tra lại địa chỉ, hoặc về trang chủ.

## Các trang tự kiểm tra
flow-check-title = Kiểm tra câu trả lời của quý vị
flow-change = Thay đổi
flow-see-result = Xem điều gì có thể hợp với quý vị
flow-result-title = Những gì có thể hợp với quý vị
flow-not-decision = Việc xét theo mẫu { -form-5122 } để nhận giúp đỡ từ { -dpss } là do nhân viên { -dcfs } làm: hãy hỏi { -social-worker } của quý vị. Trang web này không quyết định điều gì và không báo cáo cho { -dcfs } hay { -dpss }.
flow-no-title = Những lựa chọn có vẻ không hợp với quý vị
flow-next-title = Nơi cần đến
flow-find-offices = Tìm các văn phòng gần nhất
flow-change-answers = Thay đổi câu trả lời
flow-share-title = Giữ lại để xem sau
flow-share-text = Quý vị có thể tự gửi cho mình tên của các chương trình này. Câu trả lời của quý vị không có trong đó.
flow-share-intro = Các chương trình Linkages nên hỏi
flow-share-sms = Gửi bằng tin nhắn
flow-share-email = Gửi bằng email
flow-print-hint = Để in trang này, hãy dùng mục In (Print) trong trình duyệt.
flow-stores-nothing = Chúng tôi không lưu câu trả lời của quý vị và không gửi cho ai. Khi quý vị đóng trang này, chúng sẽ mất hết.
