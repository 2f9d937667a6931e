## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "your social network" when none is known
##   $platforms  all networks concerned, as a list ("Instagram and Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "your social network"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares
## Kind-specific variables are listed above each group.

## ── pl: informacje dla kolejnego tłumacza ──────────────────────────────────────────────
## Wariant: polski ogólny (pl-PL), jedyny wariant językowy w użyciu.
## Rejestr: zwracamy się do czytelnika na „ty” (2. os. lp.), jak Facebook, Instagram, Google,
##   Canva czy Buffer w polskich interfejsach. Formy „Pan/Pani” brzmią w powiadomieniach
##   urzędowo i wymagają znajomości płci czytelnika. Zaimki zwrotu piszemy wielką literą
##   (Twój, Twoje, Ci, Ciebie), jak w polskich interfejsach tych firm.
##   Unikamy form zależnych od płci czytelnika: żadnego czasu przeszłego w 2. osobie
##   („opublikowałeś/-aś”), zamiast tego konstrukcje bezosobowe („Nie udało się opublikować”),
##   strona bierna („post nie został opublikowany”) lub czas teraźniejszy/przyszły
##   („Nie będziesz już otrzymywać”).
##   Przyciski w trybie rozkazującym 2. os. lp.: „Połącz ponownie”, „Edytuj post”.
## Sieci: formy z platforms.ftl ($platform_gen, _on, _with, _account, _gender). Gdy podmiotem
##   jest $platforms_start, czasownik zgadzamy z PLURAL($count) (lp. → rodzaj z _gender,
##   lm. → forma niemęskoosobowa: „odrzuciły”).
## Liczebniki: kategorie one/few/many/other; other to ułamki, które łączą się z dopełniaczem
##   lp. („1,5 raza”, „2,5 problemu”).
## Typografia: cudzysłów „…”, apostrof ’ (YouTube’a), wielokropek …, półpauza ze spacjami –.
## Słowniczek:
##   reconnect          połączyć ponownie („Połącz ponownie konto na Facebooku”)
##   post (rzecz.)      post (posta, posty, postów)
##   post (czas.)       opublikować / publikować (nie „postować”)
##   publish            opublikować, publikacja („Ponów publikację”)
##   retry              ponowić („Ponów publikację”)
##   credits            kredyty (kredyty API X)
##   aspect ratio       proporcje (obrazu), np. 4:5
##   crop               przyciąć („Przytnij obraz do…”)
##   media              plik multimedialny, multimedia (zdjęcie lub film)
##   caption            opis (posta)
##   statistics/analytics  statystyki
##   rate limit         limit publikowania; „ogranicza, jak często możesz publikować”
##   notification       powiadomienie
##   inbox              skrzynka powiadomień (panel pod dzwonkiem), krótko: skrzynka
##   archive            archiwizować, Zarchiwizowane
##   unsubscribe        wypisać się (z e-maili)
##   e-mail             e-mail (e-maile, e-maili), wiadomość e-mail

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Połącz ponownie { $platform_account }
account-disconnected-preheader = { $platform_start } nie przyjmuje już postów z Twojego konta. Połącz je ponownie, aby dalej publikować.
account-disconnected-body =
    { $by_system ->
        [yes] Połączenie { $platform_with } zostało usunięte, ponieważ autoryzacja konta przestała działać.
       *[no] { $platform_start } nie przyjmuje już postów z Twojego konta. Dzieje się tak po zmianie hasła lub po cofnięciu dostępu w ustawieniach { $platform_gen }.
    } Połącz ponownie { $platform_account }, aby dalej publikować.
account-disconnected-action = Połącz ponownie { $platform_account }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock.
account-refresh-due-title = Połącz ponownie { $platform_account } do { $deadline }
account-refresh-due-preheader = { $platform_start } prosi o ponowne potwierdzenie konta – inaczej posty przestaną się tam ukazywać.
account-refresh-due-body = { $platform_start } co jakiś czas prosi o odnowienie połączenia z Twoim kontem. Połącz konto ponownie do { $deadline } – po tym terminie zostanie ono odłączone, a Twoje posty przestaną się ukazywać { $platform_on }.
account-refresh-due-action = Połącz ponownie do { $deadline }

x-credits-depleted-title = Skończyły Ci się kredyty API X
x-credits-depleted-preheader = Twoje posty w serwisie X są wstrzymane, dopóki nie dodasz kredytów API.
x-credits-depleted-body = X odrzucił Twój post, ponieważ na Twoim koncie deweloperskim X nie ma już kredytów API. Kup kredyty w X Developer Console w sekcji Billing → Credits – już 5 USD wystarczy na setki postów.
x-credits-depleted-action = Kup kredyty X

