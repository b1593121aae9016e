<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AlertTakeover</name>
    <message>
        <source>All disaster information</source>
        <translation>Tất cả thông tin thiên tai</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>Quay lại việc đang làm</translation>
    </message>
</context>
<context>
    <name>ChoicePanel</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Vui lòng chọn dịch vụ.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Cách sử dụng máy này</translation>
    </message>
    <message>
        <source>Ask a person</source>
        <translation>Hỏi nhân viên</translation>
    </message>
    <message>
        <source>Where to find staff and the city&apos;s contact</source>
        <translation>Nơi có nhân viên và thông tin liên hệ của thành phố</translation>
    </message>
    <message>
        <source>Touch the service you want to use. Each screen says what to do next.</source>
        <translation>Hãy chạm vào dịch vụ bạn muốn dùng. Mỗi màn hình sẽ cho biết bước tiếp theo.</translation>
    </message>
    <message>
        <source>Language changes the language of every screen. Accessibility makes the text larger, raises the contrast, moves every button to the lower part of the screen, or reads the screen aloud.</source>
        <translation>Nút Ngôn ngữ đổi ngôn ngữ của mọi màn hình. Nút Trợ năng giúp phóng to chữ, tăng độ tương phản, đưa mọi nút xuống phần dưới màn hình hoặc đọc to màn hình.</translation>
    </message>
    <message>
        <source>Back goes one step back. Finish ends your visit and clears everything you entered.</source>
        <translation>Nút Quay lại trở về bước trước. Nút Kết thúc sẽ kết thúc và xóa mọi thông tin bạn đã nhập.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you need more time, then clears everything.</source>
        <translation>Nếu không ai chạm vào màn hình một lúc, máy sẽ hỏi bạn có cần thêm thời gian không, rồi xóa mọi thứ.</translation>
    </message>
    <message>
        <source>Staff at this facility can help you. Please ask at the counter.</source>
        <translation>Nhân viên tại đây có thể giúp bạn. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Bạn có cần thêm thời gian không?</translation>
    </message>
    <message>
        <source>This screen will reset in %1 seconds.</source>
        <translation>Màn hình này sẽ được đặt lại sau %1 giây.</translation>
    </message>
    <message>
        <source>Yes, I need more time</source>
        <translation>Có, tôi cần thêm thời gian</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>KToggle</name>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Terminal %1 · %2</source>
        <translation>Máy %1 · %2</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Offline: the city&apos;s information shown is as of %1.</source>
        <translation>Ngoại tuyến: thông tin đang hiển thị được cập nhật lúc %1.</translation>
    </message>
    <message>
        <source>Offline: the city&apos;s information cannot be reached right now.</source>
        <translation>Ngoại tuyến: hiện không thể tải thông tin của thành phố.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ / Language</translation>
    </message>
    <message>
        <source>Choose the language of the screens</source>
        <translation>Chọn ngôn ngữ hiển thị trên màn hình</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Hỗ trợ tiếp cận</translation>
    </message>
    <message>
        <source>Large text, high contrast, low reach and speech</source>
        <translation>Chữ lớn, tương phản cao, nút ở vị trí thấp và đọc to</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>End and clear everything you entered</source>
        <translation>Kết thúc và xóa mọi thông tin bạn đã nhập</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Chữ lớn</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>Vị trí thấp</translation>
    </message>
    <message>
        <source>All buttons in the lower part of the screen</source>
        <translation>Tất cả các nút ở phần dưới màn hình</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>Reads the screen aloud</source>
        <translation>Đọc to nội dung trên màn hình</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Entered</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Speech is on. Use the arrow keys to move between the buttons, Enter to press one, Back to go back, and Help to hear this screen again. The plus and minus keys change the volume.</source>
        <translation>Đã bật đọc bằng giọng nói. Dùng các phím mũi tên để chuyển giữa các nút, phím Enter để bấm, phím Quay lại để quay lại và phím Trợ giúp để nghe lại màn hình này. Phím cộng và trừ để chỉnh âm lượng.</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>Âm lượng %1 trên %2</translation>
    </message>
    <message>
        <source>There is nothing to press on this screen.</source>
        <translation>Màn hình này không có nút nào để bấm.</translation>
    </message>
    <message>
        <source>The headphone jack is at the %1 of the front panel. Plug in headphones to hear the screens read aloud; unplug them to stop.</source>
        <translation>Lỗ cắm tai nghe ở %1 mặt trước máy. Cắm tai nghe để nghe đọc màn hình; rút ra để dừng.</translation>
    </message>
    <message>
        <source>top left</source>
        <translation>phía trên bên trái</translation>
    </message>
    <message>
        <source>top centre</source>
        <translation>phía trên ở giữa</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>phía trên bên phải</translation>
    </message>
    <message>
        <source>middle left</source>
        <translation>ở giữa bên trái</translation>
    </message>
    <message>
        <source>middle right</source>
        <translation>ở giữa bên phải</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>phía dưới bên trái</translation>
    </message>
    <message>
        <source>bottom centre</source>
        <translation>phía dưới ở giữa</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>phía dưới bên phải</translation>
    </message>
