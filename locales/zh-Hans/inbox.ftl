# Register and glossary: see notifications.ftl.
## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## zh-Hans: Chinese has only the plural category "other", so texts with $count are single texts.

# The bell button's accessible name when nothing is unread.
inbox-bell = 通知
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread = 通知（{ $count }条未读）
# The panel's heading.
inbox-title = 通知
inbox-close = 关闭
# The accessible name of the row of tabs.
inbox-tabs = 筛选通知
inbox-tab-unread = 未读
inbox-tab-all = 全部
inbox-tab-archived = 已归档
inbox-mark-all-read = 全部标为已读
inbox-mark-read = 标为已读
inbox-mark-unread = 标为未读
inbox-archive = 归档
inbox-unarchive = 移回收件箱
# The accessible name of the dot on an unread item.
inbox-item-unread = 未读
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = 已解决
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = 已失效
# The accessible names of the severity marks.
inbox-severity-action_required = 需处理
inbox-severity-warning = 警告
inbox-severity-info = 供参考
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = 已发生{ $count }次
inbox-empty-unread = 您已看完所有通知。
inbox-empty-all = 暂无通知。
inbox-empty-archived = 暂无已归档的通知。
inbox-error = 通知加载失败。
inbox-retry = 重试
inbox-loading = 正在加载……
inbox-load-more = 加载更多
# Shown while the live connection is being restored.
inbox-reconnecting = 正在重新连接……新通知可能会延迟显示。
