## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = Désabonnement
page-unsubscribe-question = Ne plus recevoir les e-mails envoyés par { $product } concernant { $category } ?
page-unsubscribe-note = Vous continuerez à voir ces notifications dans { $product }.
page-unsubscribe-button = Se désabonner
page-unsubscribed-title = Désabonnement confirmé
page-unsubscribed-body = Vous ne recevrez plus les e-mails envoyés par { $product } concernant { $category }.
page-invalid-title = Ce lien ne fonctionne pas
page-invalid-body = Le lien de désabonnement est incomplet ou a été modifié. Utilisez celui du dernier e-mail que vous avez reçu.
