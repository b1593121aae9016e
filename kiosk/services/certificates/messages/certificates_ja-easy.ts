<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>カードが まだ きかいに はいって います。すぐに とって ください。</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>あんしょうばんごうを たしかめて います</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>カードで あんしょうばんごうを たしかめて います。カードを ぬかないで ください。</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>プリンターを たしかめて います</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>おかねを はらう まえに、プリンターが つかえるか たしかめて います。</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>しょうめいしょを えらんで ください</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>おかねは 1まいの ねだんです。</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1えん</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <source>How many copies?</source>
        <translation>なんまい ひつようですか？</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>1まい へらす</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>1まい ふやす</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>おかね：%1えん</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you</source>
        <translation>ありがとう ございました</translation>
    </message>
    <message>
        <source>Your certificates have been issued.</source>
        <translation>しょうめいしょを わたしました。</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>おつり %1えんを とって ください。</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>レシートを とって ください。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>レシートが でませんでした。ひつような ひとは かかりの ひとに いって ください。</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>カード、しょうめいしょ、レシートを わすれないで ください。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>マイナンバーカードを いれて ください</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>カードの おもてを うえに して、ICチップの ほうから いれて ください。</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>カードの {表|おもて}を {上|うえ}に して ください。カードリーダーの {上|うえ}に {置|お}いて ください。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>カードの {裏|うら}を {上|うえ}に して ください。ICチップの ほうから カードリーダーに {入|い}れて ください。</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>しょうめいしょを じゅんびして います</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>しの コンピューターで しょうめいしょを つくって います。すこし まって ください。</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>とれる しょうめいしょを しらべて います</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>ここで とれる しょうめいしょを しに きいて います。</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>しょうめいしょに かく ことを えらんで ください</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>じぶん だけ</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>いえの ひと ぜんいん</translation>
    </message>
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>ここでは 12けたの マイナンバーは かきません。ひつような ひとは しやくしょの まどぐちで いって ください。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <source>Choose only what you need. What you do not choose is not printed.</source>
        <translation>{必要|ひつよう}な ものだけ {選|えら}んで ください。{選|えら}ばない ものは {印刷|いんさつ}しません。</translation>
    </message>
    <message>
        <source>Whose entries should it show?</source>
        <translation>だれの ことを {書|か}きますか？</translation>
    </message>
    <message>
        <source>Should it show the head of household and your relationship to them?</source>
        <translation>{世帯主|せたいぬし}の {名前|なまえ}と、あなたとの {関係|かんけい}（{続柄|つづきがら}）を {書|か}きますか？</translation>
    </message>
    <message>
        <source>Do not show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>{書|か}かない</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>{書|か}く</translation>
    </message>
    <message>
        <source>Should it show the registered domicile and the head of the family register?</source>
        <translation>{本籍|ほんせき}と {筆頭者|ひっとうしゃ}を {書|か}きますか？</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>おかねを はらう</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>おかね（こうか か おさつ）を いれて ください。</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>ICカードを よみとる ところに タッチして ください。</translation>
    </message>
    <message>
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>はらいかたを えらんで ください。おかねは しょうめいしょが でてから もらいます。</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>はらう おかね：%1えん</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>はらうのを やめる</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>{使|つか}える お{札|さつ}：%1{円|えん}</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>{使|つか}える {硬貨|こうか}：%1{円|えん}</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>{払|はら}う お{金|かね}</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1{円|えん}</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>{入|い}れた お{金|かね}</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>あと いくら</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>あんしょうばんごうを いれて ください</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>あんしょうばんごうが ちがいます。あと %1かい まちがえると つかえなく なります。</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>カードの あんしょうばんごう（すうじ 4つ）を いれて、「けってい」を おして ください。</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>ほかの ひとに みられない ように いれて ください。いれた すうじは こえで よみません。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>けってい</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The printer has a problem</source>
        <translation>プリンターが こわれました</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>でた しょうめいしょ：%2まいの うち %1まい。おかねは まだ もらって いません。</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>かかりの ひとが プリンターを なおしたら「もう いちど」を おして ください。たりない ぶん だけ でます。やめる ときは おかねを ぜんぶ かえします。</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>やめて おかねを かえして もらう</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう いちど</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>しょうめいしょを いんさつ して います</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>きかいの まえから はなれないで ください。</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>%2まいの うち %1まいめを いんさつ して います。はなれないで ください。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>しょうめいしょを わたせません</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>カードを もう いちど よむ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>カードを よんで います</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>カードを よんで います。カードを ぬかないで ください。</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>レシートを いんさつ して います</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>レシートを いんさつ して います。すこし まって ください。</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>おかねを かえしました</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>おかねは もらって いません。</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>%1えんを とって ください。</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>カードを もう いちど よむ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>おわる</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>おかねを かえして います</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>おかねを かえして います。すこし まって ください。</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>カードを とって ください</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>あんしょうばんごうは ただしいです。カードを ぬくと つぎに すすみます。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>ないようを たしかめて ください</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>よければ「はらう」を おして ください。まだ もどれます。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>しょうめいしょ</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>だれの ぶん</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>いえの ひと ぜんいん</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>じぶん だけ</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>ほかに かく こと</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>せたいぬし・かぞくの かんけい</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>ほんせき・ひっとうしゃ</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>まいすう</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>おかね</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1えん</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>はらう</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>しょうめいしょが まだ でぐちに あります。とって ください。</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>しょうめいしょを とって ください</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>したの でぐちから しょうめいしょを とって、ボタンを おして ください。</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>ぜんぶの かみが あるか たしかめて ください。</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>とりました</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>マイナンバーカードで しょうめいしょを とる</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>よんでから「わかりました」を おして ください。</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>マイナンバーカードと あんしょうばんごう（すうじ 4つ）で、じゅうみんひょう などの しょうめいしょを とる ことが できます。</translation>
    </message>
    <message>
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>おかねは はらう まえに みせます。たしかめてから はらって ください。しょうめいしょが でない ときは おかねを かえします。</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>ほんにんか どうかは カードの でんししょうめいしょ だけで たしかめます。12けたの マイナンバーは よまないし、いんさつ しません。</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>{使|つか}える {人|ひと}：この {市|し}に {住民登録|じゅうみんとうろく}が ある 15{歳|さい}{以上|いじょう}の {人|ひと}です。マイナンバーカードに「{利用者証明用電子証明書|りようしゃしょうめいようでんししょうめいしょ}」が {入|はい}って いる {人|ひと}です。</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>お{金|かね}：{証明書|しょうめいしょ}を {選|えら}ぶ {前|まえ}に、いくらか {出|で}ます。</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>お{金|かね}：1{枚|まい} %1{円|えん}です。</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>お{金|かね}：1{枚|まい} %1〜%2{円|えん}です。{証明書|しょうめいしょ}で ちがいます。</translation>
    </message>
    <message>
        <source>Hours: open 24 hours a day.</source>
        <translation>{使|つか}える {時間|じかん}：24{時間|じかん}。</translation>
    </message>
    <message>
        <source>Hours: every day from %1 to %2.</source>
        <translation>{使|つか}える {時間|じかん}：{毎日|まいにち} %1〜%2。</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>{休|やす}みの {日|ひ}：%1。</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>{暗証番号|あんしょうばんごう}を %1{回|かい} つづけて まちがえると、ロックされます。ここでは {使|つか}えなく なります。ロックを なおすのは、{市役所|しやくしょ}の {窓口|まどぐち}だけです。</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>{同意|どうい}しない</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>いま カードを よむ きかいが つかえません。しょくいんに いって ください。</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>この カードは しの じゅうみんの きろくに ありません。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>この カードの でんししょうめいしょは つかえなく なって います。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>この カードの でんししょうめいしょは きげんが きれて います。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>この カードの でんししょうめいしょを たしかめられませんでした。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>この カードは マイナンバーカードでは ありません。ぬいて、マイナンバーカードを いれて ください。</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>これは ふるい じゅうきカードです。ここでは つかえません。ぬいて、マイナンバーカードを いれて ください。</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>カードが とちゅうで ぬけました。もう いちど いれて ください。</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>あんしょうばんごうが ちがいます。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>なんかいも まちがえたので、この カードの あんしょうばんごうは つかえなく なりました。</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>カードの かくにんが じかんぎれに なりました。もう いちど カードを よんで ください。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>いま しの コンピューターに つながりません。あとで もう いちど して ください。</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>じかんが かかったので やめました。いれた おかねは かえしました。</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>ICカードの おかねが たりません。ほかの はらいかたを えらんで ください。</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>ICカードが よめませんでした。もう いちど して ください。</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>おつりが たりません。ちょうどの おかねか ICカードで はらって ください。</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>この はらいかたは いま つかえません。ほかを えらんで ください。</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>おかねの きかいに もんだいが ありました。かかりの ひとに レシートを みせて ください。</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>おかねを かえせませんでした。かかりの ひとに いって ください。おかねは もらって いません。</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>きかいに おもわない もんだいが おきました。</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>カードが よめませんでした。ぬいて、おもてを うえに して、もう いちど いれて ください。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>この しょうめいしょは ここでは だせません。</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>いま しの コンピューターが うまく うごいて いません。あとで もう いちど して ください。</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>いま おかねの きかいが つかえません。かかりの ひとに いって ください。</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>かかりの ひとに いって ください。</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>でんししょうめいしょは しやくしょの まどぐちで あたらしく できます。</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>しやくしょの まどぐちで あんしょうばんごうを もう いちど きめられます。カードと ほんにんだと わかる ものを もって きて ください。</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>すこし まってから もう いちど するか、しやくしょの まどぐちで とって ください。</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>しやくしょの まどぐちで きいて ください。</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>いんかんの とうろくが ありません。</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>ほんせきが ほかの まちに あります。</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>この しに こせきが ありません。</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>ぜいきんの きろくが ありません。</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>15さい いじょうの ひと だけ とれます。</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>しやくしょの まどぐちで きいて ください。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>げんきん</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>ICカード（でんしマネー）</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>しょうめいしょ</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>マイナンバーカードで じゅうみんひょう などの しょうめいしょが とれます。</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>りょうしゅうしょ（おかねを はらった しょうめい）</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>しょうめいしょ</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>まいすう</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1まい</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>おかね</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>はらいかた</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>げんきん</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>でんしマネー</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>{入|い}れた お{金|かね}</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>おつり</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>ひにち</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>きかいの ばんごう</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>うけつけ ばんごう</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>ありがとう ございました</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>%1えん</translation>
    </message>
</context>
</TS>
