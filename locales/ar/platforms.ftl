# Register and glossary: see notifications.ftl.

## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable. A network without one of the declared forms is named as it is there.
##
## ar: brand names stay in Latin script, as the networks write them (see the header of
## notifications.ftl); Google Business Profile takes Google's own Arabic name for it.
## Forms declared here (every network has all four, so none falls back to the bare name):
##   .gender   masculine or feminine, for the verbs and pronouns that agree with the network
##             as subject: «رفض Facebook» / «رفضت شبكتك الاجتماعية». Every brand is masculine
##             (read as a service or app: «تطبيق»، «موقع»), including X; «شبكتك الاجتماعية»
##             is feminine.
##   .account  the user's account there, so that no possessive is doubled:
##             «حسابك على Facebook», «ملفك التجاري على Google», «حسابك على الشبكة الاجتماعية»
##             (never «حسابك على شبكتك الاجتماعية»).
##   .on       "on/at the network": «على Facebook», «في ملفك التجاري على Google» (never
##             «على الملف التجاري على Google»); a list repeats the preposition, as Arabic
##             prefers: «نُشر منشورك على Facebook وعلى Instagram».
##   .for      the network after «تعذّر»: «تعذّر على Facebook تنزيل…». Same as .on except for
##             Google Business Profile, whose form is «على Google» (it is Google that fetches).
##             Being Arabic from its first letter, a list in this form (or in .on) also keeps
##             its right-to-left order inside herald's isolation marks: «على X وعلى Facebook».

platform-bluesky = Bluesky
    .gender = masculine
    .account = حسابك على Bluesky
    .on = على Bluesky
    .for = على Bluesky
platform-facebook = Facebook
    .gender = masculine
    .account = حسابك على Facebook
    .on = على Facebook
    .for = على Facebook
platform-gmb = الملف التجاري على Google
    .gender = masculine
    .account = ملفك التجاري على Google
    .on = في ملفك التجاري على Google
    .for = على Google
platform-instagram = Instagram
    .gender = masculine
    .account = حسابك على Instagram
    .on = على Instagram
    .for = على Instagram
platform-linkedin = LinkedIn
    .gender = masculine
    .account = حسابك على LinkedIn
    .on = على LinkedIn
    .for = على LinkedIn
platform-pinterest = Pinterest
    .gender = masculine
    .account = حسابك على Pinterest
    .on = على Pinterest
    .for = على Pinterest
platform-reddit = Reddit
    .gender = masculine
    .account = حسابك على Reddit
    .on = على Reddit
    .for = على Reddit
platform-snapchat = Snapchat
    .gender = masculine
    .account = حسابك على Snapchat
    .on = على Snapchat
    .for = على Snapchat
platform-telegram = Telegram
    .gender = masculine
    .account = حسابك على Telegram
    .on = على Telegram
    .for = على Telegram
platform-threads = Threads
    .gender = masculine
    .account = حسابك على Threads
    .on = على Threads
    .for = على Threads
platform-tiktok = TikTok
    .gender = masculine
    .account = حسابك على TikTok
    .on = على TikTok
    .for = على TikTok
platform-twitter = X
    .gender = masculine
    .account = حسابك على X
    .on = على X
    .for = على X
platform-youtube = YouTube
    .gender = masculine
    .account = حسابك على YouTube
    .on = على YouTube
    .for = على YouTube
# A network herald does not know by name, or none named at all ($known is "no" then).
platform-other = شبكتك الاجتماعية
    .gender = feminine
    .account = حسابك على الشبكة الاجتماعية
    .on = على شبكتك الاجتماعية
    .for = على شبكتك الاجتماعية
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
    .gender = masculine
    .account = حسابك على { $name }
    .on = على { $name }
    .for = على { $name }
