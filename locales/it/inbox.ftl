## La casella del browser, <herald-inbox>. I testi con $count scelgono solo per categorie di
## plurale.

inbox-bell = Notifiche
inbox-bell-unread = Notifiche, { $count } da leggere
inbox-title = Notifiche
inbox-close = Chiudi
inbox-tabs = Mostra
inbox-tab-unread = Da leggere
inbox-tab-all = Tutte
inbox-tab-archived = Archiviate
inbox-mark-all-read = Segna tutte come lette
inbox-mark-read = Segna come letta
inbox-mark-unread = Segna come da leggere
inbox-archive = Archivia
inbox-unarchive = Annulla archiviazione
inbox-item-unread = Da leggere
inbox-state-resolved = Risolto
inbox-state-expired = Non più valido
inbox-severity-action_required = Azione richiesta
inbox-severity-warning = Avviso
inbox-severity-info = Informazione
inbox-occurrences = È successo { $count } volte
inbox-empty-unread = Hai letto tutto.
inbox-empty-all = Ancora nessuna notifica.
inbox-empty-archived = Nessuna notifica archiviata.
inbox-error = Non è stato possibile caricare le notifiche.
inbox-retry = Riprova
inbox-loading = Caricamento…
inbox-load-more = Mostra altre
inbox-reconnecting = Riconnessione in corso… Le nuove notifiche potrebbero arrivare in ritardo.
