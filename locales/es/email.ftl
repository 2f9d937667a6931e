# Register and glossary: see notifications.ftl.

## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Acción requerida: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
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
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [one] Hay algo sobre tus publicaciones en { $product } que conviene revisar.
       *[other] Hay { $count } cosas sobre tus publicaciones en { $product } que conviene revisar.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] Te espera un aviso más en { $product }.
       *[other] Te esperan { $count } avisos más en { $product }.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Mensaje original
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Si el botón no funciona, copia este enlace y pégalo en tu navegador:
email-open-product = Abrir { $product }
email-footer-reason = Recibes este correo porque publicas con { $product }.
# $category: one of the category-… names below.
email-unsubscribe = Dejar de recibir correos sobre { $category }

## Notification categories, as they read inside a sentence ("emails about …").
## es: they follow «sobre»: «Dejar de recibir correos sobre …», «¿Quieres dejar de recibir
## correos de { $product } sobre …?», «Ya no recibirás correos de { $product } sobre …».
category-account = problemas con tus cuentas
category-billing = facturación
category-media = problemas con imágenes y videos
category-rate_limit = límites de publicación
category-content = el contenido de tus publicaciones
category-analytics = estadísticas
category-publish = resultados de publicación
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
