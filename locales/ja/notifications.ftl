## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets:
##   $platform   the (first) network, by name
##   $platforms  all networks concerned, as a list ("Instagram、Threads")
##   $count      how many networks are concerned
## Kind-specific variables are listed above each group.
##
## ja: a half-width space separates placeables that render in Latin script or digits
## (network names, times, ratios, numbers) from the Japanese text around them.

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = { $platform } の再接続が必要です
account-disconnected-preheader = { $platform } に投稿できなくなりました。引き続き投稿するには、再接続してください。
account-disconnected-body =
    { $by_system ->
        [yes] { $platform } のアカウントの認証が無効になったため、接続が解除されました。
       *[no] { $platform } への投稿が受け付けられなくなりました。パスワードを変更した後や、{ $platform } の設定でアクセス権を削除した場合に起こります。
    }引き続き投稿するには、{ $platform } を再接続してください。
account-disconnected-action = { $platform } を再接続

## account-refresh-due. $deadline: 再接続の期限(ユーザーのタイムゾーンでの日時)。
account-refresh-due-title = { $deadline }までに { $platform } を再接続してください
account-refresh-due-preheader = { $platform } のアカウントの再確認が必要です。再接続しないと投稿が止まります。
account-refresh-due-body = { $platform } では、アカウントとの接続を定期的に更新する必要があります。{ $deadline }までに再接続してください。期限を過ぎると接続が解除され、{ $platform } への投稿が公開されなくなります。
account-refresh-due-action = { $deadline }までに再接続

x-credits-depleted-title = X API のクレジットを使い切りました
x-credits-depleted-preheader = API クレジットを追加するまで、X への投稿は保留されます。
x-credits-depleted-body = X の開発者アカウントに API クレジットが残っていないため、X への投稿が拒否されました。X Developer Console の Billing → Credits からクレジットを購入してください。5 ドル分でも数百件の投稿に使えます。
x-credits-depleted-action = X のクレジットを購入

x-app-permissions-title = X アプリに投稿を許可してください
x-app-permissions-preheader = X アプリの権限が読み取り専用になっています。投稿を再開するには、権限を変更してください。
x-app-permissions-body = X のアクセストークンが読み取り専用になっています。X Developer Console でアプリの権限を「Read and write and Direct message」（読み取り・書き込み・ダイレクトメッセージ）に設定し、「Keys and tokens」でアクセストークンを再生成してください。
x-app-permissions-action = X Developer Console を開く

x-credentials-missing-title = X の API キーを追加してください
x-credentials-missing-preheader = X への投稿を続けるには、ご自身の X API キーとシークレットを追加してください。
x-credentials-missing-body = X への投稿には、ご自身の X 開発者アプリが必要になりました。そのアプリの API キーとシークレットを追加すると、投稿が再開されます。
x-credentials-missing-action = X の API キーを追加

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = 画像の縦横比を { $platform } に合わせてください
media-aspect-ratio-preheader = { $platform } で画像の縦横比が受け付けられませんでした。対応する縦横比に切り抜いてください。
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform } で使える画像の縦横比は { $min } から { $max } までですが、この画像は { $ratio }（{ $width } × { $height } px）です。{ $crop_width } × { $crop_height } px（{ $target }）に切り抜いてから、もう一度投稿してください。
        [ratio] { $platform } は、この画像の縦横比 { $ratio }（{ $width } × { $height } px）に対応していません。対応する縦横比に切り抜いてから、もう一度投稿してください。
       *[none] { $platform } は、この画像または動画の縦横比に対応していません。対応する縦横比に切り抜いてから、もう一度投稿してください。
    }
media-aspect-ratio-action = 投稿を編集

media-too-large-title = メディアのサイズが { $platform } の上限を超えています
media-too-large-preheader = ファイルサイズが大きすぎるため、{ $platform } で受け付けられませんでした。
media-too-large-body = 投稿に添付したメディアのファイルサイズが大きすぎるため、{ $platform } で受け付けられませんでした。ファイルを圧縮するか、動画の場合は短くしてから、もう一度投稿してください。
media-too-large-action = 投稿を編集

media-format-unsupported-title = { $platform } はこの画像形式に対応していません
media-format-unsupported-preheader = { $platform } で画像を使用できませんでした。JPEG 形式で保存してください。
media-format-unsupported-body = 画像を { $platform } に対応した形式に変換できませんでした。JPEG 形式で保存してから、もう一度投稿してください。
media-format-unsupported-action = 投稿を編集

