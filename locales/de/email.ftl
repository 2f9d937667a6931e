## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info;
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Handlungsbedarf: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
email-subject-digest =
    { PLURAL($count) ->
        [one] Ein Hinweis zu Ihren Beiträgen
       *[other] { $count } Hinweise zu Ihren Beiträgen
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] Hallo,
       *[other] Hallo { $name },
    }
email-intro =
    { PLURAL($count) ->
        [one] Bei Ihren Beiträgen in { $product } gibt es etwas, das Sie sich ansehen sollten.
       *[other] Bei Ihren Beiträgen in { $product } gibt es { $count } Punkte, die Sie sich ansehen sollten.
    }
email-more =
    { PLURAL($count) ->
        [one] Eine weitere Benachrichtigung wartet in { $product } auf Sie.
       *[other] { $count } weitere Benachrichtigungen warten in { $product } auf Sie.
    }
# Heading above the network's own message in an email.
email-details-heading = Ursprüngliche Meldung
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Falls der Button nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:
email-open-product = { $product } öffnen
email-footer-reason = Sie erhalten diese E-Mail, weil Sie Beiträge mit { $product } veröffentlichen.
# $category: one of the category-… names below.
email-unsubscribe = E-Mails zu { $category } abbestellen

## Notification categories, as they read inside a sentence ("emails about …").
## de: they follow „E-Mails zu …“ without an article, so they are written in the dative
## („E-Mails zu Kontoproblemen“).
category-account = Kontoproblemen
category-billing = Abrechnung und Guthaben
category-media = Medienproblemen
category-rate_limit = Posting-Limits
category-content = Beitragsinhalten
category-analytics = Statistiken
category-publish = Veröffentlichungsergebnissen
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
