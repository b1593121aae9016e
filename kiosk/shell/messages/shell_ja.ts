<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertTakeover</name>
    <message>
        <source>All disaster information</source>
        <translation>災害情報をすべて見る</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>元の画面に戻る</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>ご利用になるサービスを選んでください。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>使い方</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>この端末の使い方</translation>
    </message>
    <message>
        <source>Ask a person</source>
        <translation>係員に聞く</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>係員のいる場所と市の問い合わせ先</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>使いたいサービスを押してください。次に何をするかは、それぞれの画面に表示されます。</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>「言語」で画面の言語を変えられます。「使いやすさ設定」では、文字を大きくする、コントラストを高くする、ボタンをすべて画面の下の方に表示する、画面を読み上げる、を選べます。</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>「戻る」で一つ前の画面に戻ります。「終了する」でご利用を終え、入力した内容はすべて消去されます。</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>しばらく画面に触れないと、操作を続けるかどうかを確認し、その後すべて消去します。</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>この施設の係員がお手伝いします。窓口でお声がけください。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>もう少し時間が必要ですか？</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>あと%1秒で最初の画面に戻ります。</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>はい、操作を続けます</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>端末 %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>オフラインです。表示している市の情報は%1時点のものです。</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>オフラインです。現在、市の情報を取得できません。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語 / Language</translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation>画面の言語を選びます</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>使いやすさ設定</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>文字を大きく、高コントラスト、低い位置に表示、音声読み上げ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>終了して、入力した内容をすべて消去します</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高コントラスト</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>低い位置に表示</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>すべてのボタンを画面の下の方に表示します</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>音声読み上げ</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>画面の内容を音声で読み上げます</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Entered</source>
        <translation>入力しました</translation>
    </message>
    <message>
        <source>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</source>
        <translation>音声案内を開始しました。矢印キーでボタンを選び、決定キーで押します。戻るキーで前の画面に戻り、ヘルプキーでこの画面の説明をもう一度聞けます。音量はプラスとマイナスのキーで変えられます。</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>音量 %1（%2段階）</translation>
    </message>
    <message>
        <source>There is nothing to press on this screen.</source>
        <translation>この画面には押せるボタンがありません。</translation>
    </message>
    <message>
        <source>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</source>
        <translation>ヘッドホン端子は本体正面の%1にあります。ヘッドホンを差し込むと画面を音声で読み上げ、抜くと止まります。</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>上の中央</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>middle left</source>
        <translation>左側の中ほど</translation>
    </message>
    <message>
        <source>middle right</source>
        <translation>右側の中ほど</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>下の中央</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>右下</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>プリンターの用紙がありません。係員にお声がけください。</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>プリンターのカバーが開いています。係員にお声がけください。</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>この端末にはカードリーダーがありません。</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>この端末にはレシートプリンターがありません。</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>この端末には書類を印刷するプリンターがありません。</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>この端末では支払いができません。</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>この端末にはLED表示板がありません。</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>機器を確認しています。しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>現在は利用時間外です。</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>現在プリンターが使えません。係員にお声がけください。</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>市の情報をダウンロードしています。しばらくお待ちください。</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>現在カードリーダーが使えません。係員にお声がけください。</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>ただいまご利用いただけません。</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>市の情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>エラーのため、端末のソフトウェアが停止しました。</translation>
    </message>
    <message>
        <source>This kiosk is closed for maintenance.</source>
        <translation>この端末は点検中のため、ご利用いただけません。</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>機器の不具合により、端末が停止しました。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>係員の方へ：市のシステムの証明書の有効期限が切れています。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>係員の方へ：市のシステムの証明書はまだ有効になっていません。この端末の時計を確認してください。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>係員の方へ：市のシステムの証明書が、市の認証局が発行したものではありません。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>係員の方へ：市のシステムの証明書が、別のサーバー名のものです。</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>係員の方へ：市のシステムがこの端末の証明書を求めていますが、設定されていません。</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>係員の方へ：市のシステムがこの端末の証明書を受け付けません。</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>係員の方へ：この端末の証明書は別の端末のものです。</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>係員の方へ：市のシステムがこの端末のトークンを受け付けません。</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>係員の方へ：市のシステムと安全に接続できませんでした。</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>画面にふれてください</translation>
    </message>
    <message>
        <source>Out of service</source>
        <extracomment>The out-of-service screen, shown in every language in turn.</extracomment>
        <translation>休止中</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>申し訳ありません。この端末は現在ご利用いただけません。窓口でお尋ねください。</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <extracomment>Before the city&apos;s contact (who to ask, where, its phone) on the out-of-service screen.</extracomment>
        <translation>お問い合わせ先</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>%1 is the city&apos;s phone number.</extracomment>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>%2 %1から利用できます。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>Other alerts in force: %1.</source>
        <extracomment>%1 is a number (1 or more) of other disaster alerts in force besides the one shown.</extracomment>
        <translation>ほかに発表中の情報：%1件。</translation>
    </message>
    <message>
        <source>Touch here for what to do.</source>
        <translation>ここを押すと、とるべき行動が分かります。</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Beside a shelter the city has opened during this alert.</extracomment>
        <translation>開設中</translation>
    </message>
    <message>
        <source>Nearest shelters, open ones first</source>
        <translation>近くの避難所（開設中を先に表示）</translation>
    </message>
    <message>
        <source>No shelter has been opened yet. Nearest designated evacuation sites</source>
        <translation>開設された避難所はまだありません。近くの指定緊急避難場所</translation>
    </message>
    <message>
        <source>No evacuation site for this hazard is listed near here. Please ask the staff.</source>
        <translation>この災害に対応する避難場所は近くにありません。係員にお尋ねください。</translation>
    </message>
    <message>
        <source>The list of shelters is not on this kiosk yet. Please ask the staff.</source>
        <translation>この端末には避難所の一覧がまだありません。係員にお尋ねください。</translation>
    </message>
</context>
</TS>
