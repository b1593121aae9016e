<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BulletinPage</name>
    <message>
        <source>What to do</source>
        <translation>해야 할 일</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>대상 지역: %1</translation>
    </message>
    <message>
        <source>Nearest shelters</source>
        <translation>가까운 대피소</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Shelters and maps</source>
        <translation>대피소와 지도</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <source>Disaster information</source>
        <translation>재난 정보</translation>
    </message>
    <message>
        <source>Choose a bulletin to read it in full.</source>
        <translation>자세히 볼 정보를 선택하십시오.</translation>
    </message>
    <message>
        <source>Warnings and evacuation information for this area are shown here.</source>
        <translation>이 지역의 경보와 대피 정보가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Shelters near here</source>
        <translation>근처 대피소</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <source>Shelters near here</source>
        <translation>근처 대피소</translation>
    </message>
    <message>
        <source>Choose a hazard. Scan a QR code to see the way on your phone.</source>
        <translation>재해 종류를 선택하십시오. QR 코드를 스캔하면 휴대전화로 가는 길을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <source>QR code to this place on a map</source>
        <translation>이 장소 지도의 QR 코드</translation>
    </message>
</context>
<context>
    <name>disaster</name>
    <message>
        <source>Information</source>
        <extracomment>The level of a bulletin that asks for no action (an earthquake felt lightly).</extracomment>
        <translation>정보</translation>
    </message>
    <message>
        <source>Advisory</source>
        <extracomment>注意報 / 警戒レベル2: take care.</extracomment>
        <translation>주의</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>警報 / 警戒レベル3.</extracomment>
        <translation>경계</translation>
    </message>
    <message>
        <source>Danger</source>
        <extracomment>危険警報, 土砂災害警戒情報, 避難指示 / 警戒レベル4.</extracomment>
        <translation>위험</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>特別警報, 緊急安全確保 / 警戒レベル5.</extracomment>
        <translation>긴급</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>홍수</translation>
    </message>
    <message>
        <source>Landslides</source>
        <extracomment>崖崩れ、土石流及び地滑り of the national shelter data.</extracomment>
        <translation>토사 재해</translation>
    </message>
    <message>
        <source>Storm surge</source>
        <translation>폭풍 해일</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>지진</translation>
    </message>
    <message>
        <source>Tsunami</source>
        <translation>쓰나미</translation>
    </message>
    <message>
        <source>Large fire</source>
        <translation>대형 화재</translation>
    </message>
    <message>
        <source>Inland flooding</source>
        <extracomment>内水氾濫: flooding from drains and small rivers in town.</extracomment>
        <translation>내수 범람</translation>
    </message>
    <message>
        <source>Volcano</source>
        <translation>화산</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>The chip that lists every designated site, whatever hazard it takes.</extracomment>
        <translation>전체</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>A bulletin still in force.</extracomment>
        <translation>발표 중</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <extracomment>A bulletin that ended today; %1 is its time.</extracomment>
        <translation>%1 해제</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <extracomment>When the first version of a bulletin was issued; %1 is its date and time.</extracomment>
        <translation>%1 발표</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When a bulletin was last updated or corrected; %1 is its date and time.</extracomment>
        <translation>%1 갱신</translation>
    </message>
    <message>
        <source>No disaster information is in force.</source>
        <extracomment>The calm screen, when nothing is in force.</extracomment>
        <translation>현재 발표된 재난 정보가 없습니다.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>How current the calm screen is; %1 is a date and time.</extracomment>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>This kiosk has not yet reached the city&apos;s alert service.</source>
        <extracomment>The calm screen before the kiosk has ever heard from the city&apos;s alert service.</extracomment>
        <translation>이 단말기는 아직 시의 재난 정보 시스템에 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>Open now</source>
        <extracomment>A shelter the city has opened.</extracomment>
        <translation>개설 중</translation>
    </message>
    <message>
        <source>Evacuation site</source>
        <extracomment>指定緊急避難場所: where to flee from a hazard.</extracomment>
        <translation>지정 긴급 대피 장소</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <extracomment>指定避難所: where people stay.</extracomment>
        <translation>지정 대피소</translation>
    </message>
    <message>
        <source>Evacuation site and shelter</source>
        <extracomment>A site that is both.</extracomment>
        <translation>지정 긴급 대피 장소・지정 대피소</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <extracomment>A distance as speech says it; %1 is a number of metres.</extracomment>
        <translation>%1미터</translation>
    </message>
    <message>
        <source>%1 kilometres</source>
        <extracomment>A distance as speech says it; %1 is a number of kilometres (1.5).</extracomment>
        <translation>%1킬로미터</translation>
    </message>
    <message>
        <source>Distances are in a straight line from this kiosk.</source>
        <extracomment>Under the shelter list.</extracomment>
        <translation>거리는 이 단말기에서의 직선거리입니다.</translation>
    </message>
    <message>
        <source>Reading the shelter list…</source>
        <extracomment>While the shelter list is read from the kiosk&apos;s storage.</extracomment>
        <translation>대피소 목록을 불러오는 중입니다…</translation>
    </message>
    <message>
        <source>The shelter list has not reached this kiosk yet. Please ask the staff.</source>
        <extracomment>Before the kiosk has received the city&apos;s shelter list.</extracomment>
        <translation>대피소 목록이 아직 이 단말기에 도착하지 않았습니다. 직원에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The shelter list cannot be read on this kiosk right now. Please ask the staff.</source>
        <extracomment>The kiosk&apos;s storage could not be read.</extracomment>
        <translation>지금 이 단말기에서 대피소 목록을 읽을 수 없습니다. 직원에게 문의하십시오.</translation>
    </message>
    <message>
        <source>No designated site in the list takes this hazard.</source>
        <extracomment>No site in the list takes the chosen hazard.</extracomment>
        <translation>목록에 이 재해에 대응하는 지정 대피 장소가 없습니다.</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <extracomment>Title of the home screen&apos;s tile for disaster bulletins and shelters (防災情報).</extracomment>
        <translation>재난 정보</translation>
    </message>
    <message>
        <source>Warnings and evacuation information in force, and the nearest shelters.</source>
        <extracomment>Description on the home screen&apos;s tile for disaster bulletins and shelters.</extracomment>
        <translation>발표 중인 경보·대피 정보와 가까운 대피소.</translation>
    </message>
</context>
</TS>
