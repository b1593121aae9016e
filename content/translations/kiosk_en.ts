<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>Your card is still in the reader. Please take it now.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>Checking your PIN</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>Checking your PIN with the card. Please do not take the card out.</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>Checking the printer</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>Checking that the printer is ready before you pay.</translation>
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
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>Choose a certificate</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>Fees are per copy.</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <source>How many copies?</source>
        <translation>How many copies?</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>One copy fewer</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>One copy more</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>Fee: %1 yen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Your certificates have been issued.</source>
        <translation>Your certificates have been issued.</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>Please take your change: %1 yen.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Please take your receipt.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>The receipt could not be printed. If you need one, please ask the staff.</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>Please make sure you have your card, your certificates and your receipt.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
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
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>Place your My Number card</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>Put the card into the reader, face up, chip first.</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>Preparing your certificates</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>The city is preparing your certificates. Please wait.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>Looking up your certificates</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>Asking the city which certificates you can get here.</translation>
    </message>
</context>
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>Scan the QR code to read this notice on your phone.</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>QR code for this notice</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>City notices</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>Choose a notice to read it. You can also search by word.</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>Search notices</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>No notices match your search.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>What should the certificate show?</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>Whose entries</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Only me</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>Everyone in my household</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Also show</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>Head of household and relationship</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>Registered domicile and head of family register</translation>
    </message>
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>Sorry, this kiosk cannot be used right now. Please ask at the counter.</translation>
    </message>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>Terminal %1 · %2</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>Please put coins or notes into the payment unit.</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>Please touch your IC card to the reader of the payment unit.</translation>
    </message>
    <message>
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>Choose how to pay. The money is only taken once your certificates are printed.</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>Amount due: %1 yen</translation>
    </message>
    <message>
        <source>Put in so far: %1 yen</source>
        <translation>Put in so far: %1 yen</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>The PIN was not correct. Tries left: %1. After that the PIN is locked.</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Tries left: %1</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>Nobody else should see you type the PIN. The numbers you type are never read aloud.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The printer has a problem</source>
        <translation>The printer has a problem</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>Printed so far: %1 of %2. Nothing has been charged yet.</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>Stop and get my money back</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>Printing your certificates</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>Please do not leave the kiosk.</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>Printing %1 of %2. Please do not leave.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>The certificate cannot be issued</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Read the card again</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>Reading your card</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>Reading your card. Please do not take it out.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>Printing your receipt</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>Printing your receipt. Please wait.</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>Your money has been returned</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Nothing was charged.</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>Please take your money: %1 yen.</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Read the card again</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>Returning your money</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>Your money is being returned. Please wait.</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>Please take your card</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>Your PIN is correct. Take your card out of the reader to continue.</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>Check your order</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>If this is right, touch Pay. You can still go back.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>Whose entries</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>Everyone in my household</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Only me</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Also show</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>Head of household and relationship</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>Registered domicile and head of family register</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Nothing else</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>Your certificates are still in the tray. Please take them.</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>Take your certificates</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>Take your certificates from the tray below, then touch the button.</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>Please check that every page is there.</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>I have taken them</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>Certificates with your My Number card</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>Please read this, then touch Agree.</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</translation>
    </message>
    <message>
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>City notices</source>
        <translation>City notices</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <translation>News and events from the city. Take a notice home as a QR code.</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <translation>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</translation>
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
        <translation>Closed now.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>The printer is out of paper. Please ask the staff.</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>The printer cover is open. Please ask the staff.</translation>
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
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>Garbage and recycling</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>Disaster preparedness</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>Children and families</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
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
        <source>A technical problem stopped the kiosk.</source>
        <translation>A technical problem stopped the kiosk.</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <translation>Opens at %1 on %2.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>IC card (e-money)</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>This card is not a My Number card. Please take it out and use your My Number card.</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>The card was taken out too early. Please put it in again.</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>The PIN was not correct.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>The PIN of this card is locked because it was entered wrongly too many times.</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>The check of your card is no longer valid. Please read your card again.</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>This card is not registered with the city&apos;s resident records.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>The electronic certificate on this card has been revoked.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>The electronic certificate on this card has expired.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>The electronic certificate on this card could not be verified.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>The city&apos;s system cannot be reached right now. Please try again later.</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>The payment took too long and was stopped. Any money you put in has been returned.</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>The balance of the IC card is not enough. Please choose another way to pay.</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>The IC card could not be read. Please try again.</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>This way to pay cannot be used right now. Please choose another.</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>There was a problem with the payment unit. Please show your receipt to the staff.</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>The kiosk had an unexpected problem.</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>The card could not be read. Please take it out and put it in again, face up, chip first.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>The city&apos;s system cannot issue this certificate here.</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>The city&apos;s system is not answering correctly right now. Please try again later.</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>The payment unit is not working right now. Please ask the staff.</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>The electronic certificate can be renewed at the resident services counter at the city office.</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>You can try again in a few minutes, or get the certificate at the city office counter.</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Please ask the staff for help.</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>Please ask at the resident services counter at the city office.</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>No seal is registered.</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>Your family register is kept by another city.</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>No family register is kept in this city.</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>No tax record is available.</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>Only for residents aged 15 or over.</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>Please ask at the city office counter.</translation>
    </message>
</context>
</TS>
