### セルフチェック：質問、答え、結果。
### idはapp/src/screeningで使われます（messages.rsを参照）。どの言語でも同じidにしてください。
### 9歳くらいの子どもが読める言葉で、です・ます体で書きます。親を責めないこと：「DCFSでのケース」と書きます。
### 公式の名前はそのままにします：DCFS、DPSS、CalWORKs、GAIN、CalFresh、Medi-Cal、
### General Relief、BenefitsCal。
### 用語：Family Maintenance＝家族維持、Family Preservation＝家族保全、
### Family Reunification＝家族再統合、sanction＝ペナルティ、Eligibility worker＝受給資格の担当者、
### social worker＝ソーシャルワーカー、worker＝担当者、Welfare-to-Work＝就労支援。
### 子どもが家の外に措置されたことは「DCFSによってお子さんが家の外で暮らすことになった」と書きます。

# Reviewed by a certified translator: no.

## 結果のページ

screening-heading-because = こう考える理由
screening-heading-next-steps = 次にすること
screening-heading-services = 受けられるかもしれないサービス
screening-heading-what-would-change = この結果が変わるかもしれないこと
screening-guidance-not-decision = これは目安にすぎません。何を受けられるかは、担当者が決めます。

## どのくらい合うか

screening-fit-may-fit = 合うかもしれません
screening-fit-ask = 担当者に聞いてください
screening-fit-no = 合わないようです

## 質問：短い見出しと1行のヒント

screening-q-dcfs-case = いま、DCFSで進行中のケースがありますか？
screening-q-dcfs-case-hint = DCFSは、子ども家庭サービス局のことです。子ども担当のソーシャルワーカーが家に来たり電話してきたりするなら、ケースがあるかもしれません。
screening-q-dcfs-service = DCFSは、ご家族にどんな支援をしていますか？
screening-q-dcfs-service-hint = プログラムの名前は、DCFSのソーシャルワーカーが教えてくれます。
screening-q-children-location = お子さんは、いまどこで暮らしていますか？
screening-q-children-location-hint = お子さん全員のことを考えてください。
screening-q-calworks-now = いま、CalWORKsを受けていますか？
screening-q-calworks-now-hint = CalWORKsは、子どもがいる家族のためのお金です。DPSSから出ます。
screening-q-calworks-at-removal = DCFSによってお子さんが家の外で暮らすことになったとき、CalWORKsを受けていましたか？
screening-q-calworks-at-removal-hint = そのあと、CalWORKsは止まったかもしれません。お子さんが家の外で暮らすことになったときのことを答えてください。
screening-q-fr-plan = DCFSとの家族再統合（Family Reunification）の計画がありますか？
screening-q-fr-plan-hint = お子さんが家に戻れるように、あなたとDCFSのソーシャルワーカーが一緒に作った計画のことです。
screening-q-relative-caregiver = DCFSによって、親せきの家で暮らすことになったお子さんはいますか？
screening-q-relative-caregiver-hint = たとえば、祖父母、おば、おじ、そのほかの家族の家です。
screening-q-homeless = いま、住む家がない状態ですか？
screening-q-homeless-hint = たとえば、シェルター、車、モーテル、外で寝ている場合や、あちこちを転々としている場合です。
screening-q-sanction = GAINのペナルティのために、DPSSがCalWORKsを減らしましたか？
screening-q-sanction-hint = ペナルティ（sanction）とは、GAIN（Welfare-to-Work：就労支援）のルールのために、DPSSがCalWORKsを減らすことです。そうなった場合は、DPSSからの手紙に書いてあります。

## 答えの選択肢

