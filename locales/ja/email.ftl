# Register and glossary: see notifications.ftl.
## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] 【要対応】{ $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
# ja: Japanese has only the plural category "other", so this is a single text.
email-subject-digest = 投稿に関するお知らせが{ $count }件あります
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] ご担当者様
       *[other] { $name }様
    }
# $count: how many problems the email is about (1 or more).
# ja: a single text for every count ("1件" reads naturally).
email-intro = { $product }での投稿について、ご確認いただきたい点が{ $count }件あります。
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more = ほかに{ $count }件のお知らせが{ $product }に届いています。
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = 元のメッセージ
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = ボタンが機能しない場合は、次のリンクをコピーしてブラウザに貼り付けてください。
email-open-product = { $product }を開く
email-footer-reason = このメールは、{ $product }で投稿を行っているお客様にお送りしています。
# $category: one of the category-… names below.
email-unsubscribe = { $category }に関するメールの配信を停止

## Notification categories, as they read inside a sentence ("…に関するメール").
category-account = アカウントの問題
category-billing = お支払い
category-media = メディアの問題
category-rate_limit = 投稿数の制限
category-content = 投稿内容
category-analytics = 統計データ
category-publish = 投稿結果
# Between a label and what it labels in plain-text email ("配信停止：https://…"), spaces included.
email-label-separator = { "：" }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { "／" }
