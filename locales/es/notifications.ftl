## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "tu red social" when none is known
##   $platforms  all networks concerned, as a list ("Instagram y Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "tu red social"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares; in es `_start`
##               (a sentence begins with it), `_the` (inside a sentence) and `_de` (with "de")
## Kind-specific variables are listed above each group.

## ---------------------------------------------------------------------------------------
## es — notas para quien traduzca después
##
## Variante: español latinoamericano neutro (es-419). herald es un producto SaaS para
##   community managers y pequeños negocios de las Américas; el neutro latinoamericano es lo
##   que esperan (como Google, Meta o Canva en es-419). Se mantiene en todo: «video» sin tilde,
##   «agregar» (no «añadir»), «app», «por día», «ahí», pretérito simple («Esto ya ocurrió»,
##   «Se agotaron») en lugar del perfecto peninsular («ha ocurrido»), «US$5» para los dólares
##   (el símbolo $ solo es ambiguo en la región). Nada de vosotros, voseo ni «ordenador».
## Registro: tú, cercano y directo (imperativo: «Vuelve a conectar…», «Edita…»). Nunca usted.
## Botones: infinitivo, sin artículo ante «publicación» («Editar publicación», «Ver
##   publicación»); con artículo solo el que exige un nombre («Volver a conectar el Perfil de
##   Negocio de Google»).
## Comillas: “ ” (las habituales en interfaces latinoamericanas); ‘ ’ dentro de ellas.
##   Puntos suspensivos con el carácter «…».
## Redes: véase platforms.ftl. «Perfil de Negocio de Google» lleva artículo («el», «del»); por
##   eso la red nunca va pegada a «de» o al inicio de frase sin su forma (`_de`, `_start`),
##   y una lista de redes nunca abre una frase (iría «X y El Perfil…»): o va tras preposición
##   o la frase elige la redacción con PLURAL($count). Sin red conocida ($known = no) se dice
##   «tu red social» y se evita repetirla («Vuelve a conectarla»).
## Quién hace qué: la red es quien rechaza, limita o deja de aceptar («Facebook dejó de aceptar
##   publicaciones de tu cuenta»), no la cuenta del usuario.
##
## Glosario
##   reconnect ................. volver a conectar (botón «Volver a conectar X»; estado de la
##                               bandeja: «Reconectando…»)
##   post (sustantivo) ......... publicación (nunca «post»)
##   post / publish (verbo) .... publicar; «go out» = salir / publicarse
##   credits ................... créditos (de la API de X)
##   aspect ratio .............. relación de aspecto; «proportions» = proporciones
##   crop ...................... recortar
##   media ..................... archivo (el de la publicación); en la categoría de correo,
##                               «imágenes y videos»
##   caption ................... texto (de la publicación)
##   statistics / analytics .... estadísticas
##   rate limit ................ límite de publicaciones («bajar el ritmo»; es temporal: nunca
##                               «no te deja publicar más»)
##   notification .............. notificación; «update» en los correos = aviso
##   inbox ..................... bandeja de entrada
##   archive ................... archivar (pestaña «Archivadas»)
##   unsubscribe ............... cancelar la suscripción / dejar de recibir correos
##   X Developer Console, Billing → Credits, Keys and tokens, “Read and write and Direct
##   message” ................. se dejan en inglés: es lo que el usuario ve en la consola de X.
## ---------------------------------------------------------------------------------------

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Vuelve a conectar { $platform_the }
account-disconnected-preheader = { $platform_start } dejó de aceptar tus publicaciones. Vuelve a conectar tu cuenta para seguir publicando.
account-disconnected-body =
    { $by_system ->
        [yes] Se eliminó la conexión con { $platform_the } porque su autorización dejó de funcionar.
       *[no] { $platform_start } dejó de aceptar publicaciones de tu cuenta. Esto ocurre después de un cambio de contraseña o cuando se quita el acceso desde { $known ->
            [yes] la configuración { $platform_de }
           *[no] su configuración
        }.
    } { $known ->
        [yes] Vuelve a conectar { $platform_the } para seguir publicando.
       *[no] Vuelve a conectarla para seguir publicando.
    }
