# Register and glossary: see notifications.ftl.

## The emails' own text. $product is the product name from the brand settings.
## pt-BR: $product has no known gender, so it goes without an article: as a subject, after
## "com", or as in "sua conta { $product }".

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here; a translation may give the others one too);
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] Ação necessária: { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2 (the [one] variant is only
# there because Fluent wants every plural form a language has).
email-subject-digest =
    { PLURAL($count) ->
        [one] Uma atualização sobre seus posts
       *[other] { $count } atualizações sobre seus posts
    }
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] Olá,
       *[other] Olá, { $name },
    }
# $count: how many problems the email is about (1 or more).
email-intro =
    { PLURAL($count) ->
        [one] Um ponto sobre os posts que você publica com { $product } precisa da sua atenção.
       *[other] { $count } pontos sobre os posts que você publica com { $product } precisam da sua atenção.
    }
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more =
    { PLURAL($count) ->
        [one] Mais uma atualização está esperando por você na sua conta { $product }.
       *[other] Mais { $count } atualizações estão esperando por você na sua conta { $product }.
    }
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = Mensagem original
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = Se o botão não funcionar, copie este link e cole no seu navegador:
email-open-product = Abrir { $product }
email-footer-reason = Você está recebendo este e-mail porque publica com { $product }.
# $category: one of the category-… names below.
email-unsubscribe = Parar de receber e-mails sobre { $category }

## Notification categories, as they read inside a sentence ("e-mails sobre …").
category-account = problemas com a conta
category-billing = cobrança
category-media = problemas com mídia
category-rate_limit = limites de publicação
category-content = conteúdo dos posts
category-analytics = estatísticas
category-publish = resultados de publicação
# Between a label and what it labels in plain-text email ("Unsubscribe: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
