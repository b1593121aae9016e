import QtQuick
import Kiosk
import Booking

// The entry is sent: the wish, the day of the draw, and how to see the result later.
FlowPage {
    endsVisit: true  // its own Finish replaces the frame's
    showBack: false
    title: qsTr("Your lottery entry has been sent")
    instructions: qsTr("You do not need to do anything more today.")

    ScrollColumn {
        id: view
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        WishCard {
            objectName: "enteredWish"
            width: view.width
        }
        KLabel {
            objectName: "drawText"
            width: view.width
            visible: BookingService.model.drawDate.length > 0
            text: qsTr("The draw is on %1.").arg(BookingService.model.drawDate)
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }
        KLabel {
            width: view.width
            text: qsTr("After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.")
        }
    }

    actions: [
        ActionButton {
            objectName: "enteredMineButton"
            text: qsTr("My bookings")
            onClicked: BookingService.model.showMine()
        },
        ActionButton {
            objectName: "enteredFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
