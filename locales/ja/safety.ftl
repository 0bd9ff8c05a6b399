# Linkagesサイト：「ネットを安全に使うために」のページ。「すぐに閉じる」の横とフッターからリンクします（日本語）。
# Reviewed by a certified translator: no.

safety-online-link = ネットを安全に使うために
safety-online-title = ネットを安全に使うために
safety-online-intro = だれかにスマートフォンやパソコンを見られる場合、次の方法で、このサイトを見たことを知られにくくできます。

safety-online-exit-title = すぐに離れる
safety-online-exit = 「{ exit-link }」ボタンは、どのページにも上のほうにあります。押すと天気の検索が開きます。Shiftキーをすばやく3回押しても離れられます。
safety-online-back = 「{ exit-link }」ボタンでは、履歴は消えません。「戻る」ボタンで、このサイトのページがまだ見えることがあります。

safety-online-private-title = プライベートウィンドウを使う
safety-online-private = プライベートウィンドウは、閉じたあと、見たページを残しません。Chromeでは「シークレット モード」といいます。このサイトを見る前に開き、見終わったら閉じてください。

safety-online-history-title = 履歴からこのサイトを消す
safety-online-history-intro = 履歴をすべて消すと、あやしまれることがあります。かわりに、このサイトのページだけを消すことができます。
safety-online-history-android = Androidスマートフォン、Chrome：メニュー（⋮）をタップし、「履歴」をタップします。このサイトのページの横にある✕をひとつずつタップします。
safety-online-history-iphone = iPhone、Safari：本のアイコンをタップし、時計のアイコン（履歴）をタップします。このサイトのページを左にスワイプして、「削除」をタップします。
safety-online-history-samsung = Samsungのスマートフォン、Samsung Internet：メニュー（☰）をタップし、「履歴」をタップします。このサイトのページを長押しして、「削除」をタップします。
safety-online-history-computer = パソコン：CtrlとHを同時に押して（Macでは、CommandとY）「履歴」を開き、このサイトのページを消します。
safety-online-other-device = できれば、相手が見ることのできないスマートフォンやパソコンを使ってください。たとえば図書館のものや、友だちのものです。

safety-online-stores-title = このサイトが保存するもの
safety-online-stores = このサイトには、アカウントも追跡もありません。クッキーは、言語を覚えるためのひとつだけです。質問への回答は保存されず、だれにも送られません。回答はこのブラウザのタブの中にだけ残るので、「戻る」で表示できます。タブを閉じると消えます。
