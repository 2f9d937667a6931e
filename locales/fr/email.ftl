# Register and glossary: see notifications.ftl.
## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here); $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Action requise : { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
email-subject-digest =
    { PLURAL($count) ->
        [one] Une notification concernant vos publications
       *[other] { $count } notifications concernant vos publications
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] Bonjour,
       *[other] Bonjour { $name },
    }
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [one] Un point concernant vos publications sur { $product } mérite votre attention.
       *[other] { $count } points concernant vos publications sur { $product } méritent votre attention.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] Une autre notification vous attend dans { $product }.
       *[other] { $count } autres notifications vous attendent dans { $product }.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Message d’origine
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :
email-open-product = Ouvrir { $product }
email-footer-reason = Vous recevez cet e-mail parce que vous utilisez { $product } pour publier.
# $category: one of the category-… names below.
email-unsubscribe = Se désabonner des e-mails concernant { $category }

## Notification categories, as they read inside a sentence (« les e-mails concernant … »),
## so each one carries its article.
category-account = les problèmes de compte
category-billing = la facturation
category-media = les problèmes de médias
category-rate_limit = les limites de publication
category-content = le contenu des publications
category-analytics = les statistiques
category-publish = les résultats de publication
# Between a label and what it labels in plain-text email (« Se désabonner : https://… »),
# spaces included: a narrow no-break space before the colon.
email-label-separator = { "\u202F: " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
