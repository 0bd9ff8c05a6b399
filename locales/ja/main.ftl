# Linkagesサイト：ページの枠、ホーム、事務所さがし、エラー（日本語）。
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = { -dcfs }と{ -dpss }を利用するご家族のための支援
skip-to-content = メインの内容へ移動

## すぐに閉じる
exit-link = すぐに閉じる
exit-hint = このサイトからすぐに離れます。Shiftキーを3回押しても離れられます。

## 安全について（すべてのページ）
safety-title = 安全が第一です
safety-danger = いま危険な状態ですか？{ $number }に電話してください。
safety-report = 子どもへの虐待を通報するには、児童保護ホットライン（{ $number }）に電話してください。24時間・週7日つながります。

## メニューと言語
nav-label = メインメニュー
nav-home = ホーム
nav-screening = 合いそうな支援を調べる
nav-find = 事務所を探す
lang-label = 言語
lang-current = 日本語で表示しています
lang-unreviewed = この翻訳は、まだ認定翻訳者の確認を受けていません。
lang-read-english = このページを英語で読む
lang-notice-label = この翻訳について

## ホームページ
home-title = { -dcfs }のケースがある親のための支援
home-intro = Linkagesは、ロサンゼルス郡の2つの部局が協力する取り組みです。{ -dcfs }は、子どもの安全のためにご家族と一緒に取り組みます。{ -dpss }は、現金支援、食料、医療、仕事の支援を行います。両方とかかわっている場合は、2つの部局が一緒に、あなたと計画を立てることができます。
home-services = { -dpss }のプログラムには、{ -calworks }（子どもがいる家族への現金支援）、{ -gain }（仕事と職業訓練の支援）、{ -calfresh }（食料）、{ -medi-cal }（医療）、{ -general-relief-said }（大人への現金支援）があります。
home-check-title = 合いそうな支援を調べる
home-check-text = 短い質問にいくつか答えてください。お名前はお聞きしません。回答は保存しません。
home-check-start = 質問を始める
home-find-title = 事務所を探す
home-find-text = 近くの{ -dcfs }と{ -dpss }の事務所を、電話番号と受付時間と一緒に探せます。
home-find-start = 事務所を探す
home-call-title = 電話窓口
home-privacy = このサイトは、{ -dcfs }や{ -dpss }に報告しません。アカウントはありません。回答は保存されません。

## 電話窓口
line-child-protection = 児童保護ホットライン
line-child-protection-hours = 24時間・週7日
line-dpss = { -dpss }カスタマーサービスセンター
line-dpss-hours = 月曜日から金曜日、{ $opens }から{ $closes }まで（この時間は2020年に最後に確認したものです）
line-211 = ロサンゼルス郡の211：サービスの案内と手助け
line-211-hours = 24時間・週7日
line-911 = 緊急のとき

## フッター
footer-privacy = プライバシー：アカウントなし、追跡なし、言語の選択のほかはクッキーを使いません。回答は保存されず、{ -dcfs }や{ -dpss }に送られることもありません。
footer-guidance = このサイトは目安をお伝えするだけです。ケースについて決めるのは担当者です。
footer-data = 事務所と電話の情報：ロサンゼルス郡の{ -dcfs }と{ -dpss }の公開情報。ZIPコード（郵便番号）の位置：米国国勢調査局とGeoNames（CC BY 4.0）。

## 質問：最初の部分（質問そのものはscreening.ftlにあります）
flow-title = 合いそうな支援を調べる
flow-continue = 次へ
flow-back = 戻る
flow-start-over = 最初からやり直す
flow-choose-one = 答えを1つ選んでください。
flow-question-count = 質問{ $number }

## エラー
error-title = 問題があります
error-not-found-title = ページが見つかりません
error-not-found-text = このページが見つかりませんでした。アドレスを確かめるか、ホームページに移動してください。

## 質問のページ
flow-check-title = 回答を確かめる
flow-change = 変更する
flow-see-result = 合いそうな支援を見る
flow-result-title = 合いそうな支援
flow-not-decision = { -dpss }の支援を受けられるかを調べる{ -form-5122 }の確認は、{ -dcfs }の職員が行います。{ -social-worker }に頼んでください。このサイトは何も決めず、{ -dcfs }や{ -dpss }に報告もしません。
flow-no-title = 合わないと思われる支援
flow-next-title = 相談できるところ
flow-find-offices = いちばん近い事務所を探す
flow-change-answers = 回答を変更する
flow-share-title = あとで見られるように残す
flow-share-text = これらのプログラムの名前を、自分あてに送ることができます。回答は含まれません。
flow-share-intro = 相談できるLinkagesのプログラム
flow-share-sms = ショートメッセージ（SMS）で送る
flow-share-email = メールで送る
flow-print-hint = このページを印刷するには、ブラウザの「印刷」メニューを使ってください。
flow-stores-nothing = 回答は保存しておらず、だれにも送っていません。このページを閉じると、回答は消えます。
