# Register and glossary: see notifications.ftl.

## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Azione richiesta: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
# Italian plural categories: one, many (round millions: "1.000.000 di …"), other.
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
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [one] C’è una cosa da controllare nei post che pubblichi con { $product }.
        [many] Ci sono { $count } di cose da controllare nei post che pubblichi con { $product }.
       *[other] Ci sono { $count } cose da controllare nei post che pubblichi con { $product }.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] Ti aspetta un altro aggiornamento su { $product }.
        [many] Ti aspettano altri { $count } di aggiornamenti su { $product }.
       *[other] Ti aspettano altri { $count } aggiornamenti su { $product }.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Messaggio originale
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Se il pulsante non funziona, copia questo link nel browser:
email-open-product = Apri { $product }
email-footer-reason = Ricevi questa email perché pubblichi con { $product }.
# $category: one or more of the category-… names below, as a list ("sulla fatturazione e
# sulle statistiche"); each name brings its own "su" + article.
email-unsubscribe = Annulla l’iscrizione alle email { $category }

## Notification categories, as they read inside a sentence ("emails about …"). In Italian
## "about" is "su", which must merge with the article ("sui problemi", "sulle statistiche"):
## each name therefore starts with its contracted "su", and the sentences that use them
## (here and in pages.ftl) do not write "su" themselves.
category-account = sui problemi con l’account
category-billing = sulla fatturazione
category-media = sui problemi con i file multimediali
category-rate_limit = sui limiti di pubblicazione
category-content = sui contenuti dei post
category-analytics = sulle statistiche
category-publish = sugli esiti delle pubblicazioni
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
