# Register and glossary: see notifications.ftl.
## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Handlungsbedarf: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
# de: each item is a notification, so „Benachrichtigungen“ (as in email-more), not „Updates“.
email-subject-digest =
    { PLURAL($count) ->
        [one] Eine Benachrichtigung zu Ihren Beiträgen
       *[other] { $count } Benachrichtigungen zu Ihren Beiträgen
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] Hallo,
       *[other] Hallo { $name },
    }
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [one] Bei Ihren Beiträgen in { $product } gibt es etwas, das Sie sich ansehen sollten.
       *[other] Bei Ihren Beiträgen in { $product } gibt es { $count } Punkte, die Sie sich ansehen sollten.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] Eine weitere Benachrichtigung wartet in { $product } auf Sie.
       *[other] { $count } weitere Benachrichtigungen warten in { $product } auf Sie.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Ursprüngliche Meldung
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Falls der Button nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:
email-open-product = { $product } öffnen
email-footer-reason = Sie erhalten diese E-Mail, weil Sie Beiträge mit { $product } veröffentlichen.
# $category: one of the category-… names below.
email-unsubscribe = E-Mails zu { $category } abbestellen

## Notification categories, as they read inside a sentence ("emails about …").
## de: they follow „E-Mails zu …“ without an article, so they are dative nouns that need
## none („E-Mails zu Kontoproblemen“, „keine E-Mails zu Statistiken mehr“).
category-account = Kontoproblemen
category-billing = Abrechnungsthemen
category-media = Medienproblemen
category-rate_limit = Posting-Limits
category-content = Beitragsinhalten
category-analytics = Statistiken
category-publish = Veröffentlichungsergebnissen
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
