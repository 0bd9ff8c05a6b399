# Trang web Linkages: tìm văn phòng (tiếng Việt).
# Reviewed by a certified translator: no.

## Ô tìm kiếm
find-title = Tìm văn phòng
find-intro = Tìm các văn phòng { -dcfs } và { -dpss } gần nhất, có số điện thoại và giờ làm việc.
find-query-label = Mã ZIP hoặc thành phố
find-query-hint = Ví dụ 90020, hoặc Pasadena
find-submit = Tìm
find-location-button = Dùng vị trí của tôi
find-location-nojs = Để tìm từ chỗ quý vị đang ở, hãy bật JavaScript. Hoặc hãy nhập mã ZIP của quý vị.
find-location-pending = Đang tìm vị trí của quý vị…
find-location-unavailable = Chúng tôi không tìm được vị trí của quý vị. Hãy nhập mã ZIP của quý vị thay vào đó.
find-location-denied = Trình duyệt của quý vị đã không chia sẻ vị trí. Để cho phép, hãy mở phần cài đặt trang web trong trình duyệt. Hoặc hãy nhập mã ZIP của quý vị.
find-location-timeout = Việc tìm vị trí của quý vị mất quá nhiều thời gian. Hãy thử lại, hoặc nhập mã ZIP của quý vị.

## Kết quả
find-results-title = Các văn phòng gần { $place }
find-results-location = Các văn phòng gần chỗ quý vị đang ở
find-from-zip-centre = Khoảng cách được đo từ giữa khu vực của mã ZIP.
find-from-place-centre = Khoảng cách được đo từ giữa khu vực này.
find-near-county-line = Nơi này ở rất gần ranh giới của Quận Los Angeles. Hãy kiểm tra xem quý vị có sống ở Quận Los Angeles không. Nếu quý vị sống ở quận khác, hãy gọi 2-1-1 để tìm giúp đỡ ở đó.
find-dcfs-title = Văn phòng { -dcfs } (giúp đỡ về hồ sơ của con quý vị)
find-dpss-title = Văn phòng { -dpss } ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = Danh sách văn phòng { -dcfs } này là từ năm 2017. Hiện nay { -dcfs } cho biết họ có 20 văn phòng, nên có thể danh sách này thiếu một văn phòng.
find-dpss-partial = Không phải văn phòng { -dpss } nào cũng có trong danh sách này. Để tìm văn phòng của quý vị, hãy gọi Trung Tâm Dịch Vụ Khách Hàng của { -dpss } ở số { $number }, hoặc nộp đơn trên mạng tại BenefitsCal.
find-nearest-not-assigned = Văn phòng gần nhất có thể không phải là văn phòng phụ trách hồ sơ của quý vị. Nhân viên phụ trách có thể cho quý vị biết văn phòng nào là của quý vị.
find-serving-title = Văn phòng của quý vị: phục vụ khu vực của quý vị
find-serving-approximate = Chúng tôi dùng điểm giữa của mã ZIP hoặc nơi quý vị nhập. Nếu quý vị sống gần ranh giới một khu vực, có thể một văn phòng khác phục vụ quý vị.
find-serving-none = Chúng tôi không biết văn phòng nào phục vụ nơi này. Nhân viên phụ trách của quý vị, hoặc văn phòng gần nhất, có thể cho quý vị biết.
find-distance = Cách { $distance } { $miles ->
       *[other] dặm
    }
find-distance-about = Cách khoảng { $distance } { $miles ->
       *[other] dặm
    }
find-unverified = Chưa kiểm tra lại với cơ quan
find-approximate = Vị trí trên bản đồ chỉ là gần đúng
find-phone-missing = Không biết số điện thoại
find-phone-countywide = Đây là số điện thoại chung của { -dpss } cho cả quận, không phải số riêng của văn phòng này.
find-phone-unverified = Chúng tôi chưa kiểm tra được số này.
find-hours-missing = Không biết giờ làm việc. Hãy gọi trước khi đi.
find-hours-conflicting = Các nguồn của chúng tôi ghi giờ làm việc khác nhau. Hãy gọi trước khi đi.
find-open-until = Đang mở cửa, đến { $time }
find-open-always = Mở cửa 24 giờ
find-closed-opens = Đang đóng cửa. Mở cửa vào { $day } lúc { $time }
find-closed = Đang đóng cửa
find-directions = Chỉ đường (mở trang web bản đồ)
find-source = Thông tin này lấy từ đâu
find-checked = Đã kiểm tra ngày { $date }
find-report = Báo lỗi trong thông tin này (mở ứng dụng email của bạn)

## Nơi có nhiều hơn một mã ZIP
find-choose-title = Có nhiều hơn một mã ZIP cho { $name }
find-choose-text = Chọn mã ZIP của quý vị:

## Trục trặc khi tìm kiếm
find-error-empty = Hãy nhập mã ZIP hoặc tên thành phố.
find-error-malformed-zip = Hãy nhập mã ZIP có 5 chữ số, ví dụ 90020.
find-error-zip-not-in-county = { $input } không phải là mã ZIP trong Quận Los Angeles. Hãy nhập một mã ZIP trong quận.
find-error-unknown-place = Chúng tôi chưa biết tên { $input }. Hãy thử nhập mã ZIP của quý vị.
find-error-malformed-coordinate = Chúng tôi không đọc được vị trí đó. Hãy nhập mã ZIP của quý vị thay vào đó.
find-error-coordinate-outside-county = Vị trí đó nằm ngoài Quận Los Angeles. Hãy nhập một mã ZIP trong quận.

## Ngày và giờ
weekday-0 = Thứ Hai
weekday-1 = Thứ Ba
weekday-2 = Thứ Tư
weekday-3 = Thứ Năm
weekday-4 = Thứ Sáu
weekday-5 = Thứ Bảy
weekday-6 = Chủ Nhật

## Office search: which agency's offices to show
find-agency-label = Hiện văn phòng của
find-agency-both = { -dcfs } và { -dpss }
find-agency-dcfs = Chỉ { -dcfs }
find-agency-dpss = Chỉ { -dpss }

## All phone lines
hotlines-title = Tất cả các đường dây điện thoại
hotlines-intro = Tất cả các đường dây điện thoại chúng tôi biết dành cho các gia đình ở Quận Los Angeles. Mỗi đường dây cho biết số điện thoại lấy từ đâu.
hotlines-source-language = Tên và mô tả bằng tiếng Anh, như nguồn đã ghi.
hotlines-all-link = Xem tất cả các đường dây điện thoại

## Bản đồ bên cạnh kết quả (do trang này tự vẽ)
find-map-label = Bản đồ: { $point }. { $count ->
       *[other] { $count } văn phòng
    } trong danh sách.
find-map-point-zip = gần đúng: giữa khu vực mã ZIP { $zip }
find-map-point-place = gần đúng: giữa { $place }
find-map-point-exact = nơi quý vị tìm kiếm
find-map-scale = { $distance } { $miles ->
       *[other] dặm
    }
find-map-key-dcfs = Văn phòng { -dcfs }
find-map-key-dpss = Văn phòng { -dpss }
find-map-credit = Chúng tôi tự vẽ bản đồ này. Ranh giới quận: Cục Điều tra Dân số Hoa Kỳ. Tên địa điểm: GeoNames (geonames.org, CC BY 4.0).
