<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>technician</name>
    <message>
        <source>Maintenance in progress: this kiosk is not in service</source>
        <translation>保守作業中：この端末は現在ご利用いただけません</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>保守担当者PIN</translation>
    </message>
    <message>
        <source>Enter your PIN and press OK.</source>
        <translation>PINを入力してOKを押してください。</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the lock. Try again in %2.</source>
        <translation>PINが違います。ロックまであと%1回です。%2後に再入力できます。</translation>
    </message>
    <message>
        <source>Wait %1 before the next try.</source>
        <translation>次の入力まで%1お待ちください。</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs until %1 (%2 left).</source>
        <translation>PINの誤りが多いため%1までロックされています（残り%2）。</translation>
    </message>
    <message>
        <source>No technician PIN is configured on this terminal.</source>
        <translation>この端末には保守担当者のPINが設定されていません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PINは4～12桁です。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close the menu</source>
        <translation>メニューを閉じる</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>メニューに戻る</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>はい、実行します</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Technician menu</source>
        <translation>保守メニュー</translation>
    </message>
    <message>
        <source>Signed in: %1. The menu closes by itself after %2 without a touch.</source>
        <translation>%1としてログイン中。%2操作がないとメニューは自動で閉じます。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>失敗しました：%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Diagnostics bundle</source>
        <translation>診断バンドル</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保守作業</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>タッチテスト</translation>
    </message>
    <message>
        <source>Colour bars</source>
        <translation>カラーバー</translation>
    </message>
    <message>
        <source>Audio test</source>
        <translation>音声テスト</translation>
    </message>
    <message>
        <source>Keyboard test</source>
        <translation>キーボードテスト</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>カードリーダー</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>レシートプリンター</translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation>文書プリンター</translation>
    </message>
    <message>
        <source>LED board</source>
        <translation>LED表示板</translation>
    </message>
    <message>
        <source>Payment unit</source>
        <translation>決済機</translation>
    </message>
    <message>
        <source>Gateway link</source>
        <translation>ゲートウェイ接続</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Working, needs attention</source>
        <translation>動作中（要確認）</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未設置</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Run the self-test</source>
        <translation>自己診断を実行</translation>
    </message>
    <message>
        <source>Self-test result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not installed: nothing was tried</source>
        <translation>未設置のため実行していません</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>実行日時</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Serial trace</source>
        <translation>シリアル通信</translation>
    </message>
    <message>
        <source>Not tested since the start.</source>
        <translation>起動後まだ自己診断をしていません。</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>総合</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>一部異常</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Uptime (machine / app)</source>
        <translation>稼働時間（本体／アプリ）</translation>
    </message>
    <message>
        <source>Last restart</source>
        <translation>前回の再起動</translation>
    </message>
    <message>
        <source>CPU (cores, load)</source>
        <translation>CPU（コア数、負荷）</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>空きメモリ</translation>
    </message>
    <message>
        <source>Disk free: %1</source>
        <translation>ディスク空き：%1</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>接続可</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>接続不可</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>時刻のずれ</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>キャッシュ：%1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>%1 old, %2 rows</source>
        <translation>%1前、%2件</translation>
    </message>
    <message>
        <source>Outbox (waiting / failed)</source>
        <translation>送信待ち（待機／失敗）</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>運用中</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>運用状態</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Resident sessions</source>
        <translation>利用回数</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>証明書の発行数</translation>
    </message>
    <message>
        <source>Receipts printed</source>
        <translation>レシート印刷数</translation>
    </message>
    <message>
        <source>Pages printed</source>
        <translation>印刷ページ数</translation>
    </message>
    <message>
        <source>Receipt paper used (mm)</source>
        <translation>レシート用紙の使用量（mm）</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー数</translation>
    </message>
    <message>
        <source>Counting since</source>
        <translation>集計開始</translation>
    </message>
    <message>
        <source>Reset the counters</source>
        <translation>カウンターをリセット</translation>
    </message>
    <message>
        <source>Set every counter to zero? The audit log keeps the counts as they were.</source>
        <translation>すべてのカウンターを0にしますか？ リセット前の値は監査ログに残ります。</translation>
    </message>
    <message>
        <source>The counters were reset.</source>
        <translation>カウンターをリセットしました。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>警告以上</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>No log lines match.</source>
        <translation>該当するログはありません。</translation>
    </message>
    <message>
        <source>Export to the USB stick and upload</source>
        <translation>USBメモリに書き出して送信</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Upload to the gateway</source>
        <translation>ゲートウェイへの送信</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>送信待ちに登録済み</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>未登録</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Insert a USB stick, then export. Secrets and personal data are left out.</source>
        <translation>USBメモリを差してから書き出してください。秘密情報と個人情報は含まれません。</translation>
    </message>
    <message>
        <source>Purge and resync the cache</source>
        <translation>キャッシュを削除して再同期</translation>
    </message>
    <message>
        <source>Drop every cached dataset and fetch it again from the gateway?</source>
        <translation>キャッシュしたデータをすべて削除し、ゲートウェイから取得し直しますか？</translation>
    </message>
    <message>
        <source>Take the kiosk out of service</source>
        <translation>端末を休止にする</translation>
    </message>
    <message>
        <source>Take the kiosk out of service? Residents will see the out-of-service screen.</source>
        <translation>端末を休止にしますか？ 利用者には休止中の画面が表示されます。</translation>
    </message>
    <message>
        <source>Put the kiosk back in service</source>
        <translation>端末の運用を再開</translation>
    </message>
    <message>
        <source>Put the kiosk back in service for residents?</source>
        <translation>利用者向けの運用を再開しますか？</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>端末アプリを再起動</translation>
    </message>
    <message>
        <source>Restart the kiosk app now? It starts again by itself.</source>
        <translation>端末アプリを今すぐ再起動しますか？ 自動で起動し直します。</translation>
    </message>
    <message>
        <source>Touch every square, the corners and the edges. Touched squares turn green.</source>
        <translation>すべてのマス、四隅と端に触れてください。触れたマスは緑になります。</translation>
    </message>
    <message>
        <source>%1 of %2 squares touched</source>
        <translation>%2マス中%1マス確認済み</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Check the bars for missing colours, dead pixels and banding.</source>
        <translation>色の欠け、ドット抜け、階調の段差がないか確認してください。</translation>
    </message>
    <message>
        <source>Play the chime and the spoken sample; both come out of the kiosk's speaker.</source>
        <translation>チャイムと音声見本を再生します。どちらも端末のスピーカーから出ます。</translation>
    </message>
    <message>
        <source>Play the chime</source>
        <translation>チャイムを再生</translation>
    </message>
    <message>
        <source>Speak a sample</source>
        <translation>音声見本を再生</translation>
    </message>
    <message>
        <source>This is a test of the kiosk's speech output.</source>
        <translation>これは端末の音声案内のテストです。</translation>
    </message>
    <message>
        <source>Type Japanese with the on-screen keyboard (switch it to Japanese).</source>
        <translation>画面キーボードで日本語を入力してください（キーボードを日本語に切り替えます）。</translation>
    </message>
    <message>
        <source>Type here</source>
        <translation>ここに入力</translation>
    </message>
    <message>
        <source>This terminal has no such device.</source>
        <translation>この端末にはその機器がありません。</translation>
    </message>
    <message>
        <source>The self-test itself failed.</source>
        <translation>自己診断そのものが失敗しました。</translation>
    </message>
    <message>
        <source>No card in the reader (the reader answers).</source>
        <translation>カードがありません（リーダーは応答しています）。</translation>
    </message>
    <message>
        <source>The card refused the SELECT.</source>
        <translation>カードがSELECTを拒否しました。</translation>
    </message>
    <message>
        <source>A test slip was printed.</source>
        <translation>テスト用紙を印刷しました。</translation>
    </message>
    <message>
        <source>A test page was printed.</source>
        <translation>テストページを印刷しました。</translation>
    </message>
    <message>
        <source>The stopped queue was resumed and a test page printed.</source>
        <translation>停止していた印刷キューを再開し、テストページを印刷しました。</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>用紙切れ</translation>
    </message>
    <message>
        <source>Paper near its end</source>
        <translation>用紙残り少</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>カバーが開いています</translation>
    </message>
    <message>
        <source>The printer does not answer</source>
        <translation>プリンターが応答しません</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>プリンターが接続されていません</translation>
    </message>
    <message>
        <source>The print queue does not exist</source>
        <translation>印刷キューがありません</translation>
    </message>
    <message>
        <source>The print queue is stopped</source>
        <translation>印刷キューが停止しています</translation>
    </message>
    <message>
        <source>The print service is not running</source>
        <translation>印刷サービスが動いていません</translation>
    </message>
    <message>
        <source>Paper tray empty</source>
        <translation>給紙トレイが空です</translation>
    </message>
    <message>
        <source>The printer is not ready</source>
        <translation>プリンターの準備ができていません</translation>
    </message>
    <message>
        <source>No card reader found</source>
        <translation>カードリーダーが見つかりません</translation>
    </message>
    <message>
        <source>The card reader was unplugged</source>
        <translation>カードリーダーが外れました</translation>
    </message>
    <message>
        <source>The smart-card service is not running</source>
        <translation>ICカードサービスが動いていません</translation>
    </message>
    <message>
        <source>The card reader is in use</source>
        <translation>カードリーダーは使用中です</translation>
    </message>
    <message>
        <source>The LED board is not connected</source>
        <translation>LED表示板が接続されていません</translation>
    </message>
    <message>
        <source>The payment unit is not connected</source>
        <translation>決済機が接続されていません</translation>
    </message>
    <message>
        <source>Jammed</source>
        <translation>詰まり</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>The device address in the configuration is wrong</source>
        <translation>設定の機器アドレスが正しくありません</translation>
    </message>
    <message>
        <source>In use by the kiosk</source>
        <translation>端末アプリが使用中</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The gateway cannot be reached</source>
        <translation>ゲートウェイに接続できません</translation>
    </message>
    <message>
        <source>The gateway does not answer</source>
        <translation>ゲートウェイが応答しません</translation>
    </message>
    <message>
        <source>The gateway's name does not resolve</source>
        <translation>ゲートウェイの名前を解決できません</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>TLSの接続確立に失敗しました</translation>
    </message>
    <message>
        <source>The clock is off from the gateway's</source>
        <translation>ゲートウェイと時刻がずれています</translation>
    </message>
    <message>
        <source>The gateway answered with an error</source>
        <translation>ゲートウェイがエラーを返しました</translation>
    </message>
    <message>
        <source>Embedded gateway</source>
        <translation>内蔵ゲートウェイ</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>初回起動</translation>
    </message>
    <message>
        <source>After a crash</source>
        <translation>異常終了の後</translation>
    </message>
    <message>
        <source>By the watchdog</source>
        <translation>ウォッチドッグによる</translation>
    </message>
    <message>
        <source>By a technician</source>
        <translation>保守担当者による</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The cache was purged; it is syncing again.</source>
        <translation>キャッシュを削除しました。再同期中です。</translation>
    </message>
    <message>
        <source>The cache was purged; it syncs at the next interval.</source>
        <translation>キャッシュを削除しました。次の同期時刻に取得します。</translation>
    </message>
    <message>
        <source>The kiosk is out of service.</source>
        <translation>端末を休止にしました。</translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation>端末の運用を再開しました。</translation>
    </message>
    <message>
        <source>The kiosk app is restarting.</source>
        <translation>端末アプリを再起動しています。</translation>
    </message>
    <message>
        <source>This process cannot restart the app.</source>
        <translation>このプロセスからはアプリを再起動できません。</translation>
    </message>
    <message>
        <source>The bundle was written and queued for upload.</source>
        <translation>バンドルを書き出し、送信待ちに登録しました。</translation>
    </message>
    <message>
        <source>No USB stick is mounted.</source>
        <translation>USBメモリが接続されていません。</translation>
    </message>
    <message>
        <source>The bundle could not be written to the USB stick.</source>
        <translation>USBメモリにバンドルを書き出せませんでした。</translation>
    </message>
    <message>
        <source>The sound output cannot be used</source>
        <translation>音声出力が使えません</translation>
    </message>
    <message>
        <source>No voice is installed for this language</source>
        <translation>この言語の音声がインストールされていません</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>SELECT status word</source>
        <translation>SELECTの応答（SW）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Printer status bits</source>
        <translation>プリンターの状態ビット</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate has expired</source>
        <translation>ゲートウェイの証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not valid yet: check this terminal&apos;s clock</source>
        <translation>ゲートウェイの証明書はまだ有効ではありません。端末の時計を確認してください</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not from the CA in ca_file</source>
        <translation>ゲートウェイの証明書は ca_file の認証局が発行したものではありません</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is for another host name</source>
        <translation>ゲートウェイの証明書は別のホスト名のものです</translation>
    </message>
    <message>
        <source>The gateway asks for this terminal&apos;s client certificate; none is set</source>
        <translation>ゲートウェイがこの端末のクライアント証明書を求めていますが、設定されていません</translation>
    </message>
    <message>
        <source>The gateway refuses this terminal&apos;s client certificate</source>
        <translation>ゲートウェイがこの端末のクライアント証明書を拒否しています</translation>
    </message>
    <message>
        <source>This terminal&apos;s client certificate names another terminal</source>
        <translation>この端末のクライアント証明書は別の端末のものです</translation>
    </message>
    <message>
        <source>The gateway does not accept this terminal&apos;s token</source>
        <translation>ゲートウェイがこの端末のトークンを受け付けません</translation>
    </message>
    <message>
        <source>Queue state</source>
        <translation>キューの状態</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>決済手段</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>往復時間（ms）</translation>
    </message>
    <message>
        <source>Clock offset (s)</source>
        <translation>時刻のずれ（秒）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>使用中のプロセス</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット数</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
</context>
</TS>
