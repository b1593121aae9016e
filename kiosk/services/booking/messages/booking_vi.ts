<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BookingCard</name>
    <message>
        <source>Provisional booking (not paid yet)</source>
        <translation>Đặt chỗ tạm thời (chưa thanh toán)</translation>
    </message>
    <message>
        <source>Booked and paid</source>
        <translation>Đã đặt và đã thanh toán</translation>
    </message>
    <message>
        <source>Booked, to pay at the counter</source>
        <translation>Đã đặt, thanh toán tại quầy</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Released: it was not paid in time</source>
        <translation>Đã bị hủy: không thanh toán đúng hạn</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã sử dụng</translation>
    </message>
    <message>
        <source>Not used: nobody came</source>
        <translation>Không sử dụng: không ai đến</translation>
    </message>
    <message>
        <source>Please ask at the counter about this booking.</source>
        <translation>Vui lòng hỏi tại quầy về đặt chỗ này.</translation>
    </message>
    <message>
        <source>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</source>
        <translation>Chưa thanh toán: %1. Vui lòng thanh toán tại quầy của cơ sở trước %2, nếu không đặt chỗ sẽ bị hủy.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Số tiền hoàn lại: %1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>Số đặt chỗ: %1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Phí: %1</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Hủy đặt chỗ này</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Booking the room</source>
        <translation>Đang đặt chỗ</translation>
    </message>
    <message>
        <source>Holding the room for you. Please wait.</source>
        <translation>Đang giữ phòng cho bạn. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>Thẻ của bạn vẫn còn trong đầu đọc. Vui lòng lấy thẻ ra ngay.</translation>
    </message>
</context>
<context>
    <name>CancelPage</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>Hủy đặt chỗ này?</translation>
    </message>
    <message>
        <source>Please check what cancelling means.</source>
        <translation>Vui lòng xem việc hủy có nghĩa là gì.</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>Đặt chỗ này chưa được thanh toán, nên không có tiền hoàn lại.</translation>
    </message>
    <message>
        <source>It is too close to the day: if you cancel now, nothing is refunded.</source>
        <translation>Đã quá gần ngày sử dụng: nếu hủy bây giờ, sẽ không được hoàn tiền.</translation>
    </message>
    <message>
        <source>If you cancel now, the whole fee is refunded: %1.</source>
        <translation>Nếu hủy bây giờ, toàn bộ phí sẽ được hoàn lại: %1.</translation>
    </message>
    <message>
        <source>If you cancel now, %1 % of the fee is refunded: %2.</source>
        <translation>Nếu hủy bây giờ, %1 % phí sẽ được hoàn lại: %2.</translation>
    </message>
    <message>
        <source>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</source>
        <translation>Đây là hủy muộn. Số điểm phạt bị cộng: %1. Nếu có quá nhiều điểm, bạn sẽ không thể đặt chỗ trong một thời gian.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be restored.</source>
        <translation>Đặt chỗ đã hủy không thể khôi phục.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Hủy đặt chỗ này</translation>
    </message>
