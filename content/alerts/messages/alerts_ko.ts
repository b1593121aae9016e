<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>alerts</name>
    <message>
        <source>Storm warning</source>
        <translation>폭풍경보</translation>
    </message>
    <message>
        <source>High wave warning</source>
        <translation>풍랑경보</translation>
    </message>
    <message>
        <source>Heavy snow warning</source>
        <translation>대설경보</translation>
    </message>
    <message>
        <source>Thunderstorm advisory</source>
        <translation>뇌우주의보</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>기상경보</translation>
    </message>
    <message>
        <source>Record short-term heavy rain information</source>
        <translation>기록적 단시간 호우정보</translation>
    </message>
    <message>
        <source>Tornado alert</source>
        <translation>토네이도 주의정보</translation>
    </message>
    <message>
        <source>Earthquake information</source>
        <translation>지진정보</translation>
    </message>
    <message>
        <source>Tsunami warning</source>
        <translation>쓰나미경보</translation>
    </message>
    <message>
        <source>Volcanic warning (near the crater)</source>
        <translation>분화경보(화구 주변)</translation>
    </message>
    <message>
        <source>Volcanic warning (residential areas)</source>
        <translation>분화경보(거주지역)</translation>
    </message>
    <message>
        <source>Evacuation information</source>
        <translation>피난정보</translation>
    </message>
    <message>
        <source>Shelters opened</source>
        <translation>피난소 개설</translation>
    </message>
    <message>
        <source>Shelters closed</source>
        <translation>피난소 폐쇄</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <translation>방재정보</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>긴급정보</translation>
    </message>
    <message>
        <source>Heavy rain information</source>
        <translation>호우 기상정보</translation>
    </message>
    <message>
        <source>Heavy rain advisory</source>
        <translation>호우주의보</translation>
    </message>
    <message>
        <source>Heavy rain warning</source>
        <translation>호우경보</translation>
    </message>
    <message>
        <source>Heavy rain danger warning</source>
        <translation>호우 위험경보</translation>
    </message>
    <message>
        <source>Heavy rain emergency warning</source>
        <translation>호우 특별경보</translation>
    </message>
    <message>
        <source>Landslide information</source>
        <translation>토사재해 정보</translation>
    </message>
    <message>
        <source>Landslide advisory</source>
        <translation>토사재해 주의보</translation>
    </message>
    <message>
        <source>Landslide warning</source>
        <translation>토사재해 경보</translation>
    </message>
    <message>
        <source>Landslide alert</source>
        <translation>토사재해 경계정보</translation>
    </message>
    <message>
        <source>Landslide emergency warning</source>
        <translation>토사재해 특별경보</translation>
    </message>
    <message>
        <source>River flood forecast</source>
        <translation>지정하천 홍수예보</translation>
    </message>
    <message>
        <source>River flood advisory</source>
        <translation>하천 범람 주의정보</translation>
    </message>
    <message>
        <source>River flood warning</source>
        <translation>하천 범람 경계정보</translation>
    </message>
    <message>
        <source>River flood danger</source>
        <translation>하천 범람 위험정보</translation>
    </message>
    <message>
        <source>River flooding</source>
        <translation>하천 범람 발생정보</translation>
    </message>
    <message>
        <source>Storm surge information</source>
        <translation>폭풍해일 기상정보</translation>
    </message>
    <message>
        <source>Storm surge advisory</source>
        <translation>폭풍해일주의보</translation>
    </message>
    <message>
        <source>Storm surge warning</source>
        <translation>폭풍해일경보</translation>
    </message>
    <message>
        <source>Storm surge danger warning</source>
        <translation>폭풍해일 위험경보</translation>
    </message>
    <message>
        <source>Storm surge emergency warning</source>
        <translation>폭풍해일 특별경보</translation>
    </message>
    <message>
        <source>Wind information</source>
        <translation>강풍 기상정보</translation>
    </message>
    <message>
        <source>Strong wind advisory</source>
        <translation>강풍주의보</translation>
    </message>
    <message>
        <source>Storm emergency warning</source>
        <translation>폭풍 특별경보</translation>
    </message>
    <message>
        <source>High wave information</source>
        <translation>높은 파도 기상정보</translation>
    </message>
    <message>
        <source>High wave advisory</source>
        <translation>풍랑주의보</translation>
    </message>
    <message>
        <source>High wave emergency warning</source>
        <translation>풍랑 특별경보</translation>
    </message>
    <message>
        <source>Heavy snow information</source>
        <translation>대설 기상정보</translation>
    </message>
    <message>
        <source>Heavy snow advisory</source>
        <translation>대설주의보</translation>
    </message>
    <message>
        <source>Heavy snow emergency warning</source>
        <translation>대설 특별경보</translation>
    </message>
    <message>
        <source>Thunderstorm information</source>
        <translation>뇌우 기상정보</translation>
    </message>
    <message>
        <source>Weather information</source>
        <translation>기상정보</translation>
    </message>
    <message>
        <source>Weather advisory</source>
        <translation>기상주의보</translation>
    </message>
    <message>
        <source>Weather emergency warning</source>
        <translation>기상 특별경보</translation>
    </message>
    <message>
        <source>Tsunami forecast</source>
        <translation>쓰나미 예보</translation>
    </message>
    <message>
        <source>Tsunami advisory</source>
        <translation>쓰나미주의보</translation>
    </message>
    <message>
        <source>Major tsunami warning</source>
        <translation>대형 쓰나미경보</translation>
    </message>
    <message>
        <source>Volcanic forecast</source>
        <translation>분화예보</translation>
    </message>
    <message>
        <source>Evacuation of older people and others</source>
        <translation>고령자 등 피난</translation>
    </message>
    <message>
        <source>Evacuation order</source>
        <translation>피난지시</translation>
    </message>
    <message>
        <source>Emergency safety measures</source>
        <translation>긴급안전확보</translation>
    </message>
    <message>
        <source>%1 (alert level %2)</source>
        <extracomment>%1 is an event such as &quot;Heavy rain warning&quot;, %2 the 警戒レベル from 1 to 5.</extracomment>
        <translation>%1(경계레벨 %2)</translation>
    </message>
    <message>
        <source>Earthquake, seismic intensity %1</source>
        <extracomment>%1 is the seismic intensity (震度) on JMA&apos;s scale: 1 to 4, 5 lower … 6 upper, 7.</extracomment>
        <translation>지진(진도 %1)</translation>
    </message>
    <message>
        <source>5 lower</source>
        <translation>5약</translation>
    </message>
    <message>
        <source>5 upper</source>
        <translation>5강</translation>
    </message>
    <message>
        <source>6 lower</source>
        <translation>6약</translation>
    </message>
    <message>
        <source>6 upper</source>
        <translation>6강</translation>
    </message>
    <message>
        <source>Check the latest information.</source>
        <translation>최신 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>Stay alert and check the latest information.</source>
        <translation>경계를 늦추지 말고 최신 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must, and check the latest information.</source>
        <translation>꼭 필요한 경우가 아니면 외출을 삼가고 최신 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>Check on the hazard map where you would go, and how, if you must evacuate.</source>
        <translation>해저드맵 등으로 피난할 장소와 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</source>
        <translation>고령자, 장애인과 그 지원자는 지금 위험한 장소에서 피난하세요. 다른 사람도 피난 준비를 하세요.</translation>
    </message>
    <message>
        <source>Everyone in a dangerous place: evacuate now.</source>
        <translation>위험한 장소에 있는 사람은 모두 지금 피난하세요.</translation>
    </message>
    <message>
        <source>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</source>
        <translation>생명이 위험합니다. 즉시 자신의 안전을 확보하세요. 밖으로 나가는 것이 오히려 위험하면 건물 위층 등 조금이라도 안전한 곳으로 이동하세요.</translation>
    </message>
    <message>
        <source>Stay inside a sturdy building, away from windows, and do not go out unless you must.</source>
        <translation>튼튼한 건물 안에서 창문에서 떨어져 있고, 꼭 필요한 경우가 아니면 외출하지 마세요.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must: trains and roads may be disrupted.</source>
        <translation>꼭 필요한 경우가 아니면 외출을 삼가세요. 철도와 도로가 혼란할 수 있습니다.</translation>
    </message>
    <message>
        <source>Go inside a sturdy building now and keep away from windows.</source>
        <translation>지금 바로 튼튼한 건물 안으로 들어가 창문에서 떨어지세요.</translation>
    </message>
    <message>
        <source>Stay away from the coast.</source>
        <translation>해안에 가까이 가지 마세요.</translation>
    </message>
    <message>
        <source>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</source>
        <translation>근처에서 매우 강한 비가 내리고 있습니다. 토사재해나 침수 위험이 있는 곳에서 지금 바로 안전한 곳으로 이동하세요.</translation>
    </message>
    <message>
        <source>Be ready for more shaking, and check the latest information.</source>
        <translation>이후의 흔들림에 주의하고 최신 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</source>
        <translation>머리를 보호하고 떨어지거나 넘어질 수 있는 물건에서 떨어지세요. 강한 흔들림이 다시 올 수 있으니 침착하게 행동하세요.</translation>
    </message>
    <message>
        <source>If you are in the sea, get out of the water and away from the shore now.</source>
        <translation>바다에 있는 사람은 즉시 물에서 나와 해안에서 떨어지세요.</translation>
    </message>
    <message>
        <source>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</source>
        <translation>해안이나 강가에 있는 사람은 즉시 높은 곳이나 쓰나미 피난 빌딩 등 안전한 곳으로 피난하세요.</translation>
    </message>
    <message>
        <source>Do not go near the crater, and follow the restrictions in force there.</source>
        <translation>화구 주변에 가까이 가지 말고 규제를 따르세요.</translation>
    </message>
    <message>
        <source>Follow the evacuation information of the city and towns near the volcano.</source>
        <translation>화산 주변 시정촌의 피난정보에 따라 행동하세요.</translation>
    </message>
    <message>
        <source>Check which shelters are open and how to get there.</source>
        <translation>개설된 피난소와 가는 길을 확인하세요.</translation>
    </message>
    <message>
        <source>Check which shelters are still open.</source>
        <translation>아직 개설되어 있는 피난소를 확인하세요.</translation>
    </message>
    <message>
        <source>Follow the instructions of the city, the fire service and the police.</source>
        <translation>시와 소방, 경찰의 지시에 따르세요.</translation>
    </message>
    <message>
        <source>The details are in Japanese.</source>
        <translation>자세한 내용은 일본어로 되어 있습니다.</translation>
    </message>
    <message>
        <source>The details are in English.</source>
        <translation>자세한 내용은 영어로 되어 있습니다.</translation>
    </message>
    <message>
        <source>The details are in the language they were issued in.</source>
        <translation>자세한 내용은 발표된 언어로 되어 있습니다.</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>%1 is an event or a headline; the label says the alert is a drill, not real.</extracomment>
        <translation>[훈련] %1</translation>
    </message>
    <message>
        <source>This is a drill, not a real alert.</source>
        <translation>이것은 훈련이며 실제 경보가 아닙니다.</translation>
    </message>
</context>
</TS>
