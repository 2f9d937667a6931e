## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; « votre réseau social » when none is known
##   $platforms  all networks concerned, as a list (« Instagram et Threads »)
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for « votre réseau social »
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares: `_start`, `_nom`, `_de`
## Kind-specific variables are listed above each group.

## Français (France) — notes pour la prochaine personne qui traduit
##
## Registre : vouvoiement (« vous »), ton direct et cordial, comme dans les produits grand
## public français (Google, Canva, Doctolib). Titres et consignes à l’impératif
## (« Reconnectez Facebook », « Recadrez votre image ») ; boutons à l’infinitif
## (« Reconnecter Facebook », « Modifier la publication ») ; titres d’état en groupe
## nominal (« Échec de la publication sur Threads », « Publication réussie sur Facebook »).
##
## Variante : français de France (fr-FR) : « e-mail » (pas « courriel »), typographie
## française : espace fine insécable (U+202F) avant ; : ! ? et à l’intérieur des « »,
## espace insécable (U+00A0) entre un nombre et son unité (« 1440 × 1800 px », « 5 $ »),
## apostrophe typographique ’, points de suspension en un seul caractère (…). Les noms d’écrans de la X Developer
## Console (Billing → Credits, Keys and tokens, « Read and write and Direct message »)
## restent en anglais, car la console n’existe qu’en anglais.
##
## Noms des réseaux : ne pas employer { $platform } tel quel dans une phrase (il commence par
## une minuscule sans réseau connu, « votre réseau social », et la Fiche d’établissement
## Google demande un déterminant). Utiliser { $platform_start } (sujet en début de phrase),
## { $platform_nom } (dans la phrase : après un verbe, « à », « pour », « sur », « avec ») et
## { $platform_de } (« de Facebook », « d’Instagram », « de votre réseau social ») ; de même
## $platforms_<forme> et $succeeded_<forme>. Voir platforms.ftl. Quand une liste
## ($platforms_start) est sujet, accorder le verbe avec PLURAL($count). $known sert à
## reformuler quand le nom générique alourdirait la phrase (account-disconnected).
##
## Glossaire :
##   reconnect                 reconnecter (la reconnexion)
##   post (nom)                publication
##   post, publish (verbe)     publier ; « post again », « retry the post » : relancer la
##                             publication ; « went out », « is live » : être en ligne,
##                             être mise en ligne
##   credits                   crédits (crédits d’API X)
##   aspect ratio              proportions (de l’image) ; « format » est réservé au format de
##                             fichier (JPEG)
##   crop                      recadrer (« resize your image » se traduit aussi par
##                             « recadrez », puisque la solution est un recadrage)
##   media                     média, fichier média (pluriel : médias)
##   caption                   légende
##   statistics, analytics     statistiques
##   rate limit                limite de publication ; « limite la fréquence de vos publications »
##   notification              notification (féminin : « marquer comme lue »)
##   inbox                     boîte de réception
##   archive                   archiver ; Archived : Archivées
##   unsubscribe               se désabonner ; le désabonnement
##   access token              jeton d’accès ; API key and secret : clé d’API et son secret
##   original message          message d’origine
##   update (e-mail digest)    notification (« 3 notifications concernant vos publications »),
##                             jamais « mise à jour », qui désigne une actualisation

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Reconnectez { $platform_nom }
account-disconnected-preheader = { $platform_start } n’accepte plus vos publications. Reconnectez votre compte pour continuer à publier.
account-disconnected-body =
    { $by_system ->
        [yes] La connexion à { $platform_nom } a été supprimée, car son autorisation n’était plus valide.
       *[no] { $platform_start } n’accepte plus les publications de votre compte. Cela arrive après un changement de mot de passe ou quand l’accès a été retiré dans { $known ->
            [yes] les paramètres { $platform_de }
           *[no] ses paramètres
        }.
    } { $known ->
        [yes] Reconnectez { $platform_nom } pour continuer à publier.
       *[no] Reconnectez votre compte pour continuer à publier.
    }
