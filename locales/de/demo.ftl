## Die Dashboard-Seite von herald demo. $name: der Name einer Demo-Person.

demo-title = herald-Demo
demo-intro = Dieses Dashboard läuft unter einem anderen Ursprung (Origin) als herald und bettet den Posteingang von herald ein: die Glocke oben. Öffnen Sie ihn, um Benachrichtigungen zu lesen, zu archivieren und ihren Links zu folgen – oder lassen Sie einen Beitrag fehlschlagen und sehen Sie zu, wie die Benachrichtigung live eintrifft.
demo-viewing = Angemeldet als { $name }
demo-switch = Zu { $name } wechseln
demo-fail = Beitrag fehlschlagen lassen
