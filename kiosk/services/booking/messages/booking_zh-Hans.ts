<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookingCard</name>
    <message>
        <source>Provisional booking (not paid yet)</source>
        <translation>临时预约（尚未付款）</translation>
    </message>
    <message>
        <source>Booked and paid</source>
        <translation>已预约，已付款</translation>
    </message>
    <message>
        <source>Booked, to pay at the counter</source>
        <translation>已预约，在窗口付款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Released: it was not paid in time</source>
        <translation>未在期限内付款，已被取消</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Not used: nobody came</source>
        <translation>未使用（无人到场）</translation>
    </message>
    <message>
        <source>Please ask at the counter about this booking.</source>
        <translation>关于此预约，请到窗口咨询。</translation>
    </message>
    <message>
        <source>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</source>
        <translation>尚未付款：%1。请在%2之前到设施窗口付款，否则预约将被取消。</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>退款金额：%1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>预约编号：%1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>费用：%1</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>取消此预约</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Booking the room</source>
        <translation>正在预约</translation>
    </message>
    <message>
        <source>Holding the room for you. Please wait.</source>
        <translation>正在为您保留房间。请稍候。</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>您的卡仍在读卡器中。请立即取走。</translation>
    </message>
</context>
<context>
    <name>CancelPage</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>要取消此预约吗？</translation>
    </message>
    <message>
        <source>Please check what cancelling means.</source>
        <translation>请确认取消后的结果。</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>此预约尚未付款，因此没有退款。</translation>
    </message>
    <message>
        <source>It is too close to the day: if you cancel now, nothing is refunded.</source>
        <translation>离使用日太近：现在取消将不予退款。</translation>
    </message>
    <message>
        <source>If you cancel now, the whole fee is refunded: %1.</source>
        <translation>现在取消，将全额退款：%1。</translation>
    </message>
    <message>
        <source>If you cancel now, %1 % of the fee is refunded: %2.</source>
        <translation>现在取消，将退还费用的%1%：%2。</translation>
    </message>
    <message>
        <source>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</source>
        <translation>这属于临近取消，将增加%1个罚分。罚分过多时，将暂时无法预约。</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be restored.</source>
        <translation>已取消的预约无法恢复。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留预约</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>取消此预约</translation>
    </message>
