import QtQuick
import Kiosk

// The gateway cancels the booking.
BusyPage {
    showBack: false
    title: qsTr("Cancelling your booking")
    message: qsTr("Your booking is being cancelled. Please wait.")
}
