<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>スマートフォンで QRコードを {読|よ}んで ください。この お{知|し}らせを スマートフォンで {読|よ}む ことが できます。</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>この お{知|し}らせの QRコード</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>{市|し}からの お{知|し}らせ</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>{読|よ}みたい お{知|し}らせを {選|えら}んで ください。ことばで {探|さが}す ことも できます。</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>お{知|し}らせを {探|さが}す</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>{探|さが}した ことばの お{知|し}らせは ありません。</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>{健康|けんこう}</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>{税金|ぜいきん}</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>ごみ・リサイクル</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>{災害|さいがい}の {準備|じゅんび}（{防災|ぼうさい}）</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>{子|こ}ども・{家族|かぞく}</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>{手続|てつづ}き</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>{市|し}からの お{知|し}らせ</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>{市|し}の ニュースや イベントの {情報|じょうほう}です。お{知|し}らせは QRコードで {持|も}って {帰|かえ}る ことが できます。</translation>
    </message>
</context>
</TS>
