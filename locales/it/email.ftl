## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info;
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Azione richiesta: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
email-subject-digest =
    { PLURAL($count) ->
        [one] Un aggiornamento sui tuoi post
        [many] { $count } di aggiornamenti sui tuoi post
       *[other] { $count } aggiornamenti sui tuoi post
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] Ciao,
       *[other] Ciao { $name },
    }
email-intro =
    { PLURAL($count) ->
        [one] C’è una cosa da controllare nei post che pubblichi con { $product }.
        [many] Ci sono { $count } di cose da controllare nei post che pubblichi con { $product }.
       *[other] Ci sono { $count } cose da controllare nei post che pubblichi con { $product }.
    }
email-more =
    { PLURAL($count) ->
        [one] Un’altra notifica ti aspetta in { $product }.
       *[other] Altre { $count } notifiche ti aspettano in { $product }.
    }
# Heading above the network's own message in an email.
email-details-heading = Messaggio originale
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Se il pulsante non funziona, copia questo link nel browser:
email-open-product = Apri { $product }
email-footer-reason = Ricevi questa email perché pubblichi con { $product }.
# $category: one of the category-… names below.
email-unsubscribe = Non ricevere più email su { $category }

## Notification categories, as they read inside a sentence ("email su …", "Non riceverai più
## email su … da Prodotto"): no leading article, since "su" would have to merge with it.
category-account = problemi con l’account
category-billing = pagamenti e crediti
category-media = problemi con foto e video
category-rate_limit = limiti di pubblicazione
category-content = contenuti dei post
category-analytics = statistiche
category-publish = esiti delle pubblicazioni
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
