# Linkages 사이트: 잠시 기다려 달라는 안내 (한국어).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = 1분만 기다려 주세요
limits-search-text = 짧은 시간에 사용하시는 인터넷에서 검색이 많이 들어왔어요. 1분 기다린 다음 다시 찾아보세요.
limits-search-call = 지금 도움이 필요하면 아래 번호로 전화하세요.
