## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "SNS" when none is known
##   $platforms  all networks concerned, as a list ("Instagram 및 Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "SNS"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares (ko: `_subject` 이/가,
##               `_object` 을/를, `_topic` 은/는, `_on` 에, `_with` 과/와)
## Kind-specific variables are listed above each group.
##
## ko — for the next translator
## Register: 해요체 everywhere (notifications, buttons aside, emails, pages, inbox). The same
##   notification text is shown in the bell panel and in the email, so one register has to fit
##   both; 해요체 is what Korean consumer and SaaS products (Toss, Kakao, Naver, Google Korea's
##   newer copy) use in notifications and increasingly in email too, and it reads friendly
##   without being casual. Requests are "~해 주세요"; the reader is addressed with 시 where a
##   verb is about them ("받으셨어요", "하실 일"), never with 당신. Buttons and labels are noun
##   phrases without an ending ("게시물 수정", "Facebook 다시 연결"), as in Korean UI.
## Variant: Korean as written in South Korea (표준어, 한글 맞춤법); the users are South Korean
##   social-media managers and small-business owners.
## Network names: Latin script, as Meta, Google and the networks write them in their own Korean
##   UI ("Facebook", "Instagram"); the fallback "your social network" is "SNS", the everyday
##   Korean word. Google Business Profile is "Google 비즈니스 프로필" (Google's Korean name).
## Particles: the final sound of a name decides 이/가, 을/를, 은/는, 과/와, so the sentences
##   prefer particles that never change: 에서 for what a network does ("Instagram에서 … 거부했어요",
##   the usual Korean way to make an organisation the subject), 에, 에서는, 용, and "{ $platform }
##   계정". That way a name herald does not know ("Mastodon") and every list read naturally.
##   platforms.ftl still declares the changing forms for every network, for a sentence that needs
##   one; do NOT use them on a list ($platforms_subject etc.): herald gives the form to every
##   name of the list ("X가 및 Facebook이"), not only to the last one.
##   A number or ratio never takes a copula or particle that depends on it ("2:3 비율이에요",
##   "… 크기로", "{ $min }~{ $max }인"); and never 만 right after an amount ("$5만" reads as
##   $50,000): "$5로도".
## Typography: “ ” for quotes, "…" for ellipses, no space before punctuation, a unit right
##   after its number ("1440 × 1800px"), a parenthesis right after its word.
## Glossary:
##   reconnect             다시 연결(하다)
##   post (noun)           게시물
##   post (verb), publish  게시하다 (게시물을 올리다; never "게시물을 게시하다");
##                         "went out / is live" 게시물이 올라가다, 게시되다
##   credits               크레딧
##   aspect ratio          가로세로 비율 (short: 비율)
##   crop                  자르다
##   media                 미디어 (a file: 미디어 파일)
##   caption               캡션
##   statistics/analytics  통계
##   rate limit            (게시) 횟수 제한; posting limits 게시 횟수 제한
##   notification          알림
##   inbox                 알림함
##   archive               보관(하다); the tab 보관함
##   unsubscribe           수신 거부
##   wording/text          문구 / 내용
##   original message      원본 메시지

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = { $platform } 계정을 다시 연결해 주세요
account-disconnected-preheader = { $platform }에서 더 이상 게시물을 받지 않아요. 계속 게시하려면 다시 연결해 주세요.
account-disconnected-body =
    { $by_system ->
        [yes] 인증이 더 이상 유효하지 않아서 { $platform } 연결이 해제됐어요.
       *[no] { $platform }에서 더 이상 연결된 계정의 게시물을 받지 않아요. 비밀번호가 변경되거나 { $platform } 설정에서 액세스 권한이 삭제되면 이런 일이 생겨요.
    } 계속 게시하려면 { $platform } 계정을 다시 연결해 주세요.
account-disconnected-action = { $platform } 다시 연결

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock.
account-refresh-due-title = { $deadline }까지 { $platform } 계정을 다시 연결해 주세요
account-refresh-due-preheader = { $platform }에서 계정을 다시 확인해 달라고 요청했어요. 확인하지 않으면 게시가 중단돼요.
account-refresh-due-body = { $platform }에서는 주기적으로 계정 연결을 갱신해야 해요. { $deadline }까지 다시 연결해 주세요. 기한이 지나면 연결이 해제되고, { $platform }에 게시물이 더 이상 올라가지 않아요.
account-refresh-due-action = { $deadline }까지 다시 연결

