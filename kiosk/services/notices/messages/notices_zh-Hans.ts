<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>扫描二维码，即可在手机上阅读此通知。</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>此通知的二维码</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>市政通知</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>请选择要阅读的通知。也可以按关键词搜索。</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>搜索通知</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>没有符合搜索条件的通知。</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税务</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>垃圾与回收</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>防灾</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>儿童与家庭</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>办理手续</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>市政通知</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>本市的新闻和活动。可通过二维码把通知带回家。</translation>
    </message>
</context>
</TS>
