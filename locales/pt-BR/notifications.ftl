## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "sua rede social" when none is known
##   $platforms  all networks concerned, as a list ("Instagram e Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "sua rede social"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares (pt-BR: start, the, on,
##               of, by, to, with, gender; see there)
## Kind-specific variables are listed above each group.

## Notas para quem for traduzir para pt-BR
##
## Variante: português do Brasil. Tratamento: "você", tom próximo e direto, como no app de
## um bom produto brasileiro (Nubank, Google, Canva): frases curtas, verbo no imperativo
## nas instruções ("Reconecte", "Recorte", "Publique de novo"). Títulos são frases com
## inicial maiúscula e sem ponto final. Botões sempre no infinitivo ("Reconectar o Facebook",
## "Editar o post", "Tentar novamente"), também em inbox.ftl, pages.ftl e demo.ftl.
##
## Redes sociais: sempre com artigo e com as contrações (o Facebook, no Instagram, do TikTok,
## pelo X, ao YouTube), todas no masculino; "sua rede social" é feminino. Nunca escreva
## o nome solto depois de preposição ("em Instagram", "para Facebook"): use as formas de
## platforms.ftl ($platform_on, $platform_of, $platform_by…). Frase que começa com a rede usa
## $platform_start ("O Facebook…", "Sua rede social…"); uma lista de redes ($platforms_…)
## nunca abre a frase, porque cada item leva a forma ("no X e no Facebook"). Verbo com uma
## lista concorda com PLURAL($count).
## O nome do produto ($product, em email.ftl e pages.ftl) tem gênero desconhecido: vai sem
## artigo, como sujeito, depois de "com" ou como em "sua conta { $product }".
## Tipografia: aspas curvas “ ”, reticências …, "US$ 5", "px" com espaço.
##
## Glossário:
##   reconnect                   reconectar (a conta, o Facebook)
##   post (substantivo)          post (o post, seus posts); nunca "publicação" para o post
##   post, publish (verbo)       publicar ("publique de novo", "seu post já está no ar")
##   publishing/posting (ato)    publicação só neste sentido: "limites de publicação",
##                               "resultados de publicação"
##   credits                     créditos (créditos da API do X)
##   aspect ratio                proporção
##   crop                        recortar
##   resize                      ajustar (a imagem)
##   media                       mídia; o arquivo: arquivo de mídia
##   caption                     legenda
##   statistics / analytics      estatísticas (as duas palavras)
##   rate limit                  limite de frequência; para posts: "limita quantos posts você
##                               pode publicar", para estatísticas: "limita a frequência das
##                               consultas"; na categoria de e-mail: limites de publicação
##   notification                notificação
##   inbox                       caixa de entrada
##   archive                     arquivar (aba: Arquivadas)
##   unsubscribe                 cancelar inscrição (link do e-mail: "Parar de receber e-mails
##                               sobre …")
##   retry                       tentar de novo (no texto), "Tentar novamente" (botão)
##   developer account / app     conta de desenvolvedor / app de desenvolvedor do X
##   API key and secret          chave e segredo da API
## Nomes de telas e opções do X Developer Console ficam em inglês, como o usuário os vê:
## Billing → Credits, “Read and write and Direct message”, Keys and tokens.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Reconecte { $platform_the }
account-disconnected-preheader = { $platform_start } parou de aceitar seus posts. Reconecte sua conta para continuar publicando.
account-disconnected-body =
    { $by_system ->
        [yes] A conexão { $platform_with } foi removida porque a autorização de acesso deixou de funcionar.
       *[no] { $platform_start } parou de aceitar posts da sua conta. Isso acontece depois de uma troca de senha ou quando o acesso é removido nas configurações { $platform_of }.
    } Reconecte { $platform_the } para continuar publicando.
account-disconnected-action = Reconectar { $platform_the }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock ("4 de jan. de 2027, 09:30").
account-refresh-due-title = Reconecte { $platform_the } até { $deadline }
account-refresh-due-preheader = { $platform_start } pede que você confirme sua conta de novo. Se você não confirmar, seus posts lá deixarão de ser publicados.
account-refresh-due-body = { $platform_start } pede que você renove a conexão com a sua conta de tempos em tempos. Reconecte a conta até { $deadline }. Depois disso, ela será desconectada e seus posts { $known ->
        [yes] { $platform_on }
       *[no] lá
    } deixarão de ser publicados.
