# Linkages 網站：頁面框架、首頁、辦事處查詢和錯誤訊息（繁體中文）。
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = 為接受 { -dcfs } 和 { -dpss } 服務的家庭提供幫助
skip-to-content = 跳到主要內容

## 快速離開
exit-link = 快速離開
exit-hint = 馬上離開本網站。您也可以按 3 次 Shift 鍵。

## 安全提示，每一頁都有
safety-title = 安全第一
safety-danger = 現在有危險嗎？請撥打 { $number }。
safety-report = 如要舉報虐待兒童，請撥打兒童保護熱線 { $number }，每週 7 天、每天 24 小時開放。

## 導覽和語言
nav-label = 主選單
nav-home = 首頁
nav-screening = 看看哪些幫助可能適合您
nav-find = 尋找辦事處
lang-label = 語言
lang-current = 目前語言：繁體中文
lang-unreviewed = 這份翻譯還沒有經過認證翻譯員的檢查。
lang-read-english = 用英文閱讀本頁
lang-notice-label = 關於本翻譯

## 首頁
home-title = 為有 { -dcfs } 個案的父母提供幫助
home-intro = Linkages 是洛杉磯縣兩個部門之間的合作。{ -dcfs } 和家庭一起努力，保障孩子的安全。{ -dpss } 提供現金補助、食物、醫療保健和就業幫助。如果您和這兩個部門都有聯繫，他們可以一起和您制定計劃。
home-services = { -dpss } 的項目包括 { -calworks }（家庭現金補助）、{ -gain }（就業和培訓幫助）、{ -calfresh }（食物）、{ -medi-cal }（醫療保健）和 { -general-relief-said }（成人現金補助）。
home-check-title = 看看哪些幫助可能適合您
home-check-text = 回答幾個簡短的問題。我們不會問您的名字，也不會保存您的回答。
home-check-start = 開始回答問題
home-find-title = 尋找辦事處
home-find-text = 尋找您附近的 { -dcfs } 和 { -dpss } 辦事處，包括電話號碼和辦公時間。
home-find-start = 尋找辦事處
home-call-title = 電話熱線
home-privacy = 本網站不會向 { -dcfs } 或 { -dpss } 報告。不需要註冊帳戶。您的回答不會被保存。

## 電話熱線
line-child-protection = 兒童保護熱線
line-child-protection-hours = 每週 7 天，每天 24 小時
line-dpss = { -dpss } 客戶服務中心
line-dpss-hours = 星期一至星期五，{ $opens } 至 { $closes }（此時間最後一次確認是在 2020 年）
line-211 = 洛杉磯縣 211，提供服務資訊和幫助
line-211-hours = 每週 7 天，每天 24 小時
line-911 = 緊急情況

## 頁尾
footer-privacy = 保護隱私：不需要帳戶，不追蹤，除了記住您選擇的語言以外不使用 cookie。您的回答永遠不會被保存，也不會傳送給 { -dcfs } 或 { -dpss }。
footer-guidance = 本網站只提供參考。有關您個案的決定，由您的個案工作人員作出。
footer-data = 辦事處和電話資料：洛杉磯縣 { -dcfs } 和 { -dpss } 的公開資料。ZIP 郵遞區號位置：美國人口普查局和 GeoNames（CC BY 4.0）。

## 自我評估：第一步（問題本身在 screening.ftl 中）
flow-title = 看看哪些幫助可能適合您
flow-continue = 繼續
flow-back = 返回
flow-start-over = 重新開始
flow-choose-one = 請選擇一個答案。
flow-question-count = 第 { $number } 題

## 錯誤
error-title = 出現問題
error-not-found-title = 找不到網頁
error-not-found-text = 我們找不到這個網頁。請檢查網址，或前往首頁。

## 自我評估頁面
flow-check-title = 檢查您的回答
flow-change = 更改
flow-see-result = 查看可能適合您的幫助
flow-result-title = 可能適合您的幫助
flow-not-decision = 申請 { -dpss } 幫助的 { -form-5122 } 評估由 { -dcfs } 工作人員進行：請向您的{ -social-worker }提出。本網站不做任何決定，也不會向 { -dcfs } 或 { -dpss } 報告。
flow-no-title = 似乎不適合您的選項
flow-next-title = 去哪裡求助
flow-find-offices = 尋找最近的辦事處
flow-change-answers = 更改您的回答
flow-share-title = 保存下來，以後再看
flow-share-text = 您可以把這些項目的名稱傳送給自己。裡面不會包括您的回答。
flow-share-intro = 可以詢問的 Linkages 項目
flow-share-sms = 用文字訊息傳送
flow-share-email = 用電子郵件傳送
flow-print-hint = 如要列印本頁，請使用瀏覽器的「列印」選單。
flow-stores-nothing = 我們沒有保存您的回答，也沒有傳送給任何人。關閉本頁後，回答就會消失。
