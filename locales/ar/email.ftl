## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info;
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] يلزم اتخاذ إجراء: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
# Arabic plurals: few (3–10) plural noun; many (11–99) accusative singular; other (100…)
# genitive singular.
email-subject-digest =
    { PLURAL($count) ->
        [zero] لا تحديثات جديدة بشأن منشوراتك
        [one] تحديث واحد بشأن منشوراتك
        [two] تحديثان بشأن منشوراتك
        [few] { $count } تحديثات بشأن منشوراتك
        [many] { $count } تحديثًا بشأن منشوراتك
       *[other] { $count } تحديث بشأن منشوراتك
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] مرحبًا،
       *[other] مرحبًا { $name }،
    }
email-intro =
    { PLURAL($count) ->
        [zero] ليس لديك أي إشعار بشأن منشوراتك عبر { $product } يحتاج إلى مراجعتك.
        [one] لديك إشعار واحد بشأن منشوراتك عبر { $product } يحتاج إلى مراجعتك.
        [two] لديك إشعاران بشأن منشوراتك عبر { $product } يحتاجان إلى مراجعتك.
        [few] لديك { $count } إشعارات بشأن منشوراتك عبر { $product } تحتاج إلى مراجعتك.
        [many] لديك { $count } إشعارًا بشأن منشوراتك عبر { $product } تحتاج إلى مراجعتك.
       *[other] لديك { $count } إشعار بشأن منشوراتك عبر { $product } تحتاج إلى مراجعتك.
    }
email-more =
    { PLURAL($count) ->
        [zero] لا توجد إشعارات أخرى في { $product }.
        [one] هناك إشعار آخر في انتظارك في { $product }.
        [two] هناك إشعاران آخران في انتظارك في { $product }.
        [few] هناك { $count } إشعارات أخرى في انتظارك في { $product }.
        [many] هناك { $count } إشعارًا آخر في انتظارك في { $product }.
       *[other] هناك { $count } إشعار آخر في انتظارك في { $product }.
    }
# Heading above the network's own message in an email.
email-details-heading = الرسالة الأصلية
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = إذا لم يعمل الزر، فانسخ هذا الرابط والصقه في المتصفح:
email-open-product = فتح { $product }
email-footer-reason = وصلتك هذه الرسالة لأنك تنشر عبر { $product }.
# $category: one of the category-… names below.
email-unsubscribe = إلغاء الاشتراك في رسائل البريد الإلكتروني بشأن { $category }

## Notification categories, as they read inside a sentence («رسائل البريد الإلكتروني بشأن …»).
category-account = مشكلات الحساب
category-billing = الفوترة والرصيد
category-media = مشكلات الوسائط
category-rate_limit = حدود النشر
category-content = محتوى المنشورات
category-analytics = الإحصاءات
category-publish = نتائج النشر
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { "، " }
