pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Booking

// My bookings: each booking as a card (Cancel on those that still hold their rooms), then the
// lottery entries with their results. Finish ends the visit; Back returns to finding a room.
FlowPage {
    endsVisit: true  // its own Finish replaces the frame's
    title: qsTr("My bookings")
    instructions: BookingService.model.mine.some(booking => booking.active)
        ? qsTr("To cancel a booking, touch Cancel this booking on it.")
        : ""

    ScrollColumn {
        id: view
        objectName: "mineList"
        anchors.fill: parent
        spacing: App.theme.spacing

        KLabel {
            objectName: "noBookings"
            width: view.width
            visible: BookingService.model.mine.length === 0
            text: BookingService.model.entries.length === 0
                ? qsTr("You have no bookings and no lottery entries.")
                : qsTr("You have no bookings.")
            font.pixelSize: App.theme.titleSize
        }

        Repeater {
            model: BookingService.model.mine
            delegate: BookingCard {
                required property var modelData
                objectName: "booking_" + modelData.id
                width: view.width
                booking: modelData
                cancellable: true
            }
        }

        KLabel {
            width: view.width
            topPadding: App.theme.spacing
            visible: BookingService.model.entries.length > 0
            text: qsTr("Lottery entries")
            font.pixelSize: App.theme.titleSize
            font.bold: true
            Accessible.role: Accessible.Heading
        }

        Repeater {
            model: BookingService.model.entries
            delegate: EntryCard {
                required property var modelData
                objectName: "entry_" + modelData.id
                width: view.width
                entry: modelData
            }
        }
    }

    actions: [
        ActionButton {
            objectName: "mineFinishButton"
            text: qsTr("Finish")
            primary: true
            onClicked: App.session.finish()  // the end of the visit: everything is wiped
        }
    ]
}
