<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>カードがカードリーダーに残っています。今すぐお取りください。</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>暗証番号を確認しています</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>カードで暗証番号を確認しています。カードを抜かないでください。</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>プリンターを確認しています</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>お支払いの前に、プリンターが使えるか確認しています。</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>証明書を選んでください</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>手数料は1通あたりの金額です。</translation>
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
        <translation>何通必要ですか？</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>1通減らす</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>1通増やす</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>手数料：%1円</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you</source>
        <translation>ありがとうございました</translation>
    </message>
    <message>
        <source>Your certificates have been issued.</source>
        <translation>証明書を交付しました。</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>おつり%1円をお取りください。</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>領収書をお取りください。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>領収書を印刷できませんでした。必要な方は係員にお申し出ください。</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>カード、証明書、領収書のお取り忘れはありませんか。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>マイナンバーカードを置いてください</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>カードを表向きにして、ICチップ側からカードリーダーに入れてください。</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>カードを表向きにして、カードリーダーの上に置いてください。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>カードを裏向きにして、ICチップ側からカードリーダーに入れてください。</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>証明書を準備しています</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>市のシステムで証明書を準備しています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>取得できる証明書を確認しています</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>この端末で取得できる証明書を市に問い合わせています。</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>記載する内容を選んでください</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>本人のみ</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>世帯全員</translation>
    </message>
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>この端末では12桁のマイナンバー（個人番号）は記載されません。記載が必要な方は市役所の窓口でお申し込みください。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Choose only what you need. What you do not choose is not printed.</source>
        <translation>必要な項目だけを選んでください。選ばなかった項目は印刷されません。</translation>
    </message>
    <message>
        <source>Whose entries should it show?</source>
        <translation>どなたの分を記載しますか？</translation>
    </message>
    <message>
        <source>Should it show the head of household and your relationship to them?</source>
        <translation>世帯主の氏名と続柄を記載しますか？</translation>
    </message>
    <message>
        <source>Do not show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>記載しない</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>記載する</translation>
    </message>
    <message>
        <source>Should it show the registered domicile and the head of the family register?</source>
        <translation>本籍と筆頭者を記載しますか？</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>お支払い</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>硬貨またはお札を入れてください。</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>ICカードを読み取り部にタッチしてください。</translation>
    </message>
    <message>
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>お支払い方法を選んでください。料金は証明書の印刷が終わってから収納されます。</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>お支払い金額：%1円</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>支払いをやめる</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>使えるお札：%1円</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>使える硬貨：%1円</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>お支払い金額</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>投入金額</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>残り</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>暗証番号を入力してください</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>暗証番号が違います。あと%1回間違えるとロックされます。</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>利用者証明用電子証明書の暗証番号（数字4桁）を入力し、「確定」を押してください。</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>暗証番号は他の人に見られないように入力してください。入力した数字は読み上げません。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The printer has a problem</source>
        <translation>プリンターに問題が起きました</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>印刷済み：%2通中%1通。料金はまだ収納されていません。</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>係員がプリンターを直したら「もう一度印刷する」を押してください。足りない分だけを印刷します。やめる場合は、お金を全額お返しします。</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>やめてお金を返してもらう</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度印刷する</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>証明書を印刷しています</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>端末から離れないでください。</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>%2通中%1通目を印刷しています。離れないでください。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>証明書を交付できません</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>カードをもう一度読み取る</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>カードを読み取っています</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>カードを読み取っています。カードを抜かないでください。</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>領収書を印刷しています</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>領収書を印刷しています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>お金をお返ししました</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>料金はいただいていません。</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>%1円をお取りください。</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>カードをもう一度読み取る</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>お金をお返ししています</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>お金をお返ししています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>カードをお取りください</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>暗証番号を確認しました。カードを抜くと次に進みます。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>内容を確認してください</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>よろしければ「支払う」を押してください。まだ戻ることができます。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>記載する人</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>世帯全員</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>本人のみ</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>あわせて記載する項目</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>世帯主・続柄</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>本籍・筆頭者</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>通数</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>支払う</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>証明書が取り出し口に残っています。お取りください。</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>証明書をお取りください</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>下の取り出し口から証明書を取り、ボタンを押してください。</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>すべてのページがそろっているか確認してください。</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>受け取りました</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>マイナンバーカードで証明書を取る</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>内容をお読みになり、「同意する」を押してください。</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>マイナンバーカードと暗証番号（数字4桁）で、住民票の写しなどの証明書を取得できます。</translation>
    </message>
    <message>
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>手数料はお支払いの前に表示されます。金額を確認してからお支払いいただき、証明書が印刷できなかった場合はお金をお返しします。</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>本人確認には、カードの電子証明書だけを使います。12桁のマイナンバー（個人番号）は読み取らず、印刷もしません。</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>ご利用になれる方：この市に住民登録がある15歳以上の方で、マイナンバーカードに利用者証明用電子証明書が入っている方。</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>手数料：各証明書の手数料は、選ぶ前に表示されます。</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>手数料：1通 %1円。</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>手数料：1通 %1〜%2円（証明書によって異なります）。</translation>
    </message>
    <message>
        <source>Hours: open 24 hours a day.</source>
        <translation>利用時間：24時間。</translation>
    </message>
    <message>
        <source>Hours: every day from %1 to %2.</source>
        <translation>利用時間：毎日 %1〜%2。</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>休止日：%1。</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>暗証番号を%1回続けて間違えるとロックされ、この端末では使えなくなります。ロックの解除は市役所の窓口でのみ行えます。</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>同意しない</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>現在カードリーダーが使えません。係員にお声がけください。</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>このカードは市の住民記録と結びついていません。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>このカードの電子証明書は失効しています。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>このカードの電子証明書は有効期限が切れています。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>このカードの電子証明書を確認できませんでした。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>このカードはマイナンバーカードではありません。カードを抜いて、マイナンバーカードを入れてください。</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>これは住民基本台帳カード（住基カード）です。この端末では使えません。カードを抜いて、マイナンバーカードを入れてください。</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>カードが途中で抜かれました。もう一度入れてください。</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>暗証番号を続けて間違えたため、このカードの暗証番号はロックされています。</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>カードの確認の有効期限が切れました。もう一度カードを読み取ってください。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>現在、市のシステムに接続できません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>お支払いに時間がかかったため中止しました。入れたお金はお返ししました。</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>ICカードの残高が足りません。別のお支払い方法を選んでください。</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>ICカードを読み取れませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>おつりが不足しています。ちょうどの金額か、ICカードでお支払いください。</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>このお支払い方法は現在使えません。別の方法を選んでください。</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>精算機に問題がありました。係員に領収書をお見せください。</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>お金を自動でお返しできませんでした。係員にお申し出ください。料金はいただいていません。</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>端末で予期しない問題が起きました。</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>カードを読み取れませんでした。カードを抜いて、表向きにICチップ側からもう一度入れてください。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>この証明書は、この端末では交付できません。</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>現在、市のシステムが正しく応答していません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>現在、精算機が使えません。係員にお申し出ください。</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>係員にお申し出ください。</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>電子証明書は市役所の市民課窓口で更新できます。</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>市役所の市民課窓口で暗証番号を再設定できます。カードと本人確認書類をお持ちください。</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>数分後にもう一度お試しいただくか、市役所の窓口で証明書をお取りください。</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>市役所の市民課窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>印鑑登録がありません。</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>本籍が他の市区町村にあります。</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>この市に戸籍がありません。</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>課税の記録がありません。</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>15歳以上の方のみ取得できます。</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>市役所の窓口にお問い合わせください。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>ICカード（電子マネー）</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>証明書の交付</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>マイナンバーカードで、住民票の写し、印鑑登録証明書、課税証明書、戸籍証明書などが取れます。</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>領収書</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>通数</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1通</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>お支払い方法</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>現金</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>電子マネー</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>お預り</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>おつり</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>日時</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>端末番号</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>ご利用ありがとうございました</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>%1円</translation>
    </message>
</context>
</TS>
