import QtQuick
import Kiosk

// The PIN was right: the card comes back out before anything else happens.
FlowPage {
    title: qsTr("Please take your card")
    instructions: qsTr("Your PIN is correct. Take your card out of the reader to continue.")

    CardPicture {
        anchors.centerIn: parent
        leaving: true
    }
}
