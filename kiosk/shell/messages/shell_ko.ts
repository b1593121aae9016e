<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AlertTakeover</name>
    <message>
        <source>All disaster information</source>
        <translation>재해 정보 모두 보기</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>하던 화면으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>서비스를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>이용 방법</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>이 키오스크 이용 방법</translation>
    </message>
    <message>
        <source>Ask a person</source>
        <translation>직원에게 문의</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>직원이 있는 곳과 시의 연락처</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>이용할 서비스를 눌러 주세요. 다음에 할 일은 각 화면에 표시됩니다.</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>&apos;언어&apos;에서 모든 화면의 언어를 바꿀 수 있습니다. &apos;접근성&apos;에서는 글자 크게, 고대비, 모든 버튼을 화면 아래쪽에 표시, 화면 읽어 주기를 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>&apos;뒤로&apos;는 한 단계 전으로 돌아갑니다. &apos;종료&apos;는 이용을 마치고 입력한 내용을 모두 지웁니다.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>한동안 화면을 만지지 않으면 시간이 더 필요한지 묻고, 그 후 모든 내용을 지웁니다.</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>이 시설의 직원이 도와드립니다. 창구에 말씀해 주세요.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>전화: %1</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>시간이 더 필요하세요?</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>%1초 후에 화면이 초기화됩니다.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>네, 시간이 더 필요합니다</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>단말기 %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>오프라인: 표시된 시의 정보는 %1 기준입니다.</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>오프라인: 지금은 시의 정보를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어 / Language</translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation>화면 언어를 선택합니다</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>접근성</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>큰 글자, 고대비, 낮은 위치 버튼, 음성 안내</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>종료하고 입력한 내용을 모두 지웁니다</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>큰 글자</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>낮은 위치 버튼</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>모든 버튼을 화면 아래쪽에 표시합니다</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>음성 안내</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>화면 내용을 소리 내어 읽어 줍니다</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Entered</source>
        <translation>입력했습니다</translation>
    </message>
    <message>
        <source>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</source>
        <translation>음성 안내가 켜졌습니다. 화살표 키로 버튼 사이를 이동하고, 확인 키로 누르고, 뒤로 키로 돌아가고, 도움말 키로 이 화면의 안내를 다시 들을 수 있습니다. 더하기와 빼기 키로 음량을 바꿉니다.</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>음량 %1/%2</translation>
    </message>
    <message>
        <source>There is nothing to press on this screen.</source>
        <translation>이 화면에는 누를 수 있는 버튼이 없습니다.</translation>
    </message>
    <message>
        <source>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</source>
        <translation>헤드폰 단자는 본체 정면의 %1에 있습니다. 헤드폰을 꽂으면 화면을 소리로 읽어 주고, 빼면 멈춥니다.</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>왼쪽 위</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>위쪽 가운데</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>오른쪽 위</translation>
    </message>
    <message>
        <source>middle left</source>
        <translation>왼쪽 가운데</translation>
    </message>
    <message>
        <source>middle right</source>
        <translation>오른쪽 가운데</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>왼쪽 아래</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>아래쪽 가운데</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>오른쪽 아래</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>프린터에 용지가 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>프린터 덮개가 열려 있습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>이 키오스크에는 카드 리더기가 없습니다.</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>이 키오스크에는 영수증 프린터가 없습니다.</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>이 키오스크에는 문서 프린터가 없습니다.</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>이 키오스크에서는 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>이 키오스크에는 LED 전광판이 없습니다.</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>기기를 확인하고 있습니다. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>지금은 이용 시간이 아닙니다.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>지금은 프린터를 사용할 수 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>시의 정보를 내려받고 있습니다. 잠시만 기다려 주세요.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>지금은 카드 리더기를 사용할 수 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>지금은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>시 정보를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>오류로 인해 키오스크 소프트웨어가 중지되었습니다.</translation>
    </message>
    <message>
        <source>This kiosk is closed for maintenance.</source>
        <translation>이 단말기는 점검 중이라 이용할 수 없습니다.</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>기술적인 문제로 키오스크가 중지되었습니다.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>직원 안내: 시 시스템의 인증서가 만료되었습니다.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>직원 안내: 시 시스템의 인증서가 아직 유효하지 않습니다. 이 단말기의 시계를 확인해 주세요.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>직원 안내: 시 시스템의 인증서가 시의 인증 기관에서 발급한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>직원 안내: 시 시스템의 인증서가 다른 서버 이름의 것입니다.</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>직원 안내: 시 시스템이 이 단말기의 인증서를 요구하지만 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>직원 안내: 시 시스템이 이 단말기의 인증서를 거부합니다.</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>직원 안내: 이 단말기의 인증서는 다른 단말기의 것입니다.</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>직원 안내: 시 시스템이 이 단말기의 토큰을 받아들이지 않습니다.</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>직원 안내: 시 시스템과 안전하게 연결할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>화면을 터치하여 시작하세요</translation>
    </message>
    <message>
        <source>Out of service</source>
        <extracomment>The out-of-service screen, shown in every language in turn.</extracomment>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>죄송합니다. 지금은 이 키오스크를 사용할 수 없습니다. 창구에 문의해 주세요.</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <extracomment>Before the city&apos;s contact (who to ask, where, its phone) on the out-of-service screen.</extracomment>
        <translation>문의처:</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>%1 is the city&apos;s phone number.</extracomment>
        <translation>전화: %1</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>%2 %1부터 이용할 수 있습니다.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>Other alerts in force: %1.</source>
        <extracomment>%1 is a number (1 or more) of other disaster alerts in force besides the one shown.</extracomment>
        <translation>그 밖에 발표 중인 경보: %1건.</translation>
    </message>
    <message>
        <source>Touch here for what to do.</source>
        <translation>여기를 누르면 해야 할 일을 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Beside a shelter the city has opened during this alert.</extracomment>
        <translation>개설됨</translation>
    </message>
    <message>
        <source>Nearest shelters, open ones first</source>
        <translation>가까운 대피소 (개설된 곳 먼저)</translation>
    </message>
    <message>
        <source>No shelter has been opened yet. Nearest designated evacuation sites</source>
        <translation>아직 개설된 대피소가 없습니다. 가까운 지정 긴급 대피 장소</translation>
    </message>
    <message>
        <source>No evacuation site for this hazard is listed near here. Please ask the staff.</source>
        <translation>이 재해에 대응하는 대피 장소가 근처에 없습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>The list of shelters is not on this kiosk yet. Please ask the staff.</source>
        <translation>이 단말기에는 아직 대피소 목록이 없습니다. 직원에게 문의해 주십시오.</translation>
    </message>
</context>
</TS>
