## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = Annulla l’iscrizione
page-unsubscribe-question = Vuoi smettere di ricevere email su { $category } da { $product }?
page-unsubscribe-note = Continuerai a vedere queste notifiche in { $product }.
page-unsubscribe-button = Annulla l’iscrizione
page-unsubscribed-title = Iscrizione annullata
page-unsubscribed-body = Non riceverai più email su { $category } da { $product }.
page-invalid-title = Questo link non funziona
page-invalid-body = Il link per annullare l’iscrizione è incompleto o è stato modificato. Usa il link dell’ultima email che hai ricevuto.
