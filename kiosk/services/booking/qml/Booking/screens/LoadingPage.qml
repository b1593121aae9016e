import QtQuick
import Kiosk
import Booking

// The kiosk reads the facilities, or one facility's week, and the resident waits.
BusyPage {
    readonly property bool week: BookingService.model.placeName.length > 0

    title: week ? BookingService.model.placeName : qsTr("Facility booking")
    instructions: message
    message: week ? qsTr("Reading the free times of this facility. Please wait.")
                  : qsTr("Reading the list of facilities. Please wait.")
}
