<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CertificateScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>您的卡仍在读卡器中。请立即取走。</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>正在验证密码</translation>
    </message>
    <message>
        <source>Checking your PIN with the card. Please do not take the card out.</source>
        <translation>正在用卡验证密码。请不要取出卡。</translation>
    </message>
</context>
<context>
    <name>CheckingPrinterPage</name>
    <message>
        <source>Checking the printer</source>
        <translation>正在检查打印机</translation>
    </message>
    <message>
        <source>Checking that the printer is ready before you pay.</source>
        <translation>付款前正在确认打印机是否就绪。</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Choose a certificate</source>
        <translation>请选择证明书</translation>
    </message>
    <message>
        <source>Fees are per copy.</source>
        <translation>手续费为每份的金额。</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1日元</translation>
    </message>
</context>
<context>
    <name>CopiesPage</name>
    <message>
        <source>How many copies?</source>
        <translation>需要几份？</translation>
    </message>
    <message>
        <source>One copy fewer</source>
        <translation>减少一份</translation>
    </message>
    <message>
        <source>One copy more</source>
        <translation>增加一份</translation>
    </message>
    <message>
        <source>Fee: %1 yen</source>
        <translation>手续费：%1日元</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Your certificates have been issued.</source>
        <translation>证明书已发放。</translation>
    </message>
    <message>
        <source>Please take your change: %1 yen.</source>
        <translation>请取走找零：%1日元。</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>请取走收据。</translation>
    </message>
    <message>
        <source>The receipt could not be printed. If you need one, please ask the staff.</source>
        <translation>收据未能打印。如有需要，请咨询工作人员。</translation>
    </message>
    <message>
        <source>Please make sure you have your card, your certificates and your receipt.</source>
        <translation>请确认您已带好卡、证明书和收据。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>请放入个人编号卡</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>请将卡正面朝上、芯片一端朝前插入读卡器。</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>请将卡正面朝上放在读卡器上。</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>请将卡背面朝上、芯片一端朝前插入读卡器。</translation>
    </message>
</context>
<context>
    <name>IssuingPage</name>
    <message>
        <source>Preparing your certificates</source>
        <translation>正在准备证明书</translation>
    </message>
    <message>
        <source>The city is preparing your certificates. Please wait.</source>
        <translation>市政府系统正在准备您的证明书。请稍候。</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Looking up your certificates</source>
        <translation>正在查询可申请的证明书</translation>
    </message>
    <message>
        <source>Asking the city which certificates you can get here.</source>
        <translation>正在向市政府查询您在此可申请的证明书。</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>What should the certificate show?</source>
        <translation>请选择证明书的记载内容</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>仅本人</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>全体家庭成员</translation>
    </message>
    <message>
        <source>Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.</source>
        <translation>本机不会打印12位个人编号。如需记载，请到市政府窗口申请。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Choose only what you need. What you do not choose is not printed.</source>
        <translation>请只选择需要的项目。未选择的项目不会打印。</translation>
    </message>
    <message>
        <source>Whose entries should it show?</source>
        <translation>记载哪些人的信息？</translation>
    </message>
    <message>
        <source>Should it show the head of household and your relationship to them?</source>
        <translation>是否记载户主姓名及与户主的关系？</translation>
    </message>
    <message>
        <source>Do not show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>不记载</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>An answer to &quot;Should it show …?&quot; on the certificate&apos;s options.</extracomment>
        <translation>记载</translation>
    </message>
    <message>
        <source>Should it show the registered domicile and the head of the family register?</source>
        <translation>是否记载本籍和户籍首位者？</translation>
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
        <source>Choose how to pay. The money is only taken once your certificates are printed.</source>
        <translation>请选择付款方式。证明书打印完成后才会收取费用。</translation>
    </message>
    <message>
        <source>Amount due: %1 yen</source>
        <translation>应付金额：%1日元</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>取消付款</translation>
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
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1日元</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>已投入</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>还需支付</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>密码错误。剩余次数：%1。之后密码将被锁定。</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>请输入用户证明用电子证书的4位密码，然后按“确定”。</translation>
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
        <source>The printer has a problem</source>
        <translation>打印机出现问题</translation>
    </message>
    <message>
        <source>Printed so far: %1 of %2. Nothing has been charged yet.</source>
        <translation>已打印：%2份中的%1份。尚未收取任何费用。</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Try again: only what is missing is printed. Or stop, and all your money is returned.</source>
        <translation>工作人员修好打印机后，请按“重试”：只打印缺少的部分。或者选择停止，所有款项将退还。</translation>
    </message>
    <message>
        <source>Stop and get my money back</source>
        <translation>停止并退款</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your certificates</source>
        <translation>正在打印证明书</translation>
    </message>
    <message>
        <source>Please do not leave the kiosk.</source>
        <translation>请不要离开本机。</translation>
    </message>
    <message>
        <source>Printing %1 of %2. Please do not leave.</source>
        <translation>正在打印第%1份，共%2份。请不要离开。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The certificate cannot be issued</source>
        <translation>无法发放证明书</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>重新读取卡</translation>
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
    <name>ReceiptPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>正在打印收据</translation>
    </message>
    <message>
        <source>Printing your receipt. Please wait.</source>
        <translation>正在打印收据。请稍候。</translation>
    </message>