x-app-permissions-title = Zezwól aplikacji X na publikowanie
x-app-permissions-preheader = Twoja aplikacja X ma uprawnienia tylko do odczytu. Zmień je, aby znów publikować.
x-app-permissions-body = Twój token dostępu do X pozwala tylko na odczyt. W X Developer Console ustaw uprawnienia aplikacji na „Read and write and Direct message” (odczyt, zapis i wiadomości bezpośrednie), a potem wygeneruj ponownie token dostępu w sekcji Keys and tokens.
x-app-permissions-action = Otwórz X Developer Console

x-credentials-missing-title = Dodaj swoje klucze API X
x-credentials-missing-preheader = Dodaj własny klucz i sekret API X, aby dalej publikować w serwisie X.
x-credentials-missing-body = Publikowanie w serwisie X wymaga teraz własnej aplikacji deweloperskiej X: dodaj jej klucz i sekret API, a Twoje posty znów zaczną się ukazywać.
x-credentials-missing-action = Dodaj klucze API X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Dopasuj obraz do wymagań { $platform_gen }
media-aspect-ratio-preheader = { $platform_start } { $platform_gender ->
        [feminine] odrzuciła
       *[other] odrzucił
    } obraz z powodu proporcji. Zobacz, jak to poprawić.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } akceptuje obrazy o proporcjach od { $min } do { $max }, a Twój ma proporcje { $ratio } ({ $width } × { $height } px). Przytnij go do { $crop_width } × { $crop_height } px ({ $target }) i opublikuj ponownie.
        [ratio] { $platform_start } nie akceptuje proporcji obrazu: { $ratio } ({ $width } × { $height } px). Przytnij go do obsługiwanych proporcji i opublikuj ponownie.
       *[none] { $platform_start } nie akceptuje proporcji obrazu lub filmu. Przytnij go do obsługiwanych proporcji i opublikuj ponownie.
    }
media-aspect-ratio-action = Edytuj post

media-too-large-title = Plik jest za duży dla { $platform_gen }
media-too-large-preheader = { $platform_start } { $platform_gender ->
        [feminine] odrzuciła
       *[other] odrzucił
    } zbyt duży plik.
media-too-large-body = { $platform_start } { $platform_gender ->
        [feminine] odrzuciła
       *[other] odrzucił
    } multimedia dołączone do posta, ponieważ plik jest za duży. Skompresuj go lub skróć, a potem opublikuj post ponownie.
media-too-large-action = Edytuj post

media-format-unsupported-title = { $platform_start } nie obsługuje tego formatu obrazu
media-format-unsupported-preheader = { $platform_start } nie { $platform_gender ->
        [feminine] mogła
       *[other] mógł
    } użyć tego obrazu. Zapisz go w formacie JPEG.
media-format-unsupported-body = Nie udało się przekonwertować obrazu do formatu obsługiwanego { $platform_on }. Zapisz go w formacie JPEG i opublikuj ponownie.
media-format-unsupported-action = Edytuj post

media-unreachable-title = { $platforms_start } nie { PLURAL($count) ->
        [one] { $platform_gender ->
            [feminine] mogła
           *[other] mógł
        }
        [few] mogły
        [many] mogły
       *[other] mogły
    } pobrać pliku multimedialnego
media-unreachable-preheader = { $platforms_start } nie { PLURAL($count) ->
        [one] { $platform_gender ->
            [feminine] mogła
           *[other] mógł
        }
        [few] mogły
        [many] mogły
       *[other] mogły
    } pobrać pliku dołączonego do posta.
media-unreachable-body = { $platforms_start } nie { PLURAL($count) ->
        [one] { $platform_gender ->
            [feminine] mogła
           *[other] mógł
        }
        [few] mogły
        [many] mogły
       *[other] mogły
    } pobrać pliku multimedialnego z podanego adresu internetowego. Plik musi być dostępny nie tylko w przeglądarce, ale też dla robotów sieci społecznościowych (takich jak facebookexternalhit): sprawdź plik robots.txt i reguły zapory sieciowej serwera, na którym plik jest przechowywany, a potem opublikuj post ponownie.
media-unreachable-action = Napraw hosting pliku

media-processing-timeout-title = { $platform_start } zbyt długo { $platform_gender ->
        [feminine] przetwarzała
       *[other] przetwarzał
    } plik
media-processing-timeout-preheader = { $platform_start } nie { $platform_gender ->
        [feminine] zdążyła
       *[other] zdążył
    } przetworzyć pliku. Spróbuj ponownie.
media-processing-timeout-body = { $platform_start } nie { $platform_gender ->
        [feminine] zdążyła
       *[other] zdążył
    } przetworzyć pliku dołączonego do posta. Zdarza się to przy dużych filmach albo gdy { $known ->
        [yes] { $platform } jest { $platform_gender ->
            [feminine] przeciążona
           *[other] przeciążony
        }
       *[no] sieć jest przeciążona
    }. Spróbuj opublikować post ponownie, a jeśli błąd się powtórzy, użyj mniejszego pliku.
