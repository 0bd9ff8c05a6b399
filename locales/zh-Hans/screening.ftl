### 自我评估：问题、答案和结果。
### app/src/screening 会用到这些 id（见 messages.rs）。每种语言都要保留相同的 id。
### 按大约 9 岁孩子的阅读水平来写，称呼读者为“您”。不要责怪父母：要说“您在 DCFS 的个案”。
### 官方名称保持原样：DCFS、DPSS、CalWORKs、GAIN、CalFresh、Medi-Cal、
### General Relief、BenefitsCal。
### 用语：Family Maintenance = 家庭维持，Family Preservation = 家庭保全，
### Family Reunification = 家庭团聚，sanction = 处罚，Eligibility worker = 资格审核员，
### social worker = 社工，worker = 个案工作人员，Welfare-to-Work = 从福利到工作。

# Reviewed by a certified translator: no.

## 结果页面

screening-heading-because = 我们为什么这样说
screening-heading-next-steps = 下一步怎么做
screening-heading-services = 您可能得到的服务
screening-heading-what-would-change = 什么情况可能改变这个结果
screening-guidance-not-decision = 这只是参考。您能得到什么帮助，由您的个案工作人员决定。

## 适合程度

screening-fit-may-fit = 可能适合您
screening-fit-ask = 请询问您的个案工作人员
screening-fit-no = 似乎不适合您

## 问题：简短的标题和一行提示

screening-q-dcfs-case = 您现在在 DCFS 有正在进行的个案吗？
screening-q-dcfs-case-hint = DCFS 是儿童和家庭服务部。如果有儿童社工来看您或给您打电话，您可能有个案。
screening-q-dcfs-service = DCFS 正在为您的家庭提供哪种帮助？
screening-q-dcfs-service-hint = 您的 DCFS 社工可以告诉您，您参加的项目叫什么名字。
screening-q-children-location = 您的孩子现在住在哪里？
screening-q-children-location-hint = 请想一想您所有的孩子。
screening-q-calworks-now = 您现在有没有领取 CalWORKs？
screening-q-calworks-now-hint = CalWORKs 是发给有孩子的家庭的钱，由 DPSS 发放。
screening-q-calworks-at-removal = DCFS 把您的孩子安置在您家以外的地方时，您当时有没有领取 CalWORKs？
screening-q-calworks-at-removal-hint = 在那之后，您的 CalWORKs 可能停了。请按照孩子被安置那时的情况回答。
screening-q-fr-plan = 您和 DCFS 有家庭团聚计划吗？
screening-q-fr-plan-hint = 这是您和您的 DCFS 社工一起制定的计划，目的是让孩子回家。
screening-q-relative-caregiver = DCFS 有没有把您的哪个孩子安置在亲戚家？
screening-q-relative-caregiver-hint = 例如，安置在爷爷奶奶、外公外婆、叔叔阿姨或其他家人那里。
screening-q-homeless = 您现在无家可归吗？
screening-q-homeless-hint = 例如，您睡在庇护所、车里、汽车旅馆或户外，或者到处搬来搬去，没有固定住处。
screening-q-sanction = DPSS 有没有因为 GAIN 处罚而减少您的 CalWORKs？
screening-q-sanction-hint = 处罚（sanction）是指 DPSS 因为 GAIN（Welfare-to-Work，从福利到工作）的规定而减少您的 CalWORKs。如果有处罚，DPSS 寄给您的信里会写明。

## 答案选项

screening-answer-yes = 是
screening-answer-no = 否
screening-answer-unsure = 我不知道
screening-answer-family-maintenance = 家庭维持（Family Maintenance）
screening-answer-family-maintenance-hint = 您的孩子和您住在一起，DCFS 社工为您的家庭提供帮助。这可能是法院要求的，也可能是您自己选择的。
screening-answer-family-preservation = 家庭保全（Family Preservation）
screening-answer-family-preservation-hint = 您的孩子和您住在一起，有一个家庭保全服务机构在帮助您的家庭。
screening-answer-family-reunification = 家庭团聚（Family Reunification）
screening-answer-family-reunification-hint = 您的孩子暂时住在别的地方，您正在努力让他们回家。
screening-answer-investigation = DCFS 正在了解一份报告
screening-answer-investigation-hint = 一位社工正在了解您家庭的情况，还没有开始任何项目。
screening-answer-all-home = 我所有的孩子都和我住在一起
screening-answer-some-removed = 有些孩子和我住在一起，有些被 DCFS 安置在别的地方
screening-answer-all-removed = DCFS 把我所有的孩子都安置在我家以外的地方

## 原因：家庭告诉我们的情况

