# Register and glossary: see notifications.ftl.
## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = Démo de herald
demo-intro = Voici un tableau de bord hébergé sur une autre origine, avec la boîte de réception de herald intégrée : c’est la cloche en haut de la page. Ouvrez-la pour lire les notifications, les archiver et suivre leurs liens, ou faites échouer une publication pour voir la notification arriver en direct.
demo-viewing = Connecté en tant que { $name }
demo-switch = Se connecter en tant que { $name }
demo-fail = Faire échouer une publication
