## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets:
##   $platform   the (first) network, by name
##   $platforms  all networks concerned, as a list ("Instagram et Threads")
##   $count      how many networks are concerned
## Kind-specific variables are listed above each group.
##
## French: a message may only use the variables its English counterpart uses, so messages
## without $count cannot agree a verb with $platforms ("Instagram et Threads"). Keep
## $platforms out of the subject position (use "sur", "par", "pour"), and avoid "de { $platform }"
## (it would need "d’Instagram"); the same goes for $product.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Reconnectez { $platform }
account-disconnected-preheader = { $platform } n’accepte plus vos publications. Reconnectez votre compte pour continuer à publier.
account-disconnected-body =
    { $by_system ->
        [yes] La connexion à { $platform } a été coupée, car l’autorisation d’accès n’était plus valide.
       *[no] { $platform } n’accepte plus les publications de votre compte. Cela arrive après un changement de mot de passe ou quand l’accès a été retiré dans les paramètres du réseau.
    } Reconnectez { $platform } pour continuer à publier.
account-disconnected-action = Reconnecter { $platform }

## account-refresh-due. $deadline : la date et l’heure limites, à l’heure de l’utilisateur.
account-refresh-due-title = Reconnectez { $platform } avant le { $deadline }
account-refresh-due-preheader = { $platform } vous demande de confirmer à nouveau votre compte, sinon vos publications s’arrêteront.
account-refresh-due-body = { $platform } demande de renouveler régulièrement la connexion à votre compte. Reconnectez-le avant le { $deadline } : passé ce délai, il sera déconnecté et vos publications sur { $platform } ne partiront plus.
account-refresh-due-action = Reconnecter avant le { $deadline }

x-credits-depleted-title = Vos crédits d’API X sont épuisés
x-credits-depleted-preheader = Vos publications sur X sont suspendues jusqu’à ce que vous ajoutiez des crédits d’API.
x-credits-depleted-body = X a refusé votre publication, car votre compte développeur X n’a plus de crédits d’API. Achetez-en dans la X Developer Console, sous Billing → Credits : même 5 dollars suffisent pour des centaines de publications.
x-credits-depleted-action = Acheter des crédits X

x-app-permissions-title = Autorisez votre application X à publier
x-app-permissions-preheader = Votre application X ne peut que lire. Modifiez ses autorisations pour publier à nouveau.
x-app-permissions-body = Votre jeton d’accès X ne permet que la lecture. Dans la X Developer Console, réglez les autorisations de votre application sur « Read and write and Direct message » (lecture, écriture et messages privés), puis régénérez le jeton d’accès dans Keys and tokens.
x-app-permissions-action = Ouvrir la X Developer Console

x-credentials-missing-title = Ajoutez vos clés d’API X
x-credentials-missing-preheader = Ajoutez votre propre clé d’API X et son secret pour continuer à publier sur X.
x-credentials-missing-body = Pour publier sur X, il faut désormais votre propre application développeur X : ajoutez sa clé d’API et son secret, et vos publications repartiront.
x-credentials-missing-action = Ajouter les clés d’API X

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Recadrez votre image pour { $platform }
media-aspect-ratio-preheader = { $platform } a refusé les proportions de votre image. Voici comment la recadrer.
media-aspect-ratio-body =
    { $advice ->
        [crop] Sur { $platform }, les proportions d’une image doivent être comprises entre { $min } et { $max } ; la vôtre est en { $ratio } ({ $width } × { $height } px). Recadrez-la en { $crop_width } × { $crop_height } px ({ $target }), puis relancez la publication.
        [ratio] Les proportions de votre image, { $ratio } ({ $width } × { $height } px), ne sont pas acceptées par { $platform }. Recadrez-la dans un format accepté, puis relancez la publication.
       *[none] Les proportions de votre image ou vidéo ne sont pas acceptées par { $platform }. Recadrez-la dans un format accepté, puis relancez la publication.
    }
media-aspect-ratio-action = Modifier la publication

media-too-large-title = Fichier trop volumineux pour { $platform }
media-too-large-preheader = { $platform } a refusé un fichier trop volumineux.
media-too-large-body = Le média de votre publication a été refusé par { $platform }, car le fichier est trop volumineux. Compressez-le ou raccourcissez-le, puis relancez la publication.
media-too-large-action = Modifier la publication

media-format-unsupported-title = Format d’image non pris en charge par { $platform }
media-format-unsupported-preheader = Votre image n’a pas pu être utilisée sur { $platform }. Enregistrez-la en JPEG.
media-format-unsupported-body = Votre image n’a pas pu être convertie dans un format accepté par { $platform }. Enregistrez-la en JPEG, puis relancez la publication.
media-format-unsupported-action = Modifier la publication

