import QtQuick
import Kiosk
import Booking

// The answer was lost on the way: try again (the same request, never a second booking) or stop.
FlowPage {
    id: page

    readonly property var model: BookingService.model

    showBack: false
    title: qsTr("No answer from the booking system")
    instructions: qsTr("Please choose: try again, or stop.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "lostProblem"
            width: parent.width
            text: page.model.problemText
        }
        KLabel {
            width: parent.width
            text: qsTr("If you stop, any money you put in is given back and the room is not kept for you.")
            color: App.theme.mutedText
        }
    }

    actions: [
        ActionButton {
            objectName: "giveUpButton"
            text: qsTr("Stop")
            onClicked: page.model.giveUp()
        },
        ActionButton {
            objectName: "tryAgainButton"
            text: qsTr("Try again")
            primary: true
            onClicked: page.model.tryAgain()
        }
    ]
}