screening-reason-dcfs-case-yes = 您说您在 DCFS 有正在进行的个案。
screening-reason-dcfs-case-no = 您说您在 DCFS 没有正在进行的个案。
screening-reason-dcfs-case-unsure = 我们还不知道您在 DCFS 是否有正在进行的个案。
screening-reason-dcfs-service-family-maintenance = 您说您在 DCFS 的个案属于家庭维持。
screening-reason-dcfs-service-family-preservation = 您说您的家庭正在参加 DCFS 的家庭保全。
screening-reason-dcfs-service-family-reunification = 您说您在 DCFS 的个案属于家庭团聚。
screening-reason-dcfs-service-investigation = 您说 DCFS 正在了解一份报告，还没有开始任何项目。
screening-reason-dcfs-service-unsure = 我们还不知道您在 DCFS 的个案属于哪个项目。
screening-reason-children-location-all-home = 您说您所有的孩子都和您住在一起。
screening-reason-children-location-some-removed = 您说您有些孩子和您住在一起，有些被 DCFS 安置在别的地方。
screening-reason-children-location-all-removed = 您说 DCFS 把您所有的孩子都安置在您家以外的地方。
screening-reason-children-location-unsure = 我们还不知道您的孩子住在哪里。
screening-reason-calworks-now-yes = 您说您现在领取 CalWORKs。
screening-reason-calworks-now-no = 您说您现在没有领取 CalWORKs。
screening-reason-calworks-now-unsure = 我们还不知道您现在是否领取 CalWORKs。
screening-reason-calworks-at-removal-yes = 您说孩子被安置在您家以外的地方时，您正在领取 CalWORKs。
screening-reason-calworks-at-removal-no = 您说孩子被安置在您家以外的地方时，您没有领取 CalWORKs。
screening-reason-calworks-at-removal-unsure = 我们还不知道孩子被安置在您家以外的地方时，您是否在领取 CalWORKs。
screening-reason-fr-plan-yes = 您说您和 DCFS 有家庭团聚计划。
screening-reason-fr-plan-no = 您说您和 DCFS 没有家庭团聚计划。
screening-reason-fr-plan-unsure = 我们还不知道您和 DCFS 是否有家庭团聚计划。
screening-reason-relative-caregiver-yes = 您说 DCFS 至少把您的一个孩子安置在了亲戚家。
screening-reason-relative-caregiver-no = 您说 DCFS 没有把您的任何一个孩子安置在亲戚家。
screening-reason-relative-caregiver-unsure = 我们还不知道您是否有孩子住在亲戚家。
screening-reason-homeless-yes = 您说您现在无家可归。
screening-reason-homeless-no = 您说您现在有地方住，不是无家可归。
screening-reason-homeless-unsure = 我们还不知道您现在是否无家可归。
screening-reason-sanction-yes = 您说 DPSS 因为 GAIN 处罚减少了您的 CalWORKs。
screening-reason-sanction-no = 您说 DPSS 没有因为 GAIN 处罚减少您的 CalWORKs。
screening-reason-sanction-unsure = 我们还不知道 DPSS 是否因为 GAIN 处罚减少了您的 CalWORKs。

## 什么情况可能改变“请询问您的个案工作人员”这个结果

screening-change-dcfs-case = 弄清楚您在 DCFS 是否有正在进行的个案。您孩子的社工或 DCFS 寄给您的信可以告诉您。
screening-change-dcfs-service = 问问您的 DCFS 社工，您的个案属于哪个项目。
screening-change-children-location = 问问您的 DCFS 社工，您的每个孩子分别被安置在哪里。
screening-change-calworks-now = 弄清楚您现在是否领取 CalWORKs。您的资格审核员、DPSS 寄给您的信或 BenefitsCal 可以告诉您。
screening-change-calworks-at-removal = 问问您的资格审核员，孩子被安置在您家以外的地方时，您是否有 CalWORKs。
screening-change-fr-plan = 问问您的 DCFS 社工，您是否有家庭团聚计划。
screening-change-relative-caregiver = 问问您的 DCFS 社工，您是否有孩子被安置在亲戚家。
screening-change-homeless = 告诉您的个案工作人员您晚上在哪里睡觉。他们可以告诉您这算不算无家可归。
screening-change-sanction = 问问您的 GAIN 工作人员，您的 CalWORKs 是不是因为处罚而减少了。DPSS 寄给您的信里也会写明。

## 帮助选项：标题和一句话总结

