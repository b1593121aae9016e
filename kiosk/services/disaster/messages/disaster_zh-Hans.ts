<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulletinPage</name>
    <message>
        <source>What to do</source>
        <translation>应采取的行动</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>对象地区：%1</translation>
    </message>
    <message>
        <source>Nearest shelters</source>
        <translation>附近的避难场所</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Shelters and maps</source>
        <translation>避难场所和地图</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <source>Disaster information</source>
        <translation>防灾信息</translation>
    </message>
    <message>
        <source>Choose a bulletin to read it in full.</source>
        <translation>请选择要查看详情的信息。</translation>
    </message>
    <message>
        <source>Warnings and evacuation information for this area are shown here.</source>
        <translation>本地区的警报和避难信息将显示在这里。</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Shelters near here</source>
        <translation>附近的避难场所</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <source>Shelters near here</source>
        <translation>附近的避难场所</translation>
    </message>
    <message>
        <source>Choose a hazard. Scan a QR code to see the way on your phone.</source>
        <translation>请选择灾害种类。扫描二维码，即可在手机上查看路线。</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <source>QR code to this place on a map</source>
        <translation>此地点地图的二维码</translation>
    </message>
</context>
<context>
    <name>disaster</name>
    <message>
        <source>Information</source>
        <extracomment>The level of a bulletin that asks for no action (an earthquake felt lightly).</extracomment>
        <translation>信息</translation>
    </message>
    <message>
        <source>Advisory</source>
        <extracomment>注意報 / 警戒レベル2: take care.</extracomment>
        <translation>注意</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>警報 / 警戒レベル3.</extracomment>
        <translation>警戒</translation>
    </message>
    <message>
        <source>Danger</source>
        <extracomment>危険警報, 土砂災害警戒情報, 避難指示 / 警戒レベル4.</extracomment>
        <translation>危险</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>特別警報, 緊急安全確保 / 警戒レベル5.</extracomment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <source>Landslides</source>
        <extracomment>崖崩れ、土石流及び地滑り of the national shelter data.</extracomment>
        <translation>泥石流・滑坡</translation>
    </message>
    <message>
        <source>Storm surge</source>
        <translation>风暴潮</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <source>Tsunami</source>
        <translation>海啸</translation>
    </message>
    <message>
        <source>Large fire</source>
        <translation>大规模火灾</translation>
    </message>
    <message>
        <source>Inland flooding</source>
        <extracomment>内水氾濫: flooding from drains and small rivers in town.</extracomment>
        <translation>内涝</translation>
    </message>
    <message>
        <source>Volcano</source>
        <translation>火山</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>The chip that lists every designated site, whatever hazard it takes.</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>A bulletin still in force.</extracomment>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <extracomment>A bulletin that ended today; %1 is its time.</extracomment>
        <translation>%1 解除</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <extracomment>When the first version of a bulletin was issued; %1 is its date and time.</extracomment>
        <translation>%1 发布</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When a bulletin was last updated or corrected; %1 is its date and time.</extracomment>
        <translation>%1 更新</translation>
    </message>
    <message>
        <source>No disaster information is in force.</source>
        <extracomment>The calm screen, when nothing is in force.</extracomment>
        <translation>目前没有生效的防灾信息。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>How current the calm screen is; %1 is a date and time.</extracomment>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>This kiosk has not yet reached the city&apos;s alert service.</source>
        <extracomment>The calm screen before the kiosk has ever heard from the city&apos;s alert service.</extracomment>
        <translation>本终端尚未连接到市里的防灾信息系统。</translation>
    </message>
    <message>
        <source>Open now</source>
        <extracomment>A shelter the city has opened.</extracomment>
        <translation>已开放</translation>
    </message>
    <message>
        <source>Evacuation site</source>
        <extracomment>指定緊急避難場所: where to flee from a hazard.</extracomment>
        <translation>指定紧急避难场所</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <extracomment>指定避難所: where people stay.</extracomment>
        <translation>指定避难所</translation>
    </message>
    <message>
        <source>Evacuation site and shelter</source>
        <extracomment>A site that is both.</extracomment>
        <translation>指定紧急避难场所・指定避难所</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <extracomment>A distance as speech says it; %1 is a number of metres.</extracomment>
        <translation>%1米</translation>
    </message>
    <message>
        <source>%1 kilometres</source>
        <extracomment>A distance as speech says it; %1 is a number of kilometres (1.5).</extracomment>
        <translation>%1公里</translation>
    </message>
    <message>
        <source>Distances are in a straight line from this kiosk.</source>
        <extracomment>Under the shelter list.</extracomment>
        <translation>距离为从本终端起的直线距离。</translation>
    </message>
    <message>
        <source>Reading the shelter list…</source>
        <extracomment>While the shelter list is read from the kiosk&apos;s storage.</extracomment>
        <translation>正在读取避难场所列表…</translation>
    </message>
    <message>
        <source>The shelter list has not reached this kiosk yet. Please ask the staff.</source>
        <extracomment>Before the kiosk has received the city&apos;s shelter list.</extracomment>
        <translation>避难场所列表尚未传送到本终端。请询问工作人员。</translation>
    </message>
    <message>
        <source>The shelter list cannot be read on this kiosk right now. Please ask the staff.</source>
        <extracomment>The kiosk&apos;s storage could not be read.</extracomment>
        <translation>目前无法在本终端读取避难场所列表。请询问工作人员。</translation>
    </message>
    <message>
        <source>No designated site in the list takes this hazard.</source>
        <extracomment>No site in the list takes the chosen hazard.</extracomment>
        <translation>列表中没有适用于此灾害的指定避难场所。</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <extracomment>Title of the home screen&apos;s tile for disaster bulletins and shelters (防災情報).</extracomment>
        <translation>防灾信息</translation>
    </message>
    <message>
        <source>Warnings and evacuation information in force, and the nearest shelters.</source>
        <extracomment>Description on the home screen&apos;s tile for disaster bulletins and shelters.</extracomment>
        <translation>当前生效的警报、避难信息以及附近的避难场所。</translation>
    </message>
</context>
</TS>
