# Trang web Linkages: trang "An toàn khi lên mạng", có đường dẫn bên cạnh nút Thoát nhanh và ở cuối trang (tiếng Việt).
# Reviewed by a certified translator: no.

safety-online-link = An toàn khi lên mạng
safety-online-title = An toàn khi lên mạng
safety-online-intro = Nếu có người kiểm tra điện thoại hay máy tính của quý vị, những bước này có thể giúp giữ kín việc quý vị vào trang web này.

safety-online-exit-title = Rời đi nhanh
safety-online-exit = Nút "{ exit-link }" nằm ở đầu mỗi trang. Nút này mở một trang tìm kiếm thời tiết. Quý vị cũng có thể bấm phím Shift 3 lần thật nhanh.
safety-online-back = Nút "{ exit-link }" không xóa lịch sử duyệt web của quý vị. Nút Quay lại (Back) vẫn có thể hiện các trang của trang web này.

safety-online-private-title = Dùng cửa sổ riêng tư
safety-online-private = Cửa sổ riêng tư không giữ lại các trang quý vị đã xem sau khi quý vị đóng nó. Trong Chrome, cửa sổ này gọi là Ẩn danh. Hãy mở một cửa sổ riêng tư trước khi vào trang web này, và đóng nó khi xong.

safety-online-history-title = Xóa trang web này khỏi lịch sử duyệt web
safety-online-history-intro = Xóa toàn bộ lịch sử có thể làm người khác nghi ngờ. Thay vào đó, quý vị có thể chỉ xóa các trang của trang web này.
safety-online-history-android = Điện thoại Android, Chrome: chạm vào menu (⋮), rồi chạm vào Lịch sử. Chạm vào dấu ✕ bên cạnh từng trang của trang web này.
safety-online-history-iphone = iPhone, Safari: chạm vào biểu tượng quyển sách, rồi chạm vào biểu tượng đồng hồ (Lịch sử). Vuốt sang trái trên một trang của trang web này và chạm vào Xóa.
safety-online-history-samsung = Điện thoại Samsung, Samsung Internet: chạm vào menu (☰), rồi chạm vào Lịch sử. Nhấn và giữ một trang của trang web này, rồi chạm vào Xóa.
safety-online-history-computer = Máy tính: bấm Ctrl và H cùng lúc (trên máy Mac, bấm Command và Y) để mở Lịch sử, rồi xóa các trang của trang web này.
safety-online-other-device = Nếu được, hãy dùng điện thoại hay máy tính mà người kia không kiểm tra được, ví dụ như máy ở thư viện hay máy của một người bạn.

safety-online-stores-title = Những gì trang web này lưu lại
safety-online-stores = Trang web này không có tài khoản và không theo dõi. Cookie duy nhất là để nhớ ngôn ngữ của quý vị. Câu trả lời của quý vị cho các câu hỏi không bao giờ được lưu lại hay gửi cho ai. Chúng chỉ ở trong thẻ trình duyệt này, để nút Quay lại có thể hiện lại chúng, và sẽ mất khi quý vị đóng thẻ.
