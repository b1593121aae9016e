<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookingCard</name>
    <message>
        <source>Provisional booking (not paid yet)</source>
        <translation>Provisional booking (not paid yet)</translation>
    </message>
    <message>
        <source>Booked and paid</source>
        <translation>Booked and paid</translation>
    </message>
    <message>
        <source>Booked, to pay at the counter</source>
        <translation>Booked, to pay at the counter</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Released: it was not paid in time</source>
        <translation>Released: it was not paid in time</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Not used: nobody came</source>
        <translation>Not used: nobody came</translation>
    </message>
    <message>
        <source>Please ask at the counter about this booking.</source>
        <translation>Please ask at the counter about this booking.</translation>
    </message>
    <message>
        <source>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</source>
        <translation>Not paid yet: %1. Please pay at the facility&apos;s counter by %2, or the booking is released.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Refund: %1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>Booking number: %1</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Cancel this booking</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>Booking the room</source>
        <translation>Booking the room</translation>
    </message>
    <message>
        <source>Holding the room for you. Please wait.</source>
        <translation>Holding the room for you. Please wait.</translation>
    </message>
</context>
<context>
    <name>BookingScreen</name>
    <message>
        <source>Your card is still in the reader. Please take it now.</source>
        <translation>Your card is still in the reader. Please take it now.</translation>
    </message>
</context>
<context>
    <name>CancelPage</name>
    <message>
        <source>Cancel this booking?</source>
        <translation>Cancel this booking?</translation>
    </message>
    <message>
        <source>Please check what cancelling means.</source>
        <translation>Please check what cancelling means.</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>Nothing was paid for this booking, so there is nothing to refund.</translation>
    </message>
    <message>
        <source>It is too close to the day: if you cancel now, nothing is refunded.</source>
        <translation>It is too close to the day: if you cancel now, nothing is refunded.</translation>
    </message>
    <message>
        <source>If you cancel now, the whole fee is refunded: %1.</source>
        <translation>If you cancel now, the whole fee is refunded: %1.</translation>
    </message>
    <message>
        <source>If you cancel now, %1 % of the fee is refunded: %2.</source>
        <translation>If you cancel now, %1 % of the fee is refunded: %2.</translation>
    </message>
    <message>
        <source>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</source>
        <translation>This is a late cancellation. Penalty points added: %1. With too many points, you cannot book for a while.</translation>
    </message>
    <message>
        <source>A cancelled booking cannot be restored.</source>
        <translation>A cancelled booking cannot be restored.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Cancel this booking</translation>
    </message>
</context>
<context>
    <name>CancelledPage</name>
    <message>
        <source>Your booking is cancelled</source>
        <translation>Your booking is cancelled</translation>
    </message>
    <message>
        <source>The room is free again at that time for others to book.</source>
        <translation>The room is free again at that time for others to book.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Refund: %1</translation>
    </message>
    <message>
        <source>No refund is paid for this cancellation.</source>
        <translation>No refund is paid for this cancellation.</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is nothing to refund.</source>
        <translation>Nothing was paid, so there is nothing to refund.</translation>
    </message>
    <message>
        <source>The refund is paid at the facility&apos;s counter. Please show your booking number there.</source>
        <translation>The refund is paid at the facility&apos;s counter. Please show your booking number there.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>CancellingPage</name>
    <message>
        <source>Cancelling your booking</source>
        <translation>Cancelling your booking</translation>
    </message>
    <message>
        <source>Your booking is being cancelled. Please wait.</source>
        <translation>Your booking is being cancelled. Please wait.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking with the booking system</source>
        <translation>Checking with the booking system</translation>
    </message>
    <message>
        <source>Checking your card with the city&apos;s booking system. Please wait.</source>
        <translation>Checking your card with the city&apos;s booking system. Please wait.</translation>
    </message>
</context>
<context>
    <name>CheckingPinPage</name>
    <message>
        <source>Checking your PIN</source>
        <translation>Checking your PIN</translation>
    </message>
    <message>
        <source>Checking your PIN. Please do not take the card out.</source>
        <translation>Checking your PIN. Please do not take the card out.</translation>
    </message>
