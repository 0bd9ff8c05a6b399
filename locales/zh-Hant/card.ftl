# Linkages site: the hand-off card (/zh-Hant/card), machine draft from locales/en/card.ftl (zh-Hant).
# Reviewed by a certified translator: no.

card-link = 隨身卡片
card-link-discreet = 私密卡片：只有地址和電話
card-title = 隨身卡片
card-discreet-title = 地址和電話
card-intro = 請把這張卡片帶到辦事處。上面用您的語言和英文寫著同樣的內容，您和工作人員都能看懂。
card-print-hint = 要列印，請用瀏覽器的「列印」選單。一頁就能印完。
card-discreet-link = 改為顯示私密卡片（沒有辦事處或計畫的名稱）
card-full-link = 顯示完整卡片
card-show-desk = 請在櫃檯出示這張卡片。
card-paths-title = 可能適合您的幫助
card-say-label = 可以這樣說：
card-office-title = 辦事處
card-address = 地址
card-address-missing = 不知道地址。去之前請先打電話。
card-phone = 電話
card-hours = 開放時間
card-discreet-line-help = 幫助專線
card-discreet-line-info = 資訊專線，免費
card-add-office = 在這張卡片上加一個辦事處：查找辦事處
card-no-answers = 這張卡片不顯示您的回答。這不是決定：由工作人員決定。
card-error-empty = 這個連結沒有說明卡片上要放哪種幫助或哪個辦事處。請先查找辦事處或回答問題，然後再選一次卡片。
card-error-unknown-path = 我們不認識這個連結裡的幫助。連結可能太舊或不完整。
card-error-unknown-office = 我們找不到這個辦事處。它可能搬走了或關閉了。請再查找一次辦事處。
card-error-too-many = 這個連結的內容太多，一頁放不下。請從一個辦事處再選一次卡片。
card-error-bad-parameter = 這個連結裡有我們看不懂的內容。連結可能太舊或不完整。
card-error-find = 查找辦事處
card-error-screening = 回答問題
