## Notification texts, one group per kind: a title, a preheader (the one-line summary mail
## clients show after the subject), a body and the label of its button.
##
## Variables every kind gets (a translation may use any of them, even where English does not):
##   $platform   the (first) network, by name; "お使いのSNS" when none is known
##   $platforms  all networks concerned, as a list ("Instagram、Threads")
##   $count      how many networks are concerned
##   $known      "yes" when the network has a name, "no" for "お使いのSNS"
##   $platform_<form>, $platforms_<form>
##               the network(s) in each form platforms.ftl declares (ja declares none)
## Kind-specific variables are listed above each group.
##
## ── 日本語ロケール（ja）翻訳メモ ──────────────────────────────────────────
## 文体: です・ます調（丁寧語）。敬語は「お使いの」「ご確認ください」程度にとどめ、
##   過剰な尊敬語・謙譲語は使わない。主語「あなた」は訳出しない。
##   ボタンは「〜を＋漢語名詞」の体言止め（例: 投稿を編集、Facebookを再接続）。
##   漢語名詞がない動詞だけ辞書形（例: X Developer Consoleを開く）。
## 地域: ja-JP（日本の標準語）。日本語の地域差は UI 文言にほぼ影響しないため、これ一つとする。
## 表記:
##   - 全角文字と半角英数字（SNS 名・数値・時刻・比率・英単語）の間にスペースを入れない
##     （Facebookに、1日、$5のクレジット、21:46以降、APIキー、JPEG形式）。英語どうしの間のスペースは
##     原文どおり（X API、X Developer Console）。公式表記の固有名詞はそのまま
##     （Google ビジネス プロフィール）。herald が整形する値（$wait の「1 時間後」、
##     日時の「2027/01/04 9:30」、一覧の「X、Facebook」）は CLDR の形式のままで、ここでは変えられない。
##   - 金額は「$5分」と書かない（「5分」＝五分間と誤読されるため）。
##   - 句読点は「、」「。」、括弧は全角（）、UI 上の名称・引用は「」、ラベルの区切りは全角「：」。
##   - 文と文の間にスペースを入れない（notification-sentence-separator は空文字）。
##   - 外来語の長音: ブラウザ、サーバー、ユーザー。
## SNS 名: 日本語には冠詞・格変化・大文字化がないため、platforms.ftl で形（form）は宣言せず、
##   どの文でも { $platform } に助詞を直接続ける。名前が不明なときは「お使いのSNS」。
##   「お使いのSNS」が不自然になる箇所だけ $known で書き分ける。
## 用語集:
##   reconnect               再接続（する）。connection = 接続、disconnected = 接続が解除される
##                           （「再連携」「連携」は使わない）
##   post（名詞）            投稿
##   post（動詞）            投稿する
##   publish / go out / live 公開する／公開される
##   credits                 クレジット（X APIクレジット）
##   aspect ratio            縦横比
##   crop                    トリミング（する）（「切り抜き」は背景の切り抜きと紛らわしいため不使用）
##   media                   メディア（画像・動画の総称）、media file = メディアファイル
##   caption                 キャプション
##   statistics / analytics  統計データ
##   rate limit              投稿数の制限（文中では「上限」）
##   notification            通知
##   inbox                   受信トレイ
##   archive                 アーカイブ（する）、archived = アーカイブ済み
##   unsubscribe             配信停止／配信を停止する
##   retry                   再試行（する）
##   turned down             受け付けられない

## account-disconnected. $by_system: "yes" when Ayrshare removed the link itself.
account-disconnected-title = { $platform }を再接続してください
account-disconnected-preheader = { $platform }に投稿できなくなりました。投稿を続けるには、再接続してください。
account-disconnected-body =
    { $by_system ->
        [yes] 認証が無効になったため、{ $platform }との接続が解除されました。
       *[no] { $platform }への投稿が受け付けられなくなりました。これは、パスワードを変更した場合や、{ $platform }の設定でアクセス権が削除された場合に起こります。
    }投稿を続けるには、{ $platform }を再接続してください。
account-disconnected-action = { $platform }を再接続

## account-refresh-due. $deadline: the date and time by which the account must be reconnected,
## on the user's clock.
account-refresh-due-title = { $deadline }までに{ $platform }を再接続してください
account-refresh-due-preheader = { $platform }から、アカウントの再確認を求められています。再接続しないと、投稿できなくなります。
account-refresh-due-body = { $platform }では、アカウントの接続を定期的に更新する必要があります。{ $deadline }までに再接続してください。期限を過ぎると接続が解除され、{ $platform }に投稿できなくなります。
account-refresh-due-action = { $deadline }までに再接続