</context>
<context>
    <name>ConfirmingPage</name>
    <message>
        <source>Confirming your booking</source>
        <translation>Confirming your booking</translation>
    </message>
    <message>
        <source>Confirming your booking with the city. Please do not leave.</source>
        <translation>Confirming your booking with the city. Please do not leave.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your booking is made</source>
        <translation>Your booking is made</translation>
    </message>
    <message>
        <source>Your booking number is %1. Please note it.</source>
        <translation>Your booking number is %1. Please note it.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Booking number</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Paid: %1</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter by %2.</source>
        <translation>Please pay %1 at the facility&apos;s counter by %2.</translation>
    </message>
    <message>
        <source>Please pay %1 at the facility&apos;s counter.</source>
        <translation>Please pay %1 at the facility&apos;s counter.</translation>
    </message>
    <message>
        <source>Please take your change: %1.</source>
        <translation>Please take your change: %1.</translation>
    </message>
    <message>
        <source>Please take your receipt. It shows the booking number and a QR code.</source>
        <translation>Please take your receipt. It shows the booking number and a QR code.</translation>
    </message>
    <message>
        <source>No receipt was printed. Please note the booking number.</source>
        <translation>No receipt was printed. Please note the booking number.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>EnteredPage</name>
    <message>
        <source>Your lottery entry has been sent</source>
        <translation>Your lottery entry has been sent</translation>
    </message>
    <message>
        <source>You do not need to do anything more today.</source>
        <translation>You do not need to do anything more today.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>The draw is on %1.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>EnteringPage</name>
    <message>
        <source>Sending your entry</source>
        <translation>Sending your entry</translation>
    </message>
    <message>
        <source>Your lottery entry is being sent. Please wait.</source>
        <translation>Your lottery entry is being sent. Please wait.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Lottery for %1</source>
        <translation>Lottery for %1</translation>
    </message>
    <message>
        <source>Not drawn yet. The draw is on %1.</source>
        <translation>Not drawn yet. The draw is on %1.</translation>
    </message>
    <message>
        <source>Not drawn yet.</source>
        <translation>Not drawn yet.</translation>
    </message>
    <message>
        <source>Wish %1: %2</source>
        <translation>Wish %1: %2</translation>
    </message>
    <message>
        <source>Won. It is among your bookings, held for you until %1.</source>
        <translation>Won. It is among your bookings, held for you until %1.</translation>
    </message>
    <message>
        <source>Won. It is among your bookings.</source>
        <translation>Won. It is among your bookings.</translation>
    </message>
    <message>
        <source>Not won this time. You are number %1 on the waiting list.</source>
        <translation>Not won this time. You are number %1 on the waiting list.</translation>
    </message>
    <message>
        <source>Not won this time.</source>
        <translation>Not won this time.</translation>
    </message>
</context>
<context>
    <name>FeePage</name>
    <message>
        <source>Check the booking and the fee</source>
        <translation>Check the booking and the fee</translation>
    </message>
    <message>
        <source>If this is right, touch Book. You choose next whether to pay here or at the counter.</source>
        <translation>If this is right, touch Book. You choose next whether to pay here or at the counter.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>This is the fee for people who do not live in the city, as your card shows.</source>
        <translation>This is the fee for people who do not live in the city, as your card shows.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a facility</source>
        <translation>Find a facility</translation>
    </message>
    <message>
        <source>Choose what you need, then touch a facility to see its free times.</source>
        <translation>Choose what you need, then touch a facility to see its free times.</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</source>
        <translation>This kiosk cannot reach the city&apos;s booking system now. The facilities shown are as of %1. You can look at the free times, but booking needs the city&apos;s system.</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Kind of facility</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Group size</translation>
    </message>
    <message>
        <source>Facilities found: %1</source>
        <translation>Facilities found: %1</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (up to %2)</translation>
    </message>
    <message>
        <source>No facility matches these choices. Please change a choice.</source>
        <translation>No facility matches these choices. Please change a choice.</translation>
    </message>
    <message>
        <source>My bookings and lottery entries</source>
        <translation>My bookings and lottery entries</translation>
    </message>
