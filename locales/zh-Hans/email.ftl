# Register and glossary: see notifications.ftl.
## The emails' own text. $product is the product name from the brand settings.

# Subject of an email about one problem. $severity: action_required, warning or info;
# $title: the notification's title.
email-subject =
    { $severity ->
        [action_required] 【需处理】{ $title }
       *[other] { $title }
    }
# Subject of a digest: several problems in one email. $count ≥ 2.
# zh-Hans: Chinese has only the plural category "other", so texts with $count are single texts.
email-subject-digest = 您有{ $count }条与帖子相关的通知
# Preheader of a digest. $titles: the notifications' titles, as a list.
email-preheader-digest = { $titles }
# $name: the recipient's name, or "none".
email-greeting =
    { $name ->
        [none] 您好：
       *[other] { $name }，您好：
    }
# $count: how many problems the email is about (1 or more).
email-intro = 关于您在{ $product }上发布的帖子，有{ $count }条通知需要您查看。
# Under a digest too long to list whole (more than 20). $count ≥ 1: how many it does not
# list. A link to the product follows.
email-more = { $product }中还有{ $count }条通知等待您查看。
# Heading above the upstream message (Ayrshare's words, with the network's inside them) in an email.
email-details-heading = 原始消息
# Under a button, for mail clients that hide it. The link follows on the next line.
email-link-fallback = 如果按钮无法使用，请将以下链接复制到浏览器中打开：
email-open-product = 打开{ $product }
email-footer-reason = 您收到此邮件，是因为您在使用{ $product }发布内容。
# $category: one of the category-… names below.
email-unsubscribe = 退订{ $category }相关邮件

## Notification categories, as they read inside a sentence ("……相关邮件").
category-account = 账号问题
category-billing = 账单
category-media = 媒体文件问题
category-rate_limit = 发帖频率限制
category-content = 帖子内容
category-analytics = 统计数据
category-publish = 发布结果
# Between a label and what it labels in plain-text email ("退订：https://…"): a full-width
# colon, which carries its own spacing.
email-label-separator = { "：" }
# Between the titles a digest's preheader names: a full-width semicolon, no spaces.
email-preheader-separator = { "；" }
