### Spanish conventions: neutral Spanish, the reader is addressed as «tú», quotes are « »,
### "post" is «publicación», "media" is «archivo», "video" without accent (neutral form).
### Placeables are kept away from the start of a sentence where possible, because
### platform-other («tu red social») is lowercase and lists of networks take a plural verb.

## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets:
##   $platform   the (first) network, by name
##   $platforms  all networks concerned, as a list ("Instagram and Threads")
##   $count      how many networks are concerned
## Kind-specific variables are listed above each group.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Vuelve a conectar { $platform }
account-disconnected-preheader = Tus publicaciones ya no llegan a { $platform }. Vuelve a conectar tu cuenta para seguir publicando.
account-disconnected-body =
    { $by_system ->
        [yes] Tu cuenta de { $platform } se desconectó porque su autorización dejó de funcionar.
       *[no] Tu cuenta de { $platform } dejó de aceptar publicaciones. Suele pasar después de cambiar la contraseña o cuando se retira el acceso desde la configuración de { $platform }.
    } Vuelve a conectar tu cuenta para seguir publicando.
account-disconnected-action = Volver a conectar { $platform }

## account-refresh-due. $deadline: la fecha y hora límite, en la zona horaria del usuario.
account-refresh-due-title = Vuelve a conectar { $platform } antes del { $deadline }
account-refresh-due-preheader = { $platform } te pide que confirmes de nuevo tu cuenta; si no, tus publicaciones allí se detendrán.
account-refresh-due-body = { $platform } exige renovar cada cierto tiempo la conexión con tu cuenta. Vuelve a conectarla antes del { $deadline }; después se desconectará y tus publicaciones en { $platform } dejarán de salir.
account-refresh-due-action = Volver a conectar antes del { $deadline }

x-credits-depleted-title = Se agotaron tus créditos de la API de X
x-credits-depleted-preheader = Tus publicaciones en X están en pausa hasta que compres créditos de la API.
x-credits-depleted-body = X rechazó tu publicación porque a tu cuenta de desarrollador de X no le quedan créditos de la API. Cómpralos en la X Developer Console, en Billing → Credits; con solo 5 dólares tienes para cientos de publicaciones.
x-credits-depleted-action = Comprar créditos de X

x-app-permissions-title = Permite publicar a tu aplicación de X
x-app-permissions-preheader = Tu aplicación de X solo tiene permiso de lectura. Cambia sus permisos para volver a publicar.
x-app-permissions-body = Tu token de acceso de X solo tiene permiso de lectura. En la X Developer Console, cambia los permisos de tu aplicación a «Read and write and Direct message» (lectura, escritura y mensajes directos) y después vuelve a generar el token de acceso en la sección Keys and tokens.
x-app-permissions-action = Abrir la X Developer Console

x-credentials-missing-title = Añade tus claves de la API de X
x-credentials-missing-preheader = Para seguir publicando en X, añade la clave y el secreto de API de tu propia aplicación de X.
x-credentials-missing-body = Ahora, para publicar en X necesitas tu propia aplicación de desarrollador de X. Añade su clave y su secreto de API, y tus publicaciones volverán a salir.
x-credentials-missing-action = Añadir claves de la API de X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Ajusta tu imagen para { $platform }
media-aspect-ratio-preheader = La proporción de tu imagen no es válida en { $platform }. Te contamos cómo ajustarla.
media-aspect-ratio-body =
    { $advice ->
        [crop] En { $platform } se aceptan imágenes con una proporción de entre { $min } y { $max }, y la tuya es de { $ratio } ({ $width } × { $height } px). Recórtala a { $crop_width } × { $crop_height } px ({ $target }) y vuelve a publicar.
        [ratio] La proporción de tu imagen, { $ratio } ({ $width } × { $height } px), no es válida en { $platform }. Recórtala a una proporción compatible y vuelve a publicar.
       *[none] La proporción de tu imagen o video no es válida en { $platform }. Recorta el archivo a una proporción compatible y vuelve a publicar.
    }
media-aspect-ratio-action = Editar la publicación

media-too-large-title = Tu archivo es demasiado grande para { $platform }
media-too-large-preheader = Un archivo de tu publicación supera el tamaño que admite { $platform }.
media-too-large-body = No se pudo publicar en { $platform } porque el archivo de tu publicación es demasiado grande. Comprímelo o acórtalo y vuelve a publicar.
media-too-large-action = Editar la publicación

media-format-unsupported-title = Formato de imagen no compatible con { $platform }
media-format-unsupported-preheader = No se pudo usar tu imagen en { $platform }. Guárdala en formato JPEG.
media-format-unsupported-body = No se pudo convertir tu imagen a un formato que acepte { $platform }. Guárdala en formato JPEG y vuelve a publicar.
media-format-unsupported-action = Editar la publicación

