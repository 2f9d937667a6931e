## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "your social network" when none is known
##   $platforms  all networks concerned, as a list ("Instagram和Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "your social network"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares
## Kind-specific variables are listed above each group.

## zh-Hans 译者说明（给下一位译者）
##
## 地区变体：简体中文（中国大陆）。读者是中国大陆的社交媒体运营和小商家，用词以大陆常见
##   产品界面为准（账号、帖子、视频、默认、链接、网址、服务器、爬虫），不用港台用语
##   （帐号、贴文、影片、預設、連結）。
## 语体：称呼用户一律用“您”（通知、邮件、页面、收件箱都一样），语气礼貌、简洁、友好；
##   标题和按钮尽量短，按钮用动宾结构（“重新连接Facebook”“编辑帖子”），不加“请”；
##   需要用户操作的标题和正文用“请……”。
## 标点：全角中文标点 ，。：；？！（）“”……；界面名称和原文引述用“”。
##   Latin 内部的符号保持原样（4:5、1440 × 2158 px、Billing → Credits、robots.txt）。
## 空格：中文与拉丁字母、数字之间不加空格（“发布到X”“X API额度”“5美元”“1小时内”），
##   与 herald 代码生成的中文列表、日期、时间格式一致（“X和Facebook”“2027年1月4日 09:30”
##   “1小时后”）。拉丁词组内部的空格保留（X Developer Console、Keys and tokens）。
##   唯一例外：官方中文名里本身带空格的品牌名照官方写法（Google 商家资料）。
## 网络名称：品牌名保留拉丁字母（Facebook、Instagram、X、TikTok……）；Google Business
##   Profile 用 Google 官方大陆译名“Google 商家资料”。未知网络写作“您的社交平台”。
##   中文没有冠词、变格和大小写，platforms.ftl 不声明任何形式（不需要 $platform_start），
##   句子只用 $platform / $platforms；写法上避免“您的社交平台的……”这类双“的”，
##   如“在{ $platform }设置中”；同一句里不宜再重复“您的社交平台”时，用 $known 选择“该平台”
##   （见 account-disconnected-body、media-processing-timeout-body）。
## 复数：中文只有 other 一类，带 $count 的文本写成单一文本（量词随名词：条、个、次）。
## 句间分隔：notification-sentence-separator 为空（句号“。”后不加空格）。
##
## 术语表：
##   reconnect               重新连接
##   post（名词）             帖子（量词“条”）
##   post（动词）             发布；口语化的短句可用“发帖”（如“发帖频率”“发帖权限”）
##   publish                 发布（published / is live：已发布、已成功发布）
##   retry the post          重试发布
##   credits（X API）         额度（API额度）；X 后台的菜单名保留英文“Billing → Credits”
##   aspect ratio            宽高比
##   crop                    裁剪
##   media                   媒体文件（泛指帖子中的图片和视频）
##   caption                 文案（帖子文案）
##   statistics / analytics  统计数据
##   rate limit              频率限制（发帖频率限制）
##   notification            通知
##   inbox                   收件箱（同 Gmail 中文版）
##   archive                 归档；archived：已归档；unarchive：移回收件箱
##   unsubscribe             退订
##   API key and secret      API Key和Secret（沿用 X 开发者后台的叫法）；统称“API密钥”
##   access token            访问令牌
##   crawler                 爬虫

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = 请重新连接{ $platform }
account-disconnected-preheader = { $platform }已不再接受您的帖子。重新连接后即可继续发布。
account-disconnected-body =
    { $by_system ->
        [yes] 由于授权已失效，{ $platform }账号已被断开连接。
       *[no] { $platform }已不再接受来自您账号的帖子。这通常是因为密码已更改，或{ $known ->
            [yes] { $platform }
           *[no] 该平台
        }设置中的访问权限已被移除。
    }请重新连接{ $platform }，以便继续发布。
account-disconnected-action = 重新连接{ $platform }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock.
account-refresh-due-title = 请在{ $deadline }前重新连接{ $platform }
account-refresh-due-preheader = { $platform }要求重新确认您的账号，否则帖子将无法继续发布到该平台。
account-refresh-due-body = { $platform }每隔一段时间就会要求您更新账号连接。请在{ $deadline }前重新连接；逾期后连接将会断开，帖子也将无法再发布到{ $platform }。
account-refresh-due-action = 在{ $deadline }前重新连接

x-credits-depleted-title = 您的X API额度已用完
x-credits-depleted-preheader = 您发布到X的帖子已暂停，添加API额度后即可恢复。
x-credits-depleted-body = X拒绝了您的帖子，因为您的X开发者账号已没有剩余的API额度。请在X Developer Console的“Billing → Credits”中购买额度；只需5美元就足以发布数百条帖子。
x-credits-depleted-action = 购买X API额度

x-app-permissions-title = 请为您的X应用开启发帖权限
x-app-permissions-preheader = 您的X应用目前只有读取权限。请更改权限，以便恢复发帖。
x-app-permissions-body = 您的X访问令牌目前只有读取权限。请在X Developer Console中将应用权限设为“Read and write and Direct message”（读写和私信），然后在“Keys and tokens”中重新生成访问令牌。
x-app-permissions-action = 打开X Developer Console

