## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; „Ihr soziales Netzwerk“ when none is known
##   $platforms  all networks concerned, as a list („Instagram und Threads“)
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for „Ihr soziales Netzwerk“
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares; in de: `_start` (a
##               sentence begins with it), `_the` (nominative or accusative inside a
##               sentence; both only differ for „das Google Unternehmensprofil“), `_on`
##               („auf Facebook“), `_to` („zu Facebook“), `_of` („von Facebook“) and `_noun`
##               ("yes" when the first network is gmb, which needs an article; see below)
## Kind-specific variables are listed above each group.

## ——— de: notes for the next translator ———
##
## Register: Sie (with „Ihr/Ihnen“ capitalised), held in every file. herald is white-label: it
## speaks inside another company’s dashboard and emails, whose register we cannot know, and
## its readers include small businesses (practices, trades, agencies) reading about billing,
## API keys and lost connections. Sie is correct in any host product; du in a Sie product
## reads as a slip, the reverse only as formal. (A du version would have to rewrite every
## imperative and possessive, and platform-other’s `.start` would then differ from `.the`:
## „Dein soziales Netzwerk“ / „dein soziales Netzwerk“.)
## Variant: standard German as written in Germany (de-DE); it also reads fine in Austria.
## For de-CH replace ß with ss. Dates and times come formatted from herald („04.01.2027,
## 09:30“); the texts add „Uhr“ after them.
##
## Style:
##   - Buttons and titles that ask for an action: infinitive, object first, no period
##     („Facebook neu verbinden“, „Beitrag bearbeiten“). Imperatives with „Sie“ only in
##     preheaders and bodies. Status titles: a plain statement without a period.
##   - Say who did what: the network as the subject when it refused something („Instagram
##     hat … abgelehnt“); the passive where English leaves the actor open („Ihr Beitrag
##     konnte … nicht veröffentlicht werden“).
##   - A sentence never starts with $platform itself: use $platform_start there, $platform_the
##     inside a sentence; the bare $platform only in headlines and buttons („… neu verbinden“).
##   - $platforms may be one name or several: where the networks are the subject, select on
##     PLURAL($count): [one] { $platform_start } hat …, *[other] … haben …, and in [other]
##     on $platform_noun: [yes] { $platforms_start } (gmb comes first: „Das Google
##     Unternehmensprofil und X“), *[other] { $platforms_the } („X und das Google
##     Unternehmensprofil“). A `_start` list would capitalise every article in it, the bare
##     list would drop gmb’s article.
##   - No doubled „Ihr“ in one phrase: where „Ihr soziales Netzwerk“ would land next to
##     „Ihr Beitrag“ and adds nothing, select on $known and leave the network out.
##   - Typography: „…“ quotes; non-breaking spaces in „1440 × 2158 px“, „5 US-Dollar“,
##     „09:30 Uhr“, before „→“ and before a trailing „…“; „3-mal“.
##
## Glossary (en → de):
##   reconnect              neu verbinden (the connection: „die Verbindung … wurde getrennt“)
##   post (noun)            der Beitrag (never „Post“)
##   post (verb)            posten, only without an object, for the activity („weiter posten“,
##                          „wie oft Sie posten“); with an object: veröffentlichen
##   publish, go out        veröffentlichen, veröffentlicht werden; live: „ist jetzt … zu sehen“
##   retry                  erneut veröffentlichen / es erneut versuchen
##   credits                Credits, API-Credits (X’s term; X’s console is English only, so
##                          „Billing → Credits“ and „Keys and tokens“ stay English)
##   aspect ratio           das Seitenverhältnis
##   crop                   zuschneiden
##   media                  die Medien; one file: die Mediendatei
##   caption                der Beitragstext
##   statistics, analytics  die Statistiken
##   rate limit             das Limit („Posting-Limits“); limit (verb): begrenzen
##   notification           die Benachrichtigung
##   inbox                  der Posteingang
##   archive                archivieren; archived: archiviert
##   unsubscribe            (E-Mails) abbestellen
##   Move back to inbox     Zurück in den Posteingang
##   Reconnecting… (inbox)  Verbindung wird wiederhergestellt (the live connection, not an
##                          account: never „neu verbinden“ there)
##   Action needed          Handlungsbedarf (email subject and severity mark alike)
##   API key, secret        der API-Schlüssel, das Secret; access token: das Access Token

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = { $platform } neu verbinden
account-disconnected-preheader =
    { $platform_start } nimmt keine Beiträge mehr von Ihnen an. Verbinden Sie { $known ->
        [yes] { $platform_the }
       *[no] es
    } neu, um weiter zu posten.
account-disconnected-body =
    { $by_system ->
        [yes] Die Verbindung { $platform_to } wurde automatisch getrennt, weil die Autorisierung nicht mehr gültig war.
       *[no] { $platform_start } nimmt keine Beiträge mehr von Ihrem Konto an. Das passiert nach einer Passwortänderung oder wenn der Zugriff in den Einstellungen { $platform_of } entzogen wird.
    } Verbinden Sie { $known ->
        [yes] { $platform_the }
       *[no] das Konto
    } neu, um weiter zu posten.
account-disconnected-action = { $platform } neu verbinden

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock („04.01.2027, 09:30“, so „Uhr“ follows it).
account-refresh-due-title = { $platform } bis zum { $deadline } Uhr neu verbinden
account-refresh-due-preheader = { $platform_start } bittet Sie, Ihr Konto erneut zu bestätigen. Sonst werden Ihre Beiträge dort nicht mehr veröffentlicht.
account-refresh-due-body =
    { $platform_start } verlangt, dass Sie die Verbindung zu Ihrem Konto von Zeit zu Zeit erneuern. Verbinden Sie es bis zum { $deadline } Uhr neu; danach wird die Verbindung getrennt, und Ihre Beiträge werden { $known ->
        [yes] nicht mehr { $platform_on }
       *[no] dort nicht mehr
    } veröffentlicht.
account-refresh-due-action = Bis zum { $deadline } Uhr neu verbinden

x-credits-depleted-title = Ihre API-Credits für X sind aufgebraucht
x-credits-depleted-preheader = Bis Sie API-Credits aufladen, werden Ihre Beiträge nicht auf X veröffentlicht.
x-credits-depleted-body = X hat Ihren Beitrag abgelehnt, weil Ihr X-Entwicklerkonto keine API-Credits mehr hat. Kaufen Sie Credits in der X Developer Console unter Billing → Credits. Schon 5 US-Dollar reichen für Hunderte Beiträge.
x-credits-depleted-action = X-Credits kaufen

x-app-permissions-title = Ihre X-App zum Posten berechtigen
x-app-permissions-preheader = Ihre X-App darf nur lesen. Ändern Sie die Berechtigungen, um wieder zu posten.
x-app-permissions-body = Ihr Access Token für X erlaubt nur Lesezugriff. Stellen Sie in der X Developer Console die Berechtigungen Ihrer App auf „Read and write and Direct message“ um und generieren Sie danach unter „Keys and tokens“ das Access Token neu.
x-app-permissions-action = X Developer Console öffnen

x-credentials-missing-title = Ihre X-API-Schlüssel hinterlegen
x-credentials-missing-preheader = Hinterlegen Sie Ihren eigenen X-API-Schlüssel und das zugehörige Secret, um weiter auf X zu posten.
x-credentials-missing-body = Um auf X zu posten, brauchen Sie jetzt eine eigene X-Entwickler-App: Hinterlegen Sie deren API-Schlüssel und Secret, dann werden Ihre Beiträge wieder veröffentlicht.
x-credentials-missing-action = X-API-Schlüssel hinterlegen

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Bild für { $platform_the } zuschneiden
media-aspect-ratio-preheader = { $platform_start } hat das Seitenverhältnis Ihres Bildes abgelehnt. So passen Sie es an.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } akzeptiert Bilder mit einem Seitenverhältnis von { $min } bis { $max }; Ihr Bild hat { $ratio } ({ $width } × { $height } px). Schneiden Sie es auf { $crop_width } × { $crop_height } px ({ $target }) zu und veröffentlichen Sie den Beitrag erneut.
        [ratio] { $platform_start } akzeptiert das Seitenverhältnis Ihres Bildes ({ $ratio }, { $width } × { $height } px) nicht. Schneiden Sie es auf ein unterstütztes Seitenverhältnis zu und veröffentlichen Sie den Beitrag erneut.
       *[none] { $platform_start } akzeptiert das Seitenverhältnis Ihres Bildes oder Videos nicht. Schneiden Sie es auf ein unterstütztes Seitenverhältnis zu und veröffentlichen Sie den Beitrag erneut.
    }
