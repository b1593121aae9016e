import QtQuick
import Kiosk
import Certificates

// The PIN was right: the card comes back out before anything else happens.
FlowPage {
    title: qsTr("Please take your card")
    instructions: qsTr("Your PIN is correct. Take your card out of the reader to continue.")

    HardwareGuide {
        objectName: "removeCardGuide"
        anchors.fill: parent
        parts: CertificateService.model.parts
        action: "removeCard"
        cardKind: CertificateService.model.cardReaderKind
        cardFaceUp: CertificateService.model.cardFace !== "down"
    }
}
