# Trang web Linkages: khi trang web nhờ người đọc chờ (tiếng Việt).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = Xin vui lòng chờ một phút
limits-search-text = Chúng tôi nhận được nhiều lượt tìm kiếm từ mạng internet của quý vị trong thời gian ngắn. Hãy chờ một phút rồi tìm lại.
limits-search-call = Nếu quý vị cần giúp đỡ ngay, hãy gọi một trong các số điện thoại dưới đây.
