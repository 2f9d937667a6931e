# Register and glossary: see notifications.ftl.
## Nazwy sieci społecznościowych w takiej postaci, w jakiej znają je użytkownicy.
##
## pl: polskie zdania potrzebują nazw w przypadkach, więc `platform-other` deklaruje formy
## (atrybuty), a każda sieć podaje swoje. Formy używane w notifications.ftl:
##   (nazwa)   mianownik, tak jak w liście sieci: „Facebook”, „Twoja sieć społecznościowa”
##   .start    mianownik na początku zdania (podmiot): „Facebook”, „Twoja sieć społecznościowa”
##   .gen      dopełniacz: „(w ustawieniach) Facebooka”, „(dla) serwisu X”
##   .on       miejscownik z przyimkiem: „na Facebooku”, „w serwisie X”, „w Threads”
##   .with     narzędnik z przyimkiem: „z Facebookiem”, „ze Snapchatem”
##   .account  biernik, co łączy się ponownie: „konto na Facebooku”, „Profil Firmy w Google”
##   .gender   rodzaj do zgody czasownika w czasie przeszłym: masculine („Facebook odrzucił”)
##             albo feminine („Twoja sieć społecznościowa odrzuciła”). Kilka sieci naraz to
##             liczba mnoga niemęskoosobowa („Instagram i Threads odrzuciły”): zdania wybierają
##             ją przez PLURAL($count).
## Zasady: nazwy odmieniamy tak, jak robi to polszczyzna (Facebooka, na Facebooku; YouTube’a,
## na YouTube). Nazwy nieodmienne lub niepewne (X, Threads, Bluesky) stoją przy rzeczowniku
## „serwis” albo pozostają bez końcówki. „Twoja” piszemy wielką literą (zwrot do czytelnika).

platform-bluesky = Bluesky
    .gen = Bluesky
    .on = na Bluesky
    .with = z Bluesky
    .account = konto na Bluesky
    .gender = masculine
platform-facebook = Facebook
    .gen = Facebooka
    .on = na Facebooku
    .with = z Facebookiem
    .account = konto na Facebooku
    .gender = masculine
platform-gmb = Profil Firmy w Google
    .gen = Profilu Firmy w Google
    .on = w Profilu Firmy w Google
    .with = z Profilem Firmy w Google
    .account = Profil Firmy w Google
    .gender = masculine
platform-instagram = Instagram
    .gen = Instagrama
    .on = na Instagramie
    .with = z Instagramem
    .account = konto na Instagramie
    .gender = masculine
platform-linkedin = LinkedIn
    .gen = LinkedIna
    .on = na LinkedInie
    .with = z LinkedInem
    .account = konto na LinkedInie
    .gender = masculine
platform-pinterest = Pinterest
    .gen = Pinteresta
    .on = na Pintereście
    .with = z Pinterestem
    .account = konto na Pintereście
    .gender = masculine
platform-reddit = Reddit
    .gen = Reddita
    .on = na Reddicie
    .with = z Redditem
    .account = konto na Reddicie
    .gender = masculine
platform-snapchat = Snapchat
    .gen = Snapchata
    .on = na Snapchacie
    .with = ze Snapchatem
    .account = konto na Snapchacie
    .gender = masculine
platform-telegram = Telegram
    .gen = Telegrama
    .on = na Telegramie
    .with = z Telegramem
    .account = konto na Telegramie
    .gender = masculine
platform-threads = Threads
    .gen = Threads
    .on = w Threads
    .with = z Threads
    .account = konto w Threads
    .gender = masculine
platform-tiktok = TikTok
    .gen = TikToka
    .on = na TikToku
    .with = z TikTokiem
    .account = konto na TikToku
    .gender = masculine
platform-twitter = X
    .gen = serwisu X
    .on = w serwisie X
    .with = z serwisem X
    .account = konto w serwisie X
    .gender = masculine
platform-youtube = YouTube
    .gen = YouTube’a
    .on = na YouTube
    .with = z YouTube’em
    .account = konto na YouTube
    .gender = masculine
# A network herald does not know by name, or none named at all ($known is "no" then).
# .start: as a sentence begins with it.
platform-other = Twoja sieć społecznościowa
    .start = Twoja sieć społecznościowa
    .gen = Twojej sieci społecznościowej
    .on = w Twojej sieci społecznościowej
    .with = z Twoją siecią społecznościową
    .account = konto w Twojej sieci społecznościowej
    .gender = feminine
# A network herald has no name for. $name: its id, capitalised ("Mastodon").
# pl: odmiany nazwy nie znamy, więc formy zależne budujemy na słowie „serwis”
# („w serwisie Mastodon”); w mianowniku nazwa stoi sama i przyjmuje rodzaj męski (serwis).
platform-unlisted = { $name }
    .start = { $name }
    .gen = serwisu { $name }
    .on = w serwisie { $name }
    .with = z serwisem { $name }
    .account = konto w serwisie { $name }
    .gender = masculine
