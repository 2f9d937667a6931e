# Register and glossary: see notifications.ftl.
## Names of the social networks, as people know them.
##
## ko: brand names stay in Latin script, as Meta, Google and the networks write them in their
## own Korean UI; Google Business Profile is Google's official Korean name.
## Particles are chosen by how Koreans say the name (Facebook = 페이스북, ends in ㄱ → 이/을/은/과;
## X = 엑스, ends in a vowel → 가/를/는/와). Forms every network declares:
##   .subject  + 이/가    .object  + 을/를    .topic  + 은/는
##   .on       + 에 (same after any sound; declared so every form comes from one place)
##   .with     + 과/와
## `platform-unlisted` (a name herald does not know, so its final sound is unknown) uses the
## double forms 이(가), 을(를), 은(는), 과(와), the usual Korean notation for such cases.
## A list ($platforms_<form>) gives the form to EVERY name ("X가 및 Facebook이"), so never use
## these forms on a list: see notifications.ftl. No message uses them at present.

platform-bluesky = Bluesky
    .subject = Bluesky가
    .object = Bluesky를
    .topic = Bluesky는
    .on = Bluesky에
    .with = Bluesky와
platform-facebook = Facebook
    .subject = Facebook이
    .object = Facebook을
    .topic = Facebook은
    .on = Facebook에
    .with = Facebook과
platform-gmb = Google 비즈니스 프로필
    .subject = Google 비즈니스 프로필이
    .object = Google 비즈니스 프로필을
    .topic = Google 비즈니스 프로필은
    .on = Google 비즈니스 프로필에
    .with = Google 비즈니스 프로필과
platform-instagram = Instagram
    .subject = Instagram이
    .object = Instagram을
    .topic = Instagram은
    .on = Instagram에
    .with = Instagram과
platform-linkedin = LinkedIn
    .subject = LinkedIn이
    .object = LinkedIn을
    .topic = LinkedIn은
    .on = LinkedIn에
    .with = LinkedIn과
platform-pinterest = Pinterest
    .subject = Pinterest가
    .object = Pinterest를
    .topic = Pinterest는
    .on = Pinterest에
    .with = Pinterest와
platform-reddit = Reddit
    .subject = Reddit이
    .object = Reddit을
    .topic = Reddit은
    .on = Reddit에
    .with = Reddit과
platform-snapchat = Snapchat
    .subject = Snapchat이
    .object = Snapchat을
    .topic = Snapchat은
    .on = Snapchat에
    .with = Snapchat과
platform-telegram = Telegram
    .subject = Telegram이
    .object = Telegram을
    .topic = Telegram은
    .on = Telegram에
    .with = Telegram과
platform-threads = Threads
    .subject = Threads가
    .object = Threads를
    .topic = Threads는
    .on = Threads에
    .with = Threads와
platform-tiktok = TikTok
    .subject = TikTok이
    .object = TikTok을
    .topic = TikTok은
    .on = TikTok에
    .with = TikTok과
platform-twitter = X
    .subject = X가
    .object = X를
    .topic = X는
    .on = X에
    .with = X와
platform-youtube = YouTube
    .subject = YouTube가
    .object = YouTube를
    .topic = YouTube는
    .on = YouTube에
    .with = YouTube와
# A network herald does not know by name, or none named at all ($known is "no" then).
# "SNS" (에스엔에스) ends in a vowel.
platform-other = SNS
    .subject = SNS가
    .object = SNS를
    .topic = SNS는
    .on = SNS에
    .with = SNS와
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
platform-unlisted = { $name }
    .subject = { $name }이(가)
    .object = { $name }을(를)
    .topic = { $name }은(는)
    .on = { $name }에
    .with = { $name }과(와)
