# Register and glossary: see notifications.ftl.
## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([one], [many], *[other] in French),
## never on exact numbers such as [0].

# The bell button's accessible name when nothing is unread.
inbox-bell = Notifications
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread =
    { PLURAL($count) ->
        [one] Notifications, { $count } non lue
       *[other] Notifications, { $count } non lues
    }
# The panel's heading.
inbox-title = Notifications
inbox-close = Fermer
# The accessible name of the row of tabs.
inbox-tabs = Afficher
inbox-tab-unread = Non lues
inbox-tab-all = Toutes
inbox-tab-archived = Archivées
inbox-mark-all-read = Tout marquer comme lu
inbox-mark-read = Marquer comme lue
inbox-mark-unread = Marquer comme non lue
inbox-archive = Archiver
inbox-unarchive = Remettre dans la boîte de réception
# The accessible name of the dot on an unread item.
inbox-item-unread = Non lue
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Résolu
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = Plus d’actualité
# The accessible names of the severity marks.
inbox-severity-action_required = Action requise
inbox-severity-warning = Avertissement
inbox-severity-info = Pour information
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = S’est produit { $count } fois
inbox-empty-unread = Vous avez tout lu.
inbox-empty-all = Aucune notification pour l’instant.
inbox-empty-archived = Aucune notification archivée.
inbox-error = Impossible de charger vos notifications.
inbox-retry = Réessayer
inbox-loading = Chargement…
inbox-load-more = Afficher plus
# Shown while the live connection is being restored.
inbox-reconnecting = Reconnexion en cours… Les nouvelles notifications peuvent arriver avec du retard.
