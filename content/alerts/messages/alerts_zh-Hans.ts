<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>alerts</name>
    <message>
        <source>Storm warning</source>
        <translation>暴风警报</translation>
    </message>
    <message>
        <source>High wave warning</source>
        <translation>波浪警报</translation>
    </message>
    <message>
        <source>Heavy snow warning</source>
        <translation>大雪警报</translation>
    </message>
    <message>
        <source>Thunderstorm advisory</source>
        <translation>雷电注意报</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>气象警报</translation>
    </message>
    <message>
        <source>Record short-term heavy rain information</source>
        <translation>记录性短时强降雨信息</translation>
    </message>
    <message>
        <source>Tornado alert</source>
        <translation>龙卷风注意信息</translation>
    </message>
    <message>
        <source>Earthquake information</source>
        <translation>地震信息</translation>
    </message>
    <message>
        <source>Tsunami warning</source>
        <translation>海啸警报</translation>
    </message>
    <message>
        <source>Volcanic warning (near the crater)</source>
        <translation>火山喷发警报（火山口周边）</translation>
    </message>
    <message>
        <source>Volcanic warning (residential areas)</source>
        <translation>火山喷发警报（居住地区）</translation>
    </message>
    <message>
        <source>Evacuation information</source>
        <translation>避难信息</translation>
    </message>
    <message>
        <source>Shelters opened</source>
        <translation>避难所开设</translation>
    </message>
    <message>
        <source>Shelters closed</source>
        <translation>避难所关闭</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <translation>防灾信息</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>紧急信息</translation>
    </message>
    <message>
        <source>Heavy rain information</source>
        <translation>暴雨气象信息</translation>
    </message>
    <message>
        <source>Heavy rain advisory</source>
        <translation>暴雨注意报</translation>
    </message>
    <message>
        <source>Heavy rain warning</source>
        <translation>暴雨警报</translation>
    </message>
    <message>
        <source>Heavy rain danger warning</source>
        <translation>暴雨危险警报</translation>
    </message>
    <message>
        <source>Heavy rain emergency warning</source>
        <translation>暴雨特别警报</translation>
    </message>
    <message>
        <source>Landslide information</source>
        <translation>泥石流灾害信息</translation>
    </message>
    <message>
        <source>Landslide advisory</source>
        <translation>泥石流灾害注意报</translation>
    </message>
    <message>
        <source>Landslide warning</source>
        <translation>泥石流灾害警报</translation>
    </message>
    <message>
        <source>Landslide alert</source>
        <translation>泥石流灾害警戒信息</translation>
    </message>
    <message>
        <source>Landslide emergency warning</source>
        <translation>泥石流灾害特别警报</translation>
    </message>
    <message>
        <source>River flood forecast</source>
        <translation>指定河流洪水预报</translation>
    </message>
    <message>
        <source>River flood advisory</source>
        <translation>河流泛滥注意信息</translation>
    </message>
    <message>
        <source>River flood warning</source>
        <translation>河流泛滥警戒信息</translation>
    </message>
    <message>
        <source>River flood danger</source>
        <translation>河流泛滥危险信息</translation>
    </message>
    <message>
        <source>River flooding</source>
        <translation>河流泛滥发生信息</translation>
    </message>
    <message>
        <source>Storm surge information</source>
        <translation>风暴潮气象信息</translation>
    </message>
    <message>
        <source>Storm surge advisory</source>
        <translation>风暴潮注意报</translation>
    </message>
    <message>
        <source>Storm surge warning</source>
        <translation>风暴潮警报</translation>
    </message>
    <message>
        <source>Storm surge danger warning</source>
        <translation>风暴潮危险警报</translation>
    </message>
    <message>
        <source>Storm surge emergency warning</source>
        <translation>风暴潮特别警报</translation>
    </message>
    <message>
        <source>Wind information</source>
        <translation>大风气象信息</translation>
    </message>
    <message>
        <source>Strong wind advisory</source>
        <translation>强风注意报</translation>
    </message>
    <message>
        <source>Storm emergency warning</source>
        <translation>暴风特别警报</translation>
    </message>
    <message>
        <source>High wave information</source>
        <translation>大浪气象信息</translation>
    </message>
    <message>
        <source>High wave advisory</source>
        <translation>波浪注意报</translation>
    </message>
    <message>
        <source>High wave emergency warning</source>
        <translation>波浪特别警报</translation>
    </message>
    <message>
        <source>Heavy snow information</source>
        <translation>大雪气象信息</translation>
    </message>
    <message>
        <source>Heavy snow advisory</source>
        <translation>大雪注意报</translation>
    </message>
    <message>
        <source>Heavy snow emergency warning</source>
        <translation>大雪特别警报</translation>
    </message>
    <message>
        <source>Thunderstorm information</source>
        <translation>雷电气象信息</translation>
    </message>
    <message>
        <source>Weather information</source>
        <translation>气象信息</translation>
    </message>
    <message>
        <source>Weather advisory</source>
        <translation>气象注意报</translation>
    </message>
    <message>
        <source>Weather emergency warning</source>
        <translation>气象特别警报</translation>
    </message>
    <message>
        <source>Tsunami forecast</source>
        <translation>海啸预报</translation>
    </message>
    <message>
        <source>Tsunami advisory</source>
        <translation>海啸注意报</translation>
    </message>
    <message>
        <source>Major tsunami warning</source>
        <translation>大海啸警报</translation>
    </message>
    <message>
        <source>Volcanic forecast</source>
        <translation>火山喷发预报</translation>
    </message>
    <message>
        <source>Evacuation of older people and others</source>
        <translation>高龄者等避难</translation>
    </message>
    <message>
        <source>Evacuation order</source>
        <translation>避难指示</translation>
    </message>
    <message>
        <source>Emergency safety measures</source>
        <translation>紧急安全确保</translation>
    </message>
    <message>
        <source>%1 (alert level %2)</source>
        <extracomment>%1 is an event such as &quot;Heavy rain warning&quot;, %2 the 警戒レベル from 1 to 5.</extracomment>
        <translation>%1（警戒等级%2）</translation>
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
        <translation>5强</translation>
    </message>
    <message>
        <source>6 lower</source>
        <translation>6弱</translation>
    </message>
    <message>
        <source>6 upper</source>
        <translation>6强</translation>
    </message>
    <message>
        <source>Check the latest information.</source>
        <translation>请确认最新信息。</translation>
    </message>
    <message>
        <source>Stay alert and check the latest information.</source>
        <translation>请保持警惕，并确认最新信息。</translation>
    </message>
    <message>
        <source>Avoid going out unless you must, and check the latest information.</source>
        <translation>如非必要请勿外出，并确认最新信息。</translation>
    </message>
    <message>
        <source>Check on the hazard map where you would go, and how, if you must evacuate.</source>
        <translation>请通过灾害风险地图等确认避难场所和路线。</translation>
    </message>
    <message>
        <source>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</source>
        <translation>老年人、残障人士及其协助者请立即从危险场所避难。其他人请做好避难准备。</translation>
    </message>
    <message>
        <source>Everyone in a dangerous place: evacuate now.</source>
        <translation>处于危险场所的所有人请立即避难。</translation>
    </message>
    <message>
        <source>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</source>
        <translation>有生命危险。请立即确保自身安全：如外出反而更危险，请转移到楼上等尽可能安全的地方。</translation>
    </message>
    <message>
        <source>Stay inside a sturdy building, away from windows, and do not go out unless you must.</source>
        <translation>请待在坚固的建筑物内，远离窗户，如非必要请勿外出。</translation>
    </message>
    <message>
        <source>Avoid going out unless you must: trains and roads may be disrupted.</source>
        <translation>如非必要请勿外出：铁路和道路可能受到影响。</translation>
    </message>
    <message>
        <source>Go inside a sturdy building now and keep away from windows.</source>
        <translation>请立即进入坚固的建筑物内，远离窗户。</translation>
    </message>
    <message>
        <source>Stay away from the coast.</source>
        <translation>请远离海岸。</translation>
    </message>
    <message>
        <source>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</source>
        <translation>附近正在下特大暴雨。请立即从有泥石流或浸水危险的地方转移到安全场所。</translation>
    </message>
    <message>
        <source>Be ready for more shaking, and check the latest information.</source>
        <translation>请注意之后可能发生的摇晃，并确认最新信息。</translation>
    </message>
    <message>
        <source>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</source>
        <translation>请保护头部，远离可能掉落或倾倒的物品。强烈摇晃可能再次发生，请冷静行动。</translation>
    </message>
    <message>
        <source>If you are in the sea, get out of the water and away from the shore now.</source>
        <translation>在海中的人请立即上岸并远离海岸。</translation>
    </message>
    <message>
        <source>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</source>
        <translation>在沿海或河边的人请立即到高地或海啸避难大楼等安全场所避难。</translation>
    </message>
    <message>
        <source>Do not go near the crater, and follow the restrictions in force there.</source>
        <translation>请勿靠近火山口周边，并遵守当地的管制。</translation>
    </message>
    <message>
        <source>Follow the evacuation information of the city and towns near the volcano.</source>
        <translation>请按照火山周边市町村发布的避难信息行动。</translation>
    </message>
    <message>
        <source>Check which shelters are open and how to get there.</source>
        <translation>请确认已开设的避难所及前往路线。</translation>
    </message>
    <message>
        <source>Check which shelters are still open.</source>
        <translation>请确认仍在开放的避难所。</translation>
    </message>
    <message>
        <source>Follow the instructions of the city, the fire service and the police.</source>
        <translation>请听从市政府、消防和警察的指示。</translation>
    </message>
    <message>
        <source>The details are in Japanese.</source>
        <translation>详细内容为日语。</translation>
    </message>
    <message>
        <source>The details are in English.</source>
        <translation>详细内容为英语。</translation>
    </message>
    <message>
        <source>The details are in the language they were issued in.</source>
        <translation>详细内容为发布时使用的语言。</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演习</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>%1 is an event or a headline; the label says the alert is a drill, not real.</extracomment>
        <translation>【演习】%1</translation>
    </message>
    <message>
        <source>This is a drill, not a real alert.</source>
        <translation>这是演习，不是真实的警报。</translation>
    </message>
</context>
</TS>
