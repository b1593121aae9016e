<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>スマートフォンでQRコードを読み取ると、このお知らせを読むことができます。</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>このお知らせのQRコード</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>市からのお知らせ</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>読みたいお知らせを選んでください。キーワードで検索することもできます。</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>お知らせを検索</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>検索条件に一致するお知らせはありません。</translation>
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
        <translation>健康</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税金</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>ごみ・リサイクル</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>防災</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>子ども・家庭</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>手続き</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>市からのお知らせ</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>市のニュースやイベントの情報です。お知らせはQRコードで持ち帰ることができます。</translation>
    </message>
</context>
</TS>
