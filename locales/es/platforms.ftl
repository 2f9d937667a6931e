# Register and glossary: see notifications.ftl.

## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable: `.start` gives `$platform_start` (the first network) and `$platforms_start` (the
## list of them all). A network without one of the declared forms is named as it is there.
##
## es: the forms this locale declares (and why):
##   .start  as a sentence begins with it: "Facebook", "Tu red social", "El Perfil de Negocio
##           de Google" (capitalised; article where the name takes one).
##   .the    inside a sentence, after a verb or a preposition that does not contract
##           ("en", "con", "para", "por"): "Facebook", "tu red social", "el Perfil de Negocio
##           de Google".
##   .de     with "de", which contracts with "el" ("del Perfil de Negocio de Google"): "de
##           Facebook", "de tu red social". Every network needs it, since it includes "de".
## In a list, every network takes the form: `$platforms_start` would give "X y El Perfil…",
## so lists never open a sentence in this locale; they follow a preposition, with `_the`.

platform-bluesky = Bluesky
    .de = de Bluesky
platform-facebook = Facebook
    .de = de Facebook
# Google's own Latin American name for Google Business Profile. Unlike the brand names, it
# takes an article: "el Perfil de Negocio de Google", "del Perfil…".
platform-gmb = Perfil de Negocio de Google
    .start = El Perfil de Negocio de Google
    .the = el Perfil de Negocio de Google
    .de = del Perfil de Negocio de Google
platform-instagram = Instagram
    .de = de Instagram
platform-linkedin = LinkedIn
    .de = de LinkedIn
platform-pinterest = Pinterest
    .de = de Pinterest
platform-reddit = Reddit
    .de = de Reddit
platform-snapchat = Snapchat
    .de = de Snapchat
platform-telegram = Telegram
    .de = de Telegram
platform-threads = Threads
    .de = de Threads
platform-tiktok = TikTok
    .de = de TikTok
platform-twitter = X
    .de = de X
platform-youtube = YouTube
    .de = de YouTube
# A network herald does not know by name, or none named at all ($known is "no" then).
platform-other = tu red social
    .start = Tu red social
    .the = tu red social
    .de = de tu red social
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
    .de = de { $name }
