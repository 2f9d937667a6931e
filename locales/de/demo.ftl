## Die Dashboard-Seite von herald demo. $name: der Name einer Demo-Person.

demo-title = herald-Demo
demo-intro = Dies ist ein Dashboard auf einem anderen Ursprung, in das der Posteingang von herald eingebettet ist: die Glocke oben. Öffnen Sie ihn, um Benachrichtigungen zu lesen, zu archivieren und den Links zu folgen – oder lassen Sie einen Beitrag fehlschlagen und sehen Sie zu, wie die Benachrichtigung live eintrifft.
demo-viewing = Angemeldet als { $name }
demo-switch = Zu { $name } wechseln
demo-fail = Beitrag fehlschlagen lassen
