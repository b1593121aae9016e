<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>booking</name>
    <message>
        <source>Free</source>
        <translation>Còn trống</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Đã có người đặt</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>Bốc thăm</translation>
    </message>
    <message>
        <source>City use</source>
        <translation>Thành phố sử dụng</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Nghỉ</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Chưa mở đăng ký</translation>
    </message>
    <message>
        <source>At the counter only</source>
        <translation>Chỉ tại quầy</translation>
    </message>
    <message>
        <source>This day has passed.</source>
        <translation>Ngày này đã qua.</translation>
    </message>
    <message>
        <source>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</source>
        <translation>Hiện không kết nối được với hệ thống đặt chỗ của thành phố. Bạn có thể xem chỗ trống, nhưng cần có kết nối để đặt. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <source>Someone else has just booked %1. Please choose another time.</source>
        <translation>Người khác vừa đặt %1. Vui lòng chọn thời gian khác.</translation>
    </message>
    <message>
        <source>You have reached the limit of bookings: %1. You cannot book more now.</source>
        <translation>Bạn đã đạt giới hạn đặt chỗ: %1. Hiện không thể đặt thêm.</translation>
    </message>
    <message>
        <source>You cannot book until %1 because of late cancellations or no-shows.</source>
        <translation>Bạn không thể đặt chỗ đến %1 do hủy sát giờ hoặc vắng mặt không báo.</translation>
    </message>
    <message>
        <source>The fee has changed. Please check the new fee.</source>
        <translation>Phí đã thay đổi. Vui lòng kiểm tra phí mới.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Please press Try again: you will not book twice.</source>
        <translation>Mất kết nối trước khi có phản hồi. Vui lòng nhấn Thử lại: bạn sẽ không bị đặt hai lần.</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>Việc kiểm tra thẻ đã hết hiệu lực. Vui lòng đọc lại thẻ.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>Không thể xác minh chứng thư điện tử trên thẻ này.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>Máy in biên lai hết giấy. Bạn đã đặt chỗ xong: vui lòng ghi lại số đặt chỗ hiển thị ở đây.</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Heading of the printed booking receipt.</extracomment>
        <translation>Đặt cơ sở</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Số đặt chỗ</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <extracomment>An amount of money; %1 is the number of yen.</extracomment>
        <translation>%1 yên</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Đã trả bằng tiền mặt</translation>
    </message>
    <message>
        <source>Paid by IC card</source>
        <translation>Đã trả bằng thẻ IC</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>Trả tại quầy</translation>
    </message>
    <message>
        <source>Pay by</source>
        <extracomment>Label of the last day and time to pay at the counter.</extracomment>
        <translation>Hạn thanh toán</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the booking number when you cancel or ask about it.</source>
        <translation>Hãy giữ biên lai này. Cho biết số đặt chỗ khi hủy hoặc hỏi về việc đặt chỗ.</translation>
    </message>
</context>
</TS>
