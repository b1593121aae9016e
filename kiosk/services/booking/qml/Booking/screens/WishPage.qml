import QtQuick
import Kiosk
import Booking

// The lottery wish picked on the grid, after the card: the facility, room, day and times, when
// it is drawn and where the result is seen. Enter sends it.
FlowPage {
    title: qsTr("Enter the lottery")
    instructions: qsTr("If this is right, touch Enter the lottery.")

    ScrollColumn {
        id: view
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        WishCard {
            width: view.width
        }
        KLabel {
            objectName: "drawText"
            width: view.width
            visible: BookingService.model.drawDate.length > 0
            text: qsTr("The draw is on %1.").arg(BookingService.model.drawDate)
            font.pixelSize: App.theme.titleSize
        }
        KLabel {
            width: view.width
            text: qsTr("This is not a booking yet. If you win, the room is held for you as a provisional booking.")
        }
        KLabel {
            width: view.width
            text: qsTr("After the draw, you can see the result on this terminal: look at your bookings and lottery entries with your My Number card.")
            color: App.theme.mutedText
        }
    }

    actions: [
        ActionButton {
            objectName: "enterLotteryButton"
            text: qsTr("Enter the lottery")
            primary: true
            onClicked: BookingService.model.enterLottery()
        }
    ]
}