media-aspect-ratio-action = Beitrag bearbeiten

media-too-large-title =
    { $known ->
        [yes] Ihre Mediendatei ist für { $platform_the } zu groß
       *[no] Ihre Mediendatei ist zu groß
    }
media-too-large-preheader = { $platform_start } hat eine zu große Datei abgelehnt.
media-too-large-body = { $platform_start } hat die Mediendatei in Ihrem Beitrag abgelehnt, weil sie zu groß ist. Komprimieren oder kürzen Sie die Datei und veröffentlichen Sie den Beitrag dann erneut.
media-too-large-action = Beitrag bearbeiten

media-format-unsupported-title = { $platform_start } kann dieses Bildformat nicht verarbeiten
media-format-unsupported-preheader = { $platform_start } konnte Ihr Bild nicht verwenden. Speichern Sie es als JPEG.
media-format-unsupported-body = Ihr Bild ließ sich nicht in ein Format umwandeln, das { $platform_the } akzeptiert. Speichern Sie es als JPEG und veröffentlichen Sie den Beitrag erneut.
media-format-unsupported-action = Beitrag bearbeiten

## media-unreachable. de: the networks are the subject, so the wording follows PLURAL($count).
media-unreachable-title =
    { PLURAL($count) ->
        [one] { $platform_start } konnte
       *[other] { $platform_noun ->
            [yes] { $platforms_start }
           *[other] { $platforms_the }
        } konnten
    } Ihre Medien nicht herunterladen