</context>
<context>
    <name>GridCell</name>
    <message>
        <source>This day has passed.</source>
        <translation>This day has passed.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
</context>
<context>
    <name>InsertCardPage</name>
    <message>
        <source>Place your My Number card</source>
        <translation>Place your My Number card</translation>
    </message>
    <message>
        <source>Lay the card face up on the card reader.</source>
        <translation>Lay the card face up on the card reader.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face down, chip first.</source>
        <translation>Put the card into the reader, face down, chip first.</translation>
    </message>
    <message>
        <source>Put the card into the reader, face up, chip first.</source>
        <translation>Put the card into the reader, face up, chip first.</translation>
    </message>
    <message>
        <source>Your card shows the bookings and lottery entries made under your name.</source>
        <translation>Your card shows the bookings and lottery entries made under your name.</translation>
    </message>
    <message>
        <source>Your card enters the lottery under your name. Nothing is paid now.</source>
        <translation>Your card enters the lottery under your name. Nothing is paid now.</translation>
    </message>
    <message>
        <source>Your card books the room under your name. Nothing is paid yet.</source>
        <translation>Your card books the room under your name. Nothing is paid yet.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>What the marks mean</source>
        <translation>What the marks mean</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Your choice</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Facility booking</source>
        <translation>Facility booking</translation>
    </message>
    <message>
        <source>Reading the free times of this facility. Please wait.</source>
        <translation>Reading the free times of this facility. Please wait.</translation>
    </message>
    <message>
        <source>Reading the list of facilities. Please wait.</source>
        <translation>Reading the list of facilities. Please wait.</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>No answer from the booking system</source>
        <translation>No answer from the booking system</translation>
    </message>
    <message>
        <source>Please choose: try again, or stop.</source>
        <translation>Please choose: try again, or stop.</translation>
    </message>
    <message>
        <source>If you stop, any money you put in is given back and the room is not kept for you.</source>
        <translation>If you stop, any money you put in is given back and the room is not kept for you.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>MinePage</name>
    <message>
        <source>My bookings</source>
        <translation>My bookings</translation>
    </message>
    <message>
        <source>To cancel a booking, touch Cancel this booking on it.</source>
        <translation>To cancel a booking, touch Cancel this booking on it.</translation>
    </message>
    <message>
        <source>You have no bookings and no lottery entries.</source>
        <translation>You have no bookings and no lottery entries.</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>You have no bookings.</translation>
    </message>
    <message>
        <source>Lottery entries</source>
        <translation>Lottery entries</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>PayChoicePage</name>
    <message>
        <source>Where do you want to pay?</source>
        <translation>Where do you want to pay?</translation>
    </message>
    <message>
        <source>The room is held for you. The fee is %1.</source>
        <translation>The room is held for you. The fee is %1.</translation>
    </message>
    <message>
        <source>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</source>
        <translation>The payment unit cannot be used now. Please pay at the facility&apos;s counter.</translation>
    </message>
    <message>
        <source>Pay here now</source>
        <translation>Pay here now</translation>
    </message>
    <message>
        <source>Cash or IC card</source>
        <translation>Cash or IC card</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>Pay at the counter</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter by %1</source>
        <translation>At the facility&apos;s counter by %1</translation>
    </message>
    <message>
        <source>At the facility&apos;s counter, in time</source>
        <translation>At the facility&apos;s counter, in time</translation>
    </message>
    <message>
        <source>A booking not paid by %1 is released.</source>
        <translation>A booking not paid by %1 is released.</translation>
    </message>
    <message>
        <source>A booking not paid in time is released.</source>
        <translation>A booking not paid in time is released.</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Please put coins or notes into the payment unit.</source>
        <translation>Please put coins or notes into the payment unit.</translation>
    </message>
    <message>
        <source>Please touch your IC card to the reader of the payment unit.</source>
        <translation>Please touch your IC card to the reader of the payment unit.</translation>
    </message>
    <message>
        <source>Choose how to pay. The booking is confirmed once the money is in.</source>
        <translation>Choose how to pay. The booking is confirmed once the money is in.</translation>
    </message>
    <message>
        <source>Notes: %1 yen</source>
        <translation>Notes: %1 yen</translation>
    </message>
    <message>
        <source>Coins: %1 yen</source>
        <translation>Coins: %1 yen</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>Amount due: %1</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>Put in so far</source>
        <translation>Put in so far</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancel payment</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</source>
        <translation>Enter the 4-digit PIN of your card&apos;s user certificate, then touch Confirm.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Tries left: %1. After that the PIN is locked.</source>
        <translation>The PIN was not correct. Tries left: %1. After that the PIN is locked.</translation>
    </message>
    <message>
        <source>Nobody else should see you type the PIN. The numbers you type are never read aloud.</source>
        <translation>Nobody else should see you type the PIN. The numbers you type are never read aloud.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>PrintProblemPage</name>
    <message>
        <source>The receipt printer has a problem</source>
        <translation>The receipt printer has a problem</translation>
    </message>
    <message>
        <source>Your booking is made. Please note your booking number.</source>
        <translation>Your booking is made. Please note your booking number.</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Booking number</translation>
    </message>
    <message>
        <source>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</source>
        <translation>When the staff have fixed the printer, touch Print again. Or go on without a receipt: the number is shown again on the next screen.</translation>
    </message>
    <message>
        <source>Go on without a receipt</source>
        <translation>Go on without a receipt</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing your receipt</source>
        <translation>Printing your receipt</translation>
    </message>
    <message>
        <source>Printing the receipt with your booking number. Please wait.</source>
        <translation>Printing the receipt with your booking number. Please wait.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>The booking could not go on</source>
        <translation>The booking could not go on</translation>
    </message>
    <message>
        <source>Press “See the free times again” to see this week as it is now.</source>
        <translation>Press “See the free times again” to see this week as it is now.</translation>
    </message>
    <message>
        <source>Press Back to choose again, or Finish to end.</source>
        <translation>Press Back to choose again, or Finish to end.</translation>
    </message>
    <message>
        <source>See the free times again</source>
        <translation>See the free times again</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>ReadingCardPage</name>
    <message>
        <source>Reading your card</source>
        <translation>Reading your card</translation>
    </message>
    <message>
        <source>Reading your card. Please do not take it out.</source>
        <translation>Reading your card. Please do not take it out.</translation>
    </message>
