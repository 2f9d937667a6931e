## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; «شبكتك الاجتماعية» when none is known
##   $platforms  all networks concerned, as a list («Instagram وThreads»)
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for «شبكتك الاجتماعية»
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares: for ar `_gender`
##               (masculine/feminine), `_account` («حسابك على Facebook»), `_on`
##               («على Facebook»، «في ملفك التجاري على Google») and `_for`, after «تعذّر»
##               («تعذّر على Facebook»، «تعذّر على Google»); see platforms.ftl.
##               `$succeeded` (caption-enhancement-failed) comes in the same forms.
## Kind-specific variables are listed above each group.
##
## ── Register and glossary (ar), for the next translator ──
##
## Register: Modern Standard Arabic, plain and friendly, speaking to the reader directly in
## the second person singular, generic masculine form (أنت: «أعد ربط حسابك»، «منشورك»), as
## Google and Meta do in Arabic. No honorifics, no dialect. Titles and bodies use imperatives
## and active verbs that say who did what («رفض Instagram أبعاد صورتك»); buttons and menu
## items use the verbal noun («إعادة ربط Facebook»، «عرض المنشور»).
## Regional variant: pan-Arab MSA, because the one "ar" locale is read from Morocco to the
## Gulf: no country-specific words or spellings. Digits are the Western 0–9 that herald's date
## and number formatting produces. Punctuation: ، ؛ ؟ and «» quotes. Latin UI strings of other
## products (X Developer Console, Billing → Credits, Keys and tokens, «Read and write and
## Direct message») stay in English, as the user sees them on that screen.
## Brand names: Latin script, written exactly as the networks write them (Facebook,
## Instagram, X, TikTok…), never transliterated. It matches the logos and labels users see,
## avoids competing regional spellings (إنستغرام/إنستجرام، تلغرام/تيليجرام) and agrees with the
## networks herald has no name for, which always arrive in Latin («Mastodon»). Only Google
## Business Profile takes Google's own Arabic name, «الملف التجاري على Google».
## Grammar of the names: every brand is masculine, «شبكتك الاجتماعية» is feminine; a verb or
## pronoun agreeing with the network selects on $platform_gender. Verbs come before their
## subject, so a list of networks takes a singular verb agreeing with the first one
## («رفض X وFacebook منشورًا مكررًا»). The account is always $platform_account, so that
## the fallback never doubles the possessive («حسابك على الشبكة الاجتماعية»). "On the
## network(s)" is always $platform_on / $platforms_on, never «على { $platforms }» (that would
## give «على الملف التجاري على Google»); a list then repeats the preposition
## («على Facebook وعلى Instagram»), which is also the form that keeps a list in right-to-left
## order. After «تعذّر» use $platform_for / $platforms_for.
## Bidi: herald itself wraps every placeable in isolation marks; add no marks of your own.
## Plurals: all six CLDR categories in every counted message: zero, one and two spelled out;
## few (3–10) plural noun «3 مرات»; many (11–99) singular accusative «11 مرة»، «11 إشعارًا»;
## other (100–102, 200…) singular genitive «100 مرة».
##
## Glossary:
##   reconnect              إعادة الربط: «أعد ربط حسابك على …»؛ button «إعادة ربط …»
##   connection / removed   الربط / «أُلغي ربط حسابك»
##   post (noun)            منشور، منشورات
##   post (verb)            نشر: «انشر»، post again «أعد النشر»، retry «إعادة محاولة النشر»
##   publish                نشر (same verb); went out / is live «نُشر»، «متاح الآن»
##   credits                رصيد (API credits: رصيد API)
##   aspect ratio           نسبة العرض إلى الارتفاع (proportions: نسبة الأبعاد; resize: عدّل الأبعاد)
##   crop                   قصّ: «قُصّ الصورة» (never «اقتصّ», which first reads "take revenge")
##   media                  الوسائط، ملف الوسائط
##   caption                نص المنشور (Meta's «التسمية التوضيحية» fits photo and video posts
##                          only; here it is the text of any post)
##   statistics / analytics الإحصاءات / التحليلات
##   rate limit             حدّ النشر («يضع … حدًّا لعدد المنشورات»)؛ category «حدود النشر»
##   notification           إشعار، إشعارات
##   inbox                  صندوق الوارد
##   archive                أرشفة؛ archived «المؤرشفة»
##   unsubscribe            إلغاء الاشتراك
##   permissions            أذونات; access token «رمز الوصول (Access Token)»

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = أعد ربط { $platform_account }
account-disconnected-preheader = { $platform_gender ->
        [feminine] توقّفت
       *[other] توقّف
    } { $platform } عن قبول منشوراتك. أعد ربط حسابك لمواصلة النشر.
