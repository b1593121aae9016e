<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BookingCard</name>
    <message>
        <source>Provisional booking (not paid yet)</source>
        <translation>가예약 (미결제)</translation>
    </message>
    <message>
        <source>Booked and paid</source>
        <translation>예약 완료, 결제 완료</translation>
    </message>
    <message>
        <source>Booked, to pay at the counter</source>
        <translation>예약 완료, 창구에서 결제</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Released: it was not paid in time</source>
        <translation>기한 내에 결제하지 않아 해제되었습니다</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>이용 완료</translation>
    </message>
    <message>
        <source>Not used: nobody came</source>
        <translation>미이용 (아무도 오지 않음)</translation>
    </message>
    <message>
        <source>Please ask at the counter about this booking.</source>
        <translation>이 예약에 대해서는 창구에 문의하세요.</translation>
    </message>
    <message>
        <source>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</source>
        <translation>미결제: %1. %2까지 시설 창구에서 결제하세요. 결제하지 않으면 예약이 해제됩니다.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>환불 금액: %1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>예약 번호: %1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>요금: %1</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>이 예약 취소</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Booking the room</source>
        <translation>예약하는 중</translation>
    </message>
    <message>
        <source>Holding the room for you. Please wait.</source>
        <translation>방을 가예약하는 중입니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>카드가 아직 리더기에 있습니다. 지금 꺼내 주세요.</translation>
    </message>
</context>
<context>
    <name>CancelPage</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>이 예약을 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>Please check what cancelling means.</source>
        <translation>취소하면 어떻게 되는지 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>이 예약은 결제하지 않았으므로 환불할 금액이 없습니다.</translation>
    </message>
    <message>
        <source>It is too close to the day: if you cancel now, nothing is refunded.</source>
        <translation>이용일이 가까워서 지금 취소하면 환불되지 않습니다.</translation>
    </message>
    <message>
        <source>If you cancel now, the whole fee is refunded: %1.</source>
        <translation>지금 취소하면 요금 전액 %1이 환불됩니다.</translation>
    </message>
    <message>
        <source>If you cancel now, %1 % of the fee is refunded: %2.</source>
        <translation>지금 취소하면 요금의 %1%인 %2이 환불됩니다.</translation>
    </message>
    <message>
        <source>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</source>
        <translation>직전 취소에 해당합니다. 벌점이 %1점 추가됩니다. 벌점이 많아지면 한동안 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be restored.</source>
        <translation>취소한 예약은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>취소하지 않음</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>이 예약 취소</translation>
    </message>
