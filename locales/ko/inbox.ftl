# Register and glossary: see notifications.ftl.
## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only; ko has only "other", so those texts
## are single texts.

# The bell button's accessible name when nothing is unread.
inbox-bell = 알림
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread = 알림, 읽지 않은 알림 { $count }개
# The panel's heading.
inbox-title = 알림
inbox-close = 닫기
# The accessible name of the row of tabs.
inbox-tabs = 표시할 알림
inbox-tab-unread = 읽지 않음
inbox-tab-all = 전체
inbox-tab-archived = 보관함
inbox-mark-all-read = 모두 읽음으로 표시
inbox-mark-read = 읽음으로 표시
inbox-mark-unread = 읽지 않음으로 표시
inbox-archive = 보관
inbox-unarchive = 알림함으로 되돌리기
# The accessible name of the dot on an unread item.
inbox-item-unread = 읽지 않음
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = 해결됨
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = 만료됨
# The accessible names of the severity marks.
inbox-severity-action_required = 조치 필요
inbox-severity-warning = 경고
inbox-severity-info = 참고
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = { $count }회 발생
inbox-empty-unread = 읽지 않은 알림이 없어요.
inbox-empty-all = 아직 알림이 없어요.
inbox-empty-archived = 보관한 알림이 없어요.
inbox-error = 알림을 불러오지 못했어요.
inbox-retry = 다시 시도
inbox-loading = 불러오는 중…
inbox-load-more = 더보기
# Shown while the live connection is being restored.
inbox-reconnecting = 다시 연결하는 중… 새 알림이 늦게 표시될 수 있어요.
