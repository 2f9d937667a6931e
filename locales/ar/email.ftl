# Register and glossary: see notifications.ftl.

## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] يلزم اتخاذ إجراء: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the other variants are only
# there because Fluent wants every plural form a language has).
# Arabic plurals: few (3–10) plural noun; many (11–99) singular accusative; other (100–102…)
# singular genitive.
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
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [zero] ليس لديك أي إشعار بشأن منشوراتك عبر { $product } يحتاج إلى مراجعتك.
        [one] لديك إشعار بشأن منشوراتك عبر { $product } يحتاج إلى مراجعتك.
        [two] لديك إشعاران بشأن منشوراتك عبر { $product } يحتاجان إلى مراجعتك.
        [few] لديك { $count } إشعارات بشأن منشوراتك عبر { $product } تحتاج إلى مراجعتك.
        [many] لديك { $count } إشعارًا بشأن منشوراتك عبر { $product } تحتاج إلى مراجعتك.
       *[other] لديك { $count } إشعار بشأن منشوراتك عبر { $product } تحتاج إلى مراجعتك.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [zero] لا توجد تحديثات أخرى بانتظارك في { $product }.
        [one] هناك تحديث آخر بانتظارك في { $product }.
        [two] هناك تحديثان آخران بانتظارك في { $product }.
        [few] هناك { $count } تحديثات أخرى بانتظارك في { $product }.
        [many] هناك { $count } تحديثًا آخر بانتظارك في { $product }.
       *[other] هناك { $count } تحديث آخر بانتظارك في { $product }.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = الرسالة الأصلية
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = إذا لم يعمل الزر، فانسخ هذا الرابط والصقه في المتصفح:
email-open-product = فتح { $product }
email-footer-reason = تصلك هذه الرسالة لأنك تنشر عبر { $product }.
# $category: one of the category-… names below.
email-unsubscribe = إلغاء الاشتراك في رسائل البريد الإلكتروني بشأن { $category }

## Notification categories, as they read inside a sentence («رسائل البريد الإلكتروني بشأن …»).
category-account = مشكلات الحساب
category-billing = الفوترة
category-media = مشكلات الوسائط
category-rate_limit = حدود النشر
category-content = محتوى المنشورات
category-analytics = الإحصاءات
category-publish = نتائج النشر
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included. Not «، »: titles may
# contain an Arabic comma themselves (dates: «04/01/2027، 9:30 ص»).
email-preheader-separator = { " · " }
