<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertTakeover</name>
    <message>
        <source>All disaster information</source>
        <translation>All disaster information</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>Back to what I was doing</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Choose a service.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>How to use this kiosk</translation>
    </message>
    <message>
        <source>Ask a person</source>
        <translation>Ask a person</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>Where to find staff and the city&apos;s contact</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>Touch the service you want to use. Each screen says what to do next.</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>Back goes one step back. Finish ends your visit and clears everything you entered.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>Staff at this facility can help you. Please ask at the counter.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Do you need more time?</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>This screen will reset in %1 seconds.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>Yes, I need more time</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>Terminal %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>Offline: the city&apos;s information shown is as of %1.</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>Offline: the city&apos;s information cannot be reached right now.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation>Choose the language of the screens</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>Large text, high contrast, low reach and speech</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>End and clear everything you entered</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>Low reach</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>All buttons in the lower part of the screen</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>Reads the screen aloud</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</source>
        <translation>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 of %2</translation>
    </message>
    <message>
        <source>There is nothing to press on this screen.</source>
        <translation>There is nothing to press on this screen.</translation>
    </message>
    <message>
        <source>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</source>
        <translation>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>top left</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>top centre</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>top right</translation>
    </message>
    <message>
        <source>middle left</source>
        <translation>middle left</translation>
    </message>
    <message>
        <source>middle right</source>
        <translation>middle right</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>bottom left</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>bottom centre</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>bottom right</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>The printer is out of paper. Please ask the staff.</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>The printer cover is open. Please ask the staff.</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>This kiosk has no card reader.</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>This kiosk has no receipt printer.</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>This kiosk has no document printer.</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>This kiosk cannot take payments.</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>This kiosk has no LED board.</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>Checking the equipment. Please wait a moment.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>Closed now.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>The printer is not working right now. Please ask the staff.</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>The city&apos;s information is being downloaded. Please wait a moment.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>The card reader is not working right now. Please ask the staff.</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>Not available right now.</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>The city&apos;s information could not be loaded.</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>The kiosk software stopped because of an error.</translation>
    </message>
    <message>
        <source>This kiosk is closed for maintenance.</source>
        <translation>This kiosk is closed for maintenance.</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>A technical problem stopped the kiosk.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>For the staff: the city system&apos;s certificate has expired.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>For the staff: the city system&apos;s certificate is for another server name.</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>For the staff: the city system refuses this kiosk&apos;s certificate.</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>For the staff: this kiosk&apos;s certificate belongs to another terminal.</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>For the staff: the city system does not accept this kiosk&apos;s token.</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>For the staff: a secure connection to the city system could not be made.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>Out of service</source>
        <extracomment>The out-of-service screen, shown in every language in turn.</extracomment>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>Sorry, this kiosk cannot be used right now. Please ask at the counter.</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <extracomment>Before the city&apos;s contact (who to ask, where, its phone) on the out-of-service screen.</extracomment>
        <translation>For help, please contact:</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>%1 is the city&apos;s phone number.</extracomment>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>Opens at %1 on %2.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Other alerts in force: %1.</source>
        <extracomment>%1 is a number (1 or more) of other disaster alerts in force besides the one shown.</extracomment>
        <translation>Other alerts in force: %1.</translation>
    </message>
    <message>
        <source>Touch here for what to do.</source>
        <translation>Touch here for what to do.</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Beside a shelter the city has opened during this alert.</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nearest shelters, open ones first</source>
        <translation>Nearest shelters, open ones first</translation>
    </message>
    <message>
        <source>No shelter has been opened yet. Nearest designated evacuation sites</source>
        <translation>No shelter has been opened yet. Nearest designated evacuation sites</translation>
    </message>
    <message>
        <source>No evacuation site for this hazard is listed near here. Please ask the staff.</source>
        <translation>No evacuation site for this hazard is listed near here. Please ask the staff.</translation>
    </message>
    <message>
        <source>The list of shelters is not on this kiosk yet. Please ask the staff.</source>
        <translation>The list of shelters is not on this kiosk yet. Please ask the staff.</translation>
    </message>
</context>
</TS>