media-unreachable-preheader =
    { PLURAL($count) ->
        [one] { $platform_start } konnte
       *[other] { $platform_noun ->
            [yes] { $platforms_start }
           *[other] { $platforms_the }
        } konnten
    } Ihre Mediendatei nicht herunterladen.
media-unreachable-body =
    { PLURAL($count) ->
        [one] { $platform_start } konnte
       *[other] { $platform_noun ->
            [yes] { $platforms_start }
           *[other] { $platforms_the }
        } konnten
    } Ihre Mediendatei unter der angegebenen Webadresse nicht abrufen. Die Datei muss nicht nur im Browser erreichbar sein, sondern auch für die Crawler der Netzwerke (etwa facebookexternalhit). Prüfen Sie die robots.txt und die Firewall-Regeln des Servers, auf dem die Datei liegt, und veröffentlichen Sie den Beitrag dann erneut.
media-unreachable-action = Hosting-Problem beheben

media-processing-timeout-title = { $platform_start } hat Ihre Medien nicht rechtzeitig verarbeitet
media-processing-timeout-preheader = { $platform_start } hat zu lange gebraucht, um Ihre Medien zu verarbeiten. Versuchen Sie es erneut.
media-processing-timeout-body =
    { $platform_start } konnte die Medien in Ihrem Beitrag nicht rechtzeitig verarbeiten. Das kommt bei großen Videos vor oder wenn { $known ->
        [yes] { $platform_the }
       *[no] das Netzwerk
    } gerade stark ausgelastet ist. Veröffentlichen Sie den Beitrag erneut; klappt es weiterhin nicht, verwenden Sie eine kleinere Datei.
media-processing-timeout-action = Beitrag erneut veröffentlichen

## rate-limited. $until: when posting works again, a time („15:00“) or, on another day, a date
## and time („09.12.2026, 04:37“), so „Uhr“ follows it; "none" when unknown.
## $wait: how far away that is („in 1 Stunde“).
rate-limited-title = { $platform_start } bittet Sie, seltener zu posten
rate-limited-preheader = { $platform_start } begrenzt, wie oft Sie posten können.
rate-limited-body =
    { $until ->
        [none] { $platform_start } begrenzt, wie viele Beiträge Sie pro Tag veröffentlichen können. Warten Sie ein paar Stunden, bevor Sie wieder posten.
       *[other] { $platform_start } begrenzt, wie viele Beiträge Sie pro Tag veröffentlichen können. Ab { $until } Uhr ({ $wait }) können Sie wieder posten.
    }
rate-limited-action = Beitrag neu planen

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list ($succeeded_on: „auf Bluesky und auf Facebook“).
caption-enhancement-failed-title =
    { $known ->
        [yes] Ihr Beitragstext konnte für { $platforms_the } nicht vorbereitet werden
       *[no] Ihr Beitragstext konnte nicht vorbereitet werden
    }
