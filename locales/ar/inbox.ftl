# Register and glossary: see notifications.ftl.

## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([zero], [one], [two], [few], [many],
## *[other]), never on exact numbers such as [0]. Arabic uses all six.

# The bell button's accessible name when nothing is unread.
inbox-bell = الإشعارات
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread =
    { PLURAL($count) ->
        [zero] الإشعارات، لا توجد إشعارات غير مقروءة
        [one] الإشعارات، إشعار واحد غير مقروء
        [two] الإشعارات، إشعاران غير مقروءين
        [few] الإشعارات، { $count } إشعارات غير مقروءة
        [many] الإشعارات، { $count } إشعارًا غير مقروء
       *[other] الإشعارات، { $count } إشعار غير مقروء
    }
# The panel's heading.
inbox-title = الإشعارات
inbox-close = إغلاق
# The accessible name of the row of tabs.
inbox-tabs = عرض
inbox-tab-unread = غير المقروءة
inbox-tab-all = الكل
inbox-tab-archived = المؤرشفة
inbox-mark-all-read = تعليم الكل كمقروء
inbox-mark-read = تعليم كمقروء
inbox-mark-unread = تعليم كغير مقروء
inbox-archive = أرشفة
inbox-unarchive = إعادة إلى صندوق الوارد
# The accessible name of the dot on an unread item.
inbox-item-unread = غير مقروء
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = تم الحل
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = لم يعد ساريًا
# The accessible names of the severity marks.
inbox-severity-action_required = يلزم اتخاذ إجراء
inbox-severity-warning = تحذير
inbox-severity-info = للعلم
# $count ≥ 2: how often the same problem happened.
inbox-occurrences =
    { PLURAL($count) ->
        [zero] لم يحدث من قبل
        [one] حدث مرة واحدة
        [two] حدث مرتين
        [few] حدث { $count } مرات
        [many] حدث { $count } مرة
       *[other] حدث { $count } مرة
    }
inbox-empty-unread = لقد اطّلعت على كل إشعاراتك.
inbox-empty-all = لا توجد إشعارات بعد.
inbox-empty-archived = لا شيء في الأرشيف.
inbox-error = تعذّر تحميل إشعاراتك.
inbox-retry = إعادة المحاولة
inbox-loading = جارٍ التحميل…
inbox-load-more = عرض المزيد
# Shown while the live connection is being restored.
inbox-reconnecting = جارٍ إعادة الاتصال… قد يتأخر ظهور الإشعارات الجديدة.
