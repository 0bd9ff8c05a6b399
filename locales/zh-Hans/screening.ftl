### 自我评估：问题、答案和结果。
### app/src/screening 会用到这些 id（见 messages.rs）。每种语言都要保留相同的 id。
### 按大约 9 岁孩子的阅读水平来写，称呼读者为“您”。不要责怪父母：要说“您在 DCFS 的个案”。
### 官方名称保持原样：DCFS、DPSS、CalWORKs、GAIN、CalFresh、Medi-Cal、
### General Relief、BenefitsCal。
### 用语：项目名称和职位名称使用 terms.ftl 中的 Fluent term（{ -family-maintenance }、{ -social-worker }），
### 不要直接写出（见 locales/glossary.toml）。worker（泛指）= 个案工作人员。

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

screening-q-dcfs-case = 您现在在 { -dcfs } 有正在进行的个案吗？
screening-q-dcfs-case-hint = { -dcfs } 是{ -dcfs-full }。如果有儿童{ -social-worker }来看您或给您打电话，您可能有个案。
screening-q-dcfs-service = { -dcfs } 正在为您的家庭提供哪种帮助？
screening-q-dcfs-service-hint = 您的 { -dcfs } { -social-worker }可以告诉您，您参加的项目叫什么名字。
screening-q-children-location = 您的孩子现在住在哪里？
screening-q-children-location-hint = 请想一想您所有的孩子。
screening-q-calworks-now = 您现在有没有领取 { -calworks }？
screening-q-calworks-now-hint = { -calworks } 是发给有孩子的家庭的钱，由 { -dpss } 发放。
screening-q-calworks-at-removal = { -dcfs } 把您的孩子安置在您家以外的地方时，您当时有没有领取 { -calworks }？
screening-q-calworks-at-removal-hint = 在那之后，您的 { -calworks } 可能停了。请按照孩子被安置那时的情况回答。
screening-q-fr-plan = 您和 { -dcfs } 有{ -family-reunification-said }计划吗？
screening-q-fr-plan-hint = 这是您和您的 { -dcfs } { -social-worker }一起制定的计划，目的是让孩子回家。
screening-q-relative-caregiver = { -dcfs } 有没有把您的哪个孩子安置在亲戚家？
screening-q-relative-caregiver-hint = 例如，安置在爷爷奶奶、外公外婆、叔叔阿姨或其他家人那里。
screening-q-homeless = 您现在无家可归吗？
screening-q-homeless-hint = 例如，您睡在庇护所、车里、汽车旅馆或户外，或者到处搬来搬去，没有固定住处。
screening-q-sanction = { -dpss } 有没有因为 { -gain } { -sanction-said }而减少您的 { -calworks }？
screening-q-sanction-hint = { -sanction-said }是指 { -dpss } 因为 { -gain } 的{ -welfare-to-work-said }规定而减少您的 { -calworks }。如果有{ -sanction }，{ -dpss } 寄给您的信里会写明。

## 答案选项

screening-answer-yes = 是
screening-answer-no = 否
screening-answer-unsure = 我不知道
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = 您的孩子和您住在一起，{ -dcfs } { -social-worker }为您的家庭提供帮助。这可能是法院要求的，也可能是您自己选择的。
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = 您的孩子和您住在一起，有一个{ -family-preservation }服务机构在帮助您的家庭。
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = 您的孩子暂时住在别的地方，您正在努力让他们回家。
screening-answer-investigation = { -dcfs } 正在了解一份报告
screening-answer-investigation-hint = 一位{ -social-worker }正在了解您家庭的情况，还没有开始任何项目。
screening-answer-all-home = 我所有的孩子都和我住在一起
screening-answer-some-removed = 有些孩子和我住在一起，有些被 { -dcfs } 安置在别的地方
screening-answer-all-removed = { -dcfs } 把我所有的孩子都安置在我家以外的地方

## 原因：家庭告诉我们的情况

