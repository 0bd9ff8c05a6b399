# Linkages site: the advisor desk (/ja/advisor), machine draft from locales/en/advisor.ftl (ja).
# Reviewed by a certified translator: no.

## The desk
advisor-title = 相談員用ページ
advisor-intro = 電話で人を手助けしている2-1-1の相談員や支援者のためのページです。このページは電話の相手の言語で表示されます。読み上げる言葉の横には英語があります。
advisor-query-label = 電話の相手のZIPコード、市の名前、または地域
advisor-submit = 事務所を探す
advisor-offices-title = { $place }の近くの事務所
advisor-lines-title = 郡の電話窓口
advisor-screening-link = すべての質問を1ページで

## Words to read out to the caller
advisor-script-title = 電話の相手に読み上げてください
advisor-script-dcfs = いちばん近い{ -dcfs }の事務所は{ $name }です。
advisor-script-dpss = { -calworks }や{ -calfresh }については、いちばん近い{ -dpss }の事務所は{ $name }です。
advisor-script-address = 住所は{ $address }です。
advisor-script-phone = 電話番号は{ $phone }です。
advisor-script-line = { $line }：{ $phone }。

## The text message for the caller's phone
advisor-text-title = 電話の相手に送るショートメッセージ
advisor-text-hint = ご自分の電話システムから送ってください。このサイトは何も送らず、何も保存しません。
advisor-text-count = { $units }/{ $budget }文字、{ $segments ->
   *[other] ショートメッセージ{ $segments }通
}
advisor-text-use = この事務所をメッセージに使う
advisor-text-in-use = メッセージに使用中
advisor-copy = メッセージをコピー
advisor-copied = コピーしました。メッセージに貼り付けてください。
advisor-copy-failed = 文字が選択されています。Ctrl+Cを押してコピーしてください。
advisor-error-office = その事務所は一覧にありません。もう一度検索するか、検索欄の下から事務所を選んでください。

## The screening on one page
advisor-screening-title = すべての質問を1ページで
advisor-screening-intro = 質問はどの順番で聞いてもかまいません。「更新」を押すと、もう関係のない質問が隠れます。すべての質問に答えると、結果が表示されます。
advisor-screening-update = 更新
advisor-screening-open = { $count ->
   *[other] まだ{ $count }問、答えが必要です。
}
advisor-screening-result = 電話の相手に合いそうな支援
advisor-screening-say = 電話の相手に伝えること
advisor-screening-none = 今は合いそうなLinkagesのプログラムがないようです。それでも、{ -dpss }の事務所で支援を頼むことができます。
advisor-screening-problem = 一部の回答が読み取れなかったため、除きました。もう一度確かめてください。
advisor-screening-start-over = 最初からやり直す
