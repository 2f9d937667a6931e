## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets:
##   $platform   the (first) network, by name
##   $platforms  all networks concerned, as a list ("Instagram وThreads")
##   $count      how many networks are concerned
## Kind-specific variables are listed above each group.
##
## Arabic note: a network name can be masculine («الملف التجاري على Google»), feminine
## («شبكتك الاجتماعية») or a list, so the sentences keep $platform / $platforms after a
## preposition («على { $platform }», «تعذّر على { $platforms }») or use a passive verb or a
## verbal noun, and never make a verb agree with them.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = حسابك على { $platform } يحتاج إلى إعادة ربط
account-disconnected-preheader = لم تعد منشوراتك تُقبل على { $platform }. أعد ربط حسابك لمواصلة النشر.
account-disconnected-body =
    { $by_system ->
        [yes] أُلغي ربط حسابك على { $platform } تلقائيًا لأن إذن الوصول إليه لم يعد صالحًا.
       *[no] توقّف قبول المنشورات من حسابك على { $platform }. يحدث هذا بعد تغيير كلمة المرور، أو عند إلغاء صلاحية الوصول من إعدادات { $platform }.
    } أعد ربط حسابك على { $platform } لمواصلة النشر.
account-disconnected-action = إعادة ربط { $platform }

## account-refresh-due. $deadline: تاريخ ووقت المهلة بتوقيت المستخدم.
account-refresh-due-title = أعد ربط حسابك على { $platform } قبل { $deadline }
account-refresh-due-preheader = يطلب { $platform } تأكيد حسابك من جديد، وإلا فستتوقف منشوراتك عليه.
account-refresh-due-body = يطلب { $platform } تجديد الربط بحسابك من حين لآخر. أعد ربطه قبل { $deadline }؛ بعد ذلك سيُلغى الربط ولن تُنشر منشوراتك على { $platform }.
account-refresh-due-action = إعادة الربط قبل { $deadline }

x-credits-depleted-title = نفد رصيدك في X API
x-credits-depleted-preheader = منشوراتك على X معلّقة إلى حين إضافة رصيد إلى X API.
x-credits-depleted-body = رفضت X منشورك لأن حساب المطوّر الخاص بك على X لم يعد فيه رصيد لاستخدام API. يمكنك شراء الرصيد من X Developer Console ضمن Billing → Credits؛ وحتى 5 دولارات تكفي لمئات المنشورات.
x-credits-depleted-action = شراء رصيد X

x-app-permissions-title = تطبيقك على X يحتاج إلى إذن النشر
x-app-permissions-preheader = تطبيقك على X يملك صلاحية القراءة فقط. غيّر أذوناته لتتمكن من النشر مجددًا.
x-app-permissions-body = رمز الوصول (Access Token) الخاص بك على X يسمح بالقراءة فقط. في X Developer Console، اضبط أذونات تطبيقك على «Read and write and Direct message» (القراءة والكتابة والرسائل المباشرة)، ثم أنشئ رمز وصول جديدًا ضمن Keys and tokens.
x-app-permissions-action = فتح X Developer Console

x-credentials-missing-title = أضف مفاتيح X API الخاصة بك
x-credentials-missing-preheader = أضف مفتاح API والمفتاح السري الخاصين بتطبيقك على X لمواصلة النشر على X.
x-credentials-missing-body = أصبح النشر على X يتطلب تطبيق مطوّر خاصًا بك على X: أضف مفتاح API والمفتاح السري الخاصين به، وسيُستأنف نشر منشوراتك.
x-credentials-missing-action = إضافة مفاتيح X API

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = عدّل أبعاد صورتك لتناسب { $platform }
media-aspect-ratio-preheader = نسبة أبعاد صورتك غير مقبولة على { $platform }. إليك طريقة ضبطها.
media-aspect-ratio-body =
    { $advice ->
        [crop] نسب الأبعاد المقبولة للصور على { $platform } من { $min } إلى { $max }، ونسبة صورتك { $ratio } ({ $width } × { $height } بكسل). اقتصّ الصورة إلى { $crop_width } × { $crop_height } بكسل ({ $target })، ثم أعد النشر.
        [ratio] نسبة أبعاد صورتك { $ratio } ({ $width } × { $height } بكسل) غير مقبولة على { $platform }. اقتصّ الصورة إلى نسبة مدعومة، ثم أعد النشر.
       *[none] نسبة أبعاد الصورة أو الفيديو في منشورك غير مقبولة على { $platform }. اقتصّ الملف إلى نسبة مدعومة، ثم أعد النشر.
    }
