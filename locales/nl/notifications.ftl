## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "your social network" when none is known
##   $platforms  all networks concerned, as a list ("Instagram en Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "your social network"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares: here `_start`, as a
##               sentence begins with it ("Je sociale netwerk", "Facebook")
## Kind-specific variables are listed above each group.

## Voor de volgende vertaler (nl)
##
## Aanspreekvorm: je/jij (informeel), zoals gebruikelijk in Nederlandse consumenten- en
##   SaaS-software (Google, Meta, Canva). Gebruik onbeklemtoond ‘je’; ‘jij/jouw’ alleen voor
##   nadruk. Geen ‘u’.
## Taalvariant: Nederlands zoals in Nederland (nl-NL): standaardtaal zonder Hollandse
##   spreektaal, dus ook bruikbaar in Vlaanderen. Vlaamse software spreekt vaker met ‘u’ aan;
##   een aparte nl-BE zou vooral de aanspreekvorm moeten aanpassen, de woordkeus kan blijven.
## Zinnen: zinshoofdletter in titels en knoppen; knoppen in de infinitief (‘Post bewerken’),
##   titels en zinnen in de gebiedende wijs (‘Koppel Facebook opnieuw’).
## Netwerknamen: zie platforms.ftl. { $platform } kan ‘je sociale netwerk’ zijn: zet aan het
##   begin van een zin altijd { $platform_start }, en maak geen samenstellingen met { $platform }.
##   { $platforms } kan meerdere netwerken zijn (‘X en Facebook’): als onderwerp krijgt het
##   werkwoord enkelvoud of meervoud via PLURAL($count) (je sociale netwerk telt als één).
## Typografie: citaten (de tekst van een post) tussen “…”, namen van instellingen en knoppen
##   tussen ‘…’; ellips als één teken (…); bedragen met spatie: $ 5; datums en tijden komen
##   al in Nederlandse notatie binnen (‘4 jan 2027, 09:30’, ‘over 1 uur’). ‘vóór’ (tijd)
##   met accenten om verwarring met ‘voor’ te voorkomen.
## Woordenlijst:
##   reconnect            opnieuw koppelen (een account); de koppeling, verbroken
##   post (zn.)           de post, posts (niet ‘bericht’: dat botst met meldingen en
##                        foutmeldingen)
##   post (ww.)           posten (zonder lijdend voorwerp: ‘blijven posten’, ‘weer posten’);
##                        plaatsen (met lijdend voorwerp: ‘de post opnieuw plaatsen’)
##   publish              publiceren
##   credits              credits (API-credits, X-credits)
##   aspect ratio         beeldverhouding
##   crop                 bijsnijden
##   media                media; één bestand: mediabestand
##   caption              bijschrift
##   statistics/analytics statistieken
##   rate limit           limiet (‘beperkt hoe vaak…’); categorie: postlimieten
##   notification         melding
##   inbox                inbox
##   archive              archiveren; tab: Gearchiveerd
##   unsubscribe          afmelden (voor e-mails)
##   original message     oorspronkelijke foutmelding (de tekst van Ayrshare/het netwerk)
##   access token         toegangstoken; API key and secret: API-sleutel en -geheim
##                        (het API-geheim)
##   X Developer Console, Billing → Credits, Keys and tokens, ‘Read and write and Direct
##                        message’: onvertaald, zo heten ze in de (Engelstalige) console.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Koppel { $platform } opnieuw
account-disconnected-preheader = { $platform_start } accepteert je posts niet meer. Koppel je account opnieuw om te blijven posten.
account-disconnected-body =
    { $by_system ->
        [yes] De koppeling met { $platform } is verwijderd omdat de autorisatie niet meer werkte.
       *[no] { $platform_start } accepteert geen posts meer van je account. Dat gebeurt na een wachtwoordwijziging of als de toegang is ingetrokken in de instellingen van { $known ->
            [yes] { $platform }
           *[no] het netwerk
        }.
    } Koppel { $platform } opnieuw om te blijven posten.
account-disconnected-action = { $platform_start } opnieuw koppelen

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock.
account-refresh-due-title = Koppel { $platform } opnieuw vóór { $deadline }
account-refresh-due-preheader = { $platform_start } vraagt je om je account opnieuw te bevestigen, anders worden je posts daar niet meer geplaatst.
account-refresh-due-body = { $platform_start } vraagt je af en toe om de koppeling met je account te vernieuwen. Koppel je account opnieuw vóór { $deadline }; daarna wordt de koppeling verbroken en worden je posts op { $platform } niet meer geplaatst.
account-refresh-due-action = Opnieuw koppelen vóór { $deadline }

