<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BookingCard</name>
    <message>
        <source>Provisional booking (not paid yet)</source>
        <translation>仮予約（未払い）</translation>
    </message>
    <message>
        <source>Booked and paid</source>
        <translation>予約済み・支払い済み</translation>
    </message>
    <message>
        <source>Booked, to pay at the counter</source>
        <translation>予約済み・窓口で支払い</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Released: it was not paid in time</source>
        <translation>期限までに支払いがなかったため、取り消されました</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>利用済み</translation>
    </message>
    <message>
        <source>Not used: nobody came</source>
        <translation>未利用（来館なし）</translation>
    </message>
    <message>
        <source>Please ask at the counter about this booking.</source>
        <translation>この予約については窓口でお尋ねください。</translation>
    </message>
    <message>
        <source>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</source>
        <translation>未払い：%1。%2までに施設の窓口でお支払いください。支払いがないと予約は取り消されます。</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>返金額：%1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>予約番号：%1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>使用料：%1</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>この予約を取り消す</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Booking the room</source>
        <translation>予約しています</translation>
    </message>
    <message>
        <source>Holding the room for you. Please wait.</source>
        <translation>お部屋を仮予約しています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>カードがカードリーダーに残っています。今すぐお取りください。</translation>
    </message>
</context>
<context>
    <name>CancelPage</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>この予約を取り消しますか？</translation>
    </message>
    <message>
        <source>Please check what cancelling means.</source>
        <translation>取り消すとどうなるか、確認してください。</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>この予約は支払いがないため、返金はありません。</translation>
    </message>
    <message>
        <source>It is too close to the day: if you cancel now, nothing is refunded.</source>
        <translation>利用日が近いため、今取り消すと返金はありません。</translation>
    </message>
    <message>
        <source>If you cancel now, the whole fee is refunded: %1.</source>
        <translation>今取り消すと、使用料の全額%1が返金されます。</translation>
    </message>
    <message>
        <source>If you cancel now, %1 % of the fee is refunded: %2.</source>
        <translation>今取り消すと、使用料の%1%（%2）が返金されます。</translation>
    </message>
    <message>
        <source>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</source>
        <translation>直前の取り消しになります。ペナルティ点が%1点加算されます。点数が多くなると、しばらく予約できなくなります。</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be restored.</source>
        <translation>取り消した予約は元に戻せません。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>取り消さない</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>この予約を取り消す</translation>
    </message>