</context>
<context>
    <name>CancelledPage</name>
    <message>
        <source>Your booking is cancelled</source>
        <translation>Đặt chỗ của bạn đã được hủy</translation>
    </message>
    <message>
        <source>The room is free again at that time for others to book.</source>
        <translation>Phòng vào giờ đó đã trống lại để người khác đặt.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Số tiền hoàn lại: %1</translation>
    </message>
    <message>
        <source>No refund is paid for this cancellation.</source>
        <translation>Lần hủy này không được hoàn tiền.</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is nothing to refund.</source>
        <translation>Chưa thanh toán nên không có tiền hoàn lại.</translation>
    </message>
    <message>
        <source>The refund is paid at the facility&apos;s counter. Please show your booking number there.</source>
        <translation>Tiền hoàn lại được trả tại quầy của cơ sở. Vui lòng đưa số đặt chỗ tại đó.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Đặt chỗ của tôi</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>CancellingPage</name>
    <message>
        <source>Cancelling your booking</source>
        <translation>Đang hủy đặt chỗ</translation>
    </message>
    <message>
        <source>Your booking is being cancelled. Please wait.</source>
        <translation>Đang hủy đặt chỗ của bạn. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking with the booking system</source>
        <translation>Đang kiểm tra với hệ thống đặt chỗ</translation>
    </message>
    <message>
        <source>Checking your card with the city&apos;s booking system. Please wait.</source>
        <translation>Đang kiểm tra thẻ của bạn với hệ thống đặt chỗ của thành phố. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>Đang kiểm tra mã PIN</translation>
    </message>
    <message>
        <source>Checking your PIN. Please do not take the card out.</source>
        <translation>Đang kiểm tra mã PIN. Vui lòng không rút thẻ ra.</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Confirming your booking</source>
        <translation>Đang xác nhận đặt chỗ</translation>
    </message>
    <message>
        <source>Confirming your booking with the city. Please do not leave.</source>
        <translation>Đang xác nhận đặt chỗ với thành phố. Vui lòng không rời đi.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your booking is made</source>
        <translation>Đặt chỗ đã xong</translation>
    </message>
    <message>
        <source>Your booking number is %1. Please note it.</source>
        <translation>Số đặt chỗ của bạn là %1. Vui lòng ghi lại.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Số đặt chỗ</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Đã thanh toán: %1</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter by %2.</source>
        <translation>Vui lòng trả %1 tại quầy của cơ sở trước %2.</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter.</source>
        <translation>Vui lòng trả %1 tại quầy của cơ sở.</translation>
    </message>
    <message>
        <source>Please take your change: %1.</source>
        <translation>Vui lòng lấy tiền thừa: %1.</translation>
    </message>
    <message>
        <source>Please take your receipt. It shows the booking number and a QR code.</source>
        <translation>Vui lòng lấy biên lai. Trên biên lai có số đặt chỗ và mã QR.</translation>
    </message>
    <message>
        <source>No receipt was printed. Please note the booking number.</source>
        <translation>Không in được biên lai. Vui lòng ghi lại số đặt chỗ.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>EnteredPage</name>
    <message>
        <source>Your lottery entry has been sent</source>
        <translation>Đã gửi đăng ký bốc thăm</translation>
    </message>
    <message>
        <source>You do not need to do anything more today.</source>
        <translation>Hôm nay bạn không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>Ngày bốc thăm là %1.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>Sau khi bốc thăm, bạn có thể xem kết quả tại máy này: hãy xem các đặt chỗ và đăng ký bốc thăm của bạn bằng thẻ My Number.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Đặt chỗ của tôi</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>EnteringPage</name>
    <message>
        <source>Sending your entry</source>
        <translation>Đang gửi đăng ký</translation>
    </message>
    <message>
        <source>Your lottery entry is being sent. Please wait.</source>
        <translation>Đang gửi đăng ký bốc thăm của bạn. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Lottery for %1</source>
        <translation>Bốc thăm cho %1</translation>
    </message>
    <message>
        <source>Not drawn yet. The draw is on %1.</source>
        <translation>Chưa bốc thăm. Ngày bốc thăm là %1.</translation>
    </message>
    <message>
        <source>Not drawn yet.</source>
        <translation>Chưa bốc thăm.</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>Nguyện vọng %1: %2</translation>
    </message>
    <message>
        <source>Won. It is among your bookings, held for you until %1.</source>
        <translation>Đã trúng. Đã được giữ trong các đặt chỗ của bạn đến %1.</translation>
    </message>
    <message>
        <source>Won. It is among your bookings.</source>
        <translation>Đã trúng. Đã có trong các đặt chỗ của bạn.</translation>
    </message>
    <message>
        <source>Not won this time. You are number %1 on the waiting list.</source>
        <translation>Lần này không trúng. Bạn đứng thứ %1 trong danh sách chờ.</translation>
    </message>
    <message>
        <source>Not won this time.</source>
        <translation>Lần này không trúng.</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>Check the booking and the fee</source>
        <translation>Kiểm tra đặt chỗ và phí</translation>
    </message>
    <message>
        <source>If this is right, touch Book. You choose next whether to pay here or at the counter.</source>
        <translation>Nếu đúng, hãy chạm Đặt chỗ. Tiếp theo bạn chọn thanh toán tại đây hay tại quầy.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí</translation>
    </message>
    <message>
        <source>This is the fee for people who do not live in the city, as your card shows.</source>
        <translation>Theo thẻ của bạn, đây là mức phí cho người không sống trong thành phố.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Đặt chỗ</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a facility</source>
        <translation>Tìm cơ sở</translation>
    </message>
    <message>
        <source>Choose what you need, then touch a facility to see its free times.</source>
        <translation>Hãy chọn điều kiện, rồi chạm vào một cơ sở để xem giờ còn trống.</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</source>
        <translation>Máy hiện không kết nối được với hệ thống đặt chỗ của thành phố. Thông tin cơ sở là của lúc %1. Bạn có thể xem giờ còn trống, nhưng cần hệ thống của thành phố để đặt.</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Facilities found: %1</source>
        <translation>Số cơ sở tìm thấy: %1</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (tối đa %2)</translation>
    </message>
    <message>
        <source>No facility matches these choices. Please change a choice.</source>
        <translation>Không có cơ sở nào phù hợp. Vui lòng đổi điều kiện.</translation>
    </message>
    <message>
        <source>My bookings and lottery entries</source>
        <translation>Lịch đặt và đăng ký bốc thăm của tôi</translation>
    </message>
