<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>alerts</name>
    <message>
        <source>Storm warning</source>
        <translation>Storm warning</translation>
    </message>
    <message>
        <source>High wave warning</source>
        <translation>High wave warning</translation>
    </message>
    <message>
        <source>Heavy snow warning</source>
        <translation>Heavy snow warning</translation>
    </message>
    <message>
        <source>Thunderstorm advisory</source>
        <translation>Thunderstorm advisory</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>Weather warning</translation>
    </message>
    <message>
        <source>Record short-term heavy rain information</source>
        <translation>Record short-term heavy rain information</translation>
    </message>
    <message>
        <source>Tornado alert</source>
        <translation>Tornado alert</translation>
    </message>
    <message>
        <source>Earthquake information</source>
        <translation>Earthquake information</translation>
    </message>
    <message>
        <source>Tsunami warning</source>
        <translation>Tsunami warning</translation>
    </message>
    <message>
        <source>Volcanic warning (near the crater)</source>
        <translation>Volcanic warning (near the crater)</translation>
    </message>
    <message>
        <source>Volcanic warning (residential areas)</source>
        <translation>Volcanic warning (residential areas)</translation>
    </message>
    <message>
        <source>Evacuation information</source>
        <translation>Evacuation information</translation>
    </message>
    <message>
        <source>Shelters opened</source>
        <translation>Shelters opened</translation>
    </message>
    <message>
        <source>Shelters closed</source>
        <translation>Shelters closed</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <translation>Disaster information</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>Emergency information</translation>
    </message>
    <message>
        <source>Heavy rain information</source>
        <translation>Heavy rain information</translation>
    </message>
    <message>
        <source>Heavy rain advisory</source>
        <translation>Heavy rain advisory</translation>
    </message>
    <message>
        <source>Heavy rain warning</source>
        <translation>Heavy rain warning</translation>
    </message>
    <message>
        <source>Heavy rain danger warning</source>
        <translation>Heavy rain danger warning</translation>
    </message>
    <message>
        <source>Heavy rain emergency warning</source>
        <translation>Heavy rain emergency warning</translation>
    </message>
    <message>
        <source>Landslide information</source>
        <translation>Landslide information</translation>
    </message>
    <message>
        <source>Landslide advisory</source>
        <translation>Landslide advisory</translation>
    </message>
    <message>
        <source>Landslide warning</source>
        <translation>Landslide warning</translation>
    </message>
    <message>
        <source>Landslide alert</source>
        <translation>Landslide alert</translation>
    </message>
    <message>
        <source>Landslide emergency warning</source>
        <translation>Landslide emergency warning</translation>
    </message>
    <message>
        <source>River flood forecast</source>
        <translation>River flood forecast</translation>
    </message>
    <message>
        <source>River flood advisory</source>
        <translation>River flood advisory</translation>
    </message>
    <message>
        <source>River flood warning</source>
        <translation>River flood warning</translation>
    </message>
    <message>
        <source>River flood danger</source>
        <translation>River flood danger</translation>
    </message>
    <message>
        <source>River flooding</source>
        <translation>River flooding</translation>
    </message>
    <message>
        <source>Storm surge information</source>
        <translation>Storm surge information</translation>
    </message>
    <message>
        <source>Storm surge advisory</source>
        <translation>Storm surge advisory</translation>
    </message>
    <message>
        <source>Storm surge warning</source>
        <translation>Storm surge warning</translation>
    </message>
    <message>
        <source>Storm surge danger warning</source>
        <translation>Storm surge danger warning</translation>
    </message>
    <message>
        <source>Storm surge emergency warning</source>
        <translation>Storm surge emergency warning</translation>
    </message>
    <message>
        <source>Wind information</source>
        <translation>Wind information</translation>
    </message>
    <message>
        <source>Strong wind advisory</source>
        <translation>Strong wind advisory</translation>
    </message>
    <message>
        <source>Storm emergency warning</source>
        <translation>Storm emergency warning</translation>
    </message>
    <message>
        <source>High wave information</source>
        <translation>High wave information</translation>
    </message>
    <message>
        <source>High wave advisory</source>
        <translation>High wave advisory</translation>
    </message>
    <message>
        <source>High wave emergency warning</source>
        <translation>High wave emergency warning</translation>
    </message>
    <message>
        <source>Heavy snow information</source>
        <translation>Heavy snow information</translation>
    </message>
    <message>
        <source>Heavy snow advisory</source>
        <translation>Heavy snow advisory</translation>
    </message>
    <message>
        <source>Heavy snow emergency warning</source>
        <translation>Heavy snow emergency warning</translation>
    </message>
    <message>
        <source>Thunderstorm information</source>
        <translation>Thunderstorm information</translation>
    </message>
    <message>
        <source>Weather information</source>
        <translation>Weather information</translation>
    </message>
    <message>
        <source>Weather advisory</source>
        <translation>Weather advisory</translation>
    </message>
    <message>
        <source>Weather emergency warning</source>
        <translation>Weather emergency warning</translation>
    </message>
    <message>
        <source>Tsunami forecast</source>
        <translation>Tsunami forecast</translation>
    </message>
    <message>
        <source>Tsunami advisory</source>
        <translation>Tsunami advisory</translation>
    </message>
    <message>
        <source>Major tsunami warning</source>
        <translation>Major tsunami warning</translation>
    </message>
    <message>
        <source>Volcanic forecast</source>
        <translation>Volcanic forecast</translation>
    </message>
    <message>
        <source>Evacuation of older people and others</source>
        <translation>Evacuation of older people and others</translation>
    </message>
    <message>
        <source>Evacuation order</source>
        <translation>Evacuation order</translation>
    </message>
    <message>
        <source>Emergency safety measures</source>
        <translation>Emergency safety measures</translation>
    </message>
    <message>
        <source>%1 (alert level %2)</source>
        <extracomment>%1 is an event such as &quot;Heavy rain warning&quot;, %2 the 警戒レベル from 1 to 5.</extracomment>
        <translation>%1 (alert level %2)</translation>
    </message>
    <message>
        <source>Earthquake, seismic intensity %1</source>
        <extracomment>%1 is the seismic intensity (震度) on JMA&apos;s scale: 1 to 4, 5 lower … 6 upper, 7.</extracomment>
        <translation>Earthquake, seismic intensity %1</translation>
    </message>
    <message>
        <source>5 lower</source>
        <translation>5 lower</translation>
    </message>
    <message>
        <source>5 upper</source>
        <translation>5 upper</translation>
    </message>
    <message>
        <source>6 lower</source>
        <translation>6 lower</translation>
    </message>
    <message>
        <source>6 upper</source>
        <translation>6 upper</translation>
    </message>
    <message>
        <source>Check the latest information.</source>
        <translation>Check the latest information.</translation>
    </message>
    <message>
        <source>Stay alert and check the latest information.</source>
        <translation>Stay alert and check the latest information.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must, and check the latest information.</source>
        <translation>Avoid going out unless you must, and check the latest information.</translation>
    </message>
    <message>
        <source>Check on the hazard map where you would go, and how, if you must evacuate.</source>
        <translation>Check on the hazard map where you would go, and how, if you must evacuate.</translation>
    </message>
    <message>
        <source>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</source>
        <translation>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</translation>
    </message>
    <message>
        <source>Everyone in a dangerous place: evacuate now.</source>
        <translation>Everyone in a dangerous place: evacuate now.</translation>
    </message>
    <message>
        <source>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</source>
        <translation>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</translation>
    </message>
    <message>
        <source>Stay inside a sturdy building, away from windows, and do not go out unless you must.</source>
        <translation>Stay inside a sturdy building, away from windows, and do not go out unless you must.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must: trains and roads may be disrupted.</source>
        <translation>Avoid going out unless you must: trains and roads may be disrupted.</translation>
    </message>
    <message>
        <source>Go inside a sturdy building now and keep away from windows.</source>
        <translation>Go inside a sturdy building now and keep away from windows.</translation>
    </message>
    <message>
        <source>Stay away from the coast.</source>
        <translation>Stay away from the coast.</translation>
    </message>
    <message>
        <source>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</source>
        <translation>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</translation>
    </message>
    <message>
        <source>Be ready for more shaking, and check the latest information.</source>
        <translation>Be ready for more shaking, and check the latest information.</translation>
    </message>
    <message>
        <source>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</source>
        <translation>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</translation>
    </message>
    <message>
        <source>If you are in the sea, get out of the water and away from the shore now.</source>
        <translation>If you are in the sea, get out of the water and away from the shore now.</translation>
    </message>
    <message>
        <source>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</source>
        <translation>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</translation>
    </message>
    <message>
        <source>Do not go near the crater, and follow the restrictions in force there.</source>
        <translation>Do not go near the crater, and follow the restrictions in force there.</translation>
    </message>
    <message>
        <source>Follow the evacuation information of the city and towns near the volcano.</source>
        <translation>Follow the evacuation information of the city and towns near the volcano.</translation>
    </message>
    <message>
        <source>Check which shelters are open and how to get there.</source>
        <translation>Check which shelters are open and how to get there.</translation>
    </message>
    <message>
        <source>Check which shelters are still open.</source>
        <translation>Check which shelters are still open.</translation>
    </message>
    <message>
        <source>Follow the instructions of the city, the fire service and the police.</source>
        <translation>Follow the instructions of the city, the fire service and the police.</translation>
    </message>
    <message>
        <source>The details are in Japanese.</source>
        <translation>The details are in Japanese.</translation>
    </message>
    <message>
        <source>The details are in English.</source>
        <translation>The details are in English.</translation>
    </message>
    <message>
        <source>The details are in the language they were issued in.</source>
        <translation>The details are in the language they were issued in.</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>%1 is an event or a headline; the label says the alert is a drill, not real.</extracomment>
        <translation>[Drill] %1</translation>
    </message>
    <message>
        <source>This is a drill, not a real alert.</source>
        <translation>This is a drill, not a real alert.</translation>
    </message>
</context>
</TS>
