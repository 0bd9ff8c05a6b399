# Linkages 網站：辦事處查詢（繁體中文）。
# Reviewed by a certified translator: no.

## 查詢表格
find-title = 尋找辦事處
find-intro = 尋找最近的 { -dcfs } 和 { -dpss } 辦事處，包括電話號碼和辦公時間。
find-query-label = ZIP 郵遞區號或城市
find-query-hint = 例如 90020，或 Pasadena
find-submit = 搜尋
find-location-button = 使用我的位置
find-location-nojs = 如要從您所在的位置搜尋，請開啟 JavaScript。或者，請輸入您的 ZIP 郵遞區號。
find-location-pending = 正在尋找您的位置…
find-location-unavailable = 我們找不到您的位置。請改為輸入您的 ZIP 郵遞區號。
find-location-denied = 您的瀏覽器沒有分享您的位置。如要允許，請在瀏覽器中開啟網站設定。或者，請輸入您的 ZIP 郵遞區號。
find-location-timeout = 尋找您的位置花了太長時間。請再試一次，或輸入您的 ZIP 郵遞區號。

## 查詢結果
find-results-title = { $place } 附近的辦事處
find-results-location = 您所在位置附近的辦事處
find-from-zip-centre = 距離是從 ZIP 郵遞區號區域的中心算起的。
find-from-place-centre = 距離是從這個地區的中心算起的。
find-near-county-line = 這個地方離洛杉磯縣的邊界很近。請確認您住在洛杉磯縣。如果您住在其他縣，請撥打 2-1-1，尋找當地的幫助。
find-dcfs-title = { -dcfs } 辦事處（有關您孩子個案的幫助）
find-dpss-title = { -dpss } 辦事處（{ -calworks }、{ -calfresh }、{ -general-relief }、{ -medi-cal }）
find-dcfs-partial = 這份 { -dcfs } 辦事處名單是 2017 年的。{ -dcfs } 現在說它有 20 個辦事處，所以這裡可能少了一個。
find-dpss-partial = 這裡沒有列出所有 { -dpss } 辦事處。如要找到您的辦事處，請撥打 { -dpss } 客戶服務中心電話 { $number }，或在 BenefitsCal 網上申請。
find-nearest-not-assigned = 最近的辦事處不一定是負責您個案的辦事處。您的個案工作人員可以告訴您哪個是您的辦事處。
find-serving-title = 您的辦事處：負責您所在的區域
find-serving-approximate = 我們使用了您輸入的郵遞區號或地點的中心。如果您住在區域邊緣附近，可能由另一個辦事處為您服務。
find-serving-none = 我們不知道哪個辦事處負責這個地方。您的個案工作人員或最近的辦事處可以告訴您。
find-distance = 距離 { $distance } { $miles ->
       *[other] 英里
    }
find-distance-about = 距離約 { $distance } { $miles ->
       *[other] 英里
    }
find-unverified = 未經該機構核實
find-approximate = 地圖上的位置是大概的
find-phone-missing = 電話號碼不詳
find-phone-countywide = 這是 { -dpss } 的全縣電話，不是這個辦事處自己的號碼。
find-phone-unverified = 我們無法核實這個號碼。
find-hours-missing = 辦公時間不詳。去之前請先打電話。
find-hours-conflicting = 我們的資料來源給出的辦公時間不一樣。去之前請先打電話。
find-open-until = 現在開放，到{ $time } 為止
find-open-always = 24 小時開放
find-closed-opens = 現在已關門。{ $day }{ $time } 開門
find-closed = 現在已關門
find-directions = 路線（會開啟地圖網站）
find-source = 這些資訊的來源
find-checked = 核實日期：{ $date }
find-report = 回報此資訊有誤（將開啟您的電子郵件應用程式）

## 有多個 ZIP 郵遞區號的地名
find-choose-title = { $name } 有多個 ZIP 郵遞區號
find-choose-text = 請選擇您的 ZIP 郵遞區號：

## 查詢時出現的問題
find-error-empty = 請輸入 ZIP 郵遞區號或城市名稱。
find-error-malformed-zip = 請輸入 5 位數字的 ZIP 郵遞區號，例如 90020。
find-error-zip-not-in-county = { $input } 不是洛杉磯縣的 ZIP 郵遞區號。請輸入本縣的 ZIP 郵遞區號。
find-error-unknown-place = 我們還不認識 { $input } 這個名稱。請試試輸入您的 ZIP 郵遞區號。
find-error-malformed-coordinate = 我們無法讀取這個位置。請改為輸入您的 ZIP 郵遞區號。
find-error-coordinate-outside-county = 這個位置在洛杉磯縣以外。請輸入本縣的 ZIP 郵遞區號。

## 星期和時間
weekday-0 = 星期一
weekday-1 = 星期二
weekday-2 = 星期三
weekday-3 = 星期四
weekday-4 = 星期五
weekday-5 = 星期六
weekday-6 = 星期日

## Office search: which agency's offices to show
find-agency-label = 顯示以下機構的辦事處
find-agency-both = { -dcfs } 和 { -dpss }
find-agency-dcfs = 只看 { -dcfs }
find-agency-dpss = 只看 { -dpss }

## All phone lines
hotlines-title = 所有電話熱線
hotlines-intro = 我們知道的所有為洛杉磯縣家庭服務的電話熱線。每條都寫明號碼的來源。
hotlines-source-language = 名稱和說明是英文的，與來源一致。
hotlines-all-link = 查看所有電話熱線

## 結果旁邊的地圖（由本網站繪製）
find-map-label = 地圖：{ $point }。清單中的 { $count ->
       *[other] { $count } 個辦事處
    }。
find-map-point-zip = 大概位置：郵遞區號 { $zip } 區域的中心
find-map-point-place = 大概位置：{ $place } 的中心
find-map-point-exact = 您搜尋的位置
find-map-scale = { $distance } { $miles ->
       *[other] 英里
    }
find-map-key-dcfs = { -dcfs } 辦事處
find-map-key-dpss = { -dpss } 辦事處
find-map-credit = 這張地圖由我們自己繪製。縣界：美國人口普查局。地名：GeoNames（geonames.org，CC BY 4.0）。
