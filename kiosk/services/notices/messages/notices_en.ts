<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>Scan the QR code to read this notice on your phone.</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>QR code for this notice</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>City notices</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>Choose a notice to read it. You can also search by word.</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>Search notices</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>No notices match your search.</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>Garbage and recycling</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>Disaster preparedness</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>Children and families</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>City notices</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>News and events from the city. Take a notice home as a QR code.</translation>
    </message>
</context>
</TS>
