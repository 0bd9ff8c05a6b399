# Linkagesサイト：事務所さがし（日本語）。
# Reviewed by a certified translator: no.

## 検索フォーム
find-title = 事務所を探す
find-intro = いちばん近い{ -dcfs }と{ -dpss }の事務所を、電話番号と受付時間と一緒に探せます。
find-query-label = ZIPコード（郵便番号）または市の名前
find-query-hint = 例：90020、またはPasadena
find-submit = 検索
find-location-button = いまいる場所を使う
find-location-nojs = いまいる場所から探すには、JavaScriptをオンにしてください。または、ZIPコードを入力してください。
find-location-pending = いまいる場所を調べています…
find-location-unavailable = いまいる場所がわかりませんでした。かわりにZIPコードを入力してください。
find-location-denied = ブラウザが、いまいる場所を伝えませんでした。許可するには、ブラウザでサイトの設定を開いてください。または、ZIPコードを入力してください。
find-location-timeout = いまいる場所を調べるのに時間がかかりすぎました。もう一度ためすか、ZIPコードを入力してください。

## 検索結果
find-results-title = { $place }の近くの事務所
find-results-location = いまいる場所の近くの事務所
find-from-zip-centre = 距離は、ZIPコードの地域の真ん中から測っています。
find-from-place-centre = 距離は、この地域の真ん中から測っています。
find-near-county-line = この場所は、ロサンゼルス郡のさかいのすぐ近くです。ロサンゼルス郡に住んでいるか、たしかめてください。ほかの郡に住んでいるときは、2-1-1に電話して、その郡で支援を探してください。
find-dcfs-title = { -dcfs }の事務所（お子さんのケースについての支援）
find-dpss-title = { -dpss }の事務所（{ -calworks }、{ -calfresh }、{ -general-relief }、{ -medi-cal }）
find-dcfs-partial = この{ -dcfs }の事務所の一覧は2017年のものです。{ -dcfs }は今、事務所が20か所あるとしているので、1か所ぬけているかもしれません。
find-dpss-partial = ここには、{ -dpss }の事務所がすべてのっているわけではありません。ご自分の事務所を探すには、{ -dpss }カスタマーサービスセンター（{ $number }）に電話するか、BenefitsCalからオンラインで申し込んでください。
find-nearest-not-assigned = いちばん近い事務所が、あなたのケースを扱う事務所とはかぎりません。どの事務所があなたの事務所かは、担当者が教えてくれます。
find-serving-title = あなたの事務所：あなたの地域を担当しています
find-serving-approximate = 入力された郵便番号または場所の中心を使いました。地域の境界の近くに住んでいる場合は、別の事務所が担当することがあります。
find-serving-none = この場所をどの事務所が担当しているかわかりません。担当ワーカーか、いちばん近い事務所に聞いてください。
find-distance = { $distance }{ $miles ->
       *[other] マイル
    }の距離
find-distance-about = 約{ $distance }{ $miles ->
       *[other] マイル
    }の距離
find-unverified = 機関には確認していません
find-approximate = 地図上の場所はおおよそです
find-phone-missing = 電話番号はわかりません
find-phone-countywide = これは郡全体の{ -dpss }の電話番号で、この事務所の番号ではありません。
find-phone-unverified = この番号は確認できませんでした。
find-hours-missing = 受付時間はわかりません。行く前に電話してください。
find-hours-conflicting = 情報源によって受付時間がちがいます。行く前に電話してください。
find-open-until = 今は開いています（{ $time }まで）
find-open-always = 24時間開いています
find-closed-opens = 今は閉まっています。{ $day }の{ $time }に開きます
find-closed = 今は閉まっています
find-directions = 行き方（地図のサイトが開きます）
find-source = この情報の出どころ
find-checked = { $date }に確認済み
find-report = この情報の誤りを知らせる（メールアプリが開きます）

## ZIPコードが2つ以上ある地名
find-choose-title = { $name }にあてはまるZIPコードが2つ以上あります
find-choose-text = ご自分のZIPコードを選んでください：

## 検索のときの問題
find-error-empty = ZIPコードか、市の名前を入力してください。
find-error-malformed-zip = 90020のように、5けたの数字でZIPコードを入力してください。
find-error-zip-not-in-county = { $input }は、ロサンゼルス郡のZIPコードではありません。郡内のZIPコードを入力してください。
find-error-unknown-place = 「{ $input }」という名前は、まだわかりません。ZIPコードで試してください。
find-error-malformed-coordinate = その場所を読み取れませんでした。かわりにZIPコードを入力してください。
find-error-coordinate-outside-county = その場所はロサンゼルス郡の外です。郡内のZIPコードを入力してください。

## 曜日と時刻
weekday-0 = 月曜日
weekday-1 = 火曜日
weekday-2 = 水曜日
weekday-3 = 木曜日
weekday-4 = 金曜日
weekday-5 = 土曜日
weekday-6 = 日曜日

## Office search: which agency's offices to show
find-agency-label = 表示する事務所
find-agency-both = { -dcfs } と { -dpss }
find-agency-dcfs = { -dcfs } のみ
find-agency-dpss = { -dpss } のみ

## All phone lines
hotlines-title = すべての電話窓口
hotlines-intro = ロサンゼルス郡の家族のために、わたしたちが知っているすべての電話窓口です。それぞれに番号の出どころを書いています。
hotlines-source-language = 名前と説明は、情報元のとおり英語です。
hotlines-all-link = すべての電話窓口を見る

## 結果の横の地図（このサイトが描いています）
find-map-label = 地図：{ $point }。リストの事務所 { $count ->
       *[other] { $count }か所
    }。
find-map-point-zip = おおよその位置：ZIPコード { $zip } の地域の真ん中
find-map-point-place = おおよその位置：{ $place } の真ん中
find-map-point-exact = 検索した場所
find-map-scale = { $distance }{ $miles ->
       *[other] マイル
    }
find-map-key-dcfs = { -dcfs }の事務所
find-map-key-dpss = { -dpss }の事務所
find-map-credit = この地図はわたしたちが自分で描いています。郡の境界：米国国勢調査局。地名：GeoNames（geonames.org、CC BY 4.0）。
