# Trang web Linkages: tìm văn phòng (tiếng Việt).
# Reviewed by a certified translator: no.

## Ô tìm kiếm
find-title = Tìm văn phòng
find-intro = Tìm các văn phòng DCFS và DPSS gần nhất, có số điện thoại và giờ làm việc.
find-query-label = Mã ZIP hoặc thành phố
find-query-hint = Ví dụ 90020, hoặc Pasadena
find-submit = Tìm
find-location-button = Dùng vị trí của tôi
find-location-nojs = Để tìm từ chỗ quý vị đang ở, hãy bật JavaScript. Hoặc hãy nhập mã ZIP của quý vị.
find-location-unavailable = Trình duyệt này không thể chia sẻ vị trí của quý vị. Hãy nhập mã ZIP của quý vị thay vào đó.
find-location-denied = Chúng tôi không lấy được vị trí của quý vị. Hãy nhập mã ZIP của quý vị thay vào đó.

## Kết quả
find-results-title = Các văn phòng gần { $place }
find-results-location = Các văn phòng gần chỗ quý vị đang ở
find-from-zip-centre = Khoảng cách được đo từ giữa khu vực của mã ZIP.
find-dcfs-title = Văn phòng DCFS (giúp đỡ về hồ sơ của con quý vị)
find-dpss-title = Văn phòng DPSS (CalWORKs, CalFresh, General Relief, Medi-Cal)
find-dcfs-partial = Danh sách văn phòng DCFS này là từ năm 2017. Hiện nay DCFS cho biết họ có 20 văn phòng, nên có thể danh sách này thiếu một văn phòng.
find-dpss-partial = Không phải văn phòng DPSS nào cũng có trong danh sách này. Để tìm văn phòng của quý vị, hãy gọi Trung Tâm Dịch Vụ Khách Hàng của DPSS ở số { $number }, hoặc nộp đơn trên mạng tại BenefitsCal.
find-nearest-not-assigned = Văn phòng gần nhất có thể không phải là văn phòng phụ trách hồ sơ của quý vị. Nhân viên phụ trách có thể cho quý vị biết văn phòng nào là của quý vị.
find-distance = Cách { NUMBER($miles, maximumFractionDigits: 1) } { $miles ->
       *[other] dặm
    }
find-distance-about = Cách khoảng { NUMBER($miles, maximumFractionDigits: 1) } { $miles ->
       *[other] dặm
    }
find-unverified = Chưa kiểm tra lại với cơ quan
find-approximate = Vị trí trên bản đồ chỉ là gần đúng
find-phone-missing = Không biết số điện thoại
find-phone-countywide = Đây là số điện thoại chung của DPSS cho cả quận, không phải số riêng của văn phòng này.
find-phone-unverified = Chúng tôi chưa kiểm tra được số này.
find-hours-missing = Không biết giờ làm việc. Hãy gọi trước khi đi.
find-hours-conflicting = Các nguồn của chúng tôi ghi giờ làm việc khác nhau. Hãy gọi trước khi đi.
find-open-until = Đang mở cửa, đến { $time }
find-open-always = Mở cửa 24 giờ
find-closed-opens = Đang đóng cửa. Mở cửa vào { $day } lúc { $time }
find-closed = Đang đóng cửa
find-directions = Chỉ đường (mở trang web bản đồ)
find-source = Thông tin này lấy từ đâu

## Nơi có nhiều hơn một mã ZIP
find-choose-title = Có nhiều hơn một mã ZIP cho { $name }
find-choose-text = Chọn mã ZIP của quý vị:

## Trục trặc khi tìm kiếm
find-error-empty = Hãy nhập mã ZIP hoặc tên thành phố.
find-error-malformed-zip = Hãy nhập mã ZIP có 5 chữ số, ví dụ 90020.
find-error-zip-not-in-county = { $input } không phải là mã ZIP trong Quận Los Angeles. Hãy nhập một mã ZIP trong quận.
find-error-unknown-place = Chúng tôi không tìm thấy nơi nào tên là { $input } trong Quận Los Angeles. Hãy thử nhập mã ZIP của quý vị.
find-error-malformed-coordinate = Chúng tôi không đọc được vị trí đó. Hãy nhập mã ZIP của quý vị thay vào đó.
find-error-coordinate-outside-county = Vị trí đó nằm ngoài Quận Los Angeles. Hãy nhập một mã ZIP trong quận.

## Ngày và giờ
time-of-day = { $h12 }:{ $mm } { $ampm ->
        [am] sáng
       *[pm] chiều
    }
weekday-0 = Thứ Hai
weekday-1 = Thứ Ba
weekday-2 = Thứ Tư
weekday-3 = Thứ Năm
weekday-4 = Thứ Sáu
weekday-5 = Thứ Bảy
weekday-6 = Chủ Nhật

## Office search: which agency's offices to show
find-agency-label = Hiện văn phòng của
find-agency-both = DCFS và DPSS
find-agency-dcfs = Chỉ DCFS
find-agency-dpss = Chỉ DPSS

## All phone lines
hotlines-title = Tất cả các đường dây điện thoại
hotlines-intro = Tất cả các đường dây điện thoại chúng tôi biết dành cho các gia đình ở Quận Los Angeles. Mỗi đường dây cho biết số điện thoại lấy từ đâu.
hotlines-source-language = Tên và mô tả bằng tiếng Anh, như nguồn đã ghi.
hotlines-all-link = Xem tất cả các đường dây điện thoại
