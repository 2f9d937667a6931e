## A caixa de entrada do navegador, <herald-inbox>. Textos com $count escolhem só por
## categorias de plural.

inbox-bell = Notificações
inbox-bell-unread =
    { PLURAL($count) ->
        [one] Notificações, { $count } não lida
       *[other] Notificações, { $count } não lidas
    }
inbox-title = Notificações
inbox-close = Fechar
inbox-tabs = Mostrar
inbox-tab-unread = Não lidas
inbox-tab-all = Todas
inbox-tab-archived = Arquivadas
inbox-mark-all-read = Marcar todas como lidas
inbox-mark-read = Marcar como lida
inbox-mark-unread = Marcar como não lida
inbox-archive = Arquivar
inbox-unarchive = Mover para a caixa de entrada
inbox-item-unread = Não lida
inbox-state-resolved = Resolvido
inbox-state-expired = Não se aplica mais
inbox-severity-action_required = Ação necessária
inbox-severity-warning = Aviso
inbox-severity-info = Informativo
inbox-occurrences =
    { PLURAL($count) ->
        [one] Aconteceu { $count } vez
       *[other] Aconteceu { $count } vezes
    }
inbox-empty-unread = Tudo em dia por aqui.
inbox-empty-all = Nenhuma notificação ainda.
inbox-empty-archived = Nenhuma notificação arquivada.
inbox-error = Não foi possível carregar suas notificações.
inbox-retry = Tentar novamente
inbox-loading = Carregando…
inbox-load-more = Mostrar mais
inbox-reconnecting = Reconectando… Novas notificações podem demorar a aparecer.
