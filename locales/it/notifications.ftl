## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "il tuo social network" when none is known
##   $platforms  all networks concerned, as a list ("Instagram e Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "il tuo social network"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares (here `_start`, `_il`,
##               `_di`, `_da`, `_su`)
## Kind-specific variables are listed above each group.

## ——— Note per chi traduce in italiano ———
##
## Registro: si dà del tu, come nei prodotti Google, Meta e Canva in italiano. Tono cordiale e
## diretto, frasi brevi, niente burocratese. Pulsanti e inviti all’azione all’imperativo di
## seconda persona singolare ("Ricollega Facebook", "Modifica il post", "Riprova a
## pubblicare"), mai all’infinito.
##
## Variante: italiano standard d’Italia (it-IT), senza regionalismi, comprensibile così com’è
## anche nella Svizzera italiana. Tipografia: virgolette alte “ ”, apostrofo tipografico ’,
## puntini di sospensione …, simbolo di valuta dopo la cifra con uno spazio ("5 $"). I nomi
## delle voci di menu di X (Billing → Credits, Keys and tokens, “Read and write and Direct
## message”) restano in inglese, come appaiono nella X Developer Console.
##
## Nomi dei social: mai "su { $platform }", "di { $platform }" o "{ $platform }" a inizio
## frase: "il tuo social network" e "il Profilo dell’attività su Google" vogliono l’articolo.
## Usa le forme di platforms.ftl: { $platform_start } a inizio frase, { $platform_il } come
## oggetto o dopo per/con, { $platform_di }, { $platform_da }, { $platform_su }.
## Un elenco ($platforms_…) non apre mai la frase: in "X e Il Profilo…" la maiuscola cadrebbe
## a metà elenco; metti l’elenco dopo il verbo ("rifiutato { $platforms_da }") o in una
## relativa. Verbi e participi che si accordano con l’elenco scelgono su PLURAL($count), al
## maschile. Anche $succeeded ha tutte le forme ({ $succeeded_su }…).
## Le date ($deadline, $until) arrivano già formattate ("4 gen 2027, 09:30"): niente articolo
## davanti ("il 8" sarebbe sbagliato), usale dopo i due punti, tra parentesi o dopo "entro".
##
## Glossario:
##   reconnect ............ ricollegare (l’account); collegamento, scollegato. Mai
##                          "riconnettere": "connessione" solo per il collegamento in tempo
##                          reale della casella (inbox.ftl)
##   post (sostantivo) .... il post (maschile, invariabile)
##   post (verbo), publish  pubblicare; "pubblicazione" solo per l’atto di pubblicare
##                          ("limiti di pubblicazione"); post again → pubblicare di nuovo;
##                          retry → riprovare ("Riprova a pubblicare")
##   credits .............. crediti (API credits → crediti API)
##   aspect ratio ......... proporzioni
##   crop ................. ritagliare
##   media ................ file multimediale (poi semplicemente "file")
##   caption .............. didascalia
##   statistics, analytics  statistiche
##   rate limit ........... limite (di pubblicazione; per le statistiche: frequenza di lettura)
##   notification ......... notifica
##   inbox ................ casella delle notifiche ("casella")
##   archive .............. archiviare; Archiviate
##   unsubscribe .......... annullare l’iscrizione

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Ricollega { $platform_il }
account-disconnected-preheader = { $platform_start } non accetta più i tuoi post. Ricollegalo per continuare a pubblicare.
account-disconnected-body =
    { $by_system ->
        [yes] Il collegamento con { $platform_il } è stato rimosso perché l’autorizzazione non era più valida.
       *[no] { $platform_start } non accetta più i post del tuo account. Succede dopo un cambio di password o quando l’accesso viene revocato { $known ->
            [yes] nelle impostazioni { $platform_di }
           *[no] nelle sue impostazioni
        }.
    } Ricollega { $platform_il } per continuare a pubblicare.
account-disconnected-action = Ricollega { $platform_il }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock ("4 gen 2027, 09:30": no article in front of it).
account-refresh-due-title = Ricollega { $platform_il } prima della scadenza: { $deadline }
account-refresh-due-preheader = { $platform_start } ti chiede di confermare di nuovo l’account, altrimenti non pubblicherà più i tuoi post.
account-refresh-due-body = { $platform_start } ti chiede di rinnovare periodicamente il collegamento con il tuo account. Ricollegalo prima della scadenza ({ $deadline }): dopo quella data l’account verrà scollegato e i tuoi post non verranno più pubblicati { $platform_su }.
account-refresh-due-action = Ricollega entro { $deadline }

