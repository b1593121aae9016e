<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
