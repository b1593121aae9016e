<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BookingCard</name>
    <message>
        <source>Provisional booking (not paid yet)</source>
        <translation>かりの {予約|よやく}（まだ はらって いません）</translation>
    </message>
    <message>
        <source>Booked and paid</source>
        <translation>{予約|よやく}しました。はらいました</translation>
    </message>
    <message>
        <source>Booked, to pay at the counter</source>
        <translation>{予約|よやく}しました。{窓口|まどぐち}で はらいます</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>やめました</translation>
    </message>
    <message>
        <source>Released: it was not paid in time</source>
        <translation>きめた {日|ひ}までに はらわなかったので、なくなりました</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>つかいました</translation>
    </message>
    <message>
        <source>Not used: nobody came</source>
        <translation>つかいませんでした（だれも きませんでした）</translation>
    </message>
    <message>
        <source>Please ask at the counter about this booking.</source>
        <translation>この {予約|よやく}の ことは {窓口|まどぐち}で きいて ください。</translation>
    </message>
    <message>
        <source>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</source>
        <translation>まだ はらって いません：%1。%2 までに {施設|しせつ}の {窓口|まどぐち}で はらって ください。はらわないと {予約|よやく}は なくなります。</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>かえす お{金|かね}：%1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>{予約|よやく}{番号|ばんごう}：%1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>お{金|かね}：%1</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>この {予約|よやく}を やめる</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Booking the room</source>
        <translation>{予約|よやく}して います</translation>
    </message>
    <message>
        <source>Holding the room for you. Please wait.</source>
        <translation>{部屋|へや}を とって います。すこし {待|ま}って ください。</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>カードが まだ カードリーダーに {入|はい}って います。すぐに {取|と}って ください。</translation>
    </message>
</context>
<context>
    <name>CancelPage</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>この {予約|よやく}を やめますか？</translation>
    </message>
    <message>
        <source>Please check what cancelling means.</source>
        <translation>やめると どう なるか、みて ください。</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>この {予約|よやく}は まだ はらって いないので、かえす お{金|かね}は ありません。</translation>
    </message>
    <message>
        <source>It is too close to the day: if you cancel now, nothing is refunded.</source>
        <translation>つかう {日|ひ}が ちかいので、いま やめると お{金|かね}は かえりません。</translation>
    </message>
    <message>
        <source>If you cancel now, the whole fee is refunded: %1.</source>
        <translation>いま やめると、はらった お{金|かね}が ぜんぶ かえります：%1。</translation>
    </message>
    <message>
        <source>If you cancel now, %1 % of the fee is refunded: %2.</source>
        <translation>いま やめると、お{金|かね}の %1% が かえります：%2。</translation>
    </message>
    <message>
        <source>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</source>
        <translation>つかう {日|ひ}の すぐ {前|まえ}に やめる ことに なります。ペナルティが %1 てん つきます。てんが おおく なると、しばらく {予約|よやく} できません。</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be restored.</source>
        <translation>やめた {予約|よやく}は もとに もどせません。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>やめない</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>この {予約|よやく}を やめる</translation>
    </message>
