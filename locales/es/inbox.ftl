## La bandeja de entrada del navegador, <herald-inbox>. Los textos con $count eligen solo por
## categorías de plural.

inbox-bell = Notificaciones
inbox-bell-unread = Notificaciones, { $count } sin leer
inbox-title = Notificaciones
inbox-close = Cerrar
inbox-tabs = Mostrar
inbox-tab-unread = Sin leer
inbox-tab-all = Todas
inbox-tab-archived = Archivadas
inbox-mark-all-read = Marcar todas como leídas
inbox-mark-read = Marcar como leída
inbox-mark-unread = Marcar como no leída
inbox-archive = Archivar
inbox-unarchive = Mover a la bandeja de entrada
inbox-item-unread = Sin leer
inbox-state-resolved = Resuelto
inbox-state-expired = Ya no está vigente
inbox-severity-action_required = Requiere acción
inbox-severity-warning = Advertencia
inbox-severity-info = Para tu información
inbox-occurrences = Ocurrió { $count } veces
inbox-empty-unread = Estás al día.
inbox-empty-all = Aún no hay notificaciones.
inbox-empty-archived = No hay nada archivado.
inbox-error = No se pudieron cargar tus notificaciones.
inbox-retry = Reintentar
inbox-loading = Cargando…
inbox-load-more = Ver más
inbox-reconnecting = Reconectando… Las notificaciones nuevas pueden tardar en aparecer.