</context>
<context>
    <name>RefundedPage</name>
    <message>
        <source>Your money has been returned</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Nothing was charged.</source>
        <translation>未收取任何费用。</translation>
    </message>
    <message>
        <source>Please take your money: %1 yen.</source>
        <translation>请取回您的钱：%1日元。</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>重新读取卡</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>RefundingPage</name>
    <message>
        <source>Returning your money</source>
        <translation>正在退款</translation>
    </message>
    <message>
        <source>Your money is being returned. Please wait.</source>
        <translation>正在退还您的钱。请稍候。</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>Check your order</source>
        <translation>请确认申请内容</translation>
    </message>
    <message>
        <source>If this is right, touch Pay. You can still go back.</source>
        <translation>如无误，请按“付款”。您仍可返回。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证明书</translation>
    </message>
    <message>
        <source>Whose entries</source>
        <translation>记载对象</translation>
    </message>
    <message>
        <source>Everyone in my household</source>
        <translation>全体家庭成员</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>仅本人</translation>
    </message>
    <message>
        <source>Also show</source>
        <translation>同时记载</translation>
    </message>
    <message>
        <source>Head of household and relationship</source>
        <translation>户主及与户主关系</translation>
    </message>
    <message>
        <source>Registered domicile and head of family register</source>
        <translation>本籍及户籍首位者</translation>
    </message>
    <message>
        <source>Nothing else</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1日元</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