media-aspect-ratio-action = تعديل المنشور

media-too-large-title = ملف الوسائط يتجاوز الحجم المسموح على { $platform }
media-too-large-preheader = رُفض ملف على { $platform } لأن حجمه كبير جدًا.
media-too-large-body = رُفضت الوسائط في منشورك على { $platform } لأن حجم الملف كبير جدًا. قلّل حجم الملف بضغطه أو بتقصير الفيديو، ثم أعد النشر.
media-too-large-action = تعديل المنشور

media-format-unsupported-title = صيغة الصورة غير مدعومة على { $platform }
media-format-unsupported-preheader = تعذّر استخدام صورتك على { $platform }. احفظها بصيغة JPEG.
media-format-unsupported-body = تعذّر تحويل صورتك إلى صيغة مقبولة على { $platform }. احفظها بصيغة JPEG، ثم أعد النشر.
media-format-unsupported-action = تعديل المنشور

media-unreachable-title = تعذّر على { $platforms } تنزيل ملف الوسائط
media-unreachable-preheader = تعذّر على { $platforms } تنزيل ملف الوسائط الخاص بمنشورك.
media-unreachable-body = تعذّر على { $platforms } جلب ملف الوسائط من رابطه. يجب أن يكون الملف متاحًا لبرامج الزحف التابعة للشبكات (مثل facebookexternalhit)، لا في المتصفح فحسب: راجع ملف robots.txt وقواعد جدار الحماية على الخادم الذي يستضيفه، ثم أعد النشر.
media-unreachable-action = إصلاح استضافة الوسائط

media-processing-timeout-title = استغرقت معالجة الوسائط على { $platform } وقتًا طويلًا
media-processing-timeout-preheader = انتهت مهلة معالجة الوسائط على { $platform }. أعد المحاولة.
media-processing-timeout-body = انتهت مهلة معالجة الوسائط في منشورك على { $platform }، وهذا يحدث مع مقاطع الفيديو الكبيرة أو عند وجود ضغط على { $platform }. أعد محاولة النشر؛ وإذا تكرر الفشل، فاستخدم ملفًا أصغر حجمًا.
media-processing-timeout-action = إعادة محاولة النشر

## rate-limited. $until: when posting works again ("15:00"), or "none" when unknown;
## $wait: how long that is ("خلال ساعة واحدة").
rate-limited-title = بلغت حدّ النشر المسموح على { $platform }
rate-limited-preheader = يخضع عدد مرات نشرك على { $platform } لحدّ مؤقت.
rate-limited-body =
    { $until ->
        [none] على { $platform } حدّ أقصى لعدد المنشورات التي يمكنك نشرها في اليوم. انتظر بضع ساعات قبل أن تنشر مجددًا.
       *[other] على { $platform } حدّ أقصى لعدد المنشورات التي يمكنك نشرها في اليوم. يمكنك النشر مجددًا اعتبارًا من { $until } ({ $wait }).
    }
rate-limited-action = إعادة جدولة المنشور

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = تعذّر تجهيز نص منشورك للنشر على { $platforms }
caption-enhancement-failed-preheader = تعذّر تجهيز نص منشورك، فلم يُنشر كما هو مخطط له.
caption-enhancement-failed-body =
    { $partial ->
        [yes] نُشر منشورك على { $succeeded }، لكنه لم يُنشر على { $platforms } لأن تجهيز نصه (كاختصار الروابط فيه مثلًا) لم ينجح. أعد محاولة نشره على { $platforms } فقط، حتى لا يُنشر مرتين على { $succeeded }.
       *[no] لم يُنشر شيء، لأن تجهيز نص المنشور (كاختصار الروابط فيه مثلًا) لم ينجح. أعد محاولة النشر؛ وإذا تكرر الفشل، فانشره دون اختصار الروابط.
    }
