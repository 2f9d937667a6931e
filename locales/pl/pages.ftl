# Register and glossary: see notifications.ftl.
## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.
## pl: $category jest w miejscowniku i stoi po „o” (zob. email.ftl); $product po „od” i „w”.

page-unsubscribe-title = Wypisz się z e-maili
page-unsubscribe-question = Nie chcesz już otrzymywać od { $product } e-maili o { $category }?
page-unsubscribe-note = Te powiadomienia nadal będą widoczne w { $product }.
page-unsubscribe-button = Wypisz się
page-unsubscribed-title = Wypisano Cię
page-unsubscribed-body = Nie będziesz już otrzymywać od { $product } e-maili o { $category }.
page-invalid-title = Ten link nie działa
page-invalid-body = Link do wypisania się jest niepełny albo został zmieniony. Użyj linku z najnowszego otrzymanego e-maila.