screening-answer-yes = はい
screening-answer-no = いいえ
screening-answer-unsure = わかりません
screening-answer-family-maintenance = 家族維持（Family Maintenance）
screening-answer-family-maintenance-hint = お子さんはあなたと一緒に暮らしていて、DCFSのソーシャルワーカーがご家族を支えています。裁判所の命令による場合も、自分で選んだ場合もあります。
screening-answer-family-preservation = 家族保全（Family Preservation）
screening-answer-family-preservation-hint = お子さんはあなたと一緒に暮らしていて、家族保全の支援団体がご家族と一緒に取り組んでいます。
screening-answer-family-reunification = 家族再統合（Family Reunification）
screening-answer-family-reunification-hint = お子さんはいまは別の場所で暮らしていて、あなたはお子さんが家に戻れるように取り組んでいます。
screening-answer-investigation = DCFSが通報の内容を確認しています
screening-answer-investigation-hint = ソーシャルワーカーがご家族の様子を確認していて、まだプログラムは始まっていません。
screening-answer-all-home = 子どもは全員、私と一緒に暮らしています
screening-answer-some-removed = 一部の子どもは私と暮らし、ほかの子どもはDCFSによって別の場所で暮らしています
screening-answer-all-removed = DCFSによって、子どもは全員、家の外で暮らしています

## 理由：ご家族が教えてくれたこと

screening-reason-dcfs-case-yes = DCFSで進行中のケースがある、と答えました。
screening-reason-dcfs-case-no = DCFSで進行中のケースはない、と答えました。
screening-reason-dcfs-case-unsure = DCFSで進行中のケースがあるかどうかは、まだわかりません。
screening-reason-dcfs-service-family-maintenance = DCFSでのケースは家族維持のプログラムだ、と答えました。
screening-reason-dcfs-service-family-preservation = ご家族がDCFSの家族保全のプログラムを受けている、と答えました。
screening-reason-dcfs-service-family-reunification = DCFSでのケースは家族再統合のプログラムだ、と答えました。
screening-reason-dcfs-service-investigation = DCFSが通報の内容を確認していて、まだプログラムは始まっていない、と答えました。
screening-reason-dcfs-service-unsure = DCFSでのケースがどのプログラムなのかは、まだわかりません。
screening-reason-children-location-all-home = お子さんは全員あなたと一緒に暮らしている、と答えました。
screening-reason-children-location-some-removed = 一部のお子さんはあなたと一緒に暮らし、ほかのお子さんはDCFSによって別の場所で暮らしている、と答えました。
screening-reason-children-location-all-removed = DCFSによって、お子さんは全員、家の外で暮らしている、と答えました。
screening-reason-children-location-unsure = お子さんがどこで暮らしているかは、まだわかりません。
screening-reason-calworks-now-yes = いまCalWORKsを受けている、と答えました。
screening-reason-calworks-now-no = いまCalWORKsを受けていない、と答えました。
screening-reason-calworks-now-unsure = いまCalWORKsを受けているかどうかは、まだわかりません。
screening-reason-calworks-at-removal-yes = お子さんが家の外で暮らすことになったとき、CalWORKsを受けていた、と答えました。
screening-reason-calworks-at-removal-no = お子さんが家の外で暮らすことになったとき、CalWORKsを受けていなかった、と答えました。
screening-reason-calworks-at-removal-unsure = お子さんが家の外で暮らすことになったときにCalWORKsを受けていたかどうかは、まだわかりません。
screening-reason-fr-plan-yes = DCFSとの家族再統合の計画がある、と答えました。
screening-reason-fr-plan-no = DCFSとの家族再統合の計画はない、と答えました。
screening-reason-fr-plan-unsure = DCFSとの家族再統合の計画があるかどうかは、まだわかりません。
screening-reason-relative-caregiver-yes = DCFSによって、少なくとも1人のお子さんが親せきの家で暮らすことになった、と答えました。
screening-reason-relative-caregiver-no = DCFSによって親せきの家で暮らすことになったお子さんはいない、と答えました。
screening-reason-relative-caregiver-unsure = 親せきの家で暮らしているお子さんがいるかどうかは、まだわかりません。
screening-reason-homeless-yes = いま住む家がない、と答えました。
screening-reason-homeless-no = いま住む家はある、と答えました。
screening-reason-homeless-unsure = いま住む家がない状態かどうかは、まだわかりません。
screening-reason-sanction-yes = GAINのペナルティのために、DPSSがCalWORKsを減らした、と答えました。
screening-reason-sanction-no = GAINのペナルティのためにDPSSがCalWORKsを減らしたことはない、と答えました。
screening-reason-sanction-unsure = GAINのペナルティのためにDPSSがCalWORKsを減らしたかどうかは、まだわかりません。