</context>
<context>
    <name>TakeDocumentsPage</name>
    <message>
        <source>Your certificates are still in the tray. Please take them.</source>
        <translation>证明书仍在出纸口。请取走。</translation>
    </message>
    <message>
        <source>Take your certificates</source>
        <translation>请取走证明书</translation>
    </message>
    <message>
        <source>Take your certificates from the tray below, then touch the button.</source>
        <translation>请从下方出纸口取走证明书，然后按按钮。</translation>
    </message>
    <message>
        <source>Please check that every page is there.</source>
        <translation>请确认所有页面齐全。</translation>
    </message>
    <message>
        <source>I have taken them</source>
        <translation>我已取走</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Certificates with your My Number card</source>
        <translation>用个人编号卡申请证明书</translation>
    </message>
    <message>
        <source>Please read this, then touch Agree.</source>
        <translation>请阅读以下内容，然后按“同意”。</translation>
    </message>
    <message>
        <source>You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.</source>
        <translation>您可以使用个人编号卡及其4位密码，在这里申请住民票等证明书。</translation>
    </message>
    <message>
        <source>The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.</source>
        <translation>付款前会显示手续费。您确认后才付款；如果证明书无法打印，款项将退还。</translation>
    </message>
    <message>
        <source>The kiosk reads only the card&apos;s electronic certificate for identification. Your 12-digit My Number is never read and never printed.</source>
        <translation>本机仅读取卡内的电子证书进行身份确认。绝不读取或打印您的12位个人编号。</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.</source>
        <translation>可使用者：在本市登记住民、年满15岁，且个人编号卡内含用户身份验证用电子证书的人。</translation>
    </message>
    <message>
        <source>Fees: the fee of each certificate is shown before you choose it.</source>
        <translation>手续费：各证明书的手续费会在选择前显示。</translation>
    </message>
    <message>
        <source>Fees: %1 yen per copy.</source>
        <translation>手续费：每份%1日元。</translation>
    </message>
    <message>
        <source>Fees: %1 to %2 yen per copy, depending on the certificate.</source>
        <translation>手续费：每份%1至%2日元（因证明书而异）。</translation>
    </message>
    <message>
        <source>Hours: open 24 hours a day.</source>
        <translation>服务时间：24小时。</translation>
    </message>
    <message>
        <source>Hours: every day from %1 to %2.</source>
        <translation>服务时间：每天 %1至%2。</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>停止服务日：%1。</translation>
    </message>
    <message>
        <source>If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.</source>
        <translation>密码连续输错%1次将被锁定，卡将无法在此使用。只有市政府窗口可以解除锁定。</translation>
    </message>
    <message>
        <source>Do not agree</source>
        <translation>不同意</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>The card reader is not working right now. Please ask the staff.</source>
        <translation>读卡器暂时无法使用。请联系工作人员。</translation>
    </message>
    <message>
        <source>This card is not registered with the city&apos;s resident records.</source>
        <translation>此卡未登记在本市的居民记录中。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has been revoked.</source>
        <translation>此卡的电子证书已被吊销。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card has expired.</source>
        <translation>此卡的电子证书已过期。</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>无法验证此卡的电子证书。</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please take it out and use your My Number card.</source>
        <translation>此卡不是个人编号卡。请取出后放入您的个人编号卡。</translation>
    </message>
    <message>
        <source>This is an old Basic Resident Register card. It cannot be used here. Please take it out and use your My Number card.</source>
        <translation>这是旧的住民基本台账卡，本机无法使用。请取出后放入个人编号卡。</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>卡被过早取出。请重新放入。</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>由于多次输入错误，此卡的密码已被锁定。</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>卡的验证已失效。请重新读取您的卡。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now. Please try again later.</source>
        <translation>目前无法连接市政府系统。请稍后再试。</translation>
    </message>
    <message>
        <source>The payment took too long and was stopped. Any money you put in has been returned.</source>
        <translation>付款超时，已中止。您投入的钱已退还。</translation>
    </message>
    <message>
        <source>The balance of the IC card is not enough. Please choose another way to pay.</source>
        <translation>IC卡余额不足。请选择其他付款方式。</translation>
    </message>
    <message>
        <source>The IC card could not be read. Please try again.</source>
        <translation>无法读取IC卡。请重试。</translation>
    </message>
    <message>
        <source>The kiosk cannot give enough change. Please pay with the exact amount or an IC card.</source>
        <translation>本机零钱不足。请支付准确金额或使用IC卡。</translation>
    </message>
    <message>
        <source>This way to pay cannot be used right now. Please choose another.</source>
        <translation>此付款方式目前无法使用。请选择其他方式。</translation>
    </message>
    <message>
        <source>There was a problem with the payment unit. Please show your receipt to the staff.</source>
        <translation>付款机出现问题。请向工作人员出示收据。</translation>
    </message>
    <message>
        <source>Your money could not be returned automatically. Please ask the staff; nothing has been charged.</source>
        <translation>无法自动退款。请联系工作人员；未收取任何费用。</translation>
    </message>
    <message>
        <source>The kiosk had an unexpected problem.</source>
        <translation>本机出现意外问题。</translation>
    </message>
    <message>
        <source>The card could not be read. Please take it out and put it in again, face up, chip first.</source>
        <translation>无法读取卡。请取出后正面朝上、芯片一端朝前重新插入。</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot issue this certificate here.</source>
        <translation>本机无法发放此证明书。</translation>
    </message>
    <message>
        <source>The city&apos;s system is not answering correctly right now. Please try again later.</source>
        <translation>市政府系统目前未正常响应。请稍后再试。</translation>
    </message>
    <message>
        <source>The payment unit is not working right now. Please ask the staff.</source>
        <translation>付款机目前无法使用。请联系工作人员。</translation>
    </message>
    <message>
        <source>Please ask the staff for help.</source>
        <translation>请向工作人员求助。</translation>
    </message>
    <message>
        <source>The electronic certificate can be renewed at the resident services counter at the city office.</source>
        <translation>电子证书可以在市政府居民服务窗口更新。</translation>
    </message>
    <message>
        <source>Please take your card to the resident services counter at the city office, where the PIN can be reset. Bring an identity document.</source>
        <translation>请携带此卡和身份证明文件到市政府居民服务窗口重新设置密码。</translation>
    </message>
    <message>
        <source>You can try again in a few minutes, or get the certificate at the city office counter.</source>
        <translation>您可以几分钟后再试，或到市政府窗口领取证明书。</translation>
    </message>
    <message>
        <source>Please ask at the resident services counter at the city office.</source>
        <translation>请到市政府居民服务窗口咨询。</translation>
    </message>
    <message>
        <source>No seal is registered.</source>
        <translation>没有印章登记。</translation>
    </message>
    <message>
        <source>Your family register is kept by another city.</source>
        <translation>您的户籍在其他市町村。</translation>
    </message>
    <message>
        <source>No family register is kept in this city.</source>
        <translation>本市没有您的户籍。</translation>
    </message>
    <message>
        <source>No tax record is available.</source>
        <translation>没有课税记录。</translation>
    </message>
    <message>
        <source>Only for residents aged 15 or over.</source>
        <translation>仅限15岁以上的居民。</translation>
    </message>
    <message>
        <source>Please ask at the city office counter.</source>
        <translation>请到市政府窗口咨询。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>IC卡（电子货币）</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Title of the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>证明书发放</translation>
    </message>
    <message>
        <source>Certificate of residence, seal registration, tax and family register certificates, with your My Number card.</source>
        <extracomment>Description on the home screen&apos;s tile for certificate issuance.</extracomment>
        <translation>使用个人编号卡，可申请住民票、印章登记证明、课税证明、户籍证明等。</translation>
    </message>
