import QtQuick
import Kiosk

// The booking is being confirmed (paid here or to pay at the counter).
BusyPage {
    title: qsTr("Confirming your booking")
    message: qsTr("Confirming your booking with the city. Please do not leave.")
}