account-refresh-due-action = Reconectar até { $deadline }

x-credits-depleted-title = Seus créditos da API do X acabaram
x-credits-depleted-preheader = Seus posts no X ficam em espera até você adicionar créditos da API.
x-credits-depleted-body = O X recusou seu post porque sua conta de desenvolvedor do X ficou sem créditos da API. Compre créditos no X Developer Console, em Billing → Credits. Só US$ 5 já dão para centenas de posts.
x-credits-depleted-action = Comprar créditos do X

x-app-permissions-title = Libere seu app do X para publicar
x-app-permissions-preheader = Seu app do X só tem permissão de leitura. Mude as permissões dele para voltar a publicar.
x-app-permissions-body = Seu token de acesso do X só tem permissão de leitura. No X Developer Console, mude as permissões do seu app para “Read and write and Direct message” e depois gere um novo token de acesso em Keys and tokens.
x-app-permissions-action = Abrir o X Developer Console

x-credentials-missing-title = Adicione suas chaves da API do X
x-credentials-missing-preheader = Adicione a chave e o segredo da API do seu próprio app do X para continuar publicando no X.
x-credentials-missing-body = Agora, para publicar no X, você precisa do seu próprio app de desenvolvedor do X: adicione a chave e o segredo da API dele, e seus posts voltarão a ser publicados.
x-credentials-missing-action = Adicionar chaves da API do X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Ajuste sua imagem para { $platform_the }
media-aspect-ratio-preheader = { $platform_start } recusou a proporção da sua imagem. Veja como corrigir.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } aceita imagens com proporção entre { $min } e { $max }, e a sua tem { $ratio } ({ $width } × { $height } px). Recorte a imagem para { $crop_width } × { $crop_height } px ({ $target }) e publique de novo.
        [ratio] { $platform_start } não aceita a proporção da sua imagem, { $ratio } ({ $width } × { $height } px). Recorte a imagem em uma proporção compatível e publique de novo.
       *[none] { $platform_start } não aceita a proporção da sua imagem ou do seu vídeo. Recorte o arquivo em uma proporção compatível e publique de novo.
    }
media-aspect-ratio-action = Editar o post

media-too-large-title = Sua mídia é grande demais para { $platform_the }
media-too-large-preheader = { $platform_start } recusou um arquivo grande demais.
media-too-large-body = { $platform_start } recusou a mídia do seu post porque o arquivo é grande demais. Comprima o arquivo (ou encurte o vídeo) e publique de novo.
media-too-large-action = Editar o post

media-format-unsupported-title = { $platform_start } não aceita este formato de imagem
media-format-unsupported-preheader = { $platform_start } não conseguiu usar sua imagem. Salve a imagem em JPEG.
media-format-unsupported-body = Não foi possível converter sua imagem para um formato aceito { $platform_by }. Salve a imagem em JPEG e publique de novo.
media-format-unsupported-action = Editar o post

# pt-BR: a list of networks never opens a sentence (see platforms.ftl), so with more than one
# the sentence turns around ("Sua mídia não pôde ser baixada pelo X e pelo Facebook").
media-unreachable-title =
    { PLURAL($count) ->
        [one] { $platform_start } não conseguiu baixar sua mídia
       *[other] Sua mídia não pôde ser baixada { $platforms_by }
    }
media-unreachable-preheader =
    { PLURAL($count) ->
        [one] { $platform_start } não conseguiu baixar seu arquivo de mídia.
       *[other] Seu arquivo de mídia não pôde ser baixado { $platforms_by }.
    }
media-unreachable-body =
    { PLURAL($count) ->
        [one] { $platform_start } não conseguiu acessar o link do seu arquivo de mídia.
       *[other] O link do seu arquivo de mídia não pôde ser acessado { $platforms_by }.
    } O arquivo precisa estar acessível para os rastreadores das redes sociais (como o facebookexternalhit), e não só no navegador: confira o robots.txt e as regras de firewall do servidor que hospeda o arquivo e depois publique de novo.
media-unreachable-action = Corrigir a hospedagem da mídia

