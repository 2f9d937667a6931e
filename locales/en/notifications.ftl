## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "your social network" when none is known
##   $platforms  all networks concerned, as a list ("Instagram and Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "your social network"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares: here `_start`, as a
##               sentence begins with it ("Your social network", "Facebook")
## Kind-specific variables are listed above each group.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = Reconnect { $platform }
account-disconnected-preheader = { $platform_start } stopped accepting your posts. Reconnect it to keep posting.
account-disconnected-body =
    { $by_system ->
        [yes] The connection to { $platform } was removed because its authorization stopped working.
       *[no] { $platform_start } stopped accepting posts from your account. This happens after a password change or when access is removed in { $platform }’s settings.
    } Reconnect { $platform } to keep posting.
account-disconnected-action = Reconnect { $platform }

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock.
account-refresh-due-title = Reconnect { $platform } before { $deadline }
account-refresh-due-preheader = { $platform_start } wants you to confirm your account again, or your posts there will stop.
account-refresh-due-body = { $platform_start } asks you to renew the connection to your account from time to time. Reconnect it before { $deadline }; after that it will be disconnected and your posts to { $platform } will stop going out.
account-refresh-due-action = Reconnect before { $deadline }

x-credits-depleted-title = Your X API credits have run out
x-credits-depleted-preheader = Your posts to X are on hold until you add API credits.
x-credits-depleted-body = X turned down your post because your X developer account has no API credits left. Buy credits in the X Developer Console under Billing → Credits; even $5 covers hundreds of posts.
x-credits-depleted-action = Buy X credits

x-app-permissions-title = Let your X app post
x-app-permissions-preheader = Your X app may only read. Change its permissions to post again.
x-app-permissions-body = Your X access token may only read. In the X Developer Console, set your app’s permissions to “Read and write and Direct message”, then regenerate the access token under Keys and tokens.
x-app-permissions-action = Open the X Developer Console

x-credentials-missing-title = Add your X API keys
x-credentials-missing-preheader = Add your own X API key and secret to keep posting to X.
x-credentials-missing-body = Posting to X now needs your own X developer app: add its API key and secret, and your posts will go out again.
x-credentials-missing-action = Add X API keys

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = Crop your image for { $platform }
media-aspect-ratio-preheader = { $platform_start } turned down your image’s proportions. Here’s how to fix them.
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform_start } accepts images from { $min } to { $max }, and yours is { $ratio } ({ $width } × { $height } px). Crop it to { $crop_width } × { $crop_height } px ({ $target }) and post again.
        [ratio] { $platform_start } doesn’t accept the aspect ratio of your image, { $ratio } ({ $width } × { $height } px). Crop it to a supported ratio and post again.
       *[none] { $platform_start } doesn’t accept the aspect ratio of your image or video. Crop it to a supported ratio and post again.
    }
media-aspect-ratio-action = Edit the post

media-too-large-title = Your media is too large for { $platform }
media-too-large-preheader = { $platform_start } turned down a file that is too large.
media-too-large-body = { $platform_start } turned down the media in your post because the file is too large. Compress or shorten it, then post again.
media-too-large-action = Edit the post

media-format-unsupported-title = { $platform_start } can’t use this image format
media-format-unsupported-preheader = { $platform_start } couldn’t use your image. Save it as a JPEG.
media-format-unsupported-body = Your image couldn’t be converted to a format { $platform } accepts. Save it as a JPEG and post again.
media-format-unsupported-action = Edit the post

media-unreachable-title = { $platforms_start } couldn’t download your media
media-unreachable-preheader = { $platforms_start } couldn’t download your media file.
media-unreachable-body = { $platforms_start } couldn’t fetch your media file from its web address. The file has to be reachable by the networks’ crawlers (such as facebookexternalhit), not only in a browser: check the robots.txt and firewall rules of the server that hosts it, then post again.
media-unreachable-action = Fix the media hosting

media-processing-timeout-title = { $platform_start } took too long to process your media
media-processing-timeout-preheader = { $platform_start } ran out of time processing your media. Try again.
media-processing-timeout-body = { $platform_start } ran out of time processing the media in your post, which happens with large videos or when { $platform } is busy. Try the post again; if it keeps failing, use a smaller file.
media-processing-timeout-action = Retry the post

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time; "none" when unknown. $wait: how far away that is ("in 1 hour").
rate-limited-title = { $platform_start } asked you to slow down
rate-limited-preheader = { $platform_start } is limiting how often you can post.
rate-limited-body =
    { $until ->
        [none] { $platform_start } limits how many posts you can publish in a day. Wait a few hours before posting again.
       *[other] { $platform_start } limits how many posts you can publish in a day. You can post again after { $until } ({ $wait }).
    }
rate-limited-action = Reschedule the post

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = Your caption couldn’t be prepared for { $platforms }
caption-enhancement-failed-preheader = Your caption couldn’t be prepared, so the post didn’t go out as planned.
caption-enhancement-failed-body =
    { $partial ->
        [yes] Your post went out on { $succeeded } but not on { $platforms }, because preparing the caption (for example shortening its links) failed. Retry it on { $platforms } only, so it isn’t posted twice on { $succeeded }.
       *[no] Nothing was posted, because preparing the caption (for example shortening its links) failed. Retry the post; if it keeps failing, post it without link shortening.
    }
caption-enhancement-failed-action = Retry the post

duplicate-post-title = { $platforms_start } turned down a duplicate post
duplicate-post-preheader = { $platforms_start } won’t publish the same text twice in a row.
duplicate-post-body = { $platforms_start } won’t publish the same text twice within a short time. Change the wording, then post again.
duplicate-post-action = Edit the post

analytics-throttled-title = Statistics from { $platform } are paused for now
analytics-throttled-preheader = Statistics from { $platform } will update again shortly.
analytics-throttled-body = { $platform_start } limits how often an account’s statistics can be read. Your account is still connected and posting works; the statistics update again within the hour. There’s nothing you need to do.

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = Your post didn’t go out on { $platform }
post-failed-preheader = Your post didn’t go out on { $platform }.
post-failed-body =
    { $retry ->
        [yes] Your post couldn’t be published on { $platform } this time. You can retry it as it is.
       *[no] Your post couldn’t be published on { $platform }. Check the original message below, if there is one, then change the post and try again.
    }
post-failed-action =
    { $retry ->
        [yes] Retry the post
       *[no] View the post
    }

post-published-title = Posted on { $platforms }
post-published-preheader = Your post is live on { $platforms }.
post-published-body = Your post is live on { $platforms }.
post-published-action = View the post

## Shared pieces.

# The post a notification is about, quoted.
notification-post = Post: “{ $post }”
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = Original message: { $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
notification-repeated =
    { PLURAL($count) ->
        [one] This happened once.
       *[other] This happened { $count } times.
    }
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
notification-omitted =
    { PLURAL($count) ->
        [one] This post’s result also reported one more problem, which isn’t listed separately.
       *[other] This post’s result also reported { $count } more problems, which aren’t listed separately.
    }
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { " " }
