<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>technician</name>
    <message>
        <source>Maintenance in progress: this kiosk is not in service</source>
        <translation>Maintenance in progress: this kiosk is not in service</translation>
    </message>
    <message>
        <source>Technician PIN</source>
        <translation>Technician PIN</translation>
    </message>
    <message>
        <source>Enter your PIN and press OK.</source>
        <translation>Enter your PIN and press OK.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before the lock. Try again in %2.</source>
        <translation>Wrong PIN. %1 tries left before the lock. Try again in %2.</translation>
    </message>
    <message>
        <source>Wait %1 before the next try.</source>
        <translation>Wait %1 before the next try.</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs until %1 (%2 left).</source>
        <translation>Locked after too many wrong PINs until %1 (%2 left).</translation>
    </message>
    <message>
        <source>No technician PIN is configured on this terminal.</source>
        <translation>No technician PIN is configured on this terminal.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close the menu</source>
        <translation>Close the menu</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Back to the menu</translation>
    </message>
    <message>
        <source>Yes, do it</source>
        <translation>Yes, do it</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Technician menu</source>
        <translation>Technician menu</translation>
    </message>
    <message>
        <source>Signed in: %1. The menu closes by itself after %2 without a touch.</source>
        <translation>Signed in: %1. The menu closes by itself after %2 without a touch.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>It failed: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Diagnostics bundle</source>
        <translation>Diagnostics bundle</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Touch test</translation>
    </message>
    <message>
        <source>Colour bars</source>
        <translation>Colour bars</translation>
    </message>
    <message>
        <source>Audio test</source>
        <translation>Audio test</translation>
    </message>
    <message>
        <source>Keyboard test</source>
        <translation>Keyboard test</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation>Document printer</translation>
    </message>
    <message>
        <source>LED board</source>
        <translation>LED board</translation>
    </message>
    <message>
        <source>Payment unit</source>
        <translation>Payment unit</translation>
    </message>
    <message>
        <source>Gateway link</source>
        <translation>Gateway link</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Working, needs attention</source>
        <translation>Working, needs attention</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Not working</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Run the self-test</source>
        <translation>Run the self-test</translation>
    </message>
    <message>
        <source>Self-test result</source>
        <translation>Self-test result</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not installed: nothing was tried</source>
        <translation>Not installed: nothing was tried</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>Tested at</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Took</translation>
    </message>
    <message>
        <source>Serial trace</source>
        <translation>Serial trace</translation>
    </message>
    <message>
        <source>Not tested since the start.</source>
        <translation>Not tested since the start.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Uptime (machine / app)</source>
        <translation>Uptime (machine / app)</translation>
    </message>
    <message>
        <source>Last restart</source>
        <translation>Last restart</translation>
    </message>
    <message>
        <source>CPU (cores, load)</source>
        <translation>CPU (cores, load)</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Memory available</translation>
    </message>
    <message>
        <source>Disk free: %1</source>
        <translation>Disk free: %1</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Clock offset</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Does not apply</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>%1 old, %2 rows</source>
        <translation>%1 old, %2 rows</translation>
    </message>
    <message>
        <source>Outbox (waiting / failed)</source>
        <translation>Outbox (waiting / failed)</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Service state</source>
        <translation>Service state</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Resident sessions</source>
        <translation>Resident sessions</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <source>Receipts printed</source>
        <translation>Receipts printed</translation>
    </message>
    <message>
        <source>Pages printed</source>
        <translation>Pages printed</translation>
    </message>
    <message>
        <source>Receipt paper used (mm)</source>
        <translation>Receipt paper used (mm)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Counting since</source>
        <translation>Counting since</translation>
    </message>
    <message>
        <source>Reset the counters</source>
        <translation>Reset the counters</translation>
    </message>
    <message>
        <source>Set every counter to zero? The audit log keeps the counts as they were.</source>
        <translation>Set every counter to zero? The audit log keeps the counts as they were.</translation>
    </message>
    <message>
        <source>The counters were reset.</source>
        <translation>The counters were reset.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Info and worse</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>Warnings and worse</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>No log lines match.</source>
        <translation>No log lines match.</translation>
    </message>
    <message>
        <source>Export to the USB stick and upload</source>
        <translation>Export to the USB stick and upload</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Upload to the gateway</source>
        <translation>Upload to the gateway</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>Not queued</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Insert a USB stick, then export. Secrets and personal data are left out.</source>
        <translation>Insert a USB stick, then export. Secrets and personal data are left out.</translation>
    </message>
    <message>
        <source>Purge and resync the cache</source>
        <translation>Purge and resync the cache</translation>
    </message>
    <message>
        <source>Drop every cached dataset and fetch it again from the gateway?</source>
        <translation>Drop every cached dataset and fetch it again from the gateway?</translation>
    </message>
    <message>
        <source>Take the kiosk out of service</source>
        <translation>Take the kiosk out of service</translation>
    </message>
    <message>
        <source>Take the kiosk out of service? Residents will see the out-of-service screen.</source>
        <translation>Take the kiosk out of service? Residents will see the out-of-service screen.</translation>
    </message>
    <message>
        <source>Put the kiosk back in service</source>
        <translation>Put the kiosk back in service</translation>
    </message>
    <message>
        <source>Put the kiosk back in service for residents?</source>
        <translation>Put the kiosk back in service for residents?</translation>
    </message>
    <message>
        <source>Restart the kiosk app</source>
        <translation>Restart the kiosk app</translation>
    </message>
    <message>
        <source>Restart the kiosk app now? It starts again by itself.</source>
        <translation>Restart the kiosk app now? It starts again by itself.</translation>
    </message>
    <message>
        <source>Touch every square, the corners and the edges. Touched squares turn green.</source>
        <translation>Touch every square, the corners and the edges. Touched squares turn green.</translation>
    </message>
    <message>
        <source>%1 of %2 squares touched</source>
        <translation>%1 of %2 squares touched</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Check the bars for missing colours, dead pixels and banding.</source>
        <translation>Check the bars for missing colours, dead pixels and banding.</translation>
    </message>
    <message>
        <source>Play the chime and the spoken sample; both come out of the kiosk's speaker.</source>
        <translation>Play the chime and the spoken sample; both come out of the kiosk's speaker.</translation>
    </message>
    <message>
        <source>Play the chime</source>
        <translation>Play the chime</translation>
    </message>
    <message>
        <source>Speak a sample</source>
        <translation>Speak a sample</translation>
    </message>
    <message>
        <source>This is a test of the kiosk's speech output.</source>
        <translation>This is a test of the kiosk's speech output.</translation>
    </message>
    <message>
        <source>Type Japanese with the on-screen keyboard (switch it to Japanese).</source>
        <translation>Type Japanese with the on-screen keyboard (switch it to Japanese).</translation>
    </message>
    <message>
        <source>Type here</source>
        <translation>Type here</translation>
    </message>
    <message>
        <source>This terminal has no such device.</source>
        <translation>This terminal has no such device.</translation>
    </message>
    <message>
        <source>The self-test itself failed.</source>
        <translation>The self-test itself failed.</translation>
    </message>
    <message>
        <source>No card in the reader (the reader answers).</source>
        <translation>No card in the reader (the reader answers).</translation>
    </message>
    <message>
        <source>The card refused the SELECT.</source>
        <translation>The card refused the SELECT.</translation>
    </message>
    <message>
        <source>A test slip was printed.</source>
        <translation>A test slip was printed.</translation>
    </message>
    <message>
        <source>A test page was printed.</source>
        <translation>A test page was printed.</translation>
    </message>
    <message>
        <source>The stopped queue was resumed and a test page printed.</source>
        <translation>The stopped queue was resumed and a test page printed.</translation>
    </message>
    <message>
        <source>Paper out</source>
        <translation>Paper out</translation>
    </message>
    <message>
        <source>Paper near its end</source>
        <translation>Paper near its end</translation>
    </message>
    <message>
        <source>Cover open</source>
        <translation>Cover open</translation>
    </message>
    <message>
        <source>The printer does not answer</source>
        <translation>The printer does not answer</translation>
    </message>
    <message>
        <source>The printer is not connected</source>
        <translation>The printer is not connected</translation>
    </message>
    <message>
        <source>The print queue does not exist</source>
        <translation>The print queue does not exist</translation>
    </message>
    <message>
        <source>The print queue is stopped</source>
        <translation>The print queue is stopped</translation>
    </message>
    <message>
        <source>The print service is not running</source>
        <translation>The print service is not running</translation>
    </message>
    <message>
        <source>Paper tray empty</source>
        <translation>Paper tray empty</translation>
    </message>
    <message>
        <source>The printer is not ready</source>
        <translation>The printer is not ready</translation>
    </message>
    <message>
        <source>No card reader found</source>
        <translation>No card reader found</translation>
    </message>
    <message>
        <source>The card reader was unplugged</source>
        <translation>The card reader was unplugged</translation>
    </message>
    <message>
        <source>The smart-card service is not running</source>
        <translation>The smart-card service is not running</translation>
    </message>
    <message>
        <source>The card reader is in use</source>
        <translation>The card reader is in use</translation>
    </message>
    <message>
        <source>The LED board is not connected</source>
        <translation>The LED board is not connected</translation>
    </message>
    <message>
        <source>The payment unit is not connected</source>
        <translation>The payment unit is not connected</translation>
    </message>
    <message>
        <source>Jammed</source>
        <translation>Jammed</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>The device address in the configuration is wrong</source>
        <translation>The device address in the configuration is wrong</translation>
    </message>
    <message>
        <source>In use by the kiosk</source>
        <translation>In use by the kiosk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>The gateway cannot be reached</source>
        <translation>The gateway cannot be reached</translation>
    </message>
    <message>
        <source>The gateway does not answer</source>
        <translation>The gateway does not answer</translation>
    </message>
    <message>
        <source>The gateway's name does not resolve</source>
        <translation>The gateway's name does not resolve</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>The TLS handshake failed</translation>
    </message>
    <message>
        <source>The clock is off from the gateway's</source>
        <translation>The clock is off from the gateway's</translation>
    </message>
    <message>
        <source>The gateway answered with an error</source>
        <translation>The gateway answered with an error</translation>
    </message>
    <message>
        <source>Embedded gateway</source>
        <translation>Embedded gateway</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>After a crash</source>
        <translation>After a crash</translation>
    </message>
    <message>
        <source>By the watchdog</source>
        <translation>By the watchdog</translation>
    </message>
    <message>
        <source>By a technician</source>
        <translation>By a technician</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The cache was purged; it is syncing again.</source>
        <translation>The cache was purged; it is syncing again.</translation>
    </message>
    <message>
        <source>The cache was purged; it syncs at the next interval.</source>
        <translation>The cache was purged; it syncs at the next interval.</translation>
    </message>
    <message>
        <source>The kiosk is out of service.</source>
        <translation>The kiosk is out of service.</translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation>The kiosk is back in service.</translation>
    </message>
    <message>
        <source>The kiosk app is restarting.</source>
        <translation>The kiosk app is restarting.</translation>
    </message>
    <message>
        <source>This process cannot restart the app.</source>
        <translation>This process cannot restart the app.</translation>
    </message>
    <message>
        <source>The bundle was written and queued for upload.</source>
        <translation>The bundle was written and queued for upload.</translation>
    </message>
    <message>
        <source>No USB stick is mounted.</source>
        <translation>No USB stick is mounted.</translation>
    </message>
    <message>
        <source>The bundle could not be written to the USB stick.</source>
        <translation>The bundle could not be written to the USB stick.</translation>
    </message>
    <message>
        <source>The sound output cannot be used</source>
        <translation>The sound output cannot be used</translation>
    </message>
    <message>
        <source>No voice is installed for this language</source>
        <translation>No voice is installed for this language</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Readers</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>SELECT status word</source>
        <translation>SELECT status word</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Printer status bits</source>
        <translation>Printer status bits</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate has expired</source>
        <translation>The gateway&apos;s certificate has expired</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not valid yet: check this terminal&apos;s clock</source>
        <translation>The gateway&apos;s certificate is not valid yet: check this terminal&apos;s clock</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not from the CA in ca_file</source>
        <translation>The gateway&apos;s certificate is not from the CA in ca_file</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is for another host name</source>
        <translation>The gateway&apos;s certificate is for another host name</translation>
    </message>
    <message>
        <source>The gateway asks for this terminal&apos;s client certificate; none is set</source>
        <translation>The gateway asks for this terminal&apos;s client certificate; none is set</translation>
    </message>
    <message>
        <source>The gateway refuses this terminal&apos;s client certificate</source>
        <translation>The gateway refuses this terminal&apos;s client certificate</translation>
    </message>
    <message>
        <source>This terminal&apos;s client certificate names another terminal</source>
        <translation>This terminal&apos;s client certificate names another terminal</translation>
    </message>
    <message>
        <source>The gateway does not accept this terminal&apos;s token</source>
        <translation>The gateway does not accept this terminal&apos;s token</translation>
    </message>
    <message>
        <source>Queue state</source>
        <translation>Queue state</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Round trip (ms)</translation>
    </message>
    <message>
        <source>Clock offset (s)</source>
        <translation>Clock offset (s)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
</TS>
