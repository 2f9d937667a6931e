## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets:
##   $platform   the (first) network, by name
##   $platforms  all networks concerned, as a list ("Instagram e Threads")
##   $count      how many networks are concerned
## Kind-specific variables are listed above each group.
##
## pt-BR notes: network names come without an article and may be a list or "sua rede social",
## so they are used as a subject, after "com", "para" or "por", or after a colon, never after
## "no", "do", "ao" (no gender or number agreement with them either). Buttons use the infinitive.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Reconecte { $platform }
account-disconnected-preheader = { $platform } parou de aceitar seus posts. Reconecte a conta para continuar publicando.
account-disconnected-body =
    { $by_system ->
        [yes] A conexão com { $platform } foi encerrada porque a autorização da sua conta deixou de funcionar.
       *[no] { $platform } parou de aceitar posts da sua conta. Isso acontece depois de uma troca de senha ou quando o acesso é removido nas configurações da plataforma.
    } Reconecte { $platform } para continuar publicando.
account-disconnected-action = Reconectar { $platform }

## account-refresh-due. $deadline: a data e a hora limite, no fuso horário do usuário.
account-refresh-due-title = Reconecte { $platform } até { $deadline }
account-refresh-due-preheader = { $platform } pede que você confirme sua conta de novo; senão, seus posts lá vão parar.
account-refresh-due-body = { $platform } exige que a conexão com a sua conta seja renovada de tempos em tempos. Reconecte a conta até { $deadline }; depois disso, ela será desconectada e seus posts em { $platform } deixarão de ser publicados.
account-refresh-due-action = Reconectar até { $deadline }

x-credits-depleted-title = Seus créditos da API do X acabaram
x-credits-depleted-preheader = Seus posts no X ficam em espera até você comprar créditos da API.
x-credits-depleted-body = O X recusou seu post porque sua conta de desenvolvedor do X está sem créditos da API. Compre créditos no X Developer Console, em Billing → Credits: US$ 5 já dão para centenas de posts.
x-credits-depleted-action = Comprar créditos do X

x-app-permissions-title = Libere seu app do X para publicar
x-app-permissions-preheader = Seu app do X só tem permissão de leitura. Mude as permissões para voltar a publicar.
x-app-permissions-body = Seu token de acesso do X só tem permissão de leitura. No X Developer Console, mude as permissões do seu app para “Read and write and Direct message” (leitura, escrita e mensagens diretas) e depois gere um novo token de acesso em Keys and tokens.
x-app-permissions-action = Abrir o X Developer Console

x-credentials-missing-title = Adicione suas chaves da API do X
x-credentials-missing-preheader = Adicione a chave e o segredo da API do seu próprio app do X para continuar publicando no X.
x-credentials-missing-body = Agora, para publicar no X, você precisa ter seu próprio app de desenvolvedor do X: adicione a chave e o segredo da API dele (API Key e API Key Secret) e seus posts voltarão a ser publicados.
x-credentials-missing-action = Adicionar chaves da API do X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Ajuste a proporção da imagem para { $platform }
media-aspect-ratio-preheader = { $platform } recusou a proporção da sua imagem. Veja o tamanho certo.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform } aceita imagens com proporção entre { $min } e { $max }, e a sua tem { $ratio } ({ $width } × { $height } px). Recorte a imagem para { $crop_width } × { $crop_height } px ({ $target }) e publique de novo.
        [ratio] { $platform } não aceita a proporção da sua imagem, { $ratio } ({ $width } × { $height } px). Recorte a imagem em uma proporção compatível e publique de novo.
       *[none] { $platform } não aceita a proporção da sua imagem ou vídeo. Recorte o arquivo em uma proporção compatível e publique de novo.
    }
media-aspect-ratio-action = Editar o post

media-too-large-title = Sua mídia é grande demais para { $platform }
media-too-large-preheader = { $platform } recusou um arquivo grande demais.
media-too-large-body = { $platform } recusou a mídia do seu post porque o arquivo é grande demais. Comprima o arquivo (ou encurte o vídeo) e publique de novo.
media-too-large-action = Editar o post

media-format-unsupported-title = { $platform } não aceita este formato de imagem
media-format-unsupported-preheader = { $platform } não conseguiu usar sua imagem. Salve-a em JPEG.
media-format-unsupported-body = Não foi possível converter sua imagem para um formato compatível com { $platform }. Salve-a em JPEG e publique de novo.
media-format-unsupported-action = Editar o post

