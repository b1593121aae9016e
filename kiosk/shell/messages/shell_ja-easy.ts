<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertTakeover</name>
    <message>
        <source>All disaster information</source>
        <translation>{災害|さいがい}の {情報|じょうほう}を ぜんぶ {見|み}る</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>{前|まえ}の {画面|がめん}に {戻|もど}る</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>{閉|と}じる</translation>
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
        <translation>{使|つか}う サービスを {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>{使|つか}い{方|かた}</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>この {機械|きかい}の {使|つか}い{方|かた}</translation>
    </message>
    <message>
        <source>Ask a person</source>
        <translation>{係|かかり}の {人|ひと}に {聞|き}く</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>{係|かかり}の {人|ひと}が いる {所|ところ}と、{市|し}に {聞|き}く ときの {連絡先|れんらくさき}</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>{使|つか}いたい サービスを {押|お}して ください。{次|つぎ}に する ことは {画面|がめん}に {出|で}ます。</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>「ことば」で {画面|がめん}の ことばを {変|か}えられます。「{使|つか}いやすく する」で、{字|じ}を {大|おお}きく する、{色|いろ}を はっきり する、ボタンを ぜんぶ {画面|がめん}の {下|した}に {出|だ}す、{画面|がめん}を {声|こえ}で {読|よ}む、を {選|えら}べます。</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>「{戻|もど}る」で 1つ {前|まえ}の {画面|がめん}に {戻|もど}ります。「{終|お}わる」で {終|お}わります。{入|い}れた ことは ぜんぶ {消|け}します。</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>しばらく {画面|がめん}に さわらないと、まだ {使|つか}うか {聞|き}きます。その {後|あと}、ぜんぶ {消|け}します。</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>ここの {係|かかり}の {人|ひと}が {手伝|てつだ}います。{窓口|まどぐち}で {声|こえ}を かけて ください。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>{電話|でんわ}：%1</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>もっと {時間|じかん}が {要|い}りますか？</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>あと %1秒で {最初|さいしょ}の {画面|がめん}に {戻|もど}ります。</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>はい、{続|つづ}けます</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
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
        <translation>{機械|きかい} %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>{今|いま}、インターネットに つながって いません。この {市|し}の {情報|じょうほう}は %1の ものです。</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>{今|いま}、インターネットに つながって いません。{市|し}の {情報|じょうほう}を {読|よ}み{込|こ}めません。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>{戻|もど}る</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ことば / Language</translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation>{画面|がめん}の ことばを {選|えら}びます</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>{使|つか}いやすく する</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>{字|じ}を {大|おお}きく する、{色|いろ}を はっきり する、ボタンを {下|した}に する、{声|こえ}で {読|よ}む</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>{終|お}わります。{入|い}れた ことは ぜんぶ {消|け}します</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>{字|じ}を {大|おお}きく する</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>{色|いろ}を はっきり する</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>ボタンを {下|した}に する</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>ボタンを ぜんぶ {画面|がめん}の {下|した}の ほうに {出|だ}します</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>{声|こえ}で {読|よ}む</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>{画面|がめん}の ことばを {声|こえ}で {読|よ}みます</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Entered</source>
        <translation>{入力|にゅうりょく}しました</translation>
    </message>
    <message>
        <source>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</source>
        <translation>{声|こえ}で {案内|あんない}します。{矢印|やじるし}の キーで ボタンを {選|えら}んで、{決定|けってい}の キーで {押|お}します。{戻|もど}るの キーで {前|まえ}の {画面|がめん}に {戻|もど}ります。ヘルプの キーで もう {一度|いちど} {聞|き}けます。プラスと マイナスの キーで {音|おと}の {大|おお}きさを {変|か}えます。</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>{音|おと}の {大|おお}きさ %1（%2まで）</translation>
    </message>
    <message>
        <source>There is nothing to press on this screen.</source>
        <translation>この {画面|がめん}には {押|お}せる ボタンが ありません。</translation>
    </message>
    <message>
        <source>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</source>
        <translation>ヘッドホンを {差|さ}す ところは {機械|きかい}の {前|まえ}の %1に あります。ヘッドホンを {差|さ}すと {画面|がめん}を {声|こえ}で {読|よ}みます。{抜|ぬ}くと {止|と}まります。</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>{左|ひだり}の {上|うえ}</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>{上|うえ}の まんなか</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>{右|みぎ}の {上|うえ}</translation>
    </message>
    <message>
        <source>middle left</source>
        <translation>{左|ひだり}の まんなか</translation>
    </message>
    <message>
        <source>middle right</source>
        <translation>{右|みぎ}の まんなか</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>{左|ひだり}の {下|した}</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>{下|した}の まんなか</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>{右|みぎ}の {下|した}</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>プリンターに {紙|かみ}が ありません。{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>プリンターの カバーが {開|あ}いて います。{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>この {機械|きかい}には カードを {読|よ}む ところ（カードリーダー）が ありません。</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>この {機械|きかい}には レシートの プリンターが ありません。</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>この {機械|きかい}には {書類|しょるい}を {印刷|いんさつ}する プリンターが ありません。</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>この {機械|きかい}では お{金|かね}を {払|はら}えません。</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>この {機械|きかい}には LEDの {表示板|ひょうじばん}が ありません。</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>{機械|きかい}を {調|しら}べて います。{少|すこ}し {待|ま}って ください。</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>{今|いま}は {使|つか}える {時間|じかん}では ありません。</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>{今|いま}、プリンターが {使|つか}えません。{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>{市|し}の {情報|じょうほう}を ダウンロードして います。{少|すこ}し {待|ま}って ください。</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>{今|いま}、カードリーダーが {使|つか}えません。{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>{今|いま}は {使|つか}えません。</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>{市|し}の {情報|じょうほう}を {読|よ}み{込|こ}めませんでした。</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>エラーが ありました。{機械|きかい}の ソフトウェアが {止|と}まりました。</translation>
    </message>
    <message>
        <source>This kiosk is closed for maintenance.</source>
        <translation>この {機械|きかい}は いま {点検|てんけん}を しています。{使|つか}えません。</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>{機械|きかい}が {壊|こわ}れて いて、{止|と}まりました。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムの {証明書|しょうめいしょ}は {期限|きげん}が {切|き}れて います。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムの {証明書|しょうめいしょ}は まだ {使|つか}えません。この {端末|たんまつ}の {時計|とけい}を {確|たし}かめて ください。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムの {証明書|しょうめいしょ}は、{市|し}の {認証局|にんしょうきょく}が {出|だ}した ものでは ありません。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムの {証明書|しょうめいしょ}は、ほかの サーバーの {名前|なまえ}の ものです。</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムが この {端末|たんまつ}の {証明書|しょうめいしょ}を {求|もと}めて います。でも、{証明書|しょうめいしょ}が {設定|せってい}されて いません。</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムが この {端末|たんまつ}の {証明書|しょうめいしょ}を {受|う}け{付|つ}けません。</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>{係|かかり}の {人|ひと}へ：この {端末|たんまつ}の {証明書|しょうめいしょ}は、ほかの {端末|たんまつ}の ものです。</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムが この {端末|たんまつ}の トークンを {受|う}け{付|つ}けません。</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>{係|かかり}の {人|ひと}へ：{市|し}の システムに {安全|あんぜん}に つながる ことが できませんでした。</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>{画面|がめん}に さわって ください</translation>
    </message>
    <message>
        <source>Out of service</source>
        <extracomment>The out-of-service screen, shown in every language in turn.</extracomment>
        <translation>{今|いま}は {使|つか}えません</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>すみません。この {機械|きかい}は {今|いま} {使|つか}えません。{窓口|まどぐち}で {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <extracomment>Before the city&apos;s contact (who to ask, where, its phone) on the out-of-service screen.</extracomment>
        <translation>{聞|き}きたい ときの {連絡先|れんらくさき}：</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>%1 is the city&apos;s phone number.</extracomment>
        <translation>{電話|でんわ}：%1</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>%2 %1から {使|つか}えます。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Other alerts in force: %1.</source>
        <extracomment>%1 is a number (1 or more) of other disaster alerts in force besides the one shown.</extracomment>
        <translation>ほかの {知|し}らせ：%1こ。</translation>
    </message>
    <message>
        <source>Touch here for what to do.</source>
        <translation>ここを {押|お}すと、どう すれば いいか わかります。</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Beside a shelter the city has opened during this alert.</extracomment>
        <translation>{開|あ}いて います</translation>
    </message>
    <message>
        <source>Nearest shelters, open ones first</source>
        <translation>{近|ちか}くの {避難所|ひなんじょ}：{開|あ}いて いる ところが {先|さき}</translation>
    </message>
    <message>
        <source>No shelter has been opened yet. Nearest designated evacuation sites</source>
        <translation>まだ {開|あ}いて いる {避難所|ひなんじょ}は ありません。{近|ちか}くの {逃|に}げる {場所|ばしょ}</translation>
    </message>
    <message>
        <source>No evacuation site for this hazard is listed near here. Please ask the staff.</source>
        <translation>この {災害|さいがい}の ときに {逃|に}げる {場所|ばしょ}は {近|ちか}くに ありません。{係|かかり}の {人|ひと}に {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>The list of shelters is not on this kiosk yet. Please ask the staff.</source>
        <translation>この {機械|きかい}には まだ {避難所|ひなんじょ}の リストが ありません。{係|かかり}の {人|ひと}に {聞|き}いて ください。</translation>
    </message>
</context>
</TS>
