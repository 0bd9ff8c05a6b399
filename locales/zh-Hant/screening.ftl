### 自我評估：問題、答案和結果。
### app/src/screening 會用到這些 id（見 messages.rs）。每種語言都要保留相同的 id。
### 按大約 9 歲孩子的閱讀程度來寫，稱呼讀者為「您」。不要責怪父母：要說「您在 DCFS 的個案」。
### 官方名稱保持原樣：DCFS、DPSS、CalWORKs、GAIN、CalFresh、Medi-Cal、
### General Relief、BenefitsCal。
### 用語：項目名稱和職位名稱使用 terms.ftl 中的 Fluent term（{ -family-maintenance }、{ -social-worker }），
### 不要直接寫出（見 locales/glossary.toml）。worker（泛指）= 個案工作人員。
### 寫給在洛杉磯說粵語和國語的家庭：用書面中文，不用地方口語。

# Reviewed by a certified translator: no.

## 結果頁面

screening-heading-because = 我們為什麼這樣說
screening-heading-next-steps = 下一步怎麼做
screening-heading-services = 您可能得到的服務
screening-heading-what-would-change = 什麼情況可能改變這個結果
screening-guidance-not-decision = 這只是參考。您能得到什麼幫助，由您的個案工作人員決定。

## 適合程度

screening-fit-may-fit = 可能適合您
screening-fit-ask = 請詢問您的個案工作人員
screening-fit-no = 似乎不適合您

## 問題：簡短的標題和一行提示

screening-q-dcfs-case = 您現在在 { -dcfs } 有正在進行的個案嗎？
screening-q-dcfs-case-hint = { -dcfs } 是{ -dcfs-full }。如果有兒童{ -social-worker }來探訪您或給您打電話，您可能有個案。
screening-q-dcfs-service = { -dcfs } 正在為您的家庭提供哪種幫助？
screening-q-dcfs-service-hint = 您的 { -dcfs } { -social-worker }可以告訴您，您參加的項目叫什麼名字。
screening-q-children-location = 您的孩子現在住在哪裡？
screening-q-children-location-hint = 請想一想您所有的孩子。
screening-q-calworks-now = 您現在有沒有領取 { -calworks }？
screening-q-calworks-now-hint = { -calworks } 是發給有孩子的家庭的錢，由 { -dpss } 發放。
screening-q-calworks-at-removal = { -dcfs } 把您的孩子安置在您家以外的地方時，您當時有沒有領取 { -calworks }？
screening-q-calworks-at-removal-hint = 在那之後，您的 { -calworks } 可能停了。請按照孩子被安置那時的情況回答。
screening-q-fr-plan = 您和 { -dcfs } 有{ -family-reunification-said }計劃嗎？
screening-q-fr-plan-hint = 這是您和您的 { -dcfs } { -social-worker }一起制定的計劃，目的是讓孩子回家。
screening-q-relative-caregiver = { -dcfs } 有沒有把您的哪個孩子安置在親戚家？
screening-q-relative-caregiver-hint = 例如，安置在祖父母、外祖父母、叔叔、阿姨或其他家人那裡。
screening-q-homeless = 您現在無家可歸嗎？
screening-q-homeless-hint = 例如，您睡在庇護所、車裡、汽車旅館或戶外，或者到處搬來搬去，沒有固定住處。
screening-q-sanction = { -dpss } 有沒有因為 { -gain } { -sanction-said }而減少您的 { -calworks }？
screening-q-sanction-hint = { -sanction-said }是指 { -dpss } 因為 { -gain } 的{ -welfare-to-work-said }規定而減少您的 { -calworks }。如果有{ -sanction }，{ -dpss } 寄給您的信裡會寫明。

## 答案選項