x-credits-depleted-title = X API 크레딧을 모두 사용했어요
x-credits-depleted-preheader = API 크레딧을 추가할 때까지 X 게시가 보류돼요.
x-credits-depleted-body = X 개발자 계정에 남은 API 크레딧이 없어서 X에서 게시물을 거부했어요. X Developer Console의 Billing → Credits에서 크레딧을 구매해 주세요. $5로도 게시물을 수백 개 올릴 수 있어요.
x-credits-depleted-action = X 크레딧 구매

x-app-permissions-title = X 앱에 게시 권한을 허용해 주세요
x-app-permissions-preheader = X 앱에 읽기 권한만 있어요. 다시 게시하려면 권한을 변경해 주세요.
x-app-permissions-body = X 액세스 토큰에 읽기 권한만 있어요. X Developer Console에서 앱 권한을 “Read and write and Direct message”로 설정한 다음, “Keys and tokens”에서 액세스 토큰을 다시 생성해 주세요.
x-app-permissions-action = X Developer Console 열기

x-credentials-missing-title = X API 키를 추가해 주세요
x-credentials-missing-preheader = X에 계속 게시하려면 직접 발급받은 X API 키와 시크릿을 추가해 주세요.
x-credentials-missing-body = 이제 X에 게시하려면 직접 만든 X 개발자 앱이 필요해요. 앱의 API 키와 시크릿을 추가하면 게시물이 다시 올라가요.
x-credentials-missing-action = X API 키 추가

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = 이미지 비율을 { $platform }에 맞게 조정해 주세요
media-aspect-ratio-preheader = { $platform }에서 이미지의 가로세로 비율을 허용하지 않았어요. 해결 방법을 알려 드릴게요.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform }에서는 가로세로 비율이 { $min }~{ $max }인 이미지만 올릴 수 있는데, 이 이미지는 { $ratio } 비율({ $width } × { $height }px)이에요. { $crop_width } × { $crop_height }px({ $target }) 크기로 자른 다음 다시 게시해 주세요.
        [ratio] { $platform }에서는 이 이미지의 가로세로 비율({ $ratio }, { $width } × { $height }px)을 지원하지 않아요. 지원되는 비율로 자른 다음 다시 게시해 주세요.
       *[none] { $platform }에서는 이 이미지 또는 동영상의 가로세로 비율을 지원하지 않아요. 지원되는 비율로 자른 다음 다시 게시해 주세요.
    }
media-aspect-ratio-action = 게시물 수정

media-too-large-title = { $platform }에 올리기에는 미디어 파일이 너무 커요
media-too-large-preheader = 파일이 너무 커서 { $platform }에서 거부했어요.
media-too-large-body = 파일 용량이 너무 커서 { $platform }에서 게시물의 미디어를 거부했어요. 파일을 압축하거나 길이를 줄인 다음 다시 게시해 주세요.
media-too-large-action = 게시물 수정

media-format-unsupported-title = { $platform }에서 지원하지 않는 이미지 형식이에요
media-format-unsupported-preheader = { $platform }에서 이미지를 사용하지 못했어요. JPEG 형식으로 저장해 주세요.
media-format-unsupported-body = 이미지를 { $platform }에서 지원하는 형식으로 변환하지 못했어요. JPEG 형식으로 저장한 다음 다시 게시해 주세요.
media-format-unsupported-action = 게시물 수정

media-unreachable-title = { $platforms }에서 미디어를 다운로드하지 못했어요
media-unreachable-preheader = { $platforms }에서 미디어 파일을 다운로드하지 못했어요.
media-unreachable-body = { $platforms }에서 웹 주소로 미디어 파일을 가져오지 못했어요. 브라우저에서 열리는 것만으로는 부족하고, 각 SNS의 크롤러(facebookexternalhit 등)도 파일에 접근할 수 있어야 해요. 파일을 호스팅하는 서버의 robots.txt와 방화벽 규칙을 확인한 다음 다시 게시해 주세요.
media-unreachable-action = 미디어 호스팅 설정 수정

