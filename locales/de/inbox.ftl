# Register and glossary: see notifications.ftl.
## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([one], *[other] in de), never on
## exact numbers such as [0].

# The bell button's accessible name when nothing is unread.
inbox-bell = Benachrichtigungen
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread = Benachrichtigungen, { $count } ungelesen
# The panel's heading.
inbox-title = Benachrichtigungen
inbox-close = Schließen
# The accessible name of the row of tabs.
inbox-tabs = Ansicht
inbox-tab-unread = Ungelesen
inbox-tab-all = Alle
inbox-tab-archived = Archiviert
inbox-mark-all-read = Alle als gelesen markieren
inbox-mark-read = Als gelesen markieren
inbox-mark-unread = Als ungelesen markieren
inbox-archive = Archivieren
inbox-unarchive = Zurück in den Posteingang
# The accessible name of the dot on an unread item.
inbox-item-unread = Ungelesen
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Behoben
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = Nicht mehr aktuell
# The accessible names of the severity marks.
inbox-severity-action_required = Handlungsbedarf
inbox-severity-warning = Warnung
inbox-severity-info = Zur Information
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = { $count }-mal aufgetreten
inbox-empty-unread = Sie sind auf dem neuesten Stand.
inbox-empty-all = Noch keine Benachrichtigungen.
inbox-empty-archived = Nichts archiviert.
inbox-error = Ihre Benachrichtigungen konnten nicht geladen werden.
inbox-retry = Erneut versuchen
inbox-loading = Wird geladen …
inbox-load-more = Mehr anzeigen
# Shown while the live connection is being restored.
inbox-reconnecting = Verbindung wird wiederhergestellt … Neue Benachrichtigungen erscheinen eventuell mit Verzögerung.
