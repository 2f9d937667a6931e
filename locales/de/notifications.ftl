## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets:
##   $platform   the (first) network, by name
##   $platforms  all networks concerned, as a list ("Instagram and Threads")
##   $count      how many networks are concerned
## Kind-specific variables are listed above each group.
##
## de: $platform can be „Ihr soziales Netzwerk“ (platform-other), and $platforms can be one
## name or a list. So names stand only where nominative or accusative fits (subject, object,
## „für …“, „durch …“), and $platforms is never the subject of a verb (singular or plural?).

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = { $platform } neu verbinden
account-disconnected-preheader = { $platform } nimmt keine Beiträge mehr von Ihnen an. Verbinden Sie das Konto neu, damit Sie weiter posten können.
account-disconnected-body =
    { $by_system ->
        [yes] { $platform } wurde automatisch getrennt, weil die Autorisierung Ihres Kontos nicht mehr gültig war.
       *[no] { $platform } nimmt keine Beiträge mehr von Ihrem Konto an. Das passiert nach einer Passwortänderung oder wenn dort in den Einstellungen der Zugriff entzogen wurde.
    } Verbinden Sie { $platform } neu, damit Sie weiter posten können.
account-disconnected-action = { $platform } neu verbinden

## account-refresh-due. $deadline: Datum und Uhrzeit der Frist, in der Zeitzone der Person.
account-refresh-due-title = Verbinden Sie { $platform } bis { $deadline } neu
account-refresh-due-preheader = { $platform } möchte, dass Sie Ihr Konto erneut bestätigen, sonst werden Ihre Beiträge dort nicht mehr veröffentlicht.
account-refresh-due-body = { $platform } verlangt, dass die Verbindung zu Ihrem Konto regelmäßig erneuert wird. Verbinden Sie es bis { $deadline } neu; danach wird die Verbindung getrennt, und Ihre Beiträge auf { $platform } werden nicht mehr veröffentlicht.
account-refresh-due-action = Bis { $deadline } neu verbinden

x-credits-depleted-title = Ihre API-Credits für X sind aufgebraucht
x-credits-depleted-preheader = Ihre Beiträge auf X sind angehalten, bis Sie neue API-Credits kaufen.
x-credits-depleted-body = X hat Ihren Beitrag abgelehnt, weil Ihr X-Entwicklerkonto keine API-Credits mehr hat. Kaufen Sie Credits in der X Developer Console unter Billing → Credits – schon 5 US-Dollar reichen für Hunderte Beiträge.
x-credits-depleted-action = X-Credits kaufen

x-app-permissions-title = Ihrer X-App das Posten erlauben
x-app-permissions-preheader = Ihre X-App darf nur lesen. Ändern Sie die Berechtigungen, um wieder zu posten.
x-app-permissions-body = Ihr Access Token für X erlaubt nur Lesezugriff. Stellen Sie in der X Developer Console die Berechtigungen Ihrer App auf „Read and write and Direct message“ (Lesen, Schreiben und Direktnachrichten) um und generieren Sie danach unter Keys and tokens ein neues Access Token.
x-app-permissions-action = X Developer Console öffnen

x-credentials-missing-title = Hinterlegen Sie Ihre X-API-Schlüssel
x-credentials-missing-preheader = Hinterlegen Sie Ihren eigenen API-Schlüssel samt Secret für X, um weiter auf X zu posten.
x-credentials-missing-body = Für Beiträge auf X brauchen Sie jetzt eine eigene X-Entwickler-App: Hinterlegen Sie deren API-Schlüssel und Secret, dann werden Ihre Beiträge wieder veröffentlicht.
x-credentials-missing-action = X-API-Schlüssel hinterlegen

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Bild für { $platform } zuschneiden
media-aspect-ratio-preheader = { $platform } akzeptiert das Seitenverhältnis Ihres Bildes nicht. So passen Sie es an.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform } akzeptiert Seitenverhältnisse von { $min } bis { $max }, Ihr Bild hat { $ratio } ({ $width } × { $height } px). Schneiden Sie es auf { $crop_width } × { $crop_height } px ({ $target }) zu und veröffentlichen Sie den Beitrag erneut.
        [ratio] { $platform } akzeptiert das Seitenverhältnis Ihres Bildes nicht: { $ratio } ({ $width } × { $height } px). Schneiden Sie es auf ein passendes Seitenverhältnis zu und veröffentlichen Sie den Beitrag erneut.
       *[none] { $platform } akzeptiert das Seitenverhältnis Ihres Bildes oder Videos nicht. Schneiden Sie es auf ein passendes Seitenverhältnis zu und veröffentlichen Sie den Beitrag erneut.
    }
media-aspect-ratio-action = Beitrag bearbeiten

media-too-large-title = Ihre Mediendatei ist zu groß für { $platform }
media-too-large-preheader = { $platform } hat eine zu große Datei abgelehnt.
media-too-large-body = { $platform } hat die Mediendatei in Ihrem Beitrag abgelehnt, weil sie zu groß ist. Komprimieren oder kürzen Sie die Datei und veröffentlichen Sie den Beitrag erneut.
media-too-large-action = Beitrag bearbeiten

media-format-unsupported-title = { $platform } kann dieses Bildformat nicht verarbeiten
media-format-unsupported-preheader = { $platform } konnte Ihr Bild nicht verwenden. Speichern Sie es als JPEG.
media-format-unsupported-body = Ihr Bild ließ sich nicht in ein Format umwandeln, das { $platform } akzeptiert. Speichern Sie es als JPEG und veröffentlichen Sie den Beitrag erneut.
media-format-unsupported-action = Beitrag bearbeiten

