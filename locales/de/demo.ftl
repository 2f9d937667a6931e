# Register and glossary: see notifications.ftl.
## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = herald-Demo
demo-intro = Dies ist ein Dashboard auf einem anderen Origin, in das der Posteingang von herald eingebettet ist: die Glocke oben. Öffnen Sie den Posteingang, um Benachrichtigungen zu lesen, zu archivieren und ihren Links zu folgen, oder lassen Sie einen Beitrag fehlschlagen und sehen Sie zu, wie die Benachrichtigung live eintrifft.
demo-viewing = Angemeldet als { $name }
demo-switch = Zu { $name } wechseln
demo-fail = Beitrag fehlschlagen lassen
