# Linkages site: the advisor desk (/vi/advisor), machine draft from locales/en/advisor.ftl (vi).
# Reviewed by a certified translator: no.

## The desk
advisor-title = Trang dành cho nhân viên tư vấn
advisor-intro = Dành cho nhân viên tư vấn 2-1-1 và người hỗ trợ đang giúp ai đó qua điện thoại. Trang này bằng ngôn ngữ của người gọi. Những câu để đọc lên có tiếng Anh bên cạnh.
advisor-query-label = Mã ZIP, thành phố hoặc khu phố của người gọi
advisor-submit = Tìm văn phòng
advisor-offices-title = Các văn phòng gần { $place }
advisor-lines-title = Các đường dây điện thoại của Quận
advisor-screening-link = Tất cả câu hỏi trên một trang

## Words to read out to the caller
advisor-script-title = Đọc cho người gọi nghe
advisor-script-dcfs = Văn phòng { -dcfs } gần nhất là { $name }.
advisor-script-dpss = Về { -calworks } hoặc { -calfresh }, văn phòng { -dpss } gần nhất là { $name }.
advisor-script-address = Địa chỉ là { $address }.
advisor-script-phone = Số điện thoại là { $phone }.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = Tin nhắn gửi đến điện thoại của người gọi
advisor-text-hint = Hãy gửi từ hệ thống điện thoại của quý vị. Trang web này không gửi gì và không lưu gì.
advisor-text-count = { $units } trên { $budget } ký tự, { $segments ->
   *[other] { $segments } tin nhắn
}
advisor-text-use = Dùng văn phòng này trong tin nhắn
advisor-text-in-use = Đang có trong tin nhắn
advisor-copy = Sao chép tin nhắn
advisor-copied = Đã sao chép. Hãy dán vào tin nhắn của quý vị.
advisor-copy-failed = Chữ đã được chọn. Nhấn Ctrl+C để sao chép.
advisor-error-office = Văn phòng đó không có trong danh sách của chúng tôi. Hãy tìm lại, hoặc chọn một văn phòng bên dưới ô tìm kiếm.

## The screening on one page
advisor-screening-title = Tất cả câu hỏi trên một trang
advisor-screening-intro = Quý vị có thể hỏi theo bất kỳ thứ tự nào. Nhấn "Cập nhật" để ẩn những câu hỏi không còn cần nữa. Kết quả sẽ hiện ra khi mọi câu hỏi đã được trả lời.
advisor-screening-update = Cập nhật
advisor-screening-open = { $count ->
   *[other] Còn { $count } câu hỏi cần trả lời.
}
advisor-screening-result = Những gì có thể hợp với người gọi
advisor-screening-say = Nói với người gọi
advisor-screening-none = Hiện giờ có vẻ không có chương trình Linkages nào hợp. Người gọi vẫn có thể xin giúp đỡ tại văn phòng { -dpss }.
advisor-screening-problem = Có vài câu trả lời không hiểu được nên đã bị bỏ ra. Hãy kiểm tra lại.
advisor-screening-start-over = Làm lại từ đầu