</context>
<context>
    <name>CancelledPage</name>
    <message>
        <source>Your booking is cancelled</source>
        <translation>予約を取り消しました</translation>
    </message>
    <message>
        <source>The room is free again at that time for others to book.</source>
        <translation>その時間の部屋は、ほかの方が予約できるようになりました。</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>返金額：%1</translation>
    </message>
    <message>
        <source>No refund is paid for this cancellation.</source>
        <translation>この取り消しでは返金はありません。</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is nothing to refund.</source>
        <translation>支払いがないため、返金はありません。</translation>
    </message>
    <message>
        <source>The refund is paid at the facility&apos;s counter. Please show your booking number there.</source>
        <translation>返金は施設の窓口で行います。窓口で予約番号をお見せください。</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>自分の予約</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>CancellingPage</name>
    <message>
        <source>Cancelling your booking</source>
        <translation>予約を取り消しています</translation>
    </message>
    <message>
        <source>Your booking is being cancelled. Please wait.</source>
        <translation>予約を取り消しています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking with the booking system</source>
        <translation>予約システムに確認しています</translation>
    </message>
    <message>
        <source>Checking your card with the city&apos;s booking system. Please wait.</source>
        <translation>市の予約システムでカードを確認しています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>暗証番号を確認しています</translation>
    </message>
    <message>
        <source>Checking your PIN. Please do not take the card out.</source>
        <translation>暗証番号を確認しています。カードを抜かないでください。</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Confirming your booking</source>
        <translation>予約を確定しています</translation>
    </message>
    <message>
        <source>Confirming your booking with the city. Please do not leave.</source>
        <translation>市に予約を確定しています。その場でお待ちください。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your booking is made</source>
        <translation>予約ができました</translation>
    </message>
    <message>
        <source>Your booking number is %1. Please note it.</source>
        <translation>予約番号は%1です。控えてください。</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>お支払い済み：%1</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter by %2.</source>
        <translation>%2までに施設の窓口で%1をお支払いください。</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter.</source>
        <translation>施設の窓口で%1をお支払いください。</translation>
    </message>
    <message>
        <source>Please take your change: %1.</source>
        <translation>おつりをお取りください：%1</translation>
    </message>
    <message>
        <source>Please take your receipt. It shows the booking number and a QR code.</source>
        <translation>レシートをお取りください。予約番号とQRコードが印刷されています。</translation>
    </message>
    <message>
        <source>No receipt was printed. Please note the booking number.</source>
        <translation>レシートは印刷されませんでした。予約番号を控えてください。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>EnteredPage</name>
    <message>
        <source>Your lottery entry has been sent</source>
        <translation>抽選に申し込みました</translation>
    </message>
    <message>
        <source>You do not need to do anything more today.</source>
        <translation>今日の手続きはこれで終わりです。</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>抽選日は%1です。</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>抽選の後、この端末でマイナンバーカードを使って、予約と抽選の申し込みを見ると、結果が分かります。</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>自分の予約</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>EnteringPage</name>
    <message>
        <source>Sending your entry</source>
        <translation>申し込みを送っています</translation>
    </message>
    <message>
        <source>Your lottery entry is being sent. Please wait.</source>
        <translation>抽選の申し込みを送っています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Lottery for %1</source>
        <translation>%1分の抽選</translation>
    </message>
    <message>
        <source>Not drawn yet. The draw is on %1.</source>
        <translation>まだ抽選前です。抽選日は%1です。</translation>
    </message>
    <message>
        <source>Not drawn yet.</source>
        <translation>まだ抽選前です。</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>第%1希望：%2</translation>
    </message>
    <message>
        <source>Won. It is among your bookings, held for you until %1.</source>
        <translation>当選しました。%1まで予約として確保されています。</translation>
    </message>
    <message>
        <source>Won. It is among your bookings.</source>
        <translation>当選しました。予約に入っています。</translation>
    </message>
    <message>
        <source>Not won this time. You are number %1 on the waiting list.</source>
        <translation>今回は当選しませんでした。キャンセル待ちは%1番目です。</translation>
    </message>
    <message>
        <source>Not won this time.</source>
        <translation>今回は当選しませんでした。</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>Check the booking and the fee</source>
        <translation>予約の内容と使用料をご確認ください</translation>
    </message>
    <message>
        <source>If this is right, touch Book. You choose next whether to pay here or at the counter.</source>
        <translation>よろしければ「予約する」を押してください。次に、ここで払うか窓口で払うかを選びます。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>使用料</translation>
    </message>
    <message>
        <source>This is the fee for people who do not live in the city, as your card shows.</source>
        <translation>カードの住所から、市外の方の料金になります。</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a facility</source>
        <translation>施設を探す</translation>
    </message>
    <message>
        <source>Choose what you need, then touch a facility to see its free times.</source>
        <translation>条件を選んでから、施設にタッチすると空き状況が見られます。</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</source>
        <translation>いま市の予約システムにつながりません。表示している施設の情報は%1時点のものです。空き状況は見られますが、予約はシステムにつながっているときにできます。</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>施設の種類</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日にち</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Facilities found: %1</source>
        <translation>見つかった施設：%1件</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1（%2人まで）</translation>
    </message>
    <message>
        <source>No facility matches these choices. Please change a choice.</source>
        <translation>この条件に合う施設はありません。条件を変えてください。</translation>
    </message>
    <message>
        <source>My bookings and lottery entries</source>
        <translation>予約と抽選申込の確認</translation>
    </message>