x-credits-depleted-title = X APIクレジットがなくなりました
x-credits-depleted-preheader = APIクレジットを追加するまで、Xへの投稿は保留されます。
x-credits-depleted-body = Xの開発者アカウントにAPIクレジットが残っていないため、Xで投稿が受け付けられませんでした。X Developer Consoleの「Billing → Credits」でクレジットを購入してください。$5のクレジットでも数百件の投稿をまかなえます。
x-credits-depleted-action = X APIクレジットを購入

x-app-permissions-title = Xアプリが投稿できるように設定してください
x-app-permissions-preheader = Xアプリの権限が読み取り専用になっています。投稿を再開するには、権限を変更してください。
x-app-permissions-body = Xのアクセストークンが読み取り専用になっています。X Developer Consoleでアプリの権限を「Read and write and Direct message」（読み取り・書き込み・ダイレクトメッセージ）に設定してから、「Keys and tokens」でアクセストークンを再生成してください。
x-app-permissions-action = X Developer Consoleを開く

x-credentials-missing-title = X APIキーを追加してください
x-credentials-missing-preheader = Xへの投稿を続けるには、ご自身のX APIキーとシークレットを追加してください。
x-credentials-missing-body = Xに投稿するには、ご自身のXの開発者アプリが必要になりました。そのアプリのAPIキーとシークレットを追加すると、投稿が再開されます。
x-credentials-missing-action = X APIキーを追加

## media-aspect-ratio. $advice: "crop" (all numbers known), "ratio" (only the image's ratio)
## or "none". $ratio, $width, $height: the image; $min, $max: the accepted range;
## $target, $crop_width, $crop_height: the largest crop that fits.
media-aspect-ratio-title = 画像の縦横比を{ $platform }に合わせてください
media-aspect-ratio-preheader = { $platform }で画像の縦横比が受け付けられませんでした。修正方法をご確認ください。
media-aspect-ratio-body =
    { $advice ->
        [crop] { $platform }で使える画像の縦横比は{ $min }から{ $max }までですが、この画像は{ $ratio }（{ $width } × { $height } px）です。{ $crop_width } × { $crop_height } px（{ $target }）にトリミングしてから、もう一度投稿してください。
        [ratio] { $platform }は、この画像の縦横比（{ $ratio }、{ $width } × { $height } px）に対応していません。対応している縦横比にトリミングしてから、もう一度投稿してください。
       *[none] { $platform }は、この画像または動画の縦横比に対応していません。対応している縦横比にトリミングしてから、もう一度投稿してください。
    }
media-aspect-ratio-action = 投稿を編集

media-too-large-title =
    { $known ->
        [yes] メディアのサイズが{ $platform }の上限を超えています
       *[no] メディアのサイズが上限を超えています
    }
media-too-large-preheader = ファイルサイズが大きすぎるため、{ $platform }で受け付けられませんでした。
media-too-large-body = ファイルサイズが大きすぎるため、投稿に添付したメディアが{ $platform }で受け付けられませんでした。ファイルを圧縮するか、動画なら短くしてから、もう一度投稿してください。
media-too-large-action = 投稿を編集

media-format-unsupported-title = { $platform }ではこの画像形式を使用できません
media-format-unsupported-preheader = { $platform }で画像を使用できませんでした。JPEG形式で保存してください。
media-format-unsupported-body = 画像を{ $platform }で使用できる形式に変換できませんでした。JPEG形式で保存してから、もう一度投稿してください。
media-format-unsupported-action = 投稿を編集

media-unreachable-title = { $platforms }がメディアを取得できませんでした
media-unreachable-preheader = { $platforms }がメディアファイルをダウンロードできませんでした。
media-unreachable-body = { $platforms }が、メディアファイルをURLから取得できませんでした。ファイルには、ブラウザからだけでなく各SNSのクローラー（facebookexternalhitなど）からもアクセスできる必要があります。ファイルを置いているサーバーのrobots.txtとファイアウォールのルールを確認してから、もう一度投稿してください。
media-unreachable-action = メディアのホスティング設定を修正

media-processing-timeout-title = { $platform }でメディアの処理がタイムアウトしました
media-processing-timeout-preheader = { $platform }でメディアの処理が時間内に完了しませんでした。もう一度お試しください。
media-processing-timeout-body = { $platform }で、投稿に添付したメディアの処理が時間内に完了しませんでした。これは、動画のサイズが大きい場合や、{ $platform }が混み合っている場合に起こります。投稿を再試行してください。失敗が続く場合は、より小さいファイルをお使いください。
media-processing-timeout-action = 投稿を再試行

