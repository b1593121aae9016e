import QtQuick
import Kiosk

// The printer and its paper are checked before any money is asked for.
BusyPage {
    title: qsTr("Checking the printer")
    message: qsTr("Checking that the printer is ready before you pay.")
}