account-disconnected-action = Volver a conectar { $platform_the }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock (always a full date: "4 ene 2027, 09:30", hence «antes del»).
account-refresh-due-title = Vuelve a conectar { $platform_the } antes del { $deadline }
account-refresh-due-preheader = { $platform_start } te pide que vuelvas a confirmar tu cuenta; si no lo haces, tus publicaciones dejarán de salir ahí.
account-refresh-due-body = { $platform_start } te pide que renueves cada cierto tiempo la conexión con tu cuenta. Vuelve a conectarla antes del { $deadline }; después de esa fecha, tu cuenta se desconectará y tus publicaciones en { $platform_the } dejarán de salir.
account-refresh-due-action = Volver a conectar antes del { $deadline }

x-credits-depleted-title = Se agotaron tus créditos de la API de X
x-credits-depleted-preheader = Tus publicaciones en X están en pausa hasta que agregues créditos de la API.
x-credits-depleted-body = X rechazó tu publicación porque a tu cuenta de desarrollador de X no le quedan créditos de la API. Compra créditos en la X Developer Console, en Billing → Credits; con solo US$5 alcanza para cientos de publicaciones.
x-credits-depleted-action = Comprar créditos de X

x-app-permissions-title = Permite que tu app de X publique
x-app-permissions-preheader = Tu app de X solo tiene permiso de lectura. Cambia sus permisos para volver a publicar.
x-app-permissions-body = Tu token de acceso de X solo tiene permiso de lectura. En la X Developer Console, cambia los permisos de tu app a “Read and write and Direct message” (lectura, escritura y mensajes directos) y luego vuelve a generar el token de acceso en Keys and tokens.
x-app-permissions-action = Abrir X Developer Console

x-credentials-missing-title = Agrega tus claves de la API de X
x-credentials-missing-preheader = Agrega la clave y el secreto de API de tu propia app de X para seguir publicando en X.
x-credentials-missing-body = Ahora, para publicar en X necesitas tu propia app de desarrollador de X: agrega su clave y su secreto de API, y tus publicaciones volverán a salir.
x-credentials-missing-action = Agregar claves de la API de X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Ajusta tu imagen para { $platform_the }
media-aspect-ratio-preheader = { $platform_start } rechazó las proporciones de tu imagen. Te explicamos cómo corregirlas.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } acepta imágenes con proporciones de entre { $min } y { $max }, y la tuya es de { $ratio } ({ $width } × { $height } px). Recórtala a { $crop_width } × { $crop_height } px ({ $target }) y vuelve a publicar.
        [ratio] { $platform_start } no acepta la relación de aspecto de tu imagen, que es de { $ratio } ({ $width } × { $height } px). Recórtala a una relación de aspecto compatible y vuelve a publicar.
       *[none] { $platform_start } no acepta la relación de aspecto de tu imagen o video. Recorta el archivo a una relación de aspecto compatible y vuelve a publicar.
    }
media-aspect-ratio-action = Editar publicación

media-too-large-title = Tu archivo es demasiado grande para { $platform_the }
media-too-large-preheader = { $platform_start } rechazó un archivo demasiado grande.
media-too-large-body = { $platform_start } rechazó el archivo de tu publicación porque es demasiado grande. Comprímelo o acórtalo y vuelve a publicar.
media-too-large-action = Editar publicación

media-format-unsupported-title = { $platform_start } no admite este formato de imagen
media-format-unsupported-preheader = { $platform_start } no pudo usar tu imagen. Guárdala como JPEG.
media-format-unsupported-body = No se pudo convertir tu imagen a un formato que acepte { $platform_the }. Guárdala como JPEG y vuelve a publicar.
media-format-unsupported-action = Editar publicación

# es: a list of networks never opens a sentence (see platforms.ftl), so with several the
# sentence is turned around.
media-unreachable-title =
    { PLURAL($count) ->
        [one] { $platform_start } no pudo descargar tu archivo
       *[other] No se pudo descargar tu archivo para publicarlo en { $platforms_the }
    }
media-unreachable-preheader =
    { PLURAL($count) ->
        [one] { $platform_start } no pudo descargar el archivo de tu publicación.
       *[other] Estas redes no pudieron descargar el archivo de tu publicación: { $platforms_the }.
    }
media-unreachable-body =
    { PLURAL($count) ->
        [one] { $platform_start } no pudo obtener tu archivo desde su dirección web.
       *[other] Estas redes no pudieron obtener tu archivo desde su dirección web: { $platforms_the }.
    } El archivo tiene que estar accesible para los rastreadores de las redes (como facebookexternalhit), no solo desde un navegador: revisa el robots.txt y las reglas del firewall del servidor donde está alojado, y vuelve a publicar.
