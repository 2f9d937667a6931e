# Register and glossary: see notifications.ftl.

## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = Cancelar suscripción
page-unsubscribe-question = ¿Quieres dejar de recibir correos de { $product } sobre { $category }?
page-unsubscribe-note = Seguirás viendo estas notificaciones en { $product }.
page-unsubscribe-button = Cancelar suscripción
page-unsubscribed-title = Se canceló tu suscripción
page-unsubscribed-body = Ya no recibirás correos de { $product } sobre { $category }.
page-invalid-title = Este enlace no funciona
page-invalid-body = El enlace para cancelar la suscripción está incompleto o se modificó. Usa el enlace del correo más reciente que recibiste.
