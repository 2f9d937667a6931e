# Register and glossary: see notifications.ftl.

## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = عرض herald التوضيحي
demo-intro = هذه لوحة تحكم على مصدر (origin) آخر، وقد ضُمِّن فيها صندوق الوارد من herald: الجرس في الأعلى. افتحه لقراءة الإشعارات وأرشفتها وفتح روابطها، أو حاكِ فشل أحد المنشورات وشاهد الإشعار يصل مباشرةً.
demo-viewing = تم تسجيل الدخول باسم { $name }
demo-switch = التبديل إلى { $name }
demo-fail = محاكاة فشل منشور
