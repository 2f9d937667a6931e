## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info;
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Acción necesaria: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
email-subject-digest =
    { PLURAL($count) ->
        [one] Un aviso sobre tus publicaciones
       *[other] { $count } avisos sobre tus publicaciones
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] Hola:
       *[other] Hola, { $name }:
    }
email-intro =
    { PLURAL($count) ->
        [one] Hay algo en tus publicaciones de { $product } que conviene revisar.
       *[other] Hay { $count } cosas en tus publicaciones de { $product } que conviene revisar.
    }
email-more =
    { PLURAL($count) ->
        [one] Tienes una notificación más en { $product }.
       *[other] Tienes { $count } notificaciones más en { $product }.
    }
# Heading above the network's own message in an email.
email-details-heading = Mensaje original
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Si el botón no funciona, copia este enlace y pégalo en tu navegador:
email-open-product = Abrir { $product }
email-footer-reason = Recibes este correo porque publicas con { $product }.
# $category: one of the category-… names below.
email-unsubscribe = Dejar de recibir correos sobre { $category }

## Notification categories, as they read inside a sentence ("emails about …").
## (es: «correos sobre …», «¿Quieres dejar de recibir correos de { $product } sobre …?»)
category-account = problemas con tus cuentas
category-billing = facturación
category-media = problemas con imágenes y videos
category-rate_limit = límites de publicación
category-content = el contenido de tus publicaciones
category-analytics = estadísticas
category-publish = el resultado de tus publicaciones
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
