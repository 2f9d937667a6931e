# Register and glossary: see notifications.ftl.
## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = herald演示
demo-intro = 这是一个位于另一个源（origin）上的仪表盘，其中嵌入了herald的收件箱，也就是顶部的铃铛。点击铃铛即可阅读和归档通知、访问其中的链接；也可以让一条帖子发布失败，实时看到新通知送达。
demo-viewing = 当前登录身份：{ $name }
demo-switch = 切换到{ $name }
demo-fail = 让帖子发布失败
