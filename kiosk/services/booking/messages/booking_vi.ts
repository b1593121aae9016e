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
        <source>The facility is closed on that day.</source>
        <translation>Cơ sở nghỉ vào ngày đó.</translation>
    </message>
    <message>
        <source>That day cannot be booked here now. Please check when booking opens.</source>
        <translation>Hiện không thể đặt ngày đó tại đây. Vui lòng xem khi nào mở đăng ký.</translation>
    </message>
    <message>
        <source>Only residents of the city can enter this.</source>
        <translation>Chỉ cư dân của thành phố mới được đăng ký.</translation>
    </message>
    <message>
        <source>You have already entered this month&apos;s lottery.</source>
        <translation>Bạn đã đăng ký bốc thăm tháng này rồi.</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled here. Please ask at the counter.</source>
        <translation>Không thể hủy đặt chỗ này tại đây nữa. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <source>The time to pay for this booking has passed. The booking was released.</source>
        <translation>Đã quá hạn thanh toán cho đặt chỗ này. Đặt chỗ đã bị hủy.</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>Thẻ bị rút ra quá sớm. Vui lòng đưa thẻ vào lại.</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>Mã PIN của thẻ này đã bị khóa do nhập sai quá nhiều lần.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please use your My Number card.</source>
        <translation>Thẻ này không phải là thẻ My Number. Vui lòng dùng thẻ My Number của bạn.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>Máy in biên lai hết giấy. Bạn đã đặt chỗ xong: vui lòng ghi lại số đặt chỗ hiển thị ở đây.</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>Không đọc được thẻ. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Payment did not work. Please try again or pay at the counter.</source>
        <translation>Thanh toán không thành công. Vui lòng thử lại hoặc trả tại quầy.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your booking is made: please note its number.</source>
        <translation>Không in được biên lai. Bạn đã đặt chỗ xong: vui lòng ghi lại số đặt chỗ.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>Đã xảy ra sự cố. Vui lòng nhờ nhân viên giúp đỡ.</translation>
    </message>
    <message>
        <source>%1 slots a day</source>
        <extracomment>A booking cap; %1 is a number of time slots.</extracomment>
        <translation>%1 khung giờ mỗi ngày</translation>
    </message>
    <message>
        <source>%1 slots a month</source>
        <translation>%1 khung giờ mỗi tháng</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <extracomment>A booking cap; %1 is a number of hours.</extracomment>
        <translation>%1 giờ mỗi ngày</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Title of the home screen&apos;s tile for booking the city&apos;s facilities.
----------
Heading of the printed booking receipt.</extracomment>
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
    <message>
        <source>Book a room at a community centre or a sports hall. Your My Number card is needed.</source>
        <extracomment>Description on the home screen&apos;s tile for booking the city&apos;s facilities.</extracomment>
        <translation>Đặt phòng tại nhà văn hóa hoặc nhà thi đấu. Cần có thẻ My Number.</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Name of a kind of city facility (公民館).</extracomment>
        <translation>Nhà văn hóa</translation>
    </message>
    <message>
        <source>Neighbourhood hall</source>
        <extracomment>Name of a kind of city facility (地区会館).</extracomment>
        <translation>Hội quán khu phố</translation>
    </message>
    <message>
        <source>Sports hall</source>
        <extracomment>Name of a kind of city facility (体育館).</extracomment>
        <translation>Nhà thi đấu</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <extracomment>Name of a kind of city facility (グラウンド).</extracomment>
        <translation>Sân vận động</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Name of a kind of city facility (図書館).</extracomment>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Civic centre</source>
        <extracomment>Name of a kind of city facility (市民会館).</extracomment>
        <translation>Trung tâm thị dân</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <extracomment>A group-size choice; %1 is a number of people.</extracomment>
        <translation>Từ %1 người trở lên</translation>
    </message>
</context>
</TS>
