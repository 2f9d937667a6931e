## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets:
##   $platform   the (first) network, by name
##   $platforms  all networks concerned, as a list ("Instagram e Threads")
##   $count      how many networks are concerned
## Kind-specific variables are listed above each group.
##
## Italian notes: network names come without an article, so the texts avoid articulated
## prepositions (di/da/su + article) where they can, and avoid past participles or verbs that
## would have to agree with $platform / $platforms (gender, singular/plural).

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Ricollega { $platform }
account-disconnected-preheader = { $platform } non accetta più i tuoi post. Ricollega l’account per continuare a pubblicare.
account-disconnected-body =
    { $by_system ->
        [yes] Il collegamento con { $platform } è stato interrotto perché l’autorizzazione non era più valida.
       *[no] { $platform } non accetta più i post del tuo account. Di solito succede dopo un cambio di password o quando l’accesso viene revocato dalle impostazioni dell’account.
    } Ricollega { $platform } per continuare a pubblicare.
account-disconnected-action = Ricollega { $platform }

## account-refresh-due. $deadline: data e ora della scadenza, nel fuso orario dell’utente.
account-refresh-due-title = Ricollega { $platform } entro il { $deadline }
account-refresh-due-preheader = { $platform } ti chiede di confermare di nuovo il tuo account, altrimenti i tuoi post lì si fermeranno.
account-refresh-due-body = { $platform } richiede di rinnovare periodicamente il collegamento con il tuo account. Ricollegalo entro il { $deadline }: dopo verrà scollegato e i tuoi post su { $platform } non verranno più pubblicati.
account-refresh-due-action = Ricollega entro il { $deadline }

x-credits-depleted-title = Hai esaurito i crediti API di X
x-credits-depleted-preheader = I tuoi post su X sono in sospeso finché non aggiungi crediti API.
x-credits-depleted-body = X ha rifiutato il tuo post perché sul tuo account sviluppatore X non sono rimasti crediti API. Acquistali nella X Developer Console, in Billing → Credits: bastano 5 dollari per centinaia di post.
x-credits-depleted-action = Acquista crediti X

x-app-permissions-title = Consenti alla tua app X di pubblicare
x-app-permissions-preheader = La tua app X ha solo il permesso di lettura. Cambia i permessi per tornare a pubblicare.
x-app-permissions-body = Il tuo token di accesso X consente solo la lettura. Nella X Developer Console imposta i permessi dell’app su “Read and write and Direct message” (lettura, scrittura e messaggi diretti), poi rigenera il token di accesso in Keys and tokens.
x-app-permissions-action = Apri la X Developer Console

x-credentials-missing-title = Aggiungi le tue chiavi API di X
x-credentials-missing-preheader = Per continuare a pubblicare su X, aggiungi la chiave API e la chiave segreta della tua app X.
x-credentials-missing-body = Ora per pubblicare su X serve una tua app sviluppatore X: aggiungi la chiave API e la chiave segreta dell’app e potrai tornare a pubblicare.
x-credentials-missing-action = Aggiungi le chiavi API di X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Ritaglia l’immagine per { $platform }
media-aspect-ratio-preheader = { $platform } non accetta le proporzioni della tua immagine. Ecco come adattarla.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform } accetta immagini con proporzioni da { $min } a { $max }, mentre la tua è { $ratio } ({ $width } × { $height } px). Ritagliala a { $crop_width } × { $crop_height } px ({ $target }) e pubblica di nuovo il post.
        [ratio] { $platform } non accetta le proporzioni della tua immagine ({ $ratio }, { $width } × { $height } px). Ritagliala con proporzioni supportate e pubblica di nuovo il post.
       *[none] { $platform } non accetta le proporzioni della tua immagine o del tuo video. Ritaglia il file con proporzioni supportate e pubblica di nuovo il post.
    }
media-aspect-ratio-action = Modifica il post

media-too-large-title = Il file è troppo pesante per { $platform }
media-too-large-preheader = { $platform } ha rifiutato un file troppo pesante.
media-too-large-body = { $platform } ha rifiutato il file del tuo post perché è troppo pesante. Comprimilo o, se è un video, accorcialo, poi pubblica di nuovo il post.
media-too-large-action = Modifica il post

media-format-unsupported-title = { $platform } non supporta questo formato di immagine
media-format-unsupported-preheader = { $platform } non riesce a usare la tua immagine: salvala in formato JPEG.
media-format-unsupported-body = Non è stato possibile convertire la tua immagine in un formato che { $platform } accetta. Salvala in formato JPEG e pubblica di nuovo il post.
media-format-unsupported-action = Modifica il post