## rate-limited. $until: when posting works again, a time ("15:00") or, on another day, a date
## and time; "none" when unknown. $wait: how far away that is ("1 時間後", formatted by herald).
rate-limited-title = { $platform }で投稿が一時的に制限されています
rate-limited-preheader = { $platform }で、投稿できる回数が制限されています。
rate-limited-body =
    { $until ->
        [none] { $platform }では、1日に公開できる投稿数に上限があります。数時間おいてから、もう一度投稿してください。
       *[other] { $platform }では、1日に公開できる投稿数に上限があります。{ $until }（{ $wait }）以降は、再び投稿できるようになります。
    }
rate-limited-action = 投稿日時を変更

## caption-enhancement-failed. $partial: "yes" when other networks did publish the post;
## $succeeded: those networks, as a list.
caption-enhancement-failed-title =
    { $known ->
        [yes] { $platforms }向けのキャプションを処理できませんでした
       *[no] キャプションを処理できませんでした
    }
caption-enhancement-failed-preheader = キャプションを処理できなかったため、投稿が予定どおりに公開されませんでした。
caption-enhancement-failed-body =
    { $partial ->
        [yes] 投稿は{ $succeeded }では公開されましたが、キャプションの処理（リンクの短縮など）に失敗したため、{ $platforms }では公開されませんでした。{ $succeeded }に同じ投稿が重複しないよう、{ $platforms }だけを選んで再試行してください。
       *[no] キャプションの処理（リンクの短縮など）に失敗したため、どのSNSにも投稿されませんでした。投稿を再試行してください。失敗が続く場合は、リンクを短縮せずに投稿してください。
    }
caption-enhancement-failed-action = 投稿を再試行

duplicate-post-title = { $platforms }が重複投稿を受け付けませんでした
duplicate-post-preheader = { $platforms }では、同じテキストを続けて公開することはできません。
duplicate-post-body = { $platforms }では、同じテキストを短時間のうちに2回公開することはできません。文面を変えてから、もう一度投稿してください。
duplicate-post-action = 投稿を編集

analytics-throttled-title = { $platform }の統計データの更新が一時的に止まっています
analytics-throttled-preheader = { $platform }の統計データは、まもなく更新が再開されます。
analytics-throttled-body = { $platform }では、アカウントの統計データを取得できる頻度に上限があります。アカウントの接続は維持されており、投稿も通常どおり行えます。統計データは1時間以内に更新が再開されます。特に対応は必要ありません。

## post-failed. $retry: "yes" when the post can be retried as it is.
post-failed-title = { $platform }への投稿に失敗しました
post-failed-preheader = { $platform }への投稿に失敗しました。
post-failed-body =
    { $retry ->
        [yes] 今回は{ $platform }で投稿を公開できませんでした。内容はそのままで再試行できます。
       *[no] { $platform }で投稿を公開できませんでした。下に元のメッセージがある場合はその内容を確認し、投稿を修正してから、もう一度お試しください。
    }
post-failed-action =
    { $retry ->
        [yes] 投稿を再試行
       *[no] 投稿を表示
    }

post-published-title = { $platforms }に投稿しました
post-published-preheader = { $platforms }で投稿が公開されました。
post-published-body = { $platforms }で投稿が公開されました。
post-published-action = 投稿を表示

## Shared pieces.

# The post a notification is about, quoted.
notification-post = 投稿：「{ $post }」
# The upstream error message (Ayrshare's words, with the network's inside them) is shown under
# the notification as it came; this label goes around it when it is in another language than
# the notification. $message is verbatim.
notification-upstream = 元のメッセージ：{ $message }
# Added to the body once the same problem happened again. $count: how many times in all (≥ 2).
# ja: Japanese has only the plural category "other", so this is a single text.
notification-repeated = この問題は{ $count }回発生しています。
# Added to the last notification one request may make (ingest.max_notifications_per_result).
# $count ≥ 1: how many more problems that request reported, not listed one by one.
# ja: a single text for every count ("1件" reads naturally).
notification-omitted = この投稿では、ほかにも{ $count }件の問題が報告されています（個別には表示していません）。
# Between the sentences of a notification's body (the repeat and omitted sentences follow it).
# ja: empty — Japanese puts no space after 。
notification-sentence-separator = { "" }
