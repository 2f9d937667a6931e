## صندوق الوارد في المتصفح، <herald-inbox>. النصوص التي فيها $count تختار حسب فئات الجمع فقط.

inbox-bell = الإشعارات
inbox-bell-unread =
    { PLURAL($count) ->
        [zero] الإشعارات، لا توجد إشعارات غير مقروءة
        [one] الإشعارات، إشعار واحد غير مقروء
        [two] الإشعارات، إشعاران غير مقروءين
        [few] الإشعارات، { $count } إشعارات غير مقروءة
        [many] الإشعارات، { $count } إشعارًا غير مقروء
       *[other] الإشعارات، { $count } إشعار غير مقروء
    }
inbox-title = الإشعارات
inbox-close = إغلاق
inbox-tabs = عرض
inbox-tab-unread = غير المقروءة
inbox-tab-all = الكل
inbox-tab-archived = المؤرشفة
inbox-mark-all-read = تعليم الكل كمقروء
inbox-mark-read = تعليم كمقروء
inbox-mark-unread = تعليم كغير مقروء
inbox-archive = أرشفة
inbox-unarchive = إعادة إلى صندوق الوارد
inbox-item-unread = غير مقروء
inbox-state-resolved = تم الحل
inbox-state-expired = لم يعد ساريًا
inbox-severity-action_required = يتطلب إجراءً
inbox-severity-warning = تحذير
inbox-severity-info = للعلم
inbox-occurrences =
    { PLURAL($count) ->
        [zero] لم يحدث
        [one] حدث مرة واحدة
        [two] حدث مرتين
        [few] حدث { $count } مرات
        [many] حدث { $count } مرةً
       *[other] حدث { $count } مرة
    }
inbox-empty-unread = لقد اطّلعت على كل إشعاراتك.
inbox-empty-all = لا توجد إشعارات بعد.
inbox-empty-archived = لا شيء في الأرشيف.
inbox-error = تعذّر تحميل إشعاراتك.
inbox-retry = إعادة المحاولة
inbox-loading = جارٍ التحميل…
inbox-load-more = عرض المزيد
inbox-reconnecting = جارٍ إعادة الاتصال… قد يتأخر وصول الإشعارات الجديدة.