</context>
<context>
    <name>CancelledPage</name>
    <message>
        <source>Your booking is cancelled</source>
        <translation>예약이 취소되었습니다</translation>
    </message>
    <message>
        <source>The room is free again at that time for others to book.</source>
        <translation>그 시간의 방은 이제 다른 사람이 예약할 수 있습니다.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>환불 금액: %1</translation>
    </message>
    <message>
        <source>No refund is paid for this cancellation.</source>
        <translation>이번 취소는 환불되지 않습니다.</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is nothing to refund.</source>
        <translation>결제하지 않았으므로 환불할 금액이 없습니다.</translation>
    </message>
    <message>
        <source>The refund is paid at the facility&apos;s counter. Please show your booking number there.</source>
        <translation>환불은 시설 창구에서 해 드립니다. 창구에서 예약 번호를 보여 주세요.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>내 예약</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>CancellingPage</name>
    <message>
        <source>Cancelling your booking</source>
        <translation>예약을 취소하는 중</translation>
    </message>
    <message>
        <source>Your booking is being cancelled. Please wait.</source>
        <translation>예약을 취소하고 있습니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking with the booking system</source>
        <translation>예약 시스템에 확인하는 중</translation>
    </message>
    <message>
        <source>Checking your card with the city&apos;s booking system. Please wait.</source>
        <translation>시의 예약 시스템에서 카드를 확인하는 중입니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>비밀번호 확인 중</translation>
    </message>
    <message>
        <source>Checking your PIN. Please do not take the card out.</source>
        <translation>비밀번호를 확인하는 중입니다. 카드를 빼지 마세요.</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Confirming your booking</source>
        <translation>예약을 확정하는 중</translation>
    </message>
    <message>
        <source>Confirming your booking with the city. Please do not leave.</source>
        <translation>시에 예약을 확정하는 중입니다. 자리를 떠나지 마세요.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your booking is made</source>
        <translation>예약이 완료되었습니다</translation>
    </message>
    <message>
        <source>Your booking number is %1. Please note it.</source>
        <translation>예약 번호는 %1입니다. 적어 두세요.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>결제 완료: %1</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter by %2.</source>
        <translation>%2까지 시설 창구에서 %1을 결제해 주세요.</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter.</source>
        <translation>시설 창구에서 %1을 결제해 주세요.</translation>
    </message>
    <message>
        <source>Please take your change: %1.</source>
        <translation>거스름돈을 받아 가세요: %1.</translation>
    </message>
    <message>
        <source>Please take your receipt. It shows the booking number and a QR code.</source>
        <translation>영수증을 가져가세요. 예약 번호와 QR코드가 인쇄되어 있습니다.</translation>
    </message>
    <message>
        <source>No receipt was printed. Please note the booking number.</source>
        <translation>영수증이 인쇄되지 않았습니다. 예약 번호를 적어 두세요.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>EnteredPage</name>
    <message>
        <source>Your lottery entry has been sent</source>
        <translation>추첨 신청이 완료되었습니다</translation>
    </message>
    <message>
        <source>You do not need to do anything more today.</source>
        <translation>오늘은 더 하실 일이 없습니다.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>추첨일은 %1입니다.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>추첨 후 이 단말기에서 결과를 볼 수 있습니다. 마이넘버 카드로 예약과 추첨 신청을 확인하세요.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>내 예약</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>EnteringPage</name>
    <message>
        <source>Sending your entry</source>
        <translation>신청을 보내는 중</translation>
    </message>
    <message>
        <source>Your lottery entry is being sent. Please wait.</source>
        <translation>추첨 신청을 보내고 있습니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Lottery for %1</source>
        <translation>%1 추첨</translation>
    </message>
    <message>
        <source>Not drawn yet. The draw is on %1.</source>
        <translation>아직 추첨 전입니다. 추첨일은 %1입니다.</translation>
    </message>
    <message>
        <source>Not drawn yet.</source>
        <translation>아직 추첨 전입니다.</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>제%1희망: %2</translation>
    </message>
    <message>
        <source>Won. It is among your bookings, held for you until %1.</source>
        <translation>당첨되었습니다. %1까지 예약으로 확보되어 있습니다.</translation>
    </message>
    <message>
        <source>Won. It is among your bookings.</source>
        <translation>당첨되었습니다. 예약에 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>Not won this time. You are number %1 on the waiting list.</source>
        <translation>이번에는 당첨되지 않았습니다. 대기 순번은 %1번입니다.</translation>
    </message>
    <message>
        <source>Not won this time.</source>
        <translation>이번에는 당첨되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>Check the booking and the fee</source>
        <translation>예약 내용과 사용료를 확인해 주세요</translation>
    </message>
    <message>
        <source>If this is right, touch Book. You choose next whether to pay here or at the counter.</source>
        <translation>맞으면 &apos;예약하기&apos;를 눌러 주세요. 다음에 여기서 결제할지 창구에서 결제할지 선택합니다.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>사용료</translation>
    </message>
    <message>
        <source>This is the fee for people who do not live in the city, as your card shows.</source>
        <translation>카드에 따라 시 외 거주자 요금이 적용됩니다.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>예약하기</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a facility</source>
        <translation>시설 찾기</translation>
    </message>
    <message>
        <source>Choose what you need, then touch a facility to see its free times.</source>
        <translation>조건을 고른 뒤 시설을 누르면 빈 시간을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</source>
        <translation>지금은 시의 예약 시스템에 연결할 수 없습니다. 표시된 시설 정보는 %1 기준입니다. 빈 시간은 볼 수 있지만 예약은 시스템에 연결되어야 합니다.</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>시설 종류</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Facilities found: %1</source>
        <translation>찾은 시설: %1곳</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1(최대 %2명)</translation>
    </message>
    <message>
        <source>No facility matches these choices. Please change a choice.</source>
        <translation>이 조건에 맞는 시설이 없습니다. 조건을 바꿔 주십시오.</translation>
    </message>
    <message>
        <source>My bookings and lottery entries</source>
        <translation>내 예약과 추첨 신청</translation>
    </message>