media-unreachable-title = Il tuo file non è raggiungibile da { $platforms }
media-unreachable-preheader = Non è stato possibile scaricare il file del tuo post per pubblicarlo su { $platforms }.
media-unreachable-body = Non è stato possibile scaricare il file del tuo post dal suo indirizzo web per pubblicarlo su { $platforms }. Il file deve essere raggiungibile dai crawler dei social (ad esempio facebookexternalhit), non solo da un browser: controlla il robots.txt e le regole del firewall del server che lo ospita, poi pubblica di nuovo il post.
media-unreachable-action = Sistema l’hosting del file

media-processing-timeout-title = { $platform } non ha finito in tempo di elaborare il tuo file
media-processing-timeout-preheader = L’elaborazione del tuo file su { $platform } ha richiesto troppo tempo. Riprova.
media-processing-timeout-body = { $platform } non ha finito in tempo di elaborare il file del tuo post: succede con i video pesanti o quando { $platform } ha molto traffico. Riprova a pubblicare il post; se il problema si ripete, usa un file più leggero.
media-processing-timeout-action = Riprova a pubblicare

## rate-limited. $until: when posting works again ("15:00", or "1 dic 2026, 15:00" on
## another day), or "none" when unknown; $wait: how long that is ("tra 1 ora").
rate-limited-title = { $platform } ti ha chiesto di rallentare
rate-limited-preheader = { $platform } sta limitando il numero di post che puoi pubblicare.
rate-limited-body =
    { $until ->
        [none] { $platform } limita il numero di post che puoi pubblicare al giorno. Aspetta qualche ora prima di pubblicare di nuovo.
       *[other] { $platform } limita il numero di post che puoi pubblicare al giorno. Potrai pubblicare di nuovo { $wait } ({ $until }).
    }
rate-limited-action = Riprogramma il post

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = Impossibile preparare la didascalia per { $platforms }
caption-enhancement-failed-preheader = Non è stato possibile preparare la didascalia, quindi il post non è stato pubblicato come previsto.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Il tuo post è stato pubblicato su { $succeeded } ma non su { $platforms }, perché la preparazione della didascalia (ad esempio l’accorciamento dei link) non è riuscita. Riprova solo su { $platforms }, così il post non compare due volte su { $succeeded }.
       *[no] Il post non è stato pubblicato da nessuna parte, perché la preparazione della didascalia (ad esempio l’accorciamento dei link) non è riuscita. Riprova a pubblicarlo; se il problema si ripete, pubblicalo senza accorciare i link.
    }
caption-enhancement-failed-action = Riprova a pubblicare

duplicate-post-title = Post duplicato rifiutato da { $platforms }
duplicate-post-preheader = Su { $platforms } non puoi pubblicare lo stesso testo due volte di seguito.
duplicate-post-body = Su { $platforms } non puoi pubblicare lo stesso testo due volte a breve distanza. Riformula il testo, poi pubblica di nuovo il post.
duplicate-post-action = Modifica il post

analytics-throttled-title = Statistiche di { $platform } in pausa per il momento
analytics-throttled-preheader = Le statistiche di { $platform } torneranno ad aggiornarsi a breve.
analytics-throttled-body = { $platform } limita la frequenza con cui si possono leggere le statistiche di un account. Il tuo account è ancora collegato e puoi pubblicare normalmente; le statistiche torneranno ad aggiornarsi entro un’ora. Non devi fare nulla.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Il tuo post non è stato pubblicato su { $platform }
post-failed-preheader = Il tuo post non è stato pubblicato su { $platform }.
post-failed-body =
    { $retry ->
        [yes] Questa volta la pubblicazione su { $platform } non è andata a buon fine. Puoi riprovare senza modificare il post.
       *[no] La pubblicazione su { $platform } non è andata a buon fine. Leggi il messaggio qui sotto, modifica il post e riprova.
    }
post-failed-action =
    { $retry ->
        [yes] Riprova a pubblicare
       *[no] Vedi il post
    }

post-published-title = Pubblicato su { $platforms }
post-published-preheader = Il tuo post è online su { $platforms }.
post-published-body = Il tuo post è online su { $platforms }.
post-published-action = Vedi il post

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Post: “{ $post }”
# The network's own error message, shown under the notification when it is not in the reader's
# language. $message is verbatim.
notification-upstream = Messaggio originale: { $message }
# Added to the body once the same problem happened again. $count ≥ 2.
# Italian plural categories: one, many (round millions: "1.000.000 di volte"), other.
notification-repeated =
    { PLURAL($count) ->
        [one] È successo una volta.
        [many] È già successo { $count } di volte.
       *[other] È già successo { $count } volte.
    }
notification-omitted =
    { PLURAL($count) ->
        [one] Per questo post è stato segnalato anche un altro problema, non elencato a parte.
       *[other] Per questo post sono stati segnalati anche altri { $count } problemi, non elencati a parte.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
