import QtQuick
import Kiosk
import Booking

// The PIN was right: the card comes back out before anything else happens.
FlowPage {
    title: qsTr("Please take your card")
    instructions: qsTr("Your PIN is correct. Take your card out of the reader to continue.")

    HardwareGuide {
        objectName: "removeCardGuide"
        anchors.fill: parent
        parts: BookingService.model.parts
        action: "removeCard"
        cardKind: BookingService.model.cardReaderKind
        cardFaceUp: BookingService.model.cardFace !== "down"
    }
}
