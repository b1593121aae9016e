import QtQuick
import Kiosk

// The receipt is printed once the fee is taken.
BusyPage {
    title: qsTr("Printing your receipt")
    message: qsTr("Printing your receipt. Please wait.")
}
