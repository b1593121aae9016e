<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
