# Register and glossary: see notifications.ftl.

## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = Demo di herald
demo-intro = Questa è una dashboard ospitata su un’altra origine, con la casella delle notifiche di herald incorporata: è la campanella in alto. Aprila per leggere le notifiche, archiviarle e seguirne i link, oppure fai fallire un post e guarda la notifica arrivare in tempo reale.
demo-viewing = Accesso effettuato come { $name }
demo-switch = Passa a { $name }
demo-fail = Fai fallire un post
