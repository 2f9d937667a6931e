## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info;
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] 【要対応】{ $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
# ja: Japanese has only the plural category "other", so this is a single text.
email-subject-digest = 投稿に関するお知らせが { $count } 件あります
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] ご担当者様
       *[other] { $name } 様
    }
# ja: a single text for every count ("1 件" reads naturally in Japanese).
email-intro = { $product } での投稿について、ご確認いただきたい点が { $count } 件あります。
email-more = { $product } には、ほかに { $count } 件の通知があります。
# Heading above the network's own message in an email.
email-details-heading = 元のメッセージ
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = ボタンが機能しない場合は、次のリンクをコピーしてブラウザーに貼り付けてください。
email-open-product = { $product } を開く
email-footer-reason = このメールは、{ $product } で SNS への投稿を行っているお客様にお送りしています。
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
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { "：" }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { "／" }