</context>
<context>
    <name>GridCell</name>
    <message>
        <source>This day has passed.</source>
        <translation>この日は過ぎています。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>過ぎた日</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>選択中</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>マイナンバーカードを置いてください</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>カードを表向きにして、カードリーダーの上に置いてください。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>カードを裏向きにして、ICチップ側からカードリーダーに入れてください。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>カードを表向きにして、ICチップ側からカードリーダーに入れてください。</translation>
    </message>
    <message>
        <source>Your card shows the bookings and lottery entries made under your name.</source>
        <translation>カードで、あなたの名前の予約と抽選の申し込みを表示します。</translation>
    </message>
    <message>
        <source>Your card enters the lottery under your name. Nothing is paid now.</source>
        <translation>カードで、あなたの名前で抽選に申し込みます。いまはお支払いはありません。</translation>
    </message>
    <message>
        <source>Your card books the room under your name. Nothing is paid yet.</source>
        <translation>カードで、あなたの名前で予約します。まだお支払いはありません。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>What the marks mean</source>
        <translation>記号の意味</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>選んだ枠</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Facility booking</source>
        <translation>施設予約</translation>
    </message>
    <message>
        <source>Reading the free times of this facility. Please wait.</source>
        <translation>この施設の空き状況を読み込んでいます。しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Reading the list of facilities. Please wait.</source>
        <translation>施設の一覧を読み込んでいます。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>No answer from the booking system</source>
        <translation>予約システムから応答がありません</translation>
    </message>
    <message>
        <source>Please choose: try again, or stop.</source>
        <translation>もう一度送るか、やめるかを選んでください。</translation>
    </message>
    <message>
        <source>If you stop, any money you put in is given back and the room is not kept for you.</source>
        <translation>やめると、入れたお金はお返しし、お部屋の予約は確保されません。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>My bookings</source>
        <translation>自分の予約</translation>
    </message>
    <message>
        <source>To cancel a booking, touch Cancel this booking on it.</source>
        <translation>予約を取り消すときは、その予約の「この予約を取り消す」を押してください。</translation>
    </message>
    <message>
        <source>You have no bookings and no lottery entries.</source>
        <translation>予約も抽選の申し込みもありません。</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>予約はありません。</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>抽選の申し込み</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>PayChoicePage</name>
    <message>
        <source>Where do you want to pay?</source>
        <translation>どこでお支払いになりますか</translation>
    </message>
    <message>
        <source>The room is held for you. The fee is %1.</source>
        <translation>お部屋を仮予約しました。使用料は%1です。</translation>
    </message>
    <message>
        <source>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</source>
        <translation>いまは支払機が使えません。施設の窓口でお支払いください。</translation>
    </message>
    <message>
        <source>Pay here now</source>
        <translation>いまここで払う</translation>
    </message>
    <message>
        <source>Cash or IC card</source>
        <translation>現金・ICカード</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>窓口で払う</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter by %1</source>
        <translation>%1までに施設の窓口で</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter, in time</source>
        <translation>期限までに施設の窓口で</translation>
    </message>
    <message>
        <source>A booking not paid by %1 is released.</source>
        <translation>%1までにお支払いがない予約は取り消されます。</translation>
    </message>
    <message>
        <source>A booking not paid in time is released.</source>
        <translation>期限までにお支払いがない予約は取り消されます。</translation>
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
        <source>Choose how to pay. The booking is confirmed once the money is in.</source>
        <translation>お支払い方法を選んでください。お支払いが済むと予約が確定します。</translation>
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
        <source>Amount due: %1</source>
        <translation>お支払い金額：%1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>お支払い金額</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>投入金額</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>支払いをやめる</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>暗証番号を入力してください</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>利用者証明用電子証明書の暗証番号（数字4桁）を入力し、「確定」を押してください。</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>暗証番号が違います。あと%1回間違えるとロックされます。</translation>
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
        <source>The receipt printer has a problem</source>
        <translation>レシートのプリンターに問題があります</translation>
    </message>
    <message>
        <source>Your booking is made. Please note your booking number.</source>
        <translation>予約はできています。予約番号を控えてください。</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</source>
        <translation>係員がプリンターを直したら「もう一度印刷する」を押してください。レシートなしで進むこともできます。予約番号は次の画面にも表示されます。</translation>
    </message>
    <message>
        <source>Go on without a receipt</source>
        <translation>レシートなしで進む</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>もう一度印刷する</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>レシートを印刷しています</translation>
    </message>
    <message>
        <source>Printing the receipt with your booking number. Please wait.</source>
        <translation>予約番号の入ったレシートを印刷しています。しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The booking could not go on</source>
        <translation>予約の手続きを続けられません</translation>
    </message>
    <message>
        <source>Press “See the free times again” to see this week as it is now.</source>
        <translation>「空き状況をもう一度見る」を押すと、この週のいまの空き状況が見られます。</translation>
    </message>
    <message>
        <source>Press Back to choose again, or Finish to end.</source>
        <translation>選び直すときは「戻る」を、やめるときは「終了」を押してください。</translation>
    </message>
    <message>
        <source>See the free times again</source>
        <translation>空き状況をもう一度見る</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
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
    <name>WeekGrid</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Up to %1 people</source>
        <translation>%1人まで</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1、選択中</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>You can look at the free times. Booking is not possible now.</source>
        <translation>空き状況は見られますが、いまは予約できません。</translation>
    </message>
    <message>
        <source>Touch the free times you want. Then press the button at the bottom right.</source>
        <translation>使いたい空き枠にタッチしてから、右下のボタンを押してください。</translation>
    </message>
    <message>
        <source>Free times as of %1</source>
        <translation>%1時点の空き状況</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ 前の週</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>次の週 ▶</translation>
    </message>
    <message>
        <source>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</source>
        <translation>この空き状況は、この端末に保存してある情報です。予約には市の予約システムが必要ですが、いまはつながりません。</translation>
    </message>
    <message>
        <source>Your choice: %1</source>
        <translation>選んだ枠：%1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>まだ選んでいません。</translation>
    </message>
    <message>
        <source>Enter the lottery</source>
        <translation>抽選に申し込む</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>WishCard</name>
    <message>
        <source>Your wish</source>
        <translation>希望</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Enter the lottery</source>
        <translation>抽選に申し込む</translation>
    </message>
    <message>
        <source>If this is right, touch Enter the lottery.</source>
        <translation>よろしければ「抽選に申し込む」を押してください。</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>抽選日は%1です。</translation>
    </message>
    <message>
        <source>This is not a booking yet. If you win, the room is held for you as a provisional booking.</source>
        <translation>まだ予約ではありません。当選すると、仮予約として確保されます。</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>抽選の後、この端末でマイナンバーカードを使って、予約と抽選の申し込みを見ると、結果が分かります。</translation>
    </message>
