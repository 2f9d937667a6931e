## Names of the social networks, as people know them.
## de: brand names stay unchanged; gmb uses Google’s official German product name.

platform-bluesky = Bluesky
platform-facebook = Facebook
platform-gmb = Google Unternehmensprofil
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
# de: inserted as $platform/$platforms, so the German texts use the name only where
# nominative or accusative fits (neuter: same form), never with dative or genitive endings.
platform-other = Ihr soziales Netzwerk
