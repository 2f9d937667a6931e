# Register and glossary: see notifications.ftl.
## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = E-Mails abbestellen
page-unsubscribe-question = Möchten Sie von { $product } keine E-Mails zu { $category } mehr erhalten?
page-unsubscribe-note = Diese Benachrichtigungen sehen Sie weiterhin in { $product }.
page-unsubscribe-button = Abbestellen
page-unsubscribed-title = E-Mails abbestellt
page-unsubscribed-body = Sie erhalten von { $product } keine E-Mails zu { $category } mehr.
page-invalid-title = Dieser Link funktioniert nicht
page-invalid-body = Der Link zum Abbestellen ist unvollständig oder wurde verändert. Verwenden Sie den Link aus der neuesten E-Mail, die Sie erhalten haben.
