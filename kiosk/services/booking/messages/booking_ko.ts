<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
