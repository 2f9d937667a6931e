## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable: `.start` gives `$platform_start` (the first network) and `$platforms_start` (the
## list of them all). A network without one of the declared forms is named as it is there.
## Translators: declare what your language needs (an article, a preposition contracted with
## it, a gender to select on) on `platform-other`, and give it to every network that needs it.

platform-bluesky = Bluesky
platform-facebook = Facebook
platform-gmb = Google Business Profile
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
platform-other = your social network
    .start = Your social network
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
