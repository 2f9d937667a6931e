# Register and glossary: see notifications.ftl.
## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = 配信停止
page-unsubscribe-question = { $product }から届く{ $category }に関するメールの配信を停止しますか？
page-unsubscribe-note = これらの通知は、引き続き{ $product }でご確認いただけます。
page-unsubscribe-button = 配信を停止
page-unsubscribed-title = 配信を停止しました
page-unsubscribed-body = 今後、{ $product }から{ $category }に関するメールは届きません。
page-invalid-title = このリンクは無効です
page-invalid-body = 配信停止リンクが不完全か、変更されています。最後に受け取ったメールに記載されているリンクをお使いください。