caption-enhancement-failed-preheader = Ihr Beitragstext konnte nicht vorbereitet werden, deshalb wurde der Beitrag nicht wie geplant veröffentlicht.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Ihr Beitrag wurde { $succeeded_on } veröffentlicht, aber nicht { $platforms_on }, weil die Vorbereitung des Beitragstexts (zum Beispiel das Kürzen der Links) fehlgeschlagen ist. Veröffentlichen Sie ihn erneut, diesmal nur { $platforms_on }, damit er { $succeeded_on } nicht doppelt erscheint.
       *[no] Es wurde nichts veröffentlicht, weil die Vorbereitung des Beitragstexts (zum Beispiel das Kürzen der Links) fehlgeschlagen ist. Versuchen Sie es erneut; klappt es weiterhin nicht, veröffentlichen Sie den Beitrag ohne Linkkürzung.
    }
caption-enhancement-failed-action = Beitrag erneut veröffentlichen

## duplicate-post. de: the networks are the subject, so the wording follows PLURAL($count).
duplicate-post-title =
    { PLURAL($count) ->
        [one] { $platform_start } hat
       *[other] { $platform_noun ->
            [yes] { $platforms_start }
           *[other] { $platforms_the }
        } haben
    } einen doppelten Beitrag abgelehnt
duplicate-post-preheader =
    { PLURAL($count) ->
        [one] { $platform_start } veröffentlicht
       *[other] { $platform_noun ->
            [yes] { $platforms_start }
           *[other] { $platforms_the }
        } veröffentlichen
    } denselben Text nicht zweimal hintereinander.
duplicate-post-body =
    { PLURAL($count) ->
        [one] { $platform_start } veröffentlicht
       *[other] { $platform_noun ->
            [yes] { $platforms_start }
           *[other] { $platforms_the }
        } veröffentlichen
    } denselben Text nicht zweimal innerhalb kurzer Zeit. Formulieren Sie den Text um und veröffentlichen Sie den Beitrag dann erneut.
duplicate-post-action = Beitrag bearbeiten

analytics-throttled-title = Statistiken { $platform_of } vorübergehend pausiert
analytics-throttled-preheader = Die Statistiken { $platform_of } werden in Kürze wieder aktualisiert.
analytics-throttled-body = { $platform_start } begrenzt, wie oft die Statistiken eines Kontos abgerufen werden können. Ihr Konto ist weiterhin verbunden und Sie können ganz normal posten; die Statistiken werden innerhalb der nächsten Stunde wieder aktualisiert. Sie müssen nichts weiter tun.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title =
    { $known ->
        [yes] Ihr Beitrag wurde { $platform_on } nicht veröffentlicht
       *[no] Ihr Beitrag wurde nicht veröffentlicht
    }
post-failed-preheader =
    { $known ->
        [yes] Ihr Beitrag wurde { $platform_on } nicht veröffentlicht.
       *[no] Ihr Beitrag wurde nicht veröffentlicht.
    }
post-failed-body =
    { $retry ->
        [yes]
            { $known ->
                [yes] Ihr Beitrag konnte diesmal { $platform_on } nicht veröffentlicht werden.
               *[no] Ihr Beitrag konnte diesmal nicht veröffentlicht werden.
            } Sie können ihn unverändert erneut veröffentlichen.
       *[no]
            { $known ->
                [yes] Ihr Beitrag konnte { $platform_on } nicht veröffentlicht werden.
               *[no] Ihr Beitrag konnte nicht veröffentlicht werden.
            } Prüfen Sie die ursprüngliche Meldung unten (falls vorhanden), passen Sie dann den Beitrag an und versuchen Sie es erneut.
    }
post-failed-action =
    { $retry ->
        [yes] Beitrag erneut veröffentlichen
       *[no] Beitrag ansehen
    }

post-published-title =
    { $known ->
        [yes] Beitrag { $platforms_on } veröffentlicht
       *[no] Beitrag veröffentlicht
    }
post-published-preheader =
    { $known ->
        [yes] Ihr Beitrag ist jetzt { $platforms_on } zu sehen.
       *[no] Ihr Beitrag ist jetzt online.
    }
post-published-body =
    { $known ->
        [yes] Ihr Beitrag ist jetzt { $platforms_on } zu sehen.
       *[no] Ihr Beitrag ist jetzt online.
    }
post-published-action = Beitrag ansehen

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Beitrag: „{ $post }“
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Ursprüngliche Meldung: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
notification-repeated =
    { PLURAL($count) ->
        [one] Das ist einmal passiert.
       *[other] Das ist insgesamt { $count }-mal passiert.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] Für diesen Beitrag wurde noch ein weiteres Problem gemeldet, das hier nicht einzeln aufgeführt ist.
       *[other] Für diesen Beitrag wurden noch { $count } weitere Probleme gemeldet, die hier nicht einzeln aufgeführt sind.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
