import QtQuick
import Kiosk

// The card checks the PIN.
BusyPage {
    title: qsTr("Checking your PIN")
    message: qsTr("Checking your PIN. Please do not take the card out.")
}
