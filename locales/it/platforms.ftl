# Register and glossary: see notifications.ftl.

## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable: `.start` gives `$platform_start` (the first network) and `$platforms_start` (the
## list of them all). A network without one of the declared forms is named as it is there.
##
## Forme usate in italiano (ogni rete le dichiara tutte, anche quando coincidono col nome):
##   .start  a inizio frase, con la maiuscola: "Facebook", "Il tuo social network"
##   .il     dentro la frase, con l’articolo se il nome lo vuole (dopo per, con, o come
##           complemento oggetto): "Facebook", "il tuo social network"
##   .di     "di Facebook", "del tuo social network"
##   .da     "da Facebook", "dal tuo social network"
##   .su     "su Facebook", "sul tuo social network"
## "per" e "con" non si contraggono: si scrive "per { $platform_il }", "con { $platform_il }".
## Nessuna forma di genere: tutti i nomi qui sono maschili ("il tuo social network", "il
## Profilo dell’attività su Google", i marchi), quindi basta il maschile. Chi aggiunge una rete
## con nome femminile deve dichiarare anche `.gender` e far accordare i testi.
## Il valore semplice (senza attributo) resta il nome com’è: è { $platform } / { $platforms }.

platform-bluesky = Bluesky
    .start = Bluesky
    .il = Bluesky
    .di = di Bluesky
    .da = da Bluesky
    .su = su Bluesky
platform-facebook = Facebook
    .start = Facebook
    .il = Facebook
    .di = di Facebook
    .da = da Facebook
    .su = su Facebook
# Il nome ufficiale italiano di Google Business Profile; vuole l’articolo.
platform-gmb = Profilo dell’attività su Google
    .start = Il Profilo dell’attività su Google
    .il = il Profilo dell’attività su Google
    .di = del Profilo dell’attività su Google
    .da = dal Profilo dell’attività su Google
    .su = sul Profilo dell’attività su Google
platform-instagram = Instagram
    .start = Instagram
    .il = Instagram
    .di = di Instagram
    .da = da Instagram
    .su = su Instagram
platform-linkedin = LinkedIn
    .start = LinkedIn
    .il = LinkedIn
    .di = di LinkedIn
    .da = da LinkedIn
    .su = su LinkedIn
platform-pinterest = Pinterest
    .start = Pinterest
    .il = Pinterest
    .di = di Pinterest
    .da = da Pinterest
    .su = su Pinterest
platform-reddit = Reddit
    .start = Reddit
    .il = Reddit
    .di = di Reddit
    .da = da Reddit
    .su = su Reddit
platform-snapchat = Snapchat
    .start = Snapchat
    .il = Snapchat
    .di = di Snapchat
    .da = da Snapchat
    .su = su Snapchat
platform-telegram = Telegram
    .start = Telegram
    .il = Telegram
    .di = di Telegram
    .da = da Telegram
    .su = su Telegram
platform-threads = Threads
    .start = Threads
    .il = Threads
    .di = di Threads
    .da = da Threads
    .su = su Threads
platform-tiktok = TikTok
    .start = TikTok
    .il = TikTok
    .di = di TikTok
    .da = da TikTok
    .su = su TikTok
platform-twitter = X
    .start = X
    .il = X
    .di = di X
    .da = da X
    .su = su X
platform-youtube = YouTube
    .start = YouTube
    .il = YouTube
    .di = di YouTube
    .da = da YouTube
    .su = su YouTube
# A network herald does not know by name, or none named at all ($known is "no" then).
platform-other = il tuo social network
    .start = Il tuo social network
    .il = il tuo social network
    .di = del tuo social network
    .da = dal tuo social network
    .su = sul tuo social network
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
    .start = { $name }
    .il = { $name }
    .di = di { $name }
    .da = da { $name }
    .su = su { $name }