</context>
<context>
    <name>GridCell</name>
    <message>
        <source>This day has passed.</source>
        <translation>이미 지난 날입니다.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>지난 날</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>선택함</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>마이넘버 카드를 넣어 주세요</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>카드 앞면을 위로 하여 리더기 위에 놓아 주세요.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>카드 뒷면을 위로 하여 IC칩 쪽부터 리더기에 넣어 주세요.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>카드 앞면을 위로 하여 IC칩 쪽부터 리더기에 넣어 주세요.</translation>
    </message>
    <message>
        <source>Your card shows the bookings and lottery entries made under your name.</source>
        <translation>카드로 본인 이름의 예약과 추첨 신청을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Your card enters the lottery under your name. Nothing is paid now.</source>
        <translation>카드로 본인 이름으로 추첨에 신청합니다. 지금은 결제하지 않습니다.</translation>
    </message>
    <message>
        <source>Your card books the room under your name. Nothing is paid yet.</source>
        <translation>카드로 본인 이름으로 예약합니다. 아직 결제하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>What the marks mean</source>
        <translation>기호의 뜻</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>선택한 시간</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Facility booking</source>
        <translation>시설 예약</translation>
    </message>
    <message>
        <source>Reading the free times of this facility. Please wait.</source>
        <translation>이 시설의 빈 시간을 불러오고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
    <message>
        <source>Reading the list of facilities. Please wait.</source>
        <translation>시설 목록을 불러오고 있습니다. 잠시 기다려 주십시오.</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>No answer from the booking system</source>
        <translation>예약 시스템의 응답이 없습니다</translation>
    </message>
    <message>
        <source>Please choose: try again, or stop.</source>
        <translation>다시 시도할지, 그만둘지 선택해 주세요.</translation>
    </message>
    <message>
        <source>If you stop, any money you put in is given back and the room is not kept for you.</source>
        <translation>그만두면 넣은 돈은 돌려드리며, 방은 예약되지 않습니다.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>그만두기</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>My bookings</source>
        <translation>내 예약</translation>
    </message>
    <message>
        <source>To cancel a booking, touch Cancel this booking on it.</source>
        <translation>예약을 취소하려면 해당 예약의 &apos;이 예약 취소&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>You have no bookings and no lottery entries.</source>
        <translation>예약도 추첨 신청도 없습니다.</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>예약이 없습니다.</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>추첨 신청</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>PayChoicePage</name>
    <message>
        <source>Where do you want to pay?</source>
        <translation>어디에서 결제하시겠습니까?</translation>
    </message>
    <message>
        <source>The room is held for you. The fee is %1.</source>
        <translation>방을 가예약했습니다. 사용료는 %1입니다.</translation>
    </message>
    <message>
        <source>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</source>
        <translation>지금은 결제기를 사용할 수 없습니다. 시설 창구에서 결제해 주세요.</translation>
    </message>
    <message>
        <source>Pay here now</source>
        <translation>지금 여기서 결제</translation>
    </message>
    <message>
        <source>Cash or IC card</source>
        <translation>현금 또는 IC카드</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>창구에서 결제</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter by %1</source>
        <translation>%1까지 시설 창구에서</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter, in time</source>
        <translation>기한까지 시설 창구에서</translation>
    </message>
    <message>
        <source>A booking not paid by %1 is released.</source>
        <translation>%1까지 결제하지 않은 예약은 취소됩니다.</translation>
    </message>
    <message>
        <source>A booking not paid in time is released.</source>
        <translation>기한까지 결제하지 않은 예약은 취소됩니다.</translation>
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
        <source>Choose how to pay. The booking is confirmed once the money is in.</source>
        <translation>결제 방법을 선택해 주세요. 결제가 끝나면 예약이 확정됩니다.</translation>
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
        <source>Amount due: %1</source>
        <translation>결제 금액: %1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>결제 금액</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>투입 금액</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>남은 금액</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>결제 취소</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>비밀번호를 입력하세요</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>이용자 증명용 전자증명서의 4자리 비밀번호를 입력한 후 「확인」을 누르세요.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>비밀번호가 틀렸습니다. 남은 횟수: %1. 그 후에는 잠깁니다.</translation>
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
        <source>The receipt printer has a problem</source>
        <translation>영수증 프린터에 문제가 있습니다</translation>
    </message>
    <message>
        <source>Your booking is made. Please note your booking number.</source>
        <translation>예약은 완료되었습니다. 예약 번호를 적어 두세요.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</source>
        <translation>직원이 프린터를 고치면 &apos;다시 인쇄&apos;를 눌러 주세요. 영수증 없이 계속할 수도 있습니다. 예약 번호는 다음 화면에도 표시됩니다.</translation>
    </message>
    <message>
        <source>Go on without a receipt</source>
        <translation>영수증 없이 계속</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>다시 인쇄</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>영수증을 인쇄하는 중</translation>
    </message>
    <message>
        <source>Printing the receipt with your booking number. Please wait.</source>
        <translation>예약 번호가 적힌 영수증을 인쇄하는 중입니다. 잠시 기다려 주세요.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The booking could not go on</source>
        <translation>예약을 계속할 수 없습니다</translation>
    </message>
    <message>
        <source>Press “See the free times again” to see this week as it is now.</source>
        <translation>&apos;빈 시간 다시 보기&apos;를 누르면 이번 주의 지금 빈 시간을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Press Back to choose again, or Finish to end.</source>
        <translation>다시 고르려면 &apos;뒤로&apos;를, 끝내려면 &apos;종료&apos;를 눌러 주십시오.</translation>
    </message>
    <message>
        <source>See the free times again</source>
        <translation>빈 시간 다시 보기</translation>
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
    <name>WeekGrid</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Up to %1 people</source>
        <translation>최대 %1명</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, 선택됨</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>You can look at the free times. Booking is not possible now.</source>
        <translation>빈 시간은 볼 수 있지만 지금은 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>Touch the free times you want. Then press the button at the bottom right.</source>
        <translation>원하는 빈 시간을 누른 뒤 오른쪽 아래 버튼을 눌러 주십시오.</translation>
    </message>
    <message>
        <source>Free times as of %1</source>
        <translation>%1 기준 빈 시간</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ 지난주</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>다음 주 ▶</translation>
    </message>
    <message>
        <source>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</source>
        <translation>이 빈 시간은 이 단말기에 저장된 정보입니다. 예약하려면 시의 예약 시스템이 필요하지만 지금은 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your choice: %1</source>
        <translation>선택한 시간: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>아직 고르지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter the lottery</source>
        <translation>추첨 신청하기</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>예약하기</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>WishCard</name>
    <message>
        <source>Your wish</source>
        <translation>희망 사항</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Enter the lottery</source>
        <translation>추첨 신청</translation>
    </message>
    <message>
        <source>If this is right, touch Enter the lottery.</source>
        <translation>맞으면 &apos;추첨 신청&apos;을 누르세요.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>추첨일은 %1입니다.</translation>
    </message>
    <message>
        <source>This is not a booking yet. If you win, the room is held for you as a provisional booking.</source>
        <translation>아직 예약이 아닙니다. 당첨되면 가예약으로 확보됩니다.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>추첨 후 이 단말기에서 결과를 볼 수 있습니다. 마이넘버 카드로 예약과 추첨 신청을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>booking</name>
    <message>
        <source>Free</source>
        <translation>빈자리</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>추첨 접수 중</translation>
    </message>
    <message>
        <source>City use</source>
        <translation>시 사용</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>휴관</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>접수 전</translation>
    </message>
    <message>
        <source>At the counter only</source>
        <translation>창구에서만</translation>
    </message>
    <message>
        <source>This day has passed.</source>
        <translation>이미 지난 날짜입니다.</translation>
    </message>
    <message>
        <source>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</source>
        <translation>지금은 시의 예약 시스템에 연결할 수 없습니다. 빈자리는 볼 수 있지만 예약하려면 연결이 필요합니다. 잠시 후 다시 시도해 주십시오.</translation>
    </message>
    <message>
        <source>Someone else has just booked %1. Please choose another time.</source>
        <translation>%1은(는) 방금 다른 분이 예약했습니다. 다른 시간을 선택해 주십시오.</translation>
    </message>
    <message>
        <source>You have reached the limit of bookings: %1. You cannot book more now.</source>
        <translation>예약 한도(%1)에 도달했습니다. 지금은 더 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>You cannot book until %1 because of late cancellations or no-shows.</source>
        <translation>직전 취소나 무단 불참이 있어 %1까지 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>The fee has changed. Please check the new fee.</source>
        <translation>요금이 변경되었습니다. 새 요금을 확인해 주십시오.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Please press Try again: you will not book twice.</source>
        <translation>응답을 받기 전에 연결이 끊어졌습니다. &apos;다시 시도&apos;를 눌러 주십시오. 중복 예약되지 않습니다.</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>카드 확인이 더 이상 유효하지 않습니다. 카드를 다시 읽어 주십시오.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>이 카드의 전자 인증서를 확인할 수 없었습니다.</translation>
    </message>
    <message>
        <source>The facility is closed on that day.</source>
        <translation>그날은 휴관일입니다.</translation>
    </message>
    <message>
        <source>That day cannot be booked here now. Please check when booking opens.</source>
        <translation>그날은 지금 여기에서 예약할 수 없습니다. 접수 기간을 확인해 주십시오.</translation>
    </message>
    <message>
        <source>Only residents of the city can enter this.</source>
        <translation>시 주민만 신청할 수 있습니다.</translation>
    </message>
    <message>
        <source>You have already entered this month&apos;s lottery.</source>
        <translation>이번 달 추첨에 이미 신청했습니다.</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled here. Please ask at the counter.</source>
        <translation>이 예약은 여기에서 더 이상 취소할 수 없습니다. 창구에 문의해 주십시오.</translation>
    </message>
    <message>
        <source>The time to pay for this booking has passed. The booking was released.</source>
        <translation>결제 기한이 지나 이 예약은 취소되었습니다.</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>카드를 너무 일찍 뺐습니다. 다시 넣어 주십시오.</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>비밀번호를 여러 번 잘못 입력하여 이 카드의 비밀번호가 잠겼습니다.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please use your My Number card.</source>
        <translation>이 카드는 마이넘버 카드가 아닙니다. 마이넘버 카드를 사용해 주십시오.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>영수증 용지가 떨어졌습니다. 예약은 완료되었습니다. 화면의 예약 번호를 적어 두십시오.</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>카드를 읽을 수 없었습니다. 직원에게 문의해 주십시오.</translation>
    </message>
    <message>
        <source>Payment did not work. Please try again or pay at the counter.</source>
        <translation>결제가 되지 않았습니다. 다시 시도하거나 창구에서 결제해 주십시오.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your booking is made: please note its number.</source>
        <translation>영수증을 인쇄할 수 없었습니다. 예약은 완료되었습니다. 예약 번호를 적어 두십시오.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>문제가 발생했습니다. 직원에게 도움을 요청해 주십시오.</translation>
    </message>
    <message>
        <source>If you cancel: %1.</source>
        <extracomment>The city&apos;s refund rule in one line on the fee screen, built from its tiers. %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.</extracomment>
        <translation>취소할 때 환불: %1.</translation>
    </message>
    <message>
        <source>%1 days or more before, %2% back</source>
        <extracomment>%1 is a number of days before the day of use, %2 the share of the fee given back.</extracomment>
        <translation>%1일 전까지는 %2% 환불</translation>
    </message>
    <message>
        <source>later, %1% back</source>
        <extracomment>The last tier; %1 is the share of the fee given back.</extracomment>
        <translation>그 이후는 %1% 환불</translation>
    </message>
    <message>
        <source>later, nothing back</source>
        <translation>그 이후는 환불 없음</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>The ways to pay at the terminal, as the payment screen names them.</extracomment>
        <translation>현금</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>IC카드(전자화폐)</translation>
    </message>
    <message>
        <source>%1 slots a day</source>
        <extracomment>A booking cap; %1 is a number of time slots.</extracomment>
        <translation>하루 %1회</translation>
    </message>
    <message>
        <source>%1 slots a month</source>
        <translation>한 달 %1회</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <extracomment>A booking cap; %1 is a number of hours.</extracomment>
        <translation>하루 %1시간</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Title of the home screen&apos;s tile for booking the city&apos;s facilities.