</context>
<context>
    <name>booking</name>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>抽選受付中</translation>
    </message>
    <message>
        <source>City use</source>
        <translation>市が使用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休館</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>受付前</translation>
    </message>
    <message>
        <source>At the counter only</source>
        <translation>窓口のみ</translation>
    </message>
    <message>
        <source>This day has passed.</source>
        <translation>この日は過ぎています。</translation>
    </message>
    <message>
        <source>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</source>
        <translation>いま市の予約システムにつながりません。空き状況は見られますが、予約には接続が必要です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Someone else has just booked %1. Please choose another time.</source>
        <translation>%1は、たった今ほかの方が予約しました。別の時間を選んでください。</translation>
    </message>
    <message>
        <source>You have reached the limit of bookings: %1. You cannot book more now.</source>
        <translation>予約できる上限（%1）に達しています。これ以上は予約できません。</translation>
    </message>
    <message>
        <source>You cannot book until %1 because of late cancellations or no-shows.</source>
        <translation>直前の取消や無断欠席があったため、%1まで予約できません。</translation>
    </message>
    <message>
        <source>The fee has changed. Please check the new fee.</source>
        <translation>使用料が変わりました。新しい使用料をご確認ください。</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Please press Try again: you will not book twice.</source>
        <translation>返事が届く前に接続が切れました。「もう一度」を押してください。二重に予約されることはありません。</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>カードの確認の有効期限が切れました。もう一度カードを読み取ってください。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>このカードの電子証明書を確認できませんでした。</translation>
    </message>
    <message>
        <source>The facility is closed on that day.</source>
        <translation>その日は休館日です。</translation>
    </message>
    <message>
        <source>That day cannot be booked here now. Please check when booking opens.</source>
        <translation>その日は、いまここでは予約できません。受付の期間をご確認ください。</translation>
    </message>
    <message>
        <source>Only residents of the city can enter this.</source>
        <translation>市内にお住まいの方だけが申し込めます。</translation>
    </message>
    <message>
        <source>You have already entered this month&apos;s lottery.</source>
        <translation>この月の抽選には、すでに申し込んでいます。</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled here. Please ask at the counter.</source>
        <translation>この予約は、ここでは取り消せません。窓口でご相談ください。</translation>
    </message>
    <message>
        <source>The time to pay for this booking has passed. The booking was released.</source>
        <translation>お支払いの期限が過ぎたため、この予約は取り消されました。</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>カードが早く抜かれました。もう一度入れてください。</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>暗証番号を何度も間違えたため、このカードの暗証番号はロックされています。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please use your My Number card.</source>
        <translation>このカードはマイナンバーカードではありません。マイナンバーカードをお使いください。</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>レシートの用紙が切れています。予約はできています。画面の予約番号を控えてください。</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>カードを読み取れませんでした。係員にお声がけください。</translation>
    </message>
    <message>
        <source>Payment did not work. Please try again or pay at the counter.</source>
        <translation>お支払いができませんでした。もう一度お試しいただくか、窓口でお支払いください。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your booking is made: please note its number.</source>
        <translation>レシートを印刷できませんでした。予約はできています。予約番号を控えてください。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>問題が起きました。係員にお声がけください。</translation>
    </message>
    <message>
        <source>If you cancel: %1.</source>
        <extracomment>The city&apos;s refund rule in one line on the fee screen, built from its tiers. %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.</extracomment>
        <translation>キャンセルした場合の返金：%1。</translation>
    </message>
    <message>
        <source>%1 days or more before, %2% back</source>
        <extracomment>%1 is a number of days before the day of use, %2 the share of the fee given back.</extracomment>
        <translation>%1日前までは%2%</translation>
    </message>
    <message>
        <source>later, %1% back</source>
        <extracomment>The last tier; %1 is the share of the fee given back.</extracomment>
        <translation>それより後は%1%</translation>
    </message>
    <message>
        <source>later, nothing back</source>
        <translation>それより後は返金なし</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>The ways to pay at the terminal, as the payment screen names them.</extracomment>
        <translation>現金</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>ICカード（電子マネー）</translation>
    </message>
    <message>
        <source>%1 slots a day</source>
        <extracomment>A booking cap; %1 is a number of time slots.</extracomment>
        <translation>1日%1枠</translation>
    </message>
    <message>
        <source>%1 slots a month</source>
        <translation>1か月%1枠</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <extracomment>A booking cap; %1 is a number of hours.</extracomment>
        <translation>1日%1時間</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Title of the home screen&apos;s tile for booking the city&apos;s facilities.
