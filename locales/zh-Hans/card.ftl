# Linkages site: the hand-off card (/zh-Hans/card), machine draft from locales/en/card.ftl (zh-Hans).
# Reviewed by a certified translator: no.

card-link = 随身卡片
card-link-discreet = 私密卡片：只有地址和电话
card-title = 随身卡片
card-discreet-title = 地址和电话
card-intro = 请把这张卡片带到办事处。上面用您的语言和英文写着同样的内容，您和工作人员都能看懂。
card-print-hint = 要打印，请用浏览器的"打印"菜单。一页就能打完。
card-discreet-link = 改为显示私密卡片（没有办事处或项目的名称）
card-full-link = 显示完整卡片
card-show-desk = 请在前台出示这张卡片。
card-paths-title = 可能适合您的帮助
card-say-label = 可以这样说：
card-office-title = 办事处
card-address = 地址
card-address-missing = 不知道地址。去之前请先打电话。
card-phone = 电话
card-hours = 开放时间
card-discreet-line-help = 帮助热线
card-discreet-line-info = 信息热线，免费
card-add-office = 在这张卡片上加一个办事处：查找办事处
card-no-answers = 这张卡片不显示您的回答。这不是决定：由工作人员决定。
card-error-empty = 这个链接没有说明卡片上要放哪种帮助或哪个办事处。请先查找办事处或回答问题，然后再选一次卡片。
card-error-unknown-path = 我们不认识这个链接里的帮助。链接可能太旧或不完整。
card-error-unknown-office = 我们找不到这个办事处。它可能搬走了或关闭了。请再查找一次办事处。
card-error-too-many = 这个链接的内容太多，一页放不下。请从一个办事处再选一次卡片。
card-error-bad-parameter = 这个链接里有我们看不懂的内容。链接可能太旧或不完整。
card-error-find = 查找办事处
card-error-screening = 回答问题
