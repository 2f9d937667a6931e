# Register and glossary: see notifications.ftl.
## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([zero], [one], [two], [few], [many],
## *[other]), never on exact numbers such as [0].
## pl: kategorie one/few/many/other; other to ułamki (dopełniacz lp.).

# The bell button's accessible name when nothing is unread.
inbox-bell = Powiadomienia
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread =
    { PLURAL($count) ->
        [one] Powiadomienia, { $count } nieprzeczytane
        [few] Powiadomienia, { $count } nieprzeczytane
        [many] Powiadomienia, { $count } nieprzeczytanych
       *[other] Powiadomienia, { $count } nieprzeczytanego
    }
# The panel's heading.
inbox-title = Powiadomienia
inbox-close = Zamknij
# The accessible name of the row of tabs.
inbox-tabs = Pokaż
inbox-tab-unread = Nieprzeczytane
inbox-tab-all = Wszystkie
inbox-tab-archived = Zarchiwizowane
inbox-mark-all-read = Oznacz wszystkie jako przeczytane
inbox-mark-read = Oznacz jako przeczytane
inbox-mark-unread = Oznacz jako nieprzeczytane
inbox-archive = Archiwizuj
inbox-unarchive = Przywróć do skrzynki
# The accessible name of the dot on an unread item.
inbox-item-unread = Nieprzeczytane
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Rozwiązane
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = Nieaktualne
# The accessible names of the severity marks.
inbox-severity-action_required = Wymagane działanie
inbox-severity-warning = Ostrzeżenie
inbox-severity-info = Informacja
# $count ≥ 2: how often the same problem happened.
inbox-occurrences =
    { PLURAL($count) ->
        [one] Wystąpiło raz
        [few] Wystąpiło { $count } razy
        [many] Wystąpiło { $count } razy
       *[other] Wystąpiło { $count } raza
    }
inbox-empty-unread = Jesteś na bieżąco.
inbox-empty-all = Nie masz jeszcze żadnych powiadomień.
inbox-empty-archived = Brak zarchiwizowanych powiadomień.
inbox-error = Nie udało się wczytać powiadomień.
inbox-retry = Spróbuj ponownie
inbox-loading = Wczytywanie…
inbox-load-more = Pokaż więcej
# Shown while the live connection is being restored.
inbox-reconnecting = Przywracanie połączenia… Nowe powiadomienia mogą pojawić się z opóźnieniem.
