# Register and glossary: see notifications.ftl.

## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([zero], [one], [two], [few], [many],
## *[other]), never on exact numbers such as [0].

# The bell button's accessible name when nothing is unread.
inbox-bell = Notificaciones
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread = Notificaciones, { $count } sin leer
# The panel's heading.
inbox-title = Notificaciones
inbox-close = Cerrar
# The accessible name of the row of tabs.
inbox-tabs = Mostrar
inbox-tab-unread = Sin leer
inbox-tab-all = Todas
inbox-tab-archived = Archivadas
inbox-mark-all-read = Marcar todas como leídas
inbox-mark-read = Marcar como leída
inbox-mark-unread = Marcar como no leída
inbox-archive = Archivar
inbox-unarchive = Mover a la bandeja de entrada
# The accessible name of the dot on an unread item.
inbox-item-unread = Sin leer
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Resuelto
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = Ya no está vigente
# The accessible names of the severity marks.
inbox-severity-action_required = Acción requerida
inbox-severity-warning = Advertencia
inbox-severity-info = Para tu información
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = Ocurrió { $count } veces
inbox-empty-unread = Estás al día.
inbox-empty-all = Todavía no tienes notificaciones.
inbox-empty-archived = No hay nada archivado.
inbox-error = No se pudieron cargar tus notificaciones.
inbox-retry = Reintentar
inbox-loading = Cargando…
inbox-load-more = Ver más
# Shown while the live connection is being restored.
inbox-reconnecting = Reconectando… Es posible que las notificaciones nuevas tarden en aparecer.
