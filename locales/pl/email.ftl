# Register and glossary: see notifications.ftl.
## The emails' own text. $product is the product name from the brand settings.
## pl: $product się nie odmienia, więc stoi po przyimku „w” („w { $product }”) albo po
## przyimku „od” („od { $product }”).

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Wymagane działanie: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
email-subject-digest =
    { PLURAL($count) ->
        [one] Jedno powiadomienie o Twoich postach
        [few] { $count } powiadomienia o Twoich postach
        [many] { $count } powiadomień o Twoich postach
       *[other] { $count } powiadomienia o Twoich postach
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
# pl: imienia nie da się tu postawić w wołaczu, więc stoi w mianowniku („Cześć, Anna!”),
# jak w e-mailach polskich serwisów. Wykrzyknik, bo następny akapit zaczyna się wielką literą.
email-greeting =
    { $name ->
        [none] Cześć!
       *[other] Cześć, { $name }!
    }
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [one] Jedna sprawa dotycząca Twoich postów w { $product } wymaga uwagi.
        [few] { $count } sprawy dotyczące Twoich postów w { $product } wymagają uwagi.
        [many] { $count } spraw dotyczących Twoich postów w { $product } wymaga uwagi.
       *[other] { $count } sprawy dotyczącej Twoich postów w { $product } wymaga uwagi.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] W { $product } czeka na Ciebie jeszcze jedno powiadomienie.
        [few] W { $product } czekają na Ciebie jeszcze { $count } powiadomienia.
        [many] W { $product } czeka na Ciebie jeszcze { $count } powiadomień.
       *[other] W { $product } czeka na Ciebie jeszcze { $count } powiadomienia.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Oryginalny komunikat
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Jeśli przycisk nie działa, skopiuj ten link do przeglądarki:
email-open-product = Otwórz { $product }
email-footer-reason = Otrzymujesz ten e-mail, ponieważ publikujesz posty w { $product }.
# $category: one of the category-… names below.
email-unsubscribe = Wypisz się z e-maili o { $category }

## Notification categories, as they read inside a sentence ("emails about …").
## pl: zawsze po przyimku „o”, więc w miejscowniku („e-maile o płatnościach”).
category-account = problemach z kontem
category-billing = płatnościach
category-media = problemach z multimediami
category-rate_limit = limitach publikowania
category-content = treści postów
category-analytics = statystykach
category-publish = wynikach publikacji
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
