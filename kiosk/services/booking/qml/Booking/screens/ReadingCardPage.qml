import QtQuick
import Kiosk

// The card is being read.
BusyPage {
    title: qsTr("Reading your card")
    message: qsTr("Reading your card. Please do not take it out.")
}