media-processing-timeout-action = Ponów publikację

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time; "none" when unknown. $wait: how far away that is ("in 1 hour").
rate-limited-title = { $platform_start } prosi o rzadsze publikowanie
rate-limited-preheader = { $platform_start } ogranicza, jak często możesz publikować.
rate-limited-body =
    { $until ->
        [none] { $platform_start } ogranicza liczbę postów, które możesz opublikować w ciągu dnia. Odczekaj kilka godzin, zanim opublikujesz kolejny post.
       *[other] { $platform_start } ogranicza liczbę postów, które możesz opublikować w ciągu dnia. Znów możesz publikować po { $until } ({ $wait }).
    }
rate-limited-action = Zmień termin publikacji

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
## pl: $succeeded dostaje te same formy co sieci ($succeeded_on: „na Bluesky”).
caption-enhancement-failed-title = Nie udało się przygotować opisu dla { $platforms_gen }
caption-enhancement-failed-preheader = Nie udało się przygotować opisu, więc post nie został opublikowany zgodnie z planem.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Post ukazał się już { $succeeded_on }, ale nie { $platforms_on }, ponieważ nie udało się przygotować jego opisu (na przykład skrócić zawartych w nim linków). Ponów publikację tylko { $platforms_on }, żeby post nie pojawił się dwa razy { $succeeded_on }.
       *[no] Post nie został nigdzie opublikowany, ponieważ nie udało się przygotować jego opisu (na przykład skrócić zawartych w nim linków). Ponów publikację, a jeśli błąd się powtórzy, opublikuj post bez skracania linków.
    }
caption-enhancement-failed-action = Ponów publikację

duplicate-post-title = { $platforms_start } { PLURAL($count) ->
        [one] { $platform_gender ->
            [feminine] odrzuciła
           *[other] odrzucił
        }
        [few] odrzuciły
        [many] odrzuciły
       *[other] odrzuciły
    } zduplikowany post
duplicate-post-preheader = { $platforms_start } nie { PLURAL($count) ->
        [one] publikuje
        [few] publikują
        [many] publikują
       *[other] publikują
    } dwa razy z rzędu tego samego tekstu.
duplicate-post-body = { $platforms_start } nie { PLURAL($count) ->
        [one] publikuje
        [few] publikują
        [many] publikują
       *[other] publikują
    } tego samego tekstu dwa razy w krótkim czasie. Zmień treść posta, a potem opublikuj go ponownie.
duplicate-post-action = Edytuj post

analytics-throttled-title = Statystyki { $platform_gen } są chwilowo wstrzymane
analytics-throttled-preheader = Statystyki z { $platform_gen } wkrótce znów się zaktualizują.
analytics-throttled-body = { $platform_start } ogranicza, jak często można pobierać statystyki konta. Twoje konto jest nadal połączone, a publikowanie działa normalnie – statystyki zaktualizują się w ciągu godziny. Nie musisz nic robić.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Post nie został opublikowany { $platform_on }
post-failed-preheader = Post nie został opublikowany { $platform_on }.
post-failed-body =
    { $retry ->
        [yes] Tym razem nie udało się opublikować posta { $platform_on }. Możesz ponowić publikację bez wprowadzania zmian.
       *[no] Nie udało się opublikować posta { $platform_on }. Sprawdź poniżej oryginalny komunikat (jeśli jest), a potem zmień post i spróbuj ponownie.
    }
post-failed-action =
    { $retry ->
        [yes] Ponów publikację
       *[no] Zobacz post
    }

post-published-title = Opublikowano { $platforms_on }
post-published-preheader =
    { $known ->
        [yes] Twój post jest już widoczny { $platforms_on }.
       *[no] Post jest już widoczny { $platforms_on }.
    }
post-published-body =
    { $known ->
        [yes] Twój post jest już widoczny { $platforms_on }.
       *[no] Post jest już widoczny { $platforms_on }.
    }
post-published-action = Zobacz post

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Post: „{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Oryginalny komunikat: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
notification-repeated =
    { PLURAL($count) ->
        [one] Zdarzyło się to raz.
        [few] Zdarzyło się to już { $count } razy.
        [many] Zdarzyło się to już { $count } razy.
       *[other] Zdarzyło się to już { $count } raza.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] Przy publikacji tego posta wystąpił jeszcze jeden problem, który nie jest tu wymieniony osobno.
        [few] Przy publikacji tego posta wystąpiły jeszcze { $count } problemy, które nie są tu wymienione osobno.
        [many] Przy publikacji tego posta wystąpiło jeszcze { $count } problemów, które nie są tu wymienione osobno.
       *[other] Przy publikacji tego posta wystąpiło jeszcze { $count } problemu, które nie są tu wymienione osobno.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
