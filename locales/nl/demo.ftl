# Register and glossary: see notifications.ftl.
## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = herald-demo
demo-intro = Dit is een dashboard op een andere origin waarin de inbox van herald is ingebed: de bel bovenaan. Open de inbox om meldingen te lezen, te archiveren en de links te volgen, of laat een post mislukken en kijk hoe de melding live binnenkomt.
demo-viewing = Ingelogd als { $name }
demo-switch = Overschakelen naar { $name }
demo-fail = Post laten mislukken
