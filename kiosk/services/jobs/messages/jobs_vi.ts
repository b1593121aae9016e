<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgePage</name>
    <message>
        <source>Your age</source>
        <translation>Tuổi của bạn</translation>
    </message>
    <message>
        <source>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</source>
        <translation>Nhập tuổi để chỉ xem các việc làm nhận độ tuổi đó. Việc làm không giới hạn tuổi luôn được hiển thị.</translation>
    </message>
    <message>
        <source>Your age is used for this search only and forgotten when you finish.</source>
        <translation>Tuổi chỉ dùng cho lần tìm kiếm này và sẽ bị xóa khi bạn kết thúc.</translation>
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
        <source>Take the age off</source>
        <translation>Bỏ điều kiện tuổi</translation>
    </message>
    <message>
        <source>Use this age</source>
        <translation>Tìm theo tuổi này</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Choose a kind of work. The number says how many jobs there are.</source>
        <translation>Hãy chọn loại công việc. Con số là số việc làm hiện có.</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Việc làm: %1</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Job details</source>
        <translation>Chi tiết việc làm</translation>
    </message>
    <message>
        <source>Job number %1</source>
        <translation>Mã số việc làm %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>Phiếu của tôi (%1)</translation>
    </message>
    <message>
        <source>Take off the slip</source>
        <translation>Bỏ khỏi phiếu</translation>
    </message>
    <message>
        <source>Add to the slip</source>
        <translation>Thêm vào phiếu</translation>
    </message>
    <message>
        <source>Add to the slip (%1 of %2)</source>
        <translation>Thêm vào phiếu (%1 / %2)</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Narrow down</source>
        <translation>Lọc theo điều kiện</translation>
    </message>
    <message>
        <source>Jobs found: %1. Touch a condition to add it or take it off.</source>
        <translation>Tìm thấy %1 việc làm. Chạm vào điều kiện để thêm hoặc bỏ.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take all conditions off</source>
        <translation>Bỏ mọi điều kiện</translation>
    </message>
    <message>
        <source>Show the jobs (%1)</source>
        <translation>Xem việc làm (%1)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Jobs found: %1. Choose one to see it in full.</source>
        <translation>Tìm thấy %1 việc làm. Chọn một việc để xem chi tiết.</translation>
    </message>
    <message>
        <source>Jobs found: %1</source>
        <translation>%1 việc làm</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mới nhất</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Phù hợp nhất</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>Lọc theo điều kiện</translation>
    </message>
    <message>
        <source>Area, type of employment, wage and more, with the number of jobs</source>
        <translation>Khu vực, hình thức tuyển dụng, lương và hơn nữa, kèm số việc làm</translation>
    </message>
    <message>
        <source>Touch to take this condition off</source>
        <translation>Chạm để bỏ điều kiện này</translation>
    </message>
    <message>
        <source>No jobs match. Try other words or take a condition off.</source>
        <translation>Không có việc phù hợp. Hãy thử từ khác hoặc bỏ một điều kiện.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>Phiếu của tôi (%1)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Job search</source>
        <translation>Tìm việc làm</translation>
    </message>
    <message>
        <source>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</source>
        <translation>Nhập từ như 介護 (kai gô) hoặc 事務 (di mu), hoặc chọn loại công việc.</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Từ cần tìm</translation>
    </message>
    <message>
        <source>Kinds of work, with the number of jobs</source>
        <translation>Loại công việc, kèm số việc làm</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>Việc làm: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
