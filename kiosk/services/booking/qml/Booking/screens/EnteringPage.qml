import QtQuick
import Kiosk

// The gateway records the lottery entry.
BusyPage {
    showBack: false
    title: qsTr("Sending your entry")
    message: qsTr("Your lottery entry is being sent. Please wait.")
}
