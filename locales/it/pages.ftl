# Register and glossary: see notifications.ftl.

## The pages behind unsubscribe links. $product: the product name; $category: a category-… name
## (or several, as a list), which already starts with "su" + article ("sulle statistiche").

page-unsubscribe-title = Annulla l’iscrizione
page-unsubscribe-question = Vuoi smettere di ricevere le email di { $product } { $category }?
page-unsubscribe-note = Continuerai a vedere queste notifiche su { $product }.
page-unsubscribe-button = Annulla l’iscrizione
page-unsubscribed-title = Iscrizione annullata
page-unsubscribed-body = Non riceverai più le email di { $product } { $category }.
page-invalid-title = Questo link non funziona
page-invalid-body = Il link per annullare l’iscrizione è incompleto o è stato modificato. Usa il link dell’ultima email che hai ricevuto.