screening-reason-dcfs-case-yes = 您说您在 { -dcfs } 有正在进行的个案。
screening-reason-dcfs-case-no = 您说您在 { -dcfs } 没有正在进行的个案。
screening-reason-dcfs-case-unsure = 我们还不知道您在 { -dcfs } 是否有正在进行的个案。
screening-reason-dcfs-service-family-maintenance = 您说您在 { -dcfs } 的个案属于{ -family-maintenance }。
screening-reason-dcfs-service-family-preservation = 您说您的家庭正在参加 { -dcfs } 的{ -family-preservation }。
screening-reason-dcfs-service-family-reunification = 您说您在 { -dcfs } 的个案属于{ -family-reunification }。
screening-reason-dcfs-service-investigation = 您说 { -dcfs } 正在了解一份报告，还没有开始任何项目。
screening-reason-dcfs-service-unsure = 我们还不知道您在 { -dcfs } 的个案属于哪个项目。
screening-reason-children-location-all-home = 您说您所有的孩子都和您住在一起。
screening-reason-children-location-some-removed = 您说您有些孩子和您住在一起，有些被 { -dcfs } 安置在别的地方。
screening-reason-children-location-all-removed = 您说 { -dcfs } 把您所有的孩子都安置在您家以外的地方。
screening-reason-children-location-unsure = 我们还不知道您的孩子住在哪里。
screening-reason-calworks-now-yes = 您说您现在领取 { -calworks }。
screening-reason-calworks-now-no = 您说您现在没有领取 { -calworks }。
screening-reason-calworks-now-unsure = 我们还不知道您现在是否领取 { -calworks }。
screening-reason-calworks-at-removal-yes = 您说孩子被安置在您家以外的地方时，您正在领取 { -calworks }。
screening-reason-calworks-at-removal-no = 您说孩子被安置在您家以外的地方时，您没有领取 { -calworks }。
screening-reason-calworks-at-removal-unsure = 我们还不知道孩子被安置在您家以外的地方时，您是否在领取 { -calworks }。
screening-reason-fr-plan-yes = 您说您和 { -dcfs } 有{ -family-reunification }计划。
screening-reason-fr-plan-no = 您说您和 { -dcfs } 没有{ -family-reunification }计划。
screening-reason-fr-plan-unsure = 我们还不知道您和 { -dcfs } 是否有{ -family-reunification }计划。
screening-reason-relative-caregiver-yes = 您说 { -dcfs } 至少把您的一个孩子安置在了亲戚家。
screening-reason-relative-caregiver-no = 您说 { -dcfs } 没有把您的任何一个孩子安置在亲戚家。
screening-reason-relative-caregiver-unsure = 我们还不知道您是否有孩子住在亲戚家。
screening-reason-homeless-yes = 您说您现在无家可归。
screening-reason-homeless-no = 您说您现在有地方住，不是无家可归。
screening-reason-homeless-unsure = 我们还不知道您现在是否无家可归。
screening-reason-sanction-yes = 您说 { -dpss } 因为 { -gain } { -sanction }减少了您的 { -calworks }。
screening-reason-sanction-no = 您说 { -dpss } 没有因为 { -gain } { -sanction }减少您的 { -calworks }。
screening-reason-sanction-unsure = 我们还不知道 { -dpss } 是否因为 { -gain } { -sanction }减少了您的 { -calworks }。

## 什么情况可能改变“请询问您的个案工作人员”这个结果

screening-change-dcfs-case = 弄清楚您在 { -dcfs } 是否有正在进行的个案。您孩子的{ -social-worker }或 { -dcfs } 寄给您的信可以告诉您。
screening-change-dcfs-service = 问问您的 { -dcfs } { -social-worker }，您的个案属于哪个项目。
screening-change-children-location = 问问您的 { -dcfs } { -social-worker }，您的每个孩子分别被安置在哪里。
screening-change-calworks-now = 弄清楚您现在是否领取 { -calworks }。您的{ -eligibility-worker-said }、{ -dpss } 寄给您的信或 BenefitsCal 可以告诉您。
screening-change-calworks-at-removal = 问问您的{ -eligibility-worker }，孩子被安置在您家以外的地方时，您是否有 { -calworks }。
screening-change-fr-plan = 问问您的 { -dcfs } { -social-worker }，您是否有{ -family-reunification }计划。
screening-change-relative-caregiver = 问问您的 { -dcfs } { -social-worker }，您是否有孩子被安置在亲戚家。
screening-change-homeless = 告诉您的个案工作人员您晚上在哪里睡觉。他们可以告诉您这算不算无家可归。
screening-change-sanction = 问问您的 { -gain-worker }，您的 { -calworks } 是不是因为{ -sanction }而减少了。{ -dpss } 寄给您的信里也会写明。

## 帮助选项：标题和一句话总结

