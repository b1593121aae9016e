<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>alerts</name>
    <message>
        <source>Storm warning</source>
        <translation>Cảnh báo gió bão</translation>
    </message>
    <message>
        <source>High wave warning</source>
        <translation>Cảnh báo sóng lớn</translation>
    </message>
    <message>
        <source>Heavy snow warning</source>
        <translation>Cảnh báo tuyết rơi dày</translation>
    </message>
    <message>
        <source>Thunderstorm advisory</source>
        <translation>Lưu ý dông sét</translation>
    </message>
    <message>
        <source>Weather warning</source>
        <translation>Cảnh báo thời tiết</translation>
    </message>
    <message>
        <source>Record short-term heavy rain information</source>
        <translation>Thông tin mưa lớn kỷ lục trong thời gian ngắn</translation>
    </message>
    <message>
        <source>Tornado alert</source>
        <translation>Thông tin lưu ý lốc xoáy</translation>
    </message>
    <message>
        <source>Earthquake information</source>
        <translation>Thông tin động đất</translation>
    </message>
    <message>
        <source>Tsunami warning</source>
        <translation>Cảnh báo sóng thần</translation>
    </message>
    <message>
        <source>Volcanic warning (near the crater)</source>
        <translation>Cảnh báo phun trào (quanh miệng núi lửa)</translation>
    </message>
    <message>
        <source>Volcanic warning (residential areas)</source>
        <translation>Cảnh báo phun trào (khu dân cư)</translation>
    </message>
    <message>
        <source>Evacuation information</source>
        <translation>Thông tin sơ tán</translation>
    </message>
    <message>
        <source>Shelters opened</source>
        <translation>Mở nơi lánh nạn</translation>
    </message>
    <message>
        <source>Shelters closed</source>
        <translation>Đóng nơi lánh nạn</translation>
    </message>
    <message>
        <source>Disaster information</source>
        <translation>Thông tin phòng chống thiên tai</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>Thông tin khẩn cấp</translation>
    </message>
    <message>
        <source>Heavy rain information</source>
        <translation>Thông tin mưa lớn</translation>
    </message>
    <message>
        <source>Heavy rain advisory</source>
        <translation>Lưu ý mưa lớn</translation>
    </message>
    <message>
        <source>Heavy rain warning</source>
        <translation>Cảnh báo mưa lớn</translation>
    </message>
    <message>
        <source>Heavy rain danger warning</source>
        <translation>Cảnh báo nguy hiểm mưa lớn</translation>
    </message>
    <message>
        <source>Heavy rain emergency warning</source>
        <translation>Cảnh báo đặc biệt mưa lớn</translation>
    </message>
    <message>
        <source>Landslide information</source>
        <translation>Thông tin sạt lở đất</translation>
    </message>
    <message>
        <source>Landslide advisory</source>
        <translation>Lưu ý sạt lở đất</translation>
    </message>
    <message>
        <source>Landslide warning</source>
        <translation>Cảnh báo sạt lở đất</translation>
    </message>
    <message>
        <source>Landslide alert</source>
        <translation>Thông tin cảnh giới sạt lở đất</translation>
    </message>
    <message>
        <source>Landslide emergency warning</source>
        <translation>Cảnh báo đặc biệt sạt lở đất</translation>
    </message>
    <message>
        <source>River flood forecast</source>
        <translation>Dự báo lũ sông</translation>
    </message>
    <message>
        <source>River flood advisory</source>
        <translation>Thông tin lưu ý nước sông tràn</translation>
    </message>
    <message>
        <source>River flood warning</source>
        <translation>Thông tin cảnh giới nước sông tràn</translation>
    </message>
    <message>
        <source>River flood danger</source>
        <translation>Thông tin nguy hiểm nước sông tràn</translation>
    </message>
    <message>
        <source>River flooding</source>
        <translation>Thông tin sông đã tràn</translation>
    </message>
    <message>
        <source>Storm surge information</source>
        <translation>Thông tin nước dâng do bão</translation>
    </message>
    <message>
        <source>Storm surge advisory</source>
        <translation>Lưu ý nước dâng do bão</translation>
    </message>
    <message>
        <source>Storm surge warning</source>
        <translation>Cảnh báo nước dâng do bão</translation>
    </message>
    <message>
        <source>Storm surge danger warning</source>
        <translation>Cảnh báo nguy hiểm nước dâng do bão</translation>
    </message>
    <message>
        <source>Storm surge emergency warning</source>
        <translation>Cảnh báo đặc biệt nước dâng do bão</translation>
    </message>
    <message>
        <source>Wind information</source>
        <translation>Thông tin gió mạnh</translation>
    </message>
    <message>
        <source>Strong wind advisory</source>
        <translation>Lưu ý gió mạnh</translation>
    </message>
    <message>
        <source>Storm emergency warning</source>
        <translation>Cảnh báo đặc biệt gió bão</translation>
    </message>
    <message>
        <source>High wave information</source>
        <translation>Thông tin sóng lớn</translation>
    </message>
    <message>
        <source>High wave advisory</source>
        <translation>Lưu ý sóng lớn</translation>
    </message>
    <message>
        <source>High wave emergency warning</source>
        <translation>Cảnh báo đặc biệt sóng lớn</translation>
    </message>
    <message>
        <source>Heavy snow information</source>
        <translation>Thông tin tuyết rơi dày</translation>
    </message>
    <message>
        <source>Heavy snow advisory</source>
        <translation>Lưu ý tuyết rơi dày</translation>
    </message>
    <message>
        <source>Heavy snow emergency warning</source>
        <translation>Cảnh báo đặc biệt tuyết rơi dày</translation>
    </message>
    <message>
        <source>Thunderstorm information</source>
        <translation>Thông tin dông sét</translation>
    </message>
    <message>
        <source>Weather information</source>
        <translation>Thông tin thời tiết</translation>
    </message>
    <message>
        <source>Weather advisory</source>
        <translation>Lưu ý thời tiết</translation>
    </message>
    <message>
        <source>Weather emergency warning</source>
        <translation>Cảnh báo đặc biệt về thời tiết</translation>
    </message>
    <message>
        <source>Tsunami forecast</source>
        <translation>Dự báo sóng thần</translation>
    </message>
    <message>
        <source>Tsunami advisory</source>
        <translation>Lưu ý sóng thần</translation>
    </message>
    <message>
        <source>Major tsunami warning</source>
        <translation>Cảnh báo sóng thần lớn</translation>
    </message>
    <message>
        <source>Volcanic forecast</source>
        <translation>Dự báo phun trào núi lửa</translation>
    </message>
    <message>
        <source>Evacuation of older people and others</source>
        <translation>Người cao tuổi và người cần hỗ trợ sơ tán</translation>
    </message>
    <message>
        <source>Evacuation order</source>
        <translation>Chỉ thị sơ tán</translation>
    </message>
    <message>
        <source>Emergency safety measures</source>
        <translation>Đảm bảo an toàn khẩn cấp</translation>
    </message>
    <message>
        <source>%1 (alert level %2)</source>
        <extracomment>%1 is an event such as &quot;Heavy rain warning&quot;, %2 the 警戒レベル from 1 to 5.</extracomment>
        <translation>%1 (cấp độ cảnh báo %2)</translation>
    </message>
    <message>
        <source>Earthquake, seismic intensity %1</source>
        <extracomment>%1 is the seismic intensity (震度) on JMA&apos;s scale: 1 to 4, 5 lower … 6 upper, 7.</extracomment>
        <translation>Động đất, cường độ địa chấn %1</translation>
    </message>
    <message>
        <source>5 lower</source>
        <translation>5 yếu</translation>
    </message>
    <message>
        <source>5 upper</source>
        <translation>5 mạnh</translation>
    </message>
    <message>
        <source>6 lower</source>
        <translation>6 yếu</translation>
    </message>
    <message>
        <source>6 upper</source>
        <translation>6 mạnh</translation>
    </message>
    <message>
        <source>Check the latest information.</source>
        <translation>Hãy kiểm tra thông tin mới nhất.</translation>
    </message>
    <message>
        <source>Stay alert and check the latest information.</source>
        <translation>Hãy cảnh giác và kiểm tra thông tin mới nhất.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must, and check the latest information.</source>
        <translation>Hạn chế ra ngoài nếu không cần thiết và kiểm tra thông tin mới nhất.</translation>
    </message>
    <message>
        <source>Check on the hazard map where you would go, and how, if you must evacuate.</source>
        <translation>Hãy xem bản đồ nguy cơ để biết nơi sơ tán và đường đi khi cần.</translation>
    </message>
    <message>
        <source>Older people, people with disabilities and those who help them: leave dangerous places now. Everyone else, get ready to evacuate.</source>
        <translation>Người cao tuổi, người khuyết tật và người hỗ trợ họ: hãy rời khỏi nơi nguy hiểm ngay. Những người khác hãy chuẩn bị sơ tán.</translation>
    </message>
    <message>
        <source>Everyone in a dangerous place: evacuate now.</source>
        <translation>Tất cả những người ở nơi nguy hiểm: hãy sơ tán ngay.</translation>
    </message>
    <message>
        <source>Your life is in danger. Make yourself safe at once: if going outside is now more dangerous, move to an upper floor or the safest place you can reach.</source>
        <translation>Tính mạng đang gặp nguy hiểm. Hãy đảm bảo an toàn ngay: nếu ra ngoài nguy hiểm hơn, hãy lên tầng cao hoặc đến nơi an toàn nhất có thể.</translation>
    </message>
    <message>
        <source>Stay inside a sturdy building, away from windows, and do not go out unless you must.</source>
        <translation>Hãy ở trong tòa nhà kiên cố, tránh xa cửa sổ và không ra ngoài nếu không cần thiết.</translation>
    </message>
    <message>
        <source>Avoid going out unless you must: trains and roads may be disrupted.</source>
        <translation>Hạn chế ra ngoài nếu không cần thiết: tàu và đường sá có thể bị gián đoạn.</translation>
    </message>
    <message>
        <source>Go inside a sturdy building now and keep away from windows.</source>
        <translation>Hãy vào ngay trong tòa nhà kiên cố và tránh xa cửa sổ.</translation>
    </message>
    <message>
        <source>Stay away from the coast.</source>
        <translation>Hãy tránh xa bờ biển.</translation>
    </message>
    <message>
        <source>Very heavy rain is falling nearby. Leave places at risk of landslides or flooding for safer ground now.</source>
        <translation>Mưa rất lớn đang rơi gần đây. Hãy rời ngay khỏi nơi có nguy cơ sạt lở hoặc ngập nước đến nơi an toàn.</translation>
    </message>
    <message>
        <source>Be ready for more shaking, and check the latest information.</source>
        <translation>Hãy đề phòng rung lắc tiếp theo và kiểm tra thông tin mới nhất.</translation>
    </message>
    <message>
        <source>Protect your head and keep away from things that may fall or topple. Strong shaking may come again: move calmly.</source>
        <translation>Hãy bảo vệ đầu và tránh xa đồ vật có thể rơi hoặc đổ. Rung lắc mạnh có thể xảy ra lần nữa: hãy bình tĩnh.</translation>
    </message>
    <message>
        <source>If you are in the sea, get out of the water and away from the shore now.</source>
        <translation>Nếu bạn đang ở dưới biển, hãy lên bờ ngay và rời xa bờ biển.</translation>
    </message>
    <message>
        <source>If you are near the coast or a river, evacuate at once to high ground or a tsunami evacuation building.</source>
        <translation>Nếu bạn ở gần bờ biển hoặc sông, hãy sơ tán ngay lên chỗ cao hoặc tòa nhà lánh nạn sóng thần.</translation>
    </message>
    <message>
        <source>Do not go near the crater, and follow the restrictions in force there.</source>
        <translation>Không đến gần miệng núi lửa và tuân theo các quy định hạn chế tại đó.</translation>
    </message>
    <message>
        <source>Follow the evacuation information of the city and towns near the volcano.</source>
        <translation>Hãy làm theo thông tin sơ tán của các thành phố, thị trấn gần núi lửa.</translation>
    </message>
    <message>
        <source>Check which shelters are open and how to get there.</source>
        <translation>Hãy kiểm tra nơi lánh nạn nào đang mở và cách đến đó.</translation>
    </message>
    <message>
        <source>Check which shelters are still open.</source>
        <translation>Hãy kiểm tra nơi lánh nạn nào vẫn còn mở.</translation>
    </message>
    <message>
        <source>Follow the instructions of the city, the fire service and the police.</source>
        <translation>Hãy làm theo hướng dẫn của thành phố, cứu hỏa và cảnh sát.</translation>
    </message>
    <message>
        <source>The details are in Japanese.</source>
        <translation>Nội dung chi tiết bằng tiếng Nhật.</translation>
    </message>
    <message>
        <source>The details are in English.</source>
        <translation>Nội dung chi tiết bằng tiếng Anh.</translation>
    </message>
    <message>
        <source>The details are in the language they were issued in.</source>
        <translation>Nội dung chi tiết giữ nguyên ngôn ngữ khi được phát hành.</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Diễn tập</translation>
    </message>
    <message>
        <source>[Drill] %1</source>
        <extracomment>%1 is an event or a headline; the label says the alert is a drill, not real.</extracomment>
        <translation>[Diễn tập] %1</translation>
    </message>
    <message>
        <source>This is a drill, not a real alert.</source>
        <translation>Đây là diễn tập, không phải cảnh báo thật.</translation>
    </message>
</context>
</TS>
