## Names of the social networks, as people know them.
## Brand names stay in Latin script; Google Business Profile uses Google's official Arabic name.

platform-bluesky = Bluesky
platform-facebook = Facebook
platform-gmb = الملف التجاري على Google
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
# A network herald does not know by name, or none named at all.
platform-other = شبكتك الاجتماعية