----------
Heading of the printed booking receipt.</extracomment>
        <translation>施設予約</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>予約番号</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>施設</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>利用日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>使用料</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <extracomment>An amount of money; %1 is the number of yen.</extracomment>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>現金でお支払い済み</translation>
    </message>
    <message>
        <source>Paid by IC card</source>
        <translation>ICカードでお支払い済み</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>窓口でお支払い</translation>
    </message>
    <message>
        <source>Pay by</source>
        <extracomment>Label of the last day and time to pay at the counter.</extracomment>
        <translation>お支払い期限</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the booking number when you cancel or ask about it.</source>
        <translation>このレシートは大切に保管してください。取消やお問い合わせの際は予約番号をお伝えください。</translation>
    </message>
    <message>
        <source>Book a room at a community centre or a sports hall. Your My Number card is needed.</source>
        <extracomment>Description on the home screen&apos;s tile for booking the city&apos;s facilities.</extracomment>
        <translation>公民館や体育館の部屋を予約できます。マイナンバーカードが必要です。</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Name of a kind of city facility (公民館).</extracomment>
        <translation>公民館</translation>
    </message>
    <message>
        <source>Neighbourhood hall</source>
        <extracomment>Name of a kind of city facility (地区会館).</extracomment>
        <translation>地区会館</translation>
    </message>
    <message>
        <source>Sports hall</source>
        <extracomment>Name of a kind of city facility (体育館).</extracomment>
        <translation>体育館</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <extracomment>Name of a kind of city facility (グラウンド).</extracomment>
        <translation>グラウンド</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Name of a kind of city facility (図書館).</extracomment>
        <translation>図書館</translation>
    </message>
    <message>
        <source>Civic centre</source>
        <extracomment>Name of a kind of city facility (市民会館).</extracomment>
        <translation>市民会館</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <extracomment>A group-size choice; %1 is a number of people.</extracomment>
        <translation>%1人以上</translation>
    </message>
</context>
</TS>
