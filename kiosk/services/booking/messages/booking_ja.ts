<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
