# Register and glossary: see notifications.ftl.
## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = heraldデモ
demo-intro = これは、heraldの受信トレイ（上部のベル）を埋め込んだ、別オリジンのダッシュボードです。ベルを開くと、通知を読んだり、アーカイブしたり、リンク先を開いたりできます。また、投稿を失敗させて、通知がリアルタイムで届く様子を確認することもできます。
demo-viewing = { $name }としてログイン中
demo-switch = { $name }に切り替え
demo-fail = 投稿を失敗させる