</context>
<context>
    <name>CancelledPage</name>
    <message>
        <source>Your booking is cancelled</source>
        <translation>您的预约已取消</translation>
    </message>
    <message>
        <source>The room is free again at that time for others to book.</source>
        <translation>该时段的房间已重新开放，其他人可以预约。</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>退款金额：%1</translation>
    </message>
    <message>
        <source>No refund is paid for this cancellation.</source>
        <translation>此次取消不予退款。</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is nothing to refund.</source>
        <translation>未付款，因此没有退款。</translation>
    </message>
    <message>
        <source>The refund is paid at the facility&apos;s counter. Please show your booking number there.</source>
        <translation>退款在设施窗口办理。请在窗口出示预约编号。</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>CancellingPage</name>
    <message>
        <source>Cancelling your booking</source>
        <translation>正在取消预约</translation>
    </message>
    <message>
        <source>Your booking is being cancelled. Please wait.</source>
        <translation>正在取消您的预约，请稍候。</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking with the booking system</source>
        <translation>正在向预约系统确认</translation>
    </message>
    <message>
        <source>Checking your card with the city&apos;s booking system. Please wait.</source>
        <translation>正在通过市里的预约系统确认您的卡片。请稍候。</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>正在验证密码</translation>
    </message>
    <message>
        <source>Checking your PIN. Please do not take the card out.</source>
        <translation>正在确认密码。请不要取出卡片。</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Confirming your booking</source>
        <translation>正在确定预约</translation>
    </message>
    <message>
        <source>Confirming your booking with the city. Please do not leave.</source>
        <translation>正在向市里确定您的预约。请不要离开。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your booking is made</source>
        <translation>预约已完成</translation>
    </message>
    <message>
        <source>Your booking number is %1. Please note it.</source>
        <translation>您的预约编号是%1。请记下。</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预约编号</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>已付款：%1</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter by %2.</source>
        <translation>请在%2前到设施窗口支付%1。</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter.</source>
        <translation>请到设施窗口支付%1。</translation>
    </message>
    <message>
        <source>Please take your change: %1.</source>
        <translation>请取走找零：%1。</translation>
    </message>
    <message>
        <source>Please take your receipt. It shows the booking number and a QR code.</source>
        <translation>请取走收据。上面印有预约编号和二维码。</translation>
    </message>
    <message>
        <source>No receipt was printed. Please note the booking number.</source>
        <translation>没有打印收据。请记下预约编号。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>EnteredPage</name>
    <message>
        <source>Your lottery entry has been sent</source>
        <translation>抽签申请已提交</translation>
    </message>
    <message>
        <source>You do not need to do anything more today.</source>
        <translation>今天无需再办理其他手续。</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>抽签日期为%1。</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>抽签后，可以在本终端查看结果：请使用个人编号卡查看您的预约和抽签申请。</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>EnteringPage</name>
    <message>
        <source>Sending your entry</source>
        <translation>正在提交申请</translation>
    </message>
    <message>
        <source>Your lottery entry is being sent. Please wait.</source>
        <translation>正在提交您的抽签申请，请稍候。</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Lottery for %1</source>
        <translation>%1的抽签</translation>
    </message>
    <message>
        <source>Not drawn yet. The draw is on %1.</source>
        <translation>尚未抽签。抽签日期为%1。</translation>
    </message>
    <message>
        <source>Not drawn yet.</source>
        <translation>尚未抽签。</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>第%1志愿：%2</translation>
    </message>
    <message>
        <source>Won. It is among your bookings, held for you until %1.</source>
        <translation>已中签。已作为您的预约保留至%1。</translation>
    </message>
    <message>
        <source>Won. It is among your bookings.</source>
        <translation>已中签。已列入您的预约。</translation>
    </message>
    <message>
        <source>Not won this time. You are number %1 on the waiting list.</source>
        <translation>本次未中签。您在候补名单上排第%1位。</translation>
    </message>
    <message>
        <source>Not won this time.</source>
        <translation>本次未中签。</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>Check the booking and the fee</source>
        <translation>请确认预约内容和使用费</translation>
    </message>
    <message>
        <source>If this is right, touch Book. You choose next whether to pay here or at the counter.</source>
        <translation>如无误，请点击“预约”。接下来选择在这里付款还是在窗口付款。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>使用费</translation>
    </message>
    <message>
        <source>This is the fee for people who do not live in the city, as your card shows.</source>
        <translation>根据您的卡片，这是市外居民的收费。</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a facility</source>
        <translation>查找设施</translation>
    </message>
    <message>
        <source>Choose what you need, then touch a facility to see its free times.</source>
        <translation>请选择条件，然后点击设施查看空闲时间。</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</source>
        <translation>本机现在无法连接市政预约系统。显示的设施信息截至%1。您可以查看空闲时间，但预约需要连接市政系统。</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Facilities found: %1</source>
        <translation>找到的设施：%1个</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1（最多%2人）</translation>
    </message>
    <message>
        <source>No facility matches these choices. Please change a choice.</source>
        <translation>没有符合这些条件的设施。请更改条件。</translation>
    </message>
    <message>
        <source>My bookings and lottery entries</source>
        <translation>我的预约和抽签申请</translation>
    </message>