</context>
<context>
    <name>GridCell</name>
    <message>
        <source>This day has passed.</source>
        <translation>Ngày này đã qua.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đã qua</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Đã chọn</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>Đặt thẻ My Number của bạn</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>Đặt thẻ lên đầu đọc, mặt trước hướng lên.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>Đưa thẻ vào đầu đọc, mặt trước úp xuống, đầu có chip vào trước.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>Đưa thẻ vào đầu đọc, mặt trước hướng lên, đầu có chip vào trước.</translation>
    </message>
    <message>
        <source>Your card shows the bookings and lottery entries made under your name.</source>
        <translation>Thẻ dùng để hiển thị các đặt chỗ và đăng ký bốc thăm dưới tên bạn.</translation>
    </message>
    <message>
        <source>Your card enters the lottery under your name. Nothing is paid now.</source>
        <translation>Thẻ dùng để đăng ký bốc thăm dưới tên bạn. Hiện chưa phải trả tiền.</translation>
    </message>
    <message>
        <source>Your card books the room under your name. Nothing is paid yet.</source>
        <translation>Thẻ dùng để đặt phòng dưới tên bạn. Chưa phải trả tiền.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>What the marks mean</source>
        <translation>Ý nghĩa các ký hiệu</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Bạn đã chọn</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Facility booking</source>
        <translation>Đặt cơ sở</translation>
    </message>
    <message>
        <source>Reading the free times of this facility. Please wait.</source>
        <translation>Đang đọc giờ còn trống của cơ sở này. Vui lòng chờ.</translation>
    </message>
    <message>
        <source>Reading the list of facilities. Please wait.</source>
        <translation>Đang đọc danh sách cơ sở. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>No answer from the booking system</source>
        <translation>Hệ thống đặt chỗ không trả lời</translation>
    </message>
    <message>
        <source>Please choose: try again, or stop.</source>
        <translation>Vui lòng chọn: thử lại hoặc dừng lại.</translation>
    </message>
    <message>
        <source>If you stop, any money you put in is given back and the room is not kept for you.</source>
        <translation>Nếu dừng lại, tiền bạn đã bỏ vào sẽ được trả lại và phòng sẽ không được giữ cho bạn.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>My bookings</source>
        <translation>Đặt chỗ của tôi</translation>
    </message>
    <message>
        <source>To cancel a booking, touch Cancel this booking on it.</source>
        <translation>Để hủy một đặt chỗ, hãy chạm vào Hủy đặt chỗ này trên đặt chỗ đó.</translation>
    </message>
    <message>
        <source>You have no bookings and no lottery entries.</source>
        <translation>Bạn không có đặt chỗ nào và không có đăng ký bốc thăm nào.</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>Bạn không có đặt chỗ nào.</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>Đăng ký bốc thăm</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>PayChoicePage</name>
    <message>
        <source>Where do you want to pay?</source>
        <translation>Bạn muốn thanh toán ở đâu?</translation>
    </message>
    <message>
        <source>The room is held for you. The fee is %1.</source>
        <translation>Phòng đã được giữ cho bạn. Phí là %1.</translation>
    </message>
    <message>
        <source>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</source>
        <translation>Hiện không dùng được máy thanh toán. Vui lòng thanh toán tại quầy của cơ sở.</translation>
    </message>
    <message>
        <source>Pay here now</source>
        <translation>Thanh toán tại đây ngay</translation>
    </message>
    <message>
        <source>Cash or IC card</source>
        <translation>Tiền mặt hoặc thẻ IC</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>Thanh toán tại quầy</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter by %1</source>
        <translation>Tại quầy của cơ sở, trước %1</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter, in time</source>
        <translation>Tại quầy của cơ sở, đúng hạn</translation>
    </message>
    <message>
        <source>A booking not paid by %1 is released.</source>
        <translation>Đặt chỗ chưa thanh toán trước %1 sẽ bị hủy.</translation>
    </message>
    <message>
        <source>A booking not paid in time is released.</source>
        <translation>Đặt chỗ không thanh toán đúng hạn sẽ bị hủy.</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>Vui lòng cho tiền xu hoặc tiền giấy vào máy thanh toán.</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>Vui lòng chạm thẻ IC vào đầu đọc của máy thanh toán.</translation>
    </message>
    <message>
        <source>Choose how to pay. The booking is confirmed once the money is in.</source>
        <translation>Chọn cách thanh toán. Đặt chỗ được xác nhận khi thanh toán xong.</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>Tiền giấy: %1 yên</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>Tiền xu: %1 yên</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Số tiền phải trả: %1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Số tiền phải trả</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>Đã cho vào</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Còn phải trả</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Hủy thanh toán</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Nhập mã PIN</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>Nhập mã PIN 4 chữ số của chứng thư người dùng trên thẻ, rồi chạm Xác nhận.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>Mã PIN không đúng. Số lần còn lại: %1. Sau đó mã PIN sẽ bị khóa.</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>Đừng để người khác nhìn thấy khi bạn nhập mã PIN. Các số bạn nhập không bao giờ được đọc to.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The receipt printer has a problem</source>
        <translation>Máy in biên lai gặp sự cố</translation>
    </message>
    <message>
        <source>Your booking is made. Please note your booking number.</source>
        <translation>Đặt chỗ đã xong. Vui lòng ghi lại số đặt chỗ.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Số đặt chỗ</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</source>
        <translation>Khi nhân viên đã sửa máy in, hãy chạm In lại. Hoặc tiếp tục không cần biên lai: số đặt chỗ sẽ hiện lại ở màn hình tiếp theo.</translation>
    </message>
    <message>
        <source>Go on without a receipt</source>
        <translation>Tiếp tục không cần biên lai</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>Đang in biên lai</translation>
    </message>
    <message>
        <source>Printing the receipt with your booking number. Please wait.</source>
        <translation>Đang in biên lai có số đặt chỗ của bạn. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The booking could not go on</source>
        <translation>Không thể tiếp tục đặt chỗ</translation>
    </message>
    <message>
        <source>Press “See the free times again” to see this week as it is now.</source>
        <translation>Nhấn “Xem lại giờ còn trống” để xem tuần này như hiện tại.</translation>
    </message>
    <message>
        <source>Press Back to choose again, or Finish to end.</source>
        <translation>Nhấn Quay lại để chọn lại, hoặc Kết thúc để dừng.</translation>
    </message>
    <message>
        <source>See the free times again</source>
        <translation>Xem lại giờ còn trống</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>Đang đọc thẻ</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>Đang đọc thẻ. Vui lòng không rút thẻ ra.</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>Vui lòng lấy thẻ ra</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>Mã PIN đúng. Hãy rút thẻ khỏi đầu đọc để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Up to %1 people</source>
        <translation>Tối đa %1 người</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, đã chọn</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>You can look at the free times. Booking is not possible now.</source>
        <translation>Bạn có thể xem giờ còn trống. Hiện không thể đặt chỗ.</translation>
    </message>
    <message>
        <source>Touch the free times you want. Then press the button at the bottom right.</source>
        <translation>Hãy chạm vào giờ trống bạn muốn. Sau đó nhấn nút ở góc dưới bên phải.</translation>
    </message>
    <message>
        <source>Free times as of %1</source>
        <translation>Giờ còn trống lúc %1</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ Tuần trước</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>Tuần sau ▶</translation>
    </message>
    <message>
        <source>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</source>
        <translation>Giờ còn trống này là bản lưu trên máy. Cần hệ thống đặt chỗ của thành phố để đặt, nhưng hiện không kết nối được.</translation>
    </message>
    <message>
        <source>Your choice: %1</source>
        <translation>Bạn đã chọn: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Chưa chọn gì.</translation>
    </message>
    <message>
        <source>Enter the lottery</source>
        <translation>Đăng ký bốc thăm</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Đặt chỗ</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