x-credits-depleted-title = Je API-credits voor X zijn op
x-credits-depleted-preheader = Je posts op X staan in de wacht tot je API-credits bijkoopt.
x-credits-depleted-body = X heeft je post geweigerd omdat je X-ontwikkelaarsaccount geen API-credits meer heeft. Koop credits in de X Developer Console onder Billing → Credits; met $ 5 kun je al honderden posts plaatsen.
x-credits-depleted-action = X-credits kopen

x-app-permissions-title = Geef je X-app toestemming om te posten
x-app-permissions-preheader = Je X-app mag alleen lezen. Wijzig de machtigingen om weer te kunnen posten.
x-app-permissions-body = Je toegangstoken voor X geeft alleen leesrechten. Zet in de X Developer Console de machtigingen van je app op ‘Read and write and Direct message’ en genereer daarna onder Keys and tokens een nieuw toegangstoken.
x-app-permissions-action = X Developer Console openen

x-credentials-missing-title = Voeg je API-sleutels voor X toe
x-credentials-missing-preheader = Voeg je eigen API-sleutel en -geheim voor X toe om op X te blijven posten.
x-credentials-missing-body = Om op X te posten heb je nu een eigen X-ontwikkelaarsapp nodig: voeg de API-sleutel en het API-geheim van die app toe, dan worden je posts weer geplaatst.
x-credentials-missing-action = API-sleutels voor X toevoegen

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Pas je afbeelding aan voor { $platform }
media-aspect-ratio-preheader = { $platform_start } accepteert de beeldverhouding van je afbeelding niet. Zo los je dat op.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } accepteert afbeeldingen met een beeldverhouding van { $min } tot { $max }, maar je afbeelding heeft een verhouding van { $ratio } ({ $width } × { $height } px). Snijd hem bij tot { $crop_width } × { $crop_height } px ({ $target }) en plaats de post opnieuw.
        [ratio] { $platform_start } accepteert de beeldverhouding van je afbeelding niet ({ $ratio }, { $width } × { $height } px). Snijd hem bij tot een ondersteunde beeldverhouding en plaats de post opnieuw.
       *[none] { $platform_start } accepteert de beeldverhouding van je afbeelding of video niet. Snijd de afbeelding of video bij tot een ondersteunde beeldverhouding en plaats de post opnieuw.
    }
media-aspect-ratio-action = Post bewerken

media-too-large-title = Je mediabestand is te groot voor { $platform }
media-too-large-preheader = { $platform_start } heeft een te groot bestand geweigerd.
media-too-large-body = { $platform_start } heeft de media in je post geweigerd omdat het bestand te groot is. Comprimeer het bestand of maak het korter en plaats de post daarna opnieuw.
media-too-large-action = Post bewerken

media-format-unsupported-title = { $platform_start } kan dit afbeeldingsformaat niet gebruiken
media-format-unsupported-preheader = { $platform_start } kon je afbeelding niet gebruiken. Sla de afbeelding op als JPEG.
media-format-unsupported-body = Je afbeelding kon niet worden omgezet naar een formaat dat { $platform } accepteert. Sla de afbeelding op als JPEG en plaats de post opnieuw.
media-format-unsupported-action = Post bewerken

media-unreachable-title =
    { PLURAL($count) ->
        [one] { $platforms_start } kon je media niet downloaden
       *[other] { $platforms_start } konden je media niet downloaden
    }
media-unreachable-preheader =
    { PLURAL($count) ->
        [one] { $platforms_start } kon je mediabestand niet downloaden.
       *[other] { $platforms_start } konden je mediabestand niet downloaden.
    }
media-unreachable-body =
    { PLURAL($count) ->
        [one] { $platforms_start } kon
       *[other] { $platforms_start } konden
    } je mediabestand niet ophalen via het webadres. Het bestand moet bereikbaar zijn voor de crawlers van de netwerken (zoals facebookexternalhit), niet alleen in een browser: controleer de robots.txt en de firewallregels van de server waarop het bestand staat en plaats de post daarna opnieuw.
media-unreachable-action = Mediahosting aanpassen