</context>
<context>
    <name>GridCell</name>
    <message>
        <source>This day has passed.</source>
        <translation>这一天已经过去了。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已过</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选择</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>请放入个人编号卡</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>请将卡正面朝上放在读卡器上。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>请将卡背面朝上、芯片一端朝前插入读卡器。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>请将卡正面朝上、芯片一端朝前插入读卡器。</translation>
    </message>
    <message>
        <source>Your card shows the bookings and lottery entries made under your name.</source>
        <translation>用卡片显示以您的名义所做的预约和抽签报名。</translation>
    </message>
    <message>
        <source>Your card enters the lottery under your name. Nothing is paid now.</source>
        <translation>用卡片以您的名义报名抽签。现在不付款。</translation>
    </message>
    <message>
        <source>Your card books the room under your name. Nothing is paid yet.</source>
        <translation>用卡片以您的名义预约。现在还不付款。</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>What the marks mean</source>
        <translation>符号说明</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>您的选择</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Facility booking</source>
        <translation>设施预约</translation>
    </message>
    <message>
        <source>Reading the free times of this facility. Please wait.</source>
        <translation>正在读取该设施的空闲时间。请稍候。</translation>
    </message>
    <message>
        <source>Reading the list of facilities. Please wait.</source>
        <translation>正在读取设施列表。请稍候。</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>No answer from the booking system</source>
        <translation>预约系统没有回应</translation>
    </message>
    <message>
        <source>Please choose: try again, or stop.</source>
        <translation>请选择：重试，或停止。</translation>
    </message>
    <message>
        <source>If you stop, any money you put in is given back and the room is not kept for you.</source>
        <translation>如果停止，投入的钱会退还，房间不会为您保留。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>To cancel a booking, touch Cancel this booking on it.</source>
        <translation>要取消预约，请点击该预约上的“取消此预约”。</translation>
    </message>
    <message>
        <source>You have no bookings and no lottery entries.</source>
        <translation>您没有预约，也没有抽签申请。</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>您没有预约。</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>抽签申请</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>PayChoicePage</name>
    <message>
        <source>Where do you want to pay?</source>
        <translation>您要在哪里付款？</translation>
    </message>
    <message>
        <source>The room is held for you. The fee is %1.</source>
        <translation>已为您保留房间。使用费为%1。</translation>
    </message>
    <message>
        <source>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</source>
        <translation>现在无法使用付款机。请到设施窗口付款。</translation>
    </message>
    <message>
        <source>Pay here now</source>
        <translation>现在在这里付款</translation>
    </message>
    <message>
        <source>Cash or IC card</source>
        <translation>现金或IC卡</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>在窗口付款</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter by %1</source>
        <translation>请在%1前到设施窗口</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter, in time</source>
        <translation>请在期限前到设施窗口</translation>
    </message>
    <message>
        <source>A booking not paid by %1 is released.</source>
        <translation>未在%1前付款的预约将被取消。</translation>
    </message>
    <message>
        <source>A booking not paid in time is released.</source>
        <translation>未按期付款的预约将被取消。</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>请投入硬币或纸币。</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>请将IC卡贴近付款机的读卡区。</translation>
    </message>
    <message>
        <source>Choose how to pay. The booking is confirmed once the money is in.</source>
        <translation>请选择付款方式。付款完成后预约即确定。</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>可用纸币：%1日元</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>可用硬币：%1日元</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>应付金额：%1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>已投入</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>还需支付</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>取消付款</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>请输入用户证明用电子证书的4位密码，然后按“确定”。</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>密码错误。剩余次数：%1。之后密码将被锁定。</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>输入密码时请勿让他人看到。输入的数字不会被朗读。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The receipt printer has a problem</source>
        <translation>收据打印机出了问题</translation>
    </message>
    <message>
        <source>Your booking is made. Please note your booking number.</source>
        <translation>预约已完成。请记下您的预约编号。</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预约编号</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</source>
        <translation>工作人员修好打印机后，请点击“重新打印”。也可以不要收据继续：下一个画面会再次显示预约编号。</translation>
    </message>
    <message>
        <source>Go on without a receipt</source>
        <translation>不要收据，继续</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>正在打印收据</translation>
    </message>
    <message>
        <source>Printing the receipt with your booking number. Please wait.</source>
        <translation>正在打印带有预约编号的收据。请稍候。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The booking could not go on</source>
        <translation>无法继续预约</translation>
    </message>
    <message>
        <source>Press “See the free times again” to see this week as it is now.</source>
        <translation>按“重新查看空闲时间”，可查看本周现在的空闲情况。</translation>
    </message>
    <message>
        <source>Press Back to choose again, or Finish to end.</source>
        <translation>重新选择请按“返回”，结束请按“结束”。</translation>
    </message>
    <message>
        <source>See the free times again</source>
        <translation>重新查看空闲时间</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>正在读取卡</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>正在读取卡。请不要取出。</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>请取走您的卡</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>密码正确。取出卡后继续。</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Up to %1 people</source>
        <translation>最多%1人</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1，已选择</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>You can look at the free times. Booking is not possible now.</source>
        <translation>可以查看空闲时间，但现在无法预约。</translation>
    </message>
    <message>
        <source>Touch the free times you want. Then press the button at the bottom right.</source>
        <translation>请点击想要的空闲时间，然后按右下角的按钮。</translation>
    </message>
    <message>
        <source>Free times as of %1</source>
        <translation>截至%1的空闲情况</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</source>
        <translation>这些空闲时间是本机保存的副本。预约需要市政预约系统，但现在无法连接。</translation>
    </message>
    <message>
        <source>Your choice: %1</source>
        <translation>您的选择：%1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <source>Enter the lottery</source>
        <translation>申请抽签</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>WishCard</name>
    <message>
        <source>Your wish</source>
        <translation>您的志愿</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Enter the lottery</source>
        <translation>申请抽签</translation>
    </message>
    <message>
        <source>If this is right, touch Enter the lottery.</source>
        <translation>如无误，请点击“申请抽签”。</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>抽签日期为%1。</translation>
    </message>
    <message>
        <source>This is not a booking yet. If you win, the room is held for you as a provisional booking.</source>
        <translation>这还不是预约。如果中签，将作为临时预约为您保留。</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>抽签后，可以在本终端查看结果：请使用个人编号卡查看您的预约和抽签申请。</translation>
    </message>