screening-answer-yes = 是
screening-answer-no = 否
screening-answer-unsure = 我不知道
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = 您的孩子和您住在一起，{ -dcfs } { -social-worker }為您的家庭提供幫助。這可能是法院要求的，也可能是您自己選擇的。
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = 您的孩子和您住在一起，有一個{ -family-preservation }服務機構在幫助您的家庭。
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = 您的孩子暫時住在別的地方，您正在努力讓他們回家。
screening-answer-investigation = { -dcfs } 正在了解一份報告
screening-answer-investigation-hint = 一位{ -social-worker }正在了解您家庭的情況，還沒有開始任何項目。
screening-answer-all-home = 我所有的孩子都和我住在一起
screening-answer-some-removed = 有些孩子和我住在一起，有些被 { -dcfs } 安置在別的地方
screening-answer-all-removed = { -dcfs } 把我所有的孩子都安置在我家以外的地方

## 原因：家庭告訴我們的情況

screening-reason-dcfs-case-yes = 您說您在 { -dcfs } 有正在進行的個案。
screening-reason-dcfs-case-no = 您說您在 { -dcfs } 沒有正在進行的個案。
screening-reason-dcfs-case-unsure = 我們還不知道您在 { -dcfs } 是否有正在進行的個案。
screening-reason-dcfs-service-family-maintenance = 您說您在 { -dcfs } 的個案屬於{ -family-maintenance }。
screening-reason-dcfs-service-family-preservation = 您說您的家庭正在參加 { -dcfs } 的{ -family-preservation }。
screening-reason-dcfs-service-family-reunification = 您說您在 { -dcfs } 的個案屬於{ -family-reunification }。
screening-reason-dcfs-service-investigation = 您說 { -dcfs } 正在了解一份報告，還沒有開始任何項目。
screening-reason-dcfs-service-unsure = 我們還不知道您在 { -dcfs } 的個案屬於哪個項目。
screening-reason-children-location-all-home = 您說您所有的孩子都和您住在一起。
screening-reason-children-location-some-removed = 您說您有些孩子和您住在一起，有些被 { -dcfs } 安置在別的地方。
screening-reason-children-location-all-removed = 您說 { -dcfs } 把您所有的孩子都安置在您家以外的地方。
screening-reason-children-location-unsure = 我們還不知道您的孩子住在哪裡。
screening-reason-calworks-now-yes = 您說您現在領取 { -calworks }。
screening-reason-calworks-now-no = 您說您現在沒有領取 { -calworks }。
screening-reason-calworks-now-unsure = 我們還不知道您現在是否領取 { -calworks }。
screening-reason-calworks-at-removal-yes = 您說孩子被安置在您家以外的地方時，您正在領取 { -calworks }。
screening-reason-calworks-at-removal-no = 您說孩子被安置在您家以外的地方時，您沒有領取 { -calworks }。
screening-reason-calworks-at-removal-unsure = 我們還不知道孩子被安置在您家以外的地方時，您是否在領取 { -calworks }。
screening-reason-fr-plan-yes = 您說您和 { -dcfs } 有{ -family-reunification }計劃。
screening-reason-fr-plan-no = 您說您和 { -dcfs } 沒有{ -family-reunification }計劃。
screening-reason-fr-plan-unsure = 我們還不知道您和 { -dcfs } 是否有{ -family-reunification }計劃。
screening-reason-relative-caregiver-yes = 您說 { -dcfs } 至少把您的一個孩子安置在了親戚家。
screening-reason-relative-caregiver-no = 您說 { -dcfs } 沒有把您的任何一個孩子安置在親戚家。
screening-reason-relative-caregiver-unsure = 我們還不知道您是否有孩子住在親戚家。
screening-reason-homeless-yes = 您說您現在無家可歸。
screening-reason-homeless-no = 您說您現在有地方住，不是無家可歸。
screening-reason-homeless-unsure = 我們還不知道您現在是否無家可歸。
screening-reason-sanction-yes = 您說 { -dpss } 因為 { -gain } { -sanction }減少了您的 { -calworks }。
screening-reason-sanction-no = 您說 { -dpss } 沒有因為 { -gain } { -sanction }減少您的 { -calworks }。
screening-reason-sanction-unsure = 我們還不知道 { -dpss } 是否因為 { -gain } { -sanction }減少了您的 { -calworks }。