</context>
<context>
    <name>CancelledPage</name>
    <message>
        <source>Your booking is cancelled</source>
        <translation>{予約|よやく}を やめました</translation>
    </message>
    <message>
        <source>The room is free again at that time for others to book.</source>
        <translation>その {時間|じかん}の {部屋|へや}は ほかの {人|ひと}が {予約|よやく} できる ように なりました。</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>かえす お{金|かね}：%1</translation>
    </message>
    <message>
        <source>No refund is paid for this cancellation.</source>
        <translation>こんかいは お{金|かね}は かえりません。</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is nothing to refund.</source>
        <translation>はらって いないので、かえす お{金|かね}は ありません。</translation>
    </message>
    <message>
        <source>The refund is paid at the facility&apos;s counter. Please show your booking number there.</source>
        <translation>お{金|かね}は {施設|しせつ}の {窓口|まどぐち}で かえします。{窓口|まどぐち}で {予約|よやく}{番号|ばんごう}を みせて ください。</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>じぶんの {予約|よやく}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>CancellingPage</name>
    <message>
        <source>Cancelling your booking</source>
        <translation>{予約|よやく}を やめて います</translation>
    </message>
    <message>
        <source>Your booking is being cancelled. Please wait.</source>
        <translation>{予約|よやく}を やめて います。すこし まって ください。</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking with the booking system</source>
        <translation>{予約|よやく}の システムに きいて います</translation>
    </message>
    <message>
        <source>Checking your card with the city&apos;s booking system. Please wait.</source>
        <translation>{市|し}の {予約|よやく}の システムで カードを {確|たし}かめて います。すこし {待|ま}って ください。</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>{暗証番号|あんしょうばんごう}を {確|たし}かめて います</translation>
    </message>
    <message>
        <source>Checking your PIN. Please do not take the card out.</source>
        <translation>{暗証番号|あんしょうばんごう}を {確|たし}かめて います。カードを {抜|ぬ}かないで ください。</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Confirming your booking</source>
        <translation>{予約|よやく}を きめて います</translation>
    </message>
    <message>
        <source>Confirming your booking with the city. Please do not leave.</source>
        <translation>{市|し}に {予約|よやく}を きめて もらって います。ここで {待|ま}って ください。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your booking is made</source>
        <translation>{予約|よやく}が できました</translation>
    </message>
    <message>
        <source>Your booking number is %1. Please note it.</source>
        <translation>{予約|よやく}{番号|ばんごう}は %1 です。メモして ください。</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>{予約|よやく}{番号|ばんごう}</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>はらいました：%1</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter by %2.</source>
        <translation>%2 までに {施設|しせつ}の {窓口|まどぐち}で %1 はらって ください。</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter.</source>
        <translation>{施設|しせつ}の {窓口|まどぐち}で %1 はらって ください。</translation>
    </message>
    <message>
        <source>Please take your change: %1.</source>
        <translation>おつりを {取|と}って ください：%1</translation>
    </message>
    <message>
        <source>Please take your receipt. It shows the booking number and a QR code.</source>
        <translation>レシートを {取|と}って ください。{予約|よやく}{番号|ばんごう}と QRコードが {書|か}いて あります。</translation>
    </message>
    <message>
        <source>No receipt was printed. Please note the booking number.</source>
        <translation>レシートは {出|で}ませんでした。{予約|よやく}{番号|ばんごう}を メモして ください。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>EnteredPage</name>
    <message>
        <source>Your lottery entry has been sent</source>
        <translation>{抽選|ちゅうせん}に もうしこみました</translation>
    </message>
    <message>
        <source>You do not need to do anything more today.</source>
        <translation>きょうは これで おわりです。</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>{抽選|ちゅうせん}の {日|ひ}は %1 です。</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>{抽選|ちゅうせん}の あとで、この {機械|きかい}で けっかが わかります。マイナンバーカードを つかって、じぶんの {予約|よやく}と {抽選|ちゅうせん}を みて ください。</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>じぶんの {予約|よやく}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>EnteringPage</name>
    <message>
        <source>Sending your entry</source>
        <translation>もうしこみを おくって います</translation>
    </message>
    <message>
        <source>Your lottery entry is being sent. Please wait.</source>
        <translation>{抽選|ちゅうせん}の もうしこみを おくって います。すこし まって ください。</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Lottery for %1</source>
        <translation>%1の {抽選|ちゅうせん}</translation>
    </message>
    <message>
        <source>Not drawn yet. The draw is on %1.</source>
        <translation>まだ {抽選|ちゅうせん}して いません。{抽選|ちゅうせん}の {日|ひ}は %1 です。</translation>
    </message>
    <message>
        <source>Not drawn yet.</source>
        <translation>まだ {抽選|ちゅうせん}して いません。</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>{希望|きぼう} %1：%2</translation>
    </message>
    <message>
        <source>Won. It is among your bookings, held for you until %1.</source>
        <translation>あたりました。%1 まで あなたの {予約|よやく}として とって あります。</translation>
    </message>
    <message>
        <source>Won. It is among your bookings.</source>
        <translation>あたりました。あなたの {予約|よやく}に はいって います。</translation>
    </message>
    <message>
        <source>Not won this time. You are number %1 on the waiting list.</source>
        <translation>こんかいは あたりませんでした。まって いる {人|ひと}の %1 ばんめ です。</translation>
    </message>
    <message>
        <source>Not won this time.</source>
        <translation>こんかいは あたりませんでした。</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>Check the booking and the fee</source>
        <translation>{予約|よやく}と お{金|かね}を {見|み}て ください</translation>
    </message>
    <message>
        <source>If this is right, touch Book. You choose next whether to pay here or at the counter.</source>
        <translation>よければ「{予約|よやく}する」を おして ください。つぎに、ここで はらうか {窓口|まどぐち}で はらうかを えらびます。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>お{金|かね}</translation>
    </message>
    <message>
        <source>This is the fee for people who do not live in the city, as your card shows.</source>
        <translation>カードを みると、{市|し}の {外|そと}に すんで いる {人|ひと}の お{金|かね}に なります。</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>{予約|よやく}する</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a facility</source>
        <translation>{施設|しせつ}を さがす</translation>
    </message>
    <message>
        <source>Choose what you need, then touch a facility to see its free times.</source>
        <translation>えらんで ください。{施設|しせつ}を おすと、あいて いる {時間|じかん}が みられます。</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</source>
        <translation>いま {市|し}の {予約|よやく}の システムに つながりません。この じょうほうは %1の ものです。あいて いるかは みられます。{予約|よやく}は できません。</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>{施設|しせつ}の しゅるい</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>ばしょ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>{日|ひ}にち</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>{人数|にんずう}</translation>
    </message>
    <message>
        <source>Facilities found: %1</source>
        <translation>みつかった {施設|しせつ}：%1</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1（%2{人|にん}まで）</translation>
    </message>
    <message>
        <source>No facility matches these choices. Please change a choice.</source>
        <translation>あう {施設|しせつ}が ありません。ほかの ものを えらんで ください。</translation>
    </message>
    <message>
        <source>My bookings and lottery entries</source>
        <translation>じぶんの {予約|よやく}を みる</translation>
    </message>
