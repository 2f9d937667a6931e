## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([zero], [one], [two], [few], [many],
## *[other]), never on exact numbers such as [0].

# The bell button's accessible name when nothing is unread.
inbox-bell = Notifications
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread = Notifications, { $count } unread
# The panel's heading.
inbox-title = Notifications
inbox-close = Close
# The accessible name of the row of tabs.
inbox-tabs = Show
inbox-tab-unread = Unread
inbox-tab-all = All
inbox-tab-archived = Archived
inbox-mark-all-read = Mark all as read
inbox-mark-read = Mark as read
inbox-mark-unread = Mark as unread
inbox-archive = Archive
inbox-unarchive = Move back to inbox
# The accessible name of the dot on an unread item.
inbox-item-unread = Unread
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Resolved
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = No longer applies
# The accessible names of the severity marks.
inbox-severity-action_required = Action needed
inbox-severity-warning = Warning
inbox-severity-info = For your information
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = Happened { $count } times
inbox-empty-unread = You’re all caught up.
inbox-empty-all = No notifications yet.
inbox-empty-archived = Nothing archived.
inbox-error = Your notifications couldn’t be loaded.
inbox-retry = Try again
inbox-loading = Loading…
inbox-load-more = Show more
# Shown while the live connection is being restored.
inbox-reconnecting = Reconnecting… New notifications may show up late.
