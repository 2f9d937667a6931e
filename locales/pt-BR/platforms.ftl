# Register and glossary: see notifications.ftl.

## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable: `.start` gives `$platform_start` (the first network) and `$platforms_start` (the
## list of them all). A network without one of the declared forms is named as it is there.
##
## pt-BR: a network name always takes the definite article, and every network is masculine
## (o Facebook, o X, o Threads, o Perfil da Empresa no Google); "sua rede social" is feminine.
## The forms, for every network (and around { $name } for an unlisted one):
##   .start   sentence-initial subject: "O Facebook", "Sua rede social"
##   .the     with the article, mid-sentence: "o Facebook", "a sua rede social"
##   .on      em + article: "no Facebook", "na sua rede social"
##   .of      de + article: "do Facebook", "da sua rede social"
##   .by      por + article: "pelo Facebook", "pela sua rede social"
##   .to      a + article: "ao Facebook", "à sua rede social"
##   .with    com + article: "com o Facebook", "com a sua rede social"
##   .gender  masculine / feminine, for agreement (select with *[other] as masculine)
## In a list each name takes the form ("no Instagram e no Threads"), so `$platforms_start`
## would capitalise every item ("O X e O Facebook"): start a sentence with `$platform_start`
## only, never with `$platforms_start`.

platform-bluesky = Bluesky
    .start = O Bluesky
    .the = o Bluesky
    .on = no Bluesky
    .of = do Bluesky
    .by = pelo Bluesky
    .to = ao Bluesky
    .with = com o Bluesky
    .gender = masculine
platform-facebook = Facebook
    .start = O Facebook
    .the = o Facebook
    .on = no Facebook
    .of = do Facebook
    .by = pelo Facebook
    .to = ao Facebook
    .with = com o Facebook
    .gender = masculine
platform-gmb = Perfil da Empresa no Google
    .start = O Perfil da Empresa no Google
    .the = o Perfil da Empresa no Google
    .on = no Perfil da Empresa no Google
    .of = do Perfil da Empresa no Google
    .by = pelo Perfil da Empresa no Google
    .to = ao Perfil da Empresa no Google
    .with = com o Perfil da Empresa no Google
    .gender = masculine
platform-instagram = Instagram
    .start = O Instagram
    .the = o Instagram
    .on = no Instagram
    .of = do Instagram
    .by = pelo Instagram
    .to = ao Instagram
    .with = com o Instagram
    .gender = masculine
platform-linkedin = LinkedIn
    .start = O LinkedIn
    .the = o LinkedIn
    .on = no LinkedIn
    .of = do LinkedIn
    .by = pelo LinkedIn
    .to = ao LinkedIn
    .with = com o LinkedIn
    .gender = masculine
platform-pinterest = Pinterest
    .start = O Pinterest
    .the = o Pinterest
    .on = no Pinterest
    .of = do Pinterest
    .by = pelo Pinterest
    .to = ao Pinterest
    .with = com o Pinterest
    .gender = masculine
platform-reddit = Reddit
    .start = O Reddit
    .the = o Reddit
    .on = no Reddit
    .of = do Reddit
    .by = pelo Reddit
    .to = ao Reddit
    .with = com o Reddit
    .gender = masculine
platform-snapchat = Snapchat
    .start = O Snapchat
    .the = o Snapchat
    .on = no Snapchat
    .of = do Snapchat
    .by = pelo Snapchat
    .to = ao Snapchat
    .with = com o Snapchat
    .gender = masculine
platform-telegram = Telegram
    .start = O Telegram
    .the = o Telegram
    .on = no Telegram
    .of = do Telegram
    .by = pelo Telegram
    .to = ao Telegram
    .with = com o Telegram
    .gender = masculine
platform-threads = Threads
    .start = O Threads
    .the = o Threads
    .on = no Threads
    .of = do Threads
    .by = pelo Threads
    .to = ao Threads
    .with = com o Threads
    .gender = masculine
platform-tiktok = TikTok
    .start = O TikTok
    .the = o TikTok
    .on = no TikTok
    .of = do TikTok
    .by = pelo TikTok
    .to = ao TikTok
    .with = com o TikTok
    .gender = masculine
platform-twitter = X
    .start = O X
    .the = o X
    .on = no X
    .of = do X
    .by = pelo X
    .to = ao X
    .with = com o X
    .gender = masculine
platform-youtube = YouTube
    .start = O YouTube
    .the = o YouTube
    .on = no YouTube
    .of = do YouTube
    .by = pelo YouTube
    .to = ao YouTube
    .with = com o YouTube
    .gender = masculine
# A network herald does not know by name, or none named at all ($known is "no" then).
platform-other = sua rede social
    .start = Sua rede social
    .the = a sua rede social
    .on = na sua rede social
    .of = da sua rede social
    .by = pela sua rede social
    .to = à sua rede social
    .with = com a sua rede social
    .gender = feminine
# A network herald has no name for. $name: its id, capitalised ("Mastodon"). Masculine, like
# every network in Brazilian usage (o Mastodon).
platform-unlisted = { $name }
    .start = O { $name }
    .the = o { $name }
    .on = no { $name }
    .of = do { $name }
    .by = pelo { $name }
    .to = ao { $name }
    .with = com o { $name }
    .gender = masculine
