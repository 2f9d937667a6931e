# Register and glossary: see notifications.ftl.

## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([zero], [one], [two], [few], [many],
## *[other]), never on exact numbers such as [0].
## Italian plural categories: one, many (round millions: "1.000.000 di volte"), other.

# The bell button's accessible name when nothing is unread.
inbox-bell = Notifiche
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread =
    { PLURAL($count) ->
        [one] Notifiche, { $count } non letta
       *[other] Notifiche, { $count } non lette
    }
# The panel's heading.
inbox-title = Notifiche
inbox-close = Chiudi
# The accessible name of the row of tabs.
inbox-tabs = Mostra
inbox-tab-unread = Non lette
inbox-tab-all = Tutte
inbox-tab-archived = Archiviate
inbox-mark-all-read = Segna tutte come lette
inbox-mark-read = Segna come letta
inbox-mark-unread = Segna come non letta
inbox-archive = Archivia
inbox-unarchive = Riporta nella casella
# The accessible name of the dot on an unread item.
inbox-item-unread = Non letta
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Risolto
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = Non più valido
# The accessible names of the severity marks.
inbox-severity-action_required = Azione richiesta
inbox-severity-warning = Avviso
inbox-severity-info = Per tua informazione
# $count ≥ 2: how often the same problem happened.
inbox-occurrences =
    { PLURAL($count) ->
        [one] È successo una volta
        [many] È successo { $count } di volte
       *[other] È successo { $count } volte
    }
inbox-empty-unread = Hai letto tutto.
inbox-empty-all = Ancora nessuna notifica.
inbox-empty-archived = Nessuna notifica archiviata.
inbox-error = Non è stato possibile caricare le notifiche.
inbox-retry = Riprova
inbox-loading = Caricamento…
inbox-load-more = Mostra altre
# Shown while the live connection is being restored ("connessione", not "ricollegare",
# which is for accounts).
inbox-reconnecting = Ripristino della connessione… Le nuove notifiche potrebbero arrivare in ritardo.
