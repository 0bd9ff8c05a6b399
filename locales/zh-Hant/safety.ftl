# Linkages 網站：「安全上網」頁面，連結在「快速離開」旁邊和頁尾（繁體中文）。
# Reviewed by a certified translator: no.

safety-online-link = 安全上網
safety-online-title = 安全上網
safety-online-intro = 如果有人會查看您的手機或電腦，以下步驟可以幫助您不讓別人知道您來過本網站。

safety-online-exit-title = 快速離開
safety-online-exit = 每個頁面頂部都有「{ exit-link }」按鈕。按下後會開啟天氣搜尋。您也可以快速按 3 次 Shift 鍵。
safety-online-back = 「{ exit-link }」按鈕不會刪除您的瀏覽記錄。用「返回」按鈕仍然可以看到本網站的頁面。

safety-online-private-title = 使用私密視窗
safety-online-private = 私密視窗關閉後，不會保留您看過的頁面。在 Chrome 中，它叫作「無痕模式」。請在瀏覽本網站之前開啟私密視窗，用完後關閉。

safety-online-history-title = 從瀏覽記錄中刪除本網站
safety-online-history-intro = 刪除全部瀏覽記錄可能會讓人起疑。您可以只刪除本網站的頁面。
safety-online-history-android = Android 手機，Chrome：輕觸選單（⋮），再輕觸「記錄」（History）。輕觸本網站每個頁面旁邊的 ✕。
safety-online-history-iphone = iPhone，Safari：輕觸書本圖示，再輕觸時鐘圖示（瀏覽記錄）。在本網站的頁面上向左滑動，然後輕觸「刪除」。
safety-online-history-samsung = Samsung 手機，Samsung Internet：輕觸選單（☰），再輕觸「歷史記錄」（History）。按住本網站的頁面，然後輕觸「刪除」。
safety-online-history-computer = 電腦：同時按 Ctrl 和 H（Mac 上按 Command 和 Y）開啟「記錄」（History），然後刪除本網站的頁面。
safety-online-other-device = 如果可以，請使用對方無法查看的手機或電腦，例如圖書館的電腦或朋友的手機。

safety-online-stores-title = 本網站會保存什麼
safety-online-stores = 本網站沒有帳戶，也不追蹤您。唯一的 cookie 只用來記住您的語言。您對問題的回答永遠不會被保存，也不會傳送給任何人。回答只留在這個瀏覽器分頁裡，所以用「返回」還能看到；關閉這個分頁後，回答就會消失。
