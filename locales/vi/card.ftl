# Linkages site: the hand-off card (/vi/card), machine draft from locales/en/card.ftl (vi).
# Reviewed by a certified translator: no.

card-link = Thẻ mang theo
card-link-discreet = Thẻ riêng tư: chỉ có địa chỉ và số điện thoại
card-title = Thẻ mang theo
card-discreet-title = Địa chỉ và số điện thoại
card-intro = Quý vị hãy mang thẻ này đến văn phòng. Thẻ ghi cùng một nội dung bằng ngôn ngữ của quý vị và bằng tiếng Anh, để quý vị và nhân viên đều đọc được.
card-print-hint = Để in, hãy dùng menu In của trình duyệt. Thẻ vừa một trang.
card-discreet-link = Xem thẻ riêng tư (không có tên văn phòng hay chương trình)
card-full-link = Xem thẻ đầy đủ
card-show-desk = Xin đưa thẻ này ở quầy tiếp tân.
card-paths-title = Sự giúp đỡ có thể phù hợp với quý vị
card-say-label = Nói như sau:
card-office-title = Văn phòng
card-address = Địa chỉ
card-address-missing = Chưa biết địa chỉ. Hãy gọi trước khi đi.
card-phone = Điện thoại
card-hours = Giờ mở cửa
card-discreet-line-help = Đường dây giúp đỡ
card-discreet-line-info = Đường dây thông tin, miễn phí
card-add-office = Thêm một văn phòng vào thẻ này: tìm văn phòng
card-no-answers = Thẻ này không ghi các câu trả lời của quý vị. Đây không phải là quyết định: nhân viên sẽ quyết định.
card-error-empty = Đường link này không cho biết sự giúp đỡ hay văn phòng nào để ghi lên thẻ. Hãy tìm văn phòng hoặc trả lời các câu hỏi, rồi chọn lại thẻ.
card-error-unknown-path = Chúng tôi không biết sự giúp đỡ có trong đường link này. Có thể link đã cũ hoặc bị thiếu.
card-error-unknown-office = Chúng tôi không tìm thấy văn phòng này. Có thể văn phòng đã dời đi hoặc đóng cửa. Xin tìm văn phòng lại.
card-error-too-many = Đường link này có nhiều hơn một trang. Hãy chọn lại thẻ từ một văn phòng.
card-error-bad-parameter = Đường link này có phần chúng tôi không hiểu. Có thể link đã cũ hoặc bị thiếu.
card-error-find = Tìm văn phòng
card-error-screening = Trả lời các câu hỏi
