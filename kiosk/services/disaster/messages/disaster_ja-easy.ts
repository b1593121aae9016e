<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BulletinPage</name>
    <message>
        <source>What to do</source>
        <translation>すること</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>{場所|ばしょ}：%1</translation>
    </message>
    <message>
        <source>Nearest shelters</source>
        <translation>{近|ちか}くの {避難|ひなん}する {場所|ばしょ}</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>{読|よ}みあげる</translation>
    </message>
    <message>
        <source>Shelters and maps</source>
        <translation>{避難|ひなん}する {場所|ばしょ}と {地図|ちず}</translation>
    </message>
</context>
<context>
    <name>BulletinsPage</name>
    <message>
        <source>Disaster information</source>
        <translation>{災害|さいがい}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Choose a bulletin to read it in full.</source>
        <translation>くわしく {読|よ}みたい {情報|じょうほう}を {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>Warnings and evacuation information for this area are shown here.</source>
        <translation>この {辺|あた}りの {警報|けいほう}や {避難|ひなん}の {情報|じょうほう}は ここに {出|で}ます。</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>{読|よ}みあげる</translation>
    </message>
    <message>
        <source>Shelters near here</source>
        <translation>{近|ちか}くの {避難|ひなん}する {場所|ばしょ}</translation>
    </message>
</context>
<context>
    <name>SheltersPage</name>
    <message>
        <source>Shelters near here</source>
        <translation>{近|ちか}くの {避難|ひなん}する {場所|ばしょ}</translation>
    </message>
    <message>
        <source>Choose a hazard. Scan a QR code to see the way on your phone.</source>
        <translation>{災害|さいがい}の {種類|しゅるい}を {選|えら}んで ください。QRコードを {読|よ}むと、スマートフォンで {行|い}き{方|かた}が わかります。</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>{読|よ}みあげる</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <source>QR code to this place on a map</source>
        <translation>この {場所|ばしょ}の {地図|ちず}の QRコード</translation>
    </message>
</context>
<context>
    <name>disaster</name>
    <message>
        <source>Information</source>
        <extracomment>The level of a bulletin that asks for no action (an earthquake felt lightly).</extracomment>
        <translation>{情報|じょうほう}</translation>
    </message>
    <message>
        <source>Advisory</source>
        <extracomment>注意報 / 警戒レベル2: take care.</extracomment>
        <translation>{注意|ちゅうい}</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>警報 / 警戒レベル3.</extracomment>
        <translation>{警戒|けいかい}</translation>
    </message>
    <message>
        <source>Danger</source>
        <extracomment>危険警報, 土砂災害警戒情報, 避難指示 / 警戒レベル4.</extracomment>
        <translation>{危険|きけん}</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>特別警報, 緊急安全確保 / 警戒レベル5.</extracomment>
        <translation>{緊急|きんきゅう}</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>{洪水|こうずい}</translation>
    </message>
    <message>
        <source>Landslides</source>
        <extracomment>崖崩れ、土石流及び地滑り of the national shelter data.</extracomment>
        <translation>{土砂|どしゃ}{災害|さいがい}</translation>
    </message>
    <message>
        <source>Storm surge</source>
        <translation>{高潮|たかしお}</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>{地震|じしん}</translation>
    </message>
    <message>
        <source>Tsunami</source>
        <translation>{津波|つなみ}</translation>
    </message>
    <message>
        <source>Large fire</source>
        <translation>{大|おお}きな {火事|かじ}</translation>
    </message>
    <message>
        <source>Inland flooding</source>
        <extracomment>内水氾濫: flooding from drains and small rivers in town.</extracomment>
        <translation>{町|まち}に {水|みず}が あふれる</translation>
    </message>
    <message>
        <source>Volcano</source>
        <translation>{火山|かざん}</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>The chip that lists every designated site, whatever hazard it takes.</extracomment>
        <translation>ぜんぶ</translation>
    </message>
    <message>
        <source>In force</source>
        <extracomment>A bulletin still in force.</extracomment>
        <translation>{今|いま} {出|で}て います</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <extracomment>A bulletin that ended today; %1 is its time.</extracomment>
        <translation>%1に {終|お}わりました</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <extracomment>When the first version of a bulletin was issued; %1 is its date and time.</extracomment>
        <translation>%1に {出|で}ました</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When a bulletin was last updated or corrected; %1 is its date and time.</extracomment>
        <translation>%1に {新|あたら}しく なりました</translation>
    </message>
    <message>
        <source>No disaster information is in force.</source>
        <extracomment>The calm screen, when nothing is in force.</extracomment>
        <translation>{今|いま}、{災害|さいがい}の {情報|じょうほう}は ありません。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>How current the calm screen is; %1 is a date and time.</extracomment>
        <translation>%1の {情報|じょうほう}です</translation>
    </message>
    <message>
        <source>This kiosk has not yet reached the city&apos;s alert service.</source>
        <extracomment>The calm screen before the kiosk has ever heard from the city&apos;s alert service.</extracomment>
        <translation>この {機械|きかい}は まだ {市|し}の {災害|さいがい}の {情報|じょうほう}に つながって いません。</translation>
    </message>
    <message>
        <source>Open now</source>
        <extracomment>A shelter the city has opened.</extracomment>
        <translation>{開|あ}いて います</translation>
    </message>
    <message>
        <source>Evacuation site</source>
        <extracomment>指定緊急避難場所: where to flee from a hazard.</extracomment>
        <translation>{逃|に}げる {場所|ばしょ}</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <extracomment>指定避難所: where people stay.</extracomment>
        <translation>{泊|と}まれる {避難所|ひなんじょ}</translation>
    </message>
    <message>
        <source>Evacuation site and shelter</source>
        <extracomment>A site that is both.</extracomment>
        <translation>{逃|に}げる {場所|ばしょ}・{泊|と}まれる {避難所|ひなんじょ}</translation>
    </message>
    <message>
        <source>%1 metres</source>
        <extracomment>A distance as speech says it; %1 is a number of metres.</extracomment>
        <translation>%1メートル</translation>
    </message>
    <message>
        <source>%1 kilometres</source>
        <extracomment>A distance as speech says it; %1 is a number of kilometres (1.5).</extracomment>
        <translation>%1キロメートル</translation>
    </message>
    <message>
        <source>Distances are in a straight line from this kiosk.</source>
        <extracomment>Under the shelter list.</extracomment>
        <translation>{距離|きょり}は、この {機械|きかい}から まっすぐに はかった {長|なが}さです。</translation>
    </message>
    <message>
        <source>Reading the shelter list…</source>
        <extracomment>While the shelter list is read from the kiosk&apos;s storage.</extracomment>
        <translation>{避難|ひなん}する {場所|ばしょ}を {調|しら}べて います…</translation>
    </message>
    <message>
        <source>The shelter list has not reached this kiosk yet. Please ask the staff.</source>
        <extracomment>Before the kiosk has received the city&apos;s shelter list.</extracomment>
        <translation>{避難|ひなん}する {場所|ばしょ}の リストは まだ この {機械|きかい}に ありません。{係|かかり}の {人|ひと}に {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>The shelter list cannot be read on this kiosk right now. Please ask the staff.</source>
        <extracomment>The kiosk&apos;s storage could not be read.</extracomment>
        <translation>{今|いま}、{避難|ひなん}する {場所|ばしょ}の リストを {読|よ}めません。{係|かかり}の {人|ひと}に {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>No designated site in the list takes this hazard.</source>
        <extracomment>No site in the list takes the chosen hazard.</extracomment>
        <translation>この {災害|さいがい}の ときに {逃|に}げる {場所|ばしょ}は リストに ありません。</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <extracomment>Title of the home screen&apos;s tile for disaster bulletins and shelters (防災情報).</extracomment>
        <translation>{災害|さいがい}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Warnings and evacuation information in force, and the nearest shelters.</source>
        <extracomment>Description on the home screen&apos;s tile for disaster bulletins and shelters.</extracomment>
        <translation>{今|いま} {出|で}て いる {警報|けいほう}や {避難|ひなん}の {情報|じょうほう}と、{近|ちか}くの {避難|ひなん}する {場所|ばしょ}</translation>
    </message>
</context>
</TS>