media-unreachable-action = Revisar el alojamiento del archivo

media-processing-timeout-title = { $platform_start } tardó demasiado en procesar tu archivo
media-processing-timeout-preheader = { $platform_start } no terminó de procesar tu archivo a tiempo. Vuelve a intentarlo.
media-processing-timeout-body = { $platform_start } no terminó de procesar a tiempo el archivo de tu publicación, algo que pasa con videos grandes o cuando hay mucho tráfico en { $known ->
        [yes] { $platform_the }
       *[no] la plataforma
    }. Vuelve a intentar la publicación y, si sigue fallando, usa un archivo más pequeño.
media-processing-timeout-action = Reintentar publicación

## rate-limited. $until: when posting works again, a time ("21:46") or, on another day, a date
## and time ("9 dic 2026, 04:24"); "none" when unknown. $wait: how far away that is
## ("dentro de 1 hora"). es: $until can carry a date, so it goes in parentheses after $wait.
rate-limited-title = { $platform_start } te pide que bajes el ritmo
rate-limited-preheader = { $platform_start } está limitando la frecuencia de tus publicaciones.
rate-limited-body =
    { $until ->
        [none] { $platform_start } limita la cantidad de publicaciones que puedes hacer por día. Espera unas horas antes de volver a publicar.
       *[other] { $platform_start } limita la cantidad de publicaciones que puedes hacer por día. Podrás volver a publicar { $wait } ({ $until }).
    }
rate-limited-action = Reprogramar publicación

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list (es: `$succeeded_the`, so that "el Perfil de Negocio
## de Google" keeps its article).
caption-enhancement-failed-title = No se pudo preparar el texto de tu publicación para { $platforms_the }
caption-enhancement-failed-preheader = No se pudo preparar el texto de tu publicación, así que no salió como estaba previsto.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Tu publicación salió en { $succeeded_the }, pero no en { $platforms_the }, porque no se pudo preparar el texto (por ejemplo, acortar sus enlaces). Vuelve a intentarlo solo en { $platforms_the } para que no se publique dos veces en { $succeeded_the }.
       *[no] No se publicó nada porque no se pudo preparar el texto (por ejemplo, acortar sus enlaces). Vuelve a intentarlo y, si sigue fallando, publícalo sin acortar los enlaces.
    }
caption-enhancement-failed-action = Reintentar publicación

duplicate-post-title = Publicación duplicada rechazada por { $platforms_the }
duplicate-post-preheader = En { $platforms_the } no se puede publicar el mismo texto dos veces seguidas.
duplicate-post-body = En { $platforms_the } no se puede publicar el mismo texto dos veces en poco tiempo. Cambia el texto y vuelve a publicar.
duplicate-post-action = Editar publicación

analytics-throttled-title = Las estadísticas { $platform_de } están en pausa por ahora
analytics-throttled-preheader = Las estadísticas { $platform_de } volverán a actualizarse pronto.
analytics-throttled-body = { $platform_start } limita la frecuencia con la que se pueden consultar las estadísticas de una cuenta. Tu cuenta sigue conectada y puedes publicar con normalidad; las estadísticas se volverán a actualizar en menos de una hora. No tienes que hacer nada.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = No se pudo publicar en { $platform_the }
post-failed-preheader = Tu publicación no salió en { $platform_the }.
post-failed-body =
    { $retry ->
        [yes] Esta vez no se pudo publicar en { $platform_the }. Puedes volver a intentarlo sin hacer cambios.
       *[no] No se pudo publicar en { $platform_the }. Revisa el mensaje original de abajo (si lo hay), modifica la publicación y vuelve a intentarlo.
    }
post-failed-action =
    { $retry ->
        [yes] Reintentar publicación
       *[no] Ver publicación
    }

post-published-title = Publicado en { $platforms_the }
post-published-preheader = Tu publicación ya se puede ver en { $platforms_the }.
post-published-body = Tu publicación ya se puede ver en { $platforms_the }.
post-published-action = Ver publicación

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Publicación: “{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Mensaje original: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
notification-repeated =
    { PLURAL($count) ->
        [one] Esto ocurrió una vez.
       *[other] Esto ya ocurrió { $count } veces.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] El resultado de esta publicación también indicó otro problema, que no se muestra por separado.
       *[other] El resultado de esta publicación también indicó otros { $count } problemas, que no se muestran por separado.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
