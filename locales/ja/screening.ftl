### セルフチェック：質問、答え、結果。
### idはapp/src/screeningで使われます（messages.rsを参照）。どの言語でも同じidにしてください。
### 9歳くらいの子どもが読める言葉で、です・ます体で書きます。親を責めないこと：「DCFSでのケース」と書きます。
### 公式の名前はそのままにします：DCFS、DPSS、CalWORKs、GAIN、CalFresh、Medi-Cal、
### General Relief、BenefitsCal。
### 用語：プログラム名と職名は terms.ftl の Fluent の term を使います（{ -family-maintenance }、{ -social-worker }）。
### 直接書かないでください（locales/glossary.toml を参照）。worker（一般）＝担当者。
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

screening-q-dcfs-case = いま、{ -dcfs }で進行中のケースがありますか？
screening-q-dcfs-case-hint = { -dcfs }は、{ -dcfs-full }のことです。子ども担当の{ -social-worker }が家に来たり電話してきたりするなら、ケースがあるかもしれません。
screening-q-dcfs-service = { -dcfs }は、ご家族にどんな支援をしていますか？
screening-q-dcfs-service-hint = プログラムの名前は、{ -dcfs }の{ -social-worker }が教えてくれます。
screening-q-children-location = お子さんは、いまどこで暮らしていますか？
screening-q-children-location-hint = お子さん全員のことを考えてください。
screening-q-calworks-now = いま、{ -calworks }を受けていますか？
screening-q-calworks-now-hint = { -calworks }は、子どもがいる家族のためのお金です。{ -dpss }から出ます。
screening-q-calworks-at-removal = { -dcfs }によってお子さんが家の外で暮らすことになったとき、{ -calworks }を受けていましたか？
screening-q-calworks-at-removal-hint = そのあと、{ -calworks }は止まったかもしれません。お子さんが家の外で暮らすことになったときのことを答えてください。
screening-q-fr-plan = { -dcfs }との{ -family-reunification-said }の計画がありますか？
screening-q-fr-plan-hint = お子さんが家に戻れるように、あなたと{ -dcfs }の{ -social-worker }が一緒に作った計画のことです。
screening-q-relative-caregiver = { -dcfs }によって、親せきの家で暮らすことになったお子さんはいますか？
screening-q-relative-caregiver-hint = たとえば、祖父母、おば、おじ、そのほかの家族の家です。
screening-q-homeless = いま、住む家がない状態ですか？
screening-q-homeless-hint = たとえば、シェルター、車、モーテル、外で寝ている場合や、あちこちを転々としている場合です。
screening-q-sanction = { -gain }の{ -sanction-said }のために、{ -dpss }が{ -calworks }を減らしましたか？
screening-q-sanction-hint = { -sanction-said }とは、{ -gain }の{ -welfare-to-work-said }のルールのために、{ -dpss }が{ -calworks }を減らすことです。そうなった場合は、{ -dpss }からの手紙に書いてあります。

## 答えの選択肢

screening-answer-yes = はい
screening-answer-no = いいえ
screening-answer-unsure = わかりません
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = お子さんはあなたと一緒に暮らしていて、{ -dcfs }の{ -social-worker }がご家族を支えています。裁判所の命令による場合も、自分で選んだ場合もあります。
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = お子さんはあなたと一緒に暮らしていて、{ -family-preservation }の支援団体がご家族と一緒に取り組んでいます。
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = お子さんはいまは別の場所で暮らしていて、あなたはお子さんが家に戻れるように取り組んでいます。
screening-answer-investigation = { -dcfs }が通報の内容を確認しています
screening-answer-investigation-hint = { -social-worker }がご家族の様子を確認していて、まだプログラムは始まっていません。
screening-answer-all-home = 子どもは全員、私と一緒に暮らしています
screening-answer-some-removed = 一部の子どもは私と暮らし、ほかの子どもは{ -dcfs }によって別の場所で暮らしています
screening-answer-all-removed = { -dcfs }によって、子どもは全員、家の外で暮らしています

## 理由：ご家族が教えてくれたこと