media-unreachable-title = Tu archivo no es accesible para { $platforms }
media-unreachable-preheader = No se pudo descargar tu archivo para publicarlo en { $platforms }.
media-unreachable-body = No se pudo descargar tu archivo desde su dirección web para publicarlo en { $platforms }. Los rastreadores de las redes sociales (como facebookexternalhit) tienen que poder acceder a él, no solo un navegador: revisa el robots.txt y las reglas del firewall del servidor donde está alojado y vuelve a publicar.
media-unreachable-action = Revisar el alojamiento del archivo

media-processing-timeout-title = Tu archivo tardó demasiado en procesarse en { $platform }
media-processing-timeout-preheader = Se agotó el tiempo para procesar tu archivo en { $platform }. Vuelve a intentarlo.
media-processing-timeout-body = Se agotó el tiempo mientras { $platform } procesaba el archivo de tu publicación. Suele pasar con videos grandes o cuando hay mucha actividad en { $platform }. Vuelve a intentarlo y, si sigue fallando, usa un archivo más pequeño.
media-processing-timeout-action = Reintentar la publicación

## rate-limited. $until: when posting works again ("15:00"), or "none" when unknown;
## $wait: how long that is ("1 hour").
## (es: $until may also carry a date, so it stays in parentheses after $wait, e.g.
## «dentro de 1 hora (16:00)».)
rate-limited-title = Límite de publicaciones en { $platform }
rate-limited-preheader = Por ahora, { $platform } no te deja publicar más.
rate-limited-body =
    { $until ->
        [none] En { $platform } hay un límite de publicaciones al día. Espera unas horas antes de volver a publicar.
       *[other] En { $platform } hay un límite de publicaciones al día. Podrás volver a publicar { $wait } ({ $until }).
    }
rate-limited-action = Reprogramar la publicación

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = No se pudo preparar el texto para { $platforms }
caption-enhancement-failed-preheader = No se pudo preparar el texto de tu publicación, así que no se publicó como estaba previsto.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Tu publicación ya está en { $succeeded }, pero no en { $platforms }, porque falló la preparación del texto (por ejemplo, al acortar los enlaces). Vuelve a intentarlo solo en { $platforms } para que no se publique dos veces en { $succeeded }.
       *[no] No se publicó nada porque falló la preparación del texto (por ejemplo, al acortar los enlaces). Vuelve a intentarlo y, si sigue fallando, publica sin acortar los enlaces.
    }
caption-enhancement-failed-action = Reintentar la publicación

duplicate-post-title = Publicación duplicada rechazada en { $platforms }
duplicate-post-preheader = En { $platforms } no se puede publicar el mismo texto dos veces seguidas.
duplicate-post-body = En { $platforms } no se puede publicar el mismo texto dos veces en poco tiempo. Cambia la redacción y vuelve a publicar.
duplicate-post-action = Editar la publicación

analytics-throttled-title = Las estadísticas de { $platform } están en pausa por ahora
analytics-throttled-preheader = Tus estadísticas de { $platform } volverán a actualizarse en breve.
analytics-throttled-body = En { $platform }, las estadísticas de una cuenta solo se pueden consultar con una frecuencia limitada. Tu cuenta sigue conectada y puedes publicar con normalidad; las estadísticas se actualizarán en menos de una hora. No tienes que hacer nada.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = No se pudo publicar en { $platform }
post-failed-preheader = Tu publicación no salió en { $platform }.
post-failed-body =
    { $retry ->
        [yes] Esta vez no se pudo publicar en { $platform }. Puedes volver a intentarlo tal como está.
       *[no] No se pudo publicar en { $platform }. Revisa el mensaje de abajo, modifica la publicación y vuelve a intentarlo.
    }
post-failed-action =
    { $retry ->
        [yes] Reintentar la publicación
       *[no] Ver la publicación
    }

post-published-title = Publicado en { $platforms }
post-published-preheader = Tu publicación ya está en { $platforms }.
post-published-body = Tu publicación ya se puede ver en { $platforms }.
post-published-action = Ver la publicación

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Publicación: «{ $post }»
# The network's own error message, shown under the notification when it is not in the reader's
# language. $message is verbatim.
notification-upstream = Mensaje original: { $message }
# Added to the body once the same problem happened again. $count ≥ 2.
notification-repeated =
    { PLURAL($count) ->
        [one] Esto ha pasado una vez.
       *[other] Esto ya ha pasado { $count } veces.
    }
notification-omitted =
    { PLURAL($count) ->
        [one] Para esta publicación se notificó además otro problema, que no se muestra por separado.
       *[other] Para esta publicación se notificaron además { $count } problemas más, que no se muestran por separado.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
