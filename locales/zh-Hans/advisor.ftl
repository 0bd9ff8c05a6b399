# Linkages site: the advisor desk (/zh-Hans/advisor), machine draft from locales/en/advisor.ftl (zh-Hans).
# Reviewed by a certified translator: no.

## The desk
advisor-title = 咨询员工作页
advisor-intro = 供 2-1-1 咨询员和帮助来电者的倡导人员在通话时使用。本页使用来电者的语言。要读出来的话旁边附有英文。
advisor-query-label = 来电者的 ZIP 邮政编码、城市或社区
advisor-submit = 查找办事处
advisor-offices-title = { $place } 附近的办事处
advisor-lines-title = 县政府电话热线
advisor-screening-link = 所有问题在一页上

## Words to read out to the caller
advisor-script-title = 请读给来电者听
advisor-script-dcfs = 最近的 { -dcfs } 办事处是 { $name }。
advisor-script-dpss = 办理 { -calworks } 或 { -calfresh }，最近的 { -dpss } 办事处是 { $name }。
advisor-script-address = 地址是 { $address }。
advisor-script-phone = 电话号码是 { $phone }。
advisor-script-line = { $line }：{ $phone }。

## The text message for the caller's phone
advisor-text-title = 发给来电者手机的短信
advisor-text-hint = 请用您自己的电话系统发送。本网站不发送任何内容，也不保存任何内容。
advisor-text-count = { $units }/{ $budget } 个字符，{ $segments ->
   *[other] { $segments } 条短信
}
advisor-text-use = 在短信中使用这个办事处
advisor-text-in-use = 已在短信中
advisor-copy = 复制短信
advisor-copied = 已复制。请粘贴到您的短信中。
advisor-copy-failed = 文字已选中。请按 Ctrl+C 复制。
advisor-error-office = 这个办事处不在我们的列表中。请重新查找，或从查找框下面选择一个办事处。

## The screening on one page
advisor-screening-title = 所有问题在一页上
advisor-screening-intro = 问题可以按任何顺序问。按"更新"可以隐藏不再需要的问题。所有问题都回答后，会显示结果。
advisor-screening-update = 更新
advisor-screening-open = { $count ->
   *[other] 还有 { $count } 个问题需要回答。
}
advisor-screening-result = 可能适合来电者的帮助
advisor-screening-say = 对来电者说
advisor-screening-none = 目前似乎没有适合的 Linkages 项目。来电者仍然可以到 { -dpss } 办事处寻求帮助。
advisor-screening-problem = 有些回答无法识别，已被略过。请再检查一下。
advisor-screening-start-over = 重新开始