## 「担当者に聞いてください」という結果を変えるもの

screening-change-dcfs-case = DCFSで進行中のケースがあるかどうかを確かめてください。お子さんのソーシャルワーカーか、DCFSからの手紙でわかります。
screening-change-dcfs-service = ケースがどのプログラムなのか、DCFSのソーシャルワーカーに聞いてください。
screening-change-children-location = お子さん一人ひとりがどこで暮らすことになっているか、DCFSのソーシャルワーカーに聞いてください。
screening-change-calworks-now = いまCalWORKsを受けているかどうかを確かめてください。受給資格の担当者（Eligibility worker）、DPSSからの手紙、またはBenefitsCalでわかります。
screening-change-calworks-at-removal = お子さんが家の外で暮らすことになったときにCalWORKsを受けていたかどうか、受給資格の担当者に聞いてください。
screening-change-fr-plan = 家族再統合の計画があるかどうか、DCFSのソーシャルワーカーに聞いてください。
screening-change-relative-caregiver = 親せきの家で暮らすことになったお子さんがいるかどうか、DCFSのソーシャルワーカーに聞いてください。
screening-change-homeless = 夜どこで寝ているかを、担当者に伝えてください。それが「住む家がない」状態にあたるかどうか、教えてもらえます。
screening-change-sanction = ペナルティのためにCalWORKsが減ったかどうか、GAINの担当者に聞いてください。DPSSからの手紙にも書いてあります。

## 支援の道：タイトルと1文の説明

screening-path-prevention-5122 = DCFSにDPSSとつないでもらう
screening-path-prevention-5122-summary = DCFSのソーシャルワーカーは、CalWORKs、General Relief、CalFresh、Medi-CalなどDPSSの支援を受けられそうか確認し、早く申し込めるように手伝ってくれます。
screening-path-family-maintenance = GAINによる家族維持（Family Maintenance）のサービス
screening-path-family-maintenance-summary = お子さんがあなたと一緒に暮らし、DCFSでのケースが家族維持のプログラムである間は、GAINのサービスをWelfare-to-Work（就労支援）の計画に入れることができます。
screening-path-family-preservation = GAINによる家族保全（Family Preservation）のサービス
screening-path-family-preservation-summary = お子さんがあなたと一緒に暮らし、ご家族が家族保全のプログラムを受けている間は、DCFSとDPSSが一緒にサービスを計画し、GAINのサービスをWelfare-to-Work（就労支援）の計画に入れることができます。
screening-path-family-reunification = GAINによる家族再統合（Family Reunification）のサービス
screening-path-family-reunification-summary = お子さんが家の外で暮らすことになったときにCalWORKsを受けていた場合は、お子さんが家に戻れるように、現金支援なしでGAINのサービスを受け続けることを選べます。
screening-path-homeless-outreach = 住む家がない家族への支援
screening-path-homeless-outreach-summary = CalWORKsを受けていて、DCFSで家族維持のケースがある場合は、DCFSとDPSSが協力して、住む家がない家族のための支援にご家族をつなぐことができます。
screening-path-sanction-help = CalWORKsのペナルティを終わらせるための支援
screening-path-sanction-help-summary = DCFSとDPSSが一緒に連絡をとり、ペナルティの原因を解決して終わらせられるように手伝います。
screening-path-linkages-gsw = DCFSの事務所にいるGAINの担当者
screening-path-linkages-gsw-summary = DCFSの事務所にいるLinkagesのGAINサービス担当者は、「子どもと家族のチーム会議」（Child and Family Team meeting）に参加して、ケースについて助言できます。
screening-path-dpss-apply = 自分でDPSSに申し込む
screening-path-dpss-apply-summary = CalWORKs、CalFresh、Medi-Cal、General ReliefなどのDPSSの支援には、オンラインか電話で申し込めます。

