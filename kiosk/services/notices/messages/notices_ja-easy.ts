<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>スマートフォンで QRコードを よみとると、この おしらせを よむことが できます。</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>この おしらせの QRコード</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>市の おしらせ</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>よみたい おしらせを えらんで ください。ことばで さがすことも できます。</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>おしらせを さがす</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 の じょうほう</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>おしらせが みつかりませんでした。</translation>
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
        <translation>けんこう</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>ぜいきん</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>ごみ・リサイクル</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>さいがいの そなえ</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>こどもと かぞく</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>てつづき</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>市の おしらせ</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>市の ニュースや イベントです。おしらせを QRコードで もって かえることが できます。</translation>
    </message>
</context>
</TS>
