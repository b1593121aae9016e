<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>카드가 아직 리더기에 있습니다. 지금 꺼내 주세요.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>비밀번호 확인 중</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>카드로 비밀번호를 확인하고 있습니다. 카드를 빼지 마세요.</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>프린터 확인 중</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>결제 전에 프린터를 사용할 수 있는지 확인하고 있습니다.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>증명서를 선택하세요</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>수수료는 1통당 금액입니다.</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1엔</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <source>How many copies?</source>
        <translation>몇 통이 필요하세요?</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>1통 줄이기</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>1통 늘리기</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>수수료: %1엔</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you</source>
        <translation>감사합니다</translation>
    </message>
    <message>
        <source>Your certificates have been issued.</source>
        <translation>증명서가 발급되었습니다.</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>거스름돈 %1엔을 받아 가세요.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>영수증을 받아 가세요.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>영수증을 인쇄하지 못했습니다. 필요하시면 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>카드, 증명서, 영수증을 모두 챙기셨는지 확인하세요.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>마이넘버 카드를 넣어 주세요</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>카드 앞면을 위로 하여 IC칩 쪽부터 리더기에 넣어 주세요.</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>카드 앞면을 위로 하여 리더기 위에 놓아 주세요.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>카드 뒷면을 위로 하여 IC칩 쪽부터 리더기에 넣어 주세요.</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>증명서 준비 중</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>시 시스템에서 증명서를 준비하고 있습니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>발급 가능한 증명서 확인 중</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>이 단말기에서 발급받을 수 있는 증명서를 시에 문의하고 있습니다.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>증명서에 기재할 내용을 선택하세요</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>본인만</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>세대 전원</translation>
    </message>
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>이 단말기에서는 12자리 마이넘버(개인번호)를 기재하지 않습니다. 필요하시면 시청 창구에서 신청하세요.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Choose only what you need. What you do not choose is not printed.</source>
        <translation>필요한 항목만 선택해 주세요. 선택하지 않은 항목은 인쇄되지 않습니다.</translation>
    </message>
    <message>
        <source>Whose entries should it show?</source>
        <translation>누구의 사항을 기재할까요?</translation>
    </message>
    <message>
        <source>Should it show the head of household and your relationship to them?</source>
        <translation>세대주 성명과 세대주와의 관계를 기재할까요?</translation>
    </message>
    <message>
        <source>Do not show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>기재하지 않음</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>기재함</translation>
    </message>
    <message>
        <source>Should it show the registered domicile and the head of the family register?</source>
        <translation>본적과 필두자를 기재할까요?</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>동전이나 지폐를 넣어 주세요.</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>IC카드를 결제 단말기 리더에 대 주세요.</translation>
    </message>
    <message>
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>결제 방법을 선택하세요. 요금은 증명서 인쇄가 끝난 후에 수납됩니다.</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>결제 금액: %1엔</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>결제 취소</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>사용 가능한 지폐: %1엔</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>사용 가능한 동전: %1엔</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1엔</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>투입 금액</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>남은 금액</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>비밀번호를 입력하세요</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>비밀번호가 틀렸습니다. 남은 횟수: %1. 그 후에는 잠깁니다.</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>이용자 증명용 전자증명서의 4자리 비밀번호를 입력한 후 「확인」을 누르세요.</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>다른 사람이 보지 않도록 입력하세요. 입력한 숫자는 소리로 읽지 않습니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The printer has a problem</source>
        <translation>프린터에 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>인쇄 완료: %2통 중 %1통. 아직 요금은 수납되지 않았습니다.</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>직원이 프린터를 고친 후 「다시 시도」를 누르세요. 부족한 분량만 인쇄됩니다. 중단하면 돈을 전액 돌려드립니다.</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>중단하고 환불받기</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>증명서 인쇄 중</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>단말기를 떠나지 마세요.</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>%2통 중 %1통째 인쇄 중입니다. 떠나지 마세요.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>증명서를 발급할 수 없습니다</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>카드 다시 읽기</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>카드 읽는 중</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>카드를 읽고 있습니다. 빼지 마세요.</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>영수증 인쇄 중</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>영수증을 인쇄하고 있습니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>돈을 돌려드렸습니다</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>요금은 청구되지 않았습니다.</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>%1엔을 받아 가세요.</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>카드 다시 읽기</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>환불 중</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>돈을 돌려드리고 있습니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>카드를 꺼내 주세요</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>비밀번호가 확인되었습니다. 카드를 빼면 다음으로 진행합니다.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>신청 내용을 확인하세요</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>맞으면 「결제」를 누르세요. 아직 돌아갈 수 있습니다.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>증명서</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>기재 대상</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>세대 전원</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>본인만</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>추가 기재 항목</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>세대주 및 관계</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>본적 및 필두자</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>통수</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1엔</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>증명서가 아직 배출구에 있습니다. 가져가세요.</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>증명서를 가져가세요</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>아래 배출구에서 증명서를 꺼낸 후 버튼을 누르세요.</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>모든 페이지가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>받았습니다</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>마이넘버 카드로 증명서 발급</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>아래 내용을 읽고 「동의」를 누르세요.</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>마이넘버 카드와 4자리 비밀번호로 주민표 사본 등의 증명서를 발급받을 수 있습니다.</translation>
    </message>
    <message>
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>수수료는 결제 전에 표시됩니다. 확인 후에 결제하며, 증명서를 인쇄하지 못하면 돈을 돌려드립니다.</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>본인 확인에는 카드의 전자증명서만 사용합니다. 12자리 마이넘버(개인번호)는 읽지도 인쇄하지도 않습니다.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>이용 대상: 이 시에 주민 등록이 되어 있는 15세 이상이며, 마이넘버카드에 이용자 증명용 전자증명서가 들어 있는 분.</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>수수료: 각 증명서의 수수료는 선택하기 전에 표시됩니다.</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>수수료: 1통 %1엔.</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>수수료: 1통 %1~%2엔(증명서에 따라 다릅니다).</translation>
    </message>
    <message>
        <source>Hours: open 24 hours a day.</source>
        <translation>이용 시간: 24시간.</translation>
    </message>
    <message>
        <source>Hours: every day from %1 to %2.</source>
        <translation>이용 시간: 매일 %1~%2.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>휴무일: %1.</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>비밀번호를 %1회 연속 잘못 입력하면 잠기며, 이곳에서 카드를 사용할 수 없게 됩니다. 잠금 해제는 시청 창구에서만 가능합니다.</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>동의하지 않음</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>지금은 카드 리더기를 사용할 수 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>이 카드는 시의 주민 기록에 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>이 카드의 전자증명서는 폐지되었습니다.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>이 카드의 전자증명서는 유효기간이 지났습니다.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>이 카드의 전자증명서를 확인할 수 없었습니다.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>이 카드는 마이넘버 카드가 아닙니다. 빼고 마이넘버 카드를 넣어 주세요.</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>이것은 예전 주민기본대장카드입니다. 여기서는 사용할 수 없습니다. 빼고 마이넘버 카드를 넣어 주세요.</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>카드가 너무 일찍 빠졌습니다. 다시 넣어 주세요.</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>비밀번호를 여러 번 틀려서 이 카드의 비밀번호가 잠겼습니다.</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>카드 확인이 만료되었습니다. 카드를 다시 읽어 주세요.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>지금 시 시스템에 연결할 수 없습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>결제 시간이 초과되어 중지했습니다. 넣으신 돈은 돌려드렸습니다.</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>IC카드 잔액이 부족합니다. 다른 결제 방법을 선택하세요.</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>IC카드를 읽지 못했습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>거스름돈이 부족합니다. 정확한 금액이나 IC카드로 결제하세요.</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>이 결제 방법은 지금 사용할 수 없습니다. 다른 방법을 선택하세요.</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>결제 장치에 문제가 있었습니다. 직원에게 영수증을 보여 주세요.</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>돈을 자동으로 돌려드리지 못했습니다. 직원에게 문의하세요. 요금은 청구되지 않았습니다.</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>단말기에 예기치 않은 문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>카드를 읽지 못했습니다. 빼서 앞면을 위로, IC칩 쪽부터 다시 넣어 주세요.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>이 증명서는 이 단말기에서 발급할 수 없습니다.</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>지금 시 시스템이 제대로 응답하지 않습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>지금 결제 장치를 사용할 수 없습니다. 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>전자증명서는 시청 민원 창구에서 갱신할 수 있습니다.</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>시청 민원 창구에서 비밀번호를 재설정할 수 있습니다. 카드와 신분증을 지참하세요.</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>몇 분 후에 다시 시도하거나 시청 창구에서 증명서를 발급받으세요.</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>시청 민원 창구에 문의하세요.</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>인감 등록이 없습니다.</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>본적이 다른 시구정촌에 있습니다.</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>이 시에 호적이 없습니다.</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>과세 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>15세 이상만 발급받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>시청 창구에 문의하세요.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>IC카드(전자화폐)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>증명서 발급</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>마이넘버 카드로 주민표, 인감등록증명서, 과세증명서, 호적증명서 등을 발급받을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>증명서</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>부수</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1부</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>수수료</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>결제 방법</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>현금</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>전자화폐</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>받은 금액</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>거스름돈</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>일시</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>단말기 번호</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>이용해 주셔서 감사합니다</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>%1엔</translation>
    </message>
</context>
</TS>
