# Register and glossary: see notifications.ftl.
## The pages behind unsubscribe links. $product: the product name; $category: a category-… name
## (with its article: « les statistiques »). « envoyés par { $product } » avoids « de »/« d’ ».

page-unsubscribe-title = Désabonnement
page-unsubscribe-question = Ne plus recevoir les e-mails envoyés par { $product } concernant { $category } ?
page-unsubscribe-note = Vous continuerez à voir ces notifications dans { $product }.
page-unsubscribe-button = Se désabonner
page-unsubscribed-title = Désabonnement confirmé
page-unsubscribed-body = Vous ne recevrez plus d’e-mails envoyés par { $product } concernant { $category }.
page-invalid-title = Ce lien ne fonctionne pas
page-invalid-body = Le lien de désabonnement est incomplet ou a été modifié. Utilisez le lien du dernier e-mail que vous avez reçu.