caption-enhancement-failed-action = إعادة محاولة النشر

duplicate-post-title = رُفض منشور مكرر على { $platforms }
duplicate-post-preheader = لا يُسمح على { $platforms } بنشر النص نفسه مرتين متتاليتين.
duplicate-post-body = لا يُسمح على { $platforms } بنشر النص نفسه مرتين خلال فترة قصيرة. غيّر صياغة المنشور، ثم أعد النشر.
duplicate-post-action = تعديل المنشور

analytics-throttled-title = تحليلات { $platform } متوقفة مؤقتًا
analytics-throttled-preheader = ستعود إحصاءاتك على { $platform } إلى التحديث قريبًا.
analytics-throttled-body = هناك حدّ لعدد مرات جلب إحصاءات الحساب من { $platform } خلال فترة زمنية معيّنة. لا يزال حسابك متصلًا والنشر يعمل كالمعتاد، وستُحدَّث الإحصاءات مجددًا خلال الساعة القادمة. لا يلزمك فعل أي شيء.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = لم يُنشر منشورك على { $platform }
post-failed-preheader = لم يُنشر منشورك على { $platform }.
post-failed-body =
    { $retry ->
        [yes] تعذّر نشر منشورك على { $platform } هذه المرة. يمكنك إعادة المحاولة دون أي تعديل.
       *[no] تعذّر نشر منشورك على { $platform }. راجع الرسالة أدناه، وعدّل المنشور، ثم أعد المحاولة.
    }
post-failed-action =
    { $retry ->
        [yes] إعادة محاولة النشر
       *[no] عرض المنشور
    }

post-published-title = نُشر منشورك على { $platforms }
post-published-preheader = منشورك متاح الآن على { $platforms }.
post-published-body = منشورك متاح الآن على { $platforms }.
post-published-action = عرض المنشور

## Shared pieces.

# The post a notification is about, quoted.
notification-post = المنشور: «{ $post }»
# The network's own error message, shown under the notification when it is not in the reader's
# language. $message is verbatim.
notification-upstream = الرسالة الأصلية: { $message }
# Added to the body once the same problem happened again. $count ≥ 2.
# Arabic plurals: zero/one/two spelled out; few (3–10) plural noun; many (11–99) accusative
# singular; other (100, 101, 102…) genitive singular.
notification-repeated =
    { PLURAL($count) ->
        [zero] لم تحدث هذه المشكلة أي مرة.
        [one] حدثت هذه المشكلة مرة واحدة.
        [two] حدثت هذه المشكلة مرتين.
        [few] حدثت هذه المشكلة { $count } مرات.
        [many] حدثت هذه المشكلة { $count } مرةً.
       *[other] حدثت هذه المشكلة { $count } مرة.
    }
notification-omitted =
    { PLURAL($count) ->
        [zero] لم يُبلَّغ عن مشكلات أخرى لهذا المنشور.
        [one] أُبلغ أيضًا عن مشكلة أخرى لهذا المنشور لا تظهر بشكل منفصل.
        [two] أُبلغ أيضًا عن مشكلتين أخريين لهذا المنشور لا تظهران بشكل منفصل.
        [few] أُبلغ أيضًا عن { $count } مشكلات أخرى لهذا المنشور لا تظهر بشكل منفصل.
        [many] أُبلغ أيضًا عن { $count } مشكلةً أخرى لهذا المنشور لا تظهر بشكل منفصل.
       *[other] أُبلغ أيضًا عن { $count } مشكلة أخرى لهذا المنشور لا تظهر بشكل منفصل.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
