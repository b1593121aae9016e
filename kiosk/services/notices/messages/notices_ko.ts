<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>QR 코드를 스캔하면 휴대폰에서 이 공지를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>이 공지의 QR 코드</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>시 공지사항</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>읽을 공지를 선택해 주세요. 단어로 검색할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>공지 검색</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>검색 조건에 맞는 공지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Events</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>건강</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>쓰레기·재활용</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>재난 대비</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>어린이와 가족</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>행정 절차</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>시 공지사항</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>시의 소식과 행사 안내입니다. 공지를 QR 코드로 가져갈 수 있습니다.</translation>
    </message>
</context>
</TS>
