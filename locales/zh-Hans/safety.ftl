# Linkages 网站：“安全上网”页面，链接在“快速离开”旁边和页脚（简体中文）。
# Reviewed by a certified translator: no.

safety-online-link = 安全上网
safety-online-title = 安全上网
safety-online-intro = 如果有人会查看您的手机或电脑，以下步骤可以帮助您不让别人知道您来过本网站。

safety-online-exit-title = 快速离开
safety-online-exit = 每个页面顶部都有“{ exit-link }”按钮。点击后会打开天气搜索。您也可以快速按 3 次 Shift 键。
safety-online-back = “{ exit-link }”按钮不会删除您的浏览记录。用“返回”按钮仍然可以看到本网站的页面。

safety-online-private-title = 使用私密窗口
safety-online-private = 私密窗口关闭后，不会保留您看过的页面。在 Chrome 中，它叫作“无痕模式”。请在访问本网站之前打开私密窗口，用完后关闭。

safety-online-history-title = 从浏览记录中删除本网站
safety-online-history-intro = 删除全部浏览记录可能会让人起疑。您可以只删除本网站的页面。
safety-online-history-android = Android 手机，Chrome：点按菜单（⋮），再点按“历史记录”。点按本网站每个页面旁边的 ✕。
safety-online-history-iphone = iPhone，Safari：点按书本图标，再点按时钟图标（历史记录）。在本网站的页面上向左滑动，然后点按“删除”。
safety-online-history-samsung = Samsung 手机，Samsung Internet：点按菜单（☰），再点按“历史记录”。长按本网站的页面，然后点按“删除”。
safety-online-history-computer = 电脑：同时按 Ctrl 和 H（Mac 上按 Command 和 Y）打开“历史记录”，然后删除本网站的页面。
safety-online-other-device = 如果可以，请使用对方无法查看的手机或电脑，比如图书馆的电脑或朋友的手机。

safety-online-stores-title = 本网站保存什么
safety-online-stores = 本网站没有账户，也不追踪您。唯一的 cookie 只用来记住您的语言。您对问题的回答永远不会被保存，也不会发送给任何人。回答只留在这个浏览器标签页里，所以用“返回”还能看到；关闭这个标签页后，回答就会消失。