media-unreachable-title = Ihre Mediendatei war für { $platforms } nicht abrufbar
media-unreachable-preheader = Ihre Mediendatei konnte für { $platforms } nicht heruntergeladen werden.
media-unreachable-body = Ihre Mediendatei war unter der angegebenen Webadresse für { $platforms } nicht abrufbar. Die Datei muss nicht nur im Browser erreichbar sein, sondern auch für die Crawler der Netzwerke (etwa facebookexternalhit). Prüfen Sie die robots.txt und die Firewall-Regeln des Servers, auf dem die Datei liegt, und veröffentlichen Sie den Beitrag dann erneut.
media-unreachable-action = Medien-Hosting prüfen

media-processing-timeout-title = { $platform } hat Ihre Medien nicht rechtzeitig verarbeitet
media-processing-timeout-preheader = { $platform } konnte Ihre Medien nicht rechtzeitig verarbeiten. Versuchen Sie es erneut.
media-processing-timeout-body = { $platform } hat die Medien in Ihrem Beitrag nicht rechtzeitig verarbeitet. Das kommt bei großen Videos vor oder wenn { $platform } stark ausgelastet ist. Veröffentlichen Sie den Beitrag erneut; klappt es weiterhin nicht, verwenden Sie eine kleinere Datei.
media-processing-timeout-action = Erneut veröffentlichen

## rate-limited. $until: when posting works again ("15:00"), or "none" when unknown;
## $wait: how long that is ("1 hour").
## de: $until is a time or a date with time (so no „Uhr“ after it); $wait reads „in 1 Stunde“.
rate-limited-title = { $platform } bittet Sie, langsamer zu posten
rate-limited-preheader = { $platform } begrenzt, wie oft Sie posten können.
rate-limited-body =
    { $until ->
        [none] { $platform } begrenzt, wie viele Beiträge Sie pro Tag veröffentlichen können. Warten Sie ein paar Stunden, bevor Sie wieder posten.
       *[other] { $platform } begrenzt, wie viele Beiträge Sie pro Tag veröffentlichen können. Ab { $until } ({ $wait }) können Sie wieder posten.
    }
rate-limited-action = Beitrag neu planen

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = Ihr Beitragstext konnte für { $platforms } nicht vorbereitet werden
caption-enhancement-failed-preheader = Ihr Beitragstext konnte nicht vorbereitet werden, deshalb wurde der Beitrag nicht wie geplant veröffentlicht.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Ihr Beitrag wurde auf { $succeeded } veröffentlicht, für { $platforms } jedoch nicht: Die Vorbereitung des Beitragstexts (zum Beispiel das Kürzen der Links) ist fehlgeschlagen. Veröffentlichen Sie ihn erneut, aber nur für { $platforms }, damit er auf { $succeeded } nicht doppelt erscheint.
       *[no] Es wurde nichts veröffentlicht, weil die Vorbereitung des Beitragstexts (zum Beispiel das Kürzen der Links) fehlgeschlagen ist. Versuchen Sie es erneut; klappt es weiterhin nicht, veröffentlichen Sie den Beitrag ohne Linkkürzung.
    }
caption-enhancement-failed-action = Erneut veröffentlichen

duplicate-post-title = Doppelter Beitrag für { $platforms } abgelehnt
duplicate-post-preheader = Für { $platforms } können Sie denselben Text nicht zweimal hintereinander veröffentlichen.
duplicate-post-body = Für { $platforms } lässt sich derselbe Text nicht zweimal innerhalb kurzer Zeit veröffentlichen. Formulieren Sie den Text etwas um und veröffentlichen Sie den Beitrag dann erneut.
duplicate-post-action = Beitrag bearbeiten

analytics-throttled-title = Statistiken für { $platform } vorübergehend pausiert
analytics-throttled-preheader = Ihre Statistiken für { $platform } werden in Kürze wieder aktualisiert.
analytics-throttled-body = { $platform } begrenzt, wie oft die Statistiken eines Kontos abgerufen werden können. Ihr Konto ist weiterhin verbunden und Ihre Beiträge werden normal veröffentlicht; die Statistiken werden innerhalb der nächsten Stunde wieder aktualisiert. Sie müssen nichts tun.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Ihr Beitrag für { $platform } wurde nicht veröffentlicht
post-failed-preheader = Ihr Beitrag für { $platform } wurde nicht veröffentlicht.
post-failed-body =
    { $retry ->
        [yes] { $platform } konnte Ihren Beitrag diesmal nicht veröffentlichen. Sie können ihn unverändert erneut veröffentlichen.
       *[no] { $platform } konnte Ihren Beitrag nicht veröffentlichen. Lesen Sie die Meldung unten, passen Sie den Beitrag an und versuchen Sie es erneut.
    }
post-failed-action =
    { $retry ->
        [yes] Erneut veröffentlichen
       *[no] Beitrag ansehen
    }

post-published-title = Beitrag für { $platforms } veröffentlicht
post-published-preheader = Ihr Beitrag für { $platforms } ist jetzt online.
post-published-body = Ihr Beitrag für { $platforms } ist jetzt online.
post-published-action = Beitrag ansehen

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Beitrag: „{ $post }“
# The network's own error message, shown under the notification when it is not in the reader's
# language. $message is verbatim.
notification-upstream = Ursprüngliche Meldung: { $message }
# Added to the body once the same problem happened again. $count ≥ 2.
notification-repeated =
    { PLURAL($count) ->
        [one] Das ist einmal passiert.
       *[other] Das ist bereits { $count }-mal passiert.
    }
notification-omitted =
    { PLURAL($count) ->
        [one] Für diesen Beitrag wurde außerdem ein weiteres Problem gemeldet, das hier nicht einzeln aufgeführt ist.
       *[other] Für diesen Beitrag wurden außerdem { $count } weitere Probleme gemeldet, die hier nicht einzeln aufgeführt sind.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
