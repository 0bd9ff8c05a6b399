# Linkages 网站：请读者稍等时的提示（简体中文）。
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = 请等一分钟
limits-search-text = 短时间内，我们从您的网络收到了很多次搜索。请等一分钟，然后再搜索。
limits-search-call = 如果您现在就需要帮助，请拨打下面的电话号码。