media-processing-timeout-title = { $platform }에서 미디어를 처리하는 데 시간이 너무 오래 걸렸어요
media-processing-timeout-preheader = { $platform }에서 미디어 처리 시간이 초과됐어요. 다시 시도해 주세요.
media-processing-timeout-body = { $platform }에서 게시물의 미디어를 처리하다가 시간이 초과됐어요. 동영상 용량이 크거나 { $platform }에 접속이 몰릴 때 이런 일이 생겨요. 다시 게시해 보고, 계속 실패하면 더 작은 파일을 사용해 주세요.
media-processing-timeout-action = 다시 게시

## rate-limited. $until: when posting works again, a time ("오후 3:00") or, on another day, a
## date and time; "none" when unknown. $wait: how far away that is ("1시간 후").
rate-limited-title = { $platform }에서 잠시 게시를 제한했어요
rate-limited-preheader = { $platform }에서 게시 횟수를 제한하고 있어요.
rate-limited-body =
    { $until ->
        [none] { $platform }에서는 하루에 게시할 수 있는 게시물 수를 제한해요. 몇 시간 기다린 다음 다시 게시해 주세요.
       *[other] { $platform }에서는 하루에 게시할 수 있는 게시물 수를 제한해요. { $until }({ $wait })부터 다시 게시할 수 있어요.
    }
rate-limited-action = 게시 일정 변경

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = { $platforms }용 캡션을 준비하지 못했어요
caption-enhancement-failed-preheader = 캡션을 준비하지 못해서 게시물이 예정대로 올라가지 않았어요.
caption-enhancement-failed-body =
    { $partial ->
        [yes] 캡션 준비(링크 단축 등)에 실패해서 게시물이 { $succeeded }에는 올라갔지만 { $platforms }에는 올라가지 않았어요. { $succeeded }에 두 번 게시되지 않도록 { $platforms }에만 다시 게시해 주세요.
       *[no] 캡션 준비(링크 단축 등)에 실패해서 게시물이 어디에도 올라가지 않았어요. 다시 게시해 보고, 계속 실패하면 링크를 단축하지 않고 게시해 주세요.
    }
caption-enhancement-failed-action = 다시 게시

duplicate-post-title = { $platforms }에서 중복 게시물을 거부했어요
duplicate-post-preheader = { $platforms }에서는 같은 내용을 연달아 두 번 게시할 수 없어요.
duplicate-post-body = { $platforms }에서는 짧은 시간 안에 같은 내용을 두 번 게시할 수 없어요. 문구를 바꾼 다음 다시 게시해 주세요.
duplicate-post-action = 게시물 수정

analytics-throttled-title = { $platform } 통계 업데이트가 잠시 중단됐어요
analytics-throttled-preheader = { $platform } 통계가 곧 다시 업데이트돼요.
analytics-throttled-body = { $platform }에서는 계정 통계를 가져올 수 있는 횟수를 제한해요. 계정은 계속 연결되어 있고 게시도 정상적으로 할 수 있어요. 통계는 1시간 안에 다시 업데이트돼요. 따로 하실 일은 없어요.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = { $platform }에 게시물이 올라가지 않았어요
post-failed-preheader = { $platform }에 게시물이 올라가지 않았어요.
post-failed-body =
    { $retry ->
        [yes] 이번에는 { $platform }에 게시물을 올리지 못했어요. 수정하지 않고 그대로 다시 게시할 수 있어요.
       *[no] { $platform }에 게시물을 올리지 못했어요. 아래에 원본 메시지가 있으면 확인하고, 게시물을 수정한 다음 다시 시도해 주세요.
    }
post-failed-action =
    { $retry ->
        [yes] 다시 게시
       *[no] 게시물 보기
    }

post-published-title = { $platforms }에 게시됐어요
post-published-preheader = { $platforms }에 게시물이 올라갔어요.
post-published-body = { $platforms }에 게시물이 올라갔어요.
post-published-action = 게시물 보기

## Shared pieces.

# The post a notification is about, quoted.
notification-post = 게시물: “{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = 원본 메시지: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
# ko: Korean has only the plural category "other", so this is a single text.
notification-repeated = 이 문제가 { $count }회 발생했어요.
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted = 이 게시물의 결과에서 문제가 { $count }건 더 보고됐지만 따로 표시하지 않았어요.
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
