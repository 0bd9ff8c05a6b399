# Linkagesサイト：少し待ってもらうときのお知らせ（日本語）。
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = 1分ほどお待ちください
limits-search-text = 短い時間に、お使いのインターネットからたくさんの検索がありました。1分待ってから、もう一度検索してください。
limits-search-call = 今すぐ助けが必要なときは、下の番号に電話してください。