screening-reason-dcfs-case-yes = { -dcfs }で進行中のケースがある、と答えました。
screening-reason-dcfs-case-no = { -dcfs }で進行中のケースはない、と答えました。
screening-reason-dcfs-case-unsure = { -dcfs }で進行中のケースがあるかどうかは、まだわかりません。
screening-reason-dcfs-service-family-maintenance = { -dcfs }でのケースは{ -family-maintenance }のプログラムだ、と答えました。
screening-reason-dcfs-service-family-preservation = ご家族が{ -dcfs }の{ -family-preservation }のプログラムを受けている、と答えました。
screening-reason-dcfs-service-family-reunification = { -dcfs }でのケースは{ -family-reunification }のプログラムだ、と答えました。
screening-reason-dcfs-service-investigation = { -dcfs }が通報の内容を確認していて、まだプログラムは始まっていない、と答えました。
screening-reason-dcfs-service-unsure = { -dcfs }でのケースがどのプログラムなのかは、まだわかりません。
screening-reason-children-location-all-home = お子さんは全員あなたと一緒に暮らしている、と答えました。
screening-reason-children-location-some-removed = 一部のお子さんはあなたと一緒に暮らし、ほかのお子さんは{ -dcfs }によって別の場所で暮らしている、と答えました。
screening-reason-children-location-all-removed = { -dcfs }によって、お子さんは全員、家の外で暮らしている、と答えました。
screening-reason-children-location-unsure = お子さんがどこで暮らしているかは、まだわかりません。
screening-reason-calworks-now-yes = いま{ -calworks }を受けている、と答えました。
screening-reason-calworks-now-no = いま{ -calworks }を受けていない、と答えました。
screening-reason-calworks-now-unsure = いま{ -calworks }を受けているかどうかは、まだわかりません。
screening-reason-calworks-at-removal-yes = お子さんが家の外で暮らすことになったとき、{ -calworks }を受けていた、と答えました。
screening-reason-calworks-at-removal-no = お子さんが家の外で暮らすことになったとき、{ -calworks }を受けていなかった、と答えました。
screening-reason-calworks-at-removal-unsure = お子さんが家の外で暮らすことになったときに{ -calworks }を受けていたかどうかは、まだわかりません。
screening-reason-fr-plan-yes = { -dcfs }との{ -family-reunification }の計画がある、と答えました。
screening-reason-fr-plan-no = { -dcfs }との{ -family-reunification }の計画はない、と答えました。
screening-reason-fr-plan-unsure = { -dcfs }との{ -family-reunification }の計画があるかどうかは、まだわかりません。
screening-reason-relative-caregiver-yes = { -dcfs }によって、少なくとも1人のお子さんが親せきの家で暮らすことになった、と答えました。
screening-reason-relative-caregiver-no = { -dcfs }によって親せきの家で暮らすことになったお子さんはいない、と答えました。
screening-reason-relative-caregiver-unsure = 親せきの家で暮らしているお子さんがいるかどうかは、まだわかりません。
screening-reason-homeless-yes = いま住む家がない、と答えました。
screening-reason-homeless-no = いま住む家はある、と答えました。
screening-reason-homeless-unsure = いま住む家がない状態かどうかは、まだわかりません。
screening-reason-sanction-yes = { -gain }の{ -sanction }のために、{ -dpss }が{ -calworks }を減らした、と答えました。
screening-reason-sanction-no = { -gain }の{ -sanction }のために{ -dpss }が{ -calworks }を減らしたことはない、と答えました。
screening-reason-sanction-unsure = { -gain }の{ -sanction }のために{ -dpss }が{ -calworks }を減らしたかどうかは、まだわかりません。

## 「担当者に聞いてください」という結果を変えるもの

screening-change-dcfs-case = { -dcfs }で進行中のケースがあるかどうかを確かめてください。お子さんの{ -social-worker }か、{ -dcfs }からの手紙でわかります。
screening-change-dcfs-service = ケースがどのプログラムなのか、{ -dcfs }の{ -social-worker }に聞いてください。
screening-change-children-location = お子さん一人ひとりがどこで暮らすことになっているか、{ -dcfs }の{ -social-worker }に聞いてください。
screening-change-calworks-now = いま{ -calworks }を受けているかどうかを確かめてください。{ -eligibility-worker-said }、{ -dpss }からの手紙、またはBenefitsCalでわかります。
screening-change-calworks-at-removal = お子さんが家の外で暮らすことになったときに{ -calworks }を受けていたかどうか、{ -eligibility-worker }に聞いてください。
screening-change-fr-plan = { -family-reunification }の計画があるかどうか、{ -dcfs }の{ -social-worker }に聞いてください。
screening-change-relative-caregiver = 親せきの家で暮らすことになったお子さんがいるかどうか、{ -dcfs }の{ -social-worker }に聞いてください。
screening-change-homeless = 夜どこで寝ているかを、担当者に伝えてください。それが「住む家がない」状態にあたるかどうか、教えてもらえます。
screening-change-sanction = { -sanction }のために{ -calworks }が減ったかどうか、{ -gain-worker }に聞いてください。{ -dpss }からの手紙にも書いてあります。

## 支援の道：タイトルと1文の説明

