<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>とじる</translation>
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
        <translation>サービスを えらんで ください。</translation>
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
        <translation>{人|ひと}に {聞|き}く</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>{聞|き}ける {人|ひと}が いる {所|ところ}と {市|し}の {電話|でんわ}</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>{使|つか}いたい サービスを {押|お}して ください。{次|つぎ}に する ことは {画面|がめん}に {出|で}ます。</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>「{言語|げんご}」で {言葉|ことば}を {変|か}えられます。「{使|つか}いやすさ{設定|せってい}」で {字|じ}を {大|おお}きく したり、ボタンを {下|した}の {方|ほう}に {出|だ}したり、{画面|がめん}を {読|よ}み{上|あ}げたり できます。</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>「{戻|もど}る」で {一|ひと}つ {前|まえ}に {戻|もど}ります。「{終|お}わる」で {終|お}わります。{入|い}れた ことは {全部|ぜんぶ} {消|き}えます。</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>しばらく {画面|がめん}に {触|さわ}らないと、まだ {使|つか}うか {聞|き}きます。その {後|あと}、{全部|ぜんぶ} {消|き}えます。</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>ここで {働|はたら}く {人|ひと}が {手伝|てつだ}います。{窓口|まどぐち}で {声|こえ}を かけて ください。</translation>
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
        <translation>もっと じかんが ひつようですか？</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>あと %1びょうで さいしょの がめんに もどります。</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>はい、つづけます</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
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
        <source>Out of service</source>
        <translation>いま つかえません</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>すみません。いま この きかいは つかえません。まどぐちで きいて ください。</translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>きかい %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>いま ネットに つながって いません。この じょうほうは %1 の ものです。</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>いま ネットに つながって いません。市の じょうほうを よみこめません。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
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
        <translation>がめんの ことばを えらびます</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>つかいやすく する</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>もじを 大きく、いろを はっきり、ボタンを 下に、こえで よむ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>もじを 大きく</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>いろを はっきり</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>ボタンを 下に</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>ボタンを ぜんぶ がめんの 下の ほうに だします</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>こえで よむ</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>がめんの ことばを こえで よみます</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>{終|お}わります。{入|い}れた ことは {全部|ぜんぶ} {消|き}えます</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>プリンターに かみが ありません。しょくいんに いって ください。</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>プリンターの ふたが あいて います。しょくいんに いって ください。</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>この きかいには カードを よむ ところが ありません。</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>この きかいは レシートを だせません。</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>この きかいは しょるいを いんさつ できません。</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>この きかいでは おかねを はらえません。</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>この きかいには LEDの ひょうじばんが ありません。</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>きかいを しらべて います。すこし まって ください。</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>いまは つかえません。</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>いま プリンターが つかえません。しょくいんに いって ください。</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>市の じょうほうを よみこんで います。すこし まって ください。</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>いま カードを よむ きかいが つかえません。しょくいんに いって ください。</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>いまは つかえません。</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>市の じょうほうを よみこめませんでした。</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>エラーで きかいが とまりました。</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>きかいに もんだいが あって、とまりました。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>かかりの ひとへ：市の システムの しょうめいしょの きげんが きれて います。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>かかりの ひとへ：市の システムの しょうめいしょは まだ つかえません。この きかいの とけいを みて ください。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>かかりの ひとへ：市の システムの しょうめいしょは、市の にんしょうきょくが だした ものでは ありません。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>かかりの ひとへ：市の システムの しょうめいしょは、ほかの サーバーの なまえの ものです。</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>かかりの ひとへ：市の システムが この きかいの しょうめいしょを もとめて いますが、せっていが ありません。</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>かかりの ひとへ：市の システムが この きかいの しょうめいしょを うけつけません。</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>かかりの ひとへ：この きかいの しょうめいしょは、ほかの きかいの ものです。</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>かかりの ひとへ：市の システムが この きかいの トークンを うけつけません。</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>かかりの ひとへ：市の システムと あんぜんに つながりませんでした。</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>がめんを さわって ください</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>%2 %1から つかえます。</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>{今|いま}は {使|つか}えません</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>すみません。この {機械|きかい}は {今|いま} {使|つか}えません。{窓口|まどぐち}で {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <translation>{聞|き}きたい ときは ここへ</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>{電話|でんわ}：%1</translation>
    </message>
</context>
</TS>
