# Register and glossary: see notifications.ftl.

## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([one], *[other] in pt-BR), never on
## exact numbers such as [0]. Buttons and menu items in the infinitive.

# The bell button's accessible name when nothing is unread.
inbox-bell = Notificações
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread =
    { PLURAL($count) ->
        [one] Notificações, { $count } não lida
       *[other] Notificações, { $count } não lidas
    }
# The panel's heading.
inbox-title = Notificações
inbox-close = Fechar
# The accessible name of the row of tabs.
inbox-tabs = Mostrar
inbox-tab-unread = Não lidas
inbox-tab-all = Todas
inbox-tab-archived = Arquivadas
inbox-mark-all-read = Marcar todas como lidas
inbox-mark-read = Marcar como lida
inbox-mark-unread = Marcar como não lida
inbox-archive = Arquivar
inbox-unarchive = Mover para a caixa de entrada
# The accessible name of the dot on an unread item.
inbox-item-unread = Não lida
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Resolvido
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = Não se aplica mais
# The accessible names of the severity marks.
inbox-severity-action_required = Ação necessária
inbox-severity-warning = Aviso
inbox-severity-info = Informativo
# $count ≥ 2: how often the same problem happened.
inbox-occurrences =
    { PLURAL($count) ->
        [one] Aconteceu { $count } vez
       *[other] Aconteceu { $count } vezes
    }
inbox-empty-unread = Tudo em dia por aqui.
inbox-empty-all = Nenhuma notificação por enquanto.
inbox-empty-archived = Nenhuma notificação arquivada.
inbox-error = Não foi possível carregar suas notificações.
inbox-retry = Tentar novamente
inbox-loading = Carregando…
inbox-load-more = Mostrar mais
# Shown while the live connection is being restored.
inbox-reconnecting = Reconectando… As novas notificações podem demorar a aparecer.
