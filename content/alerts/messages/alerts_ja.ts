<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>alerts</name>
    <message>
        <source>Storm warning</source>
        <translation>暴風警報</translation>
    </message>
    <message>
        <source>High wave warning</source>
        <translation>波浪警報</translation>
    </message>
    <message>
        <source>Heavy snow warning</source>
        <translation>大雪警報</translation>
    </message>
    <message>
        <source>Thunderstorm advisory</source>
        <translation>雷注意報</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>気象警報</translation>
    </message>
    <message>
        <source>Record short-term heavy rain information</source>
        <translation>記録的短時間大雨情報</translation>
    </message>
    <message>
        <source>Tornado alert</source>
        <translation>竜巻注意情報</translation>
    </message>
    <message>
        <source>Earthquake information</source>
        <translation>地震情報</translation>
    </message>
    <message>
        <source>Tsunami warning</source>
        <translation>津波警報</translation>
    </message>
    <message>
        <source>Volcanic warning (near the crater)</source>
        <translation>噴火警報（火口周辺）</translation>
    </message>
    <message>
        <source>Volcanic warning (residential areas)</source>
        <translation>噴火警報（居住地域）</translation>
    </message>
    <message>
        <source>Evacuation information</source>
        <translation>避難情報</translation>
    </message>
    <message>
        <source>Shelters opened</source>
        <translation>避難所の開設</translation>
    </message>
    <message>
        <source>Shelters closed</source>
        <translation>避難所の閉鎖</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <translation>防災情報</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>緊急情報</translation>
    </message>
    <message>
        <source>Heavy rain information</source>
        <translation>大雨に関する気象情報</translation>
    </message>
    <message>
        <source>Heavy rain advisory</source>
        <translation>大雨注意報</translation>
    </message>
    <message>
        <source>Heavy rain warning</source>
        <translation>大雨警報</translation>
    </message>
    <message>
        <source>Heavy rain danger warning</source>
        <translation>大雨危険警報</translation>
    </message>
    <message>
        <source>Heavy rain emergency warning</source>
        <translation>大雨特別警報</translation>
    </message>
    <message>
        <source>Landslide information</source>
        <translation>土砂災害に関する情報</translation>
    </message>
    <message>
        <source>Landslide advisory</source>
        <translation>土砂災害注意報</translation>
    </message>
    <message>
        <source>Landslide warning</source>
        <translation>土砂災害警報</translation>
    </message>
    <message>
        <source>Landslide alert</source>
        <translation>土砂災害警戒情報</translation>
    </message>
    <message>
        <source>Landslide emergency warning</source>
        <translation>土砂災害特別警報</translation>
    </message>
    <message>
        <source>River flood forecast</source>
        <translation>指定河川洪水予報</translation>
    </message>
    <message>
        <source>River flood advisory</source>
        <translation>氾濫注意情報</translation>
    </message>
    <message>
        <source>River flood warning</source>
        <translation>氾濫警戒情報</translation>
    </message>
    <message>
        <source>River flood danger</source>
        <translation>氾濫危険情報</translation>
    </message>
    <message>
        <source>River flooding</source>
        <translation>氾濫発生情報</translation>
    </message>
    <message>
        <source>Storm surge information</source>
        <translation>高潮に関する気象情報</translation>
    </message>
    <message>
        <source>Storm surge advisory</source>
        <translation>高潮注意報</translation>
    </message>
    <message>
        <source>Storm surge warning</source>
        <translation>高潮警報</translation>
    </message>
    <message>
        <source>Storm surge danger warning</source>
        <translation>高潮危険警報</translation>
    </message>
    <message>
        <source>Storm surge emergency warning</source>
        <translation>高潮特別警報</translation>
    </message>
    <message>
        <source>Wind information</source>
        <translation>暴風に関する気象情報</translation>
    </message>
    <message>
        <source>Strong wind advisory</source>
        <translation>強風注意報</translation>
    </message>
    <message>
        <source>Storm emergency warning</source>
        <translation>暴風特別警報</translation>
    </message>
    <message>
        <source>High wave information</source>
        <translation>高波に関する気象情報</translation>
    </message>
    <message>
        <source>High wave advisory</source>
        <translation>波浪注意報</translation>
    </message>
    <message>
        <source>High wave emergency warning</source>
        <translation>波浪特別警報</translation>
    </message>
    <message>
        <source>Heavy snow information</source>
        <translation>大雪に関する気象情報</translation>
    </message>
    <message>
        <source>Heavy snow advisory</source>
        <translation>大雪注意報</translation>
    </message>
    <message>
        <source>Heavy snow emergency warning</source>
        <translation>大雪特別警報</translation>
    </message>
    <message>
        <source>Thunderstorm information</source>
        <translation>雷に関する気象情報</translation>
    </message>
    <message>
        <source>Weather information</source>
        <translation>気象情報</translation>
    </message>
    <message>
        <source>Weather advisory</source>
        <translation>気象注意報</translation>
    </message>
    <message>
        <source>Weather emergency warning</source>
        <translation>気象特別警報</translation>
    </message>
    <message>
        <source>Tsunami forecast</source>
        <translation>津波予報</translation>
    </message>
    <message>
        <source>Tsunami advisory</source>
        <translation>津波注意報</translation>
    </message>
    <message>
        <source>Major tsunami warning</source>
        <translation>大津波警報</translation>
    </message>
    <message>
        <source>Volcanic forecast</source>
        <translation>噴火予報</translation>
    </message>
    <message>
        <source>Evacuation of older people and others</source>
        <translation>高齢者等避難</translation>
    </message>
    <message>
        <source>Evacuation order</source>
        <translation>避難指示</translation>
    </message>
    <message>
        <source>Emergency safety measures</source>
        <translation>緊急安全確保</translation>
    </message>
    <message>
        <source>%1 (alert level %2)</source>
        <extracomment>%1 is an event such as &quot;Heavy rain warning&quot;, %2 the 警戒レベル from 1 to 5.</extracomment>
        <translation>%1（警戒レベル%2）</translation>
    </message>
    <message>
        <source>Earthquake, seismic intensity %1</source>
        <extracomment>%1 is the seismic intensity (震度) on JMA&apos;s scale: 1 to 4, 5 lower … 6 upper, 7.</extracomment>
        <translation>地震（震度%1）</translation>
    </message>
    <message>
        <source>5 lower</source>
        <translation>5弱</translation>
    </message>
    <message>
        <source>5 upper</source>
        <translation>5強</translation>
    </message>
    <message>
        <source>6 lower</source>
        <translation>6弱</translation>
    </message>
    <message>
        <source>6 upper</source>
        <translation>6強</translation>
    </message>
    <message>
        <source>Check the latest information.</source>
        <translation>最新の情報を確認してください。</translation>
    </message>
    <message>
        <source>Stay alert and check the latest information.</source>
        <translation>今後の情報に注意し、最新の情報を確認してください。</translation>
    </message>
    <message>
        <source>Avoid going out unless you must, and check the latest information.</source>
        <translation>不要な外出を控え、最新の情報を確認してください。</translation>
    </message>
    <message>
        <source>Check on the hazard map where you would go, and how, if you must evacuate.</source>
        <translation>ハザードマップなどで、避難する場所と経路を確認してください。</translation>
    </message>
    <message>
        <source>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</source>
        <translation>高齢者や障害のある人など避難に時間のかかる人と、その支援者は、危険な場所から避難してください。ほかの人も避難の準備をしてください。</translation>
    </message>
    <message>
        <source>Everyone in a dangerous place: evacuate now.</source>
        <translation>危険な場所から全員避難してください。</translation>
    </message>
    <message>
        <source>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</source>
        <translation>命の危険があります。直ちに身の安全を確保してください。外に出るのがかえって危険なときは、建物の上の階など、少しでも安全な場所へ移ってください。</translation>
    </message>
    <message>
        <source>Stay inside a sturdy building, away from windows, and do not go out unless you must.</source>
        <translation>頑丈な建物の中で窓から離れ、不要な外出は控えてください。</translation>
    </message>
    <message>
        <source>Avoid going out unless you must: trains and roads may be disrupted.</source>
        <translation>不要な外出は控えてください。鉄道や道路が乱れるおそれがあります。</translation>
    </message>
    <message>
        <source>Go inside a sturdy building now and keep away from windows.</source>
        <translation>直ちに頑丈な建物の中に移り、窓から離れてください。</translation>
    </message>
    <message>
        <source>Stay away from the coast.</source>
        <translation>海岸に近づかないでください。</translation>
    </message>
    <message>
        <source>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</source>
        <translation>近くで猛烈な雨が降っています。土砂災害や浸水の危険がある場所から、直ちに安全な場所へ移ってください。</translation>
    </message>
    <message>
        <source>Be ready for more shaking, and check the latest information.</source>
        <translation>今後の揺れに注意し、最新の情報を確認してください。</translation>
    </message>
    <message>
        <source>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</source>
        <translation>頭を守り、落ちてくる物や倒れてくる物から離れてください。再び強い揺れが来るおそれがあります。落ち着いて行動してください。</translation>
    </message>
    <message>
        <source>If you are in the sea, get out of the water and away from the shore now.</source>
        <translation>海の中にいる人は、直ちに海から上がって、海岸から離れてください。</translation>
    </message>
    <message>
        <source>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</source>
        <translation>沿岸部や川沿いにいる人は、直ちに高台や津波避難ビルなど安全な場所へ避難してください。</translation>
    </message>
    <message>
        <source>Do not go near the crater, and follow the restrictions in force there.</source>
        <translation>火口周辺には近づかず、規制に従ってください。</translation>
    </message>
    <message>
        <source>Follow the evacuation information of the city and towns near the volcano.</source>
        <translation>火山周辺の市町村の避難情報に従って行動してください。</translation>
    </message>
    <message>
        <source>Check which shelters are open and how to get there.</source>
        <translation>開設された避難所と、そこへの行き方を確認してください。</translation>
    </message>
    <message>
        <source>Check which shelters are still open.</source>
        <translation>開設中の避難所を確認してください。</translation>
    </message>
    <message>
        <source>Follow the instructions of the city, the fire service and the police.</source>
        <translation>市や消防、警察の指示に従ってください。</translation>
    </message>
    <message>
        <source>The details are in Japanese.</source>
        <translation>詳しい内容は日本語です。</translation>
    </message>
    <message>
        <source>The details are in English.</source>
        <translation>詳しい内容は英語です。</translation>
    </message>
    <message>
        <source>The details are in the language they were issued in.</source>
        <translation>詳しい内容は発表された言語のままです。</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>%1 is an event or a headline; the label says the alert is a drill, not real.</extracomment>
        <translation>【訓練】%1</translation>
    </message>
    <message>
        <source>This is a drill, not a real alert.</source>
        <translation>これは訓練です。実際の災害ではありません。</translation>
    </message>
</context>
</TS>