screening-path-prevention-5122 = { -dcfs }に{ -dpss }とつないでもらう
screening-path-prevention-5122-summary = { -dcfs }の{ -social-worker }は、{ -calworks }、{ -general-relief }、{ -calfresh }、{ -medi-cal }など{ -dpss }の支援を受けられそうか確認し、早く申し込めるように手伝ってくれます。
screening-path-family-maintenance = { -gain }による{ -family-maintenance-said }のサービス
screening-path-family-maintenance-summary = お子さんがあなたと一緒に暮らし、{ -dcfs }でのケースが{ -family-maintenance }のプログラムである間は、{ -gain }のサービスを{ -welfare-to-work-said }の計画に入れることができます。
screening-path-family-preservation = { -gain }による{ -family-preservation-said }のサービス
screening-path-family-preservation-summary = お子さんがあなたと一緒に暮らし、ご家族が{ -family-preservation }のプログラムを受けている間は、{ -dcfs }と{ -dpss }が一緒にサービスを計画し、{ -gain }のサービスを{ -welfare-to-work-said }の計画に入れることができます。
screening-path-family-reunification = { -gain }による{ -family-reunification-said }のサービス
screening-path-family-reunification-summary = お子さんが家の外で暮らすことになったときに{ -calworks }を受けていた場合は、お子さんが家に戻れるように、現金支援なしで{ -gain }のサービスを受け続けることを選べます。
screening-path-homeless-outreach = 住む家がない家族への支援
screening-path-homeless-outreach-summary = { -calworks }を受けていて、{ -dcfs }で{ -family-maintenance }のケースがある場合は、{ -dcfs }と{ -dpss }が協力して、住む家がない家族のための支援にご家族をつなぐことができます。
screening-path-sanction-help = { -calworks }の{ -sanction-said }を終わらせるための支援
screening-path-sanction-help-summary = { -dcfs }と{ -dpss }が一緒に連絡をとり、{ -sanction }の原因を解決して終わらせられるように手伝います。
screening-path-linkages-gsw = { -dcfs }の事務所にいる{ -gain-worker }
screening-path-linkages-gsw-summary = { -dcfs }の事務所にいる{ -linkages-gain-worker }は、{ -child-and-family-team-said }の会議に参加して、ケースについて助言できます。
screening-path-dpss-apply = 自分で{ -dpss }に申し込む
screening-path-dpss-apply-summary = { -calworks }、{ -calfresh }、{ -medi-cal }、{ -general-relief }などの{ -dpss }の支援には、オンラインか電話で申し込めます。

## 次にすること

screening-step-answer-again = 状況が変わったら、もう一度質問に答えることができます。
screening-step-ask-worker = これが合うかどうか、{ -dcfs }の{ -social-worker }、または{ -eligibility-worker-said }か{ -gain-worker }に聞いてください。
screening-step-call-211 = 近くの支援を探すには、2-1-1に電話してください。無料で、昼も夜もつながります。
screening-step-wtw-plan = どのサービスを{ -welfare-to-work-said }の計画に入れられるか、聞いてください。
screening-step-benefitscal = BenefitsCal.comからオンラインで申し込んでください。
screening-step-call-dpss = または、{ -dpss }に電話してください：(866) 613-3777
screening-step-ask-5122 = { -dpss }の支援を受けられるか確認してほしいと、{ -dcfs }の{ -social-worker }に頼んでください。{ -social-worker }は、{ -form-5122 }という書類を使います。
screening-step-expedited-intake = 対象になりそうな場合は、{ -social-worker }があなたを{ -dpss }につなぎ、申し込みが早く進むようにします。
screening-step-tell-worker-fm = { -dcfs }で{ -family-maintenance-said }のケースがあることを、{ -eligibility-worker }か{ -gain-worker }に伝えてください。
screening-step-tell-worker-fp = ご家族が{ -dcfs }の{ -family-preservation-said }のプログラムを受けていることを、{ -eligibility-worker }か{ -gain-worker }に伝えてください。
screening-step-fr-volunteer = { -family-reunification-said }のサービスを受けたいことを、{ -dcfs }の{ -social-worker }と{ -gain-worker }に伝えてください。受けるかどうかは、あなたが選べます。
screening-step-general-relief = これらのサービスには、現金支援は含まれません。生活費が必要な場合は、{ -general-relief-said }に申し込めます。
screening-step-tell-worker-homeless = 住む家がないことを、{ -dcfs }の{ -social-worker }と{ -eligibility-worker }に伝えてください。2人で協力して支援してくれるように頼んでください。
screening-step-tell-worker-sanction = { -sanction-said }のことを、{ -gain-worker }と{ -dcfs }の{ -social-worker }に伝えてください。{ -sanction }を終わらせるために、一緒に取り組んでくれるように頼んでください。
screening-step-gsw-cft = { -linkages-gain-worker }を{ -child-and-family-team-said }の会議に招いてくれるように、{ -dcfs }の{ -social-worker }に頼んでください。
screening-step-gsw-consult = { -social-worker }は、{ -linkages-gain-worker }とあなたのケースについて話し合うこともできます。
screening-step-dpss-if-dcfs = { -dcfs }でのケースがある場合は、申し込みを手伝ってくれるように、{ -social-worker }に頼んでください。そのほうが早いこともあります。
screening-step-dpss-through-dcfs = { -dcfs }でのケースがあるので、{ -social-worker }が{ -dpss }のことを手伝えます。ほかの結果も見てください。

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