## 次にすること

screening-step-answer-again = 状況が変わったら、もう一度質問に答えることができます。
screening-step-ask-worker = これが合うかどうか、DCFSのソーシャルワーカー、または受給資格の担当者かGAINの担当者に聞いてください。
screening-step-call-211 = 近くの支援を探すには、2-1-1に電話してください。無料で、昼も夜もつながります。
screening-step-wtw-plan = どのサービスをWelfare-to-Work（就労支援）の計画に入れられるか、聞いてください。
screening-step-benefitscal = BenefitsCal.comからオンラインで申し込んでください。
screening-step-call-dpss = または、DPSSに電話してください：(866) 613-3777
screening-step-ask-5122 = DPSSの支援を受けられるか確認してほしいと、DCFSのソーシャルワーカーに頼んでください。ソーシャルワーカーは、DCFS 5122という書類を使います。
screening-step-expedited-intake = 対象になりそうな場合は、ソーシャルワーカーがあなたをDPSSにつなぎ、申し込みが早く進むようにします。
screening-step-tell-worker-fm = DCFSで家族維持のケースがあることを、受給資格の担当者かGAINの担当者に伝えてください。
screening-step-tell-worker-fp = ご家族がDCFSの家族保全のプログラムを受けていることを、受給資格の担当者かGAINの担当者に伝えてください。
screening-step-fr-volunteer = 家族再統合のサービスを受けたいことを、DCFSのソーシャルワーカーとGAINの担当者に伝えてください。受けるかどうかは、あなたが選べます。
screening-step-general-relief = これらのサービスには、現金支援は含まれません。生活費が必要な場合は、General Reliefに申し込めます。
screening-step-tell-worker-homeless = 住む家がないことを、DCFSのソーシャルワーカーと受給資格の担当者に伝えてください。2人で協力して支援してくれるように頼んでください。
screening-step-tell-worker-sanction = ペナルティのことを、GAINの担当者とDCFSのソーシャルワーカーに伝えてください。ペナルティを終わらせるために、一緒に取り組んでくれるように頼んでください。
screening-step-gsw-cft = LinkagesのGAINサービス担当者を「子どもと家族のチーム会議」に招いてくれるように、DCFSのソーシャルワーカーに頼んでください。
screening-step-gsw-consult = ソーシャルワーカーは、LinkagesのGAINサービス担当者とあなたのケースについて話し合うこともできます。
screening-step-dpss-if-dcfs = DCFSでのケースがある場合は、申し込みを手伝ってくれるように、ソーシャルワーカーに頼んでください。そのほうが早いこともあります。
screening-step-dpss-through-dcfs = DCFSでのケースがあるので、ソーシャルワーカーがDPSSのことを手伝えます。ほかの結果も見てください。

## サービス

screening-service-mental-health = 心の健康のためのサービス
screening-service-domestic-violence = DV（家庭内暴力）に関するサービス
screening-service-substance-use = お酒や薬物の使用についての支援
screening-service-education-training = 教育と職業訓練
screening-service-employment = 仕事を見つけて続けるための支援
screening-service-transportation = 交通手段の支援
screening-service-child-care = 子どもの保育
screening-service-ancillary-costs = 本、道具、制服、各種費用の支払いの支援
screening-service-housing-support = 住まいの支援
screening-service-moving-assistance = 引っ越し費用の支援
screening-service-temporary-homeless-assistance = 住む家がない間の短期の支援

## 期間の上限（$months、$max_months：数字）

screening-time-limit = これらのサービスは、最長{ $months }か月受けられます。
screening-time-limit-extendable = これらのサービスは、{ $months }か月受けられます。プログラムの条件を満たせば、最長{ $max_months }か月まで続けられます。
