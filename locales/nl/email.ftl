# Register and glossary: see notifications.ftl.
## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Actie vereist: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
email-subject-digest =
    { PLURAL($count) ->
        [one] Eén update over je posts
       *[other] { $count } updates over je posts
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
        [one] Er is iets met je posts via { $product } waar je even naar moet kijken.
       *[other] Er zijn { $count } punten rond je posts via { $product } waar je even naar moet kijken.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] Er staat nog één update voor je klaar in { $product }.
       *[other] Er staan nog { $count } updates voor je klaar in { $product }.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Oorspronkelijke foutmelding
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Werkt de knop niet? Kopieer deze link dan naar je browser:
email-open-product = { $product } openen
email-footer-reason = Je ontvangt deze e-mail omdat je met { $product } publiceert.
# $category: one of the category-… names below.
email-unsubscribe = Afmelden voor e-mails over { $category }

## Notification categories, as they read inside a sentence ("emails about …").
category-account = accountproblemen
category-billing = facturering
category-media = mediaproblemen
category-rate_limit = postlimieten
category-content = de inhoud van je posts
category-analytics = statistieken
category-publish = publicatieresultaten
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
