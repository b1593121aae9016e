import QtQuick
import Kiosk

// The room is being held under the resident's name.
BusyPage {
    title: qsTr("Booking the room")
    message: qsTr("Holding the room for you. Please wait.")
}
