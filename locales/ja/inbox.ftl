# Register and glossary: see notifications.ftl.
## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only, never on exact numbers.
## ja: Japanese has only the plural category "other", so texts with $count are single texts.

# The bell button's accessible name when nothing is unread.
inbox-bell = 通知
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread = 通知（未読{ $count }件）
# The panel's heading.
inbox-title = 通知
inbox-close = 閉じる
# The accessible name of the row of tabs.
inbox-tabs = 表示する通知
inbox-tab-unread = 未読
inbox-tab-all = すべて
inbox-tab-archived = アーカイブ済み
inbox-mark-all-read = すべて既読にする
inbox-mark-read = 既読にする
inbox-mark-unread = 未読にする
inbox-archive = アーカイブ
inbox-unarchive = 受信トレイに戻す
# The accessible name of the dot on an unread item.
inbox-item-unread = 未読
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = 解決済み
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = 期限切れ
# The accessible names of the severity marks.
inbox-severity-action_required = 要対応
inbox-severity-warning = 警告
inbox-severity-info = お知らせ
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = { $count }回発生
inbox-empty-unread = 未読の通知はありません。
inbox-empty-all = 通知はまだありません。
inbox-empty-archived = アーカイブ済みの通知はありません。
inbox-error = 通知を読み込めませんでした。
inbox-retry = 再試行
inbox-loading = 読み込み中…
inbox-load-more = さらに表示
# Shown while the live connection is being restored.
inbox-reconnecting = 再接続しています。新しい通知の表示が遅れる場合があります。
