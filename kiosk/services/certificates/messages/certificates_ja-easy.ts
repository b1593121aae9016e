<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>カードが まだ カードリーダーに {入|はい}って います。すぐに {取|と}って ください。</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>{暗証番号|あんしょうばんごう}を {確|たし}かめて います</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>カードで {暗証番号|あんしょうばんごう}を {確|たし}かめて います。カードを {抜|ぬ}かないで ください。</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>プリンターを {確|たし}かめて います</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>お{金|かね}を {払|はら}う {前|まえ}に、プリンターが {使|つか}えるか {確|たし}かめて います。</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>{証明書|しょうめいしょ}を {選|えら}んで ください</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>{手数料|てすうりょう}は 1通（1枚）の お{金|かね}です。</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <source>How many copies?</source>
        <translation>{何通|なんつう}（{何枚|なんまい}） {要|い}りますか？</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>1通 {減|へ}らす</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>1通 {増|ふ}やす</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>{手数料|てすうりょう}：%1円</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>{次|つぎ}へ</translation>
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
        <translation>{証明書|しょうめいしょ}を {出|だ}しました。</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>おつりが %1円 あります。{取|と}って ください。</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>{領収書|りょうしゅうしょ}（レシート）を {取|と}って ください。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>{領収書|りょうしゅうしょ}を {印刷|いんさつ}できませんでした。{要|い}る {人|ひと}は {係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>カード、{証明書|しょうめいしょ}、{領収書|りょうしゅうしょ}を {忘|わす}れて いませんか。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>マイナンバーカードを {入|い}れて ください</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>カードの {表|おもて}を {上|うえ}に して ください。カードリーダーの {上|うえ}に {置|お}いて ください。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>カードの {裏|うら}を {上|うえ}に して ください。ICチップの ほうから カードリーダーに {入|い}れて ください。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>カードの {表|おもて}を {上|うえ}に して ください。ICチップの ほうから カードリーダーに {入|い}れて ください。</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>{証明書|しょうめいしょ}を {準備|じゅんび}して います</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>{市|し}の システムで {証明書|しょうめいしょ}を {準備|じゅんび}して います。{少|すこ}し {待|ま}って ください。</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>{取|と}れる {証明書|しょうめいしょ}を {調|しら}べて います</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>この {機械|きかい}で {取|と}れる {証明書|しょうめいしょ}を {市|し}に {聞|き}いて います。</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>{証明書|しょうめいしょ}に {書|か}く ことを {選|えら}んで ください</translation>
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
        <source>Only me</source>
        <translation>{自分|じぶん}だけ（{本人|ほんにん}のみ）</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>{家族|かぞく} {全員|ぜんいん}（{世帯|せたい}{全員|ぜんいん}）</translation>
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
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>この {機械|きかい}では、12桁の マイナンバー（{個人|こじん}{番号|ばんごう}）は {書|か}きません。{書|か}いて ほしい {人|ひと}は {市役所|しやくしょ}の {窓口|まどぐち}で {申|もう}し{込|こ}んで ください。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>{次|つぎ}へ</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Notes: %1 yen</source>
        <translation>{使|つか}える お{札|さつ}：%1円</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>{使|つか}える {硬貨|こうか}：%1円</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>お{金|かね}を {払|はら}う</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>お{金|かね}（{硬貨|こうか}か お{札|さつ}）を {入|い}れて ください。</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>ICカードを {読|よ}み{取|と}る ところに タッチして ください。</translation>
    </message>
    <message>
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>{払|はら}い{方|かた}を {選|えら}んで ください。お{金|かね}は {証明書|しょうめいしょ}の {印刷|いんさつ}が {終|お}わってから もらいます。</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>{払|はら}う お{金|かね}：%1円</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>{払|はら}う お{金|かね}</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>{入|い}れた お{金|かね}</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>あと {払|はら}う お{金|かね}</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>{払|はら}うのを やめる</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>{暗証番号|あんしょうばんごう}を {入|い}れて ください</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>{暗証番号|あんしょうばんごう}が {違|ちが}います。あと %1回 {間違|まちが}えると ロックされます。ロックされると {使|つか}えません。</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>{利用者|りようしゃ}{証明用|しょうめいよう}{電子|でんし}{証明書|しょうめいしょ}の {暗証番号|あんしょうばんごう}（{数字|すうじ} 4桁）を {入|い}れて ください。それから「{確定|かくてい}」を {押|お}して ください。</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>{暗証番号|あんしょうばんごう}を ほかの {人|ひと}に {見|み}られないように {入|い}れて ください。{入|い}れた {数字|すうじ}は {声|こえ}で {読|よ}みません。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1つ {消|け}す</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>{確定|かくてい}</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The printer has a problem</source>
        <translation>プリンターに {問題|もんだい}が あります</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>{印刷|いんさつ}できたのは %2通の うち %1通です。お{金|かね}は まだ もらって いません。</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>{係|かかり}の {人|ひと}が プリンターを {直|なお}したら、「もう{一度|いちど} {印刷|いんさつ}する」を {押|お}して ください。{足|た}りない {分|ぶん}だけ {印刷|いんさつ}します。やめる ときは、お{金|かね}を ぜんぶ {返|かえ}します。</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>やめて お{金|かね}を {返|かえ}して もらう</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう{一度|いちど} {印刷|いんさつ}する</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>{証明書|しょうめいしょ}を {印刷|いんさつ}して います</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>{機械|きかい}から {離|はな}れないで ください。</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>%2通の うち %1通目を {印刷|いんさつ}して います。{離|はな}れないで ください。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>{証明書|しょうめいしょ}を {出|だ}せません</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>カードを もう{一度|いちど} {読|よ}む</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>カードを {読|よ}んで います</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>カードを {読|よ}んで います。カードを {抜|ぬ}かないで ください。</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>{領収書|りょうしゅうしょ}を {印刷|いんさつ}して います</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>{領収書|りょうしゅうしょ}を {印刷|いんさつ}して います。{少|すこ}し {待|ま}って ください。</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>お{金|かね}を {返|かえ}しました</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>お{金|かね}は もらって いません。</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>%1円を {取|と}って ください。</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>カードを もう{一度|いちど} {読|よ}む</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>お{金|かね}を {返|かえ}して います</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>お{金|かね}を {返|かえ}して います。{少|すこ}し {待|ま}って ください。</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>カードを {取|と}って ください</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>{暗証番号|あんしょうばんごう}は {正|ただ}しいです。カードを {抜|ぬ}くと、{次|つぎ}に {進|すす}みます。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>{内容|ないよう}を {確|たし}かめて ください</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>よければ「{支払|しはら}う」を {押|お}して ください。まだ {戻|もど}る ことも できます。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>{証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>{書|か}く {人|ひと}</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>{家族|かぞく} {全員|ぜんいん}（{世帯|せたい}{全員|ぜんいん}）</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>{自分|じぶん}だけ（{本人|ほんにん}のみ）</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>いっしょに {書|か}く こと</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>{世帯主|せたいぬし}と {続柄|つづきがら}（{家族|かぞく}の {関係|かんけい}）</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>{本籍|ほんせき}と {筆頭者|ひっとうしゃ}</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>{通数|つうすう}（{枚数|まいすう}）</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>{手数料|てすうりょう}</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>{支払|しはら}う</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>{証明書|しょうめいしょ}が まだ {取|と}り{出|だ}し{口|ぐち}に あります。{取|と}って ください。</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>{証明書|しょうめいしょ}を {取|と}って ください</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>{下|した}の {取|と}り{出|だ}し{口|ぐち}から {証明書|しょうめいしょ}を {取|と}って ください。それから ボタンを {押|お}して ください。</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>ページが ぜんぶ あるか {確|たし}かめて ください。</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>{受|う}け{取|と}りました</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>マイナンバーカードで {証明書|しょうめいしょ}を {取|と}る</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>{読|よ}んで ください。それから「{同意|どうい}する」を {押|お}して ください。</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>マイナンバーカードと {暗証番号|あんしょうばんごう}（{数字|すうじ} 4桁）で、{住民票|じゅうみんひょう}の {写|うつ}しなどの {証明書|しょうめいしょ}を {取|と}る ことが できます。</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>{使|つか}える {人|ひと}：この {市|し}に {住民|じゅうみん}{登録|とうろく}が ある 15歳{以上|いじょう}の {人|ひと}です。マイナンバーカードに「{利用者|りようしゃ}{証明用|しょうめいよう}{電子|でんし}{証明書|しょうめいしょ}」が {入|はい}って いる {人|ひと}です。</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>{手数料|てすうりょう}：{証明書|しょうめいしょ}を {選|えら}ぶ {前|まえ}に、いくらか {画面|がめん}に {出|で}ます。</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>{手数料|てすうりょう}：1通（1枚） %1円です。</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>{手数料|てすうりょう}：1通（1枚） %1〜%2円です。{証明書|しょうめいしょ}で {違|ちが}います。</translation>
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
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>{手数料|てすうりょう}は {払|はら}う {前|まえ}に {画面|がめん}に {出|で}ます。お{金|かね}を {確|たし}かめてから {払|はら}って ください。{証明書|しょうめいしょ}が {印刷|いんさつ}できなかった ときは、お{金|かね}を {返|かえ}します。</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>{暗証番号|あんしょうばんごう}を %1回 {続|つづ}けて {間違|まちが}えると、ロックされます。ロックされると、この {機械|きかい}では {使|つか}えません。ロックを {解除|かいじょ}できるのは、{市役所|しやくしょ}の {窓口|まどぐち}だけです。</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>{本人|ほんにん}かどうかは、カードの {電子|でんし}{証明書|しょうめいしょ}だけで {確|たし}かめます。12桁の マイナンバー（{個人|こじん}{番号|ばんごう}）は {読|よ}みません。{印刷|いんさつ}も しません。</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>{同意|どうい}しない</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>{同意|どうい}する</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>{今|いま}、カードリーダーが {使|つか}えません。{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>この カードは、{市|し}の {住民|じゅうみん}の {記録|きろく}と つながって いません。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>この カードの {電子|でんし}{証明書|しょうめいしょ}は {失効|しっこう}して います（もう {使|つか}えません）。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>この カードの {電子|でんし}{証明書|しょうめいしょ}は {期限|きげん}が {切|き}れて います。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>この カードの {電子|でんし}{証明書|しょうめいしょ}を {確|たし}かめる ことが できませんでした。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>この カードは マイナンバーカードでは ありません。カードを {抜|ぬ}いて ください。マイナンバーカードを {入|い}れて ください。</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>これは {住民|じゅうみん}{基本|きほん}{台帳|だいちょう}カード（{住基|じゅうき}カード）です。この {機械|きかい}では {使|つか}えません。カードを {抜|ぬ}いて ください。マイナンバーカードを {入|い}れて ください。</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>カードが {途中|とちゅう}で {抜|ぬ}かれました。もう{一度|いちど} {入|い}れて ください。</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>{暗証番号|あんしょうばんごう}が {違|ちが}います。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>{暗証番号|あんしょうばんごう}を {何回|なんかい}も {間違|まちが}えました。この カードの {暗証番号|あんしょうばんごう}は ロックされて います。</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>カードを {確|たし}かめてから {時間|じかん}が たちました。もう{一度|いちど} カードを {読|よ}ませて ください。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>{今|いま}、{市|し}の システムに つながりません。{少|すこ}し {待|ま}ってから、もう{一度|いちど} して ください。</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>{払|はら}うのに {時間|じかん}が かかったので、やめました。{入|い}れた お{金|かね}は {返|かえ}しました。</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>ICカードの {残高|ざんだか}が {足|た}りません。ほかの {払|はら}い{方|かた}を {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>ICカードを {読|よ}めませんでした。もう{一度|いちど} して ください。</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>おつりが {足|た}りません。ちょうどの お{金|かね}か、ICカードで {払|はら}って ください。</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>この {払|はら}い{方|かた}は {今|いま} {使|つか}えません。ほかの {払|はら}い{方|かた}を {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>お{金|かね}を {払|はら}う {機械|きかい}（{精算機|せいさんき}）に {問題|もんだい}が ありました。{係|かかり}の {人|ひと}に {領収書|りょうしゅうしょ}を {見|み}せて ください。</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>お{金|かね}を {機械|きかい}で {返|かえ}せませんでした。{係|かかり}の {人|ひと}に {言|い}って ください。お{金|かね}は もらって いません。</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>{機械|きかい}に {思|おも}わない {問題|もんだい}が {起|お}きました。</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>カードを {読|よ}めませんでした。カードを {抜|ぬ}いて ください。カードの {表|おもて}を {上|うえ}に して、ICチップの ほうから もう{一度|いちど} {入|い}れて ください。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>この {証明書|しょうめいしょ}は、この {機械|きかい}では {出|だ}せません。</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>{今|いま}、{市|し}の システムが {正|ただ}しく {動|うご}いて いません。{少|すこ}し {待|ま}ってから、もう{一度|いちど} して ください。</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>{今|いま}、お{金|かね}を {払|はら}う {機械|きかい}（{精算機|せいさんき}）が {使|つか}えません。{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>{電子|でんし}{証明書|しょうめいしょ}は、{市役所|しやくしょ}の {市民課|しみんか}の {窓口|まどぐち}で {新|あたら}しく できます（{更新|こうしん}）。</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>{市役所|しやくしょ}の {市民課|しみんか}の {窓口|まどぐち}で、{暗証番号|あんしょうばんごう}を もう{一度|いちど} {決|き}める ことが できます。カードと、{本人|ほんにん}だと わかる {書類|しょるい}を {持|も}って {来|き}て ください。</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>{数分|すうふん} {待|ま}ってから、もう{一度|いちど} して ください。{市役所|しやくしょ}の {窓口|まどぐち}でも {証明書|しょうめいしょ}を {取|と}れます。</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>{市役所|しやくしょ}の {市民課|しみんか}の {窓口|まどぐち}で {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>{印鑑|いんかん}の {登録|とうろく}が ありません。</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>{本籍|ほんせき}が ほかの {市|し}や {町|まち}や {村|むら}に あります。</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>この {市|し}には {戸籍|こせき}が ありません。</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>{税金|ぜいきん}（{課税|かぜい}）の {記録|きろく}が ありません。</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>15歳{以上|いじょう}の {人|ひと}だけ {取|と}れます。</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>{市役所|しやくしょ}の {窓口|まどぐち}で {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>{現金|げんきん}</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>ICカード（{電子|でんし}マネー）</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>{証明書|しょうめいしょ}を {取|と}る</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>マイナンバーカードで {証明書|しょうめいしょ}を {取|と}れます。{住民票|じゅうみんひょう}の {写|うつ}し、{印鑑|いんかん}{登録|とうろく}{証明書|しょうめいしょ}、{課税|かぜい}{証明書|しょうめいしょ}、{戸籍|こせき}{証明書|しょうめいしょ}などです。</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>{領収書|りょうしゅうしょ}</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>{証明書|しょうめいしょ}</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>{通数|つうすう}</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1通</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>{手数料|てすうりょう}</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>{払|はら}い{方|かた}</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>{現金|げんきん}</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>{電子|でんし}マネー</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>{入|い}れた お{金|かね}（お{預|あず}かり）</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>おつり</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>{日|ひ}にちと {時間|じかん}</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>{機械|きかい}の {番号|ばんごう}</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>{受付|うけつけ}{番号|ばんごう}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>ありがとう ございました</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>%1円</translation>
    </message>
</context>
</TS>
