# Register and glossary: see notifications.ftl.

## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = إلغاء الاشتراك
page-unsubscribe-question = هل تريد إيقاف رسائل البريد الإلكتروني بشأن { $category } من { $product }؟
page-unsubscribe-note = ستظل هذه الإشعارات تظهر لك في { $product }.
page-unsubscribe-button = إلغاء الاشتراك
page-unsubscribed-title = أُلغي اشتراكك
page-unsubscribed-body = لن تصلك بعد الآن رسائل بريد إلكتروني بشأن { $category } من { $product }.
page-invalid-title = هذا الرابط لا يعمل
page-invalid-body = رابط إلغاء الاشتراك غير مكتمل أو عُدِّل. استخدم الرابط الموجود في أحدث رسالة بريد إلكتروني وصلتك.