</context>
<context>
    <name>GridCell</name>
    <message>
        <source>This day has passed.</source>
        <translation>この {日|ひ}は もう すぎました。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>すぎた {日|ひ}</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>えらびました</translation>
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
    <message>
        <source>Your card shows the bookings and lottery entries made under your name.</source>
        <translation>カードで、あなたの {名前|なまえ}の {予約|よやく}と くじの もうしこみを {見|み}せます。</translation>
    </message>
    <message>
        <source>Your card enters the lottery under your name. Nothing is paid now.</source>
        <translation>カードで、あなたの {名前|なまえ}で くじに もうしこみます。いまは はらいません。</translation>
    </message>
    <message>
        <source>Your card books the room under your name. Nothing is paid yet.</source>
        <translation>カードで、あなたの {名前|なまえ}で {予約|よやく}します。まだ はらいません。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>What the marks mean</source>
        <translation>しるしの いみ</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>えらんだ ところ</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Facility booking</source>
        <translation>{施設|しせつ}の {予約|よやく}</translation>
    </message>
    <message>
        <source>Reading the free times of this facility. Please wait.</source>
        <translation>あいて いる {時間|じかん}を しらべて います。まって ください。</translation>
    </message>
    <message>
        <source>Reading the list of facilities. Please wait.</source>
        <translation>{施設|しせつ}を しらべて います。まって ください。</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>No answer from the booking system</source>
        <translation>{予約|よやく}の システムから こたえが きません</translation>
    </message>
    <message>
        <source>Please choose: try again, or stop.</source>
        <translation>もう{一度|いちど} おくるか、やめるかを えらんで ください。</translation>
    </message>
    <message>
        <source>If you stop, any money you put in is given back and the room is not kept for you.</source>
        <translation>やめると、{入|い}れた お{金|かね}は かえします。{部屋|へや}の {予約|よやく}は できません。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう{一度|いちど}</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>My bookings</source>
        <translation>じぶんの {予約|よやく}</translation>
    </message>
    <message>
        <source>To cancel a booking, touch Cancel this booking on it.</source>
        <translation>{予約|よやく}を やめる ときは、その {予約|よやく}の 「この {予約|よやく}を やめる」を おして ください。</translation>
    </message>
    <message>
        <source>You have no bookings and no lottery entries.</source>
        <translation>{予約|よやく}も {抽選|ちゅうせん}の もうしこみも ありません。</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>{予約|よやく}は ありません。</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>{抽選|ちゅうせん}の もうしこみ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>PayChoicePage</name>
    <message>
        <source>Where do you want to pay?</source>
        <translation>どこで はらいますか</translation>
    </message>
    <message>
        <source>The room is held for you. The fee is %1.</source>
        <translation>{部屋|へや}を とりました。お{金|かね}は %1 です。</translation>
    </message>
    <message>
        <source>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</source>
        <translation>いまは お{金|かね}を {入|い}れる {機械|きかい}が つかえません。{施設|しせつ}の {窓口|まどぐち}で はらって ください。</translation>
    </message>
    <message>
        <source>Pay here now</source>
        <translation>いま ここで はらう</translation>
    </message>
    <message>
        <source>Cash or IC card</source>
        <translation>お{金|かね}か ICカード</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>{窓口|まどぐち}で はらう</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter by %1</source>
        <translation>%1 までに {施設|しせつ}の {窓口|まどぐち}で</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter, in time</source>
        <translation>きめられた {日|ひ}までに {施設|しせつ}の {窓口|まどぐち}で</translation>
    </message>
    <message>
        <source>A booking not paid by %1 is released.</source>
        <translation>%1 までに はらわないと、{予約|よやく}は なくなります。</translation>
    </message>
    <message>
        <source>A booking not paid in time is released.</source>
        <translation>きめられた {日|ひ}までに はらわないと、{予約|よやく}は なくなります。</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
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
        <source>Choose how to pay. The booking is confirmed once the money is in.</source>
        <translation>{払|はら}い{方|かた}を えらんで ください。はらうと {予約|よやく}が きまります。</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>{使|つか}える お{札|さつ}：%1円</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>{使|つか}える {硬貨|こうか}：%1円</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>{払|はら}う お{金|かね}：%1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>{払|はら}う お{金|かね}</translation>
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
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>{利用者|りようしゃ}{証明用|しょうめいよう}{電子|でんし}{証明書|しょうめいしょ}の {暗証番号|あんしょうばんごう}（{数字|すうじ} 4桁）を {入|い}れて ください。それから「{確定|かくてい}」を {押|お}して ください。</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>{暗証番号|あんしょうばんごう}が {違|ちが}います。あと %1回 {間違|まちが}えると ロックされます。ロックされると {使|つか}えません。</translation>
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
        <source>The receipt printer has a problem</source>
        <translation>レシートの {機械|きかい}が うごきません</translation>
    </message>
    <message>
        <source>Your booking is made. Please note your booking number.</source>
        <translation>{予約|よやく}は できて います。{予約|よやく}{番号|ばんごう}を メモして ください。</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>{予約|よやく}{番号|ばんごう}</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</source>
        <translation>{係|かかり}の {人|ひと}が {機械|きかい}を なおしたら「もう{一度|いちど} {印刷|いんさつ}する」を おして ください。レシートなしで {進|すす}む ことも できます。{予約|よやく}{番号|ばんごう}は つぎの {画面|がめん}にも {出|で}ます。</translation>
    </message>
    <message>
        <source>Go on without a receipt</source>
        <translation>レシートなしで {進|すす}む</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>もう{一度|いちど} {印刷|いんさつ}する</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>レシートを {印刷|いんさつ}して います</translation>
    </message>
    <message>
        <source>Printing the receipt with your booking number. Please wait.</source>
        <translation>{予約|よやく}{番号|ばんごう}の レシートを {印刷|いんさつ}して います。すこし {待|ま}って ください。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The booking could not go on</source>
        <translation>{予約|よやく}が できません</translation>
    </message>
    <message>
        <source>Press “See the free times again” to see this week as it is now.</source>
        <translation>「もう{一度|いちど} みる」を おすと、いま あいて いる {時間|じかん}が みられます。</translation>
    </message>
    <message>
        <source>Press Back to choose again, or Finish to end.</source>
        <translation>もう{一度|いちど} えらぶ ときは「{戻|もど}る」を おして ください。やめる ときは「おわる」を おして ください。</translation>
    </message>
    <message>
        <source>See the free times again</source>
        <translation>もう{一度|いちど} みる</translation>
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
        <translation>カードを {読|よ}んで います</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>カードを {読|よ}んで います。カードを {抜|ぬ}かないで ください。</translation>
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
    <name>WeekGrid</name>
    <message>
        <source>Today</source>
        <translation>きょう</translation>
    </message>
    <message>
        <source>Up to %1 people</source>
        <translation>%1{人|にん}まで</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1、えらんで います</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>You can look at the free times. Booking is not possible now.</source>
        <translation>あいて いるかは みられます。いまは {予約|よやく}が できません。</translation>
    </message>
    <message>
        <source>Touch the free times you want. Then press the button at the bottom right.</source>
        <translation>つかいたい あいて いる ところを おして ください。そのあと {右下|みぎした}の ボタンを おして ください。</translation>
    </message>
    <message>
        <source>Free times as of %1</source>
        <translation>%1の ようす</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ {前|まえ}の {週|しゅう}</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>つぎの {週|しゅう} ▶</translation>
    </message>
    <message>
        <source>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</source>
        <translation>これは この きかいに ある {前|まえ}の じょうほうです。いま {市|し}の システムに つながらないので、{予約|よやく}は できません。</translation>
    </message>
    <message>
        <source>Your choice: %1</source>
        <translation>えらんだ ところ：%1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>まだ えらんで いません。</translation>
    </message>
    <message>
        <source>Enter the lottery</source>
        <translation>{抽選|ちゅうせん}に もうしこむ</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>{予約|よやく}する</translation>
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
        <translation>あなたの {希望|きぼう}</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Enter the lottery</source>
        <translation>{抽選|ちゅうせん}に もうしこむ</translation>
    </message>
    <message>
        <source>If this is right, touch Enter the lottery.</source>
        <translation>よければ 「{抽選|ちゅうせん}に もうしこむ」を おして ください。</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>{抽選|ちゅうせん}の {日|ひ}は %1 です。</translation>
    </message>
    <message>
        <source>This is not a booking yet. If you win, the room is held for you as a provisional booking.</source>
        <translation>まだ {予約|よやく}では ありません。あたったら、かりの {予約|よやく}として とって おきます。</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>{抽選|ちゅうせん}の あとで、この {機械|きかい}で けっかが わかります。マイナンバーカードを つかって、じぶんの {予約|よやく}と {抽選|ちゅうせん}を みて ください。</translation>
    </message>
