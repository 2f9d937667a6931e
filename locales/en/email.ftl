## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Action needed: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
email-subject-digest =
    { PLURAL($count) ->
        [one] One update about your posts
       *[other] { $count } updates about your posts
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] Hello,
       *[other] Hello { $name },
    }
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [one] Here’s something about your posts on { $product } that needs a look.
       *[other] Here are { $count } things about your posts on { $product } that need a look.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] One more update is waiting for you in { $product }.
       *[other] { $count } more updates are waiting for you in { $product }.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Original message
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = If the button doesn’t work, copy this link into your browser:
email-open-product = Open { $product }
email-footer-reason = You’re getting this email because you publish with { $product }.
# $category: one of the category-… names below.
email-unsubscribe = Unsubscribe from emails about { $category }

## Notification categories, as they read inside a sentence ("emails about …").
category-account = account problems
category-billing = billing
category-media = media problems
category-rate_limit = posting limits
category-content = post content
category-analytics = statistics
category-publish = publishing results
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
