<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulletinPage</name>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Areas: %1</translation>
    </message>
    <message>
        <source>Nearest shelters</source>
        <translation>Nearest shelters</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Shelters and maps</source>
        <translation>Shelters and maps</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <source>Disaster information</source>
        <translation>Disaster information</translation>
    </message>
    <message>
        <source>Choose a bulletin to read it in full.</source>
        <translation>Choose a bulletin to read it in full.</translation>
    </message>
    <message>
        <source>Warnings and evacuation information for this area are shown here.</source>
        <translation>Warnings and evacuation information for this area are shown here.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Shelters near here</source>
        <translation>Shelters near here</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <source>Shelters near here</source>
        <translation>Shelters near here</translation>
    </message>
    <message>
        <source>Choose a hazard. Scan a QR code to see the way on your phone.</source>
        <translation>Choose a hazard. Scan a QR code to see the way on your phone.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <source>QR code to this place on a map</source>
        <translation>QR code to this place on a map</translation>
    </message>
</context>
<context>
    <name>disaster</name>
    <message>
        <source>Information</source>
        <extracomment>The level of a bulletin that asks for no action (an earthquake felt lightly).</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Advisory</source>
        <extracomment>注意報 / 警戒レベル2: take care.</extracomment>
        <translation>Advisory</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>警報 / 警戒レベル3.</extracomment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Danger</source>
        <extracomment>危険警報, 土砂災害警戒情報, 避難指示 / 警戒レベル4.</extracomment>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>特別警報, 緊急安全確保 / 警戒レベル5.</extracomment>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Flood</translation>
    </message>
    <message>
        <source>Landslides</source>
        <extracomment>崖崩れ、土石流及び地滑り of the national shelter data.</extracomment>
        <translation>Landslides</translation>
    </message>
    <message>
        <source>Storm surge</source>
        <translation>Storm surge</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>Earthquake</translation>
    </message>
    <message>
        <source>Tsunami</source>
        <translation>Tsunami</translation>
    </message>
    <message>
        <source>Large fire</source>
        <translation>Large fire</translation>
    </message>
    <message>
        <source>Inland flooding</source>
        <extracomment>内水氾濫: flooding from drains and small rivers in town.</extracomment>
        <translation>Inland flooding</translation>
    </message>
    <message>
        <source>Volcano</source>
        <translation>Volcano</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>The chip that lists every designated site, whatever hazard it takes.</extracomment>
        <translation>All sites</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>A bulletin still in force.</extracomment>
        <translation>In force</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <extracomment>A bulletin that ended today; %1 is its time.</extracomment>
        <translation>Ended at %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <extracomment>When the first version of a bulletin was issued; %1 is its date and time.</extracomment>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When a bulletin was last updated or corrected; %1 is its date and time.</extracomment>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>No disaster information is in force.</source>
        <extracomment>The calm screen, when nothing is in force.</extracomment>
        <translation>No disaster information is in force.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>How current the calm screen is; %1 is a date and time.</extracomment>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>This kiosk has not yet reached the city&apos;s alert service.</source>
        <extracomment>The calm screen before the kiosk has ever heard from the city&apos;s alert service.</extracomment>
        <translation>This kiosk has not yet reached the city&apos;s alert service.</translation>
    </message>
    <message>
        <source>Open now</source>
        <extracomment>A shelter the city has opened.</extracomment>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Evacuation site</source>
        <extracomment>指定緊急避難場所: where to flee from a hazard.</extracomment>
        <translation>Evacuation site</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <extracomment>指定避難所: where people stay.</extracomment>
        <translation>Evacuation shelter</translation>
    </message>
    <message>
        <source>Evacuation site and shelter</source>
        <extracomment>A site that is both.</extracomment>
        <translation>Evacuation site and shelter</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <extracomment>A distance as speech says it; %1 is a number of metres.</extracomment>
        <translation>%1 metres</translation>
    </message>
    <message>
        <source>%1 kilometres</source>
        <extracomment>A distance as speech says it; %1 is a number of kilometres (1.5).</extracomment>
        <translation>%1 kilometres</translation>
    </message>
    <message>
        <source>Distances are in a straight line from this kiosk.</source>
        <extracomment>Under the shelter list.</extracomment>
        <translation>Distances are in a straight line from this kiosk.</translation>
    </message>
    <message>
        <source>Reading the shelter list…</source>
        <extracomment>While the shelter list is read from the kiosk&apos;s storage.</extracomment>
        <translation>Reading the shelter list…</translation>
    </message>
    <message>
        <source>The shelter list has not reached this kiosk yet. Please ask the staff.</source>
        <extracomment>Before the kiosk has received the city&apos;s shelter list.</extracomment>
        <translation>The shelter list has not reached this kiosk yet. Please ask the staff.</translation>
    </message>
    <message>
        <source>The shelter list cannot be read on this kiosk right now. Please ask the staff.</source>
        <extracomment>The kiosk&apos;s storage could not be read.</extracomment>
        <translation>The shelter list cannot be read on this kiosk right now. Please ask the staff.</translation>
    </message>
    <message>
        <source>No designated site in the list takes this hazard.</source>
        <extracomment>No site in the list takes the chosen hazard.</extracomment>
        <translation>No designated site in the list takes this hazard.</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <extracomment>Title of the home screen&apos;s tile for disaster bulletins and shelters (防災情報).</extracomment>
        <translation>Disaster information</translation>
    </message>
    <message>
        <source>Warnings and evacuation information in force, and the nearest shelters.</source>
        <extracomment>Description on the home screen&apos;s tile for disaster bulletins and shelters.</extracomment>
        <translation>Warnings and evacuation information in force, and the nearest shelters.</translation>
    </message>
</context>
</TS>