</context>
<context>
    <name>booking</name>
    <message>
        <source>Free</source>
        <translation>あいて います</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>うまって います</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>{抽選|ちゅうせん}で きめます</translation>
    </message>
    <message>
        <source>City use</source>
        <translation>{市|し}が つかいます</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>お{休|やす}み</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>まだ {予約|よやく} できません</translation>
    </message>
    <message>
        <source>At the counter only</source>
        <translation>{窓口|まどぐち}だけ</translation>
    </message>
    <message>
        <source>This day has passed.</source>
        <translation>この {日|ひ}は もう おわりました。</translation>
    </message>
    <message>
        <source>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</source>
        <translation>いま {市|し}の {予約|よやく}の システムに つながりません。あいて いるかは みられます。{予約|よやく}は できません。あとで もう{一度|いちど} ためして ください。</translation>
    </message>
    <message>
        <source>Someone else has just booked %1. Please choose another time.</source>
        <translation>%1 は いま ほかの {人|ひと}が {予約|よやく}しました。ほかの {時間|じかん}を えらんで ください。</translation>
    </message>
    <message>
        <source>You have reached the limit of bookings: %1. You cannot book more now.</source>
        <translation>{予約|よやく}できる かずは %1 までです。もう {予約|よやく}できません。</translation>
    </message>
    <message>
        <source>You cannot book until %1 because of late cancellations or no-shows.</source>
        <translation>{前|まえ}の {予約|よやく}を まぢかに やめたか、こなかったので、%1 まで {予約|よやく}できません。</translation>
    </message>
    <message>
        <source>The fee has changed. Please check the new fee.</source>
        <translation>お{金|かね}が かわりました。あたらしい お{金|かね}を みて ください。</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Please press Try again: you will not book twice.</source>
        <translation>へんじが くる {前|まえ}に つながりが きれました。「もう{一度|いちど}」を おして ください。{予約|よやく}が 2つに なる ことは ありません。</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>カードの たしかめが もう つかえません。もう{一度|いちど} カードを よみとって ください。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>この カードの {電子証明書|でんししょうめいしょ}を たしかめられませんでした。</translation>
    </message>
    <message>
        <source>The facility is closed on that day.</source>
        <translation>その {日|ひ}は お{休|やす}みです。</translation>
    </message>
    <message>
        <source>That day cannot be booked here now. Please check when booking opens.</source>
        <translation>その {日|ひ}は いま ここで {予約|よやく}できません。いつから {予約|よやく}できるか みて ください。</translation>
    </message>
    <message>
        <source>Only residents of the city can enter this.</source>
        <translation>この {市|し}に すんで いる {人|ひと}だけ もうしこめます。</translation>
    </message>
    <message>
        <source>You have already entered this month&apos;s lottery.</source>
        <translation>この {月|つき}の {抽選|ちゅうせん}には もう もうしこんで います。</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled here. Please ask at the counter.</source>
        <translation>この {予約|よやく}は ここで やめられません。{窓口|まどぐち}で きいて ください。</translation>
    </message>
    <message>
        <source>The time to pay for this booking has passed. The booking was released.</source>
        <translation>はらう しめきりが すぎたので、この {予約|よやく}は なくなりました。</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>カードを はやく ぬきました。もう{一度|いちど} いれて ください。</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>{暗証番号|あんしょうばんごう}が ちがいます。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>{暗証番号|あんしょうばんごう}を なんども まちがえたので、つかえなく なりました。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please use your My Number card.</source>
        <translation>この カードは マイナンバーカードでは ありません。マイナンバーカードを つかって ください。</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>レシートの {紙|かみ}が ありません。{予約|よやく}は できました。{画面|がめん}の {予約|よやく}{番号|ばんごう}を かいて おいて ください。</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>カードを よみとれませんでした。{係|かかり}の {人|ひと}に きいて ください。</translation>
    </message>
    <message>
        <source>Payment did not work. Please try again or pay at the counter.</source>
        <translation>はらう ことが できませんでした。もう{一度|いちど} ためすか、{窓口|まどぐち}で はらって ください。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your booking is made: please note its number.</source>
        <translation>レシートが でませんでした。{予約|よやく}は できました。{予約|よやく}{番号|ばんごう}を かいて おいて ください。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>こまった ことが おきました。{係|かかり}の {人|ひと}に きいて ください。</translation>
    </message>
    <message>
        <source>If you cancel: %1.</source>
        <extracomment>The city&apos;s refund rule in one line on the fee screen, built from its tiers. %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.</extracomment>
        <translation>やめた ときに かえす お{金|かね}：%1。</translation>
    </message>
    <message>
        <source>%1 days or more before, %2% back</source>
        <extracomment>%1 is a number of days before the day of use, %2 the share of the fee given back.</extracomment>
        <translation>%1{日|にち}{前|まえ}までは %2%</translation>
    </message>
    <message>
        <source>later, %1% back</source>
        <extracomment>The last tier; %1 is the share of the fee given back.</extracomment>
        <translation>それより あとは %1%</translation>
    </message>
    <message>
        <source>later, nothing back</source>
        <translation>それより あとは かえしません</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>The ways to pay at the terminal, as the payment screen names them.</extracomment>
        <translation>{現金|げんきん}</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>ICカード（{電子|でんし}マネー）</translation>
    </message>
    <message>
        <source>%1 slots a day</source>
        <extracomment>A booking cap; %1 is a number of time slots.</extracomment>
        <translation>1{日|にち} %1わく</translation>
    </message>
    <message>
        <source>%1 slots a month</source>
        <translation>1か{月|げつ} %1わく</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <extracomment>A booking cap; %1 is a number of hours.</extracomment>
        <translation>1{日|にち} %1{時間|じかん}</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Title of the home screen&apos;s tile for booking the city&apos;s facilities.
