# Linkages 網站：請讀者稍等時的提示（繁體中文）。
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = 請等一分鐘
limits-search-text = 短時間內，我們從您的網路收到了很多次搜尋。請等一分鐘，然後再搜尋。
limits-search-call = 如果您現在就需要幫助，請撥打下面的電話號碼。