</context>
<context>
    <name>RemoveCardPage</name>
    <message>
        <source>Please take your card</source>
        <translation>Please take your card</translation>
    </message>
    <message>
        <source>Your PIN is correct. Take your card out of the reader to continue.</source>
        <translation>Your PIN is correct. Take your card out of the reader to continue.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Up to %1 people</source>
        <translation>Up to %1 people</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, chosen</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>You can look at the free times. Booking is not possible now.</source>
        <translation>You can look at the free times. Booking is not possible now.</translation>
    </message>
    <message>
        <source>Touch the free times you want. Then press the button at the bottom right.</source>
        <translation>Touch the free times you want. Then press the button at the bottom right.</translation>
    </message>
    <message>
        <source>Free times as of %1</source>
        <translation>Free times as of %1</translation>
    </message>
    <message>
        <source>◀ Week before</source>
        <translation>◀ Week before</translation>
    </message>
    <message>
        <source>Week after ▶</source>
        <translation>Week after ▶</translation>
    </message>
    <message>
        <source>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</source>
        <translation>These free times are the copy kept on this kiosk. Booking needs the city&apos;s booking system, which cannot be reached now.</translation>
    </message>
    <message>
        <source>Your choice: %1</source>
        <translation>Your choice: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Nothing chosen yet.</translation>
    </message>
    <message>
        <source>Enter the lottery</source>
        <translation>Enter the lottery</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>WishCard</name>
    <message>
        <source>Your wish</source>
        <translation>Your wish</translation>
    </message>
