# Register and glossary: see notifications.ftl.
## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable: `.start` gives `$platform_start` (the first network) and `$platforms_start` (the
## list of them all). A network without one of the declared forms is named as it is there.
##
## nl: merknamen blijven ongewijzigd en krijgen geen lidwoord (‘op Facebook’, ‘van X’); Nederlands
## kent geen naamvallen of samentrekkingen, dus alleen `.start` is nodig (hoofdletter aan het
## begin van een zin). Merknamen beginnen al met een hoofdletter en hebben dus geen `.start`.
## ‘je sociale netwerk’ past overal waar een merknaam staat na een voorzetsel of als onderwerp/
## lijdend voorwerp (‘op je sociale netwerk’, ‘Koppel je sociale netwerk opnieuw’). Maak daarom
## geen samenstellingen met { $platform } (‘{ $platform }-account’ zou ‘je sociale netwerk-account’
## opleveren); schrijf ‘je account op { $platform }’ of kies met $known een andere formulering.
## gmb: de officiële Nederlandse productnaam van Google.

platform-bluesky = Bluesky
platform-facebook = Facebook
platform-gmb = Google Bedrijfsprofiel
platform-instagram = Instagram
platform-linkedin = LinkedIn
platform-pinterest = Pinterest
platform-reddit = Reddit
platform-snapchat = Snapchat
platform-telegram = Telegram
platform-threads = Threads
platform-tiktok = TikTok
platform-twitter = X
platform-youtube = YouTube
# A network herald does not know by name, or none named at all ($known is "no" then).
# .start: as a sentence begins with it.
platform-other = je sociale netwerk
    .start = Je sociale netwerk
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