screening-path-prevention-5122 = 请 { -dcfs } 帮您联系 { -dpss }
screening-path-prevention-5122-summary = 您的 { -dcfs } { -social-worker }可以帮您查看您是否可能得到 { -dpss } 的帮助，例如 { -calworks }、{ -general-relief }、{ -calfresh } 或 { -medi-cal }，并帮您更快地申请。
screening-path-family-maintenance = 通过 { -gain } 提供的{ -family-maintenance-said }服务
screening-path-family-maintenance-summary = 当您的孩子和您住在一起、您在 { -dcfs } 的个案属于{ -family-maintenance }时，{ -gain } 服务可以成为您的{ -welfare-to-work-said }计划的一部分。
screening-path-family-preservation = 通过 { -gain } 提供的{ -family-preservation-said }服务
screening-path-family-preservation-summary = 当您的孩子和您住在一起、您的家庭正在参加{ -family-preservation }时，{ -dcfs } 和 { -dpss } 会一起安排您的服务，{ -gain } 服务也可以成为您的{ -welfare-to-work-said }计划的一部分。
screening-path-family-reunification = 通过 { -gain } 提供的{ -family-reunification-said }服务
screening-path-family-reunification-summary = 如果孩子被安置在您家以外的地方时您有 { -calworks }，您可以选择继续接受 { -gain } 服务（不含现金补助），帮助孩子回家。
screening-path-homeless-outreach = 为没有住处的家庭提供帮助
screening-path-homeless-outreach-summary = 如果您有 { -calworks }，并且在 { -dcfs } 有{ -family-maintenance }个案，{ -dcfs } 和 { -dpss } 可以一起合作，帮您的家庭联系无家可归家庭援助。
screening-path-sanction-help = 帮助结束 { -calworks } { -sanction-said }
screening-path-sanction-help-summary = { -dcfs } 和 { -dpss } 可以一起联系您，帮您解决造成{ -sanction }的问题，并结束{ -sanction }。
screening-path-linkages-gsw = 您的 { -dcfs } 办事处里的 { -gain-worker }
screening-path-linkages-gsw-summary = 您的 { -dcfs } 办事处里有一位 { -linkages-gain-worker }，可以参加您的{ -child-and-family-team-said }会议，并对您的个案提供建议。
screening-path-dpss-apply = 自己向 { -dpss } 申请
screening-path-dpss-apply-summary = 您可以在网上或打电话申请 { -dpss } 的帮助，例如 { -calworks }、{ -calfresh }、{ -medi-cal } 或 { -general-relief }。

## 下一步

screening-step-answer-again = 如果情况有变化，您可以重新回答这些问题。
screening-step-ask-worker = 问问您的 { -dcfs } { -social-worker }，或您的{ -eligibility-worker-said }或 { -gain-worker }，这是否适合您。
screening-step-call-211 = 拨打 2-1-1，寻找您附近的帮助。电话免费，白天晚上都有人接听。
screening-step-wtw-plan = 问一问哪些服务可以成为您的{ -welfare-to-work-said }计划的一部分。
screening-step-benefitscal = 在 BenefitsCal.com 网上申请。
screening-step-call-dpss = 或拨打 { -dpss } 电话 (866) 613-3777。
screening-step-ask-5122 = 请您的 { -dcfs } { -social-worker }查看您是否可以得到 { -dpss } 的帮助。他们会使用一份叫做 { -form-5122 } 的表格。
screening-step-expedited-intake = 如果您可能符合条件，您的{ -social-worker }会把您转介到 { -dpss }，让您的申请处理得更快。
screening-step-tell-worker-fm = 告诉您的{ -eligibility-worker }或 { -gain-worker }，您在 { -dcfs } 有{ -family-maintenance-said }个案。
screening-step-tell-worker-fp = 告诉您的{ -eligibility-worker }或 { -gain-worker }，您的家庭正在参加 { -dcfs } 的{ -family-preservation-said }项目。
screening-step-fr-volunteer = 告诉您的 { -dcfs } { -social-worker }和 { -gain-worker }，您想要{ -family-reunification-said }服务。这由您自己决定。
screening-step-general-relief = 这些服务不包括现金补助。如果您需要生活费，可以申请 { -general-relief-said }。
screening-step-tell-worker-homeless = 告诉您的 { -dcfs } { -social-worker }和{ -eligibility-worker }，您现在无家可归。请他们一起合作来帮助您。
screening-step-tell-worker-sanction = 把{ -sanction-said }的事告诉您的 { -gain-worker }和 { -dcfs } { -social-worker }。请他们和您一起努力，结束{ -sanction }。
screening-step-gsw-cft = 请您的 { -dcfs } { -social-worker }邀请 { -linkages-gain-worker }参加您的{ -child-and-family-team-said }会议。
screening-step-gsw-consult = 您的{ -social-worker }也可以和 { -linkages-gain-worker }讨论您的个案。
screening-step-dpss-if-dcfs = 如果您在 { -dcfs } 有个案，请您的{ -social-worker }帮您申请。这样可能会更快。
screening-step-dpss-through-dcfs = 因为您在 { -dcfs } 有个案，您的{ -social-worker }可以帮您办理 { -dpss } 的事。请看其他结果。

## 服务

screening-service-mental-health = 心理健康服务
screening-service-domestic-violence = 家庭暴力相关服务
screening-service-substance-use = 酒精或药物使用方面的帮助
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