</context>
<context>
    <name>SlipPage</name>
    <message>
        <source>Please take your slip</source>
        <translation>Vui lòng lấy phiếu</translation>
    </message>
    <message>
        <source>Your slip for Hello Work</source>
        <translation>Phiếu mang đến Hello Work</translation>
    </message>
    <message>
        <source>Printing. Please wait a moment.</source>
        <translation>Đang in. Vui lòng chờ một chút.</translation>
    </message>
    <message>
        <source>Show it at the Hello Work counter to apply.</source>
        <translation>Đưa phiếu tại quầy Hello Work để nộp đơn.</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>Không in được phiếu.</translation>
    </message>
    <message>
        <source>These jobs are printed in Japanese, each with its job number and a QR code.</source>
        <translation>Các việc này được in bằng tiếng Nhật, mỗi việc kèm mã số và mã QR.</translation>
    </message>
    <message>
        <source>Printing your slip…</source>
        <translation>Đang in phiếu…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Hello Work office for this area:</source>
        <translation>Hello Work của khu vực này:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>In phiếu</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The search could not be done right now. Please try again.</source>
        <translation>Hiện không tìm được. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>Việc này đã hết hạn tuyển. Vui lòng chọn việc khác.</translation>
    </message>
    <message>
        <source>A slip holds up to five jobs. Take one off to add another.</source>
        <translation>Một phiếu có tối đa năm việc. Hãy bỏ một việc để thêm việc khác.</translation>
    </message>
    <message>
        <source>Choose one to five jobs for the slip.</source>
        <translation>Hãy chọn từ một đến năm việc cho phiếu.</translation>
    </message>
    <message>
        <source>This kind of work is not in the list. Please choose another one.</source>
        <translation>Loại công việc này không có trong danh sách. Hãy chọn loại khác.</translation>
    </message>
    <message>
        <source>Please enter an age from 15 to 99.</source>
        <translation>Hãy nhập tuổi từ 15 đến 99.</translation>
    </message>
    <message>
        <source>No job is open to this age with the other conditions. Take a condition off.</source>
        <translation>Với các điều kiện khác, không có việc làm nào nhận độ tuổi này. Hãy bỏ bớt một điều kiện.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff.</source>
        <translation>Đã xảy ra sự cố. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>Mã số việc làm</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>Hạn giới thiệu</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>Loại tin tuyển</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>Hình thức tuyển dụng</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Nơi tuyển dụng</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>Nơi làm việc</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>Ga gần nhất</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Lương</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Học vấn</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Kinh nghiệm</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Bằng cấp, chứng chỉ</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Bảo hiểm</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Số người tuyển</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Đặc điểm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Khu vực (thành phố)</translation>
    </message>
    <message>
        <source>Railway line</source>
        <translation>Tuyến tàu</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Loại công việc</translation>
    </message>
    <message>
        <source>Full or part time</source>
        <translation>Toàn thời gian hoặc bán thời gian</translation>
    </message>
    <message>
        <source>Wage at least</source>
        <translation>Lương tối thiểu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Khung giờ</translation>
    </message>
    <message>
        <source>%1 yen a month</source>
        <extracomment>A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).</extracomment>
        <translation>%1 yên/tháng</translation>
    </message>
    <message>
        <source>%1 yen a day</source>
        <extracomment>A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).</extracomment>
        <translation>%1 yên/ngày</translation>
    </message>
    <message>
        <source>%1 yen an hour</source>
        <extracomment>A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).</extracomment>
        <translation>%1 yên/giờ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 min walk</source>
        <extracomment>Minutes on foot from the nearest station.</extracomment>
        <translation>đi bộ %1 phút</translation>
    </message>
    <message>
        <source>%1 people</source>
        <extracomment>How many people the employer takes on.</extracomment>
        <translation>%1 người</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <extracomment>Days off in a year.</extracomment>
        <translation>%1 ngày/năm</translation>
    </message>
    <message>
        <source>Up to %1 years old</source>
        <extracomment>An age limit: up to %1 years old.</extracomment>
        <translation>Đến %1 tuổi</translation>
    </message>
    <message>
        <source>%1 years old or more</source>
        <extracomment>An age limit: %1 years old or more.</extracomment>
        <translation>Từ %1 tuổi</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <extracomment>An age limit: from %1 to %2 years old.</extracomment>
        <translation>Từ %1 đến %2 tuổi</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>No age limit.</extracomment>
        <translation>Không giới hạn tuổi</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <extracomment>A person&apos;s age on the age filter&apos;s chip, %1 the years (35歳).</extracomment>
        <translation>%1 tuổi</translation>
    </message>
    <message>
        <source>Enter your age</source>
        <extracomment>The chip that opens the pad for the job seeker&apos;s age.</extracomment>
        <translation>Nhập tuổi</translation>
    </message>
    <message>
        <source>Change the age</source>
        <extracomment>The chip that opens the pad again to change the age chosen.</extracomment>
        <translation>Đổi tuổi</translation>
    </message>
    <message>
        <source>Type your age, from 15 to 99.</source>
        <extracomment>On the age pad before an age is typed.</extracomment>
        <translation>Hãy nhập tuổi của bạn, từ 15 đến 99.</translation>
    </message>
    <message>
        <source>Counting the jobs…</source>
        <extracomment>On the age pad while the jobs open to the age typed are being counted.</extracomment>
        <translation>Đang đếm số việc làm…</translation>
    </message>
    <message>
        <source>Jobs open to age %1: %2</source>
        <extracomment>On the age pad: %1 the age typed, %2 how many jobs are open to it.</extracomment>
        <translation>Việc làm nhận người %1 tuổi: %2</translation>
    </message>
    <message>
        <source>All jobs in %1</source>
        <extracomment>A button for a whole 職種 group, %1 its name (介護、福祉のすべて).</extracomment>
        <translation>Tất cả việc làm %1</translation>
    </message>
    <message>
        <source>Kinds of work in %1</source>
        <extracomment>Heading of a 職種 group&apos;s sub-categories on the filter screen, %1 the group&apos;s name.</extracomment>
        <translation>Các loại việc trong nhóm %1</translation>
    </message>
    <message>
        <source>Not shown at the employer&apos;s request</source>
        <extracomment>The employer&apos;s name is not shown (公開範囲).</extracomment>
        <translation>Không công khai theo yêu cầu của nơi tuyển dụng</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>Nhân viên chính thức</translation>
    </message>
    <message>
        <source>Non-regular employee</source>
        <translation>Nhân viên không chính thức</translation>
    </message>
    <message>
        <source>Temporary agency worker (fixed term)</source>
        <translation>Lao động phái cử (có thời hạn)</translation>
    </message>
    <message>
        <source>Temporary agency worker (no fixed term)</source>
        <translation>Lao động phái cử (không thời hạn)</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>Lao động bán thời gian</translation>
    </message>
    <message>
        <source>Part-time agency worker (fixed term)</source>
        <translation>Bán thời gian phái cử (có thời hạn)</translation>
    </message>
    <message>
        <source>Part-time agency worker (no fixed term)</source>
        <translation>Bán thời gian phái cử (không thời hạn)</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Toàn thời gian</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Bán thời gian</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Tuyển dụng chung</translation>
    </message>
    <message>
        <source>New graduates</source>
        <translation>Sinh viên mới tốt nghiệp</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Theo mùa</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>Làm việc xa nhà</translation>
    </message>
    <message>
        <source>For people with disabilities</source>
        <translation>Dành cho người khuyết tật</translation>
    </message>
    <message>
        <source>Starts in the morning</source>
        <translation>Bắt đầu buổi sáng</translation>
    </message>
    <message>
        <source>Starts in the daytime</source>
        <translation>Bắt đầu ban ngày</translation>
    </message>
    <message>
        <source>Starts in the evening</source>
        <translation>Bắt đầu buổi chiều tối</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Ca đêm</translation>
    </message>
    <message>
        <source>Up to 5 hours</source>
        <translation>Tối đa 5 giờ</translation>
    </message>
    <message>
        <source>Saturdays off</source>
        <translation>Nghỉ thứ Bảy</translation>
    </message>
    <message>
        <source>Sundays off</source>
        <translation>Nghỉ Chủ nhật</translation>
    </message>
    <message>
        <source>Public holidays off</source>
        <translation>Nghỉ ngày lễ</translation>
    </message>
    <message>
        <source>Two days off every week</source>
        <translation>Nghỉ hai ngày mỗi tuần</translation>
    </message>
    <message>
        <source>120 days off a year or more</source>
        <translation>Nghỉ từ 120 ngày/năm</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>Không cần kinh nghiệm</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>Không yêu cầu học vấn</translation>
    </message>
    <message>
        <source>Commuting by car allowed</source>
        <translation>Được đi làm bằng ô tô</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Không chuyển công tác</translation>
    </message>
    <message>
        <source>Near a station</source>
        <translation>Gần ga</translation>
    </message>
    <message>
        <source>Can become a regular employee</source>
        <translation>Có thể thành nhân viên chính thức</translation>
    </message>
    <message>
        <source>No overtime</source>
        <translation>Không làm thêm giờ</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Có thưởng</translation>
    </message>
    <message>
        <source>Childcare on site</source>
        <translation>Có nơi giữ trẻ</translation>
    </message>
    <message>
        <source>No document screening</source>
        <translation>Không xét hồ sơ</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>Làm việc tại nhà</translation>
    </message>
    <message>
        <source>Over 60 welcome</source>
        <translation>Chào đón người trên 60 tuổi</translation>
    </message>
    <message>
        <source>Office work, management</source>
        <translation>Văn phòng, quản lý</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Kinh doanh</translation>
    </message>
    <message>
        <source>Shop work</source>
        <translation>Bán hàng</translation>
    </message>
    <message>
        <source>Service, cooking, hairdressing</source>
        <translation>Phục vụ, nấu ăn, làm tóc</translation>
    </message>
    <message>
        <source>Care, welfare</source>
        <translation>Chăm sóc, phúc lợi</translation>
    </message>
    <message>
        <source>Childcare, teaching</source>
        <translation>Giữ trẻ, giáo dục</translation>
    </message>
    <message>
        <source>Medicine, nursing</source>
        <translation>Y tế, điều dưỡng</translation>
    </message>
    <message>
        <source>Manufacturing, repair, inspection</source>
        <translation>Sản xuất, sửa chữa, kiểm tra</translation>
    </message>
    <message>
        <source>Engineering, IT, specialists</source>
        <translation>Kỹ thuật, CNTT, chuyên môn</translation>
    </message>
    <message>
        <source>Construction, civil works, electrical</source>
        <translation>Xây dựng, công trình, điện</translation>
    </message>
    <message>
        <source>Security, building management</source>
        <translation>Bảo vệ, quản lý tòa nhà</translation>
    </message>
    <message>
        <source>Driving, delivery</source>
        <translation>Lái xe, giao hàng</translation>
    </message>
    <message>
        <source>Cleaning, warehouse, light work</source>
        <translation>Dọn dẹp, kho, việc nhẹ</translation>
    </message>
    <message>
        <source>Farming, forestry, fishing</source>
        <translation>Nông, lâm, ngư nghiệp</translation>
    </message>
    <message>
        <source>General office work</source>
        <translation>Văn phòng tổng hợp</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Kế toán</translation>
    </message>
    <message>
        <source>General affairs, personnel</source>
        <translation>Tổng vụ, nhân sự</translation>
    </message>
    <message>
        <source>Sales office work</source>
        <translation>Văn phòng kinh doanh</translation>
    </message>
    <message>
        <source>Medical office work</source>
        <translation>Văn phòng y tế</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Sales to companies</source>
        <translation>Kinh doanh cho doanh nghiệp</translation>
    </message>
    <message>
        <source>Sales to households</source>
        <translation>Kinh doanh cho cá nhân</translation>
    </message>
    <message>
        <source>Route sales</source>
        <translation>Kinh doanh theo tuyến</translation>
    </message>
    <message>
        <source>Real estate sales</source>
        <translation>Kinh doanh bất động sản</translation>
    </message>
    <message>
        <source>Shop assistant</source>
        <translation>Bán hàng tại cửa hàng</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Thu ngân</translation>
    </message>
    <message>
        <source>Food sales</source>
        <translation>Bán thực phẩm</translation>
    </message>
    <message>
        <source>Convenience store, supermarket</source>
        <translation>Cửa hàng tiện lợi, siêu thị</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Nấu ăn</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>Phụ bếp</translation>
    </message>
    <message>
        <source>Waiting on tables</source>
        <translation>Phục vụ bàn</translation>
    </message>
    <message>
        <source>Barber, hairdresser</source>
        <translation>Cắt tóc, làm đẹp</translation>
    </message>
    <message>
        <source>Hotel, inn</source>
        <translation>Khách sạn, nhà trọ</translation>
    </message>
    <message>
        <source>Care worker</source>
        <translation>Nhân viên điều dưỡng chăm sóc</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Chăm sóc tại nhà</translation>
    </message>
    <message>
        <source>Care manager</source>
        <translation>Quản lý chăm sóc</translation>
    </message>
    <message>
        <source>Life support worker</source>
        <translation>Nhân viên hỗ trợ sinh hoạt</translation>
    </message>
    <message>
        <source>Driving for care services</source>
        <translation>Đưa đón người được chăm sóc</translation>
    </message>
    <message>
        <source>Nursery teacher</source>
        <translation>Giáo viên nhà trẻ</translation>
    </message>
    <message>
        <source>Nursery assistant</source>
        <translation>Trợ lý nhà trẻ</translation>
    </message>
    <message>
        <source>After-school club worker</source>
        <translation>Nhân viên trông trẻ sau giờ học</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Giảng viên</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Y tá</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>Y tá phụ</translation>
    </message>
    <message>
        <source>Nursing aide</source>
        <translation>Hộ lý</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Dược sĩ</translation>
    </message>
    <message>
        <source>Dental hygienist</source>
        <translation>Vệ sinh viên nha khoa</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>Lắp ráp</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Machine maintenance</source>
        <translation>Bảo trì máy móc</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Lập trình viên</translation>
    </message>
    <message>
        <source>Systems engineer</source>
        <translation>Kỹ sư hệ thống</translation>
    </message>
    <message>
        <source>Design engineering</source>
        <translation>Thiết kế kỹ thuật</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>Nghiên cứu và phát triển</translation>
    </message>
    <message>
        <source>Building work</source>
        <translation>Công việc xây dựng</translation>
    </message>
    <message>
        <source>Civil engineering work</source>
        <translation>Công việc xây dựng dân dụng</translation>
    </message>
    <message>
        <source>Electrical work</source>
        <translation>Thi công điện</translation>
    </message>
    <message>
        <source>Site supervisor</source>
        <translation>Giám sát thi công</translation>
    </message>
    <message>
        <source>Building security</source>
        <translation>Bảo vệ tòa nhà</translation>
    </message>
    <message>
        <source>Traffic guard</source>
        <translation>Điều tiết giao thông</translation>
    </message>
    <message>
        <source>Building equipment upkeep</source>
        <translation>Quản lý thiết bị tòa nhà</translation>
    </message>
    <message>
        <source>Apartment building caretaker</source>
        <translation>Quản lý chung cư</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>Tài xế xe tải</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>Tài xế tắc xi</translation>
    </message>
    <message>
        <source>Bus driver</source>
        <translation>Tài xế xe buýt</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Dọn dẹp vệ sinh</translation>
    </message>
    <message>
        <source>Warehouse work</source>
        <translation>Công việc kho hàng</translation>
    </message>
    <message>
        <source>Order picking</source>
        <translation>Nhặt hàng theo đơn</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Đóng gói</translation>
    </message>
    <message>
        <source>Light work</source>
        <translation>Công việc nhẹ</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>Nông nghiệp</translation>
    </message>
    <message>
        <source>Gardening, landscaping</source>
        <translation>Làm vườn, cảnh quan</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>Lâm nghiệp</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>Bảo hiểm việc làm</translation>
    </message>
    <message>
        <source>Workers&apos; accident insurance</source>
        <translation>Bảo hiểm tai nạn lao động</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Bảo hiểm y tế</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <translation>Lương hưu phúc lợi</translation>
    </message>
    <message>
        <source>Public servants&apos; accident cover</source>
        <translation>Bồi thường tai nạn công vụ</translation>
    </message>
    <message>
        <source>Savings scheme</source>
        <translation>Chế độ tiết kiệm</translation>
    </message>
    <message>
        <source>Company pension</source>
        <translation>Lương hưu doanh nghiệp</translation>
    </message>
    <message>
        <source>Retirement allowance</source>
        <translation>Trợ cấp thôi việc</translation>
    </message>
    <message>
        <source>Retirement mutual aid</source>
        <translation>Quỹ tương trợ thôi việc</translation>
    </message>
    <message>
        <source>Job search</source>
        <extracomment>Title of the home screen&apos;s tile for the job search (Hello Work listings).</extracomment>
        <translation>Tìm việc làm</translation>
    </message>
    <message>
        <source>Hello Work job listings. Print a slip to take to the Hello Work counter.</source>
        <extracomment>Description on the home screen&apos;s tile for the job search.</extracomment>
        <translation>Tin tuyển dụng của Hello Work. In phiếu để mang đến quầy Hello Work.</translation>
    </message>
</context>
</TS>
