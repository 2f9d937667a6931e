# Register and glossary: see notifications.ftl.
## Names of the social networks, as people know them.
## zh-Hans: brand names stay in Latin script; gmb uses Google's official mainland name
## (Google 商家资料, written with Google's own space). Chinese needs no article, case,
## capitalisation or gender, so no forms are declared on platform-other.

platform-bluesky = Bluesky
platform-facebook = Facebook
platform-gmb = Google 商家资料
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
platform-other = 您的社交平台
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