media-unreachable-title = Não foi possível baixar sua mídia para { $platforms }
media-unreachable-preheader = O link do seu arquivo de mídia não está acessível para { $platforms }.
media-unreachable-body = O link do seu arquivo de mídia não está acessível para { $platforms }. O arquivo precisa poder ser baixado pelos rastreadores das redes sociais (como o facebookexternalhit), e não só aberto no navegador: confira o robots.txt e as regras de firewall do servidor onde ele está hospedado e publique de novo.
media-unreachable-action = Corrigir a hospedagem da mídia

media-processing-timeout-title = { $platform } demorou demais para processar sua mídia
media-processing-timeout-preheader = { $platform } não terminou de processar sua mídia a tempo. Tente de novo.
media-processing-timeout-body = { $platform } não terminou de processar a mídia do seu post a tempo. Isso acontece com vídeos grandes ou quando { $platform } está com muita demanda. Tente publicar de novo; se continuar falhando, use um arquivo menor.
media-processing-timeout-action = Tentar novamente

## rate-limited. $until: when posting works again ("16:00", or a date and time), or "none"
## when unknown; $wait: how long that is ("em 1 hora").
rate-limited-title = { $platform } pediu para você diminuir o ritmo
rate-limited-preheader = { $platform } está limitando a frequência dos seus posts.
rate-limited-body =
    { $until ->
        [none] { $platform } limita quantos posts você pode publicar por dia. Espere algumas horas antes de publicar de novo.
       *[other] { $platform } limita quantos posts você pode publicar por dia. Você poderá publicar de novo { $wait } ({ $until }).
    }
rate-limited-action = Reagendar o post

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = Não foi possível preparar sua legenda para { $platforms }
caption-enhancement-failed-preheader = Não foi possível preparar sua legenda, então o post não saiu como planejado.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Seu post foi publicado só em parte, porque a preparação da legenda (por exemplo, o encurtamento dos links) falhou. Publicado: { $succeeded }. Não publicado: { $platforms }. Tente de novo apenas para { $platforms }, para não duplicar o post onde ele já saiu.
       *[no] Nada foi publicado, porque a preparação da legenda (por exemplo, o encurtamento dos links) falhou. Tente publicar de novo; se continuar falhando, publique sem encurtar os links.
    }
caption-enhancement-failed-action = Tentar novamente

duplicate-post-title = Post duplicado recusado por { $platforms }
duplicate-post-preheader = Não dá para publicar o mesmo texto duas vezes seguidas para { $platforms }.
duplicate-post-body = Posts com o mesmo texto publicados em pouco tempo são recusados por { $platforms }. Mude o texto e publique de novo.
duplicate-post-action = Editar o post

analytics-throttled-title = { $platform } pausou suas estatísticas por enquanto
analytics-throttled-preheader = { $platform } volta a atualizar suas estatísticas em breve.
analytics-throttled-body = { $platform } limita a frequência com que as estatísticas de uma conta podem ser lidas. Sua conta continua conectada e as publicações funcionam normalmente; as estatísticas voltam a ser atualizadas em até uma hora. Você não precisa fazer nada.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = { $platform } não publicou seu post
post-failed-preheader = { $platform } não publicou seu post.
post-failed-body =
    { $retry ->
        [yes] { $platform } não conseguiu publicar seu post desta vez. Você pode tentar de novo do jeito que está.
       *[no] { $platform } não conseguiu publicar seu post. Veja a mensagem abaixo, ajuste o post e tente de novo.
    }
post-failed-action =
    { $retry ->
        [yes] Tentar novamente
       *[no] Ver o post
    }

post-published-title = Post publicado: { $platforms }
post-published-preheader = Seu post já está no ar: { $platforms }.
post-published-body = Seu post já está no ar: { $platforms }.
post-published-action = Ver o post

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Post: “{ $post }”
# The network's own error message, shown under the notification when it is not in the reader's
# language. $message is verbatim.
notification-upstream = Mensagem original: { $message }
# Added to the body once the same problem happened again. $count ≥ 2.
notification-repeated =
    { PLURAL($count) ->
        [one] Isso aconteceu uma vez.
       *[other] Isso já aconteceu { $count } vezes.
    }
notification-omitted =
    { PLURAL($count) ->
        [one] Também foi informado mais um problema neste post, que não aparece separadamente.
       *[other] Também foram informados mais { $count } problemas neste post, que não aparecem separadamente.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
