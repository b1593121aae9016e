<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>alerts</name>
    <message>
        <source>Storm warning</source>
        <translation>Alerta de tempestade de vento</translation>
    </message>
    <message>
        <source>High wave warning</source>
        <translation>Alerta de ondas altas</translation>
    </message>
    <message>
        <source>Heavy snow warning</source>
        <translation>Alerta de neve forte</translation>
    </message>
    <message>
        <source>Thunderstorm advisory</source>
        <translation>Aviso de trovoadas</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>Alerta meteorológico</translation>
    </message>
    <message>
        <source>Record short-term heavy rain information</source>
        <translation>Informação de chuva recorde em pouco tempo</translation>
    </message>
    <message>
        <source>Tornado alert</source>
        <translation>Alerta de tornado</translation>
    </message>
    <message>
        <source>Earthquake information</source>
        <translation>Informação sobre terremoto</translation>
    </message>
    <message>
        <source>Tsunami warning</source>
        <translation>Alerta de tsunami</translation>
    </message>
    <message>
        <source>Volcanic warning (near the crater)</source>
        <translation>Alerta vulcânico (arredores da cratera)</translation>
    </message>
    <message>
        <source>Volcanic warning (residential areas)</source>
        <translation>Alerta vulcânico (áreas residenciais)</translation>
    </message>
    <message>
        <source>Evacuation information</source>
        <translation>Informação de evacuação</translation>
    </message>
    <message>
        <source>Shelters opened</source>
        <translation>Abrigos abertos</translation>
    </message>
    <message>
        <source>Shelters closed</source>
        <translation>Abrigos fechados</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <translation>Informação sobre desastres</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>Informação de emergência</translation>
    </message>
    <message>
        <source>Heavy rain information</source>
        <translation>Informação sobre chuva forte</translation>
    </message>
    <message>
        <source>Heavy rain advisory</source>
        <translation>Aviso de chuva forte</translation>
    </message>
    <message>
        <source>Heavy rain warning</source>
        <translation>Alerta de chuva forte</translation>
    </message>
    <message>
        <source>Heavy rain danger warning</source>
        <translation>Alerta de perigo de chuva forte</translation>
    </message>
    <message>
        <source>Heavy rain emergency warning</source>
        <translation>Alerta especial de chuva forte</translation>
    </message>
    <message>
        <source>Landslide information</source>
        <translation>Informação sobre deslizamentos de terra</translation>
    </message>
    <message>
        <source>Landslide advisory</source>
        <translation>Aviso de deslizamento de terra</translation>
    </message>
    <message>
        <source>Landslide warning</source>
        <translation>Alerta de deslizamento de terra</translation>
    </message>
    <message>
        <source>Landslide alert</source>
        <translation>Alerta de perigo de deslizamento de terra</translation>
    </message>
    <message>
        <source>Landslide emergency warning</source>
        <translation>Alerta especial de deslizamento de terra</translation>
    </message>
    <message>
        <source>River flood forecast</source>
        <translation>Previsão de enchente de rio</translation>
    </message>
    <message>
        <source>River flood advisory</source>
        <translation>Aviso de transbordamento de rio</translation>
    </message>
    <message>
        <source>River flood warning</source>
        <translation>Alerta de transbordamento de rio</translation>
    </message>
    <message>
        <source>River flood danger</source>
        <translation>Perigo de transbordamento de rio</translation>
    </message>
    <message>
        <source>River flooding</source>
        <translation>Rio transbordou</translation>
    </message>
    <message>
        <source>Storm surge information</source>
        <translation>Informação sobre maré de tempestade</translation>
    </message>
    <message>
        <source>Storm surge advisory</source>
        <translation>Aviso de maré de tempestade</translation>
    </message>
    <message>
        <source>Storm surge warning</source>
        <translation>Alerta de maré de tempestade</translation>
    </message>
    <message>
        <source>Storm surge danger warning</source>
        <translation>Alerta de perigo de maré de tempestade</translation>
    </message>
    <message>
        <source>Storm surge emergency warning</source>
        <translation>Alerta especial de maré de tempestade</translation>
    </message>
    <message>
        <source>Wind information</source>
        <translation>Informação sobre ventos fortes</translation>
    </message>
    <message>
        <source>Strong wind advisory</source>
        <translation>Aviso de ventos fortes</translation>
    </message>
    <message>
        <source>Storm emergency warning</source>
        <translation>Alerta especial de tempestade de vento</translation>
    </message>
    <message>
        <source>High wave information</source>
        <translation>Informação sobre ondas altas</translation>
    </message>
    <message>
        <source>High wave advisory</source>
        <translation>Aviso de ondas altas</translation>
    </message>
    <message>
        <source>High wave emergency warning</source>
        <translation>Alerta especial de ondas altas</translation>
    </message>
    <message>
        <source>Heavy snow information</source>
        <translation>Informação sobre neve forte</translation>
    </message>
    <message>
        <source>Heavy snow advisory</source>
        <translation>Aviso de neve forte</translation>
    </message>
    <message>
        <source>Heavy snow emergency warning</source>
        <translation>Alerta especial de neve forte</translation>
    </message>
    <message>
        <source>Thunderstorm information</source>
        <translation>Informação sobre trovoadas</translation>
    </message>
    <message>
        <source>Weather information</source>
        <translation>Informação meteorológica</translation>
    </message>
    <message>
        <source>Weather advisory</source>
        <translation>Aviso meteorológico</translation>
    </message>
    <message>
        <source>Weather emergency warning</source>
        <translation>Alerta meteorológico especial</translation>
    </message>
    <message>
        <source>Tsunami forecast</source>
        <translation>Previsão de tsunami</translation>
    </message>
    <message>
        <source>Tsunami advisory</source>
        <translation>Aviso de tsunami</translation>
    </message>
    <message>
        <source>Major tsunami warning</source>
        <translation>Alerta de grande tsunami</translation>
    </message>
    <message>
        <source>Volcanic forecast</source>
        <translation>Previsão vulcânica</translation>
    </message>
    <message>
        <source>Evacuation of older people and others</source>
        <translation>Evacuação de idosos e outros</translation>
    </message>
    <message>
        <source>Evacuation order</source>
        <translation>Ordem de evacuação</translation>
    </message>
    <message>
        <source>Emergency safety measures</source>
        <translation>Medidas de segurança de emergência</translation>
    </message>
    <message>
        <source>%1 (alert level %2)</source>
        <extracomment>%1 is an event such as &quot;Heavy rain warning&quot;, %2 the 警戒レベル from 1 to 5.</extracomment>
        <translation>%1 (nível de alerta %2)</translation>
    </message>
    <message>
        <source>Earthquake, seismic intensity %1</source>
        <extracomment>%1 is the seismic intensity (震度) on JMA&apos;s scale: 1 to 4, 5 lower … 6 upper, 7.</extracomment>
        <translation>Terremoto, intensidade sísmica %1</translation>
    </message>
    <message>
        <source>5 lower</source>
        <translation>5 inferior</translation>
    </message>
    <message>
        <source>5 upper</source>
        <translation>5 superior</translation>
    </message>
    <message>
        <source>6 lower</source>
        <translation>6 inferior</translation>
    </message>
    <message>
        <source>6 upper</source>
        <translation>6 superior</translation>
    </message>
    <message>
        <source>Check the latest information.</source>
        <translation>Confira as informações mais recentes.</translation>
    </message>
    <message>
        <source>Stay alert and check the latest information.</source>
        <translation>Fique atento e confira as informações mais recentes.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must, and check the latest information.</source>
        <translation>Evite sair se não for necessário e confira as informações mais recentes.</translation>
    </message>
    <message>
        <source>Check on the hazard map where you would go, and how, if you must evacuate.</source>
        <translation>Confira no mapa de riscos para onde e como você iria se precisar evacuar.</translation>
    </message>
    <message>
        <source>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</source>
        <translation>Idosos, pessoas com deficiência e quem os ajuda: saiam agora dos locais perigosos. Os demais, preparem-se para evacuar.</translation>
    </message>
    <message>
        <source>Everyone in a dangerous place: evacuate now.</source>
        <translation>Todos que estão em local perigoso: evacuem agora.</translation>
    </message>
    <message>
        <source>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</source>
        <translation>Sua vida está em perigo. Proteja-se imediatamente: se sair agora for mais perigoso, vá para um andar superior ou para o lugar mais seguro que puder alcançar.</translation>
    </message>
    <message>
        <source>Stay inside a sturdy building, away from windows, and do not go out unless you must.</source>
        <translation>Fique dentro de um prédio resistente, longe das janelas, e não saia se não for necessário.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must: trains and roads may be disrupted.</source>
        <translation>Evite sair se não for necessário: trens e estradas podem ser afetados.</translation>
    </message>
    <message>
        <source>Go inside a sturdy building now and keep away from windows.</source>
        <translation>Entre agora em um prédio resistente e fique longe das janelas.</translation>
    </message>
    <message>
        <source>Stay away from the coast.</source>
        <translation>Fique longe da costa.</translation>
    </message>
    <message>
        <source>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</source>
        <translation>Está chovendo muito forte perto daqui. Saia agora de locais com risco de deslizamento ou inundação e vá para um lugar seguro.</translation>
    </message>
    <message>
        <source>Be ready for more shaking, and check the latest information.</source>
        <translation>Esteja preparado para novos tremores e confira as informações mais recentes.</translation>
    </message>
    <message>
        <source>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</source>
        <translation>Proteja a cabeça e fique longe de objetos que possam cair ou tombar. Fortes tremores podem voltar: aja com calma.</translation>
    </message>
    <message>
        <source>If you are in the sea, get out of the water and away from the shore now.</source>
        <translation>Se você está no mar, saia da água e afaste-se da costa agora.</translation>
    </message>
    <message>
        <source>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</source>
        <translation>Se você está perto da costa ou de um rio, evacue imediatamente para um local alto ou um prédio de evacuação de tsunami.</translation>
    </message>
    <message>
        <source>Do not go near the crater, and follow the restrictions in force there.</source>
        <translation>Não se aproxime da cratera e siga as restrições em vigor no local.</translation>
    </message>
    <message>
        <source>Follow the evacuation information of the city and towns near the volcano.</source>
        <translation>Siga as informações de evacuação das cidades próximas ao vulcão.</translation>
    </message>
    <message>
        <source>Check which shelters are open and how to get there.</source>
        <translation>Confira quais abrigos estão abertos e como chegar até eles.</translation>
    </message>
    <message>
        <source>Check which shelters are still open.</source>
        <translation>Confira quais abrigos continuam abertos.</translation>
    </message>
    <message>
        <source>Follow the instructions of the city, the fire service and the police.</source>
        <translation>Siga as instruções da prefeitura, dos bombeiros e da polícia.</translation>
    </message>
    <message>
        <source>The details are in Japanese.</source>
        <translation>Os detalhes estão em japonês.</translation>
    </message>
    <message>
        <source>The details are in English.</source>
        <translation>Os detalhes estão em inglês.</translation>
    </message>
    <message>
        <source>The details are in the language they were issued in.</source>
        <translation>Os detalhes estão no idioma em que foram emitidos.</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>%1 is an event or a headline; the label says the alert is a drill, not real.</extracomment>
        <translation>[Simulado] %1</translation>
    </message>
    <message>
        <source>This is a drill, not a real alert.</source>
        <translation>Isto é um simulado, não um alerta real.</translation>
    </message>
</context>
</TS>
