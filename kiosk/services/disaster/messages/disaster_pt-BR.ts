<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BulletinPage</name>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Áreas: %1</translation>
    </message>
    <message>
        <source>Nearest shelters</source>
        <translation>Abrigos mais próximos</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Shelters and maps</source>
        <translation>Abrigos e mapas</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <source>Disaster information</source>
        <translation>Informações sobre desastres</translation>
    </message>
    <message>
        <source>Choose a bulletin to read it in full.</source>
        <translation>Escolha um aviso para lê-lo por completo.</translation>
    </message>
    <message>
        <source>Warnings and evacuation information for this area are shown here.</source>
        <translation>Os alertas e as informações de evacuação desta área aparecem aqui.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>Shelters near here</source>
        <translation>Abrigos perto daqui</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <source>Shelters near here</source>
        <translation>Abrigos perto daqui</translation>
    </message>
    <message>
        <source>Choose a hazard. Scan a QR code to see the way on your phone.</source>
        <translation>Escolha um tipo de perigo. Leia um código QR para ver o caminho no seu celular.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <source>QR code to this place on a map</source>
        <translation>Código QR deste local no mapa</translation>
    </message>
</context>
<context>
    <name>disaster</name>
    <message>
        <source>Information</source>
        <extracomment>The level of a bulletin that asks for no action (an earthquake felt lightly).</extracomment>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Advisory</source>
        <extracomment>注意報 / 警戒レベル2: take care.</extracomment>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>警報 / 警戒レベル3.</extracomment>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Danger</source>
        <extracomment>危険警報, 土砂災害警戒情報, 避難指示 / 警戒レベル4.</extracomment>
        <translation>Perigo</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>特別警報, 緊急安全確保 / 警戒レベル5.</extracomment>
        <translation>Emergência</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Enchente</translation>
    </message>
    <message>
        <source>Landslides</source>
        <extracomment>崖崩れ、土石流及び地滑り of the national shelter data.</extracomment>
        <translation>Deslizamentos de terra</translation>
    </message>
    <message>
        <source>Storm surge</source>
        <translation>Maré de tempestade</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>Terremoto</translation>
    </message>
    <message>
        <source>Tsunami</source>
        <translation>Tsunami</translation>
    </message>
    <message>
        <source>Large fire</source>
        <translation>Grande incêndio</translation>
    </message>
    <message>
        <source>Inland flooding</source>
        <extracomment>内水氾濫: flooding from drains and small rivers in town.</extracomment>
        <translation>Alagamento urbano</translation>
    </message>
    <message>
        <source>Volcano</source>
        <translation>Vulcão</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>The chip that lists every designated site, whatever hazard it takes.</extracomment>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>A bulletin still in force.</extracomment>
        <translation>Em vigor</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <extracomment>A bulletin that ended today; %1 is its time.</extracomment>
        <translation>Encerrado às %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <extracomment>When the first version of a bulletin was issued; %1 is its date and time.</extracomment>
        <translation>Emitido em %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When a bulletin was last updated or corrected; %1 is its date and time.</extracomment>
        <translation>Atualizado em %1</translation>
    </message>
    <message>
        <source>No disaster information is in force.</source>
        <extracomment>The calm screen, when nothing is in force.</extracomment>
        <translation>Não há nenhum aviso de desastre em vigor.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>How current the calm screen is; %1 is a date and time.</extracomment>
        <translation>Situação em %1</translation>
    </message>
    <message>
        <source>This kiosk has not yet reached the city&apos;s alert service.</source>
        <extracomment>The calm screen before the kiosk has ever heard from the city&apos;s alert service.</extracomment>
        <translation>Este terminal ainda não se conectou ao serviço de alertas da cidade.</translation>
    </message>
    <message>
        <source>Open now</source>
        <extracomment>A shelter the city has opened.</extracomment>
        <translation>Aberto agora</translation>
    </message>
    <message>
        <source>Evacuation site</source>
        <extracomment>指定緊急避難場所: where to flee from a hazard.</extracomment>
        <translation>Local de evacuação</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <extracomment>指定避難所: where people stay.</extracomment>
        <translation>Abrigo de evacuação</translation>
    </message>
    <message>
        <source>Evacuation site and shelter</source>
        <extracomment>A site that is both.</extracomment>
        <translation>Local de evacuação e abrigo</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <extracomment>A distance as speech says it; %1 is a number of metres.</extracomment>
        <translation>%1 metros</translation>
    </message>
    <message>
        <source>%1 kilometres</source>
        <extracomment>A distance as speech says it; %1 is a number of kilometres (1.5).</extracomment>
        <translation>%1 quilômetros</translation>
    </message>
    <message>
        <source>Distances are in a straight line from this kiosk.</source>
        <extracomment>Under the shelter list.</extracomment>
        <translation>As distâncias são em linha reta a partir deste terminal.</translation>
    </message>
    <message>
        <source>Reading the shelter list…</source>
        <extracomment>While the shelter list is read from the kiosk&apos;s storage.</extracomment>
        <translation>Lendo a lista de abrigos…</translation>
    </message>
    <message>
        <source>The shelter list has not reached this kiosk yet. Please ask the staff.</source>
        <extracomment>Before the kiosk has received the city&apos;s shelter list.</extracomment>
        <translation>A lista de abrigos ainda não chegou a este terminal. Pergunte aos funcionários.</translation>
    </message>
    <message>
        <source>The shelter list cannot be read on this kiosk right now. Please ask the staff.</source>
        <extracomment>The kiosk&apos;s storage could not be read.</extracomment>
        <translation>Não é possível ler a lista de abrigos neste terminal agora. Pergunte aos funcionários.</translation>
    </message>
    <message>
        <source>No designated site in the list takes this hazard.</source>
        <extracomment>No site in the list takes the chosen hazard.</extracomment>
        <translation>Nenhum local da lista é indicado para este perigo.</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <extracomment>Title of the home screen&apos;s tile for disaster bulletins and shelters (防災情報).</extracomment>
        <translation>Informações sobre desastres</translation>
    </message>
    <message>
        <source>Warnings and evacuation information in force, and the nearest shelters.</source>
        <extracomment>Description on the home screen&apos;s tile for disaster bulletins and shelters.</extracomment>
        <translation>Alertas e informações de evacuação em vigor e os abrigos mais próximos.</translation>
    </message>
</context>
</TS>