</context>
<context>
    <name>WishPage</name>
    <message>
        <source>Enter the lottery</source>
        <translation>Enter the lottery</translation>
    </message>
    <message>
        <source>If this is right, touch Enter the lottery.</source>
        <translation>If this is right, touch Enter the lottery.</translation>
    </message>
    <message>
        <source>The draw is on %1.</source>
        <translation>The draw is on %1.</translation>
    </message>
    <message>
        <source>This is not a booking yet. If you win, the room is held for you as a provisional booking.</source>
        <translation>This is not a booking yet. If you win, the room is held for you as a provisional booking.</translation>
    </message>
    <message>
        <source>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</source>
        <translation>After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.</translation>
    </message>
</context>
<context>
    <name>booking</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Lottery</source>
        <translation>Lottery</translation>
    </message>
    <message>
        <source>City use</source>
        <translation>City use</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Not open yet</translation>
    </message>
    <message>
        <source>At the counter only</source>
        <translation>At the counter only</translation>
    </message>
    <message>
        <source>This day has passed.</source>
        <translation>This day has passed.</translation>
    </message>
    <message>
        <source>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</source>
        <translation>The city&apos;s booking system cannot be reached now. You can look at the free rooms, but booking needs a connection. Please try again later.</translation>
    </message>
    <message>
        <source>Someone else has just booked %1. Please choose another time.</source>
        <translation>Someone else has just booked %1. Please choose another time.</translation>
    </message>
    <message>
        <source>You have reached the limit of bookings: %1. You cannot book more now.</source>
        <translation>You have reached the limit of bookings: %1. You cannot book more now.</translation>
    </message>
    <message>
        <source>You cannot book until %1 because of late cancellations or no-shows.</source>
        <translation>You cannot book until %1 because of late cancellations or no-shows.</translation>
    </message>
    <message>
        <source>The fee has changed. Please check the new fee.</source>
        <translation>The fee has changed. Please check the new fee.</translation>
    </message>
    <message>
        <source>The connection was lost before the answer came. Please press Try again: you will not book twice.</source>
        <translation>The connection was lost before the answer came. Please press Try again: you will not book twice.</translation>
    </message>
    <message>
        <source>The check of your card is no longer valid. Please read your card again.</source>
        <translation>The check of your card is no longer valid. Please read your card again.</translation>
    </message>
    <message>
        <source>The electronic certificate on this card could not be verified.</source>
        <translation>The electronic certificate on this card could not be verified.</translation>
    </message>
    <message>
        <source>The facility is closed on that day.</source>
        <translation>The facility is closed on that day.</translation>
    </message>
    <message>
        <source>That day cannot be booked here now. Please check when booking opens.</source>
        <translation>That day cannot be booked here now. Please check when booking opens.</translation>
    </message>
    <message>
        <source>Only residents of the city can enter this.</source>
        <translation>Only residents of the city can enter this.</translation>
    </message>
    <message>
        <source>You have already entered this month&apos;s lottery.</source>
        <translation>You have already entered this month&apos;s lottery.</translation>
    </message>
    <message>
        <source>This booking can no longer be cancelled here. Please ask at the counter.</source>
        <translation>This booking can no longer be cancelled here. Please ask at the counter.</translation>
    </message>
    <message>
        <source>The time to pay for this booking has passed. The booking was released.</source>
        <translation>The time to pay for this booking has passed. The booking was released.</translation>
    </message>
    <message>
        <source>The card was taken out too early. Please put it in again.</source>
        <translation>The card was taken out too early. Please put it in again.</translation>
    </message>
    <message>
        <source>The PIN was not correct.</source>
        <translation>The PIN was not correct.</translation>
    </message>
    <message>
        <source>The PIN of this card is locked because it was entered wrongly too many times.</source>
        <translation>The PIN of this card is locked because it was entered wrongly too many times.</translation>
    </message>
    <message>
        <source>This card is not a My Number card. Please use your My Number card.</source>
        <translation>This card is not a My Number card. Please use your My Number card.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</source>
        <translation>The receipt printer is out of paper. Your booking is made: please note the booking number shown here.</translation>
    </message>
    <message>
        <source>The card could not be read. Please ask the staff.</source>
        <translation>The card could not be read. Please ask the staff.</translation>
    </message>
    <message>
        <source>Payment did not work. Please try again or pay at the counter.</source>
        <translation>Payment did not work. Please try again or pay at the counter.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Your booking is made: please note its number.</source>
        <translation>The receipt could not be printed. Your booking is made: please note its number.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff for help.</source>
        <translation>Something went wrong. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>If you cancel: %1.</source>
        <extracomment>The city&apos;s refund rule in one line on the fee screen, built from its tiers. %1 is the list of tiers, each worded by ``tier``, ``later`` or ``nothing``.</extracomment>
        <translation>If you cancel: %1.</translation>
    </message>
    <message>
        <source>%1 days or more before, %2% back</source>
        <extracomment>%1 is a number of days before the day of use, %2 the share of the fee given back.</extracomment>
        <translation>%1 days or more before, %2% back</translation>
    </message>
    <message>
        <source>later, %1% back</source>
        <extracomment>The last tier; %1 is the share of the fee given back.</extracomment>
        <translation>later, %1% back</translation>
    </message>
    <message>
        <source>later, nothing back</source>
        <translation>later, nothing back</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>The ways to pay at the terminal, as the payment screen names them.</extracomment>
        <translation>Cash</translation>
    </message>
    <message>
        <source>IC card (e-money)</source>
        <translation>IC card (e-money)</translation>
    </message>
    <message>
        <source>%1 slots a day</source>
        <extracomment>A booking cap; %1 is a number of time slots.</extracomment>
        <translation>%1 slots a day</translation>
    </message>
    <message>
        <source>%1 slots a month</source>
        <translation>%1 slots a month</translation>
    </message>
    <message>
        <source>%1 hours a day</source>
        <extracomment>A booking cap; %1 is a number of hours.</extracomment>
        <translation>%1 hours a day</translation>
    </message>
    <message>
        <source>Facility booking</source>
        <extracomment>Title of the home screen&apos;s tile for booking the city&apos;s facilities.
