import QtQuick
import Kiosk
import Booking

// Where the card goes and how, and what it is for here; a card taken out too early or refused
// is said once, in the notice.
FlowPage {
    id: page

    readonly property var model: BookingService.model

    title: qsTr("Place your My Number card")
    instructions: model.cardReaderKind === "pad"
        ? qsTr("Lay the card face up on the card reader.")
        : model.cardFace === "down"
          ? qsTr("Put the card into the reader, face down, chip first.")
          : qsTr("Put the card into the reader, face up, chip first.")

    Column {
        id: words
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: App.theme.spacing

        Notice {
            objectName: "cardProblem"
            width: parent.width
            visible: page.model.pinProblemText.length > 0
            text: page.model.pinProblemText
        }
        KLabel {
            objectName: "cardPurpose"
            width: parent.width
            text: page.model.purpose === "mine"
                ? qsTr("Your card shows the bookings and lottery entries made under your name.")
                : page.model.purpose === "lottery"
                  ? qsTr("Your card enters the lottery under your name. Nothing is paid now.")
                  : qsTr("Your card books the room under your name. Nothing is paid yet.")
        }
    }

    HardwareGuide {
        objectName: "insertCardGuide"
        anchors.top: words.bottom
        anchors.topMargin: App.theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        parts: page.model.parts
        action: "insertCard"
        cardKind: page.model.cardReaderKind
        cardFaceUp: page.model.cardFace !== "down"
    }
}
