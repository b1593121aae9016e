pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Booking

// Facility booking: one page per step of the flow (find, the week, the card, the fee, paying,
// the booking made, my bookings, the lottery), in a frame whose words follow the page.
ScreenFrame {
    id: frame

    readonly property FlowPage current: pageLoader.item as FlowPage

    objectName: "bookingScreen"
    title: current ? current.title : ""
    instructions: current ? current.instructions : ""

    Notice {
        id: cardReminder
        objectName: "cardReminder"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: BookingService.model.cardForgotten
        height: visible ? implicitHeight : 0
        text: qsTr("Your card is still in the reader. Please take it now.")
    }

    Loader {
        id: pageLoader
        objectName: "bookingPage"
        anchors.top: cardReminder.bottom
        anchors.topMargin: cardReminder.visible ? App.theme.spacing : 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        source: Qt.resolvedUrl(BookingService.model.step + "Page.qml")
        // A page's buttons move into the frame's bar once it is loaded; there they line up
        // along the bar, whatever place they held on the page before.
        onLoaded: {
            const dock = frame.actionDock
            for (let i = 0; i < dock.children.length; ++i)
                dock.children[i].y = 0
        }
    }

    // Steps that follow each other within one turn of the event loop are announced once, as
    // the last of them (Qt.callLater runs one function once however often it is asked).
    function announceStep() {
        App.speech.announce(frame.title, frame.instructions)
    }

    Connections {
        target: BookingService.model
        function onStepChanged() {
            Qt.callLater(frame.announceStep)
        }
    }
}
