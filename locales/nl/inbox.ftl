# Register and glossary: see notifications.ftl.
## The browser inbox, <herald-inbox> (GET /v1/inbox.js), which formats these texts itself.
## A text with $count selects on plural categories only ([zero], [one], [two], [few], [many],
## *[other]), never on exact numbers such as [0].
## nl: ‘keer’ en ‘ongelezen’ veranderen niet in het meervoud, dus hier is geen keuze nodig.

# The bell button's accessible name when nothing is unread.
inbox-bell = Meldingen
# The bell button's accessible name. $count ≥ 1: how many notifications are unread.
inbox-bell-unread = Meldingen, { $count } ongelezen
# The panel's heading.
inbox-title = Meldingen
inbox-close = Sluiten
# The accessible name of the row of tabs.
inbox-tabs = Weergeven
inbox-tab-unread = Ongelezen
inbox-tab-all = Alle
inbox-tab-archived = Gearchiveerd
inbox-mark-all-read = Alles markeren als gelezen
inbox-mark-read = Markeren als gelezen
inbox-mark-unread = Markeren als ongelezen
inbox-archive = Archiveren
inbox-unarchive = Terugzetten naar inbox
# The accessible name of the dot on an unread item.
inbox-item-unread = Ongelezen
# A problem that has been fixed since (the post went through, the account was reconnected).
inbox-state-resolved = Opgelost
# A notice that no longer applies (a rate limit that has passed).
inbox-state-expired = Niet meer van toepassing
# The accessible names of the severity marks.
inbox-severity-action_required = Actie vereist
inbox-severity-warning = Waarschuwing
inbox-severity-info = Ter informatie
# $count ≥ 2: how often the same problem happened.
inbox-occurrences = { $count } keer gebeurd
inbox-empty-unread = Je bent helemaal bij.
inbox-empty-all = Nog geen meldingen.
inbox-empty-archived = Niets gearchiveerd.
inbox-error = Je meldingen konden niet worden geladen.
inbox-retry = Opnieuw proberen
inbox-loading = Laden…
inbox-load-more = Meer weergeven
# Shown while the live connection is being restored.
inbox-reconnecting = Verbinding herstellen… Nieuwe meldingen komen mogelijk later binnen.