media-processing-timeout-title = { $platform_start } demorou demais para processar sua mídia
media-processing-timeout-preheader = { $platform_start } não terminou de processar sua mídia a tempo. Tente de novo.
media-processing-timeout-body = { $platform_start } não terminou de processar a mídia do seu post a tempo. Isso acontece com vídeos grandes ou quando { $known ->
        [yes] { $platform_the } está { $platform_gender ->
            [feminine] sobrecarregada
           *[other] sobrecarregado
        }
       *[no] a rede está sobrecarregada
    }. Tente publicar de novo; se continuar falhando, use um arquivo menor.
media-processing-timeout-action = Tentar novamente

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time ("4 de jan. de 2027, 09:30"); "none" when unknown. $wait: how far away that is
## ("em 1 hora"). pt-BR puts $until in parentheses: no preposition fits both shapes.
rate-limited-title = { $platform_start } pediu para você diminuir o ritmo
rate-limited-preheader = { $platform_start } está limitando a frequência dos seus posts.
rate-limited-body =
    { $until ->
        [none] { $platform_start } limita quantos posts você pode publicar por dia. Espere algumas horas antes de publicar de novo.
       *[other] { $platform_start } limita quantos posts você pode publicar por dia. Você poderá publicar de novo { $wait } ({ $until }).
    }
rate-limited-action = Reagendar o post

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list; like $platforms it comes in every pt-BR form
## ($succeeded_on: "no Bluesky e no LinkedIn").
caption-enhancement-failed-title = Não foi possível preparar a legenda para { $platforms_the }
caption-enhancement-failed-preheader = Não foi possível preparar a legenda, então o post não saiu como planejado.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Seu post foi publicado { $succeeded_on }, mas não { $platforms_on }, porque não foi possível preparar a legenda (por exemplo, encurtar os links). Tente publicar de novo só { $platforms_on }, para o post não sair duplicado { $succeeded_on }.
       *[no] Nada foi publicado porque não foi possível preparar a legenda (por exemplo, encurtar os links). Tente publicar de novo; se continuar falhando, publique sem encurtar os links.
    }
caption-enhancement-failed-action = Tentar novamente

duplicate-post-title = Post duplicado recusado { $platforms_by }
duplicate-post-preheader = Não é possível publicar o mesmo texto duas vezes seguidas { $platforms_on }.
duplicate-post-body = Não é possível publicar o mesmo texto duas vezes em pouco tempo { $platforms_on }. Mude o texto e publique de novo.
duplicate-post-action = Editar o post

# pt-BR: the network limits how often statistics can be read; nobody paused anything, so the
# title says the statistics are not updating, not who stopped them.
analytics-throttled-title = Estatísticas { $platform_of } sem atualização por enquanto
analytics-throttled-preheader = As estatísticas { $platform_of } voltam a ser atualizadas em breve.
analytics-throttled-body = { $platform_start } limita a frequência com que as estatísticas de uma conta podem ser consultadas. Sua conta continua conectada e você pode publicar normalmente; as estatísticas voltam a ser atualizadas em até uma hora. Você não precisa fazer nada.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Seu post não foi publicado { $platform_on }
post-failed-preheader = Seu post não foi publicado { $platform_on }.
post-failed-body =
    { $retry ->
        [yes] Não foi possível publicar seu post { $platform_on } desta vez. Você pode tentar de novo sem mudar nada.
       *[no] Não foi possível publicar seu post { $platform_on }. Confira a mensagem original abaixo, se houver, ajuste o post e tente de novo.
    }
post-failed-action =
    { $retry ->
        [yes] Tentar novamente
       *[no] Ver o post
    }

post-published-title = Post publicado { $platforms_on }
post-published-preheader = Seu post já está no ar { $platforms_on }.
post-published-body = Seu post já está no ar { $platforms_on }.
post-published-action = Ver o post

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Post: “{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Mensagem original: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
notification-repeated =
    { PLURAL($count) ->
        [one] Isso aconteceu uma vez.
       *[other] Isso já aconteceu { $count } vezes.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] O resultado deste post também apontou mais um problema, que não aparece listado separadamente.
       *[other] O resultado deste post também apontou mais { $count } problemas, que não aparecem listados separadamente.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