----------
Heading of the printed booking receipt.</extracomment>
        <translation>Facility booking</translation>
    </message>
    <message>
        <source>Booking number</source>
        <translation>Booking number</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <extracomment>An amount of money; %1 is the number of yen.</extracomment>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Paid by IC card</source>
        <translation>Paid by IC card</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>To pay at the counter</translation>
    </message>
    <message>
        <source>Pay by</source>
        <extracomment>Label of the last day and time to pay at the counter.</extracomment>
        <translation>Pay by</translation>
    </message>
    <message>
        <source>Keep this receipt. Show the booking number when you cancel or ask about it.</source>
        <translation>Keep this receipt. Show the booking number when you cancel or ask about it.</translation>
    </message>
    <message>
        <source>Book a room at a community centre or a sports hall. Your My Number card is needed.</source>
        <extracomment>Description on the home screen&apos;s tile for booking the city&apos;s facilities.</extracomment>
        <translation>Book a room at a community centre or a sports hall. Your My Number card is needed.</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Name of a kind of city facility (公民館).</extracomment>
        <translation>Community centre</translation>
    </message>
    <message>
        <source>Neighbourhood hall</source>
        <extracomment>Name of a kind of city facility (地区会館).</extracomment>
        <translation>Neighbourhood hall</translation>
    </message>
    <message>
        <source>Sports hall</source>
        <extracomment>Name of a kind of city facility (体育館).</extracomment>
        <translation>Sports hall</translation>
    </message>
    <message>
        <source>Sports ground</source>
        <extracomment>Name of a kind of city facility (グラウンド).</extracomment>
        <translation>Sports ground</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Name of a kind of city facility (図書館).</extracomment>
        <translation>Library</translation>
    </message>
    <message>
        <source>Civic centre</source>
        <extracomment>Name of a kind of city facility (市民会館).</extracomment>
        <translation>Civic centre</translation>
    </message>
    <message>
        <source>%1 people or more</source>
        <extracomment>A group-size choice; %1 is a number of people.</extracomment>
        <translation>%1 people or more</translation>
    </message>
</context>
</TS>
