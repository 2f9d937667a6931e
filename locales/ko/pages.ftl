# Register and glossary: see notifications.ftl.
## The pages behind unsubscribe links. $product: the product name; $category: a category-… name.

page-unsubscribe-title = 수신 거부
page-unsubscribe-question = { $product }에서 보내는 { $category } 관련 이메일을 더 이상 받지 않으시겠어요?
page-unsubscribe-note = 이 알림은 { $product }에서 계속 확인할 수 있어요.
page-unsubscribe-button = 수신 거부
page-unsubscribed-title = 수신 거부가 완료됐어요
page-unsubscribed-body = 앞으로 { $product }에서 { $category } 관련 이메일을 보내 드리지 않을게요.
page-invalid-title = 이 링크는 작동하지 않아요
page-invalid-body = 수신 거부 링크가 불완전하거나 변경됐어요. 가장 최근에 받은 이메일의 링크를 사용해 주세요.