account-disconnected-action = Reconnecter { $platform_nom }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock (« 4 janv. 2027, 09:30 »).
account-refresh-due-title = Reconnectez { $platform_nom } avant le { $deadline }
account-refresh-due-preheader = { $platform_start } vous demande de confirmer à nouveau votre compte, sinon vos publications y seront interrompues.
account-refresh-due-body = { $platform_start } vous demande de renouveler régulièrement la connexion à votre compte. Reconnectez-le avant le { $deadline } : passé ce délai, il sera déconnecté et vos publications ne seront plus mises en ligne sur { $platform_nom }.
account-refresh-due-action = Reconnecter avant le { $deadline }

x-credits-depleted-title = Vos crédits d’API X sont épuisés
x-credits-depleted-preheader = Vos publications sur X sont suspendues jusqu’à ce que vous ajoutiez des crédits d’API.
x-credits-depleted-body = X a refusé votre publication, car votre compte développeur X n’a plus de crédits d’API. Achetez-en dans la X Developer Console, rubrique Billing → Credits : même 5 $ suffisent pour des centaines de publications.
x-credits-depleted-action = Acheter des crédits X

x-app-permissions-title = Autorisez votre application X à publier
x-app-permissions-preheader = Votre application X est en lecture seule. Modifiez ses autorisations pour publier à nouveau.
x-app-permissions-body = Votre jeton d’accès X est en lecture seule. Dans la X Developer Console, réglez les autorisations de votre application sur « Read and write and Direct message » (lecture, écriture et messages privés), puis régénérez le jeton d’accès dans la rubrique Keys and tokens.
x-app-permissions-action = Ouvrir la X Developer Console

x-credentials-missing-title = Ajoutez vos clés d’API X
x-credentials-missing-preheader = Ajoutez votre propre clé d’API X et son secret pour continuer à publier sur X.
x-credentials-missing-body = Pour publier sur X, vous devez désormais utiliser votre propre application développeur X : ajoutez sa clé d’API et son secret, et vos publications reprendront.
x-credentials-missing-action = Ajouter les clés d’API X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Recadrez votre image pour { $platform_nom }
media-aspect-ratio-preheader = { $platform_start } a refusé les proportions de votre image. Voici comment les corriger.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } accepte les images dont les proportions vont de { $min } à { $max } ; la vôtre est en { $ratio } ({ $width } × { $height } px). Recadrez-la en { $crop_width } × { $crop_height } px ({ $target }), puis relancez la publication.
        [ratio] { $platform_start } n’accepte pas les proportions de votre image ({ $ratio }, { $width } × { $height } px). Recadrez-la pour respecter les proportions acceptées, puis relancez la publication.
       *[none] { $platform_start } n’accepte pas les proportions de votre image ou de votre vidéo. Recadrez-la pour respecter les proportions acceptées, puis relancez la publication.
    }
media-aspect-ratio-action = Modifier la publication

media-too-large-title = Votre média est trop volumineux pour { $platform_nom }
media-too-large-preheader = { $platform_start } a refusé un fichier trop volumineux.
media-too-large-body = { $platform_start } a refusé le média de votre publication, car le fichier est trop volumineux. Compressez-le ou raccourcissez-le, puis relancez la publication.
media-too-large-action = Modifier la publication

media-format-unsupported-title = { $platform_start } ne prend pas en charge ce format d’image
media-format-unsupported-preheader = { $platform_start } n’a pas pu utiliser votre image. Enregistrez-la au format JPEG.
media-format-unsupported-body = Votre image n’a pas pu être convertie dans un format compatible avec { $platform_nom }. Enregistrez-la au format JPEG, puis relancez la publication.
media-format-unsupported-action = Modifier la publication

media-unreachable-title = { $platforms_start } { PLURAL($count) ->
        [one] n’a
       *[other] n’ont
    } pas pu télécharger votre média
media-unreachable-preheader = { $platforms_start } { PLURAL($count) ->
        [one] n’a
       *[other] n’ont
    } pas pu télécharger votre fichier média.
media-unreachable-body = { $platforms_start } { PLURAL($count) ->
        [one] n’a
       *[other] n’ont
    } pas pu récupérer votre fichier média à son adresse web. Le fichier doit être accessible aux robots d’exploration des réseaux sociaux (comme facebookexternalhit), et pas seulement depuis un navigateur : vérifiez le fichier robots.txt et les règles de pare-feu du serveur qui l’héberge, puis relancez la publication.
media-unreachable-action = Corriger l’hébergement du média

