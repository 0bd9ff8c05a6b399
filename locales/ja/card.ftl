# Linkages site: the hand-off card (/ja/card), machine draft from locales/en/card.ftl (ja).
# Reviewed by a certified translator: no.

card-link = 持っていくカード
card-link-discreet = 目立たないカード：住所と電話番号だけ
card-title = 持っていくカード
card-discreet-title = 住所と電話番号
card-intro = このカードを事務所に持っていってください。同じ内容があなたの言語と英語で書いてあるので、あなたも職員も読めます。
card-print-hint = 印刷するには、ブラウザの「印刷」メニューを使ってください。1ページに収まります。
card-discreet-link = 目立たないカードを表示する（事務所やプログラムの名前なし）
card-full-link = すべてのカードを表示する
card-show-desk = 受付でこのカードを見せてください。
card-paths-title = あなたに合うかもしれない支援
card-say-label = 伝えること：
card-office-title = 事務所
card-address = 住所
card-address-missing = 住所はわかりません。行く前に電話してください。
card-phone = 電話
card-hours = 受付時間
card-discreet-line-help = 相談電話
card-discreet-line-info = 案内電話（無料）
card-add-office = このカードに事務所を加える：事務所を探す
card-no-answers = このカードにはあなたの回答は載っていません。これは決定ではありません。決めるのは職員です。
card-error-empty = このリンクには、カードに載せる支援や事務所が書かれていません。事務所を探すか質問に答えてから、もう一度カードを選んでください。
card-error-unknown-path = このリンクにある支援がわかりません。古いリンクか、途中で切れたリンクかもしれません。
card-error-unknown-office = この事務所が見つかりません。移転したか閉まったのかもしれません。もう一度事務所を探してください。
card-error-too-many = このリンクの内容は1ページに収まりません。事務所を1つ選んで、もう一度カードを選んでください。
card-error-bad-parameter = このリンクにはわからない部分があります。古いリンクか、途中で切れたリンクかもしれません。
card-error-find = 事務所を探す
card-error-screening = 質問に答える