</context>
<context>
    <name>booking</name>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>抽签受理中</translation>
    </message>
    <message>
        <source>City use</source>
        <translation>市政使用</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休馆</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>尚未开始受理</translation>
    </message>
    <message>
        <source>At the counter only</source>
        <translation>仅限窗口</translation>
    </message>
    <message>
        <source>This day has passed.</source>
        <translation>这一天已经过去了。</translation>
    </message>
    <message>
        <source>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</source>
        <translation>现在无法连接市政预约系统。您可以查看空闲情况，但预约需要网络连接。请稍后再试。</translation>
    </message>
    <message>
        <source>Someone else has just booked %1. Please choose another time.</source>
        <translation>%1刚刚被其他人预约了。请选择其他时间。</translation>
    </message>
    <message>
        <source>You have reached the limit of bookings: %1. You cannot book more now.</source>
        <translation>您已达到预约上限（%1）。现在无法再预约。</translation>
    </message>
    <message>
        <source>You cannot book until %1 because of late cancellations or no-shows.</source>
        <translation>由于临时取消或未到场，您在%1之前不能预约。</translation>
    </message>
    <message>
        <source>The fee has changed. Please check the new fee.</source>
        <translation>费用已变更。请确认新的费用。</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Please press Try again: you will not book twice.</source>
        <translation>在收到回复之前连接中断了。请按“重试”：不会重复预约。</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>卡的验证已失效。请重新读取卡片。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>无法验证此卡上的电子证书。</translation>
    </message>
    <message>
        <source>The facility is closed on that day.</source>
        <translation>该设施当天休馆。</translation>
    </message>
    <message>
        <source>That day cannot be booked here now. Please check when booking opens.</source>
        <translation>现在无法在这里预约那一天。请确认受理期间。</translation>
    </message>
    <message>
        <source>Only residents of the city can enter this.</source>
        <translation>仅限本市居民申请。</translation>
    </message>
    <message>
        <source>You have already entered this month&apos;s lottery.</source>
        <translation>您已经申请了本月的抽签。</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled here. Please ask at the counter.</source>
        <translation>此预约已无法在这里取消。请到窗口咨询。</translation>
    </message>
    <message>
        <source>The time to pay for this booking has passed. The booking was released.</source>
        <translation>此预约的支付期限已过，预约已被取消。</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>卡片拔出得太早了。请重新插入。</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>由于多次输错密码，此卡的密码已被锁定。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please use your My Number card.</source>
        <translation>这张卡不是个人编号卡。请使用您的个人编号卡。</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>收据打印机没有纸了。预约已完成：请记下这里显示的预约号码。</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>无法读取卡片。请咨询工作人员。</translation>
    </message>
    <message>
        <source>Payment did not work. Please try again or pay at the counter.</source>
        <translation>支付未成功。请重试或到窗口支付。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your booking is made: please note its number.</source>
        <translation>无法打印收据。预约已完成：请记下预约号码。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>出现了问题。请向工作人员求助。</translation>
    </message>
    <message>
        <source>If you cancel: %1.</source>
        <extracomment>The city&apos;s refund rule in one line on the fee screen, built from its tiers. %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.</extracomment>
        <translation>取消时的退款：%1。</translation>
    </message>
    <message>
        <source>%1 days or more before, %2% back</source>
        <extracomment>%1 is a number of days before the day of use, %2 the share of the fee given back.</extracomment>
        <translation>提前%1天以上退还%2%</translation>
    </message>
    <message>
        <source>later, %1% back</source>
        <extracomment>The last tier; %1 is the share of the fee given back.</extracomment>
        <translation>之后退还%1%</translation>
    </message>
    <message>
        <source>later, nothing back</source>
        <translation>之后不退款</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>The ways to pay at the terminal, as the payment screen names them.</extracomment>
        <translation>现金</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>IC卡（电子货币）</translation>
    </message>
    <message>
        <source>%1 slots a day</source>
        <extracomment>A booking cap; %1 is a number of time slots.</extracomment>
        <translation>每天%1个时段</translation>
    </message>
    <message>
        <source>%1 slots a month</source>
        <translation>每月%1个时段</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <extracomment>A booking cap; %1 is a number of hours.</extracomment>
        <translation>每天%1小时</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Title of the home screen&apos;s tile for booking the city&apos;s facilities.