account-disconnected-body =
    { $by_system ->
        [yes] أُلغي ربط { $platform_account } لأن تفويض الوصول إليه لم يعد صالحًا.
       *[no] { $platform_gender ->
            [feminine] توقّفت
           *[other] توقّف
        } { $platform } عن قبول المنشورات من حسابك. يحدث هذا بعد تغيير كلمة المرور أو عند إلغاء صلاحية الوصول من إعدادات { $platform }.
    } أعد ربط { $platform_account } لمواصلة النشر.
account-disconnected-action = إعادة ربط { $platform }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock.
account-refresh-due-title = أعد ربط { $platform_account } قبل { $deadline }
account-refresh-due-preheader = { $platform_gender ->
        [feminine] تطلب منك { $platform } تأكيد حسابك مجددًا، وإلا فسيتوقف نشر منشوراتك عليها.
       *[other] يطلب منك { $platform } تأكيد حسابك مجددًا، وإلا فسيتوقف نشر منشوراتك عليه.
    }
account-refresh-due-body = { $platform_gender ->
        [feminine] تطلب
       *[other] يطلب
    } منك { $platform } تجديد ربط حسابك من حين لآخر. أعد ربطه قبل { $deadline }؛ فبعد هذا الموعد سيُلغى الربط ويتوقف نشر منشوراتك { $platform_on }.
account-refresh-due-action = إعادة الربط قبل { $deadline }

x-credits-depleted-title = نفد رصيد X API لديك
x-credits-depleted-preheader = منشوراتك على X معلّقة إلى أن تضيف رصيد API.
x-credits-depleted-body = رفض X منشورك لأنه لم يتبقَّ أي رصيد API في حساب المطوّر الخاص بك على X. اشترِ رصيدًا من X Developer Console ضمن Billing → Credits؛ فحتى 5 دولارات تكفي لمئات المنشورات.
x-credits-depleted-action = شراء رصيد X

x-app-permissions-title = اسمح لتطبيقك على X بالنشر
x-app-permissions-preheader = لدى تطبيقك على X إذن القراءة فقط. غيّر أذوناته لتتمكن من النشر مجددًا.
x-app-permissions-body = رمز الوصول (Access Token) الخاص بك على X يتيح القراءة فقط. في X Developer Console، اضبط أذونات تطبيقك على «Read and write and Direct message» (القراءة والكتابة والرسائل المباشرة)، ثم أعد إنشاء رمز الوصول ضمن Keys and tokens.
x-app-permissions-action = فتح X Developer Console

x-credentials-missing-title = أضف مفاتيح X API الخاصة بك
x-credentials-missing-preheader = أضف مفتاح X API الخاص بك ومفتاحه السري لمواصلة النشر على X.
x-credentials-missing-body = أصبح النشر على X يتطلب تطبيقًا خاصًا بك في حساب المطوّر على X: أضف مفتاح API الخاص به ومفتاحه السري، وستُنشر منشوراتك مجددًا.
x-credentials-missing-action = إضافة مفاتيح X API

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = قُصّ صورتك لتناسب { $platform }
media-aspect-ratio-preheader = { $platform_gender ->
        [feminine] رفضت
       *[other] رفض
    } { $platform } نسبة أبعاد صورتك. إليك طريقة تصحيحها.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_gender ->
            [feminine] تقبل
           *[other] يقبل
        } { $platform } الصور التي تتراوح نسبة العرض إلى الارتفاع فيها بين { $min } و{ $max }، أما صورتك فنسبتها { $ratio } ({ $width } × { $height } بكسل). قُصّ الصورة إلى { $crop_width } × { $crop_height } بكسل ({ $target })، ثم أعد النشر.
        [ratio] { $platform_gender ->
            [feminine] لا تقبل
           *[other] لا يقبل
        } { $platform } نسبة العرض إلى الارتفاع في صورتك، وهي { $ratio } ({ $width } × { $height } بكسل). قُصّ الصورة إلى نسبة مدعومة، ثم أعد النشر.
       *[none] { $platform_gender ->
            [feminine] لا تقبل
           *[other] لا يقبل
        } { $platform } نسبة العرض إلى الارتفاع في صورتك أو الفيديو الخاص بك. قُصّ الصورة أو الفيديو إلى نسبة مدعومة، ثم أعد النشر.
    }