media-processing-timeout-title = { $platform_start } a mis trop de temps à traiter votre média
media-processing-timeout-preheader = { $platform_start } n’a pas pu traiter votre média dans le temps imparti. Réessayez.
media-processing-timeout-body = { $platform_start } n’a pas pu traiter à temps le média de votre publication, ce qui arrive avec les vidéos volumineuses ou quand la plateforme est très sollicitée. Relancez la publication ; si l’échec persiste, utilisez un fichier plus léger.
media-processing-timeout-action = Relancer la publication

## rate-limited. $until: when posting works again, a time (« 15:00 ») or, on another day, a date
## and time; "none" when unknown. $wait: how far away that is (« dans 1 heure »).
rate-limited-title = { $platform_start } vous demande de ralentir
rate-limited-preheader = { $platform_start } limite la fréquence de vos publications.
rate-limited-body =
    { $until ->
        [none] { $platform_start } limite le nombre de publications par jour. Attendez quelques heures avant de publier à nouveau.
       *[other] { $platform_start } limite le nombre de publications par jour. Vous pourrez publier à nouveau { $wait } ({ $until }).
    }
rate-limited-action = Reprogrammer la publication

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list (and $succeeded_<form> in every form).
caption-enhancement-failed-title = Votre légende n’a pas pu être préparée pour { $platforms_nom }
caption-enhancement-failed-preheader = Votre légende n’a pas pu être préparée : votre publication n’a pas été mise en ligne comme prévu.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Votre publication est en ligne sur { $succeeded_nom }, mais pas sur { $platforms_nom }, car la préparation de la légende (par exemple le raccourcissement des liens) a échoué. Relancez-la uniquement sur { $platforms_nom } pour qu’elle ne soit pas publiée deux fois sur { $succeeded_nom }.
       *[no] Rien n’a été publié, car la préparation de la légende (par exemple le raccourcissement des liens) a échoué. Relancez la publication ; si l’échec persiste, publiez-la sans raccourcir les liens.
    }
caption-enhancement-failed-action = Relancer la publication

duplicate-post-title = { $platforms_start } { PLURAL($count) ->
        [one] a refusé
       *[other] ont refusé
    } une publication en double
duplicate-post-preheader = { $platforms_start } { PLURAL($count) ->
        [one] refuse
       *[other] refusent
    } de publier deux fois de suite le même texte.
duplicate-post-body = { $platforms_start } { PLURAL($count) ->
        [one] refuse
       *[other] refusent
    } de publier deux fois le même texte à peu de temps d’intervalle. Reformulez le texte, puis relancez la publication.
duplicate-post-action = Modifier la publication

analytics-throttled-title = Les statistiques { $platform_de } sont en pause pour le moment
analytics-throttled-preheader = Les statistiques { $platform_de } seront bientôt de nouveau mises à jour.
analytics-throttled-body = { $platform_start } limite la fréquence de consultation des statistiques d’un compte. Votre compte est toujours connecté et vous pouvez publier normalement ; les statistiques se mettront de nouveau à jour d’ici une heure. Vous n’avez rien à faire.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Échec de la publication sur { $platform_nom }
post-failed-preheader = Votre publication n’a pas pu être mise en ligne sur { $platform_nom }.
post-failed-body =
    { $retry ->
        [yes] Votre publication n’a pas pu être mise en ligne sur { $platform_nom } cette fois-ci. Vous pouvez la relancer telle quelle.
       *[no] Votre publication n’a pas pu être mise en ligne sur { $platform_nom }. Consultez le message d’origine ci-dessous, s’il y en a un, puis modifiez la publication et réessayez.
    }
post-failed-action =
    { $retry ->
        [yes] Relancer la publication
       *[no] Voir la publication
    }

post-published-title = Publication réussie sur { $platforms_nom }
post-published-preheader = Votre publication est en ligne sur { $platforms_nom }.
post-published-body = Votre publication est en ligne sur { $platforms_nom }.
post-published-action = Voir la publication

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Publication : « { $post } »
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Message d’origine : { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2;
# the [one] variant is only there for Fluent).
notification-repeated =
    { PLURAL($count) ->
        [one] Ce problème s’est produit une fois.
       *[other] Ce problème s’est produit { $count } fois.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] Le résultat de cette publication signale aussi un autre problème, qui n’est pas détaillé séparément.
       *[other] Le résultat de cette publication signale aussi { $count } autres problèmes, qui ne sont pas détaillés séparément.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
