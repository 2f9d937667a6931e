## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = Unsubscribe
page-unsubscribe-question = Stop emails about { $category } from { $product }?
page-unsubscribe-note = You’ll still see these notifications in { $product }.
page-unsubscribe-button = Unsubscribe
page-unsubscribed-title = You’re unsubscribed
page-unsubscribed-body = You won’t get emails about { $category } from { $product } any more.
page-invalid-title = This link doesn’t work
page-invalid-body = The unsubscribe link is incomplete or was changed. Use the link in the most recent email you received.
