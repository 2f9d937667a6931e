# Register and glossary: see notifications.ftl.
## The emails' own text. $product is the product name from the brand settings.
## ko: $product is a brand name of unknown final sound: no 이/가, 을/를, (으)로 after it.

# Subject of an email about one problem. $severity: action_required, warning or info (only
# action_required has its own wording here); $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] [조치 필요] { $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
# ko: Korean has only the plural category "other", so the texts with $count are single texts.
email-subject-digest = 게시물 관련 알림 { $count }건
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] 안녕하세요.
       *[other] { $name }님, 안녕하세요.
    }
# $count: how many problems the email is about (1 or more).
email-intro = { $product }에서 올린 게시물과 관련해 확인이 필요한 사항이 { $count }건 있어요.
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more = { $product }에서 확인할 알림이 { $count }건 더 있어요.
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = 원본 메시지
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = 버튼이 작동하지 않으면 아래 링크를 복사해 브라우저에 붙여 넣어 주세요.
email-open-product = { $product } 열기
email-footer-reason = { $product }에서 게시물을 올리고 계셔서 이 이메일을 보내 드렸어요.
# $category: one of the category-… names below.
email-unsubscribe = { $category } 관련 이메일 수신 거부

## Notification categories, as they read before "관련 이메일" ("결제 관련 이메일").
category-account = 계정 문제
category-billing = 결제
category-media = 미디어 문제
category-rate_limit = 게시 횟수 제한
category-content = 게시물 내용
category-analytics = 통계
category-publish = 게시 결과
# Between a label and what it labels in plain-text email ("수신 거부: https://…"), spaces included.
email-label-separator = { ": " }
# Between the titles a digest's preheader names, spaces included.
email-preheader-separator = { " · " }
