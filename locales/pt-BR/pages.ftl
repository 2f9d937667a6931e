## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = Cancelar inscrição
page-unsubscribe-question = Quer que { $product } pare de enviar e-mails sobre { $category }?
page-unsubscribe-note = { $product } vai continuar mostrando essas notificações para você.
page-unsubscribe-button = Cancelar inscrição
page-unsubscribed-title = Inscrição cancelada
page-unsubscribed-body = { $product } não vai mais enviar e-mails sobre { $category } para você.
page-invalid-title = Este link não funciona
page-invalid-body = O link para cancelar a inscrição está incompleto ou foi alterado. Use o link do e-mail mais recente que você recebeu.