</context>
<context>
    <name>shell</name>
    <message>
        <source>The printer is out of paper. Please ask the staff.</source>
        <translation>Máy in đã hết giấy. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <source>The printer cover is open. Please ask the staff.</source>
        <translation>Nắp máy in đang mở. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <source>This kiosk has no card reader.</source>
        <translation>Máy này không có đầu đọc thẻ.</translation>
    </message>
    <message>
        <source>This kiosk has no receipt printer.</source>
        <translation>Máy này không có máy in biên lai.</translation>
    </message>
    <message>
        <source>This kiosk has no document printer.</source>
        <translation>Máy này không có máy in tài liệu.</translation>
    </message>
    <message>
        <source>This kiosk cannot take payments.</source>
        <translation>Máy này không nhận thanh toán.</translation>
    </message>
    <message>
        <source>This kiosk has no LED board.</source>
        <translation>Máy này không có bảng LED.</translation>
    </message>
    <message>
        <source>Checking the equipment. Please wait a moment.</source>
        <translation>Đang kiểm tra thiết bị. Vui lòng chờ một chút.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <extracomment>A service&apos;s tile outside its opening hours; the opening time follows.</extracomment>
        <translation>Hiện đang ngoài giờ phục vụ.</translation>
    </message>
    <message>
        <source>The printer is not working right now. Please ask the staff.</source>
        <translation>Máy in hiện không hoạt động. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <source>The city&apos;s information is being downloaded. Please wait a moment.</source>
        <translation>Đang tải thông tin của thành phố. Vui lòng chờ một chút.</translation>
    </message>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>Máy đọc thẻ hiện không hoạt động. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>Hiện không sử dụng được.</translation>
    </message>
    <message>
        <source>The city&apos;s information could not be loaded.</source>
        <translation>Không thể tải thông tin của thành phố.</translation>
    </message>
    <message>
        <source>The kiosk software stopped because of an error.</source>
        <translation>Phần mềm của máy đã dừng do lỗi.</translation>
    </message>
    <message>
        <source>This kiosk is closed for maintenance.</source>
        <translation>Máy này đang được bảo trì, tạm thời không sử dụng được.</translation>
    </message>
    <message>
        <source>A technical problem stopped the kiosk.</source>
        <translation>Máy đã dừng do sự cố kỹ thuật.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate has expired.</source>
        <translation>Dành cho nhân viên: chứng chỉ của hệ thống thành phố đã hết hạn.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not valid yet. Check this kiosk&apos;s clock.</source>
        <translation>Dành cho nhân viên: chứng chỉ của hệ thống thành phố chưa có hiệu lực. Hãy kiểm tra đồng hồ của thiết bị này.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is not from the city&apos;s certificate authority.</source>
        <translation>Dành cho nhân viên: chứng chỉ của hệ thống thành phố không do cơ quan chứng thực của thành phố cấp.</translation>
    </message>
    <message>
        <source>For the staff: the city system&apos;s certificate is for another server name.</source>
        <translation>Dành cho nhân viên: chứng chỉ của hệ thống thành phố thuộc về một tên máy chủ khác.</translation>
    </message>
    <message>
        <source>For the staff: the city system asks for this kiosk&apos;s certificate; none is set.</source>
        <translation>Dành cho nhân viên: hệ thống thành phố yêu cầu chứng chỉ của thiết bị này nhưng chưa được cài đặt.</translation>
    </message>
    <message>
        <source>For the staff: the city system refuses this kiosk&apos;s certificate.</source>
        <translation>Dành cho nhân viên: hệ thống thành phố từ chối chứng chỉ của thiết bị này.</translation>
    </message>
    <message>
        <source>For the staff: this kiosk&apos;s certificate belongs to another terminal.</source>
        <translation>Dành cho nhân viên: chứng chỉ của thiết bị này thuộc về một thiết bị khác.</translation>
    </message>
    <message>
        <source>For the staff: the city system does not accept this kiosk&apos;s token.</source>
        <translation>Dành cho nhân viên: hệ thống thành phố không chấp nhận mã thông báo của thiết bị này.</translation>
    </message>
    <message>
        <source>For the staff: a secure connection to the city system could not be made.</source>
        <translation>Dành cho nhân viên: không thể kết nối an toàn với hệ thống thành phố.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <extracomment>The attract loop&apos;s invitation, shown in every language at once, each in its own.</extracomment>
        <translation>Chạm vào màn hình để bắt đầu</translation>
    </message>
    <message>
        <source>Out of service</source>
        <extracomment>The out-of-service screen, shown in every language in turn.</extracomment>
        <translation>Tạm ngừng hoạt động</translation>
    </message>
    <message>
        <source>Sorry, this kiosk cannot be used right now. Please ask at the counter.</source>
        <translation>Xin lỗi, hiện không thể sử dụng máy này. Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <source>For help, please contact:</source>
        <extracomment>Before the city&apos;s contact (who to ask, where, its phone) on the out-of-service screen.</extracomment>
        <translation>Cần trợ giúp, vui lòng liên hệ:</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <extracomment>%1 is the city&apos;s phone number.</extracomment>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <source>Opens at %1 on %2.</source>
        <extracomment>When a closed service opens again: %1 is the time (6:30), %2 the date.</extracomment>
        <translation>Mở cửa lúc %1 ngày %2.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>Other alerts in force: %1.</source>
        <extracomment>%1 is a number (1 or more) of other disaster alerts in force besides the one shown.</extracomment>
        <translation>Các cảnh báo khác đang có hiệu lực: %1.</translation>
    </message>
    <message>
        <source>Touch here for what to do.</source>
        <translation>Chạm vào đây để biết cần làm gì.</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Beside a shelter the city has opened during this alert.</extracomment>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Nearest shelters, open ones first</source>
        <translation>Nơi lánh nạn gần nhất, nơi đang mở xếp trước</translation>
    </message>
    <message>
        <source>No shelter has been opened yet. Nearest designated evacuation sites</source>
        <translation>Chưa có nơi lánh nạn nào được mở. Địa điểm sơ tán được chỉ định gần nhất</translation>
    </message>
    <message>
        <source>No evacuation site for this hazard is listed near here. Please ask the staff.</source>
        <translation>Gần đây không có địa điểm sơ tán cho loại thiên tai này. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>The list of shelters is not on this kiosk yet. Please ask the staff.</source>
        <translation>Máy này chưa có danh sách nơi lánh nạn. Vui lòng hỏi nhân viên.</translation>
    </message>
</context>
</TS>
