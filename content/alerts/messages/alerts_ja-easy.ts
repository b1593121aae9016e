<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>alerts</name>
    <message>
        <source>Storm warning</source>
        <translation>{暴風|ぼうふう}{警報|けいほう}</translation>
    </message>
    <message>
        <source>High wave warning</source>
        <translation>{波浪|はろう}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Heavy snow warning</source>
        <translation>{大雪|おおゆき}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Thunderstorm advisory</source>
        <translation>{雷|かみなり}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>{天気|てんき}の {警報|けいほう}</translation>
    </message>
    <message>
        <source>Record short-term heavy rain information</source>
        <translation>{記録的|きろくてき}な {大雨|おおあめ}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Tornado alert</source>
        <translation>{竜巻|たつまき}{注意|ちゅうい}{情報|じょうほう}</translation>
    </message>
    <message>
        <source>Earthquake information</source>
        <translation>{地震|じしん}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Tsunami warning</source>
        <translation>{津波|つなみ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Volcanic warning (near the crater)</source>
        <translation>{火口|かこう}の まわりの {噴火|ふんか}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Volcanic warning (residential areas)</source>
        <translation>{人|ひと}が {住|す}む ところの {噴火|ふんか}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Evacuation information</source>
        <translation>{避難|ひなん}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Shelters opened</source>
        <translation>{避難所|ひなんじょ}が {開|ひら}きました</translation>
    </message>
    <message>
        <source>Shelters closed</source>
        <translation>{避難所|ひなんじょ}が {閉|し}まりました</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <translation>{災害|さいがい}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>{急|いそ}ぎの {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Heavy rain information</source>
        <translation>{大雨|おおあめ}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Heavy rain advisory</source>
        <translation>{大雨|おおあめ}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Heavy rain warning</source>
        <translation>{大雨|おおあめ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Heavy rain danger warning</source>
        <translation>{大雨|おおあめ}{危険|きけん}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Heavy rain emergency warning</source>
        <translation>{大雨|おおあめ}{特別|とくべつ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Landslide information</source>
        <translation>{土砂|どしゃ}{災害|さいがい}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Landslide advisory</source>
        <translation>{土砂|どしゃ}{災害|さいがい}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Landslide warning</source>
        <translation>{土砂|どしゃ}{災害|さいがい}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Landslide alert</source>
        <translation>{土砂|どしゃ}{災害|さいがい}{警戒|けいかい}{情報|じょうほう}</translation>
    </message>
    <message>
        <source>Landslide emergency warning</source>
        <translation>{土砂|どしゃ}{災害|さいがい}{特別|とくべつ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>River flood forecast</source>
        <translation>{川|かわ}の {洪水|こうずい}{予報|よほう}</translation>
    </message>
    <message>
        <source>River flood advisory</source>
        <translation>{川|かわ}の {氾濫|はんらん}{注意|ちゅうい}{情報|じょうほう}</translation>
    </message>
    <message>
        <source>River flood warning</source>
        <translation>{川|かわ}の {氾濫|はんらん}{警戒|けいかい}{情報|じょうほう}</translation>
    </message>
    <message>
        <source>River flood danger</source>
        <translation>{川|かわ}の {氾濫|はんらん}{危険|きけん}{情報|じょうほう}</translation>
    </message>
    <message>
        <source>River flooding</source>
        <translation>{川|かわ}の {氾濫|はんらん}{発生|はっせい}{情報|じょうほう}</translation>
    </message>
    <message>
        <source>Storm surge information</source>
        <translation>{高潮|たかしお}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Storm surge advisory</source>
        <translation>{高潮|たかしお}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Storm surge warning</source>
        <translation>{高潮|たかしお}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Storm surge danger warning</source>
        <translation>{高潮|たかしお}{危険|きけん}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Storm surge emergency warning</source>
        <translation>{高潮|たかしお}{特別|とくべつ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Wind information</source>
        <translation>{強|つよ}い {風|かぜ}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Strong wind advisory</source>
        <translation>{強風|きょうふう}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Storm emergency warning</source>
        <translation>{暴風|ぼうふう}{特別|とくべつ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>High wave information</source>
        <translation>{高|たか}い {波|なみ}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>High wave advisory</source>
        <translation>{波浪|はろう}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>High wave emergency warning</source>
        <translation>{波浪|はろう}{特別|とくべつ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Heavy snow information</source>
        <translation>{大雪|おおゆき}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Heavy snow advisory</source>
        <translation>{大雪|おおゆき}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Heavy snow emergency warning</source>
        <translation>{大雪|おおゆき}{特別|とくべつ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Thunderstorm information</source>
        <translation>{雷|かみなり}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Weather information</source>
        <translation>{天気|てんき}の {情報|じょうほう}</translation>
    </message>
    <message>
        <source>Weather advisory</source>
        <translation>{天気|てんき}の {注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Weather emergency warning</source>
        <translation>{天気|てんき}の {特別|とくべつ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Tsunami forecast</source>
        <translation>{津波|つなみ}{予報|よほう}</translation>
    </message>
    <message>
        <source>Tsunami advisory</source>
        <translation>{津波|つなみ}{注意報|ちゅういほう}</translation>
    </message>
    <message>
        <source>Major tsunami warning</source>
        <translation>{大津波|おおつなみ}{警報|けいほう}</translation>
    </message>
    <message>
        <source>Volcanic forecast</source>
        <translation>{噴火|ふんか}{予報|よほう}</translation>
    </message>
    <message>
        <source>Evacuation of older people and others</source>
        <translation>{高齢者等避難|こうれいしゃとうひなん}</translation>
    </message>
    <message>
        <source>Evacuation order</source>
        <translation>{避難指示|ひなんしじ}</translation>
    </message>
    <message>
        <source>Emergency safety measures</source>
        <translation>{緊急安全確保|きんきゅうあんぜんかくほ}</translation>
    </message>
    <message>
        <source>%1 (alert level %2)</source>
        <extracomment>%1 is an event such as &quot;Heavy rain warning&quot;, %2 the 警戒レベル from 1 to 5.</extracomment>
        <translation>%1　{警戒|けいかい}レベル%2</translation>
    </message>
    <message>
        <source>Earthquake, seismic intensity %1</source>
        <extracomment>%1 is the seismic intensity (震度) on JMA&apos;s scale: 1 to 4, 5 lower … 6 upper, 7.</extracomment>
        <translation>{地震|じしん}　{震度|しんど}%1</translation>
    </message>
    <message>
        <source>5 lower</source>
        <translation>5{弱|じゃく}</translation>
    </message>
    <message>
        <source>5 upper</source>
        <translation>5{強|きょう}</translation>
    </message>
    <message>
        <source>6 lower</source>
        <translation>6{弱|じゃく}</translation>
    </message>
    <message>
        <source>6 upper</source>
        <translation>6{強|きょう}</translation>
    </message>
    <message>
        <source>Check the latest information.</source>
        <translation>{新|あたら}しい {情報|じょうほう}を {見|み}て ください。</translation>
    </message>
    <message>
        <source>Stay alert and check the latest information.</source>
        <translation>これからの {情報|じょうほう}に {気|き}を つけて ください。</translation>
    </message>
    <message>
        <source>Avoid going out unless you must, and check the latest information.</source>
        <translation>{用事|ようじ}が なければ {外|そと}に {出|で}ないで ください。{新|あたら}しい {情報|じょうほう}を {見|み}て ください。</translation>
    </message>
    <message>
        <source>Check on the hazard map where you would go, and how, if you must evacuate.</source>
        <translation>ハザードマップで、{逃|に}げる {場所|ばしょ}と {道|みち}を {見|み}て おいて ください。</translation>
    </message>
    <message>
        <source>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</source>
        <translation>お{年寄|としよ}りや {障害|しょうがい}の ある {人|ひと}と、その {人|ひと}を {手伝|てつだ}う {人|ひと}は、{危|あぶ}ない {場所|ばしょ}から {逃|に}げて ください。ほかの {人|ひと}も {逃|に}げる {準備|じゅんび}を して ください。</translation>
    </message>
    <message>
        <source>Everyone in a dangerous place: evacuate now.</source>
        <translation>{危|あぶ}ない {場所|ばしょ}に いる {人|ひと}は、みんな {逃|に}げて ください。</translation>
    </message>
    <message>
        <source>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</source>
        <translation>{命|いのち}が {危|あぶ}ないです。すぐに {安全|あんぜん}な ところへ {行|い}って ください。{外|そと}に {出|で}るのが {危|あぶ}ない ときは、{建物|たてもの}の {上|うえ}の {階|かい}などへ {行|い}って ください。</translation>
    </message>
    <message>
        <source>Stay inside a sturdy building, away from windows, and do not go out unless you must.</source>
        <translation>じょうぶな {建物|たてもの}の {中|なか}で、{窓|まど}から {離|はな}れて ください。{用事|ようじ}が なければ {外|そと}に {出|で}ないで ください。</translation>
    </message>
    <message>
        <source>Avoid going out unless you must: trains and roads may be disrupted.</source>
        <translation>{用事|ようじ}が なければ {外|そと}に {出|で}ないで ください。{電車|でんしゃ}や {道|みち}が {止|と}まる かもしれません。</translation>
    </message>
    <message>
        <source>Go inside a sturdy building now and keep away from windows.</source>
        <translation>すぐに じょうぶな {建物|たてもの}の {中|なか}に {入|はい}って、{窓|まど}から {離|はな}れて ください。</translation>
    </message>
    <message>
        <source>Stay away from the coast.</source>
        <translation>{海|うみ}の {近|ちか}くに {行|い}かないで ください。</translation>
    </message>
    <message>
        <source>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</source>
        <translation>{近|ちか}くで とても {強|つよ}い {雨|あめ}が {降|ふ}って います。{土砂崩|どしゃくず}れや {水|みず}が あふれる {危|あぶ}ない {場所|ばしょ}から、すぐに {安全|あんぜん}な {場所|ばしょ}へ {行|い}って ください。</translation>
    </message>
    <message>
        <source>Be ready for more shaking, and check the latest information.</source>
        <translation>また {揺|ゆ}れる かもしれません。{新|あたら}しい {情報|じょうほう}を {見|み}て ください。</translation>
    </message>
    <message>
        <source>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</source>
        <translation>{頭|あたま}を {守|まも}って ください。{落|お}ちて くる {物|もの}や {倒|たお}れて くる {物|もの}から {離|はな}れて ください。また {強|つよ}く {揺|ゆ}れる かもしれません。あわてないで ください。</translation>
    </message>
    <message>
        <source>If you are in the sea, get out of the water and away from the shore now.</source>
        <translation>{海|うみ}に {入|はい}って いる {人|ひと}は、すぐに {海|うみ}から {出|で}て、{海|うみ}から {離|はな}れて ください。</translation>
    </message>
    <message>
        <source>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</source>
        <translation>{海|うみ}や {川|かわ}の {近|ちか}くに いる {人|ひと}は、すぐに {高|たか}い ところや {津波|つなみ}{避難|ひなん}ビルへ {逃|に}げて ください。</translation>
    </message>
    <message>
        <source>Do not go near the crater, and follow the restrictions in force there.</source>
        <translation>{火口|かこう}の {近|ちか}くに {行|い}かないで ください。{決|き}まりを {守|まも}って ください。</translation>
    </message>
    <message>
        <source>Follow the evacuation information of the city and towns near the volcano.</source>
        <translation>{火山|かざん}の {近|ちか}くの {市|し}や {町|まち}の {避難|ひなん}の {情報|じょうほう}に {従|したが}って ください。</translation>
    </message>
    <message>
        <source>Check which shelters are open and how to get there.</source>
        <translation>{開|ひら}いて いる {避難所|ひなんじょ}と、そこへの {行|い}き{方|かた}を {見|み}て ください。</translation>
    </message>
    <message>
        <source>Check which shelters are still open.</source>
        <translation>まだ {開|ひら}いて いる {避難所|ひなんじょ}を {見|み}て ください。</translation>
    </message>
    <message>
        <source>Follow the instructions of the city, the fire service and the police.</source>
        <translation>{市|し}や {消防|しょうぼう}、{警察|けいさつ}の {言|い}う ことを {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>The details are in Japanese.</source>
        <translation>くわしい ことは {日本語|にほんご}で {書|か}いて あります。</translation>
    </message>
    <message>
        <source>The details are in English.</source>
        <translation>くわしい ことは {英語|えいご}で {書|か}いて あります。</translation>
    </message>
    <message>
        <source>The details are in the language they were issued in.</source>
        <translation>くわしい ことは {出|で}た ときの ことばで {書|か}いて あります。</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>{訓練|くんれん}</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>%1 is an event or a headline; the label says the alert is a drill, not real.</extracomment>
        <translation>【{訓練|くんれん}】%1</translation>
    </message>
    <message>
        <source>This is a drill, not a real alert.</source>
        <translation>これは {訓練|くんれん}です。{本当|ほんとう}の {災害|さいがい}では ありません。</translation>
    </message>
</context>
</TS>