x-credits-depleted-title = Hai esaurito i crediti API di X
x-credits-depleted-preheader = I tuoi post su X sono in sospeso finché non aggiungi crediti API.
x-credits-depleted-body = X ha rifiutato il tuo post perché il tuo account sviluppatore X non ha più crediti API. Acquista crediti nella X Developer Console, in Billing → Credits: anche solo 5 $ bastano per centinaia di post.
x-credits-depleted-action = Acquista crediti X

x-app-permissions-title = Consenti alla tua app X di pubblicare
x-app-permissions-preheader = La tua app X ha solo il permesso di lettura. Modificane i permessi per tornare a pubblicare.
x-app-permissions-body = Il tuo token di accesso X consente solo la lettura. Nella X Developer Console imposta i permessi dell’app su “Read and write and Direct message” (lettura, scrittura e messaggi diretti), poi rigenera il token di accesso nella sezione Keys and tokens.
x-app-permissions-action = Apri la X Developer Console

x-credentials-missing-title = Aggiungi le tue chiavi API di X
x-credentials-missing-preheader = Aggiungi la tua chiave API di X e la relativa chiave segreta per continuare a pubblicare su X.
x-credentials-missing-body = Ora per pubblicare su X ti serve una tua app nella X Developer Console: aggiungine la chiave API e la chiave segreta, e i tuoi post torneranno a essere pubblicati.
x-credentials-missing-action = Aggiungi le chiavi API di X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Adatta l’immagine per { $platform_il }
media-aspect-ratio-preheader = { $platform_start } ha rifiutato le proporzioni della tua immagine. Ecco come sistemarle.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } accetta immagini con proporzioni da { $min } a { $max }, mentre la tua è { $ratio } ({ $width } × { $height } px). Ritagliala a { $crop_width } × { $crop_height } px ({ $target }) e pubblica di nuovo il post.
        [ratio] { $platform_start } non accetta le proporzioni della tua immagine: { $ratio } ({ $width } × { $height } px). Ritagliala con proporzioni supportate e pubblica di nuovo il post.
       *[none] { $platform_start } non accetta le proporzioni della tua immagine o del tuo video. Ritaglia il file con proporzioni supportate e pubblica di nuovo il post.
    }
media-aspect-ratio-action = Modifica il post

media-too-large-title = Il file è troppo grande per { $platform_il }
media-too-large-preheader = { $platform_start } ha rifiutato un file troppo grande.
media-too-large-body = { $platform_start } ha rifiutato il file multimediale del tuo post perché è troppo grande. Comprimilo o, se è un video, accorcialo, poi pubblica di nuovo il post.
media-too-large-action = Modifica il post

media-format-unsupported-title = { $platform_start } non supporta questo formato di immagine
media-format-unsupported-preheader = { $platform_start } non è riuscito a usare la tua immagine. Salvala in formato JPEG.
media-format-unsupported-body = Non è stato possibile convertire la tua immagine in un formato accettato { $platform_da }. Salvala in formato JPEG e pubblica di nuovo il post.
media-format-unsupported-action = Modifica il post

# The list of networks never opens the sentence (see the header).
media-unreachable-title = Il tuo file non è stato scaricato { $platforms_da }
media-unreachable-preheader = Il file multimediale del tuo post non è stato scaricato { $platforms_da }.
media-unreachable-body =
    Il tuo post contiene un file multimediale che { $platforms_il } non { PLURAL($count) ->
        [one] è riuscito
       *[other] sono riusciti
    } a recuperare dall’indirizzo web in cui si trova. Il file deve essere raggiungibile dai crawler dei social network (ad esempio facebookexternalhit), non solo da un browser: controlla il file robots.txt e le regole del firewall del server che lo ospita, poi pubblica di nuovo il post.
media-unreachable-action = Sistema l’hosting del file