</context>
<context>
    <name>certificates_receipt</name>
    <message>
        <source>Receipt</source>
        <extracomment>The receipt&apos;s heading (領収書).</extracomment>
        <translation>收据</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Label before the certificate&apos;s name.</extracomment>
        <translation>证明书</translation>
    </message>
    <message>
        <source>Copies</source>
        <extracomment>Label of the number of copies.</extracomment>
        <translation>份数</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <extracomment>The number of copies, %1 being the number (3通).</extracomment>
        <translation>%1份</translation>
    </message>
    <message>
        <source>Fee</source>
        <extracomment>Label of the fee paid.</extracomment>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>Label of the way the fee was paid.</extracomment>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>Paid in cash.</extracomment>
        <translation>现金</translation>
    </message>
    <message>
        <source>IC e-money</source>
        <extracomment>Paid with an IC e-money card.</extracomment>
        <translation>电子货币</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <extracomment>Label of the money the resident put in (お預り), printed above the change.</extracomment>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Label of the change given.</extracomment>
        <translation>找零</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label of the date and time of issue.</extracomment>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Terminal</source>
        <extracomment>Label of the terminal&apos;s id.</extracomment>
        <translation>终端编号</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>Label of the issuance&apos;s reference number.</extracomment>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>The closing line of the receipt.</extracomment>
        <translation>感谢您的使用</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money, %1 being the amount with its digits grouped (450円, ¥450).</extracomment>
        <translation>%1日元</translation>
    </message>
</context>
</TS>
