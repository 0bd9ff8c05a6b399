# Linkages 网站：办事处查询（简体中文）。
# Reviewed by a certified translator: no.

## 查询表格
find-title = 查找办事处
find-intro = 查找最近的 { -dcfs } 和 { -dpss } 办事处，包括电话号码和办公时间。
find-query-label = ZIP 邮政编码或城市
find-query-hint = 例如 90020，或 Pasadena
find-submit = 查找
find-location-button = 使用我的位置
find-location-nojs = 如要从您所在的位置查找，请开启 JavaScript。或者，请输入您的 ZIP 邮政编码。
find-location-pending = 正在查找您的位置…
find-location-unavailable = 我们找不到您的位置。请改为输入您的 ZIP 邮政编码。
find-location-denied = 您的浏览器没有分享您的位置。如要允许，请在浏览器中打开网站设置。或者，请输入您的 ZIP 邮政编码。
find-location-timeout = 查找您的位置用时太长。请再试一次，或输入您的 ZIP 邮政编码。

## 查询结果
find-results-title = { $place } 附近的办事处
find-results-location = 您所在位置附近的办事处
find-from-zip-centre = 距离是从 ZIP 邮政编码区域的中心算起的。
find-from-place-centre = 距离是从这个地区的中心算起的。
find-near-county-line = 这个地方离洛杉矶县的边界很近。请确认您住在洛杉矶县。如果您住在其他县，请拨打 2-1-1，寻找当地的帮助。
find-dcfs-title = { -dcfs } 办事处（有关您孩子个案的帮助）
find-dpss-title = { -dpss } 办事处（{ -calworks }、{ -calfresh }、{ -general-relief }、{ -medi-cal }）
find-dcfs-partial = 这份 { -dcfs } 办事处名单是 2017 年的。{ -dcfs } 现在说它有 20 个办事处，所以这里可能少了一个。
find-dpss-partial = 这里没有列出所有 { -dpss } 办事处。如要找到您的办事处，请拨打 { -dpss } 客户服务中心电话 { $number }，或在 BenefitsCal 网上申请。
find-nearest-not-assigned = 最近的办事处不一定是负责您个案的办事处。您的个案工作人员可以告诉您哪个是您的办事处。
find-serving-title = 您的办事处：负责您所在的区域
find-serving-approximate = 我们使用了您输入的邮政编码或地点的中心。如果您住在区域边缘附近，可能由另一个办事处为您服务。
find-serving-none = 我们不知道哪个办事处负责这个地方。您的个案工作人员或最近的办事处可以告诉您。
find-distance = 距离 { $distance } { $miles ->
       *[other] 英里
    }
find-distance-about = 距离约 { $distance } { $miles ->
       *[other] 英里
    }
find-unverified = 未经该机构核实
find-approximate = 地图上的位置是大概的
find-phone-missing = 电话号码不详
find-phone-countywide = 这是 { -dpss } 的全县电话，不是这个办事处自己的号码。
find-phone-unverified = 我们无法核实这个号码。
find-hours-missing = 办公时间不详。去之前请先打电话。
find-hours-conflicting = 我们的资料来源给出的办公时间不一样。去之前请先打电话。
find-open-until = 现在开放，到{ $time } 为止
find-open-always = 24 小时开放
find-closed-opens = 现在已关门。{ $day }{ $time } 开门
find-closed = 现在已关门
find-directions = 路线（会打开地图网站）
find-source = 这些信息的来源
find-checked = 核实日期：{ $date }
find-report = 报告此信息有误（将打开您的电子邮件应用）

## 有多个 ZIP 邮政编码的地名
find-choose-title = { $name } 有多个 ZIP 邮政编码
find-choose-text = 请选择您的 ZIP 邮政编码：

## 查询时出现的问题
find-error-empty = 请输入 ZIP 邮政编码或城市名称。
find-error-malformed-zip = 请输入 5 位数字的 ZIP 邮政编码，例如 90020。
find-error-zip-not-in-county = { $input } 不是洛杉矶县的 ZIP 邮政编码。请输入本县的 ZIP 邮政编码。
find-error-unknown-place = 我们还不认识 { $input } 这个名称。请试试输入您的 ZIP 邮政编码。
find-error-malformed-coordinate = 我们无法读取这个位置。请改为输入您的 ZIP 邮政编码。
find-error-coordinate-outside-county = 这个位置在洛杉矶县以外。请输入本县的 ZIP 邮政编码。

## 星期和时间
weekday-0 = 周一
weekday-1 = 周二
weekday-2 = 周三
weekday-3 = 周四
weekday-4 = 周五
weekday-5 = 周六
weekday-6 = 周日

## Office search: which agency's offices to show
find-agency-label = 显示以下机构的办事处
find-agency-both = { -dcfs } 和 { -dpss }
find-agency-dcfs = 只看 { -dcfs }
find-agency-dpss = 只看 { -dpss }

## All phone lines
hotlines-title = 所有电话热线
hotlines-intro = 我们知道的所有为洛杉矶县家庭服务的电话热线。每条都写明号码的来源。
hotlines-source-language = 名称和说明是英文的，与来源一致。
hotlines-all-link = 查看所有电话热线

## 结果旁边的地图（由本网站绘制）
find-map-label = 地图：{ $point }。列表中的 { $count ->
       *[other] { $count } 个办事处
    }。
find-map-point-zip = 大概位置：邮编 { $zip } 区域的中心
find-map-point-place = 大概位置：{ $place } 的中心
find-map-point-exact = 您搜索的位置
find-map-scale = { $distance } { $miles ->
       *[other] 英里
    }
find-map-key-dcfs = { -dcfs } 办事处
find-map-key-dpss = { -dpss } 办事处
find-map-credit = 这张地图由我们自己绘制。县界：美国人口普查局。地名：GeoNames（geonames.org，CC BY 4.0）。
