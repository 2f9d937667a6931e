# Register and glossary: see notifications.ftl.
## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable (`.on` gives `$platform_on` for the first network and `$platforms_on` for the list
## of them all). A network without one of the declared forms is named as it is there.
##
## de: brand names stay unchanged and take no article („Facebook hat … abgelehnt“); gmb is
## Google’s official German product name, which reads as a noun and takes one in running text
## („das Google Unternehmensprofil“). The bare name ($platform) stands only in headlines and
## buttons („Facebook neu verbinden“). The forms:
##   .start  subject at the start of a sentence („Facebook“, „Das Google Unternehmensprofil“)
##   .the    nominative or accusative inside a sentence („für das Google Unternehmensprofil“)
##   .on     where a post appears or fails („auf Facebook“, „im Google Unternehmensprofil“,
##           „in Ihrem sozialen Netzwerk“); lists repeat it: „auf Facebook und auf Instagram“
##   .to     „die Verbindung …“ („zu Facebook“, „zum Google Unternehmensprofil“)
##   .of     whose settings or statistics („von Facebook“, „des Google Unternehmensprofils“,
##           „Ihres sozialen Netzwerks“)
##   .noun   "yes" for gmb only (a common noun that needs an article), "no" for platform-other;
##           a brand has none, so $platform_noun is its name and selects the default branch.
## .start and .the only differ for gmb, so the brands leave them out. .on, .to and .of begin
## in lowercase: never start a sentence with them. A `.start` list would capitalise every
## article in it („X und Das Google …“) and a `.the` list would begin in lowercase when gmb
## comes first, so where several networks are the subject of a sentence, the messages select
## on $platform_noun (the first network): [yes] { $platforms_start }, *[other] { $platforms_the }
## („Das Google Unternehmensprofil und Facebook …“, „X, Facebook und das Google …“).

platform-bluesky = Bluesky
    .on = auf Bluesky
    .to = zu Bluesky
    .of = von Bluesky
platform-facebook = Facebook
    .on = auf Facebook
    .to = zu Facebook
    .of = von Facebook
platform-gmb = Google Unternehmensprofil
    .start = Das Google Unternehmensprofil
    .the = das Google Unternehmensprofil
    .on = im Google Unternehmensprofil
    .to = zum Google Unternehmensprofil
    .of = des Google Unternehmensprofils
    .noun = yes
platform-instagram = Instagram
    .on = auf Instagram
    .to = zu Instagram
    .of = von Instagram
platform-linkedin = LinkedIn
    .on = auf LinkedIn
    .to = zu LinkedIn
    .of = von LinkedIn
platform-pinterest = Pinterest
    .on = auf Pinterest
    .to = zu Pinterest
    .of = von Pinterest
platform-reddit = Reddit
    .on = auf Reddit
    .to = zu Reddit
    .of = von Reddit
platform-snapchat = Snapchat
    .on = auf Snapchat
    .to = zu Snapchat
    .of = von Snapchat
platform-telegram = Telegram
    .on = auf Telegram
    .to = zu Telegram
    .of = von Telegram
platform-threads = Threads
    .on = auf Threads
    .to = zu Threads
    .of = von Threads
platform-tiktok = TikTok
    .on = auf TikTok
    .to = zu TikTok
    .of = von TikTok
platform-twitter = X
    .on = auf X
    .to = zu X
    .of = von X
platform-youtube = YouTube
    .on = auf YouTube
    .to = zu YouTube
    .of = von YouTube
# A network herald does not know by name, or none named at all ($known is "no" then).
# de: where „Ihr soziales Netzwerk“ would follow another „Ihr …“ in the same phrase
# („Ihr Beitrag … in Ihrem sozialen Netzwerk“), the messages select on $known and leave it out.
platform-other = Ihr soziales Netzwerk
    .start = Ihr soziales Netzwerk
    .the = Ihr soziales Netzwerk
    .on = in Ihrem sozialen Netzwerk
    .to = zu Ihrem sozialen Netzwerk
    .of = Ihres sozialen Netzwerks
    .noun = no
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
    .on = auf { $name }
    .to = zu { $name }
    .of = von { $name }