screening-path-prevention-5122 = 请 DCFS 帮您联系 DPSS
screening-path-prevention-5122-summary = 您的 DCFS 社工可以帮您查看您是否可能得到 DPSS 的帮助，例如 CalWORKs、General Relief、CalFresh 或 Medi-Cal，并帮您更快地申请。
screening-path-family-maintenance = 通过 GAIN 提供的家庭维持（Family Maintenance）服务
screening-path-family-maintenance-summary = 当您的孩子和您住在一起、您在 DCFS 的个案属于家庭维持时，GAIN 服务可以成为您的从福利到工作（Welfare-to-Work）计划的一部分。
screening-path-family-preservation = 通过 GAIN 提供的家庭保全（Family Preservation）服务
screening-path-family-preservation-summary = 当您的孩子和您住在一起、您的家庭正在参加家庭保全时，DCFS 和 DPSS 会一起安排您的服务，GAIN 服务也可以成为您的从福利到工作（Welfare-to-Work）计划的一部分。
screening-path-family-reunification = 通过 GAIN 提供的家庭团聚（Family Reunification）服务
screening-path-family-reunification-summary = 如果孩子被安置在您家以外的地方时您有 CalWORKs，您可以选择继续接受 GAIN 服务（不含现金补助），帮助孩子回家。
screening-path-homeless-outreach = 为没有住处的家庭提供帮助
screening-path-homeless-outreach-summary = 如果您有 CalWORKs，并且在 DCFS 有家庭维持个案，DCFS 和 DPSS 可以一起合作，帮您的家庭联系无家可归家庭援助。
screening-path-sanction-help = 帮助结束 CalWORKs 处罚
screening-path-sanction-help-summary = DCFS 和 DPSS 可以一起联系您，帮您解决造成处罚的问题，并结束处罚。
screening-path-linkages-gsw = 您的 DCFS 办事处里的 GAIN 工作人员
screening-path-linkages-gsw-summary = 您的 DCFS 办事处里有一位 Linkages GAIN 服务工作人员，可以参加您的儿童与家庭团队会议，并对您的个案提供建议。
screening-path-dpss-apply = 自己向 DPSS 申请
screening-path-dpss-apply-summary = 您可以在网上或打电话申请 DPSS 的帮助，例如 CalWORKs、CalFresh、Medi-Cal 或 General Relief。

## 下一步

screening-step-answer-again = 如果情况有变化，您可以重新回答这些问题。
screening-step-ask-worker = 问问您的 DCFS 社工，或您的资格审核员或 GAIN 工作人员，这是否适合您。
screening-step-call-211 = 拨打 2-1-1，寻找您附近的帮助。电话免费，白天晚上都有人接听。
screening-step-wtw-plan = 问一问哪些服务可以成为您的从福利到工作（Welfare-to-Work）计划的一部分。
screening-step-benefitscal = 在 BenefitsCal.com 网上申请。
screening-step-call-dpss = 或拨打 DPSS 电话 (866) 613-3777。
screening-step-ask-5122 = 请您的 DCFS 社工查看您是否可以得到 DPSS 的帮助。他们会使用一份叫做 DCFS 5122 的表格。
screening-step-expedited-intake = 如果您可能符合条件，您的社工会把您转介到 DPSS，让您的申请处理得更快。
screening-step-tell-worker-fm = 告诉您的资格审核员或 GAIN 工作人员，您在 DCFS 有家庭维持个案。
screening-step-tell-worker-fp = 告诉您的资格审核员或 GAIN 工作人员，您的家庭正在参加 DCFS 的家庭保全。
screening-step-fr-volunteer = 告诉您的 DCFS 社工和 GAIN 工作人员，您想要家庭团聚服务。这由您自己决定。
screening-step-general-relief = 这些服务不包括现金补助。如果您需要生活费，可以申请 General Relief。
screening-step-tell-worker-homeless = 告诉您的 DCFS 社工和资格审核员，您现在无家可归。请他们一起合作来帮助您。
screening-step-tell-worker-sanction = 把处罚的事告诉您的 GAIN 工作人员和 DCFS 社工。请他们和您一起努力，结束处罚。
screening-step-gsw-cft = 请您的 DCFS 社工邀请 Linkages GAIN 服务工作人员参加您的儿童与家庭团队会议。
screening-step-gsw-consult = 您的社工也可以和 Linkages GAIN 服务工作人员讨论您的个案。
screening-step-dpss-if-dcfs = 如果您在 DCFS 有个案，请您的社工帮您申请。这样可能会更快。
screening-step-dpss-through-dcfs = 因为您在 DCFS 有个案，您的社工可以帮您办理 DPSS 的事。请看其他结果。

## 服务

screening-service-mental-health = 心理健康服务
screening-service-domestic-violence = 家庭暴力相关服务
screening-service-substance-use = 饮酒或用药问题方面的帮助
screening-service-education-training = 教育和培训
screening-service-employment = 帮助找工作、保住工作
screening-service-transportation = 交通方面的帮助
screening-service-child-care = 托儿服务
screening-service-ancillary-costs = 帮助支付书本、工具、制服和各种费用
screening-service-housing-support = 住房方面的帮助
screening-service-moving-assistance = 帮助支付搬家费用
screening-service-temporary-homeless-assistance = 无家可归期间的短期帮助

## 时间限制（$months、$max_months：数字）

screening-time-limit = 这些服务最长可以持续 { $months } 个月。
screening-time-limit-extendable = 这些服务可以持续 { $months } 个月。如果您符合项目规定，最长可以延续到 { $max_months } 个月。
