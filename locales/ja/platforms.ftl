# Register and glossary: see notifications.ftl.
## Names of the social networks, as people know them.
##
## Sentences may need a network in other forms than its bare name. `platform-other` declares
## the forms a locale uses, as attributes, and every kind's messages get each of them as a
## variable.
## ja: no forms are declared. Japanese has no articles, case or capitals: a particle follows the
## name directly ("Facebookに", "お使いのSNSで"), so $platform works in every slot.
## Brand names stay in Latin script as the networks write them; gmb uses Google's official
## Japanese product name (with its official spaces).

platform-bluesky = Bluesky
platform-facebook = Facebook
platform-gmb = Google ビジネス プロフィール
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
# ja: no space between お使いの and SNS, as everywhere between Japanese and Latin letters.
platform-other = お使いのSNS
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
