# Linkages 网站：页面框架、首页、办事处查询和错误信息（简体中文）。
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = 为接受 { -dcfs } 和 { -dpss } 服务的家庭提供帮助
skip-to-content = 跳到主要内容

## 快速离开
exit-link = 快速离开
exit-hint = 马上离开本网站。您也可以按 3 次 Shift 键。

## 安全提示，每一页都有
safety-title = 安全第一
safety-danger = 现在有危险吗？请拨打 { $number }。
safety-report = 如要举报虐待儿童，请拨打儿童保护热线 { $number }，每周 7 天、每天 24 小时开放。

## 导航和语言
nav-label = 主菜单
nav-home = 首页
nav-screening = 看看哪些帮助可能适合您
nav-find = 查找办事处
lang-label = 语言
lang-current = 当前语言：简体中文
lang-unreviewed = 这份翻译还没有经过认证翻译员的检查。
lang-read-english = 用英文阅读本页
lang-notice-label = 关于本翻译

## 首页
home-title = 为有 { -dcfs } 个案的父母提供帮助
home-intro = Linkages 是洛杉矶县两个部门之间的合作。{ -dcfs } 和家庭一起努力，保障孩子的安全。{ -dpss } 提供现金补助、食物、医疗保健和就业帮助。如果您和这两个部门都有联系，他们可以一起和您制定计划。
home-services = { -dpss } 的项目包括 { -calworks }（家庭现金补助）、{ -gain }（就业和培训帮助）、{ -calfresh }（食物）、{ -medi-cal }（医疗保健）和 { -general-relief-said }（成人现金补助）。
home-check-title = 看看哪些帮助可能适合您
home-check-text = 回答几个简短的问题。我们不会问您的名字，也不会保存您的回答。
home-check-start = 开始回答问题
home-find-title = 查找办事处
home-find-text = 查找您附近的 { -dcfs } 和 { -dpss } 办事处，包括电话号码和办公时间。
home-find-start = 查找办事处
home-call-title = 电话热线
home-privacy = 本网站不会向 { -dcfs } 或 { -dpss } 报告。不需要注册账户。您的回答不会被保存。

## 电话热线
line-child-protection = 儿童保护热线
line-child-protection-hours = 每周 7 天，每天 24 小时
line-dpss = { -dpss } 客户服务中心
line-dpss-hours = 周一至周五，{ $opens } 至 { $closes }（此时间最后一次确认是在 2020 年）
line-211 = 洛杉矶县 211，提供服务信息和帮助
line-211-hours = 每周 7 天，每天 24 小时
line-911 = 紧急情况

## 页脚
footer-privacy = 保护隐私：不需要账户，不追踪，除了记住您选择的语言以外不使用 cookie。您的回答永远不会被保存，也不会发送给 { -dcfs } 或 { -dpss }。
footer-guidance = 本网站只提供参考。有关您个案的决定，由您的个案工作人员做出。
footer-data = 办事处和电话资料：洛杉矶县 { -dcfs } 和 { -dpss } 的公开资料。ZIP 邮政编码位置：美国人口普查局和 GeoNames（CC BY 4.0）。

## 自我评估：第一步（问题本身在 screening.ftl 中）
flow-title = 看看哪些帮助可能适合您
flow-continue = 继续
flow-back = 返回
flow-start-over = 重新开始
flow-choose-one = 请选择一个答案。
flow-question-count = 第 { $number } 题

## 错误
error-title = 出现问题
error-not-found-title = 找不到网页
error-not-found-text = 我们找不到这个网页。请检查网址，或前往首页。

## 自我评估页面
flow-check-title = 检查您的回答
flow-change = 更改
flow-see-result = 查看可能适合您的帮助
flow-result-title = 可能适合您的帮助
flow-not-decision = 申请 { -dpss } 帮助的 { -form-5122 } 评估由 { -dcfs } 工作人员进行：请向您的{ -social-worker }提出。本网站不做任何决定，也不会向 { -dcfs } 或 { -dpss } 报告。
flow-no-title = 似乎不适合您的选项
flow-next-title = 去哪里求助
flow-find-offices = 查找最近的办事处
flow-change-answers = 更改您的回答
flow-share-title = 保存下来，以后再看
flow-share-text = 您可以把这些项目的名称发给自己。里面不会包括您的回答。
flow-share-intro = 可以询问的 Linkages 项目
flow-share-sms = 用短信发送
flow-share-email = 用电子邮件发送
flow-print-hint = 如要打印本页，请使用浏览器的“打印”菜单。
flow-stores-nothing = 我们没有保存您的回答，也没有发送给任何人。关闭本页后，回答就会消失。