----------
Heading of the printed booking receipt.</extracomment>
        <translation>设施预约</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>预约号码</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>使用日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <extracomment>An amount of money; %1 is the number of yen.</extracomment>
        <translation>%1日元</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>已用现金支付</translation>
    </message>
    <message>
        <source>Paid by IC card</source>
        <translation>已用IC卡支付</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>在窗口支付</translation>
    </message>
    <message>
        <source>Pay by</source>
        <extracomment>Label of the last day and time to pay at the counter.</extracomment>
        <translation>支付期限</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the booking number when you cancel or ask about it.</source>
        <translation>请妥善保管此收据。取消或咨询时请出示预约号码。</translation>
    </message>
    <message>
        <source>Book a room at a community centre or a sports hall. Your My Number card is needed.</source>
        <extracomment>Description on the home screen&apos;s tile for booking the city&apos;s facilities.</extracomment>
        <translation>可预约公民馆或体育馆的房间。需要个人编号卡（My Number卡）。</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Name of a kind of city facility (公民館).</extracomment>
        <translation>公民馆</translation>
    </message>
    <message>
        <source>Neighbourhood hall</source>
        <extracomment>Name of a kind of city facility (地区会館).</extracomment>
        <translation>地区会馆</translation>
    </message>
    <message>
        <source>Sports hall</source>
        <extracomment>Name of a kind of city facility (体育館).</extracomment>
        <translation>体育馆</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <extracomment>Name of a kind of city facility (グラウンド).</extracomment>
        <translation>运动场</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Name of a kind of city facility (図書館).</extracomment>
        <translation>图书馆</translation>
    </message>
    <message>
        <source>Civic centre</source>
        <extracomment>Name of a kind of city facility (市民会館).</extracomment>
        <translation>市民会馆</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <extracomment>A group-size choice; %1 is a number of people.</extracomment>
        <translation>%1人以上</translation>
    </message>
</context>
</TS>
