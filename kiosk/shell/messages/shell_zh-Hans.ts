<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertTakeover</name>
    <message>
        <source>All disaster information</source>
        <translation>查看全部灾害信息</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>返回刚才的画面</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>请选择服务。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>使用说明</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>本机的使用方法</translation>
    </message>
    <message>
        <source>Ask a person</source>
        <translation>询问工作人员</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>工作人员的位置和市政府的联系方式</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>请点击要使用的服务。每个画面都会说明下一步操作。</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>“语言”可切换所有画面的语言。“辅助功能”可放大文字、提高对比度、将所有按钮移到画面下方，或朗读画面内容。</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>“返回”回到上一步。“结束”结束本次使用，并清除您输入的所有内容。</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>如果一段时间没有触摸画面，本机会询问您是否需要更多时间，然后清除所有内容。</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>本设施的工作人员可以为您提供帮助。请到窗口咨询。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>本画面将在 %1 秒后重置。</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>是，我需要更多时间</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>终端 %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>离线：显示的市政信息截至%1。</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>离线：目前无法获取市政信息。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation>选择界面显示的语言</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>大字体、高对比度、低位操作和语音朗读</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>结束并清除您输入的所有内容</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>低位操作</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>所有按钮都显示在屏幕下方</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音朗读</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>朗读屏幕内容</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Entered</source>
        <translation>已输入</translation>
    </message>
    <message>
        <source>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</source>
        <translation>语音已开启。用方向键在按钮之间移动，按确认键选择，按返回键返回，按帮助键再听一遍本画面的说明。加号和减号键可调节音量。</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>音量 %1/%2</translation>
    </message>
    <message>
        <source>There is nothing to press on this screen.</source>
        <translation>本画面没有可按的按钮。</translation>
    </message>
    <message>
        <source>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</source>
        <translation>耳机插孔在机器正面的%1。插入耳机即可听到画面朗读，拔出则停止。</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>左上方</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>上方中间</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>右上方</translation>
    </message>
    <message>
        <source>middle left</source>
        <translation>左侧中间</translation>
    </message>
    <message>
        <source>middle right</source>
        <translation>右侧中间</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>左下方</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>下方中间</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>右下方</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>打印机缺纸。请联系工作人员。</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>打印机盖板未关闭。请联系工作人员。</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>本机没有读卡器。</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>本机没有收据打印机。</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>本机没有文件打印机。</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>本机不支持付款。</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>本机没有LED显示屏。</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>正在检查设备，请稍候。</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>当前不在服务时间内。</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>打印机暂时无法使用。请联系工作人员。</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>正在下载市政信息，请稍候。</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>读卡器暂时无法使用。请联系工作人员。</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>暂时无法使用。</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>无法加载本市的信息。</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>本机软件因错误而停止运行。</translation>
    </message>
    <message>
        <source>This kiosk is closed for maintenance.</source>
        <translation>本终端正在维护，暂停使用。</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>本机因技术故障而停止运行。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>工作人员请注意：市政系统的证书已过期。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>工作人员请注意：市政系统的证书尚未生效。请检查本终端的时钟。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>工作人员请注意：市政系统的证书不是由本市的证书颁发机构签发的。</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>工作人员请注意：市政系统的证书属于其他服务器名称。</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>工作人员请注意：市政系统要求本终端的证书，但尚未设置。</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>工作人员请注意：市政系统拒绝了本终端的证书。</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>工作人员请注意：本终端的证书属于另一台终端。</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>工作人员请注意：市政系统不接受本终端的令牌。</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>工作人员请注意：无法与市政系统建立安全连接。</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>请触摸屏幕开始</translation>
    </message>
    <message>
        <source>Out of service</source>
        <extracomment>The out-of-service screen, shown in every language in turn.</extracomment>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>抱歉，本机目前无法使用。请到窗口咨询。</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <extracomment>Before the city&apos;s contact (who to ask, where, its phone) on the out-of-service screen.</extracomment>
        <translation>如需帮助，请联系：</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>%1 is the city&apos;s phone number.</extracomment>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>%2 %1起可以使用。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>Other alerts in force: %1.</source>
        <extracomment>%1 is a number (1 or more) of other disaster alerts in force besides the one shown.</extracomment>
        <translation>其他正在发布的警报：%1条。</translation>
    </message>
    <message>
        <source>Touch here for what to do.</source>
        <translation>点击此处，查看应当采取的行动。</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Beside a shelter the city has opened during this alert.</extracomment>
        <translation>已开放</translation>
    </message>
    <message>
        <source>Nearest shelters, open ones first</source>
        <translation>附近的避难所（已开放的排在前面）</translation>
    </message>
    <message>
        <source>No shelter has been opened yet. Nearest designated evacuation sites</source>
        <translation>尚无已开放的避难所。附近的指定紧急避难场所</translation>
    </message>
    <message>
        <source>No evacuation site for this hazard is listed near here. Please ask the staff.</source>
        <translation>附近没有针对此类灾害的避难场所。请询问工作人员。</translation>
    </message>
    <message>
        <source>The list of shelters is not on this kiosk yet. Please ask the staff.</source>
        <translation>本终端尚未获取避难所列表。请询问工作人员。</translation>
    </message>
</context>
</TS>