## 什麼情況可能改變「請詢問您的個案工作人員」這個結果

screening-change-dcfs-case = 弄清楚您在 { -dcfs } 是否有正在進行的個案。您孩子的{ -social-worker }或 { -dcfs } 寄給您的信可以告訴您。
screening-change-dcfs-service = 問問您的 { -dcfs } { -social-worker }，您的個案屬於哪個項目。
screening-change-children-location = 問問您的 { -dcfs } { -social-worker }，您的每個孩子分別被安置在哪裡。
screening-change-calworks-now = 弄清楚您現在是否領取 { -calworks }。您的{ -eligibility-worker-said }、{ -dpss } 寄給您的信或 BenefitsCal 可以告訴您。
screening-change-calworks-at-removal = 問問您的{ -eligibility-worker }，孩子被安置在您家以外的地方時，您是否有 { -calworks }。
screening-change-fr-plan = 問問您的 { -dcfs } { -social-worker }，您是否有{ -family-reunification }計劃。
screening-change-relative-caregiver = 問問您的 { -dcfs } { -social-worker }，您是否有孩子被安置在親戚家。
screening-change-homeless = 告訴您的個案工作人員您晚上在哪裡睡覺。他們可以告訴您這算不算無家可歸。
screening-change-sanction = 問問您的 { -gain-worker }，您的 { -calworks } 是不是因為{ -sanction }而減少了。{ -dpss } 寄給您的信裡也會寫明。

## 幫助選項：標題和一句話總結

screening-path-prevention-5122 = 請 { -dcfs } 幫您聯繫 { -dpss }
screening-path-prevention-5122-summary = 您的 { -dcfs } { -social-worker }可以幫您查看您是否可能得到 { -dpss } 的幫助，例如 { -calworks }、{ -general-relief }、{ -calfresh } 或 { -medi-cal }，並幫您更快地申請。
screening-path-family-maintenance = 透過 { -gain } 提供的{ -family-maintenance-said }服務
screening-path-family-maintenance-summary = 當您的孩子和您住在一起、您在 { -dcfs } 的個案屬於{ -family-maintenance }時，{ -gain } 服務可以成為您的{ -welfare-to-work-said }計劃的一部分。
screening-path-family-preservation = 透過 { -gain } 提供的{ -family-preservation-said }服務
screening-path-family-preservation-summary = 當您的孩子和您住在一起、您的家庭正在參加{ -family-preservation }時，{ -dcfs } 和 { -dpss } 會一起安排您的服務，{ -gain } 服務也可以成為您的{ -welfare-to-work-said }計劃的一部分。
screening-path-family-reunification = 透過 { -gain } 提供的{ -family-reunification-said }服務
screening-path-family-reunification-summary = 如果孩子被安置在您家以外的地方時您有 { -calworks }，您可以選擇繼續接受 { -gain } 服務（不含現金補助），幫助孩子回家。
screening-path-homeless-outreach = 為沒有住處的家庭提供幫助
screening-path-homeless-outreach-summary = 如果您有 { -calworks }，並且在 { -dcfs } 有{ -family-maintenance }個案，{ -dcfs } 和 { -dpss } 可以一起合作，幫您的家庭聯繫無家可歸家庭援助。
screening-path-sanction-help = 幫助結束 { -calworks } { -sanction-said }
screening-path-sanction-help-summary = { -dcfs } 和 { -dpss } 可以一起聯絡您，幫您解決造成{ -sanction }的問題，並結束{ -sanction }。
screening-path-linkages-gsw = 您的 { -dcfs } 辦事處裡的 { -gain-worker }
screening-path-linkages-gsw-summary = 您的 { -dcfs } 辦事處裡有一位 { -linkages-gain-worker }，可以參加您的{ -child-and-family-team-said }會議，並對您的個案提供建議。
screening-path-dpss-apply = 自己向 { -dpss } 申請
screening-path-dpss-apply-summary = 您可以在網上或打電話申請 { -dpss } 的幫助，例如 { -calworks }、{ -calfresh }、{ -medi-cal } 或 { -general-relief }。

