# Register and glossary: see notifications.ftl.
## Names of the social networks, as people know them (Google’s own French name for gmb).
##
## Forms (attributes, declared on platform-other; each kind gets $platform_<form> and
## $platforms_<form>). A network without a form is named as it is here, so every network
## declares .de.
##   .start  the network as the subject opening a sentence: « Votre réseau social », « Google »
##           (for the Fiche d’établissement Google, it is Google that accepts or refuses).
##   .nom    the network inside a sentence, after a verb or « à », « pour », « sur », « avec » :
##           « votre réseau social », « votre fiche d’établissement Google ».
##   .de     with « de » contracted as French needs it: « de Facebook », « d’Instagram »,
##           « de votre réseau social » ; for an unlisted network « de votre compte Mastodon ».
## Do not use a form as a mid-sentence subject (« quand X est saturé ») : « Google » and
## « votre fiche d’établissement Google » would not fit the same verb.

platform-bluesky = Bluesky
    .de = de Bluesky
platform-facebook = Facebook
    .de = de Facebook
platform-gmb = Fiche d’établissement Google
    .start = Google
    .nom = votre fiche d’établissement Google
    .de = de votre fiche d’établissement Google
platform-instagram = Instagram
    .de = d’Instagram
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
platform-other = votre réseau social
    .start = Votre réseau social
    .nom = votre réseau social
    .de = de votre réseau social
# A network herald has no name for. $name: its id, capitalised ("Mastodon"). French cannot
# tell « de » from « d’ » from an id (« de Odnoklassniki » would be wrong),
# so .de goes through « votre compte »: « les paramètres de votre compte Mastodon ».
platform-unlisted = { $name }
    .de = de votre compte { $name }