media-aspect-ratio-action = تعديل المنشور

media-too-large-title = { $platform_gender ->
        [feminine] حجم ملف الوسائط أكبر مما تقبله { $platform }
       *[other] حجم ملف الوسائط أكبر مما يقبله { $platform }
    }
media-too-large-preheader = { $platform_gender ->
        [feminine] رفضت
       *[other] رفض
    } { $platform } ملفًا حجمه كبير جدًا.
media-too-large-body = { $platform_gender ->
        [feminine] رفضت
       *[other] رفض
    } { $platform } الوسائط في منشورك لأن حجم الملف كبير جدًا. قلّل حجم الملف بضغطه أو بتقصير مدته، ثم أعد النشر.
media-too-large-action = تعديل المنشور

media-format-unsupported-title = { $platform_gender ->
        [feminine] لا تدعم
       *[other] لا يدعم
    } { $platform } صيغة هذه الصورة
media-format-unsupported-preheader = تعذّر { $platform_for } استخدام صورتك. احفظها بصيغة JPEG.
media-format-unsupported-body = تعذّر تحويل صورتك إلى صيغة { $platform_gender ->
        [feminine] تقبلها
       *[other] يقبلها
    } { $platform }. احفظها بصيغة JPEG، ثم أعد النشر.
media-format-unsupported-action = تعديل المنشور

media-unreachable-title = تعذّر { $platforms_for } تنزيل وسائط منشورك
media-unreachable-preheader = تعذّر { $platforms_for } تنزيل ملف الوسائط في منشورك.
media-unreachable-body = تعذّر { $platforms_for } جلب ملف الوسائط في منشورك من رابطه. يجب أن يكون الملف متاحًا لبرامج الزحف التابعة للشبكات الاجتماعية (مثل facebookexternalhit)، لا في المتصفح فقط: راجع ملف robots.txt وقواعد جدار الحماية في الخادم الذي يستضيفه، ثم أعد النشر.
media-unreachable-action = إصلاح استضافة الوسائط

media-processing-timeout-title = { $platform_gender ->
        [feminine] استغرقت
       *[other] استغرق
    } { $platform } وقتًا طويلًا في معالجة وسائط منشورك
media-processing-timeout-preheader = { $platform_gender ->
        [feminine] لم تُكمل
       *[other] لم يُكمل
    } { $platform } معالجة وسائط منشورك في الوقت المحدد. أعد المحاولة.
media-processing-timeout-body = { $platform_gender ->
        [feminine] لم تُكمل
       *[other] لم يُكمل
    } { $platform } معالجة الوسائط في منشورك في الوقت المحدد، وهذا يحدث مع مقاطع الفيديو الكبيرة أو عند وجود ضغط على خوادم { $platform }. أعد محاولة النشر؛ وإذا تكرر الفشل، فاستخدم ملفًا أصغر حجمًا.
media-processing-timeout-action = إعادة محاولة النشر

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time; "none" when unknown. $wait: how far away that is («خلال ساعة واحدة»).
rate-limited-title = { $platform_gender ->
        [feminine] طلبت
       *[other] طلب
    } منك { $platform } التمهّل في النشر
rate-limited-preheader = { $platform_gender ->
        [feminine] تقيّد
       *[other] يقيّد
    } { $platform } حاليًا عدد المرات التي يمكنك النشر فيها.
rate-limited-body =
    { $platform_gender ->
        [feminine] تضع
       *[other] يضع
    } { $platform } حدًّا لعدد المنشورات التي يمكنك نشرها في اليوم. { $until ->
        [none] انتظر بضع ساعات قبل أن تنشر مجددًا.
       *[other] يمكنك النشر مجددًا ابتداءً من { $until } ({ $wait }).
    }
