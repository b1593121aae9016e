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
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>Place your My Number card</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>Put the card into the reader, face up, chip first.</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>Lay the card face up on the card reader.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>Put the card into the reader, face down, chip first.</translation>
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
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>What should the certificate show?</translation>
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
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Choose only what you need. What you do not choose is not printed.</source>
        <translation>Choose only what you need. What you do not choose is not printed.</translation>
    </message>
    <message>
        <source>Whose entries should it show?</source>
        <translation>Whose entries should it show?</translation>
    </message>
    <message>
        <source>Should it show the head of household and your relationship to them?</source>
        <translation>Should it show the head of household and your relationship to them?</translation>
    </message>
    <message>
        <source>Do not show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>Do not show</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>Should it show the registered domicile and the head of the family register?</source>
        <translation>Should it show the registered domicile and the head of the family register?</translation>
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
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>Notes: %1 yen</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>Coins: %1 yen</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>Put in so far</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Still to pay</translation>
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
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>Fees: the fee of each certificate is shown before you choose it.</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>Fees: %1 yen per copy.</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>Fees: %1 to %2 yen per copy, depending on the certificate.</translation>
    </message>
    <message>
        <source>Hours: open 24 hours a day.</source>
        <translation>Hours: open 24 hours a day.</translation>
    </message>
    <message>
        <source>Hours: every day from %1 to %2.</source>
        <translation>Hours: every day from %1 to %2.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Closed: %1.</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>Do not agree</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>The card reader is not working right now. Please ask the staff.</translation>
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
        <source>Please ask the staff for help.</source>
        <translation>Please ask the staff for help.</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>The electronic certificate can be renewed at the resident services counter at the city office.</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>You can try again in a few minutes, or get the certificate at the city office counter.</translation>
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
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>IC card (e-money)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>Copies</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>Cash</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>IC e-money</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>Amount tendered</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>¥%1</translation>
    </message>
</context>
</TS>
