import QtQuick
import Kiosk

// The card checks the PIN and signs the city's challenge.
BusyPage {
    title: qsTr("Checking your PIN")
    message: qsTr("Checking your PIN with the card. Please do not take the card out.")
}