media-processing-timeout-title = { $platform_start } ha impiegato troppo tempo a elaborare il tuo file
media-processing-timeout-preheader = { $platform_start } non è riuscito a elaborare in tempo il tuo file. Riprova.
media-processing-timeout-body = { $platform_start } non è riuscito a elaborare in tempo il file multimediale del tuo post: succede con i video molto grandi o quando { $platform_il } è sovraccarico. Riprova a pubblicare il post; se il problema si ripete, usa un file più piccolo.
media-processing-timeout-action = Riprova a pubblicare

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time ("4 gen 2027, 09:30"); "none" when unknown. $wait: how far away that is ("tra 1 ora").
rate-limited-title = { $platform_start } ti ha chiesto di rallentare
rate-limited-preheader = { $platform_start } sta limitando la frequenza con cui puoi pubblicare.
rate-limited-body =
    { $until ->
        [none] { $platform_start } limita il numero di post che puoi pubblicare in un giorno. Aspetta qualche ora prima di pubblicare di nuovo.
       *[other] { $platform_start } limita il numero di post che puoi pubblicare in un giorno. Potrai pubblicare di nuovo { $wait } ({ $until }).
    }
rate-limited-action = Riprogramma il post

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list (also in every form: $succeeded_su…).
caption-enhancement-failed-title = Impossibile preparare la didascalia per { $platforms_il }
caption-enhancement-failed-preheader = Non è stato possibile preparare la didascalia, quindi il post non è stato pubblicato come previsto.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Il tuo post è stato pubblicato { $succeeded_su }, ma non { $platforms_su }, perché non è stato possibile preparare la didascalia (ad esempio accorciarne i link). Riprova a pubblicarlo solo { $platforms_su }, così non comparirà due volte { $succeeded_su }.
       *[no] Il post non è stato pubblicato da nessuna parte, perché non è stato possibile preparare la didascalia (ad esempio accorciarne i link). Riprova a pubblicarlo; se il problema si ripete, pubblicalo senza accorciare i link.
    }
caption-enhancement-failed-action = Riprova a pubblicare

duplicate-post-title = Post duplicato rifiutato { $platforms_da }
# The networks are the subject (they refuse the repeat): "Non puoi pubblicare lo stesso testo
# due volte di seguito su X e su Facebook" would read as a ban on cross-posting.
duplicate-post-preheader =
    Se pubblichi lo stesso testo due volte di seguito, { $platforms_il } lo { PLURAL($count) ->
        [one] rifiuta
       *[other] rifiutano
    }.
duplicate-post-body =
    Se pubblichi lo stesso testo due volte a breve distanza, { $platforms_il } lo { PLURAL($count) ->
        [one] rifiuta
       *[other] rifiutano
    }. Riformula il testo, poi pubblica di nuovo il post.
duplicate-post-action = Modifica il post

analytics-throttled-title = Le statistiche { $platform_di } sono in pausa per il momento
analytics-throttled-preheader = Le statistiche { $platform_di } torneranno ad aggiornarsi a breve.
analytics-throttled-body = { $platform_start } limita la frequenza con cui si possono leggere le statistiche di un account. Il tuo account è ancora collegato e puoi pubblicare normalmente; le statistiche torneranno ad aggiornarsi entro un’ora. Non devi fare nulla.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Il tuo post non è stato pubblicato { $platform_su }
post-failed-preheader = Il tuo post non è stato pubblicato { $platform_su }.
post-failed-body =
    { $retry ->
        [yes] Questa volta non è stato possibile pubblicare il post { $platform_su }. Puoi riprovare senza modificarlo.
       *[no] Non è stato possibile pubblicare il post { $platform_su }. Controlla il messaggio originale qui sotto, se c’è, poi modifica il post e riprova.
    }
post-failed-action =
    { $retry ->
        [yes] Riprova a pubblicare
       *[no] Visualizza il post
    }

post-published-title = Pubblicato { $platforms_su }
post-published-preheader = Il tuo post è online { $platforms_su }.
post-published-body = Il tuo post è online { $platforms_su }.
post-published-action = Visualizza il post

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Post: “{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Messaggio originale: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
# Italian plural categories: one, many (round millions: "1.000.000 di volte"), other.
notification-repeated =
    { PLURAL($count) ->
        [one] È successo una volta.
        [many] È successo { $count } di volte.
       *[other] È successo { $count } volte.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] Per questo post è stato segnalato anche un altro problema, che non viene elencato a parte.
        [many] Per questo post sono stati segnalati anche altri { $count } di problemi, che non vengono elencati a parte.
       *[other] Per questo post sono stati segnalati anche altri { $count } problemi, che non vengono elencati a parte.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