media-unreachable-title = { $platforms } でメディアを取得できませんでした
media-unreachable-preheader = { $platforms } でメディアファイルをダウンロードできませんでした。
media-unreachable-body = { $platforms } が、メディアファイルを URL から取得できませんでした。ファイルはブラウザーからだけでなく、各 SNS のクローラー（facebookexternalhit など）からもアクセスできる必要があります。ファイルを置いているサーバーの robots.txt とファイアウォールの設定を確認してから、もう一度投稿してください。
media-unreachable-action = メディアのホスティングを修正

media-processing-timeout-title = { $platform } でメディアの処理がタイムアウトしました
media-processing-timeout-preheader = { $platform } でメディアの処理が時間内に終わりませんでした。もう一度お試しください。
media-processing-timeout-body = { $platform } で、投稿に添付したメディアの処理が時間内に終わりませんでした。サイズの大きい動画の場合や、{ $platform } が混み合っているときに起こります。もう一度投稿してください。それでも失敗する場合は、より小さいファイルをお使いください。
media-processing-timeout-action = 投稿を再試行

## rate-limited. $until: when posting works again ("15:00"), or "none" when unknown;
## $wait: how long that is ("1 時間後").
rate-limited-title = { $platform } で投稿が制限されています
rate-limited-preheader = { $platform } で、投稿できる回数が制限されています。
rate-limited-body =
    { $until ->
        [none] { $platform } では、1 日に公開できる投稿数に上限があります。数時間おいてから、もう一度投稿してください。
       *[other] { $platform } では、1 日に公開できる投稿数に上限があります。{ $until } 以降（{ $wait }）に、再び投稿できるようになります。
    }
rate-limited-action = 投稿日時を変更

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title = { $platforms } 向けのキャプションを準備できませんでした
caption-enhancement-failed-preheader = キャプションを準備できなかったため、投稿が予定どおりに行われませんでした。
caption-enhancement-failed-body =
    { $partial ->
        [yes] { $succeeded } には投稿されましたが、キャプションの準備（リンクの短縮など）に失敗したため、{ $platforms } には投稿されませんでした。{ $succeeded } に二重投稿されないよう、{ $platforms } だけを選んで再試行してください。
       *[no] キャプションの準備（リンクの短縮など）に失敗したため、どこにも投稿されませんでした。もう一度投稿してください。それでも失敗する場合は、リンクを短縮せずに投稿してください。
    }
caption-enhancement-failed-action = 投稿を再試行

duplicate-post-title = { $platforms } で重複投稿として拒否されました
duplicate-post-preheader = { $platforms } では、同じテキストを続けて投稿できません。
duplicate-post-body = { $platforms } では、短時間に同じテキストを繰り返し投稿できません。文面を変えてから、もう一度投稿してください。
duplicate-post-action = 投稿を編集

analytics-throttled-title = { $platform } の統計データの更新を一時停止しています
analytics-throttled-preheader = { $platform } の統計データは、まもなく更新が再開されます。
analytics-throttled-body = { $platform } では、アカウントの統計データを取得できる頻度に上限があります。アカウントは接続されたままで、投稿も通常どおり行えます。統計データは 1 時間以内に更新が再開されます。お客様による対応は必要ありません。

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = { $platform } に投稿できませんでした
post-failed-preheader = { $platform } に投稿できませんでした。
post-failed-body =
    { $retry ->
        [yes] 今回は { $platform } に投稿を公開できませんでした。このままの内容で再試行できます。
       *[no] { $platform } に投稿を公開できませんでした。下記のメッセージを確認し、投稿を修正してから、もう一度お試しください。
    }
post-failed-action =
    { $retry ->
        [yes] 投稿を再試行
       *[no] 投稿を表示
    }

post-published-title = { $platforms } に投稿しました
post-published-preheader = { $platforms } に投稿が公開されました。
post-published-body = { $platforms } に投稿が公開されました。
post-published-action = 投稿を表示

## Shared pieces.

# The post a notification is about, quoted.
notification-post = 投稿：「{ $post }」
# The network's own error message, shown under the notification when it is not in the reader's
# language. $message is verbatim.
notification-upstream = 元のメッセージ：{ $message }
# Added to the body once the same problem happened again. $count ≥ 2.
# ja: Japanese has only the plural category "other", so this is a single text.
notification-repeated = この問題は { $count } 回発生しています。
notification-omitted = この投稿については、ほかに { $count } 件の問題が報告されています（個別には表示していません）。
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
notification-sentence-separator = { "" }