</context>
<context>
    <name>WishCard</name>
    <message>
        <source>Your wish</source>
        <translation>Nguyện vọng của bạn</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Enter the lottery</source>
        <translation>Đăng ký bốc thăm</translation>
    </message>
    <message>
        <source>If this is right, touch Enter the lottery.</source>
        <translation>Nếu đúng, hãy chạm vào Đăng ký bốc thăm.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>Ngày bốc thăm là %1.</translation>
    </message>
    <message>
        <source>This is not a booking yet. If you win, the room is held for you as a provisional booking.</source>
        <translation>Đây chưa phải là đặt chỗ. Nếu trúng, phòng sẽ được giữ cho bạn dưới dạng đặt chỗ tạm thời.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>Sau khi bốc thăm, bạn có thể xem kết quả tại máy này: hãy xem các đặt chỗ và đăng ký bốc thăm của bạn bằng thẻ My Number.</translation>
    </message>
</context>
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
        <source>If you cancel: %1.</source>
        <extracomment>The city&apos;s refund rule in one line on the fee screen, built from its tiers. %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.</extracomment>
        <translation>Nếu hủy: %1.</translation>
    </message>
    <message>
        <source>%1 days or more before, %2% back</source>
        <extracomment>%1 is a number of days before the day of use, %2 the share of the fee given back.</extracomment>
        <translation>trước %1 ngày trở lên, hoàn %2%</translation>
    </message>
    <message>
        <source>later, %1% back</source>
        <extracomment>The last tier; %1 is the share of the fee given back.</extracomment>
        <translation>sau đó, hoàn %1%</translation>
    </message>
    <message>
        <source>later, nothing back</source>
        <translation>sau đó, không hoàn tiền</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>The ways to pay at the terminal, as the payment screen names them.</extracomment>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>Thẻ IC (tiền điện tử)</translation>
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