media-processing-timeout-title = { $platform_start } deed te lang over het verwerken van je media
media-processing-timeout-preheader = { $platform_start } had niet genoeg tijd om je media te verwerken. Probeer het opnieuw.
media-processing-timeout-body = { $platform_start } had niet genoeg tijd om de media in je post te verwerken. Dat gebeurt bij grote video’s of als { $known ->
        [yes] { $platform }
       *[no] het netwerk
    } het druk heeft. Plaats de post opnieuw; lukt het steeds niet, gebruik dan een kleiner bestand.
media-processing-timeout-action = Post opnieuw plaatsen

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time; "none" when unknown. $wait: how far away that is ("in 1 hour").
rate-limited-title = { $platform_start } vraagt je het wat rustiger aan te doen
rate-limited-preheader = { $platform_start } beperkt hoe vaak je kunt posten.
rate-limited-body =
    { $until ->
        [none] { $platform_start } beperkt hoeveel posts je per dag kunt publiceren. Wacht een paar uur voordat je weer post.
       *[other] { $platform_start } beperkt hoeveel posts je per dag kunt publiceren. Vanaf { $until } ({ $wait }) kun je weer posten.
    }
rate-limited-action = Post opnieuw inplannen

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = Je bijschrift voor { $platforms } kon niet worden voorbereid
caption-enhancement-failed-preheader = Je bijschrift kon niet worden voorbereid, waardoor je post niet volgens plan is geplaatst.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Je post is geplaatst op { $succeeded }, maar niet op { $platforms }, omdat het voorbereiden van het bijschrift (bijvoorbeeld het inkorten van de links) is mislukt. Plaats de post opnieuw, maar alleen op { $platforms }, zodat hij niet twee keer op { $succeeded } komt te staan.
       *[no] Er is niets geplaatst, omdat het voorbereiden van het bijschrift (bijvoorbeeld het inkorten van de links) is mislukt. Plaats de post opnieuw; lukt het steeds niet, plaats hem dan zonder de links in te korten.
    }
caption-enhancement-failed-action = Post opnieuw plaatsen

duplicate-post-title =
    { PLURAL($count) ->
        [one] { $platforms_start } heeft een dubbele post geweigerd
       *[other] { $platforms_start } hebben een dubbele post geweigerd
    }
duplicate-post-preheader =
    { PLURAL($count) ->
        [one] { $platforms_start } publiceert niet twee keer achter elkaar dezelfde tekst.
       *[other] { $platforms_start } publiceren niet twee keer achter elkaar dezelfde tekst.
    }
duplicate-post-body =
    { PLURAL($count) ->
        [one] { $platforms_start } publiceert
       *[other] { $platforms_start } publiceren
    } dezelfde tekst niet twee keer binnen korte tijd. Pas de tekst aan en plaats de post opnieuw.
duplicate-post-action = Post bewerken

analytics-throttled-title = De statistieken van { $platform } zijn tijdelijk gepauzeerd
analytics-throttled-preheader = De statistieken van { $platform } worden binnenkort weer bijgewerkt.
analytics-throttled-body = { $platform_start } beperkt hoe vaak de statistieken van een account kunnen worden opgevraagd. Je account is nog steeds gekoppeld en posten werkt gewoon; de statistieken worden binnen een uur weer bijgewerkt. Je hoeft niets te doen.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Je post is niet geplaatst op { $platform }
post-failed-preheader = Je post is niet geplaatst op { $platform }.
post-failed-body =
    { $retry ->
        [yes] Je post kon deze keer niet op { $platform } worden gepubliceerd. Je kunt hem ongewijzigd opnieuw plaatsen.
       *[no] Je post kon niet op { $platform } worden gepubliceerd. Bekijk de oorspronkelijke foutmelding hieronder (als die er is), pas de post aan en probeer het opnieuw.
    }
post-failed-action =
    { $retry ->
        [yes] Post opnieuw plaatsen
       *[no] Post bekijken
    }

post-published-title = Geplaatst op { $platforms }
post-published-preheader = Je post staat live op { $platforms }.
post-published-body = Je post staat live op { $platforms }.
post-published-action = Post bekijken

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Post: “{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Oorspronkelijke foutmelding: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
notification-repeated =
    { PLURAL($count) ->
        [one] Dit is één keer gebeurd.
       *[other] Dit is { $count } keer gebeurd.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] Voor deze post is ook nog één ander probleem gemeld, dat hier niet apart wordt vermeld.
       *[other] Voor deze post zijn ook nog { $count } andere problemen gemeld, die hier niet apart worden vermeld.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