rate-limited-action = إعادة جدولة المنشور

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = تعذّر تجهيز نص منشورك للنشر { $platforms_on }
caption-enhancement-failed-preheader = تعذّر تجهيز نص منشورك، فلم يُنشر كما كان مقررًا.
caption-enhancement-failed-body =
    { $partial ->
        [yes] نُشر منشورك { $succeeded_on }، لكنه لم يُنشر { $platforms_on } لأن تجهيز نصه (كاختصار الروابط فيه مثلًا) لم ينجح. أعد محاولة نشره { $platforms_on } فقط، حتى لا يُنشر مرتين { $succeeded_on }.
       *[no] لم يُنشر شيء، لأن تجهيز نص المنشور (كاختصار الروابط فيه مثلًا) لم ينجح. أعد محاولة النشر؛ وإذا تكرر الفشل، فانشره دون اختصار الروابط.
    }
caption-enhancement-failed-action = إعادة محاولة النشر

duplicate-post-title = { $platform_gender ->
        [feminine] رفضت
       *[other] رفض
    } { $platforms } منشورًا مكررًا
duplicate-post-preheader = { $platform_gender ->
        [feminine] لا تسمح
       *[other] لا يسمح
    } { $platforms } بنشر النص نفسه مرتين متتاليتين.
duplicate-post-body = { $platform_gender ->
        [feminine] لا تسمح
       *[other] لا يسمح
    } { $platforms } بنشر النص نفسه مرتين خلال فترة قصيرة. غيّر صياغة المنشور، ثم أعد النشر.
duplicate-post-action = تعديل المنشور

analytics-throttled-title = تحديث إحصاءات { $platform } متوقف مؤقتًا
analytics-throttled-preheader = ستتحدّث إحصاءات { $platform } مجددًا بعد قليل.
analytics-throttled-body = { $platform_gender ->
        [feminine] تضع
       *[other] يضع
    } { $platform } حدًّا لعدد مرات قراءة إحصاءات الحساب. لا يزال حسابك متصلًا والنشر يعمل كالمعتاد، وستتحدّث الإحصاءات مجددًا في غضون ساعة. لا يلزمك فعل أي شيء.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = لم يُنشر منشورك { $platform_on }
post-failed-preheader = لم يُنشر منشورك { $platform_on }.
post-failed-body =
    { $retry ->
        [yes] تعذّر نشر منشورك { $platform_on } هذه المرة. يمكنك إعادة محاولة نشره كما هو.
       *[no] تعذّر نشر منشورك { $platform_on }. راجع الرسالة الأصلية أدناه إن وُجدت، ثم عدّل المنشور وأعد المحاولة.
    }
post-failed-action =
    { $retry ->
        [yes] إعادة محاولة النشر
       *[no] عرض المنشور
    }

post-published-title = نُشر منشورك { $platforms_on }
post-published-preheader = منشورك متاح الآن { $platforms_on }.
post-published-body = منشورك متاح الآن { $platforms_on }.
post-published-action = عرض المنشور

## Shared pieces.

# The post a notification is about, quoted.
notification-post = المنشور: «{ $post }»
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = الرسالة الأصلية: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
# All six Arabic plural categories: zero/one/two spelled out; few (3–10) «مرات»;
# many (11–99) and other (100–102…) «مرة».
notification-repeated =
    { PLURAL($count) ->
        [zero] لم تحدث هذه المشكلة من قبل.
        [one] حدثت هذه المشكلة مرة واحدة.
        [two] حدثت هذه المشكلة مرتين.
        [few] حدثت هذه المشكلة { $count } مرات.
        [many] حدثت هذه المشكلة { $count } مرة.
       *[other] حدثت هذه المشكلة { $count } مرة.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [zero] لا تتضمن نتيجة نشر هذا المنشور أي مشكلات أخرى.
        [one] تتضمن نتيجة نشر هذا المنشور أيضًا مشكلة أخرى لم تُدرَج هنا على حدة.
        [two] تتضمن نتيجة نشر هذا المنشور أيضًا مشكلتين أخريين لم تُدرَجا هنا على حدة.
        [few] تتضمن نتيجة نشر هذا المنشور أيضًا { $count } مشكلات أخرى لم تُدرَج هنا على حدة.
        [many] تتضمن نتيجة نشر هذا المنشور أيضًا { $count } مشكلة أخرى لم تُدرَج هنا على حدة.
       *[other] تتضمن نتيجة نشر هذا المنشور أيضًا { $count } مشكلة أخرى لم تُدرَج هنا على حدة.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
