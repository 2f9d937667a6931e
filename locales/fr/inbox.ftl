## La boîte de réception du navigateur, <herald-inbox>. Les textes avec $count ne choisissent
## que selon les catégories de pluriel.

inbox-bell = Notifications
inbox-bell-unread =
    { PLURAL($count) ->
        [one] Notifications, { $count } non lue
       *[other] Notifications, { $count } non lues
    }
inbox-title = Notifications
inbox-close = Fermer
inbox-tabs = Afficher
inbox-tab-unread = Non lues
inbox-tab-all = Toutes
inbox-tab-archived = Archivées
inbox-mark-all-read = Tout marquer comme lu
inbox-mark-read = Marquer comme lue
inbox-mark-unread = Marquer comme non lue
inbox-archive = Archiver
inbox-unarchive = Désarchiver
inbox-item-unread = Non lue
inbox-state-resolved = Résolu
inbox-state-expired = Plus d’actualité
inbox-severity-action_required = Action requise
inbox-severity-warning = Avertissement
inbox-severity-info = Pour information
inbox-occurrences = S’est produit { $count } fois
inbox-empty-unread = Vous êtes à jour.
inbox-empty-all = Aucune notification pour l’instant.
inbox-empty-archived = Aucune notification archivée.
inbox-error = Impossible de charger vos notifications.
inbox-retry = Réessayer
inbox-loading = Chargement…
inbox-load-more = Afficher plus
inbox-reconnecting = Reconnexion… Les nouvelles notifications peuvent arriver avec du retard.
