<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>City notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