----------
Heading of the printed booking receipt.</extracomment>
        <translation>{施設|しせつ}の {予約|よやく}</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>{予約|よやく}{番号|ばんごう}</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>{施設|しせつ}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>{部屋|へや}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>つかう {日|ひ}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>{時間|じかん}</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>お{金|かね}</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <extracomment>An amount of money; %1 is the number of yen.</extracomment>
        <translation>%1{円|えん}</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>お{金|かね}で はらいました</translation>
    </message>
    <message>
        <source>Paid by IC card</source>
        <translation>IC カードで はらいました</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>{窓口|まどぐち}で はらいます</translation>
    </message>
    <message>
        <source>Pay by</source>
        <extracomment>Label of the last day and time to pay at the counter.</extracomment>
        <translation>はらう しめきり</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the booking number when you cancel or ask about it.</source>
        <translation>この レシートを なくさないで ください。やめる ときや きく ときは {予約|よやく}{番号|ばんごう}を つたえて ください。</translation>
    </message>
    <message>
        <source>Book a room at a community centre or a sports hall. Your My Number card is needed.</source>
        <extracomment>Description on the home screen&apos;s tile for booking the city&apos;s facilities.</extracomment>
        <translation>{公民館|こうみんかん}や {体育館|たいいくかん}の {部屋|へや}を {予約|よやく}できます。マイナンバーカードが いります。</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Name of a kind of city facility (公民館).</extracomment>
        <translation>{公民館|こうみんかん}</translation>
    </message>
    <message>
        <source>Neighbourhood hall</source>
        <extracomment>Name of a kind of city facility (地区会館).</extracomment>
        <translation>{地区会館|ちくかいかん}</translation>
    </message>
    <message>
        <source>Sports hall</source>
        <extracomment>Name of a kind of city facility (体育館).</extracomment>
        <translation>{体育館|たいいくかん}</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <extracomment>Name of a kind of city facility (グラウンド).</extracomment>
        <translation>グラウンド</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Name of a kind of city facility (図書館).</extracomment>
        <translation>{図書館|としょかん}</translation>
    </message>
    <message>
        <source>Civic centre</source>
        <extracomment>Name of a kind of city facility (市民会館).</extracomment>
        <translation>{市民会館|しみんかいかん}</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <extracomment>A group-size choice; %1 is a number of people.</extracomment>
        <translation>%1{人|にん} {以上|いじょう}</translation>
    </message>
</context>
</TS>
