## ブラウザー用の受信トレイ <herald-inbox>。$count を含むテキストは複数形カテゴリーでのみ選択します。

inbox-bell = 通知
# ja: Japanese has only the plural category "other", so texts with $count are single texts.
inbox-bell-unread = 通知（未読 { $count } 件）
inbox-title = 通知
inbox-close = 閉じる
inbox-tabs = 表示する通知
inbox-tab-unread = 未読
inbox-tab-all = すべて
inbox-tab-archived = アーカイブ済み
inbox-mark-all-read = すべて既読にする
inbox-mark-read = 既読にする
inbox-mark-unread = 未読にする
inbox-archive = アーカイブ
inbox-unarchive = 受信トレイに戻す
inbox-item-unread = 未読
inbox-state-resolved = 解決済み
inbox-state-expired = 対応不要
inbox-severity-action_required = 要対応
inbox-severity-warning = 警告
inbox-severity-info = お知らせ
inbox-occurrences = { $count } 回発生
inbox-empty-unread = 未読の通知はありません。
inbox-empty-all = 通知はまだありません。
inbox-empty-archived = アーカイブ済みの通知はありません。
inbox-error = 通知を読み込めませんでした。
inbox-retry = 再試行
inbox-loading = 読み込み中…
inbox-load-more = さらに表示
inbox-reconnecting = 再接続しています。新しい通知の表示が遅れることがあります。
