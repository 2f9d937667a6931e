# Register and glossary: see notifications.ftl.
## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = 退订邮件
page-unsubscribe-question = 要停止接收{ $product }发送的{ $category }相关邮件吗？
page-unsubscribe-note = 您仍可以在{ $product }中查看这些通知。
page-unsubscribe-button = 退订
page-unsubscribed-title = 您已成功退订
page-unsubscribed-body = 您将不会再收到{ $product }发送的{ $category }相关邮件。
page-invalid-title = 此链接无效
page-invalid-body = 该退订链接不完整或已被修改。请使用您最近收到的邮件中的链接。
