<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>Quét mã QR để đọc thông báo này trên điện thoại của bạn.</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>Mã QR của thông báo này</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>Thông báo của thành phố</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>Chọn một thông báo để đọc. Bạn cũng có thể tìm kiếm theo từ khóa.</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>Tìm thông báo</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Cập nhật lúc %1</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>Không có thông báo nào phù hợp với tìm kiếm của bạn.</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sức khỏe</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Thuế</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>Rác và tái chế</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>Phòng chống thiên tai</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>Trẻ em và gia đình</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>Thông báo của thành phố</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>Tin tức và sự kiện của thành phố. Mang thông báo về nhà bằng mã QR.</translation>
    </message>
</context>
</TS>
