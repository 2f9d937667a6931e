# Register and glossary: see notifications.ftl.
## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = herald – demo
demo-intro = To panel działający pod innym adresem (inny origin) z wbudowaną skrzynką powiadomień heralda – to dzwonek u góry. Otwórz ją, aby czytać i archiwizować powiadomienia oraz otwierać linki, albo zasymuluj nieudaną publikację posta i zobacz, jak powiadomienie pojawia się na żywo.
demo-viewing = Zalogowano jako { $name }
demo-switch = Przełącz na konto: { $name }
demo-fail = Zasymuluj nieudaną publikację
