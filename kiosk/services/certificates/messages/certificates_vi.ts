<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>Thẻ của bạn vẫn còn trong đầu đọc. Vui lòng lấy thẻ ra ngay.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>Đang kiểm tra mã PIN</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>Đang kiểm tra mã PIN với thẻ. Vui lòng không rút thẻ ra.</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>Đang kiểm tra máy in</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>Đang kiểm tra máy in đã sẵn sàng trước khi bạn thanh toán.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>Chọn loại giấy chứng nhận</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>Lệ phí tính cho mỗi bản.</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yên</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <source>How many copies?</source>
        <translation>Bạn cần bao nhiêu bản?</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>Bớt một bản</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>Thêm một bản</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>Lệ phí: %1 yên</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you</source>
        <translation>Cảm ơn bạn</translation>
    </message>
    <message>
        <source>Your certificates have been issued.</source>
        <translation>Giấy chứng nhận của bạn đã được cấp.</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>Vui lòng lấy tiền thối: %1 yên.</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>Vui lòng lấy biên lai.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>Không in được biên lai. Nếu cần, vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>Vui lòng kiểm tra bạn đã lấy thẻ, giấy chứng nhận và biên lai.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>Đặt thẻ My Number của bạn</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>Đưa thẻ vào đầu đọc, mặt trước hướng lên, đầu có chip vào trước.</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>Đặt thẻ lên đầu đọc, mặt trước hướng lên.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>Đưa thẻ vào đầu đọc, mặt trước úp xuống, đầu có chip vào trước.</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>Đang chuẩn bị giấy chứng nhận</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>Thành phố đang chuẩn bị giấy chứng nhận của bạn. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>Đang tra cứu giấy chứng nhận</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>Đang hỏi thành phố những giấy chứng nhận bạn có thể nhận tại đây.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>Giấy chứng nhận cần ghi những gì?</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Chỉ mình tôi</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>Tất cả thành viên hộ gia đình</translation>
    </message>
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>Mã số My Number 12 chữ số của bạn không bao giờ được in tại máy này. Nếu cần ghi mã số, vui lòng hỏi tại quầy của tòa thị chính.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>Choose only what you need. What you do not choose is not printed.</source>
        <translation>Chỉ chọn những mục cần thiết. Mục không chọn sẽ không được in.</translation>
    </message>
    <message>
        <source>Whose entries should it show?</source>
        <translation>Ghi thông tin của những ai?</translation>
    </message>
    <message>
        <source>Should it show the head of household and your relationship to them?</source>
        <translation>Có ghi chủ hộ và quan hệ của bạn với chủ hộ không?</translation>
    </message>
    <message>
        <source>Do not show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>Không ghi</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>Có ghi</translation>
    </message>
    <message>
        <source>Should it show the registered domicile and the head of the family register?</source>
        <translation>Có ghi nguyên quán (honseki) và người đứng đầu hộ tịch không?</translation>
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
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>Chọn cách thanh toán. Tiền chỉ bị thu sau khi giấy chứng nhận đã được in.</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>Số tiền phải trả: %1 yên</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Hủy thanh toán</translation>
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
        <source>Amount due</source>
        <translation>Số tiền phải trả</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yên</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>Đã cho vào</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Còn phải trả</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Nhập mã PIN</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>Mã PIN không đúng. Số lần còn lại: %1. Sau đó mã PIN sẽ bị khóa.</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>Nhập mã PIN 4 chữ số của chứng thư người dùng trên thẻ, rồi chạm Xác nhận.</translation>
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
        <source>The printer has a problem</source>
        <translation>Máy in gặp sự cố</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>Đã in: %1 trên %2. Chưa thu tiền.</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>Khi nhân viên đã sửa máy in, chạm Thử lại: chỉ phần còn thiếu được in. Hoặc dừng lại và toàn bộ tiền sẽ được trả lại.</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>Dừng và nhận lại tiền</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>Đang in giấy chứng nhận</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>Vui lòng không rời khỏi máy.</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>Đang in bản %1 trên %2. Vui lòng không rời đi.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>Không thể cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Đọc lại thẻ</translation>
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
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>Đang in biên lai</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>Đang in biên lai. Vui lòng chờ.</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>Tiền của bạn đã được trả lại</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>Bạn không bị thu tiền.</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>Vui lòng lấy lại tiền: %1 yên.</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Đọc lại thẻ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>Đang trả lại tiền</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>Tiền của bạn đang được trả lại. Vui lòng chờ.</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>Kiểm tra yêu cầu của bạn</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>Nếu đúng, chạm Thanh toán. Bạn vẫn có thể quay lại.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>Ghi cho ai</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>Tất cả thành viên hộ gia đình</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Chỉ mình tôi</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>Ghi thêm</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>Chủ hộ và quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>Nguyên quán và người đứng đầu sổ hộ tịch</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yên</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Thanh toán</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>Giấy chứng nhận vẫn còn trong khay. Vui lòng lấy ra.</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>Lấy giấy chứng nhận</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>Lấy giấy chứng nhận từ khay bên dưới, rồi chạm nút.</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>Vui lòng kiểm tra đã đủ tất cả các trang.</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>Tôi đã lấy</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>Lấy giấy chứng nhận bằng thẻ My Number</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>Vui lòng đọc, rồi chạm Đồng ý.</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>Tại đây bạn có thể lấy các giấy chứng nhận như giấy chứng nhận cư trú bằng thẻ My Number và mã PIN 4 chữ số.</translation>
    </message>
    <message>
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>Lệ phí được hiển thị trước khi thanh toán. Bạn chỉ trả sau khi đồng ý, và nếu không in được giấy chứng nhận thì tiền sẽ được trả lại.</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>Máy chỉ đọc chứng thư điện tử trên thẻ để xác minh danh tính. Mã số My Number 12 chữ số của bạn không bao giờ được đọc hay in ra.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>Đối tượng sử dụng: người đăng ký cư trú tại thành phố này, từ 15 tuổi trở lên, có thẻ My Number chứa chứng thư điện tử xác thực người dùng.</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>Lệ phí: lệ phí của từng loại được hiển thị trước khi bạn chọn.</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>Lệ phí: %1 yên mỗi bản.</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>Lệ phí: %1 đến %2 yên mỗi bản, tùy loại giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Hours: open 24 hours a day.</source>
        <translation>Giờ phục vụ: 24 giờ mỗi ngày.</translation>
    </message>
    <message>
        <source>Hours: every day from %1 to %2.</source>
        <translation>Giờ phục vụ: hằng ngày từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Ngày nghỉ: %1.</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>Nếu nhập sai mã PIN %1 lần liên tiếp, mã sẽ bị khóa và thẻ không thể dùng ở đây nữa. Chỉ quầy của tòa thị chính mới mở khóa được.</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>Không đồng ý</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>Máy đọc thẻ hiện không hoạt động. Vui lòng báo cho nhân viên.</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>Thẻ này không có trong hồ sơ cư dân của thành phố.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>Chứng thư điện tử trên thẻ này đã bị thu hồi.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>Chứng thư điện tử trên thẻ này đã hết hạn.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>Không thể xác minh chứng thư điện tử trên thẻ này.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>Thẻ này không phải thẻ My Number. Vui lòng rút ra và dùng thẻ My Number.</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>Đây là thẻ Đăng ký Cư trú Cơ bản cũ. Không thể dùng tại đây. Vui lòng rút ra và dùng thẻ My Number.</translation>
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
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>Việc xác minh thẻ đã hết hiệu lực. Vui lòng đọc lại thẻ.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>Hiện không thể kết nối với hệ thống của thành phố. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>Thanh toán quá lâu nên đã dừng. Số tiền bạn đã cho vào đã được trả lại.</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>Số dư thẻ IC không đủ. Vui lòng chọn cách thanh toán khác.</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>Không đọc được thẻ IC. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>Máy không đủ tiền thối. Vui lòng trả đúng số tiền hoặc dùng thẻ IC.</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>Cách thanh toán này hiện không dùng được. Vui lòng chọn cách khác.</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>Máy thanh toán gặp sự cố. Vui lòng đưa biên lai cho nhân viên.</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>Không thể tự động trả lại tiền. Vui lòng hỏi nhân viên; bạn không bị thu tiền.</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>Máy gặp sự cố không mong muốn.</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>Không đọc được thẻ. Vui lòng rút ra và đưa vào lại, mặt trước hướng lên, đầu có chip vào trước.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>Hệ thống thành phố không thể cấp giấy chứng nhận này tại đây.</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>Hệ thống của thành phố hiện không phản hồi đúng. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>Máy thanh toán hiện không hoạt động. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>Vui lòng nhờ nhân viên giúp đỡ.</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>Chứng thư điện tử có thể được gia hạn tại quầy dịch vụ cư dân của tòa thị chính.</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>Vui lòng mang thẻ đến quầy dịch vụ cư dân của tòa thị chính để đặt lại mã PIN. Mang theo giấy tờ tùy thân.</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>Bạn có thể thử lại sau vài phút, hoặc lấy giấy chứng nhận tại quầy của tòa thị chính.</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>Vui lòng hỏi tại quầy dịch vụ cư dân của tòa thị chính.</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>Chưa đăng ký con dấu.</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>Sổ hộ tịch của bạn do thành phố khác quản lý.</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>Thành phố này không có sổ hộ tịch của bạn.</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>Không có hồ sơ thuế.</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>Chỉ dành cho cư dân từ 15 tuổi trở lên.</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>Vui lòng hỏi tại quầy của tòa thị chính.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>Thẻ IC (tiền điện tử)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>Giấy chứng nhận cư trú, đăng ký con dấu, thuế và hộ tịch, bằng thẻ My Number.</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>Biên lai</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>Tiền điện tử (IC)</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>Tiền nhận</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>Tiền thừa</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>Mã máy</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>Cảm ơn quý khách</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>%1 yên</translation>
    </message>
</context>
</TS>