x-credentials-missing-title = 请添加您的X API密钥
x-credentials-missing-preheader = 请添加您自己的X API Key和Secret，以便继续发布到X。
x-credentials-missing-body = 现在发布到X需要使用您自己的X开发者应用：添加该应用的API Key和Secret后，您的帖子即可恢复发布。
x-credentials-missing-action = 添加X API密钥

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = 请按{ $platform }要求调整图片尺寸
media-aspect-ratio-preheader = { $platform }不接受这张图片的宽高比。以下是修改方法。
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform }接受的图片宽高比为{ $min }至{ $max }，而您的图片为{ $ratio }（{ $width } × { $height } px）。请将其裁剪为{ $crop_width } × { $crop_height } px（{ $target }），然后重新发布。
        [ratio] { $platform }不支持这张图片的宽高比{ $ratio }（{ $width } × { $height } px）。请将其裁剪为支持的宽高比，然后重新发布。
       *[none] { $platform }不支持这张图片或视频的宽高比。请将其裁剪为支持的宽高比，然后重新发布。
    }
media-aspect-ratio-action = 编辑帖子

media-too-large-title = 媒体文件太大，无法发布到{ $platform }
media-too-large-preheader = 文件过大，已被{ $platform }拒绝。
media-too-large-body = 由于文件过大，{ $platform }拒绝了帖子中的媒体文件。请压缩文件或缩短视频时长，然后重新发布。
media-too-large-action = 编辑帖子

media-format-unsupported-title = { $platform }不支持此图片格式
media-format-unsupported-preheader = { $platform }无法使用这张图片。请将其另存为JPEG格式。
media-format-unsupported-body = 图片无法转换为{ $platform }支持的格式。请将其另存为JPEG格式，然后重新发布。
media-format-unsupported-action = 编辑帖子

media-unreachable-title = { $platforms }无法下载媒体文件
media-unreachable-preheader = { $platforms }未能下载帖子中的媒体文件。
media-unreachable-body = { $platforms }无法通过网址获取媒体文件。该文件不仅要能在浏览器中打开，还必须能被各社交平台的爬虫（例如facebookexternalhit）访问。请检查文件所在服务器的robots.txt和防火墙规则，然后重新发布。
media-unreachable-action = 修复媒体文件托管

media-processing-timeout-title = { $platform }处理媒体文件超时
media-processing-timeout-preheader = { $platform }处理媒体文件时超时，请重试。
media-processing-timeout-body = { $platform }处理帖子中的媒体文件时超时。视频较大或{ $known ->
        [yes] { $platform }
       *[no] 该平台
    }繁忙时可能会出现这种情况。请重试发布；如果仍然失败，请使用较小的文件。
media-processing-timeout-action = 重试发布

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time; "none" when unknown. $wait: how far away that is ("1小时后").
rate-limited-title = { $platform }要求您降低发帖频率
rate-limited-preheader = { $platform }正在限制发帖频率。
rate-limited-body =
    { $until ->
        [none] { $platform }限制了每天可发布的帖子数量。请等待几个小时后再发布。
       *[other] { $platform }限制了每天可发布的帖子数量。您可从{ $until }（{ $wait }）起再次发布。
    }
rate-limited-action = 重新安排发布时间

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = 无法为{ $platforms }处理帖子文案
caption-enhancement-failed-preheader = 您的文案处理失败，帖子未能按计划发布。
caption-enhancement-failed-body =
    { $partial ->
        [yes] 您的帖子已发布到{ $succeeded }，但由于文案处理（例如缩短其中的链接）失败，未能发布到{ $platforms }。请只在{ $platforms }上重试发布，以免在{ $succeeded }上重复发布。
       *[no] 由于文案处理（例如缩短其中的链接）失败，帖子未发布到任何平台。请重试发布；如果仍然失败，请关闭链接缩短功能后再发布。
    }
caption-enhancement-failed-action = 重试发布

duplicate-post-title = { $platforms }拒绝了重复的帖子
duplicate-post-preheader = { $platforms }不允许连续两次发布相同的文字。
duplicate-post-body = { $platforms }不允许在短时间内重复发布相同的文字。请修改措辞，然后重新发布。
duplicate-post-action = 编辑帖子

analytics-throttled-title = { $platform }统计数据暂时停止更新
analytics-throttled-preheader = { $platform }统计数据很快就会恢复更新。
analytics-throttled-body = { $platform }限制了账号统计数据的读取频率。您的账号仍保持连接，可以正常发布；统计数据将在1小时内恢复更新。您无需进行任何操作。

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = 帖子未能发布到{ $platform }
post-failed-preheader = 帖子未能发布到{ $platform }。
post-failed-body =
    { $retry ->
        [yes] 帖子这次未能发布到{ $platform }。您可以直接重试，无需修改。
       *[no] 帖子未能发布到{ $platform }。请查看下方的原始消息（如有），修改帖子后再试一次。
    }
post-failed-action =
    { $retry ->
        [yes] 重试发布
       *[no] 查看帖子
    }

post-published-title = 已发布到{ $platforms }
post-published-preheader = 您的帖子已成功发布到{ $platforms }。
post-published-body = 您的帖子已成功发布到{ $platforms }。
post-published-action = 查看帖子

## Shared pieces.

# The post a notification is about, quoted.
notification-post = 帖子：“{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = 原始消息：{ $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
# zh-Hans: Chinese has only the plural category "other", so this is a single text.
notification-repeated = 此问题已发生{ $count }次。
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted = 此帖子的发布结果中还有{ $count }个其他问题，此处不再逐一列出。
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
# zh-Hans: empty, a Chinese sentence ends with "。" and takes no space after it.
notification-sentence-separator = { "" }
