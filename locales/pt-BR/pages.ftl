# Register and glossary: see notifications.ftl.

## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.
## pt-BR: $product goes without an article, as a subject (see email.ftl).

page-unsubscribe-title = Cancelar inscrição
page-unsubscribe-question = Quer que { $product } pare de enviar e-mails sobre { $category } para você?
page-unsubscribe-note = Você vai continuar vendo essas notificações na sua conta { $product }.
page-unsubscribe-button = Cancelar inscrição
page-unsubscribed-title = Inscrição cancelada
page-unsubscribed-body = { $product } não vai mais enviar e-mails sobre { $category } para você.
page-invalid-title = Este link não funciona
page-invalid-body = O link para cancelar a inscrição está incompleto ou foi alterado. Use o link do e-mail mais recente que você recebeu.
