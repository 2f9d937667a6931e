# Register and glossary: see notifications.ftl.
## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = Afmelden
page-unsubscribe-question = Wil je geen e-mails over { $category } meer ontvangen van { $product }?
page-unsubscribe-note = Je ziet deze meldingen nog steeds in { $product }.
page-unsubscribe-button = Afmelden
page-unsubscribed-title = Je bent afgemeld
page-unsubscribed-body = Je ontvangt geen e-mails over { $category } meer van { $product }.
page-invalid-title = Deze link werkt niet
page-invalid-body = De afmeldlink is onvolledig of gewijzigd. Gebruik de link in de meest recente e-mail die je hebt ontvangen.
