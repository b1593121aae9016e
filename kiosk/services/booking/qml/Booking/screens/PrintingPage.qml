import QtQuick
import Kiosk

// The receipt with the booking number is printed.
BusyPage {
    title: qsTr("Printing your receipt")
    message: qsTr("Printing the receipt with your booking number. Please wait.")
}