----------
Heading of the printed booking receipt.</extracomment>
        <translation>시설 예약</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>시설</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>방</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>이용일</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <extracomment>An amount of money; %1 is the number of yen.</extracomment>
        <translation>%1엔</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>현금으로 결제함</translation>
    </message>
    <message>
        <source>Paid by IC card</source>
        <translation>IC 카드로 결제함</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>창구에서 결제</translation>
    </message>
    <message>
        <source>Pay by</source>
        <extracomment>Label of the last day and time to pay at the counter.</extracomment>
        <translation>결제 기한</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the booking number when you cancel or ask about it.</source>
        <translation>이 영수증을 보관해 주십시오. 취소하거나 문의할 때 예약 번호를 알려 주십시오.</translation>
    </message>
    <message>
        <source>Book a room at a community centre or a sports hall. Your My Number card is needed.</source>
        <extracomment>Description on the home screen&apos;s tile for booking the city&apos;s facilities.</extracomment>
        <translation>공민관이나 체육관의 방을 예약할 수 있습니다. 마이넘버 카드가 필요합니다.</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Name of a kind of city facility (公民館).</extracomment>
        <translation>공민관</translation>
    </message>
    <message>
        <source>Neighbourhood hall</source>
        <extracomment>Name of a kind of city facility (地区会館).</extracomment>
        <translation>지구 회관</translation>
    </message>
    <message>
        <source>Sports hall</source>
        <extracomment>Name of a kind of city facility (体育館).</extracomment>
        <translation>체육관</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <extracomment>Name of a kind of city facility (グラウンド).</extracomment>
        <translation>운동장</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Name of a kind of city facility (図書館).</extracomment>
        <translation>도서관</translation>
    </message>
    <message>
        <source>Civic centre</source>
        <extracomment>Name of a kind of city facility (市民会館).</extracomment>
        <translation>시민회관</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <extracomment>A group-size choice; %1 is a number of people.</extracomment>
        <translation>%1명 이상</translation>
    </message>
</context>
</TS>