## 下一步

screening-step-answer-again = 如果情況有變化，您可以重新回答這些問題。
screening-step-ask-worker = 問問您的 { -dcfs } { -social-worker }，或您的{ -eligibility-worker-said }或 { -gain-worker }，這是否適合您。
screening-step-call-211 = 撥打 2-1-1，尋找您附近的幫助。電話免費，白天晚上都有人接聽。
screening-step-wtw-plan = 問一問哪些服務可以成為您的{ -welfare-to-work-said }計劃的一部分。
screening-step-benefitscal = 在 BenefitsCal.com 網上申請。
screening-step-call-dpss = 或撥打 { -dpss } 電話 (866) 613-3777。
screening-step-ask-5122 = 請您的 { -dcfs } { -social-worker }查看您是否可以得到 { -dpss } 的幫助。他們會使用一份叫做 { -form-5122 } 的表格。
screening-step-expedited-intake = 如果您可能符合條件，您的{ -social-worker }會把您轉介到 { -dpss }，讓您的申請處理得更快。
screening-step-tell-worker-fm = 告訴您的{ -eligibility-worker }或 { -gain-worker }，您在 { -dcfs } 有{ -family-maintenance-said }個案。
screening-step-tell-worker-fp = 告訴您的{ -eligibility-worker }或 { -gain-worker }，您的家庭正在參加 { -dcfs } 的{ -family-preservation-said }項目。
screening-step-fr-volunteer = 告訴您的 { -dcfs } { -social-worker }和 { -gain-worker }，您想要{ -family-reunification-said }服務。這由您自己決定。
screening-step-general-relief = 這些服務不包括現金補助。如果您需要生活費，可以申請 { -general-relief-said }。
screening-step-tell-worker-homeless = 告訴您的 { -dcfs } { -social-worker }和{ -eligibility-worker }，您現在無家可歸。請他們一起合作來幫助您。
screening-step-tell-worker-sanction = 把{ -sanction-said }的事告訴您的 { -gain-worker }和 { -dcfs } { -social-worker }。請他們和您一起努力，結束{ -sanction }。
screening-step-gsw-cft = 請您的 { -dcfs } { -social-worker }邀請 { -linkages-gain-worker }參加您的{ -child-and-family-team-said }會議。
screening-step-gsw-consult = 您的{ -social-worker }也可以和 { -linkages-gain-worker }討論您的個案。
screening-step-dpss-if-dcfs = 如果您在 { -dcfs } 有個案，請您的{ -social-worker }幫您申請。這樣可能會更快。
screening-step-dpss-through-dcfs = 因為您在 { -dcfs } 有個案，您的{ -social-worker }可以幫您辦理 { -dpss } 的事。請看其他結果。

## 服務

screening-service-mental-health = 心理健康服務
screening-service-domestic-violence = 家庭暴力相關服務
screening-service-substance-use = 飲酒或藥物使用問題方面的幫助
screening-service-education-training = 教育和培訓
screening-service-employment = 幫助找工作、保住工作
screening-service-transportation = 交通方面的幫助
screening-service-child-care = 托兒服務
screening-service-ancillary-costs = 幫助支付書本、工具、制服和各種費用
screening-service-housing-support = 住屋方面的幫助
screening-service-moving-assistance = 幫助支付搬家費用
screening-service-temporary-homeless-assistance = 無家可歸期間的短期幫助

## 時間限制（$months、$max_months：數字）

screening-time-limit = 這些服務最長可以持續 { $months } 個月。
screening-time-limit-extendable = 這些服務可以持續 { $months } 個月。如果您符合項目規定，最長可以延續到 { $max_months } 個月。
