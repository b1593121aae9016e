import QtQuick
import Kiosk

// The city's system answers which certificates this resident may get.
BusyPage {
    title: qsTr("Looking up your certificates")
    message: qsTr("Asking the city which certificates you can get here.")
}
