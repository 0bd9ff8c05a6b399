# Linkages site: the advisor desk (/zh-Hant/advisor), machine draft from locales/en/advisor.ftl (zh-Hant).
# Reviewed by a certified translator: no.

## The desk
advisor-title = 諮詢員工作頁
advisor-intro = 供 2-1-1 諮詢員和幫助來電者的倡導人員在通話時使用。本頁使用來電者的語言。要讀出來的話旁邊附有英文。
advisor-query-label = 來電者的 ZIP 郵遞區號、城市或社區
advisor-submit = 尋找辦事處
advisor-offices-title = { $place } 附近的辦事處
advisor-lines-title = 縣政府電話熱線
advisor-screening-link = 所有問題在一頁上

## Words to read out to the caller
advisor-script-title = 請讀給來電者聽
advisor-script-dcfs = 最近的 { -dcfs } 辦事處是 { $name }。
advisor-script-dpss = 辦理 { -calworks } 或 { -calfresh }，最近的 { -dpss } 辦事處是 { $name }。
advisor-script-address = 地址是 { $address }。
advisor-script-phone = 電話號碼是 { $phone }。
advisor-script-line = { $line }：{ $phone }。

## The text message for the caller's phone
advisor-text-title = 傳給來電者手機的文字訊息
advisor-text-hint = 請用您自己的電話系統傳送。本網站不傳送任何內容，也不保存任何內容。
advisor-text-count = { $units }/{ $budget } 個字元，{ $segments ->
   *[other] { $segments } 則文字訊息
}
advisor-text-use = 在訊息中使用這個辦事處
advisor-text-in-use = 已在訊息中
advisor-copy = 複製訊息
advisor-copied = 已複製。請貼到您的訊息中。
advisor-copy-failed = 文字已選取。請按 Ctrl+C 複製。
advisor-error-office = 這個辦事處不在我們的清單中。請重新搜尋，或從搜尋框下面選擇一個辦事處。

## The screening on one page
advisor-screening-title = 所有問題在一頁上
advisor-screening-intro = 問題可以按任何順序問。按「更新」可以隱藏不再需要的問題。所有問題都回答後，會顯示結果。
advisor-screening-update = 更新
advisor-screening-open = { $count ->
   *[other] 還有 { $count } 個問題需要回答。
}
advisor-screening-result = 可能適合來電者的幫助
advisor-screening-say = 對來電者說
advisor-screening-none = 目前似乎沒有適合的 Linkages 項目。來電者仍然可以到 { -dpss } 辦事處尋求幫助。
advisor-screening-problem = 有些回答無法辨識，已被略過。請再檢查一下。
advisor-screening-start-over = 重新開始