media-unreachable-title = Média inaccessible pour { $platforms }
media-unreachable-preheader = Votre fichier média n’a pas pu être récupéré par { $platforms }.
media-unreachable-body = Impossible pour { $platforms } de récupérer votre fichier média à son adresse web. Le fichier doit être accessible aux robots des réseaux sociaux (comme facebookexternalhit), et pas seulement dans un navigateur : vérifiez le fichier robots.txt et les règles de pare-feu du serveur qui l’héberge, puis relancez la publication.
media-unreachable-action = Corriger l’hébergement du média

media-processing-timeout-title = { $platform } n’a pas pu traiter votre média à temps
media-processing-timeout-preheader = Le traitement de votre média sur { $platform } a pris trop de temps. Réessayez.
media-processing-timeout-body = { $platform } n’a pas pu traiter à temps le média de votre publication. Cela arrive avec les vidéos volumineuses ou quand le réseau est très sollicité. Relancez la publication ; si l’échec persiste, utilisez un fichier plus léger.
media-processing-timeout-action = Relancer la publication

## rate-limited. $until: when posting works again ("15:00", or a date and time), or "none" when
## unknown; $wait: how long that is ("dans 1 heure").
rate-limited-title = { $platform } vous demande de ralentir
rate-limited-preheader = { $platform } limite la fréquence de vos publications.
rate-limited-body =
    { $until ->
        [none] { $platform } limite le nombre de publications par jour. Attendez quelques heures avant de publier à nouveau.
       *[other] { $platform } limite le nombre de publications par jour. Vous pourrez publier à nouveau { $wait } ({ $until }).
    }
rate-limited-action = Reprogrammer la publication

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = Votre légende n’a pas pu être préparée pour { $platforms }
caption-enhancement-failed-preheader = Votre légende n’a pas pu être préparée : la publication n’est pas partie comme prévu.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Votre publication est en ligne sur { $succeeded }, mais pas sur { $platforms }, car la préparation de la légende (par exemple le raccourcissement des liens) a échoué. Relancez-la uniquement sur { $platforms } pour qu’elle ne soit pas publiée deux fois sur { $succeeded }.
       *[no] Rien n’a été publié, car la préparation de la légende (par exemple le raccourcissement des liens) a échoué. Relancez la publication ; si l’échec persiste, publiez-la sans raccourcir les liens.
    }
caption-enhancement-failed-action = Relancer la publication

duplicate-post-title = Publication en double refusée par { $platforms }
duplicate-post-preheader = Impossible de publier deux fois de suite le même texte sur { $platforms }.
duplicate-post-body = Sur { $platforms }, impossible de publier le même texte deux fois en peu de temps. Modifiez le texte, puis relancez la publication.
duplicate-post-action = Modifier la publication

analytics-throttled-title = Vos statistiques sur { $platform } sont en pause pour le moment
analytics-throttled-preheader = Vos statistiques sur { $platform } seront bientôt de nouveau à jour.
analytics-throttled-body = { $platform } limite la fréquence de consultation des statistiques d’un compte. Votre compte reste connecté et vos publications partent normalement ; les statistiques seront de nouveau à jour d’ici une heure. Vous n’avez rien à faire.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Échec de la publication sur { $platform }
post-failed-preheader = Votre publication n’a pas pu être mise en ligne sur { $platform }.
post-failed-body =
    { $retry ->
        [yes] { $platform } n’a pas pu mettre en ligne votre publication cette fois-ci. Vous pouvez la relancer telle quelle.
       *[no] { $platform } n’a pas pu mettre en ligne votre publication. Consultez le message ci-dessous, modifiez la publication, puis réessayez.
    }
post-failed-action =
    { $retry ->
        [yes] Relancer la publication
       *[no] Voir la publication
    }

post-published-title = Publié sur { $platforms }
post-published-preheader = Votre publication est en ligne sur { $platforms }.
post-published-body = Votre publication est en ligne sur { $platforms }.
post-published-action = Voir la publication

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Publication : « { $post } »
# The network's own error message, shown under the notification when it is not in the reader's
# language. $message is verbatim.
notification-upstream = Message d’origine : { $message }
# Added to the body once the same problem happened again. $count ≥ 2.
notification-repeated =
    { PLURAL($count) ->
        [one] Ce problème s’est produit { $count } fois.
       *[other] Ce problème s’est produit { $count } fois.
    }
notification-omitted =
    { PLURAL($count) ->
        [one] Un autre problème a été signalé pour cette publication ; il n’est pas détaillé séparément.
       *[other] { $count } autres problèmes ont été signalés pour cette publication ; ils ne sont pas détaillés séparément.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
